"""Rewrites of one article's records before they are stored, where the article itself is the context:
a body it calls "the Alliance" after naming NATO, and a capital it uses as a place, not as its state.

Run by the ingest on each document (``geoalign.ingest``); the store-level resolution (``graph.resolve``)
handles what needs the whole store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from graph.model import Entity, Label, Record, Relation, entity_id
from graph.names import fold
from graph.resolve import OrgAliases, bare


def canonical_records(records: Sequence[Record], aliases: OrgAliases) -> list[Record]:
    """One article's records with contextual body names resolved and capital-as-place aliases dropped."""
    return capitals_as_places(contextual_bodies(records, aliases))


def contextual_bodies(records: Sequence[Record], aliases: OrgAliases) -> list[Record]:
    """An organisation the article names only by a word such as "the Alliance" or "the bloc" becomes
    the body that word stands for, when the article names exactly one such body.

    >>> nato = Entity("Organization:nato", Label.ORGANIZATION, "NATO")
    >>> vague = Entity("Organization:alliance", Label.ORGANIZATION, "Alliance")
    >>> data = OrgAliases({"nato": "NATO", "csto": "CSTO"}, {"alliance": frozenset({"NATO", "CSTO"})})
    >>> [r.id for r in contextual_bodies([nato, vague], data) if isinstance(r, Entity)]
    ['Organization:nato', 'Organization:nato']
    >>> csto = Entity("Organization:csto", Label.ORGANIZATION, "CSTO")
    >>> [r.id for r in contextual_bodies([nato, csto, vague], data) if isinstance(r, Entity)][-1]
    'Organization:alliance'
    """
    orgs = [r for r in records if isinstance(r, Entity) and r.label is Label.ORGANIZATION]
    named = {aliases.canonical([o.name, *o.aliases]) for o in orgs} - {None}
    moved: dict[str, Entity] = {}
    for org in orgs:
        if aliases.canonical([org.name, *org.aliases]) is not None:
            continue
        bodies = aliases.contextual.get(bare(org.name), frozenset()) & named
        if len(bodies) == 1:
            body = next(iter(bodies))
            moved[org.id] = Entity(entity_id(Label.ORGANIZATION, body), org.label, body, (org.name,))
    return _renamed(records, moved) if moved else list(records)


def _renamed(records: Iterable[Record], moved: dict[str, Entity]) -> list[Record]:
    out: list[Record] = []
    for rec in records:
        if isinstance(rec, Entity) and rec.id in moved:
            out.append(moved[rec.id])
        elif isinstance(rec, Relation):
            source = moved[rec.source].id if rec.source in moved else rec.source
            target = moved[rec.target].id if rec.target in moved else rec.target
            if source != target:
                out.append(Relation(source, rec.type, target, rec.evidence, rec.role, rec.status))
        else:
            out.append(rec)
    return out


def capitals_as_places(records: Sequence[Record]) -> list[Record]:
    """A city the article uses as a place (a Region node: "the summit in Tirana") is no surface form
    of its state in that article, unless some claim about the state is stated through the city alone
    ("Tirana rejected the plan"); a state named only through that place is then not mentioned.

    >>> alb = Entity("Country:ALB", Label.COUNTRY, "Albania", ("Tirana",), "ALB")
    >>> tirana = Entity("Region:tirana", Label.REGION, "Tirana")
    >>> [e.aliases for e in capitals_as_places([alb, tirana]) if isinstance(e, Entity)]
    [(), ()]
    """
    regions = [r for r in records if isinstance(r, Entity) and r.label is Label.REGION]
    places = {fold(f) for r in regions for f in (r.name, *r.aliases)}
    states = [r for r in records if isinstance(r, Entity) and r.label is Label.COUNTRY]
    touching: dict[str, list[Relation]] = defaultdict(list)
    for rec in records:
        if isinstance(rec, Relation):
            touching[rec.source].append(rec)
            touching[rec.target].append(rec)
    fixed: dict[str, Entity] = {}
    through: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
    for state in states:
        cities = {a for a in state.aliases if fold(a) in places}
        if not cities:
            continue
        city = _any_of(cities)
        others = {f for f in (state.name, *state.aliases) if f not in cities}
        other = _any_of(others) if others else None
        claims = [r for r in touching[state.id] if r.type != "MENTIONS"]
        if any(_only_through(ev.quote, city, other) for r in claims for ev in r.evidence):
            continue  # the city stands for its state somewhere in this article: keep the alias
        aliases = tuple(a for a in state.aliases if a not in cities)
        fixed[state.id] = Entity(state.id, state.label, state.name, aliases, state.iso3, state.attrs)
        through[state.id] = (city, other)
    if not fixed:
        return list(records)
    return _without_place_mentions(records, fixed, through, touching)


def _any_of(words: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(words)), re.IGNORECASE)


def _only_through(quote: str, city: re.Pattern[str], other: re.Pattern[str] | None) -> bool:
    return bool(city.search(quote)) and (other is None or not other.search(quote))


def _without_place_mentions(
    records: Sequence[Record],
    fixed: dict[str, Entity],
    through: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]],
    touching: dict[str, list[Relation]],
) -> list[Record]:
    out: list[Record] = []
    gone: set[str] = set()
    for rec in records:
        if isinstance(rec, Relation) and rec.type == "MENTIONS" and rec.target in fixed:
            kept = tuple(ev for ev in rec.evidence if not _only_through(ev.quote, *through[rec.target]))
            if kept:
                out.append(Relation(rec.source, rec.type, rec.target, kept, rec.role, rec.status))
            elif not any(r.type != "MENTIONS" for r in touching[rec.target]):
                gone.add(rec.target)
            else:
                out.append(rec)
        elif isinstance(rec, Entity) and rec.id in fixed:
            out.append(fixed[rec.id])
        else:
            out.append(rec)
    return [r for r in out if not (isinstance(r, Entity) and r.id in gone)]
