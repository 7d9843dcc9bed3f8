"""The embedded store's file on disk: who may open it while it is written, and room to write it.

LadybugDB locks its file against a second writer but not against readers, and a reader that opens the
file while an ingest appends to the write-ahead log reads half a transaction ("Checksum verification
failed") or a graph the next checkpoint rewrites under it. So geoalign keeps its own lock beside the
store (``<store>.lock``, an ``flock``): a writer holds it exclusively for as long as it is open, a reader
shares it for as long as it reads. A reader that finds a writer is told to retry; a writer waits a few
seconds for readers to finish.

A full disk in the middle of a LadybugDB write aborts the process natively (``terminate called …
IOException``) and leaves a torn log. So before each write transaction the store checks that the disk
(and the process's file-size limit) has room for the transaction and for the checkpoint that may follow
it, and stops with ``DiskFullError`` while everything before is still committed and can be checkpointed.
"""

from __future__ import annotations

import fcntl
import os
import resource
import shutil
import time
from pathlib import Path

from graph.store.base import DiskFullError, StoreBusyError

# Seconds a writer waits for readers (a query, an export, one request of the explorer) to finish.
WRITER_WAIT_S = 30.0
_POLL_S = 0.05
_MB = 2**20
# Kept free beyond every estimate: the engine's own files (a new page, the log header), other writers.
FLOOR_BYTES = 4 * _MB
# Log bytes one transaction wrote per byte of its records, before any was measured: a 500-row curated
# file (records 0.42 MB as text) wrote 1.49 MB of log (3.5 times); taken with a margin.
PRIOR_LOG_RATIO = 8.0
# Once measured: the largest ratio seen in this session, with this margin.
MARGIN = 1.5


def lock_path(store: Path) -> Path:
    """The lock file beside the store (``geoalign.lbug.lock``); ingest passes over it like the store."""
    return store.with_name(store.name + ".lock")


class FileLock:
    """An ``flock`` on the store's lock file: shared for readers, exclusive for the writer."""

    def __init__(self, store: Path, *, exclusive: bool) -> None:
        self.store = store
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> None:
        path = lock_path(self.store)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644) if self.exclusive else _open_for_reader(path)
        except OSError as exc:
            raise StoreBusyError(f"cannot lock the store {self.store}: {exc.strerror or exc}") from None
        if fd is None:
            return  # a store folder this user may not write to: no writer can be in it through geoalign
        deadline = time.monotonic() + WRITER_WAIT_S
        while not _try(fd, fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH):
            # a writer holds the lock when not even a shared one is granted; readers are waited for
            writer = not _try(fd, fcntl.LOCK_SH)
            if not writer:
                fcntl.flock(fd, fcntl.LOCK_UN)
            if writer or not self.exclusive or time.monotonic() >= deadline:
                os.close(fd)
                raise StoreBusyError(self._busy_message(writing=writer))
            time.sleep(_POLL_S)
        self._fd = fd

    def _busy_message(self, *, writing: bool) -> str:
        if writing:
            return (
                f"the store {self.store} is in use: another geoalign process is writing it (an ingest); "
                "retry when it finishes"
            )
        return (
            f"the store {self.store} is in use: other geoalign processes are reading it "
            f"(waited {WRITER_WAIT_S:g} s); retry when they finish"
        )

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None


def _try(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _open_for_reader(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:
            return None
    except PermissionError:
        return None


def free_bytes(store: Path) -> int:
    """Bytes the store's files may still grow by: free disk space beside it, and no more than the
    process's file-size limit (``ulimit -f``) leaves to its largest file."""
    free = shutil.disk_usage(store.parent).free
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft != resource.RLIM_INFINITY:
        largest = max((file_size(p) for p in (store, wal_path(store))), default=0)
        free = min(free, max(0, soft - largest))
    return free


def wal_path(store: Path) -> Path:
    return store.with_name(store.name + ".wal")


def file_size(path: Path) -> int:
    """The size of ``path`` in bytes (0 when it does not exist)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Room:
    """Whether the disk has room for the next write transaction, learning from the ones before.

    A transaction appends about ``ratio × payload`` bytes to the log; a checkpoint (automatic past
    the threshold, and at close) copies the log's pages into the store file, so the log's size must
    stay free as well.
    """

    def __init__(self, store: Path) -> None:
        self.store = store
        self.ratio = PRIOR_LOG_RATIO
        self._measured = False
        self._before = 0
        self._payload = 0

    def need(self, payload: int) -> int:
        """Bytes that must be free before a transaction whose records take ``payload`` bytes as text."""
        return FLOOR_BYTES + int(self.ratio * payload) + file_size(wal_path(self.store))

    def can_checkpoint(self) -> bool:
        """Whether a checkpoint (which frees the log) has room now."""
        return free_bytes(self.store) >= FLOOR_BYTES + file_size(wal_path(self.store))

    def check(self, payload: int) -> None:
        """DiskFullError unless a transaction of ``payload`` bytes of records fits."""
        need, free = self.need(payload), free_bytes(self.store)
        if free < need:
            raise DiskFullError(
                f"disk full: {free / _MB:.1f} MB free for the store {self.store}, and the next write needs "
                f"about {need / _MB:.1f} MB (its log and room to checkpoint it)"
            )
        self._before, self._payload = file_size(wal_path(self.store)), payload

    def committed(self) -> None:
        """Learn the log bytes per payload byte from the transaction just committed."""
        grew = file_size(wal_path(self.store)) - self._before
        if self._payload > 0 and grew > 0:  # a checkpoint in between shrinks the log: nothing learned
            seen = MARGIN * grew / self._payload
            self.ratio = max(self.ratio, seen) if self._measured else seen
            self._measured = True
