"""Members told of a group the text points back to (round 37).

"Colombia and Ecuador signed a pact. The two neighbours, both members of the Andean Community, said ...",
"Both remain members of the Andean Community": a member noun that names its body, apposed to or said of a
group noun or pronoun ("the two governments", "both") that stands for states named before. The rules on
named lists read "Chile and Peru, both members of ..."; here the holders come from the reference
(MEMBER_OF, inferred: the group is resolved from context, rule 5). Not a negated, former or would-be member.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.membership import bodies_in, ruled_states
from loaders.extract.sentence import Reader, Ref, label_of_ref

__all__ = ["group_members"]


def group_members(r: Reader) -> None:
    words = r.lex.words
    for noun in r.sent:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.apposed_member_nouns:
            _group_member(r, noun)


def _bodies(r: Reader, noun: Token) -> list[Ref]:
    """The body the member noun names: "members of the SCO", "ECOWAS members"."""
    heads = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    heads += [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}]
    return [b for h in heads if h.dep_ == "pobj" or r.mention_at(h) is not None for b in bodies_in(r, h)]


def _holders(r: Reader, noun: Token) -> list[Token]:
    """The group the member noun is said of: its apposition's head, or the subject of a copula."""
    if noun.dep_ == "appos":
        return [noun.head]
    start = noun.left_edge.i
    if noun.dep_ == "nsubj" and start > 0 and noun.doc[start - 1].text == ",":
        # ("The two governments, both members of X, said": the model may make both nouns subjects)
        return [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < start]
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in r.lex.words.member_copulas:
        return [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return []


def _group_member(r: Reader, noun: Token) -> None:
    holders = [h for h in _holders(r, noun) if r.mention_at(h) is None and not h.conjuncts]
    if not holders:
        return  # a named state or list: the member rules on names read it
    text = noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text.lower()
    if any(c.dep_ == "neg" for c in noun.subtree) or set(text.replace("-", " ").split()) & set(
        r.lex.words.not_member_words
    ):
        return  # "not members of", "former members of"
    verb = noun.head if noun.dep_ == "attr" else None
    if verb is not None and (
        any(c.dep_ == "neg" for c in verb.children) or r.modality(verb)[0] is not Modality.ASSERTED
    ):
        return  # "are not members", "could become members"
    bodies = _bodies(r, noun)
    if not bodies:
        return
    states = [
        x for h in holders for x in r.refs(h, topics=False) if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not states and any(_paired(h) for h in holders):  # "the two governments": the pair just named
        labels = {Label.COUNTRY}
        pair = r.ctx.last_pair(r.info.index, labels, window=1) or r.ctx.last_pair(r.info.index, labels)
        states = [Ref(k, inferred=True) for k in pair or ()]
    for body in dict.fromkeys(b.key for b in bodies):
        for member in dict.fromkeys(m.key for m in ruled_states(r, states)):
            if member != body and r.ctx.actor(member) != body:
                r.emit(Ref(member, inferred=True), "MEMBER_OF", Ref(body), Modality.ASSERTED, 0.7)


def _paired(t: Token) -> bool:
    """'both', 'the two countries', 'both governments': a group of two."""
    return t.lower_ == "both" or any(c.lower_ in {"two", "both"} for c in t.children)
