"""Extraction in worker processes (a local pool, or a Dask scheduler's workers) gives what extraction in
this process gives, in the same order."""

from __future__ import annotations

import logging
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import canonical

from geoalign.cli import cli
from graph.store import open_store
from loaders import EXTRACT_WINDOW, parallel
from loaders.parallel import load_parallel, start_method

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles for several extractor windows (each text differs, so none is skipped as seen)."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = sorted(SEEDS.glob("*.txt"))
    for i in range(EXTRACT_WINDOW + 5):
        seed = texts[i % len(texts)]
        body = seed.read_text(encoding="utf-8")
        (folder / f"{i:02d}-{seed.name}").write_text(f"{body}\n\nFiled as item {i}.\n", encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return folder


def _ingest(corpus: Path, store: Path, *options: str) -> tuple[object, ...]:
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", "--quiet", *options, str(corpus)])
    assert result.exit_code == 2, result.output  # the broken file is reported, the rest stored
    assert "broken.json" in result.output
    with open_store(str(store)) as opened:
        return canonical(opened.read())


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[object, ...]:
    graph = _ingest(corpus, tmp_path_factory.mktemp("one") / "w1.lbug", "--workers", "1")
    assert len(graph[1]) == EXTRACT_WINDOW + 5  # every article, over several extractor windows
    assert len(graph[2]) > 10
    return graph


def test_ingest_with_two_workers_stores_the_same_graph(
    corpus: Path, one_process: tuple[object, ...], tmp_path: Path
) -> None:
    assert _ingest(corpus, tmp_path / "w2.lbug", "--workers", "2") == one_process


def test_ingest_on_a_dask_scheduler_stores_the_same_graph(
    corpus: Path, one_process: tuple[object, ...], tmp_path: Path
) -> None:
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
        silence_logs=logging.ERROR,
    ) as cluster:
        assert (
            _ingest(corpus, tmp_path / "dask.lbug", "--scheduler", cluster.scheduler_address) == one_process
        )


def _die(articles: object, article_timeout: float = 0) -> None:
    os._exit(3)  # as a worker killed mid-window (out of memory, say)


@pytest.mark.skipif(start_method() != "fork", reason="the workers see this test's patch only when forked")
def test_a_worker_that_dies_stops_the_ingest_with_one_message(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "extract_articles", _die)
    result = CliRunner().invoke(
        cli, ["--store", str(tmp_path / "g.lbug"), "ingest", "--quiet", "--workers", "2", str(corpus)]
    )
    assert result.exit_code == 1, result.output
    assert result.stderr.count("a worker process stopped while extracting") == 1
    assert "Traceback" not in result.output


@pytest.mark.skipif(start_method() != "fork", reason="the workers see this test's patch only when forked")
def test_a_window_sent_after_a_worker_died_gets_the_same_message(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pool breaks while the reader is still sending windows: sending, not only waiting, says so.
    monkeypatch.setattr(parallel, "extract_articles", _die)
    monkeypatch.setattr(parallel, "_load_extractor", lambda: None)  # no model needed to die
    with parallel._processes(1) as (submit, _):
        first = submit([])
        with pytest.raises(BrokenProcessPool):
            first.future.result(timeout=60)
        with pytest.raises(parallel.WorkerLost, match="a worker process stopped while extracting"):
            submit([])


def test_workers_must_be_at_least_one(corpus: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(load_parallel([corpus], workers=0))
