"""HTML network views and static pictures of a subgraph: what analysts open to explore the graph.

``write_view(g, path)`` writes one self-contained HTML file (no request leaves the page) with a
legend, search, filters, ego-network focus and an evidence panel. ``write_picture(g, path)`` draws
the same view as PNG or SVG for reports. Both take a graph from ``graph.subgraph.select`` and keep
at most ``max_nodes`` of its most connected nodes.

Positions are computed here, in numpy (a seeded multilevel force layout), so the browser only
draws: physics in the browser stalls on large graphs. pyvis builds the node and edge records (in
vis-network's format); the page and its canvas renderer are ours (``templates/view.*``), because
vis-network itself needs ~2 s just to construct a 10,000-node network (see bench/bench_view.py).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import numpy as np
import numpy.typing as npt
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.node import Node

from graph.model import RELATIONS, Evidence, Label, Modality, Stance
from graph.store.base import Store
from graph.subgraph import Cut, describe_cut, select, to_networkx

DEFAULT_MAX_NODES = 2000
NODE_SPACING = 60.0  # median distance to the nearest node, in canvas units (≈ pixels at zoom 1)

# Colour-blind-safe colours (Okabe–Ito) and one vis-network shape per label.
LABEL_STYLE: Mapping[str, tuple[str, str]] = {
    Label.COUNTRY.value: ("#0072B2", "dot"),
    Label.PERSON.value: ("#E69F00", "triangle"),
    Label.ORGANIZATION.value: ("#009E73", "square"),
    Label.REGION.value: ("#56B4E9", "hexagon"),
    Label.EVENT.value: ("#CC79A7", "star"),
    Label.AGREEMENT.value: ("#D55E00", "diamond"),
    Label.ARTICLE.value: ("#999999", "triangleDown"),
}
STANCE_COLOURS: Mapping[str, str] = {
    Stance.SUPPORT.value: "#2E7D32",
    Stance.REJECT.value: "#EF6C00",
    Stance.ACCUSE.value: "#8E24AA",
    Stance.COERCE.value: "#C62828",
    Stance.NEUTRAL.value: "#9E9E9E",
}
_MARKERS = {
    "dot": "o",
    "triangle": "^",
    "square": "s",
    "hexagon": "h",
    "star": "*",
    "diamond": "D",
    "triangleDown": "v",
}
_UNKNOWN_STYLE = ("#666666", "dot")


@dataclass(frozen=True)
class ViewSummary:
    """What a view or picture shows, for the CLI to print."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int

    @property
    def truncated(self) -> bool:
        return self.nodes < self.total_nodes

    def __str__(self) -> str:
        kept = f"{self.nodes:,} nodes, {self.edges:,} relations"
        if self.truncated:
            kept += f" (the {self.nodes:,} most connected of {self.total_nodes:,} nodes)"
        return f"{self.path}: {kept}"


# --- choosing what to draw --------------------------------------------------------------------


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


# --- layout -----------------------------------------------------------------------------------


def layout(g: nx.MultiDiGraph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Seeded positions for every node, in canvas units (median nearest-node distance ``NODE_SPACING``).

    >>> pos = layout(nx.MultiDiGraph([("a", "b"), ("b", "c")]), seed=1)
    >>> pos == layout(nx.MultiDiGraph([("a", "b"), ("b", "c")]), seed=1), len(pos)
    (True, 3)
    """
    nodes = sorted(g.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.int64).reshape(-1, 2)
    pos = force_layout(len(nodes), pairs[:, 0], pairs[:, 1], seed=seed)
    return {n: (float(pos[i, 0]), float(pos[i, 1])) for n, i in index.items()}


FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_COARSEST = 60  # stop coarsening at this many nodes
_EXACT_MAX = 200  # exact O(n²) repulsion up to this many nodes, a particle-mesh (FFT) field above


def force_layout(n: int, src: IntArray, dst: IntArray, *, seed: int = 0) -> FloatArray:
    """Positions (n × 2) of a multilevel ForceAtlas2-style layout; connected components are packed.

    Coarsen by edge matching down to ~60 nodes, lay that out, then refine level by level.
    Repulsion is exact for small levels and a particle-mesh FFT field for large ones, so 10,000
    nodes take about a second.

    >>> p = force_layout(4, np.array([0, 1, 2]), np.array([1, 2, 3]), seed=0)
    >>> p.shape, bool(np.all(np.isfinite(p)))
    ((4, 2), True)
    """
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    keep = src != dst
    src, dst = src[keep], dst[keep]
    mass = (1.0 + np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)).astype(np.float64)
    pos = _multilevel(_Level(n, src, dst, np.ones(len(src)), mass), rng)
    spacing = _spacing(pos)
    return _pack_components(pos, n, src, dst, 2.5 * spacing) * (NODE_SPACING / spacing)


@dataclass(frozen=True)
class _Level:
    n: int
    src: IntArray
    dst: IntArray
    weight: FloatArray
    mass: FloatArray


def _multilevel(top: _Level, rng: np.random.Generator) -> FloatArray:
    levels: list[tuple[_Level, IntArray]] = []
    level = top
    while level.n > _COARSEST:
        group, count = _match(level, rng)
        if count > 0.85 * level.n:
            break
        levels.append((level, group))
        level = _coarser(level, group, count)
    total = float(level.mass.sum())
    pos = rng.standard_normal((level.n, 2)) * math.sqrt(total)
    pos = _refine(pos, level, 150, math.sqrt(total))
    for fine, group in reversed(levels):
        jitter = rng.standard_normal((fine.n, 2)) * np.sqrt(fine.mass)[:, None] * 0.5
        pos = _refine(pos[group] + jitter, fine, 50, 3 * math.sqrt(float(np.median(fine.mass))))
    return pos


def _match(level: _Level, rng: np.random.Generator) -> tuple[IntArray, int]:
    """Group ids that merge matched pairs; unmatched nodes join a neighbour's group."""
    order = rng.permutation(len(level.src))
    pairs = list(zip(level.src[order].tolist(), level.dst[order].tolist(), strict=True))
    group = [-1] * level.n
    count = 0
    for u, v in pairs:
        if group[u] < 0 and group[v] < 0:
            group[u] = group[v] = count
            count += 1
    for u, v in pairs:
        if group[u] < 0 <= group[v]:
            group[u] = group[v]
        elif group[v] < 0 <= group[u]:
            group[v] = group[u]
    for u in range(level.n):
        if group[u] < 0:
            group[u], count = count, count + 1
    return np.array(group, dtype=np.int64), count


def _coarser(level: _Level, group: IntArray, count: int) -> _Level:
    cs, cd = group[level.src], group[level.dst]
    keep = cs != cd
    low, high = np.minimum(cs, cd)[keep], np.maximum(cs, cd)[keep]
    keys, inverse = np.unique(low * count + high, return_inverse=True)
    weight = np.bincount(inverse, weights=level.weight[keep]).astype(np.float64)
    mass = np.bincount(group, weights=level.mass, minlength=count).astype(np.float64)
    return _Level(count, keys // count, keys % count, weight, mass)


def _refine(pos: FloatArray, level: _Level, iterations: int, temp0: float) -> FloatArray:
    mass, n = level.mass, level.n
    for it in range(iterations):
        field = _exact_field(pos, mass) if n <= _EXACT_MAX else _mesh_field(pos, mass)
        force = mass[:, None] * field
        pull = (pos[level.dst] - pos[level.src]) * level.weight[:, None]
        for k in (0, 1):
            force[:, k] += np.bincount(level.src, weights=pull[:, k], minlength=n) - np.bincount(
                level.dst, weights=pull[:, k], minlength=n
            )
        centred = pos - pos.mean(axis=0)
        force -= mass[:, None] * centred / (np.linalg.norm(centred, axis=1, keepdims=True) + 1e-9)
        step = force / mass[:, None]
        norm = np.linalg.norm(step, axis=1, keepdims=True) + 1e-12
        temp = temp0 * (1.0 - it / iterations) + temp0 * 0.01
        pos = pos + step / norm * np.minimum(norm, temp)
    return pos


def _exact_field(pos: FloatArray, mass: FloatArray) -> FloatArray:
    delta = pos[:, None, :] - pos[None, :, :]
    r2 = np.einsum("ijk,ijk->ij", delta, delta) + 0.25
    field: FloatArray = np.einsum("ijk,ij->ik", delta, mass[None, :] / r2)
    return field


@functools.cache
def _kernels(grid: int) -> tuple[npt.NDArray[np.complex128], npt.NDArray[np.complex128]]:
    """FFTs of the repulsion kernel r/|r|² on a grid of unit cells (scaled by 1/cell size later)."""
    m = 2 * grid
    d = np.arange(m)
    d = np.where(d < grid, d, d - m).astype(np.float64)
    dx, dy = np.meshgrid(d, d, indexing="ij")
    r2 = dx * dx + dy * dy + 1.0
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


def _mesh_field(pos: FloatArray, mass: FloatArray) -> FloatArray:
    """The repulsion field Σ m_j (p_i − p_j)/|p_i − p_j|², via cloud-in-cell deposit and FFT convolution."""
    grid = 64 if len(pos) <= 2500 else 128
    lo = pos.min(axis=0)
    cell = float((pos.max(axis=0) - lo).max()) * 1.02 / (grid - 1) + 1e-9
    rel = (pos - lo) / cell
    corner = np.clip(np.floor(rel).astype(np.int64), 0, grid - 2)
    f = rel - corner
    weights = (
        (1 - f[:, 0]) * (1 - f[:, 1]),
        f[:, 0] * (1 - f[:, 1]),
        (1 - f[:, 0]) * f[:, 1],
        f[:, 0] * f[:, 1],
    )
    index = corner[:, 0] * grid + corner[:, 1]
    offsets = (0, grid, 1, grid + 1)
    density = np.zeros(grid * grid)
    for w, off in zip(weights, offsets, strict=True):
        density += np.bincount(index + off, weights=w * mass, minlength=grid * grid)
    shape = (2 * grid, 2 * grid)
    spectrum = np.fft.rfft2(density.reshape(grid, grid), s=shape)
    out = np.zeros_like(pos)
    for k, kernel in enumerate(_kernels(grid)):
        field = np.fft.irfft2(spectrum * kernel, s=shape)[:grid, :grid].ravel() / cell
        for w, off in zip(weights, offsets, strict=True):
            out[:, k] += w * field[index + off]
    return out + _near_field(pos, mass, index, cell)


def _near_field(
    pos: FloatArray, mass: FloatArray, cell_of: IntArray, cell: float, reach: int = 6
) -> FloatArray:
    """Exact repulsion between nodes in the same mesh cell, which the mesh cannot tell apart.

    Nodes are sorted by cell; each one is paired with the next ``reach`` nodes of its cell.
    """
    order = np.lexsort((pos[:, 1], pos[:, 0], cell_of))
    p, mm, c = pos[order], mass[order], cell_of[order]
    field = np.zeros_like(pos)
    n = len(p)
    for d in range(1, reach + 1):
        i = np.nonzero(c[d:] == c[:-d])[0]
        if len(i) == 0:
            break
        j = i + d
        delta = p[i] - p[j]
        stacked = (delta**2).sum(axis=1) < 1e-18
        # identical positions: push apart along a direction fixed by the pair's place in the order
        delta[stacked] = np.stack([np.cos(i[stacked] * 2.4), np.sin(i[stacked] * 2.4)], axis=1) * cell * 1e-3
        push = delta / ((delta**2).sum(axis=1) + (0.05 * cell) ** 2)[:, None]
        for k in (0, 1):
            field[:, k] += np.bincount(i, weights=push[:, k] * mm[j], minlength=n)
            field[:, k] -= np.bincount(j, weights=push[:, k] * mm[i], minlength=n)
    out = np.empty_like(field)
    out[order] = field
    return out


def _pack_components(pos: FloatArray, n: int, src: IntArray, dst: IntArray, gap: float) -> FloatArray:
    """Lay connected components side by side in rows, largest first (isolated nodes end up in a grid)."""
    boxes: list[tuple[IntArray, FloatArray, float, float]] = []
    for members in _components(n, src, dst):
        rel = pos[members] - pos[members].min(axis=0)
        size = rel.max(axis=0) + gap
        boxes.append((members, rel, float(size[0]), float(size[1])))
    boxes.sort(key=lambda b: (-b[3], -len(b[0]), int(b[0][0])))
    width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.2)
    out = np.zeros_like(pos)
    x = y = row = 0.0
    for members, rel, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        out[members] = rel + np.array([x, y])
        x, row = x + w, max(row, h)
    centred: FloatArray = out - (out.max(axis=0) + out.min(axis=0)) / 2
    return centred


def _components(n: int, src: IntArray, dst: IntArray) -> list[IntArray]:
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(zip(src.tolist(), dst.tolist(), strict=True))
    return [np.array(sorted(c), dtype=np.int64) for c in nx.connected_components(g)]


def _spacing(pos: FloatArray, sample: int = 200) -> float:
    """The median distance from a node to its nearest neighbour (on a fixed sample of nodes)."""
    if len(pos) < 2:
        return 1.0
    picked = pos[np.linspace(0, len(pos) - 1, min(sample, len(pos))).astype(np.int64)]
    d2 = ((picked[:, None, :] - pos[None, :, :]) ** 2).sum(axis=2)
    d2[d2 == 0] = np.inf
    nearest = np.sqrt(d2.min(axis=1))
    return float(np.median(nearest[np.isfinite(nearest)])) if np.isfinite(nearest).any() else 1.0


# --- the page's data --------------------------------------------------------------------------


def label_style(label: str) -> tuple[str, str]:
    """(colour, vis-network shape) of a node label."""
    return LABEL_STYLE.get(label, _UNKNOWN_STYLE)


def stance_of(edge_type: str) -> str:
    kind = RELATIONS.get(edge_type)
    return kind.stance.value if kind else Stance.NEUTRAL.value


def view_payload(
    g: nx.MultiDiGraph,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data: positioned nodes and edges, legend, evidence.

    Nodes and edges are pyvis records (vis-network's format: ``id, label, shape, color, size, x, y``
    and ``from, to, color, width, dashes, smooth``); node ids are list positions, to keep pages small.
    """
    total_nodes = g.number_of_nodes()
    h = keep_most_connected(g, max_nodes)
    all_notes = list(notes)
    if h.number_of_nodes() < total_nodes:
        all_notes.insert(0, truncation_note(h.number_of_nodes(), total_nodes))
    nodes = sorted(h.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    pos = layout(h, seed=seed)
    edges = sorted(h.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[2]), str(e[1])))
    vis_edges = [_vis_edge(index[u], index[v], d) for u, v, _, d in edges]
    _curve_parallel_edges(vis_edges)
    sources: dict[tuple[str | None, str | None], int] = {}
    return {
        "title": title,
        "notes": all_notes,
        "nodes": [_vis_node(h, n, i, pos[n]) for n, i in index.items()],
        "edges": vis_edges,
        "info": [_node_info(h, n) for n in nodes],
        "rels": [_relation_info(d, sources) for _, _, _, d in edges],
        "sources": [list(key) for key in sources],
        "legend": _legend(h, edges),
        "total": {"nodes": total_nodes, "edges": g.number_of_edges()},
    }


def node_size(degree: int) -> float:
    """Radius of a node on the canvas: grows with the square root of its degree."""
    return round(min(30.0, 5.0 + 2.5 * math.sqrt(degree)), 1)


def _vis_node(g: nx.MultiDiGraph, node: str, i: int, xy: tuple[float, float]) -> dict[str, Any]:
    data = g.nodes[node]
    colour, shape = label_style(str(data.get("label", "")))
    label = _short(str(data.get("name") or node))
    return dict(
        Node(
            i,
            shape,
            label=label,
            color=colour,
            size=node_size(g.degree(node)),
            x=round(xy[0], 1),
            y=round(xy[1], 1),
        ).options
    )


def _vis_edge(u: int, v: int, data: Mapping[str, Any]) -> dict[str, Any]:
    evidence = data.get("evidence") or []
    options: dict[str, Any] = {
        "color": STANCE_COLOURS[stance_of(str(data["type"]))],
        "width": round(1 + math.log2(max(1, len(evidence))), 2),
    }
    if not data.get("claimed", True):
        options["dashes"] = True
    record = dict(Edge(u, v, directed=True, **options).options)
    record.pop("arrows")  # every edge is directed: the page draws arrowheads for all of them
    return record


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
            e["smooth"] = {"type": "curvedCW", "roundness": round(0.15 + 0.2 * k, 2)}


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
            for name in sorted(labels, key=_label_order)
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


def _label_order(label: str) -> tuple[int, str]:
    names = [lb.value for lb in Label]
    return (names.index(label) if label in names else len(names), label)


# --- the page -----------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("graph", "templates")
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    # |tojson escapes < > & ' as \uXXXX; compact separators keep 10k-node pages small.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def _asset(name: str) -> str:
    return (resources.files("graph") / "templates" / name).read_text(encoding="utf-8")


def _inline_script(code: str) -> str:
    # "</script" inside inlined code would end the element early.
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _csp(scripts: Iterable[str]) -> str:
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )


def render_html(payload: Mapping[str, Any], *, content_security_policy: bool = True) -> str:
    """The self-contained page for a ``view_payload``.

    Article-derived text only ever reaches the page as JSON inside a non-executed script element
    and is put on screen with ``textContent``. The Content-Security-Policy (script hashes, no
    network) is a second fence; turn it off only to test that escaping alone holds.
    """
    scripts = [_inline_script(_asset("view.js"))]
    page = _environment().get_template("view.html")
    return page.render(
        title=payload["title"],
        notes=payload["notes"],
        payload=payload,
        csp=_csp(scripts) if content_security_policy else None,
        scripts=[Markup(s) for s in scripts],
        style=Markup(_asset("view.css")),
    )


def write_view(
    g: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    notes: Sequence[str] = (),
) -> ViewSummary:
    """Write the interactive HTML view of ``g`` (one file, works offline) and say what it shows."""
    payload = view_payload(g, title=title, max_nodes=max_nodes, seed=seed, notes=notes)
    out = Path(path)
    out.write_text(render_html(payload), encoding="utf-8")
    return ViewSummary(
        out, len(payload["nodes"]), len(payload["edges"]), g.number_of_nodes(), g.number_of_edges()
    )


def view_store(
    store: Store,
    cut: Cut,
    *,
    html: str | Path | None = None,
    pictures: Sequence[str | Path] = (),
    title: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> list[ViewSummary]:
    """Read the store, cut the subgraph, and write the HTML view and/or PNG/SVG pictures of it."""
    g = select(to_networkx(store.read()), cut)
    heading = title or default_title(cut)
    written = (
        [write_view(g, html, title=heading, max_nodes=max_nodes, seed=seed, notes=describe_cut(cut))]
        if html
        else []
    )
    written += [write_picture(g, p, title=heading, max_nodes=max_nodes, seed=seed) for p in pictures]
    return written


def default_title(cut: Cut) -> str:
    return "geoalign: " + (", ".join(cut.around) if cut.around else "the alignment graph")


# --- the static picture -----------------------------------------------------------------------


def write_picture(
    g: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    labelled: int = 40,
) -> ViewSummary:
    """Draw the view as a PNG or SVG (by the file's suffix) with a legend, for reports.

    Same layout, colours and shapes as the HTML view; only the ``labelled`` most connected nodes
    are named so the picture stays readable.
    """
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    out = Path(path)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"pictures are .png or .svg, not {out.name!r}")
    h = keep_most_connected(g, max_nodes)
    pos = layout(h, seed=seed)
    fig = Figure(figsize=(12, 9), layout="constrained")
    ax = fig.add_subplot()
    _draw_edges(ax, h, pos)
    handles = _draw_nodes(ax, h, pos)
    _draw_labels(ax, h, pos, labelled)
    stances = sorted({stance_of(str(k)) for _, _, k in h.edges(keys=True)})
    handles += [Line2D([], [], color=STANCE_COLOURS[s], lw=2, label=s) for s in stances]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    subtitle = f"{h.number_of_nodes():,} nodes, {h.number_of_edges():,} relations"
    if h.number_of_nodes() < g.number_of_nodes():
        subtitle += f" (the most connected of {g.number_of_nodes():,} nodes)"
    ax.set_title(f"{title}\n{subtitle}", fontsize=11)
    ax.set_axis_off()
    ax.set_aspect("equal", adjustable="datalim")
    ax.invert_yaxis()  # canvas coordinates grow downwards: the picture matches the page
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "geoalign"}):  # the same view, the same SVG bytes
        fig.savefig(out, format=fmt, dpi=150, metadata=metadata)
    return ViewSummary(
        out, h.number_of_nodes(), h.number_of_edges(), g.number_of_nodes(), g.number_of_edges()
    )


def _draw_edges(ax: Any, g: nx.MultiDiGraph, pos: Mapping[str, tuple[float, float]]) -> None:
    from matplotlib.collections import LineCollection

    by_stance: dict[str, list[tuple[tuple[float, float], tuple[float, float]]]] = defaultdict(list)
    dashed: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for u, v, k, d in g.edges(keys=True, data=True):
        (dashed if not d.get("claimed", True) else by_stance[stance_of(str(k))]).append((pos[u], pos[v]))
    width = 0.4 if g.number_of_edges() > 2000 else 1.0
    for stance, segments in by_stance.items():
        ax.add_collection(
            LineCollection(segments, colors=STANCE_COLOURS[stance], linewidths=width, alpha=0.6, zorder=1)
        )
    if dashed:
        ax.add_collection(
            LineCollection(
                dashed, colors="#777777", linewidths=width, linestyles="dashed", alpha=0.6, zorder=1
            )
        )


def _draw_nodes(ax: Any, g: nx.MultiDiGraph, pos: Mapping[str, tuple[float, float]]) -> list[Any]:
    by_label: dict[str, list[str]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        by_label[str(d.get("label", ""))].append(n)
    handles = []
    for label in sorted(by_label, key=_label_order):
        members = by_label[label]
        colour, shape = label_style(label)
        xy = np.array([pos[n] for n in members])
        sizes = [30 + 25 * math.sqrt(g.degree(n)) for n in members]
        handles.append(
            ax.scatter(
                xy[:, 0],
                xy[:, 1],
                s=sizes,
                c=colour,
                marker=_MARKERS[shape],
                edgecolors="white",
                linewidths=0.5,
                zorder=2,
                label=f"{label} ({len(members)})",
            )
        )
    return handles


def _draw_labels(ax: Any, g: nx.MultiDiGraph, pos: Mapping[str, tuple[float, float]], count: int) -> None:
    import matplotlib.patheffects as effects

    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), str(n)))[:count]
    halo = [effects.withStroke(linewidth=2.5, foreground="white")]
    for n in ranked:
        name = _short(str(g.nodes[n].get("name") or n), 30)
        # usetex stays off and mathtext is disabled, so names are drawn as plain text.
        ax.annotate(
            name,
            pos[n],
            xytext=(0, 6),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            zorder=3,
            path_effects=halo,
            parse_math=False,
        )
