"""Standing facts stated by noun phrases: offices, alliances, membership, territory, event settings.

"Russian Foreign Minister Sergei Lavrov" (HOLDS_OFFICE), "Russian ally Serbia" (ALLY_OF),
"EU hopeful Serbia" (MEMBER_OF, candidate), "Nigeria's capital Abuja" (PART_OF),
"the Russia-held areas ... of the Luhansk, Donetsk ... regions" (OCCUPIES), "a summit in
Johannesburg" (HELD_IN), "Russia's invasion of Ukraine" (INVADED).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract import membership
from loaders.extract.args import direct_objects, opening_width, prep_objects, subjects
from loaders.extract.group_members import group_members
from loaders.extract.mentions import Mention, locative, region_of
from loaders.extract.modality import noun_modality
from loaders.extract.offices import offices
from loaders.extract.refs import key_label
from loaders.extract.sentence import ACTORS, Reader, Ref, label_of_ref
from loaders.extract.signature import LIST, any_of, first_index, mentions_in, sentence_words, signature
from loaders.extract.topics import TopicParts, topic_of

_REGIONS = r"R#\d+(?: , R#\d+)*(?: ,)? (?:and|or|&) R#\d+"
_DASH = r"(?:–|-|--|:|,)"


def _region_lists(r: Reader) -> tuple[str, ...]:
    """Regions listed with their owner: "Ukraine's Kherson, Luhansk and Donetsk", "four regions in
    Ukraine – Donetsk, Luhansk and Kherson", "the occupied Donetsk and Luhansk regions of Ukraine"."""
    areas = any_of(r.lex.words.area_list_nouns)
    return (
        rf"(?P<country>C#\d+) 's (?:\w+ )?(?P<list>{_REGIONS})",
        rf"\b(?:{areas}) (?:in|of) (?:the )?(?P<country>C#\d+) {_DASH} (?:the )?(?P<list>{_REGIONS})",
        rf"(?P<list>{_REGIONS}) (?:{areas}) (?:of|in) (?:the )?(?P<country>C#\d+)",
    )


def _area_list(r: Reader) -> str:
    """'eastern region', 'two provinces', 'regions' before 'of X and Y'."""
    w = r.lex.words
    qualifiers = any_of(w.side_words + w.area_counts + w.area_qualifiers)
    return rf"(?:(?:{qualifiers}) )*(?:{any_of(w.area_list_nouns)})"


def run_all(r: Reader) -> None:
    offices(r)  # first: the rules below read officials as their states
    copular_office(r)
    alliances(r)
    memberships(r)
    territory(r)
    topic_structure(r)
    backed(r)
    comprised(r)
    founded(r)
    hosting_nouns(r)
    membership.run_all(r)  # membership implied (round 23)
    group_members(r)  # "the two governments, both members of X" (round 37)


def hosting_nouns(r: Reader) -> None:
    """Hosting told by a noun (round 27): "Mongolia's hosting of the conference in Ulaanbaatar", "the
    facilitation by Oman of the talks", "Qatar's staging of the summit": the possessor or the 'by' agent
    ORGANIZED the event of the 'of' phrase, and a place after 'in' on either noun is where it is held. Words
    as data (``hosting_nouns``)."""
    words = r.lex.words
    for noun in r.sent:
        if noun.lemma_.lower() not in words.hosting_nouns or noun.pos_ != "NOUN":
            continue
        # ("the facilitation by Oman of the talks": the parser may hang 'by' on the verb right after its
        # object, and 'of' on the agent)
        by = prep_objects(noun, "by") + [
            p
            for c in noun.head.children
            if noun.dep_ in {"dobj", "obj"} and c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.i + 1
            for p in c.children
            if p.dep_ == "pobj"
        ]
        of = prep_objects(noun, "of") + [p for b in by for p in prep_objects(b, "of")]
        events = [
            x
            for p in of
            for x in r.refs(p)
            if x.key.startswith("?topic:") and label_of_ref(x, r.topics) is Label.EVENT
        ]
        if not events:
            continue
        agents = [c for c in noun.children if c.dep_ == "poss"] + by
        hosts = [
            x
            for a in agents
            for x in r.refs(a, topics=False)
            if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
        ]
        modality = noun_modality(noun, r.lex)
        for host in hosts:
            for event in events:
                r.emit(Ref(host.key, inferred=True), "ORGANIZED", event, modality, 0.75)
        if not hosts:
            continue
        held = [noun, *of]
        places = [
            k
            for h in held
            for p in prep_objects(h, "in")
            for k in [
                *(x.key for x in r.refs(p, topics=False) if label_of_ref(x, r.topics) is Label.REGION),
                *r.city_places(p),
            ]
        ]
        for place in dict.fromkeys(places):
            for event in events:
                r.held_in(event, place, modality, 0.75)


def founded(r: Reader) -> None:
    """'The bloc was formed by Brazil, Russia, India and China ... and added South Africa': founders and
    members taken in are members of the body."""
    words = r.lex.words
    for verb in r.sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        particle = words.founding_phrasals.get(lemma)
        if lemma in words.founding_verbs or (
            particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        ):
            founders, _ = subjects(verb)
            # "founded the bloc with Kazakhstan", "along with India", "together with four states": co-founders
            founders += [  # ("with Thailand as host": a role, not a founder)
                f
                for f in prep_objects(verb, "with") + prep_objects(verb, "along with")
                if not any(c.lower_ == "as" for c in f.children)
                and not (f.right_edge.i + 1 < len(f.doc) and f.doc[f.right_edge.i + 1].lower_ == "as")
            ]
            bodies = [b for b in direct_objects(verb) if b.tag_ not in {"WDT", "WP"} and b.lower_ != "that"]
            if not bodies and verb.dep_ == "relcl":  # (round 38) "the AES, the confederation that the
                bodies = [verb.head]  # three juntas formed": the noun the relative clause describes
            elif not founders and _contact_relative(verb):
                # "the bloc the three juntas formed": the model reads the founders as an apposition of the
                # body and the verb as their participle
                founders, bodies = [verb.head], [verb.head.head]
            if verb.dep_ in {"relcl", "acl"} and bodies and bodies[0] in {verb.head, verb.head.head}:
                body = _body_set_off(r, bodies[0])  # "the AES, the confederation ...": the name before
                bodies = [body] if body is not None else bodies
            if lemma not in words.founding_verbs:  # "set up": a body named only
                named = [(b, r.mention_at(b)) for b in bodies]
                bodies = [b for b, m in named if m is not None and m.label is Label.ORGANIZATION]
                if not bodies:
                    continue  # "set up a court of their own", "set up camps": no body founded
        elif lemma in words.enlarging_verbs:
            # "Syria was readmitted to the Arab League", "the Assembly voted to reinstate Russia to the
            # Council": the body after 'to' / 'into', else the subject
            bodies = [
                b
                for b in prep_objects(verb, "to") + prep_objects(verb, "into")
                if any(label_of_ref(x, r.topics) is Label.ORGANIZATION for x in r.refs(b, topics=False))
            ]  # ("added Finland to its ranks": the subject)
            if any(
                p.lemma_.lower() in r.lex.words.list_nouns
                for p in prep_objects(verb, "to") + prep_objects(verb, "onto")
            ):
                continue  # "added Iran to its sanctions list" admits no member
            bodies = bodies or subjects(verb)[0]
            founders = direct_objects(verb)
        else:
            continue
        orgs = [x for b in bodies for x in membership.bodies_in(r, b)]
        members = membership.ruled_states(r, membership.members_in(r, founders))
        _members_of(r, verb, members, orgs, 0.15)


def _contact_relative(verb: Token) -> bool:
    """A relative clause without 'that' misread: "the confederation the three juntas formed after ..." parsed
    as "the three juntas" in apposition to the noun with "formed" as their past participle (no agent, no
    object: "the troops formed by Chad" is no such clause)."""
    founders = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and founders.dep_ == "appos"
        and founders.tag_ in {"NNS", "NNPS"}
        and founders.head.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in {"agent", "dobj", "nsubj", "nsubjpass"} for c in verb.children)
    )


def _body_set_off(r: Reader, noun: Token) -> Token | None:
    """The body named just before a common noun set off by a comma ("the Alliance of Sahel States (AES), the
    confederation ..."): the noun's apposition head, which the model may hang elsewhere; None when the noun
    names a body of its own or follows no body's name."""
    if r.mention_at(noun) is not None or noun.pos_ != "NOUN":
        return None
    i = noun.left_edge.i - 1
    if i < 1 or noun.doc[i].text != ",":
        return None
    i -= 1
    if noun.doc[i].text == ")":  # "(AES)": the short name in brackets
        i = next((j for j in range(i - 1, max(i - 6, 0), -1) if noun.doc[j].text == "("), i) - 1
    m = r.mention_at(noun.doc[i])
    return noun.doc[i] if m is not None and m.label is Label.ORGANIZATION else None


def comprised(r: Reader) -> None:
    """'the Congo River Alliance, which includes the M23', 'the Quad, made up of the US, Japan, India and
    Australia', 'a bloc consisting of ...': the objects are members of the body."""
    for verb in r.sent:
        lemma = verb.lemma_.lower()
        phrase = r.lex.words.comprising_phrases.get(lemma)
        if verb.pos_ != "VERB" or (lemma not in r.lex.words.comprising_verbs and phrase is None):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if phrase is None and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "into", "on"}
            and p.lemma_.lower() in r.lex.words.list_nouns
            for c in verb.children
            for p in c.children
        ):
            continue  # "the EU included Belarus in its sanctions list": put on a list, not a member
        objects = [c for c in verb.children if c.dep_ == "dobj"] if phrase is None else []
        if phrase is not None:  # "made up of", "consisting of": the particle, then the preposition
            *particles, prep = phrase.split()
            if not all(any(c.dep_ == "prt" and c.lower_ == p for c in verb.children) for p in particles):
                continue
            objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children]
        holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not holders and verb.dep_ == "acl":  # "the Quad, made up of ...": the noun it describes
            holders = [verb.head]
        bodies = [x for c in holders for x in membership.bodies_in(r, c)]
        members = membership.members_in(r, objects)
        _members_of(r, verb, members, bodies, 0.1)


def _members_of(r: Reader, verb: Token, members: list[Ref], bodies: list[Ref], less: float) -> None:
    """Each member MEMBER_OF each body, as surely as ``verb`` states it less ``less``."""
    modality, conf = r.modality(verb)
    for body in bodies:
        for member in members:
            if member.key != body.key:
                r.emit(member, "MEMBER_OF", body, modality, conf - less)


def backed(r: Reader) -> None:
    """'the Algerian-backed Polisario Front', 'Iran-funded militias': the actor before the participle
    supports what the noun names (an actor or an event)."""
    for token in r.sent:
        if (
            token.dep_ != "amod"
            or (token.tag_ != "VBN" and not (token.i >= 1 and token.nbor(-1).text == "-"))  # "Tehran-armed"
            or token.lemma_.lower() not in r.lex.words.backing_verbs
        ):
            continue
        backers = [
            Ref(m.key)
            for c in token.children
            if c.dep_ in {"npadvmod", "compound", "amod", "nmod"}
            for m in [r.mention_at(c)]
            if m is not None and m.label in {Label.COUNTRY, Label.ORGANIZATION}
        ]
        doc = token.doc
        if not backers and token.i >= 2 and doc[token.i - 1].text == "-":  # "the UN-backed plan": the
            m = r.mention_at(doc[token.i - 2])  # parser hung the name on the noun, not on the participle
            if m is not None and m.label in {Label.COUNTRY, Label.ORGANIZATION}:
                backers = [Ref(m.key)]
        if not backers:
            continue
        noun = token.head
        backed_refs = r.refs(noun)
        if any(b.key == x.key for b in backers for x in backed_refs):
            continue
        modality, conf = (
            r.modality(noun.head) if noun.head.pos_ in {"VERB", "AUX"} else (Modality.ASSERTED, 0.85)
        )
        for b in backers:
            for x in backed_refs:
                r.emit(
                    b, "SUPPORTS", x, Modality.ASSERTED if modality is Modality.NEGATED else modality, conf
                )


# ---- offices stated by a copula --------------------------------------------------------------
def copular_office(r: Reader) -> None:
    """'Bola Tinubu is the chairman of ECOWAS', 'Kallas became the EU's foreign policy chief'."""
    sig = signature(r)
    # ("Omar Touray, who became president of the ECOWAS Commission", "X, who serves as Y's envoy")
    verb = r"(?P<p>P#\d+) (?P<who>, who )?(?:is|was|remains|became|has been|had been|will be|serves as) "
    verb += r"(?:now )?(?:the |a |an )?"
    role = r"(?P<role>[a-z-]+(?: [a-z-]+){0,3})"
    for pattern in (
        rf"{verb}{role} of (?:the )?(?P<anchor>[COR]#\d+)",
        rf"{verb}(?P<anchor>[COR]#\d+) 's {role}\b",
    ):
        for match in re.finditer(pattern, sig):
            words = match["role"].split()
            if not all(w in r.lex.titles for w in words) or all(
                w in r.lex.words.not_role_words for w in words
            ):
                continue
            person, state = mentions_in(r, match["p"])[0], mentions_in(r, match["anchor"])[0]
            k = person.end + 2 if match["who"] else person.end  # (the verb after "who")
            after = r.sent.doc[k] if k < r.sent.end else None
            if after is not None and r.modality(after)[0] in {Modality.NEGATED, Modality.HYPOTHETICAL}:
                continue
            r.ctx.add_office(person.key, state.key, match["role"], True)
            r.emit(
                Ref(person.key), "HOLDS_OFFICE", Ref(state.key), Modality.ASSERTED, 0.85, role=match["role"]
            )


# ---- alliances --------------------------------------------------------------------------------
def alliances(r: Reader) -> None:
    sig = signature(r)
    for token in r.sent:
        needs = r.lex.words.ally_nouns.get(_common_lemma(token))
        if needs is None or token.pos_ not in {"NOUN", "PROPN"} or r.mention_at(token) is not None:
            continue
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
        if needs and not modifiers & needs:
            continue  # "its biggest trading partner" is no ally
        if needs and modifiers & r.lex.words.unallied_partners:
            continue  # nor is its "key trading partner"
        if not _former(r, token):
            _ally(r, token)
    if sentence_words(r) & r.lex.words.alliance_pact_words:
        for token in r.sent:
            if token.lemma_.lower() in r.lex.words.alliance_pact_heads and token.pos_ == "NOUN":
                _defence_pact(r, token)
    alliance = any_of(r.lex.words.alliance_nouns)
    for match in re.finditer(rf"(?P<a>[CD]#\d+) - (?P<b>[CD]#\d+) (?:{alliance})\b", sig):
        a, b = mentions_in(r, match["a"])[0], mentions_in(r, match["b"])[0]
        r.emit(Ref(a.key), "ALLY_OF", Ref(b.key), Modality.ASSERTED, 0.7)


def _common_lemma(token: Token) -> str:
    """A noun's lowercase lemma, also where a capital made the model read a plural common noun as a name
    ("Greece and Turkey are Allies within NATO": lemma "Allies"; round 36)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" or token.tag_ != "NNPS":
        return lemma
    return lemma[:-3] + "y" if lemma.endswith("ies") else lemma.removesuffix("s")


def _non_prefixed(token: Token) -> bool:
    """'non-NATO' (a name after 'non' and a hyphen), whatever the model made of the prefix."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in {"-", "–"} and doc[token.i - 2].lower_ == "non"


def _defence_pact(r: Reader, pact: Token) -> None:
    """A mutual defence treaty binds its parties as allies (ALLY_OF, inferred; round 26): "Australia and
    Papua New Guinea signed a mutual defence treaty", "Manila signed a defence pact with Tokyo", "the US
    mutual defence treaty with the Philippines". A defence cooperation agreement, or a treaty only proposed,
    negotiated or wished for, binds no one (the signing verb's modality)."""
    words = r.lex.words
    qualifiers = {c.lower_ for c in pact.children if c.dep_ in {"compound", "amod"}}
    if not qualifiers & words.alliance_pact_words or qualifiers & words.unallied_pact_words:
        return
    if any(c.lower_ in r.lex.words.not_ally_words or c.dep_ == "neg" for c in pact.children):
        return
    parties: list[Ref] = []
    modality, conf = Modality.ASSERTED, 0.7
    verb = pact.head
    if pact.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in words.signing_verbs:
        if any(c.dep_ == "neg" for c in verb.children):
            return
        modality, conf = r.modality(verb)
        parties += [x for s in subjects(verb)[0] for x in r.refs(s, topics=False)]
        parties += [x for p in _objects_of(verb, "with") for x in r.refs(p, topics=False)]
    else:  # the treaty named with its parties: "the US mutual defence treaty with the Philippines"
        parties += [
            x
            for c in pact.children
            if c.dep_ in {"poss", "compound", "nmod"} and r.mention_at(c) is not None
            for x in r.refs(c, topics=False)
        ]
        if not parties:
            return
    parties += [x for p in _objects_of(pact, "with") for x in r.refs(p, topics=False)]
    states = [p for n, p in enumerate(parties) if key_label(p.key) is Label.COUNTRY and p not in parties[:n]]
    if modality is not Modality.ASSERTED or len(states) < 2:
        return
    for a, b in itertools.combinations(states, 2):
        r.emit(a, "ALLY_OF", Ref(b.key, inferred=True), modality, conf, unordered=True)


def _objects_of(token: Token, prep: str) -> list[Token]:
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _former(r: Reader, token: Token) -> bool:
    """'X had been one of Y's closest partners', 'once an ally of Y': a state the text puts in the past."""
    if any(c.lower_ in r.lex.words.former_words for c in token.children):
        return True
    verb = token
    while verb.dep_ in {"attr", "pobj", "prep", "appos", "conj"} or verb.pos_ in {"NUM", "PRON"}:
        if verb.head.i == verb.i:
            break
        verb = verb.head
    past = r.lex.words.former_words
    return verb.pos_ in {"AUX", "VERB"} and any(
        (c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "advmod" and c.lower_ in past)
        for c in verb.children
    )


def _ally(r: Reader, token: Token) -> None:
    if any(c.lower_ in r.lex.words.not_ally_words or c.dep_ == "neg" for c in token.children):
        return
    if membership.designated_ally(r, token):  # "Trump designated Qatar a major non-NATO ally" (round 27)
        return
    owners: list[Ref] = []
    named: list[Ref] = []  # "the close Russian allies of Kazakhstan, Kyrgyzstan and ...": 'of' names them
    possessed = any(c.dep_ == "poss" for c in token.children)
    for child in token.children:
        # "its Western allies": with a possessor, the adjective describes the allies, it does not own them
        if _non_prefixed(child):
            continue  # "a major non-NATO ally": NATO is what the ally is not in
        if child.dep_ == "poss" or (
            not possessed and child.dep_ in {"amod", "compound", "nmod"} and r.mention_at(child) is not None
        ):
            owners += r.refs(child, topics=False)
        elif child.dep_ == "prep" and child.lower_ == "of":
            named += [x for p in child.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
    if not owners and not named and token.dep_ in {"dobj", "obj"} and token.head.lemma_ in {"have", "count"}:
        # "Taiwan has 12 diplomatic allies, including Guatemala": the allies are the subject's
        owners = [x for c in token.head.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
    if owners and len(named) > 1:
        members, owner_first = named, False
    else:
        owners += named
        members, owner_first = _ally_members(r, token, owners)
    modality, conf = (Modality.ASSERTED, 0.9)
    lead = _first_conjunct(token)  # ("a mediator and an ally of Y": said by the copula of the first)
    if lead.dep_ == "attr":
        modality, conf = r.modality(lead.head)
    bodies = [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"in", "within"}
        for p in c.children
        for x in membership.bodies_in(r, p)
    ]
    # "NATO ally Turkey", "Poland, a NATO ally": allied as a member of the alliance, not with it (round 36)
    bodies += [o for o in owners if membership.standing_body(r, o.key)]
    owners = [o for o in owners if o not in bodies]
    for body in bodies:
        for mem in members:  # "Russia's closest ally in the EU", "allies within NATO": members of the body
            if label_of_ref(mem, r.topics) is Label.COUNTRY:
                r.emit(mem, "MEMBER_OF", body, modality, 0.7)
    if not owners and token.dep_ == "attr" and len(members) >= 2:
        first = members[0]
        for other in members[1:]:
            r.emit(first, "ALLY_OF", other, modality, conf, unordered=True)
        return
    if members:
        r.overrides[token.i] = members
    for mem in members:
        for own in owners:
            if label_of_ref(mem, r.topics) in ACTORS and label_of_ref(own, r.topics) in ACTORS:
                if owner_first:  # "Yerevan ... its allies, particularly France": Armenia is the topic
                    r.emit(own, "ALLY_OF", mem, modality, conf)
                else:  # "Russian ally Serbia": Serbia is the topic
                    r.emit(mem, "ALLY_OF", own, modality, conf)


def _first_conjunct(token: Token) -> Token:
    """The first of the coordinated nouns a noun belongs to ("a mediator and an ally": the mediator)."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token


def _ally_members(r: Reader, token: Token, owners: list[Ref]) -> tuple[list[Ref], bool]:
    """Who the allies are, and whether the owner is the phrase's topic (listed allies follow it)."""
    owner_keys = {o.key for o in owners}
    doc = r.sent.doc
    # "Kremlin ally Belarus", "Russian ally Serbia": the name right after the noun is the ally (also past a
    # "the": "its treaty ally the Philippines", round 27)
    after = token.i + 2 if token.i + 2 < r.sent.end and doc[token.i + 1].lower_ == "the" else token.i + 1
    m = r.by_token.get(token.i + 1) or r.by_token.get(after)
    if m is not None and m.label in ACTORS and owners and token.tag_ in {"NN", "NNP"}:
        at = token.i + 1 if token.i + 1 in r.by_token else after
        return [Ref(x.key) for x in r.lists.get(at, [m]) if x.key not in owner_keys], False
    # "its Western allies, particularly France and the United States"
    listed = r.listed(token, 1)
    nxt = token.i + 1
    while nxt < r.sent.end and doc[nxt].text == ",":
        nxt += 1
    width = opening_width(doc, nxt, r.sent.end, r.lex.words.ally_list_words)  # "particularly", "among them"
    if width:
        m = r.by_token.get(nxt + width)
        if m is not None:
            listed = [Ref(x.key) for x in r.lists.get(nxt + width, [m])]
    if not listed:  # "Washington's main allies in Asia, Japan and South Korea": past a place phrase
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in r.lex.words.locative_preps:
                pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                place = r.by_token.get(pobj.i)
                after = place.end if place is not None else pobj.i + 1
                if after + 1 < r.sent.end and doc[after].text == ",":
                    first = r.listed_person_at(after + 1)  # "..., South Korean President Yoon and ..."
                    m = r.by_token.get(first)
                    if m is not None and m.label in ACTORS:
                        listed = [Ref(x.key) for x in r.lists.get(first, [m])]
    if listed:
        return [x for x in listed if x.key not in owner_keys], True
    # "Russian ally Serbia": the name right after the noun
    m = r.by_token.get(token.i + 1)
    if m is not None and m.label in ACTORS:
        return [Ref(x.key) for x in r.lists.get(token.i + 1, [m])], False
    # "An ally of Russia, Kazakhstan," : of-phrase, then the apposed name between commas
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = child.right_edge.i + 1
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                end = max(end, max((r.by_token[p.i].end for p in [pobj] if p.i in r.by_token), default=end))
                owner_m = r.by_token.get(pobj.i)
                if owner_m is not None:
                    end = owner_m.end
            if end < r.sent.end and doc[end].text == ",":
                cand = r.by_token.get(end + 1)
                if (
                    cand is not None
                    and cand.label in ACTORS
                    and (cand.end >= r.sent.end or doc[cand.end].text in {",", "–", "—"})
                ):
                    return [Ref(cand.key)], False
    # "Guatemala, one of Taiwan's few remaining allies," / "Belarus is one of Russia's allies"
    one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    # (also "Paraguay is the largest of Taiwan's allies", "the last of its allies in Europe")
    if one is not None and (one.lower_ == "one" or one.tag_ == "JJS" or one.lower_ in {"last", "first"}):
        if one.dep_ == "appos":
            return [x for x in r.refs(one.head, topics=False) if x.key not in owner_keys], False
        if one.dep_ == "attr" and one.head.lemma_ in {"be", "remain", "become"}:
            subj = [c for c in one.head.children if c.dep_ == "nsubj"]
            return [x for c in subj for x in r.refs(c, topics=False) if x.key not in owner_keys], False
        # ("Nauru, one of Taiwan's allies, switched ...": the model makes "one" the subject, round 27)
        named = (
            r.by_token.get(one.i - 2) if one.i - 2 >= r.sent.start and doc[one.i - 1].text == "," else None
        )
        if named is not None and named.label in ACTORS and one.dep_ in {"nsubj", "nsubjpass"}:
            return [Ref(named.key)] if named.key not in owner_keys else [], False
    # "Taiwan's remaining allies include Guatemala, Paraguay and Eswatini"
    if token.dep_ == "nsubj" and token.head.lemma_ in {"include", "comprise"}:
        listed_allies = [
            x for c in token.head.children if c.dep_ in {"dobj", "obj"} for x in r.refs(c, topics=False)
        ]
        return [x for x in listed_allies if x.key not in owner_keys], True
    # (round 37) "Minsk's closest allies remain Russia and Iran": the copula's complement names them
    if token.dep_ == "nsubj" and token.head.lemma_ in r.lex.words.copulas:
        listed_allies = [x for c in token.head.children if c.dep_ == "attr" for x in r.refs(c, topics=False)]
        return [x for x in listed_allies if x.key not in owner_keys], True
    # "Serbia, another ally of Russia," / "Hungary – Russia's closest ally" / "X, an ally of Y" (also as a
    # second description: "Qatar, a key mediator and a close ally of the US,")
    lead = _first_conjunct(token)
    if lead.dep_ == "appos":
        return [x for x in r.refs(lead.head, topics=False) if x.key not in owner_keys], False
    for child in token.children:
        if child.dep_ == "appos":
            return [x for x in r.refs(child, topics=False) if x.key not in owner_keys], False
    # "X is a close ally of Y", "X and Y are allies", "X is a mediator and a close ally of Y"
    if lead.dep_ == "attr" and lead.head.lemma_ in {"be", "remain", "become"}:
        subj = [c for c in lead.head.children if c.dep_ == "nsubj"]
        return [x for s in subj for x in r.refs(s, topics=False) if x.key not in owner_keys], False
    # "X is considered a close ally of Y", "X is seen as Y's closest ally": the passive's subject
    judged = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if token.dep_ in {"oprd", "xcomp", "pobj"} and judged.lemma_.lower() in r.lex.evaluation_verbs:
        subj = [c for c in judged.children if c.dep_ == "nsubjpass"]
        if subj:
            return [x for s in subj for x in r.refs(s, topics=False) if x.key not in owner_keys], False
    # "it has Moscow as its ally"
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
        holders = [x for c in verb.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
        allies = [x for c in verb.children if c.dep_ == "dobj" for x in r.refs(c, topics=False)]
        if holders and allies:
            r.overrides[token.i] = allies
            for holder in holders:
                for ally in allies:
                    r.emit(holder, "ALLY_OF", ally, Modality.ASSERTED, 0.75)
        return [], False
    # a mention just before: "Hungary – Russia's closest ally in the EU –"
    j = token.left_edge.i - 1
    while j >= r.sent.start and doc[j].text in {",", "–", "—", "-"}:
        j -= 1
    prev = r.by_token.get(j)
    # "In Paris, NATO allies agreed ...": a place phrase before the comma names no ally
    if (
        prev is not None
        and j < token.left_edge.i - 1
        and prev.label in ACTORS
        and not locative(doc[j], r.lex)
    ):
        return [Ref(prev.key)] if prev.key not in owner_keys else [], False
    return [], False


# ---- membership -------------------------------------------------------------------------------
def memberships(r: Reader) -> None:
    seats = {"member", *r.lex.words.chair_nouns}  # "ASEAN's current chair, Laos": a chair is a member
    for token in r.sent:
        if token.lemma_.lower() in seats and token.pos_ == "NOUN" and r.mention_at(token) is None:
            _member_noun(r, token)
    sig = signature(r)

    statuses = r.lex.words.member_status_nouns
    words = any_of(tuple(statuses))
    pattern = (
        rf"(?P<org>O#\d+) (?:\] )?(?:'s )?(?P<word>{words})(?: state| country| nation)?s? (?:\[ )?"
        rf"(?P<list>{LIST})"
    )
    for match in re.finditer(pattern, sig):
        org = mentions_in(r, match["org"])[0]
        status = statuses[match["word"]]
        for member in mentions_in(r, match["list"]):
            if member.label is Label.COUNTRY:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.9, status=status)
    # "The Quad - the United States, Japan, India and Australia - pledged", "BRICS (Brazil, Russia, ...)": a
    # body with its members set off by dashes or brackets
    for match in re.finditer(rf"(?P<org>O#\d+) (?P<open>[-–(]) (?P<list>{LIST}) (?P<close>[-–)])", sig):
        if (match["open"] == "(") != (match["close"] == ")"):
            continue
        org = mentions_in(r, match["org"])[0]
        listed = [m for m in mentions_in(r, match["list"]) if m.label is Label.COUNTRY]
        if len(listed) >= 2 and len(listed) == len(mentions_in(r, match["list"])):
            for member in listed:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)
    # "Britain, France and Germany (the E3)": states listed, then the body they make up in brackets (round 26)
    for match in re.finditer(rf"(?P<list>{LIST}) \( (?:the )?(?P<org>O#\d+) \)", sig):
        org = mentions_in(r, match["org"])[0]
        listed = [m for m in mentions_in(r, match["list"]) if m.label is Label.COUNTRY]
        if len(listed) >= 2 and len(listed) == len(mentions_in(r, match["list"])):
            for member in listed:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)
    # "Hungary remains the sole NATO member"
    for match in re.finditer(
        r"(?P<m>C#\d+) (?:remains|is|was|became|becomes) (?:a|an|the) (?:\w+ )?(?:\w+ )?"
        r"(?P<org>O#\d+) member\b",
        sig,
    ):
        member, org = mentions_in(r, match["m"])[0], mentions_in(r, match["org"])[0]
        r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.85)
    _counted_members(r, sig)
    _relative_members(r, sig)
    # "Serbia, an EU candidate country, ...", "Ukraine is a candidate for EU membership": a status by copula
    # or apposition
    status_words = any_of(tuple(w for w, st in statuses.items() if st is not None))
    for pattern in (
        rf"(?P<m>C#\d+) (?:,|remains|is|was|became|becomes) (?:a|an|the) (?:(?P<q>\w+) )?(?P<org>O#\d+) "
        rf"(?P<word>{status_words})\b",
        rf"(?P<m>C#\d+) (?:,|remains|is|was|became|becomes) (?:a|an|the) (?:\w+ )?(?P<word>{status_words}) "
        rf"for (?P<org>O#\d+) membership\b",
    ):
        for match in re.finditer(pattern, sig):
            member, org = mentions_in(r, match["m"])[0], mentions_in(r, match["org"])[0]
            denied = match.groupdict().get("q") in r.lex.words.not_member_words  # "a former EU candidate"
            if member.label is Label.COUNTRY and not denied:
                status = statuses[match["word"]]
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.85, status=status)
    # "joining current members Brazil, Russia, India, China and South Africa" (the body named earlier)
    for match in re.finditer(rf"(?:{any_of(r.lex.words.member_qualifiers)}) members (?P<list>{LIST})", sig):
        before = [m for m in r.mentions[: first_index(match["list"])] if m.label is Label.ORGANIZATION]
        if before:
            for member in mentions_in(r, match["list"]):
                if member.label is Label.COUNTRY:
                    r.emit(Ref(member.key), "MEMBER_OF", Ref(before[-1].key), Modality.ASSERTED, 0.85)
    # "the BRICS group with Brazil, Russia, India, China and South Africa"
    bodies = any_of(r.lex.words.body_words)
    for match in re.finditer(rf"(?P<org>O#\d+) (?:(?:{bodies}) )?with (?P<list>{LIST})", sig):
        org = mentions_in(r, match["org"])[0]
        listed = [m for m in mentions_in(r, match["list"]) if m.label is Label.COUNTRY]
        if len(listed) >= 2 and org.key in r.ctx.gazetteer.places:
            for member in listed:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)
    # "India and Japan are members of the Quad, alongside Australia and the United States": members too
    beside = any_of(tuple(r.lex.words.beside_preps))
    alongside = rf"members? of (?:the )?(?P<org>O#\d+)(?: ,)? (?:{beside}) (?P<list>{LIST})"
    for match in re.finditer(alongside, sig):
        org = mentions_in(r, match["org"])[0]
        for member in mentions_in(r, match["list"]):
            if member.label is Label.COUNTRY:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)
    # "an organisation with eight members, including India and Pakistan" (the body named before)
    listing = any_of(r.lex.words.member_list_words)
    for match in re.finditer(rf"members ,? (?:{listing}) (?P<list>{LIST})", sig):
        before = [m for m in r.mentions[: first_index(match["list"])] if m.label is Label.ORGANIZATION]
        if before:
            for member in mentions_in(r, match["list"]):
                if member.label is Label.COUNTRY:
                    r.emit(Ref(member.key), "MEMBER_OF", Ref(before[-1].key), Modality.ASSERTED, 0.8)
    # "the Russia-led CSTO"
    for match in re.finditer(r"(?P<a>[CD]#\d+) - led (?:\w+ ){0,3}?(?P<org>O#\d+)", sig):
        a, org = mentions_in(r, match["a"])[0], mentions_in(r, match["org"])[0]
        led = r.sent.doc[a.end + 1] if a.end + 1 < r.sent.end else None
        if led is None or not org.start <= led.head.i < org.end:
            continue  # "the US-led coalition struck Houthi targets": 'led' qualifies the coalition
        r.emit(Ref(a.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.7)


def _counted_members(r: Reader, sig: str) -> None:
    """'the envoys of Chile and Peru, two APEC members that objected', 'Chad and Niger, both AU members,':
    states listed, then their count and the body's member noun after a comma (round 35). The list is the
    members, wherever the model hung the noun (it reads "two APEC members that ..." as an adverb of the verb
    at times). Count words as data (``counted_member_words``)."""
    if " members" not in sig:
        return
    counts = any_of(r.lex.words.counted_member_words)
    pattern = rf"(?P<list>{LIST}) , (?:{counts}) (?P<org>O#\d+) members\b"
    for match in re.finditer(pattern, sig):
        org = mentions_in(r, match["org"])[0]
        listed = mentions_in(r, match["list"])
        if len(listed) < 2 or any(m.label is not Label.COUNTRY for m in listed):
            continue
        for member in listed:
            r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)


def _relative_members(r: Reader, sig: str) -> None:
    """Members told in a relative clause on the body (round 28): "the SCO, of which Kyrgyzstan is a member
    state and Mongolia an observer", "ECOWAS, of which Ghana and Togo are founding members" (MEMBER_OF, with
    the status a word short of membership states; not "a former member", "a non-member")."""
    words = r.lex.words
    kinds = any_of(tuple(sorted({*words.member_status_nouns, *words.joined_as_words}, key=len, reverse=True)))
    be = r"(?:is|are|was|were|remains|remain|became|become|has been|have been)"
    role = rf"(?:(?:a|an|the) )?(?:(?P<q{{n}}>[\w-]+) )??(?P<w{{n}}>{kinds})s?\b"
    pattern = (
        rf"(?P<org>O#\d+) ,? (?:of|in) which (?P<list1>{LIST}) {be} {role.format(n=1)}"
        rf"(?:(?: state| country| nation)s?)?(?:(?: ,)? and (?P<list2>{LIST}) {role.format(n=2)})?"
    )
    for match in re.finditer(pattern, sig):
        org = mentions_in(r, match["org"])[0]
        for n in (1, 2):
            if match[f"list{n}"] is None:
                continue
            word, qualifier = match[f"w{n}"], match[f"q{n}"]
            if qualifier in words.not_member_words:
                continue
            status = words.member_status_nouns.get(word, word)
            if qualifier in words.joined_as_words:
                status = f"{qualifier} {word}"
            for member in mentions_in(r, match[f"list{n}"]):
                if member.label is Label.COUNTRY:
                    r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8, status=status)


# ---- territory --------------------------------------------------------------------------------
def territory(r: Reader) -> None:
    sig = signature(r)
    patterns = [
        # ("Malaysia's administrative capital Putrajaya": one qualifier before the noun; round 29)
        r"(?P<country>C#\d+) 's (?:[a-z]+ )?(?:capital|capital city) ,? ?(?P<city>[RC]#\d+)",
        r"(?P<city>[RC]#\d+) , (?:the )?(?:\w+ )?capital of (?P<country>C#\d+)",
        r"(?:the )?capital of (?P<country>C#\d+) , (?P<city>[RC]#\d+)",
        r"(?P<country>C#\d+) 's (?:\w+ )?(?P<city>R#\d+)",
    ]
    for pattern in patterns:
        for match in re.finditer(pattern, sig):
            city, country = mentions_in(r, match["city"])[0], mentions_in(r, match["country"])[0]
            if _names_owned_thing(r, city, country):
                continue
            _part_of(r, city, country)
    # lists of regions with their owner: "Ukraine's Kherson, Luhansk and Donetsk", "four regions in
    # Ukraine – Donetsk, Luhansk and Kherson", "the occupied Donetsk and Luhansk regions of Ukraine"
    for pattern in _region_lists(r):
        for match in re.finditer(pattern, sig):
            country = mentions_in(r, match["country"])[0]
            if country.label is not Label.COUNTRY or country.kind not in {"name", "demonym"}:
                continue
            for region in mentions_in(r, match["list"]):
                if region.label is Label.REGION:
                    r.emit(Ref(region.key), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.85)
    # "a meeting in Caracas, Venezuela" (not a list: "in Georgia, Armenia and Azerbaijan")
    # "reached Goma, Congo" (a place the gazetteer knows only as a region needs no preposition);
    # "In Crimea, Russia has built ..." is no apposition: the country is the clause's subject, nor is
    # "Speaking in Geneva, Sweden's foreign minister said ...": the country owns what follows
    for match in re.finditer(
        r"(?:\b(?:in|at|near|from|to|into|over|via|towards?) (?P<city>[RC]#\d+)|(?P<region>R#\d+))"
        r" , (?P<country>C#\d+)(?! (?:,|and|or) (?:the )?[CDROP]#)(?! 's)",
        sig,
    ):
        country = mentions_in(r, match["country"])[0]
        if r.sent.doc[country.end - 1].dep_ in {"nsubj", "nsubjpass"}:
            continue
        _part_of(r, mentions_in(r, match["city"] or match["region"])[0], country)
    _containing_places(r, sig)
    _noun_listed_places(r, sig)
    # "the Cabo Delgado port town of Mocimboa da Praia", "the Syunik town of Goris": a place named "of" after
    # a region and a place noun is part of that region (round 26; "the Ukrainian city of X" is a demonym's)
    towns = any_of(tuple(sorted((w for w in r.lex.words.place_nouns if " " not in w), key=len, reverse=True)))
    for match in re.finditer(rf"\bthe (?P<owner>R#\d+) (?:[a-z-]+ )?(?:{towns}) of (?P<place>R#\d+)", sig):
        owner, place = mentions_in(r, match["owner"])[0], mentions_in(r, match["place"])[0]
        if owner.key != place.key:
            r.emit(Ref(place.key), "PART_OF", Ref(owner.key), Modality.ASSERTED, 0.8)
    _own_places(r)
    # "the Ukrainian regions of Donetsk and Luhansk"
    for match in re.finditer(
        rf"(?:the )?(?P<country>D#\d+) {_area_list(r)} of (?P<list>{LIST})",
        sig,
    ):
        country = mentions_in(r, match["country"])[0]
        for region in mentions_in(r, match["list"]):
            if region.label is Label.REGION and country.label is Label.COUNTRY:
                r.emit(Ref(region.key), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.85)
    # "Ukraine's regions of Donetsk, Luhansk and Kherson", "Moldova's eastern region of Transnistria"
    for match in re.finditer(
        rf"(?P<country>C#\d+) 's {_area_list(r)} of (?P<list>{LIST})",
        sig,
    ):
        country = mentions_in(r, match["country"])[0]
        for region in mentions_in(r, match["list"]):
            if region.label is Label.REGION and country.kind == "name":
                r.emit(Ref(region.key), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.85)
    for token in r.sent:
        if token.lemma_ == "part" and token.pos_ == "NOUN":
            _part_phrase(r, token)
        held = token.lemma_ in r.lex.words.control_verbs or token.lower_ in r.lex.words.occupied_adjectives
        if held and token.dep_ in {"amod", "acl"}:
            _controlled(r, token)
        if token.lemma_.lower() in r.lex.words.area_nouns and token.pos_ == "NOUN":
            _region_of(r, token)
        if token.dep_ == "appos" and token.lemma_.lower() in r.lex.words.place_nouns:
            _described_place(r, token)
        if token.lower_ == "in" and token.dep_ == "prep":
            _side_placed(r, token)
        if token.pos_ == "VERB" and token.lemma_.lower() in r.lex.words.share_verbs:
            _share_of(r, token)


def dateline(r: Reader) -> None:
    """'Pyongyang, North Korea -': the city is part of the country; 'CAMP DAVID, Maryland (Reuters) -':
    of the state or province. A dateline names places only, so its first name is a place whatever
    the tagger read it as ('CAMP DAVID' as a person) or when it read nothing there."""
    _dateline_place(r)
    sig = signature(r)
    match = re.match(r"(?P<city>[RC]#\d+) , (?P<country>C#\d+)\b", sig)
    if match:
        _part_of(r, mentions_in(r, match["city"])[0], mentions_in(r, match["country"])[0])
        return
    first = r"(?:(?P<city>[RPO]#\d+)|(?P<words>[a-z][a-z.'’-]*(?: [a-z][a-z.'’-]*){0,3}))"
    match = re.match(rf"{first} , (?P<place>[CR]#\d+)\b", sig)
    if match is None:
        return
    place = mentions_in(r, match["place"])[0]
    if place.kind == "city" or (place.label is Label.COUNTRY and match["city"]):
        # a named city of a country is the first pattern; 'A, B and C' is a list of places; a city the
        # gazetteer lacks or keeps out of plain text is part of its country too ('MARRAKECH, Morocco, Oct 14
        # -', round 37)
        return
    comma = next(t for t in r.sent if t.text == ",")
    words = r.sent.doc[r.sent.start : comma.i]
    city = mentions_in(r, match["city"])[0] if match["city"] else None
    if city is not None and city.label is Label.REGION:
        key = city.key
    elif all(t.text[:1].isupper() for t in words):
        name = " ".join(t.text.capitalize() if t.text.isupper() else t.text for t in words)  # "CAMP DAVID"
        key = r.ctx.entity(Label.REGION, name, words.text)
    else:
        return
    if key != place.key:
        r.emit(Ref(key), "PART_OF", Ref(place.key), Modality.ASSERTED, 0.9)


def _dateline_place(r: Reader) -> None:
    """The dateline's city, for a summit the next sentence names ("ARUSHA - Highlights from the EAC summit");
    a capitalised name the gazetteer lacks is a city there too."""
    if r.mentions and r.mentions[0].start == r.sent.start:
        first = region_of(r.mentions[0], r.ctx)
        if first is not None and r.mentions[0].label is Label.COUNTRY:  # a capital: its state
            r.ctx.dateline_state = r.mentions[0].key
        elif first is not None:  # a city of the gazetteer: the state it lies in
            place = r.ctx.gazetteer.places.get(first)
            country = place.attrs.get("country") if place is not None else None
            r.ctx.dateline_state = f"Country:{country}" if country else None
    else:
        words = list(itertools.takewhile(lambda t: t.is_alpha and t.text[:1].isupper(), r.sent))
        name = " ".join(t.text.capitalize() if t.text.isupper() else t.text for t in words)
        first = (
            r.ctx.entity(Label.REGION, name, " ".join(t.text for t in words)) if 0 < len(words) <= 3 else None
        )
    if first is not None:
        r.ctx.dateline_place = (r.info.index, first)


@lru_cache(maxsize=8)
def _containing_patterns(
    place_nouns: tuple[str, ...], side_words: tuple[str, ...]
) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The patterns of ``_containing_places``, compiled once for each lexicon's place nouns and side words."""
    nouns = any_of(place_nouns)
    sides = any_of(side_words)
    held = r"(?:[CD]#\d+ - (?:administered|controlled|held|run) )"  # "Indian-administered Kashmir"
    at = r"\b(?:in|at|near|from|to|into|over|towards?|outside|inside)"
    alone = r"(?! 's| (?:,|and|or) (?:the )?[CDROP]#)"  # the holder alone, not one of a list or an owner
    side_of = rf"(?: ,)? in (?:the )?(?:{sides}) (?:(?:{sides}) )*(?P<owner>[CR]#\d+){alone}"
    # "the Indian state of Manipur", "the region of Kidal": the holder named through its own place noun
    # ("in Poland's Lublin province": a region its state's name owns)
    noun_of = rf"(?:(?:D#\d+ )?(?:(?:{sides}) )*(?:{nouns}) of (?:the )?|C#\d+ 's (?:(?:{sides}) )*)?"
    patterns = (
        # "the Qatari capital Doha", "the Kenyan capital, Nairobi", "the Syrian port city Latakia"
        (rf"(?P<owner>D#\d+) (?:(?:{sides}) )*(?:{nouns}) ,? ?(?P<place>[RCPO]#\d+)(?! 's)", True),
        # "the Kenyan port of Mombasa", "the Dutch Caribbean island of Aruba" (not "the Russian-held town of":
        # a hyphened control word is no word of this pattern)
        (
            rf"(?P<owner>D#\d+) (?:(?:{sides}) )*(?:[a-z]+ ){{0,2}}?(?:{nouns}) of "
            rf"(?P<place>[RCPO]#\d+)(?! 's)",
            True,
        ),
        # "Wyryki, a village in eastern Poland", "Goma, the main city of eastern Congo", "Abkhazia, the
        # Russian-backed entity of Georgia"
        (
            rf"(?P<place>[RCPO]#\d+) , (?:a|an|the) (?:(?:[a-z-]+|D#\d+) ){{0,3}}?(?:{nouns}) (?:in|of) "
            rf"(?:the )?"
            rf"(?:(?:{sides}) )*{held}?(?:C#\d+ 's (?:(?:{sides}) )*)?(?P<owner>[CR]#\d+){alone}",
            True,  # ("Kidal, a desert town in Mali's Gao region": in the region)
        ),
        # "in Pahalgam, in Indian-administered Kashmir" (not "discussed Gaza, in Cairo"), "in Imphal, in the
        # Indian state of Manipur"
        (
            rf"{at} (?:the (?:{nouns}) of )?(?P<place>[RCPO]#\d+) , in (?:the )?(?:(?:{sides}) )*{held}?"
            rf"{noun_of}"
            rf"(?P<owner>[CR]#\d+){alone}",
            True,
        ),
        # "Dilling, a town in the Sudanese state of South Kordofan"
        (
            rf"(?P<place>[RCPO]#\d+) , (?:a|an|the) (?:[a-z-]+ ){{0,3}}?(?:{nouns}) in (?:the )?"
            rf"(?:(?:{sides}) )*D#\d+ (?:(?:{sides}) )*(?:{nouns}) of (?:the )?(?P<owner>R#\d+){alone}",
            True,
        ),
        # "the base in northwest Greenland", "near Galati in eastern Romania" (a side of it: no bare 'in')
        (
            rf"(?P<place>[RC]#\d+){side_of}",
            False,
        ),
        (
            rf"{at} (?:the )?(?P<place>[PO]#\d+){side_of}",
            True,
        ),
        # "Muscat, the Omani capital", "Mombasa, the Kenyan port city": the place described by its holder's
        # demonym and a place noun, nothing after it (round 29)
        (
            rf"(?P<place>[RCPO]#\d+) , the (?P<owner>D#\d+) (?:(?:{sides}) )*(?:[a-z]+ )?(?:{nouns})"
            rf"(?= ,| \.|$)",
            True,
        ),
        # "Batumi, Georgia's Black Sea port", "Mariupol, Ukraine's second port city"
        (rf"(?P<place>[RCPO]#\d+) , (?P<owner>C#\d+) 's (?:[a-z-]+ ){{0,3}}?(?:{nouns})\b", True),
    )
    return tuple((re.compile(pattern), named) for pattern, named in patterns)


def _containing_places(r: Reader, sig: str) -> None:
    """A place named with the place that holds it: "the Qatari capital Doha", "Wyryki, a village in eastern
    Poland", "Pahalgam, in Indian-administered Kashmir", "the base in northwest Greenland", "Batumi, Georgia's
    Black Sea port". The holder may be a region the text names ("a town in Kashmir"). Where a place noun or a
    preposition of place says so, a name the models read as a person or a body is the place ("the Lebanese
    town Nabatieh"). Words as data (``place_nouns``, ``side_words``)."""
    w = r.lex.words
    if sig.count("#") < 2:  # each pattern holds a place and its holder, two symbols
        return
    for pattern, named in _containing_patterns(w.place_nouns, w.side_words + w.area_qualifiers):
        for match in pattern.finditer(sig):
            if set(match[0].split()) & set(w.not_part_words):
                continue  # "Kosovo, a former province of Serbia"
            place, owner = mentions_in(r, match["place"])[0], mentions_in(r, match["owner"])[0]
            # (a capital is its own place here, not its state or region: "Sukhumi, in Abkhazia")
            key = region_of(place, r.ctx) if place.region is None else r.ctx.place(place.region, place.text)
            if key is None and named:
                key = _misread_place(r, place)
            if key is None or r.ctx.actor(owner.key) in _claimants(r, place):
                continue  # "Russia says Donetsk, a region in southern Russia, ...": the claimant's claim
            if key == owner.key or not (owner.label is Label.COUNTRY or owner.kind in {"name", "region"}):
                continue
            if owner.label in {Label.COUNTRY, Label.REGION}:
                r.emit(Ref(key), "PART_OF", Ref(owner.key), Modality.ASSERTED, 0.85)


@lru_cache(maxsize=4)
def _noun_list_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of ``_noun_listed_places``, compiled once for each lexicon's place nouns."""
    return re.compile(
        rf"(?:(?P<dem>D#\d+)|(?P<owner>C#\d+) 's) (?:[a-z-]+ ){{0,2}}?(?:{any_of(nouns)}) of "
        rf"(?P<list>{LIST})(?! 's)"
    )


def _noun_listed_places(r: Reader, sig: str) -> None:
    """Places listed after their holder's place noun and 'of': "the Armenian towns of Jermuk, Goris and
    Vardenis", "Georgia's breakaway regions of Abkhazia and South Ossetia", "Greece's port of Thessaloniki"
    (round 35). Each name is part of the state the demonym or possessive names; a name the models read as a
    person or a body is the place the noun says it is. Not where a control word says another state holds
    them ("Russia's annexed regions of ..."), a former holder ("the former Soviet republics of") or where the
    holder is only the one who claims them. Nouns as data (``place_nouns``, ``area_list_nouns``)."""
    w = r.lex.words
    if " of " not in sig or sig.count("#") < 2:
        return
    doc, held = r.sent.doc, w.occupied_adjectives | w.not_part_words
    for match in _noun_list_pattern(w.place_nouns + w.area_list_nouns).finditer(sig):
        owner = mentions_in(r, match["dem"] or match["owner"])[0]
        if owner.label is not Label.COUNTRY or owner.kind != ("demonym" if match["dem"] else "name"):
            continue
        places = mentions_in(r, match["list"])
        between = doc[owner.end : places[0].start]
        if any(t.lemma_.lower() in w.control_verbs or t.lower_ in held for t in between):
            continue  # "Russia's annexed regions of ...", "the former Soviet republics of ..."
        if r.ctx.actor(owner.key) in _claimants(r, places[0]):
            continue  # "Russia says the Russian towns of ...": the claimant's claim
        for place in places:
            key = region_of(place, r.ctx) if place.label is not Label.COUNTRY else None
            key = key or _misread_place(r, place)
            if key is not None and key != owner.key:
                r.emit(Ref(key), "PART_OF", Ref(owner.key), Modality.ASSERTED, 0.85)


_OWNING_WORDS = frozenset({"its", "their", "'s", "’s"})


def _own_places(r: Reader) -> None:
    """'a route through its southern Syunik province', 'across Armenia's southern Syunik province': a region
    named after 'its' or 'their' (and side words) is part of the one state the possessive stands for, when
    that state is its clause's subject; after a state's name and "'s", of that state. A name the models
    missed or read as a person or body is the place where a place noun follows it ("its Sughd province")."""
    if sentence_words(r).isdisjoint(_OWNING_WORDS):
        return  # no possessive in the sentence
    for own in r.sent:
        if own.lower_ in {"its", "their"} and own.dep_ == "poss":
            verb = own
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            # the clause's own subject ("Armenia grants the US a route through its ..."; not "The deal gives
            # Azerbaijan a road through its ...", whose 'its' may be either state)
            said = {x.key for c in verb.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)}
            states = {x.key for x in r.refs(own, topics=False) if key_label(x.key) is Label.COUNTRY} & said
        elif own.lower_ in {"'s", "’s"} and own.i > r.sent.start:
            owner = r.by_token.get(own.i - 1)
            named = owner is not None and owner.label is Label.COUNTRY and owner.kind == "name"
            states = {owner.key} if owner is not None and named else set()
            place = r.by_token.get(own.i + 1)
            if owner is not None and place is not None and _names_owned_thing(r, place, owner):
                continue  # "Russia's Transnistria vote": the owner's vote, named by its place
        else:
            continue
        key = _own_place(r, own.i + 1)
        if key is None or len(states) != 1 or (state := states.pop()) == key or state in _claimants(r, own):
            continue
        r.emit(Ref(key), "PART_OF", Ref(state), Modality.ASSERTED, 0.8)


def _own_place(r: Reader, j: int) -> str | None:
    """The region named from token ``j`` on, after side words: a region's mention, or a name the models
    missed or read as a person or body before a place noun ("southern Syunik province")."""
    doc, sides = r.sent.doc, set(r.lex.words.side_words)
    while j < r.sent.end and doc[j].lower_ in sides:
        j += 1
    m = r.by_token.get(j)
    if m is not None and m.label is Label.REGION and m.kind in {"name", "region"}:
        return m.key
    end = m.end if m is not None else j
    while m is None and end < r.sent.end and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    noun = end < r.sent.end and _place_noun(r, doc[end])
    if end > j and noun and (m is None or m.label in {Label.PERSON, Label.ORGANIZATION}):
        text = doc[j:end].text
        return r.ctx.entity(Label.REGION, text, text)
    return None


def _claimants(r: Reader, place: Mention | Token) -> set[str]:
    """Who the sentence reports as saying or deeming what it says of a place: its speaker in quotes and the
    subjects of its verbs of saying or deeming (their claims are no PART_OF of the article's own)."""
    w = r.lex.words
    found = list(r.speaker(r.sent.doc[place.start] if isinstance(place, Mention) else place))
    for verb in r.sent:
        if verb.lemma_.lower() in w.say_verbs or verb.lemma_ in w.deem_verbs:
            found += [x for c in verb.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
    return {r.ctx.actor(x.key) for x in found}


def _share_of(r: Reader, verb: Token) -> None:
    """'the Essequibo region, which makes up about two-thirds of Guyana', '... of Guyanese territory', 'the
    territory administered by Guyana that makes up two-thirds of the country's land area', 'Tigray, which
    accounts for a tenth of Ethiopia's population' (round 26): a region stated as a share of a state's land
    or people is part of it, as a fact the text states (not a claim: "claims the region" stays a claim)."""
    words = r.lex.words
    needed = words.share_verbs[verb.lemma_.lower()]
    if needed and not any(c.lower_ == needed for c in verb.children):
        return
    if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
        return
    shares = [c for c in verb.children if c.dep_ == "dobj"] + [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == needed
        for p in c.children
        if p.dep_ == "pobj"
    ]
    wholes = [
        p for s in shares for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ]
    states: list[Ref] = []
    for whole in wholes:
        if whole.lemma_.lower() in words.share_nouns:
            owners = [c for c in whole.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
            states += [
                x for o in owners for x in r.refs(o, topics=False) if key_label(x.key) is Label.COUNTRY
            ]
        elif r.mention_at(whole) is not None:
            states += [x for x in r.refs(whole, topics=False) if key_label(x.key) is Label.COUNTRY]
    if len({x.key for x in states}) != 1:
        return
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject:
        return
    place = subject[0]
    if place.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        place = verb.head
    found = r.mention_at(place)
    if found is None and place.dep_ == "appos":  # "the Essequibo region, the territory ... that makes up"
        found = r.mention_at(place.head)
    if found is None:
        before = [m for m in r.mentions if m.end <= place.i and m.label is Label.REGION]
        found = before[-1] if before and place.pos_ == "NOUN" and place.i - before[-1].end <= 8 else None
    if found is not None and found.label is Label.REGION:
        r.emit(Ref(found.key), "PART_OF", Ref(states[0].key, inferred=True), Modality.ASSERTED, 0.75)


def _described_place(r: Reader, noun: Token) -> None:
    """'Douala, the country's economic capital', 'Ciudad del Este, the country's second city', 'Nuuk, the
    island's capital' (round 26): a place described in apposition by a place noun whose possessor is a
    descriptor of a state ("the country", "the kingdom", "the island") is part of the state it stands for."""
    place = r.mention_at(noun.head)
    if place is None or place.label is not Label.REGION:
        return
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
    if not owners or owners[0].lemma_.lower() not in r.lex.words.state_descriptor_nouns:
        return
    states = [x for x in r.refs(owners[0], topics=False) if key_label(x.key) is Label.COUNTRY]
    named = {m.key for m in r.mentions if m.label is Label.COUNTRY}
    if len(named) > 1 or (named and {x.key for x in states} != named):
        return  # "a tour that takes him to Guatemala ... Paraguayan ... the country's second city": unclear
    if len(states) == 1 and states[0].key != place.key:
        r.emit(Ref(place.key), "PART_OF", Ref(states[0].key, inferred=True), Modality.ASSERTED, 0.8)


def _side_placed(r: Reader, prep: Token) -> None:
    """'gas metered at Drnava in eastern Slovakia', 'landed at Karup air base in central Denmark', 'the
    Haa and Paro valleys in western Bhutan' (round 36): a name the models missed or misread,
    set at a place ('at', 'near') or before a place noun, and placed in a side of a state or region, is part
    of it. Not a venue ("at the Hotel Ukraina in central Kyiv") nor a claimant's words."""
    w = r.lex.words
    holder = next((p for p in prep.children if p.dep_ == "pobj"), None)
    found = r.mention_at(holder) if holder is not None else None
    if holder is None or found is None or not any(c.lower_ in w.side_words for c in holder.children):
        return
    if not (found.label is Label.REGION or (found.label is Label.COUNTRY and found.kind == "name")):
        return
    head = prep.head
    placed = head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in {"at", "near"}
    if not placed and not _place_noun(r, head):
        return
    names = [head] if head.pos_ == "PROPN" else [c for c in head.children if c.dep_ in {"compound", "nmod"}]
    names += [c for n in names for c in n.conjuncts if c.pos_ == "PROPN"]
    for name in names:
        chain = [t for t in name.subtree if t.pos_ == "PROPN" and t.is_title and t.i <= name.i]
        if not chain or name.pos_ != "PROPN" or any(t.lemma_.lower() in w.venue_words for t in chain):
            continue
        marked = [m for t in chain if (m := r.mention_at(t)) is not None]
        if any(m.label is Label.COUNTRY for m in marked):
            continue  # a state or its metonym ("the Kremlin in central Moscow")
        read = [m.key for m in marked if m.label is Label.REGION]
        text = r.sent.doc[chain[0].i : name.i + 1].text
        key = read[-1] if read else r.ctx.entity(Label.REGION, text, text)
        if key != found.key and r.ctx.actor(found.key) not in _claimants(r, head):
            r.emit(Ref(key), "PART_OF", Ref(found.key), Modality.ASSERTED, 0.75)


def _names_owned_thing(r: Reader, place: Mention, owner: Mention) -> bool:
    """'Venezuela's Essequibo "election"', "Russia's Transnistria vote": the place names the owner's thing
    (a modifier of a common noun the owner's possessive is on), not a part of the owner (round 26)."""
    head = r.sent.doc[place.end - 1]
    thing = head.head
    topic = r.lex.topic_heads.get(thing.lemma_.lower()) or r.lex.topic_weak.get(thing.lemma_.lower())
    return (
        head.dep_ in {"compound", "nmod", "amod"}
        and thing.pos_ == "NOUN"
        and topic is not None
        and topic.label is Label.EVENT  # an event ("vote", "election"), not a place noun ("region")
        and thing.i > head.i
        and any(c.dep_ == "poss" and owner.start <= c.i < owner.end for c in thing.children)
    )


def _part_of(r: Reader, city: Mention, country: Mention) -> None:
    region = region_of(city, r.ctx)
    if region is not None and country.label is Label.COUNTRY and region != country.key:
        r.emit(Ref(region), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.9)


def _part_phrase(r: Reader, token: Token) -> None:
    """'Transnistria is internationally recognized as part of Moldova' (not 'defend them as part of')."""
    countries = [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not countries:
        return
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif token.dep_ != "attr":
        return
    if verb.lemma_ not in r.lex.words.copulas and verb.lemma_ not in r.lex.words.deem_verbs:
        return
    # "Shusha, a town internationally recognised as part of Azerbaijan": the participle on a place noun set
    # beside the name
    placed = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in r.lex.words.deem_verbs
    placed = placed and _place_noun(r, verb.head) and verb.head.dep_ == "appos"
    if placed:  # (the name before the comma, wherever the parser hung the apposition)
        edge = verb.head.left_edge.i
        comma = edge - 2 >= r.sent.start and r.sent.doc[edge - 1].text == ","
        subj = [r.sent.doc[edge - 2] if comma else verb.head.head]
    elif r.lex.words.deem_verbs.get(verb.lemma_) and not any(c.dep_ == "auxpass" for c in verb.children):
        return
    else:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    modality, conf = r.modality(verb)
    # '"Taiwan is an inalienable part of China," the Chinese spokesperson said': a claim by the claimant,
    # no fact (the annotation's negatives); as is "Beijing says Taiwan is part of China"
    speakers = r.speaker(verb)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in r.lex.words.say_verbs:
        speakers += [x for c in verb.head.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
    claimants = {r.ctx.actor(x.key) for x in speakers}
    countries = [c for c in countries if r.ctx.actor(c.key) not in claimants]
    for s in subj:
        found = r.refs(s, topics=False)
        named = r.mention_at(s) if placed else None
        misread = _misread_place(r, named) if named is not None else None
        if misread is not None:  # (the place noun says so)
            found = [Ref(misread)]
        for x in found:
            if label_of_ref(x, r.topics) is Label.REGION:
                for c in countries:
                    r.emit(x, "PART_OF", c, modality, conf)


def _misread_place(r: Reader, m: Mention) -> str | None:
    """A name the models read as a person or a body, where a place noun says it is a place: the region of
    that name (none for any other mention)."""
    if m.label not in {Label.PERSON, Label.ORGANIZATION}:
        return None
    return r.ctx.entity(Label.REGION, m.text, m.text)


def _place_noun(r: Reader, noun: Token) -> bool:
    """A noun of a place ('town', 'region', 'port city'): its lemma is one of the place_nouns."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in r.lex.words.place_nouns


def _controlled(r: Reader, token: Token) -> None:
    """'the Russia-held areas ... of the Luhansk, Donetsk ... regions', 'Moscow-controlled region of X'."""
    controller = None
    for child in token.children:
        if child.dep_ in {"npadvmod", "compound", "nmod", "amod"} and r.mention_at(child) is not None:
            controller = r.mention_at(child)
    if controller is None:
        prev = r.by_token.get(token.i - 2) if token.i >= 2 and token.nbor(-1).text == "-" else None
        controller = prev
    noun = token.head
    regions, owners = r.regions_in(noun)
    if r.mention_at(noun) is not None:  # "the occupied Donetsk, Luhansk and Kherson regions" read as a list
        regions += [
            m.key for c in noun.conjuncts if (m := r.mention_at(c)) is not None and m.label is Label.REGION
        ]
    regions = list(dict.fromkeys(regions))
    owners = owners or list(  # the owner stated of them ("... regions of Ukraine", hung elsewhere)
        dict.fromkeys(c.target for c in r.ctx.claims if c.type == "PART_OF" and c.source in regions)
    )
    occupier = controller.key if controller is not None and controller.label is Label.COUNTRY else None
    conf = 0.85
    if controller is None and token.lower_ in r.lex.words.occupied_adjectives:
        # "the occupied Donetsk and Luhansk regions of Ukraine": occupied by the one state the article says
        # invaded or occupies their owner
        invaders = {
            r.ctx.actor(c.source)
            for c in r.ctx.claims
            if c.type in {"INVADED", "OCCUPIES"} and c.modality is Modality.ASSERTED and c.target in owners
        }
        occupier, conf = (invaders.pop(), 0.7) if len(invaders) == 1 else (None, conf)
    if occupier is None:
        return
    for region in regions:
        r.emit(Ref(occupier), "OCCUPIES", Ref(region), Modality.ASSERTED, conf)
        for owner in owners:
            if owner != occupier:
                r.emit(Ref(region), "PART_OF", Ref(owner), Modality.ASSERTED, 0.85)


def _region_of(r: Reader, token: Token) -> None:
    """'the Transnistrian region of Moldova', 'the Luhansk region of Ukraine', 'Somaliland, a breakaway
    region of Somalia' (not 'a former province of')."""
    if token.lemma_.lower() == "part":
        return  # "to make Donetsk part of Russia" is a claim; 'part of' is read by _part_phrase only
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    # "the Donetsk and Luhansk people's republics of Ukraine": the names hang on the possessor
    modifiers += [
        g
        for c in token.children
        if c.dep_ == "poss" and c.lemma_.lower() in r.lex.group_nouns
        for g in c.children
        if g.dep_ in {"amod", "compound", "nmod"}
    ]
    named = [r.mention_at(t) for c in modifiers for t in r.members(c)]
    if not any(c.lower_ in r.lex.words.not_part_words for c in token.children):
        # "Somaliland, a breakaway region of Somalia", "Transnistria is a region of Moldova" (a statement of
        # the article's own, not one reported: "Moscow says Donetsk is a region of Russia")
        named += [r.mention_at(token.head)] if token.dep_ == "appos" else []
        copula = token.head if token.dep_ == "attr" and token.head.lemma_ in r.lex.words.copulas else None
        if copula is not None and copula.dep_ == "relcl" and _said_of_antecedent(r, copula):
            # "Greenland, which is an autonomous territory of Denmark", "Greenland, the island that is ..."
            held = copula.head
            held = held.head if held.dep_ == "appos" and held.pos_ == "NOUN" else held
            named.append(r.mention_at(held))
            copula = None
        if copula is not None and (copula.dep_ != "ROOT" or r.modality(copula)[0] is not Modality.ASSERTED):
            copula = None
        named += [r.mention_at(c) for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []
    regions = list({m.key: m for m in named if m is not None and m.label is Label.REGION}.values())
    countries = [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for x in ([r.mention_at(p)] if r.mention_at(p) is not None else [])
    ]
    for region in regions:
        for country in countries:
            if country is not None and country.label is Label.COUNTRY:
                r.emit(Ref(region.key), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.85)


def _said_of_antecedent(r: Reader, copula: Token) -> bool:
    """A relative clause whose relative pronoun is the copula's subject, in a clause of the article's own
    (round 31): "Greenland, which is an autonomous territory of Denmark" (not "Moscow says Donetsk, which
    is a region of Russia, ...": a claim reported)."""
    return (
        any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in copula.children)
        and r.modality(copula)[0] is Modality.ASSERTED
        and not any(a.dep_ == "ccomp" or a.lemma_.lower() in r.lex.words.say_verbs for a in copula.ancestors)
    )


# ---- topics: invasions, settings, organisers --------------------------------------------------
def topic_structure(r: Reader) -> None:
    struck_kinds = r.lex.words.struck_kinds
    for token in r.sent:
        kind = topic_of(token, r.lex, r.active)

        if kind is None or r.mention_at(token) is not None:
            continue
        if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            r.topic(token)  # registered now, so that "it" in the next sentence can find it
        parts = r.topic_parts(token, kind.kind)
        modality = noun_modality(token, r.lex)
        doing = (
            token.head.lemma_ in r.lex.words.holding_verbs or token.head.lemma_ in r.lex.words.launching_verbs
        )
        if modality is Modality.ASSERTED and token.dep_ in {"dobj", "obj"} and doing:
            # "accused Kyiv of staging the attack, a claim Ukraine denies": as the verb that does it
            modality = r.modality(token.head)[0]

        # "Azerbaijan's offensive in Nagorno-Karabakh": the attack convention (below), no invasion (round 29)
        within = kind.kind == "invasion" and _offensive_within(r, token, parts)
        if kind.kind == "invasion" and parts.agents and parts.targets and _offensive_aimed(r, token):
            # "launched an offensive against Eritrea": an attack (the noun's own ATTACKED), no invasion
            handle = r.topic(token)
            assert handle is not None
            _waged_by(r, parts.agents, handle, modality, 0.8)
            for t in parts.targets:  # "an offensive on Karabakh" is held there (the attack convention)
                if _label(t) is Label.REGION:
                    r.held_in(Ref(handle), t, modality, 0.8)
        elif kind.kind == "invasion" and parts.agents and parts.targets and not within:
            handle = r.topic(token)
            assert handle is not None
            # "Israel's war on Gaza" is a war, not an invasion of a territory; "Russia's war in Ukraine"
            # names the invaded state
            war = token.lemma_.lower() in r.lex.words.war_nouns
            # "Turkish incursions into northern Iraq": a crossing is an attack its doer ORGANIZED, not an
            # invasion (convention 4; read below)
            incursion = token.lemma_.lower() in r.lex.words.incursion_nouns
            for a in parts.agents if not incursion else []:
                for t in parts.targets:
                    if _label(a) in {Label.COUNTRY, Label.ORGANIZATION} and (
                        _label(t) is Label.COUNTRY or (_label(t) is Label.REGION and not war)
                    ):
                        r.emit(Ref(a), "INVADED", Ref(t), modality, 0.9)
            if war and all(_label(t) is Label.REGION for t in parts.targets):
                # a war on a territory: its party organizes it (attack convention)
                _waged_by(r, parts.agents, handle, modality, 0.75)
        if kind.kind == "invasion" and parts.agents and parts.places:
            handle = r.topic(token)  # "the M23 pressed its offensive in North Kivu": the attack convention
            assert handle is not None
            _waged_by(r, parts.agents, handle, modality, 0.75)
            for place in parts.places:
                r.held_in(Ref(handle), place, modality, 0.8)
        if kind.kind == "invasion" and parts.agents and token.lemma_.lower() in r.lex.words.offensive_nouns:
            _offensive_waged(r, token, parts, modality, within)
        if kind.kind == "invasion" and parts.agents and token.lemma_.lower() in r.lex.words.incursion_nouns:
            handle = r.topic(token)  # "an incursion by a Bolivian patrol into its waters": Bolivia's attack
            assert handle is not None
            told = modality
            if told is Modality.ASSERTED and token.dep_ in {"nsubj", "nsubjpass"}:
                told = r.modality(token.head)[0]  # "an incursion by Chadian troops would be unacceptable"
            _waged_by(r, parts.agents, handle, told, 0.75, inferred=True)
        if kind.kind in r.lex.words.dateline_kinds and not parts.places:
            _held_at_dateline(r, token, kind.kind in r.lex.words.dateline_course_kinds)
        if kind.kind in r.lex.words.deed_kinds and parts.agents:
            handle = r.topic(token)  # "the interference by Russia in Moldova's elections": Russia's doing
            assert handle is not None
            _waged_by(r, parts.agents, handle, modality, 0.75, inferred=True)
        if kind.kind in r.lex.words.aimed_kinds:
            _deed_done_in(r, token)
        if kind.kind in r.lex.words.struck_kinds and parts.agents:
            handle = r.topic(token)  # "the Hamas attack on Sderot", "Russian strikes on Kharkiv"
            assert handle is not None
            _waged_by(r, parts.agents, handle, modality, 0.8)
        if kind.kind in struck_kinds:
            _struck_in_clause(r, token, modality)
        # "a missile attack on the city of Odesa": a town or region struck is where the attack was held
        struck_at = (
            [t for t in parts.targets if _label(t) is Label.REGION] if kind.kind in struck_kinds else []
        )
        placeless = kind.kind in r.lex.words.placeless_kinds
        hosted_at = _hosted_at(r, token)  # ("which Ghana will host in Accra": any kind held somewhere)
        hosted_at += _occasion_places(r, token) if kind.kind in r.lex.words.placed_occasion_kinds else []
        if (
            kind.label is Label.EVENT
            and kind.kind in r.lex.words.located_kinds
            and (not placeless or _talks_placed(r, token))
            and (parts.places or struck_at or hosted_at)
        ):
            handle = r.topic(token)
            assert handle is not None
            host = _host_verb(r, token)  # (a place the host names is told as the hosting is: "will host")
            told = r.modality(host)[0] if host is not None and host.dep_ == "relcl" else modality
            for place in dict.fromkeys([*parts.places, *struck_at, *hosted_at]):
                if _label(place) is Label.REGION:
                    r.held_in(Ref(handle), place, told if place in hosted_at else modality, 0.85)
        if kind.label is Label.EVENT:
            _under_auspices(r, token, modality)
        organizers = _organizers(r, token)
        if organizers:
            handle = r.topic(token)
            assert handle is not None
            for org in organizers:
                r.emit(Ref(org), "ORGANIZED", Ref(handle), modality, 0.85)


def _talks_placed(r: Reader, token: Token) -> bool:
    """'after talks in Doha mediated by Qatar', 'the talks in Muscat were the first': talks the text names by
    their place are held there; 'held talks with Lula in Brasilia', 'Egypt and Sudan held talks in Cairo' are
    a meeting of the holders (MET_WITH), no event placed (a host's are: "Kenya hosted talks in Nairobi")."""
    words = r.lex.words
    holders = [token, token.head] if token.dep_ in {"dobj", "obj"} else [token]
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children):
        return False
    # talks a host, mediator or broker held ("talks in Ankara brokered by Turkey", "Kenya hosted talks in
    # Nairobi"), or the subject of their own clause ("the talks in Muscat were the first"); not the meeting
    # of the sentence's actors ("A, B and C signed a memorandum following four-way talks in Madrid")
    if _named_by_city(r, token):
        return True  # (r35) "the Doha talks", "the Istanbul talks": named by the city they are held in
    hosted = _host_verb(r, token) is not None
    brokered = any(
        c.dep_ == "acl" and c.lemma_.lower() in words.brokering_verbs | words.co_hosting_verbs
        for c in token.children
    )
    return hosted or brokered or token.dep_ in {"nsubj", "nsubjpass"}


def _named_by_city(r: Reader, token: Token) -> bool:
    """(r35) A capital or city in the noun's modifiers ("the Doha talks", "the Istanbul negotiations"): talks
    named by their city, not a region they are about ("the Kosovo talks")."""
    return any(
        c.dep_ in {"compound", "amod", "nmod"}
        and (m := r.mention_at(c)) is not None
        and m.kind in {"capital", "city"}
        for c in token.children
    )


def _host_verb(r: Reader, token: Token) -> Token | None:
    """The verb of hosting the noun is the object of: "Kenya hosted talks", "hosted a round of talks"."""
    held = token
    while held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.pos_ == "NOUN":
        held = held.head.head  # "hosted a round of indirect talks"
    if held.dep_ in {"dobj", "obj"} and held.head.lemma_.lower() in r.lex.words.co_hosting_verbs:
        return held.head
    # (round 27) "the summit, which Ghana will host in Accra": a relative clause of hosting the noun
    return next(
        (
            c
            for c in held.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in r.lex.words.co_hosting_verbs
            and any(o.dep_ in {"dobj", "obj"} and o.lower_ in {"which", "that"} for o in c.children)
        ),
        None,
    )


def _occasion_places(r: Reader, token: Token) -> list[str]:
    """(round 34) 'signed the pact on the margins of the leaders' meeting in Rarotonga', 'spoke at the summit
    on Friday in Kazan', 'met during the conference in Baku': the place on the verb of a deed done at a summit
    (lexicon placed_occasion_preps, occasion_edges) is the summit's, the parser having hung it on the verb."""
    words = r.lex.words
    at, preps = token, words.placed_occasion_preps
    if at.dep_ == "pobj" and at.head.lower_ == "of" and at.head.head.lemma_.lower() in words.occasion_edges:
        at, preps = at.head.head, words.occasion_edge_preps  # "on the sidelines of the summit"
    if at.dep_ != "pobj" or at.head.lower_ not in preps or at.head.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = at.head.head  # (or on the edge: "on the sidelines of the summit on Friday in Luanda")
    return [
        k
        for h in dict.fromkeys([verb, at])
        for p in prep_objects(h, "in") + prep_objects(h, "at")
        if p.i > token.i and p.lemma_.lower() not in words.occasion_edges
        for k in [
            *(x.key for x in r.refs(p, topics=False) if _label(x.key) is Label.REGION),
            *r.city_places(p),
        ]
    ]


def _hosted_at(r: Reader, token: Token) -> list[str]:
    """'Qatar hosted in Doha a round of talks': the city the verb of hosting places them in."""
    verb = _host_verb(r, token)
    if verb is None:
        return []
    return [
        k
        for p in prep_objects(verb, "in") + prep_objects(verb, "at")
        for k in [
            *(x.key for x in r.refs(p, topics=False) if _label(x.key) is Label.REGION),
            *r.city_places(p),
        ]
    ]


def _under_auspices(r: Reader, token: Token, modality: Modality) -> None:
    """'talks under the auspices of the African Union', 'negotiations held under the aegis of Qatar',
    'resumed talks under the auspices of the EU': the sponsor ORGANIZED them (inferred)."""
    words = r.lex.words
    holders = [token, *(c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    if token.dep_ in {"dobj", "obj"} and token.head.pos_ == "VERB":
        holders.append(token.head)  # "resumed talks under the auspices of ..."
    held = token.head.lemma_.lower()
    if token.dep_ in {"nsubj", "nsubjpass"} and (held in words.held_verbs or held in words.course_verbs):
        holders.append(token.head)  # (round 33) "the talks were held under the mediation of Turkey"
    # (round 33) also "under the chairmanship of Kazakhstan's minister", "under EU mediation", "under Qatar's
    # auspices": the sponsor named by 'of', or as the noun's modifier or owner; a person for their state
    sponsors = [
        x
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for a in c.children
        if a.dep_ == "pobj" and a.lower_ in words.auspices_nouns  # (the lemma of "auspices" is "auspex")
        for p in [
            *prep_objects(a, "of"),
            *(m for m in a.children if m.dep_ in {"compound", "amod", "poss", "nmod"} and m.i < a.i),
        ]
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION, Label.PERSON}
    ]
    handle = r.topic(token) if sponsors else None
    if handle is not None:
        for x in sponsors:
            r.emit(Ref(x.key, inferred=True), "ORGANIZED", Ref(handle), modality, 0.75)


def _held_at_dateline(r: Reader, token: Token, course_only: bool = False) -> None:
    """'ARUSHA - Leaders at the EAC summit on Friday agreed ...', 'JOHANNESBURG - The BRICS summit opened':
    a summit the sentence after the dateline is at, or opens with, was held in the dateline's city (not one
    it judges from afar: "BEIJING - China criticised the G7 summit"). Talks (``course_only``) only as the
    subject of a verb of their course: "DOHA - Talks between Israel and Hamas resumed" (round 32; not
    "SOFIA - Radev said Bulgaria would keep blocking the talks")."""
    if r.ctx.dateline_place is None or r.ctx.dateline_place[0] != r.info.index - 1:
        return
    words = r.lex.words
    at = token.dep_ == "pobj" and token.head.lower_ in words.summit_preps and not course_only
    # (round 32) also the subject of a clause reported by the main verb: "DOHA - Talks between Israel and
    # Hamas resumed on Sunday, officials said"
    main = token.head.dep_ == "ROOT" or (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT")
    lemma = token.head.lemma_.lower()
    if course_only and lemma not in words.held_verbs and lemma not in words.course_verbs:
        return
    if not (at or (token.dep_ in {"nsubj", "nsubjpass"} and main)):
        return
    if any(
        m.label is Label.REGION
        and token.left_edge.i <= m.start <= token.right_edge.i
        and r.sent.doc[m.end - 1].head.lower_ in r.lex.words.locative_preps
        for m in r.mentions
    ):
        return  # its phrase names a place of its own ("Talks ... in Jeddah produced a proposal")
    handle = r.topic(token)
    if handle is not None:
        r.held_in(Ref(handle), r.ctx.dateline_place[1], Modality.ASSERTED, 0.8)


def _struck_in_clause(r: Reader, token: Token, modality: Modality) -> None:
    """'the shelling that struck Bangladeshi territory in Teknaf', 'the strike that hit a hospital in Khan
    Younis', 'the raid, which targeted Kidal': an attack is held in the region its own clause of force says
    it hit or was in (round 29; a region only: HELD_IN a whole state is left out)."""
    handle = None
    for verb in token.children:
        if verb.dep_ not in {"relcl", "acl"} or verb.lemma_.lower() not in r.lex.words.force_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        hit = [o for obj in direct_objects(verb) for o in (obj, *obj.conjuncts)]
        spots = [*hit, *(p for t in (verb, *hit) for p in prep_objects(t, "in") + prep_objects(t, "near"))]
        places = [
            *(x.key for t in spots for x in r.refs(t, topics=False) if key_label(x.key) is Label.REGION),
            *(k for t in spots for k in r.city_places(t)),
        ]
        for place in dict.fromkeys(places):
            handle = handle or r.topic(token)
            if handle is not None:
                r.held_in(Ref(handle), place, modality, 0.8)


def _offensive_aimed(r: Reader, token: Token) -> bool:
    """'an offensive against Eritrea', 'launched a counteroffensive on the town': an offensive aimed at its
    target, not waged inside it ('an offensive in northern Syria', 'into Kashmir': forces that entered)."""
    words = r.lex.words
    if token.lemma_.lower() not in words.offensive_nouns:
        return False
    holders = (token, token.head) if token.dep_ in {"dobj", "obj"} else (token,)
    return not any(
        c.dep_ == "prep"
        and c.lower_ in words.entering_preps
        and any(r.mention_at(t) is not None for t in c.subtree)  # a place ("in 1988" is a time)
        for h in holders
        for c in h.children
    )


def _offensive_within(r: Reader, token: Token, parts: TopicParts) -> bool:
    """'Azerbaijan's offensive in Nagorno-Karabakh', 'the M23 offensive in North Kivu': an offensive waged in
    regions (no state among its targets) is an attack its doer ORGANIZED, held there, not an invasion
    (convention 4; round 29). An offensive into a state stays an invasion of it."""
    return token.lemma_.lower() in r.lex.words.offensive_nouns and all(
        _label(t) is Label.REGION for t in parts.targets
    )


def _offensive_waged(r: Reader, token: Token, parts: TopicParts, modality: Modality, within: bool) -> None:
    """An offensive its doer names ("Azerbaijan's offensive", "a Ukrainian counteroffensive") is the doer's
    attack (ORGANIZED), held in the regions it was waged in (``within``: _offensive_within; round 29)."""
    handle = r.topic(token)
    assert handle is not None
    _waged_by(r, parts.agents, handle, modality, 0.75)
    if within:
        for t in parts.targets:
            r.held_in(Ref(handle), t, modality, 0.8)


def _waged_by(
    r: Reader, agents: list[str], handle: str, modality: Modality, conf: float, *, inferred: bool = False
) -> None:
    """The states and bodies among a deed's agents ORGANIZED it."""
    for a in agents:
        if _label(a) in {Label.COUNTRY, Label.ORGANIZATION}:
            r.emit(Ref(a, inferred=inferred), "ORGANIZED", Ref(handle), modality, conf)


def _deed_done_in(r: Reader, token: Token) -> None:
    """'HTS fighters captured key cities in a swift offensive', 'Israel killed a commander in a strike':
    who does the deed wages the attack it is done in (active verbs of force only: the dead of "killed in
    an attack" wage nothing)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else None
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "captured three towns in an offensive", 'in' hung on the towns
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in r.lex.words.force_verbs:
        return
    participle = verb.tag_ == "VBN" and verb.dep_ != "ROOT"
    if participle or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return
    doers = [
        x
        for s in subjects(verb)[0]
        for x in r.refs(s, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
    ]
    handle = r.topic(token) if doers else None
    if handle is None:
        return
    modality, conf = r.modality(verb)
    for doer in doers:
        r.emit(doer, "ORGANIZED", Ref(handle), modality, conf - 0.1)
    # "retook Nagorno-Karabakh in a one-day offensive": the attack is held in the region the deed took or hit
    # (a region only: HELD_IN a whole state is left out; round 29)
    for obj in direct_objects(verb):
        for x in [y for o in (obj, *obj.conjuncts) for y in r.refs(o, topics=False)]:
            if key_label(x.key) is Label.REGION:
                r.held_in(Ref(handle), x.key, modality, conf - 0.15)


_RELATIVES = frozenset({"which", "that"})


def _relative_holders(r: Reader, token: Token) -> list[str]:
    """(r38) "the case, which Chile brought in 2016", "the drills, which Ghana hosts with Togo": the subject
    of a relative clause of holding on the event (and its 'with' partners for hosting) holds it; not a
    denied one ("which Peru did not host")."""
    words = r.lex.words
    out: list[str] = []
    for c in token.children:
        lemma = c.lemma_.lower()
        if c.dep_ != "relcl" or lemma not in words.holding_verbs | words.co_hosting_verbs:
            continue
        # (the parser may call the relative word a second subject: "which Senegal hosts")
        holders = [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in _RELATIVES]
        relative = any(o.dep_ in {"dobj", "obj", "nsubj"} and o.lower_ in _RELATIVES for o in c.children)
        # ("the votes that Tbilisi called sham referendums": a naming, no holding)
        naming = any(
            o.dep_ == "oprd" or (o.dep_ in {"dobj", "obj"} and o.lower_ not in _RELATIVES) for o in c.children
        )
        if not relative or not holders or naming or any(o.dep_ == "neg" for o in c.children):
            continue
        if lemma in words.co_hosting_verbs:
            holders += prep_objects(c, "with")
        out += [
            x.key
            for h in holders
            for m in r.members(h)
            for x in r.refs(m, topics=False)
            if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
        ]
    return list(dict.fromkeys(out))


def _organizers(r: Reader, token: Token) -> list[str]:
    """'Moscow's organized referendums', 'the China-brokered deal', 'a Kremlin-hosted summit'."""
    out: list[str] = []
    amods = [
        c
        for c in token.children
        if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in r.lex.words.organize_verbs
    ]
    if not amods:
        kind = topic_of(token, r.lex, r.active)
        if kind is not None and kind.kind in r.lex.words.held_kinds:
            # "Russia's referendums", "the bloc's summit", "its referendum": the owner holds it
            for c in token.children:
                if c.dep_ == "poss":
                    out += [
                        x.key
                        for x in r.refs(c, topics=False)
                        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
                    ]
                # "the 15th BRICS summit", "a NATO summit": a body's own summit is the body's
                m = r.mention_at(c)
                if (
                    c.dep_ in {"compound", "nmod"}
                    and m is not None
                    and m.label is Label.ORGANIZATION
                    and kind.kind in r.lex.words.meeting_kinds
                ):
                    out.append(m.key)
            # "a case brought by Sudan", "the exercises, staged by Moscow": the agent of a participle of
            # holding the event holds it (the model may tag the participle VBD)
            out += [
                x.key
                for c in token.children
                if c.dep_ == "acl" and c.lemma_.lower() in r.lex.words.holding_verbs
                for a in c.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
                for x in r.refs(p, topics=False)
                if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION} and x.key not in out
            ]
            out += [k for k in _relative_holders(r, token) if k not in out]
            if kind.kind in r.lex.words.meeting_kinds:
                # "the 45th summit of the Gulf Cooperation Council", "an emergency session of the AU Peace and
                # Security Council": a body's own meeting, named by "of"
                out += [
                    m.key
                    for p in prep_objects(token, "of")
                    for m in [r.mention_at(p)]
                    if m is not None and m.label is Label.ORGANIZATION and m.key not in out
                ]
        return out
    for verb in amods:
        for c in verb.children:
            m = r.mention_at(c)
            if m is not None and m.label in ACTORS:
                out.append(m.key)
    # "a US- and French-brokered ceasefire": a name left hanging before "and", its hyphen its own
    out += [
        m.key
        for c in token.children
        if c.dep_ in {"nmod", "compound", "amod"} and c.i < token.i
        if any(p.text == "-" for p in c.children) and any(p.dep_ == "cc" for p in c.children)
        for m in [r.mention_at(c)]
        if m is not None and m.label in ACTORS
    ]
    if not out:
        for c in token.children:
            if c.dep_ == "poss":
                out += [x.key for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return out


def _label(key: str) -> Label:
    return Label(key.split(":", 1)[0]) if not key.startswith("?") else Label.EVENT


def _among_copula(r: Reader, token: Token) -> Token | None:
    """The copula of 'X is among the members' or 'X is one of the members', when ``token`` is that noun."""
    prep = token.head
    if prep.lower_ == "among" and prep.head.lemma_ in r.lex.words.copulas:
        return prep.head
    one = prep.head
    if (
        prep.lower_ == "of"
        and one.lower_ == "one"
        and one.dep_ == "attr"
        and one.head.lemma_ in r.lex.words.copulas
    ):
        return one.head
    return None


def _member_noun(r: Reader, token: Token) -> None:
    """'Finland became NATO's 31st member', 'Poland, a NATO member,': membership stated by a noun."""
    words = {c.lower_ for c in token.children}
    if words & r.lex.words.not_member_words:
        return
    bodies = [
        Ref(m.key)
        for c in token.children
        if c.dep_ in {"poss", "compound", "nmod"}
        for t in (c, *(c.conjuncts if c.dep_ != "poss" else ()))  # "a NATO and EU member" (round 31)
        for m in [r.mention_at(t)]
        if m is not None and m.label is Label.ORGANIZATION
    ]
    bodies += [  # "the bloc's largest member": the body named before
        x
        for c in token.children
        if c.dep_ == "poss" and r.mention_at(c) is None and c.lemma_.lower() in r.lex.words.body_nouns
        for x in membership.bodies_in(r, c)
    ]
    if not bodies:  # "the Forum's two largest members", "the council's three African members": the last word
        bodies += [  # of a body's name, named just before
            Ref(k)
            for c in token.children
            if c.dep_ == "poss" and r.mention_at(c) is None and c.tag_ in {"NN", "NNP"}
            for k in r.body_by_head(c)
        ]
    bodies += [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        for x in membership.bodies_in(r, p)
    ]
    clause = token.head
    # "of which both countries are founding members": the model reads "founding" as the verb of the clause
    # and the member noun as its object (round 25)
    founding = (
        token.dep_ == "dobj"
        and clause.lower_ == "founding"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)
    )
    if clause.dep_ == "relcl" and any(  # "the African Union, of which both countries are members"
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in {"which", "whom"} for p in c.children)
        for c in (*clause.children, *(token.children if founding else ()))
    ):
        bodies += membership.bodies_in(r, clause.head)
    slot, split = membership.body_conjunct(r, token)  # "Slovakia, an EU and NATO member" (round 35)
    bodies += [b for b in split if b not in bodies]
    if not bodies:  # "Algeria, a non-permanent member, abstained": the seat names the body (round 27)
        bodies = membership.seat_bodies(r, token)
    if not bodies:
        return
    members: list[Ref] = []
    if (slot.dep_ == "attr" and slot.head.lemma_ in r.lex.words.copulas) or founding:
        linking = slot.head
        said = [c for c in linking.children if c.dep_ == "nsubj"]
        if not said and linking.dep_ == "advcl" and linking.tag_ == "VBG":  # "..., becoming its 31st member"
            linking = linking.head
            said = [c for c in linking.children if c.dep_ == "nsubj"]
        if not said and linking.dep_ == "conj":  # "Armenia, which hosts a base and is a member of the CSTO"
            said = subjects(linking)[0]
        members = [x for c in said for x in r.refs(c, topics=False)]
        modality, conf = r.modality(linking)
    elif (token.dep_ in {"oprd", "attr", "xcomp"} and token.head.lemma_ in r.lex.words.admit_verbs) or (
        token.dep_ == "pobj"
        and token.head.lower_ == "as"
        and token.head.head.lemma_ in r.lex.words.admit_verbs
    ):
        # "the AU was made a permanent member of the G20", "Indonesia was admitted as a full member of BRICS"
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subj = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
        members = [x for c in verb.children if c.dep_ == subj for x in r.refs(c, topics=False)]
        modality, conf = r.modality(verb)
    elif slot.dep_ == "appos":
        members, modality, conf = r.refs(slot.head, topics=False), Modality.ASSERTED, 0.85
    elif any(c.dep_ == "appos" for c in token.children):  # "the bloc's newest member, Finland, ..."
        named = [c for c in token.children if c.dep_ == "appos"]
        members, modality, conf = [x for c in named for x in r.refs(c, topics=False)], Modality.ASSERTED, 0.8
    elif any(c.dep_ == "prep" and c.lower_ in r.lex.words.including_words for c in token.children):
        # "Members of the SCO, including India and Pakistan, ...": the ones the list names
        named = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in r.lex.words.including_words
            for p in c.children
            if p.dep_ == "pobj"
        ]
        named += [c for p in named for c in p.conjuncts]
        members, modality, conf = [x for c in named for x in r.refs(c, topics=False)], Modality.ASSERTED, 0.8
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "appos":
        # "Fiji and Samoa, two of the forum's members, ...": the ones the count stands beside
        members, modality, conf = r.refs(token.head.head.head, topics=False), Modality.ASSERTED, 0.8
    elif token.dep_ == "pobj" and (copula := _among_copula(r, token)) is not None:
        # "Greece and Cyprus are among the EU members that ...", "Spain is one of the EU members ..."
        members = [x for c in copula.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
        modality, conf = r.modality(copula)
    else:
        return
    for member in members:
        if label_of_ref(member, r.topics) in {Label.COUNTRY, Label.REGION, Label.ORGANIZATION}:
            for body in bodies:
                r.emit(member, "MEMBER_OF", body, modality, conf)
