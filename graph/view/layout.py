"""Seeded node positions for the view and the picture: networkx's communities and spring layout.

Small graphs get one spring layout. Larger ones are split into Louvain communities (recursively,
until each part fits the spring layout, which networkx computes densely below 500 nodes), each part
is laid out on its own and the parts are placed by a spring layout of the graph between them. The
top-level communities are also the clusters of the overview (``graph.view.overview``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np
import numpy.typing as npt

SPACING = 80.0  # about the distance between neighbours, in canvas pixels at zoom 1
SPRING_MAX = 300  # parts above this size are split into communities first
_LOOSE = 4  # communities smaller than this are pooled into one part

Point = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Layout:
    """Positions of every node, and the top-level groups (communities) they were laid out in."""

    pos: dict[Hashable, tuple[float, float]]
    groups: list[list[Hashable]]
    centres: list[tuple[float, float]]


def simple_graph(g: nx.Graph) -> nx.Graph:
    """The undirected simple graph of ``g``: parallel relations add up to an edge ``weight``.

    >>> simple_graph(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "a")])).edges(data=True)
    EdgeDataView([('a', 'b', {'weight': 2})])
    """
    u = nx.Graph()
    u.add_nodes_from(sorted(g.nodes, key=str))
    for a, b in g.edges():
        if a != b:
            w = u.get_edge_data(a, b, {"weight": 0})["weight"]
            u.add_edge(a, b, weight=w + 1)
    return u


def layout(g: nx.Graph, *, seed: int = 0) -> Layout:
    """Seeded positions (the same seed gives the same picture), in canvas pixels.

    >>> lay = layout(nx.path_graph(["a", "b", "c"]), seed=1)
    >>> lay == layout(nx.path_graph(["a", "b", "c"]), seed=1), len(lay.pos), len(lay.groups)
    (True, 3, 1)
    """
    u = simple_graph(g)
    if len(u) <= SPRING_MAX:
        pos = _spring(u, seed)
        groups = [list(u.nodes)] if len(u) else []
    else:
        groups = communities(u, seed)
        pos = _place(u, groups, [_nested(u.subgraph(p), seed) for p in groups], seed)
    out = {n: (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in pos.items()}
    centres = [_centre(out, group) for group in groups]
    return Layout(out, groups, centres)


def communities(u: nx.Graph, seed: int) -> list[list[Hashable]]:
    """Louvain communities of ``u``, largest first; communities under 4 nodes pooled in one part."""
    found = [sorted(c, key=str) for c in nx.community.louvain_communities(u, weight="weight", seed=seed)]
    big = [c for c in found if len(c) >= _LOOSE]
    loose = sorted((n for c in found if len(c) < _LOOSE for n in c), key=str)
    parts = big + [loose[i : i + SPRING_MAX] for i in range(0, len(loose), SPRING_MAX)]
    if len(parts) == 1 and len(parts[0]) > SPRING_MAX:  # Louvain could not split it: cut it in slices
        parts = [parts[0][i : i + SPRING_MAX] for i in range(0, len(parts[0]), SPRING_MAX)]
    return sorted(parts, key=lambda p: (-len(p), str(p[0])))


def _nested(u: nx.Graph, seed: int) -> dict[Hashable, Point]:
    if len(u) <= SPRING_MAX:
        return _spring(u, seed)
    parts = communities(u, seed)
    return _place(u, parts, [_nested(u.subgraph(p), seed) for p in parts], seed)


def _spring(u: nx.Graph, seed: int) -> dict[Hashable, Point]:
    if len(u) < 2:
        return {n: np.zeros(2) for n in u}
    pos = nx.spring_layout(u, seed=seed, weight=None)
    scale = SPACING * math.sqrt(len(u)) / 2  # the [-1, 1] square, one SPACING² of area per node
    return {n: np.asarray(p, dtype=np.float64) * scale for n, p in pos.items()}


def _place(
    u: nx.Graph, parts: Sequence[Sequence[Hashable]], inner: Sequence[dict[Hashable, Point]], seed: int
) -> dict[Hashable, Point]:
    """Put each part's own layout at a centre from a spring layout of the graph between the parts."""
    part_of = {n: i for i, p in enumerate(parts) for n in p}
    between = nx.Graph()
    between.add_nodes_from(range(len(parts)))
    for a, b, w in u.edges(data="weight", default=1):
        i, j = part_of[a], part_of[b]
        if i != j:
            between.add_edge(i, j, weight=between.get_edge_data(i, j, {"weight": 0})["weight"] + w)
    mids = [np.mean(list(p.values()), axis=0) for p in inner]
    radii = np.array(
        [
            max(float(np.linalg.norm(q - m)) for q in p.values()) + SPACING
            for p, m in zip(inner, mids, strict=True)
        ]
    )
    start = nx.spring_layout(between, seed=seed, weight="weight")
    centres = np.array([start[i] for i in range(len(parts))]) * float(np.sqrt((radii**2).sum()))
    centres = separate(centres, radii)
    return {n: centres[i] + q - mids[i] for i, p in enumerate(inner) for n, q in p.items()}


def separate(centres: Point, radii: Point, *, rounds: int = 200) -> Point:
    """Push circles apart until none overlap (the parts keep their relative directions).

    >>> c = separate(np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([2.0, 2.0]))
    >>> bool(np.linalg.norm(c[0] - c[1]) >= 4 - 1e-6)
    True
    """
    c = centres.astype(np.float64).copy()
    k = len(c)
    jitter = np.stack([np.cos(np.arange(k) * 2.4), np.sin(np.arange(k) * 2.4)], axis=1) * 1e-3
    for _ in range(rounds):
        delta = c[:, None, :] - c[None, :, :]
        dist = np.linalg.norm(delta, axis=2)
        overlap = radii[:, None] + radii[None, :] - dist
        np.fill_diagonal(overlap, 0.0)
        if (overlap <= 1e-6).all():
            break
        direction = np.where(
            dist[..., None] > 1e-9, delta / np.maximum(dist, 1e-9)[..., None], jitter[:, None, :]
        )
        c += (
            0.5
            * (direction * np.clip(overlap, 0.0, None)[..., None]).sum(axis=1)
            / np.maximum(1, (overlap > 0).sum(axis=1, keepdims=True))
        )
    return c


def _centre(pos: dict[Hashable, tuple[float, float]], group: Sequence[Hashable]) -> tuple[float, float]:
    xy = np.array([pos[n] for n in group])
    return round(float(xy[:, 0].mean()), 1), round(float(xy[:, 1].mean()), 1)
