"""The whole-graph presets cut their page before they read everything (``actors_by_plover`` a part per
category, ``contested_territories`` by territory and country, ``most_cited`` by the evidence count of its
last row, ``negated_claims`` by relation, ``officials_signed`` by office, ``stance_table`` by actor):
every page, and the whole answer, must be what each preset's earlier text (which read every relation or
stance row and sorted them all) returns, on both engines.

The graph is ``bench.corpus.make_graph`` at 1,500 relations (seeded): hub actors, names shared by
several nodes, regions part of several countries, negated and hypothetical relations, officials with
several offices and signatures, ties in evidence counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from geofixture import assert_pages, both_engines
from whole_presets import WHOLE

from bench.corpus import make_graph
from graph.model import RELATIONS
from graph.queries import bind, get_preset, run_cypher, run_saved
from graph.store import Store

CASES: list[tuple[str, dict[str, Any]]] = [
    ("actors_by_plover", {}),
    ("actors_by_plover", {"categories": "reject,accuse,support", "include_negated": True}),
    ("actors_by_plover", {"categories": "THREATEN"}),
    ("contested_territories", {}),
    ("contested_territories", {"include_negated": True}),
    ("most_cited", {}),
    ("most_cited", {"top": 7, "types": "REJECTS,SUPPORTS", "include_negated": True}),
    ("most_cited", {"top": 1}),
    ("negated_claims", {}),
    ("negated_claims", {"actor": "HUB"}),
    ("officials_signed", {}),
    ("officials_signed", {"include_negated": True}),
    ("officials_signed", {"state": "HUB"}),
    ("stance_table", {}),
    ("stance_table", {"include_negated": True}),
    ("stance_table", {"topic": "summit"}),
    ("stance_table", {"topic": "ACCORD", "include_negated": True}),
]
GRAPH = make_graph(1500, seed=3)
# The busiest country: an actor with many relations, offices and negated claims.
HUB = max(
    (e for e in GRAPH.entities if e.id.startswith("Country:")),
    key=lambda e: sum(e.id in (r.source, r.target) for r in GRAPH.relations),
).name


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    records = [r for doc in GRAPH.documents() for r in doc]
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("whole"), records)


def _params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: HUB if v == "HUB" else v for k, v in params.items()}


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_every_page_is_the_slice_of_the_earlier_whole_answer(
    engines: dict[str, Store], engine: str, name: str, params: dict[str, Any]
) -> None:
    store, params = engines[engine], _params(params)
    bound = bind(get_preset(name), params)
    whole = run_cypher(store, WHOLE[name], bound, limit=10**6).rows
    assert whole, "the case must have rows"
    assert run_saved(store, name, params, limit=10**6).rows == whole
    assert_pages(store, name, params, whole, (1, 2, 3, 7), most=12)
    assert_pages(store, name, params, whole, (50,))


def test_the_graph_reaches_the_cuts(engines: dict[str, Store]) -> None:
    store = engines["ladybug"]
    # a territory part of several countries; a name shared by several nodes; ties in evidence counts
    parts = run_cypher(
        store, "MATCH (t)-[p]->(c) WHERE p:PART_OF WITH t, count(c) AS n RETURN max(n) AS most ORDER BY most"
    ).rows
    assert parts[0][0] > 1
    names = run_cypher(
        store,
        "MATCH (n:__Node__) WITH n.name AS name, count(*) AS c WHERE c > 1 RETURN count(*) AS n ORDER BY n",
    ).rows
    assert names[0][0] > 0
    # stance_table's first part (4 actors) does not fill a page of 50, so its later parts run
    first = run_cypher(
        store,
        "MATCH (at:ActorTopics) WITH at.actor AS aid, size(at.topics) AS n MATCH (x:__Node__ {id: aid}) "
        "WITH x, n ORDER BY x.name, x.id LIMIT 4 RETURN sum(n) AS topics ORDER BY topics",
    ).rows
    assert first[0][0] < 50


def test_actors_by_plover_types_are_the_models() -> None:
    """Each part of ``actors_by_plover`` counts its category's relation types, the model's grouping."""
    by_category: dict[str, set[str]] = defaultdict(set)
    for name, kind in RELATIONS.items():
        if kind.plover.value != "STRUCTURE":
            by_category[kind.plover.value].add(name)
    text = get_preset("actors_by_plover").cypher
    found = {
        m.group(1): set(m.group(2).split("|"))
        for m in re.finditer(r"'(\w+)' IN wanted\s+MATCH \(a\)-\[r\]->\(t\)\s+WHERE r:([\w|]+)", text)
    }
    assert found == by_category
    assert list(found) == sorted(found)  # parts in the answer's order
