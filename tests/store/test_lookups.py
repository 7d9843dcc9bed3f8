"""The lookups presets start from (graph/store/lookup.py) stay equal to what a scan of the store finds,
after adds, re-ingests, merges, renames, splits, person resolution and an upgrade of an older store
(one written before any lookup, one written before ``Neighbours``, one before ``TopicActors``, one
before ``Cited``). ``Cited`` keeps relations from ``CITED_FLOOR`` evidence records, lowered here to 2
so that the small graphs reach it (and cross it when evidence is added).

Each check computes the lookups from scratch (every node's names folded by the engine's own ``toLower``,
every evidence row's relation, every stance relation, the ends of every relation of the types
``Neighbours`` keeps) and compares them with the stored ones.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from geofixture import alignment_records
from sample_records import A1, A2, RUS, SRB, VUCIC, ev, small_graph

from graph import entities
from graph.model import RELATIONS, Entity, Label, Modality, Relation, label_of
from graph.queries import run_saved
from graph.resolve import resolve
from graph.store import Store, StoreError, lookup, open_store
from graph.store.evidence import summary
from graph.store.lookup import (
    CITED_COUNT_LABEL,
    CITED_LABEL,
    LOOKUPS,
    NAME_LABEL,
    NEGATED_LABEL,
    NEIGHBOUR_TYPES,
    NEIGHBOURS_LABEL,
    TOPIC_ACTORS_LABEL,
    TOPIC_LABELS,
)

# Serbia and Russia allied both ways (small_graph has no ALLY_OF): each is the other's neighbour.
ALLIES = [
    Relation(SRB.id, "ALLY_OF", RUS.id, (ev(A1, "Serbia, Russia's ally", 200),)),
    Relation(RUS.id, "ALLY_OF", SRB.id, (ev(A2, "Moscow's ally Belgrade", 300, modality=Modality.NEGATED),)),
]


FLOOR = 2


@pytest.fixture(autouse=True)
def _low_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup, "CITED_FLOOR", FLOOR)


def _all(store: Store, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return store.query(cypher, params or {}, limit=1_000_000).records()


def expected(store: Store) -> dict[str, dict[str, list[str]]]:
    """The lookups as a scan of the store computes them."""
    nodes = _all(
        store, "MATCH (n:__Node__) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id"
    )
    names = sorted({s for n in nodes for s in (n["id"], n["name"], *(n["aliases"] or ())) if s is not None})
    fold = {
        r["s"]: r["k"]
        for r in _all(store, "UNWIND $names AS s RETURN s AS s, toLower(s) AS k ORDER BY s", {"names": names})
    }
    keys: dict[str, set[str]] = defaultdict(set)
    for n in nodes:
        for s in (n["id"], n["name"], *(n["aliases"] or ())):
            if s is not None:
                keys[fold[s]].add(n["id"])
    evidence: dict[str, set[str]] = defaultdict(set)
    for row in _all(store, "MATCH (e:Evidence) RETURN e.rel AS rel, e.id AS id ORDER BY rel, id"):
        evidence[row["rel"]].add(row["id"])
    stances: dict[str, set[str]] = defaultdict(set)
    topics: dict[str, set[str]] = defaultdict(set)
    topic_actors: dict[str, set[str]] = defaultdict(set)
    neighbours: dict[str, set[str]] = defaultdict(set)
    cited: dict[str, list[Any]] = {}
    negated: dict[str, list[Any]] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rel in store.read().relations:
        if not rel.claimed:
            negated[rel.key] = [rel.source, rel.target, rel.type, summary(rel)["modality"], len(rel.evidence)]
        if rel.type != "MENTIONS" and len(rel.evidence) >= FLOOR:
            row = summary(rel)
            cited[rel.key] = [rel.source, rel.target, rel.type, len(rel.evidence), rel.claimed]
            cited[rel.key] += [row["modality"], row["first_date"], row["last_date"]]
            for key in (rel.type, "*"):
                counts[key][0] += 1
                counts[key][1] += rel.claimed
        if rel.type in NEIGHBOUR_TYPES:
            neighbours[f"{rel.source}|{rel.type}"].add(rel.target)
            neighbours[f"{rel.target}|{rel.type}"].add(rel.source)
        kind = RELATIONS[rel.type]
        if kind.sign == 0 or label_of(rel.target) not in TOPIC_LABELS:
            continue
        side = "support" if kind.sign > 0 else "oppose"
        pair = f"{rel.source}|{rel.target}"
        stances[f"{pair} {side}"].add(rel.type)
        if rel.claimed:
            stances[f"{pair} {side}_claimed"].add(rel.type)
        topics[rel.source].add(rel.target)
        topic_actors[rel.target].add(rel.source)
    return {
        "names": {k: sorted(v) for k, v in keys.items()},
        "evidence": {k: sorted(v) for k, v in evidence.items()},
        "stances": {k: sorted(v) for k, v in stances.items()},
        "topics": {k: sorted(v) for k, v in topics.items()},
        "topic_actors": {k: sorted(v) for k, v in topic_actors.items()},
        "neighbours": {k: sorted(v) for k, v in neighbours.items()},
        "cited": cited,
        "cited_counts": {k: v for k, v in counts.items() if v != [0, 0]},
        "negated": negated,
    }


def stored(store: Store) -> dict[str, dict[str, list[str]]]:
    """The lookups as the store keeps them."""
    stances: dict[str, list[str]] = {}
    for row in _all(
        store,
        "MATCH (s:Stance) RETURN s.key AS key, s.actor AS actor, s.topic AS topic, "
        "s.support AS support, s.oppose AS oppose, s.support_claimed AS support_claimed, "
        "s.oppose_claimed AS oppose_claimed ORDER BY key",
    ):
        assert row["key"] == f"{row['actor']}|{row['topic']}"
        for side in LOOKUPS["Stance"][1]:
            if row[side]:
                stances[f"{row['key']} {side}"] = sorted(row[side])
    return {
        "names": _lists(store, "MATCH (n:NameKey) RETURN n.key AS key, n.ids AS ids ORDER BY key"),
        "evidence": _lists(store, "MATCH (n:EvidenceOf) RETURN n.rel AS key, n.ids AS ids ORDER BY key"),
        "stances": stances,
        "topics": _lists(store, "MATCH (n:ActorTopics) RETURN n.actor AS key, n.topics AS ids ORDER BY key"),
        "topic_actors": _lists(
            store, "MATCH (n:TopicActors) RETURN n.topic AS key, n.actors AS ids ORDER BY key"
        ),
        "neighbours": _lists(store, "MATCH (n:Neighbours) RETURN n.key AS key, n.ids AS ids ORDER BY key"),
        "cited": {
            row["key"]: [row[c] for c in LOOKUPS[CITED_LABEL][2]]
            for row in _all(store, f"MATCH (n:{CITED_LABEL}) RETURN n.key AS key, {_columns(CITED_LABEL)}")
        },
        # (a count that fell to nothing is kept as zeros)
        "cited_counts": {
            row["type"]: [row["n_all"], row["n_claimed"]]
            for row in _all(store, f"MATCH (n:{CITED_COUNT_LABEL}) RETURN {_columns(CITED_COUNT_LABEL)}")
            if row["n_all"] or row["n_claimed"]
        },
        "negated": {
            row["key"]: [row[c] for c in LOOKUPS[NEGATED_LABEL][2]]
            for row in _all(
                store, f"MATCH (n:{NEGATED_LABEL}) RETURN n.key AS key, {_columns(NEGATED_LABEL)}"
            )
        },
    }


def _columns(label: str) -> str:
    key, _, others = LOOKUPS[label]
    return ", ".join(f"n.{c} AS {c}" for c in (key, *others) if c != "key")


def _lists(store: Store, cypher: str) -> dict[str, list[str]]:
    rows = _all(store, cypher)
    assert all(row["ids"] for row in rows), "a lookup row with an empty list should have been deleted"
    return {row["key"]: sorted(row["ids"]) for row in rows}


def assert_current(store: Store) -> None:
    want, have = expected(store), stored(store)
    for part in want:
        assert have[part] == want[part], part


def test_lookups_follow_adds_and_reingests(store: Store) -> None:
    store.add([*small_graph(), ALLIES[0]])
    assert_current(store)
    assert stored(store)["neighbours"] == {f"{RUS.id}|ALLY_OF": [SRB.id], f"{SRB.id}|ALLY_OF": [RUS.id]}
    store.add([ALLIES[1]])  # the other direction: the same neighbours
    assert_current(store)
    assert [r[2] for r in run_saved(store, "allies", {"actor": "Russia", "include_negated": True}).rows] == [
        "Serbia"
    ]
    before = stored(store)
    store.add(small_graph())  # the same articles again: nothing changes
    assert stored(store) == before
    renamed = Entity(SRB.id, SRB.label, SRB.name, ("Republic of Serbia", "SRB"), SRB.iso3)
    hypothetical = ev(A2, "Serbia might back the votes", 9, modality=Modality.HYPOTHETICAL)
    store.add([renamed, Relation(SRB.id, "SUPPORTS", "Event:2022-annexation-referendums", (hypothetical,))])
    assert_current(store)
    topic = "2022 annexation referendums"
    by_alias = run_saved(store, "relations_between", {"a": "republic of SERBIA", "b": topic}).rows
    assert by_alias and by_alias == run_saved(store, "relations_between", {"a": "Serbia", "b": topic}).rows
    # a stance first only hypothetical, then claimed: the stance rows follow
    table = {tuple(r[:4]): r[4:] for r in run_saved(store, "stance_table", {"include_negated": True}).rows}
    assert table[("Serbia", SRB.id, "2022 annexation referendums", "Event:2022-annexation-referendums")][
        :2
    ] == [1, 1]
    said = ev(A1, "Serbia backs the votes", 30)
    store.add([Relation(SRB.id, "SUPPORTS", "Event:2022-annexation-referendums", (said,))])
    assert_current(store)


def test_lookups_follow_merge_rename_and_split(store: Store, tmp_path: Path) -> None:
    path = tmp_path / entities.DEFAULT_FILE
    vucic_ally = Relation(VUCIC.id, "ALLY_OF", RUS.id, (ev(A2, "Vučić, Moscow's friend", 400),))
    store.add([*small_graph(), *ALLIES, vucic_ally])
    assert_current(store)
    entities.rename(store, path, "Serbia", "Srbija")
    assert_current(store)
    topic = "2022 annexation referendums"
    by_new = run_saved(store, "relations_between", {"a": "srbija", "b": topic}).rows
    assert by_new and by_new == run_saved(store, "relations_between", {"a": "Serbia", "b": topic}).rows
    assert by_new[0][0] == "Srbija"  # the old name is kept as an alias
    entities.merge(store, path, "Srbija", RUS.id)  # the alliance becomes a self-relation, dropped
    assert_current(store)
    neighbours = stored(store)["neighbours"]
    merged = neighbours[f"{VUCIC.id}|ALLY_OF"]  # the one country left
    assert neighbours == {f"{VUCIC.id}|ALLY_OF": merged, f"{merged[0]}|ALLY_OF": [VUCIC.id]}
    assert not _all(store, "MATCH (k:NameKey {key: 'country:rus'}) RETURN k.key AS key ORDER BY key")
    entities.split(store, path, SRB.id, "Belgrade", "Belgrade city")
    assert_current(store)
    assert _all(store, "MATCH (k:NameKey {key: 'belgrade city'}) UNWIND k.ids AS i RETURN i AS i ORDER BY i")


def test_lookups_follow_person_resolution(store: Store) -> None:
    short = Entity("Person:vucic", Label.PERSON, "Vučić", ("Vucic",))
    store.add(
        [*small_graph(), short, Relation(short.id, "HOLDS_OFFICE", SRB.id, (ev(A2, "President Vučić", 0),))]
    )
    store.add([Relation(VUCIC.id, "HOLDS_OFFICE", SRB.id, (ev(A1, "President Aleksandar Vučić", 0),))])
    assert resolve(store).merged
    assert_current(store)


def test_an_older_embedded_store_is_upgraded_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.lbug"
    with open_store(str(path)) as store:
        store.add([*small_graph(), *ALLIES])
        want = stored(store)
        conn = store.conn  # type: ignore[attr-defined]
        for table in LOOKUPS:
            conn.execute(f"DROP TABLE {table}")  # as a store written before the lookups
    with pytest.raises(StoreError, match=r"older geoalign .*open it once for writing"):
        open_store(str(path), read_only=True)
    with open_store(str(path)) as store:
        assert stored(store) == want
        assert_current(store)
    with open_store(str(path), read_only=True) as store:
        between = run_saved(store, "relations_between", {"a": "Serbia", "b": "Russia"}).rows
        assert [r[1] for r in between] == ["ALLY_OF"]  # the negated one is left out
        assert [r[2] for r in run_saved(store, "allies", {"actor": "Serbia"}).rows] == ["Russia"]
        assert run_saved(store, "stance_on_topic", {"topic": "2022 annexation referendums"}).rows


def test_a_store_written_before_neighbours_gets_them_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.lbug"
    with open_store(str(path)) as store:
        store.add([*small_graph(), *ALLIES])
        want = stored(store)
        allies = run_saved(store, "allies", {"actor": "Serbia", "include_negated": True}).rows
        assert [r[2] for r in allies] == ["Russia"] and allies[0][4:6] == [2, 2]
        store.conn.execute(f"DROP TABLE {NEIGHBOURS_LABEL}")  # type: ignore[attr-defined]
    _upgraded_when_opened_for_writing(
        path, want, "allies", {"actor": "Serbia", "include_negated": True}, allies
    )


def test_a_store_written_before_topic_actors_gets_them_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.lbug"
    params = {"actor": "Russia", "include_negated": True}
    with open_store(str(path)) as store:
        store.add(alignment_records())
        want = stored(store)
        assert want["topic_actors"]
        breaks = run_saved(store, "breaks_ranks", params).rows
        assert breaks
        store.conn.execute(f"DROP TABLE {TOPIC_ACTORS_LABEL}")  # type: ignore[attr-defined]
    _upgraded_when_opened_for_writing(path, want, "breaks_ranks", params, breaks)


def test_a_store_written_before_cited_and_negated_gets_them_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.lbug"
    params = {"top": 1}
    with open_store(str(path)) as store:
        store.add(alignment_records())
        want = stored(store)
        assert want["cited"] and want["cited_counts"]["*"][1] >= 1 and want["negated"]
        top = run_saved(store, "most_cited", params).rows
        for label in (CITED_LABEL, CITED_COUNT_LABEL, NEGATED_LABEL):
            store.conn.execute(f"DROP TABLE {label}")  # type: ignore[attr-defined]
    _upgraded_when_opened_for_writing(path, want, "most_cited", params, top)


def _upgraded_when_opened_for_writing(
    path: Path, want: Any, preset: str, params: dict[str, Any], rows: list[list[Any]]
) -> None:
    """A LadybugDB store missing a lookup table is refused read-only, filled in when opened for writing
    (the lookups as a fresh load has them), and answers ``preset`` as before."""
    with pytest.raises(StoreError, match=r"older geoalign .*open it once for writing"):
        open_store(str(path), read_only=True)
    with open_store(str(path)) as store:
        assert stored(store) == want
    with open_store(str(path), read_only=True) as store:
        assert run_saved(store, preset, params).rows == rows


@pytest.mark.neo4j
def test_an_older_neo4j_database_is_upgraded_when_opened(neo4j_target: Any) -> None:
    from neo4j_target import wipe

    with neo4j_target.open() as store:
        wipe(store)
        store.add([*small_graph(), *ALLIES])
        want = stored(store)
        for label in LOOKUPS:
            store.driver.execute_query(f"MATCH (n:{label}) DELETE n", database_=store.database)
        assert not _all(store, f"MATCH (n:{NAME_LABEL}) RETURN n.key AS key ORDER BY key")
    with neo4j_target.open() as store:
        assert stored(store) == want
        assert_current(store)
        # a database written before ``Neighbours`` existed
        store.driver.execute_query(f"MATCH (n:{NEIGHBOURS_LABEL}) DELETE n", database_=store.database)
    with neo4j_target.open() as store:
        assert stored(store) == want
        # and one written before ``TopicActors``
        store.driver.execute_query(f"MATCH (n:{TOPIC_ACTORS_LABEL}) DELETE n", database_=store.database)
    with neo4j_target.open() as store:
        assert stored(store) == want
        # and one written before ``Cited`` and ``Negated``
        for label in (CITED_LABEL, CITED_COUNT_LABEL, NEGATED_LABEL):
            store.driver.execute_query(f"MATCH (n:{label}) DELETE n", database_=store.database)
    with neo4j_target.open() as store:
        assert stored(store) == want


def test_lookups_follow_writes_of_many_rows(store: Store) -> None:
    """Batches past the size from which the embedded store reads and writes through Arrow tables
    (node lookups, evidence lookups, updates of lookup rows, new nodes created rather than merged)."""
    people = [Entity(f"Person:p{i}", Label.PERSON, f"Person {i}", (f"P{i}", f"p{i}x")) for i in range(150)]
    events = [Entity(f"Event:e{i}", Label.EVENT, f"Event {i}") for i in range(150)]
    first = [
        Relation(p.id, "SUPPORTS", e.id, (ev(A1, f"{p.name} backs {e.name}", 10 * i),))
        for i, (p, e) in enumerate(zip(people, events, strict=True))
    ]
    allied = [
        Relation(p.id, "ALLY_OF", q.id, (ev(A1, f"{p.name} and {q.name}", 5000 + i),))
        for i, (p, q) in enumerate(pairwise(people))
    ]
    store.add([*people, *events, A1, *first, *allied])
    assert_current(store)
    # The same relations from a second article, one stated again by the first article changed
    # (negated now), new opposing relations, and renamed people: every lookup row is updated.
    renamed = [Entity(p.id, p.label, p.name, (*p.aliases, f"Renamed {i}")) for i, p in enumerate(people)]
    again = [
        Relation(p.id, "SUPPORTS", e.id, (ev(A2, f"{p.name} still backs {e.name}", 10 * i),))
        for i, (p, e) in enumerate(zip(people, events, strict=True))
    ]
    changed = Relation(
        people[0].id,
        "SUPPORTS",
        events[0].id,
        (ev(A1, f"{people[0].name} backs {events[0].name}", 0, modality=Modality.NEGATED),),
    )
    opposing = [
        Relation(p.id, "REJECTS", events[-1 - i].id, (ev(A2, "no", 2000 + i),)) for i, p in enumerate(people)
    ]
    allied_back = [  # the other direction: every neighbours row is rewritten with the same ids
        Relation(q.id, "ALLY_OF", p.id, (ev(A2, f"{q.name} and {p.name}", 5000 + i),))
        for i, (p, q) in enumerate(pairwise(people))
    ]
    stats = store.add([*renamed, *events, A2, *again, changed, *opposing, *allied_back])
    assert (stats.new_relations, stats.new_evidence, stats.new_nodes) == (299, 449, 1)
    assert_current(store)
    held = {rel.key: rel for rel in store.read().relations}
    assert len(held) == 598
    assert len(held[first[0].key].evidence) == 2
    assert {e.modality for e in held[first[0].key].evidence} == {Modality.NEGATED, Modality.ASSERTED}
    assert all(len(held[rel.key].evidence) == 2 for rel in first)
    by_alias = run_saved(store, "relations_between", {"a": "renamed 7", "b": "Event 7"}).rows
    assert by_alias and by_alias == run_saved(store, "relations_between", {"a": "P7", "b": "Event 7"}).rows
    before = stored(store)
    store.add([*renamed, *events, A2, *again, changed, *opposing, *allied_back])  # again: nothing changes
    assert stored(store) == before
