"""Store-level resolution: persons named differently across articles, and organisations named by an
alias, become one node each; every merged node keeps the other names as surface forms.

Run by the ingest after every batch, before the analyst's decisions are replayed (so a split wins).
Conservative: a wrong merge is worse than a missed one, so a pair merges only when

- some full name (two words or more) of one is, folded (``graph.names.fold``) or levelled
  (``graph.names.skeleton``), a full name of the other, and their states do not contradict;
- or their names differ by one letter in some word (``graph.names.near``: Tokayev/Toqaev), and they
  hold office in one same state or body, and no role of one contradicts the other's;
- or one name is part of the other (Tayyip Erdogan, Erdogan in Recep Tayyip Erdogan), the longer is
  the only person in the store it fits, and both hold office in one same state or body (a bare
  family name needs no office when the store already knows it as a surface form of that one person).

A group in which two members hold office in different states and none in common is not merged at
all, and neither are two nodes an analyst has split apart.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.entities import merge_groups
from graph.model import Entity, Label, entity_id
from graph.names import fold, near, skeleton, tokens
from graph.store.base import Store

_ALL = 10**9  # rows: a resolution reads every person and organisation


@dataclass(frozen=True)
class Person:
    """A stored person as the resolution sees it: its forms and the offices it holds."""

    id: str
    name: str
    forms: tuple[str, ...]
    states: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()

    @property
    def words(self) -> tuple[str, ...]:
        return tokens(self.name)


@dataclass(frozen=True)
class OrgAliases:
    """Organisation names: folded alias -> canonical name, and the words an article may use for a
    body it names elsewhere (``the Alliance``) -> the bodies that go by them."""

    names: Mapping[str, str] = field(default_factory=dict)
    contextual: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def canonical(self, forms: Iterable[str]) -> str | None:
        """The one body these forms name, if exactly one."""
        found = {self.names[f] for f in map(fold, forms) if f in self.names}
        return found.pop() if len(found) == 1 else None


class AliasError(ValueError):
    """An organisation alias file that does not parse or names one alias for two bodies."""


def read_org_aliases(path: Path) -> OrgAliases:
    """The organisation aliases of ``path`` (see ``loaders/data/org_aliases.yaml``)."""
    try:
        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise AliasError(f"{path}: not YAML: {exc}") from exc
    names: dict[str, str] = {}
    contextual: dict[str, set[str]] = defaultdict(set)
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise AliasError(f"{path}: entry {i} is not {{name, aliases, contextual}}: {row!r}")
        for alias in [row["name"], *(row.get("aliases") or [])]:
            key = fold(str(alias))
            if names.setdefault(key, row["name"]) != row["name"]:
                raise AliasError(f"{path}: {alias!r} names both {names[key]!r} and {row['name']!r}")
        for word in row.get("contextual") or []:
            contextual[bare(str(word))].add(row["name"])
    return OrgAliases(names, {k: frozenset(v) for k, v in contextual.items()})


def bare(text: str) -> str:
    """A folded name without a leading article: 'the Alliance' -> 'alliance'."""
    words = fold(text).split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


@dataclass
class Resolution:
    """What one resolution did: the groups merged, each as (kept id, merged ids)."""

    merged: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def nodes(self) -> int:
        return sum(len(others) for _, others in self.merged)


def resolve(
    store: Store, aliases: OrgAliases | None = None, keep_apart: Iterable[tuple[str, str]] = ()
) -> Resolution:
    """Merge the store's persons that name one person, and its organisations that name one body."""
    apart = {frozenset(pair) for pair in keep_apart}
    groups = person_groups(read_persons(store), apart)
    targets: dict[str, Entity] = {}
    if aliases is not None:
        org_targets, org_groups = organisation_groups(store, aliases)
        groups.update(org_groups)
        targets.update(org_targets)
    done = Resolution()
    if groups:
        merge_groups(store, groups, targets)
        done.merged = sorted((keep, sorted(others)) for keep, others in groups.items())
    return done


# --- persons --------------------------------------------------------------------------------

_PERSONS = "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.attrs AS attrs"
_OFFICES = "MATCH (p:Person)-[r]->(s) WHERE r:HOLDS_OFFICE RETURN p.id AS id, s.id AS state, r.role AS role"


def read_persons(store: Store) -> list[Person]:
    """Every stored person with the states or bodies it holds office in and its roles."""
    states: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_OFFICES, limit=_ALL).records():
        states[row["id"]].add(str(row["state"]))
        if row["role"]:
            roles[row["id"]].add(fold(str(row["role"])))
    out = []
    for row in store.query(_PERSONS, limit=_ALL).records():
        attrs: dict[str, Any] = json.loads(row["attrs"] or "{}")
        role = {fold(str(attrs["role"]))} if attrs.get("role") else set()
        forms = tuple(dict.fromkeys([row["name"], *(row["aliases"] or [])]))
        pid = str(row["id"])
        out.append(Person(pid, row["name"], forms, frozenset(states[pid]), frozenset(roles[pid] | role)))
    return out


def person_groups(persons: list[Person], apart: set[frozenset[str]]) -> dict[str, set[str]]:
    """kept id -> the ids merged into it. Full-name matches first; then parts of names, which must
    fit exactly one of the groups so formed."""
    by_id = {p.id: p for p in persons}
    union = _Union(by_id)
    for a, b in _full_name_pairs(persons):
        union.join(a.id, b.id)
    for bare_names in (False, True):  # parts of several words first, then bare family names
        clusters = union.clusters()
        index = _ends_index(clusters, by_id)
        for short in (p for p in persons if (len(p.words) == 1) is bare_names):
            owner = _only_owner(short, clusters, by_id, index)
            if owner is not None:
                union.join(short.id, owner)
    out: dict[str, set[str]] = {}
    for members in union.clusters().values():
        people = [by_id[m] for m in members]
        if len(people) < 2 or _contradicts(people) or any(frozenset(p) in apart for p in _pairs(members)):
            continue
        keep = max(people, key=_completeness)
        out[keep.id] = {p.id for p in people} - {keep.id}
    return out


def _full_name_pairs(persons: list[Person]) -> Iterable[tuple[Person, Person]]:
    """Pairs whose full names are one name folded or spelled one letter apart (with office agreeing)."""
    by_skeleton: dict[tuple[str, ...], list[Person]] = defaultdict(list)
    by_shape: dict[tuple[int, str], list[Person]] = defaultdict(list)
    for p in persons:
        # only names of letters: "Unit 1 11" and "Unit 1 111" fold alike but are no spelling variants
        for form in {
            tokens(f) for f in p.forms if len(tokens(f)) >= 2 and all(w.isalpha() for w in tokens(f))
        }:
            by_skeleton[tuple(map(skeleton, form))].append(p)
            by_shape[(len(form), skeleton(form[-1])[:1])].append(p)
    for same in by_skeleton.values():
        for a, b in _pairs(same):
            if a.id != b.id and not _disjoint(a.states, b.states):
                yield a, b
    for shape in by_shape.values():  # spellings one letter apart: only with office in common
        for a, b in _pairs([p for p in shape if p.states]):
            if a.id != b.id and a.states & b.states and not _disjoint(a.roles, b.roles) and _near(a, b):
                yield a, b


def _near(a: Person, b: Person) -> bool:
    return any(
        len(x) == len(y) and all(near(u, v) for u, v in zip(x, y, strict=True))
        for x in {tokens(f) for f in a.forms if len(tokens(f)) >= 2}
        for y in {tokens(f) for f in b.forms if len(tokens(f)) >= 2}
    )


def _ends_index(clusters: Mapping[str, list[str]], by_id: Mapping[str, Person]) -> dict[str, set[str]]:
    """First and last name words (skeletons) → the groups holding a full name that starts or ends with
    them: the only groups a part of a name can belong to (so a big store is not scanned per person)."""
    index: dict[str, set[str]] = defaultdict(set)
    for root, members in clusters.items():
        for m in members:
            words = by_id[m].words
            if len(words) >= 2:
                index[skeleton(words[0])].add(root)
                index[skeleton(words[-1])].add(root)
    return index


def _only_owner(
    short: Person,
    clusters: Mapping[str, list[str]],
    by_id: Mapping[str, Person],
    index: Mapping[str, set[str]],
) -> str | None:
    """The one group whose full name contains ``short``'s name (and agrees with it), if only one."""
    words = short.words
    if not words:
        return None
    candidates = index.get(skeleton(words[-1]), set()) | (
        index.get(skeleton(words[0]), set()) if len(words) == 1 else set()
    )
    fits = {
        root
        for root in candidates
        if short.id not in clusters[root] and any(_part_of(words, by_id[m]) for m in clusters[root])
    }
    if len(fits) != 1:
        return None
    root = fits.pop()
    members = [by_id[m] for m in clusters[root]]
    states = frozenset().union(*(m.states for m in members))
    if short.states & states:
        return root
    # A bare family name with no office: only when the store already reads it as that person.
    known = any(fold(short.name) in map(fold, m.forms[1:]) for m in members)
    return root if len(words) == 1 and known and not _disjoint(short.states, states) else None


def _part_of(words: tuple[str, ...], longer: Person) -> bool:
    """``words`` are some of ``longer``'s, in order, ending with its family name (or, one word alone,
    its first word: Korean and Chinese family names come first)."""
    full = tuple(map(skeleton, longer.words))
    mine = tuple(map(skeleton, words))
    if len(mine) >= len(full):
        return False
    if len(mine) == 1:
        return mine[0] in {full[0], full[-1]}
    it = iter(full)
    return mine[-1] == full[-1] and all(w in it for w in mine)


def _contradicts(people: list[Person]) -> bool:
    return any(_disjoint(a.states, b.states) for a, b in _pairs(people))


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def _completeness(p: Person) -> tuple[int, int, int, str]:
    """The fullest name is kept: most words, then accents, then length; the id decides ties."""
    return (len(p.words), sum(not c.isascii() for c in p.name), len(p.name), p.id)


def _pairs(items: list[Any]) -> Iterable[tuple[Any, Any]]:
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b


class _Union:
    """Union-find over ids."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def clusters(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for i in self.parent:
            out[self.find(i)].append(i)
        return dict(out)


# --- organisations --------------------------------------------------------------------------

_ORGS = "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.aliases AS aliases"


def organisation_groups(store: Store, aliases: OrgAliases) -> tuple[dict[str, Entity], dict[str, set[str]]]:
    """Organisations whose name or a surface form is an alias of a body, grouped under that body's id
    (``Organization:<slug of its canonical name>``, created when missing)."""
    groups: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, Entity] = {}
    for row in store.query(_ORGS, limit=_ALL).records():
        name = aliases.canonical([row["name"], *(row["aliases"] or [])])
        if name is None:
            continue
        target = entity_id(Label.ORGANIZATION, name)
        targets[target] = Entity(target, Label.ORGANIZATION, name)
        if row["id"] != target:
            groups[target].add(str(row["id"]))
    return {t: targets[t] for t in groups}, dict(groups)
