"""CSV files in neo4j-admin import format: one node file per label, one relationship file per type,
and one file of evidence rows (``nodes_Evidence.csv``).

Headers use ``id:ID`` (the id is also stored as the ``id`` property), ``:LABEL``, ``:START_ID``,
``:END_ID``, ``:TYPE`` and typed columns (``aliases:string[]``, ``n_evidence:long``, ``claimed:boolean``,
``confidence:double``). The property columns are exactly the store's, so an imported database is a
geoalign store. Every string is quoted (an empty field is null, ``""`` an empty string); arrays are
separated by U+001F (an element containing U+001F gets U+FFFD instead), so quotes may hold ``;``
and ``|``; fields may span lines. Load with ``neo4j_admin_args`` (written to ``import.txt`` too).

These files are for ``neo4j-admin`` and hold every value exactly, so a cell may begin with ``=``, ``+``,
``-`` or ``@``: do not open them in a spreadsheet. For people, use ``geoalign query``/``cypher --format
csv`` or ``align --csv``, whose text cells a spreadsheet cannot run as formulas.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import Article, Entity, Label, Relation
from graph.store.base import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    NODE_LABEL,
    RELATION_COLUMNS,
    article_row,
    entity_row,
    relation_row,
)
from graph.store.evidence import EVIDENCE_COLUMNS, EVIDENCE_LABEL, evidence_rows

ARRAY_DELIMITER = "\u001f"
_TYPES = {
    "aliases": "string[]",
    "n_evidence": "long",
    "sentence": "long",
    "char_start": "long",
    "char_end": "long",
    "sign": "long",
    "confidence": "double",
    "claimed": "boolean",
}


def _header(column: str) -> str:
    return f"{column}:{_TYPES[column]}" if column in _TYPES else column


def csv_field(value: Any) -> str:
    """One CSV field: null empty, strings always quoted, arrays joined by U+001F.

    >>> [csv_field(v) for v in (None, "", 'a "b" c', ["a;b", "c"], True, 2, 0.5)]
    ['', '""', '"a ""b"" c"', '"a;b\\x1fc"', 'true', '2', '0.5']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        value = ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "\ufffd") for v in value)
    return '"' + str(value).replace('"', '""') + '"'


def _write_file(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(header) + "\n")
        for row in rows:
            handle.write(",".join(csv_field(v) for v in row) + "\n")


def _records(g: nx.MultiDiGraph) -> tuple[list[Entity], list[Article], list[Relation]]:
    entities, articles = [], []
    for node, d in sorted(g.nodes(data=True), key=lambda nd: nd[0]):
        if d["label"] == Label.ARTICLE.value:
            articles.append(
                Article(
                    node, d.get("name") or "", d.get("url"), d.get("outlet"), d.get("date"), d.get("path")
                )
            )
        else:
            entities.append(
                Entity(
                    node,
                    Label(d["label"]),
                    d.get("name") or node,
                    tuple(d.get("aliases") or ()),
                    d.get("iso3"),
                    dict(d.get("attrs") or {}),
                )
            )
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    relations = [
        Relation(u, k, v, tuple(d.get("evidence") or ()), d.get("role"), d.get("status"))
        for u, v, k, d in edges
    ]
    return entities, articles, relations


def write_neo4j_csv(g: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """Write ``nodes_<Label>.csv`` and ``relationships_<TYPE>.csv`` (and ``import.txt``) into ``folder``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    entities, articles, relations = _records(g)
    written: list[Path] = []
    by_label: dict[Label, list[Entity]] = defaultdict(list)
    for ent in entities:
        by_label[ent.label].append(ent)
    for label, members in sorted(by_label.items()):
        rows = [
            [row["id"], [label.value, NODE_LABEL], label.value, *(row[c] for c in ENTITY_COLUMNS[1:])]
            for row in map(entity_row, members)
        ]
        written.append(out / f"nodes_{label.value}.csv")
        _write_file(written[-1], ["id:ID", ":LABEL", "label", *map(_header, ENTITY_COLUMNS[1:])], rows)
    if articles:
        rows = [
            [row["id"], [Label.ARTICLE.value, NODE_LABEL], Label.ARTICLE.value]
            + [row[c] for c in ARTICLE_COLUMNS[1:]]
            for row in map(article_row, articles)
        ]
        written.append(out / f"nodes_{Label.ARTICLE.value}.csv")
        _write_file(written[-1], ["id:ID", ":LABEL", "label", *ARTICLE_COLUMNS[1:]], rows)
    by_type: dict[str, list[Relation]] = defaultdict(list)
    for rel in relations:
        by_type[rel.type].append(rel)
    for rel_type, typed in sorted(by_type.items()):
        rows = [
            [row["source"], row["target"], rel_type, *(row[c] for c in RELATION_COLUMNS)]
            for row in map(relation_row, typed)
        ]
        written.append(out / f"relationships_{rel_type}.csv")
        _write_file(written[-1], [":START_ID", ":END_ID", ":TYPE", *map(_header, RELATION_COLUMNS)], rows)
    evidence = [row for rel in relations for row in evidence_rows(rel)]
    if evidence:
        rows = [[row["id"], EVIDENCE_LABEL, *(row[c] for c in EVIDENCE_COLUMNS[1:])] for row in evidence]
        written.append(out / f"nodes_{EVIDENCE_LABEL}.csv")
        _write_file(written[-1], ["id:ID", ":LABEL", *map(_header, EVIDENCE_COLUMNS[1:])], rows)
    (out / "import.txt").write_text(
        "# Load into an empty, stopped database (files relative to this folder):\n"
        + "neo4j-admin "
        + " ".join(_shell(a) for a in neo4j_admin_args(out, relative=True))
        + "\n",
        encoding="utf-8",
    )
    return written


def neo4j_admin_args(folder: str | Path, database: str = "neo4j", *, relative: bool = False) -> list[str]:
    """The ``neo4j-admin`` arguments that import the folder's files into ``database``."""
    out = Path(folder)
    args = [
        "database",
        "import",
        "full",
        database,
        "--overwrite-destination=true",
        "--multiline-fields=true",
        "--array-delimiter=U+001F",
        "--id-type=string",
        f"--report-file={'import.report' if relative else out / 'import.report'}",  # next to the files
    ]
    for path in sorted(out.glob("nodes_*.csv")):
        args.append(f"--nodes={path.name if relative else path}")
    for path in sorted(out.glob("relationships_*.csv")):
        args.append(f"--relationships={path.name if relative else path}")
    return args


def _shell(arg: str) -> str:
    return arg if all(c.isalnum() or c in "-_=./+:" for c in arg) else "'" + arg.replace("'", "'\\''") + "'"
