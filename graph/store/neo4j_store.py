"""The Neo4j store: a real server over Bolt (Neo4j 5.26 LTS or newer)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Mapping
from typing import Any, NoReturn

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    IncompleteCommit,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from graph.cypher_compat import strip_comments
from graph.model import RELATIONS, Label
from graph.store.base import (
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIMEOUT_S,
    NODE_LABEL,
    RELATION_COLUMNS,
    QueryResult,
    ReadOnlyError,
    Row,
    Store,
    StoreError,
    Tx,
    WritePlan,
    redact,
)
from graph.store.evidence import EVIDENCE_LABEL
from graph.store.guard import READ_ONLY_MESSAGE, refuse_unsafe
from graph.store.lookup import LOOKUPS

BATCH_SIZE = 10_000
# The driver retries a managed transaction on transient errors and lost connections for this long.
DEFAULT_MAX_RETRY_S = 30.0
INCOMPLETE_COMMIT_RETRIES = 2
# How many texts' read-only verdicts a store remembers (a preset is 1-6 texts; 14 presets and their guards
# fit many times over); the least recently used is forgotten first.
READ_VERDICTS = 256


def constraint_statements() -> list[str]:
    """Uniqueness on node ids (every node has the shared label), evidence ids and relation keys (one
    per type); indexes on the relation key and the article of evidence rows, which queries join on."""
    stmts = [
        f"CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) REQUIRE n.id IS UNIQUE",
        f"CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) REQUIRE e.id IS UNIQUE",
        f"CREATE INDEX evidence_rel IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) ON (e.rel)",
        f"CREATE INDEX evidence_article IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) ON (e.article)",
    ]
    stmts += [
        f"CREATE CONSTRAINT {name.lower()}_key IF NOT EXISTS FOR ()-[r:{name}]-() REQUIRE r.key IS UNIQUE"
        for name in RELATIONS
    ]
    stmts += [
        f"CREATE CONSTRAINT {label.lower()}_{key} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
        for label, (key, _, _) in LOOKUPS.items()
    ]
    return stmts


# The write path's statements find nodes, relations and evidence through unique indexes, so their
# plans do not depend on how many rows the store holds: they are planned once and never again as counts
# grow (a replan cost 0.1-3 s a statement on a loaded machine, and an ingest's counts keep moving).
_PLANNED_ONCE = "CYPHER replan=skip "


class _Neo4jTx(Tx):
    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[Row]:
        return [rec.data() for rec in self.tx.run(_PLANNED_ONCE + cypher, dict(params))]

    def run(self, cypher: str, params: Mapping[str, Any]) -> None:
        cypher = _PLANNED_ONCE + cypher
        rows = params.get("rows")
        if isinstance(rows, list) and len(rows) > BATCH_SIZE:
            for i in range(0, len(rows), BATCH_SIZE):
                self.tx.run(cypher, {**params, "rows": rows[i : i + BATCH_SIZE]}).consume()
        else:
            self.tx.run(cypher, dict(params)).consume()


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt. Credentials are never part of any message.

    Writes run in managed transactions, which the driver retries for up to ``max_retry_s`` seconds
    on transient errors and lost connections (a server restarted within that window is waited for).
    """

    def __init__(
        self,
        uri: str,
        auth: tuple[str, str] | None,
        database: str | None = None,
        *,
        max_retry_s: float = DEFAULT_MAX_RETRY_S,
    ) -> None:
        self.uri = redact(uri)  # the one name messages use: never a password given in the URI
        self.database = database
        self._read_verdicts: OrderedDict[tuple[str, tuple[tuple[str, str], ...]], None] = OrderedDict()
        self._verdicts_lock = threading.Lock()
        try:
            # Server notifications (deprecations, cartesian products) would go to stderr: not for users.
            self.driver = GraphDatabase.driver(
                uri, auth=auth, max_transaction_retry_time=max_retry_s, notifications_min_severity="OFF"
            )
        except (ValueError, DriverError) as exc:
            detail = str(exc) if self.uri == uri else "credentials go in NEO4J_USERNAME / NEO4J_PASSWORD"
            raise StoreError(f"bad Neo4j URI {self.uri!r}: {detail}") from None
        try:
            self.driver.verify_connectivity()
            _refuse_old_layout(self.driver, database, uri)
            for stmt in constraint_statements():
                self.driver.execute_query(stmt, database_=database)
            self._build_lookups()  # a database written before the lookups existed gets them now
        except BaseException as exc:
            self.driver.close()
            if isinstance(exc, DriverError | Neo4jError | OSError):
                self._fail(exc, "cannot open")
            raise

    # Writes are few statements whatever the batch holds: each costs a round trip and, the first time,
    # planning. Nodes of every label, and new relations of every type, are written by one statement
    # each (labels and types from the rows: Neo4j 5.26's dynamic labels and types). Stored summaries
    # are read by one statement per relation type in the batch (each seeks its type's key index; one
    # UNION over all types took 2-7 s to plan).

    def _write_nodes(self, tx: Tx, groups: Mapping[Label, list[Row]], stored: Collection[str]) -> None:
        # Nodes carry their model label as a Neo4j label too, so analysts can write (c:Country).
        rows = [
            {"id": row["id"], "label": label.value, "props": {k: v for k, v in row.items() if k != "id"}}
            for label, label_rows in groups.items()
            for row in label_rows
        ]
        if rows:
            tx.run(_UPSERT_NODES, {"rows": rows})

    def _write_relations(self, tx: Tx, plan: WritePlan) -> None:
        new = [{**row, "type": rel_type} for rel_type, rows in plan.new_relations.items() for row in rows]
        if new:
            tx.run(_CREATE_RELATIONS, {"rows": new})
        for rel_type, rows in plan.updated_relations.items():
            self._update_relations(tx, rel_type, rows)

    def _fail(self, exc: BaseException, doing: str) -> NoReturn:
        """Re-raise a driver or server error as a StoreError whose message names no credentials."""
        if isinstance(exc, AuthError) or (isinstance(exc, ClientError) and "Security" in (exc.code or "")):
            raise StoreError(
                f"Neo4j at {self.uri} refused the credentials (check NEO4J_USERNAME / "
                f"NEO4J_PASSWORD): {_security_reason(exc)}"
            ) from exc
        if isinstance(exc, ServiceUnavailable | SessionExpired | OSError):
            raise StoreError(
                f"cannot reach Neo4j at {self.uri}: is the server running? ({type(exc).__name__})"
            ) from exc
        if isinstance(exc, Neo4jError):
            raise StoreError(f"Neo4j at {self.uri}: {doing} failed: {exc.message}") from exc
        raise StoreError(f"Neo4j at {self.uri}: {doing} failed: {exc}") from exc

    def _transact(self, work: Callable[[Tx], None]) -> None:
        # A managed transaction: the driver retries the whole unit of work on transient errors. It does not
        # retry a commit whose outcome is unknown (IncompleteCommit); Store.add is idempotent, so we do.
        try:
            for attempt in range(INCOMPLETE_COMMIT_RETRIES + 1):
                try:
                    with self.driver.session(database=self.database) as session:
                        session.execute_write(lambda tx: work(_Neo4jTx(tx)))
                    return
                except IncompleteCommit:
                    if attempt == INCOMPLETE_COMMIT_RETRIES:
                        raise
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(
                f"lost the connection to Neo4j at {self.uri}; run the ingest again "
                "(it resumes without duplicates)"
            ) from exc
        except (DriverError, Neo4jError) as exc:
            self._fail(exc, "writing")

    def _read_all(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        try:
            records, _, _ = self.driver.execute_query(
                cypher, dict(params or {}), database_=self.database, routing_=RoutingControl.READ
            )
        except (DriverError, Neo4jError) as exc:
            self._fail(exc, "reading")
        return [rec.data() for rec in records]

    def query(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        limit: int = DEFAULT_ROW_LIMIT,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> QueryResult:
        # READ access alone does not stop writes on a single server: check the plan's query type first.
        refuse_unsafe(cypher)
        params, cypher = dict(params or {}), strip_comments(cypher)
        key = _verdict_key(cypher, params)
        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                if not self._known_read(key):
                    summary = session.run(neo4j.Query("EXPLAIN " + cypher), params).consume()
                    if summary.query_type != "r":
                        raise ReadOnlyError(READ_ONLY_MESSAGE)
                    self._remember_read(key)
                result = session.run(neo4j.Query(cypher, timeout=timeout_s), params)
                return _collect(result, limit)
        except ReadOnlyError:
            self._forget_read(key)
            raise
        except ClientError as exc:
            self._forget_read(key)
            _refuse_out_of_memory(exc)
            code, message = exc.code or "", exc.message or ""
            if "Timeout" in code or "TimedOut" in code or "terminated" in message.lower():
                raise StoreError(f"query stopped at the time limit of {timeout_s:g} s") from exc
            if "AccessMode" in code or "Forbidden" in code:
                raise ReadOnlyError(READ_ONLY_MESSAGE) from exc
            if "Security" in code:
                self._fail(exc, "query")
            raise StoreError(f"query failed: {message}") from exc
        except (DriverError, Neo4jError) as exc:
            # A lost connection may mean another server (restarted, upgraded, other plugins) answers next.
            self.forget_read_verdicts()
            _refuse_out_of_memory(exc)
            self._fail(exc, "query")

    # The plan's query type ("r") is remembered per store for the exact text sent (comments already
    # stripped, so the text the server planned and runs) and the names and Python types of its
    # parameters (what Neo4j keys its own plan cache on): the type is fixed by the clauses and by the
    # modes of the procedures they call, never by parameter values, and this store talks to one URI and
    # one database through one driver. Only "read" is remembered: a refused text is asked again, and
    # refused again, every time; a text the server refuses while running (access mode) is forgotten,
    # and so is every verdict after a lost connection (the server may have been swapped). The allow-list
    # (``refuse_unsafe``) still runs on every call, before the cache is looked at. Not seen: a server
    # replaced between two calls whose pooled connections the driver replaces without an error; its
    # texts still pass the allow-list and run in a READ session.
    def _known_read(self, key: tuple[str, tuple[tuple[str, str], ...]]) -> bool:
        with self._verdicts_lock:
            if key not in self._read_verdicts:
                return False
            self._read_verdicts.move_to_end(key)
            return True

    def _remember_read(self, key: tuple[str, tuple[tuple[str, str], ...]]) -> None:
        with self._verdicts_lock:
            self._read_verdicts[key] = None
            self._read_verdicts.move_to_end(key)
            while len(self._read_verdicts) > READ_VERDICTS:
                self._read_verdicts.popitem(last=False)

    def _forget_read(self, key: tuple[str, tuple[tuple[str, str], ...]]) -> None:
        with self._verdicts_lock:
            self._read_verdicts.pop(key, None)

    def forget_read_verdicts(self) -> None:
        """Ask the server for every query's plan again (after a lost connection, or to measure)."""
        with self._verdicts_lock:
            self._read_verdicts.clear()

    def close(self) -> None:
        self.forget_read_verdicts()
        self.driver.close()


_UPSERT_NODES = (
    f"UNWIND $rows AS row MERGE (n:{NODE_LABEL} {{id: row.id}}) "
    "SET n:$(row.label), n.label = row.label, n += row.props"
)
_RELATION_PROPS = ", ".join(f"{c}: row.{c}" for c in RELATION_COLUMNS)
_CREATE_RELATIONS = (
    f"UNWIND $rows AS row MATCH (s:{NODE_LABEL} {{id: row.source}}) "
    f"MATCH (o:{NODE_LABEL} {{id: row.target}}) CREATE (s)-[r:$(row.type) {{{_RELATION_PROPS}}}]->(o)"
)


def _verdict_key(cypher: str, params: Mapping[str, Any]) -> tuple[str, tuple[tuple[str, str], ...]]:
    return cypher, tuple(sorted((name, type(value).__name__) for name, value in params.items()))


def _refuse_old_layout(driver: neo4j.Driver, database: str | None, uri: str) -> None:
    """Every relation an older geoalign wrote kept its evidence as a JSON property: one relation tells."""
    records, _, _ = driver.execute_query(
        "MATCH ()-[r]->() RETURN r.evidence IS NOT NULL AS old LIMIT 1", database_=database
    )
    if records and records[0]["old"]:
        raise StoreError(
            f"the Neo4j database at {uri} was written by an older geoalign (evidence kept on relations); "
            "use an empty database and ingest again"
        )


def _refuse_out_of_memory(exc: Exception) -> None:
    """A query over the server's memory limits for queries: say so, as the embedded store does."""
    code = getattr(exc, "code", None) or ""
    if "OutOfMemory" in code or "MemoryLimit" in code:
        raise StoreError(
            "query stopped: it needs more memory than the Neo4j server allows queries "
            "(db.memory.transaction.max, dbms.memory.transaction.total.max); narrow it (fewer hops, "
            "a named actor)"
        ) from exc


def _security_reason(exc: BaseException) -> str:
    code = getattr(exc, "code", None) or ""
    if "RateLimit" in code:
        return "too many wrong attempts in a row; wait a few seconds"
    return "authentication failed"


def _collect(result: neo4j.Result, limit: int) -> QueryResult:
    columns = list(result.keys())
    rows: list[list[Any]] = []
    for record in result:
        if len(rows) == limit:
            return QueryResult(columns, rows, truncated=True)
        rows.append([_plain(v) for v in record.values()])
    return QueryResult(columns, rows)


def _plain(value: Any) -> Any:
    """Driver values (dates, nodes) to plain Python, so results compare across engines."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return dict(value)
    return value
