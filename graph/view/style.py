"""Colours, shapes and sizes shared by the HTML view and the picture, so both look the same."""

from __future__ import annotations

import math
from collections.abc import Mapping

from graph.model import RELATIONS, Label, Stance

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
# matplotlib's marker for each vis-network shape
MARKERS: Mapping[str, str] = {
    "dot": "o",
    "triangle": "^",
    "square": "s",
    "hexagon": "h",
    "star": "*",
    "diamond": "D",
    "triangleDown": "v",
}
_UNKNOWN_STYLE = ("#666666", "dot")


def label_style(label: str) -> tuple[str, str]:
    """(colour, vis-network shape) of a node label."""
    return LABEL_STYLE.get(label, _UNKNOWN_STYLE)


def stance_of(edge_type: str) -> str:
    """The stance (support, reject, …) a relation type expresses; neutral for unknown types."""
    kind = RELATIONS.get(edge_type)
    return kind.stance.value if kind else Stance.NEUTRAL.value


def node_size(degree: int) -> float:
    """Radius of a node: grows with the square root of its degree.

    >>> node_size(0), node_size(4), node_size(10_000)
    (5.0, 10.0, 30.0)
    """
    return round(min(30.0, 5.0 + 2.5 * math.sqrt(degree)), 1)


def font_size(degree: int) -> int:
    """Label size: hubs get bigger labels, so they stay legible when the view is zoomed out."""
    return min(40, 12 + round(2 * math.sqrt(degree)))


def label_order(label: str) -> tuple[int, str]:
    """Sort key that lists labels in the model's order (countries first)."""
    names = [lb.value for lb in Label]
    return (names.index(label) if label in names else len(names), label)


def short(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
