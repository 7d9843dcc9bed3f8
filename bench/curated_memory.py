"""Peak memory of ``geoalign ingest`` of one large curated-facts CSV, read in chunks against read whole.

Each variant runs ``geoalign ingest`` in a fresh process on the same generated file (``--rows`` rows,
each a new person supporting a new agreement) into a new embedded store and reports that process's
peak RSS. ``whole`` sets ``loaders.curated.CHUNK_ROWS`` past the file's length (every row in one
document, one transaction: how the loader worked before); ``chunked`` keeps the default.

Run: ``.venv/bin/python -m bench.curated_memory [--rows 250000]``. Prints the peaks, the ratio and one
JSON line.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HEADER = ["subject", "subject_label", "relation", "object", "object_label", "date", "source", "quote", "note"]
_PROBE = (
    "import atexit, resource, sys\n"
    "import loaders.curated as curated\n"
    "{setting}"
    "atexit.register(lambda: print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
    "file=sys.stderr))\n"
    "from geoalign.cli import main\n"
    "main()\n"
)


def write_facts(path: Path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(rows):
            w.writerow([f"P{i}", "Person", "SUPPORTS", f"A{i}", "Agreement", "2022-01-01", "s", f"q{i}", ""])


def peak_mb(facts: Path, store: Path, *, whole: bool) -> int:
    """Peak RSS in MB of one ``geoalign ingest`` process."""
    setting = "curated.CHUNK_ROWS = 10**12\n" if whole else ""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE.format(setting=setting),
            "--store",
            str(store),
            "ingest",
            "--quiet",
            str(facts),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    line = next(x for x in done.stderr.splitlines() if x.startswith("PEAK_KB"))
    return int(line.split()[1]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=250_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts.csv"
        write_facts(facts, args.rows)
        size_mb = facts.stat().st_size / 2**20
        whole = peak_mb(facts, Path(tmp) / "whole.lbug", whole=True)
        chunked = peak_mb(facts, Path(tmp) / "chunked.lbug", whole=False)
    print(f"{args.rows:,} curated rows ({size_mb:.1f} MB): whole file {whole:,} MB, chunked {chunked:,} MB")
    print(f"peak RSS ratio whole/chunked: {whole / chunked:.1f}x")
    print(
        json.dumps(
            {"rows": args.rows, "whole_mb": whole, "chunked_mb": chunked, "ratio": round(whole / chunked, 2)}
        )
    )


if __name__ == "__main__":
    main()
