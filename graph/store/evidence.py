"""Evidence as its own rows, and the summary a relation keeps of them.

Each evidence record is one ``Evidence`` node (a node table of its own on LadybugDB), keyed by the
relation key and the record's span, and never connected by a relationship, so graph patterns do not
see it. A relation holds only a summary of its evidence (count, first and last date, claimed,
strongest modality, best confidence); adding evidence updates the summary from the new records and
the stored summary alone, so a hub relation is never read back whole.

>>> rel = Relation("Country:SRB", "REJECTS", "Event:x", (Evidence("Article:a", "q", date="2022-09-24"),))
>>> row = evidence_rows(rel)[0]
>>> row["id"], row["rel"], row["char_start"]
('Country:SRB|REJECTS|Event:x#Article:a:0:0', 'Country:SRB|REJECTS|Event:x', 0)
>>> evidence_from_row(row) == rel.evidence[0]
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from graph.model import CLAIM_MODALITIES, RELATIONS, Evidence, Modality, Relation, pick

EVIDENCE_LABEL = "Evidence"
# Evidence fields whose names are Cypher keywords (or close to them) are stored under plainer names.
_RENAMED = {"start": "char_start", "end": "char_end", "when": "event_time"}
EVIDENCE_FIELDS = tuple(Evidence.__dataclass_fields__)
EVIDENCE_COLUMNS = ("id", "rel", "source", "target", *(_RENAMED.get(f, f) for f in EVIDENCE_FIELDS))
SUMMARY_COLUMNS = (
    "n_evidence",
    "claimed",
    "modality",
    "first_date",
    "last_date",
    "confidence",
    "plover",
    "sign",
    "role",
    "status",
)
_STRENGTH = [Modality.ASSERTED, Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED]
_FIELD_COLUMNS = tuple(_RENAMED.get(f, f) for f in EVIDENCE_FIELDS)
_fields_of = attrgetter(*EVIDENCE_FIELDS)
_COLUMNS = EVIDENCE_COLUMNS
# Looked up per record: an enum member's ``.value`` and a kind's attributes cost a descriptor call each.
_VALUE = {m: m.value for m in Modality}
_STRONGEST = {m: (m if m in _STRENGTH else Modality.ASSERTED).value for m in Modality}
_KINDS = {name: (kind.plover.value, kind.sign) for name, kind in RELATIONS.items()}
_MODALITY = EVIDENCE_FIELDS.index("modality")

Row = dict[str, Any]


def evidence_id(rel_key: str, ev: Evidence) -> str:
    return f"{rel_key}#{ev.key}"


def evidence_rows(rel: Relation, records: Iterable[Evidence] | None = None) -> list[Row]:
    """A relation's evidence records (all of them, or ``records``) as rows of ``EVIDENCE_COLUMNS``."""
    key, source, target = rel.key, rel.source, rel.target
    rows = []
    for ev in rel.evidence if records is None else records:
        # One dict from the columns and the record's fields in their order (the id is ``evidence_id``).
        row: Row = dict(
            zip(
                _COLUMNS,
                (f"{key}#{ev.article}:{ev.start}:{ev.end}", key, source, target, *_fields_of(ev)),
                strict=True,
            )
        )
        row["modality"] = _VALUE[ev.modality]
        rows.append(row)
    return rows


def evidence_ids(records: Iterable[tuple[Relation, Iterable[Evidence]]]) -> list[tuple[str, str]]:
    """(relation key, evidence id) of each relation's records. The id is ``evidence_id``'s, written out
    here, in ``evidence_rows`` and in ``evidence_columns`` for speed; the three agree with it:

    >>> rel = Relation("Country:SRB", "REJECTS", "Event:x", (Evidence("Article:a", "q", start=3, end=9),))
    >>> pairs = [(rel, rel.evidence)]
    >>> ids = {evidence_ids(pairs)[0][1], evidence_rows(rel)[0]["id"], evidence_columns(pairs)[0][0]}
    >>> ids == {evidence_id(rel.key, rel.evidence[0])}
    True
    """
    pairs = []
    for rel, evidence in records:
        key = rel.key
        pairs += [(key, f"{key}#{ev.article}:{ev.start}:{ev.end}") for ev in evidence]  # ``evidence_id``
    return pairs


def evidence_columns(records: Iterable[tuple[Relation, Sequence[Evidence]]]) -> list[Sequence[Any]]:
    """The rows ``evidence_rows`` makes of each relation's records, as columns of ``EVIDENCE_COLUMNS``
    (a sequence of values each, in that order): no dict per row.

    >>> rel = Relation("Country:SRB", "REJECTS", "Event:x", (Evidence("Article:a", "q", date="2022-09-24"),))
    >>> columns = evidence_columns([(rel, rel.evidence)])
    >>> [dict(zip(EVIDENCE_COLUMNS, row, strict=True)) for row in zip(*columns)] == evidence_rows(rel)
    True
    """
    ids: list[str] = []
    keys: list[str] = []
    sources: list[str] = []
    targets: list[str] = []
    found: list[Evidence] = []
    for rel, evidence in records:
        key, n = rel.key, len(evidence)
        ids += [f"{key}#{ev.article}:{ev.start}:{ev.end}" for ev in evidence]  # ``evidence_id``
        keys += [key] * n
        sources += [rel.source] * n
        targets += [rel.target] * n
        found += evidence
    fields: list[Sequence[Any]] = list(zip(*map(_fields_of, found), strict=True))
    if not fields:  # no record: an empty column each
        fields = [() for _ in _FIELD_COLUMNS]
    fields[_MODALITY] = [_VALUE[m] for m in fields[_MODALITY]]
    return [ids, keys, sources, targets, *fields]


def evidence_from_row(row: Mapping[str, Any]) -> Evidence:
    values = {name: row[_RENAMED.get(name, name)] for name in EVIDENCE_FIELDS}
    values["modality"] = Modality(values["modality"] or "asserted")
    return Evidence(**values)


def sort_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The order a relation's evidence is read back in: by date (undated first), article, span."""
    return tuple(sorted(evidence, key=lambda ev: (ev.date or "", ev.article, ev.start, ev.end)))


def summary(rel: Relation, *, ends: bool = False) -> Row:
    """The summary of a relation computed from all its evidence (``Relation.claimed`` and
    ``Relation.modality`` in one pass over it); ``ends``: its source, target and key first, as
    the store writes a relation (one dict, not two merged).

    >>> rel = Relation("Country:SRB", "REJECTS", "Event:x", (Evidence("Article:a", "q"),))
    >>> row = summary(rel, ends=True)
    >>> list(row)[:4], row == {"source": rel.source, "target": rel.target, "key": rel.key, **summary(rel)}
    (['source', 'target', 'key', 'n_evidence'], True)
    """
    evidence = rel.evidence
    plover, sign = _KINDS[rel.type]
    if len(evidence) == 1:  # most relations of a batch: the same values without the collections
        ev = evidence[0]
        claimed, modality = ev.modality in CLAIM_MODALITIES, _STRONGEST[ev.modality]
        first_date = last_date = ev.date or None
        confidence = ev.confidence
    else:
        dates = [ev.date for ev in evidence if ev.date]
        modalities = {ev.modality for ev in evidence}
        claimed = not evidence or not modalities.isdisjoint(CLAIM_MODALITIES)
        modality = next((m for m in _STRENGTH if m in modalities), Modality.ASSERTED).value
        first_date, last_date = (min(dates), max(dates)) if dates else (None, None)
        confidence = max((ev.confidence for ev in evidence), default=1.0)
    row: Row = {"source": rel.source, "target": rel.target, "key": rel.key} if ends else {}
    row.update(
        n_evidence=len(evidence),
        claimed=claimed,
        modality=modality,
        first_date=first_date,
        last_date=last_date,
        confidence=confidence,
        plover=plover,
        sign=sign,
        role=rel.role,
        status=rel.status,
    )
    return row


def add_to_summary(stored: Mapping[str, Any], rel: Relation, new: Iterable[Evidence]) -> Row:
    """The stored summary with ``new`` evidence records (none of them stored yet) added to it.

    >>> from graph.model import Evidence, Relation
    >>> rel = Relation("Country:SRB", "REJECTS", "Event:x", role="r")
    >>> said = Evidence("Article:a", "q", date="2022-09-24")
    >>> old = summary(Relation("Country:SRB", "REJECTS", "Event:x", (said,)))
    >>> new = Evidence("Article:b", "q", date="2022-09-20", modality=Modality.NEGATED, confidence=0.5)
    >>> row = add_to_summary(old, rel, [new])
    >>> row["n_evidence"], row["first_date"], row["last_date"], row["modality"], row["claimed"], row["role"]
    (2, '2022-09-20', '2022-09-24', 'asserted', True, 'r')
    """
    added = Relation(rel.source, rel.type, rel.target, tuple(new), rel.role, rel.status)
    fresh = summary(added)
    role, status = pick(stored["role"], rel.role), pick(stored["status"], rel.status)
    if not stored["n_evidence"]:
        return {**fresh, "role": role, "status": status}
    if not added.evidence:
        return {**stored, "role": role, "status": status}
    modalities = {Modality(stored["modality"]), Modality(fresh["modality"])}
    return {
        **fresh,
        "n_evidence": stored["n_evidence"] + fresh["n_evidence"],
        "claimed": bool(stored["claimed"]) or bool(fresh["claimed"]),
        "modality": next(m for m in _STRENGTH if m in modalities).value,
        "first_date": _extreme(min, stored["first_date"], fresh["first_date"]),
        "last_date": _extreme(max, stored["last_date"], fresh["last_date"]),
        "confidence": max(stored["confidence"], fresh["confidence"]),
        "role": role,
        "status": status,
    }


def _extreme(choose: Any, a: str | None, b: str | None) -> str | None:
    present = [d for d in (a, b) if d]
    return choose(present) if present else None
