"""The embedded store: LadybugDB (in-process Cypher, MIT), the default so nothing needs a server."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import ladybug

from graph.model import ENTITY_LABELS, RELATIONS, Label
from graph.store.base import (
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIMEOUT_S,
    QueryResult,
    ReadOnlyError,
    Row,
    Store,
    StoreError,
    Tx,
)

CHECKPOINT_BYTES = 256 * 2**20
_ENTITY_SCHEMA = "id STRING PRIMARY KEY, name STRING, aliases STRING[], iso3 STRING, attrs STRING"
_ARTICLE_SCHEMA = "id STRING PRIMARY KEY, name STRING, url STRING, outlet STRING, date STRING, path STRING"
_RELATION_SCHEMA = (
    "key STRING, evidence STRING, articles STRING[], quotes STRING[], dates STRING[], modalities STRING[], "
    "n_evidence INT64, claimed BOOLEAN, modality STRING, first_date STRING, last_date STRING, "
    "confidence DOUBLE, plover STRING, sign INT64, role STRING, status STRING"
)


def schema_statements() -> list[str]:
    """DDL for an empty store: one node table per label, one rel table per relation type."""
    stmts = [f"CREATE NODE TABLE IF NOT EXISTS {lb.value}({_ENTITY_SCHEMA})" for lb in ENTITY_LABELS]
    stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {Label.ARTICLE.value}({_ARTICLE_SCHEMA})")
    for name, kind in RELATIONS.items():
        pairs = ", ".join(
            f"FROM {s.value} TO {o.value}" for s in sorted(kind.subjects) for o in sorted(kind.objects)
        )
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}, {_RELATION_SCHEMA})")
    return stmts


def _rows(result: Any) -> list[Row]:
    columns = result.get_column_names()
    out: list[Row] = []
    while result.has_next():
        out.append(dict(zip(columns, result.get_next(), strict=True)))
    return out


class _LadybugTx(Tx):
    def __init__(self, conn: ladybug.Connection) -> None:
        self.conn = conn

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[Row]:
        return _rows(self.conn.execute(cypher, dict(params)))

    def run(self, cypher: str, params: Mapping[str, Any]) -> None:
        self.conn.execute(cypher, dict(params))


class LadybugStore(Store):
    """A LadybugDB database in a single file on disk."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.uri = str(self.path)
        self.read_only = read_only
        self._reader: tuple[ladybug.Database, ladybug.Connection] | None = None
        self._dirty = False
        try:
            if read_only and not self.path.exists():
                raise StoreError(f"no store at {self.path}: ingest something first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = ladybug.Database(str(self.path), read_only=read_only)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as exc:
            raise StoreError(_friendly(str(exc), self.path)) from exc
        if not read_only:
            for stmt in schema_statements():
                self.conn.execute(stmt)
            # Checkpoints rewrite every touched table (seconds each with this many rel tables); with
            # the default 16 MB threshold a long ingest spent more time checkpointing than writing.
            self.conn.execute(f"CALL checkpoint_threshold={CHECKPOINT_BYTES}")

    def _transact(self, work: Callable[[Tx], None]) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} was opened read-only")
        self.conn.execute("BEGIN TRANSACTION")
        try:
            work(_LadybugTx(self.conn))
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        self._dirty = True

    def _read_all(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return _rows(self.conn.execute(cypher, dict(params or {})))

    def query(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        limit: int = DEFAULT_ROW_LIMIT,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> QueryResult:
        conn = self._read_connection()
        conn.set_query_timeout(int(timeout_s * 1000))
        try:
            result = conn.execute(cypher, dict(params or {}))
        except RuntimeError as exc:
            raise _query_error(str(exc), timeout_s) from exc
        finally:
            conn.set_query_timeout(0)
        if isinstance(result, list):  # "A; B" runs every statement; Neo4j refuses it, so do we
            raise StoreError("a query must be a single statement (no ';' between statements)")
        columns = result.get_column_names()
        rows: list[list[Any]] = []
        while result.has_next() and len(rows) <= limit:
            rows.append(list(result.get_next()))
        return QueryResult(columns, rows[:limit], truncated=len(rows) > limit)

    def _read_connection(self) -> ladybug.Connection:
        """A connection to a read-only view of the database, so the engine itself refuses writes.

        A read-only database sees the data as of its opening, so it is reopened after each write.
        """
        if self.read_only:
            return self.conn
        if self._reader is None or self._dirty:
            self._close_reader()
            db = ladybug.Database(str(self.path), read_only=True)
            self._reader = (db, ladybug.Connection(db))
            self._dirty = False
        return self._reader[1]

    def _close_reader(self) -> None:
        if self._reader is not None:
            for handle in reversed(self._reader):
                with contextlib.suppress(Exception):
                    handle.close()
            self._reader = None

    def close(self) -> None:
        self._close_reader()
        with contextlib.suppress(Exception):
            self.conn.close()
        with contextlib.suppress(Exception):
            self.db.close()


def _query_error(message: str, timeout_s: float) -> StoreError:
    lowered = message.lower()
    if "read-only" in lowered or "read only" in lowered:
        return ReadOnlyError("this query would write to the store; saved and ad-hoc queries are read-only")
    if "interrupt" in lowered or "timeout" in lowered:
        return StoreError(f"query stopped at the time limit of {timeout_s:g} s")
    return StoreError(f"query failed: {message}")


def _friendly(message: str, path: Path) -> str:
    if "lock" in message.lower():
        return f"the store {path} is in use by another geoalign process; wait for it to finish"
    return f"cannot open the store {path}: {message}"
