"""How the server reaches the store: one shared Neo4j driver, or the embedded file opened per request.

An embedded store is opened read-only for each request and closed after it (about 30 ms), so
``geoalign ingest`` can take the file between requests; while it writes, a request answers
"being written, retry" (``StoreBusy``) instead of waiting or reading half a graph. A semaphore keeps
the number of open embedded handles small (each has its own buffer pool).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from graph.store import Store, StoreError, open_store
from graph.store.neo4j_store import Neo4jStore

EMBEDDED_HANDLES = 4


class StoreBusy(StoreError):
    """The embedded store is being written by another process; retry shortly."""


class StoreAccess:
    """Hands out a read-only store for the length of one request (``with access.use() as store``)."""

    def __init__(self, opener: Callable[[], Store]) -> None:
        self._opener = opener
        first = opener()
        self._shared: Store | None = first if isinstance(first, Neo4jStore) else None
        if self._shared is None:
            first.close()
        self._slots = threading.BoundedSemaphore(EMBEDDED_HANDLES)

    @classmethod
    def from_uri(cls, uri: str | None) -> StoreAccess:
        return cls(lambda: open_store(uri, read_only=True))

    @contextlib.contextmanager
    def use(self) -> Iterator[Store]:
        if self._shared is not None:
            yield self._shared
            return
        with self._slots:
            try:
                store = self._opener()
            except StoreError as exc:
                if "in use" in str(exc):
                    raise StoreBusy(
                        "the store is being written (geoalign ingest); retry in a moment"
                    ) from exc
                raise
            with store:
                yield store

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
