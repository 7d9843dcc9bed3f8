"""Memory of an ingest of many small articles: resident and peak RSS as the article count grows.

N small generated articles (3 sentences each from ``bench.bench_extract``'s templates, ~60 words,
each text different so none is skipped as stored) are written as .txt files, then ingested into a
fresh LadybugDB store, opened as `geoalign ingest` opens it, by ``geoalign.ingest.ingest`` in this
process (read, extract, write; the corpus is on disk, not in memory). Every ``--step`` articles the
resident set and the peak so far are recorded, with what of it is LadybugDB's buffer pool, what the
C heap holds (glibc), the store's checkpoints so far and its write-ahead log; at the end, the C heap
once the store is closed (what extraction keeps). Bounded memory means the resident set stays flat
as the count grows. A LadybugDB writer keeps in memory what was committed since its last checkpoint
(about 1.6 bytes per byte of log, until the log reaches 32 MB for the ingest writer, or
``GEOALIGN_CHECKPOINT_MB``), and its buffer pool caches the growing database file (up to 80 % of RAM
by default): BENCHMARKS.md, "Memory of a long ingest" and "Fewer bytes of log per article".

With ``--engine neo4j`` the same articles go into a throwaway Neo4j server (the jars of
``geoalign neo4j``), the path the README gives for corpora beyond one machine: the ingest process holds
only extraction and the driver, and the server's resident set (its ``/proc`` entry, JVM heap and page
cache capped by its configuration) is sampled beside it.

Run: ``.venv/bin/python -m bench.ingest_memory --articles 20000`` (a fresh process each time: the
peak is this process's). Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_extract import make_articles
from bench.tables import format_table
from geoalign import neo4j_server
from geoalign.ingest import ingest
from graph.store import Store, open_store
from graph.store.embedded_file import file_size, wal_path
from graph.store.ladybug_store import LadybugStore
from loaders.base import Loaded, Problem
from loaders.extract import warm_up

SENTENCES = 3


def small_articles(n: int, seed: int) -> list[str]:
    """``n`` different articles of ``SENTENCES`` sentences each, cut from generated long ones."""
    out: list[str] = []
    words = n * 80
    while len(out) < n:
        for text in make_articles(words, seed):
            body = text.split("\n", 1)[1].strip()
            sentences = [s.strip() + "." for s in body.split(". ") if s.strip()]
            for i in range(0, len(sentences) - SENTENCES + 1, SENTENCES):
                part = " ".join(s.rstrip(".") + "." for s in sentences[i : i + SENTENCES])
                headline = part.split(",")[0].split(".")[0]
                out.append(f"{headline}\n{part} (Item {len(out)}.)\n")
                if len(out) == n:
                    return out
        seed += 1
    return out


def _rss_mb(pid: str = "self") -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # a server given by $NEO4J_URI runs elsewhere
        return -1.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pool_mb() -> float:
    """Resident MB of LadybugDB's buffer pool: its frames live in one anonymous mapping that reserves
    far more address space than anything else in the process (terabytes, whatever the pool's size)."""
    total, size, name = 0.0, 0, ""
    with open("/proc/self/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and not parts[0].endswith(":"):
                low, high = (int(x, 16) for x in parts[0].split("-"))
                size, name = high - low, (parts[5] if len(parts) > 5 else "")
            elif parts[0] == "Rss:" and size >= 2**32 and not name:
                total += int(parts[1]) / 1024
    return total


_MALLINFO2 = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in _MALLINFO2.split(" ")]


def _c_heap_mb() -> float:
    """MB the C heap has handed out and not had back (glibc's ``mallinfo2``), -1 without glibc."""
    try:
        info = ctypes.CDLL(None).mallinfo2
    except AttributeError:
        return -1.0
    info.restype = _MallInfo2
    got = info()
    return (got.uordblks + got.hblkhd) / 2**20


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--step", type=int, default=0, help="articles between samples (default a tenth)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--engine", choices=("ladybug", "neo4j"), default="ladybug")
    args = parser.parse_args(argv)
    if args.engine == "neo4j":
        if os.environ.get("NEO4J_URI"):  # a server elsewhere: its memory is not sampled
            with open_store(os.environ["NEO4J_URI"]) as store:
                return _run(args, store, server_pid="")
        with neo4j_server.running() as server, open_store(server.uri, env={}) as store:
            return _run(args, store, server_pid=str(server.pid))
    return _run(args, None, server_pid="")


def _peak_of(pid: str) -> float:
    """Peak resident MB of another process (``VmHWM``), -1 when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return -1.0


def _run(args: argparse.Namespace, neo4j: Store | None, *, server_pid: str) -> dict[str, Any]:
    step = args.step or max(1, args.articles // 10)
    with tempfile.TemporaryDirectory(prefix="geoalign-bench-small-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = 0
        for i, text in enumerate(small_articles(args.articles, args.seed)):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            words += len(text.split())
        warm_up()
        samples: list[list[str]] = []
        seen = [0]
        path = Path(tmp) / "bench.lbug"
        stores: list[LadybugStore] = []
        start = time.perf_counter()
        base_rss = _rss_mb()

        def on_item(item: Loaded | Problem) -> None:
            seen[0] += 1
            if seen[0] % step == 0:
                elapsed = time.perf_counter() - start
                rate = seen[0] / elapsed
                samples.append([f"{seen[0]:,}", f"{elapsed:.0f}", f"{rate:.1f}", f"{_rss_mb():.0f}"])
                samples[-1].append(f"{_peak_mb():.0f}")
                if stores:
                    samples[-1] += [f"{_pool_mb():.0f}", f"{_c_heap_mb():.0f}"]
                    samples[-1] += [f"{stores[0].checkpoints}", f"{file_size(wal_path(path)) / 2**20:.0f}"]
                else:  # Neo4j: the server's resident set and its peak so far
                    samples[-1] += [f"{_c_heap_mb():.0f}", f"{_rss_mb(server_pid):.0f}"]
                    samples[-1].append(f"{_peak_of(server_pid):.0f}")
                print(" | ".join(samples[-1]), flush=True)

        if neo4j is not None:
            report = ingest(neo4j, [folder], on_item=on_item)
        else:
            embedded = LadybugStore(path, ingest=True)  # as `geoalign ingest` opens it
            with embedded:
                stores.append(embedded)
                report = ingest(embedded, [folder], on_item=on_item)
        seconds = time.perf_counter() - start
        stores.clear()
        gc.collect()
        heap_closed = _c_heap_mb()  # what the store held is gone; what extraction keeps is not
    print(f"{args.articles:,} articles, {words:,} words; {base_rss:.0f} MB resident before the first")
    head = ["articles", "seconds", "articles/s", "RSS MB", "peak RSS MB"]
    if neo4j is None:
        head += ["pool MB", "C heap MB", "checkpoints", "log MB"]
    else:
        head += ["C heap MB", "server RSS MB", "server peak MB"]
    print(format_table(head, samples))
    print(f"C heap once the store is closed: {heap_closed:.0f} MB")
    first, last = float(samples[0][3]), float(samples[-1][3])
    summary = {
        "small_articles_engine": args.engine,
        "small_articles": args.articles,
        "small_articles_words": words,
        "small_articles_per_s": round(args.articles / seconds, 1),
        "small_articles_documents": report.documents,
        "small_articles_rss_first_sample_mb": round(first),
        "small_articles_rss_last_sample_mb": round(last),
        "small_articles_peak_rss_mb": round(_peak_mb()),
        "small_articles_c_heap_closed_mb": round(heap_closed),
    }
    if neo4j is not None:
        summary["small_articles_server_rss_last_sample_mb"] = round(float(samples[-1][6]))
        summary["small_articles_server_peak_mb"] = round(_peak_of(server_pid))
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
