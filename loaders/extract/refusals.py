"""Refusals told without their object (round 27): "Brazil asked Paraguay to extradite the banker. Paraguay
declined.", "Peru called on Chile to reopen the border, but Chile refused." A verb of refusal with nothing
refused named answers the request made of its subject in the same or the sentence before: the one who
refuses rejects the one who asked (REJECTS, inferred). With no such request ("Denmark refused to comment",
"exports declined") it says nothing."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Modality
from loaders.extract.args import direct_objects, is_passive
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import Reader, Ref

# the dependents that name what is refused, or make the verb no refusal of a request ("declined by 5 percent")
_NAMED = {"dobj", "obj", "xcomp", "ccomp", "attr", "dative", "nsubjpass", "oprd", "acomp"}


def bare_refusals(r: Reader) -> None:
    words = r.lex.words
    for verb in r.sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in words.bare_refusal_verbs and not is_passive(verb) and _bare(r, verb):
            _answered_request(r, verb)
            continue
        trig = r.lex.verbs.get(lemma)
        if trig is not None and trig.rel == "REJECTS" and any(_unowned_ask(r, o) for o in direct_objects(verb)):
            _answered_request(r, verb)  # "..., a request Paraguay turned down", "Paraguay rejected the demand"


def _bare(r: Reader, verb: Token) -> bool:
    """Nothing refused is named: no object, no clause, no 'to' or 'at' phrase; "refused to do so" is bare."""
    if any(c.dep_ == "prep" and c.lower_ in r.lex.words.refused_object_preps for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ == "do" and all(
            g.dep_ in {"aux", "advmod", "dobj"} and g.lower_ in {"to", "so", "it", "that", "this"}
            for g in c.children
        ):
            continue  # "refused to do so", "declined to do it"
        if c.dep_ in _NAMED:
            return False
    return True


def _unowned_ask(r: Reader, noun: Token) -> bool:
    """A request or demand with no owner named on it ("the request", "a demand", not "Brazil's request")."""
    return noun.lemma_.lower() in r.lex.words.refused_ask_nouns and not any(
        c.dep_ in {"poss", "amod", "compound", "nmod"} or (c.dep_ == "prep" and c.lower_ in {"from", "by"})
        for c in noun.children
    )


def _answered_request(r: Reader, verb: Token) -> None:
    sources, _ = _subject_refs(r, verb)
    refusers = {r.ctx.actor(s.key) for s in sources}
    if not refusers:
        return
    askers: list[str] = []
    for claim in reversed(r.ctx.claims):
        if claim.sent.index < r.info.index - 1:
            break
        if (
            claim.type == "REQUESTS"
            and claim.modality is Modality.ASSERTED
            and r.ctx.actor(claim.target) in refusers
            and r.ctx.actor(claim.source) not in refusers
            and claim.source not in askers
        ):
            askers.append(claim.source)
    if not askers:
        return
    modality, conf = r.modality(verb)
    _emit_all(r, "REJECTS", sources, [Ref(a, inferred=True) for a in askers], modality, conf - 0.15)
