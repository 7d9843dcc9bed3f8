"""The explorer on the embedded store keeps its read-only handles open between requests, and still sees
what a concurrent ``geoalign ingest`` commits: a fresh handle after every change of the file, a clean
503 "being written, retry" while the file is rewritten, never half a document."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from geofixture import SRB, alignment_records
from starlette.testclient import TestClient

from geoalign.serve import create_app
from geoalign.serve.access import StoreAccess
from graph.model import Entity, Label
from graph.store import Store, StoreBusyError, open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "store"
# Each sample document is one article with one MENTIONS relation, committed in one transaction, so
# the two counts grow together in every state a reader may see.
COUNTS = {
    "query": "MATCH (a:Article) OPTIONAL MATCH (a)-[m]->() WHERE m:MENTIONS "
    "RETURN count(DISTINCT a) AS articles, count(m) AS mentions"
}
# A writer like a series of `geoalign ingest` runs: documents go in batches of three (one transaction
# each), and closing the store after each batch checkpoints the log into the file. It waits for a line
# on stdin before each document and prints how many are committed after it.
WRITER = """
import sys
from geoalign.ingest import ingest_items
from graph.store import open_store
from sample_records import documents
docs, done = documents(int(sys.argv[2])), 0
for start in range(0, len(docs), 3):
    with open_store(sys.argv[1]) as store:
        for doc in docs[start : start + 3]:
            if sys.stdin.readline().strip() != "go":
                sys.exit(0)
            ingest_items(store, [doc])
            done += 1
            if done % 3:
                print("committed", done, flush=True)
    if done % 3 == 0:
        print("committed", done, flush=True)
"""


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.lbug"
    with open_store(str(path)) as store:
        store.add(alignment_records())
    return path


@pytest.fixture
def access(store_path: Path) -> Iterator[StoreAccess]:
    access = StoreAccess(lambda: open_store(str(store_path), read_only=True, snapshot=True))
    yield access
    access.close()


def _client(access: StoreAccess) -> TestClient:
    return TestClient(create_app(access), base_url="http://127.0.0.1:8765")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(SAMPLES)])}


def test_handles_stay_open_between_requests_and_reopen_after_a_commit(
    store_path: Path, access: StoreAccess
) -> None:
    with _client(access) as client:
        for _ in range(5):
            found = client.get("/api/search", params={"q": "serbia"}).json()["nodes"]
            assert [n["id"] for n in found] == [SRB]
        assert access.opened == 1  # one request at a time: the handle opened at start serves them all
        with open_store(str(store_path)) as writer:  # another writer, while the explorer holds its handle
            writer.add([Entity("Country:ATL", Label.COUNTRY, "Atlantis", (), "ATL")])
        found = client.get("/api/search", params={"q": "atlantis"}).json()["nodes"]
        assert [n["id"] for n in found] == ["Country:ATL"]
        assert access.opened == 2
        client.get("/api/search", params={"q": "atlantis"})
        assert access.opened == 2


def test_an_open_refused_while_the_file_is_rewritten_answers_503_retry(store_path: Path) -> None:
    calls = {"n": 0}

    def opener() -> Store:
        calls["n"] += 1
        if calls["n"] > 1:
            raise StoreBusyError("the store is being written (geoalign ingest); retry in a moment")
        return open_store(str(store_path), read_only=True, snapshot=True)

    access = StoreAccess(opener)
    with _client(access) as client:
        assert client.get("/api/search", params={"q": "serbia"}).status_code == 200
        with open_store(str(store_path)) as writer:
            writer.add([Entity("Country:ATL", Label.COUNTRY, "Atlantis", (), "ATL")])
        answer = client.get("/api/search", params={"q": "serbia"})
        assert answer.status_code == 503
        assert answer.headers["retry-after"] == "1"
        assert "being written" in answer.json()["error"]


def test_a_checkpoint_under_way_is_busy_not_a_half_read(store_path: Path) -> None:
    with open_store(str(store_path), read_only=True, snapshot=True) as reader:
        assert reader.is_current() and not reader.being_rewritten()
        marker = Path(f"{store_path}.checkpoint.intent.lock")  # what LadybugDB writes while it checkpoints
        marker.touch()
        try:
            assert reader.being_rewritten()
            access = StoreAccess(lambda: open_store(str(store_path), read_only=True, snapshot=True))
            with pytest.raises(StoreBusyError), access.use():
                pass
        finally:
            marker.unlink()


def test_each_commit_of_a_concurrent_ingest_is_seen_whole(store_path: Path, access: StoreAccess) -> None:
    total = 12
    seen: list[int] = []
    with (
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store_path), str(total)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=_env(),
        ) as writer,
        _client(access) as client,
    ):
        assert writer.stdin is not None and writer.stdout is not None
        [[articles0, mentions0]] = client.post("/api/cypher", json=COUNTS).json()["rows"]
        for done in range(1, total + 1):
            writer.stdin.write("go\n")
            writer.stdin.flush()
            assert writer.stdout.readline().split() == ["committed", str(done)]
            # the writer waits now (its checkpoint, if any, is over): the answer is 200 and current
            answer = client.post("/api/cypher", json=COUNTS)
            assert answer.status_code == 200, answer.text
            [[articles, mentions]] = answer.json()["rows"]
            assert (articles - articles0, mentions - mentions0) == (done, done)  # the commit, whole
            seen.append(articles - articles0)
        writer.stdin.close()
        assert writer.wait(timeout=60) == 0
    assert seen == list(range(1, total + 1))
    assert access.opened > total // 2  # a fresh handle after the commits


@pytest.mark.slow
def test_many_clients_during_a_free_running_ingest_get_whole_graphs_or_503(store_path: Path) -> None:
    """Eight client threads read while the ingest worker commits 150 documents as fast as it can."""
    access = StoreAccess(lambda: open_store(str(store_path), read_only=True, snapshot=True))
    answers: list[list[tuple[int, dict[str, object]]]] = [[] for _ in range(8)]
    stop = threading.Event()

    def reader(client: TestClient, mine: list[tuple[int, dict[str, object]]]) -> None:
        while not stop.is_set():
            answer = client.post("/api/cypher", json=COUNTS)
            mine.append((answer.status_code, answer.json()))

    with _client(access) as client:
        [[articles0, mentions0]] = client.post("/api/cypher", json=COUNTS).json()["rows"]
        threads = [threading.Thread(target=reader, args=(client, mine)) for mine in answers]
        for t in threads:
            t.start()
        try:
            worker = subprocess.run(
                [sys.executable, str(SAMPLES / "sample_records.py"), str(store_path), "150"],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=_env(),
                timeout=300,
            )
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
        assert worker.returncode == 0, worker.stderr
        final = client.post("/api/cypher", json=COUNTS).json()["rows"]
    access.close()
    assert final == [[articles0 + 150, mentions0 + 150]]
    for mine in answers:
        assert mine, "a reader thread got no answer"
        seen = []
        for status, body in mine:
            assert status in (200, 503), body
            if status == 503:
                assert "being written" in str(body["error"])
                continue
            [[articles, mentions]] = body["rows"]  # type: ignore[index]
            assert articles - articles0 == mentions - mentions0  # whole documents only
            seen.append(articles)
        assert seen == sorted(seen)  # a reader never goes back to an older graph
