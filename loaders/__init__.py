"""Loaders: files in, model records out. They never touch a store.

``load(paths)`` walks files and folders, reads each article (.txt .md .html .json .jsonl) into an
``ArticleText`` and hands it to the extractor (``loaders.extract``), reads curated facts (.csv
.yaml), and yields one ``Loaded`` per document and one ``Problem`` per thing that could not be read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

from graph.model import Record
from loaders.base import ArticleText, Loaded, Problem
from loaders.curated import CURATED_SUFFIXES, read_facts
from loaders.readers import CATALOG_NAME, Catalogs, Draft, Meta, finish, read_articles, walk
from loaders.readers.dates import normalise_date

__all__ = ["ArticleText", "ExtractorUnavailable", "Loaded", "Problem", "count_files", "load"]

log = logging.getLogger(__name__)

_SEE_DEBUG = "--debug shows the traceback"

# Past this many problems in one file (a CSV saved as .jsonl, say) the rest are counted, not listed.
MAX_PROBLEMS_PER_FILE = 50

Extractor = Callable[[ArticleText], list[Record]]


def load(
    paths: Sequence[str | Path], *, date: str | None = None, outlet: str | None = None
) -> Iterator[Loaded | Problem]:
    """Yield one Loaded per readable document under ``paths`` and one Problem per unreadable one.

    Folders are read recursively in name order. ``date`` and ``outlet`` override what the files
    say (and ``date`` is the date of curated rows that give none). ValueError for a bad ``date``.
    """
    fixed = Meta(outlet=outlet, date=normalise_date(date))
    catalogs = Catalogs()
    for found in walk(paths):
        if isinstance(found, Problem):
            yield found
        else:
            yield from _capped(found, _load_file(found, fixed, catalogs))


def count_files(paths: Sequence[str | Path]) -> int:
    """How many files (and unreadable paths) ``load`` will go through: the length of a progress bar."""
    return sum(1 for _ in walk(paths))


def _load_file(path: Path, fixed: Meta, catalogs: Catalogs) -> Iterator[Loaded | Problem]:
    catalog, problems = catalogs.lookup(path)
    yield from problems
    try:
        if path.name == CATALOG_NAME:
            yield Problem(str(path), "a catalog describes the articles beside it: ingest its folder")
        elif path.suffix.lower() in CURATED_SUFFIXES:
            yield from read_facts(path, date=fixed.date)
        else:
            for draft in read_articles(path):
                yield draft if isinstance(draft, Problem) else _document(path, draft, catalog, fixed)
    except ExtractorUnavailable:
        raise
    except Exception as exc:  # one bad file must not stop the others
        log.debug("unexpected error reading %s", path, exc_info=True)
        yield Problem(str(path), f"unexpected error ({type(exc).__name__}: {exc}); {_SEE_DEBUG}")


def _document(path: Path, draft: Draft, catalog: Meta, fixed: Meta) -> Loaded | Problem:
    article = finish(draft, catalog, fixed)
    if isinstance(article, Problem):
        return article
    try:
        records = records_of(article)
    except ExtractorUnavailable:
        raise
    except Exception as exc:  # an extractor bug on one article must not stop the others
        log.debug("extraction failed on %s", article.path, exc_info=True)
        return draft.problem(f"extraction failed ({type(exc).__name__}: {exc}); {_SEE_DEBUG}")
    return Loaded(str(path), records, article.title)


class ExtractorUnavailable(RuntimeError):
    """The extractor cannot be imported (spaCy or its model missing): every article would fail."""


def records_of(article: ArticleText) -> list[Record]:
    """The records of one article, as the extractor reads them (Article, entities, relations)."""
    return _extractor()(article)


@cache
def _extractor() -> Extractor:
    # Imported on the first article, not with the package: spaCy takes seconds to load and most
    # commands (and `geoalign --help`) never read an article.
    try:
        from loaders.extract import extract
    except ImportError as exc:
        raise ExtractorUnavailable(f"the extractor (loaders.extract) cannot be imported: {exc}") from exc
    return extract


def _capped(path: Path, items: Iterator[Loaded | Problem]) -> Iterator[Loaded | Problem]:
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
