"""Material support told by what it goes to (round 27, issue 11): the convention reads arms, money and forces
given to an actor as SUPPORTS of the receiver (with AIDS, the PLOVER kind), `inferred` where the receiver is
reached through its forces or its operation.

- Anything supplied to a state's armed forces is military aid to the state: "sanctioned for supplying
  components to Russia's military", "sells spare parts to the Sudanese army", "supplied much of Pakistan's
  military hardware" (the receiver as the possessor of the kit supplied).
- Money towards a state's operation, deployment or mission backs the state (or the named mission): "paid for
  part of the Rwandan operation", "paid 20 million euros towards the Kenyan deployment", "agreed to fund the
  Chadian contingent".

The modality is the verb's: "refused to fund", "threatened to stop supplying" and "would pay for" give
nothing. The words are lexicon data (aid block: armed_supplying_verbs, armed_receivers, supplied_kit,
funding_verbs, cost_verbs, funded_operations).
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extract.args import direct_objects, prep_objects
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref
from loaders.extract.signature import sentence_words


def aid_claims(r: Reader) -> None:
    """The rules of this module over one sentence (skipped where none of their words is in it)."""
    words = r.lex.words
    lemmas = sentence_words(r)
    if lemmas & words.armed_supplying_verbs and lemmas & (words.armed_receivers | words.supplied_kit):
        for verb in r.sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in words.armed_supplying_verbs:
                _supplied_forces(r, verb)
    if lemmas & words.arms_contract_nouns:
        for noun in r.sent:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.arms_contract_nouns:
                _arms_contract(r, noun)
    if lemmas & words.funding_verbs and lemmas & words.funded_operations:
        for verb in r.sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in words.funding_verbs:
                _funded_operation(r, verb)


def _owners(r: Reader, noun: Token) -> list[Ref]:
    """The states or bodies a noun's possessor or modifier names ("Russia's military", "the Sudanese army",
    "the Rwandan deployment"), inferred."""
    return [
        Ref(x.key, inferred=True)
        for c in noun.children
        if c.dep_ in {"poss", "amod", "compound", "nmod"}
        for t in (c, *c.conjuncts)
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _held(r: Reader, noun: Token) -> Token:
    """The noun a quantity or a part stands before: "much of Pakistan's hardware", "part of the operation",
    "the cost of the deployment" (the noun itself otherwise)."""
    words = r.lex.words
    for _ in range(2):
        if noun.lemma_.lower() in words.part_words | words.cost_nouns or noun.pos_ in {"NUM", "ADJ"}:
            inner = prep_objects(noun, "of")
            if not inner:
                break
            noun = inner[0]
    return noun


def _emit(r: Reader, verb: Token, targets: list[Ref]) -> None:
    """AIDS and SUPPORTS from the verb's subjects to the targets that are not their own."""
    if not targets:
        return
    sources, _ = _subject_refs(r, verb)  # ("sanctioned X for supplying ...": X, args.subjects)
    sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
    own = {r.ctx.actor(x.key) for x in sources}
    targets = [x for x in targets if r.ctx.actor(x.key) not in own]
    if not sources or not targets:
        return
    modality, conf = r.modality(verb)
    _emit_all(r, "AIDS", sources, targets, modality, conf - 0.2)
    _emit_all(r, "SUPPORTS", sources, targets, modality, conf - 0.2)


def _supplied_forces(r: Reader, verb: Token) -> None:
    """'supplying components to Russia's military', 'supplied the Malian army with drones', 'supplied much
    of Pakistan's military hardware': the state whose forces get the goods, or whose kit they are."""
    words = r.lex.words
    objects = direct_objects(verb)
    given = [  # ('to' read as a dative too: "sells spare parts to the Sudanese army")
        p
        for h in (verb, *objects)
        for c in h.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if prep_objects(verb, "with"):  # "supplied the Malian army with drones": the object receives
        given += objects
    targets = [
        x
        for t in given
        if t.lemma_.lower() in words.armed_receivers
        for x in _owners(r, t)
        if label_of_ref(x, r.topics) in STATES
    ]
    for o in objects:  # "supplied much of Pakistan's military hardware": the kit's owner
        kit = _held(r, o)
        if kit.lemma_.lower() in words.supplied_kit:
            targets += [
                Ref(c.key, inferred=True)
                for p in kit.children
                if p.dep_ == "poss"
                for c in r.refs(p, topics=False)
                if label_of_ref(c, r.topics) in STATES
            ]
    _emit(r, verb, targets)


def _funded_operation(r: Reader, verb: Token) -> None:
    """'paid for part of the Rwandan operation', 'paid 20 million euros towards the Kenyan deployment',
    'agreed to fund the Chadian contingent': the state whose operation it is (or the named mission)."""
    words = r.lex.words
    objects = direct_objects(verb)
    paid = objects + [
        p for h in (verb, *objects) for phrase in words.funding_preps for p in prep_objects(h, phrase)
    ]
    targets: list[Ref] = []
    for t in paid:
        if verb.lemma_.lower() in words.cost_verbs and t.lemma_.lower() not in words.cost_nouns:
            continue  # "covered the Kenyan deployment" is news coverage
        held = _held(r, t)
        if held.lemma_.lower() not in words.funded_operations:
            continue
        targets += _owners(r, held)
        if r.mention_at(held) is not None:  # a mission named ("funded EUMM"), not "the mission" read back
            targets += [
                Ref(x.key, inferred=True)
                for x in r.refs(held, topics=False)
                if label_of_ref(x, r.topics) in ACTORS
            ]
    _emit(r, verb, targets)


def _arms_contract(r: Reader, noun: Token) -> None:
    """(r38) 'signed a contract with Sweden for 24 fighter jets', 'a deal with Seoul for 48 howitzers': the
    partner sells arms to the one who signs (convention D: AIDS and SUPPORTS, inferred). Only arms after
    'for' (lexicon supplied_arms, weapon_names), not "a deal with Seoul for grain"."""
    words = r.lex.words
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return
    bought = [_held(r, p) for h in (noun, verb) for p in prep_objects(h, "for")]  # (on the verb at times)
    if not any(b.lemma_.lower() in words.supplied_arms or b.text in words.weapon_names for b in bought):
        return
    sellers = [
        Ref(x.key, inferred=True)
        for p in prep_objects(noun, "with") + prep_objects(verb, "with")
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    if not sellers:
        return
    buyers, _ = _subject_refs(r, verb)
    buyers = [x for x in buyers if label_of_ref(x, r.topics) in STATES]
    own = {r.ctx.actor(x.key) for x in buyers}
    sellers = [x for x in sellers if r.ctx.actor(x.key) not in own]
    modality, conf = r.modality(verb)
    _emit_all(r, "AIDS", sellers, buyers, modality, conf - 0.2)
    _emit_all(r, "SUPPORTS", sellers, buyers, modality, conf - 0.2)
