"""A parameter-free Cypher script that replays the subgraph into an empty Neo4j database.

This is the one place where values become Cypher text, so every value goes through
``cypher_literal``: strings are single-quoted with backslash, quote, newline and every control
character escaped; labels, relationship types and property names come from the model, never from
data, and are checked anyway. One statement per line, each ending in ``;`` (``cypher-shell -f``).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from graph.export.neo4j_csv import _records
from graph.model import RELATIONS, Label
from graph.store.base import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    NODE_LABEL,
    article_row,
    entity_row,
    label_sets,
    relation_row,
)
from graph.store.evidence import EVIDENCE_COLUMNS, EVIDENCE_LABEL, evidence_rows

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal that means exactly ``text``.

    >>> print(cypher_string("it's \\\\ a\\nb"))
    'it\\'s \\\\ a\\nb'
    >>> print(cypher_string("'}) DETACH DELETE n //"))
    '\\'}) DETACH DELETE n //'
    """
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 or char in "\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def cypher_literal(value: Any) -> str:
    """Any property value as a Cypher literal: null, booleans, integers, finite floats, strings, lists.

    >>> cypher_literal(["a", 1, 0.5, True, None])
    "['a', 1, 0.5, true, null]"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def _name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a safe Cypher name")
    return name


def _sets(variable: str, row: Mapping[str, Any], columns: tuple[str, ...]) -> str:
    return ", ".join(f"{variable}.{_name(c)} = {cypher_literal(row[c])}" for c in columns)


def cypher_statements(g: nx.MultiDiGraph) -> Iterator[str]:
    """Constraints, then one MERGE per node, per relation and per evidence row (re-running the script
    changes nothing)."""
    # The shape geoalign's Neo4j store writes: every node has NODE_LABEL (unique ids) and its own label.
    yield f"CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) REQUIRE n.id IS UNIQUE;"
    yield f"CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) REQUIRE e.id IS UNIQUE;"
    yield f"CREATE INDEX evidence_rel IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) ON (e.rel);"
    entities, articles, relations = _records(g)
    for rel_type in sorted({_name(r.type) for r in relations}):
        yield (
            f"CREATE CONSTRAINT {rel_type.lower()}_key IF NOT EXISTS "
            f"FOR ()-[r:{rel_type}]-() REQUIRE r.key IS UNIQUE;"
        )
    for ent in entities:
        row = entity_row(ent)
        yield (
            f"MERGE (n:{NODE_LABEL} {{id: {cypher_literal(ent.id)}}}) "
            f"SET {label_sets(ent.label)}, {_sets('n', row, ENTITY_COLUMNS[1:])};"
        )
    for art in articles:
        row = article_row(art)
        yield (
            f"MERGE (n:{NODE_LABEL} {{id: {cypher_literal(art.id)}}}) "
            f"SET {label_sets(Label.ARTICLE)}, {_sets('n', row, ARTICLE_COLUMNS[1:])};"
        )
    for rel in relations:
        if rel.type not in RELATIONS:
            raise ValueError(f"unknown relation type {rel.type!r}")
        row = relation_row(rel)
        columns = tuple(c for c in row if c not in ("source", "target", "key"))
        yield (
            f"MATCH (s:{NODE_LABEL} {{id: {cypher_literal(rel.source)}}}), "
            f"(o:{NODE_LABEL} {{id: {cypher_literal(rel.target)}}}) "
            f"MERGE (s)-[r:{_name(rel.type)} {{key: {cypher_literal(rel.key)}}}]->(o) "
            f"SET {_sets('r', row, columns)};"
        )
        for ev in evidence_rows(rel):
            yield (
                f"MERGE (e:{EVIDENCE_LABEL} {{id: {cypher_literal(ev['id'])}}}) "
                f"SET {_sets('e', ev, EVIDENCE_COLUMNS[1:])};"
            )


def write_cypher(g: nx.MultiDiGraph, path: str | Path | TextIO) -> None:
    """Write the script (UTF-8); ``"-"`` writes to stdout."""
    text = (
        "// geoalign export: replay into an empty Neo4j database, e.g. cypher-shell -f FILE\n"
        + "\n".join(cypher_statements(g))
        + "\n"
    )
    if path == "-":
        sys.stdout.write(text)
    elif isinstance(path, str | Path):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)
