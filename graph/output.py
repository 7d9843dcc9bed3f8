"""Rows as text: the one place that formats a table, JSON or CSV, for every command that prints rows.

CSV cells a spreadsheet would run as a formula start with ``'`` (``graph.textsafe``); numbers stay
numbers. JSON is a list of objects, one per row, keyed by column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from graph.textsafe import spreadsheet_cell, terminal

if TYPE_CHECKING:
    from graph.store import QueryResult

FORMATS = ("table", "json", "csv")


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """The rows as a text table, JSON (a list of objects) or CSV (lists joined with ``; ``).

    >>> print(format_rows(["name", "n"], [["=1+1", 2]], "csv"))
    name,n
    '=1+1,2
    >>> print(format_rows(["name", "n"], [["Serbia", 2]], "json"))
    [
      {
        "name": "Serbia",
        "n": 2
      }
    ]
    """
    if fmt == "json":
        return format_json([dict(zip(columns, row, strict=False)) for row in rows])
    if fmt == "csv":
        lines = [_csv_line([spreadsheet_cell(c) for c in columns])]
        lines += [_csv_line([_csv_cell(v) for v in row]) for row in rows]
        return "\n".join(lines)
    if fmt == "table":
        return format_table(columns, rows)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def format_result(result: QueryResult, fmt: str) -> str:
    """A query result as a text table, JSON or CSV."""
    return format_rows(result.columns, result.rows, fmt)


def format_json(value: Any) -> str:
    """JSON as every command prints it: indented, UTF-8 as is, anything unknown as its string."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    """A plain-text table, one line per row (newlines in values shown as ⏎, other control characters
    escaped, long cells cut with …).

    >>> print(format_table(["a", "b"], [[1, ["x", "y"]], [None, "long text"]]))
    a | b
    --+----------
    1 | x; y
      | long text
    """
    cells = [[_short(cell_text(v), max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def cell_text(value: Any) -> str:
    """One value as table or CSV text: lists joined with ``; ``, None blank, booleans lower-case."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_line(cells: list[str]) -> str:
    """One CSV row without its line end; a cell holding a CR or a newline is quoted (the ``\\r\\n``
    terminator makes the writer quote both, where ``\\n`` alone would leave a bare CR to split the row)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()[:-2]


def _csv_cell(value: Any) -> str:
    """A CSV cell: numbers as they are (``-0.5`` stays a number), text safe for spreadsheets."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return cell_text(value)
    return spreadsheet_cell(cell_text(value))


def _short(text: str, width: int) -> str:
    text = terminal(text.replace("\r", "").replace("\n", "⏎"))
    return text if len(text) <= width else text[: width - 1] + "…"
