"""Plain-text and Markdown articles: titles, front matter, blocks, catalog and command-line metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Article, article_id
from loaders import load
from loaders.base import ArticleText, Loaded, Problem
from loaders.readers import Meta, finish, read_articles
from loaders.readers.article import blocks

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def articles(path: Path, catalog: Meta | None = None, fixed: Meta | None = None) -> list[ArticleText]:
    out = []
    for draft in read_articles(path):
        assert not isinstance(draft, Problem), draft
        article = finish(draft, catalog or Meta(), fixed or Meta())
        assert isinstance(article, ArticleText), article
        out.append(article)
    return out


def only(path: Path, **kwargs: Meta) -> ArticleText:
    found = articles(path, **kwargs)
    assert len(found) == 1
    return found[0]


def test_a_headline_line_is_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Serbia Won't Recognize Russia's Staged Votes\nBelgrade said on Sunday it would not.\n")
    art = only(path)
    assert art.title == "Serbia Won't Recognize Russia's Staged Votes"
    assert art.text.startswith(art.title + "\n")
    assert [art.text[s:e] for s, e in art.paragraphs] == [art.title, "Belgrade said on Sunday it would not."]
    assert art.id == article_id(art.text)


@pytest.mark.parametrize(
    "first_line",
    [
        "Russian ally Serbia has said it won't recognize the votes.",  # a sentence: final period
        "india will continue to buy oil from russia asserts s jaishankar",  # a URL slug, lower case
        "By Jane Smith",  # a byline
        "Moscow",  # one word
    ],
)
def test_a_first_line_that_is_not_a_headline_is_body(tmp_path: Path, first_line: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(first_line + "\nThe rest of the article follows here.\n")
    art = only(path)
    assert art.text.startswith(first_line)
    assert art.paragraphs[0] == (0, len(first_line))
    assert art.title == first_line  # the stand-in title is the first line, not a headline claim


def test_the_rferl_seed_has_no_title_line_and_takes_its_title_from_the_catalog() -> None:
    (item,) = list(load([SEEDS / "rferl-serbia-wont-recognize-referendums.txt"]))
    assert isinstance(item, Loaded)
    article = next(r for r in item.records if isinstance(r, Article))
    assert article.title.startswith("Balkan Ally Serbia Says It Won't Recognize")
    assert article.date == "2022-09-26"
    assert article.outlet == "Radio Free Europe/Radio Liberty"
    assert article.url is not None and "rferl.org" in article.url


def test_the_dope_seed_title_is_its_headline_line() -> None:
    (item,) = list(load([SEEDS / "dope-serbia-kazakhstan-ignore-vote.txt"]))
    assert isinstance(item, Loaded)
    assert item.title.startswith("Serbia & Kazakhstan Say That They Will Ignore")


def test_front_matter_gives_metadata_and_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nurl: https://example.org/a\noutlet: 'Example News'\ndate: Sept. 6, 2022\n"
        "title: Kazakhstan: No Recognition\n---\nKazakhstan will not recognize the results.\n"
    )
    art = only(path)
    assert (art.url, art.outlet, art.date, art.title) == (
        "https://example.org/a",
        "Example News",
        "2022-09-06",
        "Kazakhstan: No Recognition",
    )
    assert art.text == "Kazakhstan will not recognize the results."


def test_markdown_markup_is_removed_and_a_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Serbia **Says** No\n\nSerbia [rejected](https://x.org) the *votes*.\n"
        "![a photo](p.png)\n- one item\n"
    )
    art = only(path)
    assert art.title == "Serbia Says No"
    assert "Serbia rejected the votes." in art.text
    assert "](" not in art.text and "**" not in art.text
    assert [art.text[s:e] for s, e in art.paragraphs] == [
        "Serbia Says No",
        "Serbia rejected the votes.",
        "- one item",
    ]


def test_blocks_keep_captions_and_list_items_apart_but_rejoin_hard_wrapped_sentences() -> None:
    text = "Headline Here\nBylined Person\nThe minister said that\nthe vote was illegal.\n- one\n- two"
    assert [text[s:e] for s, e in blocks(text)] == [
        "Headline Here",
        "Bylined Person",
        "The minister said that\nthe vote was illegal.",
        "- one",
        "- two",
    ]


def test_command_line_overrides_beat_catalog_and_catalog_beats_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\noutlet: File Outlet\ndate: 2020-01-01\n---\nSome article text.\n")
    catalog = Meta(outlet="Catalog Outlet", date="2021-02-02", title="Catalog Title")
    art = only(path, catalog=catalog, fixed=Meta(date="2022-03-03"))
    assert (art.outlet, art.date, art.title) == ("Catalog Outlet", "2022-03-03", "Catalog Title")


def test_load_applies_date_and_outlet_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some Headline Here\nBody text.\n")
    (item,) = list(load([tmp_path], date="26 September 2022", outlet="Mine"))
    assert isinstance(item, Loaded)
    (article,) = [r for r in item.records if isinstance(r, Article)]
    assert (article.date, article.outlet) == ("2022-09-26", "Mine")


def test_load_refuses_a_bad_date_option(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a date"):
        list(load([tmp_path], date="last week"))


def test_a_bad_date_in_front_matter_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ndate: yesterday\n---\nSome article text.\n")
    (item,) = list(load([path]))
    assert isinstance(item, Problem)
    assert "bad date" in item.reason and item.path == str(path)


def test_windows_line_endings_and_a_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffA Headline Here\r\nBody text.\r\n".encode("utf-8"))
    art = only(path)
    assert art.text == "A Headline Here\nBody text." and art.title == "A Headline Here"


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    body = "<p>" + "Serbia said it would not recognize the votes held in occupied regions. " * 5 + "</p>"
    path.write_text(f"<!DOCTYPE html><html><head><title>A Page</title></head><body>{body}</body></html>")
    art = only(path)
    assert "<p>" not in art.text and art.title == "A Page"
