"""Benchmark of the HTML view: build time, file size and time to first interactive frame in Chromium.

Compares, at 1,000 nodes / 3,000 relations and 10,000 / 30,000:

* ``geoalign``: ``geoalign view``'s page (vis-network through pyvis, seeded networkx layout; above
  2,000 nodes an overview of communities that open on click);
* ``geoalign all nodes``: the same page with the overview turned off (every node drawn at once), at
  2,000 and 10,000 nodes: where the first frame passes 2 s is where the overview starts;
* ``vis precomputed``: pyvis' stock vis-network page given the same positions, physics off;
* ``vis physics``: pyvis' stock page as it comes (layout by vis-network physics in the browser).

The first interactive frame is the first frame painted with the main thread free again, measured
from navigation start (``performance.now()``), in a fresh headless Chromium profile each time.
Requests leaving the page (pyvis' stock template asks a CDN for Bootstrap) are aborted.

Run: ``.venv/bin/python bench/bench_view.py`` (``--quick`` skips vis physics at 10k, ``--runs N``).
Prints a table, then one JSON line with ``view_10k_first_frame_s`` and ``view_10k_html_mb``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.tables import format_table  # noqa: E402
from graph.model import Entity, Evidence, Label, Relation  # noqa: E402
from graph.store.base import GraphData  # noqa: E402
from graph.subgraph import to_networkx  # noqa: E402
from graph.view import OVERVIEW_MIN, render_html, view_payload  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# pyvis' stock page, instrumented: the same first-frame marks as ours, set by vis-network's first draw.
MARK = (
    'network.once("afterDrawing", function () { window.geoalignFirstFrame = performance.now(); '
    "requestAnimationFrame(function () { setTimeout(function () { "
    "window.geoalignReady = performance.now(); }, 0); }); });"
)


@dataclass
class Row:
    page: str
    layout: str
    nodes: int
    edges: int
    build_s: float
    html_mb: float
    first_frame_s: float | None  # None: no frame within the time limit
    limit_s: float

    def cells(self) -> list[str]:
        frame = (
            f"{self.first_frame_s:.2f}" if self.first_frame_s is not None else f"> {self.limit_s:.0f} (none)"
        )
        return [
            self.page,
            self.layout,
            f"{self.nodes:,}",
            f"{self.edges:,}",
            f"{self.build_s:.2f}",
            f"{self.html_mb:.1f}",
            frame,
        ]


def news_like(n_nodes: int, n_edges: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A synthetic graph shaped like the news graph: a few heavy hubs, one quote per relation."""
    rng = random.Random(seed)
    labels = [Label.COUNTRY, Label.PERSON, Label.ORGANIZATION, Label.EVENT, Label.REGION, Label.AGREEMENT]
    entities = [Entity(f"{labels[i % 6].value}:n{i}", labels[i % 6], f"Node {i}") for i in range(n_nodes)]
    types = ["SUPPORTS", "REJECTS", "CRITICIZES", "SANCTIONS", "REQUESTS", "CONDEMNS"]
    outlets = [(f"Outlet {i}", f"https://news{i}.example/article") for i in range(50)]
    seen: set[tuple[int, int, str]] = set()
    relations: list[Relation] = []
    while len(relations) < n_edges:
        hub = rng.random() < 0.5
        u = min(int(rng.paretovariate(1.2)) - 1, n_nodes - 1) if hub else rng.randrange(n_nodes)
        v, t = rng.randrange(n_nodes), rng.choice(types)
        if u == v or (u, v, t) in seen:
            continue
        seen.add((u, v, t))
        outlet, url = outlets[rng.randrange(len(outlets))]
        ev = Evidence(
            article=f"Article:{len(relations) % 3000}",
            quote=f"Sentence {len(relations)} of the article.",
            date=f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            confidence=round(rng.random(), 2),
            outlet=outlet,
            url=url,
        )
        relations.append(Relation(entities[u].id, t, entities[v].id, (ev,)))
    return to_networkx(GraphData(entities, [], relations))


def geoalign_page(g: nx.MultiDiGraph, *, overview: bool = True) -> tuple[str, float]:
    start = time.perf_counter()
    html = render_html(view_payload(g, max_nodes=None, overview_min=OVERVIEW_MIN if overview else 10**9))
    return html, time.perf_counter() - start


def pyvis_page(g: nx.MultiDiGraph, *, positions: bool) -> tuple[str, float]:
    """pyvis' own template (cdn_resources="in_line") for the same nodes and edges."""
    from pyvis.network import Network

    start = time.perf_counter()
    payload = view_payload(g, max_nodes=None)  # the same records; positions only when asked
    net = Network(height="900px", directed=True, cdn_resources="in_line")
    keep = ("id", "label", "shape", "color", "size") + (("x", "y") if positions else ())
    net.nodes = [{k: n[k] for k in keep} for n in payload["nodes"]]
    net.node_ids = [n["id"] for n in net.nodes]
    net.edges = [
        {"from": e["from"], "to": e["to"], "color": e["color"], "arrows": "to"} for e in payload["edges"]
    ]
    if positions:
        net.toggle_physics(False)
        net.set_edge_smooth("continuous")
    html = net.generate_html()
    marker = "network = new vis.Network(container, data, options);"
    assert marker in html, "pyvis' template changed"
    html = html.replace(marker, marker + "\n" + MARK, 1)
    return html, time.perf_counter() - start


def first_frame(html_path: Path, limit_s: float) -> float | None:
    """Seconds from navigation start to the first interactive frame, in a fresh Chromium profile."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    url = html_path.as_uri()
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        try:
            page = context.new_page()
            page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
            page.goto(url, wait_until="commit")
            try:
                page.wait_for_function("() => window.geoalignReady !== undefined", timeout=limit_s * 1000)
            except PlaywrightTimeout:
                return None
            return float(page.evaluate("window.geoalignReady")) / 1000
        finally:
            context.close()


def measure(
    name: str,
    layout: str,
    g: nx.MultiDiGraph,
    html: str,
    build_s: float,
    out: Path,
    *,
    runs: int,
    limit_s: float,
) -> Row:
    path = out / f"{name.replace(' ', '-')}-{g.number_of_nodes()}.html"
    path.write_text(html, encoding="utf-8")
    frames = [first_frame(path, limit_s) for _ in range(runs)]
    done = [f for f in frames if f is not None]
    frame = statistics.median(done) if len(done) == len(frames) else None
    return Row(
        name,
        layout,
        g.number_of_nodes(),
        g.number_of_edges(),
        build_s,
        path.stat().st_size / 1e6,
        frame,
        limit_s,
    )


def run(
    *, runs: int = 3, quick: bool = False, physics_limit_s: float = 60.0, compare: bool = True
) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for n in (1000, 2000, 10_000):
            g = news_like(n, 3 * n)
            html, build = geoalign_page(g)
            how = "overview (communities)" if n > OVERVIEW_MIN else "every node"
            rows.append(measure("geoalign", how, g, html, build, out, runs=runs, limit_s=30))
            if n >= OVERVIEW_MIN:
                html, build = geoalign_page(g, overview=False)
                rows.append(
                    measure("geoalign all nodes", "every node", g, html, build, out, runs=runs, limit_s=60)
                )
            if not compare or n == 2000:
                continue
            html, build = pyvis_page(g, positions=True)
            rows.append(
                measure(
                    "vis precomputed", "precomputed, physics off", g, html, build, out, runs=runs, limit_s=60
                )
            )
            if not (quick and n > 1000):
                html, build = pyvis_page(g, positions=False)
                rows.append(
                    measure(
                        "vis physics",
                        "physics in browser",
                        g,
                        html,
                        build,
                        out,
                        runs=1,
                        limit_s=physics_limit_s,
                    )
                )
    return rows


def table(rows: list[Row]) -> str:
    head = ["page", "layout", "nodes", "edges", "build s", "HTML MB", "first frame s"]
    return format_table(head, [r.cells() for r in rows])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="page loads per measurement (median)")
    parser.add_argument("--quick", action="store_true", help="skip vis-network physics at 10k nodes")
    parser.add_argument("--ours-only", action="store_true", help="skip the vis-network comparison pages")
    parser.add_argument("--physics-limit", type=float, default=60.0, help="seconds to wait for vis physics")
    args = parser.parse_args(argv)
    rows = run(
        runs=args.runs, quick=args.quick, physics_limit_s=args.physics_limit, compare=not args.ours_only
    )
    print(table(rows))
    ours = {r.nodes: r for r in rows if r.page == "geoalign"}
    summary = {
        "view_10k_first_frame_s": ours[10_000].first_frame_s,
        "view_10k_html_mb": round(ours[10_000].html_mb, 2),
        "view_10k_build_s": round(ours[10_000].build_s, 2),
        "view_1k_first_frame_s": ours[1000].first_frame_s,
        "view_1k_html_mb": round(ours[1000].html_mb, 2),
        "view_2k_first_frame_s": ours[2000].first_frame_s,
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
