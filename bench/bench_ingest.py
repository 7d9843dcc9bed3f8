"""Ingest with one process against ingest with Dask workers: words per second, end to end.

The same generated articles (``bench.bench_extract.make_articles``) are written to a folder as
.txt files and ingested into a fresh LadybugDB store by ``geoalign.ingest.ingest`` with ``workers=1``
(read, extract and write in this process) and with ``workers=2`` (two Dask worker processes extract,
this process reads and writes). The second figure includes starting the local Dask cluster and
loading spaCy in each worker. Also timed: extraction alone (``loaders.load`` against
``loaders.parallel.load_parallel``), no store.

Run: ``.venv/bin/python -m bench.bench_ingest --words 60000``. Prints a table, then one JSON line
with ``ingest_words_per_s_1``, ``ingest_words_per_s_2`` and ``ingest_workers_ratio`` (2 over 1).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.bench_extract import make_articles
from bench.tables import format_table
from geoalign.ingest import ingest
from graph.store.ladybug_store import LadybugStore
from loaders import load
from loaders.extract import warm_up
from loaders.parallel import load_parallel


def write_corpus(folder: Path, words: int, seed: int) -> int:
    """Generated articles as .txt files in ``folder``; returns how many words they hold."""
    texts = make_articles(words, seed)
    for i, text in enumerate(texts):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return sum(len(t.split()) for t in texts)


def _timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _ingest(folder: Path, workers: int) -> float:
    with (
        tempfile.TemporaryDirectory(prefix="geoalign-bench-ingest-") as tmp,
        LadybugStore(Path(tmp) / "bench.lbug") as store,
    ):
        return _timed(lambda: ingest(store, [folder], workers=workers))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    warm_up()
    with tempfile.TemporaryDirectory(prefix="geoalign-bench-corpus-") as tmp:
        folder = Path(tmp)
        words = write_corpus(folder, args.words, args.seed)
        timed = {
            "extract, 1 process": _timed(lambda: list(load([folder]))),
            f"extract, {args.workers} Dask workers": _timed(
                lambda: list(load_parallel([folder], workers=args.workers))
            ),
            "ingest, 1 process": _ingest(folder, 1),
            f"ingest, {args.workers} Dask workers": _ingest(folder, args.workers),
        }
    rows = [[name, f"{s:.1f}", f"{words / s:,.0f}"] for name, s in timed.items()]
    print(f"{words:,} words in generated articles")
    print(format_table(["path", "seconds", "words/s"], rows))
    extract_one, extract_many, ingest_one, ingest_many = timed.values()
    one, many = words / ingest_one, words / ingest_many
    summary = {
        "ingest_words": words,
        "ingest_words_per_s_1": round(one),
        f"ingest_words_per_s_{args.workers}": round(many),
        "ingest_workers_ratio": round(many / one, 2),
        "extract_workers_ratio": round(extract_one / extract_many, 2),
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
