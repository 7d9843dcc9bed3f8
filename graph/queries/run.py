"""Running saved and ad-hoc Cypher read-only on either engine, with plain values in a stable order."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any

from graph.cypher_compat import GO, code_only, guard, order_by_columns, plain, union_parts
from graph.queries.catalog import Preset, get_preset, with_path_bounds
from graph.queries.params import QueryError, bind
from graph.store import QueryResult, Store, StoreError
from graph.store.base import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_S


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
    skip = (page - 1) * limit
    if pages_inside(cypher):
        # The engine sorts and cuts the page itself (a top-k, not the whole answer sent and cut here).
        bound = {**bound, PAGE_SKIP: skip, PAGE_ROWS: limit + 1, PAGE_END: skip + limit + 1}
        cypher = f"{cypher.rstrip()}\nSKIP ${PAGE_SKIP} LIMIT ${PAGE_ROWS}"
        return run_cypher(
            store, cypher, bound, limit=limit, timeout_s=timeout_s, list_columns=preset.list_columns
        )
    return run_parts(
        store, cypher, bound, limit=limit, skip=skip, timeout_s=timeout_s, list_columns=preset.list_columns
    )


def run_parts(
    store: Store,
    cypher: str,
    params: Mapping[str, Any],
    *,
    limit: int,
    timeout_s: float,
    list_columns: frozenset[str] = frozenset(),
    skip: int = 0,
) -> QueryResult:
    """Rows ``skip + 1`` to ``skip + limit`` of a ``UNION ALL`` query, each part run as a query of
    its own, one after another, within one time limit.

    The rows of ``A UNION ALL B`` are A's and then B's. LadybugDB does not keep a part's ORDER BY
    across the ``UNION ALL`` (a large part comes back as sorted runs, differently from call to call),
    and it mixes up a later part's columns when the first part returns one expression twice: alone,
    each part is ordered on both engines. A part whose leading guard (``WITH … WHERE $max_hops >= 3``)
    fails is not run: LadybugDB still scans the relations it would join (0.2-0.7 s at 100k). Each
    part is asked for the rows still wanted (``LIMIT``), so the engine sorts a top-k and sends no more:
    reading 10,000 rows to show 100 took 150-180 ms at 100k relations. That count is also the part's
    ``$page_rows``, for a part that cuts what it reads before its final sort (``officials_stances``),
    and ``$page_end`` the rows up to the page's end and one past it, the same for every part.
    ``breaks_ranks`` splits its pairs at fixed counts instead: parts for the first few pairs, which
    mostly fill the page, then the others, those of a named actor guarded by the count of its pairs (a
    guard may go on with lookups by key: ``guard``). Each guard is asked once a call, and not at all
    when it starts with one that found no row (``fails_after``). Every guard and part is also sent
    ``$rows_before``, how many rows the parts before it returned (up to the page's end and one past
    it): ``paths`` lists a longer length only when no shorter path was found (unless ``all_lengths``).
    """
    deadline, stopped = time.monotonic() + timeout_s, f"query stopped at the time limit of {timeout_s:g} s"

    def within_time(query: str, most: int, extra: Mapping[str, Any] | None = None) -> QueryResult:
        left = deadline - time.monotonic()
        if left <= 0:
            raise StoreError(stopped)
        try:
            return run_cypher(store, query, {**params, **(extra or {})}, limit=most, timeout_s=left)
        except StoreError as exc:
            if "time limit" in str(exc):
                raise StoreError(stopped) from exc
            raise

    parts, wanted = union_parts(cypher), skip + limit
    columns: list[str] = []
    rows: list[list[Any]] = []
    passed: dict[str, bool] = {}  # each guard asked once: parts may share one
    for n, part in enumerate(parts, 1):
        before = {ROWS_BEFORE: len(rows)}
        # The last part runs unchecked when no other ran: its columns are the answer's.
        check = guard(part) if len(parts) > 1 and (columns or n < len(parts)) else None
        if check and f"${ROWS_BEFORE}" in check:
            passed.pop(check, None)  # asked again for each part: the rows before it differ
        if check and check not in passed:
            passed[check] = not fails_after(check, passed) and bool(within_time(check, 1, before).rows)
        if check and not passed[check]:
            continue
        most = wanted + 1 - len(rows)  # the row past the page only says there are more
        if pages_inside(part):
            page = {PAGE_ROWS: most, PAGE_END: wanted + 1, **before}
            result = within_time(f"{part.rstrip()}\nLIMIT ${PAGE_ROWS}", most, page)
        else:
            result = within_time(part, most, before)
        columns = columns or result.columns
        rows += result.rows
        if len(rows) > wanted:
            break
    more, rows = len(rows) > wanted, rows[:wanted]
    if list_columns:
        # Ties settled over all the rows up to the page's end, as over the whole answer: a preset
        # with list columns orders each part in the engine as ``settle`` does (paths' path_key).
        rows = settle(columns, rows, order_by_columns(cypher))
    return QueryResult(columns, rows[skip:], more)


def fails_after(check: str, passed: Mapping[str, bool]) -> bool:
    """Whether a guard that found no row starts ``check`` (its clauses, then another): ``check`` finds
    none either, and is not sent (``breaks_ranks``: the named actor's later parts ask for more than 8
    pairs, then for more than 64).

    >>> head = "WITH $n AS n WHERE n > 8"
    >>> failed = {f"{head}{GO}": False}
    >>> fails_after(f"{head}\\nWITH n WHERE n > 64{GO}", failed), fails_after(f"{head}0{GO}", failed)
    (True, False)
    >>> fails_after(f"{head} OR n < 0{GO}", failed), fails_after(f"{head}\\nWITH n WHERE n > 64{GO}", {})
    (False, False)
    """
    body = check.removesuffix(GO)
    for other, found in passed.items():
        start = other.removesuffix(GO)
        if not found and body.startswith(start) and _NEXT_CLAUSE.match(body, len(start)):
            return True
    return False


_NEXT_CLAUSE = re.compile(r"\s+(?:OPTIONAL\s+MATCH|MATCH|WITH|UNWIND)\b", re.IGNORECASE)

PAGE_SKIP, PAGE_ROWS = "page_skip", "page_rows"
# Sent with them: the rows up to the page's end (and the one past it), for a preset that cuts what it
# reads before its final sort (``stances_over_time`` reads no evidence past that many rows' days).
PAGE_END = "page_end"
PAGE_PARAMS = frozenset({PAGE_SKIP, PAGE_ROWS, PAGE_END})
# Sent to each part of a ``UNION ALL`` preset and to its guard: the rows the parts before it returned.
ROWS_BEFORE = "rows_before"


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
