"""The Cypher script and the neo4j-admin CSV files, loaded into a real Neo4j and compared with the source.

The fixture graph includes hostile strings (``'}) DETACH DELETE n //``, backslashes, newlines,
quotes, markup) that must arrive verbatim.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from geofixture import alignment_records, as_graph_data, canonical, hostile_records, wipe_neo4j
from hypothesis import given, settings
from hypothesis import strategies as st

from geoalign import neo4j_server
from graph.export import cypher_literal, cypher_statements, neo4j_admin_args, write_cypher, write_neo4j_csv
from graph.store import open_store
from graph.store.neo4j_store import Neo4jStore
from graph.subgraph import Cut, select, to_networkx

EVERYTHING = Cut(include_negated=True, include_mentions=True)
RECORDS = alignment_records() + hostile_records()


def _graph() -> Any:
    return select(to_networkx(as_graph_data(RECORDS)), EVERYTHING)


@pytest.fixture
def neo4j(neo4j_target: Any) -> Any:
    store = neo4j_target.open()
    wipe_neo4j(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def reader(neo4j_target: Any) -> Any:
    """One connection for the literal checks: each example only reads (``RETURN literal``), so the
    examples need no store of their own (opening one costs its constraint statements' round trips)."""
    with neo4j_target.open() as store:
        yield store


def _replay(store: Neo4jStore, script: str) -> None:
    for line in script.splitlines():
        if line.strip() and not line.startswith("//"):
            store.driver.execute_query(line.rstrip(";"), database_=store.database)


def test_cypher_script_replays_to_the_same_graph(neo4j: Neo4jStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.cypher"
    write_cypher(_graph(), path)
    script = path.read_text(encoding="utf-8")
    assert all(line.endswith(";") for line in script.splitlines()[1:]), "one statement per line"
    _replay(neo4j, script)
    assert canonical(neo4j.read()) == canonical(as_graph_data(RECORDS))
    _replay(neo4j, script)  # MERGE: a second replay changes nothing
    assert canonical(neo4j.read()) == canonical(as_graph_data(RECORDS))


def test_cypher_script_has_no_parameters_and_keeps_injection_inside_strings() -> None:
    text = "\n".join(cypher_statements(_graph()))
    assert "$" not in text.replace("\\u0024", "")
    assert re.search(r"(?<!\\)'\}\) DETACH DELETE", text) is None  # the quote is always escaped
    assert "\\'}) DETACH DELETE n //" in text


HOSTILE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(
    value=st.one_of(
        HOSTILE_TEXT,
        st.lists(HOSTILE_TEXT, max_size=4),
        st.sampled_from(["'}) DETACH DELETE n //", "\\", "\\'", "\\u0041", "\n\r\t", '"', "`"]),
    )
)
def test_literals_mean_exactly_their_value_on_neo4j(reader: Neo4jStore, value: Any) -> None:
    query = f"RETURN {cypher_literal(value)} AS x"
    records, _, _ = reader.driver.execute_query(query, database_=reader.database)
    assert records[0]["x"] == value


def _admin_import(folder: Path, home: Path) -> None:
    lib, java = neo4j_server.fetch(), neo4j_server.find_java()
    for name in (*neo4j_server.DIRECTORIES, "conf"):
        (home / name).mkdir(parents=True, exist_ok=True)
    port = neo4j_server.free_port()
    (home / "conf" / "neo4j.conf").write_text(
        neo4j_server.config_text(home, port, auth=False, pagecache="64m"), encoding="utf-8"
    )
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run(
        [java, "-Xmx512m", "-cp", str(lib / "*"), neo4j_server.ADMIN_ENTRY_POINT, *neo4j_admin_args(folder)],
        env=env,
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "IMPORT DONE" in done.stdout + done.stderr


@pytest.mark.slow
def test_csv_files_import_with_neo4j_admin_into_a_fresh_database(tmp_path: Path, start_neo4j: Any) -> None:
    folder = tmp_path / "csv"
    files = write_neo4j_csv(_graph(), folder)
    assert {p.name for p in files} >= {
        "nodes_Country.csv",
        "nodes_Article.csv",
        "nodes_Evidence.csv",
        "relationships_ALLY_OF.csv",
    }
    header = (folder / "relationships_REJECTS.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(":START_ID,:END_ID,:TYPE,key,n_evidence:long,claimed:boolean")
    header = (folder / "nodes_Evidence.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id:ID,:LABEL,rel,source,target,article,quote,sentence:long,char_start:long")
    home = tmp_path / "imported"
    _admin_import(folder, home)
    server = start_neo4j(home)
    with open_store(server.uri, env={}) as imported:
        assert canonical(imported.read()) == canonical(as_graph_data(RECORDS))
        rows = imported.query("MATCH (n:Organization {id: 'Organization:evil'}) RETURN n.aliases AS a").rows
        assert rows == [[["<img src=x onerror=alert(1)>", "back\\slash\nnew|line"]]]
