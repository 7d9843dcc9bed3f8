"""Per-article rewrites before storing: a body named by a contextual word, and a capital used as a
place. The sentences are made up."""

from __future__ import annotations

from geoalign.ingest import ORG_ALIASES
from graph.canonical import canonical_records
from graph.model import Article, Entity, Evidence, Label, Record, Relation
from graph.resolve import read_org_aliases

ART = Article("Article:0000000000000001", "a made-up article", date="2025-02-11")
NATO = Entity("Organization:nato", Label.ORGANIZATION, "NATO")
CSTO = Entity("Organization:csto", Label.ORGANIZATION, "CSTO")
ALLIANCE = Entity("Organization:alliance", Label.ORGANIZATION, "Alliance")
CZE = Entity("Country:CZE", Label.COUNTRY, "Czech Republic", ("Prague",), "CZE")
PRAGUE = Entity("Region:prague", Label.REGION, "Prague")
EVENT = Entity("Event:summit-in-prague", Label.EVENT, "summit in Prague")
POL = Entity("Country:POL", Label.COUNTRY, "Poland", (), "POL")


def _ev(quote: str) -> Evidence:
    return Evidence(ART.id, quote, 0, 0, len(quote), ART.date)


def _entities(records: list[Record]) -> dict[str, Entity]:
    return {r.id: r for r in records if isinstance(r, Entity)}


def _summit_in_prague(*rest: Record) -> list[Record]:
    """The article naming the Czech Republic, Prague and a summit there, with ``rest``, rewritten."""
    return canonical_records([ART, CZE, PRAGUE, EVENT, *rest], read_org_aliases(ORG_ALIASES))


def test_the_alliance_is_nato_when_the_article_names_no_other_alliance() -> None:
    said = Relation(ALLIANCE.id, "CRITICIZES", POL.id, (_ev("The Alliance criticised the delay."),))
    out = canonical_records([ART, NATO, ALLIANCE, POL, said], read_org_aliases(ORG_ALIASES))
    assert set(_entities(out)) == {NATO.id, POL.id}
    assert "Alliance" in _entities(out)[NATO.id].aliases
    assert [r.source for r in out if isinstance(r, Relation)] == [NATO.id]


def test_the_alliance_stays_itself_when_the_article_names_two_alliances() -> None:
    out = canonical_records([ART, NATO, CSTO, ALLIANCE], read_org_aliases(ORG_ALIASES))
    assert ALLIANCE.id in _entities(out)


def test_a_capital_used_only_as_a_place_is_no_alias_of_its_state() -> None:
    quote = "Ministers met at a summit in Prague on Monday."
    out = _summit_in_prague(
        Relation(EVENT.id, "HELD_IN", PRAGUE.id, (_ev(quote),)),
        Relation(ART.id, "MENTIONS", CZE.id, (_ev(quote),)),
        Relation(ART.id, "MENTIONS", PRAGUE.id, (_ev(quote),)),
    )
    assert CZE.id not in _entities(out)  # named only through the place: not mentioned at all
    assert not any(isinstance(r, Relation) and CZE.id in (r.source, r.target) for r in out)
    assert PRAGUE.id in _entities(out)


def test_a_capital_that_also_speaks_for_its_state_stays_its_alias() -> None:
    place = "Ministers met at a summit in Prague on Monday."
    voice = "Prague criticised Warsaw's veto."
    out = _summit_in_prague(
        POL,
        Relation(EVENT.id, "HELD_IN", PRAGUE.id, (_ev(place),)),
        Relation(CZE.id, "CRITICIZES", POL.id, (_ev(voice),)),
        Relation(ART.id, "MENTIONS", CZE.id, (_ev(place),)),
    )
    assert _entities(out)[CZE.id].aliases == ("Prague",)


def test_a_state_named_as_well_keeps_its_mention_but_not_the_place_as_alias() -> None:
    quote = "The Czech Republic hosted a summit in Prague."
    out = _summit_in_prague(
        Relation(EVENT.id, "HELD_IN", PRAGUE.id, (_ev(quote),)),
        Relation(CZE.id, "ORGANIZED", EVENT.id, (_ev(quote),)),
        Relation(ART.id, "MENTIONS", CZE.id, (_ev(quote),)),
    )
    assert _entities(out)[CZE.id].aliases == ()
    assert any(isinstance(r, Relation) and r.type == "MENTIONS" and r.target == CZE.id for r in out)
