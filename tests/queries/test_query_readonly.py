"""Saved and ad-hoc queries are read-only, row-limited and time-limited on both engines.

Uses the shared ``store`` fixture (a fresh LadybugDB file, and the session's real Neo4j wiped).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import alignment_records, canonical

from geoalign.cli import cli
from graph.queries import load_catalog, run_cypher, run_saved
from graph.store import ReadOnlyError, Store, StoreError

WRITES = [
    "CREATE (n:Country {id: 'Country:XXX', name: 'Nowhere'}) RETURN n.id AS id",
    "MERGE (n:Country {id: 'Country:XXX'}) RETURN n.id AS id",
    "MATCH (n:Country) SET n.name = 'renamed' RETURN n.id AS id",
    "MATCH (n) DETACH DELETE n",
    "MATCH (a:Country)-[r:ALLY_OF]->(b:Country) DELETE r",
    "MATCH (n:Country {id: 'Country:SRB'}) SET n.iso3 = NULL RETURN n.id AS id",
    "MATCH (n:Country) WITH n CREATE (m:Country {id: n.id + 'x', name: 'copy'}) RETURN m.id AS id",
]
SLOW = (
    "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x + y) % 7 = 3 "
    "RETURN count(*) AS n"
)


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(alignment_records())
    return store


@pytest.mark.parametrize("cypher", WRITES)
def test_ad_hoc_writes_are_refused_and_change_nothing(filled: Store, cypher: str) -> None:
    before = canonical(filled.read())
    with pytest.raises(ReadOnlyError, match="read-only"):
        run_cypher(filled, cypher)
    assert canonical(filled.read()) == before


def test_a_writing_preset_file_is_refused(filled: Store, tmp_path: Path) -> None:
    (tmp_path / "wipe.cypher").write_text(
        "// Title: Looks harmless\n// Question: Does it write?\n// Parameters:\n"
        "//   name (string, default x): a name\n// Example: geoalign query wipe\n"
        "MATCH (n) WHERE n.name <> $name DETACH DELETE n\n",
        encoding="utf-8",
    )
    before = canonical(filled.read())
    with pytest.raises(ReadOnlyError):
        run_saved(filled, "wipe", {}, catalog=load_catalog(tmp_path))
    assert canonical(filled.read()) == before


def test_parameters_are_never_spliced(filled: Store) -> None:
    before = canonical(filled.read())
    hostile = "Serbia' }) DETACH DELETE n //"
    assert run_saved(filled, "allies", {"actor": hostile}).rows == []
    assert canonical(filled.read()) == before


def test_the_cli_refuses_writes_with_a_clear_message(filled: Store) -> None:
    before = canonical(filled.read())
    uri = filled.uri
    filled.close()  # the embedded store allows one writer: let the command open its own connection
    result = CliRunner().invoke(cli, ["--store", uri, "cypher", "MATCH (n) DETACH DELETE n"])
    assert result.exit_code == 1
    assert "this query would write to the store; saved and ad-hoc queries are read-only" in result.output
    from graph.store import open_store

    with open_store(uri) as again:
        assert canonical(again.read()) == before


def test_row_limit_truncates_and_says_so(filled: Store) -> None:
    result = run_cypher(filled, "MATCH (n:Country) RETURN n.id AS id ORDER BY id", limit=3)
    assert result.rows == [["Country:BLR"], ["Country:CHN"], ["Country:KAZ"]]
    assert result.truncated
    full = run_cypher(filled, "MATCH (n:Country) RETURN n.id AS id ORDER BY id", limit=7)
    assert len(full.rows) == 7 and not full.truncated


def test_time_limit_stops_a_slow_query(filled: Store) -> None:
    with pytest.raises(StoreError, match=r"query stopped at the time limit of 0\.5 s"):
        run_cypher(filled, SLOW, timeout_s=0.5)


def test_cli_limit_and_timeout_messages(filled: Store) -> None:
    uri = filled.uri
    filled.close()
    runner = CliRunner()
    limited = runner.invoke(cli, ["--store", uri, "query", "stance_table", "--limit", "2", "--format", "csv"])
    assert limited.exit_code == 0, limited.output
    assert len(limited.stdout.strip().splitlines()) == 3  # header + 2 rows
    assert "only the first 2 rows are shown; raise --limit to see more" in limited.stderr
    slow = runner.invoke(cli, ["--store", uri, "cypher", SLOW, "--timeout", "0.5"])
    assert slow.exit_code == 1
    assert "query stopped at the time limit of 0.5 s; raise --timeout to allow more" in slow.output


def test_cli_formats(filled: Store) -> None:
    uri = filled.uri
    filled.close()
    runner = CliRunner()
    as_json = runner.invoke(
        cli, ["--store", uri, "query", "allies", "--param", "actor=moscow", "--format", "json"]
    )
    assert as_json.exit_code == 0, as_json.output
    import json

    assert [r["ally"] for r in json.loads(as_json.stdout)] == ["Belarus", "Kazakhstan", "Serbia"]
    table = runner.invoke(cli, ["--store", uri, "query", "allies", "--param", "actor=Russia"])
    assert table.stdout.splitlines()[0].split(" | ")[:3] == ["actor ", "actor_id   ", "ally      "]
    bad = runner.invoke(cli, ["--store", uri, "query", "paths", "--param", "a=Serbia"])
    assert bad.exit_code == 1 and "missing required parameter(s) b" in bad.output
    adhoc = runner.invoke(
        cli,
        [
            "--store",
            uri,
            "cypher",
            "MATCH (c:Country) WHERE c.name = $name RETURN c.iso3 AS iso3, $n + 1 AS n ORDER BY iso3",
            "--param",
            "name=Serbia",
            "--param",
            "n=41",
            "--format",
            "csv",
        ],
    )
    assert adhoc.stdout.strip().splitlines() == ["iso3,n", "SRB,42"]
