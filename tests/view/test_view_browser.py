"""The view in real headless Chromium: offline, drawn, searchable, clickable, and inert to hostile text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from view_graphs import EU, RUS, SRB, hostile_graph, small_graph, synthetic
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
    view = open_view(synthetic(2500, 6000), name="large")
    assert view.drawn() == 2000
    note = view.page.locator("#notes").inner_text()
    assert "2,000 most connected of 2,500 nodes" in note and "--around" in note and "GEXF" in note
    view.screenshot("view-2000-of-2500")
    assert_clean(view)


def test_search_by_alias_focuses_the_node(open_view: Open) -> None:
    view = open_view(small_graph())
    before = view.js("window.geoalign.renderer.camera()")
    view.page.fill("#search", "srbija")
    assert view.page.locator("#search-results li").first.inner_text().startswith("Serbia")
    view.page.press("#search", "Enter")
    assert view.js("window.geoalign.renderer.selection().node") == view.node_index(SRB)
    cam = view.js("window.geoalign.renderer.camera()")
    box = view.page.locator("#graph").bounding_box()
    x, y = view.node_point(SRB)
    assert abs(x - (box["x"] + cam["width"] / 2)) < 2 and abs(y - (box["y"] + cam["height"] / 2)) < 2
    assert view.page.locator("#panel h2").inner_text() == "Serbia"
    view.page.fill("#search", "vucic")  # accents do not matter
    view.page.press("#search", "Enter")
    assert view.page.locator("#panel h2").inner_text() == "Aleksandar Vučić"
    view.page.keyboard.press("Escape")  # deselecting returns to the full view
    assert not view.page.locator("#panel").is_visible()
    after = view.js("window.geoalign.renderer.camera()")
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
    counts = view.js("window.geoalign.renderer.counts()")
    assert counts["dimNodes"] == 2  # Kazakhstan and Vučić are not next to Russia
    view.screenshot("view-focus-russia")
    view.page.select_option("#depth", "2")
    assert view.js("window.geoalign.renderer.counts()")["dimNodes"] == 0
    view.page.check("#ego-only")
    view.page.select_option("#depth", "1")
    assert view.js("window.geoalign.visibleNodeCount()") == 5
    view.page.uncheck("#ego-only")
    # a click on empty canvas deselects and brings the full view back
    box = view.page.locator("#graph").bounding_box()
    view.page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)
    assert not panel.is_visible()
    assert view.js("window.geoalign.renderer.counts()")["dimNodes"] == 0
    assert view.js("window.geoalign.renderer.selection().node") == -1
    assert view.js("window.geoalign.visibleNodeCount()") == 7
    assert_clean(view)


def test_edge_tooltip_shows_every_quote(open_view: Open) -> None:
    view = open_view(small_graph())
    k = view.js(
        "([a, b]) => window.geoalign.data.edges.findIndex(e => e.from === a && e.to === b)",
        [view.node_index(EU), view.node_index(RUS)],
    )
    point = view.js("k => window.geoalign.renderer.edgeClientPoint(k)", k)
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
    counts = view.js("window.geoalign.renderer.counts()")
    assert counts["hiddenEdges"] == 2  # the 0.5 alliance and the 0.6 meeting
    view.page.click("#reset")
    assert view.drawn() == 7
    assert_clean(view)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_names_quotes_and_links_execute_nothing(open_view: Open, csp: bool) -> None:
    g = hostile_graph()
    view = open_view(g, name=f"hostile-{csp}", csp=csp, title="<script>window.__xss='title'</script>")
    n_nodes, n_edges = g.number_of_nodes(), g.number_of_edges()
    for v in range(n_nodes):  # hover and click every node
        p = view.js("v => window.geoalign.renderer.clientPosition(v)", v)
        view.page.mouse.move(p["x"], p["y"])
        view.page.mouse.click(p["x"], p["y"])
        assert view.page.locator("#panel").is_visible()
    for k in range(n_edges):  # hover and click every edge
        p = view.js("k => window.geoalign.renderer.edgeClientPoint(k)", k)
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
    assert view.js("document.scripts.length") == 2
    view.screenshot(f"view-hostile-{'csp' if csp else 'no-csp'}")
    assert_clean(view)
