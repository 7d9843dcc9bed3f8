"""Membership and organising that the text implies rather than states (round 23).

"the cooperation of the two countries within the SCO" (both MEMBER_OF the SCO), "grouped themselves in the
Alliance of Sahel States", "pledged aircraft to Operation X" (the contributors are in the operation),
"the Minsk Group, co-chaired by France, Russia and the United States", "France, Germany and Britain, known as
the E3", "was admitted as a dialogue partner" (a status), "announced a joint summit in Doha" (the announcers
convene it; they do not meet each other by announcing it). All MEMBER_OF here are `inferred` (rule 5: light
reasoning); the words are data in the lexicon's "membership implied" block.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import agent, direct_objects, subjects
from loaders.extract.coref import count_of
from loaders.extract.gazetteer import resolve
from loaders.extract.refs import key_label
from loaders.extract.rule_helpers import _topics_of_kind
from loaders.extract.sentence import Reader, Ref, label_of_ref
from loaders.extract.signature import LIST, any_of, mentions_in, sentence_words, signature

_MEMBERS = {Label.COUNTRY, Label.ORGANIZATION}


def run_all(r: Reader) -> None:
    words = r.lex.words
    lemmas = sentence_words(r)
    if lemmas & (words.within_preps | words.frame_preps) and lemmas & words.joint_work_words:
        for t in r.sent:
            if t.lemma_.lower() in words.joint_work_words:
                _worked_within(r, t)
    if lemmas & words.banding_verbs.keys():
        for t in _tagged(r, "VERB", words.banding_verbs):
            _banded(r, t)
    giving = words.contributing_verbs | words.operation_sending_verbs
    if lemmas & giving and lemmas & words.pledged_assets:
        for t in _tagged(r, "VERB", giving):
            _contributed(r, t)
    if lemmas & words.chairing_verbs:
        for t in r.sent:
            if t.tag_ == "VBN" and t.lemma_.lower() in words.chairing_verbs:
                _chaired_by(r, t)
            elif t.pos_ == "VERB" and t.dep_ == "relcl" and t.lemma_.lower() in words.chairing_verbs:
                _relative_chair(r, t)
            elif t.dep_ == "dobj" and t.tag_ == "NNS" and t.lemma_.lower() in words.chairing_verbs:
                _chair_read_as_noun(r, t)
    if lemmas & words.bare_join_verbs:
        for t in _tagged(r, "VERB", words.bare_join_verbs):
            _joined_bare(r, t)
    if lemmas & words.partner_nouns:
        for t in _tagged(r, "NOUN", words.partner_nouns):
            _partners_in(r, t)
    if lemmas & words.naming_participles.keys():
        for t in r.sent:
            # ("collectively called the Visegrad Group": the model tags the participle VBD at times)
            if t.tag_ in {"VBN", "VBD"} and t.lemma_.lower() in words.naming_participles:
                _known_as(r, t)
    if lemmas & words.gather_verbs and lemmas & words.body_envoy_nouns:
        for t in _tagged(r, "VERB", words.gather_verbs):
            _body_gathered(r, t)
    if lemmas & words.chair_nouns and lemmas & words.chair_term_words:
        for t in _tagged(r, "NOUN", words.chair_nouns):
            _unnamed_chair(r, t)
    if "co" in lemmas:
        for t in r.sent:
            if t.i >= r.sent.start + 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "co":
                _co_verb(r, t)
    if lemmas & words.host_nouns:
        for t in _tagged(r, "NOUN", words.host_nouns):
            _host_noun(r, t)
    if lemmas & words.treaty_article_words:
        for t in r.sent:
            if t.lemma_.lower() in words.treaty_article_words and any(c.dep_ == "nummod" for c in t.children):
                _treaty_article(r, t)
    if "to" in lemmas and lemmas & words.held_verbs.keys():
        for t in _tagged(r, "VERB", words.held_verbs):
            _to_be_held(r, t)
    if lemmas & words.member_class_nouns and any(m.label is Label.ORGANIZATION for m in r.mentions):
        _class_members(r)
    if lemmas & words.fellow_words and lemmas & words.fellow_member_nouns:
        for t in _tagged(r, "NOUN", words.fellow_member_nouns):
            _fellow_members(r, t)
    if lemmas & words.contingent_nouns:
        for t in _tagged(r, "NOUN", words.contingent_nouns):
            if "from" in lemmas:
                _contingents_from(r, t)
            _own_contingent(r, t)
    if "status" in lemmas and lemmas & words.joined_as_words and lemmas & words.status_holding_verbs:
        for t in _tagged(r, "NOUN", {"status"}):
            _status_held(r, t)
    if lemmas & words.joined_as_words and lemmas & (words.admit_verbs | words.status_granting_verbs):
        for t in _tagged(r, "NOUN", words.joined_as_words):
            _admitted_as(r, t)
    if lemmas & words.listed_member_nouns and lemmas & (words.including_words | {"among", "such"}):
        for t in _tagged(r, "NOUN", words.listed_member_nouns):
            _listed_members(r, t)
    if lemmas & words.seat_nouns and lemmas & words.seat_holding_verbs:
        for t in _tagged(r, "NOUN", words.seat_nouns):
            _seat_held(r, t)
    if lemmas & words.sitting_verbs:
        for t in _tagged(r, "VERB", words.sitting_verbs):
            _sits_on(r, t)
    if lemmas & words.chair_nouns and "'s" in lemmas:
        for t in _tagged(r, "NOUN", words.chair_nouns):
            _owned_chair(r, t)
    if lemmas & words.suspension_nouns:
        for t in _tagged(r, "NOUN", words.suspension_nouns):
            _suspension(r, t)
    if lemmas & words.chair_nouns and lemmas & words.capacity_preps:
        for t in r.sent:  # ("as Chair of ASEAN": the model tags a capital Chair a proper noun)
            if (
                t.lemma_.lower() in words.chair_nouns
                and t.dep_ == "pobj"
                and t.head.lower_ in words.capacity_preps
            ):
                _capacity_chair(r, t)
    if "member" in lemmas and lemmas & words.capacity_preps:
        for t in r.sent:  # "As an EU member, Ireland ...", "Ireland, as an EU member state, ..."
            if t.dep_ == "pobj" and t.head.lower_ in words.capacity_preps and _member_word(r, t):
                _capacity_chair(r, t, status=None)
    if lemmas & words.contributor_nouns:
        for t in _tagged(r, "NOUN", words.contributor_nouns):
            _contributor(r, t)
    if lemmas & words.proxy_speaking_verbs and lemmas & {"for", "behalf"}:
        for t in r.sent:
            if t.tag_ == "VBG" and t.lemma_.lower() in words.proxy_speaking_verbs:
                _spoke_for(r, t)
    if "'s" in lemmas and lemmas & words.member_class_nouns:
        for t in _tagged(r, "NOUN", words.member_class_nouns):
            _owned_class(r, t)
    if lemmas & words.apposed_member_nouns:
        for t in _tagged(r, "NOUN", words.apposed_member_nouns):
            if t.dep_ == "appos":
                _apposed_members(r, t)
            elif t.dep_ == "attr":
                _member_predicate(r, t)
    if lemmas & words.standing_nouns.keys() and any(m.label is Label.ORGANIZATION for m in r.mentions):
        for t in r.sent:
            if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in _STANDING_DEPS:
                _standing_noun(r, t)
    if lemmas & words.leading_participles:
        for t in r.sent:
            if t.tag_ == "VBN" and t.dep_ in _LED_DEPS and t.lemma_.lower() in words.leading_participles:
                _led_body(r, t)


_STANDING_DEPS = frozenset({"attr", "appos", "conj"})  # (conj: "an EU and NATO member state", round 35)
_LED_DEPS = frozenset({"amod", "acl"})


def _led_body(r: Reader, led: Token) -> None:
    """'the Moscow-led alliance', 'the Russian-led bloc', 'the bloc headed by Nigeria': the states leading a
    body are among its members (MEMBER_OF, inferred), however the body is named (a name, or 'the bloc' read
    back to it). A coalition named only by its leader stands for the leader: no body, nothing emitted."""
    leaders = [c for c in led.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"} and c.i < led.i]
    leaders += [p for c in led.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    states = _states_in(r, [j for c in leaders for j in (c, *c.conjuncts)])
    bodies = bodies_in(r, led.head)
    named = {m.key for m in r.mentions if m.label is Label.ORGANIZATION}
    if r.mention_at(led.head) is None and named - {b.key for b in bodies}:
        return  # "a member of the EAEU and of the EU ... exit from the Russian-led bloc": which bloc, unsure
    if states:
        _emit(r, states, bodies, 0.7)
    if states and led.head.lemma_.lower() in r.lex.words.run_bodies:
        # (r37) "the Kenya-led security mission": a mission or force is also backed by the state leading it
        # (the gold's SUPPORTS, alt ORGANIZED), as a bloc its leader merely belongs to is not
        for body in dict.fromkeys(b.key for b in bodies):
            for state in dict.fromkeys(x.key for x in states):
                r.emit(Ref(state), "SUPPORTS", Ref(body), Modality.ASSERTED, 0.7)


def body_conjunct(r: Reader, noun: Token) -> tuple[Token, list[Ref]]:
    """Where a member noun stands in its phrase, and the body the model split off it (round 35): in "Slovakia,
    an EU and NATO member" and "is an EU and G7 member state" the model reads the first body as the
    apposition or the attribute and hangs the member noun on it as its conjunct; the noun then stands where
    that body stands, and the body is one it names. Anywhere else the noun stands where it is."""
    head = noun.head
    body = r.mention_at(head) if noun.dep_ == "conj" and head.i < noun.i else None
    joined = any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in head.children)
    if body is None or body.label is not Label.ORGANIZATION or not joined:
        return noun, []
    return head, [Ref(body.key)]


def _standing_noun(r: Reader, noun: Token) -> None:
    """A standing short of full membership named by a noun the body modifies (round 31), said of a state by a
    copula or an apposition: "Moldova, wedged between ..., has been an EU candidate country", "Bolivia, which
    became a BRICS partner country", "Mongolia, an SCO observer state" (MEMBER_OF with the status; not "the
    EU's partner", which the body owns, nor "a former EU candidate")."""
    words = r.lex.words
    head = noun.lemma_.lower()
    status: str | None
    if head in words.standing_heads:
        quals = [
            c for c in noun.children if c.dep_ in {"compound", "amod"} and c.lower_ in words.standing_nouns
        ]
        if len(quals) != 1:
            return
        word = words.standing_nouns[quals[0].lower_]
        status = f"{word} {noun.lower_}" if word else None  # "an EU member state": full membership
        modifiers = [*noun.children, *quals[0].children]
    elif words.standing_nouns.get(head):  # ("member" itself: structure._member_noun)
        status, modifiers = words.standing_nouns[head], list(noun.children)
    else:
        return
    if any(c.lower_ in words.not_member_words for c in modifiers):
        return
    named = [c for c in modifiers if c.dep_ in {"compound", "nmod"} and c.i < noun.i]
    named += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    bodies = [
        Ref(m.key)
        for c in named
        for t in (c, *c.conjuncts)  # "a NATO and EU member state"
        for m in [r.mention_at(t)]
        if m is not None and m.label is Label.ORGANIZATION and _standing(r, m.key)
    ]
    slot, split = body_conjunct(r, noun)  # "Poland, an EU and G7 member state" (round 35)
    bodies += [b for b in split if _standing(r, b.key) and b not in bodies]
    if not bodies:
        return
    if slot.dep_ == "appos":
        members, (modality, conf) = r.refs(slot.head, topics=False), (Modality.ASSERTED, 0.85)
    elif slot.head.lemma_ in words.copulas:
        said, _ = subjects(slot.head)
        members, (modality, conf) = [x for c in said for x in r.refs(c, topics=False)], r.modality(slot.head)
    else:
        return
    for member in members:
        if label_of_ref(member, r.topics) is Label.COUNTRY:
            for body in bodies:
                r.emit(member, "MEMBER_OF", body, modality, conf, status=status)


def _tagged(r: Reader, pos: str, lemmas: Container[str]) -> Iterator[Token]:
    """The sentence's tokens of that part of speech whose lemma is in ``lemmas``, in order."""
    return (t for t in r.sent if t.pos_ == pos and t.lemma_.lower() in lemmas)


def bodies_in(r: Reader, token: Token) -> list[Ref]:
    """The bodies ``token`` stands for (no topics): who a member is a member of."""
    return [x for x in r.refs(token, topics=False) if label_of_ref(x, r.topics) is Label.ORGANIZATION]


def members_in(r: Reader, tokens: list[Token]) -> list[Ref]:
    """The states and bodies ``tokens`` stand for (no topics): who may be a member of a body."""
    return [x for t in tokens for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in _MEMBERS]


def seat_bodies(r: Reader, noun: Token) -> list[Ref]:
    """The body a member noun's seat names when the text names none (round 27): "Algeria, a non-permanent
    member, abstained" (the UN Security Council; the lexicon's seat_bodies)."""
    seats = r.lex.words.seat_bodies
    return [
        Ref(r.ctx.place(seats[c.lower_])) for c in noun.children if c.dep_ == "amod" and c.lower_ in seats
    ]


def ruled_states(r: Reader, members: list[Ref]) -> list[Ref]:
    """Members with a ruling junta read as the state it rules (round 26): "the three juntas, which formed the
    Alliance of Sahel States" make Mali, Burkina Faso and Niger members; a body's members are states."""
    out = []
    for m in members:
        state = r.ctx.ruled_by(m.key)
        out.append(Ref(state, inferred=True) if state is not None else m)
    return out


def _kind(r: Reader, key: str) -> str | None:
    node = r.ctx.nodes.get(key)
    return None if node is None else str(node.attrs.get("kind") or "") or None


def _standing(r: Reader, key: str) -> bool:
    """A body states belong to: its gazetteer kind is one of the lexicon's membership_bodies."""
    return _kind(r, key) in r.lex.words.membership_bodies


def standing_body(r: Reader, key: str) -> bool:
    """An organization states belong to (a bloc, an alliance, an intergovernmental body)."""
    return key_label(key) is Label.ORGANIZATION and _standing(r, key)


def _emit(r: Reader, members: list[Ref], bodies: list[Ref], conf: float, status: str | None = None) -> None:
    """Each member MEMBER_OF each body, inferred: a standing fact the sentence presupposes."""
    for body in dict.fromkeys(b.key for b in bodies):
        for member in dict.fromkeys(m.key for m in ruled_states(r, members)):
            if member != body and r.ctx.actor(member) != body:
                r.emit(
                    Ref(member, inferred=True), "MEMBER_OF", Ref(body), Modality.ASSERTED, conf, status=status
                )


def _states_in(r: Reader, tokens: list[Token]) -> list[Ref]:
    """The states ``tokens`` stand for (no topics)."""
    return [m for m in members_in(r, tokens) if label_of_ref(m, r.topics) is Label.COUNTRY]


def _events_in(r: Reader, tokens: list[Token]) -> list[Ref]:
    """The events of the article's topics ``tokens`` stand for ("the G20 summit", "the talks")."""
    return [
        x
        for t in tokens
        for x in r.refs(t)
        if x.key.startswith("?topic:") and label_of_ref(x, r.topics) is Label.EVENT
    ]


def _places_at(r: Reader, verb: Token) -> list[Ref]:
    """The places a verb's 'in' or 'at' names ("met in Honiara", "to be held in Astana")."""
    return [
        x
        for p in _pobjs(verb, {"in", "at"})
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.REGION
    ]


def _organized(
    r: Reader, hosts: list[Ref], events: list[Ref], modality: Modality, conf: float, *, inferred: bool = False
) -> None:
    """Each host (once) ORGANIZED each event."""
    for host in dict.fromkeys(h.key for h in hosts):
        for event in events:
            r.emit(Ref(host, inferred=inferred), "ORGANIZED", event, modality, conf)


def _pobjs(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    return [
        p
        for c in token.children
        if c.dep_ in _PREP_DEPS and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]


_PREP_DEPS = frozenset({"prep", "dative"})  # ("sent soldiers to the mission": 'to' read as dative; r36)


# ---- "cooperation of the two countries within the SCO", "cooperate closely within the UN" ------------
def _wished(r: Reader, t: Token) -> bool:
    """Whether ``t`` is under a verb of wishing or one the lexicon makes hypothetical ("hopes to cooperate
    within the EU", "wants closer coordination within NATO"): no standing membership."""
    words = r.lex.words
    head = t
    for _ in range(4):
        if head.lemma_.lower() in words.wish_verbs | r.lex.hypothetical_verbs:
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _worked_within(r: Reader, t: Token) -> None:
    words = r.lex.words
    if _wished(r, t):
        return
    # ("praised the cooperation of the two countries within the CSTO": the parser may hang it on the verb)
    # or on the last of the members ("the cooperation of the two countries within the CSTO")
    holders = [t, t.head] if t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubjpass"} else [t]
    if t.pos_ == "VERB":  # "coordinated their votes within the Council"
        holders += [c for c in t.children if c.dep_ == "dobj"]
    holders += [q for p in _pobjs(t, words.joint_work_preps) for q in [p, *p.conjuncts]]
    places = [p for h in holders for p in _pobjs(h, words.within_preps)]
    # "within the framework of the CIS", "in the format of the SCO": through the frame noun
    frames = [p for h in holders for p in _pobjs(h, words.within_preps | words.frame_preps)]
    places += [p for f in frames if f.lemma_.lower() in words.frame_nouns for p in _pobjs(f, {"of"})]
    bodies = [
        b
        for p in places
        if p.lemma_.lower() not in words.frame_nouns
        for b in bodies_in(r, p)
        if _standing(r, b.key) or r.mention_at(p) is not None
    ]
    # "their cooperation in the SCO and BRICS": a bare 'in' only before a body named in the gazetteer
    bodies += [
        b
        for f in frames
        if f.lemma_.lower() not in words.frame_nouns and r.mention_at(f) is not None
        for q in [f, *f.conjuncts]
        for b in bodies_in(r, q)
        if _standing(r, b.key)
    ]
    if not bodies:
        return
    if t.pos_ == "NOUN":
        members = members_in(r, [c for c in t.children if c.dep_ == "poss"])
        members += members_in(r, _pobjs(t, words.joint_work_preps))
        if not members and t.dep_ in {"dobj", "pobj", "nsubjpass"}:
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if (
                verb.dep_ in {"dobj", "obj"}
                and verb.lemma_.lower() in words.joint_work_carriers
                and verb.head.lemma_.lower() in words.joint_work_carrier_verbs
            ):
                verb = verb.head  # (round 37) "exchanged views on their work inside ASEAN": who spoke
            if verb.pos_ in {"VERB", "AUX"}:
                members = members_in(r, subjects(verb)[0])
    elif t.pos_ == "VERB":
        members = members_in(r, subjects(t)[0]) + members_in(r, _pobjs(t, {"with"}))
    else:
        return
    _emit(r, members, bodies, 0.75)


# ---- "grouped themselves in the Alliance of Sahel States", "banded together in a bloc" ----------------
def _banded(r: Reader, verb: Token) -> None:
    words = r.lex.words
    needed = words.banding_verbs[verb.lemma_.lower()]
    if needed is not None and not any(c.lower_ == needed for c in verb.children):
        return
    if any(c.dep_ == "neg" for c in verb.children) or _wished(r, verb):
        return
    # ("joined forces in the union": the phrase may hang on the needed word)
    holders = [verb, *(c for c in verb.children if needed is not None and c.lower_ == needed)]
    bodies = [b for h in holders for p in _pobjs(h, words.banding_preps) for b in bodies_in(r, p)]
    if not bodies:
        return
    members = members_in(r, subjects(verb)[0])
    if verb.dep_ == "acl" and not members:  # "the three states, grouped in the AES since 2024"
        members = members_in(r, [verb.head])
    _emit(r, members, bodies, 0.75)


# ---- "Denmark and France have pledged aircraft to Eastern Sentry" ------------------------------------
def _contributed(r: Reader, verb: Token) -> None:
    words = r.lex.words
    if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] in {
        Modality.NEGATED,
        Modality.HYPOTHETICAL,
    }:
        return  # (nor "may contribute troops to the mission": round 26; "will send" is announced, kept)
    assets = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.pledged_assets]
    assets += [a for c in assets for a in c.conjuncts]
    if not assets:
        return
    targets = _pobjs(verb, {"to"}) + [p for a in assets for p in _pobjs(a, {"to"})]
    bodies: list[Ref] = []
    for target in targets:
        for b in bodies_in(r, target):
            kind = _kind(r, b.key)
            node = r.ctx.nodes.get(b.key)
            name = node.name.lower().split() if node is not None else []
            operation = any(w in words.run_bodies for w in name)
            named = r.mention_at(target) is not None
            # ("sent troops to NATO" is no contribution to an operation: sending verbs reach operations only)
            standing = named and verb.lemma_.lower() in words.contributing_verbs
            # (a body the gazetteer knows whose name calls it a mission: "sent soldiers to the Multinational
            # Security Support mission", round 36)
            if (kind in r.lex.words.membership_bodies and standing) or (
                (kind is None or (operation and named))
                and (operation or target.pos_ == "PRON" or (named and _mission(r, b.key)))
            ):
                bodies.append(b)
    if not bodies and any(t.pos_ == "PRON" and t.lower_ == "it" for t in targets):
        bodies = _operation_before(r)  # "NATO would launch Baltic Sentry ... pledged ships to it"
    if not bodies:
        bodies = _mission_meant(r, verb, targets)
    if bodies:
        _emit(r, members_in(r, subjects(verb)[0]), bodies, 0.7)


def _mission_meant(r: Reader, verb: Token, targets: list[Token]) -> list[Ref]:
    """The mission forces were given to when the text does not name it there (round 26): "the SADC Mission
    in Mozambique (SAMIM), to which South Africa and Tanzania contributed troops" (the relative's head),
    "... contributed troops to the force" (a mission or force noun with its article: the mission this
    sentence names, or the last one the two before named)."""
    articles = {"the", "this", "that", "its"}
    for target in targets:
        if target.tag_ == "WDT" and verb.dep_ == "relcl":
            return [b for b in bodies_in(r, verb.head) if _mission(r, b.key)]
        if (
            target.pos_ == "NOUN"
            and target.lemma_.lower() in r.lex.words.mission_bodies
            and r.mention_at(target) is None
            and any(c.dep_ in {"det", "poss"} and c.lower_ in articles for c in target.children)
        ):
            named = [Ref(m.key) for m in r.mentions if m.label is Label.ORGANIZATION and _mission(r, m.key)]
            return named[:1] or _mission_before(r)
    # "the SADC Mission in Mozambique (SAMIM), to which South Africa ... contributed troops": the model
    # hangs "to which" on the subject; the body is the name just before it
    for t in verb.subtree:
        if t.i < verb.i and t.lower_ == "which" and t.head.lower_ == "to" and not targets:
            k = t.head.i - 1
            while k > r.sent.start and r.sent.doc[k].text == ",":
                k -= 1
            before = r.mention_at(r.sent.doc[k])
            if before is not None and before.label is Label.ORGANIZATION and _mission(r, before.key):
                return [Ref(before.key)]
    return []


# ---- "the mission has troops from Nepal, Rwanda and Pakistan": states that send forces to a mission ------
def _contingents_from(r: Reader, noun: Token) -> None:
    """'It has 4,000 troops from 30 countries, including Nepal and Rwanda', 'with smaller contingents from
    Kenya and Burundi' (the mission named in this sentence or the two before): the states whose forces
    serve in a mission are its members (inferred). Forces with no mission near ("troops from Chad crossed
    the border") give nothing."""
    if r.modality(noun.head)[0] is not Modality.ASSERTED or any(c.dep_ == "neg" for c in noun.head.children):
        return
    # the "from" phrase on the noun, or on the verb the noun is the object of ("has troops from ...")
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    # "some 2,000 soldiers drawn from South Africa, Botswana and Malawi" (a participle on the forces)
    holders += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    sources = [p for h in holders for p in _pobjs(h, {"from"})]
    for s in list(sources):  # "from 30 countries, including Nepal and Rwanda"
        sources += _pobjs(s, {"including", "like"})
    sources += [c for s in sources for c in s.conjuncts]
    states = _states_in(r, [s for s in sources if r.mention_at(s) is not None])
    # the forces are what the mission is made of, not doers ("troops from X fired at its positions")
    doing = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() not in r.lex.words.serving_verbs
    if not states or (doing and noun.head.lemma_.lower() not in {"be", "make", "remain", "number"}):
        return
    bodies: list[Ref] = []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"have", "include", "number"}:
        bodies = [b for s in subjects(noun.head)[0] for b in bodies_in(r, s) if _mission(r, b.key)]
    if not bodies:
        bodies = [Ref(m.key) for m in r.mentions if m.label is Label.ORGANIZATION and _mission(r, m.key)]
    if not bodies:
        bodies = _mission_before(r) or _story_mission(r)
    _emit(r, states, bodies[:1], 0.6)


def _own_contingent(r: Reader, noun: Token) -> None:
    """'Nepalese soldiers serve with UNIFIL', 'Uganda, whose contingent is the largest in UNMISS', 'Ghanaian
    peacekeepers serving with UNMISS': a state's forces in a mission the phrase names make the state a
    member (inferred). The mission must be named on the forces or their serving verb."""
    owners = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss"}]
    states = [
        x
        for c in owners
        if c.dep_ == "poss" or ((m := r.mention_at(c)) is not None and m.label is Label.COUNTRY)
        for x in _states_in(r, [c])
    ]
    if not states:
        return
    serving = r.lex.words.serving_verbs
    places = _pobjs(noun, {"in", "with"})
    places += [
        p
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in serving
        for p in _pobjs(c, {"in", "with"})
    ]
    verb = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
            return
        if verb.lemma_.lower() in serving:
            places += _pobjs(verb, {"in", "with"})
        elif (
            verb.lemma_.lower() == "be"
        ):  # "whose contingent is the largest in UNMISS", "among the largest in"
            said = [c for c in verb.children if c.dep_ in {"attr", "acomp"}] + _pobjs(verb, {"among"})
            places += [p for c in said for p in _pobjs(c, {"in"})]
    bodies = [b for t in places for b in bodies_in(r, t) if _mission(r, b.key)]
    if not bodies and noun.lemma_.lower() in r.lex.words.part_force_nouns:
        # "ordered the Malawian contingent home", "its contingent left in May" (round 27): a contingent is a
        # part of a larger force, the mission the text named last or the one the article is about
        if (
            any(c.dep_ == "neg" for c in noun.head.children)
            or r.modality(noun.head)[0] is not Modality.ASSERTED
        ):
            return
        bodies = [b for b in _mission_before(r) or _story_mission(r) if _peace_mission(r, b.key)]
    _emit(r, states, bodies, 0.6)


def _mission(r: Reader, key: str) -> bool:
    """A body whose name or alias calls it a mission or force ("UN Interim Force in Lebanon")."""
    node = r.ctx.nodes.get(key)
    if node is None:
        return False
    words = {w for n in (node.name, *node.aliases) for w in n.lower().split()}
    return bool(words & r.lex.words.mission_bodies) or key in _named_missions(r)


_MISSIONS: dict[int, frozenset[str]] = {}


def _named_missions(r: Reader) -> frozenset[str]:
    """The gazetteer's bodies one of whose names calls it a mission or force (UNIFIL: "UN Interim Force in
    Lebanon"), computed once per gazetteer."""
    gaz = r.ctx.gazetteer
    found = _MISSIONS.get(id(gaz))
    if found is None:
        nouns = r.lex.words.mission_bodies
        found = frozenset(
            s.key
            for text, s in gaz.surfaces.items()
            if s.key.startswith("Organization:") and nouns & set(text.lower().split())
        )
        _MISSIONS[id(gaz)] = found
    return found


def _mission_before(r: Reader) -> list[Ref]:
    """The last mission the two sentences before named."""
    for seen in reversed(r.ctx.recent):
        if seen.sent < r.info.index - 2 or seen.sent >= r.info.index:
            continue
        if seen.label is Label.ORGANIZATION and len(seen.keys) == 1 and _mission(r, seen.keys[0]):
            return [Ref(seen.keys[0], inferred=True)]
    return []


def _story_mission(r: Reader) -> list[Ref]:
    """The one mission the article has named so far, further back than the two sentences before (round 27):
    "... with smaller contingents from Jamaica and Guatemala" in a story about one mission; none when the
    article named two or more."""
    named = [
        k for k, n in r.ctx.counts.items() if n and k.startswith("Organization:") and _peace_mission(r, k)
    ]
    return [Ref(named[0], inferred=True)] if len(named) == 1 else []


def _peace_mission(r: Reader, key: str) -> bool:
    """A mission states send contingents to: one the gazetteer knows, or one named a mission or operation (a
    "Defence Force" the article names is a state's army, no mission)."""
    if not _mission(r, key):
        return False
    node = r.ctx.nodes.get(key)
    words = {w for n in (node.name, *node.aliases) for w in n.lower().split()} if node is not None else set()
    return _kind(r, key) is not None or bool(words & (r.lex.words.mission_bodies - {"force"}))


def _operation_before(r: Reader) -> list[Ref]:
    """The last body the two sentences before named that is no standing body (an operation, a coalition
    outside the gazetteer): what "it" is when assets are pledged to it."""
    for seen in reversed(r.ctx.recent):
        if seen.sent < r.info.index - 2 or seen.sent >= r.info.index:
            continue
        if seen.label is Label.ORGANIZATION and len(seen.keys) == 1 and _kind(r, seen.keys[0]) is None:
            return [Ref(seen.keys[0], inferred=True)]
    return []


# ---- "the Minsk Group, co-chaired by France, Russia and the United States" ---------------------------
def _chaired_by(r: Reader, verb: Token) -> None:
    by = agent(verb)
    doc = verb.doc
    status = "chair"
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co":
        verb = doc[verb.i - 2]  # "co-chaired" split by the tokenizer: the prefix carries the clause
        by = by or agent(verb)
        status = "co-chair"
    if by is None:
        return
    if verb.dep_ in {"acl", "relcl", "appos"}:
        held = [verb.head]
        if verb.head.dep_ == "appos" and r.mention_at(verb.head) is None:  # "the Minsk Group, the format
            held.append(verb.head.head)  # that had been co-chaired by France"
    else:
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    bodies = [b for h in held for b in bodies_in(r, h)]
    members = _states_in(r, [by])
    _emit(r, members, bodies, 0.75, status=status)


def _relative_chair(r: Reader, verb: Token) -> None:
    """'SADC, which Madagascar currently chairs': the state chairs the body the clause hangs on, also when the
    parser takes the state for a compound of the verb."""
    misread = {"compound", "advmod", "npadvmod", "nmod"}
    state_compound = any(
        c.dep_ in misread and c.i < verb.i and r.mention_at(c) is not None for c in verb.children
    )
    # ("which Fiji chairs this year": the model at times takes "which" for the subject and the state for a
    # compound or a modifier of the verb)
    relative = {"dobj", "nsubj"} if state_compound else {"dobj"}
    compounds = [c for c in verb.children if c.dep_ in misread] if state_compound else []
    if not any(
        c.dep_ in relative and c.lower_ in {"which", "that"}
        for c in (*verb.children, *(g for k in compounds for g in k.children))
    ):
        return
    if r.modality(verb)[0] is not Modality.ASSERTED:  # "which Madagascar does not chair", "hopes to chair"
        return
    holders = [
        c
        for c in verb.children
        if c.i < verb.i and (c.dep_ == "nsubj" or (c.dep_ in misread and r.mention_at(c) is not None))
    ]
    members = _states_in(r, holders)
    _emit(r, members, bodies_in(r, verb.head), 0.8, status="chair")


def _joined_bare(r: Reader, verb: Token) -> None:
    """'the first expansion of the bloc since Cambodia joined in 1999': a state that joined, with no object,
    joined the one standing body its sentence named before the verb (MEMBER_OF, inferred); not "joined in
    condemning", "joined the call", nor a joining still to come."""
    if verb.tag_ not in {"VBD", "VBN"} or any(
        c.dep_ in {"dobj", "obj", "xcomp", "ccomp"} for c in verb.children
    ):
        return
    times = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "prep" for c in verb.children) and not all(_time_word(p) for p in times):
        return  # "joined in the criticism", "joined with France": not a membership
    # the year of joining says it is a membership ("joined in 1999"); "Norway joined days later" (after the
    # EU's sanctions) joined an act
    if not any(p.text.isdigit() and len(p.text) == 4 for p in times):
        return
    modality, _ = r.modality(verb)
    if modality is not Modality.ASSERTED:
        return
    members = _states_in(r, [c for c in verb.children if c.dep_ == "nsubj"])
    bodies = {
        b.key: b
        for t in r.sent
        if t.i < verb.i and (r.mention_at(t) is not None or t.lemma_.lower() in r.lex.words.body_nouns)
        for b in bodies_in(r, t)
        if _standing(r, b.key)
    }
    if len(bodies) == 1:
        _emit(r, members, list(bodies.values()), 0.8)


def _time_word(t: Token) -> bool:
    return t.ent_type_ in {"DATE", "TIME"} or (t.text.isdigit() and len(t.text) == 4)


def _chair_read_as_noun(r: Reader, chairs: Token) -> None:
    """'the Forum, which Fiji chairs this year': the parser reads the state as the relative clause's head and
    "chairs" as its object noun; the state chairs the body the clause hangs on (MEMBER_OF, status chair)."""
    state = chairs.head
    if state.dep_ != "relcl" or r.mention_at(state) is None:
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in state.children):
        return
    _emit(r, _states_in(r, [state]), bodies_in(r, state.head), 0.8, status="chair")


def _partners_in(r: Reader, noun: Token) -> None:
    """'Cameroon's partners in CEMAC, including Chad and Gabon', 'Mali's allies in the AES': the owner and
    the partners listed with the noun are members of the standing body "in" names (MEMBER_OF, inferred)."""
    bodies = [
        b
        for p in _pobjs(noun, r.lex.words.within_preps | {"in"})
        for b in bodies_in(r, p)
        if _standing(r, b.key)
    ]
    if not bodies:
        return
    # the owner of fellows ("Cameroon's partners in CEMAC") is one of them; not the owner of one ally there
    # ("Hungary, Russia's closest ally in the EU": Hungary is in the EU, Russia is not)
    fellows = noun.tag_ == "NNS" and noun.lemma_.lower() in r.lex.words.fellow_owner_nouns
    members = _states_in(r, [c for c in noun.children if c.dep_ == "poss"]) if fellows else []
    members += _states_in(r, _pobjs(noun, {"including"}))
    members += _states_in(r, [c for c in noun.children if c.dep_ == "appos"])
    if noun.dep_ == "appos":  # "Chad and Gabon, Cameroon's partners in CEMAC"
        members += _states_in(r, [noun.head])
    _emit(r, members, bodies, 0.75)


# ---- "France, Germany and Britain, known as the E3" ---------------------------------------------------
def _known_as(r: Reader, verb: Token) -> None:
    prep = r.lex.words.naming_participles[verb.lemma_.lower()]
    if verb.dep_ not in {"acl", "appos", "advcl"}:
        return
    names = _pobjs(verb, {prep}) if prep else [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"}]
    bodies = [b for n in names for b in bodies_in(r, n)]
    members = _states_in(r, [verb.head])
    count = count_of(verb.head)
    if bodies and (len({m.key for m in members}) < 2 or (count and len({m.key for m in members}) != count)):
        members = _counted_before(r, verb.head) or members  # "The three countries, known as the E3"
    if len({m.key for m in members}) >= 2:
        _emit(r, members, bodies, 0.75)


def _counted_before(r: Reader, noun: Token) -> list[Ref]:
    """'the three countries': the last list of just that many states the three sentences before named."""
    count = count_of(noun)
    if count is None or noun.lemma_.lower() not in r.lex.words.state_nouns:
        return []
    for seen in reversed(r.ctx.recent):
        if r.info.index - 3 <= seen.sent < r.info.index and seen.label is Label.COUNTRY and seen.plural:
            states = list(dict.fromkeys(r.ctx.actor(k) for k in seen.keys))  # (officials stand for states)
            if len(states) == count and all(k.startswith("Country:") for k in states):
                return [Ref(k, inferred=True) for k in states]
    return []


# ---- "Mongolia has held observer status at the SCO since 2004" ------------------------------------------
def _status_held(r: Reader, noun: Token) -> None:
    """A status short of membership that a state has or holds in a body (round 26): "Mongolia has held
    observer status in the SCO since 2004", "Palestine, which has held non-member observer status at the
    United Nations", "ASEAN, where it currently has observer status" (MEMBER_OF with that status). Not a
    status sought, lost or only hoped for (the verb's modality; "seeks observer status" is no holding)."""
    words = r.lex.words
    kinds = [
        c.lower_
        for c in noun.children
        if c.dep_ in {"compound", "amod"} and c.lower_ in words.joined_as_words
    ]
    verb = noun.head
    if not kinds or noun.dep_ != "dobj" or verb.lemma_.lower() not in words.status_holding_verbs:
        return
    places = _pobjs(noun, words.status_body_preps) + _pobjs(verb, words.status_body_preps)
    relative = any(c.lower_ == "where" for c in verb.children) or any(p.tag_ == "WDT" for p in places)
    # a relative clause the parser hung on the main verb states its own tense, not the main verb's
    # ("will keep in touch within the SCO, in which Mongolia holds observer status")
    own = relative and verb.dep_ != "relcl" and _finite_or_perfect(verb)
    asserted = own or r.modality(verb)[0] is Modality.ASSERTED
    if any(c.dep_ == "neg" for c in verb.children) or not asserted:
        return
    bodies = [b for p in places for b in bodies_in(r, p)]
    if not bodies and verb.dep_ == "relcl" and relative:
        bodies = bodies_in(r, verb.head)  # "ASEAN, where it currently has observer status", "in which"
    elif not bodies and relative and verb.left_edge.i > r.sent.start + 1:
        # "... within the SCO, in which Mongolia holds observer status": the parser may hang the relative
        # clause on the main verb; the body is the name just before it
        before = verb.doc[verb.left_edge.i - 1]
        before = before.nbor(-1) if before.is_punct else before
        bodies = bodies_in(r, before) if r.mention_at(before) is not None else []
    subject = subjects(verb)[0]
    members = _states_in(r, subject)
    if any(t.pos_ == "PRON" and t.tag_ == "PRP" for t in subject) and verb.dep_ == "relcl":
        # "Timor-Leste's accession to ASEAN, where it has observer status": 'it' is the owner of the noun
        # the body hangs on, not whoever the pronoun would find
        up = verb.head
        while up.dep_ in {"pobj", "prep"} and up.head.i != up.i:
            up = up.head
        members = _states_in(r, [c for c in up.children if c.dep_ == "poss"])
    status = " ".join(c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}) + " status"
    _emit(r, members, [b for b in bodies if label_of_ref(b, r.topics) is Label.ORGANIZATION], 0.7, status)


def _finite_or_perfect(verb: Token) -> bool:
    """'holds', 'held', 'has held': a verb of fact, with no modal or future of its own."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP", "VBD"}:
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a in {"has", "have", "had"} for a in auxes)


# ---- "Laos was admitted as a dialogue partner", "granted observer status in the SCO" ---------------------
def _admitted_as(r: Reader, noun: Token) -> None:
    words = r.lex.words
    head = noun
    kept = [noun]
    while head.dep_ == "compound" or (head.dep_ == "amod" and head.head.pos_ == "NOUN"):
        head = head.head
        kept.append(head)
    kept += [c for c in head.children if c.dep_ in {"compound", "amod"} and c.lower_ in words.joined_as_words]
    if any(c.dep_ == "neg" for c in head.children):
        return
    verb: Token | None = None
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in words.admit_verbs:
        verb = head.head.head  # "was admitted as a dialogue partner"
    elif (
        head.lemma_.lower() == "status"
        and head.dep_ in {"dobj", "nsubjpass", "oprd"}
        and head.head.lemma_.lower() in words.status_granting_verbs
    ):
        verb = head.head  # "was granted observer status"
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return  # the active ("the SCO admitted Laos as ..."): the verb rules read it
    members = _states_in(r, [c for c in verb.children if c.dep_ == "nsubjpass"])
    if not members:
        return
    places = _pobjs(head, words.status_body_preps) + _pobjs(verb, words.status_body_preps)
    by = agent(verb)
    bodies = [b for p in [*places, *([by] if by is not None else [])] for b in bodies_in(r, p)]
    if not bodies and not places:  # no body named: the one the story is about
        bodies = _story_body(r, noun)
    status = " ".join(
        t.lower_ for t in sorted(dict.fromkeys(kept), key=lambda t: t.i) if t.lower_ != "status"
    )
    _emit(r, members, bodies, 0.75, status=status or None)


# ---- "the Arab League and the OIC announced a joint emergency summit in Doha" ------------------------
def convened(r: Reader, noun: Token) -> bool:
    """Whether ``noun`` (a meeting noun) is a summit its governing verb announces or calls rather than holds:
    its subjects convene it (ORGANIZED, inferred), and they do not meet each other by announcing it. A summit
    "with" someone stays a meeting."""
    words = r.lex.words
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in words.convening_verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in (noun, verb) for c in h.children):
        return False
    events = _topics_of_kind(r, [noun], words.convened_kinds)
    if not events:
        return False
    hosts = [  # (a leader announcing it stands for the state)
        x
        for t in subjects(verb)[0]
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in _MEMBERS | {Label.PERSON}
    ]
    modality, conf = r.modality(verb)
    if modality is Modality.NEGATED:
        return True
    _organized(r, hosts, events, modality, conf - 0.05, inferred=True)
    return True


# ---- "the Pacific Islands Forum, whose leaders met in Honiara", "ASEAN ministers met in Vientiane" ----
def _body_gathered(r: Reader, verb: Token) -> None:
    """A body's leaders or ministers gathering in a city: the body ORGANIZED the meeting (inferred), which is
    HELD_IN the city. A meeting "with" someone, or with an object, is another reading."""
    words = r.lex.words
    if any(c.dep_ in {"dobj", "neg"} or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return
    bodies: list[Ref] = []
    for s in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in words.body_envoy_nouns):
        for c in s.children:
            if c.dep_ == "poss" and c.lower_ == "whose" and verb.dep_ == "relcl":
                bodies += bodies_in(r, verb.head)  # "the Forum, whose leaders met in Honiara"
            elif c.dep_ in {"poss", "compound", "nmod"} and r.mention_at(c) is not None:
                bodies += bodies_in(r, c)  # "ASEAN('s) leaders"
            elif c.dep_ == "poss" and c.lemma_.lower() in words.body_nouns:
                bodies += bodies_in(r, c)  # "the bloc's foreign ministers met in Bangkok"
        bodies += [b for p in _pobjs(s, {"of"}) if r.mention_at(p) is not None for b in bodies_in(r, p)]
    bodies = [b for b in bodies if _standing(r, b.key)]
    if not bodies:
        return
    places = _places_at(r, verb)
    if not places:
        return
    # "met in New Delhi for a two-day summit": that summit; else the meeting the verb tells of
    events = _events_in(r, _pobjs(verb, {"for"}))
    if not events:
        summit = next((t for t in r.lex.topics if t.kind in words.convened_kinds), None)
        agents = tuple(dict.fromkeys(b.key for b in bodies))
        handle = r.topic(verb, named=summit, head="meeting", agents=agents, places=()) if summit else None
        events = [Ref(handle)] if handle is not None else []
    modality, conf = r.modality(verb)
    for event in events:
        for body in dict.fromkeys(b.key for b in bodies):
            r.emit(Ref(body, inferred=True), "ORGANIZED", event, modality, conf - 0.1)
        for place in dict.fromkeys(p.key for p in places):
            r.held_in(event, place, modality, conf - 0.05)


# ---- "Malaysia, this year's chair, ...", "Laos, the current chair": the body the story is about ----------
def _unnamed_chair(r: Reader, noun: Token) -> None:
    """A state named as the chair for a term ("this year's", "the current", "the rotating") with no body
    named chairs the body the last sentences named (MEMBER_OF, inferred)."""
    words = r.lex.words
    if any(
        c.dep_ == "prep" or ((m := r.mention_at(c)) is not None and m.label is Label.ORGANIZATION)
        for c in noun.children
    ):
        return  # "ASEAN's chair", "chair of the AU": the rules on member nouns read those
    term = [
        c
        for c in noun.children
        if c.dep_ in {"amod", "poss", "compound"}
        and (c.lemma_.lower() in words.chair_term_words or c.lower_ in words.chair_term_words)
    ]
    if not term:
        return
    # ("Malaysia, this year's chair, pressed ...": the parser may hang the state on the noun)
    inverted = [c for c in noun.children if c.dep_ in {"npadvmod", "appos"} and c.i < noun.i]
    if noun.dep_ == "appos":
        holders = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ in words.copulas:
        holders = [c for c in noun.head.children if c.dep_ == "nsubj"]
    elif inverted:
        holders = inverted
    elif noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in words.chair_taking_verbs:
        # (round 28) "the Philippines, which takes over the rotating chairmanship in January"
        holders, _ = subjects(noun.head)
    else:
        return
    members = _states_in(r, holders)
    if not members:
        return
    _emit(r, members, _story_body(r, noun), 0.7, status="chair")


def _story_body(r: Reader, token: Token) -> list[Ref]:
    """The standing body an unnamed one is: the last named in the sentences just before, else the one the
    article has named most so far (none on a tie)."""
    near = [b for b in r.definite_any(token, {Label.ORGANIZATION}) if _standing(r, b.key)]
    return near or _main_body(r)


# ---- "Qatar called on its fellow GCC members", "Hungary's fellow EU members" ------------------------------
def _fellow_members(r: Reader, noun: Token) -> None:
    """The owner of "fellow members" of a body is a member of it too (MEMBER_OF, inferred)."""
    words = r.lex.words
    if noun.dep_ == "compound" and r.mention_at(noun.head) is not None:
        noun = noun.head  # "Iran's fellow OPEC member Venezuela": the parser hangs all on the name
    if not any(c.dep_ == "amod" and c.lower_ in words.fellow_words for c in noun.children):
        return
    bodies = [
        b
        for c in noun.children
        if c.dep_ in {"compound", "nmod", "poss"} and r.mention_at(c) is not None
        for b in bodies_in(r, c)
    ]
    bodies += [b for p in _pobjs(noun, {"of"}) for b in bodies_in(r, p)]
    bodies += [  # ("fellow OPEC member Venezuela": the body on the member noun under the name)
        b
        for c in noun.children
        if c.dep_ == "compound" and c.lemma_.lower() in words.fellow_member_nouns
        for g in c.children
        if g.dep_ == "compound" and r.mention_at(g) is not None
        for b in bodies_in(r, g)
    ]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    members = _states_in(r, owners)
    _emit(r, members, bodies, 0.8)


# ---- "the talks, co-hosted by Saudi Arabia and the US", "the bloc was co-founded by A and B" ---------------
def _co_verb(r: Reader, verb: Token) -> None:
    """A verb with the prefix "co-", which the tokenizer splits off and the parser then misreads: the joint
    hosts of an event ORGANIZED it, the joint founders of a body are its members (both read from the 'by'
    phrase, whichever of the three tokens the parser hung things on)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    hosting, founding = lemma in words.co_hosting_verbs, lemma in words.founding_verbs
    backing = lemma in words.co_backing_verbs
    if not (hosting or founding or backing):
        return
    parts = [verb.nbor(-2), verb.nbor(-1), verb]
    if any(c.dep_ == "neg" for p in parts for c in p.children):
        return
    if backing:
        _co_backed(r, parts)
    by = agent(verb) or agent(parts[0])
    if by is None:
        return
    held = [c for p in parts for c in p.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not held:  # "the talks were co-hosted by": the subject may hang on the auxiliary
        auxiliaries = [p.head for p in parts if p.head.pos_ == "AUX"]
        auxiliaries += [a for p in parts for a in p.children if a.pos_ == "AUX"]
        held = [c for a in auxiliaries for c in a.children if c.dep_ == "nsubj"]
    if not held:
        held = [p.head for p in parts if p.dep_ in {"acl", "appos", "relcl"} and p.head not in parts][:1]
    doers = members_in(r, [by])
    if hosting:
        events = [x for h in held for x in r.refs(h) if label_of_ref(x, r.topics) is Label.EVENT]
        _organized(r, doers, events, Modality.ASSERTED, 0.8)
    else:
        _emit(r, doers, [b for h in held for b in bodies_in(r, h)], 0.8)


def _co_backed(r: Reader, parts: list[Token]) -> None:
    """A text "co-sponsored" or "co-authored" (the tokenizer splits the prefix off and the parser hangs the
    clause on "co") is backed by each of its sponsors (round 27, SUPPORTS): "the resolution was co-sponsored
    by Chile and Ghana", "Norway co-sponsored the resolution with Chile", "the text, which Peru co-drafted
    with Mexico"; never a wish ("hopes to co-sponsor") nor an event (the hosts of talks organise them)."""
    if any(_wished(r, p) for p in parts) or r.modality(parts[0])[0] is not Modality.ASSERTED:
        return
    children = [c for p in parts for c in p.children if c not in parts]
    children += [c for a in children if a.pos_ == "AUX" for c in a.children]  # (a subject on "was", "had")
    by = agent(parts[2]) or agent(parts[0])
    # (the parser misreads the clause: "the resolution was co-sponsored by X" and "the resolution, which X
    # co-sponsored" may make the text the subject of "co"; the labels tell the text from its sponsors)
    held = [c for c in children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    held += [p.head for p in parts if p.dep_ in {"acl", "relcl"} and p.head not in parts][:1]
    doers = [by] if by is not None else [c for c in children if c.dep_ == "nsubj"]
    with_partners = [w for k in (*parts, *held) for w in _pobjs(k, {"with"})]
    backers = [
        x
        for t in (*doers, *with_partners)
        for m in r.members(t)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) in _MEMBERS
    ]
    texts = [x for h in held for x in r.refs(h) if label_of_ref(x, r.topics) is Label.AGREEMENT]
    for text in dict.fromkeys(x.key for x in texts):
        for backer in dict.fromkeys(r.ctx.actor(b.key) for b in backers):
            r.emit(Ref(backer), "SUPPORTS", Ref(text), Modality.ASSERTED, 0.8)


# ---- "Brazil, the host of the G20 summit", "Saudi Arabia played host to the talks" ------------------------
def _host_noun(r: Reader, noun: Token) -> None:
    """The state or body named as the host of an event ORGANIZED it."""
    words = r.lex.words
    played = _pobjs(noun.head, {"to"}) if noun.head.lemma_.lower() in words.host_playing_verbs else []
    events = _events_in(r, _pobjs(noun, {"of", "to", "for"}) + played)
    if not events:
        return
    head = noun.head
    if noun.dep_ == "appos":
        holders = [head]
    elif noun.dep_ in {"attr", "dobj"} and head.lemma_.lower() in words.copulas | words.host_playing_verbs:
        if any(c.dep_ == "neg" for c in head.children):
            return
        holders = subjects(head)[0]
    elif noun.dep_ == "pobj" and head.lower_ == "as":
        holders = _host_as(r, head)
    else:
        holders = [c for c in noun.children if c.dep_ in {"npadvmod", "appos"} and c.i < noun.i]
    _organized(r, members_in(r, holders), events, Modality.ASSERTED, 0.8)


def _host_as(r: Reader, prep: Token) -> list[Token]:
    """Who is named 'as host' of an event (round 29): the name the phrase is set off after ("the decision of
    Solomon Islands, as host of the meeting, ..."), else the subject of the verb it hangs on ("As host of the
    summit, Brazil invited ...")."""
    doc, i = r.sent.doc, prep.i
    if i - 2 >= r.sent.start and doc[i - 1].text == "," and r.mention_at(doc[i - 2]) is not None:
        return [doc[i - 2]]
    verb = prep.head
    if verb.pos_ in {"VERB", "AUX"}:
        return subjects(verb)[0]
    return []


# ---- "Poland asked for consultations under Article 4 of the North Atlantic Treaty" -------------------------
def _treaty_article(r: Reader, article: Token) -> None:
    """A state that invokes or asks for consultations under an article of a body's founding treaty is a member
    of the body (MEMBER_OF, inferred): "invoked NATO's Article 4", "under Article 4 of the North Atlantic
    Treaty". Not when the clause is negated or only wished ("Ukraine cannot invoke Article 5")."""
    words = r.lex.words
    bodies = [
        b
        for c in article.children
        if c.dep_ == "poss" and r.mention_at(c) is not None
        for b in bodies_in(r, c)
    ]
    for p in _pobjs(article, {"of"}):
        text = " ".join(t.lower_ for t in p.subtree if t.dep_ != "det")
        key = words.treaty_bodies.get(text)
        if key is not None:
            bodies.append(Ref(r.ctx.place(key)))
    if not bodies:
        return
    verb = article.head
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or _wished(r, verb):
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    members = _states_in(r, subjects(verb)[0])
    _emit(r, members, bodies, 0.75)


# ---- "the SCO summit to be held in Astana", "the summit scheduled to take place in Nairobi" ---------------
def _to_be_held(r: Reader, verb: Token) -> None:
    """An event still to come, placed by an infinitive on its noun: HELD_IN the place (future)."""
    words = r.lex.words
    needed = words.held_verbs[verb.lemma_.lower()]
    if needed is not None and not any(c.lower_ == needed for c in verb.children):
        return
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    owner = verb.head
    if (
        verb.dep_ == "xcomp"
        and owner.dep_ in {"acl", "relcl"}
        and owner.lemma_.lower() in words.scheduled_words
    ):
        owner = owner.head  # "the summit scheduled to take place in Nairobi"
    elif verb.dep_ not in {"acl", "relcl"}:
        return
    events = _events_in(r, [owner])
    places = _places_at(r, verb)
    for event in events:
        for place in dict.fromkeys(p.key for p in places):
            r.held_in(event, place, Modality.FUTURE, 0.75)


# ---- "G7 nations Japan and Canada", "OPEC producers Iraq and Kuwait" ---------------------------------
def _class_members(r: Reader) -> None:
    """States named after a body and a noun of their class are its members (MEMBER_OF): "G7 nations Japan and
    Canada", "the EU countries France and Italy" (not "partner countries": partners are no members)."""
    classes = any_of(tuple(sorted(r.lex.words.member_class_nouns, key=len, reverse=True)))
    # (also set off by dashes or a colon: "five EU states — Spain, Slovakia and Cyprus — still ...")
    listing = any_of(tuple(r.lex.words.member_list_words))
    # (and by a listing word: "EU countries like Greece and Cyprus", "ASEAN states, including Laos"; round 27)
    dashes = "(?:[-–—:] |, )?"
    pattern = rf"(?<!non - )(?<!non )(?P<org>O#\d+) (?:{classes}) {dashes}(?:(?:{listing}) )?(?P<list>{LIST})"
    # ("Hungary, Slovakia and other EU states", "Chile and fellow Pacific Alliance members")
    items = r"(?:the )?C#\d+(?: , (?:the )?C#\d+)*"
    patterns = [pattern, rf"(?P<list>{items}) and (?:other|fellow) (?P<org>O#\d+) (?:{classes}|members?)\b"]
    for match in (m for p in patterns for m in re.finditer(p, signature(r))):
        org = mentions_in(r, match["org"])[0]
        if not _standing(r, org.key):
            continue
        members = [Ref(m.key) for m in mentions_in(r, match["list"]) if m.label is Label.COUNTRY]
        for member in members:
            r.emit(member, "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.8)


# ---- "all 27 member states, including Hungary", "several member states, Italy among them" (round 27) -------
def _listed_members(r: Reader, noun: Token) -> None:
    """States listed after a plural member noun that names no body of its own are members of the standing body
    the story is about (MEMBER_OF, inferred): "all 27 member states, including Hungary", "several member
    states, Italy among them", "member countries such as Chile", "its members, including Peru" (the body "its"
    is). An ally noun only with a count and for an alliance ("all 32 allies, including Norway"): "Kyiv's
    allies, including Germany" are allies (structure reads them), and "non-member states such as Norway" are
    none."""
    words = r.lex.words
    head = noun
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in words.member_class_nouns:
        head = noun.head  # "member states", "member countries"
    elif noun.dep_ == "compound":
        return
    if head.tag_ not in {"NNS", "NNPS"}:
        return
    mods = [c for t in {noun, head} for c in t.children if c != noun]
    if any(c.lower_ in words.not_member_words or c.dep_ == "neg" for c in mods):
        return
    owned = [c for c in mods if c.dep_ in {"poss", "nmod", "compound"}]
    if _pobjs(head, {"of"}) or any(c.pos_ != "PRON" for c in owned):
        return  # "EU member states, including ...", "members of the SCO, such as ...": the member rules
    named = [
        p
        for c in head.children
        if c.dep_ == "prep"
        and (
            c.lower_ in words.including_words
            or (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))
        )
        for p in c.children
        if p.dep_ == "pobj"
    ]
    among = any(g.dep_ == "prep" and g.lower_ == "among" for g in head.children)
    named += [  # "Italy among them" (the model hangs "among" on the name or on the noun)
        c
        for c in head.children
        if c.dep_ == "appos" and (among or any(g.dep_ == "prep" and g.lower_ == "among" for g in c.children))
    ]
    named += [c for p in named for c in p.conjuncts]
    members = _states_in(r, named)
    if not members:
        return
    if owned:
        bodies = [b for c in owned for b in bodies_in(r, c) if _standing(r, b.key)]
    else:
        # ("the bloc could reimpose tariffs ... (an option that several member states favour)": the body the
        # sentence calls by a body noun, else the one the article names most, else the last one named)
        said = [
            b
            for t in r.sent
            if t.i < head.i and t.lemma_.lower() in words.body_nouns and r.mention_at(t) is None
            for b in bodies_in(r, t)
            if _standing(r, b.key)
        ]
        bodies = said[-1:] or _main_body(r) or _story_body(r, head)
    if noun.lemma_.lower() != "member":  # an ally noun: counted, of an alliance
        counted = any(c.dep_ == "nummod" or c.lower_ == "all" for c in mods)
        bodies = [b for b in bodies if counted and _kind(r, b.key) == "alliance"]
    _emit(r, members, bodies, 0.75)


def _main_body(r: Reader) -> list[Ref]:
    """The standing body the article has named most so far, when it leads (the story's body: "the member
    states" of a story about ECOWAS are ECOWAS's, though the AES was named last)."""
    named = sorted(((n, k) for k, n in r.ctx.counts.items() if n and _standing(r, k)), reverse=True)
    if named and (len(named) == 1 or named[0][0] > named[1][0]):
        return [Ref(named[0][1], inferred=True)]
    return []


# ---- "Malaysia, as chair of ASEAN, convened ...", "in his capacity as chair of the AU" (round 27) ----------
def _member_word(r: Reader, noun: Token) -> bool:
    """A member noun: "member", or "member state / country" (no "non-member")."""
    words = r.lex.words
    if any(c.lower_ in words.not_member_words for c in noun.subtree):
        return False
    if noun.lemma_.lower() == "member":
        return True
    return noun.lemma_.lower() in words.member_class_nouns and any(
        c.dep_ == "compound" and c.lemma_.lower() == "member" for c in noun.children
    )


def _capacity_chair(r: Reader, noun: Token, status: str | None = "chair") -> None:
    """Who acts as a body's chair is a member of it (MEMBER_OF, inferred, status chair): "Malaysia, as chair
    of ASEAN, convened the meeting", "Speaking as chair of the AU, Mauritania's president ...", "Prime
    Minister Anwar Ibrahim, in his capacity as chair of ASEAN" (an official stands for his state)."""
    bodies = [b for p in _pobjs(noun, {"of"}) for b in bodies_in(r, p)]
    bodies += [  # ("as an EU member state": the body on the member word too)
        b
        for k in (noun, *(c for c in noun.children if c.dep_ == "compound"))
        for c in k.children
        if c.dep_ in {"poss", "compound"} and r.mention_at(c) is not None
        for b in bodies_in(r, c)
    ]
    if not bodies:
        return
    anchor = noun.head.head
    owner = [c for c in anchor.children if c.dep_ == "poss"] if anchor.pos_ == "NOUN" else []
    if anchor.pos_ == "NOUN" and r.mention_at(anchor) is None and anchor.dep_ == "pobj" and not owner:
        anchor = anchor.head.head  # "in the capacity of ... as chair": what the capacity phrase hangs on
    if owner and r.mention_at(anchor) is None:
        holders = owner  # "in his capacity as chair of ASEAN": whose capacity it is
    elif anchor.pos_ in {"VERB", "AUX"}:
        bid = anchor.lemma_.lower() in r.lex.words.bid_verbs and not direct_objects(anchor)
        if _wished(r, anchor) or bid:
            return  # "hopes to serve as chair of the AU next year", "applied as a member" (not "apply rules")
        # ("As an EU member, Ireland is bound by the rules": the passive's own subject, not its agent)
        holders = [c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}] or subjects(anchor)[0]
        if not holders and anchor.dep_ == "advcl" and anchor.head.i < anchor.i:
            holders = [
                anchor.head
            ]  # "Angola, as chair of the AU, called ...": the model makes the name the root
    else:
        holders = [anchor]
    keys = [r.ctx.actor(x.key) for h in holders for x in r.refs(h, topics=False)]
    members = [Ref(k, inferred=True) for k in keys if (n := r.ctx.nodes.get(k)) and n.label is Label.COUNTRY]
    _emit(r, members, bodies, 0.75, status=status)


def _spoke_for(r: Reader, verb: Token) -> None:
    """A state speaking for a standing body belongs to it (round 27, MEMBER_OF, inferred): "Iraq, speaking on
    behalf of the Group of 77, backs ...", "Speaking for the Arab Group, Egypt said ...". The participle hangs
    on the state ("X, speaking for Y") or opens the clause whose subject it is; never a state or an
    unnamed people spoken for, nor a wish ("hopes to speak for the AU")."""
    spoken = _pobjs(verb, {"for"}) + [
        p for b in _pobjs(verb, {"on", "in"}) if b.lower_ == "behalf" for p in _pobjs(b, {"of"})
    ]
    bodies = [b for p in spoken for b in bodies_in(r, p) if _standing(r, b.key)]
    if not bodies or any(c.dep_ == "neg" for c in verb.children):
        return
    if verb.dep_ == "acl" and r.mention_at(verb.head) is not None:
        holders, clause = [verb.head], verb.head.head
    elif verb.dep_ == "advcl":
        holders, clause = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}], verb.head
    else:
        return
    if clause.pos_ in {"VERB", "AUX"} and _wished(r, clause):
        return
    members = [
        Ref(x.key, inferred=True)
        for h in holders
        for x in r.refs(h, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    _emit(r, members, bodies, 0.75)


# ---- "Ecuador, which holds a seat on the Security Council", "Kazakhstan sits on the board" (round 27) ------
def _seat_body(r: Reader, place: Token) -> list[Ref]:
    """The body a seat is on: the one named ("on the Security Council"), or the body whose organ it is ("on
    the board of the IAEA")."""
    return bodies_in(r, place) or [b for p in _pobjs(place, {"of"}) for b in bodies_in(r, p)]


def _seat_held(r: Reader, noun: Token) -> None:
    """A state that holds, occupies or won a seat on a body is a member of it (MEMBER_OF, inferred): "Ecuador,
    which holds a seat on the Security Council", "Japan took up its seat on the council in January". Not a
    seat sought, lost or denied ("Brazil wants a permanent seat", "lost its seat")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in r.lex.words.seat_holding_verbs:
        return
    if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
        return
    if _wished(r, verb):
        return
    bodies = [
        b
        for p in _pobjs(noun, r.lex.words.seat_preps) + _pobjs(verb, r.lex.words.seat_preps)
        for b in _seat_body(r, p)
    ]
    _emit(r, _states_in(r, subjects(verb)[0]), bodies, 0.75)


def _sits_on(r: Reader, verb: Token) -> None:
    """'Kazakhstan sits on the board of the IAEA', 'Mexico, which sits on the Security Council': a member."""
    if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
        return
    if _wished(r, verb):
        return
    bodies = [b for p in _pobjs(verb, {"on"}) for b in _seat_body(r, p)]
    _emit(r, _states_in(r, subjects(verb)[0]), bodies, 0.75)


# ---- "Brazil's presidency of the G20", "Hungary's EU presidency" (round 27) --------------------------------
def _owned_chair(r: Reader, noun: Token) -> None:
    """A state's chair of a body makes it a member (MEMBER_OF, inferred, status chair): "Brazil's presidency
    of the G20 ends", "during Hungary's EU presidency". Not a chair still wished for ("Poland's bid for the
    presidency")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    states = _states_in(r, owners)
    if not states or _wished(r, noun):
        return
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in r.lex.words.bid_nouns:
        return  # "Poland's bid for its presidency"
    bodies = [b for p in _pobjs(noun, {"of"}) for b in bodies_in(r, p)]
    bodies += [
        b
        for c in noun.children
        if c.dep_ in {"compound", "nmod"} and r.mention_at(c) is not None
        for b in bodies_in(r, c)
    ]
    _emit(r, states, [b for b in bodies if _standing(r, b.key)], 0.75, status="chair")


# ---- "the bloc lifted Mali's suspension", "Guinea's suspension from ECOWAS" (round 27) ---------------------
def _suspension(r: Reader, noun: Token) -> None:
    """A state's suspension from a body keeps it a member with that status (MEMBER_OF, inferred, status
    suspended; the dev convention for "froze its participation"): "Guinea's suspension from ECOWAS", "the AU
    lifted Mali's suspension", "the suspension of Niger by the bloc". Not one threatened ("threatened Mali
    with suspension")."""
    words = r.lex.words
    states = _states_in(r, [c for c in noun.children if c.dep_ == "poss"] + _pobjs(noun, {"of"}))
    if not states or _wished(r, noun):
        return
    # ("from participation in all activities of the AU": the body anywhere in the phrase)
    bodies = [b for p in _pobjs(noun, {"from", "by"}) for t in p.subtree for b in bodies_in(r, t)]
    verb = noun.head
    if not bodies and noun.dep_ in {"dobj", "obj"} and verb.pos_ == "VERB":
        if r.modality(verb)[0] is not Modality.ASSERTED or any(c.dep_ == "neg" for c in verb.children):
            return
        bodies = [b for s in subjects(verb)[0] for b in bodies_in(r, s)]
    elif noun.dep_ == "pobj" and verb.lower_ == "with":
        return  # "threatened Mali with suspension": no suspension yet
    # (an organ suspends for its body: "the AU Peace and Security Council lifted the suspension")
    found = [Ref(_body_of(r, b.key)) for b in bodies]
    # (a suspension lifted leaves a full member: "the AU lifted Gabon's suspension")
    ended = verb.lemma_.lower() in words.suspension_ending_verbs or any(
        t.lemma_.lower() in words.suspension_ending_verbs for t in noun.ancestors if t.pos_ == "VERB"
    )
    status = None if ended else words.status_verbs["suspend"].member
    _emit(r, states, [b for b in found if _standing(r, b.key)], 0.7, status=status)


def _body_of(r: Reader, key: str) -> str:
    """The body an organ belongs to (the gazetteer's parent: the AU for its Peace and Security Council)."""
    place = r.ctx.gazetteer.places.get(key)
    parent = place.attrs.get("parent") if place and not place.attrs.get("own_members") else None
    return r.ctx.place(parent) if parent else key


# ---- "Trump designated Qatar a major non-NATO ally", "Pakistan called China its closest ally" (round 27) ---
def designated_ally(r: Reader, noun: Token) -> bool:
    """Who names another its ally, by a verb of designating or calling with the ally noun as the object's
    predicate, is allied with it (ALLY_OF): "Washington designated Qatar a major non-NATO ally", "Pakistan
    called China its closest ally". Whether the noun was read so (then the other ally rules are skipped); not
    "refused to call Moscow an ally", "no longer considers Russia an ally"."""
    words = r.lex.words
    if noun.dep_ in {"oprd", "xcomp"}:
        verb = noun.head
        named = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    elif noun.dep_ == "appos" and noun.head.dep_ in {"dobj", "obj"}:
        verb, named = noun.head.head, [noun.head]  # (the model hangs the predicate on the object)
    elif noun.dep_ in {"dobj", "obj"}:  # (or reads two objects: "designated [Kenya] [a major ally]")
        verb = noun.head
        named = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i < noun.i]
        if not named:
            return False
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.ally_naming_verbs or not named:
        return False  # ("Tajikistan is considered a close ally of Tehran": the passive, read elsewhere)
    if _pobjs(noun, {"of"}) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ in {"neg", "advmod"}]
    if any(c.dep_ == "neg" or c.lower_ in words.former_words | {"longer"} for t in said for c in t.subtree):
        return True  # "no longer considers Russia an ally"
    modality, conf = r.modality(verb)
    namers = [Ref(r.ctx.actor(x.key)) for s in subjects(verb)[0] for x in r.refs(s, topics=False)]
    allies = members_in(r, named)
    for namer in dict.fromkeys(n.key for n in namers if label_of_ref(n, r.topics) in _MEMBERS):
        for ally in dict.fromkeys(a.key for a in allies):
            if ally != namer:
                r.emit(Ref(namer), "ALLY_OF", Ref(ally), modality, min(conf, 0.8))
    return True


# ---- "Kenya, the largest contributor to the mission" (round 27) --------------------------------------------
def _contributor(r: Reader, noun: Token) -> None:
    """A state named as a contributor to a mission or force is in it (MEMBER_OF, inferred): "Kenya, the
    largest contributor to the mission", "Rwanda is a major troop contributor to UNMISS" (not to a fund or a
    budget: the body must be a mission)."""
    places = _pobjs(noun, {"to"})
    bodies = [b for p in places for b in bodies_in(r, p) if _mission(r, b.key)]
    bodies = bodies or _mission_meant(r, noun, places)
    holders = _named_as(r, noun)
    if bodies and holders:
        _emit(r, _states_in(r, holders), bodies, 0.7)


def _named_as(r: Reader, noun: Token) -> list[Token]:
    """Who a noun describes: the name it is apposed to, or the subject of a copula it is the attribute of
    (none under a negation or a modal: "Chad is not a contributor")."""
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ in r.lex.words.copulas:
        verb = noun.head
        if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


# ---- "Saudi Arabia, OPEC's biggest producer", "Nigeria is the bloc's largest economy" (round 27) -----------
def _owned_class(r: Reader, noun: Token) -> None:
    """A state named as one of a body's states, producers or economies is a member (MEMBER_OF, inferred):
    "Saudi Arabia, OPEC's biggest producer", "Nigeria is the bloc's largest economy" (not "non-OPEC")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or any(c.lower_ in r.lex.words.not_member_words for c in noun.subtree):
        return
    bodies = [b for c in owners for b in bodies_in(r, c) if _standing(r, b.key)]
    holders = _named_as(r, noun)
    if bodies and holders:
        _emit(r, _states_in(r, holders), bodies, 0.75)


# ---- "withdraw from the Rome Statute of the International Criminal Court" (round 27) -----------------------
def founding_bodies(r: Reader, texts: list[Token]) -> list[Ref]:
    """The bodies whose founding text these tokens name ("the Rome Statute of the International Criminal
    Court", "the Charter of the OAS"): leaving the text leaves the body (the name may be one mention with the
    text's, so the body is looked up in the gazetteer)."""
    out: list[Ref] = []
    for t in texts:
        if t.lemma_.lower() not in r.lex.words.founding_text_words:
            continue
        for p in _pobjs(t, {"of"}):
            found = resolve(" ".join(w.text for w in p.subtree if w.dep_ != "det"))
            if found is not None and found[0] is Label.ORGANIZATION:
                out.append(Ref(r.ctx.place(found[1])))
    return out


# ---- "Peru and Bolivia, the other members, ...", "Estonia, a member since 2004" (round 29) ----------------
def _apposed_members(r: Reader, noun: Token) -> None:
    """States a bare member noun is apposed to belong to the standing body the story is about (MEMBER_OF,
    inferred): "Peru and Bolivia, the other members, urged calm", "Estonia, a member since 2004, ...". Not a
    member noun that names its body ("a member of the SCO", "the bloc's members": the member rules), nor a
    former, prospective or non-member, nor a seat ("a non-permanent member": seat_bodies)."""
    if not _bare_member(r, noun):
        return
    states = _states_in(r, [noun.head, *noun.head.conjuncts])
    if states:
        _emit(r, states, _story_body(r, noun), 0.7)


def _bare_member(r: Reader, noun: Token) -> bool:
    """A member noun that names no body, is not negated, and is no former, prospective or non-member, nor a
    seat ("a non-permanent member": seat_bodies)."""
    words = r.lex.words
    mods = list(noun.children)
    if _pobjs(noun, {"of", "in"}) or any(
        c.dep_ in {"poss", "compound", "nmod"} and c.pos_ != "PRON" for c in mods
    ):
        return False
    text = noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text.lower()
    said = {*text.split(), *text.replace("-", " ").split()}
    if any(c.dep_ == "neg" for c in noun.subtree) or said & words.not_member_words:
        return False  # ("a would-be member", "a non-member": the parser splits the hyphenated word)
    return not any(c.dep_ == "amod" and c.lower_ in words.seat_bodies for c in mods)


def _member_predicate(r: Reader, noun: Token) -> None:
    """States said to be or become members with no body named belong to the standing body the story is about
    (round 36; MEMBER_OF, inferred): "Egypt and Iran became members last year", "Estonia has been a member
    since 2004". Not "could become a member", "is not a member", nor an infinitive ("invited to become a
    member": the invitation rules)."""
    verb = noun.head
    if verb.lemma_.lower() not in r.lex.words.member_copulas or verb.dep_ in {"xcomp", "ccomp", "advcl"}:
        return
    if any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED:
        return
    if not _bare_member(r, noun):
        return
    holders = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    states = _states_in(r, holders)
    if states:
        _emit(r, states, _story_body(r, noun), 0.7)


# ---- "the commission, which brings together Cambodia, Laos, Thailand and Vietnam" (round 29) ---------------
def gathered_members(r: Reader, verb: Token) -> bool:
    """A standing body that, in the present, brings states together is made of them (MEMBER_OF, inferred):
    "the Mekong River Commission, which brings together Cambodia, Laos, Thailand and Vietnam". Whether the
    verb was read so (then its parties met no one by it); not talks or a summit, which gather (MET_WITH)."""
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    holders = subjects(verb)[0]
    bodies = [b for h in holders for b in bodies_in(r, h) if _standing(r, b.key)]
    if not bodies:
        return False
    _emit(r, _states_in(r, direct_objects(verb)), bodies, 0.7)
    return True
