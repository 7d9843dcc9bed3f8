"""Saved queries as a node selection: the cut of a view or export limited to the ids a query returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from graph.queries.params import QueryError
from graph.queries.run import run_saved
from graph.store import QueryResult, Store
from graph.subgraph import Cut, with_ids


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
