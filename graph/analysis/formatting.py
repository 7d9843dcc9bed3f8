"""Analytics as text tables (``--format table``) and as rows for JSON and CSV (``graph.output``)."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from graph.analysis.alignment import BreakRanks, PairScore
from graph.analysis.stances import StanceCell, StanceTable
from graph.output import format_table
from graph.textsafe import terminal


def format_stance_table(table: StanceTable) -> str:
    """The table as text: one line per actor; with one topic, the relations and evidence too.

    >>> from graph.analysis import blocs, stance_table
    >>> from graph.analysis.example import demo_graph
    >>> print(format_stance_table(stance_table(demo_graph())))
    actor      | stance | relations | evidence | via
    -----------+--------+-----------+----------+--------
    Kazakhstan | -      | REJECTS   | 0        | Tokayev
    Russia     | +      | SUPPORTS  | 0        |
    Serbia     | -      | REJECTS   | 0        |
    Tokayev    | -      | REJECTS   | 0        |
    """
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


def stance_rows(table: StanceTable) -> tuple[list[str], list[list[object]]]:
    """One row per (actor, topic) stance, with ids, the weight and the relations as lists.

    >>> from graph.analysis import blocs, stance_table
    >>> from graph.analysis.example import demo_graph
    >>> columns, rows = stance_rows(stance_table(demo_graph()))
    >>> dict(zip(columns, rows[0]))["via"], rows[0][1], rows[0][4]
    (['Tokayev'], 'Kazakhstan', '-')
    """
    columns = [
        "actor_id", "actor", "topic_id", "topic", "stance", "weight", "relations", "evidence", "via",
    ]  # fmt: skip
    rows: list[list[object]] = [
        [
            cell.actor,
            table.names[cell.actor],
            cell.topic,
            table.names[cell.topic],
            cell.symbol,
            cell.weight,
            list(cell.relations),
            cell.evidence,
            [table.names.get(v, v) for v in cell.via],
        ]
        for cell in sorted(
            table.cells.values(),
            key=lambda c: (table.names[c.topic].casefold(), table.names[c.actor].casefold()),
        )
    ]
    return columns, rows


def score_rows(g: nx.MultiDiGraph, scores: Sequence[PairScore]) -> tuple[list[str], list[list[object]]]:
    """One row per actor pair, highest score first, the score as a number."""
    columns = ["actor_id", "actor", "other_id", "other", "score", "shared", "agree", "disagree"]
    rows: list[list[object]] = [
        [s.a, _name(g, s.a), s.b, _name(g, s.b), s.score, s.shared, s.agree, s.disagree]
        for s in sorted(scores, key=lambda s: (-s.score, _name(g, s.a), _name(g, s.b)))
    ]
    return columns, rows


def bloc_rows(g: nx.MultiDiGraph, groups: Sequence[Sequence[str]]) -> tuple[list[str], list[list[object]]]:
    """One row per actor: the bloc it falls in (1 = the largest), its id and name.

    >>> from graph.analysis import blocs, stance_table
    >>> from graph.analysis.example import demo_graph
    >>> bloc_rows(demo_graph(), blocs(demo_graph()))[1][-1]
    [2, 'Country:RUS', 'Russia']
    """
    rows: list[list[object]] = [[i, n, _name(g, n)] for i, group in enumerate(groups, 1) for n in group]
    return ["bloc", "actor_id", "actor"], rows


def break_rows(g: nx.MultiDiGraph, found: Sequence[BreakRanks]) -> tuple[list[str], list[list[object]]]:
    """One row per break: who, the ally, the topic, and each side's relations and officials."""
    columns = [
        "actor_id", "actor", "ally_id", "ally", "topic_id", "topic",
        "actor_relations", "actor_via", "ally_relations", "ally_via",
    ]  # fmt: skip
    rows: list[list[object]] = [
        [
            b.actor,
            _name(g, b.actor),
            b.ally,
            _name(g, b.ally),
            b.topic,
            _name(g, b.topic),
            list(b.actor_stance.relations),
            [_name(g, v) for v in b.actor_stance.via],
            list(b.ally_stance.relations),
            [_name(g, v) for v in b.ally_stance.via],
        ]
        for b in found
    ]
    return columns, rows


def _name(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("name", node)) if node in g else node
