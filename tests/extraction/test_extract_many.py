"""extract_many: batched (and forked) reading gives what extract gives, article by article, in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Relation
from loaders import load
from loaders.base import Loaded, Problem
from loaders.extract import ExtractionFailed, extract, extract_many, pipeline
from tests.extraction.score_export import article_from_text

TEXTS = [
    "Kremlin ally Syria voted against the measure.",
    "Chile voted in favour of the resolution, as did Peru.",
    "Hungary vetoed the latest sanctions package on Thursday.\nThe plan was rejected by Moldova and Romania.",
    "Markets were calm on Monday.",
    "Japan's foreign minister held a phone call with South Korea's foreign minister on Tuesday.",
]


def _key(records: Any) -> list[str]:
    return sorted(repr(r) for r in records)


@pytest.mark.parametrize("n_process", [1, 2])
def test_batched_reading_matches_one_by_one(n_process: int) -> None:
    articles = [article_from_text(t, meta={"date": "2024-05-01"}) for t in TEXTS]
    alone = [_key(extract(a)) for a in articles]
    batched = [_key(r) for r in extract_many(articles, n_process=n_process, batch=2)]
    assert batched == alone


def test_a_failing_article_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [article_from_text(t, meta={"date": "2024-05-01"}) for t in TEXTS[:3]]
    real = pipeline._read

    def flaky(article: Any, sentences: Any) -> Any:
        if article.id == articles[1].id:
            raise ValueError("rule bug")
        return real(article, sentences)

    monkeypatch.setattr(pipeline, "_read", flaky)
    first, second, third = extract_many(articles)
    assert isinstance(second, ExtractionFailed) and (second.kind, second.message) == (
        "ValueError",
        "rule bug",
    )
    assert "Traceback" in second.trace
    assert isinstance(first, list) and isinstance(third, list)
    assert any(isinstance(r, Relation) and r.type == "REJECTS" for r in third)


def test_load_reports_the_failing_article_and_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, text in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\n{text}\n")
    real = pipeline._read

    def flaky(article: Any, sentences: Any) -> Any:
        if article.path and article.path.endswith("1.txt"):
            raise ValueError("rule bug")
        return real(article, sentences)

    monkeypatch.setattr(pipeline, "_read", flaky)
    items = list(load([tmp_path]))
    assert [Path(i.path).name for i in items] == [f"{i}.txt" for i in range(len(TEXTS))]
    assert [type(i) for i in items] == [Loaded, Problem, Loaded, Loaded, Loaded]
    problem = items[1]
    assert isinstance(problem, Problem) and "extraction failed (ValueError: rule bug)" in problem.reason
