"""Plain-text and Markdown articles, with optional front matter (url, outlet, date, title)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from loaders.readers.article import Draft, Meta
from loaders.readers.decode import read_text
from loaders.readers.html import looks_like_html, read_html_text

_FENCE = re.compile(r"^(---|\.\.\.)\s*$")
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_MAX_FRONT_MATTER_LINES = 60
_MAX_HEADLINE_WORDS = 30
_BYLINE = re.compile(r"^(by|from|posted|updated|published)\b", re.IGNORECASE)


def read_txt(path: Path) -> Iterator[Draft]:
    """A plain-text article (a saved web page is read as HTML whatever its name)."""
    return _read(path, markdown=False)


def read_md(path: Path) -> Iterator[Draft]:
    """A Markdown article: markup removed, a leading ``#`` heading taken as the title."""
    return _read(path, markdown=True)


def _read(path: Path, *, markdown: bool) -> Iterator[Draft]:
    text = read_text(path)
    if looks_like_html(text):
        return read_html_text(text, str(path))
    return parse_text_article(text, str(path), markdown=markdown)


def parse_text_article(text: str, path: str, *, markdown: bool = False) -> Iterator[Draft]:
    """One draft: the text without its front matter; the title from front matter or a headline line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = split_front_matter(text)
    if markdown:
        body, heading = strip_markdown(body)
    else:
        heading = None
    meta = Meta.of(dict(front))
    title = meta.title or heading or headline(body)
    yield Draft(body, Meta(title, meta.url, meta.outlet, meta.date), path)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``---`` / ``key: value`` lines / ``---`` at the very top, as a dict, and the rest of the text.

    A first block that is not all ``key: value`` lines is left in the text.

    >>> split_front_matter("---\\ntitle: A: B\\ndate: '2022-09-26'\\n---\\nBody.")
    ({'title': 'A: B', 'date': '2022-09-26'}, 'Body.')
    """
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not _FENCE.match(lines[0]) or lines[0].startswith("..."):
        return {}, text
    front: dict[str, str] = {}
    for i, line in enumerate(lines[1 : _MAX_FRONT_MATTER_LINES + 1], start=1):
        if _FENCE.match(line):
            return front, "\n".join(lines[i + 1 :])
        match = _KEY_VALUE.match(line)
        if match:
            front[match.group(1).lower()] = _unquote(match.group(2))
        elif line.strip() and not line.lstrip().startswith("#"):
            return {}, text
    return {}, text


def headline(body: str) -> str | None:
    """The first line when it reads as a headline: short, more text follows, no closing period or
    comma, not starting with a lower-case word or a byline word.

    >>> headline("Serbia Won't Recognize Russia's Votes\\nBelgrade said on Sunday ...")
    "Serbia Won't Recognize Russia's Votes"
    >>> headline("Russian ally Serbia has said it won't recognize the votes.\\nMore.") is None
    True
    """
    first, _, rest = body.strip().partition("\n")
    first = first.strip()
    words = first.split()
    if not rest.strip() or not 2 <= len(words) <= _MAX_HEADLINE_WORDS:
        return None
    if re.search(r"[.,;:]\s*$", first) or _BYLINE.match(first):
        return None
    opening = next((ch for ch in first if ch.isalpha()), "")
    if opening and not opening.isupper() and not first[0].isdigit():
        return None
    return first


def strip_markdown(body: str) -> tuple[str, str | None]:
    """Markdown reduced to its readable text, and the first ``#`` heading if the text opens with one."""
    out: list[str] = []
    heading = None
    in_code = False
    for line in re.sub(r"<!--.*?-->", "", body, flags=re.DOTALL).split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            out.append("")
            continue
        match = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if match:
            line = match.group(1)
            if heading is None and not any(s.strip() for s in out):
                heading = _inline(line)
        out.append(_inline(re.sub(r"^\s{0,3}>\s?", "", line)))
    return "\n".join(out), heading


def _inline(line: str) -> str:
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"(\*\*|__)(\S(?:.*?\S)?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<!\w)_(\S(?:.*?\S)?)_(?!\w)", r"\1", line)
    return re.sub(r"`([^`]*)`", r"\1", line)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
