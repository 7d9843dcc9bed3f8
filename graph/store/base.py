"""The store interface every backend implements, and the row mapping they share.

A store holds entities, articles, relations and the evidence records behind them (rows of their
own, see ``graph.store.evidence``). Backends differ only in how they open, create their schema,
run Cypher, bulk-create rows and refuse writes; deciding what a batch adds (so that ingesting the
same article twice changes nothing) is written once here.
"""

from __future__ import annotations

import gc
import json
import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from types import TracebackType
from typing import Any

from graph.model import (
    RELATIONS,
    Article,
    Entity,
    Evidence,
    Label,
    Modality,
    ModelError,
    Record,
    Relation,
    check_relation,
    merge_relations,
    pick,
)
from graph.store import lookup
from graph.store.evidence import (
    EVIDENCE_COLUMNS,
    EVIDENCE_LABEL,
    SUMMARY_COLUMNS,
    add_to_summary,
    evidence_from_row,
    evidence_id,
    evidence_rows,
    sort_evidence,
    summary,
)

Row = dict[str, Any]

# Every node carries this label too (on LadybugDB it is the one node table; the model's label is the
# ``label`` property), so each relation type is one table, one statement and one id index: a table per
# (type, source label, target label) cost LadybugDB ~9 MB of memory each and both engines a statement each.
NODE_LABEL = "__Node__"

# Columns of entity nodes, article nodes and relations; both backends use exactly these.
ENTITY_COLUMNS = ("id", "name", "aliases", "iso3", "attrs")
ARTICLE_COLUMNS = ("id", "name", "url", "outlet", "date", "path")
# A relation holds its key and the summary of its evidence; the evidence itself is rows of its own.
RELATION_COLUMNS = ("key", *SUMMARY_COLUMNS)

# What ``Store._relation_rows`` reads of each relation (besides its type).
RELATION_ROW_RETURN = (
    "s.id AS source, o.id AS target, r.key AS key, r.role AS role, r.status AS status, r.claimed AS claimed, "
    "r.n_evidence AS n_evidence, r.modality AS modality, r.first_date AS first_date, r.last_date AS last_date"
)

DEFAULT_ROW_LIMIT = 10_000
DEFAULT_TIMEOUT_S = 30.0


def redact(uri: str) -> str:
    """``uri`` without the ``user:password@`` part, for messages.

    >>> redact("bolt://neo4j:hunter2@db.example:7687"), redact("g.lbug")
    ('bolt://db.example:7687', 'g.lbug')
    """
    return re.sub(r"^([A-Za-z][\w+.-]*://)[^/@]*@", r"\1", uri)


class StoreError(Exception):
    """A store could not be opened or used; the message is safe to show (no credentials)."""


class ReadOnlyError(StoreError):
    """A read-only query tried to write."""


class StoreBusyError(StoreError):
    """The embedded store is being written by another process (or read, for a writer); retry later."""


class DiskFullError(StoreError):
    """No room left to write the store; what was committed before is kept."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]


@dataclass
class GraphData:
    """Everything a store holds, as model records."""

    entities: list[Entity] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass
class AddStats:
    """What one ``Store.add`` was given, and how much of it the store did not hold before."""

    nodes: int = 0
    relations: int = 0
    evidence: int = 0
    new_nodes: int = 0
    new_relations: int = 0
    new_evidence: int = 0

    def count(self, other: AddStats) -> None:
        """Add ``other``'s counts to these (an ingest's totals over its documents)."""
        for f in fields(AddStats):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class WritePlan:
    """The rows one ``Store.add`` writes, by kind."""

    new_relations: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    updated_relations: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    # The evidence records the store does not hold yet, with their relation, in the relations' order
    # (every record of a relation the write creates): rows are made of them where written.
    new_evidence: list[tuple[Relation, Sequence[Evidence]]] = field(default_factory=list)
    changed_evidence: list[Row] = field(default_factory=list)
    # Keys of the stored relations among those written whose stored summary is not claimed (their
    # ``Negated`` rows exist: ``graph.store.lookup.record_negated``).
    unclaimed: set[str] = field(default_factory=set)


class Store(ABC):
    """A graph store. Open one with ``graph.store.open_store(uri)``."""

    uri: str

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def is_current(self) -> bool:
        """Whether this handle still reads what the store holds now.

        A server always does; an embedded store opened read-only reads the file as it was when opened,
        so a long-lived reader (``geoalign serve``) reopens it once this turns False.
        """
        return True

    def being_rewritten(self) -> bool:
        """Whether another process is rewriting the store's files right now (an embedded store's
        checkpoint), so a reader should answer "retry" rather than read."""
        return False

    def add(self, records: Iterable[Record]) -> AddStats:
        """Upsert entities, articles and relations; evidence is merged, never dropped or duplicated.

        All records of one call are written in one transaction.
        """
        return self.replace((), records)

    def replace(self, remove: Iterable[str], records: Iterable[Record]) -> AddStats:
        """Delete the nodes ``remove`` names (with their relations), then add ``records``, in one
        transaction: how an analyst's merge, split or rename rewrites nodes (``graph.entities``)."""
        with collector_paused():
            return self._replace(remove, records)

    def _replace(self, remove: Iterable[str], records: Iterable[Record]) -> AddStats:
        doomed = sorted(set(remove))
        entities, articles, relations = split_records(records)
        for rel in relations:
            check_relation(rel)
        stats = AddStats()

        def apply(tx: Tx) -> None:
            # Re-runnable as a whole: a backend may retry it after a transient error.
            given = [e.id for e in entities] + [a.id for a in articles]
            # One read of every node named (each a lookup by id): the names of those deleted or
            # rewritten, and the stored form of the given ones (a deleted one is stored no more).
            before = {
                row["id"]: row
                for row in tx.lookup(NODE_LABEL, "id", list({*doomed, *given}), _node_return(ENTITY_COLUMNS))
            }
            named = {i: lookup.names_of(row) for i, row in before.items()}
            gone = set(doomed)
            stored = {i for i in given if i in before and i not in gone}
            if doomed:
                lookup.forget(tx, NODE_LABEL, doomed)
                self._delete_nodes(tx, doomed)
            changed_entities = _changed_entities(entities, {i: before[i] for i in stored})
            self._check_endpoints(tx, relations, set(given))
            plan = self._plan(tx, relations)
            self._write_nodes(tx, group_rows(changed_entities, articles), stored)
            self._write_relations(tx, plan)
            # (relation key, evidence id) of each new evidence row, made once where the rows are made
            evidence = self._create_evidence(tx, plan.new_evidence) if plan.new_evidence else []
            new_evidence = len(evidence)
            if plan.changed_evidence:
                tx.run(update_evidence_cypher(), {"rows": plan.changed_evidence})
            after: dict[str, set[str]] = {i: set() for i in doomed}
            written: list[Entity | Article] = [*changed_entities, *articles]
            after.update((n.id, names(n)) for n in written)
            lookup.record_names(tx, named, after)
            rows = [
                row
                for by_type in (plan.new_relations, plan.updated_relations)
                for r in by_type.values()
                for row in r
            ]
            created = {row["key"] for by_type in plan.new_relations.values() for row in by_type}
            lookup.record_relations(tx, rows, evidence, created, plan.unclaimed)
            stats.nodes, stats.relations = len(entities) + len(articles), len(relations)
            stats.evidence = sum(len(r.evidence) for r in relations)
            stats.new_nodes = len(set(given) - stored)
            stats.new_relations = sum(map(len, plan.new_relations.values()))
            stats.new_evidence = new_evidence

        self._transact(apply)
        return stats

    def _build_lookups(self) -> None:
        """Fill the lookups (``graph.store.lookup``) of a store written before they existed."""
        if not lookup.is_built(self._read_all, NODE_LABEL):
            relations = self._relation_rows()
            self._transact(
                lambda tx: lookup.rebuild(tx, self._read_all, NODE_LABEL, EVIDENCE_LABEL, relations)
            )
        elif not self._read_all(f"MATCH (n:{lookup.NEIGHBOURS_LABEL}) RETURN n.key AS key LIMIT 1") and any(
            self._has_relations(t) for t in sorted(lookup.NEIGHBOUR_TYPES)
        ):  # written before ``Neighbours`` existed (2026-12-03)
            relations = self._relation_rows()
            self._transact(lambda tx: lookup.record_neighbours(tx, relations))
        if not lookup.has_cited(self._read_all):  # written before ``Cited`` existed (2026-12-06)
            relations = self._relation_rows()
            self._transact(lambda tx: lookup.record_cited(tx, relations, {row["key"] for row in relations}))
        if not lookup.has_negated(self._read_all):  # written before ``Negated`` existed (2026-12-06)
            relations = self._relation_rows()
            self._transact(lambda tx: lookup.record_negated(tx, relations))
        if not self._read_all(f"MATCH (n:{lookup.TOPIC_ACTORS_LABEL}) RETURN n.topic AS t LIMIT 1"):
            # written before ``TopicActors`` existed (2026-12-03): each stance row names its actor and topic
            stances = self._read_all(f"MATCH (s:{lookup.STANCE_LABEL}) RETURN s.actor AS a, s.topic AS t")
            if stances:
                pairs = [(row["a"], row["t"]) for row in stances]
                self._transact(lambda tx: lookup.record_topics(tx, pairs))

    def _has_relations(self, rel_type: str) -> bool:
        """Whether any relation of ``rel_type`` (one of the model's) is stored."""
        return bool(self._read_all(f"MATCH ()-[r:{rel_type}]->() RETURN r.key AS key LIMIT 1"))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these node ids are stored (how an ingest skips articles it has already read)."""
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        return {row["id"] for row in self._read_all(_lookup_nodes_cypher("n.id AS id"), {"ids": wanted})}

    def _delete_nodes(self, tx: Tx, ids: list[str]) -> None:
        tx.run(f"MATCH (n:{NODE_LABEL}) WHERE n.id IN $ids DETACH DELETE n", {"ids": ids})
        tx.run(
            f"MATCH (e:{EVIDENCE_LABEL}) WHERE e.source IN $ids OR e.target IN $ids DELETE e", {"ids": ids}
        )

    def _write_nodes(self, tx: Tx, groups: Mapping[Label, list[Row]], stored: Collection[str]) -> None:
        """Write new and changed nodes, grouped by label (``stored``: the ids of those stored already)."""
        for label, rows in groups.items():
            tx.run(upsert_nodes_cypher(label), {"rows": rows})

    def _write_relations(self, tx: Tx, plan: WritePlan) -> None:
        """Create the plan's new relations and write the new summaries of its stored ones."""
        for rel_type, rows in plan.new_relations.items():
            self._create_relations(tx, rel_type, rows)
        for rel_type, rows in plan.updated_relations.items():
            self._update_relations(tx, rel_type, rows)

    def _create_relations(self, tx: Tx, rel_type: str, rows: list[Row]) -> None:
        """Create relations of one type that are not stored yet."""
        tx.run(create_relations_cypher(rel_type), {"rows": rows})

    def _update_relations(self, tx: Tx, rel_type: str, rows: list[Row]) -> None:
        """Write the new summary of relations of one type that are stored already."""
        tx.run(update_by_key_cypher(rel_type), {"rows": rows})

    def _create_evidence(
        self, tx: Tx, records: Sequence[tuple[Relation, Sequence[Evidence]]]
    ) -> Sequence[tuple[str, str]]:
        """Create the rows of evidence records that are not stored yet (with their relations), and
        return the (relation key, evidence id) of each."""
        rows = [row for rel, evidence in records for row in evidence_rows(rel, evidence)]
        tx.run(create_evidence_cypher(), {"rows": rows})
        return [(row["rel"], row["id"]) for row in rows]

    def _check_endpoints(self, tx: Tx, relations: list[Relation], in_batch: set[str]) -> None:
        """Refuse relations whose ends are neither in this batch nor already stored (nothing is written)."""
        wanted = {end for rel in relations for end in (rel.source, rel.target)} - in_batch
        if not wanted:
            return
        # An id names its label ("Country:RUS"), so a stored node with that id has that label.
        rows = tx.lookup(NODE_LABEL, "id", sorted(wanted), "n.id AS id")
        missing = wanted - {row["id"] for row in rows}
        if missing:
            raise ModelError(
                f"relation(s) refer to node(s) that are neither given nor stored: {sorted(missing)}"
            )

    def _plan(self, tx: Tx, relations: list[Relation]) -> WritePlan:
        """What to write for these relations: one lookup of stored summaries per type and one of
        stored evidence by id; the old evidence of a relation is read only when a record of the
        same span comes back changed (its summary is then computed again from all its records)."""
        stored = self._stored_summaries(tx, relations)
        plan = WritePlan()
        plan.unclaimed = {key for key, row in stored.items() if not row["claimed"]}
        ids = [evidence_id(r.key, ev) for r in relations if r.key in stored for ev in r.evidence]
        known = {row["id"]: row for row in tx.lookup(EVIDENCE_LABEL, "id", ids, _evidence_return("n"))}
        recount: list[Relation] = []
        for rel in relations:
            if rel.key not in stored:
                plan.new_relations[rel.type].append(relation_row(rel))
                if rel.evidence:
                    plan.new_evidence.append((rel, rel.evidence))
                continue
            rows = evidence_rows(rel)
            # The records behind the new rows (rows are made in the order of the records).
            added = [ev for ev, row in zip(rel.evidence, rows, strict=True) if row["id"] not in known]
            changed = [row for row in rows if row["id"] in known and _differs(known[row["id"]], row)]
            if added:
                plan.new_evidence.append((rel, added))
            plan.changed_evidence.extend(changed)
            if changed:
                recount.append(rel)
                continue
            fresh = add_to_summary(stored[rel.key], rel, added)
            if any(fresh[c] != stored[rel.key][c] for c in SUMMARY_COLUMNS):
                plan.updated_relations[rel.type].append({**relation_ends(rel), **fresh})
        for rel in self._with_stored_evidence(tx, recount):
            plan.updated_relations[rel.type].append(relation_row(rel))
        return plan

    def _stored_summaries(self, tx: Tx, relations: list[Relation]) -> dict[str, Row]:
        by_type: dict[str, list[str]] = defaultdict(list)
        for rel in relations:
            by_type[rel.type].append(rel.key)
        stored: dict[str, Row] = {}
        for rel_type, keys in by_type.items():
            for row in tx.read(lookup_relations_cypher(rel_type), {"keys": keys}):
                stored[row["key"]] = row
        return stored

    def _with_stored_evidence(self, tx: Tx, relations: list[Relation]) -> list[Relation]:
        """These relations with every stored evidence record added (the given ones win)."""
        if not relations:
            return []
        cypher = f"UNWIND $keys AS k MATCH (e:{EVIDENCE_LABEL}) WHERE e.rel = k RETURN {_evidence_return()}"
        old: dict[str, list[Evidence]] = defaultdict(list)
        for row in tx.read(cypher, {"keys": [r.key for r in relations]}):
            old[row["rel"]].append(evidence_from_row(row))
        stored_role = self._stored_summaries(tx, relations)
        out = []
        for rel in relations:
            base = Relation(
                rel.source,
                rel.type,
                rel.target,
                tuple(old[rel.key]),
                stored_role[rel.key]["role"],
                stored_role[rel.key]["status"],
            )
            out.append(base.merged(rel))
        return out

    def read(self) -> GraphData:
        """Every entity, article and relation in the store (for views, exports and analysis)."""
        data = GraphData()
        columns = tuple(dict.fromkeys((*ENTITY_COLUMNS, *ARTICLE_COLUMNS)))
        for row in self._read_all(f"MATCH (n:{NODE_LABEL}) RETURN {_node_return(columns)}"):
            label = Label(row["label"])
            if label is Label.ARTICLE:
                data.articles.append(article_from_row(row))
            else:
                data.entities.append(entity_from_row(label, row))
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for row in self._read_all(f"MATCH (e:{EVIDENCE_LABEL}) RETURN {_evidence_return()}"):
            evidence[row["rel"]].append(evidence_from_row(row))
        data.relations.extend(
            Relation(
                row["source"],
                row["type"],
                row["target"],
                sort_evidence(evidence.get(row["key"], ())),
                row["role"],
                row["status"],
            )
            for row in self._relation_rows()
        )
        return data

    def _relation_rows(self) -> list[Row]:
        """Every stored relation as a row: source, target, type, key, role, status and its summary's
        claimed, n_evidence, modality and dates (one statement per relation type, in the model's order of
        types)."""
        rows: list[Row] = []
        for rel_type in RELATIONS:
            cypher = f"MATCH (s)-[r:{rel_type}]->(o) RETURN {RELATION_ROW_RETURN}"
            rows.extend({**row, "type": rel_type} for row in self._read_all(cypher))
        return rows

    @abstractmethod
    def query(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        limit: int = DEFAULT_ROW_LIMIT,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> QueryResult:
        """Run a read-only query written in Neo4j's Cypher (LadybugDB's store translates it, see
        graph.cypher_compat); writes raise ReadOnlyError and leave the store unchanged."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or database."""

    @abstractmethod
    def _transact(self, work: Callable[[Tx], None]) -> None:
        """Run work(tx) in one write transaction: commit on success, roll back on error."""

    @abstractmethod
    def _read_all(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a trusted internal read query and return every row as a dict."""


class Tx(ABC):
    """The operations ``Store.add`` needs inside one write transaction."""

    @abstractmethod
    def read(self, cypher: str, params: Mapping[str, Any]) -> list[Row]: ...

    @abstractmethod
    def run(self, cypher: str, params: Mapping[str, Any]) -> None: ...

    def create(self, label: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Create one node of ``label`` (a constant of ours, never input) per row, with its ``columns``."""
        props = ", ".join(f"{c}: row.{c}" for c in columns)
        self.run(f"UNWIND $rows AS row CREATE (n:{label} {{{props}}})", {"rows": rows})

    def lookup(self, label: str, key: str, keys: Sequence[str], returns: str) -> list[Row]:
        """``returns`` (of node ``n``) for the nodes of ``label`` whose ``key``, the property the engine
        indexes, is one of ``keys``: one index lookup each (``IN $list`` is a scan per key on LadybugDB)."""
        if not keys:
            return []
        return self.read(f"UNWIND $keys AS k MATCH (n:{label} {{{key}: k}}) RETURN {returns}", {"keys": keys})

    def update(self, label: str, key: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Set ``columns`` of the stored nodes of ``label`` found by their ``key`` (each row holds both)."""
        sets = ", ".join(f"n.{c} = row.{c}" for c in columns)
        self.run(f"UNWIND $rows AS row MATCH (n:{label} {{{key}: row.{key}}}) SET {sets}", {"rows": rows})

    def fold(self, texts: Collection[str]) -> dict[str, str]:
        """Each of ``texts`` folded by the engine's own ``toLower`` (what presets fold their parameter
        with): ``{text: folded}``."""
        if not texts:
            return {}
        cypher = "UNWIND $names AS s RETURN s AS s, toLower(s) AS k"
        return {r["s"]: r["k"] for r in self.read(cypher, {"names": sorted(texts)})}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block. A write allocates a few objects per record, which
    set off full collections walking every object the process holds (loading 100k relations beside
    their generated corpus: 1.4-1.85 s of collecting every third 10k call); what a write allocates is
    freed by reference counting."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def split_records(records: Iterable[Record]) -> tuple[list[Entity], list[Article], list[Relation]]:
    """Sort records by kind, folding duplicates (same id, same relation key) into one."""
    entities: dict[str, Entity] = {}
    articles: dict[str, Article] = {}
    relations: list[Relation] = []
    for rec in records:
        if isinstance(rec, Entity):
            seen = entities.get(rec.id)
            # Each document repeats its entities: merging equal ones (most of them) changes nothing.
            entities[rec.id] = (
                rec if seen is None else seen if seen is rec or seen == rec else merge_entity(seen, rec)
            )
        elif isinstance(rec, Article):
            articles[rec.id] = rec
        else:
            relations.append(rec)
    return list(entities.values()), list(articles.values()), merge_relations(relations)


def _changed_entities(entities: list[Entity], stored: Mapping[str, Row]) -> list[Entity]:
    """The given entities merged with their stored form (``stored``: node rows by id), leaving out
    those the merge leaves as stored."""
    known = {
        e.id: entity_from_row(Label(stored[e.id]["label"]), stored[e.id]) for e in entities if e.id in stored
    }
    # New entities go through the same merge, so a first write and a re-write store the same thing.
    # One equal to its stored form is left as stored (a stored entity is one such merge already).
    merged = [e if known.get(e.id) == e else merge_entity(known.get(e.id, e), e) for e in entities]
    return [e for e in merged if known.get(e.id) != e]


def names(node: Entity | Article) -> set[str]:
    """What a preset's actor lookup compares with: the id, the name (an article's title), the aliases."""
    spellings = (node.id, node.name, *node.aliases) if isinstance(node, Entity) else (node.id, node.title)
    return {s for s in spellings if s is not None}


def merge_entity(old: Entity, new: Entity) -> Entity:
    """One entity from two readings of it; the result does not depend on which came first."""
    aliases = tuple(sorted({*old.aliases, *new.aliases}))
    attrs = {k: pick(old.attrs.get(k), new.attrs.get(k)) or "" for k in {*old.attrs, *new.attrs}}
    name = pick(old.name, new.name, longer=False) or old.name
    return Entity(old.id, old.label, name, aliases, pick(old.iso3, new.iso3), dict(sorted(attrs.items())))


# --- rows <-> records -----------------------------------------------------------------------


def _node_return(columns: Sequence[str]) -> str:
    return ", ".join(f"n.{c} AS {c}" for c in ("label", *columns))


def _rel_return() -> str:
    return ", ".join(f"r.{c} AS {c}" for c in RELATION_COLUMNS)


def entity_row(ent: Entity) -> Row:
    return {
        "id": ent.id,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "iso3": ent.iso3,
        "attrs": json.dumps(dict(ent.attrs), sort_keys=True),
    }


def article_row(art: Article) -> Row:
    return {
        "id": art.id,
        "name": art.title,
        "url": art.url,
        "outlet": art.outlet,
        "date": art.date,
        "path": art.path,
    }


def entity_from_row(label: Label, row: Mapping[str, Any]) -> Entity:
    return Entity(
        row["id"],
        label,
        row["name"],
        tuple(row["aliases"] or ()),
        row["iso3"],
        json.loads(row["attrs"] or "{}"),
    )


def article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(row["id"], row["name"], row["url"], row["outlet"], row["date"], row["path"])


_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    # A shallow read of the (scalar) fields: dataclasses.asdict deep-copies and was 2 s per 20k records.
    data = {name: getattr(ev, name) for name in _EVIDENCE_FIELDS}
    data["modality"] = ev.modality.value
    return data


def evidence_from_dict(data: Mapping[str, Any]) -> Evidence:
    known = {k: v for k, v in data.items() if k in Evidence.__dataclass_fields__}
    known["modality"] = Modality(known.get("modality", "asserted"))
    return Evidence(**known)


def relation_ends(rel: Relation) -> Row:
    return {"source": rel.source, "target": rel.target, "key": rel.key}


def relation_row(rel: Relation) -> Row:
    """A relation as the store writes it: its ends, its key and the summary of its evidence."""
    return summary(rel, ends=True)


def _differs(stored: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    return any(stored.get(c) != row[c] for c in EVIDENCE_COLUMNS)


def _evidence_return(var: str = "e") -> str:
    return ", ".join(f"{var}.{c} AS {c}" for c in EVIDENCE_COLUMNS)


def group_rows(entities: Sequence[Entity], articles: Sequence[Article]) -> dict[Label, list[Row]]:
    groups: dict[Label, list[Row]] = defaultdict(list)
    for ent in entities:
        groups[ent.label].append(entity_row(ent))
    for art in articles:
        groups[Label.ARTICLE].append(article_row(art))
    return groups


# --- the write queries (labels and types come from the model's enums, never from input) -----


def label_sets(label: Label) -> str:
    """``SET`` items giving node ``n`` its label as a Neo4j label and as the ``label`` property."""
    return f"n:{label.value}, n.label = '{label.value}'"


def upsert_nodes_cypher(label: Label) -> str:
    """Write nodes of one label, the label as the ``label`` property (Neo4j writes every label in one
    statement of its own, ``Neo4jStore._write_nodes``)."""
    columns = ARTICLE_COLUMNS if label is Label.ARTICLE else ENTITY_COLUMNS
    sets = f"n.label = '{label.value}'"
    sets += "".join(f", n.{c} = row.{c}" for c in columns if c != "id")
    return f"UNWIND $rows AS row MERGE (n:{NODE_LABEL} {{id: row.id}}) SET {sets}"


def _lookup_nodes_cypher(returns: str) -> str:
    """Nodes by id, one index lookup per id (``IN $list`` is a scan per id on LadybugDB)."""
    return f"UNWIND $ids AS i MATCH (n:{NODE_LABEL} {{id: i}}) RETURN {returns}"


def lookup_relations_cypher(rel_type: str) -> str:
    """Stored summaries of relations of one type, by key (parameter ``$keys``), joined on the key."""
    _check_type(rel_type)
    columns = ", ".join(f"r.{c} AS {c}" for c in RELATION_COLUMNS)
    return f"UNWIND $keys AS k MATCH ()-[r:{rel_type}]->() WHERE r.key = k RETURN {columns}"


def update_by_key_cypher(rel_type: str) -> str:
    """Update stored relations in place, found by key (Store.add has just read them, so each exists)."""
    return (
        f"UNWIND $rows AS row MATCH ()-[r:{rel_type}]->() WHERE r.key = row.key "
        f"SET {_relation_sets(rel_type)}"
    )


def create_relations_cypher(rel_type: str) -> str:
    """Create relations Store.add has just found absent (no existence check by the engine)."""
    _check_type(rel_type)
    props = ", ".join(f"{c}: row.{c}" for c in RELATION_COLUMNS)
    return (
        f"UNWIND $rows AS row MATCH (s:{NODE_LABEL} {{id: row.source}}) "
        f"MATCH (o:{NODE_LABEL} {{id: row.target}}) CREATE (s)-[r:{rel_type} {{{props}}}]->(o)"
    )


def create_evidence_cypher() -> str:
    props = ", ".join(f"{c}: row.{c}" for c in EVIDENCE_COLUMNS)
    return f"UNWIND $rows AS row CREATE (e:{EVIDENCE_LABEL} {{{props}}})"


def update_evidence_cypher() -> str:
    sets = ", ".join(f"e.{c} = row.{c}" for c in EVIDENCE_COLUMNS if c != "id")
    return f"UNWIND $rows AS row MATCH (e:{EVIDENCE_LABEL} {{id: row.id}}) SET {sets}"


def _relation_sets(rel_type: str) -> str:
    _check_type(rel_type)
    return ", ".join(f"r.{c} = row.{c}" for c in RELATION_COLUMNS if c != "key")


def _check_type(rel_type: str) -> None:
    if rel_type not in RELATIONS:  # the type is written into the query text: only the model's own
        raise ValueError(rel_type)


def chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
