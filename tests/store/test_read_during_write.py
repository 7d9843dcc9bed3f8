"""Readers while an ingest writes the embedded store: a whole snapshot or "being written, retry", never
half a transaction.

Before geoalign's lock, LadybugDB let a reader open the file mid-write: it saw 0, 135, then 159 nodes,
and once "Checksum verification failed" (the log read while the writer appended to it).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store import open_store
from loaders.curated import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
ROWS = 200
FILES = 12
BUSY = "is in use: another geoalign process is writing it (an ingest); retry when it finishes"


def _facts(folder: Path) -> Path:
    folder.mkdir()
    header = list(COLUMNS)
    for f in range(FILES):
        with open(folder / f"facts{f:02d}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for i in range(ROWS):
                w.writerow(
                    [f"Person {f} {i}", "Person", "SUPPORTS", f"Plan {f} {i}", "Agreement", "", "s", "q", ""]
                )
    return folder


def _cli(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from geoalign.cli import main; main()", "--store", str(store), *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _evidence_in(kind: str, stdout: str) -> int:
    if kind == "cypher":
        return int(json.loads(stdout)[0]["n"])
    graph = json.loads(stdout)
    return sum(len(edge["evidence"]) for edge in graph["edges"])


@pytest.mark.slow
def test_readers_during_an_ingest_see_a_whole_snapshot_or_are_told_to_retry(tmp_path: Path) -> None:
    store = tmp_path / "s.lbug"
    with open_store(store) as s:  # an existing store, so a reader has something to open from the start
        s.add([])
    facts = _facts(tmp_path / "facts")
    writer = subprocess.Popen(
        _cli(store, "ingest", "--quiet", str(facts)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )
    readers = {
        "cypher": ["cypher", "MATCH (e:Evidence) RETURN count(e) AS n", "--format", "json"],
        "export": ["export", "--format", "json", "--out", "-"],
    }
    seen: list[tuple[str, int, str]] = []
    try:
        while writer.poll() is None:
            for kind, args in readers.items():
                done = subprocess.run(
                    _cli(store, *args), capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=300
                )
                assert "Checksum" not in done.stderr and "Traceback" not in done.stderr, done.stderr
                if done.returncode == 0:
                    count = _evidence_in(kind, done.stdout)
                    assert count % ROWS == 0, f"{kind} saw {count} evidence records: half a document"
                    seen.append((kind, count, ""))
                else:
                    assert done.returncode == 1 and BUSY in done.stderr, (done.returncode, done.stderr)
                    seen.append((kind, -1, done.stderr))
        _, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert any(count == -1 for _, count, _ in seen), f"no reader ran while the ingest wrote: {seen}"
    with open_store(store, read_only=True) as s:
        assert s.query("MATCH (e:Evidence) RETURN count(e) AS n").rows == [[ROWS * FILES]]
