"""What only the embedded store does: one file, one writing process, crash safety of that file.

The fault tests run real processes: an ingest worker (sample_records.py) killed with SIGKILL, and a
second geoalign process that tries to write while the first one holds the store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import lookup_rows
from sample_records import (
    A1,
    REFERENDUMS,
    RUS,
    SRB,
    Counts,
    counts,
    documents,
    ev,
    expected_counts,
    rejects,
    small_graph,
)

from geoalign.cli import cli
from graph.model import Entity, Label, Relation
from graph.store import ReadOnlyError, Store, StoreBusyError, StoreError, ladybug_store, lookup, open_store
from graph.store.base import GraphData
from graph.store.ladybug_store import (
    CHECKPOINT_ENV,
    QUERY_MEMORY_ENV,
    WRITE_MEMORY_ENV,
    LadybugStore,
    checkpoint_bytes,
    default_query_memory_mb,
    write_memory_mb,
)
from graph.store.lookup import EVIDENCE_OF_LABEL, NAME_LABEL
from graph.store.native_memory import release_free_memory

WORKER = Path(__file__).with_name("sample_records.py")
ROOT = Path(__file__).resolve().parents[2]


def worker(store_path: Path, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(store_path), str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(WORKER.parent)])}


def lines_until(proc: subprocess.Popen[str], prefix: str, count: int) -> Iterator[str]:
    """Lines of the worker's output, until ``count`` lines starting with ``prefix`` were seen."""
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        yield line.rstrip("\n")
        seen += line.startswith(prefix)
        if seen >= count:
            return
    raise AssertionError(
        f"worker ended after {seen} {prefix!r} lines: {proc.stderr.read() if proc.stderr else ''}"
    )


def test_reading_a_missing_store_says_to_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="ingest something first"):
        open_store(str(tmp_path / "none.lbug"), read_only=True)
    assert not (tmp_path / "none.lbug").exists()


def test_a_read_only_store_refuses_add(tmp_path: Path) -> None:
    path = str(tmp_path / "s.lbug")
    with open_store(path) as store:
        store.add([SRB])
    with open_store(path, read_only=True) as store, pytest.raises(ReadOnlyError):
        store.add([RUS])
    with open_store(path, read_only=True) as store:
        assert [e.id for e in store.read().entities] == [SRB.id]


def test_a_query_sees_writes_made_through_the_same_store(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.lbug")) as store:
        assert store.query("MATCH (n:Country) RETURN count(n) AS n").rows == [[0]]
        store.add([SRB, RUS])
        assert store.query("MATCH (n:Country) RETURN count(n) AS n").rows == [[2]]


def test_more_than_one_statement_is_refused(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.lbug")) as store, pytest.raises(StoreError, match="single statement"):
        store.query("MATCH (n) RETURN n.id AS id; MATCH (n) RETURN n.id AS id")


@pytest.mark.slow
def test_a_second_writer_process_is_told_the_store_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "busy.lbug"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from graph.store import open_store\n"
            f"s = open_store({str(path)!r}); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        article = tmp_path / "a.txt"
        article.write_text("Serbia rejects the referendums.", encoding="utf-8")
        second = subprocess.run(
            [
                sys.executable,
                "-c",
                "from geoalign.cli import main; main()",
                "--store",
                str(path),
                "ingest",
                str(article),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=_env(),
            timeout=120,
        )
        assert second.returncode == 1
        assert f"the store {path} is in use: another geoalign process is writing it" in second.stderr
        assert "Traceback" not in second.stderr
        # LadybugDB would let a reader open the file mid-write; geoalign's lock tells it to retry.
        with pytest.raises(StoreBusyError, match="is in use: another geoalign process is writing it"):
            open_store(str(path), read_only=True)
    finally:
        holder.communicate("", timeout=30)
    with open_store(str(path)) as store:  # free again once the holder exits
        store.add([SRB])


@pytest.mark.slow
def test_an_ingest_killed_mid_write_leaves_every_committed_document(tmp_path: Path) -> None:
    path, n = tmp_path / "killed.lbug", 1000
    with worker(path, n) as proc:
        try:
            output = list(lines_until(proc, "committed", 40))
        finally:
            proc.send_signal(signal.SIGKILL)
    committed = {line.split()[1] for line in output if line.startswith("committed")}
    assert output[0].startswith("expected ") and len(committed) >= 40
    with open_store(str(path)) as store:
        data = store.read()
        stored = {a.id for a in data.articles}
        assert committed <= stored, "a document reported committed is missing after the crash"
        assert len(stored) < n, "the worker finished before the kill: raise n"
        # Atomic per document: an article is stored exactly when all its relations' evidence is.
        cited = {e.article for rel in data.relations for e in rel.evidence}
        assert cited == stored
        assert counts(store) == expected_counts([documents(n)[i] for i in _indexes(stored)])
        store.add([SRB, REFERENDUMS, A1, rejects(A1)])  # and it takes new writes


def _indexes(article_ids: set[str]) -> list[int]:
    return sorted(int(a.split(":")[1], 16) for a in article_ids)


@pytest.mark.slow
def test_rerunning_a_killed_ingest_completes_it_without_duplicates(tmp_path: Path) -> None:
    path, n = tmp_path / "rerun.lbug", 120
    with worker(path, n) as proc:
        try:
            first = list(lines_until(proc, "committed", 30))
        finally:
            proc.send_signal(signal.SIGKILL)
    rerun = subprocess.run(
        [sys.executable, str(WORKER), str(path), str(n)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    expected = Counts(**json.loads(first[0].split(" ", 1)[1]))
    with open_store(str(path), read_only=True) as store:
        assert counts(store) == expected == expected_counts(documents(n))


def test_a_store_with_the_old_table_per_label_layout_is_refused_by_name(tmp_path: Path) -> None:
    import ladybug

    path = tmp_path / "old.lbug"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Country(id STRING PRIMARY KEY, name STRING)")
    conn.execute("CREATE (:Country {id: 'Country:SRB', name: 'Serbia'})")
    conn.close()
    db.close()
    with pytest.raises(StoreError, match=r"old\.lbug was written by an older geoalign .*Country"):
        open_store(str(path))


def test_a_query_that_outgrows_its_memory_stops_with_a_clear_error_and_the_store_stays_usable(
    tmp_path: Path,
) -> None:
    countries = [Entity(f"Country:c{i}", Label.COUNTRY, f"C{i}") for i in range(40)]
    met = [
        Relation(a.id, "MET_WITH", b.id, (ev(A1, "They met", 0),))
        for i, a in enumerate(countries)
        for b in countries[i + 1 :]
    ]
    with LadybugStore(tmp_path / "s.lbug", query_memory_mb=64) as store:
        store.add([A1, *countries, *met])
        with pytest.raises(StoreError, match=r"needs more than the 64 MB .* GEOALIGN_QUERY_MEMORY_MB"):
            store.query("MATCH p = (a)-[*1..4]-(b) RETURN count(*) AS n")
        assert store.query("MATCH (c:Country) RETURN count(c) AS n").rows == [[40]]


@pytest.mark.parametrize(("given", "expected"), [("512", 512), ("", None), ("lots", "error"), ("8", "error")])
def test_query_memory_comes_from_the_environment_or_a_quarter_of_the_machine(
    given: str, expected: object
) -> None:
    env = {QUERY_MEMORY_ENV: given}
    if expected == "error":
        with pytest.raises(StoreError, match=QUERY_MEMORY_ENV):
            default_query_memory_mb(env)
    elif expected is None:
        assert default_query_memory_mb(env) >= 1024
    else:
        assert default_query_memory_mb(env) == expected


def counts_of(data: GraphData) -> Counts:
    return Counts(
        len(data.entities) + len(data.articles),
        len(data.relations),
        sum(len(rel.evidence) for rel in data.relations),
    )


def _sorted(data: GraphData) -> GraphData:
    return GraphData(
        sorted(data.entities, key=lambda e: e.id),
        sorted(data.articles, key=lambda a: a.id),
        sorted(data.relations, key=lambda r: r.key),
    )


def _summaries(store: Store) -> list[list[object]]:
    return store.query(
        "MATCH (s)-[r]->(o) RETURN s.id, type(r), o.id, r.n_evidence, r.claimed, r.modality, "
        "r.first_date, r.last_date, r.confidence, r.sign ORDER BY s.id, type(r), o.id"
    ).rows


def _to_table_per_type(path: Path) -> None:
    """Rewrite the store at ``path`` in the layout geoalign wrote before 2026-12-03: a relation table
    per type (the same columns, less ``type``), no one relation table."""
    import ladybug

    from graph.model import RELATIONS
    from graph.store.base import RELATION_COLUMNS

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    columns = ", ".join(f"{c} {ladybug_store._TYPES.get(c, 'STRING')}" for c in RELATION_COLUMNS)
    props = ", ".join(f"{c}: r.{c}" for c in RELATION_COLUMNS)
    for name in RELATIONS:
        conn.execute(f"CREATE REL TABLE {name}(FROM __Node__ TO __Node__, {columns})")
        conn.execute(
            f"MATCH (s)-[r:__Rel__]->(o) WHERE r.type = '{name}' CREATE (s)-[:{name} {{{props}}}]->(o)"
        )
    conn.execute("DROP TABLE __Rel__")
    conn.close()
    db.close()


def test_a_store_with_a_relation_table_per_type_is_moved_into_one_when_opened_for_writing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.lbug"
    with open_store(str(path)) as store:
        store.add(small_graph())
        before, summaries, lookups = _sorted(store.read()), _summaries(store), _lookups(store)
    _to_table_per_type(path)
    with pytest.raises(StoreError, match=r"a relation table per type.*open it once for writing"):
        open_store(str(path), read_only=True)
    with open_store(str(path)) as store:  # moves every relation, in one transaction
        assert _sorted(store.read()) == before
        store.add(small_graph())  # nothing new
        assert _sorted(store.read()) == before
    with open_store(str(path), read_only=True) as store:
        tables = store.query("CALL show_tables() RETURN name AS name").rows
        assert sorted(t for [t] in tables if t == "__Rel__" or t in {"ALLY_OF", "REJECTS", "MENTIONS"}) == [
            "__Rel__"
        ]
        assert _summaries(store) == summaries
        assert _lookups(store) == lookups
        assert len(before.relations) == 5  # REJECTS from both articles is one


def test_a_relation_type_in_an_ad_hoc_pattern_says_how_to_write_it(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.lbug")) as store:
        store.add(small_graph())
        with pytest.raises(
            StoreError, match=r"instead of `-\[r:REJECTS\]->` write `-\[r\]->` with `WHERE r.type"
        ):
            store.query("MATCH (a)-[r:REJECTS]->(b) RETURN a.id AS a")
        advised = "MATCH (a)-[r]->(b) WHERE r.type = 'REJECTS' RETURN a.id AS actor ORDER BY actor"
        assert store.query(advised).rows == [["Country:SRB"]]
        portable = "MATCH (a)-[r]->(b) WHERE r:REJECTS RETURN a.id AS actor, type(r) AS t ORDER BY actor"
        assert store.query(portable).rows == [["Country:SRB", "REJECTS"]]


def _lookups(store: Store) -> list[list[object]]:
    rows = lookup_rows(store)
    assert {NAME_LABEL, EVIDENCE_OF_LABEL} <= {row[0] for row in rows}  # lists of names, of evidence
    return rows


def test_a_store_loaded_in_one_batch_answers_as_one_loaded_record_by_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One big write (rows created from Arrow tables) against one record per write, each committed."""
    from graph.store import ladybug_store

    docs = documents(60)
    records = [rec for doc in docs for rec in doc.records]
    monkeypatch.setattr(ladybug_store, "ARROW_MIN_ROWS", 1)  # every new row from an Arrow table
    with open_store(str(tmp_path / "batch.lbug")) as batch:
        batch.add(records)
        batch.add(records[: len(records) // 2])  # again: nothing changes
        loaded, summaries, lookups = _sorted(batch.read()), _summaries(batch), _lookups(batch)
    monkeypatch.setattr(ladybug_store, "ARROW_MIN_ROWS", 10**9)  # every new row from a list parameter
    with open_store(str(tmp_path / "rows.lbug")) as rows:
        for rec in sorted(records, key=lambda r: isinstance(r, Relation)):  # nodes first
            rows.add([rec])
        assert _sorted(rows.read()) == loaded
        assert _summaries(rows) == summaries
        assert _lookups(rows) == lookups
    assert counts_of(loaded) == expected_counts(docs)
    assert any(row[3] > 1 for row in summaries)  # relations that gathered several evidence records


def test_a_commit_that_checkpoints_hands_the_freed_memory_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[int] = []
    monkeypatch.setattr(ladybug_store, "release_free_memory", lambda: released.append(1) or True)
    with LadybugStore(tmp_path / "big-log.lbug") as store:
        store.add([SRB])
        store.add([RUS])
        assert (store.checkpoints, released) == (0, [])  # the log is far below its threshold
    monkeypatch.setattr(ladybug_store, "CHECKPOINT_BYTES", 1)  # every commit passes it
    with LadybugStore(tmp_path / "small-log.lbug") as store:
        store.add([SRB])
        store.add([RUS])
        assert store.checkpoints == len(released) == 2
        assert {e.id for e in store.read().entities} == {SRB.id, RUS.id}


def test_handing_memory_back_is_harmless_and_says_whether_it_can(tmp_path: Path) -> None:
    with LadybugStore(tmp_path / "s.lbug") as store:
        store.add([SRB])
        assert release_free_memory() == _glibc()
        assert release_free_memory() == _glibc()
        store.add([RUS])
        assert {e.id for e in store.read().entities} == {SRB.id, RUS.id}


def _glibc() -> bool:
    try:
        return sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (AttributeError, ValueError, OSError):
        return False


@pytest.mark.parametrize(
    ("given", "expected"), [("", 256 * 2**20), ("64", 64 * 2**20), ("0", "error"), ("1.5", "error")]
)
def test_the_checkpoint_threshold_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, expected: object
) -> None:
    monkeypatch.setenv(CHECKPOINT_ENV, given)
    if expected != "error":
        assert checkpoint_bytes() == expected
        return
    with pytest.raises(StoreError, match=CHECKPOINT_ENV):
        LadybugStore(tmp_path / "s.lbug")
    monkeypatch.delenv(CHECKPOINT_ENV)
    with LadybugStore(tmp_path / "s.lbug") as store:  # nothing was left locked
        store.add([SRB])


def test_the_ingest_writer_checkpoints_more_often_unless_the_environment_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`geoalign ingest` opens its writer with ``ingest``: the engine checkpoints every 32 MB of log
    (every 256 MB for the other writers); $GEOALIGN_CHECKPOINT_MB sets both."""

    def threshold(store: Store) -> int:
        assert isinstance(store, LadybugStore)
        cypher = "CALL current_setting('checkpoint_threshold') RETURN *"
        return int(store.conn.execute(cypher).get_next()[0])

    monkeypatch.delenv(CHECKPOINT_ENV, raising=False)
    with open_store(tmp_path / "ingest.lbug", ingest=True) as store:
        assert threshold(store) == ladybug_store.INGEST_CHECKPOINT_BYTES == 32 * 2**20
    with open_store(tmp_path / "bulk.lbug") as store:
        assert threshold(store) == ladybug_store.CHECKPOINT_BYTES == 256 * 2**20
    monkeypatch.setenv(CHECKPOINT_ENV, "64")
    with open_store(tmp_path / "ingest.lbug", ingest=True) as store:
        assert threshold(store) == 64 * 2**20


def test_geoalign_ingest_opens_the_ingest_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    defaults: list[int] = []
    real = ladybug_store.checkpoint_bytes

    def spy(env: Mapping[str, str] = os.environ, default: int = ladybug_store.CHECKPOINT_BYTES) -> int:
        defaults.append(default)
        return real(env, default)

    monkeypatch.setattr(ladybug_store, "checkpoint_bytes", spy)
    (tmp_path / "empty").mkdir()
    CliRunner().invoke(cli, ["--store", str(tmp_path / "g.lbug"), "ingest", str(tmp_path / "empty")])
    assert defaults[:1] == [ladybug_store.INGEST_CHECKPOINT_BYTES]


def test_a_write_beyond_the_writers_memory_is_refused_by_name_and_the_store_stays_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(WRITE_MEMORY_ENV, "32")
    big = [rec for doc in documents(4000) for rec in doc.records]  # 2,000 documents fit in 32 MB
    with LadybugStore(tmp_path / "s.lbug") as store:
        assert store.write_memory_mb == 32
        with pytest.raises(
            StoreError, match=f"more than the 32 MB the writer may use; raise {WRITE_MEMORY_ENV}"
        ):
            store.add(big)
        store.add([SRB])
        assert [e.id for e in store.read().entities] == [SRB.id]  # nothing of the refused write


def test_a_checkpoint_beyond_the_writers_memory_says_the_write_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkpoint needs memory that grows with the store: once a 32 MB writer cannot checkpoint, the
    commit before it still stands, and a writer with more memory folds it into the file."""
    monkeypatch.setenv(WRITE_MEMORY_ENV, "32")
    monkeypatch.setenv(CHECKPOINT_ENV, "1")  # every commit checkpoints
    docs = list(documents(20_000))
    written: list[str] = []
    stored = f"the write was stored, but .* raise {WRITE_MEMORY_ENV}"
    with LadybugStore(tmp_path / "s.lbug") as store, pytest.raises(StoreError, match=stored):
        for i in range(0, len(docs), 500):  # ~5,500 documents in, here
            batch = docs[i : i + 500]
            written += [doc.records[0].id for doc in batch]
            store.add([rec for doc in batch for rec in doc.records])
    assert len(written) < len(docs)
    monkeypatch.delenv(WRITE_MEMORY_ENV)
    with LadybugStore(tmp_path / "s.lbug") as store:
        assert {a.id for a in store.read().articles} == set(written)


@pytest.mark.parametrize(("given", "expected"), [("", None), ("256", 256), ("16", "error"), ("x", "error")])
def test_the_writers_memory_comes_from_the_environment(given: str, expected: object) -> None:
    env = {WRITE_MEMORY_ENV: given}
    if expected == "error":
        with pytest.raises(StoreError, match=WRITE_MEMORY_ENV):
            write_memory_mb(env)
    else:
        assert write_memory_mb(env) == expected


def test_names_are_folded_as_the_engine_folds_them(tmp_path: Path) -> None:
    """The writer folds Latin and Cyrillic names in Python and sends the others to the engine: every
    text folds as the engine's own ``toLower`` folds it (what presets fold their parameter with)."""
    texts = {
        *(chr(i) for i in range(1, 0x530)),  # those folded in Python, and Greek
        *(chr(i) for i in range(0x2C00, 0x2C60)),  # a letter of Unicode 14 the engine does not fold
        "ĞİŞ",
        "ΟΔΟΣ",
        "Serbia",
        "SERBIA-2 [x]",
        "Vučić",
        "İstanbul",
        "ΣΑΣ",
        "Straße",
        "ǅ",
    }
    with LadybugStore(tmp_path / "g.lbug") as store:
        engine = {
            row["s"]: row["k"]
            for row in store._read_all("UNWIND $t AS s RETURN s AS s, toLower(s) AS k", {"t": sorted(texts)})
        }
        folded: dict[str, str] = {}
        store._transact(lambda tx: folded.update(tx.fold(texts)))
    assert folded == engine
    assert folded["İstanbul"] != "İstanbul".lower()  # the engine's fold, not Python's


def test_tables_known_empty_are_not_read_and_stop_being_so_once_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer skips lookups in tables it knows hold no row; a table written by a committed write is
    read again by the next one, and one written only by a rolled-back write is still known empty."""
    many = [Entity(f"Country:X{i:03d}", Label.COUNTRY, f"Land {i}") for i in range(150)]  # Arrow lookups
    with LadybugStore(tmp_path / "g.lbug") as store:
        assert {NAME_LABEL, EVIDENCE_OF_LABEL, "__Node__", "Evidence"} <= store._empty
        with monkeypatch.context() as patch:  # fails after nodes, evidence and name keys are written

            def fail(*args: object, **kwargs: object) -> None:
                raise RuntimeError("injected")

            patch.setattr(lookup, "record_relations", fail)
            with pytest.raises(RuntimeError, match="injected"):
                store.add([*many, *small_graph()])
        assert {NAME_LABEL, EVIDENCE_OF_LABEL, "__Node__", "Evidence"} <= store._empty
        assert counts(store) == Counts(0, 0, 0)
        store.add([*many, *small_graph()])
        first = counts(store)
        assert not store._empty & {NAME_LABEL, EVIDENCE_OF_LABEL, "__Node__", "Evidence"}
        # The next write finds what the first stored: the ends of a relation given without them, and
        # the stored evidence and lookup rows (a second create of any of them would fail).
        store.add([rejects(A1, 500), *many])
        store.add(small_graph())
        before = counts(store)
    with LadybugStore(tmp_path / "g.lbug") as store:
        assert not store._empty & {NAME_LABEL, "__Node__"}
        store.add(small_graph())
        assert counts(store) == before
    assert before == Counts(first.nodes, first.relations, first.evidence + 1)
    with LadybugStore(tmp_path / "g.lbug", read_only=True) as reader:
        rows = reader.query("MATCH (k:NameKey {key: 'land 7'}) RETURN k.ids AS ids").rows
    assert rows == [[["Country:X007"]]]
