"""Extraction in parallel worker processes, items still in file order.

``load_parallel`` reads files as ``loaders.load`` does, in this process, and sends each window of
articles to a worker process, which runs the extractor (spaCy and the rules: the costly part) and
sends the records back. Items come out in the same order as ``load``'s, so whoever writes them
(``geoalign ingest``, in its own process) stores the same graph whatever the number of workers.
At most ``IN_FLIGHT`` windows per worker are out at once, so memory stays flat however many
articles there are.

On this machine the workers are a process pool (``concurrent.futures``) forked once spaCy and the
extractor's data are loaded here, so they start in milliseconds and share the model's memory
(where ``fork`` is unsafe, as on macOS, they are spawned and each loads the model). For corpora
beyond one machine, the workers are those of a running Dask scheduler (``dask.distributed``, at an
address such as ``tcp://host:8786``): the texts travel with the tasks, so those workers need
geoalign installed, not the files.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from loaders import (
    ExtractorUnavailable,
    Stored,
    Window,
    articles_of,
    extract_articles,
    extracted,
    extractor,
    windows,
)
from loaders.base import ArticleText, Loaded, Problem

IN_FLIGHT = 3  # windows per worker sent ahead of the one being written
# Articles per task: half the one-process window, so that the last windows of an ingest share out
# evenly (20k words, 76 articles, two workers: 2.0-2.1 s against 2.5 s with 16; CPU per word the same).
WINDOW = 8

# Sends a window's articles to a worker: a future whose ``result()`` is ``extract_articles``' answer.
Submit = Callable[[list[ArticleText]], Any]


def load_parallel(
    paths: Sequence[str | Path],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    keep_paths: bool = False,
    stored: Stored | None = None,
) -> Iterator[Loaded | Problem]:
    """What ``loaders.load`` yields, with the articles extracted by ``workers`` processes on this
    machine, or by the Dask workers of the scheduler at ``scheduler``; ``stored`` as for ``load``."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    pool = _dask(scheduler) if scheduler else _processes(workers)
    with pool as (submit, running):
        ahead = IN_FLIGHT * max(workers, running)
        pending: deque[tuple[Window, Any]] = deque()
        found = windows(paths, date=date, outlet=outlet, keep_paths=keep_paths, stored=stored, size=WINDOW)
        for window in found:
            articles = articles_of(window)
            pending.append((window, submit(articles) if articles else None))
            while len(pending) > ahead:
                yield from _finished(*pending.popleft())
        while pending:
            yield from _finished(*pending.popleft())


class WorkerLost(ExtractorUnavailable):
    """A worker process died mid-window (killed, out of memory): the ingest stops, keeping what it wrote."""


def _finished(window: Window, task: Any) -> Iterator[Loaded | Problem]:
    if task is None:
        return extracted(window, [])
    try:
        results = task.result()
    except BrokenProcessPool as exc:
        raise _lost(exc) from exc
    if hasattr(task, "release"):  # a Dask future: the scheduler may forget the result now
        task.release()
    return extracted(window, results)


def _lost(exc: BrokenProcessPool) -> WorkerLost:
    return WorkerLost(
        f"a worker process stopped while extracting ({exc}); what was written so far is kept: "
        "run the same ingest again (with fewer --workers if memory ran out)"
    )


def start_method() -> str:
    """``fork`` where it is safe (Linux): the workers inherit the loaded model; else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn"


def _worker_start() -> None:
    # Ctrl-C reaches every process of the terminal's group: the workers leave it to this one, which
    # stops sending windows and waits for the ones running (no traceback from each worker).
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _spawned_worker_start() -> None:
    _worker_start()
    _load_extractor()


def _load_extractor() -> None:
    extractor()  # ExtractorUnavailable when spaCy or its model is missing, as in one process
    from loaders.extract import extractor_version, warm_up

    warm_up()
    extractor_version()


@contextlib.contextmanager
def _processes(workers: int) -> Iterator[tuple[Submit, int]]:
    # Started on the first window with articles to read: a re-ingest of stored articles loads no model.
    pools: list[ProcessPoolExecutor] = []

    def submit(articles: list[ArticleText]) -> Any:
        if not pools:
            method = start_method()
            if method == "fork":
                _load_extractor()  # once, here: every forked worker has it
            initializer = _worker_start if method == "fork" else _spawned_worker_start
            context = multiprocessing.get_context(method)
            pools.append(ProcessPoolExecutor(workers, mp_context=context, initializer=initializer))
        try:
            return pools[0].submit(extract_articles, articles)
        except BrokenProcessPool as exc:  # a worker died before this window was sent
            raise _lost(exc) from exc

    try:
        yield submit, workers
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _dask(scheduler: str) -> Iterator[tuple[Submit, int]]:
    # Imported here: only an ingest that names a scheduler needs Dask.
    from distributed import Client

    with Client(scheduler) as client:  # type: ignore[no-untyped-call]
        running = len(client.scheduler_info().get("workers", {}))
        # pure=False: two windows with equal texts are still two tasks (their results are consumed).
        yield (lambda articles: client.submit(extract_articles, articles, pure=False)), running
