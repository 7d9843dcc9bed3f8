"""Alignment analytics over a networkx graph: stance tables, pair scores, blocs and breaks-ranks.

Every function takes the graph from ``graph.subgraph.to_networkx`` (or a ``select`` of it) first.
Only claimed relations count: a relation whose evidence is all negated or hypothetical is ignored.

Officials: a person's stance on a topic also counts for each state or body they hold office in
(HOLDS_OFFICE), but only where that state has no stance of its own on the topic: the extractor may
already have attributed the statement to the state, and counting both would double it. Such
stances are marked ``via`` the official.

Weights: a relation contributes ``sign × |PLOVER_WEIGHT[plover]|`` of its kind (SUPPORTS +0.8,
REJECTS −0.5, CONDEMNS −0.6 …); an actor's stance on a topic is the sum, clipped to −1..1.
"""

from graph.analysis.alignment import (
    BreakRanks,
    PairScore,
    alignment_matrix,
    alignment_scores,
    allies,
    blocs,
    breaks_ranks,
    signed_graph,
)
from graph.analysis.files import write_alignment_csv, write_alignment_heatmap
from graph.analysis.formatting import (
    bloc_rows,
    break_rows,
    format_blocs,
    format_breaks_ranks,
    format_scores,
    format_stance_table,
    score_rows,
    stance_rows,
)
from graph.analysis.stances import StanceCell, StanceTable, offices, stance_table, stance_weights

__all__ = [
    "BreakRanks",
    "PairScore",
    "StanceCell",
    "StanceTable",
    "alignment_matrix",
    "alignment_scores",
    "allies",
    "bloc_rows",
    "blocs",
    "break_rows",
    "breaks_ranks",
    "format_blocs",
    "format_breaks_ranks",
    "format_scores",
    "format_stance_table",
    "offices",
    "score_rows",
    "signed_graph",
    "stance_rows",
    "stance_table",
    "stance_weights",
    "write_alignment_csv",
    "write_alignment_heatmap",
]
