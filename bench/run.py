"""Every benchmark in one run: ``python -m bench.run --quick`` (< 3 min) or ``--full``.

One throwaway Neo4j serves the load and preset benchmarks (or $NEO4J_URI when set). Each part
prints its own table; the run ends with one JSON line holding the key figures of all parts:
``neo4j_load_ratio``, ``neo4j_rel_per_s``, ``extract_words_per_s``, ``extract_vs_parse`` (an ingest
with two worker processes against spaCy's bare parse in one process, words/s), ``reload_ratio`` (ingesting
the same, stored articles again against the first ingest, seconds),
``view_10k_first_frame_s``, ``view_10k_html_mb``, ``preset_p50_ms_neo4j``, ``preset_p50_ms_ladybug``,
``startup_ratio``, ``preset_p50_ms_anchored_*`` (presets that name an actor), ``ladybug_load_ratio``
(with ``--quick`` the median of three runs in turn, each run's in ``ladybug_load_ratio_runs``) and
``ingest_workers_ratio`` (two worker processes over one process, end to end) (and more). ``--full`` adds
the growth table: loads and presets at 1k, 10k and 100k relations.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any
from unittest import mock

from bench import bench_extract, bench_ingest, bench_serve, bench_view, loads, presets, startup
from bench.corpus import make_graph
from bench.tables import format_table

QUICK = {
    "relations": 2_000,
    "naive_docs": 30,
    "per_doc": 30,
    "words": 4_000,
    # 151 articles: the workers start in 0.03 s, but the last batch and the name resolution (~0.5-0.8 s)
    # come after the last article is extracted; at 20k words they were a fifth of a two-worker ingest
    "ingest_words": 40_000,
    "runs": 1,
    "preset_runs": 3,
    "load_runs": 3,  # LadybugDB's load paths, in turn: ladybug_load_ratio is the median of 3
}
FULL = {
    "relations": 100_000,
    "naive_docs": 300,
    "per_doc": 300,
    "words": 250_000,
    "ingest_words": 250_000,
    "runs": 3,
    "preset_runs": 20,
    "load_runs": 1,
}
# Growth (--full): x1 and x10 are measured here; x100 is the presets part's own run at FULL size;
# x1000 is a load of LadybugDB alone (BIG_LOAD), and SMALL_ARTICLES are ingested in a process of their own.
GROWTH = (1_000, 10_000)
BIG_LOAD = 1_000_000
SMALL_ARTICLES = 20_000


def _part(name: str, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    print(f"\n## {name}", flush=True)
    start = time.perf_counter()
    out = work()
    print(f"({name}: {time.perf_counter() - start:.0f} s)", flush=True)
    return out


def _extract(words: int, runs: int) -> dict[str, Any]:
    summary = bench_extract.main(["--words", str(words), "--runs", str(runs)])
    return {
        "extract_words_per_s": summary["many1_words_per_s"],
        "extract_words_per_cpu_s": summary["many1_words_per_cpu_s"],
        # extract_vs_parse (end to end with two workers, against the bare parse) comes from bench_ingest
        "extract_many_vs_parse": round(summary["many1_words_per_s"] / summary["bare_words_per_s"], 2),
        "extract_2proc_words_per_s": summary["many2_words_per_s"],
        "extract_peak_rss_mb": summary["peak_rss_mb"],
    }


def _loads(size: dict[str, int], admin: bool) -> dict[str, Any]:
    graph = make_graph(size["relations"])
    rows = loads.bench_ladybug(graph, per_doc_docs=size["per_doc"], runs=size["load_runs"])
    rows += loads.bench_neo4j(graph, naive_docs=size["naive_docs"], per_doc_docs=size["per_doc"], admin=admin)
    print(loads.table(rows))
    return loads.summarize(rows)


Measured = tuple[int, Any, dict[str, float]]  # relations, preset latencies, load rates per engine


def _presets(relations: int, runs: int, keep: list[Measured]) -> dict[str, Any]:
    latencies, rates = presets.bench(make_graph(relations), runs=runs)
    print(presets.table(latencies))
    keep.append((relations, latencies, rates))
    return {
        **presets.summarize(latencies),
        **{f"preset_graph_load_rel_per_s_{k}": round(v) for k, v in rates.items()},
    }


def _growth(largest: list[Measured]) -> dict[str, Any]:
    steps = [(n, *presets.bench(make_graph(n), runs=5)) for n in GROWTH] + largest
    rows = []
    for engine in ("neo4j", "ladybug"):
        for n, latencies, rates in steps:
            p50 = presets.summarize(latencies)[f"preset_p50_ms_{engine}"]
            rows.append(
                [engine, f"{n:,}", f"{rates[engine]:,.0f}", f"{1000 / rates[engine]:.2f}", f"{p50:.1f}"]
            )
    big = loads.bench_ladybug(make_graph(BIG_LOAD), per_doc_docs=30)[0]  # batched Store.add
    print(loads.table([big]))
    rows.append(["ladybug", f"{BIG_LOAD:,}", f"{big.rel_per_s:,.0f}", f"{1000 / big.rel_per_s:.2f}", "-"])
    print(format_table(["engine", "relations", "load rel/s", "ms per relation", "preset p50 ms"], rows))
    return {
        "growth": [
            dict(zip(["engine", "relations", "rel_per_s", "ms_per_rel", "p50_ms"], r, strict=True))
            for r in rows
        ]
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="small sizes, under 3 minutes (the default)")
    mode.add_argument("--full", action="store_true", help="the sizes BENCHMARKS.md reports, plus growth")
    args = parser.parse_args(argv)
    size = FULL if args.full else QUICK
    start = time.perf_counter()
    summary: dict[str, Any] = {"mode": "full" if args.full else "quick"}
    summary |= _part("start-up: geoalign --help vs import click", lambda: startup.main([]))
    # One server for every part: the parts open $NEO4J_URI when it is set.
    with loads.neo4j_uri() as (uri, _), mock.patch.dict(os.environ, {"NEO4J_URI": uri}):
        summary |= _part("load: Neo4j and LadybugDB", lambda: _loads(size, admin=args.full))
        measured: list[Measured] = []
        summary |= _part("presets", lambda: _presets(size["relations"], size["preset_runs"], measured))
        if args.full:
            summary |= _part("growth", lambda: _growth(measured))
    summary |= _part("extraction", lambda: _extract(size["words"], size["runs"]))
    summary |= _part(
        "ingest: one process vs two worker processes, a re-ingest, the bare parse",
        lambda: bench_ingest.main(["--words", str(size["ingest_words"]), "--workers", "2"]),
    )
    if args.full:
        summary |= _part(f"ingest of {SMALL_ARTICLES:,} small articles: memory", _small_articles)
    summary |= _part("views", lambda: _views(size["runs"], quick=not args.full))
    summary |= _part("serve: 50 clients on loopback", lambda: _serve(quick=not args.full))
    summary["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    summary["seconds"] = round(time.perf_counter() - start)
    print(json.dumps(summary))
    return summary


def _small_articles() -> dict[str, Any]:
    """In a process of its own, so that its peak RSS is the ingest's."""
    cmd = [sys.executable, "-m", "bench.ingest_memory", "--articles", str(SMALL_ARTICLES)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(done.stdout, end="")
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _views(runs: int, quick: bool) -> dict[str, Any]:
    argv = ["--runs", str(runs)] + (["--quick", "--ours-only"] if quick else [])
    return bench_view.main(argv)


def _serve(quick: bool) -> dict[str, Any]:
    relations, seconds = ("2000", "10") if quick else ("10000", "30")
    return bench_serve.main(["--relations", relations, "--seconds", seconds])


if __name__ == "__main__":
    main()
