"""Entities as the analyst curates them: list them with their surface forms, merge, split and rename.

Each decision is applied to the store and recorded in a YAML file the analyst keeps in git
(``geoalign-entities.yaml`` beside the store); ``replay`` applies the file again after every ingest, so
a decision survives re-ingests and wins over the extractor's own resolution.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.model import Entity, Relation, entity_id, label_of
from graph.store.base import GraphData, Store, merge_entity

DEFAULT_FILE = "geoalign-entities.yaml"
ACTIONS = ("merge", "split", "rename")


class EntityError(ValueError):
    """A name that matches no entity (or several), or a decision that cannot apply."""


@dataclass(frozen=True)
class Decision:
    """One analyst decision: merge ``other`` into ``node``; split ``alias`` off ``node`` (as ``name``);
    rename ``node`` to ``name``."""

    action: str
    node: str
    other: str | None = None
    alias: str | None = None
    name: str | None = None


def decisions_path(store_uri: str) -> Path:
    """The decisions file of a store: beside an embedded store's file, else in the working folder."""
    if "://" in store_uri or store_uri == "neo4j":
        return Path(DEFAULT_FILE)
    return Path(store_uri).resolve().parent / DEFAULT_FILE


def read_decisions(path: Path) -> list[Decision]:
    """The decisions recorded in ``path`` (none when it does not exist)."""
    if not path.exists():
        return []
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for row in rows:
        if not isinstance(row, dict) or row.get("action") not in ACTIONS or not row.get("node"):
            raise EntityError(f"{path}: not a decision: {row!r}")
        out.append(
            Decision(
                str(row["action"]), str(row["node"]), row.get("other"), row.get("alias"), row.get("name")
            )
        )
    return out


def split_pairs(decisions: list[Decision]) -> list[tuple[str, str]]:
    """The node ids each recorded split keeps apart (the automatic resolution must not rejoin them)."""
    return [
        (d.node, entity_id(label_of(d.node), d.name or d.alias or ""))
        for d in decisions
        if d.action == "split" and d.alias
    ]


def record(path: Path, decision: Decision) -> None:
    """Append a decision to the file (created with a header when new)."""
    head = "" if path.exists() else "# geoalign entity decisions, replayed after every ingest (keep in git)\n"
    row = {k: v for k, v in asdict(decision).items() if v is not None}
    with path.open("a", encoding="utf-8") as fh:
        fh.write(head + yaml.safe_dump([row], allow_unicode=True, sort_keys=False, width=1000))


def entity_rows(data: GraphData) -> list[dict[str, Any]]:
    """One row per entity: id, label, name, surface forms, articles mentioning it, relations, evidence."""
    articles: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    for rel in data.relations:
        if rel.type == "MENTIONS":
            articles[rel.target] += 1
            continue
        for end in {rel.source, rel.target}:
            relations[end] += 1
            evidence[end] += len(rel.evidence)
    return [
        {
            "id": e.id,
            "label": e.label.value,
            "name": e.name,
            "surface_forms": list(e.aliases),
            "articles": articles[e.id],
            "relations": relations[e.id],
            "evidence": evidence[e.id],
        }
        for e in sorted(data.entities, key=lambda e: (e.label.value, e.name.casefold(), e.id))
    ]


def find(data: GraphData, ref: str) -> Entity:
    """The entity with this id, else the one entity with this name or surface form."""
    folded = ref.casefold()
    by_id = [e for e in data.entities if e.id == ref]
    found = by_id or [
        e for e in data.entities if folded in {e.name.casefold(), *(a.casefold() for a in e.aliases)}
    ]
    if len(found) != 1:
        what = "no entity" if not found else f"{len(found)} entities ({', '.join(e.id for e in found)})"
        raise EntityError(f"{what} named {ref!r}; give an id (geoalign entities list)")
    return found[0]


def merge(store: Store, path: Path, keep: str, other: str) -> Decision:
    """Merge entity ``other`` into ``keep`` (names or ids), record it and return the decision."""
    data = store.read()
    a, b = find(data, keep), find(data, other)
    if a.id == b.id:
        raise EntityError(f"{keep!r} and {other!r} are one entity already")
    if a.label is not b.label:
        raise EntityError(f"cannot merge a {b.label.value} into a {a.label.value}")
    return _decide(store, path, Decision("merge", a.id, other=b.id), data)


def rename(store: Store, path: Path, node: str, name: str) -> Decision:
    """Give an entity a new name (the old one stays a surface form)."""
    data = store.read()
    return _decide(store, path, Decision("rename", find(data, node).id, name=name), data)


def split(store: Store, path: Path, node: str, alias: str, name: str | None = None) -> Decision:
    """Split a surface form off an entity into an entity of its own (named ``name``, else the form),
    with the evidence whose sentences use that form."""
    data = store.read()
    ent = find(data, node)
    if alias not in ent.aliases:
        raise EntityError(f"{ent.id} has no surface form {alias!r} (it has: {', '.join(ent.aliases)})")
    return _decide(store, path, Decision("split", ent.id, alias=alias, name=name), data)


def _decide(store: Store, path: Path, decision: Decision, data: GraphData) -> Decision:
    apply(store, decision, data)
    record(path, decision)
    return decision


def replay(store: Store, decisions: list[Decision]) -> int:
    """Apply recorded decisions again (after an ingest); the number that changed something."""
    return sum(apply(store, d) for d in decisions)


def apply(store: Store, decision: Decision, data: GraphData | None = None) -> bool:
    """Apply one decision to the store; False when there is nothing (left) to do."""
    data = data if data is not None else store.read()
    entities = {e.id: e for e in data.entities}
    node = entities.get(decision.node)
    if node is None:
        return False
    if decision.action == "merge":
        other = entities.get(decision.other or "")
        return other is not None and _merge(store, data, node, other)
    if decision.action == "rename":
        return _rename(store, data, node, decision.name or node.name)
    return _split(store, data, node, decision.alias or "", decision.name)


def _touching(data: GraphData, node_id: str) -> list[Relation]:
    return [r for r in data.relations if node_id in (r.source, r.target)]


def _merge(store: Store, data: GraphData, keep: Entity, other: Entity) -> bool:
    merge_groups(store, {keep.id: {other.id}}, data=data)
    return True


def merge_groups(
    store: Store,
    groups: Mapping[str, set[str]],
    targets: Mapping[str, Entity] | None = None,
    data: GraphData | None = None,
) -> None:
    """Merge each group's ids into its kept id, all in one transaction: the merged nodes' names and
    surface forms become surface forms of the kept one, and their relations and evidence move to it.
    A kept id the store does not hold is created from ``targets``."""
    data = data if data is not None else store.read()
    entities = {e.id: e for e in data.entities}
    moved = {old: keep for keep, olds in groups.items() for old in olds if old != keep}
    kept = []
    for keep, olds in groups.items():
        base = entities.get(keep) or (targets or {})[keep]
        others = [entities[o] for o in sorted(olds) if o in entities and o != keep]
        forms = {*base.aliases, *(f for o in others for f in (o.name, *o.aliases))} - {base.name}
        merged = Entity(base.id, base.label, base.name, tuple(sorted(forms)), base.iso3, base.attrs)
        for other in others:
            merged = merge_entity(merged, Entity(base.id, base.label, base.name, attrs=other.attrs))
        kept.append(merged)
    rels = [_moved_all(r, moved) for r in data.relations if r.source in moved or r.target in moved]
    store.replace(moved, [*kept, *(r for r in rels if r.source != r.target)])


def _moved_all(rel: Relation, moved: Mapping[str, str]) -> Relation:
    source, target = moved.get(rel.source, rel.source), moved.get(rel.target, rel.target)
    return Relation(source, rel.type, target, rel.evidence, rel.role, rel.status)


def _rename(store: Store, data: GraphData, node: Entity, name: str) -> bool:
    if node.name == name:
        return False
    aliases = tuple(sorted(({*node.aliases, node.name}) - {name}))
    renamed = Entity(node.id, node.label, name, aliases, node.iso3, node.attrs)
    store.replace([node.id], [renamed, *_touching(data, node.id)])
    return True


def _split(store: Store, data: GraphData, node: Entity, alias: str, name: str | None) -> bool:
    if not alias or alias not in node.aliases:
        return False
    new = Entity(entity_id(node.label, name or alias), node.label, name or alias, (alias,))
    if new.id == node.id or label_of(new.id) is not node.label:
        raise EntityError(f"the split-off entity would have the id {new.id}; give it another --name")
    word = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.IGNORECASE)
    kept, moved = [], []
    for rel in _touching(data, node.id):
        theirs = tuple(ev for ev in rel.evidence if word.search(ev.quote))
        mine = tuple(ev for ev in rel.evidence if not word.search(ev.quote))
        if mine:
            kept.append(Relation(rel.source, rel.type, rel.target, mine, rel.role, rel.status))
        if theirs:
            moved.append(
                _moved(
                    Relation(rel.source, rel.type, rel.target, theirs, rel.role, rel.status), node.id, new.id
                )
            )
    rest = Entity(
        node.id, node.label, node.name, tuple(a for a in node.aliases if a != alias), node.iso3, node.attrs
    )
    store.replace([node.id], [rest, new, *kept, *[r for r in moved if r.source != r.target]])
    return True


def _moved(rel: Relation, old: str, new: str) -> Relation:
    source = new if rel.source == old else rel.source
    target = new if rel.target == old else rel.target
    return Relation(source, rel.type, target, rel.evidence, rel.role, rel.status)
