"""The view without a browser: the page's data, the layout, the overview, the pictures, the command."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner
from view_graphs import EU, KAZ, RUS, SRB, VUCIC, hostile_graph, small_data, small_graph, synthetic

from geoalign.cli import cli
from graph.model import Label
from graph.store import open_store
from graph.subgraph import Cut, describe_cut
from graph.view import (
    LABEL_STYLE,
    STANCE_COLOURS,
    keep_most_connected,
    layout,
    render_html,
    view_payload,
    write_picture,
    write_view,
)


def test_payload_has_every_node_and_relation_with_its_evidence() -> None:
    g = small_graph()
    payload = view_payload(g)
    assert len(payload["nodes"]) == g.number_of_nodes() and len(payload["edges"]) == g.number_of_edges()
    ids = [info["id"] for info in payload["info"]]
    sanctions = next(
        rel
        for e, rel in zip(payload["edges"], payload["rels"], strict=True)
        if ids[e["from"]] == EU and ids[e["to"]] == RUS
    )
    assert sanctions["t"] == "SANCTIONS" and sanctions["s"] == "coerce"
    assert [ev["q"] for ev in sanctions["ev"]] == [
        "The EU imposed new sanctions on Russia.",
        "Brussels widened the sanctions list.",
    ]
    outlet, url = payload["sources"][sanctions["ev"][0]["src"]]
    assert outlet == "RFE/RL" and url.startswith("https://")


def test_legend_counts_labels_and_relation_types() -> None:
    legend = view_payload(small_graph())["legend"]
    assert {item["name"]: item["count"] for item in legend["labels"]} == {
        "Country": 4,
        "Person": 1,
        "Organization": 1,
        "Event": 1,
    }
    types = {item["name"]: item for item in legend["types"]}
    assert types["REJECTS"]["count"] == 2 and types["REJECTS"]["color"] == STANCE_COLOURS["reject"]
    assert types["ALLY_OF"]["color"] == STANCE_COLOURS["support"]
    assert types["HOLDS_OFFICE"]["color"] == STANCE_COLOURS["neutral"]
    assert [s["name"] for s in legend["stances"]] == ["support", "reject", "accuse", "coerce", "neutral"]


def test_nodes_are_styled_by_label_and_sized_by_degree() -> None:
    payload = view_payload(small_graph())
    by_id = {info["id"]: node for info, node in zip(payload["info"], payload["nodes"], strict=True)}
    assert (by_id[SRB]["color"], by_id[SRB]["shape"]) == LABEL_STYLE[Label.COUNTRY.value]
    assert by_id[VUCIC]["shape"] == LABEL_STYLE[Label.PERSON.value][1] != by_id[SRB]["shape"]
    assert by_id[RUS]["size"] > by_id[KAZ]["size"]  # Russia has 5 relations here, Kazakhstan 1


def test_negated_only_relations_are_dashed_and_marked() -> None:
    payload = view_payload(small_graph())
    negated = [(e, r) for e, r in zip(payload["edges"], payload["rels"], strict=True) if r["t"] == "INVADED"]
    assert len(negated) == 1
    edge, rel = negated[0]
    assert (
        edge["dashes"] is True
        and edge["arrows"] == "to"
        and rel["claimed"] is False
        and rel["ev"][0]["m"] == "negated"
    )


def test_parallel_edges_are_bent_apart() -> None:
    payload = view_payload(small_graph())
    ids = [info["id"] for info in payload["info"]]
    between = [e for e in payload["edges"] if {ids[e["from"]], ids[e["to"]]} == {SRB, RUS}]
    assert len(between) == 2
    assert sorted(e["smooth"]["roundness"] for e in between) == [0.15, 0.35]


def test_large_graphs_keep_the_most_connected_nodes_and_say_so() -> None:
    g = synthetic(300, 600)
    payload = view_payload(g, max_nodes=100)
    assert len(payload["nodes"]) == 100 and payload["total"]["nodes"] == 300
    kept = {info["id"] for info in payload["info"]}
    lowest_kept = min(g.degree(n) for n in kept)
    assert all(g.degree(n) <= lowest_kept for n in set(g) - kept)
    note = payload["notes"][0]
    for hint in ("100 most connected of 300", "--around", "--max-nodes", "GEXF"):
        assert hint in note
    assert keep_most_connected(g, None) is g


def test_layout_is_seeded_stable_and_spread_out() -> None:
    g = synthetic(400, 800)
    first, again, other = layout(g, seed=3).pos, layout(g, seed=3).pos, layout(g, seed=4).pos
    assert first == again
    assert first != other
    xy = np.array(list(first.values()))
    assert np.isfinite(xy).all()
    assert len({(round(x), round(y)) for x, y in xy}) == len(xy)  # no two nodes stacked


def test_layout_handles_tiny_and_edgeless_graphs() -> None:
    assert layout(nx.MultiDiGraph()).pos == {}
    assert len(layout(_isolated(1)).pos) == 1
    assert len(set(layout(_isolated(5)).pos.values())) == 5


def _isolated(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_nodes_from(f"n{i}" for i in range(n))
    return g


def test_layout_puts_neighbours_closer_than_strangers() -> None:
    g = nx.MultiDiGraph(nx.grid_2d_graph(12, 12))
    g = nx.relabel_nodes(g, {n: f"{n[0]}-{n[1]}" for n in g})
    pos = {n: np.array(p) for n, p in layout(g, seed=0).pos.items()}
    edge = np.median([np.linalg.norm(pos[u] - pos[v]) for u, v in g.edges()])
    far = np.linalg.norm(pos["0-0"] - pos["11-11"])
    assert far > 6 * edge  # the grid is unfolded, not crumpled


def test_small_graphs_start_with_physics_and_big_ones_as_an_overview() -> None:
    small = view_payload(small_graph())
    assert small["mode"] == "physics" and small["options"]["physics"]["enabled"] is True
    assert small["clusters"] == []
    g = synthetic(700, 1800)
    static = view_payload(g)
    assert static["mode"] == "static" and static["options"]["physics"]["enabled"] is False
    assert static["options"]["interaction"]["hideEdgesOnDrag"] is True
    big = view_payload(g, overview_min=500)
    assert big["mode"] == "overview" and big["notes"][0].startswith("Overview: 700 nodes grouped into")
    members = sorted(v for c in big["clusters"] for v in c["members"])
    assert members == list(range(700))  # every node is in exactly one community
    first = big["clusters"][0]
    assert first["node"]["id"] == "c0" and first["node"]["label"].startswith(first["top"][0])
    assert first["node"]["color"]["background"] == STANCE_COLOURS[first["stance"]]


def _page(g: nx.MultiDiGraph) -> str:
    return render_html(view_payload(g, title="<script>window.__xss=1</script>"))


def _csp(page: str) -> str:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert found
    return html.unescape(found.group(1))


def test_page_requests_nothing_from_outside() -> None:
    page = _page(small_graph())
    assert not re.search(r"""(src|href|action|poster|data)\s*=\s*["']?\s*(https?:|//)""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:|//)", page, re.I)
    assert "default-src 'none'" in _csp(page) and "connect-src 'none'" in _csp(page)


def test_csp_hashes_match_the_inline_scripts() -> None:
    page = _page(small_graph())
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # vis-network and geoalign's script
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in _csp(page)
    assert "vis-network" in scripts[0]


def test_article_text_never_reaches_the_page_as_markup() -> None:
    page = _page(hostile_graph())
    data = page.split('<script id="geoalign-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data  # every angle bracket travels as \\u003c / \\u003e
    assert "\\u003cscript\\u003ewindow.__xss" in data and "javascript:window.__xss" in data
    assert page.count("</script>") == 3  # the data element, vis-network and geoalign's script
    assert "<title>&lt;script&gt;window.__xss=1&lt;/script&gt;</title>" in page
    assert '<h1 id="title">&lt;script&gt;' in page


def test_write_view_reports_what_it_wrote(tmp_path: Path) -> None:
    summary = write_view(synthetic(120, 200), tmp_path / "v.html", max_nodes=50)
    assert (summary.nodes, summary.total_nodes, summary.truncated) == (50, 120, True)
    assert "50 most connected of 120" in str(summary)
    assert (tmp_path / "v.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_describe_cut_lists_every_filter() -> None:
    cut = Cut(
        types=frozenset({"SANCTIONS"}),
        labels=frozenset({"Country"}),
        until="2023-01-01",
        include_negated=True,
        node_ids=frozenset({"a", "b"}),
    )
    assert describe_cut(cut) == [
        "Relation types: SANCTIONS.",
        "Node labels: Country.",
        "Evidence dated to 2023-01-01 and undated evidence.",
        "Includes relations stated only as negated or hypothetical (dashed).",
        "Limited to the 2 nodes of a saved query's result.",
    ]


def test_pictures_have_a_legend_and_escape_names(tmp_path: Path) -> None:
    png = write_picture(small_graph(), tmp_path / "v.png", title="Serbia")
    assert png.path.read_bytes().startswith(b"\x89PNG")
    svg_path = tmp_path / "v.svg"
    write_picture(hostile_graph(), svg_path, title="<script>alert(1)</script>")
    text = svg_path.read_text(encoding="utf-8")
    ET.fromstring(text)  # well-formed: no name or title broke out of its element
    assert "<script" not in text and "onerror" not in text.replace("&", "")
    small_svg = tmp_path / "small.svg"
    write_picture(small_graph(), small_svg, title="Serbia")
    assert (
        small_svg.read_bytes()
        == write_picture(small_graph(), tmp_path / "again.svg", title="Serbia").path.read_bytes()
    )
    with pytest.raises(ValueError, match=r"png or \.svg"):
        write_picture(small_graph(), tmp_path / "v.gif")


def test_view_command_writes_the_page_and_pictures(tmp_path: Path) -> None:
    store_path = tmp_path / "g.lbug"
    with open_store(str(store_path)) as store:
        data = small_data()
        store.add([*data.entities, *data.articles, *data.relations])
    out, png, svg = tmp_path / "v.html", tmp_path / "v.png", tmp_path / "v.svg"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "--store",
            str(store_path),
            "view",
            "--out",
            str(out),
            "--png",
            str(png),
            "--svg",
            str(svg),
            "--around",
            "Serbia",
            "--since",
            "2022-01-01",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("wrote ") == 3
    html = out.read_text(encoding="utf-8")
    assert "Around Serbia, 1 hop." in html and "Evidence dated from 2022-01-01 and undated evidence." in html
    assert png.stat().st_size > 0 and svg.stat().st_size > 0


def test_view_command_turns_domain_errors_into_messages(tmp_path: Path) -> None:
    store_path = tmp_path / "g.lbug"
    with open_store(str(store_path)) as store:
        data = small_data()
        store.add([*data.entities, *data.relations])
    runner = CliRunner()
    unknown = runner.invoke(
        cli, ["--store", str(store_path), "view", "--out", str(tmp_path / "x.html"), "--around", "Atlantis"]
    )
    assert unknown.exit_code == 1 and "no node named 'Atlantis'" in unknown.output
    orphan = runner.invoke(cli, ["--store", str(store_path), "view", "--param", "actor=Russia"])
    assert orphan.exit_code == 2 and "--param needs --query" in orphan.output


def test_view_of_a_saved_query_keeps_only_its_nodes(tmp_path: Path) -> None:
    store_path = tmp_path / "g.lbug"
    with open_store(str(store_path)) as store:
        data = small_data()
        store.add([*data.entities, *data.relations])
    out = tmp_path / "allies.html"
    result = CliRunner().invoke(
        cli,
        [
            "--store",
            str(store_path),
            "view",
            "--out",
            str(out),
            "--query",
            "allies",
            "--param",
            "actor=Russia",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and ": 2 nodes" in result.output  # Russia and its ally Serbia
    assert "saved query &#39;allies&#39;, actor=Russia" in out.read_text(encoding="utf-8")
