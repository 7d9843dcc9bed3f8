"""Accusations told as nouns (round 27): "Sudan repeated its accusation that the UAE arms the RSF",
"Ethiopian allegations that Cairo funds the rebels", "charges from Kigali that Kinshasa backs the FDLR".

Whoever makes a claim of wrongdoing (lexicon blame_claim_nouns) criticizes the one its "that" clause names as
the doer (CRITICIZES, inferred): the noun's owner ("its", "Ethiopian"), the one it comes from ("from Kigali",
"by Addis Ababa"), or the subject of a verb that makes or repeats it (lexicon claim_voicing_verbs; never one
that denies it: "Cairo rejected the accusation that it arms ..." is Cairo's denial).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Modality
from loaders.extract.args import direct_objects, is_passive, prep_objects
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import ACTORS, Reader, Ref, actors_besides, label_of_ref


def _that_clauses(noun: Token) -> list[Token]:
    """The "that" clauses a claim noun reports: its own, or one the parser hung on the verb right after it
    ("repeated its accusation that ...")."""
    after = [
        c
        for c in noun.head.children
        if noun.dep_ in {"dobj", "obj"} and c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1
    ]
    return [
        c
        for c in [*(c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}), *after]
        if c.pos_ in {"VERB", "AUX"}
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        and not any(m.dep_ == "neg" for m in c.children)
    ]


def claimed_blame(r: Reader) -> None:
    """'its accusation that Chad arms the RSF': the claimant CRITICIZES Chad (inferred)."""
    words = r.lex.words
    for noun in r.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.blame_claim_nouns:
            continue
        clauses = _that_clauses(noun)
        accused = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        if not accused:
            continue
        makers = [c for c in noun.children if c.dep_ in {"poss", "amod"}]
        makers += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        sources = [x for m in makers for x in r.refs(m, topics=False)]
        sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
        voiced = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" else None
        if not sources and voiced is not None and voiced.lemma_.lower() in words.claim_voicing_verbs:
            sources, _ = _subject_refs(r, voiced)
        if not sources:
            continue
        own = {r.ctx.actor(s.key) for s in sources}
        targets = actors_besides(r, accused, own)
        modality, conf = r.modality(voiced) if voiced is not None else (Modality.ASSERTED, 0.8)
        _emit_all(r, "CRITICIZES", [Ref(s.key) for s in sources], targets, modality, conf - 0.1)


def blamed_on(r: Reader, verb: Token) -> bool:
    """'blamed the unrest on the opposition', 'the shelling, which Kyiv blamed on Moscow', 'put the blame
    for the ambush on Algeria', 'laid responsibility on Kigali': the one named after "on" (lexicon
    blame_onto_preps) is blamed (CRITICIZES), not the deed blamed on it. Whether it found one; a passive
    or a participle ("a strike blamed on Israel") is an attack's doer (force.attack_clause)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    if is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return False
    objects = direct_objects(verb)
    if lemma in words.blame_laying_verbs:
        objects = [o for o in objects if o.lemma_.lower() in words.blame_laid_nouns]
        if not objects:
            return False  # "put its weight behind", "pinned its hopes on"
    elif words.attributing_verbs.get(lemma) != "on":
        return False
    # the phrase hangs on the verb, on the deed ("blamed the attack on Russia") or on what the blame is for
    holders = [verb, *objects, *(p for h in [verb, *objects] for p in prep_objects(h, "for"))]
    blamed = [
        x
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in words.blame_onto_preps
        for p in c.children
        if p.dep_ == "pobj"
        for t in (p, *p.conjuncts)
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    if not blamed:
        return False
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    _emit_all(r, "CRITICIZES", sources, list({x.key: x for x in blamed}.values()), modality, conf)
    return True
