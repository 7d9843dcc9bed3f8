"""Neo4j faults with real servers and real processes: down, wrong password, killed mid-ingest, restarted.

The ingest worker is tests/store/sample_records.py run as a script: it ingests a synthetic corpus (five
documents a transaction) and prints ``committed <article id>`` once each is committed.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoalign import neo4j_server
from geoalign.cli import cli
from geoalign.neo4j_server import Server
from graph.store import StoreError, open_store
from graph.store.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "tests" / "store" / "sample_records.py"
# Generated per run (never a credential in the repo); quotes, spaces and $ test the escaping.
PASSWORD = f'Corr3ct "{secrets.token_hex(4)}" ${secrets.token_hex(4)}'
WRONG = "Wr0ng-" + secrets.token_hex(6)
Start = Callable[..., Server]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "GEOALIGN_"))}
    return {**env, "PYTHONPATH": os.pathsep.join([str(ROOT), str(WORKER.parent)]), **extra}


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Serbia will not recognize the referendums, Belgrade said.", encoding="utf-8")
    return path


def worker(uri: str, n: int, retry_s: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), uri, str(n), "--retry", str(retry_s)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )


def read_commits(proc: subprocess.Popen[str], count: int) -> list[str]:
    """The worker's lines up to its ``count``-th commit (the first line is the expected counts)."""
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.strip())
        if sum(x.startswith("committed") for x in lines) >= count:
            return lines
    raise AssertionError(f"the worker stopped early: {lines[-3:]}")


def committed(lines: list[str]) -> set[str]:
    return {line.split()[1] for line in lines if line.startswith("committed")}


def expected(lines: list[str]) -> dict[str, int]:
    return dict(json.loads(lines[0].removeprefix("expected ")))


def stored(uri: str) -> tuple[dict[str, int], set[str]]:
    """Counts of nodes, relations and evidence (as the worker reports them) and the stored article ids."""
    with open_store(uri, env={}) as store:
        data = store.read()
        duplicates = store.query(
            "MATCH (n:__Node__) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS d "
            "UNION ALL MATCH ()-[r]->() WITH r.key AS k, count(*) AS c WHERE c > 1 "
            "RETURN count(*) AS d"
        ).rows
    assert duplicates == [[0], [0]], "duplicate node ids or relation keys"
    for rel in data.relations:
        assert len({e.key for e in rel.evidence}) == len(rel.evidence), f"duplicate evidence on {rel.key}"
    counts = {
        "nodes": len(data.entities) + len(data.articles),
        "relations": len(data.relations),
        "evidence": sum(len(rel.evidence) for rel in data.relations),
    }
    return counts, {a.id for a in data.articles}


def test_ingest_into_a_server_that_is_down_fails_with_a_clear_message(tmp_path: Path) -> None:
    port = neo4j_server.free_port()  # nothing listens there
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from geoalign.cli import main; main()",
            "--store",
            f"bolt://127.0.0.1:{port}",
            "ingest",
            str(_article(tmp_path)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"Error: cannot reach Neo4j at bolt://127.0.0.1:{port}: is the server running? (ServiceUnavailable)"
    )


@pytest.mark.slow
def test_a_wrong_password_is_refused_without_showing_any_password(start_neo4j: Start, tmp_path: Path) -> None:
    server = start_neo4j(password=PASSWORD)
    result = CliRunner().invoke(
        cli,
        ["--store", server.uri, "ingest", str(_article(tmp_path))],
        env={"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": WRONG, "NEO4J_URI": None},
    )
    assert result.exit_code == 1
    assert f"Neo4j at {server.uri} refused the credentials" in result.output
    assert WRONG not in result.output and PASSWORD not in result.output
    with pytest.raises(StoreError, match="refused the credentials"):
        open_store(server.uri, env={})  # no password at all
    with open_store(server.uri, env={"NEO4J_PASSWORD": PASSWORD}) as store:
        assert store.query("RETURN 1 AS one").rows == [[1]]
    leaked = [p for p in server.home.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    assert leaked == [], "the password was written to disk in clear"


@pytest.mark.slow
def test_a_server_killed_mid_ingest_then_restarted_lets_a_rerun_finish_without_duplicates(
    start_neo4j: Start,
) -> None:
    server = start_neo4j()
    with worker(server.uri, 150, retry_s=1) as proc:
        lines = read_commits(proc, 15)
        neo4j_server.kill(server)
        rest, err = proc.communicate(timeout=180)
    assert proc.returncode == 1
    assert (
        f"lost the connection to Neo4j at {server.uri}; run the ingest again" in err
        or f"cannot reach Neo4j at {server.uri}" in err
    ), err
    assert "Traceback" not in err
    lines += rest.splitlines()
    assert "done" not in lines, "the ingest finished before the kill: give it more documents"

    restarted = start_neo4j(server.home, port=server.port)
    counts, articles = stored(restarted.uri)
    assert committed(lines) <= articles, "a committed document was lost in the crash"

    rerun = subprocess.run(
        [sys.executable, str(WORKER), restarted.uri, "150"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=900,
    )
    assert rerun.returncode == 0, rerun.stderr
    counts, articles = stored(restarted.uri)
    assert counts == expected(lines)
    assert len(articles) == 150


@pytest.mark.slow
def test_writes_are_retried_across_a_server_restart(start_neo4j: Start) -> None:
    server = start_neo4j()
    with worker(server.uri, 60, retry_s=300) as proc:
        lines = read_commits(proc, 10)
        neo4j_server.kill(server)
        restarted = start_neo4j(server.home, port=server.port)
        rest, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err
    lines += rest.splitlines()
    assert lines[-1] == "done"
    counts, articles = stored(restarted.uri)
    assert counts == expected(lines)
    assert committed(lines) == articles and len(articles) == 60


def test_read_verdicts_are_forgotten_when_the_server_is_lost(start_neo4j: Start) -> None:
    """Another server may answer after a lost connection: no verdict of the one that went is reused."""
    server = start_neo4j()
    with open_store(server.uri) as store:
        assert isinstance(store, Neo4jStore)
        store.query("RETURN 1 AS one")
        assert len(store._read_verdicts) == 1
        neo4j_server.kill(server)
        with pytest.raises(StoreError, match="cannot reach"):
            store.query("RETURN 1 AS one")
        assert len(store._read_verdicts) == 0
