"""``catalog.csv``: metadata (outlet, url, date, title) for the article files beside it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from loaders.base import Problem
from loaders.readers.article import Meta
from loaders.readers.dates import normalise_date
from loaders.readers.decode import ReadError, read_text

CATALOG_NAME = "catalog.csv"
CATALOG_COLUMNS = ("file", "outlet", "url", "date", "title")


@dataclass
class Catalog:
    """The rows of one folder's catalog by file name, and what was wrong with it."""

    entries: dict[str, Meta] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class Catalogs:
    """Each folder's catalog, read once; its problems are handed out with the first file it describes."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, Catalog] = {}

    def lookup(self, path: Path) -> tuple[Meta, list[Problem]]:
        """The catalog metadata for ``path`` (empty if none), and the catalog's problems the first time."""
        folder = path.parent
        problems: list[Problem] = []
        if folder not in self._by_folder:
            self._by_folder[folder] = read_catalog(folder / CATALOG_NAME)
            problems = self._by_folder[folder].problems
        return self._by_folder[folder].entries.get(path.name, Meta()), problems


def read_catalog(path: Path) -> Catalog:
    """The catalog at ``path``; an empty one when there is no such file."""
    if not path.is_file():
        return Catalog()
    try:
        rows = list(numbered_rows(read_text(path)))
    except (ReadError, csv.Error) as exc:
        return Catalog(problems=[Problem(str(path), f"catalog not read: {exc}")])
    header = [h.strip().lower() for h in rows[0][1]] if rows else []
    if "file" not in header:
        wanted = ",".join(CATALOG_COLUMNS)
        return Catalog(problems=[Problem(str(path), f"a catalog needs the header {wanted}", 1)])
    catalog = Catalog()
    for number, row in rows[1:]:
        if any(cell.strip() for cell in row):
            _add_row(catalog, path, number, dict(zip(header, (c.strip() for c in row), strict=False)))
    return catalog


def numbered_rows(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Each CSV row with the line it starts on (a quoted cell may span lines).

    >>> list(numbered_rows('a,b\\n"x\\ny",z\\nc,d\\n'))
    [(1, ['a', 'b']), (2, ['x\\ny', 'z']), (4, ['c', 'd'])]
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _add_row(catalog: Catalog, path: Path, number: int, row: dict[str, str]) -> None:
    name = row.get("file", "")
    if not name or not (path.parent / name).is_file():
        catalog.problems.append(Problem(str(path), f"no file {name!r} beside the catalog", number))
        return
    meta = Meta.of(dict(row))
    try:
        normalise_date(meta.date)
    except ValueError as exc:
        catalog.problems.append(Problem(str(path), f"bad date: {exc}", number))
        meta = Meta(meta.title, meta.url, meta.outlet, None)
    catalog.entries[Path(name).name] = meta
