"""LadybugDB memory by schema: peak RSS after writing a few relations of every (type, source label,
target label) combination the model allows, into the store's schema (one node table, one rel table per
type) and into the schema it replaced (a node table per label, so a physical rel table per combination).
Each schema is measured in a fresh process. ``--load N`` also measures the peak of a process that
generates N relations (``bench.corpus``) and writes them with ``Store.add`` in batches, as a bulk
ingest does.

Run: ``.venv/bin/python -m bench.ladybug_memory [--load 100000]``. Prints the peaks and one JSON line.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import ladybug

from graph.model import ENTITY_LABELS, RELATIONS, Label
from graph.store.base import NODE_LABEL
from graph.store.ladybug_store import REL_TABLE, schema_statements


def combinations() -> list[tuple[str, Label, Label]]:
    return [(t, s, o) for t, k in RELATIONS.items() for s in sorted(k.subjects) for o in sorted(k.objects)]


def store_columns() -> tuple[str, str]:
    """The node and relation columns of the store's schema, read from its public DDL."""
    stmts = schema_statements()
    node_prefix = f"CREATE NODE TABLE IF NOT EXISTS {NODE_LABEL}("
    rel_marker = f"(FROM {NODE_LABEL} TO {NODE_LABEL}, "
    node = next(s for s in stmts if s.startswith(node_prefix))[len(node_prefix) : -1]
    rel = next(s for s in stmts if rel_marker in s)
    return node, rel[rel.index(rel_marker) + len(rel_marker) : -1]


def table_per_label_schema() -> list[str]:
    """The schema before the single node table: each rel table declares a FROM/TO pair per combination."""
    node_columns, relation_columns = store_columns()
    stmts = [f"CREATE NODE TABLE {lb.value}({node_columns})" for lb in (*ENTITY_LABELS, Label.ARTICLE)]
    for name, kind in RELATIONS.items():
        pairs = ", ".join(f"FROM {s.value} TO {o.value}" for s in kind.subjects for o in kind.objects)
        stmts.append(f"CREATE REL TABLE {name}({pairs}, {relation_columns})")
    return stmts


def write(schema: str, rows: int = 5) -> int:
    """Peak RSS in MB of this process after one statement of ``rows`` relations per combination."""
    per_label = schema == "per-label"
    with tempfile.TemporaryDirectory() as tmp:
        conn = ladybug.Connection(ladybug.Database(str(Path(tmp) / "probe.lbug")))
        for stmt in table_per_label_schema() if per_label else schema_statements():
            conn.execute(stmt)
        for label in (*ENTITY_LABELS, Label.ARTICLE):
            table = label.value if per_label else NODE_LABEL
            conn.execute(
                f"UNWIND range(0, 99) AS i CREATE (:{table} {{id: '{label.value}:' + string(i), "
                f"label: '{label.value}'}})"
            )
        for n, (rel, src, dst) in enumerate(combinations()):
            s_table, o_table = (src.value, dst.value) if per_label else (NODE_LABEL, NODE_LABEL)
            edge, typed = (rel, "") if per_label else (REL_TABLE, f"type: '{rel}', ")
            conn.execute(
                f"UNWIND range(0, {rows - 1}) AS i MATCH (s:{s_table} {{id: '{src.value}:' + string(i)}}), "
                f"(o:{o_table} {{id: '{dst.value}:' + string(i + 1)}}) "
                f"CREATE (s)-[:{edge} {{{typed}key: string(i) + '-{n}'}}]->(o)"
            )
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def load(relations: int) -> int:
    """Peak RSS in MB of this process after generating ``relations`` and storing them in batches."""
    from bench.corpus import batches, make_graph
    from bench.loads import BATCH_RELATIONS
    from graph.store.ladybug_store import LadybugStore

    docs = make_graph(relations).documents()
    with tempfile.TemporaryDirectory() as tmp, LadybugStore(Path(tmp) / "load.lbug") as store:
        for call in batches(docs, BATCH_RELATIONS):
            store.add(call)
    print(f"{len(docs):,} documents")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _child(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.ladybug_memory", *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()


def main() -> dict[str, int]:
    if len(sys.argv) > 1 and sys.argv[1] in ("per-label", "store"):
        print(write(sys.argv[1]))
        return {}
    if len(sys.argv) > 2 and sys.argv[1] == "load-child":
        print(load(int(sys.argv[2])))
        return {}
    peaks = {}
    for schema in ("store", "per-label"):
        peaks[schema] = int(_child(schema)[-1])
    summary = {
        "combinations": len(combinations()),
        "rel_tables_store": len(RELATIONS),
        "peak_mb_store_schema": peaks["store"],
        "peak_mb_table_per_label_schema": peaks["per-label"],
        "ratio": round(peaks["per-label"] / peaks["store"], 1),
    }
    print(
        f"{len(combinations())} statements of 5 relations, one per (type, source label, target label): "
        f"store schema ({len(RELATIONS)} rel tables) {peaks['store']} MB, "
        f"table per label ({len(combinations())} physical rel tables) {peaks['per-label']} MB"
    )
    if "--load" in sys.argv:
        relations = int(sys.argv[sys.argv.index("--load") + 1])
        docs, peak = _child("load-child", str(relations))
        summary |= {"load_relations": relations, "load_documents": docs.split()[0], "peak_mb_load": int(peak)}
        print(f"generating and storing {relations:,} relations ({docs}) in batches: peak {peak} MB")
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
