"""Text preparation: split an article into blocks that are never glued into one sentence.

Lines come first (headline, standfirst, captions, bylines and list items are lines of their own);
spaCy then splits each block into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.base import ArticleText
from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.lexicon import load_lexicon

BODY = "body"  # prose: every rule applies
TITLE = "title"  # a headline or subheading in Title Case: entities only
SLUG = "slug"  # a URL slug standing in for a title: nothing
SKIP = "skip"  # footnotes, comment counters, reference lists
DATELINE = "dateline"  # "PYONGYANG, North Korea -" before the first sentence: places only

_TERMINAL = re.compile(r"[.!?:;\"”’')\]]\s*$")
_DATELINE = re.compile(r"^(?P<line>[^\n]{2,80}?)\s*(?:--?|–|—|:)\s+(?=[\"“A-Z])")
_FOOTNOTE = re.compile(r"^\s*\[(?:[ivxlc]+|\d+)\]")
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "and",
    "or",
    "as",
    "by",
    "with",
    "from",
    "vs",
    "is",
    "be",
    "its",
    "it",
}


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    kind: str


def _lines(article: ArticleText) -> Iterator[tuple[int, int]]:
    spans = article.paragraphs or ((0, len(article.text)),)
    for p_start, p_end in spans:
        pos = p_start
        for line in article.text[p_start:p_end].split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                yield start + lead, start + lead + len(stripped)


def title_case(text: str) -> bool:
    """True for headline capitalisation: most longer words start with a capital."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.75


def classify(text: str, first: bool) -> str:
    if _FOOTNOTE.match(text) or not re.search(r"[A-Za-z]{2}", text):
        return SKIP
    if _TERMINAL.search(text):
        return BODY
    if not re.search(r"[A-Z]", text):
        return SLUG if first else SKIP
    if title_case(text):
        return TITLE
    return BODY


def blocks(article: ArticleText) -> list[Block]:
    """The article's lines, each tagged with how much extraction it gets; datelines split off, and the
    bullets, time stamps and wire kickers that open a line dropped (``lead_length``)."""
    out = []
    for i, (start, end) in enumerate(_lines(article)):
        text = article.text[start:end]
        lead = lead_length(text)
        if lead:
            start, text = start + lead, text[lead:]
        kind = classify(text, i == 0)
        cut = dateline_length(text) if kind == BODY else 0
        if cut:
            out.append(Block(start, start + cut, text[:cut], DATELINE))
            start, text = start + cut, text[cut:]
        out.append(Block(start, end, text, kind))
    return out


_STAMP = re.compile(
    r"(?:(?:last\s+)?updated?\s*:?\s*)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?-i:\s+[A-Z]{2,5}\b)?"
    r"\s*(?:[-–—:|]\s*|\s(?-i:(?=[A-Z])))",
    re.IGNORECASE,
)
_KICKER = re.compile(r"(?P<word>[A-Za-z]+)(?:\s+\d+)?(?:\s*:\s+|(?<=[A-Z0-9])-(?=[A-Z]))")


def lead_length(text: str) -> int:
    """Characters of what opens a line without being part of its sentence, or 0: a bullet ("• Germany
    pledges ..."), a live blog's time stamp ("14:02 GMT - ", "Update 3:45 p.m.: "), a wire kicker before a
    colon or a dash ("BREAKING: ", "Exclusive: ", "UPDATE 2-"; lexicon ``kicker_words``), one after another.
    Cheap: the first character decides whether anything is tried."""
    words = load_lexicon().words
    pos = 0
    while pos < len(text) and (text[pos] in words.bullet_marks or text[pos].isalnum()):
        rest = text[pos:]
        if rest[0] in words.bullet_marks:  # a mark then a space: "-3 degrees" or "*sic*" is no bullet
            if len(rest) < 2 or not rest[1].isspace():
                break
            pos += 1 + len(rest[1:]) - len(rest[1:].lstrip())
            continue
        if rest[0].isdigit() or rest[:1] in {"U", "u", "L", "l"}:
            stamp = _STAMP.match(rest)
            if stamp and stamp.end() < len(rest) and re.search(r"\d", stamp.group()):
                pos += stamp.end()
                continue
        kicker = _KICKER.match(rest)
        if kicker and kicker["word"].lower() in words.kicker_words and kicker.end() < len(rest):
            pos += kicker.end()
            continue
        break
    return pos


def dateline_length(text: str) -> int:
    """Characters of a leading dateline ('ABUJA (Reuters) - ', 'New York, Feb. 24, (dpa/GNA) - '), or 0."""
    match = _DATELINE.match(text)
    if not match:
        return 0
    line = match["line"]
    outside = re.sub(r"\([^)]*\)", " ", line)
    words = re.findall(r"[A-Za-z][\w.'’]*", outside)
    if not words or any(w[0].islower() for w in words):
        return 0
    if not ("," in line or "(" in line or outside.strip().isupper() or _city(line)):
        return 0
    return match.end()


def _city(line: str) -> bool:
    """'Addis Ababa — Somalia has ...': a bare city or capital before the dash is a dateline too
    (a country is not: 'Russia — the largest state — said' is prose)."""
    surface = load_gazetteer().lookup(line.strip())
    return surface is not None and surface.kind in {"capital", "city"}


def for_parsing(text: str) -> str:
    """The same text with editorial brackets blanked ('[Russia] is' parses as 'Russia is'); offsets kept."""
    return text.replace("[", " ").replace("]", " ")


def headline(text: str) -> str | None:
    """The first line when it looks like a headline (short, no closing full stop), else None."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first and len(first.split()) <= 25 and not re.search(r"[.!?]\s*$", first):
        return first
    return None
