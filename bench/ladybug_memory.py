"""LadybugDB memory per relation-table pair: peak RSS after writing a few rows into every pair the
schema declares, against the same number of rows in one pair (a fresh process for each).

Run: ``.venv/bin/python -m bench.ladybug_memory``. Prints both peaks and one JSON line.
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
from graph.store.ladybug_store import schema_statements


def pairs() -> list[tuple[str, Label, Label]]:
    return [(t, s, o) for t, k in RELATIONS.items() for s in sorted(k.subjects) for o in sorted(k.objects)]


def write(every_pair: bool, rows: int = 5) -> int:
    """Peak RSS in MB of this process after the writes."""
    with tempfile.TemporaryDirectory() as tmp:
        conn = ladybug.Connection(ladybug.Database(str(Path(tmp) / "probe.lbug")))
        for stmt in schema_statements():
            conn.execute(stmt)
        for label in [*ENTITY_LABELS, Label.ARTICLE]:
            conn.execute(f"UNWIND range(0, 99) AS i CREATE (:{label.value} {{id: 'n' + string(i)}})")
        targets = pairs() if every_pair else [("SUPPORTS", Label.COUNTRY, Label.EVENT)] * len(pairs())
        for n, (rel, src, dst) in enumerate(targets):
            conn.execute(
                f"UNWIND range(0, {rows - 1}) AS i MATCH (s:{src.value} {{id: 'n' + string(i)}}), "
                f"(o:{dst.value} {{id: 'n' + string(i + 1)}}) "
                f"CREATE (s)-[:{rel} {{key: string(i) + '-{n}'}}]->(o)"
            )
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> dict[str, int]:
    if len(sys.argv) > 1 and sys.argv[1] in ("every", "one"):
        print(write(sys.argv[1] == "every"))
        return {}
    peaks = {}
    for mode in ("one", "every"):
        done = subprocess.run(
            [sys.executable, "-m", "bench.ladybug_memory", mode], capture_output=True, text=True
        )
        peaks[mode] = int(done.stdout.strip().splitlines()[-1])
    summary = {
        "rel_table_pairs": len(pairs()),
        "peak_mb_one_pair": peaks["one"],
        "peak_mb_every_pair": peaks["every"],
    }
    print(
        f"{len(pairs())} statements of 5 rows: all into one pair {peaks['one']} MB, "
        f"one into each pair {peaks['every']} MB"
    )
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
