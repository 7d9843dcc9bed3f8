"""The Neo4j → LadybugDB adapter and the portable-subset lint."""

from __future__ import annotations

import pytest

from graph.cypher_compat import lint, plain, to_ladybug


def test_rewrites_touch_code_only() -> None:
    text = "MATCH (a)-[r]->(b) WHERE type(r) = 'type(r) *1..3' RETURN type(r) AS t // type(r)"
    assert to_ladybug(text) == "MATCH (a)-[r]->(b) WHERE r.type = 'type(r) *1..3' RETURN r.type AS t"


def test_variable_length_patterns_get_trail_semantics() -> None:
    assert (
        to_ladybug("MATCH p = (a)-[:ALLY_OF|MET_WITH*1..4]-(b)")
        == "MATCH p = (a)-[:ALLY_OF|MET_WITH* TRAIL 1..4]-(b)"
    )


def test_path_projections_are_rewritten() -> None:
    assert (
        to_ladybug("RETURN [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | r.key] AS ks")
        == "RETURN properties(nodes(p), 'name') AS via, properties(relationships(p), 'key') AS ks"
    )


def test_labels_become_filters_on_the_one_node_table() -> None:
    assert (
        to_ladybug("MATCH (p:Person {name: 'a:(B|C)'})-[:SIGNED]->(:Agreement) RETURN p.id")
        == "MATCH (p:__Node__ {label: 'Person', name: 'a:(B|C)'})-[:SIGNED]->"
        "(:__Node__ {label: 'Agreement'}) RETURN p.id"
    )


def test_several_labels_join_the_where_of_their_own_match() -> None:
    got = to_ladybug(
        "MATCH (x)-->(t:Event|Agreement) WHERE x.a OR x.b "
        "OPTIONAL MATCH (t)-->(:Country|Region) "
        "WITH x WHERE EXISTS { MATCH (x)-->(y:Person|Country) } RETURN x.id AS id"
    )
    assert got == (
        "MATCH (x)-->(t:__Node__) WHERE t.label IN ['Event', 'Agreement'] AND (x.a OR x.b) "
        "OPTIONAL MATCH (t)-->(_lbl1:__Node__) WHERE _lbl1.label IN ['Country', 'Region'] "
        "WITH x WHERE EXISTS { MATCH (x)-->(y:__Node__) WHERE y.label IN ['Person', 'Country'] } "
        "RETURN x.id AS id"
    )


def test_several_labels_outside_a_match_are_refused() -> None:
    from graph.cypher_compat import PortabilityError

    with pytest.raises(PortabilityError, match="several labels"):
        to_ladybug("MATCH (a) WHERE (a)-->(:Event|Agreement) RETURN a.id AS id")


@pytest.mark.parametrize(
    ("cypher", "problem"),
    [
        ("MATCH (n) RETURN n.name AS name", "no final ORDER BY"),
        ("MATCH (n) RETURN n.name ORDER BY n.name", "needs an alias"),
        ("MATCH (n) RETURN n.name AS name, n.id AS id ORDER BY name", "leaves out returned column(s): id"),
        ("MATCH (b)-[r]->(c) RETURN b.id AS b ORDER BY b", "also a pattern variable"),
        ("MATCH p = (a)-[*]-(b) RETURN a.id AS x ORDER BY x", "need both bounds"),
        ("MATCH p = (a)-[*..3]-(b) RETURN a.id AS x ORDER BY x", "need both bounds"),
        ("MATCH (a) CALL apoc.help('x') RETURN a.id AS x ORDER BY x", "APOC"),
        ("MATCH (a) RETURN [x IN a.aliases | toLower(x)] AS xs ORDER BY xs", "list comprehensions"),
        ("MATCH (a) RETURN a.aliases[0] AS x ORDER BY x", "list indexing"),
        ("MATCH (a) RETURN a {.name} AS x ORDER BY x", "map projections"),
        ("MATCH (a) RETURN labels(a) AS x ORDER BY x", "labels(n)"),
        ("MATCH (a:Country:Person) RETURN a.id AS x ORDER BY x", "(n:A:B)"),
        ("MATCH (a) RETURN head(a.aliases) AS x ORDER BY x", "missing or different"),
        ("MATCH (a) RETURN toString(a.id) AS x ORDER BY x", "missing or different"),
        ("MATCH (a) WITH a ORDER BY a.id RETURN a.id AS x ORDER BY x", "WITH … ORDER BY needs SKIP or LIMIT"),
        ("MATCH (a)-[r]->(b) WHERE r.key STARTS WITH a.id + '|' RETURN a.id AS x ORDER BY x", "parenthesize"),
        ("MATCH (a) RETURN a.id AS x ORDER BY x UNION MATCH (b) RETURN b.id AS x ORDER BY x", "UNION"),
        ("MATCH (a) RETURN a.id AS x ORDER BY x UNION ALL MATCH (b) RETURN b.id AS x", "no final ORDER BY"),
        (
            "MATCH (a) RETURN a.id AS x, 1 AS y ORDER BY x, y UNION ALL MATCH (b) RETURN b.id AS x, 2 AS y "
            "ORDER BY y, x",
            "same final ORDER BY",
        ),
        ("MATCH (a) SET a.name = 'x' RETURN a.id AS x ORDER BY x", "read-only"),
        ("MATCH (a) RETURN collect(a.id) AS xs ORDER BY xs", "collect() order"),
        ("MATCH (a) WITH collect(a.id) AS xs UNWIND xs AS x RETURN x AS x ORDER BY x", "collect() order"),
        ("MATCH (a) WITH size(collect(a.id)) AS n RETURN n AS n ORDER BY n", "collect() order"),
        ("MATCH p = shortestPath((a)-[*1..3]-(b)) RETURN a.id AS x ORDER BY x", "shortestPath"),
    ],
)
def test_lint_names_each_unportable_construct(cypher: str, problem: str) -> None:
    assert any(problem in p for p in lint(cypher)), lint(cypher)


def test_lint_accepts_the_portable_forms() -> None:
    cypher = """WITH toLower($a) AS q
        MATCH p = (x)-[*1..3]-(y:Country|Region)
        WHERE any(al IN x.aliases WHERE toLower(al) = q) AND x.name STARTS WITH 'S'
          AND r.key STARTS WITH (x.id + '|')
        RETURN x.label AS kind, type(r) AS relation, [n IN nodes(p) | n.name] AS via
        ORDER BY kind, relation"""
    assert lint(cypher, unordered=frozenset({"via"})) == []
    # a collected list tested with IN (its order never shows)
    collected = """MATCH (a)-[r]-(b) WHERE r:ALLY_OF
        WITH a, collect(b.id) AS allies
        WITH a, allies, a.id AS aid
        MATCH (c)-[s]->(t) WHERE c.id IN allies
        RETURN aid AS actor, c.id AS ally ORDER BY actor, ally"""
    assert lint(collected) == []


def test_plain_values_match_across_engines() -> None:
    from decimal import Decimal

    assert plain({"s": Decimal("3"), "xs": [Decimal("1.5")]}) == {"s": 3, "xs": [1.5]}


# The three spellings issue 13 found the regex rewriting broke on.
def test_a_node_pattern_whose_map_calls_a_function_is_rewritten() -> None:
    assert (
        to_ladybug("MATCH (a:Country {id: toUpper($x)}) RETURN a.id AS id")
        == "MATCH (a:__Node__ {label: 'Country', id: toUpper($x)}) RETURN a.id AS id"
    )


def test_a_label_test_in_where_reads_the_label_column() -> None:
    cypher = "MATCH (a)-[r]->(b) WHERE a:Country AND NOT b:Event|Agreement RETURN {k: a.id} AS m"
    assert to_ladybug(cypher) == (
        "MATCH (a)-[r]->(b) WHERE (a.label = 'Country') AND NOT (b.label IN ['Event', 'Agreement']) "
        "RETURN {k: a.id} AS m"
    )
    assert to_ladybug("MATCH (a)-[r]->(b) WHERE r:ALLY_OF RETURN a.id AS id") == (
        "MATCH (a)-[r]->(b) WHERE (r.type = 'ALLY_OF') RETURN a.id AS id"
    )


@pytest.mark.parametrize("space", ["  ", "\n", "\n  "])
def test_starts_with_split_by_space_or_newline_is_no_clause(space: str) -> None:
    got = to_ladybug(f"MATCH (x:Event|Agreement) WHERE x.name STARTS{space}WITH 'S' RETURN x.id AS id")
    assert got == (
        f"MATCH (x:__Node__) WHERE x.label IN ['Event', 'Agreement'] AND (x.name STARTS{space}WITH 'S') "
        "RETURN x.id AS id"
    )
