"""Saved web pages: boilerplate, scripts and styles removed by trafilatura; its metadata kept."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from loaders.readers.article import Draft, Meta, with_headline
from loaders.readers.decode import read_text

# Only the page's own metadata: a date found in the body text is a date the article talks about.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# These libraries log every unparsable page at ERROR; with no logging configured Python would print
# that to stderr beside our own one-line report. A NullHandler keeps it out unless the app asks.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Text a page shows only without JavaScript ("please enable JavaScript") is not the article.
_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def read_html(path: Path) -> Iterator[Draft]:
    """A saved web page (.html, .htm)."""
    return read_html_text(read_text(path), str(path))


def looks_like_html(text: str) -> bool:
    """True for a document that opens as an HTML page (a web page saved under a .txt name).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Serbia <b>said</b>")
    (True, False)
    """
    return _HTML_START.match(text[:4096].lstrip("\ufeff")) is not None


def read_html_text(html: str, path: str) -> Iterator[Draft]:
    """One draft: the headline line, then the main text (lists one item a line, no captions).

    Nothing in the page is executed: trafilatura parses it with lxml and drops script and style
    elements before extracting text.
    """
    import trafilatura

    html = _NOSCRIPT.sub("", html)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    body = _text_of(doc) or trafilatura.baseline(html)[1]
    meta = Meta.of(
        {
            "title": _get(doc, "title"),
            "url": _get(doc, "url"),
            "outlet": _get(doc, "sitename"),
            "date": _get(doc, "date"),
        }
    )
    yield Draft(with_headline(meta.title, body), meta, path)


def _text_of(doc: Any) -> str:
    text = _get(doc, "text")
    return text.strip() if isinstance(text, str) else ""


def _get(doc: Any, name: str) -> Any:
    return getattr(doc, name, None) if doc is not None else None
