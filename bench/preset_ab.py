"""Old against new saved queries on one store: each preset's two texts run alternately in one process.

Under a shared, busy machine this is the comparison to trust: both texts meet the same load. The store
must be loaded from ``bench.corpus.make_graph(--relations, --seed)`` (the required parameters are
picked from that graph as ``bench.presets`` picks them). Prints, per preset, the median ms of each
text and whether both returned the same rows; then one JSON line.

Run: ``.venv/bin/python -m bench.preset_ab --store g.lbug --old-queries OLD/queries --relations 100000``
(``OLD`` a checkout of the commit to compare with, e.g. ``git worktree add OLD <commit>``).
``--param breaks_ranks.actor=Afghanistan`` (repeatable) sets or overrides a preset's parameter, e.g. to
time a preset whose parameters are optional with one given (values are typed as ``geoalign query``
types them). ``--rows N`` asks for pages of N rows (default 100, what ``geoalign query`` shows).
``--old-forgets-verdicts`` makes the old side forget the store's remembered read-only verdicts before
each run (Neo4j: every text's plan asked again, as before they were remembered); give the same folder
as ``--old-queries`` to time that alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench.corpus import make_graph
from bench.presets import arguments
from graph.queries import load_catalog, run_saved
from graph.queries.catalog import Preset
from graph.store import Store, StoreError, open_store

STOPPED_MS = float("inf")
PAGE_ROWS = 100


def _once(
    store: Store, name: str, params: Mapping[str, Any], catalog: Mapping[str, Preset], rows: int
) -> tuple[float, Any]:
    start = time.perf_counter()
    try:
        found = run_saved(store, name, params, catalog=catalog, limit=rows).rows
    except StoreError as exc:  # the time or memory limit
        return STOPPED_MS, str(exc)
    return (time.perf_counter() - start) * 1000, found


def compare(
    store: Store,
    name: str,
    params: Mapping[str, Any],
    old: Mapping[str, Preset],
    runs: int,
    page_rows: int = PAGE_ROWS,
    old_forgets_verdicts: bool = False,
) -> dict[str, Any]:
    """Median ms of the old and the new text of preset ``name``, run alternately after one warm-up each."""
    new = load_catalog()
    times: dict[str, list[float]] = {"old": [], "new": []}
    rows: dict[str, Any] = {}
    for i in range(runs + 1):
        for tag, catalog in (("old", old), ("new", new)):
            if times[tag] and times[tag][-1] == STOPPED_MS:
                continue  # stopped once: do not wait for the limit again
            forget = getattr(store, "forget_read_verdicts", None)
            if tag == "old" and old_forgets_verdicts and forget is not None:
                forget()
            took, rows[tag] = _once(store, name, params, catalog, page_rows)
            if i or took == STOPPED_MS:
                times[tag].append(took)
    medians = {tag: round(statistics.median(ts), 1) for tag, ts in times.items()}
    return {**medians, "same_rows": rows["old"] == rows["new"], "load": round(os.getloadavg()[0], 1)}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", required=True, help="a store path or a bolt:// URI (credentials from env)")
    parser.add_argument("--old-queries", required=True, type=Path, help="the queries/ folder to compare with")
    parser.add_argument("--relations", type=int, required=True, help="the size the store was generated at")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=PAGE_ROWS, help="rows per page asked for")
    parser.add_argument(
        "--presets", default="", help="comma-separated names (default: those in both folders)"
    )
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="PRESET.NAME=VALUE",
        help="set a preset's parameter (repeatable), e.g. breaks_ranks.actor=Afghanistan",
    )
    parser.add_argument(
        "--old-forgets-verdicts",
        action="store_true",
        help="the old side forgets the store's read-only verdicts before each run",
    )
    args = parser.parse_args(argv)
    old = load_catalog(args.old_queries)
    names = args.presets.split(",") if args.presets else sorted(set(old) & set(load_catalog()))
    params = arguments(make_graph(args.relations, args.seed))
    for option in args.param:
        target, sep, value = option.partition("=")
        preset, dot, key = target.partition(".")
        if not (sep and dot and preset and key):
            parser.error(f"--param {option!r}: expected PRESET.NAME=VALUE")
        params[preset] = {**params.get(preset, {}), key: value}
    out: dict[str, Any] = {}
    with open_store(args.store, read_only=not args.store.startswith(("bolt", "neo4j"))) as store:
        for name in names:
            out[name] = found = compare(
                store, name, params.get(name, {}), old, args.runs, args.rows, args.old_forgets_verdicts
            )
            print(
                f"{name:22s} old {found['old']:9.1f} ms  new {found['new']:9.1f} ms  "
                f"same rows: {found['same_rows']}  load {found['load']}",
                flush=True,
            )
    print(json.dumps({"store": args.store, "relations": args.relations, "rows": args.rows, "ab": out}))
    return out


if __name__ == "__main__":
    main()
