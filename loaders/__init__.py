"""Loaders: files in, model records out. They never touch a store.

``load(paths)`` walks files and folders, reads each article (.txt .md .html .json .jsonl) into an
``ArticleText`` and hands it to the extractor (``loaders.extract``), reads curated facts (.csv
.yaml), and yields one ``Loaded`` per document and one ``Problem`` per thing that could not be read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from graph.model import Record
from loaders.base import ArticleText, Loaded, Problem
from loaders.curated import CURATED_SUFFIXES, read_facts
from loaders.readers import CATALOG_NAME, Catalogs, Draft, Meta, finish, read_articles, walk
from loaders.readers.dates import normalise_date
from loaders.readers.files import stored_path
from loaders.time_limit import ARTICLE_TIMEOUT, TIMED_OUT, limited

if TYPE_CHECKING:
    from loaders.extract.pipeline import ExtractionFailed

__all__ = [
    "ARTICLE_TIMEOUT",
    "ArticleText",
    "ExtractorUnavailable",
    "Loaded",
    "Problem",
    "count_files",
    "extracted",
    "load",
    "windows",
]

log = logging.getLogger(__name__)

_SEE_DEBUG = "--debug shows the traceback"

# Past this many problems in one file (a CSV saved as .jsonl, say) the rest are counted, not listed.
MAX_PROBLEMS_PER_FILE = 50

# Articles in, one result per article out in the same order: its records, or why it failed.
Extractor = Callable[[Iterable[ArticleText]], Iterable["list[Record] | ExtractionFailed"]]
# Articles per extractor call: big enough for efficient spaCy batches, small enough to stream.
EXTRACT_WINDOW = 16


def load(
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    keep_paths: bool = False,
    stored: Stored | None = None,
    article_timeout: float = ARTICLE_TIMEOUT,
) -> Iterator[Loaded | Problem]:
    """Yield one Loaded per readable document under ``paths`` and one Problem per unreadable one.

    Folders are read recursively in name order. ``date`` and ``outlet`` override what the files
    say (and ``date`` is the date of curated rows that give none). ValueError for a bad ``date``.
    Articles are extracted a window at a time (one spaCy stream for the window); items still come
    out in file order. An article's path is kept from the folder (or file) given on, e.g.
    ``bundle/gulf/a.txt`` for ``/home/ana/bundle``, so nothing stored names the analyst's folders;
    ``keep_paths`` keeps the paths as given. ``stored`` names, of a window's articles, those a store
    holds unchanged: they are not extracted and come out as ``Loaded(..., unchanged=True)``. An
    article whose extraction takes longer than ``article_timeout`` seconds (0: no limit) is a Problem
    (``loaders.time_limit``: in the main thread only).
    """
    for window in windows(paths, date=date, outlet=outlet, keep_paths=keep_paths, stored=stored):
        yield from extracted(window, article_timeout=article_timeout)


Window = list["Loaded | Problem | _Job"]
# Of some articles, the ids of those a store already holds, read from the same text by today's extractor.
Stored = Callable[[Sequence[ArticleText]], Set[str]]


def windows(
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    keep_paths: bool = False,
    stored: Stored | None = None,
    size: int | None = None,
) -> Iterator[Window]:
    """What ``load`` reads, in file order, as windows of up to ``size`` (``EXTRACT_WINDOW``) articles
    waiting for the extractor (``extracted`` turns a window into its items; ``loaders.parallel`` does it
    in workers). The articles ``stored`` names (asked once per window) leave the window as unchanged
    ``Loaded``s."""
    size = size or EXTRACT_WINDOW
    for window in _windows(paths, date=date, outlet=outlet, keep_paths=keep_paths, size=size):
        yield window if stored is None else _without_stored(window, stored)


def _without_stored(window: Window, stored: Stored) -> Window:
    articles = articles_of(window)
    unchanged = stored(articles) if articles else set()
    return [
        Loaded(str(item.path), [], item.article.title, unchanged=True)
        if isinstance(item, _Job) and item.article.id in unchanged
        else item
        for item in window
    ]


def _windows(
    paths: Sequence[str | Path], *, date: str | None, outlet: str | None, keep_paths: bool, size: int
) -> Iterator[Window]:
    fixed = Meta(outlet=outlet, date=normalise_date(date))
    catalogs = Catalogs()
    window: Window = []
    for found in walk(paths):
        if isinstance(found, Problem):
            window.append(found)
        else:
            stored = str(found) if keep_paths else stored_path(found, paths)
            window.extend(_capped(found, _load_file(found, fixed, catalogs, stored)))
        if sum(isinstance(item, _Job) for item in window) >= size:
            yield window
            window = []
        elif not any(isinstance(item, _Job) for item in window):
            yield window  # nothing waits for the extractor: no reason to hold back
            window = []
    if window:
        yield window


def articles_of(window: Window) -> list[ArticleText]:
    """The articles of a window that wait for the extractor, in order."""
    return [item.article for item in window if isinstance(item, _Job)]


def extract_articles(
    articles: Sequence[ArticleText], article_timeout: float = 0
) -> list[list[Record] | ExtractionFailed]:
    """One extractor result per article (what a worker of ``loaders.parallel`` runs); an article still
    being read after ``article_timeout`` seconds (0: no limit) gives a failure of kind ``TIMED_OUT``."""
    if not articles:
        return []
    if article_timeout > 0:
        _warm()  # spaCy and the data load outside the first article's limit
    return limited(lambda some: list(extractor()(some)), articles, article_timeout)


def _warm() -> None:
    extractor()
    from loaders.extract import warm_up

    warm_up()


def count_files(paths: Sequence[str | Path]) -> int:
    """How many files (and unreadable paths) ``load`` will go through: the length of a progress bar."""
    return sum(1 for _ in walk(paths))


def _load_file(path: Path, fixed: Meta, catalogs: Catalogs, stored: str) -> Iterator[Loaded | Problem | _Job]:
    catalog, problems = catalogs.lookup(path)
    yield from problems
    try:
        if path.name == CATALOG_NAME:
            yield Problem(str(path), "a catalog describes the articles beside it: ingest its folder")
        elif path.suffix.lower() in CURATED_SUFFIXES:
            yield from read_facts(path, date=fixed.date)
        else:
            for draft in read_articles(path):
                yield draft if isinstance(draft, Problem) else _document(path, draft, catalog, fixed, stored)
    except ExtractorUnavailable:
        raise
    except Exception as exc:  # one bad file must not stop the others
        log.debug("unexpected error reading %s", path, exc_info=True)
        yield Problem(str(path), f"unexpected error ({type(exc).__name__}: {exc}); {_SEE_DEBUG}")


@dataclass(frozen=True)
class _Job:
    """An article read and waiting for the extractor, with the draft its problems are reported on."""

    path: Path
    draft: Draft
    article: ArticleText


def _document(path: Path, draft: Draft, catalog: Meta, fixed: Meta, stored: str) -> _Job | Problem:
    article = finish(draft, catalog, fixed)
    if isinstance(article, Problem):
        return article
    if article.path and article.path.startswith(str(path)):
        article = replace(article, path=stored + article.path[len(str(path)) :])
    return _Job(path, draft, article)


def extracted(
    window: Window,
    results: Sequence[list[Record] | ExtractionFailed] | None = None,
    *,
    article_timeout: float = 0,
) -> Iterator[Loaded | Problem]:
    """The window's items in order, each article replaced by its records (or the problem it raised);
    ``results`` are the extractor's results for the window's articles when they were computed elsewhere,
    else they are computed here, each article within ``article_timeout`` seconds (0: no limit)."""
    jobs = [item for item in window if isinstance(item, _Job)]
    if results is None:
        results = extract_articles([job.article for job in jobs], article_timeout)
    found = iter(results)
    for item in window:
        if not isinstance(item, _Job):
            yield item
            continue
        result = next(found)
        if isinstance(result, list):
            yield Loaded(str(item.path), result, item.article.title)
            continue
        if result.kind == TIMED_OUT:  # endless or pathological: the others are read all the same
            yield item.draft.problem(result.message)
            continue
        # an extractor bug on one article must not stop the others
        log.debug("extraction failed on %s:\n%s", item.article.path, result.trace)
        yield item.draft.problem(f"extraction failed ({result.kind}: {result.message}); {_SEE_DEBUG}")


class ExtractorUnavailable(RuntimeError):
    """The extractor cannot be imported (spaCy or its model missing): every article would fail."""


def records_of(article: ArticleText) -> list[Record]:
    """The records of one article, as the extractor reads them (Article, entities, relations)."""
    (result,) = extractor()([article])
    if isinstance(result, list):
        return result
    raise RuntimeError(f"extraction failed ({result.kind}: {result.message})")


@cache
def extractor() -> Extractor:
    """The extractor (``loaders.extract.extract_many``); ExtractorUnavailable without spaCy or its model."""
    # Imported on the first article, not with the package: spaCy takes seconds to load and most
    # commands (and `geoalign --help`) never read an article.
    try:
        from loaders.extract import extract_many
    except ImportError as exc:
        raise ExtractorUnavailable(f"the extractor (loaders.extract) cannot be imported: {exc}") from exc
    return extract_many


def _capped(path: Path, items: Iterator[Loaded | Problem | _Job]) -> Iterator[Loaded | Problem | _Job]:
    hidden = 0
    shown = 0
    for item in items:
        if isinstance(item, Problem) and shown >= MAX_PROBLEMS_PER_FILE:
            hidden += 1
            continue
        shown += isinstance(item, Problem)
        yield item
    if hidden:
        yield Problem(str(path), f"{hidden} more problem(s) in this file not listed")
