"""Stance tables: every actor's stance on each event or agreement, with officials speaking for states."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from graph.model import ACTOR_LABELS, PLOVER_WEIGHT, RELATIONS, TOPIC_LABELS, Label

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

    >>> from graph.analysis.example import demo_graph
    >>> offices(demo_graph())
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

    >>> from graph.analysis.example import demo_graph
    >>> table = stance_table(demo_graph())
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


def stance_weights(
    g: nx.MultiDiGraph, topics: Iterable[str] | None = None, *, officials: bool = True
) -> dict[str, dict[str, float]]:
    """Actor → topic → weighted stance (−1..1), from ``stance_table``."""
    table = stance_table(g, topics, officials=officials)
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (actor, topic), cell in sorted(table.cells.items()):
        out[actor][topic] = cell.weight
    return dict(out)


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label", ""))
