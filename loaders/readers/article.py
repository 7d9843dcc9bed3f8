"""From a reader's draft to the ``ArticleText`` the extractor gets: metadata merged, blocks found."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from graph.model import article_id, clean_text
from loaders.base import ArticleText, Problem
from loaders.readers.dates import normalise_date
from loaders.readers.textdates import stated_date

# spaCy's default nlp.max_length: a longer text is a whole archive, not an article.
MAX_ARTICLE_CHARS = 1_000_000
_TITLE_CHARS = 120
_END_OF_SENTENCE = re.compile(r"""[.!?:;,"”’)\]]\s*$""")


@dataclass(frozen=True)
class Meta:
    """Article metadata as some source gives it; None where it says nothing."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None

    def over(self, other: Meta) -> Meta:
        """These values, with the other's filling the gaps."""
        return Meta(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(Meta)})

    def cleaned(self) -> Meta:
        """These values without control characters, non-characters or lone surrogates."""
        return Meta(**{f.name: _clean(getattr(self, f.name)) for f in fields(Meta)})

    @classmethod
    def of(cls, raw: dict[str, object]) -> Meta:
        """From a mapping with (some of) the keys title, url, outlet, date; blanks become None."""
        return cls(**{f.name: _clean(raw.get(f.name)) for f in fields(Meta)})


@dataclass(frozen=True)
class Draft:
    """One article as a reader found it: its readable text and the metadata the file itself carries.

    ``line`` is set for an article that is one line of a JSONL file, ``record`` for one record of a
    JSON list (counted from 1).
    """

    text: str
    meta: Meta
    path: str
    line: int | None = None
    record: int | None = None

    @property
    def multi(self) -> bool:
        """One of many articles in its file: its own metadata beats the catalog's."""
        return self.line is not None or self.record is not None

    @property
    def where(self) -> str:
        """Where the article is, as ``Article.path`` records it: file, file:line or file#record."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        return f"{self.path}#{self.record}" if self.record is not None else self.path

    def problem(self, reason: str) -> Problem:
        prefix = f"record {self.record}: " if self.record is not None else ""
        return Problem(self.path, prefix + reason, self.line)


def finish(draft: Draft, catalog: Meta, fixed: Meta) -> ArticleText | Problem:
    """The ArticleText of a draft, or a Problem when it has no text or too much.

    Precedence: ``--date``/``--outlet``, then the folder's catalog.csv, then the file's own metadata;
    for a file holding many articles, each record's own metadata beats the catalog's. An article none
    of them dates takes the date its dateline (or a date line at the top) states. Text and metadata
    are cleaned here (``clean_text``), before anything counts offsets into the text.
    """
    text = clean_text(draft.text).strip()
    if not text:
        return draft.problem("no article text")
    if len(text) > MAX_ARTICLE_CHARS:
        return draft.problem(
            f"article text is {len(text):,} characters, over the limit of "
            f"{MAX_ARTICLE_CHARS:,}; split it into articles"
        )
    meta = fixed.over(draft.meta.over(catalog) if draft.multi else catalog.over(draft.meta)).cleaned()
    try:
        date = normalise_date(meta.date) or stated_date(text)
    except ValueError as exc:
        return draft.problem(f"bad date: {exc}; fix it or give one with --date")
    return ArticleText(
        id=article_id(text),
        title=meta.title or first_words(text),
        text=text,
        url=meta.url,
        outlet=meta.outlet,
        date=date,
        path=draft.where,
        paragraphs=blocks(text),
    )


def blocks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every block: each non-blank line, except that a line ending mid-sentence is
    joined with the next when that one starts in lower case (a hard-wrapped paragraph).

    >>> blocks("Headline Here\\nBody starts and\\ngoes on.\\n\\n- item")
    ((0, 13), (14, 38), (40, 46))
    """
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        line = match.group()
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if start >= end:
            continue
        if spans and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(spans)


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    gap = text[previous[1] : start]
    return (
        gap.count("\n") == 1
        and text[start].islower()
        and not _END_OF_SENTENCE.search(text[previous[0] : previous[1]])
    )


def with_headline(title: str | None, body: str) -> str:
    """The body with the headline as its first line, unless its first line already is the headline.

    >>> with_headline("Serbia Says No", "Belgrade said no.")
    'Serbia Says No\\nBelgrade said no.'
    >>> with_headline("Serbia Says No", "Serbia  says no\\nBelgrade said no.")
    'Serbia  says no\\nBelgrade said no.'
    >>> with_headline("Serbia", "Serbia said no.")
    'Serbia\\nSerbia said no.'
    """
    body = body.strip()
    first = body.split("\n", 1)[0]
    if not title or not body or " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return body
    return f"{title}\n{body}"


def first_words(text: str) -> str:
    """A stand-in title for an article without one: its first line, cut at a word near 120 characters."""
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) <= _TITLE_CHARS:
        return line
    return line[:_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(clean_text(str(value)).split())
    return text or None
