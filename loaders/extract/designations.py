"""Designations told as a list (round 25): "Among those designated is X, a ... firm, and Y", "Those
sanctioned include X and Y". The participle has no agent; who designated them is the one the last sentences
told imposing the measures (SANCTIONS, inferred), or its 'by' phrase where it has one."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import agent
from loaders.extract.sentence import ACTORS, Reader, Ref, label_of_ref

_TARGETS = {Label.PERSON, Label.ORGANIZATION, Label.COUNTRY}


def _listed_participle(r: Reader, noun: Token) -> Token | None:
    """'those designated', 'the firms sanctioned': the participle of listing that describes ``noun``."""
    for child in noun.children:
        if (
            child.dep_ in {"acl", "amod"}
            and child.tag_ == "VBN"
            and child.lemma_.lower() in r.lex.words.listed_participles
        ):
            return child
    return None


def _recent_sanctioners(r: Reader, window: int = 2) -> list[Ref]:
    """Who the last sentences told imposing measures (their SANCTIONS claims, asserted)."""
    keys = [
        r.ctx.actor(c.source)
        for c in r.ctx.claims
        if c.type == "SANCTIONS"
        and c.modality is Modality.ASSERTED
        and r.info.index - window <= c.sent.index < r.info.index
    ]
    return [Ref(k, inferred=True) for k in dict.fromkeys(keys)]


def listed_designations(r: Reader, verb: Token) -> None:
    """'Among those designated is X', 'Those sanctioned include X and Y': X (and Y) are sanctioned."""
    lemma = verb.lemma_.lower()
    if lemma not in {"be", "include"} or verb.dep_ != "ROOT":
        return
    listed: Token | None = None
    for child in verb.children:
        if lemma == "be" and child.dep_ == "prep" and child.lower_ == "among":
            listed = next((p for p in child.children if p.dep_ == "pobj"), None)
        elif lemma == "include" and child.dep_ in {"nsubj", "nsubjpass"}:
            listed = child
    participle = _listed_participle(r, listed) if listed is not None else None
    if participle is None:
        return
    role = "nsubj" if lemma == "be" else "dobj"
    targets = [
        x
        for c in verb.children
        if c.dep_ in {role, "attr"} and c.i != listed.i  # type: ignore[union-attr]
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in _TARGETS
    ]
    by = agent(participle)
    sources = r.refs(by, topics=False) if by is not None else _recent_sanctioners(r)
    sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
    if len({r.ctx.actor(x.key) for x in sources}) != 1:
        return  # (who designated them is one state or body, or not known)
    modality, conf = r.modality(verb)
    for target in targets:
        r.emit(sources[0], "SANCTIONS", Ref(target.key, inferred=True), modality, conf - 0.15)
