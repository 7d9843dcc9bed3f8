"""Preset latency: every saved query in ``queries/`` on LadybugDB and on Neo4j over a generated graph.

Each store is loaded with the same ``bench.corpus.make_graph`` graph through ``Store.add`` (batched),
then every preset runs ``--runs`` times with its defaults; required parameters get the graph's
busiest actors and most-cited event (what an analyst would ask about), and each asks for the page
``geoalign query`` shows (100 rows; ``--page-rows`` for others, e.g. 10000, the page before
2026-12-03). Reported per preset and engine: p50 and p95 in ms, and rows returned. The load times come
along (relations/s per engine).

Run alone: ``.venv/bin/python -m bench.presets --relations 10000 --runs 10`` (starts a throwaway
Neo4j unless $NEO4J_URI is set). Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import Graph, batches, make_graph
from bench.loads import BATCH_RELATIONS, neo4j_uri, timed_adds, wipe_neo4j
from bench.tables import format_table
from graph.model import Label, label_of
from graph.queries import load_catalog, run_saved
from graph.store import Store, StoreError, open_store
from graph.store.ladybug_store import LadybugStore
from graph.store.neo4j_store import Neo4jStore

PAGE_ROWS = 100  # the page geoalign query shows


@dataclass
class Latency:
    engine: str
    preset: str
    relations: int
    p50_ms: float  # math.inf when the preset stopped (``stopped`` says why)
    p95_ms: float
    rows: int
    stopped: str = ""

    def cells(self) -> list[str]:
        timing = [f"{self.p50_ms:.1f}", f"{self.p95_ms:.1f}"] if not self.stopped else [self.stopped, ""]
        return [self.engine, self.preset, f"{self.relations:,}", *timing, str(self.rows)]


def arguments(graph: Graph) -> dict[str, dict[str, Any]]:
    """Values for the presets' required parameters: the busiest countries and the most-cited event."""
    degree: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for rel in graph.relations:
        if rel.type == "MENTIONS":
            continue
        for end in (rel.source, rel.target):
            degree[end] += len(rel.evidence)
        if label_of(rel.target) is Label.EVENT:
            events[rel.target] += len(rel.evidence)
    names = {e.id: e.name for e in graph.entities}
    countries = [i for i, _ in degree.most_common() if label_of(i) is Label.COUNTRY]
    a, b = names[countries[0]], names[countries[1]]
    topic = names[events.most_common(1)[0][0]]
    return {
        "allies": {"actor": a},
        "co_mentions": {"a": a, "b": b},
        "paths": {"a": a, "b": b},
        "relations_between": {"a": a, "b": b},
        "stance_on_topic": {"topic": topic},
        "stances_over_time": {"actor": a},
    }


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(round(q * (len(ordered) - 1)), len(ordered) - 1)]


def time_presets(store: Store, engine: str, graph: Graph, runs: int, rows: int = PAGE_ROWS) -> list[Latency]:
    """Each preset's latency asking for its first page of ``rows`` rows (whole-graph presets cut the
    page inside the query; see ``graph.queries.pages_inside``)."""
    args = arguments(graph)
    if rows != PAGE_ROWS:
        engine = f"{engine}_page{rows}"
    out: list[Latency] = []
    for name in sorted(load_catalog()):
        params = args.get(name, {})
        start = time.perf_counter()
        try:
            found = len(run_saved(store, name, params, limit=rows).rows)  # warm: plan cache, page cache
        except StoreError as exc:  # the time or memory limit an analyst would meet too
            out.append(Latency(engine, name, len(graph.relations), math.inf, math.inf, 0, _why(exc)))
            continue
        slow = time.perf_counter() - start > SLOW_S
        times = []
        for _ in range(min(runs, SLOW_RUNS) if slow else runs):
            start = time.perf_counter()
            run_saved(store, name, params, limit=rows)
            times.append((time.perf_counter() - start) * 1000)
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        out.append(Latency(engine, name, len(graph.relations), p50, p95, found))
    return out


def bench(
    graph: Graph,
    *,
    runs: int,
    engines: Sequence[str] = ("ladybug", "neo4j"),
    pages: Sequence[int] = (PAGE_ROWS,),
) -> tuple[list[Latency], dict[str, float]]:
    calls = list(batches(graph.documents(), BATCH_RELATIONS))
    latencies: list[Latency] = []
    loads: dict[str, float] = {}
    if "ladybug" in engines:
        with (
            tempfile.TemporaryDirectory(prefix="geoalign-bench-presets-") as tmp,
            LadybugStore(Path(tmp) / "bench.lbug") as store,
        ):
            loads["ladybug"] = len(graph.relations) / timed_adds(store, calls)
            for rows in pages:
                latencies += time_presets(store, "ladybug", graph, runs, rows)
    if "neo4j" in engines:
        with neo4j_uri() as (uri, env), open_store(uri, env=env) as store:
            assert isinstance(store, Neo4jStore)
            wipe_neo4j(store)
            loads["neo4j"] = len(graph.relations) / timed_adds(store, calls)
            for rows in pages:
                latencies += time_presets(store, "neo4j", graph, runs, rows)
    return latencies, loads


ANCHORED = ("allies", "co_mentions", "paths", "relations_between", "stance_on_topic", "stances_over_time")
SLOW_S, SLOW_RUNS = 2.0, 3  # a preset slower than this is timed fewer times


def _why(exc: StoreError) -> str:
    text = str(exc).lower()
    return "stopped: time limit" if "time limit" in text else "stopped: memory" if "memory" in text else text


def summarize(latencies: Sequence[Latency]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for engine in sorted({x.engine for x in latencies}):
        mine = [x for x in latencies if x.engine == engine]
        out[f"preset_p50_ms_{engine}"] = round(statistics.median(x.p50_ms for x in mine), 1)
        # the presets that name an actor, an event or two (their answers do not grow with the graph)
        anchored = [x.p50_ms for x in mine if x.preset in ANCHORED]
        if anchored:
            out[f"preset_p50_ms_anchored_{engine}"] = round(statistics.median(anchored), 1)
        out[f"preset_p95_ms_{engine}"] = round(statistics.median(x.p95_ms for x in mine), 1)
        slowest = max(mine, key=lambda x: x.p50_ms)
        took = slowest.stopped or f"{slowest.p50_ms:.0f} ms"
        out[f"preset_slowest_{engine}"] = f"{slowest.preset} {took}"
        out[f"preset_stopped_{engine}"] = sorted(x.preset for x in mine if x.stopped)
    return out


def table(latencies: Sequence[Latency]) -> str:
    head = ["engine", "preset", "relations", "p50 ms", "p95 ms", "rows"]
    return format_table(head, [x.cells() for x in latencies])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--relations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", choices=["both", "neo4j", "ladybug"], default="both")
    parser.add_argument(
        "--page-rows",
        type=int,
        nargs="+",
        default=[PAGE_ROWS],
        help="rows per page asked for (several: each preset is timed for each)",
    )
    args = parser.parse_args(argv)
    engines = ("ladybug", "neo4j") if args.engine == "both" else (args.engine,)
    graph = make_graph(args.relations, args.seed)
    latencies, loads = bench(graph, runs=args.runs, engines=engines, pages=args.page_rows)
    print(table(latencies))
    summary = {**summarize(latencies), **{f"load_rel_per_s_{k}": round(v) for k, v in loads.items()}}
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
