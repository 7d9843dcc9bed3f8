"""The page's vis-network data, built with pyvis: nodes, edges, cluster nodes, options, library files.

The only module that imports pyvis. pyvis' ``Network`` builds the records (``add_node``,
``add_edge``, ``set_options``, ``get_network_data``); its packaged vis-network 9.1.2 is inlined into
geoalign's own page (pyvis' stock template loads Bootstrap and tom-select from CDNs and writes
tooltips with innerHTML).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import networkx as nx
from pyvis.network import Network
from pyvis.node import Node

from graph.view.overview import Cluster
from graph.view.style import STANCE_COLOURS, font_size, label_style, node_size, short, stance_of

VIS_DIR = "templates/lib/vis-9.1.2"
BIG = 300  # above this many drawn items: labels only when zoomed in, edges hidden while dragging


class _Ids(list[Hashable]):
    """pyvis looks node ids up in a list; a set beside it keeps 10,000-node views linear."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Hashable] = set()

    def append(self, item: Hashable) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def vis_library() -> tuple[str, str]:
    """(JavaScript, CSS) of the vis-network that pyvis ships."""
    folder = resources.files("pyvis") / VIS_DIR
    return (
        (folder / "vis-network.min.js").read_text(encoding="utf-8"),
        (folder / "vis-network.css").read_text(encoding="utf-8"),
    )


def network_data(
    g: nx.MultiDiGraph,
    nodes: Sequence[Hashable],
    edges: Sequence[tuple[Hashable, Hashable, Any, Mapping[str, Any]]],
    pos: Mapping[Hashable, tuple[float, float]],
    *,
    physics: bool,
    seed: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """vis-network's node and edge records (ids are list positions) and the network's options."""
    net = Network(directed=True)
    net.node_ids = _Ids()
    index = {n: i for i, n in enumerate(nodes)}
    for n, i in index.items():
        data = g.nodes[n]
        colour, shape = label_style(str(data.get("label", "")))
        x, y = pos[n]
        net.add_node(
            i,
            label=short(str(data.get("name") or n)),
            shape=shape,
            color=colour,
            size=node_size(g.degree(n)),
            font={"size": font_size(g.degree(n))},
            x=x,
            y=y,
        )
    for u, v, _, d in edges:
        net.add_edge(index[u], index[v], **_edge_options(d))
    _curve_parallel_edges(net.edges)
    net.set_options(json.dumps(options(len(nodes), physics=physics, seed=seed)))
    vis_nodes, vis_edges, _, _, _, opts = net.get_network_data()
    return vis_nodes, vis_edges, json.loads(opts)


def cluster_nodes(found: Iterable[Cluster]) -> list[dict[str, Any]]:
    """The overview's cluster nodes (ids ``c0``, ``c1`` …), coloured by their dominant stance."""
    return [
        dict(
            Node(
                f"c{i}",
                "dot",
                label=c.label,
                color={"background": STANCE_COLOURS[c.stance], "border": "#222222"},
                # as big as the disc its members will fill, so the overview reads at the same zoom
                size=round(max(20.0, 0.5 * c.radius), 1),
                borderWidth=3,
                font={"size": round(max(16.0, 4 * math.sqrt(c.radius)))},
                x=c.x,
                y=c.y,
            ).options
        )
        for i, c in enumerate(found)
    ]


def options(n_nodes: int, *, physics: bool, seed: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises then stops for small graphs, none for big ones."""
    big = n_nodes > BIG
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": seed},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "springLength": 110, "avoidOverlap": 0.3},
            "stabilization": {"enabled": physics, "iterations": 300, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": True,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": True,
            "dragNodes": True,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"strokeWidth": 3, "strokeColor": "#ffffff"},
            # labels appear once they would be drawn at this many pixels: zoom in to read a dense graph
            "scaling": {"label": {"drawThreshold": 9 if big else 5}},
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "arrowStrikethrough": False,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
    }


def _edge_options(d: Mapping[str, Any]) -> dict[str, Any]:
    evidence = d.get("evidence") or []
    out: dict[str, Any] = {
        "color": STANCE_COLOURS[stance_of(str(d["type"]))],
        "width": round(1 + math.log2(max(1, len(evidence))), 2),
    }
    if not d.get("claimed", True):
        out["dashes"] = True
    return out


def _curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Bend edges that share both ends (either direction), so each one can be seen and hovered."""
    by_pair: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for e in edges:
        by_pair[(min(e["from"], e["to"]), max(e["from"], e["to"]))].append(e)
    for group in by_pair.values():
        if len(group) < 2:
            continue
        seen: Counter[tuple[int, int]] = Counter()
        for e in group:
            k = seen[(e["from"], e["to"])]
            seen[(e["from"], e["to"])] += 1
            e["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 + 0.2 * k, 2)}
