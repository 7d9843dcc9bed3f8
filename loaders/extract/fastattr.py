"""The model's attribute ruler (tag → POS, morphology, lemma exceptions) without spaCy's Matcher.

en_core_web_sm maps tags to coarse POS with about 180 token patterns run through a Matcher; on short
sentences that costs a tenth of the whole pipeline. Every pattern there constrains TAG, LOWER, DEP or
IS_SPACE, so an index by tag and by word finds the candidates directly. Rules apply in the order the
model lists them, later ones winning, as in spaCy's AttributeRuler. ``tests/extraction`` checks that
both give the same annotations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

_FIELDS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


@dataclass(frozen=True)
class _Rule:
    order: int
    specs: tuple[Mapping[str, Any], ...]
    attrs: Mapping[str, str]
    index: int


def _ok(token: Token, spec: Mapping[str, Any]) -> bool:
    for key, want in spec.items():
        value = getattr(token, _FIELDS[key])
        if isinstance(want, dict):
            if "IN" in want and value not in want["IN"]:
                return False
            if "NOT_IN" in want and value in want["NOT_IN"]:
                return False
            if "REGEX" in want and not re.search(want["REGEX"], str(value)):
                return False
        elif value != want:
            return False
    return True


def _keys(spec: Mapping[str, Any]) -> tuple[str, list[str]] | None:
    for field in ("TAG", "LOWER"):
        want = spec.get(field)
        if isinstance(want, str):
            return field, [want]
        if isinstance(want, dict) and "IN" in want:
            return field, list(want["IN"])
    return None


class FastAttributeRuler:
    """Drop-in for the ``attribute_ruler`` component, built from its pattern list."""

    def __init__(self, patterns: Iterable[Mapping[str, Any]]) -> None:
        self.by_tag: dict[str, list[_Rule]] = defaultdict(list)
        self.by_lower: dict[str, list[_Rule]] = defaultdict(list)
        self.generic: list[_Rule] = []
        for order, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                rule = _Rule(order, tuple(pattern), dict(entry["attrs"]), int(entry.get("index", 0)))
                if any(k not in _FIELDS for spec in pattern for k in spec):
                    raise ValueError(f"unsupported attribute ruler pattern: {pattern}")
                found = _keys(pattern[0])
                if found is None:
                    self.generic.append(rule)
                else:
                    table = self.by_tag if found[0] == "TAG" else self.by_lower
                    for key in found[1]:
                        table[key].append(rule)
        # A rule's verdict on its first token depends on that token's own fields only: memoised per field
        # values, the one-token rules that match and the longer rules whose first token does.
        self._singles: dict[tuple[str, str, str, bool], tuple[tuple[_Rule, ...], tuple[_Rule, ...]]] = {}
        self._multi_tag = {k: [r for r in v if len(r.specs) > 1] for k, v in self.by_tag.items()}
        self._multi_lower = {k: [r for r in v if len(r.specs) > 1] for k, v in self.by_lower.items()}
        self._multi_generic = [r for r in self.generic if len(r.specs) > 1]

    def __call__(self, doc: Doc) -> Doc:
        hits: list[tuple[int, int, _Rule]] = []
        n_doc = len(doc)
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space)
            found = self._singles.get(key)
            if found is None:
                found = self._first_matches(token)
                if len(self._singles) < 500_000:
                    self._singles[key] = found
            singles, multi = found
            i = token.i
            hits.extend((rule.order, i, rule) for rule in singles)
            for rule in multi:
                n = len(rule.specs)
                if i + n <= n_doc and all(_ok(doc[i + k], rule.specs[k]) for k in range(1, n)):
                    hits.append((rule.order, i, rule))
        hits.sort(key=lambda h: (h[0], h[1]))
        for _, start, rule in hits:
            _apply(doc[start + rule.index], rule.attrs)
        return doc

    def _first_matches(self, token: Token) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
        """The one-token rules the token matches, and the longer rules whose first token it matches
        (each once, in the order the tag, the word and the generic list give them)."""
        singles = tuple(r for r in self._candidates(token) if len(r.specs) == 1 and _ok(token, r.specs[0]))
        multi: list[_Rule] = []
        seen: set[int] = set()
        for rule in (
            *self._multi_tag.get(token.tag_, ()),
            *self._multi_lower.get(token.lower_, ()),
            *self._multi_generic,
        ):
            if id(rule) not in seen:
                seen.add(id(rule))
                if _ok(token, rule.specs[0]):
                    multi.append(rule)
        return singles, tuple(multi)

    def _candidates(self, token: Token) -> list[_Rule]:
        """Rules whose first token may match: by tag, by word, and those indexed by neither (deduplicated)."""
        out: list[_Rule] = []
        seen: set[int] = set()
        for rule in (*self.by_tag.get(token.tag_, ()), *self.by_lower.get(token.lower_, ()), *self.generic):
            if id(rule) not in seen:
                seen.add(id(rule))
                out.append(rule)
        return out


def _apply(token: Token, attrs: Mapping[str, str]) -> None:
    for key, value in attrs.items():
        if key == "MORPH":
            token.set_morph(value)  # type: ignore[attr-defined]  # missing from spaCy's stub
        elif key == "POS":
            token.pos_ = value
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "DEP":
            token.dep_ = value
