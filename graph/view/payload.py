"""Everything the page needs, as JSON-ready data: vis-network records, evidence, legend, clusters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from graph.model import RELATIONS, Evidence, Modality
from graph.view.layout import layout
from graph.view.network import cluster_nodes, network_data
from graph.view.overview import OVERVIEW_MIN, clusters
from graph.view.style import STANCE_COLOURS, label_order, label_style, stance_of

DEFAULT_MAX_NODES = 10_000  # a 10,000-node page is about 8 MB
PHYSICS_MAX = 200  # up to this many nodes the page starts with physics on, until it stabilises


def keep_most_connected(g: nx.MultiDiGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The subgraph on the ``max_nodes`` nodes of highest degree (ties by id); all of ``g`` if it fits.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("d", "e")])
    >>> sorted(keep_most_connected(g, 2).nodes)
    ['a', 'b']
    """
    if not max_nodes or g.number_of_nodes() <= max_nodes:
        return g
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), str(n)))
    return g.subgraph(ranked[:max_nodes]).copy()


def truncation_note(shown: int, total: int) -> str:
    """The sentence a view shows when it kept only the most connected nodes."""
    return (
        f"Showing the {shown:,} most connected of {total:,} nodes. To see the rest, narrow the view "
        f"with --around NAME --depth N, --types, --labels or --since/--until, raise --max-nodes, "
        f"or export GEXF for Gephi (geoalign export --format gexf)."
    )


def overview_note(n_clusters: int, n_nodes: int) -> str:
    """The sentence an overview page shows."""
    return (
        f"Overview: {n_nodes:,} nodes grouped into {n_clusters:,} communities. Click a community to "
        f"open it; search opens the community of the node it finds."
    )


def view_payload(
    g: nx.MultiDiGraph,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    notes: Sequence[str] = (),
    overview_min: int = OVERVIEW_MIN,
) -> dict[str, Any]:
    """The page's data: pyvis-built nodes and edges (ids are list positions), options and evidence.

    Up to ``PHYSICS_MAX`` nodes vis-network's physics untangles the graph and stops; above
    ``overview_min`` the page opens as an overview of communities (``clusters``).
    """
    total_nodes = g.number_of_nodes()
    h = keep_most_connected(g, max_nodes)
    all_notes = list(notes)
    if h.number_of_nodes() < total_nodes:
        all_notes.insert(0, truncation_note(h.number_of_nodes(), total_nodes))
    nodes = sorted(h.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted(h.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[2]), str(e[1])))
    lay = layout(h, seed=seed)
    physics = len(nodes) <= PHYSICS_MAX
    vis_nodes, vis_edges, options = network_data(h, nodes, edges, lay.pos, physics=physics, seed=seed)
    found = clusters(h, lay, index) if len(nodes) > overview_min and len(lay.groups) > 1 else []
    if found:
        all_notes.insert(0, overview_note(len(found), len(nodes)))
    sources: dict[tuple[str | None, str | None], int] = {}
    return {
        "title": title,
        "notes": all_notes,
        "mode": "overview" if found else "physics" if physics else "static",
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": options,
        "clusters": [
            {"node": node, "members": c.members, "stance": c.stance, "top": c.top, "relations": c.relations}
            for c, node in zip(found, cluster_nodes(found), strict=True)
        ],
        "info": [_node_info(h, n) for n in nodes],
        "rels": [_relation_info(d, sources) for _, _, _, d in edges],
        "sources": [list(key) for key in sources],
        "legend": _legend(h, edges),
        "total": {"nodes": total_nodes, "edges": g.number_of_edges()},
    }


def _node_info(g: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    d = g.nodes[node]
    info: dict[str, Any] = {
        "id": str(node),
        "n": str(d.get("name") or node),
        "l": str(d.get("label", "")),
        "a": [str(a) for a in d.get("aliases") or []],
        "deg": g.degree(node),
    }
    for key in ("url", "outlet", "date", "iso3"):
        if d.get(key):
            info[key] = str(d[key])
    return info


def _relation_info(d: Mapping[str, Any], sources: dict[tuple[str | None, str | None], int]) -> dict[str, Any]:
    """The relation's type and evidence; outlets and URLs go to a shared table (``sources``) by index."""
    evidence = sorted(d.get("evidence") or [], key=lambda ev: (ev.date or "", ev.article, ev.start))
    info: dict[str, Any] = {
        "t": str(d["type"]),
        "s": stance_of(str(d["type"])),
        "conf": max((float(ev.confidence) for ev in evidence), default=1.0),
        "ev": [_evidence_info(ev, sources) for ev in evidence],
    }
    if not d.get("claimed", True):
        info.update(claimed=False, m=str(d.get("modality")))
    for key in ("role", "status"):
        if d.get(key):
            info[key] = str(d[key])
    return info


def _evidence_info(ev: Evidence, sources: dict[tuple[str | None, str | None], int]) -> dict[str, Any]:
    info: dict[str, Any] = {"q": ev.quote, "c": round(float(ev.confidence), 3)}
    if ev.modality is not Modality.ASSERTED:
        info["m"] = ev.modality.value
    if ev.date:
        info["d"] = ev.date
    if ev.outlet or ev.url:
        info["src"] = sources.setdefault((ev.outlet, ev.url), len(sources))
    return info


def _legend(
    g: nx.MultiDiGraph, edges: Sequence[tuple[Any, Any, Any, Any]]
) -> dict[str, list[dict[str, Any]]]:
    labels = Counter(str(d.get("label", "")) for _, d in g.nodes(data=True))
    types = Counter(str(k) for _, _, k, _ in edges)
    return {
        "labels": [
            {
                "name": name,
                "color": label_style(name)[0],
                "shape": label_style(name)[1],
                "count": labels[name],
            }
            for name in sorted(labels, key=label_order)
        ],
        "types": [
            {
                "name": t,
                "stance": stance_of(t),
                "color": STANCE_COLOURS[stance_of(t)],
                "count": c,
                "description": RELATIONS[t].description if t in RELATIONS else "",
            }
            for t, c in sorted(types.items(), key=lambda tc: (-tc[1], tc[0]))
        ],
        "stances": [{"name": s, "color": c} for s, c in STANCE_COLOURS.items()],
    }
