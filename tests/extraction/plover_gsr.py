"""Score the extractor against a peer's gold standard: PLOVER's coded one-sentence event reports.

usage: python -m tests.extraction.plover_gsr RECORDS [--half odd|even] [--misses]

RECORDS is PLOVER's own ``PLOVER_GSR_CAMEO.txt`` (github.com/openeventdata/PLOVER; not shipped here) or
JSON Lines transcribed from it, one record a line: ``{"id", "event", "mode", "src": [[actorText, code],
...], "tgt": [...], "text"}``. Each text is
read as an article of its own. A coded actor is found when the extractor names its state (``Country:``
plus the code, or whatever the actor's own words resolve to: a demonym, a capital, an organisation), or a
person whose office the sentence ties to that state. Per record:

- ``actors``: every coded actor is among the sentence's entities;
- ``category``: a relation of the record's PLOVER category starts at a source actor;
- ``linked``: some relation that is not a standing fact (office, membership, part of) starts at a source
  actor and ends at a target actor (anywhere when the record has no target), whatever its category: the
  records follow PLOVER 0.5's coding (a promise of aid is AGREE there, AIDS in the future here);
- ``event``: the category's relation also ends at a target actor (or, for a record with no target or a
  compound actor coded on both sides, anywhere; for a type whose objects are topics, at a topic).
A symmetric relation (met with, ally of) is read both ways.

``--half odd`` or ``even`` keeps records by the parity of their number, so one half can be read while the
other stays held out. Nothing is tuned on this file by the test suite: it is a measure, not a fixture.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from graph.model import ACTOR_LABELS, RELATIONS, TOPIC_LABELS, Entity, Label, Plover, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text

# the records are coded in PLOVER 0.5's names; these became (or merged into) today's categories
_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "DIPLOMACY": "SUPPORT"}
# CAMEO country codes that are not ISO 3166 ones
_CODES = {"JAP": "JPN"}
_TOPIC_PREFIXES = tuple(f"{label.value}:" for label in TOPIC_LABELS)


@cache
def _resolve(text: str) -> frozenset[str]:
    """Entity ids the extractor gives an actor's own words ('Hungarian', 'Tokyo', 'NATO-member Norway')."""
    recs = extract(article_from_text(text, meta={"date": "2000-01-01"}))
    return frozenset(r.id for r in recs if isinstance(r, Entity) and r.label is not Label.PERSON)


def _actor_ids(actors: list[list[str]]) -> list[frozenset[str]]:
    out = []
    for text, code in actors:
        ids = set(_resolve(text))
        if re.fullmatch(r"[A-Z]{3}", code or "") and code != "IGO":
            ids.add(f"Country:{_CODES.get(code, code)}")
        out.append(frozenset(ids))
    return out


def score_record(rec: dict) -> dict:
    recs = extract(article_from_text(rec["text"], meta={"date": "2000-01-01"}))
    ents = {r.id: r for r in recs if isinstance(r, Entity)}
    rels = [r for r in recs if isinstance(r, Relation) and r.type != "MENTIONS"]
    # a person stands for the state or body his office in this sentence ties him to
    stands = defaultdict(set)
    for r in rels:
        stands[r.source].add(r.source)
        stands[r.target].add(r.target)
        if r.type == "HOLDS_OFFICE":
            stands[r.source].add(r.target)
    src, tgt = _actor_ids(rec.get("src") or []), _actor_ids(rec.get("tgt") or [])
    present = set(ents) | {x for ids in stands.values() for x in ids}
    actors = all(ids & present for ids in src + tgt) and bool(src)
    src_any = frozenset().union(*src) if src else frozenset()
    tgt_any = frozenset().union(*tgt) if tgt else frozenset()
    compound = bool(tgt) and tgt_any <= src_any
    category = event = linked = False
    found = []
    both_ways = [(r, r.source, r.target) for r in rels]
    both_ways += [
        (r, r.target, r.source) for r in rels if r.type in RELATIONS and RELATIONS[r.type].symmetric
    ]
    for r, start, end in both_ways:
        kind = RELATIONS.get(r.type)
        if kind is None or kind.plover is Plover.STRUCTURE or not stands[start] & src_any:
            continue
        on_topic = not kind.objects & ACTOR_LABELS and end.startswith(_TOPIC_PREFIXES)
        ends = not tgt or compound or on_topic or bool((stands[end] | {end}) & tgt_any)
        linked |= ends
        if kind.plover.value != _RENAMED.get(rec["event"], rec["event"]):
            continue
        category = True
        event |= ends
        found.append(f"{r.source} -{r.type}-> {r.target}")
    return {
        "actors": actors,
        "category": category,
        "event": event,
        "linked": linked,
        "found": found,
        "all": [f"{r.source} -{r.type}-> {r.target}" for r in rels],
    }


def _actors(value: object) -> list[list[str]]:
    """[[actorText, code], ...] from a record's "source"/"target" (a list of dicts, pairs, or "")."""
    out = []
    for actor in value if isinstance(value, list) else []:
        text, code = (actor.get("actorText", ""), actor.get("code", "")) if isinstance(actor, dict) else actor
        if text and code and code != "---":
            out.append([text, code])
    return out


def load_records(path: Path) -> list[dict]:
    """Records from PLOVER's own file (``PLOVER_GSR_CAMEO.txt``: JSON objects with trailing commas) or from
    JSON Lines with ``src``/``tgt``; repeated ids are read once. ValueError names the file and line."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{\n") or text.lstrip().startswith("{\r\n"):
        # PLOVER's file: drop the trailing commas and the coders' end-of-line marks ('"id": "...", ####'; a
        # mark has no quote after it, so no text value is cut) with newlines kept, so line numbers hold
        text = re.sub(r"(?m)[ \t]+#[^\n\"]*$", "", text)
        try:
            raw = json.loads("[" + re.sub(r",(\s*[}\]])", r"\1", text.rstrip().rstrip(",")) + "]")
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{err.lineno}: not a PLOVER record ({err.msg})") from None
        rows = [
            {
                "id": r.get("id", ""),
                "event": r.get("event", ""),
                "mode": r.get("mode", ""),
                "src": r.get("source", ""),
                "tgt": r.get("target", ""),
                "text": r.get("text", ""),
            }
            for r in raw
        ]
    else:
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: not a JSON record ({err.msg})") from None
    records, seen = [], set()
    for row in rows:
        if row["id"] in seen:
            continue
        seen.add(row["id"])
        records.append({**row, "src": _actors(row.get("src")), "tgt": _actors(row.get("tgt"))})
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--half", choices=("odd", "even"))
    ap.add_argument("--misses", action="store_true", help="print the records with no relation linking them")
    args = ap.parse_args(argv)
    try:
        records = load_records(args.records)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    records = [r for r in records if r.get("src")]  # a record with no coded source cannot be matched
    if args.half:
        want = 1 if args.half == "odd" else 0
        records = [r for r in records if int(r["id"].rsplit("-", 1)[1]) % 2 == want]
    totals: Counter = Counter()
    by_cat: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        res = score_record(rec)
        cat = by_cat[_RENAMED.get(rec["event"], rec["event"])]
        cat["n"] += 1
        totals["n"] += 1
        for key in ("actors", "linked", "category", "event"):
            cat[key] += res[key]
            totals[key] += res[key]
        if args.misses and not res["linked"]:
            print(f"MISS {rec['id']} {rec['event']} src={rec.get('src')} tgt={rec.get('tgt')}")
            print(f"  {rec['text']}")
            for rel in res["all"]:
                print(f"    {rel}")
    print(f"{'category':10} {'n':>4} {'actors':>7} {'linked':>7} {'category':>9} {'event':>6}")
    for name in sorted(by_cat):
        c = by_cat[name]
        print(f"{name:10} {c['n']:4d} {c['actors']:7d} {c['linked']:7d} {c['category']:9d} {c['event']:6d}")
    n = max(totals["n"], 1)
    print(
        f"all {totals['n']} records: actors {totals['actors'] / n:.1%}, linked {totals['linked'] / n:.1%}, "
        f"category {totals['category'] / n:.1%}, event {totals['event'] / n:.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
