"""The vis-network view in headless Chromium: offline, draggable, searchable, inert to hostile text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from view_graphs import EU, KAZ, RUS, SRB, VUCIC, hostile_graph, small_graph, synthetic
from view_page import OpenedView

pytestmark = pytest.mark.browser

Open = Callable[..., OpenedView]


def assert_clean(view: OpenedView) -> None:
    assert view.requests == [view.url], "the page made requests of its own"
    assert view.blocked == []
    assert view.console_errors == []
    assert view.dialogs == []


def test_page_is_offline_draws_every_node_and_shows_the_legend(open_view: Open) -> None:
    g = small_graph()
    view = open_view(g, name="small", title="Serbia, Russia and the referendums")
    assert view.drawn() == g.number_of_nodes()
    legend = view.page.locator("#legend-labels li").all_inner_texts()
    assert [" ".join(item.split()) for item in legend] == [
        "Country 4",
        "Person 1",
        "Organization 1",
        "Event 1",
    ]
    assert view.page.locator("#legend-types li[data-name=REJECTS] .count").inner_text() == "2"
    assert view.page.locator("#summary").inner_text() == "7 nodes · 8 relations"
    view.screenshot("view-small")
    assert_clean(view)


def test_large_graph_keeps_the_most_connected_nodes_and_says_so(open_view: Open) -> None:
    view = open_view(synthetic(300, 700), name="large", max_nodes=200)
    assert view.drawn() == 200
    note = view.page.locator("#notes").inner_text()
    assert "200 most connected of 300 nodes" in note and "--around" in note and "GEXF" in note
    assert_clean(view)


def test_big_graph_opens_as_an_overview_and_a_click_opens_a_community(open_view: Open) -> None:
    g = synthetic(900, 2400)
    view = open_view(g, name="overview", overview_min=500)
    clusters = view.js("window.geoalign.data.clusters.length")
    assert clusters > 1 and view.drawn() == clusters
    assert "Overview: 900 nodes grouped into" in view.page.locator("#notes").inner_text()
    assert f"overview of {clusters} communities" in view.page.locator("#summary").inner_text()
    view.screenshot("view-overview")
    size = view.js("window.geoalign.data.clusters[0].members.length")
    view.page.mouse.click(*view.js("window.geoalign.clientPosition('c0')").values())
    assert view.drawn() == clusters - 1 + size
    assert "(1 open)" in view.page.locator("#summary").inner_text()
    view.screenshot("view-overview-open")
    # search finds a node inside a closed community and opens it
    closed = view.js("window.geoalign.data.clusters[1].members[0]")
    name = view.js("v => window.geoalign.data.info[v].n", closed)
    view.page.fill("#search", name)
    view.page.press("#search", "Enter")
    assert view.page.locator("#panel h2").inner_text() == name
    assert "(2 open)" in view.page.locator("#summary").inner_text()
    view.page.click("#collapse")
    assert view.drawn() == clusters
    assert_clean(view)


def test_nodes_drag_into_place_and_physics_switches(open_view: Open) -> None:
    view = open_view(small_graph())
    assert view.page.locator("#physics").is_checked() is False  # stabilised, then stopped
    before = view.js("window.geoalign.network.getPositions()")
    x, y = view.node_point(KAZ)
    view.page.mouse.move(x, y)
    view.page.mouse.down()
    view.page.mouse.move(x + 60, y + 40, steps=8)
    view.page.mouse.up()
    after = view.js("window.geoalign.network.getPositions()")
    kaz = str(view.node_index(KAZ))
    scale = view.js("window.geoalign.network.getScale()")
    assert after[kaz]["x"] - before[kaz]["x"] == pytest.approx(60 / scale, rel=0.2)
    assert after[kaz]["y"] - before[kaz]["y"] == pytest.approx(40 / scale, rel=0.2)
    others = [k for k in before if k != kaz]
    assert all(before[k] == after[k] for k in others)  # physics is off: nothing else moved
    view.page.check("#physics")
    assert view.js("window.geoalign.network.physics.physicsEnabled") is True
    view.page.uncheck("#physics")
    assert view.js("window.geoalign.network.physics.physicsEnabled") is False
    assert view.page.locator(".vis-navigation .vis-button").count() >= 7  # zoom, pan and fit buttons
    assert_clean(view)


def test_search_by_alias_focuses_the_node(open_view: Open) -> None:
    view = open_view(small_graph())
    before = view.js("window.geoalign.camera()")
    view.page.fill("#search", "srbija")
    assert view.page.locator("#search-results li").first.inner_text().startswith("Serbia")
    view.page.press("#search", "Enter")
    assert view.js("window.geoalign.selection().nodes") == [view.node_index(SRB)]
    box = view.page.locator("#graph").bounding_box()
    x, y = view.node_point(SRB)
    assert abs(x - (box["x"] + box["width"] / 2)) < 2 and abs(y - (box["y"] + box["height"] / 2)) < 2
    assert view.page.locator("#panel h2").inner_text() == "Serbia"
    view.page.fill("#search", "vucic")  # accents do not matter
    view.page.press("#search", "Enter")
    assert view.page.locator("#panel h2").inner_text() == "Aleksandar Vučić"
    view.page.keyboard.press("Escape")  # deselecting returns to the full view
    assert not view.page.locator("#panel").is_visible()
    after = view.js("window.geoalign.camera()")
    assert after == pytest.approx(before)
    assert view.drawn() == 7
    assert_clean(view)


def test_clicking_a_node_highlights_its_neighbourhood_and_lists_evidence(open_view: Open) -> None:
    view = open_view(small_graph())
    view.page.mouse.click(*view.node_point(RUS))
    panel = view.page.locator("#panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert (
        "The EU imposed new sanctions on Russia." in text and "Brussels widened the sanctions list." in text
    )
    assert "RFE/RL" in text and "2022-10-06" in text
    assert "Russia did not invade Ukraine" in text and "negated" in text
    links = panel.locator("a").evaluate_all("els => els.map(a => a.href)")
    assert links and all(href.startswith("https://www.rferl.org/") for href in links)
    assert view.js("window.geoalign.dimNodeCount()") == 2  # Kazakhstan and Vučić are not next to Russia
    view.screenshot("view-focus-russia")
    view.page.select_option("#depth", "2")
    assert view.js("window.geoalign.dimNodeCount()") == 0
    view.page.check("#ego-only")
    view.page.select_option("#depth", "1")
    assert view.js("window.geoalign.visibleNodeCount()") == 5
    view.page.uncheck("#ego-only")
    panel_left = view.page.locator("#panel").bounding_box()["x"]
    other = min((SRB, KAZ, EU, VUCIC), key=lambda n: view.node_point(n)[0])  # one the panel leaves free
    assert view.node_point(other)[0] < panel_left
    view.page.keyboard.down("Control")  # multi-select: Ctrl-click adds a second node
    view.page.mouse.click(*view.node_point(other))
    view.page.keyboard.up("Control")
    assert sorted(view.js("window.geoalign.selection().nodes")) == sorted(
        [view.node_index(RUS), view.node_index(other)]
    )
    # a click on empty canvas (top left, away from the navigation buttons) deselects
    box = view.page.locator("#graph").bounding_box()
    view.page.mouse.click(box["x"] + 5, box["y"] + 5)
    assert not panel.is_visible()
    assert view.js("window.geoalign.dimNodeCount()") == 0
    assert view.js("window.geoalign.selection().nodes") == []
    assert view.js("window.geoalign.visibleNodeCount()") == 7
    assert_clean(view)


def test_edge_tooltip_shows_every_quote(open_view: Open) -> None:
    view = open_view(small_graph())
    k = view.js(
        "([a, b]) => window.geoalign.data.edges.findIndex(e => e.from === a && e.to === b)",
        [view.node_index(EU), view.node_index(RUS)],
    )
    point = view.js("k => window.geoalign.edgeClientPoint(k)", k)
    view.page.mouse.move(point["x"], point["y"])
    tooltip = view.page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    assert "European Union —SANCTIONS→ Russia" in text
    assert (
        "The EU imposed new sanctions on Russia." in text and "Brussels widened the sanctions list." in text
    )
    view.page.mouse.click(point["x"], point["y"])
    assert "SANCTIONS" in view.page.locator("#panel h2").inner_text()
    assert_clean(view)


def test_filters_by_label_type_date_and_confidence(open_view: Open) -> None:
    view = open_view(small_graph())
    view.page.click("#legend-labels li[data-name=Country]")
    assert view.drawn() == 3
    view.page.click("#legend-labels li[data-name=Country]")
    assert view.drawn() == 7
    view.page.click("#legend-types li[data-name=SANCTIONS]")
    assert view.drawn() == 6  # the EU had only its sanctions
    view.page.click("#reset")
    view.page.fill("#since", "2022-09-01")
    view.page.dispatch_event("#since", "change")
    # left: the referendum rejections and Russia organising it (September), EU sanctions, Vučić's office
    assert view.drawn() == 6 and view.page.locator("#summary").inner_text().endswith("relations shown)")
    view.page.click("#reset")
    view.page.eval_on_selector(
        "#confidence", "el => { el.value = '0.8'; el.dispatchEvent(new Event('input')); }"
    )
    assert view.js("window.geoalign.hiddenEdgeCount()") == 2  # the 0.5 alliance and the 0.6 meeting
    view.page.click("#reset")
    assert view.drawn() == 7
    assert_clean(view)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_names_quotes_and_links_execute_nothing(open_view: Open, csp: bool) -> None:
    g = hostile_graph()
    view = open_view(g, name=f"hostile-{csp}", csp=csp, title="<script>window.__xss='title'</script>")
    n_nodes, n_edges = g.number_of_nodes(), g.number_of_edges()
    for v in range(n_nodes):  # hover and click every node
        p = view.js("v => window.geoalign.clientPosition(v)", v)
        view.page.mouse.move(p["x"], p["y"])
        view.page.mouse.click(p["x"], p["y"])
        assert view.page.locator("#panel").is_visible()
    for k in range(n_edges):  # hover and click every edge
        p = view.js("k => window.geoalign.edgeClientPoint(k)", k)
        view.page.mouse.move(p["x"], p["y"])
        view.page.mouse.click(p["x"], p["y"])
    view.page.fill("#search", "<img")
    view.page.press("#search", "Enter")
    panel_text = view.page.locator("#panel").inner_text()
    assert "<img src=x onerror=" in panel_text  # shown as text
    hrefs = view.js("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    assert view.page.locator("#panel .url-text").count() >= 1  # javascript: URLs shown as text
    assert view.page.locator("#title").inner_text() == "<script>window.__xss='title'</script>"
    assert view.js("typeof window.__xss") == "undefined"
    assert view.js("document.querySelectorAll('img, iframe, object, embed, svg').length") == 0
    assert view.js("document.scripts.length") == 3  # the data, vis-network and geoalign's script
    view.screenshot(f"view-hostile-{'csp' if csp else 'no-csp'}")
    assert_clean(view)
