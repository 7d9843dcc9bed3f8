"""The overview of a big graph: its communities as cluster nodes that the page opens on click.

vis-network needs more than 2 s for the first frame of a page with more than about 2,000 nodes
(bench/bench_view.py), so above ``OVERVIEW_MIN`` nodes the page starts from one node per community
(the top-level Louvain communities of ``graph.view.layout``) and adds a community's members when
the analyst opens it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import networkx as nx

from graph.model import Stance
from graph.view.layout import Layout
from graph.view.style import short, stance_of

OVERVIEW_MIN = 2000  # more nodes than this: the page opens as an overview
TOP_MEMBERS = 5


@dataclass(frozen=True)
class Cluster:
    """One community shown as a single node: its size, dominant stance and best-connected members."""

    members: list[int]  # node indices in the page
    stance: str
    top: list[str]
    relations: int  # relations that touch a member
    x: float
    y: float
    radius: float  # of the disc its members fill once opened

    @property
    def label(self) -> str:
        more = len(self.members) - min(2, len(self.top))
        names = ", ".join(self.top[:2])
        return f"{names} +{more:,}" if more > 0 else names


def clusters(g: nx.MultiDiGraph, lay: Layout, index: Mapping[Hashable, int]) -> list[Cluster]:
    """One ``Cluster`` per top-level group of the layout, largest first.

    The dominant stance is the most frequent non-neutral stance of the relations that touch a
    member (neutral when there is none).
    """
    out = []
    for group, (x, y) in zip(lay.groups, lay.centres, strict=True):
        inside = set(group)
        kinds = [k for n in group for _, _, k in g.out_edges(n, keys=True)]
        kinds += [k for n in group for u, _, k in g.in_edges(n, keys=True) if u not in inside]
        stances = Counter(stance_of(str(k)) for k in kinds)
        stances.pop(Stance.NEUTRAL.value, None)
        ranked = sorted(group, key=lambda n: (-g.degree(n), str(n)))[:TOP_MEMBERS]
        out.append(
            Cluster(
                members=sorted(index[n] for n in group),
                stance=stances.most_common(1)[0][0] if stances else Stance.NEUTRAL.value,
                top=[short(str(g.nodes[n].get("name") or n), 30) for n in ranked],
                relations=len(kinds),
                x=x,
                y=y,
                radius=max(math.dist(lay.pos[n], (x, y)) for n in group),
            )
        )
    return out
