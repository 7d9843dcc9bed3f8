"""Lookups the store keeps up to date at write time, so presets start from an index instead of a scan.

Three kinds of rows, none connected by a relationship (graph patterns never see them), each keyed by
the one property both engines index (LadybugDB's primary key, a uniqueness constraint on Neo4j):

- ``NameKey``: a folded name (the engine's own ``toLower`` of a node's id, name or alias) and the ids
  of the nodes it names. ``WITH toLower($actor) AS q MATCH (k:NameKey {key: q}) UNWIND k.ids AS i
  MATCH (a:__Node__ {id: i})`` finds exactly the nodes ``toLower(a.id) = q OR toLower(a.name) = q OR
  any(al IN a.aliases WHERE toLower(al) = q)`` finds, with two index lookups instead of a scan.
- ``EvidenceOf``: a relation key and the ids of its evidence rows (LadybugDB has no index on
  ``Evidence.rel``; evidence ids are its primary key).
- ``Stance``: one row per actor and event or agreement (``topic``) with the relation types by which
  the actor supports or opposes it (all of them, and those claimed); ``ActorTopics`` lists an
  actor's topics, ``TopicActors`` a topic's actors. ``stance_table`` and ``breaks_ranks`` read these
  instead of every relation; ``breaks_ranks`` given an actor meets its allies on each of its topics
  through ``TopicActors`` (the few actors with a side on it) instead of trying every ally on every topic.
- ``Neighbours``: one row per actor and relation type in ``NEIGHBOUR_TYPES`` (key ``actor|TYPE``) with
  the ids of the nodes at the other end of the actor's relations of that type, either direction.
  LadybugDB keeps every relation in one table, so ``MATCH (a)-[r]-(b) WHERE r:ALLY_OF`` reads the
  type of every relation of ``a`` (8,500 for the busiest actor at 100k relations); ``allies`` and
  ``breaks_ranks`` (given an actor) walk from each ally instead, whose relations are far fewer.
  ``breaks_ranks`` without an actor reads every row (the actor is the key less ``|ALLY_OF``) for its
  candidate pairs instead of scanning every relation.

- ``Cited``: one row per relation (not ``MENTIONS``) with at least ``CITED_FLOOR`` evidence records,
  keyed by the relation key, with what ``most_cited`` shows of it (its ends' ids, type, evidence count,
  claimed flag, modality, first and last date); ``CitedCount`` counts those rows per relation type (and
  ``*`` for all types), claimed and all. ``most_cited`` lists from these rows when they hold at least
  ``$top`` of the relations asked for (the top is then among them: every relation with more evidence
  than the last of them is a row), else it reads every relation as before. A relation's evidence count
  only grows while it is stored (evidence rows go with their relation), so a row, once made, stays
  until ``forget`` drops its relation.

- ``Negated``: one row per relation stated only as negated or hypothetical (its summary not claimed),
  keyed by the relation key, with its ends' ids, type, modality and evidence count: what
  ``negated_claims`` lists (4,931 of 100k generated relations) instead of reading every relation's
  claimed flag. A row goes when its relation becomes claimed (the write knows the stored flag) or is
  deleted.

``Store.replace`` calls ``record_names``, ``record_relations`` and ``forget`` inside its
transaction; ``rebuild`` fills them from what a store holds (a store written before they existed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Protocol

from graph.model import RELATIONS, Label, label_of

NAME_LABEL = "NameKey"
EVIDENCE_OF_LABEL = "EvidenceOf"
STANCE_LABEL = "Stance"
TOPICS_LABEL = "ActorTopics"
TOPIC_ACTORS_LABEL = "TopicActors"
NEIGHBOURS_LABEL = "Neighbours"
CITED_LABEL = "Cited"
CITED_COUNT_LABEL = "CitedCount"
NEGATED_LABEL = "Negated"
# The evidence count from which a relation is a ``Cited`` row: at 100k generated relations 1,278 of
# 90,002 (the top 20 need 50 or more), on the demo and dev sets none (``most_cited`` reads every relation).
CITED_FLOOR = 10
ALL_TYPES = "*"  # the ``CitedCount`` row of every type
# The relation types whose ends ``Neighbours`` lists (those a saved query anchors on by actor).
NEIGHBOUR_TYPES = frozenset({"ALLY_OF"})
# label -> (key property, list properties, other string properties)
LOOKUPS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    NAME_LABEL: ("key", ("ids",), ()),
    EVIDENCE_OF_LABEL: ("rel", ("ids",), ()),
    STANCE_LABEL: ("key", ("support", "oppose", "support_claimed", "oppose_claimed"), ("actor", "topic")),
    TOPICS_LABEL: ("actor", ("topics",), ()),
    TOPIC_ACTORS_LABEL: ("topic", ("actors",), ()),
    NEIGHBOURS_LABEL: ("key", ("ids",), ()),
    CITED_LABEL: (
        "key",
        (),
        ("source", "target", "type", "n_evidence", "claimed", "modality", "first_date", "last_date"),
    ),
    CITED_COUNT_LABEL: ("type", (), ("n_all", "n_claimed")),
    NEGATED_LABEL: ("key", (), ("source", "target", "type", "modality", "n_evidence")),
}
TOPIC_LABELS = frozenset({Label.EVENT, Label.AGREEMENT})
_STANCE_LISTS = LOOKUPS[STANCE_LABEL][1]

Row = dict[str, Any]


class _Tx(Protocol):
    def read(self, cypher: str, params: Mapping[str, Any]) -> list[Row]: ...

    def run(self, cypher: str, params: Mapping[str, Any]) -> None: ...

    def create(self, label: str, columns: Sequence[str], rows: Sequence[Row]) -> None: ...

    def lookup(self, label: str, key: str, keys: Sequence[str], returns: str) -> list[Row]: ...

    def update(self, label: str, key: str, columns: Sequence[str], rows: Sequence[Row]) -> None: ...

    def fold(self, texts: Collection[str]) -> dict[str, str]: ...


def stance_key(actor: str, topic: str) -> str:
    """The key of the stance row of ``actor`` on ``topic`` (what ``breaks_ranks`` builds in Cypher).

    >>> stance_key("Country:SRB", "Event:x")
    'Country:SRB|Event:x'
    """
    return f"{actor}|{topic}"


def neighbour_key(actor: str, rel_type: str) -> str:
    """The key of the ``Neighbours`` row of ``actor``'s relations of ``rel_type`` (what ``allies``
    builds in Cypher).

    >>> neighbour_key("Country:SRB", "ALLY_OF")
    'Country:SRB|ALLY_OF'
    """
    return f"{actor}|{rel_type}"


def names_of(row: Mapping[str, Any]) -> set[str]:
    """The id, name and aliases of a stored node row (what a preset's actor lookup compares)."""
    return {s for s in (row.get("id"), row.get("name"), *(row.get("aliases") or ())) if s is not None}


def record_names(tx: _Tx, before: Mapping[str, set[str]], after: Mapping[str, set[str]]) -> None:
    """Move the ids in ``after`` from the name keys of their ``before`` names to those of their new
    names (an empty set: the node was deleted). Keys are folded by the engine's own ``toLower``, the
    function presets fold their parameter with, so a lookup finds what the old scan found."""
    none: frozenset[str] = frozenset()
    changed = {i: (before.get(i, none), now) for i, now in after.items() if before.get(i, none) != now}
    if not changed:
        return
    spellings: set[str] = set()
    for old, now in changed.values():
        spellings.update(old)
        spellings.update(now)
    fold = tx.fold(spellings)
    add: dict[str, set[str]] = defaultdict(set)
    drop: dict[str, set[str]] = defaultdict(set)
    for node, (old, now) in changed.items():
        new_keys = {fold[s] for s in now}
        if not old:  # a new node (most of a first write): every key is added
            for key in new_keys:
                add[key].add(node)
            continue
        old_keys = {fold[s] for s in old}
        for key in new_keys - old_keys:
            add[key].add(node)
        for key in old_keys - new_keys:
            drop[key].add(node)
    stored = _read_lists(tx, NAME_LABEL, [*add.keys() | drop.keys()])
    rows: dict[str, list[str]] = {}
    for key in add.keys() | drop.keys():
        had = stored.get(key)
        if had is None and key not in drop:  # a key no node had: its new ids alone
            rows[key] = sorted(add[key])
        else:
            ids = set(had["ids"] or ()) if had is not None else set()
            rows[key] = sorted((ids - drop.get(key, none)) | add.get(key, none))
    _write(tx, NAME_LABEL, stored, [{"key": k, "ids": ids} for k, ids in rows.items() if ids])
    _delete(tx, NAME_LABEL, [k for k, ids in rows.items() if not ids and k in stored])


def record_relations(
    tx: _Tx,
    relations: Iterable[Row],
    evidence: Iterable[tuple[str, str]],
    created: Collection[str] = (),
    unclaimed: Collection[str] = (),
) -> None:
    """Add new evidence rows ((relation key, evidence id) pairs) to their relations' ``EvidenceOf``
    lists, and the written relation summaries (rows with source, target, key and claimed) to the
    stance rows of their actor and topic. ``created``: keys of relations this write creates, whose
    lists are not read (a relation's list exists while the relation does: ``forget`` drops it with the
    relation). ``unclaimed``: keys of stored relations whose stored summary is not claimed."""
    by_rel: dict[str, set[str]] = defaultdict(set)
    for rel, evidence_id in evidence:
        by_rel[rel].add(evidence_id)
    if by_rel:
        stored = _read_lists(tx, EVIDENCE_OF_LABEL, sorted(k for k in by_rel if k not in created))
        rows = [
            {"rel": k, "ids": sorted(ids.union(stored[k]["ids"] or ()) if k in stored else ids)}
            for k, ids in by_rel.items()
        ]
        _write(tx, EVIDENCE_OF_LABEL, stored, rows)
    relations = list(relations)
    _record_stances(tx, [row for row in relations if _is_stance(row)])
    # A relation's ends are stored while it is (only ``forget`` removes relations): new ones only.
    record_neighbours(tx, [row for row in relations if row["key"] in created])
    record_cited(tx, relations, created)
    record_negated(tx, relations, unclaimed)


def record_negated(tx: _Tx, relations: Iterable[Row], unclaimed: Collection[str] = ()) -> None:
    """Write the ``Negated`` rows of these relation summaries that are not claimed, and drop those of
    the ones now claimed; ``unclaimed``: the keys whose rows are stored (their stored summary was not
    claimed)."""
    others = LOOKUPS[NEGATED_LABEL][2]
    rows, gone = [], []
    for rel in relations:
        if rel["claimed"]:
            if rel["key"] in unclaimed:
                gone.append(rel["key"])
            continue
        rows.append({"key": rel["key"], "type": _type_of(rel)} | {c: rel[c] for c in others if c != "type"})
    _write(tx, NEGATED_LABEL, {key: {} for key in unclaimed}, rows)
    _delete(tx, NEGATED_LABEL, sorted(gone))


def record_cited(tx: _Tx, relations: Iterable[Row], created: Collection[str] = ()) -> None:
    """Write the ``Cited`` rows of these relation summaries (rows with source, target, key and the
    summary columns) that have at least ``CITED_FLOOR`` evidence records, and count the new ones and
    those whose claimed flag changed in ``CitedCount``. ``created``: keys of relations this write
    creates (no row of theirs is stored)."""
    top = [row for row in relations if row["n_evidence"] >= CITED_FLOOR and _type_of(row) != "MENTIONS"]
    if not top:
        return
    stored = _read_lists(tx, CITED_LABEL, sorted(row["key"] for row in top if row["key"] not in created))
    others = LOOKUPS[CITED_LABEL][2]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # type -> [all, claimed] added
    rows = []
    for rel in top:
        row = {"key": rel["key"], "type": _type_of(rel)} | {c: rel[c] for c in others if c != "type"}
        had = stored.get(rel["key"])
        if had is None or bool(had["claimed"]) != bool(row["claimed"]):
            added = (0 if had else 1, (1 if row["claimed"] else 0) - (1 if had and had["claimed"] else 0))
            for rel_type in (row["type"], ALL_TYPES):
                counts[rel_type][0] += added[0]
                counts[rel_type][1] += added[1]
        if had is None or any(had[c] != row[c] for c in others):
            rows.append(row)
    _write(tx, CITED_LABEL, stored, rows)
    _count_cited(tx, counts)


def _count_cited(tx: _Tx, counts: Mapping[str, list[int]]) -> None:
    """Add ``counts`` (type -> [all, claimed]) to the ``CitedCount`` rows."""
    changed = {t: c for t, c in counts.items() if c != [0, 0]}
    if not changed:
        return
    stored = _read_lists(tx, CITED_COUNT_LABEL, sorted(changed))
    rows = []
    for rel_type, (n_all, n_claimed) in changed.items():
        had = stored.get(rel_type, {"n_all": 0, "n_claimed": 0})
        rows.append(
            {"type": rel_type, "n_all": had["n_all"] + n_all, "n_claimed": had["n_claimed"] + n_claimed}
        )
    _write(tx, CITED_COUNT_LABEL, stored, rows)


def record_neighbours(tx: _Tx, relations: Iterable[Row]) -> None:
    """Add the ends of these relations (rows with source, target and key) of ``NEIGHBOUR_TYPES`` to
    each other's ``Neighbours`` rows."""
    add: dict[str, set[str]] = defaultdict(set)
    for row in relations:
        rel_type = _type_of(row)
        if rel_type in NEIGHBOUR_TYPES:
            add[neighbour_key(row["source"], rel_type)].add(row["target"])
            add[neighbour_key(row["target"], rel_type)].add(row["source"])
    if not add:
        return
    stored = _read_lists(tx, NEIGHBOURS_LABEL, sorted(add))
    rows = []
    for key, ids in add.items():
        had = set(stored[key]["ids"] or ()) if key in stored else set()
        if not ids <= had:
            rows.append({"key": key, "ids": sorted(had | ids)})
    _write(tx, NEIGHBOURS_LABEL, stored, rows)


def _is_stance(row: Mapping[str, Any]) -> bool:
    kind = RELATIONS[_type_of(row)]
    return kind.sign != 0 and label_of(row["target"]) in TOPIC_LABELS


def _type_of(row: Mapping[str, Any]) -> str:
    """The relation type inside a relation row's key (``source|TYPE|target``)."""
    key: str = row["key"]
    return key[len(row["source"]) + 1 : len(key) - len(row["target"]) - 1]


def _record_stances(tx: _Tx, relations: list[Row]) -> None:
    if not relations:
        return
    pairs: dict[str, list[Row]] = defaultdict(list)
    for row in relations:
        pairs[stance_key(row["source"], row["target"])].append(row)
    stored = _read_lists(tx, STANCE_LABEL, sorted(pairs))
    rows = []
    for key, rels in pairs.items():
        lists = {name: set(stored.get(key, {}).get(name, ())) for name in _STANCE_LISTS}
        for rel in rels:
            side = "support" if RELATIONS[_type_of(rel)].sign > 0 else "oppose"
            lists[side].add(_type_of(rel))
            (lists[f"{side}_claimed"].add if rel["claimed"] else lists[f"{side}_claimed"].discard)(
                _type_of(rel)
            )
        first = rels[0]
        row = {"key": key, "actor": first["source"], "topic": first["target"]} | _sorted(lists)
        if key not in stored or any(sorted(stored[key][n] or ()) != row[n] for n in _STANCE_LISTS):
            rows.append(row)
    _write(tx, STANCE_LABEL, stored, rows)
    # An actor's topics (and a topic's actors) change only with a new stance row.
    record_topics(tx, [(row["actor"], row["topic"]) for row in rows if row["key"] not in stored])


def record_topics(tx: _Tx, stances: Iterable[tuple[str, str]]) -> None:
    """Add these (actor, topic) stances to ``ActorTopics`` and ``TopicActors``."""
    topics: dict[str, set[str]] = defaultdict(set)
    actors: dict[str, set[str]] = defaultdict(set)
    for actor, topic in stances:
        topics[actor].add(topic)
        actors[topic].add(actor)
    _add_to_lists(tx, TOPICS_LABEL, topics)
    _add_to_lists(tx, TOPIC_ACTORS_LABEL, actors)


def _add_to_lists(tx: _Tx, label: str, add: Mapping[str, set[str]]) -> None:
    """Add ``add[key]`` to the one list of the lookup rows ``key`` of ``label`` (created if new)."""
    if not add:
        return
    key_name, (list_name,), _ = LOOKUPS[label]
    known = _read_lists(tx, label, sorted(add))
    fresh = []
    for key, values in add.items():
        had = list(known[key][list_name]) if key in known else []
        now = sorted(set(had) | values)
        if now != had:
            fresh.append({key_name: key, list_name: now})
    _write(tx, label, known, fresh)


def forget(tx: _Tx, node_label: str, ids: Sequence[str]) -> None:
    """Drop what the lookups hold about relations of the nodes ``ids`` (call before deleting them);
    their names are moved by ``record_names``."""
    if not ids:
        return
    rels: list[Row] = []
    for pattern in ("(s:{n} {{id: i}})-[r]->(o:{n})", "(s:{n})-[r]->(o:{n} {{id: i}})"):
        returns = "s.id AS source, r.key AS key, o.id AS target"
        rels += tx.read(
            f"UNWIND $ids AS i MATCH {pattern.format(n=node_label)} RETURN {returns}", {"ids": list(ids)}
        )
    _delete(tx, EVIDENCE_OF_LABEL, sorted({r["key"] for r in rels}))
    stances = [r for r in rels if _is_stance(r)]
    _delete(tx, STANCE_LABEL, sorted({stance_key(r["source"], r["target"]) for r in stances}))
    doomed = set(ids)
    pairs = [(r["source"], r["target"]) for r in stances]
    _forget_lists(tx, TOPICS_LABEL, pairs, doomed)
    _forget_lists(tx, TOPIC_ACTORS_LABEL, [(t, a) for a, t in pairs], doomed)
    _forget_neighbours(tx, rels, doomed)
    _forget_cited(tx, sorted({r["key"] for r in rels}))
    _delete(tx, NEGATED_LABEL, sorted({r["key"] for r in rels}))


def _forget_cited(tx: _Tx, keys: Sequence[str]) -> None:
    """Drop the ``Cited`` rows of these relations (being deleted) and take them out of the counts."""
    cited = _read_lists(tx, CITED_LABEL, keys)
    if not cited:
        return
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in cited.values():
        for rel_type in (row["type"], ALL_TYPES):
            counts[rel_type][0] -= 1
            counts[rel_type][1] -= 1 if row["claimed"] else 0
    _delete(tx, CITED_LABEL, sorted(cited))
    _count_cited(tx, counts)


def _forget_lists(tx: _Tx, label: str, pairs: Sequence[tuple[str, str]], doomed: set[str]) -> None:
    """Drop the list rows of ``label`` (``ActorTopics`` by actor, ``TopicActors`` by topic) of the nodes
    ``doomed``, and each (owner, member) pair of these stance relations (every one touching them) from
    its owner's row; a row left empty goes (the counterpart of ``_add_to_lists``)."""
    key, (field,), _ = LOOKUPS[label]
    members: dict[str, set[str]] = defaultdict(set)
    for owner, member in pairs:
        members[owner].add(member)
    known = _read_lists(tx, label, sorted(set(members) | doomed))
    _delete(tx, label, sorted(doomed & known.keys()))
    kept = {o: sorted(set(known[o][field]) - m) for o, m in members.items() if o in known and o not in doomed}
    _write(tx, label, known, [{key: o, field: m} for o, m in kept.items() if m])
    _delete(tx, label, [o for o, m in kept.items() if not m])


def _forget_neighbours(tx: _Tx, rels: Sequence[Row], doomed: set[str]) -> None:
    """Drop the ``Neighbours`` rows of the nodes ``doomed``, and take them out of the rows of the nodes
    their relations ``rels`` (every relation touching them) lead to."""
    keys = {neighbour_key(i, t) for i in doomed for t in NEIGHBOUR_TYPES}
    for row in rels:
        rel_type = _type_of(row)
        if rel_type in NEIGHBOUR_TYPES:
            keys |= {neighbour_key(row["source"], rel_type), neighbour_key(row["target"], rel_type)}
    stored = _read_lists(tx, NEIGHBOURS_LABEL, sorted(keys))
    had = {k: sorted(row["ids"] or ()) for k, row in stored.items()}
    kept = {k: [i for i in ids if i not in doomed] for k, ids in had.items()}
    gone = sorted(k for k, ids in kept.items() if not ids or k.rsplit("|", 1)[0] in doomed)
    _delete(tx, NEIGHBOURS_LABEL, gone)
    rows = [{"key": k, "ids": ids} for k, ids in kept.items() if k not in gone and ids != had[k]]
    _write(tx, NEIGHBOURS_LABEL, stored, rows)


def _sorted(lists: Mapping[str, set[str]]) -> Row:
    return {name: sorted(values) for name, values in lists.items()}


# --- reading and writing lookup rows by key ---------------------------------------------------


def _read_lists(tx: _Tx, label: str, keys: Sequence[str]) -> dict[str, Row]:
    if not keys:
        return {}
    key, lists, others = LOOKUPS[label]
    columns = ", ".join(f"n.{c} AS {c}" for c in (key, *lists, *others))
    rows = tx.lookup(label, key, list(keys), columns)
    return {row[key]: row for row in rows}


def _write(tx: _Tx, label: str, stored: Mapping[str, Row], rows: Sequence[Row]) -> None:
    """Create the rows whose key is not in ``stored``, update the others (both known by the caller)."""
    key, lists, others = LOOKUPS[label]
    new = [row for row in rows if row[key] not in stored]
    old = [row for row in rows if row[key] in stored]
    if new:
        tx.create(label, (key, *lists, *others), new)
    if old:
        tx.update(label, key, (*lists, *others), old)


def _delete(tx: _Tx, label: str, keys: Sequence[str]) -> None:
    if keys:
        key = LOOKUPS[label][0]
        tx.run(f"UNWIND $keys AS k MATCH (n:{label} {{{key}: k}}) DELETE n", {"keys": list(keys)})


# --- building them for a store that holds data already ---------------------------------------


class _Reader(Protocol):
    def __call__(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...


def rebuild(
    tx: _Tx, read_all: _Reader, node_label: str, evidence_label: str, relations: Iterable[Row]
) -> None:
    """Fill empty lookups from every stored node, evidence row and relation (rows with source, target,
    key and the summary columns: ``Store._relation_rows``), in one transaction."""
    nodes = read_all(f"MATCH (n:{node_label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases")
    record_names(tx, {}, {row["id"]: names_of(row) for row in nodes})
    evidence = read_all(f"MATCH (e:{evidence_label}) RETURN e.id AS id, e.rel AS rel")
    relations = list(relations)
    stances = [row for row in relations if RELATIONS[_type_of(row)].sign != 0]
    record_relations(tx, stances, ((row["rel"], row["id"]) for row in evidence))
    record_neighbours(tx, relations)
    # (the stance relations' rows were written with their stances, by ``record_relations``)
    record_cited(tx, [row for row in relations if RELATIONS[_type_of(row)].sign == 0], _keys(relations))
    record_negated(tx, [row for row in relations if RELATIONS[_type_of(row)].sign == 0])


def _keys(relations: Iterable[Row]) -> set[str]:
    return {row["key"] for row in relations}


def has_cited(read_all: _Reader) -> bool:
    """Whether ``CitedCount`` holds a row, or no relation has ``CITED_FLOOR`` evidence records (a store
    written before ``Cited`` existed needs ``record_cited`` of every relation when this is False)."""
    if read_all(f"MATCH (n:{CITED_COUNT_LABEL}) RETURN n.type AS type LIMIT 1"):
        return True
    # (the key names the type, ``source|TYPE|target``: the one test both engines spell alike here)
    floor = "WHERE r.n_evidence >= $floor AND NOT r.key CONTAINS '|MENTIONS|'"
    return not read_all(f"MATCH ()-[r]->() {floor} RETURN r.key AS key LIMIT 1", {"floor": CITED_FLOOR})


def has_negated(read_all: _Reader) -> bool:
    """Whether ``Negated`` holds a row, or every relation is claimed (a store written before ``Negated``
    existed needs ``record_negated`` of every relation when this is False)."""
    if read_all(f"MATCH (n:{NEGATED_LABEL}) RETURN n.key AS key LIMIT 1"):
        return True
    return not read_all("MATCH ()-[r]->() WHERE NOT r.claimed RETURN r.key AS key LIMIT 1")


def is_built(read_all: _Reader, node_label: str) -> bool:
    """Whether the lookups hold anything, or the store holds no node (so there is nothing to build)."""
    if read_all(f"MATCH (n:{NAME_LABEL}) RETURN n.key AS key LIMIT 1"):
        return True
    return not read_all(f"MATCH (n:{node_label}) RETURN n.id AS id LIMIT 1")
