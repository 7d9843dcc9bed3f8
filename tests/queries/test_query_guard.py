"""Issue 15: read-only queries touch no files, no native code, no network and no checkpoint, on both engines.

The reproductions run against the shared ``store`` fixture (a LadybugDB file, and the session's Neo4j);
the tokenizer cases need no store.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import alignment_records, canonical

from geoalign.cli import cli
from geoalign.neo4j_server import config_text
from graph.queries import run_cypher
from graph.store import ReadOnlyError, Store, open_store
from graph.store.guard import refuse_unsafe

SECRET = "root:x:0:0:not-for-queries"


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(alignment_records())
    return store


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "shadow"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP port that records whatever connects to it (nothing should)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                seen.append(conn.recv(1024) or b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(timeout=2)
    server.close()


def _refused(store: Store, cypher: str) -> str:
    with pytest.raises(ReadOnlyError) as caught:
        run_cypher(store, cypher)
    return str(caught.value)


def test_load_from_a_local_file_is_refused(filled: Store, secret_file: Path) -> None:
    message = _refused(
        filled, f"LOAD FROM '{secret_file}' (file_format='csv', header=false, delim='|') RETURN *"
    )
    assert "LOAD is refused" in message and SECRET not in message
    message = _refused(filled, f"LOAD CSV FROM 'file://{secret_file}' AS line RETURN line")
    assert "LOAD is refused" in message and SECRET not in message


def test_copy_to_an_existing_file_leaves_it_alone(filled: Store, secret_file: Path) -> None:
    _refused(filled, f"COPY (RETURN 'x' AS a) TO '{secret_file}'")
    assert secret_file.read_text(encoding="utf-8") == SECRET + "\n"


def test_export_database_writes_nothing(filled: Store, tmp_path: Path) -> None:
    _refused(filled, f"EXPORT DATABASE '{tmp_path / 'dump'}'")
    assert not (tmp_path / "dump").exists()


@pytest.mark.parametrize(
    "cypher",
    [
        "LOAD EXTENSION '/tmp/evil.lbug_extension'",
        "INSTALL httpfs",
        "ATTACH '/tmp/other.lbug' AS other (dbtype lbug)",
        "CALL threads=1",
        "CALL checkpoint_threshold=1",
        "CALL read_csv('/etc/passwd') RETURN *",
        "CALL file_info('/etc/passwd') RETURN *",
        "CALL apoc.load.json('http://127.0.0.1:9/x') YIELD value RETURN value",
        "MATCH (n) RETURN n LIMIT 1; MATCH (m) RETURN m",
        "USE system SHOW USERS",
        "EXPLAIN MATCH (n) RETURN n",
    ],
)
def test_files_code_network_and_settings_are_refused(filled: Store, cypher: str) -> None:
    before = canonical(filled.read())
    _refused(filled, cypher)
    assert canonical(filled.read()) == before


def test_checkpoint_is_refused_and_the_store_keeps_answering(filled: Store) -> None:
    _refused(filled, "CHECKPOINT")
    uri = filled.uri
    filled.close()
    if "://" not in uri:
        with open_store(uri, read_only=True) as reader:
            assert reader.query("MATCH (n) RETURN count(n) AS n").rows[0][0] > 0


def test_load_csv_from_the_network_is_never_fetched(filled: Store, listener: tuple[int, list[bytes]]) -> None:
    port, seen = listener
    _refused(filled, f"LOAD CSV FROM 'http://127.0.0.1:{port}/x' AS line RETURN line")
    _refused(filled, f"LOAD\n  CSV /* split */ FROM 'http://127.0.0.1:{port}/x' AS line RETURN line")
    assert seen == []


def test_read_procedures_still_run(filled: Store) -> None:
    if "://" in filled.uri:
        labels = run_cypher(filled, "CALL db.labels() YIELD label RETURN label ORDER BY label")
        assert ["Country"] in labels.rows
    else:
        tables = run_cypher(filled, "CALL show_tables() RETURN name ORDER BY name")
        assert ["__Rel__"] in tables.rows  # one relation table, the type a column


def test_the_cli_says_why(filled: Store, secret_file: Path) -> None:
    uri = filled.uri
    filled.close()
    result = CliRunner().invoke(
        cli, ["--store", uri, "cypher", f"LOAD FROM '{secret_file}' (header=false) RETURN *"]
    )
    assert result.exit_code == 1
    assert "LOAD is refused: saved and ad-hoc queries are read-only" in result.output
    assert SECRET not in result.output


# --- the tokenizer, without a store -----------------------------------------------------------


@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH (n) WHERE n.name = 'LOAD FROM x; COPY' RETURN n.id AS id",
        'MATCH (n) WHERE n.name = "CREATE \\" DELETE" RETURN n.id AS id',
        "MATCH (n) RETURN n.id AS id // then LOAD FROM '/etc/passwd'",
        "MATCH (n) /* SET n.x = 1 */ RETURN n.set AS s, n.load AS l, `n`.copy AS c",
        "MATCH (n) WHERE n.name STARTS WITH 'x' RETURN `delete` AS d",
        "OPTIONAL MATCH (n) WITH n UNWIND [1] AS x RETURN x ORDER BY x SKIP 0 LIMIT 1",
        "MATCH (n) RETURN n.id AS id UNION MATCH (m) RETURN m.id AS id;",
        "MATCH (n) CALL { WITH n RETURN n.id AS i } RETURN i",
        "CALL db.labels() YIELD label RETURN label",
    ],
)
def test_reading_queries_pass(cypher: str) -> None:
    refuse_unsafe(cypher)


@pytest.mark.parametrize(
    "cypher",
    [
        "load\nFROM '/etc/passwd' RETURN *",
        "MATCH (n) RETURN n UNION LOAD FROM '/x' RETURN *",
        "RETURN 1 AS x COPY (RETURN 1) TO '/tmp/x.csv'",
        "MATCH (n) RETURN n.\nLOAD FROM '/x' RETURN *",
        "RETURN 1. LOAD FROM '/x' RETURN *",
        "MATCH (n) RETURN n /* a */LOAD/* b */FROM '/x' RETURN *",
        "MATCH (n) CALL { MATCH (m) DETACH DELETE m } RETURN n",
        "MATCH (n) RETURN 'unterminated",
        "MATCH (n) RETURN n /* unterminated",
        "MATCH (n) RETURN n\u200b LOAD FROM '/x' RETURN *",
        "CALL db . labels () YIELD label CREATE (x)",
        "CALL show_tables",
        "",
        "// only a comment",
    ],
)
def test_unsafe_queries_are_refused(cypher: str) -> None:
    with pytest.raises(ReadOnlyError):
        refuse_unsafe(cypher)


def test_neo4j_servers_geoalign_starts_import_no_files(tmp_path: Path) -> None:
    conf = config_text(tmp_path, 7999, auth=False, pagecache="64m")
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
    assert "server.directories.import" not in conf
