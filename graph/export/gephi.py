"""GraphML and GEXF for Gephi, through one clean-up step that both writers need.

networkx's GraphML writer rejects list, dict, None and date values, and GEXF reads lists as time
intervals and takes an edge ``type`` as directed/undirected. So before writing: lists and dicts
become JSON text, None values are left out, dates stay ISO strings, the node's display name goes to
``label`` (what Gephi shows) and its node label to ``kind``, the relation type goes to ``relation``
(and ``label``), and each edge is keyed by its unique relation key. Every string (ids included) goes
through ``clean_text``: XML 1.0 cannot carry control characters, U+FFFE or lone surrogates, and the
readers remove them already, but a store filled by an older geoalign or by hand may still hold them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from graph.model import clean_text
from graph.store.base import evidence_dict

_NODE_RENAMES = {"label": "kind", "name": "label"}


def _value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(_cleaned(value), ensure_ascii=False, sort_keys=True)
    return clean_text(value) if isinstance(value, str) else value


def _cleaned(value: Any) -> Any:
    """``value`` with ``clean_text`` applied to every string in it, however deep."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list | tuple):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(str(k)): _cleaned(v) for k, v in value.items()}
    return value


def writable_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose every attribute is a str, int, float or bool (see the module docstring).

    >>> from graph.model import Entity, Label, Relation
    >>> from graph.store.base import GraphData
    >>> from graph.subgraph import to_networkx
    >>> g = to_networkx(GraphData([Entity("Country:A", Label.COUNTRY, "A", ("a1",)),
    ...                            Entity("Country:B", Label.COUNTRY, "B")], [],
    ...                           [Relation("Country:A", "ALLY_OF", "Country:B")]))
    >>> h = writable_graph(g)
    >>> h.nodes["Country:A"]["label"], h.nodes["Country:A"]["kind"], h.nodes["Country:A"]["aliases"]
    ('A', 'Country', '["a1"]')
    >>> list(h.edges(keys=True))
    [('Country:A', 'Country:B', 'Country:A|ALLY_OF|Country:B')]
    """
    h = nx.MultiDiGraph()
    for node, data in sorted(g.nodes(data=True), key=lambda nd: nd[0]):
        attrs = {_NODE_RENAMES.get(k, k): _value(v) for k, v in data.items() if v is not None}
        h.add_node(clean_text(node), **attrs)
    for u, v, _k, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        u, v = clean_text(u), clean_text(v)
        key = f"{u}|{clean_text(data['type'])}|{v}"
        attrs = {}
        for name, value in data.items():
            if value is None or name == "type":
                continue
            if name == "evidence":
                value = [evidence_dict(ev) for ev in value]
            attrs[name] = _value(value)
        attrs.update(relation=data["type"], label=data["type"], n_evidence=len(data.get("evidence") or []))
        h.add_edge(u, v, key=key, **attrs)
    return h


def _write(text: str, path: str | Path | TextIO) -> None:
    if path == "-":
        sys.stdout.write(text)
    elif isinstance(path, str | Path):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)


def write_graphml(g: nx.MultiDiGraph, path: str | Path | TextIO) -> None:
    """GraphML (opens in Gephi, yEd, networkx ``read_graphml(force_multigraph=True)``).

    networkx's ElementTree writer, not its lxml one: the lxml writer leaves lxml's incremental
    ``xmlfile`` open when a value is refused, and the interpreter then crashes (segfault) collecting it.
    """
    buffer = io.BytesIO()
    nx.write_graphml_xml(writable_graph(g), buffer, encoding="utf-8", prettyprint=True)
    _write(buffer.getvalue().decode("utf-8"), path)


def write_gexf(g: nx.MultiDiGraph, path: str | Path | TextIO) -> None:
    """GEXF 1.2 (Gephi's own format; networkx ``read_gexf``). Edge ids are the relation keys."""
    h = writable_graph(g)
    for u, v, key in h.edges(keys=True):
        h.edges[u, v, key]["id"] = key
    buffer = io.BytesIO()
    nx.write_gexf(h, buffer, encoding="utf-8", prettyprint=True)
    _write(buffer.getvalue().decode("utf-8"), path)
