"""Visits told from the guest's side (round 25): "the crown prince was hosted at the White House", "was
received at the Kremlin". A passive hosting with no 'by' names its host by the seat where it took place: the
guest met the state whose seat of government or capital that is (MET_WITH, inferred)."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import agent, direct_objects, is_passive, prep_objects
from loaders.extract.membership import gathered_members
from loaders.extract.rule_helpers import _subject_refs, _topics_of_kind
from loaders.extract.sentence import ACTORS, Reader, Ref, label_of_ref


def hosted_at(r: Reader, verb: Token) -> None:
    """'X was hosted at the White House', 'was received in Beijing': X MET_WITH the host state."""
    if verb.lemma_.lower() not in r.lex.words.hosting_verbs:
        return
    if not any(c.dep_ == "auxpass" for c in verb.children) or agent(verb) is not None:
        return
    guests = [
        x
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    hosts = [
        x
        for p in prep_objects(verb, "at") + prep_objects(verb, "in")
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not guests or len({x.key for x in hosts}) != 1:
        return
    modality, conf = r.modality(verb)
    host = Ref(hosts[0].key, inferred=True)
    for guest in guests:
        if r.ctx.actor(guest.key) != host.key:
            r.emit(guest, "MET_WITH", host, modality, conf - 0.1, unordered=True)


def co_hosted(r: Reader, verb: Token) -> None:
    """'France is co-hosting the conference with Saudi Arabia', 'Egypt co-chaired the talks with Qatar'
    (round 27): the partner named after 'with' holds the event too (ORGANIZED, as the subject does)."""
    words = r.lex.words
    if not verb.lower_.startswith("co-") or verb.lemma_.lower() not in words.co_hosting_verbs | {"chair"}:
        return
    held = [x for x in _topics_of_kind(r, direct_objects(verb), words.located_kinds)]
    if not held:
        return
    # "with Saudi Arabia" hung on the verb, on the event, or on what the event is on ("the conference on the
    # two-state solution with Saudi Arabia": a co-host's 'with' names the partner)
    holders = [verb, *direct_objects(verb)]
    holders += [
        p for o in holders[1:] for c in o.children if c.dep_ == "prep" for p in prep_objects(o, c.lower_)
    ]
    partners = [
        x
        for h in holders
        for t in prep_objects(h, "with")
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
    ]
    modality, conf = r.modality(verb)
    for partner in partners:
        for event in held:
            r.emit(partner, "ORGANIZED", Ref(event.key), modality, conf - 0.05)


def signed_together(r: Reader, verb: Token) -> None:
    """Signing told with its venue (round 26): 'Albanese and Adeang signed the treaty in Canberra', 'the deal
    was signed at an air base by Petri and his Danish counterpart', 'signed the pact with O'Neil at a
    ceremony': persons of two states signing one text at a place they both were met (MET_WITH, inferred).
    A text signed by states alone, or with no place, tells no meeting (it may be signed apart)."""
    words = r.lex.words
    if verb.lemma_.lower() not in words.signing_verbs:
        return
    by = agent(verb)
    holders = [verb, *direct_objects(verb)]  # "signed the treaty in Canberra": hung on the text
    found = [x for h in holders for t in prep_objects(h, "with") for x in r.refs(t, topics=False)]
    if by is None:
        found += _subject_refs(r, verb)[0]
    else:
        found += r.refs(by, topics=False)
    persons = [x for x in found if label_of_ref(x, r.topics) is Label.PERSON]
    states = {r.ctx.actor(x.key): x for x in persons if r.ctx.actor(x.key) != x.key}
    if len(states) < 2:
        return
    venues = [v for h in holders for v in prep_objects(h, "at") + prep_objects(h, "in")]
    placed = any(
        v.lemma_.lower() in words.signing_venues
        or any(label_of_ref(x, r.topics) in {Label.REGION, Label.COUNTRY} for x in r.refs(v, topics=False))
        or bool(r.city_places(v))
        for v in venues
    )
    if not placed:
        return
    modality, conf = r.modality(verb)
    _met_pairwise(r, list(states), modality, conf - 0.1)


def visit_adjunct(r: Reader, noun: Token) -> None:
    """A visit told as the circumstance of a clause (round 26): 'Rubio, on a visit to Georgetown, warned ...',
    'during his visit to Hanoi, Kishida pledged aid', 'after a trip to Abuja, she said': the one the clause is
    about (the noun the phrase hangs on, or the clause's subject) met the state visited (MET_WITH, inferred).
    A visit still to come ('before his visit to Seoul', 'on a planned trip') tells of no meeting yet."""
    words = r.lex.words
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words.visit_adjunct_preps:
        return
    if any(
        c.dep_ in {"amod", "compound"}
        and (c.lower_ in words.unrealised_visit_words or c.lemma_.lower() in words.unrealised_visit_words)
        for c in noun.children
    ):
        return
    visited = [
        x
        for p in prep_objects(noun, "to")
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not visited or agent(noun) is not None:
        return  # ("a visit to Delhi by the minister": the noun rule reads its 'by')
    carrier = prep.head
    if carrier.pos_ in {"VERB", "AUX"}:
        visitors, _ = _subject_refs(r, carrier)
        modality, conf = r.modality(carrier)
    else:  # "Rubio, on a visit to Georgetown, warned": the phrase hangs on the visitor
        visitors = r.refs(carrier, topics=False)
        governing = carrier.head if carrier.dep_ in {"nsubj", "nsubjpass"} else None
        modality, conf = r.modality(governing) if governing is not None else (Modality.ASSERTED, 0.8)
    visitors = [x for x in visitors if label_of_ref(x, r.topics) in {Label.PERSON, Label.COUNTRY}]
    for visitor in visitors:
        for place in visited:
            if r.ctx.actor(visitor.key) != place.key:
                r.emit(
                    visitor, "MET_WITH", Ref(place.key, inferred=True), modality, conf - 0.1, unordered=True
                )


def brought_together(r: Reader, verb: Token) -> None:
    """'talks which brought together ECOWAS and the AES', 'Qatar brought Rwanda and Congo together for
    talks' (round 26): the two or three parties a gathering brings together met (MET_WITH, inferred). More
    parties are attendance at a multilateral meeting, which is not expanded into pairs."""
    words = r.lex.words
    if verb.lemma_.lower() not in words.together_verbs:
        return
    # ("brought A and B together for talks": the model may hang "together" on the next preposition)
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    if not any(c.lower_ == "together" and c.dep_ in {"prt", "advmod"} for c in near):
        return
    if gathered_members(r, verb):  # "the commission, which brings together A, B and C": its members
        return
    parties = {
        r.ctx.actor(x.key): x
        for o in direct_objects(verb)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    }
    if not 2 <= len(parties) <= 3:
        return
    modality, conf = r.modality(verb)
    _met_pairwise(r, list(parties), modality, conf - 0.1)


def _met_pairwise(r: Reader, keys: list[str], modality: Modality, conf: float) -> None:
    """Each two of the parties met (MET_WITH, inferred)."""
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            r.emit(Ref(a, inferred=True), "MET_WITH", Ref(b, inferred=True), modality, conf, unordered=True)


def hosted_for(r: Reader, verb: Token) -> None:
    """'Eritrea hosted the leaders of Egypt and Somalia for a summit in Asmara', 'Jordan hosted its
    counterparts for talks' (round 26): the host organised the meeting it hosted its guests for (ORGANIZED),
    held where the hosting or the meeting is placed (HELD_IN); the guests' meeting with the host is the verb's
    own reading."""
    words = r.lex.words
    if verb.lemma_.lower() not in words.hosting_for_verbs or is_passive(verb):
        return
    nouns = prep_objects(verb, "for")
    events = _topics_of_kind(r, nouns, words.meeting_kinds)
    if not events:
        return
    hosts, _ = _subject_refs(r, verb)
    hosts = [x for x in hosts if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.PERSON}]
    if not hosts:
        return
    modality, conf = r.modality(verb)
    for host in hosts:
        for event in events:
            r.emit(Ref(host.key, inferred=True), "ORGANIZED", event, modality, conf - 0.1)
    places = [
        x
        for h in [verb, *nouns]
        for p in prep_objects(h, "in")
        for x in r.refs(p, topics=False) + [Ref(k) for k in r.city_places(p)]
        if label_of_ref(x, r.topics) is Label.REGION
    ]
    for event in events:
        for place in {p.key: p for p in places}.values():
            r.held_in(event, place.key, modality, conf - 0.1)
