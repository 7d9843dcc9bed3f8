"""What only the Neo4j store does: uniqueness constraints, plan-checked read-only queries, batched writes.

Runs against the session's real server (tests/conftest.py); the process-level faults (server down,
wrong password, server killed mid-ingest) are in tests/test_neo4j_faults.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from neo4j_target import Neo4jTarget, wipe
from sample_records import A1, RUS, SRB, small_graph

from graph.model import RELATIONS, Article, Entity, Label
from graph.store import ReadOnlyError, StoreError
from graph.store.base import NODE_LABEL
from graph.store.lookup import LOOKUPS
from graph.store.neo4j_store import BATCH_SIZE, Neo4jStore, constraint_statements

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo(neo4j_target: Neo4jTarget) -> Iterator[Neo4jStore]:
    with neo4j_target.open() as store:
        assert isinstance(store, Neo4jStore)
        wipe(store)
        yield store


def names(store: Neo4jStore, show: str) -> set[str]:
    records, _, _ = store.driver.execute_query(f"SHOW {show} YIELD name RETURN name")
    return {rec["name"] for rec in records}


def test_opening_creates_one_uniqueness_constraint_on_node_ids_and_one_per_relation_type(
    neo: Neo4jStore, neo4j_target: Neo4jTarget
) -> None:
    created = names(neo, "CONSTRAINTS")
    assert {"node_id", "evidence_id", "rejects_key", "mentions_key"} <= created
    # node ids, evidence ids, one key per relation type, one key per lookup; and the indexes evidence rows
    # are joined on
    assert len(constraint_statements()) == 2 + len(RELATIONS) + len(LOOKUPS) + 2
    assert {"namekey_key", "evidenceof_rel", "stance_key", "actortopics_actor"} <= created
    assert {"evidence_rel", "evidence_article"} <= names(neo, "INDEXES")
    with neo4j_target.open():  # opening again is a no-op, not an error
        assert names(neo, "CONSTRAINTS") == created


def test_a_duplicate_id_is_refused_by_the_server_itself(neo: Neo4jStore) -> None:
    neo.add([SRB])
    with pytest.raises(Exception, match="already exists"):
        neo.driver.execute_query(f"CREATE (:{NODE_LABEL}:Country {{id: 'Country:SRB'}})")


@pytest.mark.parametrize(
    "cypher",
    [
        "CALL () { CREATE (:Country {id: 'Country:ZZZ'}) } RETURN 1 AS one",
        "MATCH (n:Country) CALL (n) { SET n.name = 'x' } RETURN n.id AS id",
        "CREATE INDEX geoalign_test_index IF NOT EXISTS FOR (n:Country) ON (n.name)",
        "FOREACH (i IN [1] | CREATE (:Country {id: 'Country:ZZZ'}))",
    ],
    ids=["create-in-subquery", "set-in-subquery", "schema", "foreach"],
)
def test_query_refuses_writes_the_plan_reveals(neo: Neo4jStore, cypher: str) -> None:
    neo.add([SRB])
    with pytest.raises(ReadOnlyError):
        neo.query(cypher)
    assert [e.name for e in neo.read().entities] == ["Serbia"]
    assert "geoalign_test_index" not in names(neo, "INDEXES")


WRITE = "MATCH (n:Country) SET n.name = 'renamed' RETURN n.id AS id"
READ = "MATCH (n:Country) RETURN n.id AS id"


@pytest.fixture
def plan_check_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set the allow-list aside, so a write reaches the server's plan check (the real server decides)."""
    monkeypatch.setattr("graph.store.neo4j_store.refuse_unsafe", lambda cypher: None)


def verdicts(store: Neo4jStore) -> list[str]:
    return [text for text, _ in store._read_verdicts]


@pytest.mark.parametrize("through", ["allow-list", "plan"])
def test_a_write_is_refused_the_first_time_and_every_later_time(
    neo: Neo4jStore, request: pytest.FixtureRequest, through: str
) -> None:
    if through == "plan":
        request.getfixturevalue("plan_check_only")
    neo.add([SRB])
    neo.query(READ)  # a read verdict in the cache changes nothing for another text
    for _ in range(3):
        with pytest.raises(ReadOnlyError):
            neo.query(WRITE)
        assert verdicts(neo) == [READ]  # a refused text is never remembered: asked again each time
    assert [e.name for e in neo.read().entities] == ["Serbia"]


@pytest.mark.usefixtures("plan_check_only")
def test_a_read_verdict_is_kept_for_its_exact_text_and_parameter_types_only(neo: Neo4jStore) -> None:
    neo.add([SRB])
    assert neo.query(READ).rows == [["Country:SRB"]]
    neo.query(READ + " // a comment is stripped: the same text is sent")
    assert verdicts(neo) == [READ]
    neo.query(READ.replace(" RETURN", "\n RETURN"))  # other whitespace: another text, planned again
    assert verdicts(neo) == [READ, READ.replace(" RETURN", "\n RETURN")]
    typed = "MATCH (n:Country) WHERE n.id = $id RETURN n.id AS id"
    neo.query(typed, {"id": "Country:SRB"})
    neo.query(typed, {"id": 1})  # another parameter type: planned again
    assert neo._read_verdicts.keys() >= {(typed, (("id", "str"),)), (typed, (("id", "int"),))}
    # A write that starts like a remembered read, or is one with a clause added, is still refused.
    for write in (READ + " UNION ALL " + WRITE, READ.replace("RETURN", "SET n.name = 'x' RETURN")):
        with pytest.raises(ReadOnlyError):
            neo.query(write)
    assert [e.name for e in neo.read().entities] == ["Serbia"]
    neo.close()
    assert verdicts(neo) == []


@pytest.mark.usefixtures("plan_check_only")
def test_read_verdicts_are_bounded(neo: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graph.store.neo4j_store.READ_VERDICTS", 2)
    for i in range(4):
        neo.query(f"RETURN {i} AS i")
    assert verdicts(neo) == ["RETURN 2 AS i", "RETURN 3 AS i"]


def test_a_write_that_fails_mid_transaction_leaves_nothing_behind(neo: Neo4jStore) -> None:
    # Entities are written before articles in the same transaction; the server then refuses this article's
    # url (a map is not a property value), so the countries already written must roll back.
    bad = Article("Article:bad", "Bad", url={"not": "storable"})  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="writing failed") as caught:
        neo.add([SRB, RUS, A1, bad])
    assert "property" in str(caught.value).lower()
    assert neo.read().entities == [] and neo.read().articles == []


def test_a_call_larger_than_one_batch_is_written_whole(neo: Neo4jStore) -> None:
    n = BATCH_SIZE * 2 + 7
    people = [Entity(f"Person:p{i}", Label.PERSON, f"Person {i}", (f"P{i}",)) for i in range(n)]
    stats = neo.add(people)
    assert stats.nodes == n
    assert neo.query("MATCH (p:Person) RETURN count(p) AS n, count(DISTINCT p.id) AS ids").rows == [[n, n]]


def test_read_returns_what_add_wrote(neo: Neo4jStore) -> None:
    neo.add(small_graph())
    first = neo.read()
    neo.add(small_graph())
    assert neo.read() == first


def test_nodes_carry_their_own_label_the_shared_label_and_a_label_property(neo: Neo4jStore) -> None:
    neo.add(small_graph())
    records, _, _ = neo.driver.execute_query(
        "MATCH (n {id: $id}) RETURN labels(n) AS labels, n.label AS label", id=SRB.id
    )
    assert sorted(records[0]["labels"]) == sorted([NODE_LABEL, "Country"])
    assert records[0]["label"] == "Country"


def test_a_query_over_the_servers_memory_limit_stops_with_a_clear_error(start_neo4j: Any) -> None:
    # Queries may use 70 % of the heap between them (dbms.memory.transaction.total.max): ~180 MB here.
    server = start_neo4j(heap="256m")
    with Neo4jStore(server.uri, None) as small:
        with pytest.raises(StoreError, match=r"needs more memory than the Neo4j server allows queries"):
            small.query("UNWIND range(1, 30000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n")
        assert small.query("RETURN 1 AS one").rows == [[1]]
