"""Property: whatever a file holds, loading it yields Loaded or Problem items, never an exception, and
every article handed on has blocks that lie inside its text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import load
from loaders.base import ArticleText, Loaded, Problem
from loaders.readers import Meta, finish, read_articles

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".yaml")
PREFIXES = (
    "",
    "---\ntitle: T\ndate: 2022-09-26\n---\n",
    "<!doctype html><html><body><p>",
    '{"text": "',
    "subject,subject_label,relation,object,object_label,date,source,quote,note\n",
    "- subject: ",
)


def check_file(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        items = list(load([path]))
        assert items, "every file gives at least one Loaded or Problem"
        assert all(isinstance(item, Loaded | Problem) for item in items)
        assert all(item.path == str(path) for item in items)
        if suffix not in (".csv", ".yaml"):
            for draft in read_articles(path):
                article = draft if isinstance(draft, Problem) else finish(draft, Meta(), Meta())
                if isinstance(article, ArticleText):
                    check_blocks(article)


def check_blocks(article: ArticleText) -> None:
    assert article.text == article.text.strip() and article.title
    previous = 0
    for start, end in article.paragraphs:
        assert previous <= start < end <= len(article.text)
        assert article.text[start:end].strip() == article.text[start:end]
        previous = end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SUFFIXES), st.sampled_from(PREFIXES), st.text())
def test_any_text_loads_or_is_a_problem(suffix: str, prefix: str, text: str) -> None:
    check_file(suffix, (prefix + text).encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SUFFIXES), st.binary())
def test_any_bytes_load_or_are_a_problem(suffix: str, data: bytes) -> None:
    check_file(suffix, data)
