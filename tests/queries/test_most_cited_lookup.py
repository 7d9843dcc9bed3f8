"""``most_cited`` lists from the ``Cited`` rows kept at write time when they hold the top asked for, and
reads every relation otherwise: either way every page, and the whole answer, must be what reading every
relation returns (the text before the lookup, in ``tests/fixtures/whole_presets.py``), on both engines.

The graph is ``bench.corpus.make_graph`` at 1,500 relations (seeded: ties in evidence counts, negated
and hypothetical relations), written with ``CITED_FLOOR`` lowered to 3 so that its rows hold the top
of most cases and not of the others (each case below says which part it reaches, and is checked to).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from geofixture import assert_pages, both_engines
from whole_presets import WHOLE

from bench.corpus import make_graph
from graph.queries import bind, get_preset, run_cypher, run_saved
from graph.store import Store, lookup

FLOOR = 3
# (parameters, whether the Cited rows hold the top: the first part answers)
CASES: list[tuple[dict[str, Any], bool]] = [
    ({}, True),
    ({"top": 1}, True),
    ({"top": 7, "types": "REJECTS,SUPPORTS", "include_negated": True}, True),
    ({"top": 5, "types": "REJECTS,REJECTS"}, True),  # a type named twice is counted once
    ({"top": 40, "include_negated": True}, True),
    ({"top": 10000}, False),
    ({"top": 60, "types": "REJECTS,SUPPORTS"}, False),
    ({"top": 3, "types": "MENTIONS"}, False),
]
GRAPH = make_graph(1500, seed=3)


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    records = [r for doc in GRAPH.documents() for r in doc]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lookup, "CITED_FLOOR", FLOOR)
        yield from both_engines(neo4j_target, tmp_path_factory.mktemp("cited"), records)


def _held(store: Store, params: dict[str, Any]) -> bool:
    """Whether the Cited rows hold at least ``top`` of the relations asked for (by scanning them)."""
    bound = bind(get_preset("most_cited"), params)
    rows = run_cypher(
        store,
        "WITH $types AS wanted, $include_negated AS neg MATCH (c:Cited) "
        "WHERE (size(wanted) = 0 OR c.type IN wanted) AND (neg OR c.claimed) RETURN count(*) AS n ORDER BY n",
        bound,
    ).rows
    return bool(rows[0][0] >= bound["top"])


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize(("params", "held"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_every_page_is_the_slice_of_the_answer_from_every_relation(
    engines: dict[str, Store], engine: str, params: dict[str, Any], held: bool
) -> None:
    store = engines[engine]
    assert _held(store, params) == held
    bound = bind(get_preset("most_cited"), params)
    whole = run_cypher(store, WHOLE["most_cited"], bound, limit=10**6).rows
    assert whole or params.get("types") == "MENTIONS"
    assert run_saved(store, "most_cited", params, limit=10**6).rows == whole
    assert_pages(store, "most_cited", params, whole, (1, 2, 3, 7), most=12)
    assert_pages(store, "most_cited", params, whole, (50,))


def test_the_rows_are_the_relations_from_the_floor(engines: dict[str, Store]) -> None:
    store = engines["ladybug"]
    counts = run_cypher(
        store,
        "MATCH ()-[r]->() WHERE r.n_evidence >= 3 AND type(r) <> 'MENTIONS' RETURN count(*) AS n ORDER BY n",
    ).rows
    cited = run_cypher(store, "MATCH (c:Cited) RETURN count(*) AS n ORDER BY n").rows
    total = run_cypher(store, "MATCH (k:CitedCount {type: '*'}) RETURN k.n_all AS n ORDER BY n").rows
    assert counts == cited == total and 0 < counts[0][0] < 1500
