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

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graph.model import ACTOR_LABELS, PLOVER_WEIGHT, RELATIONS, TOPIC_LABELS, Label
from graph.textsafe import spreadsheet_cell, terminal

_ACTORS = {lb.value for lb in ACTOR_LABELS}
_TOPICS = {lb.value for lb in TOPIC_LABELS}
_STATES = {Label.COUNTRY.value, Label.ORGANIZATION.value, Label.REGION.value}


@dataclass(frozen=True)
class StanceCell:
    """One actor's stance on one topic: +1 support, -1 oppose, 0 mixed."""

    actor: str
    topic: str
    sign: int
    weight: float
    relations: tuple[str, ...]
    evidence: int
    via: tuple[str, ...] = ()  # officials whose statements stand for the actor

    @property
    def symbol(self) -> str:
        return {1: "+", -1: "-"}.get(self.sign, "±")


@dataclass
class StanceTable:
    """Actors × topics. ``names`` maps every id in the table to its display name."""

    topics: list[str]
    actors: list[str]
    cells: dict[tuple[str, str], StanceCell] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def get(self, actor: str, topic: str) -> StanceCell | None:
        return self.cells.get((actor, topic))


def _weight(rel_type: str) -> float:
    kind = RELATIONS[rel_type]
    return kind.sign * abs(PLOVER_WEIGHT[kind.plover])


def _claimed_stances(g: nx.MultiDiGraph, topics: set[str]) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(actor, topic) → [(relation type, evidence count)] for claimed relations with a stance."""
    found: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for u, v, key, d in g.edges(keys=True, data=True):
        if v in topics and d.get("claimed", True) and RELATIONS[key].sign != 0 and _label(g, u) in _ACTORS:
            claims = sum(1 for ev in d.get("evidence") or () if ev.is_claim)
            found[(u, v)].append((key, claims))
    return found


def offices(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Person id → the states or bodies they hold office in (claimed HOLDS_OFFICE edges).

    >>> offices(_demo_graph())
    {'Person:tokayev': ['Country:KAZ']}
    """
    held: dict[str, list[str]] = defaultdict(list)
    for u, v, key, d in g.edges(keys=True, data=True):
        if key == "HOLDS_OFFICE" and d.get("claimed", True) and _label(g, v) in _STATES:
            held[u].append(v)
    return {person: sorted(states) for person, states in sorted(held.items())}


def stance_table(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> StanceTable:
    """Every actor's stance on each topic (events and agreements; all of them when ``topics`` is None).

    ``topics`` are node ids. With ``officials``, a state without its own stance on a topic takes
    the stance of its office holders (marked ``via``).

    >>> table = stance_table(_demo_graph())
    >>> [(a, table.get(a, "Event:vote").symbol) for a in table.actors]
    [('Country:KAZ', '-'), ('Country:RUS', '+'), ('Country:SRB', '-'), ('Person:tokayev', '-')]
    >>> table.get("Country:KAZ", "Event:vote").via
    ('Person:tokayev',)
    """
    wanted = sorted(set(topics) if topics is not None else {n for n in g if _label(g, n) in _TOPICS})
    wanted = [t for t in wanted if t in g]
    direct = _claimed_stances(g, set(wanted))
    cells = {key: _cell(key, rels) for key, rels in direct.items()}
    if officials:
        _add_official_stances(g, direct, cells)
    actors = sorted({a for a, _ in cells})
    names = {n: str(g.nodes[n].get("name", n)) for n in [*actors, *wanted]}
    return StanceTable(wanted, actors, cells, names)


def _cell(key: tuple[str, str], rels: Sequence[tuple[str, int]], via: tuple[str, ...] = ()) -> StanceCell:
    weight = max(-1.0, min(1.0, sum(_weight(t) for t, _ in rels)))
    signs = {RELATIONS[t].sign for t, _ in rels}
    sign = signs.pop() if len(signs) == 1 else 0
    return StanceCell(
        key[0],
        key[1],
        sign,
        round(weight, 6),
        tuple(sorted({t for t, _ in rels})),
        sum(n for _, n in rels),
        via,
    )


def _add_official_stances(
    g: nx.MultiDiGraph,
    direct: dict[tuple[str, str], list[tuple[str, int]]],
    cells: dict[tuple[str, str], StanceCell],
) -> None:
    inherited: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    speakers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, states in offices(g).items():
        for (actor, topic), rels in direct.items():
            if actor != person:
                continue
            for state in states:
                if (state, topic) not in direct:
                    inherited[(state, topic)].extend(rels)
                    speakers[(state, topic)].add(person)
    for key, rels in inherited.items():
        cells[key] = _cell(key, rels, tuple(sorted(speakers[key])))


def format_stance_table(table: StanceTable) -> str:
    """The table as text: one line per actor; with one topic, the relations and evidence too.

    >>> print(format_stance_table(stance_table(_demo_graph())))
    actor      | stance | relations | evidence | via
    -----------+--------+-----------+----------+--------
    Kazakhstan | -      | REJECTS   | 0        | Tokayev
    Russia     | +      | SUPPORTS  | 0        |
    Serbia     | -      | REJECTS   | 0        |
    Tokayev    | -      | REJECTS   | 0        |
    """
    from graph.queries import format_table

    if not table.actors:
        return "(no stances)"
    if len(table.topics) == 1:
        topic = table.topics[0]
        rows: list[list[object]] = []
        for actor in sorted(table.actors, key=lambda a: (table.names[a].casefold(), a)):
            cell = table.get(actor, topic)
            if cell is not None:
                rows.append(
                    [
                        table.names[actor],
                        cell.symbol,
                        ", ".join(cell.relations),
                        cell.evidence,
                        ", ".join(table.names.get(v, v) for v in cell.via),
                    ]
                )
        return format_table(["actor", "stance", "relations", "evidence", "via"], rows)
    columns = ["actor", *(table.names[t] for t in table.topics)]
    matrix = [
        [table.names[a], *(_symbol(table.get(a, t)) for t in table.topics)]
        for a in sorted(table.actors, key=lambda a: (table.names[a].casefold(), a))
    ]
    return format_table(columns, matrix)


def _symbol(cell: StanceCell | None) -> str:
    if cell is None:
        return ""
    return cell.symbol + ("*" if cell.via else "")


# --- pair scores ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairScore:
    """How aligned two actors are: mean product of their weighted stances on shared topics (-1..1)."""

    a: str
    b: str
    score: float
    shared: int
    agree: int
    disagree: int


def stance_weights(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> dict[str, dict[str, float]]:
    """Actor → topic → weighted stance (−1..1), from ``stance_table``."""
    table = stance_table(g, topics, officials=officials)
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (actor, topic), cell in sorted(table.cells.items()):
        out[actor][topic] = cell.weight
    return dict(out)


def alignment_scores(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True, min_shared: int = 1
) -> list[PairScore]:
    """Signed alignment for every actor pair with at least ``min_shared`` topics both took a side on.

    >>> [(s.a, s.b, s.score) for s in alignment_scores(_demo_graph())][:2]
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

    >>> ids, m = alignment_matrix(_demo_graph())
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


def write_alignment_csv(g: nx.MultiDiGraph, path: str | Path, topics: Iterable[str] | None = None) -> None:
    """The alignment matrix as CSV: a header of actor names, one row per actor, blank where unknown.

    Names a spreadsheet would run as formulas start with ``'``; scores are plain numbers.
    """
    ids, matrix = alignment_matrix(g, topics)
    names = [spreadsheet_cell(str(g.nodes[i].get("name", i))) for i in ids]
    with open(path, "w", newline="", encoding="utf-8") as handle:
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


# --- blocs and breaks-ranks -------------------------------------------------------------------


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

    >>> blocs(_demo_graph())
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

    >>> [(b.actor, b.ally, b.topic) for b in breaks_ranks(_demo_graph())]
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


def format_breaks_ranks(g: nx.MultiDiGraph, found: Sequence[BreakRanks]) -> str:
    """One line per break: who, with whom, on what, and the relations on each side."""
    if not found:
        return "(no allies break ranks)"

    def name(n: str) -> str:
        return terminal(str(g.nodes[n].get("name", n)) if n in g else n)

    return "\n".join(
        f"{name(b.actor)} breaks ranks with {name(b.ally)} on {name(b.topic)}: "
        f"{name(b.actor)} {'/'.join(b.actor_stance.relations)}"
        f"{' (via ' + ', '.join(name(v) for v in b.actor_stance.via) + ')' if b.actor_stance.via else ''}, "
        f"{name(b.ally)} {'/'.join(b.ally_stance.relations)}"
        f"{' (via ' + ', '.join(name(v) for v in b.ally_stance.via) + ')' if b.ally_stance.via else ''}"
        for b in found
    )


def format_scores(g: nx.MultiDiGraph, scores: Sequence[PairScore]) -> str:
    from graph.queries import format_table

    def name(n: str) -> str:
        return str(g.nodes[n].get("name", n))

    rows = [
        [name(s.a), name(s.b), f"{s.score:+.3f}", s.shared, s.agree, s.disagree]
        for s in sorted(scores, key=lambda s: (-s.score, name(s.a), name(s.b)))
    ]
    return format_table(["actor", "other", "score", "shared", "agree", "disagree"], rows)


def format_blocs(g: nx.MultiDiGraph, groups: Sequence[Sequence[str]]) -> str:
    return (
        "\n".join(
            f"bloc {i}: " + ", ".join(terminal(str(g.nodes[n].get("name", n))) for n in group)
            for i, group in enumerate(groups, 1)
        )
        or "(no actors with stances)"
    )


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label", ""))


def _demo_graph() -> nx.MultiDiGraph:
    """Russia supports a vote its allies Serbia and Kazakhstan reject; Kazakhstan only through Tokayev."""
    from graph.model import Entity, Relation
    from graph.store.base import GraphData
    from graph.subgraph import to_networkx

    ents = [
        Entity("Country:RUS", Label.COUNTRY, "Russia"),
        Entity("Country:SRB", Label.COUNTRY, "Serbia"),
        Entity("Country:KAZ", Label.COUNTRY, "Kazakhstan"),
        Entity("Person:tokayev", Label.PERSON, "Tokayev"),
        Entity("Event:vote", Label.EVENT, "the vote"),
    ]
    rels = [
        Relation("Country:RUS", "ALLY_OF", "Country:SRB"),
        Relation("Country:RUS", "ALLY_OF", "Country:KAZ"),
        Relation("Country:RUS", "SUPPORTS", "Event:vote"),
        Relation("Country:SRB", "REJECTS", "Event:vote"),
        Relation("Person:tokayev", "HOLDS_OFFICE", "Country:KAZ", role="President"),
        Relation("Person:tokayev", "REJECTS", "Event:vote"),
    ]
    return to_networkx(GraphData(ents, [], rels))
