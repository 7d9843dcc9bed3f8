"""A time limit on each article's extraction, so that one endless or pathological article cannot stall
an ingest: the article becomes a Problem naming its file, and every other article is read as without
the limit (the limit never changes what an article yields, only whether it is waited for).

The limit counts the CPU seconds the extracting process spends (``ITIMER_PROF``), not the clock's:
the same article passes or fails however busy the machine is (on this one, shared by ten processes
on two cores, 16,000 words took 11 CPU seconds and 180 s by the clock), and the extractor waits
on nothing, so an endless path is one that computes. The timer's signal (``SIGPROF``) goes to the
process that extracts: in-process for ``--workers 1`` and in each pool worker (``loaders.parallel``),
whose tasks run on the worker's main thread. It interrupts Python code between bytecodes, which is
where the rules (and spaCy's pipe, a Python loop over the model's layers) spend their time. Where no
such timer can be had (a thread other than the main one, as a Dask worker's task; a platform without
``setitimer``; a caller whose own profiling timer is set) the articles are read without a limit;
``loaders.parallel`` adds a backstop by the clock in the parent for a worker stuck where no signal
reaches.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import TYPE_CHECKING

from graph.model import Record
from loaders.base import ArticleText

if TYPE_CHECKING:
    from loaders.extract.pipeline import ExtractionFailed

__all__ = ["ARTICLE_TIMEOUT", "TIMED_OUT", "can_limit", "limited", "timed_out"]

# CPU seconds one article may take (0: no limit). Measured warm, one article a call (2026-12-07): the
# longest news articles of the pool and read sets (~600 words) 0.3-0.4 s, the median 0.24 s, a 3,300-word
# README 1.5 s; articles end to end, 100,000 characters 11.3 s and 250,000 characters 27 s (linear), so
# the longest text the readers accept (MAX_ARTICLE_CHARS, 1,000,000) ~110 s. The limit leaves that
# text room on a slower machine, and bounds an endless article at five minutes of a core (ten: the
# window's try, then its own).
ARTICLE_TIMEOUT = 300.0
# ExtractionFailed.kind of an article the limit stopped.
TIMED_OUT = "TimeLimit"

Results = list["list[Record] | ExtractionFailed"]


class _TooSlow(BaseException):
    """Raised by the timer in the extracting thread. A BaseException, as KeyboardInterrupt is: an
    ``except Exception`` in the extractor (one bad article must not stop the others) must let it by."""


def can_limit() -> bool:
    """Whether this thread can put a time limit on extraction: the main thread, with ``setitimer``,
    and no profiling timer of the caller's own running (it is left alone)."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_PROF)[0] == 0
    )


def limited(
    extract: Callable[[Sequence[ArticleText]], Results], articles: Sequence[ArticleText], seconds: float
) -> Results:
    """``extract(articles)``, each article within ``seconds``: the window first under one limit (its
    articles are read in one spaCy stream), and when it runs out, each article alone under its own, so
    that only the article at fault gives a ``TIMED_OUT`` failure. ``seconds`` 0: no limit."""
    if not articles or seconds <= 0 or not can_limit():
        return extract(articles)
    try:
        with _cpu_timer(seconds):
            return extract(articles)
    except _TooSlow:
        if len(articles) == 1:
            return [timed_out(seconds)]
    return [result for article in articles for result in limited(extract, [article], seconds)]


def timed_out(seconds: float) -> ExtractionFailed:
    """The failure of an article the extractor was still reading after ``seconds``."""
    from loaders.extract import ExtractionFailed

    return ExtractionFailed(
        TIMED_OUT,
        f"not read: extracting it took more than the limit of {seconds:g} CPU seconds an article; raise it "
        "with --article-timeout SECONDS (0: no limit)",
    )


@contextlib.contextmanager
def _cpu_timer(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: FrameType | None) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_PROF, 0)
        finally:  # even when the timer rang just before it was stopped
            signal.signal(signal.SIGPROF, previous)
