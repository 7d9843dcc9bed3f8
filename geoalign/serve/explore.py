"""What the explorer reads: nodes matching a search, a node's neighbourhood, exports of it.

Everything goes through ``Store.query`` (the read-only path the CLI uses), so it runs the same on both
engines and reads the store as it is now. A neighbourhood is fetched hop by hop with Cypher, then cut
with ``graph.subgraph.select``, so its filters mean what ``geoalign export --around`` means.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from graph.export import graph_json, write_gexf, write_graphml, write_report
from graph.export.report import describe_filters
from graph.model import Label, Relation
from graph.queries import result_node_ids
from graph.store import GraphData, QueryResult, Store
from graph.store.base import DEFAULT_ROW_LIMIT, article_from_row, entity_from_row
from graph.store.evidence import EVIDENCE_COLUMNS, EVIDENCE_LABEL, evidence_from_row, sort_evidence
from graph.subgraph import Cut, select, to_networkx, with_ids

SEARCH_LIMIT = 20
MAX_DEPTH = 3
RESULT_NODES = 500  # a saved query's answer drawn as a graph: at most this many nodes
# format → (media type, file name); the report is the CLI's report folder, zipped
EXPORT_FORMATS = {
    "json": ("application/json", "geoalign-export.json"),
    "gexf": ("application/xml", "geoalign-export.gexf"),
    "graphml": ("application/xml", "geoalign-export.graphml"),
    "report": ("application/zip", "geoalign-report.zip"),
}

_MATCH = (
    "WITH toLower($q) AS q MATCH (n) WHERE n.label <> 'Article' AND ({test}) "
    "RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases ORDER BY id LIMIT $limit"
)
_CONTAINS = " OR ".join(
    [
        "toLower(n.name) CONTAINS q",
        "toLower(n.id) CONTAINS q",
        "any(a IN n.aliases WHERE toLower(a) CONTAINS q)",
    ]
)
_EQUALS = "toLower(n.name) = q OR toLower(n.id) = q OR any(a IN n.aliases WHERE toLower(a) = q)"
_NODE_COLUMNS = ("id", "label", "name", "aliases", "iso3", "attrs", "url", "outlet", "date", "path")
_NODES = "MATCH (n:__Node__) WHERE n.id IN $ids RETURN " + ", ".join(f"n.{c} AS {c}" for c in _NODE_COLUMNS)
_REL_COLUMNS = ", ".join(
    ["s.id AS source", "o.id AS target", "type(r) AS type"]
    + [f"r.{c} AS {c}" for c in ("key", "role", "status")]
)
# Outgoing and incoming separately: each starts from the id index (an OR of both ends scans every relation).
_HOPS = (
    "MATCH (s:__Node__)-[r]->(o) WHERE s.id IN $ids AND type(r) <> 'MENTIONS' RETURN " + _REL_COLUMNS,
    "MATCH (s)-[r]->(o:__Node__) WHERE o.id IN $ids AND type(r) <> 'MENTIONS' RETURN " + _REL_COLUMNS,
)
_AMONG = (
    "MATCH (s:__Node__)-[r]->(o:__Node__) WHERE s.id IN $ids AND o.id IN $ids AND type(r) <> 'MENTIONS' "
    "RETURN " + _REL_COLUMNS
)


class UnknownNode(LookupError):
    """The node asked for is not in the store."""


@dataclass(frozen=True)
class Neighbourhood:
    """A node's neighbourhood as the JSON export's dict, and whether a row limit cut it short."""

    graph: nx.MultiDiGraph
    truncated: bool

    def as_json(self) -> dict[str, Any]:
        return {**graph_json(self.graph), "truncated": self.truncated}


def search(store: Store, text: str, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
    """Nodes whose name, alias or id contains ``text`` (case-insensitive): exact matches first, then
    prefixes, then the rest, each by name."""
    q = text.strip().casefold()
    if not q:
        return []
    rows = store.query(_MATCH.format(test=_CONTAINS), {"q": q, "limit": limit * 5}).records()
    ranked = sorted(rows, key=lambda row: (_rank(row, q), str(row["name"]).casefold(), row["id"]))
    return [{**row, "aliases": list(row["aliases"] or [])} for row in ranked[:limit]]


def _rank(row: dict[str, Any], q: str) -> int:
    keys = [
        str(row["name"]).casefold(),
        str(row["id"]).casefold(),
        *(a.casefold() for a in row["aliases"] or []),
    ]
    if q in keys:
        return 0
    return 1 if any(k.startswith(q) for k in keys) else 2


def resolve(store: Store, name: str) -> list[str]:
    """Ids of the nodes whose id, name or alias is ``name`` (case-insensitive); UnknownNode if none."""
    rows = store.query(_MATCH.format(test=_EQUALS), {"q": name.strip(), "limit": 50}).rows
    if not rows:
        raise UnknownNode(f"no node named {name!r} in the graph")
    return [str(row[0]) for row in rows]


def neighbourhood(
    store: Store, names: Sequence[str], cut: Cut, *, limit: int = DEFAULT_ROW_LIMIT
) -> Neighbourhood:
    """The nodes within ``cut.depth`` hops of the named nodes, with their relations and evidence."""
    if cut.depth > MAX_DEPTH:
        raise ValueError(f"depth must be at most {MAX_DEPTH}")
    centres = [node for name in names for node in resolve(store, name)]
    seen, frontier, relations, truncated = set(centres), list(centres), [], False
    for _ in range(max(cut.depth, 1)):
        if not frontier:
            break
        rows, cut_short = _hop(store, frontier, limit)
        truncated |= cut_short
        relations += _with_evidence(store, rows)
        frontier = sorted({end for row in rows for end in (row["source"], row["target"])} - seen)
        seen.update(frontier)
    data = _graph_data(store, seen, relations)
    g = select(to_networkx(data), replace(cut, around=tuple(centres)))
    return Neighbourhood(g, truncated)


# Evidence is stored as rows keyed by their relation's key (graph/store/evidence.py).
_EVIDENCE = f"UNWIND $keys AS k MATCH (e:{EVIDENCE_LABEL}) WHERE e.rel = k RETURN " + ", ".join(
    f"e.{c} AS {c}" for c in EVIDENCE_COLUMNS
)


def _with_evidence(store: Store, rows: list[dict[str, Any]]) -> list[Relation]:
    """The hop's relations with every evidence record stored for them."""
    keys = sorted({str(row["key"]) for row in rows})
    found: dict[str, list[Any]] = {}
    if keys:
        for ev in store.query(_EVIDENCE, {"keys": keys}, limit=DEFAULT_ROW_LIMIT).records():
            found.setdefault(str(ev["rel"]), []).append(evidence_from_row(ev))
    return [
        Relation(
            row["source"],
            row["type"],
            row["target"],
            sort_evidence(found.get(str(row["key"]), ())),
            row["role"],
            row["status"],
        )
        for row in rows
    ]


def _hop(store: Store, ids: list[str], limit: int) -> tuple[list[dict[str, Any]], bool]:
    results = [store.query(cypher, {"ids": ids}, limit=limit) for cypher in _HOPS]
    rows = {(r["source"], r["type"], r["target"]): r for res in results for r in res.records()}
    return list(rows.values()), any(res.truncated for res in results)


def _graph_data(store: Store, ids: Collection[str], relations: list[Any]) -> GraphData:
    data = GraphData(relations=relations)
    for row in store.query(_NODES, {"ids": sorted(ids)}, limit=len(ids) + 1).records():
        if row["label"] == Label.ARTICLE.value:
            data.articles.append(article_from_row(row))
        else:
            data.entities.append(entity_from_row(Label(row["label"]), row))
    return data


def result_graph(store: Store, result: QueryResult) -> Neighbourhood:
    """The nodes a saved query's answer names, with the relations among them (negated ones included):
    ids from its ``id`` and ``*_id`` columns, as ``geoalign export --query`` picks them, and both ends
    of the relations in its ``relation_key`` / ``relation_keys`` columns. At most ``RESULT_NODES``."""
    ids = sorted(result_node_ids(result) | _relation_ends(result))
    truncated = len(ids) > RESULT_NODES
    ids = ids[:RESULT_NODES]
    if not ids:
        return Neighbourhood(nx.MultiDiGraph(), truncated=False)
    found = store.query(_AMONG, {"ids": ids}, limit=DEFAULT_ROW_LIMIT)
    relations = _with_evidence(store, found.records())
    g = select(to_networkx(_graph_data(store, ids, relations)), with_ids(Cut(include_negated=True), ids))
    return Neighbourhood(g, truncated or found.truncated)


def _relation_ends(result: QueryResult) -> set[str]:
    """Both ends of every relation key (``source|TYPE|target``) in the result's relation-key columns."""
    picked = [i for i, col in enumerate(result.columns) if col in ("relation_key", "relation_keys")]
    ends: set[str] = set()
    for row in result.rows:
        for i in picked:
            for key in row[i] if isinstance(row[i], list) else [row[i]]:
                parts = str(key or "").split("|")
                if len(parts) == 3:
                    ends.update((parts[0], parts[2]))
    return ends


def export_bytes(store: Store, fmt: str, names: Sequence[str], cut: Cut, *, command: str = "") -> bytes:
    """The graph around ``names`` (the whole graph when there are none) in ``fmt``: json, gexf, graphml,
    or the report (HTML, Markdown and picture, zipped); ``command`` tells the report how it was made."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    g = neighbourhood(store, names, cut).graph if names else select(to_networkx(store.read()), cut)
    if fmt == "json":
        return json.dumps(graph_json(g), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "report":
        return _zipped_report(g, cut, command)
    out = io.StringIO()
    (write_gexf if fmt == "gexf" else write_graphml)(g, out)
    return out.getvalue().encode("utf-8")


def _zipped_report(g: nx.MultiDiGraph, cut: Cut, command: str) -> bytes:
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="geoalign-report-") as folder:
        written = write_report(
            g, folder, title="geoalign explorer export", command=command, filters=describe_filters(cut)
        )
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in written:
                archive.write(path, f"report/{path.name}")
    return buffer.getvalue()
