"""The JSON export (a contract: /work/shared/eval/score.py and other tools read it) and its importer.

Shape (more keys may be added, none removed or renamed)::

    {"nodes": [{"id", "label", "name", "aliases": [], ...}],
     "edges": [{"source", "target", "type", "key", "role", "status", "claimed", "modality",
                "evidence": [{"article", "quote", "sentence", "start", "end", "date", "modality",
                              "confidence", "extractor", "extractor_version", "outlet", "url"}]}]}

``source``/``target`` are node ids. ``geoalign export --format json`` includes relations stated only as
negated or hypothetical, with that modality on the edge and on each evidence record (consumers such as
the scorer skip them; ``--claimed-only`` leaves them out), and articles with their MENTIONS edges.
Nodes are sorted by id, edges by (source, type, target) and evidence by (date, article, start, end),
so the same graph always gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from graph.model import Article, Entity, Evidence, Label, ModelError, Record, Relation
from graph.store.base import evidence_dict, evidence_from_dict


def _evidence_order(ev: Evidence) -> tuple[str, str, int, int, str]:
    return (ev.date or "", ev.article, ev.start, ev.end, ev.quote)


def node_json(node: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """One node: id, label, name, aliases, then the label's own fields."""
    out: dict[str, Any] = {
        "id": node,
        "label": data["label"],
        "name": data.get("name", node),
        "aliases": list(data.get("aliases") or []),
    }
    if data["label"] == Label.ARTICLE.value:
        out.update({k: data.get(k) for k in ("url", "outlet", "date", "path")})
    else:
        out.update({"iso3": data.get("iso3"), "attrs": dict(data.get("attrs") or {})})
    return out


def edge_json(source: str, target: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """One relation with every evidence record (modality included: consumers skip negated ones)."""
    evidence = sorted(data.get("evidence") or [], key=_evidence_order)
    return {
        "source": source,
        "target": target,
        "type": data["type"],
        "key": f"{source}|{data['type']}|{target}",
        "role": data.get("role"),
        "status": data.get("status"),
        "claimed": bool(data.get("claimed", True)),
        "modality": data.get("modality", "asserted"),
        "plover": data.get("plover"),
        "sign": data.get("sign"),
        "evidence": [evidence_dict(ev) for ev in evidence],
    }


def graph_json(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as the JSON contract's dict.

    >>> from graph.model import Entity, Label, Relation
    >>> from graph.store.base import GraphData
    >>> from graph.subgraph import to_networkx
    >>> g = to_networkx(GraphData([Entity("Country:SRB", Label.COUNTRY, "Serbia", ("Belgrade",))], [], []))
    >>> sorted(graph_json(g)["nodes"][0].items())  # doctest: +NORMALIZE_WHITESPACE
    [('aliases', ['Belgrade']), ('attrs', {}), ('id', 'Country:SRB'), ('iso3', None), ('label', 'Country'),
     ('name', 'Serbia')]
    """
    nodes = [node_json(n, d) for n, d in sorted(g.nodes(data=True), key=lambda nd: nd[0])]
    edges = [edge_json(u, v, d) for u, v, _k, d in g.edges(keys=True, data=True)]
    edges.sort(key=lambda e: (e["source"], e["type"], e["target"]))
    return {"nodes": nodes, "edges": edges}


def write_json(g: nx.MultiDiGraph, path: str | Path | TextIO) -> None:
    """Write ``graph_json(g)`` as UTF-8 JSON; ``"-"`` or a stream writes there."""
    text = json.dumps(graph_json(g), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if path == "-":
        sys.stdout.write(text)
    elif isinstance(path, str | Path):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)


def records_from_json(data: Mapping[str, Any]) -> list[Record]:
    """Model records from the JSON contract's dict (the inverse of ``graph_json``)."""
    records: list[Record] = []
    for node in data.get("nodes", []):
        try:
            label = Label(node["label"])
        except (KeyError, ValueError) as exc:
            raise ModelError(f"node {node.get('id')!r} has no known label ({node.get('label')!r})") from exc
        if label is Label.ARTICLE:
            records.append(
                Article(
                    node["id"],
                    node.get("name") or "",
                    node.get("url"),
                    node.get("outlet"),
                    node.get("date"),
                    node.get("path"),
                )
            )
        else:
            records.append(
                Entity(
                    node["id"],
                    label,
                    node.get("name") or node["id"],
                    tuple(node.get("aliases") or ()),
                    node.get("iso3"),
                    {str(k): str(v) for k, v in (node.get("attrs") or {}).items()},
                )
            )
    for edge in data.get("edges", []):
        evidence = tuple(evidence_from_dict(ev) for ev in edge.get("evidence") or ())
        records.append(
            Relation(
                edge["source"], edge["type"], edge["target"], evidence, edge.get("role"), edge.get("status")
            )
        )
    return records


def read_json(path: str | Path) -> list[Record]:
    """Read a JSON export back into records (for ``store.add``)."""
    return records_from_json(json.loads(Path(path).read_text(encoding="utf-8")))
