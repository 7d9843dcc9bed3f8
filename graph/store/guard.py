"""The read-only allow-list every saved and ad-hoc query passes before it reaches either engine.

Read-only database modes are not enough: LadybugDB's still loads and writes files (``LOAD FROM``,
``COPY … TO``, ``EXPORT DATABASE``), loads native code (``LOAD EXTENSION``), reaches the network
(``INSTALL``) and checkpoints; Neo4j's READ sessions still fetch ``LOAD CSV`` URLs. So a query may
only read the graph: it starts with a reading clause, uses no clause keyword outside the reading ones
(:data:`REFUSED` lists the known others), and ``CALL`` names a read procedure of :data:`PROCEDURES`
or opens a subquery. Keywords are found in code only: string literals, quoted names and comments are
set aside first, and the words are matched one by one, so neither a keyword inside a string nor one
split across lines or comments changes the verdict.
"""

from __future__ import annotations

import re
import unicodedata

from graph.cypher_compat import segments
from graph.store.base import ReadOnlyError

READ_ONLY_MESSAGE = "this query would write to the store; saved and ad-hoc queries are read-only"
STARTS = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"})
WRITES = frozenset({"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH"})
# Files, native code, the network, checkpoints, other databases, transactions and server administration.
OUTSIDE = frozenset(
    {
        *("LOAD", "COPY", "EXPORT", "IMPORT", "INSTALL", "UNINSTALL", "UPDATE", "ATTACH", "USE"),
        *("CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK", "TRANSACTIONS", "COMMENT", "MACRO", "RENAME"),
        *("SHOW", "GRANT", "REVOKE", "DENY", "TERMINATE", "START", "STOP", "ENABLE", "DISABLE"),
        *("EXPLAIN", "PROFILE", "PERIODIC"),
    }
)
REFUSED = WRITES | OUTSIDE
# Read procedures: schema listings on Neo4j, catalog listings on LadybugDB. Nothing that reads files
# (read_csv, file_info), sets options (CALL threads=…) or runs algorithms that write.
PROCEDURES = frozenset(
    {
        *("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"),
        *("db.schema.nodetypeproperties", "db.schema.reltypeproperties"),
        *("show_tables", "table_info", "show_connection", "db_version"),
    }
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# ``n.name``: a word right after an identifier (or a closing bracket) and a dot is a property, not a keyword;
# ``1.`` or ``0x1.`` is a number, so the word after it is still checked.
_PROPERTY_OWNER = re.compile(r"(?:(?<![0-9A-Za-z_])[A-Za-z_][A-Za-z0-9_]*|[)\]`])\.\Z")
_PROCEDURE = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*(.?)")


def refuse_unsafe(cypher: str) -> None:
    """Raise ReadOnlyError, saying why, unless ``cypher`` only reads the graph.

    >>> refuse_unsafe("MATCH (n) WHERE n.name = 'LOAD FROM x' RETURN n.set AS s // COPY")
    >>> refuse_unsafe("MATCH (n) RETURN n LIMIT 1; LOAD\\nFROM '/etc/passwd' RETURN *")
    Traceback (most recent call last):
    ...
    graph.store.base.ReadOnlyError: a query must be a single statement (no ';' between statements)
    """
    code = _code(cypher)
    words = [
        (m.start(), m.group().upper()) for m in _WORD.finditer(code) if not _is_property(code, m.start())
    ]
    if not words:
        raise ReadOnlyError("an empty query: nothing to run")
    if words[0][1] not in STARTS:
        raise ReadOnlyError(_refusal(words[0][1], f"must start with {_starts()}"))
    for at, word in words:
        if word in WRITES:
            raise ReadOnlyError(f"{READ_ONLY_MESSAGE} ({word} is not allowed)")
        if word in OUTSIDE:
            raise ReadOnlyError(
                _refusal(
                    word, "queries may not touch files, extensions, the network or the database's settings"
                )
            )
        if word == "CALL":
            _check_call(code[at + len(word) :])


def _code(cypher: str) -> str:
    """The query's code: comments become a space, strings and quoted names an empty name, ``;`` refused."""
    parts: list[str] = []
    for kind, text in segments(cypher):
        parts.append(" " if kind == "comment" else "``" if kind in ("string", "ident") else text)
    code = "".join(parts).strip().rstrip(";").rstrip()
    if ";" in code:
        raise ReadOnlyError("a query must be a single statement (no ';' between statements)")
    if any(quote in code.replace("``", "") for quote in ("'", '"', "`", "/*")):
        raise ReadOnlyError("the query has an unterminated string, quoted name or comment")
    odd = next((ch for ch in code if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r"), None)
    if odd is not None:
        raise ReadOnlyError(f"the query holds the invisible character U+{ord(odd):04X} outside a string")
    return code


def _is_property(code: str, at: int) -> bool:
    # The pattern ends with the dot right before the word: most words have none, and are not searched
    # for an owner (3.8 of 4 ms for a part of ``breaks_ranks``, 400 words, each searched over 200 chars).
    if at == 0 or code[at - 1] != ".":
        return False
    return _PROPERTY_OWNER.search(code[max(0, at - 200) : at]) is not None


def _check_call(rest: str) -> None:
    """``CALL {`` or ``CALL (`` opens a subquery; ``CALL name(`` must name a read procedure."""
    if rest.lstrip()[:1] in ("{", "("):
        return
    found = _PROCEDURE.match(rest)
    name = re.sub(r"\s+", "", found.group(1)).lower() if found else ""
    if found is None or name not in PROCEDURES or found.group(2) != "(":
        raise ReadOnlyError(
            f"CALL {name or '…'} is refused: queries may call only the read procedures "
            + ", ".join(sorted(PROCEDURES))
        )


def _refusal(word: str, why: str) -> str:
    return (
        f"{word} is refused: saved and ad-hoc queries are read-only and {why}; allowed: {_starts()}, "
        "WHERE, ORDER BY, SKIP, LIMIT, UNION and CALL of a read procedure (a variable or property with "
        "such a name can be written in backticks, `like_this`)"
    )


def _starts() -> str:
    return "MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN"
