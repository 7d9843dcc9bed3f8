"""Open a store from a URI: a file path for the embedded LadybugDB store, bolt:// or neo4j:// for Neo4j."""

from __future__ import annotations

import os
from collections.abc import Mapping

from graph.store.base import (
    DiskFullError,
    GraphData,
    QueryResult,
    ReadOnlyError,
    Store,
    StoreBusyError,
    StoreError,
    redact,
)

DEFAULT_STORE = "geoalign.lbug"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")

__all__ = [
    "DEFAULT_STORE",
    "DiskFullError",
    "GraphData",
    "QueryResult",
    "ReadOnlyError",
    "Store",
    "StoreBusyError",
    "StoreError",
    "open_store",
    "resolve_uri",
]


def resolve_uri(uri: str | None, env: Mapping[str, str] = os.environ) -> str:
    """The store URI: the argument, else $GEOALIGN_STORE, else the embedded store in the working folder.

    ``neo4j`` alone means "the server in $NEO4J_URI".
    """
    chosen = uri or env.get("GEOALIGN_STORE") or DEFAULT_STORE
    if chosen == "neo4j":
        chosen = env.get("NEO4J_URI") or "bolt://127.0.0.1:7687"
    return chosen


def is_neo4j(uri: str) -> bool:
    return uri.startswith(NEO4J_SCHEMES)


def open_store(
    uri: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    env: Mapping[str, str] = os.environ,
    snapshot: bool = False,
    ingest: bool = False,
) -> Store:
    """Open (creating if needed) the store at ``uri``; see ``resolve_uri`` for the defaults. A read-only
    ``snapshot`` of an embedded store reads the file as it was when opened and does not keep a later
    ingest waiting (the explorer's long-lived handles; reopen when ``Store.is_current()`` is false).
    ``ingest``: the writer of `geoalign ingest` (an embedded store checkpoints it more often)."""
    target = resolve_uri(os.fspath(uri) if uri is not None else None, env)
    if is_neo4j(target):
        from graph.store.neo4j_store import Neo4jStore

        user = env.get("NEO4J_USERNAME") or env.get("NEO4J_USER")
        password = env.get("NEO4J_PASSWORD")
        auth = (user or "neo4j", password) if password else None
        return Neo4jStore(target, auth, env.get("NEO4J_DATABASE") or None)
    if "://" in target:
        raise StoreError(
            f"unknown store URI scheme in {redact(target)!r}: use a file path or one of "
            + ", ".join(NEO4J_SCHEMES)
        )
    from graph.store.ladybug_store import LadybugStore

    return LadybugStore(target, read_only=read_only, snapshot=snapshot, ingest=ingest)
