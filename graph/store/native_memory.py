"""Giving the C heap's free pages back to the system, where the C library offers a call for it.

LadybugDB keeps what a writer committed since the last checkpoint in memory (column chunks, index
entries, one relation index per table written); a checkpoint folds it into the database file and frees
it. glibc keeps most of such freed memory inside its heap, so without a trim the process's resident set
stays as high as before the checkpoint (BENCHMARKS.md, "Memory of a long ingest": 110 MB of 756 MB
after a checkpoint at 6,000 small articles). ``malloc_trim(0)`` hands those pages back. It exists in
glibc only: elsewhere (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library this process runs on
    except (OSError, AttributeError):
        return None  # not glibc
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Hand the C heap's free pages back to the system; whether this C library can (glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
