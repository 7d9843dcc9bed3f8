"""``officials_stances`` cuts its page before it reads any stance: it orders the offices, counts each
official's stances, and reads the stances of only the offices the page reaches. Every page must still
be the slice of the whole answer, which must be the plain join of offices and stances computed here,
on both engines, with and without a state.

The graph: two officials named Ann and two states named Twin (ties the ids settle), Bob holding four
offices with seven stances (one office's rows span several pages), Cid holding an office without a
stance (no rows), Dee whose only stance is negated (rows only with ``include_negated``), Eve with
stances and no office (never a row), a stance on two dates (its first date) and a relation without a
stance sign (never a row).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from geofixture import assert_pages, both_engines

from graph.model import RELATIONS, Article, Entity, Evidence, Label, Modality, Record, Relation
from graph.queries import run_saved
from graph.store import Store

MAY = Article("Article:00000000000000c1", "Officials speak", None, "Wire", "2024-05-02", None)
MARCH = Article("Article:00000000000000c2", "Officials spoke", None, "Wire", "2024-03-01", None)
VOTE = Entity("Event:the-vote", Label.EVENT, "The vote", ())
ACCORD = Entity("Agreement:the-accord", Label.AGREEMENT, "The accord", ())
ALA = Entity("Country:ALA", Label.COUNTRY, "Aland", ("Aland Republic",))
BOL = Entity("Country:BOL", Label.COUNTRY, "Bolt", ())
TWN = Entity("Country:TWN", Label.COUNTRY, "Twin", ())
TWO = Entity("Organization:twin", Label.ORGANIZATION, "Twin", ())
COR = Entity("Region:cora", Label.REGION, "Cora", ())
ANN1, ANN2, BOB, CID, DEE, EVE = (
    Entity(f"Person:{slug}", Label.PERSON, name, ())
    for slug, name in (
        ("ann-1", "Ann"),
        ("ann-2", "Ann"),
        ("bob", "Bob"),
        ("cid", "Cid"),
        ("dee", "Dee"),
        ("eve", "Eve"),
    )
)
ENTITIES = (VOTE, ACCORD, ALA, BOL, TWN, TWO, COR, ANN1, ANN2, BOB, CID, DEE, EVE)


def records() -> list[Record]:
    n = iter(range(100, 10_000, 100))

    def ev(article: Article, modality: Modality) -> Evidence:
        start = next(n)
        quote = f"quote at {start}"
        return Evidence(
            article.id, quote, start // 100, start, start + len(quote), date=article.date, modality=modality
        )

    def rel(
        source: Entity,
        type_: str,
        target: Entity,
        *modalities: Modality,
        role: str | None = None,
        article: Article = MAY,
    ) -> Relation:
        said = tuple(ev(article, m) for m in modalities or (Modality.ASSERTED,))
        return Relation(source.id, type_, target.id, said, role)

    neg, hyp = Modality.NEGATED, Modality.HYPOTHETICAL
    return [
        MAY,
        MARCH,
        *ENTITIES,
        rel(ANN1, "HOLDS_OFFICE", ALA, role="President"),
        rel(ANN1, "HOLDS_OFFICE", BOL, role="Envoy"),
        rel(ANN2, "HOLDS_OFFICE", ALA),
        rel(BOB, "HOLDS_OFFICE", ALA, role="Envoy"),
        rel(BOB, "HOLDS_OFFICE", TWN, role="Minister"),
        rel(BOB, "HOLDS_OFFICE", TWO, role="Chair"),
        rel(BOB, "HOLDS_OFFICE", BOL, neg, role="Envoy"),
        rel(CID, "HOLDS_OFFICE", ALA, role="Envoy"),
        rel(DEE, "HOLDS_OFFICE", BOL, role="President"),
        rel(DEE, "HOLDS_OFFICE", COR, role="Governor"),
        rel(ANN1, "SUPPORTS", VOTE),
        rel(ANN1, "ALLY_OF", BOL),
        rel(ANN2, "REJECTS", VOTE, hyp),
        rel(BOB, "SUPPORTS", VOTE),
        rel(BOB, "CONDEMNS", VOTE, neg, Modality.ASSERTED),
        rel(BOB, "MET_WITH", EVE),
        rel(BOB, "MET_WITH", ANN1, hyp),
        rel(BOB, "SANCTIONS", COR),
        rel(BOB, "AIDS", ALA, article=MARCH),
        rel(BOB, "VOTED_FOR", ACCORD, Modality.ASSERTED),
        rel(BOB, "REQUESTS", ACCORD),
        rel(DEE, "THREATENS", BOL, neg),
        rel(EVE, "SUPPORTS", VOTE),
        # the same stance said again on an earlier day: its first date is that day's
        rel(BOB, "VOTED_FOR", ACCORD, article=MARCH),
    ]


def expected(state: str, include_negated: bool) -> list[list[Any]]:
    """The plain join: each office (HOLDS_OFFICE) with each stance of its holder, ordered by every column."""
    merged: dict[str, Relation] = {}
    for record in records():
        if isinstance(record, Relation):
            merged[record.key] = merged[record.key].merged(record) if record.key in merged else record
    names = {e.id: e.name for e in ENTITIES}
    folded = {e.id: {s.lower() for s in (e.id, e.name, *e.aliases)} for e in ENTITIES}
    rows = []
    for office in (r for r in merged.values() if r.type == "HOLDS_OFFICE"):
        if state and state.lower() not in folded[office.target]:
            continue
        for said in merged.values():
            sign = RELATIONS[said.type].sign
            if said.source != office.source or sign == 0 or not (include_negated or said.claimed):
                continue
            first = min(ev.date for ev in said.evidence if ev.date)
            rows.append(
                [
                    *(names[office.target], office.target, names[office.source], office.source),
                    *(office.role or "", said.type, names[said.target], said.target),
                    *("support" if sign > 0 else "oppose", first),
                ]
            )
    return sorted(rows)


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("officials"), records())


CASES = [
    ("", False),
    ("", True),
    ("Aland republic", False),
    ("twin", True),
    ("Bolt", True),
    ("Country:TWN", False),
]


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize(("state", "include_negated"), CASES)
def test_every_page_is_the_slice_of_the_plain_join(
    engines: dict[str, Store], engine: str, state: str, include_negated: bool
) -> None:
    store, params = engines[engine], {"state": state, "include_negated": include_negated}
    whole = expected(state, include_negated)
    assert run_saved(store, "officials_stances", params).rows == whole
    assert_pages(store, "officials_stances", params, whole, (1, 2, 3, 5, 8))


def test_the_graph_reaches_every_case() -> None:
    # Without negated stances Dee has no row; Cid and Eve never have one; Bob's rows fill pages.
    everyone = {row[3] for row in expected("", True)}
    assert everyone == {ANN1.id, ANN2.id, BOB.id, DEE.id}
    assert {row[3] for row in expected("", False)} == {ANN1.id, BOB.id}
    assert sum(row[3] == BOB.id for row in expected("", False)) == 4 * 6
    assert {row[1] for row in expected("twin", True)} == {TWN.id, TWO.id}
