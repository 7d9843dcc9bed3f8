"""Plain-text tables for the benchmarks' output."""

from __future__ import annotations


def format_table(head: list[str], body: list[list[str]]) -> str:
    cells = [head, *body]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
