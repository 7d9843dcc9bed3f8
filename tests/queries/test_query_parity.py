"""Every preset gives the same rows, in the same order, on LadybugDB and on a real Neo4j.

The fixture graph (tests/fixtures/geofixture.py) has parallel edges (Russia ORGANIZED and SUPPORTS
the referendums), reciprocal edges (Russia and Serbia ALLY_OF each other: a 2-cycle), negated and
hypothetical relations, officials, and hostile strings. A few presets are also checked against
small expected-JSON files in ``expected/`` (regenerate with GEOALIGN_WRITE_EXPECTED=1).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from geofixture import alignment_records, both_engines, hostile_records

from graph.queries import load_catalog, run_cypher, run_saved
from graph.store import Store

CATALOG = load_catalog()
EXPECTED = Path(__file__).parent / "expected"
SAMPLES = {"actor": "Russia", "a": "Serbia", "b": "Russia", "topic": "referendums"}

PARAMETER_SETS: list[tuple[str, dict[str, Any]]] = [
    ("allies", {"actor": "russian federation", "include_negated": True}),
    ("allies", {"actor": "Country:SRB"}),
    ("stance_on_topic", {"topic": "2022 ANNEXATION REFERENDUMS", "side": "oppose"}),
    ("stance_on_topic", {"topic": "es-11/4", "include_negated": True}),
    ("stance_table", {"topic": "referend", "include_negated": True}),
    ("breaks_ranks", {"actor": "Serbia"}),
    ("breaks_ranks", {"actor": "moscow"}),
    ("breaks_ranks", {"actor": "Russia", "include_negated": True}),
    ("breaks_ranks", {"include_negated": True}),
    ("relations_between", {"a": "Serbia", "b": "referendums", "include_negated": True}),
    ("relations_between", {"a": "Russia", "b": "Washington"}),
    ("paths", {"a": "Russia", "b": "Ukraine", "max_hops": 2}),
    ("paths", {"a": "Serbia", "b": "Russia", "max_hops": 4}),
    ("paths", {"a": "Serbia", "b": "Russia", "max_hops": 4, "all_lengths": True}),
    ("paths", {"a": "Serbia", "b": "Agreement:accession-treaties", "max_hops": 3}),
    ("contested_territories", {"include_negated": True}),
    ("most_cited", {"top": 3, "types": "REJECTS,SUPPORTS"}),
    ("stances_over_time", {"actor": "United States", "since": "2022-09-27", "until": "2022-12-31"}),
    ("actors_by_plover", {"categories": "reject,accuse"}),
    ("officials_signed", {"state": "Russian Federation"}),
    ("officials_stances", {"state": "Kazakhstan"}),
    ("co_mentions", {"a": "Russia", "b": "Belarus"}),
    ("negated_claims", {"actor": "China"}),
]
DEFAULTS = [
    (name, {p.name: SAMPLES[p.name] for p in preset.params if p.required})
    for name, preset in sorted(CATALOG.items())
]
EXPECTED_FILES = ["allies", "breaks_ranks", "stance_on_topic", "paths", "relations_between", "stance_table"]


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    records = alignment_records() + hostile_records()
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("parity"), records)


def _both(engines: dict[str, Store], name: str, params: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for engine, store in engines.items():
        result = run_saved(store, name, params)
        out[engine] = {"columns": result.columns, "rows": result.rows}
    return out


@pytest.mark.parametrize(
    ("name", "params"),
    DEFAULTS + PARAMETER_SETS,
    ids=[f"{n}-{i}" for i, (n, _) in enumerate(DEFAULTS + PARAMETER_SETS)],
)
def test_preset_gives_the_same_rows_on_both_engines(
    engines: dict[str, Store], name: str, params: dict[str, Any]
) -> None:
    results = _both(engines, name, params)
    assert results["ladybug"] == results["neo4j"]


def test_defaults_return_rows_for_every_preset(engines: dict[str, Store]) -> None:
    empty = [name for name, params in DEFAULTS if not run_saved(engines["ladybug"], name, params).rows]
    assert not empty, f"presets that find nothing in the fixture graph: {empty}"


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_preset_matches_its_expected_json(engines: dict[str, Store], name: str) -> None:
    params = dict(next(p for n, p in DEFAULTS if n == name))
    result = run_saved(engines["neo4j"], name, params)
    got = {"preset": name, "params": params, "columns": result.columns, "rows": result.rows}
    path = EXPECTED / f"{name}.json"
    if os.environ.get("GEOALIGN_WRITE_EXPECTED") == "1":
        EXPECTED.mkdir(exist_ok=True)
        path.write_text(_compact(got), encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def _compact(got: dict[str, Any]) -> str:
    """One row per line, so a changed row shows as a one-line diff."""
    head = {k: v for k, v in got.items() if k != "rows"}
    rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in got["rows"])
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [\n' + rows + "\n]}\n"


def test_the_demo_story_on_both_engines(engines: dict[str, Store]) -> None:
    for store in engines.values():
        rows = run_saved(store, "breaks_ranks", {"actor": "Russia"}).records()
        on_referendums = {r["ally"] for r in rows if r["topic_id"] == "Event:2022-annexation-referendums"}
        assert on_referendums == {"Serbia", "Kazakhstan"}


def test_negated_and_hypothetical_relations_only_with_the_flag(engines: dict[str, Store]) -> None:
    for store in engines.values():
        default = {
            r["actor"] for r in run_saved(store, "stance_on_topic", {"topic": "referendums"}).records()
        }
        wide = {
            (r["actor"], r["relation"])
            for r in run_saved(
                store, "stance_on_topic", {"topic": "referendums", "include_negated": True}
            ).records()
        }
        assert "China" not in default
        assert {("China", "SUPPORTS"), ("Serbia", "RECOGNIZES")} <= wide


def test_paths_do_not_reuse_relationships_on_either_engine(engines: dict[str, Store]) -> None:
    # Serbia and Russia are joined by two ALLY_OF edges (a 2-cycle); a walk could bounce between them.
    for store in engines.values():
        params = {"a": "Serbia", "b": "Russia", "max_hops": 4, "all_lengths": True}
        for row in run_saved(store, "paths", params).records():
            assert len(set(row["relation_keys"])) == len(row["relation_keys"])
            assert row["via"][0] == "Serbia" and row["via"][-1] == "Russia"


def test_ad_hoc_cypher_in_neo4j_spelling_runs_on_both(engines: dict[str, Store]) -> None:
    cypher = (
        "MATCH (a:Country)-[r]->(b:Country) WHERE a.name = $name "
        "RETURN type(r) AS relation, b.name AS target ORDER BY relation, target"
    )
    results = [run_cypher(store, cypher, {"name": "Russia"}).rows for store in engines.values()]
    assert (
        results[0]
        == results[1]
        == [
            ["ALLY_OF", "Belarus"],
            ["ALLY_OF", "Kazakhstan"],
            ["ALLY_OF", "Serbia"],
            ["CRITICIZES", "United States"],
            ["INVADED", "Ukraine"],
        ]
    )


@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH p = (a:Country {id: 'Country:SRB'})-[*2]-(b) WHERE all(r IN relationships(p) WHERE r:ALLY_OF) "
        "RETURN b.id AS x ORDER BY x",
        "MATCH (a:Country {id: 'Country:SRB'})-[*..2]-(b:Country) RETURN count(*) AS n",
        "MATCH p = (a:Country {id: 'Country:SRB'})-[*]-(b:Country) "
        "WHERE all(r IN relationships(p) WHERE r:ALLY_OF) RETURN count(*) AS n",
    ],
)
def test_ad_hoc_variable_length_forms_agree(engines: dict[str, Store], cypher: str) -> None:
    ladybug, neo4j = (run_cypher(store, cypher).rows for store in engines.values())
    assert ladybug == neo4j


# Spellings the regex adapter once broke on (issue 13): each runs on LadybugDB and gives Neo4j's rows.
@pytest.mark.parametrize(
    ("cypher", "params", "rows"),
    [
        (
            "MATCH (a:Country {iso3: toUpper($x)}) RETURN a.name AS name ORDER BY name",
            {"x": "srb"},
            [["Serbia"]],
        ),
        (
            "MATCH (a)-[r]->(b) WHERE r:ALLY_OF AND a:Country AND b:Country AND a.name = 'Russia' "
            "RETURN b.name AS ally ORDER BY ally",
            {},
            [["Belarus"], ["Kazakhstan"], ["Serbia"]],
        ),
        (
            "MATCH (t)<-[r]-(x:Country) WHERE t:Event|Agreement AND x.name STARTS\nWITH 'Ser'\n"
            "  AND r:REJECTS RETURN t.name AS topic ORDER BY topic",
            {},
            [["2022 annexation referendums"]],
        ),
    ],
    ids=["map-with-a-call", "label-test-in-where", "starts-with-over-a-newline"],
)
def test_spellings_the_regex_adapter_broke_on(
    engines: dict[str, Store], cypher: str, params: dict[str, Any], rows: list[list[Any]]
) -> None:
    for store in engines.values():
        assert run_cypher(store, cypher, params).rows == rows


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("stance_table", {"include_negated": True}),
        ("paths", {"a": "Serbia", "b": "Russia", "max_hops": 4, "all_lengths": True}),
        ("breaks_ranks", {"actor": "Russia"}),
        ("stances_over_time", {"actor": "Russia", "include_negated": True}),
    ],
    ids=["paged-in-the-query", "union-paged-in-each-part", "union-with-an-actor", "an-actor-over-time"],
)
def test_a_page_is_the_slice_of_the_whole_answer(
    engines: dict[str, Store], name: str, params: dict[str, Any]
) -> None:
    for store in engines.values():
        whole = run_saved(store, name, params).rows
        assert len(whole) > 4
        second = run_saved(store, name, params, limit=2, page=2)
        assert second.rows == whole[2:4] and second.truncated
        last = run_saved(store, name, params, limit=2, page=(len(whole) + 1) // 2)
        assert last.rows == whole[2 * (((len(whole) + 1) // 2) - 1) :] and not last.truncated


def test_officials_stances_of_a_state_are_its_rows_of_the_whole_answer(engines: dict[str, Store]) -> None:
    """Given a state (by id, or by its name in another case), the preset starts from that state's
    office holders: the rows are the whole answer's rows of that state, in the same order."""
    for store in engines.values():
        whole = run_saved(store, "officials_stances", {"include_negated": True}).rows
        states = {(row[0], row[1]) for row in whole}
        assert len(states) > 1
        for name, state_id in sorted(states):
            mine = [row for row in whole if row[1] == state_id]
            for given in (state_id, name.upper()):
                rows = run_saved(store, "officials_stances", {"state": given, "include_negated": True}).rows
                assert rows == mine, given


def _paths_by_hand(store: Store, a: str, b: str, include_negated: bool) -> list[list[Any]]:
    """The 1- and 2-step paths between the nodes with ids ``a`` and ``b``, found in Python from every
    relation the store holds, in the preset's order: by length, then as the runner settles ties."""
    edges = run_cypher(
        store,
        "MATCH (s)-[r]->(t) RETURN s.id AS s, s.name AS sn, t.id AS t, t.name AS tn, type(r) AS k, "
        "r.key AS key, r.claimed AS claimed ORDER BY key",
    ).records()
    near: dict[str, list[tuple[str, str, str, str]]] = {}
    for e in edges:
        if e["k"] == "MENTIONS" or not (include_negated or e["claimed"]):
            continue
        near.setdefault(e["s"], []).append((e["t"], e["tn"], e["k"], e["key"]))
        near.setdefault(e["t"], []).append((e["s"], e["sn"], e["k"], e["key"]))
    names = {e["s"]: e["sn"] for e in edges} | {e["t"]: e["tn"] for e in edges}
    rows = [[a, b, 1, [names[a], names[b]], [k], [key]] for m, _, k, key in near.get(a, []) if m == b]
    for m, m_name, k1, key1 in near.get(a, []):
        if m in (a, b):
            continue
        for end, _, k2, key2 in near.get(m, []):
            if end == b and key2 != key1:
                rows.append([a, b, 2, [names[a], m_name, names[b]], [k1, k2], [key1, key2]])
    return sorted(rows, key=lambda r: (r[2], json.dumps(r[3:], ensure_ascii=False)))


@pytest.mark.parametrize(
    ("a", "b", "include_negated"),
    [
        ("Country:SRB", "Country:RUS", False),
        ("Country:RUS", "Country:UKR", True),
        ("Country:KAZ", "Country:SRB", False),
    ],
)
def test_paths_of_one_and_two_steps_are_every_such_path_on_both_engines(
    engines: dict[str, Store], a: str, b: str, include_negated: bool
) -> None:
    # The whole answer and pages cut inside each length, against the paths found here by hand.
    params = {"a": a, "b": b, "max_hops": 2, "include_negated": include_negated, "all_lengths": True}
    for engine, store in engines.items():
        expected = _paths_by_hand(store, a, b, include_negated)
        assert len(expected) > 2, (engine, a, b)
        assert run_saved(store, "paths", params, limit=1000).rows == expected, engine
        for size in (1, 2, len(expected) // 2):
            pages = [run_saved(store, "paths", params, limit=size, page=n).rows for n in (1, 2, 3)]
            assert pages == [expected[i * size : (i + 1) * size] for i in range(3)], (engine, size)


@pytest.mark.parametrize(
    ("a", "b", "include_negated", "hops"),
    [
        ("Country:SRB", "Country:RUS", False, 1),  # allies: their direct relations only
        ("Country:RUS", "Country:UKR", True, 1),
        ("Country:KAZ", "Country:SRB", False, 2),  # no relation of their own: the paths through a third
        ("Country:SRB", "Country:KAZ", True, 2),
    ],
)
def test_paths_are_the_shortest_unless_every_length_is_asked_for(
    engines: dict[str, Store], a: str, b: str, include_negated: bool, hops: int
) -> None:
    # By default only the paths of the least length that joins A and B (what allShortestPaths finds).
    params = {"a": a, "b": b, "max_hops": 2, "include_negated": include_negated}
    for engine, store in engines.items():
        every = _paths_by_hand(store, a, b, include_negated)
        shortest = [row for row in every if row[2] == hops]
        assert shortest and min(row[2] for row in every) == hops
        assert hops > 1 or len(shortest) < len(every)  # (the pairs with relations of their own have more)
        assert run_saved(store, "paths", params, limit=1000).rows == shortest, engine
        for size in (1, 2):
            pages = [run_saved(store, "paths", params, limit=size, page=n) for n in (1, 2, 3)]
            assert [p.rows for p in pages] == [shortest[i * size : (i + 1) * size] for i in range(3)], engine
            assert [p.truncated for p in pages] == [len(shortest) > (i + 1) * size for i in range(3)], engine
        wide = run_saved(store, "paths", {**params, "all_lengths": True}, limit=1000).rows
        assert wide == every, engine


def test_paths_longer_than_max_hops_are_not_listed_even_as_the_shortest(engines: dict[str, Store]) -> None:
    # Serbia reaches the accession treaties in three steps at the least.
    params = {"a": "Serbia", "b": "Agreement:accession-treaties"}
    for engine, store in engines.items():
        assert run_saved(store, "paths", {**params, "max_hops": 2}).rows == [], engine
        three = run_saved(store, "paths", {**params, "max_hops": 3}).rows
        assert three and {row[2] for row in three} == {3}, engine
        assert run_saved(store, "paths", {**params, "max_hops": 4}).rows == three, engine
