"""Extraction in parallel worker processes with Dask (``dask.distributed``), items still in file order.

``load_parallel`` reads files as ``loaders.load`` does, in this process, and sends each window of
articles to a Dask worker, which runs the extractor (spaCy and the rules: the costly part) and
sends the records back. Items come out in the same order as ``load``'s, so whoever writes them
(``geoalign ingest``, in its own process) stores the same graph whatever the number of workers.
At most ``IN_FLIGHT`` windows per worker are out at once, so memory stays flat however many
articles there are. Workers start on this machine (a ``LocalCluster`` of processes) or are reached
at a running scheduler's address (``tcp://host:8786``) for corpora beyond one machine: the texts
travel with the tasks, so those workers need geoalign installed, not the files.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders import Stored, Window, articles_of, extract_articles, extracted, windows
from loaders.base import Loaded, Problem

if TYPE_CHECKING:
    from distributed import Client

IN_FLIGHT = 3  # windows per worker sent ahead of the one being written


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
    """What ``loaders.load`` yields, with the articles extracted by ``workers`` Dask worker processes
    on this machine (or by the workers of the scheduler at ``scheduler``); ``stored`` as for ``load``."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    with _client(workers, scheduler) as client:
        ahead = IN_FLIGHT * max(workers, len(client.scheduler_info().get("workers", {})))
        pending: deque[tuple[Window, Any]] = deque()
        for window in windows(paths, date=date, outlet=outlet, keep_paths=keep_paths, stored=stored):
            articles = articles_of(window)
            # pure=False: two windows with equal texts are still two tasks (their results are consumed).
            task = client.submit(extract_articles, articles, pure=False) if articles else None
            pending.append((window, task))
            while len(pending) > ahead:
                yield from _finished(*pending.popleft())
        while pending:
            yield from _finished(*pending.popleft())


def _finished(window: Window, task: Any) -> Iterator[Loaded | Problem]:
    if task is None:
        return extracted(window, [])
    results = task.result()
    task.release()
    return extracted(window, results)


@contextlib.contextmanager
def _client(workers: int, scheduler: str | None) -> Iterator[Client]:
    # Imported here: starting Dask costs a second, and only a parallel ingest needs it.
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    # One single-threaded process per worker: spaCy's parse holds the GIL. No dashboard, no log noise.
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # the scheduler's HTTP server on a free loopback port (8787 may be taken); no dashboard
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
