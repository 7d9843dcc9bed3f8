"""The one adapter between Neo4j Cypher and LadybugDB Cypher, and the portable-subset lint.

Saved queries are written once, in Neo4j's Cypher, inside a portable subset (see ``lint``).
``to_ladybug`` rewrites the few constructs whose spelling differs; ``plain`` turns engine values
(Decimal sums, dates) into the same Python values on both engines. Rewrites never touch string
literals or comments, so a quoted ``type(r)`` stays as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

# (pattern, replacement) applied to code segments only, in order.
_LADYBUG_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # [x IN nodes(p) | x.name] -> properties(nodes(p), 'name')
    (
        re.compile(
            r"\[\s*(\w+)\s+IN\s+(nodes|relationships)\s*\(\s*(\w+)\s*\)\s*\|\s*\1\s*\.\s*(\w+)\s*\]",
            re.IGNORECASE,
        ),
        r"properties(\2(\3), '\4')",
    ),
    # [x IN relationships(p) | type(x)] -> properties(relationships(p), 'type')
    (
        re.compile(
            r"\[\s*(\w+)\s+IN\s+relationships\s*\(\s*(\w+)\s*\)\s*\|\s*type\s*\(\s*\1\s*\)\s*\]",
            re.IGNORECASE,
        ),
        r"properties(relationships(\2), 'type')",
    ),
    # type(r) -> r.type; labels(n)[0] -> n.label (the one node table keeps the label as a column, the one
    # relation table the type)
    (re.compile(r"\btype\s*\(\s*(\w+)\s*\)", re.IGNORECASE), r"\1.type"),
    (re.compile(r"\blabels\s*\(\s*(\w+)\s*\)\s*\[\s*0\s*\]", re.IGNORECASE), r"\1.label"),
)
NODE_TABLE = "__Node__"  # graph.store.base.NODE_LABEL: LadybugDB's one node table
REL_TABLE = "__Rel__"  # graph.store.ladybug_store.REL_TABLE: its one relation table (types: ``type``)
EVIDENCE_TABLE = "Evidence"  # graph.store.evidence.EVIDENCE_LABEL: a node table of its own
# graph.store.lookup.LOOKUPS: the lookups the store keeps at write time, node tables of their own too.
LOOKUP_TABLES = (
    "NameKey",
    "EvidenceOf",
    "Stance",
    "ActorTopics",
    "TopicActors",
    "Neighbours",
    "Cited",
    "CitedCount",
    "Negated",
)
OWN_TABLES = (NODE_TABLE, EVIDENCE_TABLE, *LOOKUP_TABLES)
# Neo4j never reuses a relationship inside one pattern; Ladybug does unless told TRAIL.
_VAR_LENGTH = re.compile(r"(-\s*\[[^\[\]*]*)\*\s*(\d*)\s*(\.\.)?\s*(\d*)(?=\s*[\]{])")
LADYBUG_MAX_HOPS = 30  # Ladybug's own bound for an unbounded pattern


def _trail(match: re.Match[str]) -> str:
    low = match.group(2) or "1"
    high = match.group(4) or (str(LADYBUG_MAX_HOPS) if match.group(3) or not match.group(2) else low)
    return f"{match.group(1)}* TRAIL {low}..{high}"


# all(r IN relationships(p) WHERE <r and $params only>) after a variable-length pattern of p: Ladybug
# evaluates it per finished path (~1 ms each: 12 s for 10k three-step paths), but prunes while it
# walks when the same test is the pattern's own filter ``[* TRAIL 1..3 (r, _n | WHERE …)]`` (0.1 s).
_ALL_RELS = re.compile(
    r"\ball\s*\(\s*(\w+)\s+IN\s+relationships\s*\(\s*(\w+)\s*\)\s+WHERE\s+((?:[^()]|\([^()]*\))+?)\)", re.I
)
_FILTER_WORDS = {"and", "or", "not", "xor", "true", "false", "null", "is"}


def _walk_filters(code: str) -> str:
    for match in list(_ALL_RELS.finditer(code)):
        var, path, test = match.group(1), match.group(2), match.group(3).strip()
        words = re.findall(r"(?<![.$\w])([A-Za-z_]\w*)", re.sub(r"'[^']*'", "''", test))
        if any(w.lower() not in _FILTER_WORDS and w != var for w in words):
            continue  # refers to a variable of the query: Ladybug's pattern filter cannot see it
        head = re.search(rf"\b{path}\s*=\s*[^;]*?\* TRAIL \d+\.\.\d+", code[: match.start()])
        if head is None:
            continue
        at = head.end()
        code = (
            code[:at]
            + f" ({var}, _n | WHERE {test})"
            + code[at : match.start()]
            + "true"
            + code[match.end() :]
        )
        return _walk_filters(code)
    return code


# The head of a node pattern with labels: (v:A, (v:A|B, (:A; its property map may hold calls (balanced).
_NODE_HEAD = re.compile(r"\(\s*(\w*)\s*:\s*(\w+(?:\s*\|\s*\w+)*)\s*")
# A label test in an expression: ``v:A`` or ``v:A|B`` (a variable, a colon, labels; not a map key).
_LABEL_TEST = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)\s*:\s*([A-Za-z_]\w*(?:\s*\|\s*[A-Za-z_]\w*)*)")
_CLAUSE_WORDS = re.compile(r"\b(OPTIONAL\s+MATCH|MATCH|WITH|RETURN|UNWIND|CALL|UNION|WHERE)\b", re.IGNORECASE)
_STARTS_ENDS = re.compile(r"\b(STARTS|ENDS)\s*\Z", re.IGNORECASE)


class PortabilityError(ValueError):
    """A query uses a construct the adapter cannot rewrite for LadybugDB."""


def _clause_words(code: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Clause keywords in ``code[start:end]``; the WITH of ``STARTS WITH`` / ``ENDS WITH`` is an
    operator, however much space (or a newline) stands between the two words."""
    for word in _CLAUSE_WORDS.finditer(code, start, len(code) if end is None else end):
        if word.group(1).upper() == "WITH" and _STARTS_ENDS.search(code, 0, word.start()):
            continue
        yield word


def _node_patterns(code: str) -> Iterator[tuple[int, int, str, list[str], str]]:
    """Node patterns with labels: (start, end, variable, labels, property map text or '')."""
    for head in _NODE_HEAD.finditer(code):
        at, props = head.end(), ""
        if code.startswith("{", at):
            close = _closing(code, at)
            if close < 0:
                continue
            props, at = code[at : close + 1], close + 1
            at += len(code[at:]) - len(code[at:].lstrip())
        if code.startswith(")", at):
            yield head.start(), at + 1, head.group(1), re.split(r"\s*\|\s*", head.group(2)), props


def _closing(code: str, at: int) -> int:
    """The position of the bracket closing the one at ``at`` (-1 when it is never closed)."""
    depth = 0
    for i in range(at, len(code)):
        depth += (code[i] in "([{") - (code[i] in ")]}")
        if depth == 0:
            return i
    return -1


def _label_tests(code: str) -> str:
    """Label tests in expressions read the ``label`` column: ``WHERE a:Country`` ->
    ``WHERE (a.label = 'Country')``; a relationship's type test reads its ``type`` column:
    ``WHERE r:ALLY_OF`` -> ``WHERE (r.type = 'ALLY_OF')``."""
    relationships = set(re.findall(r"\[\s*([A-Za-z_]\w*)\s*[:\]*{]", code))
    relationships |= set(re.findall(r"\b([A-Za-z_]\w*)\s+IN\s+relationships\s*\(", code, re.IGNORECASE))
    depth = _depths(code)
    edits: list[tuple[int, int, str]] = []
    for test in _LABEL_TEST.finditer(code):
        opener = _opener(code, depth, test.start())
        before = code[opener + 1 : test.start()].strip() if opener >= 0 else "x"
        if (opener >= 0 and code[opener] == "{") or (before == "" and code[opener] in "(["):
            continue  # a map key, or the variable of a node or relationship pattern
        var, labels = test.group(1), re.split(r"\s*\|\s*", test.group(2))
        if var in relationships:
            subject = f"{var}.type"
        else:
            subject = f"label({var})" if labels[0] in OWN_TABLES else f"{var}.label"
        quoted = ", ".join(repr(x) for x in labels)
        text = f"({subject} = {quoted})" if len(labels) == 1 else f"({subject} IN [{quoted}])"
        edits.append((test.start(), test.end(), text))
    for start, end, text in reversed(edits):
        code = code[:start] + text + code[end:]
    return code


def _opener(code: str, depth: list[int], at: int) -> int:
    """The position of the innermost bracket open at ``at`` (-1 at the top level)."""
    for i in range(at - 1, -1, -1):
        if code[i] in "([{" and depth[i + 1] == depth[at] and depth[i] < depth[at]:
            return i
    return -1


def _label_filters(code: str) -> str:
    """Labels become filters on the one node table: ``(v:A {k: x})`` -> ``(v:__Node__ {label: 'A', k: x})``,
    and ``(v:A|B)`` -> ``(v:__Node__)`` with ``v.label IN ['A', 'B']`` added to its MATCH's WHERE."""
    edits: list[tuple[int, int, str]] = []
    conditions: dict[int, list[str]] = {}  # MATCH keyword position -> conditions
    depth = _depths(code)
    fresh = 0
    for start, end, var, labels, props in _node_patterns(code):
        if len(labels) == 1 and labels[0] in OWN_TABLES:
            continue
        inner = props[1:-1].strip() if props else ""
        if len(labels) == 1:
            fields = ", ".join(f for f in (f"label: '{labels[0]}'", inner) if f)
            edits.append((start, end, f"({var}:{NODE_TABLE} {{{fields}}})"))
            continue
        if not var:
            fresh += 1
            var = f"_lbl{fresh}"
        clause = _enclosing_match(code, depth, start)
        conditions.setdefault(clause, []).append(f"{var}.label IN [{', '.join(repr(x) for x in labels)}]")
        edits.append((start, end, f"({var}:{NODE_TABLE}{' ' + props if props else ''})"))
    for start, tests in conditions.items():
        edits.extend(_where_edits(code, depth, start, " AND ".join(tests)))
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        code = code[:start] + text + code[end:]
    return code


def _enclosing_match(code: str, depth: list[int], at: int) -> int:
    """Where the MATCH clause holding the pattern at ``at`` starts (its keyword's position)."""
    words = [w for w in _clause_words(code, 0, at) if depth[w.start()] == depth[at]]
    if not words or "MATCH" not in words[-1].group(1).upper():
        raise PortabilityError("a node pattern with several labels (A|B) must be in a MATCH pattern")
    return words[-1].start()


def _where_edits(code: str, depth: list[int], start: int, test: str) -> list[tuple[int, int, str]]:
    """Edits adding ``test`` to the WHERE of the MATCH clause starting at ``start``."""
    first = re.match(r"(OPTIONAL\s+)?MATCH", code[start:], re.IGNORECASE)
    assert first is not None
    # The clause ends at the bracket closing the one it sits in (an EXISTS { }), or at the text's end.
    end = next((i for i in range(start, len(code)) if depth[i + 1] < depth[start]), len(code))
    where = None
    for word in _clause_words(code, start + first.end(), end):
        if depth[word.start()] != depth[start]:
            continue
        if word.group(1).upper() != "WHERE":
            end = word.start()
            break
        where = word
    stop = len(code[:end].rstrip())
    if where is None:
        return [(stop, stop, f" WHERE {test}")]
    body = where.end() + len(code[where.end() :]) - len(code[where.end() :].lstrip())
    return [(body, body, f"{test} AND ("), (stop, stop, ")")]


def _depths(code: str) -> list[int]:
    """Bracket depth before each position of ``code`` (and after its end)."""
    depth = [0]
    for char in code:
        depth.append(depth[-1] + (char in "([{") - (char in ")]}"))
    return depth


_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<ident>`(?:[^`]|``)*`)
  | (?P<line>//[^\n]*)
  | (?P<block>/\*.*?\*/)
""",
    re.VERBOSE | re.DOTALL,
)


def segments(cypher: str) -> Iterator[tuple[str, str]]:
    """Split Cypher text into ("code" | "string" | "ident" | "comment", text) pieces.

    >>> [kind for kind, _ in segments("RETURN 'a//b' AS x // note")]
    ['code', 'string', 'code', 'comment']
    """
    pos = 0
    for match in _TOKEN.finditer(cypher):
        if match.start() > pos:
            yield "code", cypher[pos : match.start()]
        kind = match.lastgroup or "code"
        yield ("comment" if kind in ("line", "block") else kind), match.group()
        pos = match.end()
    if pos < len(cypher):
        yield "code", cypher[pos:]


def code_only(cypher: str) -> str:
    """The query with comments removed and string literals blanked to ``''`` (for linting).

    >>> code_only("MATCH (n) WHERE n.name = 'type(r)' // type(r)\\nRETURN n.id AS id")
    "MATCH (n) WHERE n.name = '' \\nRETURN n.id AS id"
    """
    parts = []
    for kind, text in segments(cypher):
        if kind == "string":
            parts.append("''")
        elif kind != "comment":
            parts.append(text)
    return "".join(parts)


def union_parts(cypher: str) -> list[str]:
    """The parts of a ``UNION ALL`` query, each a query of its own (its comments and strings kept).

    >>> union_parts("RETURN 1 AS x // UNION ALL\\nUNION ALL RETURN 'UNION ALL' AS x")
    ['RETURN 1 AS x // UNION ALL\\n', " RETURN 'UNION ALL' AS x"]
    """
    parts: list[str] = []
    current = ""
    for kind, text in segments(cypher):
        pieces = _UNION_ALL.split(text) if kind == "code" else [text]
        current += pieces[0]
        for piece in pieces[1:]:
            parts.append(current)
            current = piece
    return [*parts, current]


_UNION_ALL = re.compile(r"\bUNION\s+ALL\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)  # a preset's parts are the same text each call
def guard(part: str) -> str | None:
    """A query that returns no row when ``part`` cannot return any: the part's leading ``WITH … WHERE
    …`` returning ``true``, and with it any lookups by key right after (``MATCH`` or ``OPTIONAL MATCH``
    of one node with a property map, ``UNWIND``, ``WITH``) up to the last ``WITH … WHERE`` among them;
    None when the part does not start so, or aggregates with no grouping key (an aggregate over no rows
    is a row; grouped by anything, it is none, on both engines). Any clauses the part starts with return
    no row when the part returns none; the lookups let a part say it has nothing to add from what the
    store keeps (a count of an actor's allies) in a query short to plan: LadybugDB plans each part anew
    (~10 ms for a part of ``breaks_ranks``, under 1 ms for its guard).

    >>> guard("WITH $n AS n WHERE n > 2 // only past 2\\nMATCH (a) RETURN a.id AS id ORDER BY id")
    'WITH $n AS n WHERE n > 2\\nRETURN true AS go'
    >>> guard("MATCH (a) RETURN a.id AS id"), guard("WITH $n AS n WHERE n > 2 MATCH (a) RETURN count(a) AS c")
    (None, None)
    >>> guard("WITH $n AS n WHERE n > 2 MATCH (a) WITH a, count(*) AS c RETURN a.id AS id, c AS c")
    'WITH $n AS n WHERE n > 2\\nRETURN true AS go'
    >>> guard("WITH $k AS k WHERE k <> '' MATCH (n:Neighbours {key: k}) WITH k, size(n.ids) AS c WHERE c > 8 "
    ...       "MATCH (n:Neighbours {key: k}) WITH k WHERE k > '' MATCH (a)-[r]-(b) RETURN a.id AS id")
    "WITH $k AS k WHERE k <> '' MATCH (n:Neighbours {key: k}) WITH k, size(n.ids) AS c WHERE c > 8 \
MATCH (n:Neighbours {key: k}) WITH k WHERE k > ''\\nRETURN true AS go"
    >>> guard("WITH $t AS t OPTIONAL MATCH (k:CitedCount {type: t}) WITH t, sum(k.n_all) AS n "
    ...       "WHERE n < 5 MATCH ()-[r]->() RETURN r.key AS key").endswith("AS n WHERE n < 5" + GO)
    True
    """
    text = "".join(piece for kind, piece in segments(part) if kind != "comment")
    # The same text with each string or quoted name blanked to as many characters, for its clause words.
    masked = "".join(
        piece if kind == "code" else piece[0] + "_" * (len(piece) - 2) + piece[-1]
        for kind, piece in segments(text)
    )
    clauses = [w for w in _clause_words(masked) if w.group(1).upper() != "WHERE"]
    if not clauses or clauses[0].group(1).upper() != "WITH":
        return None
    end = None
    for here, after in zip(clauses, [*clauses[1:], None], strict=True):
        word, stop = here.group(1).upper(), after.start() if after else len(masked)
        body = masked[here.start() : stop]
        if word == "WITH":
            if re.search(r"\bWHERE\b", body, re.IGNORECASE):
                end = stop
        elif word.split()[-1] == "MATCH" and _KEY_LOOKUP.fullmatch(body.strip()):
            continue
        elif word != "UNWIND":
            break
    if end is None or _ungrouped_aggregate(code_only(part)):
        return None
    return text[:end].strip() + GO


GO = "\nRETURN true AS go"  # what a guard returns, after the clauses it keeps
# One node found by a property map (the store's keys): ``MATCH (k:NameKey {key: q})``, or ``OPTIONAL
# MATCH`` (a row either way, with or without the node).
_KEY_LOOKUP = re.compile(r"(?:OPTIONAL\s+)?MATCH\s*\(\s*\w+\s*:\s*\w+\s*\{[^{}()]*\}\s*\)", re.IGNORECASE)


def _ungrouped_aggregate(code: str) -> bool:
    """Whether a ``WITH`` or ``RETURN`` of ``code`` aggregates without a grouping key (every item an
    aggregate), the one kind of projection that makes a row out of no rows.

    >>> _ungrouped_aggregate("MATCH (a) WITH a, count(*) AS n RETURN a.id AS id, n AS n")
    False
    >>> _ungrouped_aggregate("MATCH (a) WITH DISTINCT count(*) AS n WHERE n > 1 RETURN n AS n")
    True
    """
    code = re.sub(r"\b(STARTS|ENDS)\s+WITH\b", r"\1_WITH", code, flags=re.IGNORECASE)
    starts = list(_CLAUSE.finditer(code))
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        if here.group(1).upper() not in ("WITH", "RETURN"):
            continue
        body = code[here.end() : after.start() if after else len(code)]
        body = re.split(r"\b(?:WHERE|ORDER\s+BY|SKIP|LIMIT|UNION)\b", body, maxsplit=1, flags=re.IGNORECASE)[
            0
        ]
        items = split_top_level(re.sub(r"^\s*DISTINCT\b", "", body, flags=re.IGNORECASE))
        if items and all(_AGGREGATE.search(item) for item in items):
            return True
    return False


_AGGREGATE = re.compile(
    r"\b(?:count|sum|avg|min|max|collect|stDevP?|percentile(?:Cont|Disc))\s*\(", re.IGNORECASE
)


def strip_comments(cypher: str) -> str:
    """The query without comments (string literals kept verbatim)."""
    return "".join(text for kind, text in segments(cypher) if kind != "comment").strip()


def to_ladybug(cypher: str) -> str:
    """Rewrite Neo4j spellings into LadybugDB's; strings and comments are left alone.

    >>> to_ladybug("MATCH p = (a)-[r*1..3]-(b) WHERE type(r) <> 'type(x)' RETURN labels(a)[0] AS l")
    "MATCH p = (a)-[r* TRAIL 1..3]-(b) WHERE r.type <> 'type(x)' RETURN a.label AS l"
    >>> to_ladybug("MATCH (a)-[r]-(b) WHERE r:ALLY_OF|MET_WITH AND b:Country RETURN b.id AS b")
    "MATCH (a)-[r]-(b) WHERE (r.type IN ['ALLY_OF', 'MET_WITH']) AND (b.label = 'Country') RETURN b.id AS b"
    >>> to_ladybug("MATCH (a)-[:A|B*2]->(b)<-[*..4]-(c)-[*]-(d) RETURN [1, 2 * 3] AS xs")
    'MATCH (a)-[:A|B* TRAIL 2..2]->(b)<-[* TRAIL 1..4]-(c)-[* TRAIL 1..30]-(d) RETURN [1, 2 * 3] AS xs'
    >>> to_ladybug("MATCH p = (a)-[*1..3]-(b) WHERE all(r IN relationships(p) WHERE $n OR r.ok) RETURN p")
    'MATCH p = (a)-[* TRAIL 1..3 (r, _n | WHERE $n OR r.ok)]-(b) WHERE true RETURN p'
    >>> to_ladybug("RETURN [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | type(r)] AS kinds")
    "RETURN properties(nodes(p), 'name') AS via, properties(relationships(p), 'type') AS kinds"
    >>> to_ladybug("MATCH (a:Country {id: $i})-[r]->(t:Event|Region) WHERE a.x OR r.y RETURN t")
    "MATCH (a:__Node__ {label: 'Country', id: $i})-[r]->(t:__Node__) WHERE t.label IN ['Event', 'Region'] \
AND (a.x OR r.y) RETURN t"
    """
    # Strings are set aside as numbered placeholders, so no rewrite can see or change their text.
    kept: list[str] = []
    parts = []
    for kind, text in segments(cypher):
        if kind == "code":
            parts.append(text)
        elif kind != "comment":
            kept.append(text)
            parts.append(f"\x00{len(kept) - 1}\x00")
    code = "".join(parts)
    for pattern, replacement in _LADYBUG_REWRITES:
        code = pattern.sub(replacement, code)
    code = _walk_filters(_label_filters(_label_tests(_VAR_LENGTH.sub(_trail, code))))
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], code).strip()


def plain(value: Any) -> Any:
    """One Python value for both engines: Decimal sums to int/float, dates to ISO strings.

    >>> plain([Decimal("2"), Decimal("0.5"), dt.date(2022, 9, 30)])
    [2, 0.5, '2022-09-30']
    """
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


# --- the portable subset ----------------------------------------------------------------------

# Constructs that are missing or mean something else on one of the engines (checked on code only).
_FORBIDDEN: tuple[tuple[str, str], ...] = (
    (r"\bapoc\.", "APOC procedures exist on neither engine by default"),
    (r"\bgds\.", "Graph Data Science procedures are Neo4j-only"),
    (r"\bCALL\b", "procedure calls and CALL subqueries are not portable"),
    (r"\bshortestPath\s*\(|\ballShortestPaths\s*\(", "shortestPath() is Neo4j-only (Ladybug: * SHORTEST)"),
    (r"\bUNION\b(?!\s+ALL\b)", "UNION (without ALL) results cannot be ordered portably: use UNION ALL"),
    (
        r"\b(head|last|tail|toString|toInteger|toFloat|toBoolean|split|elementId|id|keys|properties)\s*\(",
        "this function is missing or different on one engine",
    ),
    (r"\blabels\s*\(", "labels(n) differs between the engines: write n.label (every node has it)"),
    (r"\bstartNode\s*\(|\bendNode\s*\(", "startNode/endNode: compare r.key with the node id instead"),
    (r"\bround\s*\([^,()]*\)", "round(x) needs a precision argument in Ladybug"),
    (
        r"\*\s*\]|\*\s*\d+\s*\]|\*\s*\.\.|\*\s*\d+\s*\.\.\s*\]",
        "variable-length patterns need both bounds: *1..3",
    ),
    (r"\*\s*(TRAIL|ACYCLIC|WALK|SHORTEST)\b", "Ladybug path semantics are added by the adapter"),
    (
        r"\bCREATE\b|\bMERGE\b|\bDELETE\b|\bSET\b|\bREMOVE\b|\bDROP\b|\bLOAD\b|\bCOPY\b",
        "saved queries are read-only",
    ),
    (r"\(\s*\w*\s*:\s*\w+\s*:\s*\w+", "(n:A:B) means A AND B in Neo4j, A OR B in Ladybug: write (n:A|B)"),
    (
        r"\[\s*\w*\s*:\s*[A-Za-z_]",
        "a relationship type in a pattern is a table Ladybug does not have (one relation table): "
        "write -[r]- with WHERE r:TYPE",
    ),
    (r"\{\s*\.\w+", "map projections are Neo4j-only"),
    (
        r"\b(?:STARTS\s+WITH|ENDS\s+WITH|CONTAINS)\s+[^()\s]+\s*\+",
        "Ladybug binds STARTS WITH/ENDS WITH/CONTAINS tighter than +: parenthesize the right-hand side",
    ),
)
_COMPREHENSION = re.compile(r"\[\s*\w+\s+IN\b")
_ALLOWED_COMPREHENSIONS = (_LADYBUG_REWRITES[0][0], _LADYBUG_REWRITES[1][0])
_CLAUSE = re.compile(r"\b(MATCH|OPTIONAL\s+MATCH|WITH|UNWIND|RETURN)\b", re.IGNORECASE)


def lint(cypher: str, *, unordered: frozenset[str] = frozenset()) -> list[str]:
    """Problems that keep a saved query from giving the same rows on LadybugDB and Neo4j.

    The subset: read-only; every returned column aliased (``AS``) with a name that is not a pattern
    variable; a final ``ORDER BY`` naming every returned column (``unordered`` lists the list-valued
    columns, which Ladybug cannot sort by); bounded variable-length patterns; no APOC, CALL, UNION,
    list comprehensions (except the node/relationship projections ``to_ladybug`` rewrites), UNION
    without ALL (``UNION ALL`` parts each end in the same ORDER BY and come back one after another),
    map projections, list indexing or functions missing on one engine.

    >>> lint("MATCH (a:Country) RETURN a.name AS name ORDER BY name")
    []
    >>> lint("MATCH (a)-[r*]-(b) RETURN b.name, type(r) AS t")
    ['variable-length patterns need both bounds: *1..3', 'every returned column needs an alias: b.name', \
'no final ORDER BY (order by every returned column)']
    """
    code = code_only(cypher)
    problems = [message for pattern, message in _FORBIDDEN if re.search(pattern, code, re.IGNORECASE)]
    masked = code
    for allowed in _ALLOWED_COMPREHENSIONS:
        masked = allowed.sub("x", masked)
    if _COMPREHENSION.search(masked):
        problems.append("list comprehensions are Neo4j-only")
    if re.search(r"[\w)]\[\s*-?\d+\s*\]", re.sub(r"labels\s*\(\s*\w+\s*\)\s*\[\s*0\s*\]", "x", masked)):
        problems.append("list indexing is 0-based in Neo4j, 1-based in Ladybug")
    problems.extend(_lint_with_order(code))
    problems.extend(_lint_collect(code))
    parts = union_parts(code)
    for part in parts:
        problems.extend(p for p in _lint_return(part, unordered) if p not in problems)
    if len(parts) > 1 and len({tuple(order_by_columns(part)) for part in parts}) > 1:
        problems.append("every UNION ALL part needs the same final ORDER BY (parts come back in turn)")
    return problems


_COLLECTED = re.compile(r"\bcollect\s*\((?:[^()]|\([^()]*\))*\)\s+AS\s+(\w+)", re.IGNORECASE)
_COLLECT_ONLY_IN = "collect() order differs between engines: use a collected list only after IN"


def _lint_collect(code: str) -> list[str]:
    """A collected list comes in an order that differs between the engines: it may be tested with
    ``IN`` and passed on by ``WITH``, nothing else.

    >>> _lint_collect("MATCH (y) WITH x, collect(y.id) AS ys WITH x, ys MATCH (z) WHERE z.id IN ys RETURN z")
    []
    >>> _lint_collect("MATCH (y) WITH collect(y.id) AS ys RETURN ys AS ids ORDER BY ids")
    ['collect() order differs between engines: use a collected list only after IN']
    """
    named = list(_COLLECTED.finditer(code))
    if len(named) < len(re.findall(r"\bcollect\s*\(", code, re.IGNORECASE)):
        return [_COLLECT_ONLY_IN]
    for found in named:
        rest = code[found.end() :]
        for use in re.finditer(rf"\b{found.group(1)}\b", rest):
            before, after = rest[: use.start()].rstrip(), rest[use.end() :]
            if re.search(r"\bIN$", before, re.IGNORECASE):
                continue
            clauses = list(_CLAUSE.finditer(before))
            passed_on = (
                clauses
                and clauses[-1].group(1).upper() == "WITH"
                and (before.endswith(",") or before.upper().endswith("WITH"))
                and not re.match(r"\s*AS\b", after, re.IGNORECASE)
                and re.match(r"\s*(,|$|(WHERE|MATCH|OPTIONAL|WITH|UNWIND|RETURN)\b)", after, re.IGNORECASE)
            )
            if not passed_on:
                return [_COLLECT_ONLY_IN]
    return []


def _lint_with_order(code: str) -> list[str]:
    code = re.sub(r"\b(STARTS|ENDS)\s+WITH\b", r"\1_WITH", code, flags=re.IGNORECASE)
    starts = list(_CLAUSE.finditer(code))
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        clause = code[here.start() : after.start() if after else len(code)]
        if (
            here.group(1).upper() == "WITH"
            and re.search(r"\bORDER\s+BY\b", clause, re.IGNORECASE)
            and not re.search(r"\b(SKIP|LIMIT)\b", clause, re.IGNORECASE)
        ):
            return ["WITH … ORDER BY needs SKIP or LIMIT in Ladybug"]
    return []


def _lint_return(code: str, unordered: frozenset[str]) -> list[str]:
    returns = list(re.finditer(r"\bRETURN\b", code, re.IGNORECASE))
    if not returns:
        return ["no RETURN clause"]
    tail = code[returns[-1].end() :]
    order = re.search(r"\bORDER\s+BY\b", tail, re.IGNORECASE)
    items_text = re.split(r"\b(?:ORDER\s+BY|SKIP|LIMIT)\b", tail, maxsplit=1, flags=re.IGNORECASE)[0]
    items_text = re.sub(r"^\s*DISTINCT\b", "", items_text, flags=re.IGNORECASE)
    problems: list[str] = []
    aliases: list[str] = []
    for item in split_top_level(items_text):
        found = re.search(r"\bAS\s+(`[^`]+`|\w+)\s*$", item, re.IGNORECASE)
        if not found:
            problems.append(f"every returned column needs an alias: {item.strip()}")
            continue
        aliases.append(found.group(1).strip("`"))
    variables = pattern_variables(code)
    for alias in aliases:
        if alias in variables:
            problems.append(f"column alias {alias!r} is also a pattern variable (Ladybug cannot order by it)")
    if not order:
        problems.append("no final ORDER BY (order by every returned column)")
        return problems
    ordered = set(order_by_columns(code))
    missing = [a for a in aliases if a not in ordered and a not in unordered]
    if missing:
        problems.append(f"ORDER BY leaves out returned column(s): {', '.join(missing)}")
    return problems


def order_by_columns(cypher: str) -> list[str]:
    """The column names in the final ORDER BY, in order.

    >>> order_by_columns("MATCH (a) RETURN a.name AS n, a.id AS i ORDER BY n DESC, i LIMIT 3")
    ['n', 'i']
    """
    code = code_only(cypher)
    returns = list(re.finditer(r"\bRETURN\b", code, re.IGNORECASE))
    tail = code[returns[-1].end() :] if returns else ""
    order = re.search(r"\bORDER\s+BY\b", tail, re.IGNORECASE)
    if not order:
        return []
    text = re.split(r"\b(?:SKIP|LIMIT)\b", tail[order.end() :], maxsplit=1, flags=re.IGNORECASE)[0]
    return [
        re.sub(r"\s+(ASC|DESC|ASCENDING|DESCENDING)\s*$", "", p.strip(), flags=re.IGNORECASE).strip("`")
        for p in split_top_level(text)
    ]


def split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside brackets.

    >>> split_top_level("a.x AS x, f(a, b) AS y, [1, 2] AS z")
    ['a.x AS x', ' f(a, b) AS y', ' [1, 2] AS z']
    """
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        parts.append("".join(current))
    return parts


def pattern_variables(code: str) -> set[str]:
    """Variables bound to nodes, relationships or paths in the query's patterns.

    >>> sorted(pattern_variables("MATCH p = (a:Country)-[r:ALLY_OF]-(b) RETURN a.id AS x"))
    ['a', 'b', 'p', 'r']
    """
    names = set(re.findall(r"[(\[]\s*(\w+)\s*[:)\]{*]", code))
    names |= set(re.findall(r"\b(\w+)\s*=\s*\(", code))
    return {n for n in names if not n.isdigit()}
