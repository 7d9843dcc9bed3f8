"""Load benchmarks: a generated graph written into Neo4j and into LadybugDB, by each write path.

Neo4j (one server, one run): ``Store.add`` in batches of documents (geoalign's batched path);
``Store.add`` once per document (what ``geoalign ingest`` does); the naive path, one MERGE per
node and per relation, each in its own transaction (timed on a sample: it runs at ~100 rel/s);
and ``neo4j-admin database import`` of the CSV export into a fresh, stopped database.
LadybugDB: ``Store.add`` in the same batches, once per document, and row by row (the same MERGE
statements with one row each, each committed alone) on a sample.

Run alone: ``.venv/bin/python -m bench.loads --relations 20000`` (starts a throwaway Neo4j unless
$NEO4J_URI is set). Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import Graph, batches, make_graph
from bench.tables import format_table
from geoalign import neo4j_server
from graph.model import Article, Entity, Record, Relation, merge_relations
from graph.store import Store, open_store
from graph.store.base import (
    NODE_LABEL,
    RELATION_COLUMNS,
    GraphData,
    create_evidence_cypher,
    group_rows,
    label_sets,
    relation_ends,
    split_records,
    upsert_nodes_cypher,
)
from graph.store.evidence import EVIDENCE_LABEL, add_to_summary, evidence_rows, summary
from graph.store.ladybug_store import (
    CREATE_RELATIONS,
    DELETE_RELATIONS,
    LOOKUP_RELATIONS,
    LadybugStore,
)
from graph.store.neo4j_store import Neo4jStore

BATCH_RELATIONS = 10_000


@dataclass
class Timing:
    """One write path over some records: how long, how many relations and evidence records."""

    engine: str
    path: str
    relations: int
    evidence: int
    seconds: float
    note: str = ""

    @property
    def rel_per_s(self) -> float:
        return self.relations / self.seconds if self.seconds else 0.0

    def cells(self) -> list[str]:
        return [
            self.engine,
            self.path,
            f"{self.relations:,}",
            f"{self.evidence:,}",
            f"{self.seconds:.2f}",
            f"{self.rel_per_s:,.0f}",
            self.note,
        ]


def table(rows: Sequence[Timing]) -> str:
    head = ["engine", "write path", "relations", "evidence", "seconds", "rel/s", "note"]
    return format_table(head, [r.cells() for r in rows])


def _counts(docs: Sequence[Sequence[Record]]) -> tuple[int, int]:
    rels = merge_relations(r for doc in docs for r in doc if isinstance(r, Relation))
    return len(rels), sum(len(r.evidence) for r in rels)


def timed_adds(store: Store, calls: Sequence[Sequence[Record]]) -> float:
    start = time.perf_counter()
    for records in calls:
        store.add(records)
    return time.perf_counter() - start


# --- Neo4j --------------------------------------------------------------------------------------


@contextmanager
def neo4j_uri(*, heap: str = "2g", pagecache: str = "1g") -> Iterator[tuple[str, dict[str, str]]]:
    """$NEO4J_URI (with its credentials) when set, else a throwaway server for the block."""
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"], dict(os.environ)
        return
    with neo4j_server.running(heap=heap, pagecache=pagecache) as server:
        yield server.uri, {}


def wipe_neo4j(store: Neo4jStore) -> None:
    with store.driver.session(database=store.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def warm_up_neo4j(store: Neo4jStore, relations: int = 1500) -> None:
    """Run every write path once on a small other graph, then wipe: the JVM compiles its hot code and
    the server plans each statement shape (a cold server took 10x longer over its first minute)."""
    docs = make_graph(relations, seed=99).documents()
    wipe_neo4j(store)
    timed_adds(store, list(batches(docs, BATCH_RELATIONS)))
    timed_adds(store, docs[:20])
    naive_neo4j(store, docs[:10])
    wipe_neo4j(store)


def naive_neo4j(store: Neo4jStore, docs: Sequence[Sequence[Record]]) -> float:
    """One MERGE per node and per relation, one transaction each (evidence merged as Store.add does)."""
    start = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        for doc in docs:
            entities, articles, relations = split_records(doc)
            for node in [*entities, *articles]:
                session.execute_write(_naive_node, node)
            for rel in relations:
                session.execute_write(_naive_relation, rel)
    return time.perf_counter() - start


def _naive_node(tx: Any, node: Entity | Article) -> None:
    props = {"name": node.title} if isinstance(node, Article) else {"name": node.name}
    # The shape Store.add writes: the shared, uniquely indexed label and the node's own.
    cypher = f"MERGE (n:{NODE_LABEL} {{id: $id}}) SET {label_sets(node.label)}, n += $props"
    tx.run(cypher, id=node.id, props=props).consume()


def _naive_relation(tx: Any, rel: Relation) -> None:
    """The relation's summary merged with what is stored, and each evidence row, one MERGE each."""
    found = tx.run(
        f"MATCH ()-[r:{rel.type} {{key: $key}}]->() RETURN {_summary_return()}", key=rel.key
    ).single()
    new = [row for row in evidence_rows(rel) if not _naive_has_evidence(tx, row["id"])]
    if found is None:
        props = summary(rel)
    else:  # merge with what is stored, as any correct writer must
        kept = {row["id"] for row in new}
        fresh = [ev for ev, row in zip(rel.evidence, evidence_rows(rel), strict=True) if row["id"] in kept]
        props = add_to_summary(found.data(), rel, fresh)
    tx.run(
        f"MATCH (s:{NODE_LABEL} {{id: $source}}) MATCH (o:{NODE_LABEL} "
        f"{{id: $target}}) MERGE (s)-[r:{rel.type} {{key: $key}}]->(o) SET r += $props",
        source=rel.source,
        target=rel.target,
        key=rel.key,
        props=props,
    ).consume()
    for row in new:
        tx.run(f"MERGE (e:{EVIDENCE_LABEL} {{id: $id}}) SET e += $props", id=row["id"], props=row).consume()


def _naive_has_evidence(tx: Any, evidence_id: str) -> bool:
    return tx.run(f"MATCH (e:{EVIDENCE_LABEL} {{id: $id}}) RETURN e.id", id=evidence_id).single() is not None


def _summary_return() -> str:
    return ", ".join(f"r.{c} AS {c}" for c in RELATION_COLUMNS)


def neo4j_admin_import(graph: Graph) -> tuple[Timing, Timing]:
    """CSV export, ``neo4j-admin database import full`` into a fresh home, then a server on it that
    builds geoalign's constraints (the import does not): both timed."""
    from graph.export.neo4j_csv import neo4j_admin_args, write_neo4j_csv
    from graph.subgraph import to_networkx

    n, evidence = len(graph.relations), graph.evidence
    home = Path(tempfile.mkdtemp(prefix="geoalign-bench-import-"))
    try:
        start = time.perf_counter()
        folder = home / "import"
        write_neo4j_csv(to_networkx(GraphData(graph.entities, graph.articles, graph.relations)), folder)
        csv_s = time.perf_counter() - start
        lib, java = neo4j_server.fetch(), neo4j_server.find_java()
        for name in (*neo4j_server.DIRECTORIES, "conf"):
            (home / name).mkdir(parents=True, exist_ok=True)
        (home / "conf" / "neo4j.conf").write_text(
            neo4j_server.config_text(home, neo4j_server.free_port(), auth=False, pagecache="1g")
        )
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
        cmd = [java, "-Xmx2g", "-cp", str(lib / "*"), neo4j_server.ADMIN_ENTRY_POINT]
        start = time.perf_counter()
        done = subprocess.run(
            [*cmd, *neo4j_admin_args(folder)], env=env, capture_output=True, text=True, check=False
        )
        import_s = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError("neo4j-admin import failed: " + (done.stdout + done.stderr)[-800:])
        server = neo4j_server.start(home, heap="2g", pagecache="1g")
        try:
            start = time.perf_counter()
            with Neo4jStore(server.uri, None) as store:  # creates and populates the constraints
                store.driver.execute_query("CALL db.awaitIndexes(600)")
                constraints_s = time.perf_counter() - start
                stored = store.query("MATCH ()-[r]->() RETURN count(r) AS n").rows[0][0]
        finally:
            neo4j_server.stop(server)
        if stored != n:
            raise RuntimeError(f"neo4j-admin import stored {stored} relations, expected {n}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return (
        Timing(
            "neo4j", "neo4j-admin import (empty db)", n, evidence, import_s, f"+ CSV export {csv_s:.1f} s"
        ),
        Timing("neo4j", "  + constraints on first open", n, evidence, constraints_s, "index population"),
    )


def bench_neo4j(
    graph: Graph, *, naive_docs: int, per_doc_docs: int, admin: bool = True, batch: int = BATCH_RELATIONS
) -> list[Timing]:
    docs = graph.documents()
    rows: list[Timing] = []
    with neo4j_uri() as (uri, env), open_store(uri, env=env) as store:
        assert isinstance(store, Neo4jStore)
        warm_up_neo4j(store)
        calls = list(batches(docs, batch))
        seconds = timed_adds(store, calls)
        rows.append(
            Timing(
                "neo4j",
                "Store.add, batched",
                *_counts(docs),
                seconds,
                f"{len(calls)} calls of ~{batch:,} rel",
            )
        )
        sample = docs[:naive_docs]
        for name, run in _sample_paths(store, sample, per_doc_docs):
            wipe_neo4j(store)
            rows.append(Timing("neo4j", name, *_counts(run[1]), run[0](), f"first {len(run[1]):,} docs"))
    if admin:
        rows.extend(neo4j_admin_import(graph))
    return rows


def _sample_paths(
    store: Neo4jStore, sample: Sequence[Sequence[Record]], per_doc: int
) -> list[tuple[str, tuple[Callable[[], float], Sequence[Sequence[Record]]]]]:
    joined = list(batches(sample, BATCH_RELATIONS))
    return [
        ("Store.add, batched (sample)", (lambda: timed_adds(store, joined), sample)),
        ("Store.add per document (ingest)", (lambda: timed_adds(store, sample[:per_doc]), sample[:per_doc])),
        ("naive: MERGE per row, tx each", (lambda: naive_neo4j(store, sample), sample)),
    ]


# --- LadybugDB ----------------------------------------------------------------------------------


def bench_ladybug(
    graph: Graph, *, per_doc_docs: int, batch: int = BATCH_RELATIONS, runs: int = 1
) -> list[Timing]:
    """The three write paths into fresh stores, ``runs`` times in turn (``summarize`` takes the median
    ratio: one run of a 2,000-relation load swung from 64 to 98 on shared cores)."""
    docs = graph.documents()
    calls = list(batches(docs, batch))
    sample = docs[:per_doc_docs]
    rows: list[Timing] = []
    for run in range(runs):
        which = f" (run {run + 1} of {runs})" if runs > 1 else ""
        with tempfile.TemporaryDirectory(prefix="geoalign-bench-lbug-") as tmp:
            with LadybugStore(Path(tmp) / "batched.lbug") as store:
                seconds = timed_adds(store, calls)
            rows.append(
                Timing("ladybug", "Store.add, batched", *_counts(docs), seconds, f"{len(calls)} calls{which}")
            )
            with LadybugStore(Path(tmp) / "per-doc.lbug") as store:
                seconds = timed_adds(store, sample)
            per_doc = Timing(
                "ladybug", "Store.add per document (ingest)", *_counts(sample), seconds, which.strip()
            )
            rows.append(per_doc)
            with LadybugStore(Path(tmp) / "rows.lbug") as store:
                seconds = naive_ladybug(store, sample)
            rows.append(
                Timing(
                    "ladybug",
                    "naive: MERGE per row, tx each",
                    *_counts(sample),
                    seconds,
                    f"first {len(sample):,} docs{which}",
                )
            )
    return rows


def _ladybug_rows(result: Any) -> list[dict[str, Any]]:
    """A raw LadybugDB result as dicts (the naive path runs statements on the connection itself)."""
    columns = result.get_column_names()
    rows = []
    while result.has_next():
        rows.append(dict(zip(columns, result.get_next(), strict=True)))
    return rows


def naive_ladybug(store: LadybugStore, docs: Sequence[Sequence[Record]]) -> float:
    """The same statements as Store.add, but one row per statement, each committed alone."""
    start = time.perf_counter()
    for doc in docs:
        entities, articles, relations = split_records(doc)
        for label, node_rows in group_rows(entities, articles).items():
            for row in node_rows:
                store.conn.execute(upsert_nodes_cypher(label), {"rows": [row]})
        for rel in relations:
            found = _ladybug_rows(store.conn.execute(LOOKUP_RELATIONS, {"keys": [rel.key]}))
            new = [
                row
                for row in evidence_rows(rel)
                if not _ladybug_rows(
                    store.conn.execute(
                        f"MATCH (e:{EVIDENCE_LABEL} {{id: $id}}) RETURN e.id AS id", {"id": row["id"]}
                    )
                )
            ]
            if found:  # a new summary replaces the stored one, as Store.add does
                kept = {row["id"] for row in new}
                fresh = [
                    ev for ev, row in zip(rel.evidence, evidence_rows(rel), strict=True) if row["id"] in kept
                ]
                props = add_to_summary(found[0], rel, fresh)
                store.conn.execute(DELETE_RELATIONS, {"keys": [rel.key]})
            else:
                props = summary(rel)
            row = {**relation_ends(rel), **props, "type": rel.type}
            store.conn.execute(CREATE_RELATIONS, {"rows": [row]})
            for row in new:
                store.conn.execute(create_evidence_cypher(), {"rows": [row]})
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--relations", type=int, default=20_000)
    parser.add_argument("--naive-docs", type=int, default=300)
    parser.add_argument("--per-doc", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-admin", action="store_true")
    parser.add_argument("--engine", choices=["both", "neo4j", "ladybug"], default="both")
    parser.add_argument(
        "--runs", type=int, default=1, help="LadybugDB's paths this many times in turn (median ratio)"
    )
    args = parser.parse_args(argv)
    graph = make_graph(args.relations, args.seed)
    rows: list[Timing] = []
    if args.engine in ("both", "ladybug"):
        rows += bench_ladybug(graph, per_doc_docs=args.per_doc, runs=args.runs)
    if args.engine in ("both", "neo4j"):
        rows += bench_neo4j(
            graph, naive_docs=args.naive_docs, per_doc_docs=args.per_doc, admin=not args.no_admin
        )
    print(table(rows))
    summary = summarize(rows)
    print(json.dumps(summary))
    return summary


def summarize(rows: Sequence[Timing]) -> dict[str, Any]:
    """Rates and the batched / naive ratio per engine: medians over the runs (the ratio of each run's
    own pair, and its median), each run's ratio too when there are several."""
    by: dict[tuple[str, str], list[Timing]] = {}
    for r in rows:
        by.setdefault((r.engine, r.path), []).append(r)
    out: dict[str, Any] = {}
    for engine, baseline in (("neo4j", "naive"), ("ladybug", "rowwise")):
        batched = by.get((engine, "Store.add, batched"), [])
        naive = by.get((engine, "naive: MERGE per row, tx each"), [])
        if batched and naive:
            ratios = [b.rel_per_s / n.rel_per_s for b, n in zip(batched, naive, strict=True)]
            out[f"{engine}_rel_per_s"] = round(statistics.median(b.rel_per_s for b in batched))
            out[f"{engine}_{baseline}_rel_per_s"] = round(statistics.median(n.rel_per_s for n in naive))
            out[f"{engine}_load_ratio"] = round(statistics.median(ratios), 1)
            if len(ratios) > 1:
                out[f"{engine}_load_ratio_runs"] = [round(r, 1) for r in ratios]
    admin = next(iter(by.get(("neo4j", "neo4j-admin import (empty db)"), [])), None)
    if admin:
        out["neo4j_admin_import_rel_per_s"] = round(admin.rel_per_s)
    return out


if __name__ == "__main__":
    main()
