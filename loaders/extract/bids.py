"""Bids blocked (round 26): "Bulgaria kept blocking the start of North Macedonia's accession talks",
"Serbia moved to obstruct the membership of Kosovo in international organisations", "Moscow blocks its UN
seat": blocking a state's way into a body (its accession, membership, bid, seat, the talks on it, their
start) rejects that state (REJECTS, inferred), as the conventions read "blocked" for a proposal."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extract.args import agent, direct_objects, is_passive, prep_objects
from loaders.extract.rule_helpers import _subject_refs
from loaders.extract.sentence import STATES, Reader, Ref, label_of_ref


def _bid(r: Reader, noun: Token) -> Token | None:
    """The noun of a state's way into a body that ``noun`` is or leads to through its stages ("the start
    of", "the opening of"): "accession", "membership", "bid", "seat", "accession talks"."""
    words = r.lex.words
    for _ in range(3):
        if noun.lemma_.lower() in words.bid_stages:
            inner = prep_objects(noun, "of")
            if not inner:
                return None
            noun = inner[0]
            continue
        break
    lemma = noun.lemma_.lower()
    if lemma in words.bid_nouns:
        return noun
    if lemma in words.bid_talks and any(
        c.lemma_.lower() in words.accession_words for c in noun.children if c.dep_ in {"compound", "amod"}
    ):
        return noun
    return None


def _bidders(r: Reader, bid: Token) -> list[Ref]:
    """The states whose bid it is: the possessor ("Ukraine's bid", "its seat"), or "of X" ("the membership
    of Kosovo")."""
    owners = [c for c in bid.children if c.dep_ == "poss"] + prep_objects(bid, "of")
    return [
        x
        for o in owners
        for t in (o, *o.conjuncts)
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in STATES
    ]


def blocked_bids(r: Reader, verb: Token) -> None:
    """'Hungary blocked the opening of Ukraine's accession talks': Hungary REJECTS Ukraine (inferred)."""
    if verb.lemma_.lower() not in r.lex.words.bid_blocking_verbs:
        return
    passive = is_passive(verb)
    if passive:  # "Kosovo's bid was blocked by Serbia"
        by = agent(verb)
        heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
        sources = [
            x for t in ((by, *by.conjuncts) if by is not None else ()) for x in r.refs(t, topics=False)
        ]
    else:
        heads = direct_objects(verb)
        sources = _subject_refs(r, verb)[0]
    sources = [s for s in sources if label_of_ref(s, r.topics) in STATES]
    bids = [b for h in heads for t in (h, *h.conjuncts) if (b := _bid(r, t)) is not None]
    own = {r.ctx.actor(s.key) for s in sources}
    bidders = [x for bid in bids for x in _bidders(r, bid) if r.ctx.actor(x.key) not in own]
    if not sources or not bidders:
        return
    modality, conf = r.modality(verb)
    for s in sources:
        for bidder in dict.fromkeys(bidders):
            r.emit(s, "REJECTS", Ref(bidder.key, inferred=True), modality, conf - 0.1)
