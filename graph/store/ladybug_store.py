"""The embedded store: LadybugDB (in-process Cypher, MIT), the default so nothing needs a server."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

import ladybug

from graph.cypher_compat import PortabilityError, to_ladybug
from graph.model import RELATIONS, Evidence, Label, Record, Relation
from graph.store.base import (
    ARTICLE_COLUMNS,
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIMEOUT_S,
    ENTITY_COLUMNS,
    NODE_LABEL,
    RELATION_COLUMNS,
    RELATION_ROW_RETURN,
    AddStats,
    QueryResult,
    ReadOnlyError,
    Row,
    Store,
    StoreBusyError,
    StoreError,
    Tx,
    WritePlan,
)
from graph.store.embedded_file import FileLock, Room, file_size, wal_path
from graph.store.evidence import EVIDENCE_COLUMNS, EVIDENCE_LABEL, evidence_columns
from graph.store.guard import refuse_unsafe
from graph.store.lookup import LOOKUPS
from graph.store.native_memory import release_free_memory

# The writer's log size past which a commit checkpoints (folds the log into the database file), unless
# $GEOALIGN_CHECKPOINT_MB says otherwise. Until then the engine keeps what was committed in memory too,
# ~1.6 bytes per byte of log (heaptrack, BENCHMARKS.md "Memory of a long ingest"): a lower threshold
# bounds a long ingest's memory lower, and costs checkpoints, each rewriting the relation tables it
# touches (100k relations loaded: 8 s of commits at 256 MB, 44 s at 64 MB).
CHECKPOINT_BYTES = 256 * 2**20
# ... and for `geoalign ingest`'s writer (``ingest=True``): with 256 documents a transaction
# (``geoalign.ingest.WRITE_DOCUMENTS``) a checkpoint every 32 MB cost it 0-12 % against 256 MB (13
# checkpoints over 20,000 small articles), less than the batch saved against 64 documents at 256 MB,
# for a peak of 0.81 GB instead of 1.09-1.21 (BENCHMARKS.md, "Fewer bytes of log per article").
INGEST_CHECKPOINT_BYTES = 32 * 2**20
CHECKPOINT_ENV = "GEOALIGN_CHECKPOINT_MB"
# A writer's buffer pool (the engine's cache of the file, and what it keeps between checkpoints): the
# engine's default (80 % of RAM) unless $GEOALIGN_WRITE_MEMORY_MB bounds it.
WRITE_MEMORY_ENV = "GEOALIGN_WRITE_MEMORY_MB"
# A writer's log past this size is checkpointed before a read-only view of the store is opened.
READER_CHECKPOINT_BYTES = 2**20
# Rows of one statement from which new relations, evidence or lookup rows are created from an Arrow table.
ARROW_MIN_ROWS = 100
QUERY_MEMORY_ENV = "GEOALIGN_QUERY_MEMORY_MB"
# Files LadybugDB keeps beside the database only while a writer checkpoints (folds its log into the file).
_CHECKPOINT_SUFFIXES = (".checkpoint.intent.lock", ".checkpoint.apply.lock", ".shadow", ".wal.checkpoint")
log = logging.getLogger(__name__)
# One node table for every label (the label is a column), and one relation table for every relation
# type (the type is a column): a batch writes its new relations with one statement, and a commit fills
# one relation index per direction instead of one per type (BENCHMARKS.md, "One relation table").
REL_TABLE = "__Rel__"
_REL_COLUMNS = ("type", *RELATION_COLUMNS)
_NODE_SCHEMA = (
    "id STRING PRIMARY KEY, label STRING, name STRING, aliases STRING[], iso3 STRING, attrs STRING, "
    "url STRING, outlet STRING, date STRING, path STRING"
)
# Column types other than STRING; COPY fills columns in this order, so the schema follows the columns.
_TYPES = {
    "n_evidence": "INT64",
    "claimed": "BOOLEAN",
    "sign": "INT64",
    "sentence": "INT64",
    "char_start": "INT64",
    "char_end": "INT64",
    "confidence": "DOUBLE",
    "n_all": "INT64",  # lookup counts (graph.store.lookup.CITED_COUNT_LABEL)
    "n_claimed": "INT64",
}
_ARROW_TYPES = {"STRING": "string", "INT64": "int64", "BOOLEAN": "bool_", "DOUBLE": "float64"}
_RELATION_SCHEMA = ", ".join(f"{c} {_TYPES.get(c, 'STRING')}" for c in _REL_COLUMNS)
_EVIDENCE_SCHEMA = ", ".join(
    f"{c} {_TYPES.get(c, 'STRING')}{' PRIMARY KEY' if c == 'id' else ''}" for c in EVIDENCE_COLUMNS
)


def schema_statements() -> list[str]:
    """DDL for an empty store: one node table, one relation table (the relation type is its ``type``
    column), the evidence rows and the lookups.

    Which labels a relation may join is the model's rule (``check_relation``), checked before writing.
    """
    stmts = [
        f"CREATE NODE TABLE IF NOT EXISTS {NODE_LABEL}({_NODE_SCHEMA})",
        f"CREATE NODE TABLE IF NOT EXISTS {EVIDENCE_LABEL}({_EVIDENCE_SCHEMA})",
        f"CREATE REL TABLE IF NOT EXISTS {REL_TABLE}(FROM {NODE_LABEL} TO {NODE_LABEL}, {_RELATION_SCHEMA})",
    ]
    for table, (key, lists, others) in LOOKUPS.items():
        columns = [
            f"{key} STRING PRIMARY KEY",
            *(f"{c} STRING[]" for c in lists),
            *(f"{c} {_TYPES.get(c, 'STRING')}" for c in others),
        ]
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {table}({', '.join(columns)})")
    return stmts


# Characters whose str.lower is the engine's toLower: U+0001-U+036F but U+0130, and U+0400-U+052F.
_FOLDS_IN_PYTHON = re.compile("[\x01-\u012f\u0131-\u036f\u0400-\u052f]*")


def _rows(result: Any) -> list[Row]:
    columns = result.get_column_names()
    if result.get_num_tuples() >= ARROW_MIN_ROWS and "pyarrow" in sys.modules:
        # Many rows: as one Arrow table, column by column (10,000 rows of three strings: ~15 ms,
        # against ~45 ms row by row).
        table = result.get_as_arrow(0)
        values = [table.column(i).to_pylist() for i in range(len(columns))]
        return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
    out: list[Row] = []
    while result.has_next():
        out.append(dict(zip(columns, result.get_next(), strict=True)))
    return out


class _LadybugTx(Tx):
    def __init__(self, conn: ladybug.Connection, empty: Collection[str] = ()) -> None:
        self.conn = conn
        # Tables known to hold no row: a lookup in one of them finds nothing without asking the engine.
        # A table leaves the set as soon as a statement names it (writes name the table they write).
        self.empty = set(empty)

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[Row]:
        self._names(cypher)
        return _rows(self.conn.execute(cypher, dict(params)))

    def run(self, cypher: str, params: Mapping[str, Any]) -> None:
        self._names(cypher)
        self.conn.execute(cypher, dict(params))

    def _names(self, cypher: str) -> None:
        if self.empty:
            self.empty.difference_update([table for table in self.empty if table in cypher])

    def create(self, label: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        if len(rows) < ARROW_MIN_ROWS:
            super().create(label, columns, rows)
            return
        props = ", ".join(f"{c}: {c}" for c in columns)
        lists = LOOKUPS[label][1] if label in LOOKUPS else ()
        _load(self, f"CREATE (n:{label} {{{props}}})", columns, rows, lists=lists)

    # Many keys or rows go in as an Arrow table, not a list parameter, which the driver walks value by
    # value: 5,000 updates of lookup lists took 250-280 ms from a list parameter, 65-100 ms from Arrow,
    # and 15,000 primary-key lookups ~65 ms against ~35 ms. (Not for the key join on the relation
    # table: from an Arrow table it was as fast or slower, 42-85 against 50-57 ms for 10,000 keys at
    # 100k relations; BENCHMARKS.md, "A cheaper LadybugDB write".)

    def lookup(self, label: str, key: str, keys: Sequence[str], returns: str) -> list[Row]:
        if label in self.empty:
            return []
        if len(keys) < ARROW_MIN_ROWS:
            return super().lookup(label, key, keys, returns)
        return _load(
            self, f"MATCH (n:{label} {{{key}: k}}) RETURN {returns}", ["k"], [{"k": k} for k in keys]
        )

    def fold(self, texts: Collection[str]) -> dict[str, str]:
        # Text in the Latin and Cyrillic blocks (but 'İ') folds in Python as LadybugDB's toLower folds
        # it, character by character (a test checks every one against the engine); the engine folds
        # the rest ('İ', a final 'Σ' and letters of recent Unicode versions fold differently), which
        # saves a statement when no name needs it.
        folded = {s: s.lower() for s in texts if _FOLDS_IN_PYTHON.fullmatch(s)}
        if len(folded) < len(texts):
            folded.update(super().fold([s for s in texts if s not in folded]))
        return folded

    def update(self, label: str, key: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        if len(rows) < ARROW_MIN_ROWS:
            super().update(label, key, columns, rows)
            return
        sets = ", ".join(f"n.{c} = {c}" for c in columns)
        lists = LOOKUPS[label][1] if label in LOOKUPS else ()
        _load(self, f"MATCH (n:{label} {{{key}: {key}}}) SET {sets}", [key, *columns], rows, lists=lists)


class LadybugStore(Store):
    """A LadybugDB database in a single file on disk."""

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        query_memory_mb: int | None = None,
        snapshot: bool = False,
        ingest: bool = False,
    ) -> None:
        """``ingest``: a writer for `geoalign ingest`, which checkpoints every ``INGEST_CHECKPOINT_BYTES``
        of log unless $GEOALIGN_CHECKPOINT_MB says otherwise."""
        self.path = Path(path)
        # LadybugDB's buffer pool defaults to 80 % of RAM, and a path search between two hubs of a
        # 100k-relation graph filled 21 GB: queries get a bounded pool and a clear error instead.
        self.query_memory_mb = query_memory_mb or default_query_memory_mb()
        self._checkpoint_bytes = checkpoint_bytes(
            default=INGEST_CHECKPOINT_BYTES if ingest else CHECKPOINT_BYTES
        )
        self.write_memory_mb = write_memory_mb()
        self.uri = str(self.path)
        self.read_only = read_only
        self._reader: tuple[ladybug.Database, ladybug.Connection] | None = None
        self._dirty = False
        self.checkpoints = 0  # made by this handle, automatic or not (what the memory tests count)
        # Taken before opening, so a commit made while this opens counts as a change (a reopen, not a miss).
        self._stamp = file_stamp(self.path)
        self._room = Room(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: ingest something first")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # geoalign's own lock: LadybugDB does not keep readers out of a file being written. A writer holds
        # it until closed, and so does a CLI reader. A snapshot reader (the explorer's long-lived handles)
        # takes none, so it never holds an ingest back: it sees the file as it was when opened, reopens
        # when is_current() turns false, and a failed or mid-checkpoint open is StoreBusyError (a retry).
        self._lock = FileLock(self.path, exclusive=not read_only)
        if not (read_only and snapshot):
            self._lock.acquire()
        try:
            self._open(read_only)
        except BaseException:
            self._lock.release()
            raise

    def _open(self, read_only: bool) -> None:
        self._empty: set[str] = set()
        try:
            self.db = self._recovering_database(read_only)
            self.conn = ladybug.Connection(self.db)
            old_relation_tables = _refuse_old_schema(self.conn, self.path, read_only=read_only)
        except RuntimeError as exc:
            self.close()
            if read_only and self._written_meanwhile(str(exc)):
                raise StoreBusyError(
                    f"the store {self.path} is being written (geoalign ingest); retry in a moment"
                ) from exc
            raise StoreError(_friendly(str(exc), self.path)) from exc
        if not read_only:
            for stmt in schema_statements():
                self.conn.execute(stmt)
            if old_relation_tables:
                self._transact(lambda tx: _move_relations(tx, old_relation_tables))
            # Checkpoints rewrite every touched table (seconds each with this many rel tables); with
            # the default 16 MB threshold a long ingest spent more time checkpointing than writing.
            self.conn.execute(f"CALL checkpoint_threshold={self._checkpoint_bytes}")
            self._build_lookups()  # a store written before the lookups existed gets them now
            # A writer's batches of 100 rows or more go through Arrow tables: the import (30-50 ms)
            # is paid when the store opens for writing rather than inside its first write.
            import pyarrow  # noqa: F401
        self._no_relations = not read_only and not _rows(
            self.conn.execute(f"MATCH ()-[r:{REL_TABLE}]->() RETURN r.key AS key LIMIT 1")
        )
        if not read_only:  # the node tables a write looks rows up in, while they hold none
            self._empty = {
                table
                for table in (NODE_LABEL, EVIDENCE_LABEL, *LOOKUPS)
                if not _rows(self.conn.execute(f"MATCH (n:{table}) RETURN 1 AS one LIMIT 1"))
            }

    def _written_meanwhile(self, message: str) -> bool:
        """Whether a read-only open failed because another process was writing (its log half-written,
        a checkpoint under way), rather than for a reason a retry would not cure."""
        return (
            "checkpoint" in message.lower()
            or "lock" in message.lower()
            or self.being_rewritten()
            or file_stamp(self.path) != self._stamp
        )

    def is_current(self) -> bool:
        """A read-only handle reads the file (and write-ahead log) as they were at opening: current
        while neither changed since. A writing handle is the only writer, so always current."""
        return not self.read_only or file_stamp(self.path) == self._stamp

    def being_rewritten(self) -> bool:
        return any(Path(f"{self.path}{suffix}").exists() for suffix in _CHECKPOINT_SUFFIXES)

    def _database(self, read_only: bool, *, replay_torn_log: bool = False) -> ladybug.Database:
        """The database file opened for writing (the engine's own pool) or for queries (a bounded one)."""
        pool = self.query_memory_mb * 2**20 if read_only else (self.write_memory_mb or 0) * 2**20
        return ladybug.Database(
            str(self.path),
            read_only=read_only,
            buffer_pool_size=pool,
            throw_on_wal_replay_failure=not replay_torn_log,
        )

    def _recovering_database(self, read_only: bool) -> ladybug.Database:
        """The database; when its log ends in a torn write (the process died mid-write: a full disk, a
        kill), the log is replayed up to the tear, which keeps every committed transaction, and a writer
        checkpoints at once so that no new transaction is appended after the tear."""
        try:
            return self._database(read_only)
        except RuntimeError as exc:
            if not _torn_log(str(exc)):
                raise
        log.warning(
            "the store %s ended in an unfinished write (a full disk or a crash during an ingest): "
            "everything committed before it is kept, the unfinished write is dropped",
            self.path,
        )
        db = self._database(read_only, replay_torn_log=True)
        if not read_only:
            ladybug.Connection(db).execute("CHECKPOINT")
        return db

    def _replace(self, remove: Iterable[str], records: Iterable[Record]) -> AddStats:
        """See ``Store.replace``; first, DiskFullError unless the disk has room for the write and a
        checkpoint after it (a full disk mid-write would abort the process and tear the log)."""
        records = list(records)
        if not self.read_only:
            payload = _text_size(records) + 64 * len(set(remove))
            try:
                self._room.check(payload)
            except StoreError:
                if not self._room.can_checkpoint():
                    raise
                self._checkpoint()  # moves the log into the store file and frees it
                self._room.check(payload)
        return super()._replace(remove, records)

    # Many new relations or evidence rows are created from an Arrow table (``LOAD FROM $rows ... CREATE``)
    # rather than from a list parameter (``UNWIND $rows``, 4-8x slower: the driver walks every value),
    # and not by COPY, which LadybugDB 0.22 offers for bulk loads: a COPY into a table holding rows made
    # that commit and every later one cost seconds (3-7 s at 20k relations, against 0.05-0.1 s), and
    # even a COPY into empty tables was slower than LOAD FROM once its commit is counted (20k relations:
    # 2,473 against 3,502 rel/s); each COPY also kept ~12 MB. Few rows go through UNWIND: the driver
    # keeps every statement bound to an Arrow table in its cache (~0.3 MB each, ~0.1 MB once evicted),
    # which an ingest of one document per transaction piled up (BENCHMARKS.md, 2026-12-02); an ingest
    # now writes 256 documents a transaction, and from 100 rows LOAD FROM cut its writer's CPU by a fifth.

    def _write_nodes(self, tx: Tx, groups: Mapping[Label, list[Row]], stored: Collection[str]) -> None:
        # Nodes of every label in one statement, the label a column like the others (an entity's
        # article columns and an article's entity columns are null, as they were): from 100 new nodes,
        # those are created (a MERGE of 1,344 new nodes cost 25 ms, a CREATE 13 ms) and the stored
        # ones merged; under 100 rows, one list parameter for the entities and one for the articles
        # (a list parameter's column of nulls alone has no list type).
        rows = [{**row, "label": label.value} for label, label_rows in groups.items() for row in label_rows]
        new = [row for row in rows if row["id"] not in stored]
        if len(new) >= ARROW_MIN_ROWS:
            props = ", ".join(f"{c}: {c}" for c in _NODE_COLUMNS)
            _load(
                tx,
                f"CREATE (n:{NODE_LABEL} {{{props}}})",
                _NODE_COLUMNS,
                _full_nodes(new),
                lists=("aliases",),
            )
            rows = [row for row in rows if row["id"] in stored]
        if len(rows) >= ARROW_MIN_ROWS:
            sets = ", ".join(f"n.{c} = {c}" for c in _NODE_COLUMNS if c != "id")
            _load(
                tx,
                f"MERGE (n:{NODE_LABEL} {{id: id}}) SET {sets}",
                _NODE_COLUMNS,
                _full_nodes(rows),
                lists=("aliases",),
            )
            return
        for columns in (ENTITY_COLUMNS, ARTICLE_COLUMNS):
            kind = [
                row for row in rows if (row["label"] == Label.ARTICLE.value) == (columns is ARTICLE_COLUMNS)
            ]
            if kind:
                tx.run(_upsert_nodes(columns), {"rows": kind})

    def _write_relations(self, tx: Tx, plan: WritePlan) -> None:
        # One relation table: the new relations of every type are one create, and a stored relation
        # whose summary changed is deleted and created again (LadybugDB has no index on relation
        # properties: SET through a key join cost ~0.7 ms a row, one joined delete is one pass).
        groups = [*plan.new_relations.items(), *plan.updated_relations.items()]
        if plan.updated_relations:
            keys = [row["key"] for rows in plan.updated_relations.values() for row in rows]
            tx.run(DELETE_RELATIONS, {"keys": keys})
        rows = [row for _, by_type in groups for row in by_type]
        if not rows:
            return
        if len(rows) < ARROW_MIN_ROWS:
            typed = [{**row, "type": t} for t, by_type in groups for row in by_type]
            tx.run(CREATE_RELATIONS, {"rows": typed})
        else:
            props = ", ".join(f"{c}: {c}" for c in _REL_COLUMNS)
            # The ends are LOAD FROM's columns: `MATCH (s {id: source})` is one primary-key lookup.
            create = (
                f"MATCH (s:{NODE_LABEL} {{id: source}}) MATCH (o:{NODE_LABEL} {{id: target}}) "
                f"CREATE (s)-[r:{REL_TABLE} {{{props}}}]->(o)"
            )
            # Column by column, the type a column of its own (no copy of each row to add it).
            types = [t for t, by_type in groups for _ in by_type]
            ends = [[row[c] for row in rows] for c in ("source", "target")]
            values = [*ends, types, *([row[c] for row in rows] for c in RELATION_COLUMNS)]
            _load(tx, create, ["source", "target", *_REL_COLUMNS], (), values=values)
        self._no_relations = False

    def _stored_summaries(self, tx: Tx, relations: list[Relation]) -> dict[str, Row]:
        # One lookup for every type (a join on the key: the relation table is scanned once); none while
        # the store holds no relation.
        if self._no_relations or not relations:
            return {}
        return {row["key"]: row for row in tx.read(LOOKUP_RELATIONS, {"keys": [r.key for r in relations]})}

    def _has_relations(self, rel_type: str) -> bool:
        cypher = f"MATCH ()-[r:{REL_TABLE}]->() WHERE r.type = $t RETURN r.key AS key LIMIT 1"
        return bool(self._read_all(cypher, {"t": rel_type}))

    def _relation_rows(self) -> list[Row]:
        cypher = f"MATCH (s)-[r:{REL_TABLE}]->(o) RETURN r.type AS type, {RELATION_ROW_RETURN}"
        order = {name: i for i, name in enumerate(RELATIONS)}
        return sorted(self._read_all(cypher), key=lambda row: order[row["type"]])

    def _create_evidence(
        self, tx: Tx, records: Sequence[tuple[Relation, Sequence[Evidence]]]
    ) -> Sequence[tuple[str, str]]:
        if sum(len(evidence) for _, evidence in records) < ARROW_MIN_ROWS:
            return super()._create_evidence(tx, records)
        # Many rows: the Arrow table's columns straight from the records (a dict per row and then a
        # list per column cost ~10 ms for 3,900 rows)
        props = ", ".join(f"{c}: {c}" for c in EVIDENCE_COLUMNS)
        create = f"CREATE (n:{EVIDENCE_LABEL} {{{props}}})"
        columns = evidence_columns(records)
        _load(tx, create, EVIDENCE_COLUMNS, (), values=columns)
        return list(zip(columns[1], columns[0], strict=True))  # the rows' rel and id

    def _transact(self, work: Callable[[Tx], None]) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} was opened read-only")
        logged = file_size(wal_path(self.path))
        self.conn.execute("BEGIN TRANSACTION")
        try:
            tx = _LadybugTx(self.conn, self._empty)
            work(tx)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if isinstance(exc, RuntimeError) and _committed_but_not_checkpointed(str(exc)):
                self._committed(tx)
                raise StoreError(self._checkpoint_memory_message()) from exc
            with contextlib.suppress(RuntimeError):  # a failed COPY has rolled the transaction back
                self.conn.execute("ROLLBACK")
            if isinstance(exc, RuntimeError) and _out_of_pool(str(exc)):
                raise StoreError(self._write_memory_message()) from exc
            raise
        self._committed(tx)
        logged_now = file_size(wal_path(self.path))
        if logged_now < logged or not logged_now:  # the commit passed the threshold: checkpointed
            self._checkpointed()

    def _committed(self, tx: _LadybugTx) -> None:
        self._dirty = True
        self._empty = tx.empty  # those the transaction did not name (a rolled-back one changes nothing)
        self._room.committed()

    def _checkpoint_memory_message(self) -> str:
        # The engine checkpoints after the commit that passes the threshold; a checkpoint needs pool
        # memory that grows with the store (a 256 MB pool failed past ~32,000 small articles).
        cause = "the checkpoint after it needs more memory than"
        if self.write_memory_mb:
            return (
                f"the write was stored, but {cause} the {self.write_memory_mb:,} MB the writer may use, and "
                f"needs more as the store grows: raise {WRITE_MEMORY_ENV}"
            )
        return f"the write was stored, but {cause} the machine gives it"

    def _write_memory_message(self) -> str:
        if self.write_memory_mb:
            return (
                f"this write needs more than the {self.write_memory_mb:,} MB the writer may use; raise "
                f"{WRITE_MEMORY_ENV}, or lower {CHECKPOINT_ENV} (the writer keeps what it wrote since the "
                "last checkpoint)"
            )
        return f"this write needs more memory than the machine gives it; lower {CHECKPOINT_ENV}"

    def _checkpoint(self) -> None:
        self.conn.execute("CHECKPOINT")
        self._checkpointed()

    def _checkpointed(self) -> None:
        # What was committed since the last checkpoint sat in the engine's memory until now; freed, it
        # stays in the C heap unless handed back (native_memory).
        self.checkpoints += 1
        release_free_memory()

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
        refuse_unsafe(cypher)
        try:
            cypher = to_ladybug(cypher)
        except PortabilityError as exc:
            raise StoreError(f"this query cannot run on the embedded store: {exc}") from exc
        conn = self._read_connection()
        conn.set_query_timeout(int(timeout_s * 1000))
        try:
            result = conn.execute(cypher, dict(params or {}))
        except RuntimeError as exc:
            raise _query_error(str(exc), timeout_s, self.query_memory_mb) from exc
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
            if file_size(wal_path(self.path)) > READER_CHECKPOINT_BYTES and self._room.can_checkpoint():
                # A read-only database replays the log when it opens (~0.1 s a MB: 0.7-1 s after an
                # ingest of 20k words, before resolving names); folding the log into the file first
                # took 0.2 s, and the checkpoint at close has that much less to do.
                self._checkpoint()
            db = self._database(read_only=True)
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
        for handle in ("conn", "db"):
            if hasattr(self, handle):
                with contextlib.suppress(Exception):
                    getattr(self, handle).close()
        self._lock.release()


def file_stamp(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What changes when another process commits to or checkpoints the store at ``path``: the identity,
    size and modification time of the database file and of its write-ahead log."""
    stamp: list[tuple[int, int, int] | None] = []
    for suffix in ("", ".wal"):
        try:
            st = os.stat(f"{path}{suffix}")
        except FileNotFoundError:
            stamp.append(None)
        else:
            stamp.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(stamp)


def _refuse_old_schema(conn: ladybug.Connection, path: Path, *, read_only: bool) -> list[str]:
    """Stores written before the single node table kept a table per label: say so instead of hiding them.
    A store written before the lookups (``graph.store.lookup``) gets them when opened for writing, and
    one written with a relation table per type has its relations moved into the one relation table
    (the names of those tables are returned); a reader cannot do either and says how to."""
    tables = {row["name"] for row in _rows(conn.execute("CALL show_tables() RETURN name"))}
    per_type = sorted(tables & set(RELATIONS))
    old = sorted(tables & {lb.value for lb in Label})
    if old:
        raise StoreError(
            f"the store {path} was written by an older geoalign (node tables {', '.join(old)}); "
            "move it aside and ingest again"
        )
    probe = per_type[0] if per_type else REL_TABLE
    if probe in tables:
        columns = {row["name"] for row in _rows(conn.execute(f"CALL table_info('{probe}') RETURN name"))}
        if "evidence" in columns:
            raise StoreError(
                f"the store {path} was written by an older geoalign (evidence kept on relations); "
                "move it aside and ingest again"
            )
    if read_only and NODE_LABEL in tables and (per_type or not set(LOOKUPS) <= tables):
        what = "a relation table per type" if per_type else "without the lookups saved queries start from"
        raise StoreError(
            f"the store {path} was written by an older geoalign ({what}); open it once for writing to "
            "upgrade it in place (for instance `geoalign ingest` of any folder into it), then read it again"
        )
    return per_type


_NODE_COLUMNS = ("id", "label", *dict.fromkeys(c for c in (*ENTITY_COLUMNS, *ARTICLE_COLUMNS) if c != "id"))
_NULL_NODE: Row = dict.fromkeys(_NODE_COLUMNS)


def _full_nodes(rows: Iterable[Row]) -> list[Row]:
    """Node rows holding every column of the node table (null where a label has no such column)."""
    return [{**_NULL_NODE, **row} for row in rows]


def _upsert_nodes(columns: Sequence[str]) -> str:
    """Write nodes of any label (``row.label``) from a list parameter of rows of ``columns``."""
    sets = ", ".join(f"n.{c} = row.{c}" for c in ("label", *columns) if c != "id")
    return f"UNWIND $rows AS row MERGE (n:{NODE_LABEL} {{id: row.id}}) SET {sets}"


_REL_RETURN = ", ".join(f"r.{c} AS {c}" for c in RELATION_COLUMNS)
LOOKUP_RELATIONS = f"UNWIND $keys AS k MATCH ()-[r:{REL_TABLE}]->() WHERE r.key = k RETURN {_REL_RETURN}"
DELETE_RELATIONS = f"UNWIND $keys AS k MATCH ()-[r:{REL_TABLE}]->() WHERE r.key = k DELETE r"
CREATE_RELATIONS = (
    f"UNWIND $rows AS row MATCH (s:{NODE_LABEL} {{id: row.source}}) "
    f"MATCH (o:{NODE_LABEL} {{id: row.target}}) "
    f"CREATE (s)-[r:{REL_TABLE} {{{', '.join(f'{c}: row.{c}' for c in _REL_COLUMNS)}}}]->(o)"
)


def _move_relations(tx: Tx, tables: Sequence[str]) -> None:
    """Move every relation of a store written with a relation table per type (geoalign before
    2026-12-03) into the one relation table, and drop the old tables (in the caller's transaction)."""
    props = ", ".join(f"{c}: r.{c}" for c in RELATION_COLUMNS)
    for name in tables:
        if name not in RELATIONS:  # written into the statement: only the model's own types
            raise ValueError(name)
        tx.run(f"MATCH (s)-[r:{name}]->(o) CREATE (s)-[:{REL_TABLE} {{type: '{name}', {props}}}]->(o)", {})
        tx.run(f"DROP TABLE {name}", {})


def _text_size(records: Sequence[Record]) -> int:
    """About how many bytes ``records`` take as text (their repr was 0.1 s per 10,000 records): the
    disk-room check learns the log bytes per such byte, so the estimate must grow with the records
    (256 a node or evidence record plus its quote, 128 a relation)."""
    evidence = [r.evidence for r in records if isinstance(r, Relation)]
    records_evidence = list(chain.from_iterable(evidence))
    quotes = sum(map(len, map(_quote, records_evidence)))
    return 256 * len(records) - 128 * len(evidence) + 256 * len(records_evidence) + quotes


_quote = attrgetter("quote")


def _load(
    tx: Tx,
    create: str,
    columns: Sequence[str],
    rows: Sequence[Row],
    lists: Collection[str] = (),
    values: Sequence[Sequence[Any]] | None = None,
) -> list[Row]:
    """Run ``LOAD FROM $rows <create>`` with ``rows`` (or ``values``, a sequence per column) as an
    Arrow table of ``columns`` (``lists``: those holding lists of strings), and return what it returns."""
    assert isinstance(tx, _LadybugTx)
    cypher = f"LOAD FROM $rows {create}"
    out = tx.read(cypher, {"rows": _arrow_table(columns, rows, lists, values)})
    # The driver caches a prepared statement per Arrow table it was bound to (ladybug 0.22's
    # ``_pybind_implicit_prepared_cache``), never reused: drop this one's, or memory grows per statement.
    cache = getattr(tx.conn, "_pybind_implicit_prepared_cache", None)
    if isinstance(cache, dict):
        for key in [key for key in cache if isinstance(key, tuple) and key[:1] == (cypher,)]:
            del cache[key]
    return out


def _arrow_table(
    columns: Sequence[str],
    rows: Sequence[Row],
    lists: Collection[str] = (),
    values: Sequence[Sequence[Any]] | None = None,
) -> Any:
    """``rows`` (or ``values``, a sequence per column) as an Arrow table of ``columns`` in this order,
    typed as the store's schema types them (for a relation table the first two columns, ``source``
    and ``target``, are its ends' ids)."""
    import pyarrow as pa  # only a writer needs it (imported when it opens)

    def arrow_type(column: str) -> Any:
        if column in lists:
            return pa.list_(pa.string())
        return getattr(pa, _ARROW_TYPES[_TYPES.get(column, "STRING")])()

    # Column by column: a dict per row for Table.from_pylist cost 12 us a row of evidence.
    if values is None:
        values = [[row[c] for row in rows] for c in columns]
    arrays = [pa.array(column, type=arrow_type(c)) for c, column in zip(columns, values, strict=True)]
    return pa.Table.from_arrays(arrays, names=list(columns))


def checkpoint_bytes(env: Mapping[str, str] = os.environ, default: int = CHECKPOINT_BYTES) -> int:
    """$GEOALIGN_CHECKPOINT_MB in bytes, else ``default``."""
    given = env.get(CHECKPOINT_ENV, "").strip()
    if not given:
        return default
    if not given.isdigit() or int(given) < 1:
        raise StoreError(f"{CHECKPOINT_ENV} must be a whole number of megabytes, at least 1: {given!r}")
    return int(given) * 2**20


def write_memory_mb(env: Mapping[str, str] = os.environ) -> int | None:
    """$GEOALIGN_WRITE_MEMORY_MB, else None (the engine's default pool for a writer)."""
    given = env.get(WRITE_MEMORY_ENV, "").strip()
    if not given:
        return None
    if not given.isdigit() or int(given) < 32:  # 16 MB cannot even open a store
        raise StoreError(f"{WRITE_MEMORY_ENV} must be a whole number of megabytes, at least 32: {given!r}")
    return int(given)


def default_query_memory_mb(env: Mapping[str, str] = os.environ) -> int:
    """$GEOALIGN_QUERY_MEMORY_MB, else a quarter of the machine's memory (at least 1 GB)."""
    given = env.get(QUERY_MEMORY_ENV, "").strip()
    if given:
        if not given.isdigit() or int(given) < 64:
            raise StoreError(
                f"{QUERY_MEMORY_ENV} must be a whole number of megabytes, at least 64: {given!r}"
            )
        return int(given)
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    return max(1024, total // 4)


def _committed_but_not_checkpointed(message: str) -> bool:
    """The engine's error when a commit succeeded and the checkpoint it then ran failed (the write is
    durable; the log is folded into the file at the next checkpoint that succeeds)."""
    return "committed successfully" in message.lower() and "checkpoint failed" in message.lower()


def _out_of_pool(message: str) -> bool:
    lowered = message.lower()
    return "buffer pool is full" in lowered or "unable to allocate memory" in lowered


def _query_error(message: str, timeout_s: float, memory_mb: int) -> StoreError:
    lowered = message.lower()
    if _out_of_pool(message):
        return StoreError(
            f"query stopped: it needs more than the {memory_mb:,} MB queries may use; narrow it (fewer hops, "
            f"a named actor) or raise {QUERY_MEMORY_ENV}"
        )
    if "read-only" in lowered or "read only" in lowered:
        return ReadOnlyError("this query would write to the store; saved and ad-hoc queries are read-only")
    if "interrupt" in lowered or "timeout" in lowered:
        return StoreError(f"query stopped at the time limit of {timeout_s:g} s")
    missing = re.search(r"Table (\w+) does not exist", message)
    if missing and missing.group(1) in RELATIONS:
        name = missing.group(1)
        return StoreError(
            f"the embedded store keeps every relation in one table, with its type in the property "
            f"`type`: instead of `-[r:{name}]->` write `-[r]->` with `WHERE r.type = '{name}'` "
            f"(or `WHERE r:{name}`, which also runs on Neo4j)"
        )
    return StoreError(f"query failed: {message}")


def _torn_log(message: str) -> bool:
    # A log torn inside a record fails its checksum; one torn where a record ends is read past its end.
    lowered = message.lower()
    return "wal" in lowered and any(w in lowered for w in ("corrupt", "checksum", "past the end of the file"))


def _friendly(message: str, path: Path) -> str:
    if "lock" in message.lower():
        return f"the store {path} is in use by another geoalign process; wait for it to finish"
    return f"cannot open the store {path}: {message}"
