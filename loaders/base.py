"""What loaders yield: one ``Loaded`` per readable document, one ``Problem`` per thing that went wrong."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import Record


@dataclass(frozen=True)
class Loaded:
    """The records read from one document (an article, or the valid rows of a curated file)."""

    path: str
    records: list[Record] = field(default_factory=list)
    title: str = ""
    # An article the store holds already, read from the same text by the same extractor: not read again.
    unchanged: bool = False


@dataclass(frozen=True)
class Problem:
    """A file (or a line of it) that could not be read; the rest still loads."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ArticleText:
    """An article as read from disk, before extraction: what the readers hand to the extractor.

    ``text`` is the whole readable text (headline line included), and evidence offsets refer to it;
    ``paragraphs`` are (start, end) offsets in ``text`` of blocks that must never be glued into one
    sentence (headline, standfirst, captions, bylines, list items).
    """

    id: str
    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    path: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
