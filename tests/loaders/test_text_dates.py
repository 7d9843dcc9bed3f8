"""Time taken from the text: datelines date undated articles, sentences keep their event time,
undated articles are reported at the end of an ingest and stay visible in date-filtered cuts."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoalign.ingest import ingest_items
from graph.model import Article, Entity, Evidence, Label, Relation
from graph.store.base import AddStats, GraphData
from graph.subgraph import Cut, select, to_networkx
from loaders.base import ArticleText, Loaded, Problem
from loaders.readers import Meta, finish, read_articles
from loaders.readers.textdates import event_time, stated_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline Words Here\nVILNIUS, March 4, 2021 (Agency) - Ministers met.", "2021-03-04"),
        ("DAKAR, Senegal, Sept. 9, 2019 - The bloc said.", "2019-09-09"),
        ("Quito, 2 August 2018 (XYZ): The talks ended.", "2018-08-02"),
        ("Some Title\nTuesday, 12 October 2021\nThe envoy spoke.", "2021-10-12"),
        ("LIMA (Wire) - Officials said on Monday.", None),
        ("The treaty of March 4, 2021 was cited by officials.", None),
    ],
)
def test_dateline_or_date_line_gives_the_date(text: str, expected: str | None) -> None:
    assert stated_date(text) == expected


def _article(tmp_path: Path, text: str, catalog: Meta | None = None) -> ArticleText:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (draft,) = list(read_articles(path))
    assert not isinstance(draft, Problem)
    article = finish(draft, catalog or Meta(), Meta())
    assert isinstance(article, ArticleText)
    return article


def test_an_article_without_metadata_takes_its_dateline_date(tmp_path: Path) -> None:
    text = "Envoys Meet In Oslo\nOSLO, June 3, 2024 (Wire) - Norway hosted talks between Chile and Peru.\n"
    assert _article(tmp_path, text).date == "2024-06-03"
    assert _article(tmp_path, text, Meta(date="2024-06-05")).date == "2024-06-05"  # the catalog wins


@pytest.mark.parametrize(
    ("sentence", "report", "expected"),
    [
        ("Armenia seized the district in the early 1990s.", "2024-02-28", "1990s"),
        ("Chile recognized the state in 2011, the minister recalled.", "2024-02-28", "2011"),
        ("Chile recognized the state in 2024.", "2024-02-28", None),
        ("Ghana's parliament voted on Tuesday.", "2024-01-25", "2024-01-23"),
        ("Ghana's parliament voted on Thursday.", "2024-01-25", None),
        ("Ghana's parliament voted on Tuesday.", None, None),
        ("Peru closed its embassy in March 2022, the envoy said.", "2024-02-28", "2022-03"),
        ("Peru closed its embassy in March.", "2024-02-28", "2023-03"),
        ("Peru closed its embassy in March.", "2024-03-15", None),
        ("Peru will reopen its embassy in March.", "2024-02-28", "2024-03"),
        ("Peru reopened its embassy last February.", "2024-02-28", "2023-02"),
        ("Peru recalled its envoy last month.", "2024-01-10", "2023-12"),
        ("Peru recalled its envoy last year.", "2024-01-10", "2023"),
        ("The border was closed three years ago.", "2024-01-10", "2021"),
        ("Peru recalled its envoy yesterday.", "2024-03-01", "2024-02-29"),
        ("Peru may recall its envoy.", "2024-03-01", None),
        ("Peru recalled its envoy last month.", None, None),
    ],
)
def test_event_time_is_what_the_sentence_says(
    sentence: str, report: str | None, expected: str | None
) -> None:
    assert event_time(sentence, report) == expected


def _graph() -> GraphData:
    nodes = [Entity(f"Country:{x}", Label.COUNTRY, x) for x in ("AAA", "BBB", "CCC", "DDD")]
    dated = Evidence("Article:1", "A backed B.", date="2024-05-01")
    undated = Evidence("Article:2", "A backed C.")
    old = Evidence("Article:3", "A invaded D in the early 1990s.", date="2024-05-01", when="1990s")
    return GraphData(
        nodes,
        [],
        [
            Relation("Country:AAA", "SUPPORTS", "Country:BBB", (dated,)),
            Relation("Country:AAA", "SUPPORTS", "Country:CCC", (undated,)),
            Relation("Country:AAA", "INVADED", "Country:DDD", (old,)),
        ],
    )


def test_date_filters_keep_undated_evidence_unless_asked_and_use_event_time() -> None:
    g = to_networkx(_graph())
    kept = select(g, Cut(since="2024-01-01"))
    assert sorted(kept.edges()) == [("Country:AAA", "Country:BBB"), ("Country:AAA", "Country:CCC")]
    hidden = select(g, Cut(since="2024-01-01", undated=False))
    assert sorted(hidden.edges()) == [("Country:AAA", "Country:BBB")]
    nineties = select(g, Cut(since="1991-01-01", until="1993-12-31", undated=False))
    assert sorted(nineties.edges()) == [("Country:AAA", "Country:DDD")]


class _Sink:
    def add(self, records: list[object]) -> AddStats:
        return AddStats(nodes=1)

    def known_ids(self, ids: object) -> set[str]:
        return set()


def test_ingest_names_the_articles_that_have_no_date() -> None:
    items = [
        Loaded("a.txt", [Article("Article:1", "A", date="2024-01-01", path="a.txt")]),
        Loaded("b.txt", [Article("Article:2", "B", path="b.txt")]),
        Loaded("c.txt", [Article("Article:3", "C", path="c.txt")]),
    ]
    report = ingest_items(_Sink(), items)  # type: ignore[arg-type]
    assert report.undated == ["b.txt", "c.txt"]
    assert "2 articles have no date; give one with --date or a catalog.csv" in report.summary
