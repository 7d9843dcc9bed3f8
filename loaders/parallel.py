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

Each pool worker reads each article under the time limit (``loaders.time_limit``); a worker that
outlives its window's limits by ``GRACE`` (stuck where the limit's signal cannot reach) has the pool
replaced. Dask runs tasks in threads, where the limit is not applied.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
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
from loaders.time_limit import ARTICLE_TIMEOUT, Results, timed_out

IN_FLIGHT = 3  # windows per worker sent ahead of the one being written
# Seconds a worker is given past the time limits of a window's articles before it is taken for stuck
# where the limit's signal cannot reach it (in C code) and the pool is replaced.
GRACE = 60.0
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
    article_timeout: float = ARTICLE_TIMEOUT,
) -> Iterator[Loaded | Problem]:
    """What ``loaders.load`` yields, with the articles extracted by ``workers`` processes on this
    machine, or by the Dask workers of the scheduler at ``scheduler``; ``stored`` and
    ``article_timeout`` as for ``load`` (Dask runs tasks in threads, where the limit is not applied)."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    pool = _dask(scheduler, article_timeout) if scheduler else _processes(workers, article_timeout)
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
def _processes(workers: int, article_timeout: float = 0) -> Iterator[tuple[Submit, int]]:
    pool = _Pool(workers, article_timeout)
    try:
        yield pool.submit, workers
    finally:
        pool.shutdown()


@dataclass
class _Task:
    """A window's articles sent to the pool; ``result()`` waits for the worker's answer."""

    pool: _Pool
    articles: list[ArticleText]
    future: Future[Results]

    def result(self) -> Results:
        return self.pool.result(self)


class _Pool:
    """A process pool that each worker extracts in under the article time limit (``loaders.time_limit``),
    and that is replaced when a worker outlives the limits of its window by ``GRACE`` (stuck where the
    limit's signal cannot reach): the windows it held are sent again, and those of the window at fault
    one at a time, so that only the article at fault is lost."""

    def __init__(self, workers: int, article_timeout: float) -> None:
        self.workers = workers
        self.seconds = article_timeout
        self.executor: ProcessPoolExecutor | None = None
        self.sent: list[_Task] = []  # tasks not yet asked for their result

    def submit(self, articles: list[ArticleText]) -> _Task:
        task = _Task(self, articles, self._send(articles))
        self.sent.append(task)
        return task

    def result(self, task: _Task) -> Results:
        self.sent.remove(task)
        answer = self._wait(task.future, len(task.articles))
        if answer is None:  # the window is sent again, one article at a time
            return [result for article in task.articles for result in self._alone(article)]
        return answer

    def shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _alone(self, article: ArticleText) -> Results:
        answer = self._wait(self._send([article]), 1)
        return [timed_out(self.seconds)] if answer is None else answer

    def _wait(self, future: Future[Results], articles: int) -> Results | None:
        """The window's results, or None when it outlived its backstop (the workers are then replaced)."""
        try:
            return future.result(timeout=self._backstop(articles))
        except TimeoutError:
            self._replace()
            return None
        except BrokenProcessPool as exc:
            raise _lost(exc) from exc

    def _backstop(self, articles: int) -> float | None:
        # the window under one limit, then each article under its own (``time_limit.limited``)
        return self.seconds * (articles + 1) + GRACE if self.seconds > 0 else None

    def _send(self, articles: list[ArticleText]) -> Future[Results]:
        # Started on the first window with articles to read: a re-ingest of stored articles loads no model.
        if self.executor is None:
            method = start_method()
            if method == "fork":
                _load_extractor()  # once, here: every forked worker has it
            initializer = _worker_start if method == "fork" else _spawned_worker_start
            context = multiprocessing.get_context(method)
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=initializer)
        try:
            return self.executor.submit(extract_articles, articles, self.seconds)
        except BrokenProcessPool as exc:  # a worker died before this window was sent
            raise _lost(exc) from exc

    def _replace(self) -> None:
        """Stop every worker (the stuck one is not known) and send the windows they held to new ones."""
        if self.executor is None:
            return
        for process in list(self.executor._processes.values()):  # no public way before Python 3.14
            process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = None
        for task in self.sent:  # those answered before the workers were stopped keep their answer
            future = task.future
            if not future.done() or future.cancelled() or isinstance(future.exception(), BrokenProcessPool):
                task.future = self._send(task.articles)


@contextlib.contextmanager
def _dask(scheduler: str, article_timeout: float = 0) -> Iterator[tuple[Submit, int]]:
    # Imported here: only an ingest that names a scheduler needs Dask.
    from distributed import Client

    with Client(scheduler) as client:  # type: ignore[no-untyped-call]
        running = len(client.scheduler_info().get("workers", {}))
        # pure=False: two windows with equal texts are still two tasks (their results are consumed).
        # A Dask worker runs tasks in threads, where no timer signal reaches: the limit is passed on
        # (a worker may run them in its main thread some day) but not applied (``can_limit``).
        yield (
            (lambda articles: client.submit(extract_articles, articles, article_timeout, pure=False)),
            running,
        )
