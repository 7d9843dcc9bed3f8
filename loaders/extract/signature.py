"""The sentence as a string for patterns: lowercase words, each mention replaced by its symbol ('C#3').

``signature`` builds it once per sentence; ``LIST`` matches a run of symbols ("C#1 , C#2 and C#3");
``mentions_in`` and ``first_index`` read matched symbols back as mentions; ``any_of`` is an alternative of
lexicon words; ``sentence_words`` holds the sentence's lemmas and words, a gate for rules that need a word.
The rules of ``structure`` and ``membership`` match their patterns on the signature.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.mentions import Mention
from loaders.extract.sentence import Reader

_ITEM = r"(?:the )?[CDROP]#\d+"
LIST = rf"{_ITEM}(?: , {_ITEM})*(?: ,)? (?:and|or) {_ITEM}|{_ITEM}"
_SYMBOL = re.compile(r"[CDROP]#(\d+)")


@lru_cache(maxsize=256)
def any_of(words: tuple[str, ...]) -> str:
    """A regular-expression alternative of words, in their order (built once for each list of words)."""
    return "|".join(re.escape(w) for w in words)


def signature(r: Reader) -> str:
    """The sentence as lowercase words with each mention replaced by its symbol ('C#3'), for patterns."""
    if r.signature is None:
        r.signature = _signature(r)
    return r.signature


def _signature(r: Reader) -> str:
    parts: list[str] = []

    i = r.sent.start
    index = {id(m): n for n, m in enumerate(r.mentions)}
    while i < r.sent.end:
        m = r.by_token.get(i)
        if m is not None:
            parts.append(f"{m.symbol}#{index[id(m)]}")
            i = m.end
            continue
        text = r.sent.doc[i].lower_.strip()
        if text:  # blanked editorial brackets leave whitespace tokens
            parts.append("'s" if text in {"’s", "'s"} else text.replace("—", "–"))
        i += 1

    return " ".join(parts)


def sentence_words(r: Reader) -> frozenset[str]:
    """The sentence's lowercase lemmas and words, built once per sentence: a rule whose loop over the tokens
    needs one of its words is skipped where none is here."""
    if r.word_set is None:
        found: set[str] = set()
        for t in r.sent:
            found.add(t.lemma_.lower())
            found.add(t.lower_)
        r.word_set = frozenset(found)
    return r.word_set


def mentions_in(r: Reader, text: str) -> list[Mention]:
    """The mentions whose symbols a matched part of the signature holds, in order."""
    return [r.mentions[int(n)] for n in _SYMBOL.findall(text)]


def first_index(text: str) -> int:
    """The index of the first mention a matched part of the signature holds (0 when none)."""
    found = _SYMBOL.search(text)
    return int(found.group(1)) if found else 0
