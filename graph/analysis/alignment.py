"""Alignment between actors from their stances: pair scores, the matrix, blocs and breaks-ranks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graph.analysis.stances import StanceCell, stance_table, stance_weights


@dataclass(frozen=True)
class PairScore:
    """How aligned two actors are: mean product of their weighted stances on shared topics (-1..1)."""

    a: str
    b: str
    score: float
    shared: int
    agree: int
    disagree: int


def alignment_scores(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True, min_shared: int = 1
) -> list[PairScore]:
    """Signed alignment for every actor pair with at least ``min_shared`` topics both took a side on.

    >>> from graph.analysis.example import demo_graph
    >>> [(s.a, s.b, s.score) for s in alignment_scores(demo_graph())][:2]
    [('Country:KAZ', 'Country:RUS', -0.4), ('Country:KAZ', 'Country:SRB', 0.25)]
    """
    weights = stance_weights(g, topics, officials=officials)
    actors = sorted(weights)
    scores = []
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            shared = sorted(set(weights[a]) & set(weights[b]))
            products = [weights[a][t] * weights[b][t] for t in shared if weights[a][t] and weights[b][t]]
            if len(shared) < min_shared or not products:
                continue
            scores.append(
                PairScore(
                    a,
                    b,
                    round(sum(products) / len(shared), 6),
                    len(shared),
                    sum(1 for p in products if p > 0),
                    sum(1 for p in products if p < 0),
                )
            )
    return scores


def alignment_matrix(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> tuple[list[str], list[list[float | None]]]:
    """Actor ids and a symmetric matrix of pair scores (None: no shared topic; 1 on the diagonal).

    >>> from graph.analysis.example import demo_graph
    >>> ids, m = alignment_matrix(demo_graph())
    >>> ids[1], m[1]
    ('Country:RUS', [-0.4, 1.0, -0.4, -0.4])
    """
    scores = alignment_scores(g, topics, officials=officials)
    ids = sorted(stance_weights(g, topics, officials=officials))
    index = {a: i for i, a in enumerate(ids)}
    matrix: list[list[float | None]] = [
        [1.0 if i == j else None for j in range(len(ids))] for i in range(len(ids))
    ]
    for s in scores:
        matrix[index[s.a]][index[s.b]] = matrix[index[s.b]][index[s.a]] = s.score
    return ids, matrix


def signed_graph(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> nx.Graph:
    """Actors joined by their pair score (edge attribute ``weight``, negative when opposed)."""
    h = nx.Graph()
    for actor in stance_weights(g, topics, officials=officials):
        h.add_node(actor, name=g.nodes[actor].get("name", actor))
    for s in alignment_scores(g, topics, officials=officials):
        h.add_edge(s.a, s.b, weight=s.score, shared=s.shared)
    return h


def blocs(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> list[list[str]]:
    """Communities of the signed graph: greedy modularity over the positive (aligned) edges.

    Largest bloc first; actors aligned with nobody form their own bloc.

    >>> from graph.analysis.example import demo_graph
    >>> blocs(demo_graph())
    [['Country:KAZ', 'Country:SRB', 'Person:tokayev'], ['Country:RUS']]
    """
    signed = signed_graph(g, topics, officials=officials)
    positive = nx.Graph()
    positive.add_nodes_from(sorted(signed))
    positive.add_weighted_edges_from(
        sorted((u, v, d["weight"]) for u, v, d in signed.edges(data=True) if d["weight"] > 0)
    )
    if positive.number_of_edges() == 0:
        groups = [[n] for n in positive]
    else:
        groups = [sorted(c) for c in nx.community.greedy_modularity_communities(positive, weight="weight")]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


@dataclass(frozen=True)
class BreakRanks:
    """``actor`` takes the opposite side to its ally ``ally`` on ``topic``."""

    actor: str
    ally: str
    topic: str
    actor_stance: StanceCell
    ally_stance: StanceCell


def allies(g: nx.MultiDiGraph) -> set[frozenset[str]]:
    """Unordered pairs joined by a claimed ALLY_OF relation (either direction)."""
    return {
        frozenset((u, v))
        for u, v, key, d in g.edges(keys=True, data=True)
        if key == "ALLY_OF" and d.get("claimed", True) and u != v
    }


def breaks_ranks(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> list[BreakRanks]:
    """Allied pairs (ALLY_OF) with opposite stances on one topic.

    Each pair is listed once per topic, the member with fewer alliances as ``actor`` breaking ranks
    with the better-connected ``ally`` (ties: by name).

    >>> from graph.analysis.example import demo_graph
    >>> [(b.actor, b.ally, b.topic) for b in breaks_ranks(demo_graph())]
    [('Country:KAZ', 'Country:RUS', 'Event:vote'), ('Country:SRB', 'Country:RUS', 'Event:vote')]
    """
    table = stance_table(g, topics, officials=officials)
    pairs = allies(g)
    degree: dict[str, int] = defaultdict(int)
    for pair in pairs:
        for member in pair:
            degree[member] += 1
    found = []
    for pair in pairs:
        a, b = sorted(pair, key=lambda n: (-degree[n], table.names.get(n, n), n))
        for topic in table.topics:
            ca, cb = table.get(a, topic), table.get(b, topic)
            if ca and cb and ca.sign * cb.sign < 0:
                found.append(BreakRanks(b, a, topic, cb, ca))
    return sorted(found, key=lambda x: (x.topic, table.names.get(x.actor, x.actor), x.actor, x.ally))
