"""Observers' verdict on a vote is their body's (round 38).

A body's staff sent on a mission speak for themselves ("OSCE monitors reported shelling": no act of the
OSCE), but observers who judge an election or referendum give their body's assessment, which the gold reads
as the body's stance on the vote ("Observers from the AU judged the poll credible": the AU supports it;
convention 'assessed positively'). Only a subject noun of observers (lexicon verdict_staff_nouns) of a verb
of judging or saying (evaluation_verbs, say_verbs) whose object or reported clause names a vote (a noun of
voted_kinds or a weak head of one: "the vote", "the poll").
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from loaders.extract.lexicon import Lexicon
from loaders.extract.topics import topic_of

_JUDGED = frozenset({"dobj", "obj", "ccomp", "xcomp", "oprd"})


def observers_verdict(t: Token, lex: Lexicon, active: Set[str]) -> bool:
    """Whether ``t`` is observers judging a vote: "Observers from X called the election credible"."""
    words = lex.words
    if t.lower_ not in words.verdict_staff_nouns or t.dep_ != "nsubj":
        return False
    verb = t.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in lex.evaluation_verbs and lemma not in words.say_verbs):
        return False
    judged = [w for c in verb.children if c.dep_ in _JUDGED for w in c.subtree]
    for w in judged:
        kind = topic_of(w, lex, frozenset(active) | words.voted_kinds) if w.pos_ == "NOUN" else None
        if kind is not None and kind.kind in words.voted_kinds:
            return True
    return False
