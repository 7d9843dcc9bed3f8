"""Who held which top office, and when: heads of state, heads of government, foreign ministers and the
heads of international bodies since 2015, read from ``loaders/data/leaders/*.yaml``.

Use it to resolve a bare leader's name to the state or body they lead ("President Ruto" -> KEN) and to
veto an office attribution the data contradicts ("Putin HOLDS_OFFICE Armenia").

>>> leaders = load_leaders()
>>> sorted(leaders.states_of("Ruto"))
['KEN']
>>> [h.office for h in leaders.holders("DEU", "head_of_government", 2023)]
['Chancellor']
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "leaders"
KINDS = frozenset({"head_of_state", "head_of_government", "foreign_minister", "head_of_body"})
_KEYS = frozenset({"name", "variants", "state", "body", "office", "kind", "also", "surname", "from", "to"})

_VOCABULARY = DATA.parent / "lexicon.yaml"  # honorifics and name_particles
_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$")
# Letters NFKD does not split into base + accent, and apostrophes, which join ("Sa'ar" == "Saar").
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"}
    | dict.fromkeys("'’`ʻ", None)
)
_PUNCT = re.compile(r"[\s\-‐–—.,]+")
_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})


def fold(text: str) -> str:
    """Compare names without accents, case, hyphens, dots or apostrophes, and with the Arabic article in one
    spelling: 'Sa’ar' == 'saar', 'Abdel Fattah el-Burhan' == 'abdel fattah al burhan'."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = _PUNCT.sub(" ", bare.casefold().translate(_LETTERS)).split()
    return " ".join("al" if w == "el" else w for w in words)


@dataclass(frozen=True)
class Holder:
    """One person in one office for one span of years (``end`` None: still in office)."""

    name: str
    variants: tuple[str, ...]
    state: str  # ISO 3166-1 alpha-3, or the body's gazetteer name
    office: str
    kinds: tuple[str, ...]  # the main kind first, then ``also``
    start: int
    end: int | None

    def holds(self, year: int | None) -> bool:
        """True when in office at some point of ``year`` (always, when year is None)."""
        return year is None or (self.start <= year and (self.end is None or year <= self.end))


class Leaders:
    """The loaded office holders, indexed by folded name, family name and state."""

    def __init__(self, holders: Iterable[Holder], surnames: Mapping[str, str] | None = None) -> None:
        """``surnames``: name -> the short form the press cites that person by, replacing the
        automatic family-name keys (Xi Jinping -> Xi)."""
        self.all = tuple(holders)
        given = {fold(name): fold(short) for name, short in (surnames or {}).items()}
        self._names: dict[str, set[str]] = defaultdict(set)  # folded name or variant -> persons
        self._family: dict[str, set[str]] = defaultdict(set)  # family-name key -> persons
        self._person: dict[str, list[Holder]] = defaultdict(list)  # a person is their folded name
        self._state: dict[str, list[Holder]] = defaultdict(list)
        for h in self.all:
            person = fold(h.name)
            self._person[person].append(h)
            self._state[h.state].append(h)
            for form in (h.name, *h.variants):
                self._names[fold(form)].add(person)
                for key in {given[person]} if person in given else family_keys(form):
                    self._family[key].add(person)

    def lookup(self, name: str, year: int | None = None) -> tuple[Holder, ...]:
        """Every office held by the person a surface name denotes: by full name or variant, else by an
        unambiguous family name ("Ruto", "President Ruto"); with ``year``, a family name shared by several
        holders denotes the one in office that year ("Orban" in 2024 is Viktor, not Ludovic), or the
        offices that year of several who all served one state ("Japarov" in 2024). Empty when unknown or
        ambiguous."""
        key = fold(name)
        persons = self._names.get(key) or self._names.get(_untitled(key))
        if not persons:
            found = self._family.get(_untitled(key), set())
            if len(found) > 1 and year is not None:
                found = {p for p in found if any(h.holds(year) for h in self._person[p])}
                serving = {h.state for p in found for h in self._person[p] if h.holds(year)}
                if len(found) > 1 and len(serving) == 1:
                    # "Japarov" in 2024: the president or the prime minister, both of Kyrgyzstan
                    return tuple(h for p in sorted(found) for h in self._person[p] if h.holds(year))
            persons = found if len(found) == 1 else set()
        return tuple(h for p in sorted(persons) for h in self._person[p])

    def family_holders(self, word: str) -> frozenset[str]:
        """The persons a one-word name may denote: every holder who goes by it (possibly several)."""
        key = _untitled(fold(word))
        return frozenset(self._names.get(key, set()) | self._family.get(key, set()))

    def canonical(self, name: str) -> str | None:
        """The data's spelling of the person a full name denotes, for one node per person across articles.

        Conservative: a name or variant as listed; else a name whose family name points at candidates of
        which exactly one agrees with it, by holding all its words ('Tayyip Erdogan' in 'Recep Tayyip
        Erdoğan') or within two edits ('Mohammmed Bazoum', 'Victor Orban'). A one-word name only as
        listed.

        >>> leaders = load_leaders()
        >>> leaders.canonical("Victor Orban"), leaders.canonical("Mohammmed Bazoum")
        ('Viktor Orbán', 'Mohamed Bazoum')
        >>> leaders.canonical("John Ruto") is None, leaders.canonical("Orban") is None
        (True, True)
        """
        key = _untitled(fold(name))
        persons = self._names.get(key, set()) or self._names.get(_second_surname_dropped(key) or "", set())
        if len(persons) == 1:
            return self._person[next(iter(persons))][0].name
        words = key.split()
        if len(words) < 2 or persons:
            return None
        found = {p for k in family_keys(key) for p in self._family.get(k, ())}
        agree = {p for p in found if set(words) <= set(p.split()) or _near(words, p.split())}
        return self._person[agree.pop()][0].name if len(agree) == 1 else None

    def holders(self, state: str, kind: str | None = None, year: int | None = None) -> tuple[Holder, ...]:
        """The holders of a state's (or body's) offices, optionally of one kind and in one year."""
        return tuple(
            h for h in self._state.get(state, ()) if (kind is None or kind in h.kinds) and h.holds(year)
        )

    def states_of(self, name: str, year: int | None = None) -> frozenset[str]:
        """The states and bodies the named person held an office of (in ``year``, when given)."""
        return frozenset(h.state for h in self.lookup(name) if h.holds(year))


def _second_surname_dropped(folded: str) -> str | None:
    """A name with a second family name after the one the press and the data use ('gabriel boric font',
    'xiomara castro de zelaya' -> 'gabriel boric', 'xiomara castro'): the name without it, else None. Not a
    suffix ('ferdinand marcos jr' is another man than his father)."""
    words = folded.split()
    particles = _vocabulary()[1]
    last = words[-1] if words else ""
    if len(words) < 3 or last in particles or last in _SUFFIXES or _ROMAN.match(last):
        return None
    cut = 2 if words[-2] in particles else 1
    return " ".join(words[:-cut]) if len(words) - cut >= 2 else None


def _near(words: list[str], other: list[str]) -> bool:
    """Spelling variants of one name: as many words, each with the same initial, and at most one edit
    in all (two in names of 14 letters or more)."""
    if len(words) != len(other) or any(a[0] != b[0] for a, b in zip(words, other, strict=True)):
        return False
    a, b = " ".join(words), " ".join(other)
    return _within(a, b, 2 if len(a) >= 14 else 1)


def _within(a: str, b: str, edits: int) -> bool:
    """True when a and b differ by at most ``edits`` insertions, deletions or substitutions."""
    if abs(len(a) - len(b)) > edits:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= edits


def family_keys(name: str) -> set[str]:
    """The short forms a name may be cited by: every proper tail of its words, titles and regnal
    numbers dropped ('Luiz Inácio Lula da Silva' -> 'silva', 'da silva', 'lula da silva', ...).
    A one-word name (after titles) is its own key, so 'King Abdullah' makes 'Abdullah' ambiguous."""
    words = _untitled(fold(name)).split()
    while len(words) > 1 and _ROMAN.match(words[-1]):
        words.pop()
    if len(words) == 1:
        return {words[0]}
    particles = _vocabulary()[1]
    tails = (words[i:] for i in range(1, len(words)))
    return {
        " ".join(t) for t in tails if any(w not in particles for w in t) and (len(t) > 1 or len(t[0]) > 2)
    }


def _untitled(folded: str) -> str:
    """The name without the honorifics before it: 'president william ruto' -> 'william ruto'."""
    words, honorifics = folded.split(), _vocabulary()[0]
    while len(words) > 1 and words[0] in honorifics:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(honorifics, name particles) from the lexicon, folded."""
    spec = yaml.safe_load(_VOCABULARY.read_text(encoding="utf-8"))
    return frozenset(fold(w) for w in spec["leader_honorifics"]), frozenset(
        fold(w) for w in spec["name_particles"]
    )


@lru_cache(maxsize=4)
def load_leaders(folder: Path | None = None) -> Leaders:
    """Read and check every ``*.yaml`` in ``folder`` (default ``loaders/data/leaders``), once."""
    holders: list[Holder] = []
    surnames: dict[str, str] = {}
    for path in sorted((folder or DATA).glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(entries, list):
            raise ValueError(f"{path.name}: expected a list of entries, got {type(entries).__name__}")
        for index, entry in enumerate(entries):
            holder = _holder(entry, f"{path.name} entry {index}")
            holders.append(holder)
            if isinstance(entry.get("surname"), str):
                surnames[holder.name] = entry["surname"]
    return Leaders(holders, surnames)


def _holder(entry: Any, where: str) -> Holder:
    problem = _problem(entry)
    if problem:
        name = entry.get("name") if isinstance(entry, dict) else None
        raise ValueError(f"{where} ({name or '?'}): {problem}")
    return Holder(
        name=entry["name"],
        variants=tuple(entry.get("variants", [])),
        state=entry.get("state") or entry["body"],
        office=entry["office"],
        kinds=tuple(dict.fromkeys(_kinds(entry))),
        start=entry["from"],
        end=entry.get("to"),
    )


def _problem(entry: Any) -> str | None:
    """What is wrong with one YAML entry, or None."""
    if not isinstance(entry, dict):
        return f"expected a mapping, got {entry!r}"
    if unknown := set(entry) - _KEYS:
        return f"unknown keys {sorted(unknown)}"
    if not _text(entry.get("name")):
        return "missing name"
    if ("state" in entry) == ("body" in entry):
        return "needs exactly one of state or body"
    if not _text(entry.get("state", entry.get("body"))):
        return "missing state or body"
    if not _text(entry.get("office")):
        return "missing office"
    kinds = _kinds(entry)
    if not all(isinstance(k, str) and k in KINDS for k in kinds):
        return f"bad kind {kinds}, expected one of {sorted(KINDS)}"
    variants = entry.get("variants", [])
    if not isinstance(variants, list) or not all(_text(v) for v in variants):
        return "variants must be a list of names"
    if "surname" in entry and not _text(entry["surname"]):
        return "surname must be a name"
    start, end = entry.get("from"), entry.get("to")
    if not _year(start) or not (end is None or _year(end)):
        return "from must be a year, to a year or null"
    if end is not None and start > end:
        return f"from {start} is after to {end}"
    return None


def _kinds(entry: dict[str, Any]) -> list[Any]:
    """The entry's kind, then its ``also`` (one kind or a list of them)."""
    also = entry.get("also") or []
    return [entry.get("kind"), *(also if isinstance(also, list) else [also])]


def _year(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
