"""A full disk during an ingest into the embedded store: a clear message, a non-zero exit, nothing lost.

The disk is made "full" with a file-size limit (``RLIMIT_FSIZE``, as ``ulimit -f``) in a subprocess, with
SIGXFSZ ignored so that a write past it fails with EFBIG as a write to a full disk fails with ENOSPC:
deterministic, and no root needed for a small tmpfs. Before the fix, LadybugDB aborted the process
("terminate called … IOException", exit 134) and the store no longer opened ("WAL file is corrupted").
"""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store import open_store
from loaders.curated import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300
# One file below checkpoints to ~16 MB (the lookup tables' indexes take ~2 MB each); each logs ~0.9 MB.
LIMIT = 24 * 2**20


HEADER = list(COLUMNS)


def _facts(folder: Path, files: int, first: int = 0) -> Path:
    """Curated-fact files (no NLP: the test is about the store), each one document of ROWS relations."""
    folder.mkdir()
    for f in range(first, first + files):
        with open(folder / f"facts{f:02d}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(HEADER)
            for i in range(ROWS):
                quote = "word " * 40 + str(i)
                w.writerow(
                    [
                        f"Person {f} {i}",
                        "Person",
                        "SUPPORTS",
                        f"Plan {f} {i}",
                        "Agreement",
                        "",
                        "s",
                        quote,
                        "",
                    ]
                )
    return folder


def _ingest(
    store: Path, paths: list[Path], *, limit: int | None = None, prelude: str = ""
) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        if limit is not None:
            signal.signal(
                signal.SIGXFSZ, signal.SIG_IGN
            )  # a write past the limit fails (EFBIG), as on a full disk
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return subprocess.run(
        [
            sys.executable,
            "-c",
            prelude + "from geoalign.cli import main; main()",
            "--store",
            str(store),
            "ingest",
            "--quiet",
        ]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=limited,
        timeout=600,
    )


def _evidence(store: Path) -> int:
    with open_store(store, read_only=True) as s:
        return int(s.query("MATCH (e:Evidence) RETURN count(e) AS n").rows[0][0])


@pytest.mark.slow
def test_an_ingest_that_runs_out_of_space_stops_cleanly_and_loses_nothing(tmp_path: Path) -> None:
    earlier = _facts(tmp_path / "earlier", 1)
    facts = _facts(tmp_path / "facts", 14, first=1)
    store = tmp_path / "s.lbug"
    before = _ingest(store, [earlier])
    assert before.returncode == 0, before.stderr
    assert _evidence(store) == ROWS

    full = _ingest(store, [facts], limit=LIMIT)
    assert full.returncode == 1, (full.returncode, full.stderr)
    assert "terminate called" not in full.stderr and "Traceback" not in full.stderr
    message = re.search(
        r"Error: disk full: .* (\d+) document\(s\) of this ingest stored; (\S+) and the rest not", full.stderr
    )
    assert message, full.stderr
    assert "Free space and run the same ingest again" in full.stderr
    stored = int(message.group(1))
    assert 1 <= stored < 14  # some stored, not all: the limit was reached mid-ingest
    # the store opens, with what was there before and every document the message says was stored
    assert _evidence(store) == ROWS * (1 + stored)
    assert not (tmp_path / "s.lbug.wal").exists() or (tmp_path / "s.lbug.wal").stat().st_size == 0

    again = _ingest(store, [facts])  # with room again, the same command completes the store
    assert again.returncode == 0, again.stderr
    assert _evidence(store) == ROWS * 15


@pytest.mark.slow
def test_a_store_whose_log_was_torn_by_a_full_disk_opens_with_every_commit(tmp_path: Path) -> None:
    """The backstop: when the disk fills anyway (another process took the space between the check and
    the write), the engine aborts; the next open replays the log up to the tear."""
    facts = _facts(tmp_path / "facts", 14)
    store = tmp_path / "s.lbug"
    no_check = "import graph.store.embedded_file as f; f.Room.check = lambda self, payload: None\n"
    # one document a transaction (each file's 300 rows), so that some commits come before the tear
    no_check += "import geoalign.ingest as g; g.WRITE_RECORDS = 1\n"
    torn = _ingest(store, [facts], limit=8 * 2**20, prelude=no_check)
    assert torn.returncode != 0 and "IOException" in torn.stderr, (torn.returncode, torn.stderr)
    with pytest.raises(Exception, match=r"(?i)checksum|corrupt"):  # as LadybugDB alone leaves it
        import ladybug

        ladybug.Database(str(store), read_only=True)
    committed = _evidence(store)  # geoalign's open replays up to the tear
    assert committed >= ROWS and committed % ROWS == 0
    again = _ingest(store, [facts])
    assert again.returncode == 0, again.stderr
    assert "ended in an unfinished write" in again.stderr
    assert _evidence(store) == ROWS * 14


def test_a_log_torn_where_a_record_ends_counts_as_torn_and_nothing_else_does() -> None:
    """LadybugDB reports a log torn inside a record as a checksum error and one torn where a record ends as a
    read past the end of the .wal; both are replayed up to the tear, other errors are not taken for a tear."""
    from graph.store.ladybug_store import _torn_log

    assert _torn_log("Runtime exception: Corrupted wal file. Read out invalid checksum value.")
    assert _torn_log("IO exception: Reading past the end of the file /data/s.lbug.wal with offset 4096")
    assert not _torn_log("IO exception: Reading past the end of the file /data/s.lbug with offset 4096")
    assert not _torn_log("Buffer manager exception: Unable to allocate memory while replaying the wal")
