"""Web pages, JSON and JSON Lines articles."""

from __future__ import annotations

import json
from pathlib import Path

from graph.model import Article
from loaders import load
from loaders.base import ArticleText, Loaded, Problem
from loaders.readers import Meta, finish, read_articles

PAGE = """<!doctype html><html><head>
<title>Serbia Says It Won't Recognize Votes | Example News</title>
<meta property="og:title" content="Serbia Says It Won't Recognize Votes">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-09-26T10:00:00Z">
<link rel="canonical" href="https://example.org/serbia-votes">
<script>document.write("INJECTED BY SCRIPT")</script><style>p {color: red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Serbia Says It Won't Recognize Votes</h1>
<p>Serbia has said it will not recognize the votes in Russian-held parts of Ukraine, dealing
another blow to the Kremlin. Foreign Minister Nikola Selakovic said on September 25 in Belgrade
that Serbia cannot accept these results.</p>
<ul><li>First point of the list</li><li>Second point of the list</li></ul>
<script>var tracking = "SCRIPT VARIABLE";</script>
<p>Doing so would violate our national and state interests, he said. It was the first high-level
document that Serbia and Russia have signed since February, on 3 March 2021 or so.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def read(path: Path) -> list[ArticleText | Problem]:
    out: list[ArticleText | Problem] = []
    for draft in read_articles(path):
        out.append(draft if isinstance(draft, Problem) else finish(draft, Meta(), Meta()))
    return out


def test_html_keeps_the_article_and_its_metadata_and_drops_scripts_and_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (art,) = read(path)
    assert isinstance(art, ArticleText)
    assert art.title == "Serbia Says It Won't Recognize Votes"
    assert (art.url, art.outlet, art.date) == (
        "https://example.org/serbia-votes",
        "Example News",
        "2022-09-26",
    )
    assert art.text.startswith(art.title + "\n")
    assert "Selakovic said on September 25" in art.text
    for junk in ("INJECTED BY SCRIPT", "SCRIPT VARIABLE", "color: red", "Home", "Copyright"):
        assert junk not in art.text
    lines = [art.text[s:e] for s, e in art.paragraphs]
    assert lines[0] == art.title
    assert "- First point of the list" in lines and "- Second point of the list" in lines


def test_html_date_comes_from_page_metadata_never_from_the_body(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(
        PAGE.replace('<meta property="article:published_time" content="2022-09-26T10:00:00Z">', "")
    )
    (art,) = read(path)
    assert isinstance(art, ArticleText) and art.date is None


def test_an_html_page_of_scripts_only_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_text(
        "<html><head><script>" + "var a = 1;" * 1000 + "</script></head><body><script>x()</script>"
    )
    (item,) = list(load([path]))
    assert isinstance(item, Problem) and item.reason == "no article text"


def test_json_takes_one_record_or_a_list(tmp_path: Path) -> None:
    one = {"title": "One Headline", "text": "Body one.", "url": "https://x.org/1", "date": "2023-02-24"}
    (tmp_path / "one.json").write_text(json.dumps(one))
    (tmp_path / "many.json").write_text(json.dumps([one, {"text": "Body two."}, {"title": "no text"}, 7]))
    items = list(load([tmp_path]))
    loaded = [i for i in items if isinstance(i, Loaded)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [i.title for i in loaded] == ["One Headline", "Body two.", "One Headline"]
    assert [p.reason for p in problems] == [
        "record 3: no 'text'",
        "record 4: expected an article record "
        "(an object with title, text, url, date, outlet), found a number",
    ]
    article = next(r for r in loaded[0].records if isinstance(r, Article))
    assert article.path is not None and article.path.endswith("many.json#1")
    assert article.date == "2023-02-24"


def test_a_json_title_becomes_the_first_line_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"title": "A Headline", "text": "The body."}))
    (art,) = read(tmp_path / "a.json")
    assert isinstance(art, ArticleText)
    assert art.text == "A Headline\nThe body." and art.paragraphs == ((0, 10), (11, 20))


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "x",\n  "title": oops\n}')
    (item,) = list(load([path]))
    assert isinstance(item, Problem) and item.line == 3 and item.reason.startswith("not valid JSON")


def test_jsonl_loads_every_good_line_and_names_the_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "First Story", "text": "Body one.", "outlet": "Wire"}),
        '{"title": "Broken", "text": "no closing brace"',
        "",
        json.dumps({"title": "Third Story", "text": "Body three.", "date": "2024-06-19"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "Bad date", "text": "Body.", "date": "sometime"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(load([path]))
    assert [(type(i).__name__, getattr(i, "line", None)) for i in items] == [
        ("Loaded", None),
        ("Problem", 2),
        ("Loaded", None),
        ("Problem", 5),
        ("Problem", 6),
    ]
    third = next(r for r in items[2].records if isinstance(r, Article))  # type: ignore[union-attr]
    assert third.path == "feed.jsonl:4" and third.date == "2024-06-19"  # stored from the path given on
    assert all(i.path == str(path) for i in items)


def test_jsonl_catalog_values_fill_only_what_a_record_leaves_out(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "Body one.", "outlet": "Own"}) + "\n" + json.dumps({"text": "Body two."}) + "\n"
    )
    (tmp_path / "catalog.csv").write_text("file,outlet,url,date,title\nfeed.jsonl,Catalog,,2024-01-01,\n")
    outlets = []
    for item in load([tmp_path]):
        assert isinstance(item, Loaded)
        outlets += [(r.outlet, r.date) for r in item.records if isinstance(r, Article)]
    assert outlets == [("Own", "2024-01-01"), ("Catalog", "2024-01-01")]


def test_a_catalog_naming_a_missing_file_or_a_bad_date_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A Headline Here\nBody.\n")
    (tmp_path / "b.txt").write_text("B Headline Here\nBody.\n")
    (tmp_path / "catalog.csv").write_text(
        "file,outlet,url,date,title\na.txt,Out A,,someday,\nmissing.txt,X,,,\nb.txt,Out B,,2022-01-02,\n"
    )
    items = list(load([tmp_path]))
    problems = [(p.line, p.reason) for p in items if isinstance(p, Problem)]
    assert problems == [
        (2, "bad date: 'someday' is not a date (write YYYY-MM-DD)"),
        (3, "no file 'missing.txt' beside the catalog"),
    ]
    outlets = {
        i.title: [r.outlet for r in i.records if isinstance(r, Article)]
        for i in items
        if isinstance(i, Loaded)
    }
    assert outlets == {"A Headline Here": ["Out A"], "B Headline Here": ["Out B"]}
