"""A saved ``UNION ALL`` query is run part by part: its rows are each part's, in turn, in each part's
order, and its pages are cut from that sequence, the same on both engines.

LadybugDB does not keep a part's ORDER BY across a ``UNION ALL`` (a large part comes back as sorted
runs, differently from call to call: ``breaks_ranks`` without an actor at 100k relations, 142,832 rows,
differed from its part run alone in 6 calls of 6, from the first row in 3), and it mixes up a later
part's columns when the first part returns one expression twice. Each part alone is ordered, so the
runner sends the parts as queries of their own, one after another. ``paths`` orders the paths of one
length by their relation keys, so a page cut inside them is the same rows on both engines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from geofixture import alignment_records, both_engines

from graph.cypher_compat import GO
from graph.model import Relation
from graph.queries import parse_preset, run_saved, settle
from graph.store import Store, open_store

HEAD = """// Title: T
// Question: Q?
// Parameters:
//   first (string, default ""): a relation type listed before the others (empty: none)
//   key (string, default ""): one relation key (empty: the pairs of every relation)
// Example: geoalign query t
"""
# Two parts that both return rows (as paths does, one part per length), the first guarded by a parameter.
IN_TURN = (
    HEAD
    + """WITH $first AS f
WHERE f <> ''
MATCH (a)-[r]->(b)
WHERE type(r) = f
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS'
RETURN a.id AS source, r.key AS key ORDER BY source, key
"""
)
# The first part returns one expression twice (a relation's key, when one is named).
TWICE = (
    HEAD
    + """WITH $key AS k
WHERE k <> ''
MATCH (a)-[r]->(b)
WHERE r.key = k
RETURN r.key AS source, r.key AS key ORDER BY source, key
UNION ALL
WITH $key AS k
WHERE k = ''
MATCH (a)-[r]->(b)
WHERE type(r) = 'ALLY_OF'
RETURN a.id AS source, r.key AS key ORDER BY source, key
"""
)
# Every part guarded; each aggregates (a count of no rows is a row) or not.
GUARDED = (
    HEAD
    + """WITH $first AS f
WHERE f = 'ALLY_OF'
MATCH (a)-[r]->(b)
WHERE type(r) = f
RETURN COUNTED ORDER BY n
UNION ALL
WITH $first AS f
WHERE f = 'MENTIONS'
MATCH (a)-[r]->(b)
WHERE type(r) = f
RETURN COUNTED ORDER BY n
"""
)
# Parts that share a guard, and one whose guard goes on from theirs (a lookup by key, then a test).
SHARED = (
    HEAD
    + """WITH $first AS f
WHERE f <> ''
MATCH (a)-[r]->(b)
WHERE type(r) = f
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
WITH $first AS f
WHERE f <> ''
MATCH (a)-[r]->(b)
WHERE type(r) = f AND a.id > b.id
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
WITH $first AS f
WHERE f <> ''
MATCH (k:NameKey {key: 'no such name'})
WITH f, k
WHERE k.key <> ''
MATCH (a)-[r]->(b)
WHERE type(r) = f
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS'
RETURN a.id AS source, r.key AS key ORDER BY source, key
"""
)
# A part, then two that run only when the parts before them returned no row (as ``paths`` lists a longer
# length only when no shorter path was found); the two share a guard, asked again for each.
FALLBACK = (
    HEAD
    + """MATCH (a)-[r]->(b)
WHERE type(r) = $first
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
WITH $rows_before AS n
WHERE n = 0
MATCH (a)-[r]->(b)
WHERE type(r) = 'ALLY_OF'
RETURN a.id AS source, r.key AS key ORDER BY source, key
UNION ALL
WITH $rows_before AS n
WHERE n = 0
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS'
RETURN a.id AS source, r.key AS key ORDER BY source, key
"""
)
CATALOG = {
    "fallback": parse_preset("fallback", FALLBACK),
    "in_turn": parse_preset("in_turn", IN_TURN),
    "shared": parse_preset("shared", SHARED),
    "twice": parse_preset("twice", TWICE),
    "guarded": parse_preset("guarded", GUARDED.replace("COUNTED", "r.key AS n")),
    # No grouping key: a count of no rows is a row (with one, as in 'x' AS what, no row).
    "counted": parse_preset("counted", GUARDED.replace("COUNTED", "count(r) AS n")),
    "grouped": parse_preset("grouped", GUARDED.replace("COUNTED", "'x' AS what, count(r) AS n")),
}
RELATIONS = sorted({(r.source, r.key) for r in alignment_records() if isinstance(r, Relation)})
CLAIMS = [[s, k] for s, k in RELATIONS if "|MENTIONS|" not in k]
ALLIES = [[s, k] for s, k in RELATIONS if "|ALLY_OF|" in k]


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("union"), alignment_records())


def _rows(store: Store, name: str, params: dict[str, Any], **options: Any) -> list[list[Any]]:
    return run_saved(store, name, params, catalog=CATALOG, **options).rows


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_the_parts_come_back_in_turn_each_in_its_order(engines: dict[str, Store], engine: str) -> None:
    assert len(ALLIES) == 4 and len(CLAIMS) > 30
    assert _rows(engines[engine], "in_turn", {"first": "ALLY_OF"}) == ALLIES + CLAIMS
    assert _rows(engines[engine], "in_turn", {}) == CLAIMS


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_pages_are_cut_from_the_parts_in_turn(engines: dict[str, Store], engine: str) -> None:
    store, limit = engines[engine], 7
    whole = ALLIES + CLAIMS
    pages = []
    for page in range(1, len(whole) // limit + 2):
        result = run_saved(store, "in_turn", {"first": "ALLY_OF"}, catalog=CATALOG, limit=limit, page=page)
        assert result.truncated == (page * limit < len(whole)), page
        pages.extend(result.rows)
    assert pages == whole
    # A page that ends exactly where the first part ends still knows the second part has rows.
    edge = run_saved(store, "in_turn", {"first": "ALLY_OF"}, catalog=CATALOG, limit=len(ALLIES))
    assert edge.rows == ALLIES and edge.truncated


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_a_part_returning_one_expression_twice_leaves_the_next_parts_columns_alone(
    engines: dict[str, Store], engine: str
) -> None:
    # As one query, LadybugDB gave every row of the second part its key in both columns.
    key = ALLIES[0][1]
    assert _rows(engines[engine], "twice", {}) == ALLIES
    assert _rows(engines[engine], "twice", {"key": key}) == [[key, key]]


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_parts_whose_guard_fails_are_skipped_but_not_their_aggregates(
    engines: dict[str, Store], engine: str
) -> None:
    store = engines[engine]
    mentions = sum("|MENTIONS|" in k for _, k in RELATIONS)
    assert _rows(store, "guarded", {"first": "ALLY_OF"}) == [[k] for _, k in ALLIES]
    nothing = run_saved(store, "guarded", {"first": "NONE"}, catalog=CATALOG)
    assert (nothing.columns, nothing.rows) == (["n"], [])
    assert _rows(store, "counted", {"first": "MENTIONS"}) == [[0], [mentions]]
    assert _rows(store, "counted", {"first": "NONE"}) == [[0], [0]]
    # grouped by anything, a count of no rows is no row: such a part is skipped like any other
    assert _rows(store, "grouped", {"first": "MENTIONS"}) == [["x", mentions]]
    assert _rows(store, "grouped", {"first": "NONE"}) == []


def test_each_part_is_sent_as_a_query_of_its_own(engines: dict[str, Store]) -> None:
    sent: list[str] = []

    class Recording:
        def query(self, cypher: str, params: Any, **options: Any) -> Any:
            sent.append(cypher)
            return engines["ladybug"].query(cypher, params, **options)

    def run(name: str, params: dict[str, Any]) -> list[list[Any]]:
        sent.clear()
        return run_saved(Recording(), name, params, catalog=CATALOG).rows  # type: ignore[arg-type]

    assert run("in_turn", {"first": "ALLY_OF"}) == ALLIES + CLAIMS
    assert not any("UNION" in q for q in sent)
    # The first part's guard, the first part, the second part (no guard of its own).
    assert [q.count("MATCH") for q in sent] == [0, 1, 1]
    assert "WHERE f <> ''" in sent[0] and "WHERE f <> ''" in sent[1] and "WHERE f <> ''" not in sent[2]
    assert run("in_turn", {}) == CLAIMS
    assert [q.count("MATCH") for q in sent] == [0, 1]
    # The second part's guard checked once the first part ran; the last part run unchecked when no
    # other ran (its columns are the answer's); a part that aggregates with no grouping key run
    # whatever its guard.
    assert run("guarded", {"first": "ALLY_OF"}) != []
    assert [q.count("MATCH") for q in sent] == [0, 1, 0]
    assert run("guarded", {"first": "MENTIONS"}) != []
    assert [q.count("MATCH") for q in sent] == [0, 1]
    run("counted", {"first": "MENTIONS"})
    assert [q.count("MATCH") for q in sent] == [1, 1]
    run("grouped", {"first": "MENTIONS"})
    assert [q.count("MATCH") for q in sent] == [0, 1]
    # A guard shared by parts is asked once; one that goes on from a guard that found no row is not
    # asked (it cannot find one either); one that goes on from a guard that found a row is.
    assert run("shared", {}) == CLAIMS
    assert [q.count("MATCH") for q in sent] == [0, 1]
    backwards = sorted(
        {(r.source, r.key) for r in alignment_records() if isinstance(r, Relation) and r.source > r.target}
    )
    assert [k for _, k in backwards if "|ALLY_OF|" in k]  # the second part has rows
    backwards_allies = [[s, k] for s, k in backwards if "|ALLY_OF|" in k]
    assert run("shared", {"first": "ALLY_OF"}) == ALLIES + backwards_allies + CLAIMS
    assert [q.count("MATCH") for q in sent] == [0, 1, 1, 1, 1]
    assert "NameKey" in sent[3] and sent[3].rstrip().endswith("RETURN true AS go")


@pytest.mark.slow
def test_a_large_part_stays_in_order_on_ladybug(tmp_path: Path) -> None:
    # 1,000,000 rows after an empty part: as one query, LadybugDB returned them as two sorted runs in
    # 5 calls of 5 (from the first row in 2); alone, in order.
    numbers = 1_000_000
    text = """// Title: T
// Question: Q?
// Parameters:
//   skip (boolean, default false): leave the numbers out
// Example: geoalign query t
WITH $skip AS s
WHERE s
RETURN 0 AS n ORDER BY n
UNION ALL
WITH $skip AS s
WHERE NOT s
UNWIND range(1, $numbers) AS i
RETURN i AS n ORDER BY n
"""
    text = text.replace("$numbers", str(numbers))
    catalog = {"numbers": parse_preset("numbers", text)}
    with open_store(str(tmp_path / "store.lbug")) as store:
        result = run_saved(store, "numbers", {}, catalog=catalog, limit=numbers)
    assert [row[0] for row in result.rows] == list(range(1, numbers + 1))


@pytest.mark.parametrize(("a", "b", "cap"), [("Kazakhstan", "Serbia", 20), ("Russia", "Ukraine", 30)])
def test_a_paths_page_cut_inside_one_length_is_the_same_on_both_engines(
    engines: dict[str, Store], a: str, b: str, cap: int
) -> None:
    # Paths of one length tie on the returned sort columns; the engine orders them by path_key, the
    # order the runner settles them in, so a page cut inside them is the start of the whole answer.
    params = {"a": a, "b": b, "max_hops": 4, "all_lengths": True}
    whole = run_saved(engines["neo4j"], "paths", params, limit=1000)
    hops = [row[2] for row in whole.rows]
    assert len(hops) - hops.count(4) < cap < len(hops)  # the cap falls inside the 4-hop paths (the last)
    assert whole.rows == settle(whole.columns, whole.rows, ["hops", "from_id", "to_id"])
    for engine, store in engines.items():
        page = run_saved(store, "paths", params, limit=cap)
        assert (page.rows, page.truncated) == (whole.rows[:cap], True), engine
        second = run_saved(store, "paths", params, limit=cap, page=2)
        assert second.rows == whole.rows[cap : 2 * cap], engine


def test_each_part_is_asked_for_the_rows_still_wanted(engines: dict[str, Store]) -> None:
    # A page of 7 from the second part: the engine cuts each part (a top-k), nothing past the page is sent.
    sent: list[tuple[str, int]] = []

    class Recording:
        def query(self, cypher: str, params: Any, **options: Any) -> Any:
            sent.append((cypher, params.get("page_rows", 0)))
            return engines["ladybug"].query(cypher, params, **options)

    result = run_saved(Recording(), "in_turn", {"first": "ALLY_OF"}, catalog=CATALOG, limit=7, page=2)  # type: ignore[arg-type]
    assert result.rows == (ALLIES + CLAIMS)[7:14] and result.truncated
    # the guard, the first part (all 15 rows up to the page's end and one past), then the second (11)
    assert [rows for _, rows in sent] == [0, 15, 15 - len(ALLIES)]
    assert all(q.rstrip().endswith("LIMIT $page_rows") for q, _ in sent[1:])


class _Recording:
    """A store that notes, of each query sent, whether it is a guard and the ``$rows_before`` sent."""

    def __init__(self, store: Store) -> None:
        self.store, self.sent = store, list[tuple[str, int]]()

    def query(self, cypher: str, params: Any, **options: Any) -> Any:
        self.sent.append(("guard" if cypher.endswith(GO) else "part", params["rows_before"]))
        return self.store.query(cypher, params, **options)


@pytest.mark.parametrize(
    ("first", "expected"),
    [("SUPPORTS", "supports"), ("ALLY_OF", "allies"), ("NO_SUCH_TYPE", "allies"), ("", "allies")],
)
def test_a_part_may_run_only_when_the_parts_before_returned_no_row(
    engines: dict[str, Store], first: str, expected: str
) -> None:
    # $rows_before: the rows the parts before it returned (each part and guard is sent it), so the third
    # part never runs here, though it shares the second part's guard and the page is never full.
    rows = {"supports": [[s, k] for s, k in RELATIONS if "|SUPPORTS|" in k], "allies": ALLIES}[expected]
    assert 2 < len(rows) < 1000
    for engine, store in engines.items():
        recording = _Recording(store)
        whole = run_saved(recording, "fallback", {"first": first}, catalog=CATALOG, limit=1000)  # type: ignore[arg-type]
        sent = recording.sent
        assert (whole.rows, whole.truncated) == (rows, False), engine
        # The first part; the second's guard (and the part when the first gave none); the same guard
        # asked again for the third part, which fails with the rows before it.
        n = len(rows)
        first_gave = [("part", 0), ("guard", n), ("guard", n)]
        second_gave = [("part", 0), ("guard", 0), ("part", 0), ("guard", n)]
        assert sent == (first_gave if first in ("SUPPORTS", "ALLY_OF") else second_gave), engine
        for n in (1, 2):
            page = run_saved(store, "fallback", {"first": first}, catalog=CATALOG, limit=2, page=n)
            assert (page.rows, page.truncated) == (rows[2 * n - 2 : 2 * n], len(rows) > 2 * n), engine
