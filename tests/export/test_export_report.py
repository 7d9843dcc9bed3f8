"""The report (HTML + Markdown) and the HTML export: citations present, hostile article text inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import HOSTILE_QUOTE, alignment_records, as_graph_data, canonical, hostile_records

from geoalign.cli import cli
from graph.export.report import md_escape
from graph.store import Store, open_store


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.lbug"
    with open_store(str(path)) as store:
        store.add(alignment_records() + hostile_records())
    return path


def _export(store_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store_path), "export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_report_writes_html_markdown_and_picture(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    _export(store_path, "--format", "report", "--out", str(out), "--around", "Serbia", "--title", "Serbia")
    assert {p.name for p in out.iterdir()} == {"report.html", "report.md", "subgraph.png"}
    assert (out / "subgraph.png").read_bytes().startswith(b"\x89PNG")
    html = (out / "report.html").read_text(encoding="utf-8")
    md = (out / "report.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "--around Serbia" in text and "negated and hypothetical relations: left out" in text
        assert "Radio Free Europe/Radio Liberty" in text and "2022-09-26" in text
    assert 'href="https://rferl.org/serbia-referendums"' in html
    assert "[link](<https://rferl.org/serbia-referendums>)" in md
    assert "Serbia will not recognize the results of the referendums" in html


def _hostile_report(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    out = tmp_path / "hostile"
    _export(store_path, "--format", "report", "--out", str(out), "--around", "Organization:evil")
    return (out / "report.html").read_text(encoding="utf-8"), (out / "report.md").read_text(encoding="utf-8")


def test_hostile_strings_are_inert_in_html(store_path: Path, tmp_path: Path) -> None:
    html, _ = _hostile_report(store_path, tmp_path)
    parser = _Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names and "iframe" not in names
    for tag, attrs in parser.tags:
        for key, value in attrs:
            assert not key.startswith("on"), (tag, key)
            if key in ("href", "src"):
                assert value and re.match(r"^(https?://|data:image/png;base64,)", value), (tag, key, value)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # stored verbatim: the text content (after HTML parsing) is the original string
    assert HOSTILE_QUOTE in "".join(parser.text)
    assert "javascript:alert(1)" in "".join(parser.text)  # shown as text, never linked


def test_hostile_strings_are_inert_in_markdown(store_path: Path, tmp_path: Path) -> None:
    _, md = _hostile_report(store_path, tmp_path)
    assert "<script" not in md and "<img" not in md and "<b " not in md
    assert "](javascript:" not in md and "](<javascript:" not in md
    assert "&lt;script&gt;alert" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "---" not in line]
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row  # escaped pipes never split a cell
    assert md_escape(HOSTILE_QUOTE) in md and "'}\\) DETACH DELETE n //" in md


def test_html_export_writes_the_view(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    _export(store_path, "--format", "html", "--out", str(out), "--title", "<b>title</b>")
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html") and "<b>title</b>" not in text


def test_folder_formats_refuse_stdout(store_path: Path) -> None:
    for fmt in ("csv", "report", "html"):
        result = CliRunner().invoke(
            cli, ["--store", str(store_path), "export", "--format", fmt, "--out", "-"]
        )
        assert result.exit_code == 2 and "not stdout" in result.output


def test_query_selects_the_nodes_to_export(store_path: Path, tmp_path: Path) -> None:
    import json

    out = tmp_path / "allies.json"
    _export(store_path, "--format", "json", "--out", str(out), "--query", "allies", "--param", "actor=Russia")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"Country:RUS", "Country:SRB", "Country:KAZ", "Country:BLR"}
    assert {e["type"] for e in data["edges"]} == {"ALLY_OF"}


def test_hostile_strings_are_stored_verbatim(store: Store) -> None:
    records = alignment_records() + hostile_records()
    store.add(records)
    assert canonical(store.read()) == canonical(as_graph_data(records))


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("json", "g.json"),
        ("graphml", "g.graphml"),
        ("gexf", "g.gexf"),
        ("cypher", "g.cypher"),
        ("csv", "csv"),
        ("html", "g.html"),
        ("report", "report"),
    ],
)
def test_every_format_writes_through_the_cli(store_path: Path, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    message = _export(store_path, "--format", fmt, "--out", str(out), "--since", "2022-09-27")
    assert f"wrote {fmt} to {out}" in message
    assert out.exists() and (out.is_dir() or out.stat().st_size > 0)
