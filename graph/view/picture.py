"""The view as a PNG or SVG picture for reports: same layout and colours as the page, with arrowheads."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from graph.view.layout import layout
from graph.view.payload import DEFAULT_MAX_NODES, keep_most_connected
from graph.view.style import MARKERS, STANCE_COLOURS, label_order, label_style, node_size, short, stance_of
from graph.view.summary import ViewSummary

ARROWS_MAX = 800  # above this many relations, plain lines (one arrow patch per relation is slow)
Pos = Mapping[Hashable, tuple[float, float]]


def write_picture(
    g: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    labelled: int = 60,
) -> ViewSummary:
    """Draw the view as a PNG or SVG (by the file's suffix) with a legend, for reports.

    Same layout, colours and shapes as the HTML view; up to ``labelled`` of the most connected
    nodes are named, skipping any name that would overlap one already drawn.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    out = Path(path)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"pictures are .png or .svg, not {out.name!r}")
    h = keep_most_connected(g, max_nodes)
    pos = layout(h, seed=seed).pos
    fig = Figure(figsize=(12, 9), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    handles = _draw_nodes(ax, h, pos)
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
    fig.canvas.draw()  # settle the axes so arrows and labels are measured in final coordinates
    _draw_edges(ax, h, pos)
    _draw_labels(ax, h, pos, labelled)
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "geoalign"}):  # the same view, the same SVG bytes
        fig.savefig(out, format=fmt, dpi=150, metadata=metadata)
    return ViewSummary(
        out, h.number_of_nodes(), h.number_of_edges(), g.number_of_nodes(), g.number_of_edges()
    )


def _marker_points(degree: int) -> float:
    """A node's radius in points, matching the marker area ``_draw_nodes`` uses."""
    return float(np.sqrt(_marker_area(degree)) / 2)


def _marker_area(degree: int) -> float:
    return 4 * node_size(degree) ** 2


def _draw_edges(ax: Any, g: nx.MultiDiGraph, pos: Pos) -> None:
    if g.number_of_edges() > ARROWS_MAX:
        _draw_lines(ax, g, pos)
        return
    from matplotlib.patches import FancyArrowPatch

    pairs: Counter[tuple[Hashable, Hashable]] = Counter()
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        if u == v:
            continue
        pair = (min(u, v, key=str), max(u, v, key=str))
        bend = 0.15 * pairs[pair] * (1 if (u, v) == pair else -1)
        pairs[pair] += 1
        claimed = d.get("claimed", True)
        ax.add_patch(
            FancyArrowPatch(
                pos[u],
                pos[v],
                arrowstyle="-|>",
                mutation_scale=9,
                color=STANCE_COLOURS[stance_of(str(k))] if claimed else "#777777",
                linestyle="-" if claimed else "--",
                lw=1.0,
                alpha=0.75,
                shrinkA=_marker_points(g.degree(u)),
                shrinkB=_marker_points(g.degree(v)) + 1,
                connectionstyle=f"arc3,rad={bend}",
                zorder=1,
            )
        )


def _draw_lines(ax: Any, g: nx.MultiDiGraph, pos: Pos) -> None:
    from matplotlib.collections import LineCollection

    by_style: dict[tuple[str, str], list[tuple[tuple[float, float], tuple[float, float]]]] = defaultdict(list)
    for u, v, k, d in g.edges(keys=True, data=True):
        claimed = d.get("claimed", True)
        key = (STANCE_COLOURS[stance_of(str(k))] if claimed else "#777777", "solid" if claimed else "dashed")
        by_style[key].append((pos[u], pos[v]))
    for (colour, style), segments in sorted(by_style.items()):
        ax.add_collection(
            LineCollection(segments, colors=colour, linestyles=style, linewidths=0.4, alpha=0.6, zorder=1)
        )


def _draw_nodes(ax: Any, g: nx.MultiDiGraph, pos: Pos) -> list[Any]:
    by_label: dict[str, list[Hashable]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        by_label[str(d.get("label", ""))].append(n)
    handles = []
    for label in sorted(by_label, key=label_order):
        members = sorted(by_label[label], key=str)
        colour, shape = label_style(label)
        xy = np.array([pos[n] for n in members])
        handles.append(
            ax.scatter(
                xy[:, 0],
                xy[:, 1],
                s=[_marker_area(g.degree(n)) for n in members],
                c=colour,
                marker=MARKERS[shape],
                edgecolors="white",
                linewidths=0.5,
                zorder=2,
                label=f"{label} ({len(members)})",
            )
        )
    return handles


def _draw_labels(ax: Any, g: nx.MultiDiGraph, pos: Pos, count: int) -> None:
    """Name the most connected nodes, skipping names that would overlap a name already placed."""
    import matplotlib.patheffects as effects

    renderer = ax.figure.canvas.get_renderer()
    halo = [effects.withStroke(linewidth=2.5, foreground="white")]
    placed: list[Any] = []
    for n in sorted(g.nodes, key=lambda n: (-g.degree(n), str(n))):
        if len(placed) >= count:
            break
        # usetex stays off and mathtext is disabled, so names are drawn as plain text.
        text = ax.annotate(
            short(str(g.nodes[n].get("name") or n), 30),
            pos[n],
            xytext=(0, -(_marker_points(g.degree(n)) + 2)),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8 if g.degree(n) < 10 else 9,
            zorder=3,
            path_effects=halo,
            parse_math=False,
        )
        box = text.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(box.overlaps(other) for other in placed):
            text.remove()
        else:
            placed.append(box)
