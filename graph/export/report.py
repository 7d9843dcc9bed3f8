"""The report: an HTML page and a Markdown file with the subgraph picture, every relation with its
quotes and citations (outlet, date, URL), and the command and filters that produced it.

Article text is untrusted: the HTML goes through Jinja2 with autoescape (and a Content-Security-Policy
that allows no script), Markdown through ``md_escape``; only http(s) URLs become links.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import jinja2
import networkx as nx

from graph.model import Article, Evidence
from graph.subgraph import Cut, describe_cut

_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")


@dataclass(frozen=True)
class Citation:
    quote: str
    outlet: str | None
    date: str | None
    url: str | None
    title: str | None

    @property
    def link(self) -> str | None:
        """The URL when it is safe to link (http or https), else None."""
        return safe_url(self.url)


@dataclass(frozen=True)
class ReportRow:
    source: str
    relation: str
    target: str
    modality: str
    citations: list[Citation] = field(default_factory=list)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL without control characters, else None (``javascript:`` stays text).

    >>> safe_url("https://rferl.org/a"), safe_url("javascript:alert(1)"), safe_url(" JavaScript:x")
    ('https://rferl.org/a', None, None)
    """
    if not url or any(ord(c) < 0x20 for c in url):
        return None
    return url if re.match(r"^https?://[^\s]+$", url, re.IGNORECASE) else None


def md_escape(text: str) -> str:
    """Text that Markdown shows literally: punctuation backslash-escaped, ``< > &`` as entities,
    newlines as spaces (a table cell is one line).

    >>> md_escape("a|b <script> [x](javascript:y) *z*\\nnext")
    'a\\\\|b &lt;script&gt; \\\\[x\\\\]\\\\(javascript:y\\\\) \\\\*z\\\\* next'
    >>> md_escape("# not a heading, 2022-09-26")
    '\\\\# not a heading, 2022-09-26'
    """
    text = re.sub(r"[\r\n]+", " ", text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_LINE_START.sub(r"\1\\\2", text)


def md_link(label: str, url: str | None) -> str:
    """A Markdown link for http(s) URLs (parentheses and spaces percent-encoded), else escaped text."""
    link = safe_url(url)
    if link is None:
        return md_escape(label if not url else f"{label} {url}")
    return f"[{md_escape(label)}](<{quote(link, safe=':/?#@!$&*+,;=%-._~')}>)"


def report_rows(g: nx.MultiDiGraph, articles: Mapping[str, Article] | None = None) -> list[ReportRow]:
    """One row per relation (sorted), with a citation per evidence record."""
    articles = articles or {}

    def name(node: str) -> str:
        return str(g.nodes[node].get("name", node))

    rows = []
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evidence: list[Evidence] = sorted(
            d.get("evidence") or [], key=lambda e: (e.date or "", e.article, e.start)
        )
        citations = []
        for ev in evidence:
            art = articles.get(ev.article)
            node = g.nodes[ev.article] if ev.article in g else {}
            citations.append(
                Citation(
                    ev.quote,
                    ev.outlet or (art.outlet if art else node.get("outlet")),
                    ev.date or (art.date if art else node.get("date")),
                    ev.url or (art.url if art else node.get("url")),
                    art.title if art else node.get("name"),
                )
            )
        rows.append(ReportRow(name(u), str(k), name(v), str(d.get("modality", "asserted")), citations))
    return rows


def describe_filters(cut: Cut) -> list[str]:
    """The filters of a cut in words, for the report's "how this report was made" section."""
    lines = describe_cut(cut)
    if not cut.include_negated:
        lines.append("negated and hypothetical relations: left out")
    return lines


def _picture(g: nx.MultiDiGraph, path: Path, title: str) -> None:
    from graph.view import write_picture

    write_picture(g, path, title=title)


def write_report(
    g: nx.MultiDiGraph,
    folder: str | Path,
    *,
    title: str = "geoalign report",
    command: str = "",
    filters: Sequence[str] = (),
    articles: Mapping[str, Article] | None = None,
    picture: bool = True,
) -> list[Path]:
    """Write ``report.html``, ``report.md`` and ``subgraph.png`` into ``folder``; return the paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rows = report_rows(g, articles)
    summary = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} relations"
    written = []
    png = out / "subgraph.png"
    if picture and g.number_of_nodes():
        _picture(g, png, title)
        written.append(png)
    encoded = base64.b64encode(png.read_bytes()).decode("ascii") if png in written else ""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(resources.files("graph").joinpath("templates/report.html").read_text("utf-8"))
    html = template.render(
        title=title, summary=summary, command=command, filters=list(filters), rows=rows, picture=encoded
    )
    (out / "report.html").write_text(html, encoding="utf-8")
    (out / "report.md").write_text(
        markdown_report(
            rows,
            title=title,
            summary=summary,
            command=command,
            filters=filters,
            picture=png.name if encoded else None,
        ),
        encoding="utf-8",
    )
    return [*written, out / "report.html", out / "report.md"]


def markdown_report(
    rows: Sequence[ReportRow],
    *,
    title: str,
    summary: str,
    command: str,
    filters: Sequence[str],
    picture: str | None,
) -> str:
    """The report as Markdown (GitHub-flavoured tables); every piece of data escaped."""
    lines = [
        f"# {md_escape(title)}",
        "",
        md_escape(summary),
        "",
        "## How this report was made",
        "",
        "    " + command.replace("\n", " "),
        "",
    ]
    lines += [f"- {md_escape(item)}" for item in filters]
    if picture:
        lines += ["", "## The subgraph", "", f"![picture of the subgraph]({picture})"]
    lines += ["", "## Relations and their evidence", ""]
    if not rows:
        return "\n".join([*lines, "No relations in this subgraph.", ""])
    lines += ["| source | relation | target | modality | evidence |", "|---|---|---|---|---|"]
    for row in rows:
        cited = "<br>".join(_md_citation(c) for c in row.citations) or "no evidence records"
        lines.append(
            f"| {md_escape(row.source)} | {md_escape(row.relation)} | {md_escape(row.target)} "
            f"| {md_escape(row.modality)} | {cited} |"
        )
    return "\n".join([*lines, ""])


def _md_citation(c: Citation) -> str:
    source = ", ".join(
        md_escape(p) for p in (c.outlet or "unknown outlet", c.date or "undated", c.title or "") if p
    )
    link = f", {md_link('link', c.url)}" if c.url else ""
    return f"“{md_escape(c.quote)}” ({source}{link})"
