"""Force and violence read the way the conventions want (round 22): which "attacks" are words, which
reports of fighting make the reporter no party to it. Vocabulary in lexicon.yaml's "force and violence"
block."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import direct_objects, subjects
from loaders.extract.lexicon import Topic
from loaders.extract.mentions import region_of
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, actors_besides, label_of_ref
from loaders.extract.topics import topic_of


def spoken_attack(r: Reader, verb: Token) -> bool:
    """'Iranian state media attacked the West', 'a statement from Beijing attacked Washington's decision',
    'KCNA attacked Seoul for holding drills': a verb of force whose subject is a medium, a statement or a
    spokesperson, whose object is a stance or an act, or that is given a reason or a label, is words
    (CRITICIZES), not violence; so is one 'out at' someone ('hit out at London')."""
    words = r.lex.words
    if any(c.dep_ == "prt" and c.lower_ in words.spoken_particles for c in verb.children):
        return True  # "Tehran hit out at London": words, whatever the verb
    if verb.lemma_.lower() not in words.spoken_force_verbs:
        return False
    for s in subjects(verb)[0]:
        heads = [s, *(c for c in s.children if c.dep_ in {"compound", "amod"})]
        if any(h.lemma_.lower() in words.outlet_nouns for h in heads) or s.text in r.lex.media:
            return True
    if any(s.lemma_.lower() in words.armed_subjects for s in subjects(verb)[0]):
        return False  # "Israeli jets attacked Hezbollah positions as part of the offensive"
    if any(o.lemma_.lower() in words.criticized_objects for o in direct_objects(verb)):
        return True
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"as", "for"}:
            continue
        for p in c.children:
            if p.dep_ == "pcomp" and p.tag_ == "VBG":  # "attacked Seoul for holding drills"
                return True
            if p.dep_ != "pobj":
                continue
            purpose = p.lemma_.lower() in words.force_purpose_nouns  # ("as part of", "as a reprisal")
            if c.lower_ == "as" and p.pos_ in {"NOUN", "ADJ"} and not purpose:  # "attacked X as a traitor"
                return True
            owned = any(g.dep_ == "poss" for g in p.children)  # "attacked NATO for its exercises"
            if c.lower_ == "for" and (
                p.tag_ == "VBG" or owned or p.lemma_.lower() in words.criticized_objects
            ):
                return True
    return False


def _attack_noun(r: Reader, token: Token) -> Topic | None:
    """The attack topic a noun names ("a drone strike", "the bombing", "a cyberattack"), if any."""
    kind = topic_of(token, r.lex, r.active)
    if kind is None or r.mention_at(token) is not None:
        return None
    if kind.kind in r.lex.words.struck_kinds or token.lemma_.lower() in r.lex.words.offensive_nouns:
        return kind
    return None


def _attributed_to(r: Reader, holder: Token) -> list[Ref]:
    """Who a participle or passive of attribution names: 'blamed on Israel', 'attributed to Russia',
    'carried out by North Korean hackers' (a state's agents named by its adjective stand for it), 'ordered
    by President Ruto' (a leader's order is his state's act)."""
    words = r.lex.words
    prep = words.attributing_verbs.get(holder.lemma_.lower())
    if prep is None:
        return []
    out: list[Ref] = []
    for c in holder.children:
        if c.dep_ not in {"prep", "agent"} or c.lower_ != prep:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for t in (p, *p.conjuncts):
                found = [x for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
                if not found:  # "by North Korean hackers": the state its agents are named by
                    found = [
                        Ref(m.key)
                        for a in t.children
                        if a.dep_ in {"amod", "compound", "nmod"}
                        and (m := r.mention_at(a)) is not None
                        and m.label is Label.COUNTRY
                    ]
                out += found
    return out


def attack_clause(r: Reader, verb: Token, emit_all: Callable[..., None]) -> None:
    """'A drone strike blamed on Israel hit a convoy in Sudan', 'an attack claimed by al-Shabaab killed 20
    people in Nairobi', 'the bombing was attributed to Hezbollah': an attack named by a noun, its doer named
    by attribution (or by the noun's own modifiers), is ORGANIZED by the doer, HELD_IN the region it hit and
    ATTACKED the state it hit (the attack convention). emit_all: the rules' emitter (its checks of labels)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if lemma in words.attributing_verbs and passive:  # "the bombing was blamed on Hezbollah"
        nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
        hitting = None
    elif lemma in words.attributing_verbs and not passive and verb.tag_ != "VBN":
        nouns = direct_objects(verb)  # "Canberra attributed the cyberattack on its parliament to China"
        hitting = None
    elif lemma in words.copulas:  # "Russian military intelligence was behind the cyberattack"
        behind = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.charging_preps]
        nouns = [p for c in behind for p in c.children if p.dep_ == "pobj"]
        hitting = None
        if nouns and _attack_noun(r, nouns[0]) is not None:
            subjects_ = [x for s in subjects(verb)[0] for x in r.refs(s, topics=False)]
            _organized_by(
                r, verb, nouns[0], [x for x in subjects_ if label_of_ref(x, r.topics) in ACTORS], emit_all
            )
        return
    elif lemma in words.attributing_verbs and verb.dep_ == "acl" and verb.tag_ == "VBN":
        nouns = [verb.head]  # "a cyberattack attributed to Russia", whatever the clause around it
        hitting = None
    elif lemma in words.harming_verbs and not passive and verb.tag_ != "VBN":
        nouns = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        hitting = verb
        victims = direct_objects(verb)
    elif lemma in words.harming_verbs and passive:  # "two soldiers were killed by Pakistani shelling in Uri"
        nouns = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        hitting = verb
        victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return
    for noun in nouns:
        kind = _attack_noun(r, noun)
        if kind is None:
            continue
        doers = [x for v in ([verb] if hitting is None else []) for x in _attributed_to(r, v)]
        # "a strike blamed on Israel", "the shelling, which Kyiv blamed on Russia,"
        doers += [
            x
            for c in noun.children
            if (c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "relcl"
            for x in _attributed_to(r, c)
        ]
        if hitting is not None and not doers:
            parts = r.topic_parts(noun, kind.kind)
            doers = [Ref(k) for k in parts.agents if label_of_ref(Ref(k), r.topics) in STATES]
        if not doers:
            continue
        handle = r.topic(noun)
        if handle is None:
            continue
        modality, conf = r.modality(verb)
        emit_all(r, "ORGANIZED", doers, [Ref(handle, inferred=True)], modality, conf - 0.1)
        if hitting is None:
            _noun_struck(r, verb, noun, doers, emit_all)
            continue
        _noun_struck(r, verb, noun, doers, emit_all)  # "the Pakistani shelling of Indian villages killed ..."
        places, states = _hit(r, hitting, victims)
        for place in places:
            r.held_in(Ref(handle), place, modality, conf - 0.15)
        own = {r.ctx.actor(x.key) for x in doers}
        hit = [Ref(k, inferred=True) for k in states if r.ctx.actor(k) not in own]
        emit_all(r, "ATTACKED", doers, hit, modality, conf - 0.15)


def _hit(r: Reader, verb: Token, victims: list[Token]) -> tuple[list[str], list[str]]:
    """The regions (where) and states (whom) a verb of harm names: 'hit a convoy in Sudan', 'killed ten
    people in northern Yemen', 'crippled Estonian government websites', "hit Kharkiv's railway station"."""
    objects = [t for o in victims for t in r.members(o)]
    named = [*objects]
    named += [
        p
        for t in [verb, *objects]
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in r.lex.words.locative_preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    named += [
        a
        for t in objects
        if r.mention_at(t) is None
        for a in t.children
        if a.dep_ in {"amod", "compound", "nmod", "poss"}
    ]
    places: list[str] = []
    states: list[str] = []
    for t in named:
        m = r.mention_at(t)
        side = r.side_region(t) if t.pos_ in {"NOUN", "PROPN"} else None
        if side is not None and side not in places:  # "in eastern Syria", "in the south of Lebanon"
            places.append(side)
        if m is None:
            continue
        if m.label is Label.COUNTRY:
            if m.key not in states:
                states.append(m.key)
            if m.kind == "capital" and m.region and m.region not in places:  # "killed 20 people in Nairobi"
                places.append(m.region)
        elif (place := region_of(m, r.ctx)) is not None and place not in places:
            places.append(place)
    return places, states


def border_places_state(r: Reader, objects: list[Token]) -> list[str]:
    """'shelled the Armenian border town of Jermuk', 'besieged the Eritrean town of Tsorona': a town or
    region struck, named by its state's adjective, is that state's (the state is hit)."""
    return [
        m.key
        for o in objects
        if r.mention_at(o) is None and o.lemma_.lower() in r.lex.words.region_nouns
        for c in o.children
        if c.dep_ in {"amod", "compound", "nmod"}
        and (m := r.mention_at(c)) is not None
        and m.label is Label.COUNTRY
        and m.kind == "demonym"
    ]


def forces_entered(r: Reader, verb: Token, emit_all: Callable[..., None]) -> None:
    """'Eritrean troops crossed into Ethiopia', 'Rwandan soldiers crossed the border into Congo', 'Ugandan
    tanks pushed deep into Sudan': a state's fighting forces entering another state's land INVADED it (not
    at anyone's invitation or request, and not peacekeepers or police)."""
    words = r.lex.words
    if verb.lemma_.lower() not in words.invading_verbs:
        return
    if not any(s.lemma_.lower() in words.invading_forces for s in subjects(verb)[0]):
        return
    holders = [verb, *(c for c in verb.children if c.dep_ == "advmod")]  # "pushed deep into"
    into = [
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
    ]
    asked = any(t.lemma_.lower() in words.behest_nouns for t in verb.subtree)  # "at the invitation of"
    if not into or asked:
        return
    sources = [x for s in subjects(verb)[0] for x in r.refs(s, topics=False) or _adjective_states(r, s)]
    sources = [x for x in sources if label_of_ref(x, r.topics) is Label.COUNTRY]
    own = {r.ctx.actor(x.key) for x in sources}
    targets = [  # "into Ethiopia", "into eastern Congo", "into Congo's Ituri province"
        Ref(m.key, inferred=p.lemma_.lower() in words.region_nouns)
        for p in into
        for t in (p, *p.conjuncts, *(c for c in p.children if c.dep_ in {"compound", "amod", "poss"}))
        if (m := r.mention_at(t)) is not None and m.label is Label.COUNTRY and r.ctx.actor(m.key) not in own
    ]
    if not sources or not targets:
        return
    modality, conf = r.modality(verb)
    emit_all(r, "INVADED", sources, targets, modality, conf - 0.1)


def _adjective_states(r: Reader, noun: Token) -> list[Ref]:
    """'Iraqi armoured columns': the states a noun's adjectives name."""
    mentions = [r.mention_at(a) for a in noun.children if a.dep_ == "amod"]
    return [Ref(m.key) for m in mentions if m is not None and m.label is Label.COUNTRY]


def _organized_by(
    r: Reader, verb: Token, noun: Token, doers: list[Ref], emit_all: Callable[..., None]
) -> None:
    """The doers ORGANIZED the attack a noun names (as 'verb' states it)."""
    handle = r.topic(noun) if doers else None
    if handle is not None:
        modality, conf = r.modality(verb)
        emit_all(r, "ORGANIZED", doers, [Ref(handle, inferred=True)], modality, conf - 0.1)
        _noun_struck(r, verb, noun, doers, emit_all)


def _noun_struck(
    r: Reader, verb: Token, noun: Token, doers: list[Ref], emit_all: Callable[..., None]
) -> None:
    """'the cyberattack on the Ukrainian grid', 'the attack on its parliament' (Canberra's): the state whose
    thing the attack named was aimed at is ATTACKED by its doers (inferred)."""
    preps = {"on", "against"}
    if noun.lower_ in r.lex.words.place_striking_words:  # "the Pakistani shelling of Indian villages"
        preps.add("of")
    aimed = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    tokens = [*aimed, *(a for p in aimed for a in p.children if a.dep_ in {"amod", "poss", "compound"})]
    own = {r.ctx.actor(x.key) for x in doers}
    hit = actors_besides(r, tokens, own, {Label.COUNTRY})
    if hit:
        modality, conf = r.modality(verb)
        emit_all(r, "ATTACKED", doers, list({x.key: x for x in hit}.values()), modality, conf - 0.15)
