"""Start-up: how long ``geoalign --help`` takes against a bare ``python -c "import click"``.

Both run as fresh interpreters from this checkout, interleaved, ``--runs`` times each; the figure is
the ratio of the medians (goal: at most 4×). ``python -c pass`` is timed too, to show how much of
either is the interpreter itself.

Run: ``.venv/bin/python -m bench.startup [--runs 21]``. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.tables import format_table

ROOT = Path(__file__).resolve().parent.parent
# what the console script runs (``geoalign = geoalign.cli:main``), from this checkout
COMMANDS = {
    "geoalign --help": "import sys; sys.argv = ['geoalign', '--help']; from geoalign.cli import main; main()",
    "import click": "import click",
    "python (nothing)": "pass",
}


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, float]:
    """Median wall seconds of each command over ``runs`` interleaved runs (one warm-up run first)."""
    for code in COMMANDS.values():
        _time(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            times[name].append(_time(code))
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=21, help="runs of each command (median taken)")
    args = parser.parse_args(argv)
    medians = measure(args.runs)
    click_s = medians["import click"]
    print(
        format_table(
            ["command", "median s", "× import click"],
            [[name, f"{s:.3f}", f"{s / click_s:.2f}"] for name, s in medians.items()],
        )
    )
    summary = {
        "startup_help_s": round(medians["geoalign --help"], 3),
        "startup_click_s": round(click_s, 3),
        "startup_python_s": round(medians["python (nothing)"], 3),
        "startup_ratio": round(medians["geoalign --help"] / click_s, 2),
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
