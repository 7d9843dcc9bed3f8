"""The store contract: the same assertions against every backend (embedded LadybugDB and a real Neo4j).

Each test gets a fresh, empty store from the ``store`` fixture (tests/conftest.py), once per backend.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from sample_records import (
    A1,
    A2,
    HOSTILE,
    REFERENDUMS,
    RUS,
    SRB,
    VUCIC,
    counts,
    documents,
    ev,
    expected_counts,
    rejects,
    small_graph,
)

from geoalign.ingest import ingest_items
from graph.model import Entity, Label, ModelError, Record, Relation
from graph.store import ReadOnlyError, Store, StoreError
from graph.store.base import GraphData, merge_entity

# Slow on both engines (400M rows), and interruptible by each one's query timeout.
SLOW_QUERY = (
    "UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x, y WHERE (x * y) % 7 = 3 "
    "RETURN count(*) AS c"
)


def by_key(data: GraphData) -> dict[str, Relation]:
    """Relations by key, with evidence in a stable order."""
    return {
        rel.key: replace(rel, evidence=tuple(sorted(rel.evidence, key=lambda e: e.key)))
        for rel in data.relations
    }


def test_round_trip_of_entities_articles_and_relations(store: Store) -> None:
    records = small_graph()
    store.add(records)
    data = store.read()
    # Entities are stored in their merged form (aliases sorted), whether read once or many times.
    assert {e.id: e for e in data.entities} == {
        r.id: merge_entity(r, r) for r in records if isinstance(r, Entity)
    }
    assert next(e for e in data.entities if e.id == RUS.id).aliases == ("Moscow", "Russian Federation")
    assert sorted(data.articles, key=lambda a: a.id) == [A1, A2]
    expected = by_key(GraphData(relations=[r for r in records if isinstance(r, Relation)]))
    expected[rejects(A1).key] = replace(
        rejects(A1),
        evidence=(*rejects(A1).evidence, *rejects(A2, 40, "Belgrade said it rejects the votes").evidence),
    )
    assert by_key(data) == by_key(GraphData(relations=list(expected.values())))


def test_the_same_relation_from_two_articles_is_one_relation_with_two_evidence_records(store: Store) -> None:
    store.add([SRB, REFERENDUMS, A1, rejects(A1)])
    store.add([SRB, REFERENDUMS, A2, rejects(A2, 40, "Belgrade rejects the votes")])
    relations = store.read().relations
    assert len(relations) == 1
    assert sorted(e.article for e in relations[0].evidence) == [A1.id, A2.id]
    summary = store.query(
        "MATCH (:Country)-[r]->(:Event) WHERE r:REJECTS RETURN r.n_evidence AS n, r.first_date AS first, "
        "r.last_date AS last"
    )
    assert summary.rows == [[2, "2022-09-24", "2022-09-28"]]


def test_ingesting_the_same_documents_twice_changes_nothing(store: Store) -> None:
    docs = documents(30)
    first = ingest_items(store, docs)
    after_first, data_first = counts(store), by_key(store.read())
    second = ingest_items(store, docs)
    assert first.documents == 30 and (second.documents, second.skipped) == (0, 30)
    assert "skipped 30 article(s) already stored unchanged" in second.summary
    assert counts(store) == after_first == expected_counts(docs)
    assert by_key(store.read()) == data_first


def test_adding_the_same_records_again_changes_nothing_at_all(store: Store) -> None:
    store.add(small_graph())  # RUS arrives with its aliases out of order
    first = store.read()
    store.add(small_graph())
    assert store.read() == first


def test_aliases_and_attributes_are_merged_not_replaced(store: Store) -> None:
    store.add([Entity(SRB.id, Label.COUNTRY, "Serbia", ("Belgrade",), None, {"region": "Balkans"})])
    store.add(
        [
            Entity(
                SRB.id,
                Label.COUNTRY,
                "Republic of Serbia",
                ("Srbija", "Belgrade"),
                "SRB",
                {"eu": "candidate"},
            )
        ]
    )
    (serbia,) = store.read().entities
    assert serbia.aliases == ("Belgrade", "Srbija")
    assert serbia.name == "Serbia"  # the shorter spelling is the display name, whatever the order
    assert serbia.iso3 == "SRB"
    assert dict(serbia.attrs) == {"region": "Balkans", "eu": "candidate"}


def test_evidence_with_the_same_key_is_replaced_not_duplicated(store: Store) -> None:
    old = Relation(SRB.id, "REJECTS", REFERENDUMS.id, (ev(A1, "Serbia rejects them", 0, confidence=0.4),))
    new = Relation(SRB.id, "REJECTS", REFERENDUMS.id, (ev(A1, "Serbia rejects it", 0, confidence=0.9),))
    assert old.evidence[0].key != new.evidence[0].key  # different end offsets: a different span
    same_span = Relation(
        SRB.id,
        "REJECTS",
        REFERENDUMS.id,
        (replace(old.evidence[0], quote="Serbia rejects THEM", confidence=0.95),),
    )
    store.add([SRB, REFERENDUMS, A1, old])
    store.add([same_span])
    (rel,) = store.read().relations
    assert [(e.quote, e.confidence) for e in rel.evidence] == [("Serbia rejects THEM", 0.95)]
    store.add([new])
    (rel,) = store.read().relations
    assert len(rel.evidence) == 2


@pytest.mark.parametrize(
    "bad",
    [
        Relation(SRB.id, "LIKES", RUS.id),
        Relation(SRB.id, "HOLDS_OFFICE", RUS.id),  # only a Person holds office
        Relation(SRB.id, "SIGNED", RUS.id),  # only an Agreement is signed
        Relation(SRB.id, "MENTIONS", RUS.id),  # only an Article mentions
    ],
    ids=["unknown-type", "wrong-subject", "wrong-object", "article-only"],
)
def test_a_relation_the_model_forbids_is_rejected_and_nothing_is_written(store: Store, bad: Relation) -> None:
    with pytest.raises(ModelError):
        store.add([SRB, RUS, A1, rejects(A1), bad])
    assert counts(store) == counts_of_nothing()


def test_a_relation_to_a_node_neither_given_nor_stored_is_rejected(store: Store) -> None:
    store.add([SRB])
    with pytest.raises(ModelError, match="Country:RUS"):
        store.add([Relation(SRB.id, "ALLY_OF", RUS.id)])
    assert [e.id for e in store.read().entities] == [SRB.id] and not store.read().relations
    store.add([RUS])
    store.add([Relation(SRB.id, "ALLY_OF", RUS.id)])  # both ends stored by earlier adds: fine
    assert len(store.read().relations) == 1


def counts_of_nothing() -> object:
    from sample_records import Counts

    return Counts(0, 0, 0)


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Country {id: 'Country:XXX', name: 'X'}) RETURN n.id AS id",
        "MERGE (n:Country {id: 'Country:XXX'}) RETURN n.id AS id",
        "MATCH (n:Country) SET n.name = 'changed' RETURN n.id AS id",
        "MATCH (n:Country) DETACH DELETE n",
        "MATCH (:Country)-[r:REJECTS]->(:Event) DELETE r",
        "MATCH (n:Country {id: 'Country:SRB'}) MATCH (e:Event) CREATE (n)-[:SUPPORTS {key: 'k'}]->(e)",
    ],
    ids=["create", "merge", "set", "detach-delete", "delete-relation", "create-relation"],
)
def test_query_refuses_writes_and_leaves_the_store_unchanged(store: Store, cypher: str) -> None:
    store.add(small_graph())
    before = store.read()
    with pytest.raises(ReadOnlyError, match="read-only"):
        store.query(cypher)
    assert store.read() == before


def test_row_limit_truncates_and_says_so(store: Store) -> None:
    store.add([RUS, SRB, VUCIC, REFERENDUMS])
    cypher = "MATCH (n:__Node__) RETURN n.id AS id ORDER BY id"
    cut = store.query(cypher, limit=3)
    assert (cut.columns, len(cut.rows), cut.truncated) == (["id"], 3, True)
    assert cut.rows == [["Country:RUS"], ["Country:SRB"], ["Event:2022-annexation-referendums"]]
    exact = store.query(cypher, limit=4)
    assert (len(exact.rows), exact.truncated) == (4, False)
    roomy = store.query(cypher, limit=100)
    assert (len(roomy.rows), roomy.truncated) == (4, False)


def test_parameters_are_passed_as_parameters(store: Store) -> None:
    hostile = Entity("Organization:evil", Label.ORGANIZATION, HOSTILE, (HOSTILE,), None, {"note": HOSTILE})
    quote = Relation(hostile.id, "CONDEMNS", SRB.id, (ev(A1, HOSTILE, 7),))
    records: list[Record] = [*small_graph(), hostile, quote]
    store.add(records)
    before = counts(store)
    found = store.query(
        "MATCH (n:Organization) WHERE n.name = $name RETURN n.name AS name, n.aliases AS aliases",
        {"name": HOSTILE},
    )
    assert found.rows == [[HOSTILE, [HOSTILE]]]
    assert (
        store.query("MATCH (n) WHERE n.name = $name RETURN n.id AS id", {"name": "x'}) OR true //"}).rows
        == []
    )
    assert counts(store) == before
    data = store.read()
    assert next(e for e in data.entities if e.id == hostile.id) == hostile
    assert next(r for r in data.relations if r.key == quote.key).evidence == quote.evidence


def test_a_query_over_the_time_limit_stops_with_a_clear_error(store: Store) -> None:
    started = time.monotonic()
    with pytest.raises(StoreError, match=r"time limit of 0\.5 s") as caught:
        store.query(SLOW_QUERY, timeout_s=0.5)
    assert not isinstance(caught.value, ReadOnlyError)
    assert time.monotonic() - started < 20
    store.add([SRB])  # the store is still usable afterwards
    assert store.query("MATCH (n:Country) RETURN n.name AS name").rows == [["Serbia"]]


def test_a_query_error_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="query failed"):
        store.query("MATCH (n:Country RETURN n")


def test_results_are_plain_values_with_named_columns(store: Store) -> None:
    store.add(small_graph())
    result = store.query(
        "MATCH (p:Person)-[r]->(c:Country) WHERE r:HOLDS_OFFICE "
        "RETURN p.name AS person, r.role AS role, c.iso3 AS iso3, r.confidence AS confidence, "
        "r.claimed AS claimed, r.n_evidence AS n"
    )
    assert result.records() == [
        {
            "person": "Aleksandar Vučić",
            "role": "President",
            "iso3": "SRB",
            "confidence": 1.0,
            "claimed": True,
            "n": 1,
        }
    ]
    evidence = store.query(
        "MATCH (p:Person)-[r]->(c:Country) WHERE r:HOLDS_OFFICE MATCH (e:Evidence) WHERE e.rel = r.key "
        "RETURN e.article AS article, e.char_start AS char_start, e.modality AS modality"
    )
    assert evidence.records() == [{"article": A2.id, "char_start": 0, "modality": "asserted"}]
