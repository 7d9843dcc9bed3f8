"""Readers: one per article format, each turning a file into drafts (text + the file's metadata).

``read_articles(path)`` picks the reader by suffix; ``loaders.load`` merges catalog and command-line
metadata into each draft (``article.finish``) and hands the resulting ``ArticleText`` on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from loaders.base import Problem
from loaders.readers.article import Draft, Meta, finish
from loaders.readers.catalog import CATALOG_NAME, Catalogs
from loaders.readers.decode import ReadError
from loaders.readers.files import walk
from loaders.readers.html import read_html
from loaders.readers.jsonfile import read_json, read_jsonl
from loaders.readers.text import read_md, read_txt

Reader = Callable[[Path], Iterator[Draft | Problem]]

ARTICLE_READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}

__all__ = [
    "ARTICLE_READERS",
    "CATALOG_NAME",
    "Catalogs",
    "Draft",
    "Meta",
    "ReadError",
    "finish",
    "read_articles",
    "walk",
]


def read_articles(path: Path) -> Iterator[Draft | Problem]:
    """The drafts in one article file (several for JSON lists and JSONL) and what could not be read."""
    reader = ARTICLE_READERS.get(path.suffix.lower())
    if reader is None:
        yield Problem(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r}")
        return
    try:
        yield from reader(path)
    except ReadError as exc:
        yield Problem(str(path), str(exc))
