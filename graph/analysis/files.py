"""The alignment matrix as files: a formula-safe CSV and a PNG heatmap."""

from __future__ import annotations

import contextlib
import csv
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import networkx as nx

from graph.analysis.alignment import alignment_matrix
from graph.textsafe import spreadsheet_cell


def write_alignment_csv(
    g: nx.MultiDiGraph, path: str | Path | TextIO, topics: Iterable[str] | None = None
) -> None:
    """The alignment matrix as CSV: a header of actor names, one row per actor, blank where unknown.

    Names a spreadsheet would run as formulas start with ``'``; scores are plain numbers. ``path``
    may be an open text stream (such as stdout).
    """
    ids, matrix = alignment_matrix(g, topics)
    names = [spreadsheet_cell(str(g.nodes[i].get("name", i))) for i in ids]
    with contextlib.ExitStack() as stack:
        handle = (
            path
            if not isinstance(path, str | Path)
            else stack.enter_context(open(path, "w", newline="", encoding="utf-8"))
        )
        writer = csv.writer(handle)
        writer.writerow(["actor_id", "actor", *names])
        for actor, name, row in zip(ids, names, matrix, strict=True):
            writer.writerow([spreadsheet_cell(actor), name, *("" if v is None else f"{v:.3f}" for v in row)])


def write_alignment_heatmap(
    g: nx.MultiDiGraph,
    path: str | Path,
    topics: Iterable[str] | None = None,
    *,
    title: str = "Alignment on shared events and agreements",
) -> None:
    """The alignment matrix as a PNG heatmap (red: opposed, blue: aligned, grey: no shared topic)."""
    import matplotlib
    import numpy as np
    from matplotlib.figure import Figure

    ids, matrix = alignment_matrix(g, topics)
    names = [str(g.nodes[i].get("name", i)) for i in ids]
    values = np.array([[math.nan if v is None else v for v in row] for row in matrix], dtype=float)
    size = max(4.0, 0.45 * len(ids) + 2.5)
    fig = Figure(figsize=(size + 1.5, size), layout="constrained")
    ax = fig.add_subplot()
    cmap = matplotlib.colormaps["RdBu"].with_extremes(bad="#dddddd")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=-1, vmax=1)
    ax.set_xticks(range(len(ids)), labels=names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(ids)), labels=names, fontsize=8)
    ax.set_title(title, fontsize=10)
    fig.colorbar(image, ax=ax, shrink=0.8, label="alignment (−1 opposed … +1 aligned)")
    fig.savefig(path, dpi=120)
