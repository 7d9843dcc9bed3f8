"""How the server reaches the store: one shared Neo4j driver, or a few embedded handles kept open.

An embedded store opened read-only reads the file as it was when opened, and LadybugDB lets
``geoalign ingest`` write the file meanwhile. So handles are kept open between requests (opening one
costs 20-120 ms) and each is checked before use: once the file or its write-ahead log changed (a
commit, a checkpoint) the handle is closed and a fresh one opened, which sees the new data. While a
checkpoint rewrites the file, or an open fails because the log is half-written, a request answers
"being written, retry" (``StoreBusyError``) instead of waiting or reading half a graph. A semaphore keeps
the number of open embedded handles small (each has its own buffer pool).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from graph.store import Store, StoreBusyError, StoreError, open_store
from graph.store.neo4j_store import Neo4jStore

EMBEDDED_HANDLES = 4
BUSY = "the store is being written (geoalign ingest); retry in a moment"

__all__ = ["EMBEDDED_HANDLES", "StoreAccess", "StoreBusyError"]


class StoreAccess:
    """Hands out a read-only store for the length of one request (``with access.use() as store``)."""

    def __init__(self, opener: Callable[[], Store], *, handles: int = EMBEDDED_HANDLES) -> None:
        self._opener = opener
        first = opener()
        self._shared: Store | None = first if isinstance(first, Neo4jStore) else None
        self._idle: list[Store] = [] if self._shared is not None else [first]
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(handles)
        self._closed = False
        self.opened = 1  # embedded handles opened so far (the first one included)

    @classmethod
    def from_uri(cls, uri: str | None) -> StoreAccess:
        return cls(lambda: open_store(uri, read_only=True, snapshot=True))

    @contextlib.contextmanager
    def use(self) -> Iterator[Store]:
        if self._shared is not None:
            yield self._shared
            return
        with self._slots:
            store = self._checkout()
            try:
                yield store
            finally:
                self._checkin(store)

    def _checkout(self) -> Store:
        """An idle handle that still reads the file as it is, else a freshly opened one; StoreBusyError
        while another process rewrites the file (a checkpoint)."""
        store = self._current_idle() or self._open()
        if store.being_rewritten():
            store.close()
            raise StoreBusyError(BUSY)
        return store

    def _current_idle(self) -> Store | None:
        while True:
            with self._lock:
                store = self._idle.pop() if self._idle else None
            if store is None or store.is_current():
                return store
            store.close()

    def _open(self) -> Store:
        try:
            store = self._opener()
        except StoreBusyError:
            raise
        except StoreError as exc:
            if "in use" in str(exc):
                raise StoreBusyError(BUSY) from exc
            raise
        with self._lock:
            self.opened += 1
        return store

    def _checkin(self, store: Store) -> None:
        with self._lock:
            if not self._closed and store.is_current():
                self._idle.append(store)
                return
        store.close()

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
        with self._lock:
            self._closed, idle, self._idle = True, self._idle, []
        for store in idle:
            store.close()
