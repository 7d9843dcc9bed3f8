"""Noun rules: relations told by a noun ('the sanctions on Russia', 'talks with Iran', 'the
clash between A and B'), by its modifiers and prepositions, and the few nouns a verb rule
would miss (ties cut, voided, switched, left).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import (
    agent,
    authorship,
    direct_objects,
    is_infinitive,
    is_passive,
    prep_objects,
    subjects,
    titled_head,
)
from loaders.extract.candidates import owned_candidate
from loaders.extract.deeds import deed_nouns
from loaders.extract.lexicon import Lexicon, Trigger
from loaders.extract.membership import convened
from loaders.extract.mentions import Mention
from loaders.extract.modality import noun_modality, wished_noun
from loaders.extract.refs import key_label
from loaders.extract.rule_helpers import (
    _HOSTILE,
    _MODIFIERS,
    _VOICED,
    _YEAR_WORD,
    _along_with,
    _between,
    _by_agents,
    _clash_between,
    _emit_all,
    _fits_subjects,
    _intruders,
    _laid_by,
    _mediation,
    _modified_as_needed,
    _noun_actor,
    _pairwise,
    _parent,
    _prep_actors,
    _quantity,
    _receiver,
    _requested,
    _sanctioned,
    _struck_state,
    _subject_refs,
    _tie_partners,
    _topics_of_kind,
    _unnamed_group,
    _voice_refs,
    joined,
)
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref
from loaders.extract.stances import (
    staged_aims,
    unaimed_stance,
)
from loaders.extract.topics import proper_name, topic_of


def _counted_votes(r: Reader, noun: Token) -> None:
    """'It passed with 120 votes in favour, including France, Spain and Norway': the states listed voted
    for the resolution just named (against, with 'votes against')."""
    votes = r.lex.words.bare_votes
    rel = None
    for child in (c for c in noun.children if c.dep_ == "prep"):
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if child.lower_ in r.lex.words.bare_vote_preps and not objects:
            rel = votes[child.lower_]
        elif child.lower_ == "in" and len(objects) == 1 and objects[0].lower_ in votes:
            rel = votes[objects[0].lower_]
    listed = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in r.lex.words.including_words
        for o in c.children
        if o.dep_ == "pobj"
        for p in (o, *o.conjuncts)
    ]
    voters = [x for t in listed for x in r.refs(t, topics=False)]
    voters = [x for x in voters if label_of_ref(x, r.topics) is Label.COUNTRY]
    recent = [n for n in r.topics if n.kind == "resolution" and n.seen >= r.info.index - 2]
    if rel is None or not voters or not recent:
        return
    target = Ref(max(recent, key=lambda n: n.seen).handle, inferred=True)
    modality, conf = r.modality(noun.head.head if noun.dep_ == "pobj" else noun.head)
    _emit_all(r, rel, voters, [target], modality, conf, r.lex.verbs["vote"])


def _asks_for(noun: Token) -> bool:
    """Whether a noun names what it asks for: an infinitive ("calls to sanction Russia") or a 'for' phrase."""
    # (the model may hang the infinitive on the verb: "rejected calls from Brussels to sanction Russia")
    after = [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
    return any(
        (c.dep_ in {"acl", "relcl"} and is_infinitive(c)) or (c.dep_ == "prep" and c.lower_ == "for")
        for c in noun.children
    ) or any(is_infinitive(c) for c in after)


def _under_measure(r: Reader, noun: Token) -> tuple[list[Ref], Token | None]:
    """'Dodik, who is under US sanctions', 'banks already under Western sanctions': the subject of the
    copula (or of "come", "fall", "remain") whose 'under' phrase the measure is, with the verb whose
    modality it takes ("is not subject to EU sanctions": negated)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return [], None
    holder = prep.head
    if _laid_by(
        r, prep
    ):  # "placed Nicaragua's vice president under sanctions", "hit the army chief with sanctions": its object
        placed = direct_objects(holder)
        hit = _sanctioned(r, placed, [x for t in placed for x in r.refs(t, topics=False)])
        return [x for x in hit if label_of_ref(x, r.topics) in ACTORS], holder
    bearing = r.lex.words.bearing_adjectives.get(holder.lemma_.lower())
    if prep.lower_ != "under" and not (bearing == prep.lower_ and holder.pos_ == "ADJ"):
        return [], None
    if bearing is not None and holder.dep_ in {"acomp", "amod", "acl"}:
        holder = holder.head  # "is still subject to UN sanctions", "a firm subject to UN sanctions"
    if holder.pos_ in {"NOUN", "PROPN"}:
        return _bearer(r, holder), None
    if holder.lemma_ not in r.lex.words.copulas and holder.lemma_.lower() not in r.lex.words.state_verbs:
        return [], None
    found, _ = subjects(holder)
    held = [x for t in found for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return held, holder if bearing is not None else None


def _bearer(r: Reader, noun: Token) -> list[Ref]:
    """(round 37) The one a noun with a measure's 'under' phrase names: 'Apex Fuels, a trader already under
    US sanctions' (the name the noun stands in apposition to), 'Ridgeline Corp, subject to UN sanctions'."""
    named = noun.head if noun.dep_ == "appos" and r.mention_at(noun) is None else noun
    m = r.mention_at(named)
    # (the name alone, not the names listed with it: "X, a firm subject to UN sanctions, and Y")
    return [Ref(m.key)] if m is not None and m.label in ACTORS else []


def _mission_owners(r: Reader, mission: Token) -> list[Ref]:
    """The state an embassy is named for: 'the Mexican Embassy', 'Mexico's embassy', 'the US embassy'."""
    return [
        x
        for c in mission.children
        if c.dep_ in {"amod", "compound", "poss", "nmod"}
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _note_mission_owner(r: Reader, mission: Token) -> None:
    """Remember the one state whose embassy this sentence names, for 'the embassy' in the next ones."""
    owners = {r.ctx.actor(x.key) for x in _mission_owners(r, mission)}
    if len(owners) == 1:
        r.ctx.mission_owner = (r.info.index, owners.pop())


def _charged_before(r: Reader, verb: Token) -> list[Ref]:
    """'Azerbaijan accused Russia of downing its jet and demanded an apology': the one a verb of charge
    coordinated with ``verb`` charged is the one asked to account."""
    heads = [verb.head] if verb.dep_ == "conj" else []
    heads += [c for c in verb.children if c.dep_ == "conj"]
    return [
        x
        for h in heads
        if h.pos_ == "VERB" and _blaming(r, h)
        for o in direct_objects(h)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _blaming(r: Reader, verb: Token) -> bool:
    """A verb that charges or condemns its object ('accused', 'blamed', 'condemned'), not one that praises."""
    trig = r.lex.verbs.get(verb.lemma_.lower())
    hostile = trig is not None and trig.rel in {"CRITICIZES", "CONDEMNS"}
    return hostile or verb.lemma_.lower() in r.lex.words.blaming_verbs


def _of_nouns(noun: Token, words: frozenset[str]) -> list[Token]:
    """The nouns among ``words`` in an 'of' phrase on ``noun``: 'the severance of ties', 'the switch of
    recognition'."""
    return [p for p in prep_objects(noun, "of") if p.lemma_.lower() in words]


def _announced(r: Reader, noun: Token) -> bool:
    """Whether the noun is the object of an announcing verb: 'announced their withdrawal', 'declared the
    switch'."""
    return noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in r.lex.words.announce_verbs


def _switched_noun(r: Reader, noun: Token) -> None:
    """'Honduras' switch of recognition from Taipei to Beijing', 'the shift of ties to Beijing': the
    nominal switch, said of its possessor or the verb's subject."""
    ties = _of_nouns(noun, r.lex.words.switched_nouns)
    if not ties:
        return
    switch = Trigger(preps={"of": "RECOGNIZES", "from": "REJECTS", "to": "RECOGNIZES"})  # no owners
    sources, governor = _noun_actor(r, noun, switch)
    if not sources and _announced(r, noun):  # "Nauru announced the switch of its recognition ..."
        sources, _ = _subject_refs(r, noun.head)
        governor = noun.head
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    holders = [noun, *ties, *([governor] if governor is not None else [])]  # "to China" hung on the verb
    _emit_all(r, "REJECTS", sources, _prep_actors(r, holders, "from"), modality, conf - 0.15)
    _emit_all(r, "RECOGNIZES", sources, _prep_actors(r, holders, "to"), modality, conf)


def _cut_ties_noun(r: Reader, noun: Token) -> None:
    """'announced the breaking of diplomatic relations with Ecuador', 'its severance of ties with X'."""
    ties = _of_nouns(noun, r.lex.words.tie_nouns)
    if not ties:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"of": "REJECTS", "with": "REJECTS"}))
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    _emit_all(r, "REJECTS", sources, _tie_partners(r, [noun, *ties]), modality, conf - 0.15)


def _voided_noun(r: Reader, noun: Token) -> None:
    """'Honduras announced the termination of the extradition treaty', 'Niger's revocation of the accords':
    whoever ends an agreement rejects it (inferred), as with the verbs (`_voided`)."""
    pacts = _topics_of_kind(r, prep_objects(noun, "of"), r.lex.words.voided_kinds)
    if not pacts:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"of": "REJECTS"}))
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf - 0.1)


def _leaving_noun(r: Reader, noun: Token) -> None:
    """'Niger's withdrawal from ECOWAS', 'announced their exit from the bloc': a member leaving a body
    (the verb's own reading, `_leaving`, for the noun)."""
    bodies = [  # (an agreement left too: "Italy's withdrawal from the Belt and Road Initiative")
        x
        for p in prep_objects(noun, "from")
        for x in r.refs(p)
        if label_of_ref(x, r.topics) in {Label.ORGANIZATION, Label.AGREEMENT}
    ]
    if not bodies:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"from": "MEMBER_OF"}))
    if sources:
        sources += _along_with(r, governor or noun.head, noun)
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    if modality is Modality.ASSERTED:
        modality = noun_modality(noun, r.lex)  # "demanded the withdrawal of Mali from ..." is not done
    orgs = [Ref(_parent(r, x.key)) for x in bodies if label_of_ref(x, r.topics) is Label.ORGANIZATION]
    pacts = [x for x in bodies if label_of_ref(x, r.topics) is Label.AGREEMENT]
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf)
    members = [s for s in sources if label_of_ref(s, r.topics) in {Label.COUNTRY, Label.REGION}]
    # "Mali's junta announced its withdrawal": the state it rules leaves (as with the verb)
    members += [Ref(state, True) for s in sources if (state := r.ctx.ruled_by(s.key)) is not None]
    status = "withdrawal announced" if _announced(r, noun) else "former member; withdrew"
    _emit_all(r, "MEMBER_OF", members, orgs, modality, conf - 0.05, status=status)


def _stance_agent(r: Reader, noun: Token, rel: str, *, backed: bool = False) -> None:
    """'Fico, a vocal critic of military aid to Ukraine', 'Hungary is a staunch supporter of Israel': the
    one the noun describes (in apposition, or the subject of a copula) takes that stance on the 'of'
    object; not a former one."""
    former = r.lex.words.former_words
    if any(c.lower_ in former or c.dep_ == "neg" for c in (*noun.children, *noun.head.children)):
        return  # "was once a supporter of": the copula's adverb too
    needed = r.lex.words.stance_agent_qualifiers.get(noun.lemma_.lower())
    if needed is not None and not any(c.lower_ in needed for c in noun.children if c.dep_ in _MODIFIERS):
        return  # "India's largest oil supplier" aids no one; "its main arms supplier" does
    prep = "to" if noun.lemma_.lower() in r.lex.words.stance_to_nouns else "of"  # "the obstacle to X"
    objects = [x for o in prep_objects(noun, prep) for x in r.refs(o)]
    if not objects and (rel == "AIDS" or (prep == "of" and not backed)):
        # "Ukraine's largest arms supplier": the owner is the one aided; "Timor-Leste's strongest advocate",
        # "Israel's staunchest supporter in the EU": the one backed (round 28)
        objects = [
            x
            for c in noun.children
            if c.dep_ == "poss"
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) in ACTORS
        ]
    if not objects:
        return
    if noun.dep_ == "appos":
        holders, modality, conf = list(r.refs(noun.head, topics=False)), Modality.ASSERTED, 0.8
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in r.lex.words.copulas | {"be"}:
        holders, _ = _subject_refs(r, noun.head)
        modality, conf = r.modality(noun.head)
    else:
        return
    holders = [h for h in holders if label_of_ref(h, r.topics) in ACTORS]
    if backed:  # "the candidate of the opposition alliance": the 'of' object backs the one described
        objects = [o for o in objects if label_of_ref(o, r.topics) in STATES]
        holders, objects = objects, holders
    _emit_all(r, rel, holders, objects, modality, conf - 0.1)
    economic = noun.lemma_.lower() in r.lex.words.economic_agents  # (a creditor: a tie, no stance)
    if rel == "AIDS" and not economic:  # aid and arms given are support, as the annotation convention has it
        _emit_all(r, "SUPPORTS", holders, objects, modality, conf - 0.1)


def _accession_talks(r: Reader, noun: Token) -> None:
    """'Ukraine opened accession talks with the EU', 'Georgia suspended talks on joining the EU', 'the EU
    began membership talks with Moldova': the state negotiates its membership (MEMBER_OF with a status,
    as "talks on joining the bloc" in the conventions); halted by the verb, the status says so."""
    words = r.lex.words
    qualified = any(
        c.lower_ in words.accession_words for c in noun.children if c.dep_ in {"compound", "amod"}
    )
    joined = [  # "talks on joining the EU", "talks on EU membership", "talks on accession to NATO"
        t
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"on", "about", "over"}
        for t in c.subtree
        if t.lemma_.lower() in words.join_verbs or t.lemma_.lower() in words.accession_words
    ]
    if not qualified and not joined:
        return
    parties = [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    governor = noun.head if noun.dep_ in {"dobj", "obj", "nsubjpass"} and noun.head.pos_ == "VERB" else None
    talkers = _subject_refs(r, governor)[0] if governor is not None else []
    parties += talkers
    holders = [noun, *([governor] if governor is not None else [])]
    partners = _prep_actors(r, holders, "with")
    parties += partners
    parties += [  # the body in "talks on joining the EU", "on EU membership", "on accession to NATO"
        x
        for t in joined
        for c in [*t.children, *(p for q in t.children if q.dep_ == "prep" for p in q.children)]
        if c.dep_ in {"dobj", "obj", "pobj", "compound", "poss"}
        for x in r.refs(c, topics=False)
    ]
    parties += [  # "suspended EU accession talks": the body named on the talks themselves
        x
        for c in noun.children
        if c.dep_ in {"compound", "nmod"} and qualified
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]
    states = list(dict.fromkeys(x.key for x in parties if label_of_ref(x, r.topics) is Label.COUNTRY))
    bodies = list(dict.fromkeys(x.key for x in parties if label_of_ref(x, r.topics) is Label.ORGANIZATION))
    # several states on one side ("Moldova and Ukraine began membership talks with the EU"), each its own
    one_side = any(set(states) <= {x.key for x in side} for side in (talkers, partners))
    if not states or (len(states) > 1 and not one_side) or not bodies:
        return
    status = "accession talks"
    if governor is not None and governor.lemma_.lower() in words.halting_verbs:
        status = "accession talks suspended"
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.8)
    if status != "accession talks" and modality is Modality.NEGATED:
        return
    for body in bodies[:1]:
        for state in states:
            r.emit(Ref(state, inferred=True), "MEMBER_OF", Ref(body), modality, conf - 0.1, status=status)


def _place_in_name(noun: Token, m: Mention) -> bool:
    """'the Doha Agreement', 'the Minsk accords', 'the Jeddah Declaration': a city or capital in a text's
    proper name is where it was made, not a party to it (a state's name, "the US-Taliban deal", is)."""
    return m.kind in {"capital", "city"} and noun.is_title


def _standing_pact(r: Reader, noun: Token) -> None:
    """'its 1951 Mutual Defense Treaty with Manila', 'the 1979 peace treaty between Egypt and Israel': a
    treaty in force, dated or named, was signed by its parties (inferred, like a treaty named after them);
    not one proposed, sought or negotiated."""
    kind = topic_of(noun, r.lex, r.active)
    if kind is None or kind.label is not Label.AGREEMENT or kind.kind not in r.lex.words.signed_kinds:
        return
    dated = any(_YEAR_WORD.match(t.text) for t in noun.lefts) or any(
        p.dep_ == "pobj" and _YEAR_WORD.match(p.text)
        for c in noun.children
        if c.lower_ == "of"
        for p in c.children
    )
    # "its defence treaty with Manila", "the deal between Ethiopia and Somaliland": one already made (not
    # "a deal between them", which may still be sought)
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    # "Washington has a mutual defence treaty with Manila": a treaty one has is in force
    had = noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in r.lex.words.possessing_verbs
    if not dated and not proper_name(noun, r.lex) and not definite and not had:
        return
    if had and (
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        or any(c.dep_ == "neg" for c in noun.head.children)
    ):
        return  # "Canada, which has no such treaty with Seoul": none in force
    if noun_modality(noun, r.lex) is not Modality.ASSERTED or any(
        c.lower_ in r.lex.words.possible_adjectives or c.lower_ in r.lex.words.unsigned_adjectives
        for c in noun.children
    ):
        return  # "a planned pact", "the draft treaty"
    if (
        noun.head.pos_ in {"VERB", "AUX"}
        and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}
        and r.modality(noun.head)[0] not in {Modality.ASSERTED, Modality.FUTURE}
    ):
        return  # "the pact was not signed", "would sign a 2025 treaty"
    if noun.head.lemma_.lower() in r.lex.hypothetical_verbs | r.lex.requesting_verbs:
        return  # "wants the deal between them to go ahead", "seeks the pact"
    owners = [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    owners += [
        Ref(m.key)
        for c in noun.children
        if c.dep_ in {"compound", "amod", "nmod"}
        for m in [r.mention_at(c)]
        if m is not None and m.label in STATES and not _place_in_name(noun, m)
    ]
    if had:  # "the United States, which has a treaty with the Philippines": the one who has it
        owners += [x for x in _subject_refs(r, noun.head)[0] if label_of_ref(x, r.topics) in STATES]
    holders = [noun]
    if owners and noun.dep_ in {
        "dobj",
        "obj",
    }:  # "rejected Ethiopia's deal with Somaliland" ('with' on the verb)
        holders.append(noun.head)
    parties = owners + _tie_partners(r, holders) + _between(r, noun)
    parties += [Ref(k) for k in r.hyphen_pair(noun, regions=True)]  # "the Ethiopia-Somaliland deal"
    # (a breakaway region is a party too: "the deal between Ethiopia and Somaliland")
    parties = [
        x for x in parties if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}
    ]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return
    handle = r.topic(noun)
    if handle is None:
        return
    for party in dict.fromkeys(Ref(r.ctx.actor(x.key), inferred=True) for x in parties):
        r.emit(party, "SIGNED", Ref(handle, inferred=True), Modality.ASSERTED, 0.6)


def _signed_with(r: Reader, noun: Token) -> None:
    """'the agreement, signed with Washington months earlier', 'the treaty signed with Canberra in 2023': the
    partner a participle of signing names by 'with' signed the text (SIGNED, inferred); the participle has no
    subject, so the verb's own reading gives nothing. 'The Treaty on the State Border, signed between Bishkek
    and Tashkent': a participle after a title describes the title's head; 'between' names both parties."""
    titled = [a for p in noun.children if p.dep_ == "prep" for o in p.children for a in o.children]
    for verb in [*noun.children, *(a for a in titled if a.dep_ == "acl" and titled_head(a) is noun)]:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in r.lex.words.signing_verbs:
            continue
        modality, conf = r.modality(verb)
        if modality is not Modality.ASSERTED:
            continue
        partners = [
            x
            for p in prep_objects(verb, "with") + prep_objects(verb, "between")
            for x in r.refs(p, topics=False)
            if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
        ]
        handle = r.topic(noun) if partners else None
        if handle is None:
            continue
        for party in dict.fromkeys(Ref(r.ctx.actor(x.key), inferred=True) for x in partners):
            r.emit(party, "SIGNED", Ref(handle), modality, min(conf, 0.7))


# ---- nouns -----------------------------------------------------------------------------------
def noun_rules(r: Reader) -> None:
    for noun in r.sent:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = noun.lemma_.lower()
        if lemma in r.lex.words.tie_actions or noun.lower_ in r.lex.words.tie_actions:
            _cut_ties_noun(r, noun)
        if lemma in r.lex.words.leave_nouns:
            _leaving_noun(r, noun)
        if lemma in r.lex.words.voiding_nouns:
            _voided_noun(r, noun)
        deed_nouns(r, noun, lambda r, n: _noun_actor(r, n, Trigger()), _emit_all)  # deeds.py
        if lemma in r.lex.words.standing_pact_heads:
            _standing_pact(r, noun)
            _signed_with(r, noun)
        if lemma in r.lex.words.talks_nouns or lemma in r.lex.words.accession_process_nouns:
            _accession_talks(r, noun)  # ("froze Georgia's accession process" as its talks)
        if lemma in r.lex.words.stance_agents:
            _stance_agent(r, noun, r.lex.words.stance_agents[lemma])
        if lemma in r.lex.words.endorsed_nouns:  # "X, the candidate of the opposition alliance": backed by it
            _stance_agent(r, noun, "SUPPORTS", backed=True)
            owned_candidate(r, noun)  # "X, the Liberal Party's candidate" (round 38)
        if lemma in r.lex.words.switch_verbs:  # the nouns spelled as the verbs: "switch", "shift"
            _switched_noun(r, noun)
        if lemma in r.lex.words.vote_nouns:
            _counted_votes(r, noun)
        if lemma in r.lex.words.supplied_arms or noun.text in r.lex.words.weapon_names:
            _supplied_arms(r, noun)
        if lemma in r.lex.words.partnership_nouns:
            _partnership(r, noun)
        if lemma in r.lex.words.alert_nouns:
            _on_alert(r, noun)
        if lemma in r.lex.words.alert_level_nouns:  # "raised the alert level": 'alert' tagged an adjective
            for c in noun.children:
                if c.lower_ in r.lex.words.alert_nouns and c.pos_ not in {"NOUN", "PROPN"}:
                    _on_alert(r, c)
        if lemma in r.lex.words.mission_nouns:
            _note_mission_owner(r, noun)
        if lemma in r.lex.words.mediation_words:
            _mediation(r, noun)
        if lemma in r.lex.words.violence_nouns or noun.lower_ in r.lex.words.violence_nouns:
            _violence_done(r, noun)
        if (
            lemma in r.lex.words.clash_nouns
            or noun.lower_ in r.lex.words.clash_nouns
            or _phrase_at(noun, r.lex.words.clash_nouns)
        ):
            _clash_between(r, noun)
        trig = r.lex.nouns.get(lemma) or r.lex.nouns.get(noun.lower_)
        if trig is None and noun.text in r.lex.words.weapon_names and noun.dep_ in {"dobj", "obj"}:
            trig = r.lex.nouns.get("weapon")  # "sent HIMARS to Ukraine", "delivered F-16s to Kyiv"
        if trig is None or r.mention_at(noun) is not None:
            continue
        _noun(r, noun, trig)


def _violence_done(r: Reader, noun: Token) -> None:
    """'the killing of two Cambodian teenagers by Thai troops', 'the abduction of Japanese citizens by
    North Korean agents': whoever did it (its 'by' phrase, possessor or adjective) attacked the victims'
    state."""
    if r.mention_at(noun) is not None:
        return
    doers = [x for x in r.transparent(noun, 1) if label_of_ref(x, r.topics) in ACTORS]
    trig = r.lex.verbs["attack"]
    victims = [
        x
        for p in prep_objects(noun, "of")
        for x in (
            [y for y in r.refs(p, topics=False) if label_of_ref(y, r.topics) is Label.COUNTRY]
            or _struck_state(r, p, trig)
        )
    ]
    own = {r.ctx.actor(d.key) for d in doers}
    victims = [v for v in victims if r.ctx.actor(v.key) not in own]
    if not doers or not victims:
        return
    governor = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" else None
    modality = noun_modality(noun, r.lex)
    if governor is not None and modality is Modality.ASSERTED and r.modality(governor)[0] is Modality.FUTURE:
        modality = Modality.FUTURE
    if governor is not None and governor.lemma_.lower() == "deny":
        modality = Modality.NEGATED  # "Bangkok denied the killing of two Cambodian teenagers by its troops"
    _emit_all(r, "ATTACKED", doers, victims, modality, 0.7)


@cache
def _phrases_by_word(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The phrases of several words, by each word they hold (computed once a lexicon set)."""
    out: dict[str, list[list[str]]] = {}
    for phrase in (p for p in phrases if " " in p):
        words = phrase.split()
        for word in set(words):
            out.setdefault(word, []).append(words)
    return out


def _phrase_at(noun: Token, phrases: frozenset[str]) -> bool:
    """Whether ``noun`` heads one of the phrases of several words ("gun battle", "exchange of fire")."""
    for words in _phrases_by_word(phrases).get(noun.lower_, ()):
        for start in range(max(0, noun.i - len(words) + 1), noun.i + 1):
            span = noun.doc[start : start + len(words)]
            if len(span) == len(words) and [t.lower_ for t in span] == words:
                return True
    return False


def _on_alert(r: Reader, noun: Token) -> None:
    """'Serbia put its army on the highest level of combat readiness near the Kosovo border', 'placed its
    troops on high alert along the border with X': forces readied against the state across the border
    (MOBILIZES, PLOVER MOBILIZE)."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "on the highest level of readiness"
        prep = prep.head.head
    verb = prep.head
    raised = _alert_raised(r, noun)
    if raised is not None:
        verb = raised
    elif prep.lower_ != "on" or verb.pos_ not in {"VERB", "AUX"}:
        return
    objects = direct_objects(verb)
    if (
        raised is None
        and not any(o.lemma_.lower() in r.lex.words.fighter_nouns for o in objects)
        and not _forces_kept_on_alert(r, verb)
    ):
        return
    borders = [t for t in verb.subtree if t.lemma_.lower() in r.lex.words.boundary_nouns]
    named = [c for b in borders for c in b.children if c.dep_ in {"compound", "nmod", "amod"}]
    named += [p for b in borders for p in prep_objects(b, "with")]
    named += prep_objects(verb, "with") if borders else []  # ("the border with X", 'with' hung on the verb)
    if not borders:  # "remained on alert in the West Bank": the place they are readied in
        named += [p for w in r.lex.words.alert_place_preps for h in (verb, noun) for p in prep_objects(h, w)]
    places = {Label.COUNTRY, Label.REGION}
    targets = [x for t in named for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in places]
    sources, _ = _subject_refs(r, verb)
    if not sources and is_passive(verb):  # "Kenyan forces were placed on high alert": the forces' state
        sources = [x for c in verb.children if c.dep_ == "nsubjpass" for x in r.refs(c, topics=False)]
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [t for t in targets if r.ctx.actor(t.key) not in own]
    targets = targets or _intruders(r, verb, own)  # "put its forces on alert as Chinese warships approached"
    modality, conf = r.modality(verb)
    _emit_all(r, "MOBILIZES", sources, [Ref(t.key, True) for t in targets], modality, conf - 0.15)


def _alert_raised(r: Reader, noun: Token) -> Token | None:
    """'raised the alert level of its troops', 'raised its military alert level': the verb that raises a
    military alert (of forces, or named military), as 'put its troops on alert'; None otherwise."""
    words = r.lex.words
    level = noun.head if noun.dep_ in {"compound", "amod", "nmod"} else noun
    if level is not noun and level.lemma_.lower() not in words.alert_level_nouns:
        return None
    verb = level.head
    if level.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in words.alert_raising_verbs:
        return None
    marks = [c.lower_ for h in (level, noun) for c in h.children if c.dep_ in {"amod", "compound", "nmod"}]
    forces = [p.lemma_.lower() for p in prep_objects(level, "of")]
    if not (set(marks) & words.military_alert_marks or set(forces) & words.fighter_nouns):
        return None
    return verb


def _forces_kept_on_alert(r: Reader, verb: Token) -> bool:
    """'Israeli troops remained on alert', 'Kenyan forces were placed on high alert': forces of a state (not
    rebels) are the subject of the verb that keeps or puts them on alert."""
    heads = [c for c in verb.children if c.dep_ == "nsubjpass"] if is_passive(verb) else subjects(verb)[0]
    return bool(heads) and all(
        t.lemma_.lower() in r.lex.words.fighter_nouns
        and t.lemma_.lower() not in r.lex.words.insurgent_nouns
        and t.lower_ not in r.lex.words.insurgent_nouns
        for t in heads
    )


def _partnership(r: Reader, noun: Token) -> None:
    """'their all-weather partnership', 'a deepening military partnership': a partnership qualified as a
    close bond is an alliance of its parties (ALLY_OF, inferred); a "comprehensive strategic partnership" is
    a diplomatic grade, no alliance (round 35)."""
    qualifiers = r.lex.words.partnership_qualifiers.get(noun.lemma_.lower(), frozenset())
    kids = [c for c in noun.children if c.dep_ in _MODIFIERS]
    # a hyphened qualifier by its whole text ("all-weather": 'weather' the modifier, 'all -' its children)
    modifiers = {c.lower_ for c in kids} | {c.doc[c.left_edge.i : c.i + 1].text.lower() for c in kids}
    if not modifiers & qualifiers or modifiers & r.lex.words.unallied_partners:
        return  # ("a key energy partnership" is no alliance)
    verb = noun.head
    while (
        verb.pos_ not in {"VERB", "AUX"}
        and verb.dep_ in {"pobj", "prep", "dobj", "conj"}
        and verb.head != verb
    ):
        verb = verb.head
    parties = [
        x for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for x in r.refs(c, topics=False)
    ]
    if verb.pos_ in {"VERB", "AUX"} and not parties:  # "their partnership": the subjects' own
        parties = _subject_refs(r, verb)[0]
    parties += _prep_actors(r, [noun], "with") + _between(r, noun)
    parties = [x for x in parties if label_of_ref(x, r.topics) in STATES]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return
    modality, conf = r.modality(verb) if verb.pos_ in {"VERB", "AUX"} else (noun_modality(noun, r.lex), 0.8)
    _pairwise(r, "ALLY_OF", [Ref(r.ctx.actor(x.key), True) for x in parties], modality, conf - 0.2)


def _supplied_arms(r: Reader, noun: Token) -> None:
    """ "Ukraine fired US-supplied missiles at ...", "pounded Kharkiv with drones provided by Iran", "Armed
    with drones supplied by Iran, Russian forces ...": arms named as a supplier's back the one who uses them
    (the subject of the verb they are the object or instrument of)."""
    suppliers: list[Token] = []
    for given in (c for c in noun.children if c.dep_ in {"amod", "acl"}):
        if given.lemma_.lower() not in r.lex.words.supplying_verbs or given.tag_ != "VBN":
            continue
        suppliers += [c for c in given.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
        suppliers += [p for c in given.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    givers = [x for t in suppliers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in STATES]
    if not givers:
        return
    top = noun
    while top.dep_ in {"conj", "appos", "compound"}:
        top = top.head
    if top.dep_ in {"dobj", "obj"}:
        verb = top.head
    elif top.dep_ == "pobj" and top.head.lower_ == "with":
        verb = top.head.head
        if verb.dep_ in {"dobj", "obj"} and verb.pos_ == "NOUN":  # "destroyed the bridge with weapons ..."
            verb = verb.head
    else:
        return
    if verb.pos_ != "VERB":
        return
    users = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not users and verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Armed with ..., Russian forces ..."
        users = [x for x in _subject_refs(r, verb.head)[0] if label_of_ref(x, r.topics) in ACTORS]
    givers = [g for g in givers if all(r.ctx.actor(g.key) != r.ctx.actor(u.key) for u in users)]
    for rel in ("AIDS", "SUPPORTS"):
        _emit_all(
            r, rel, [Ref(g.key) for g in givers], [Ref(u.key, True) for u in users], Modality.ASSERTED, 0.6
        )


def _held_as(r: Reader, carrier: Token, modality: Modality) -> Modality:
    """How a meeting named with its parties ("a meeting of A, B and C") is held, read on the verb it hangs
    on: "agreed to hold", "confirmed their readiness to hold" (not yet held), "invited B and C to" it (an
    invitation: pending, rule 6), as "will host talks between A and B" is read."""
    if modality is not Modality.ASSERTED:
        return modality
    if carrier.dep_ in {"dobj", "obj", "nsubjpass"}:
        return r.modality(carrier.head)[0]
    head = carrier.head
    inviting = head.head.lemma_.lower() in r.lex.words.inviting_verbs
    if carrier.dep_ == "pobj" and head.lower_ == "to" and inviting:
        return Modality.HYPOTHETICAL
    return modality


def _proposed(noun: Token, lex: Lexicon) -> bool:
    """'a proposal for EU sanctions on Georgia', 'a draft of new sanctions': a measure only proposed is not
    in force (whether the proposal was blocked or not)."""
    t = noun
    while t.dep_ == "conj":
        t = t.head
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in {"for", "of"}
        and t.head.head.lemma_.lower() in lex.words.measure_proposal_nouns
    )


def _listed_on_measure(r: Reader, noun: Token, tokens: list[Token]) -> list[Token]:
    """'sanctions on three trading firms and a Turkish national it accused of ...': the parser may join the
    last target to the measure noun; an unnamed person or firm after the measure's targets is one of them."""
    if not tokens:
        return []
    last = max(t.i for t in tokens)
    return [
        c
        for c in noun.children
        if c.dep_ == "conj"
        and c.i > last
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in r.lex.words.group_targets
        and r.topic(c) is None
    ]


def _noun(r: Reader, noun: Token, trig: Trigger) -> None:
    if any(c.lower_ in trig.except_modifiers for c in noun.children if c.dep_ in _MODIFIERS):
        return  # "a general strike against the reform" is no attack
    if (
        noun.dep_ in {"dobj", "obj"}
        and noun.head.lemma_.lower() in r.lex.words.switch_verbs
        and noun.lemma_.lower() in r.lex.words.switched_nouns
    ):
        return  # "switched recognition from Taiwan to China": `_switched` reads it (Taiwan recognizes no one)
    if trig.undone is not None and _undone(r, noun, trig):
        return  # ("lifted the restrictions on Gaza": undone whatever its modifiers)
    if not _modified_as_needed(noun, trig):
        return  # "sales of bonds" are no arms sales
    if trig.rel is None and trig.undone is not None:
        return  # a prisoner or a restriction states nothing until it is undone
    if trig.rel == "MET_WITH" and _told_during(r, noun):
        return
    if trig.rel == "MET_WITH" and convened(r, noun):
        return  # "announced a joint summit in Doha": convened (ORGANIZED), not met (membership.py)
    if (
        trig.rel == "MET_WITH"
        and noun.lemma_.lower() in r.lex.words.proposal_nouns
        and noun.head.lemma_.lower() not in r.lex.words.phoning_verbs  # ("received a call from Putin to ...")
        and _asks_for(noun)
    ):
        return  # "rejected calls from Brussels to sanction Russia": a demand, not a phone call
    carrier = _quantity(r, noun) or noun  # ("closed two of its border crossings": through the count)
    if trig.rel == "MET_WITH":
        parties = _between(r, noun)  # "the first meeting between the US, Japan and South Korea"
        parties = parties or [Ref(k) for k in r.hyphen_chain(noun)]  # "the Trump-Putin summit"
        if len(parties) >= 2:
            modality, conf = (noun_modality(noun, r.lex), 0.85)
            if modality is Modality.ASSERTED and carrier.dep_ in {"dobj", "obj", "nsubjpass"}:
                modality = r.modality(carrier.head)[0]  # "will host talks between A and B": not yet held
            _pairwise(r, "MET_WITH", parties, modality, conf)
            return
    if "AIDS" in (trig.rel, trig.preps.get("to")) and _acquired(r, noun, trig):
        return
    sources, governor = _noun_actor(r, noun, trig)
    if (
        trig.verbs_only
        and governor is None
        and carrier.dep_ in {"dobj", "obj"}
        and carrier.head.lemma_ in trig.verbs
    ):
        governor = (
            carrier.head
        )  # "closed its airspace to ...": the owner acts, through one of the noun's verbs
    if trig.verbs_only and governor is None:
        return  # "Armenia's EU membership would anger Moscow" is no request; "is seeking membership" is
    if not sources and governor is not None and trig.rel in _VOICED:
        sources = _voice_refs(r, governor)  # "the resolution reaffirms support for Ukraine"
    if not sources and trig.rel == "ATTACKED" and (taken := _receiver(r, noun, "ATTACKED")) is not None:
        # "came under fire from Chinese ships": 'from' hung on the verb
        sources = [x for phrase in ("from", "by") for t in prep_objects(taken, phrase) for x in r.refs(t)]
    if trig.subjects is not None:  # "the sanctions put pressure on Russia": no actor asks
        sources = [s for s in sources if _fits_subjects(r, s, trig.subjects)]
    if (
        trig.rel == "REQUESTS"
        and governor is not None
        and any(s.lemma_.lower() in r.lex.words.fighter_nouns for s in subjects(governor)[0])
    ):
        return  # "Russian troops kept up pressure on Ukrainian positions": force, not a demand
    if not sources:
        return
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    if modality is Modality.ASSERTED and (wished_noun(noun, r.lex) or _proposed(noun, r.lex)):
        modality = Modality.HYPOTHETICAL  # "expressed openness to negotiations with Sweden"
    if modality is Modality.ASSERTED and trig.rel == "AIDS" and governor is not None:
        # "pledged $1 billion in aid to Manila": promised, still to come; "offered Pakistan a loan": an offer
        # (support pledged or offered is a stance held now: "offered his full support")
        if governor.lemma_.lower() in r.lex.words.promising_verbs:
            modality = Modality.FUTURE
        elif governor.lemma_.lower() in r.lex.words.offering_verbs:
            modality = Modality.HYPOTHETICAL
    if (  # "announced a joint summit in Doha next week", "the proposed talks were called off": no meeting yet
        modality is Modality.ASSERTED
        and trig.rel == "MET_WITH"
        and (told := noun_modality(noun, r.lex)) is not Modality.ASSERTED
    ):
        modality = told
    if any(c.lower_ in {"no", "without"} for c in noun.children):
        modality = Modality.NEGATED
    prefixed = any(c.dep_ == "neg" and c.lower_ == "non" for c in noun.children)
    if prefixed:  # "Serbia's non-recognition of Kosovo": the act withheld, its undoing held (REJECTS)
        modality = Modality.NEGATED
    if carrier.dep_ in {"dobj", "obj"} and carrier.head.lemma_.lower() in r.lex.words.withholding_verbs:
        modality = Modality.NEGATED  # "has withheld its recognition of the result"
    rel = trig.rel
    by_rel: dict[str, list[Ref]] = {rel: []} if rel is not None else {}
    for phrase, tokens in _noun_preps(r, noun, governor, trig).items():
        this = trig.preps[phrase]
        # ("opened fire on Malaysian fishermen", "an attack on a camp for Rwandan refugees": their state)
        aimed = [x for t in tokens for x in r.refs(t) or _struck_state(r, t, trig, this)]
        if this == "SANCTIONS" and not aimed and noun.lemma_.lower() in r.lex.words.trade_measures:
            # "tariffs on French brandy", "on Australian barley": goods named by their state's adjective
            aimed = [
                Ref(m.key, inferred=True)
                for t in tokens
                for c in t.children
                if c.dep_ in {"amod", "compound", "nmod"}
                and (m := r.mention_at(c)) is not None
                and m.label is Label.COUNTRY
            ]
            aimed += [  # "duties on electric vehicles made in China", "on steel from Vietnam"
                Ref(m.key, inferred=True)
                for t in tokens
                for c in t.children
                for place in (
                    [
                        p
                        for a in c.children
                        if a.dep_ == "prep" and a.lower_ in {"in", "by"}
                        for p in a.children
                    ]
                    if c.dep_ == "acl" and c.lemma_.lower() in r.lex.words.origin_verbs
                    else [p for p in c.children if p.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ == "from"
                    else []
                )
                if (m := r.mention_at(place)) is not None and m.label is Label.COUNTRY
            ]
        if this == "SANCTIONS":
            aimed = _sanctioned(r, tokens, aimed)
            aimed += [x for t in _listed_on_measure(r, noun, tokens) for x in _unnamed_group(r, t)]
        if this == "AIDS" and not aimed:
            aimed = _aided_in(r, tokens, governor)  # "delivered food to flood victims in Pakistan"
        if this in {"SUPPORTS", "REJECTS"}:  # "support for Mongolia's hosting of COP17": COP17; "for the
            aimed = staged_aims(r, tokens) or aimed  # process of accession of Bolivia": the accession
        by_rel.setdefault(this, []).extend(aimed)
    if rel is not None and "of" not in trig.preps and any(c.dep_ == "poss" for c in noun.children):
        # "Tehran's backing of Hamas": with its owner named, the noun's 'of' phrase is what it is aimed at
        # (without one, "the backing of the AU" names who backs)
        by_rel[rel] += [x for t in prep_objects(noun, "of") for x in r.refs(t)]
    if rel is not None:
        by_rel[rel] += _modifier_objects(r, noun, trig)
        if _by_agents(r, noun):  # "Taiwan's recognition by Paraguay": Paraguay recognizes Taiwan
            by_rel[rel] += [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    given = trig.preps.get("to", rel)
    if governor is not None and given is not None:
        by_rel.setdefault(given, []).extend(_receivers(r, noun, governor))
    if rel is not None and trig.targeting:  # "sanctions targeting Russian banks", "the sanctions target X"
        for holder in [h for h in (noun, _quantity(r, noun)) if h is not None]:
            aims = [c for c in holder.children if c.dep_ in {"acl", "relcl"}]  # "the sanctions, which target"
            if holder.dep_ in {"nsubj", "nsubjpass"} and holder.head.pos_ == "VERB":
                aims.append(holder.head)
            for aim in aims:
                if aim.lemma_.lower() in trig.targeting:
                    aimed = [x for o in direct_objects(aim) for x in r.refs(o)]
                    if rel == "SANCTIONS":  # "the sanctions target five Iranian officials": the group
                        aimed = _sanctioned(r, direct_objects(aim), aimed)
                    own = {r.ctx.actor(x.key) for x in sources}  # "sanctions by the EU and Britain hit its
                    by_rel[rel] += [
                        x for x in aimed if r.ctx.actor(x.key) not in own
                    ]  # exports": not Britain
    if rel is not None and trig.through:
        for child in noun.children:
            if child.dep_ in {"acl", "xcomp", "relcl"} and child.pos_ == "VERB":
                by_rel[rel] += [x for o in direct_objects(child) for x in r.refs(o)]
    if rel == "MET_WITH" and not by_rel[rel]:  # "a summit in Hanoi, where Xi was making his first visit"
        by_rel[rel] = _where(r, governor if governor is not None else noun.head)
    if rel == "MET_WITH" and not by_rel[rel] and governor is not None:
        by_rel[rel] = _talks_abroad(r, governor, sources)  # "X's minister is in Beijing for talks"
    receiver = _receiver(r, noun)
    if rel == "MET_WITH" and not by_rel[rel] and receiver is not None:  # "received a phone call from the
        found, _ = subjects(receiver)  # Saudi crown prince": the caller talked with the one called
        by_rel[rel] = [x for t in found for x in r.refs(t, topics=False)]
    during = noun.dep_ == "pobj" and noun.head.lower_ in r.lex.words.occasion_preps
    journey = "to" in trig.preps  # a visit or trip, not a meeting of many ("a meeting of EU ministers")
    if rel == "MET_WITH" and not by_rel[rel] and during and journey and noun.head.head.pos_ == "VERB":
        # "Vietnam signed a deal during a visit by Xi": the visitor met the clause's subject
        own = {r.ctx.actor(s.key) for s in sources}
        by_rel[rel] = [
            x
            for x in _subject_refs(r, noun.head.head)[0]
            if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
        ]
    if rel == "MET_WITH" and not by_rel[rel]:
        if governor is None:  # "agreed to hold a meeting of A, B and C": not held yet
            modality = _held_as(r, carrier, modality)
        _pairwise(r, rel, sources, modality, conf)  # "Seoul and Tokyo held talks"
        return
    despite = noun.head.lower_ in r.lex.words.despite_preps and rel in _VOICED
    if (
        rel is not None
        and ((rel == "SUPPORTS" and noun.head.lower_ == "with") or despite)
        and not by_rel.get(rel)
        and noun.dep_ == "pobj"
    ):
        # "the resolution was adopted with the support of Mexico": what the clause is about is supported;
        # "the motion passed despite opposition from Hungary", "amid criticism from Kyiv": it is opposed
        clause = noun.head.head
        if clause.pos_ in {"NOUN", "PROPN"} and clause.dep_ in {"dobj", "obj"} and clause.head.pos_ == "VERB":
            clause = clause.head  # "is stirring trouble with the backing of Washington": on the verb's object
        if (
            clause.dep_ in {"ccomp", "xcomp"}
            and clause.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ):  # "allowed a Chinese vessel to dock despite objections from India": the one who allowed it
            clause = clause.head
        if clause.pos_ in {"VERB", "AUX"}:
            about = [c for c in clause.children if c.dep_ in {"nsubjpass", "nsubj"}]
            if not about and clause.dep_ == "acl" and clause.head.pos_ in {"NOUN", "PROPN"}:
                about = [clause.head]  # "The motion passed despite ..." read as a noun with a modifier
            by_rel[rel] = [x for c in about for x in r.refs(c)]
            modality, conf = r.modality(clause)
            if rel == "REJECTS":  # "Thailand deported them despite objections from the US": the deed's doer
                doers = [x for x in by_rel[rel] if label_of_ref(x, r.topics) in ACTORS]  # is criticized
                by_rel[rel] = [x for x in by_rel[rel] if x not in doers]
                by_rel.setdefault("CRITICIZES", []).extend(doers)
    if rel is not None and not by_rel.get(rel):
        receiver = _receiver(r, noun, rel)
        if receiver is not None:
            # "Israel has faced criticism from Ukraine", "the plan drew criticism from China", "prompting
            # protests and a rebuke from Brussels": the stance is aimed at what faced it
            found, _ = subjects(receiver)
            by_rel[rel] = [x for t in found for x in r.refs(t)]
            if not by_rel[rel]:  # "Israel's recognition of Somaliland drew condemnation": the act's owner
                by_rel[rel] = [
                    x
                    for t in found
                    for c in t.children
                    if c.dep_ == "poss"
                    for x in r.refs(c, topics=False)
                    if label_of_ref(x, r.topics) in ACTORS
                ]
            modality, conf = r.modality(receiver)
            if rel == "AIDS" and receiver.lemma_.lower() in r.lex.words.denying_verbs:
                modality = Modality.HYPOTHETICAL  # "Tunisia rejected an IMF loan": offered, never given
        elif rel in {"SUPPORTS", "REJECTS"} and (before := unaimed_stance(r, noun)):
            by_rel[rel] = before  # "also expressed their support": the treaty named before
            modality, conf = r.modality(noun.head)
        elif (beneficiaries := _beneficiaries(r, noun)) is not None:
            by_rel[rel] = beneficiaries
        elif rel == "AIDS" and (helped := _aid_purpose(r, noun, governor)):
            by_rel[rel] = helped  # "pledged $50 million to help rebuild Gaza"
        elif rel in {"SANCTIONS", "REQUESTS"} and (under := _under_measure(r, noun))[0]:
            # "Dodik, who is under US sanctions", "under pressure from Washington": the one under them
            by_rel[rel] = under[0]
            if under[1] is not None:  # (round 37) "X is not subject to EU sanctions": the copula's
                modality, conf = r.modality(under[1])
        elif rel == "SANCTIONS" and (opposed := _opposed_by_target(r, noun, carrier)):
            by_rel[rel], modality = opposed, Modality.ASSERTED  # ("rejected": not an offer declined)
        elif rel == "SANCTIONS" and (enduring := _endured_by(r, noun, carrier)):
            by_rel[rel] = enduring  # "Zimbabwe has weathered two decades of sanctions imposed by Washington"
        elif rel == "SANCTIONS" and (governor is not None or _struck_with(carrier)):
            by_rel[rel] = _means_of(r, governor) if governor is not None else []
            # "Iran was hit with new sanctions by the EU", "with a round of sanctions": the passive subject
            held = _struck_with(carrier)
            if not by_rel[rel] and held:
                by_rel[rel] = _sanctioned(r, held, [x for c in held for x in r.refs(c, topics=False)])
        elif rel == "PROTESTS":  # "North Korea fired missiles. Tokyo lodged a protest": at the doer
            by_rel[rel] = r.deed_doer({r.ctx.actor(s.key) for s in sources})
        elif rel == "REQUESTS" and governor is not None and noun.lemma_.lower() in r.lex.words.account_nouns:
            by_rel[rel] = _charged_before(r, governor)  # "accused Russia of ... and demanded an apology"
    for this, targets in by_rel.items():
        if this == "REQUESTS":
            targets = _requested(r, targets)
        this_modality = modality
        if this == "SANCTIONS" and modality is Modality.HYPOTHETICAL and _opposed_by(r, carrier, targets):
            this_modality = Modality.ASSERTED  # "Tehran rejected new sanctions by Canada on its oil sector"
        blocked = (
            this == "AIDS"
            and governor is None
            and carrier.dep_ in {"dobj", "obj"}
            and carrier.head.lemma_.lower() in r.lex.words.blocking_verbs
        )
        if prefixed and this == rel and trig.undone in _HOSTILE:
            _emit_all(r, trig.undone, sources, targets, Modality.ASSERTED, conf - 0.1)
        if blocked:  # (aid turned down by its receiver backs no one: "Zambia rejected an IMF bailout")
            blockers = {r.ctx.actor(x.key) for x in _subject_refs(r, carrier.head)[0]}
            blocked = not blockers & {r.ctx.actor(t.key) for t in targets}
        if blocked and this_modality is Modality.HYPOTHETICAL:
            # "Hungary blocked EU aid to Ukraine": the aid is not given, but the EU still backs Ukraine
            _emit_all(r, this, sources, targets, this_modality, conf)
            _emit_all(r, trig.also.get(this, this), sources, targets, Modality.ASSERTED, conf - 0.1)
            continue
        _emit_all(r, this, sources, targets, this_modality, conf, trig)
    if rel == "ATTACKED" and governor is not None:  # "carried out airstrikes on Rafah": they organized them
        struck = topic_of(noun, r.lex, r.active)
        handle = r.topic(noun) if struck is not None and struck.kind in r.lex.words.struck_kinds else None
        if handle is not None:
            _emit_all(r, "ORGANIZED", sources, [Ref(handle)], modality, conf)
            # "carried out airstrikes in Iran": the state the strikes are in is attacked (inferred)
            node = r.topics[int(handle.split(":")[1])] if handle.startswith("?topic:") else None
            own = {r.ctx.actor(s.key) for s in sources}
            hit = [
                Ref(k, inferred=True)
                for k in (node.targets if node is not None else [])
                if key_label(k) is Label.COUNTRY and r.ctx.actor(k) not in own
            ]
            # (not when the strikes name whom they were against: "in Syria against Islamic State")
            done = [c for c in r.ctx.claims if c.type == "ATTACKED" and c.sent.index == r.info.index]
            if not done:
                _emit_all(r, "ATTACKED", sources, hit, modality, conf - 0.15)
    if rel == "SANCTIONS" and modality is Modality.NEGATED and governor is not None:
        # "the only country that does not impose sanctions on Russia" rejects the sanctions (convention)
        handle = r.topic(noun)
        if handle is not None:
            _emit_all(r, "REJECTS", sources, [Ref(handle, inferred=True)], Modality.ASSERTED, conf)


def _talks_abroad(r: Reader, verb: Token, sources: list[Ref]) -> list[Ref]:
    """'Kazakhstan's foreign minister is in Beijing for talks', 'returned to Kabul for talks': one state's
    envoy gone to another's capital for talks meets that state (several parties meet each other instead)."""
    own = {r.ctx.actor(s.key) for s in sources}
    if verb.lemma_.lower() not in r.lex.words.talks_journey_verbs or len(own) != 1:
        return []
    return [
        Ref(m.key, inferred=True)
        for phrase in ("in", "to")
        for p in prep_objects(verb, phrase)
        if (m := r.mention_at(p)) is not None and m.label is Label.COUNTRY and r.ctx.actor(m.key) not in own
    ]


def _where(r: Reader, verb: Token) -> list[Ref]:
    """The place a 'where' clause hangs on: 'a summit in Pyongyang, where Putin was making his visit'."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    m = r.mention_at(verb.head)  # a capital stands for its state here (the visit is to the state)
    return [Ref(m.key)] if m is not None and m.label is Label.COUNTRY else []


def _acquired(r: Reader, noun: Token, trig: Trigger) -> bool:
    """'Russia received artillery shells from North Korea', 'bought drones from Iran': whoever the arms or
    aid come from aids the one who gets them (as a sale to someone supports the buyer)."""
    place = _quantity(r, noun) or noun
    while place.dep_ == "conj":  # "received jets and artillery shells from"
        place = place.head
    verb = place.head
    if place.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in r.lex.words.acquiring_verbs:
        return False
    if trig.verbs_only and verb.lemma_.lower() in r.lex.words.buying_verbs:
        return (
            False  # "imported fuel from Russia", "bought grain from Ukraine": goods or sums bought are trade
        )
    givers = [
        x
        for holder in (verb, place, noun)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
    ]
    takers, _ = _subject_refs(r, verb)
    if not givers or not takers:
        return False
    modality, conf = r.modality(verb)
    _emit_all(r, "AIDS", givers, takers, modality, conf, trig)
    return True


def _aid_purpose(r: Reader, noun: Token, governor: Token | None) -> list[Ref]:
    """'pledged $50 million to help rebuild Gaza', 'gave aid to support refugees in Sudan': aid given for a
    purpose of helping (lexicon aid_purpose_verbs) goes to the place or actor that purpose names (inferred):
    the purpose verb's object, the object of a verb under it, or a place those objects are in."""
    words = r.lex.words
    holders = [h for h in (noun, _quantity(r, noun), governor) if h is not None]
    purposes = [
        c
        for h in holders
        for c in h.children
        if c.dep_ in {"acl", "advcl", "xcomp", "relcl"}
        and c.lemma_.lower() in words.aid_purpose_verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    # "to help rebuild Gaza": the verb under the first, when it helps too
    purposes += [
        c
        for p in purposes
        for c in p.children
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in words.aid_purpose_verbs
    ]
    objects = [o for p in purposes for o in direct_objects(p)]
    # "to help Mauritania manage migration": the one helped is the subject of the verb under 'help'
    objects += [
        s
        for p in purposes
        for c in p.children
        if c.dep_ in {"ccomp", "xcomp"}
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    found = [x for o in objects for m in r.members(o) for x in r.refs(m, topics=False)]
    found = [x for x in found if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}]
    # "refugees in Sudan", "to help families in Lebanon": a state the purpose is carried out in
    places = [p for h in (*purposes, *objects) for p in prep_objects(h, "in")]
    found += [
        x
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    return [Ref(x.key, True) for x in found]


def _aided_in(r: Reader, tokens: list[Token], governor: Token | None) -> list[Ref]:
    """The state people in need are in, when aid goes to them: 'food to flood victims in Pakistan', 'tents
    for displaced families in Gaza' (inferred; lexicon aided_people); the place may hang on the verb of
    giving ('delivered food to flood victims in Pakistan', as the model reads it)."""
    needy = [
        t
        for t in tokens
        if t.lemma_.lower() in r.lex.words.aided_people or t.lower_ in r.lex.words.aided_people
    ]
    places = [
        p
        for t in needy
        for p in prep_objects(t, "in")
        or _plight_places(t)
        or (prep_objects(governor, "in") if governor is not None else [])
    ]
    return [
        Ref(x.key, True)
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}
    ]


def _plight_places(people: Token) -> list[Token]:
    """Where the plight a clause on people in need names is: 'refugees fleeing the fighting in Sudan',
    'families displaced by the floods in Pakistan', 'refugees fleeing Sudan'."""
    out: list[Token] = []
    for clause in (c for c in people.children if c.dep_ == "acl"):
        out += [o for o in clause.children if o.dep_ in {"dobj", "obj"} and o.pos_ == "PROPN"]
        out += [p for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "in" for p in t.children]
    return [p for p in out if p.dep_ in {"dobj", "obj", "pobj"}]


def _beneficiaries(r: Reader, noun: Token) -> list[Ref] | None:
    """Whom a support a noun names without its object goes to (states for their officials), or None:
    the one who gives thanks ("Kyiv thanked Tokyo for its support"), the one assured ("assured Kyiv of
    Berlin's continued support", 'of' on the verb or on the one assured)."""
    if noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if verb.dep_ in {"dobj", "obj"} and prep.lower_ == "of":
        verb = verb.head
    lemma = verb.lemma_.lower()
    thanked = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    thanks = r.lex.words.thanks_nouns
    noun_of_thanks: Token | None
    if (verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"} and verb.head.pos_ == "VERB") or (
        verb.pos_ == "ADJ"
        and verb.dep_ == "acomp"
        and verb.lemma_.lower() in thanks  # "is grateful to X for"
    ):
        noun_of_thanks, verb = verb, verb.head  # "expressed gratitude to France for its support"
    else:
        acomps = [c for c in verb.children if c.dep_ == "acomp"]  # "is grateful to Oslo for its support"
        noun_of_thanks = (
            next(iter(direct_objects(verb) + acomps), None) if verb.pos_ in {"VERB", "AUX"} else None
        )
    gave_thanks = (  # "voiced its thanks to Ankara for its help": thanks given to someone
        noun_of_thanks is not None
        and noun_of_thanks.lemma_.lower() in thanks
        and bool(
            prep_objects(noun_of_thanks, "to") or prep_objects(verb, "to") or noun_of_thanks.i == prep.head.i
        )
    )  # ("expressed gratitude for Australia's support": the thanks' own 'for')
    if prep.lower_ == "for" and ((lemma in r.lex.words.thanking_verbs and thanked) or gave_thanks):
        found = [x for t in subjects(verb)[0] for x in r.refs(t)]
    elif prep.lower_ == "of" and verb.pos_ == "VERB" and lemma in r.lex.words.assuring_verbs:
        found = [x for o in direct_objects(verb) for x in r.refs(o, topics=False)]
    else:
        return None
    return [Ref(r.ctx.actor(x.key), x.inferred) for x in found]


def _opposed_by_target(r: Reader, noun: Token, carrier: Token) -> list[Ref]:
    """'Venezuela dismissed the latest sanctions by Washington', 'Iran condemned a fresh round of
    sanctions by Britain': measures whose agent is named and whose target is not, opposed by a state,
    were aimed at that state (inferred). ``carrier``: the noun or the quantity that carries it."""
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for h in (noun, carrier) for c in h.children):
        return []
    trig = r.lex.verbs.get(carrier.head.lemma_.lower())
    if trig is None or trig.rel not in {"CONDEMNS", "CRITICIZES", "PROTESTS"}:  # (not "rejected": a
        # third party's refusal, "Hungary rejected new sanctions by the EU", is of measures proposed)
        return []
    return [
        Ref(x.key, inferred=True)
        for x in _object_takers(r, carrier)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _endured_by(r: Reader, noun: Token, carrier: Token) -> list[Ref]:
    """'Zimbabwe has weathered two decades of sanctions imposed by the US', 'Cuba has suffered under the
    embargo imposed by Washington': measures with no target named, borne by a state, hit that state."""
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for h in (noun, carrier) for c in h.children):
        return []
    head = carrier
    while head.dep_ in {"pobj", "prep", "dobj", "obj"} and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in r.lex.words.enduring_verbs:
        return []
    return [
        Ref(x.key, inferred=True)
        for t in subjects(head)[0]
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _opposed_by(r: Reader, carrier: Token, targets: list[Ref]) -> bool:
    """Whether the measures' target is the one who rejects them (so they were imposed, not offered)."""
    rejecters = {r.ctx.actor(x.key) for x in _object_takers(r, carrier)}
    return any(r.ctx.actor(t.key) in rejecters for t in targets)


def _object_takers(r: Reader, carrier: Token) -> list[Ref]:
    """Who takes a stance on ``carrier`` as the object of their verb (none unless it is one)."""
    if carrier.dep_ not in {"dobj", "obj"}:
        return []
    return [x for t in subjects(carrier.head)[0] for x in r.refs(t, topics=False)]


def _receivers(r: Reader, noun: Token, governor: Token) -> list[Ref]:
    """Who is given the noun without a 'to': 'provided Ukraine with missiles' (the verb's object),
    'gave Tanzania a grant' (its indirect object)."""
    held = _quantity(r, noun) or noun
    if held.dep_ == "pobj" and held.head.lower_ == "with" and held.head.head.i == governor.i:
        tokens = direct_objects(governor)
    elif held.dep_ in {"dobj", "obj"}:
        tokens = [c for c in governor.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    else:
        tokens = []
    return [x for t in tokens for x in r.refs(t, topics=False)]


def _noun_preps(r: Reader, noun: Token, governor: Token | None, trig: Trigger) -> dict[str, list[Token]]:
    """The noun's prepositional objects by preposition, also where the parser hung them on the verb
    ("issued an ultimatum to X") or on a quantity ("a shipment of weapons to Ukraine")."""
    out: dict[str, list[Token]] = {}
    holders = [noun, _quantity(r, noun), governor]
    if trig.rel == "WITHDREW_FROM":  # "the pullout of its contingent from Congo", 'from' hung on the forces
        forces = r.lex.verbs["withdraw"].object_heads or frozenset()
        holders += [p for p in prep_objects(noun, "of") if p.lemma_.lower() in forces]
    verb = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.i != getattr(governor, "i", -1) else None
    own = r.lex.verbs.get(verb.lemma_.lower()) if verb is not None else None
    for holder in [h for h in holders if h is not None]:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in trig.preps:
                # (not the noun itself: "a wave of criticism" is no criticism of criticism); a conjunct of
                # the same preposition too: "their commitment to the AU and to ECOWAS"
                same = [child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_)]
                out.setdefault(child.lower_, []).extend(
                    p for c in same for p in c.children if p.dep_ == "pobj" and p.i != noun.i
                )
            if child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"} and "to" in trig.preps:
                out.setdefault("to", []).append(child)  # "promised Ukraine continued support"
    for child in verb.children if verb is not None else []:
        # "condemned the German arms sales to Ukraine" with "to" hung on the verb, which takes no "to";
        # "offered its support to Nicaragua" (a dative)
        if (
            child.dep_ in {"prep", "dative"}
            and child.lower_ in trig.preps
            and (own is None or child.lower_ not in own.preps)
        ):
            out.setdefault(child.lower_, []).extend(p for p in child.children if p.dep_ == "pobj")
        if child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"} and "to" in trig.preps:
            out.setdefault("to", []).append(child)  # "promised Armenia its support"
    if out.get("against"):  # "lodged a protest with the OSCE against Russia": the OSCE only hears it
        out.pop("with", None)
        out.pop("to", None)
    if "to" in trig.preps:  # "a shipment of arms bound for Kyiv"
        out.setdefault("to", []).extend(p for h in holders if h is not None for p in _bound_for(r, h))
    if trig.rel == "SANCTIONS":  # "closed its airspace to all aircraft coming from or going to Mali"
        for phrase in [p for p in ("to", "for") if p in out]:
            out[phrase] += _carried_between(r, out[phrase])
    if (
        trig.rel == "SANCTIONS"
    ):  # "export controls on goods bound for Russia", "on exports of chips to China":
        # a measure on things (not on an actor) falls on where they go or come from
        things = [p for p in out.get("on", []) + out.get("against", []) if r.mention_at(p) is None]
        goods = [g for p in things for g in (p, *prep_objects(p, "of"))]
        aimed = [
            d
            for h in (
                *goods,
                noun,
                verb or governor,
            )  # the destination or the origin hung on the noun or the verb
            if h is not None
            for phrase in ("to", "from")
            for d in prep_objects(h, phrase)
            if goods and d.i > goods[0].i
        ]
        aimed += [d for g in goods for d in _bound_for(r, g)]
        if aimed:
            out["on" if "on" in out else "against"] += aimed
    return out


def _carried_between(r: Reader, held: list[Token]) -> list[Token]:
    """Where carriers a measure shuts out come from or go to, told by their participles: 'aircraft coming
    from or going to Mali', 'flights bound for Minsk', 'ships sailing from Russian ports'."""
    return [
        p
        for c in held
        if c.lemma_.lower() in r.lex.words.carrier_nouns
        for v in c.children
        if v.dep_ == "acl" and v.tag_ in {"VBG", "VBN"}
        for w in (v, *v.conjuncts)
        for phrase in ("from", "to", "for")
        for p in prep_objects(w, phrase)
    ]


def _bound_for(r: Reader, holder: Token) -> list[Token]:
    """Where a thing is headed, told by a participle: 'goods bound for Russia', 'chips destined for China'."""
    heading = r.lex.words.destination_participles
    return [
        p
        for h in (holder, *prep_objects(holder, "of"))  # "a shipment of tanks bound for Kyiv"
        for c in h.children
        if c.dep_ in {"acl", "amod"} and (c.lower_ in heading or c.lemma_.lower() in heading)
        for phrase in ("for", "to")
        for p in prep_objects(c, phrase)
    ]


def _modifier_objects(r: Reader, noun: Token, trig: Trigger) -> list[Ref]:
    """Targets named in a modifier: 'their NATO membership applications', 'Israeli hostages'."""
    return [
        Ref(m.key)
        for child in noun.children
        if child.dep_ in _MODIFIERS
        for m in [r.mention_at(child)]
        if m is not None and m.label in trig.modifier_objects
    ]


def _rejoined_lemma(verb: Token) -> str:
    """A verb's lemma with the prefix the tokenizer split off: 're-open' parsed as 're', '-', 'open'."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re":
        return "re" + verb.lemma_.lower()
    return verb.lemma_.lower()


def _receiver_before(r: Reader, held: Token, trig: Trigger) -> list[Token]:
    """'offered to hand over to Tanzania two of its nationals', 'handed over to Chad two suspects wanted for
    ...': the captives shifted after the receiver's 'to' phrase and parsed as anything but the object (a
    clause's subject, a phrase on a number); the receiver, when only a number, a determiner, 'of' and a
    possessive stand between it and the captives and the 'to' hangs on a verb that frees or hands over."""
    for p in reversed(held.doc[max(held.sent.start, held.i - 6) : held.i]):
        if p.dep_ == "pobj" and p.head.lower_ == "to" and p.head.head.lemma_.lower() in trig.undone_by:
            between = held.doc[p.i + 1 : held.i]
            if all(t.pos_ in {"NUM", "DET"} or t.lower_ == "of" or t.dep_ == "poss" for t in between):
                return [p] if r.refs(p, topics=False) else []
            return []
    return []


def _undone(r: Reader, noun: Token, trig: Trigger) -> bool:
    """'The US lifted sanctions on Venezuela', 'Hamas freed Israeli hostages': whoever undoes the measure
    or the detention concedes to its target. False when nothing undoes it (or the undoing is negated)."""
    held = noun
    if (counted := _quantity(r, noun)) is not None:
        # "handed over the bodies of 563 soldiers", "freed a batch of prisoners", "its aid programme"
        held = counted
    # "lifted some of the sanctions on Niger", "suspended part of its aid programme"
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lower_ in r.lex.words.part_words:
        held = held.head.head
    verb = held.head
    nominal = _undoing_nominal(r, held)
    # "handed over to Cameroon two suspects": the object shifted after the 'to' phrase, parsed as its second
    # object (the receiver is the first)
    to = held.head if held.dep_ == "pobj" and held.head.lower_ == "to" and trig.undone == "CONCEDES" else None
    shifted = [
        p for p in (to.children if to is not None else ()) if p.dep_ == "pobj" and p.i < held.i
    ] + [  # (or the receiver taken as the captives' modifier: "to [Niger four suspects]")
        c
        for c in (held.children if to is not None else ())
        if to is not None
        and c.dep_ in {"nmod", "compound"}
        and c.i == to.i + 1
        and r.mention_at(c) is not None
    ]
    concede = nominal is None and trig.undone == "CONCEDES"
    fronted = []  # "will hand over to Armenia the two soldiers": the receiver before the object
    if not shifted and concede and held.dep_ == "dobj":
        fronted = _receiver_before(r, held, trig)
    elif not shifted and concede and held.dep_ != "nsubjpass":
        shifted = _receiver_before(r, held, trig)  # "handed over to Tanzania two of its nationals"
        held = shifted[0] if shifted else held  # (its 'to', whose verb hands them over)
    told = (
        False  # "The sanctions imposed on Iran by the US were lifted": imposed (told) and lifted, by the US
    )
    if nominal is not None:  # "announced a suspension of flights to Somalia": the suspension undoes them
        acting, verb = nominal
        if acting not in trig.undone_by:
            return False
        modality, conf = (
            r.modality(verb.head) if verb.dep_ in {"dobj", "obj"} else (noun_modality(verb, r.lex), 0.85)
        )
        sources = [x for c in verb.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
        # "announced", "ordered the release of" (not "demanded the lifting of": asked of another)
        announced = r.lex.light_verbs | r.lex.words.ordering_verbs
        if not sources and verb.dep_ in {"dobj", "obj"} and verb.head.lemma_.lower() in announced:
            sources, _ = _subject_refs(r, verb.head)
    else:
        if shifted:
            verb = held.head.head
        elif held.dep_ not in {"dobj", "nsubjpass"}:
            return False
        if _rejoined_lemma(verb) not in trig.undone_by and not (
            held.i == noun.i and _own_supply_barred(r, noun, verb, trig)  # ("blocked an EU package")
        ):
            return False
        modality, conf = r.modality(verb)
        sources, _ = _subject_refs(r, verb)
    if nominal is None and not sources and is_passive(verb) and agent(verb) is None:
        for _, author in authorship(noun, r.lex.words.authored_verbs)[:1]:
            sources, told = [Ref(x.key, inferred=True) for x in r.refs(author, topics=False)], True
        if not sources:
            # "The Turkish veto of Sweden's bid was lifted", "Turkey's objections were dropped": its owner did
            sources = [
                Ref(x.key, inferred=True)
                for c in noun.children
                if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and r.mention_at(c) is not None)
                for x in r.refs(c, topics=False)
                if label_of_ref(x, r.topics) in ACTORS
            ]
    tokens = [t for ts in _noun_preps(r, noun, verb, trig).values() for t in ts]
    tokens += [  # "lifted the sanctions it imposed on Niger"
        p
        for c in noun.children
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in r.lex.words.authored_verbs
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ in trig.preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    # "lifted sanctions on Venezuela" concedes to a state; "dropped its objections to Finland's accession"
    # backs the accession
    topics = trig.undone != "CONCEDES"
    if trig.undone == "CONCEDES":  # "handed over 30 prisoners to Russia": the one they are handed to
        tokens += [p for h in (verb, noun) for p in prep_objects(h, "to") if p.i > noun.i]
        if noun.lemma_.lower() in r.lex.words.patient_nouns:  # "lifted Gabon's suspension": Gabon's own
            tokens += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if trig.undone == "AIDS":  # "forgave Iraq's debt": relief to the one who owes it
        tokens += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    tokens += shifted + fronted
    targets = [x for t in tokens for x in r.refs(t, topics=topics)] + _modifier_objects(r, noun, trig)
    if trig.undone == "SANCTIONS" and targets:  # "suspended visa-free travel for Georgian officials holding
        targets = _sanctioned(r, tokens, targets)  # diplomatic passports": those officials, not the state
    parties = list(dict.fromkeys(r.ctx.actor(x.key) for x in sources))
    if not targets and len(parties) == 2 and verb.lemma_.lower() in r.lex.words.exchanging_verbs:
        # "Russia and Ukraine swapped 95 prisoners each": each concedes to the other
        a, b = parties
        _emit_all(r, str(trig.undone), [Ref(a)], [Ref(b, True)], modality, conf)
        _emit_all(r, str(trig.undone), [Ref(b)], [Ref(a, True)], modality, conf)
        return modality is not Modality.NEGATED
    if trig.undone == "REJECTS":
        # "withdrew its application to join BRICS", "dropped its bid for EU membership"
        targets += [x for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" for x in joined(r, c)]
        targets += [
            x
            for p in prep_objects(noun, "for")
            if (sought := r.lex.nouns.get(p.lemma_.lower())) is not None
            for x in _modifier_objects(r, p, sought)
        ]
    _emit_all(r, str(trig.undone), sources, targets, modality, conf)
    if (also := trig.also.get(str(trig.undone))) is not None:  # debt relief backs the debtor too
        _emit_all(r, also, sources, targets, modality, conf)
    return modality is not Modality.NEGATED and not told


def _undoing_nominal(r: Reader, held: Token) -> tuple[str, Token] | None:
    """'A suspension of flights to Somalia', 'the lifting of sanctions on Minsk': the noun that undoes what
    its 'of' names, and the verb it stands for (lexicon undoing_nouns)."""
    if held.dep_ != "pobj" or held.head.lower_ != "of":
        return None
    nominal = held.head.head
    acting = r.lex.words.undoing_nouns.get(nominal.lemma_.lower())
    return (acting, nominal) if acting is not None and nominal.pos_ == "NOUN" else None


def _own_supply_barred(r: Reader, noun: Token, verb: Token, trig: Trigger) -> bool:
    """'Britain blocked arms sales to Israel': supplies barred that name no other supplier are the
    barring state's own, cut as with 'suspended' ('Hungary blocked EU arms sales to Ukraine' cuts none)."""
    if trig.undone != "SANCTIONS" or verb.lemma_.lower() not in r.lex.words.embargo_verbs:
        return False
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound", "nmod"} and r.mention_at(c) is not None)
        or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
    ]
    return not owners


def _struck_with(noun: Token) -> list[Token]:
    """The passive subject a measure is dealt 'with': "North Korean officials were slapped with sanctions"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or not is_passive(prep.head):
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubjpass"]


def _means_of(r: Reader, verb: Token) -> list[Ref]:
    """'trying to isolate Moscow by imposing sanctions': the measure is aimed at the main clause's object."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return []
    main = verb.head.head
    return [
        x
        for o in direct_objects(main)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _told_during(r: Reader, noun: Token) -> bool:
    """'Erdogan told Putin in a phone call that ...', 'urged his counterpart during talks to ...': the
    speaker and the one addressed met, when the meeting noun names no partner of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in r.lex.words.occasion_preps or prep.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return False  # ("in a call with X": the noun's own partner)
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma not in r.lex.words.say_verbs and lemma not in r.lex.requesting_verbs:
        return False  # ("did not arrest Putin during his visit": no words to him, and the visit stands)
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative", "obj"}]
    partners = [x for c in addressed for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    speakers = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not partners or not speakers:
        return False
    modality, conf = r.modality(verb)
    _emit_all(r, "MET_WITH", speakers, partners, modality, conf - 0.05)
    return True
