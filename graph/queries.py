"""Saved queries: the preset catalog in ``queries/*.cypher``, typed parameters, and running them.

Each preset is one ``.cypher`` file whose leading ``//`` comment is its documentation::

    // Title: Allies of an actor
    // Question: Which actors are allied with the given actor?
    // Parameters:
    //   actor (string): name, alias or id of the actor
    //   max_hops (integer 1..4, default 3): the longest path to list
    //   side (string, one of any|support|oppose, default any): which side
    // List columns: via
    // Example: geoalign query allies --param actor=Russia

Parameter types: string, integer (optional ``LOW..HIGH`` range), float, boolean, date (YYYY-MM-DD,
passed as a string since the store keeps dates as ISO strings), list (comma-separated strings).
A parameter without a default is required. Values always travel as query parameters, never as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph.cypher_compat import code_only, order_by_columns, plain
from graph.store import QueryResult, Store
from graph.store.base import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_S
from graph.subgraph import Cut, with_ids
from graph.textsafe import spreadsheet_cell

CATALOG_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAM_TYPES = ("string", "integer", "float", "boolean", "date", "list")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class QueryError(ValueError):
    """A preset or parameter problem; the message says what the preset takes."""


@dataclass(frozen=True)
class Param:
    """One declared parameter of a preset."""

    name: str
    type: str
    description: str = ""
    default: Any = None
    required: bool = True
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()

    def signature(self) -> str:
        kind = self.type + (f" {self.low}..{self.high}" if self.low is not None else "")
        kind += f", one of {'|'.join(self.choices)}" if self.choices else ""
        default = "required" if self.required else f"default {_show(self.default)}"
        return f"{self.name} ({kind}, {default})"


@dataclass(frozen=True)
class Preset:
    """A saved query: its text and the documentation parsed from its header."""

    name: str
    path: Path
    cypher: str
    title: str
    question: str
    example: str
    params: tuple[Param, ...] = ()
    list_columns: frozenset[str] = field(default_factory=frozenset)

    def usage(self) -> str:
        lines = [f"{self.name}: {self.title}", f"  {self.question}"]
        lines += [f"  --param {p.signature()}: {p.description}" for p in self.params] or ["  (no parameters)"]
        lines.append(f"  example: {self.example}")
        return "\n".join(lines)


# --- the catalog ------------------------------------------------------------------------------


def load_catalog(folder: Path = CATALOG_DIR) -> dict[str, Preset]:
    """Every preset in ``folder`` by name (the file name without ``.cypher``), sorted by name."""
    return {path.stem: read_preset(path) for path in sorted(folder.glob("*.cypher"))}


def read_preset(path: Path) -> Preset:
    """Parse one ``.cypher`` file; a malformed header raises QueryError naming the file."""
    text = path.read_text(encoding="utf-8")
    return parse_preset(path.stem, text, path)


def parse_preset(name: str, text: str, path: Path | None = None) -> Preset:
    """Parse a preset's header and keep its text.

    >>> p = parse_preset("demo", "// Title: T\\n// Question: Q?\\n// Parameters:\\n"
    ...                  "//   n (integer 1..5, default 2): how many\\n// Example: geoalign query demo\\n"
    ...                  "RETURN $n AS n ORDER BY n")
    >>> p.title, p.params[0].signature()
    ('T', 'n (integer 1..5, default 2)')
    """
    fields: dict[str, str] = {}
    params: list[Param] = []
    in_params = False
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        body = line[2:]
        if in_params and re.match(r"\s{2,}\S", body):
            params.append(_parse_param(body.strip(), name))
            continue
        in_params = False
        key, sep, value = body.strip().partition(":")
        if not sep:
            continue
        fields[key.strip().lower()] = value.strip()
        in_params = key.strip().lower() == "parameters"
    missing = [k for k in ("title", "question", "example") if not fields.get(k)]
    if missing:
        raise QueryError(f"preset {name} ({path or 'text'}) lacks header field(s): {', '.join(missing)}")
    ranged = {p.name for p in params if p.type == "integer" and p.high is not None}
    for _, bound in _PATH_BOUND.findall(text):
        if bound not in ranged:
            raise QueryError(
                f"preset {name} ({path or 'text'}): the path bound ${bound} must be an integer parameter "
                "with a declared range (e.g. 'integer 1..4')"
            )
    lists = frozenset(c.strip() for c in fields.get("list columns", "").split(",") if c.strip())
    return Preset(
        name,
        path or Path(f"{name}.cypher"),
        text,
        fields["title"],
        fields["question"],
        fields["example"],
        tuple(params),
        lists,
    )


# ``*1..$max_hops``: a path's upper bound from an integer parameter (neither engine takes a parameter
# there, so the validated, range-checked integer is written in as a literal before the query runs).
_PATH_BOUND = re.compile(r"(\*\s*\d+\s*\.\.\s*)\$(\w+)")


def with_path_bounds(cypher: str, bound: Mapping[str, Any]) -> str:
    """The query with each ``*N..$param`` bound replaced by the parameter's (validated) integer.

    Bounding the pattern itself matters: ``*1..4`` filtered by ``length(p) <= $n`` still walks every
    four-step path (on LadybugDB, 26 s instead of 0.05 s on 3,000 relations).

    >>> with_path_bounds("MATCH p = (a)-[*1..$hops]-(b) RETURN p", {"hops": 2})
    'MATCH p = (a)-[*1..2]-(b) RETURN p'
    """

    def literal(match: re.Match[str]) -> str:
        prefix, name = match.groups()
        value = bound[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise QueryError(f"the path bound ${name} must be an integer, not {value!r}")
        return prefix + str(value)

    return _PATH_BOUND.sub(literal, cypher)


_PARAM_LINE = re.compile(r"^(?P<name>\w+)\s*\((?P<spec>[^)]*)\)\s*:?\s*(?P<desc>.*)$")


def _parse_param(line: str, preset: str) -> Param:
    found = _PARAM_LINE.match(line)
    if not found:
        raise QueryError(f"preset {preset}: cannot read parameter line {line!r}")
    parts = [p.strip() for p in found["spec"].split(",")]
    type_words = parts[0].split()
    kind = type_words[0]
    if kind not in PARAM_TYPES:
        raise QueryError(f"preset {preset}: parameter {found['name']} has unknown type {kind!r}")
    low = high = None
    if len(type_words) > 1:
        low_text, _, high_text = type_words[1].partition("..")
        low, high = int(low_text), int(high_text)
    choices: tuple[str, ...] = ()
    default_text: str | None = None
    for part in parts[1:]:
        if part.startswith("one of "):
            choices = tuple(part[len("one of ") :].split("|"))
        elif part.startswith("default"):
            default_text = part[len("default") :].strip()
    param = Param(found["name"], kind, found["desc"].strip(), None, default_text is None, low, high, choices)
    if default_text is not None:
        raw = "" if default_text in ('""', "''") else default_text
        param = Param(param.name, kind, param.description, coerce(param, raw), False, low, high, choices)
    return param


def get_preset(name: str, catalog: Mapping[str, Preset] | None = None) -> Preset:
    catalog = load_catalog() if catalog is None else catalog
    if name not in catalog:
        raise QueryError(
            f"no saved query named {name!r}; saved queries: {', '.join(catalog)} (see geoalign query --list)"
        )
    return catalog[name]


# --- parameters -------------------------------------------------------------------------------


def parse_param_options(options: Sequence[str]) -> dict[str, str]:
    """``["actor=Russia", "max_hops=2"]`` → ``{"actor": "Russia", "max_hops": "2"}``.

    >>> parse_param_options(["a=Bosnia=Herzegovina", "b = x"])
    {'a': 'Bosnia=Herzegovina', 'b': 'x'}
    """
    out: dict[str, str] = {}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {option!r} is not key=value")
        out[key.strip()] = value.strip()
    return out


def coerce(param: Param, value: Any) -> Any:
    """The value as the parameter's type; strings from the command line are converted.

    >>> coerce(Param("n", "integer", low=1, high=4), "3"), coerce(Param("xs", "list"), "A, B,")
    (3, ['A', 'B'])
    """
    where = f"parameter {param.name} ({param.type})"
    if param.type == "string":
        result: Any = _check_choice(param, [str(value)], where)[0]
    elif param.type == "integer":
        result = _to_number(int, value, where, "an integer")
        if param.low is not None and param.high is not None and not param.low <= result <= param.high:
            raise QueryError(f"{where} must be between {param.low} and {param.high}, got {result}")
    elif param.type == "float":
        result = float(_to_number(float, value, where, "a number"))
    elif param.type == "boolean":
        result = _to_bool(value, where)
    elif param.type == "date":
        result = _to_date(value, where)
    else:
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        result = [str(v).strip() for v in items if str(v).strip()]
        result = _check_choice(param, result, where)
    return result


def _to_number(kind: type, value: Any, where: str, what: str) -> Any:
    if isinstance(value, bool):
        raise QueryError(f"{where} expects {what}, got {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise QueryError(f"{where} expects {what}, got {value!r}") from None


def _to_bool(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise QueryError(f"{where} expects true or false, got {value!r}")


def _to_date(value: Any, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise QueryError(f"{where} expects a date YYYY-MM-DD, got {value!r}")


def _check_choice(param: Param, values: list[str], where: str) -> list[str]:
    if not param.choices:
        return values
    by_lower = {c.lower(): c for c in param.choices}
    bad = [v for v in values if v.lower() not in by_lower]
    if bad:
        raise QueryError(f"{where} must be one of {'|'.join(param.choices)}, got {', '.join(bad)}")
    return [by_lower[v.lower()] for v in values]


def bind(preset: Preset, given: Mapping[str, Any]) -> dict[str, Any]:
    """Defaults plus the given values, typed; unknown or missing parameters raise QueryError."""
    declared = {p.name: p for p in preset.params}
    unknown = sorted(set(given) - set(declared))
    missing = [p.name for p in preset.params if p.required and p.name not in given]
    if unknown or missing:
        problem = (
            (f"unknown parameter(s) {', '.join(unknown)}" if unknown else "")
            + ("; " if unknown and missing else "")
            + (f"missing required parameter(s) {', '.join(missing)}" if missing else "")
        )
        raise QueryError(f"{preset.name}: {problem}. It takes: {takes(preset)}")
    bound = {p.name: p.default for p in preset.params if not p.required}
    for key, value in given.items():
        bound[key] = coerce(declared[key], value)
    return bound


def takes(preset: Preset) -> str:
    return "; ".join(p.signature() for p in preset.params) or "no parameters"


def infer(value: str) -> Any:
    """An ad-hoc ``--param`` value: integer, float, true/false, else the string itself.

    >>> [infer(v) for v in ("3", "0.5", "true", "Serbia", "007")]
    [3, 0.5, True, 'Serbia', '007']
    """
    if re.fullmatch(r"-?(0|[1-9]\d*)", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


# --- running ----------------------------------------------------------------------------------


def run_saved(
    store: Store,
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    limit: int = DEFAULT_ROW_LIMIT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    catalog: Mapping[str, Preset] | None = None,
    page: int = 1,
) -> QueryResult:
    """Run the preset ``name`` read-only with typed parameters; rows come back in a stable order,
    ``limit`` of them from page ``page`` (1 = the first)."""
    preset = get_preset(name, catalog)
    bound = bind(preset, params or {})
    if page < 1:
        raise QueryError("--page must be at least 1")
    cypher = with_path_bounds(preset.cypher, bound)
    if pages_inside(cypher):
        # The engine sorts and cuts the page itself (a top-k, not the whole answer sent and cut here).
        bound = {**bound, PAGE_SKIP: (page - 1) * limit, PAGE_ROWS: limit + 1}
        cypher = f"{cypher.rstrip()}\nSKIP ${PAGE_SKIP} LIMIT ${PAGE_ROWS}"
        return run_cypher(
            store, cypher, bound, limit=limit, timeout_s=timeout_s, list_columns=preset.list_columns
        )
    # Cut here, after rows that tie on the ORDER BY were settled over the whole answer (up to the cap).
    fetch = max(page * limit, DEFAULT_ROW_LIMIT)
    result = run_cypher(
        store, cypher, bound, limit=fetch, timeout_s=timeout_s, list_columns=preset.list_columns
    )
    rows = result.rows[(page - 1) * limit :]
    return QueryResult(result.columns, rows[:limit], result.truncated or len(rows) > limit)


PAGE_SKIP, PAGE_ROWS = "page_skip", "page_rows"


def pages_inside(cypher: str) -> bool:
    """Whether a page can be cut inside the query: one final RETURN without its own SKIP or LIMIT
    (the ``UNION ALL`` parts of a preset are paged here instead).

    >>> pages_inside("MATCH (a) RETURN a.id AS id ORDER BY id"), pages_inside("RETURN 1 AS x LIMIT $top")
    (True, False)
    """
    code = code_only(cypher)
    returns = list(re.finditer(r"\bRETURN\b", code, re.IGNORECASE))
    if not returns or re.search(r"\bUNION\b", code, re.IGNORECASE):
        return False
    return not re.search(r"\b(SKIP|LIMIT)\b", code[returns[-1].end() :], re.IGNORECASE)


def run_cypher(
    store: Store,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    limit: int = DEFAULT_ROW_LIMIT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    list_columns: frozenset[str] = frozenset(),
) -> QueryResult:
    """Run read-only Cypher (written in Neo4j's spelling) on either engine, with plain values."""
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    if timeout_s <= 0:
        raise QueryError("--timeout must be more than 0 seconds")
    result = store.query(cypher, dict(params or {}), limit=limit, timeout_s=timeout_s)
    rows = [[plain(v) for v in row] for row in result.rows]
    if list_columns:
        rows = settle(result.columns, rows, order_by_columns(cypher))
    return QueryResult(result.columns, rows, result.truncated)


def settle(columns: Sequence[str], rows: list[list[Any]], ordered: Sequence[str]) -> list[list[Any]]:
    """Order rows that tie on the ORDER BY columns by their other columns (lists cannot be sorted by
    in Ladybug), so both engines return the same sequence.

    >>> settle(["h", "via"], [[1, ["b"]], [1, ["a"]], [2, ["c"]]], ["h"])
    [[1, ['a']], [1, ['b']], [2, ['c']]]
    """
    keys = [columns.index(c) for c in ordered if c in columns]
    rest = [i for i in range(len(columns)) if i not in keys]
    out: list[list[Any]] = []
    group: list[list[Any]] = []
    for row in rows:
        if group and [group[0][i] for i in keys] != [row[i] for i in keys]:
            out.extend(sorted(group, key=lambda r: _sort_key([r[i] for i in rest])))
            group = []
        group.append(row)
    out.extend(sorted(group, key=lambda r: _sort_key([r[i] for i in rest])))
    return out


def _sort_key(values: list[Any]) -> str:
    return json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)


# --- output -----------------------------------------------------------------------------------

FORMATS = ("table", "json", "csv")


def format_result(result: QueryResult, fmt: str) -> str:
    """The result as a text table, JSON (a list of objects) or CSV (lists joined with ``; ``; text a
    spreadsheet would run as a formula starts with ``'``)."""
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        lines = [_csv_line([spreadsheet_cell(c) for c in result.columns])]
        lines += [_csv_line([_csv_cell(v) for v in row]) for row in result.rows]
        return "\n".join(lines)
    if fmt == "table":
        return format_table(result.columns, result.rows)
    raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    """A plain-text table, one line per row (newlines in values shown as ⏎, long cells cut with …).

    >>> print(format_table(["a", "b"], [[1, ["x", "y"]], [None, "long text"]]))
    a | b
    --+----------
    1 | x; y
      | long text
    """
    cells = [[_short(_cell(v), max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
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
        return _cell(value)
    return spreadsheet_cell(_cell(value))


def _short(text: str, width: int) -> str:
    text = text.replace("\r", "").replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(value) or '""'
    return '""' if value == "" else str(value)


def describe_catalog(catalog: Mapping[str, Preset]) -> str:
    """The ``geoalign query --list`` text: one block per preset."""
    return "\n\n".join(preset.usage() for preset in catalog.values())


def query_cut(store: Store, cut: Cut, name: str, params: Mapping[str, Any]) -> Cut:
    """The cut limited to the nodes a saved query returns: ids in its ``id`` and ``*_id`` columns."""
    result = run_saved(store, name, params)
    if not any(col == "id" or col.endswith("_id") for col in result.columns):
        raise QueryError(f"saved query {name} returns no 'id' or '*_id' column to select nodes by")
    ids = result_node_ids(result)
    note = (
        f"Nodes returned by the saved query {name!r}" + "".join(f", {k}={v}" for k, v in params.items()) + "."
    )
    return replace(with_ids(cut, ids), description=[*cut.description, note])


def result_node_ids(result: QueryResult) -> set[str]:
    """Every node id in a query result's ``id`` and ``*_id`` columns (list cells count element by element).

    >>> result = QueryResult(["actor_id", "name", "via_id"], [["Country:SRB", "x", ["Country:RUS"]]])
    >>> sorted(result_node_ids(result))
    ['Country:RUS', 'Country:SRB']
    """
    picked = [i for i, col in enumerate(result.columns) if col == "id" or col.endswith("_id")]
    ids: set[str] = set()
    for row in result.rows:
        for i in picked:
            cell = row[i]
            ids.update(str(v) for v in (cell if isinstance(cell, list) else [cell]) if v)
    return ids
