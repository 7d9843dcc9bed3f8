"""The stored graph as networkx, and the subgraph cuts that views, exports and analysis share.

Node attributes: ``label``, ``name``, ``aliases``, ``iso3``, ``attrs`` (entities) or ``url``,
``outlet``, ``date`` (articles). Edges are keyed by relation type and carry ``type``,
``evidence`` (a list of ``Evidence``), ``role``, ``status``, ``claimed``, ``modality``,
``plover``, ``sign``, ``stance``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

import networkx as nx

from graph.model import RELATIONS, Article, Entity, Evidence, Label, Relation
from graph.store.base import GraphData


@dataclass(frozen=True)
class Cut:
    """Which part of the graph to show or export. The default is every claimed relation."""

    around: tuple[str, ...] = ()
    depth: int = 1
    types: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    since: str | None = None
    until: str | None = None
    include_negated: bool = False
    undated: bool = True  # with since/until: keep evidence that carries no date at all
    include_mentions: bool = False
    node_ids: frozenset[str] | None = None  # from a saved query's result
    description: list[str] = field(default_factory=list, compare=False)


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """Build a MultiDiGraph (one edge per relation, keyed by type) from store records.

    >>> from graph.model import Entity, Label, Relation
    >>> g = to_networkx(GraphData([Entity("Country:SRB", Label.COUNTRY, "Serbia"),
    ...                            Entity("Country:RUS", Label.COUNTRY, "Russia")], [],
    ...                           [Relation("Country:SRB", "ALLY_OF", "Country:RUS")]))
    >>> g.nodes["Country:SRB"]["name"], list(g.edges(keys=True))
    ('Serbia', [('Country:SRB', 'Country:RUS', 'ALLY_OF')])
    """
    g = nx.MultiDiGraph()
    for ent in data.entities:
        g.add_node(ent.id, **entity_attrs(ent))
    for art in data.articles:
        g.add_node(art.id, **article_attrs(art))
    for rel in data.relations:
        if rel.source in g and rel.target in g:
            g.add_edge(rel.source, rel.target, key=rel.type, **relation_attrs(rel))
    return g


def entity_attrs(ent: Entity) -> dict[str, object]:
    return {
        "label": ent.label.value,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "iso3": ent.iso3,
        "attrs": dict(ent.attrs),
    }


def article_attrs(art: Article) -> dict[str, object]:
    return {
        "label": Label.ARTICLE.value,
        "name": art.title,
        "aliases": [],
        "url": art.url,
        "outlet": art.outlet,
        "date": art.date,
        "path": art.path,
    }


def relation_attrs(rel: Relation) -> dict[str, object]:
    kind = RELATIONS[rel.type]
    return {
        "type": rel.type,
        "evidence": list(rel.evidence),
        "role": rel.role,
        "status": rel.status,
        "claimed": rel.claimed,
        "modality": rel.modality.value,
        "plover": kind.plover.value,
        "sign": kind.sign,
        "stance": kind.stance.value,
    }


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Node ids whose id, name or alias equals ``name`` (case-insensitive), best matches first.

    >>> g = nx.MultiDiGraph(); g.add_node("Country:RUS", name="Russia", aliases=["Moscow"])
    >>> find_nodes(g, "moscow")
    ['Country:RUS']
    """
    wanted = name.casefold().strip()
    exact = [
        n
        for n, d in g.nodes(data=True)
        if n.casefold() == wanted or str(d.get("name", "")).casefold() == wanted
    ]
    if exact:
        return sorted(exact)
    return sorted(
        n for n, d in g.nodes(data=True) if wanted in (a.casefold() for a in d.get("aliases") or [])
    )


class UnknownNodeError(LookupError):
    """--around named something that is not in the graph."""


def select(g: nx.MultiDiGraph, cut: Cut) -> nx.MultiDiGraph:
    """The part of ``g`` that ``cut`` asks for: edge filters first, then the neighbourhood.

    >>> abc = [Entity(f"Country:{x}", Label.COUNTRY, x) for x in "ABC"]
    >>> g = to_networkx(GraphData(abc, [],
    ...                           [Relation("Country:A", "ALLY_OF", "Country:B"),
    ...                            Relation("Country:B", "SANCTIONS", "Country:C")]))
    >>> sorted(select(g, Cut(around=("A",), depth=1)).nodes)
    ['Country:A', 'Country:B']
    >>> sorted(select(g, Cut(types=frozenset({"SANCTIONS"}))).nodes)
    ['Country:B', 'Country:C']
    """
    h = nx.MultiDiGraph()
    h.add_nodes_from((n, d) for n, d in g.nodes(data=True) if _node_kept(d, cut))
    h.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in g.edges(keys=True, data=True)
        if u in h and v in h and _edge_kept(d, cut)
    )
    for u, v, k in list(h.edges(keys=True)):
        h.edges[u, v, k]["evidence"] = [ev for ev in h.edges[u, v, k]["evidence"] if _date_kept(ev, cut)]
    if cut.node_ids is not None:
        h = h.subgraph(n for n in h if n in cut.node_ids).copy()
    if cut.around:
        h = _around(h, g, cut)
    elif cut.types or cut.since or cut.until:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])
    return h


def _around(h: nx.MultiDiGraph, g: nx.MultiDiGraph, cut: Cut) -> nx.MultiDiGraph:
    centres: list[str] = []
    for name in cut.around:
        found = find_nodes(g, name)
        if not found:
            raise UnknownNodeError(f"no node named {name!r} in the graph")
        centres.extend(n for n in found if n in h)
    keep = set(centres)
    undirected = h.to_undirected(as_view=True)
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=cut.depth))
    return h.subgraph(keep).copy()


def _node_kept(data: dict[str, object], cut: Cut) -> bool:
    if data["label"] == Label.ARTICLE.value and not cut.include_mentions:
        return False
    return not cut.labels or data["label"] in cut.labels or data["label"] == Label.ARTICLE.value


def _edge_kept(data: dict[str, object], cut: Cut) -> bool:
    if data["type"] == "MENTIONS" and not cut.include_mentions:
        return False
    if cut.types and data["type"] not in cut.types:
        return False
    if not cut.include_negated and not data["claimed"]:
        return False
    evidence = data["evidence"]
    assert isinstance(evidence, list)
    return not (cut.since or cut.until) or any(_date_kept(ev, cut) for ev in evidence)


def _date_kept(ev: Evidence, cut: Cut) -> bool:
    """Whether the evidence's time (the event time it states, else its date) meets the cut's window;
    undated evidence is kept unless the cut hides it."""
    if not (cut.since or cut.until):
        return True
    span = ev.period
    if span is None:
        return cut.undated
    first, last = span
    return (not cut.since or last >= cut.since[:10]) and (not cut.until or first <= cut.until[:10])


def with_ids(cut: Cut, ids: Iterable[str]) -> Cut:
    return replace(cut, node_ids=frozenset(ids))


def relations_of(
    g: nx.MultiDiGraph, types: Collection[str] | None = None
) -> list[tuple[str, str, str, dict[str, object]]]:
    """Edges as (source, type, target, data), sorted, optionally only some types."""
    return sorted(
        ((u, k, v, d) for u, v, k, d in g.edges(keys=True, data=True) if not types or k in types),
        key=lambda e: (e[0], e[1], e[2]),
    )


def describe_cut(cut: Cut) -> list[str]:
    """One line per filter the cut applies, shown in the page so a reader knows what is left out.

    >>> describe_cut(Cut(around=("Serbia",), depth=2, since="2022-01-01"))
    ['Around Serbia, 2 hops.', 'Evidence dated from 2022-01-01 and undated evidence.']
    """
    lines = list(cut.description)
    if cut.around:
        lines.append(f"Around {', '.join(cut.around)}, {cut.depth} hop{'s' if cut.depth != 1 else ''}.")
    if cut.types:
        lines.append(f"Relation types: {', '.join(sorted(cut.types))}.")
    if cut.labels:
        lines.append(f"Node labels: {', '.join(sorted(cut.labels))}.")
    if cut.since or cut.until:
        span = " ".join(
            part
            for part in (f"from {cut.since}" if cut.since else "", f"to {cut.until}" if cut.until else "")
            if part
        )
        undated = " and undated evidence" if cut.undated else ""
        lines.append(f"Evidence dated {span}{undated}.")
    if cut.include_negated:
        lines.append("Includes relations stated only as negated or hypothetical (dashed).")
    if cut.node_ids is not None:
        lines.append(f"Limited to the {len(cut.node_ids):,} nodes of a saved query's result.")
    return lines
