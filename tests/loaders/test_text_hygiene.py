"""Text hygiene at the door: control characters, non-characters and lone surrogates never reach the store.

Scraped articles carry them (a ``\\u0001`` in a title, a byte-swapped BOM U+FFFE, a JSON ``\\ud800``
escape); every reader hands its text through ``clean_text`` and evidence offsets point into the
cleaned text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.model import Article, Relation, clean_text
from loaders import load
from loaders.base import ArticleText, Loaded, Problem
from loaders.readers import Meta, finish, read_articles

# A title and a body with everything hostile: a bell, an escape sequence, a form feed, U+FFFE, a
# non-character of plane 1, a C1 CSI, and (in JSON) a lone surrogate.
TITLE = "Serbia\u0001 Says\u001b[31m No\ufffe"
BODY = (
    "Serbia\u0007 said it will not recognize the votes in Russian-held parts of Ukraine.\u000c"
    "Foreign Minister Nikola Selakovic\U0001fffe said in Belgrade that Serbia cannot accept the"
    " results.\u009b Russia condemned\ufdd0 Serbia."
)
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe]")


def _articles(path: Path) -> list[ArticleText | Problem]:
    return [d if isinstance(d, Problem) else finish(d, Meta(), Meta()) for d in read_articles(path)]


def _assert_clean_and_consistent(path: Path) -> None:
    """The file's articles are read (not skipped), hold nothing hostile, and every evidence record's
    offsets cut its quote out of the stored text."""
    texts = _articles(path)
    assert texts and all(isinstance(t, ArticleText) for t in texts), texts
    items = list(load([path]))
    assert [type(i) for i in items] == [Loaded] * len(texts), items
    for text, item in zip(texts, items, strict=True):
        assert isinstance(text, ArticleText) and isinstance(item, Loaded)
        assert not BAD.search(text.text) and not BAD.search(text.title)
        for value in (text.title, text.text, text.outlet or "", item.title):
            value.encode("utf-8")  # a lone surrogate would raise here
        article = next(r for r in item.records if isinstance(r, Article))
        assert not BAD.search(article.title) and article.title == text.title
        evidence = [e for r in item.records if isinstance(r, Relation) for e in r.evidence]
        assert evidence, "the extractor found nothing: the test would check no offsets"
        for ev in evidence:
            assert text.text[ev.start : ev.end] == ev.quote
            assert not BAD.search(ev.quote)
        for start, end in text.paragraphs:
            assert text.text[start:end].strip() == text.text[start:end]


def test_a_lone_surrogate_in_a_jsonl_article_is_replaced_and_the_article_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    text = BODY.replace("Ukraine.", "Ukraine \udc00.")
    record = {"title": TITLE + " \ud800", "text": text, "outlet": "W\x01ire"}
    # json.dumps writes the lone surrogates as \ud800 escapes, as a scraper's JSON would
    path.write_text(json.dumps(record) + "\n" + json.dumps({"title": "Second", "text": BODY}) + "\n")
    assert "\\ud800" in path.read_text()
    _assert_clean_and_consistent(path)
    (first, _) = _articles(path)
    assert isinstance(first, ArticleText)
    assert first.title == "Serbia Says[31m No \ufffd" and first.outlet == "Wire"
    assert "Ukraine \ufffd.\nForeign Minister" in first.text


def test_a_lone_surrogate_in_a_json_list_is_replaced_and_the_article_kept(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"title": "\ud83d Broken Emoji", "text": BODY}, {"text": BODY}]))
    _assert_clean_and_consistent(path)


def test_control_characters_in_raw_text_markdown_and_html_are_removed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{TITLE}\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# {TITLE}\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>",
        encoding="utf-8",
    )
    for name in ("a.txt", "b.md", "c.html"):
        _assert_clean_and_consistent(tmp_path / name)


def test_catalog_metadata_and_command_line_values_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "catalog.csv").write_text(
        f"file,outlet,url,date,title\na.txt,Out\x1b[2J,,2022-09-26,{TITLE}\n", encoding="utf-8"
    )
    (item,) = list(load([tmp_path], outlet=None))
    assert isinstance(item, Loaded)
    article = next(r for r in item.records if isinstance(r, Article))
    assert (article.title, article.outlet) == ("Serbia Says[31m No", "Out[2J")
    (again,) = list(load([tmp_path / "a.txt"], outlet="Wire\x07\ufffe"))
    assert isinstance(again, Loaded)
    assert next(r for r in again.records if isinstance(r, Article)).outlet == "Wire"


def test_curated_names_and_quotes_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        '- {subject: "Serbia\\x01\\uFFFE", subject_label: Country, relation: SUPPORTS,'
        ' object: "Kosovo Plan\\e[31m", object_label: Agreement, date: 2022-01-01, source: s,'
        ' quote: "We back\\x0bit", note: ""}\n',
        encoding="utf-8",
    )
    (item,) = list(load([path]))
    assert isinstance(item, Loaded), item
    names = sorted(r.name for r in item.records if not isinstance(r, Relation))
    assert names == ["Kosovo Plan[31m", "Serbia"]
    (relation,) = [r for r in item.records if isinstance(r, Relation)]
    assert relation.evidence[0].quote == "We back\nit"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain text\twith tab\r\nand lines", "plain text\twith tab\r\nand lines"),
        ("a\x00b\x08c\x0ed\x1fe\x7ff\x80g\x9bh", "abcdefgh"),
        ("page\x0cbreak\x0bvt\x85nel", "page\nbreak\nvt\nnel"),
        ("\ufffe\uffff\ufdd0\ufdef\U0010ffff\U0001fffe ok", " ok"),
        ("\ud800 \udfff", "\ufffd \ufffd"),
        ("emoji \U0001f600 and ﬁ and \u200b stay", "emoji \U0001f600 and ﬁ and \u200b stay"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
