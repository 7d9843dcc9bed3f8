"""``breaks_ranks`` with an actor finds its allies in the ``Neighbours`` lookup, which lists every end of
its ALLY_OF relations whatever their modality: the alliance's claimed flag must still decide, as the
scan of the actor's relations did, and the named actor's pairs must be the pairs the whole-graph part
lists with it, on both engines.

The graph (Aland takes a side on the vote; every other country takes the other side unless said):

    Aland → ALLY_OF → Bolt           claimed
    Aland → ALLY_OF → Cora           only negated ("is no ally of")
    Dorn  → ALLY_OF → Aland          only hypothetical, the other direction
    Aland → ALLY_OF → Ebro (negated) and Ebro → ALLY_OF → Aland (claimed): a 2-cycle of both kinds
    Aland → ALLY_OF → Gall           claimed, but Gall takes Aland's side (no break)
    Aland → ALLY_OF → Hale           claimed, Hale's opposite stance only negated
    Fenn: the other side, no alliance (never a row)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from geofixture import both_engines

from graph.model import Article, Entity, Evidence, Label, Modality, Record, Relation
from graph.queries import run_saved
from graph.store import Store

ART = Article("Article:00000000000000b1", "Aland and its friends", None, "Wire", "2024-05-02", None)
VOTE = Entity("Event:the-vote", Label.EVENT, "The vote", ("vote",))
NAMES = ("Aland", "Bolt", "Cora", "Dorn", "Ebro", "Fenn", "Gall", "Hale")
COUNTRY = {n: Entity(f"Country:{n[:3].upper()}", Label.COUNTRY, n, (f"{n} Republic",)) for n in NAMES}
ALA, BOL, COR, DOR, EBR, FEN, GAL, HAL = (COUNTRY[n].id for n in NAMES)


def _ev(start: int, modality: Modality = Modality.ASSERTED) -> Evidence:
    quote = f"quote at {start}"
    return Evidence(
        ART.id,
        quote,
        start // 100,
        start,
        start + len(quote),
        date=ART.date,
        modality=modality,
        outlet="Wire",
    )


def records() -> list[Record]:
    def rel(
        source: str, type_: str, target: str, start: int, modality: Modality = Modality.ASSERTED
    ) -> Relation:
        return Relation(source, type_, target, (_ev(start, modality),))

    neg, hyp = Modality.NEGATED, Modality.HYPOTHETICAL
    return [
        ART,
        VOTE,
        *COUNTRY.values(),
        rel(ALA, "ALLY_OF", BOL, 100),
        rel(ALA, "ALLY_OF", COR, 200, neg),
        rel(DOR, "ALLY_OF", ALA, 300, hyp),
        rel(ALA, "ALLY_OF", EBR, 400, neg),
        rel(EBR, "ALLY_OF", ALA, 500),
        rel(ALA, "ALLY_OF", GAL, 600),
        rel(ALA, "ALLY_OF", HAL, 700),
        rel(ALA, "SUPPORTS", VOTE.id, 800),
        rel(BOL, "REJECTS", VOTE.id, 900),
        rel(COR, "REJECTS", VOTE.id, 1000),
        rel(DOR, "CONDEMNS", VOTE.id, 1100),
        rel(EBR, "REJECTS", VOTE.id, 1200),
        rel(FEN, "REJECTS", VOTE.id, 1300),
        rel(GAL, "SUPPORTS", VOTE.id, 1400),
        rel(HAL, "REJECTS", VOTE.id, 1500, neg),
    ]


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("ranks"), records())


def _rows(store: Store, actor: str, include_negated: bool) -> list[dict[str, Any]]:
    return run_saved(store, "breaks_ranks", {"actor": actor, "include_negated": include_negated}).records()


@pytest.mark.parametrize(
    ("include_negated", "allies"),
    [(False, {"Bolt", "Ebro"}), (True, {"Bolt", "Cora", "Dorn", "Ebro", "Hale"})],
)
@pytest.mark.parametrize("actor", ["Aland", "aland republic", ALA])
def test_negated_alliances_count_only_with_the_flag(
    engines: dict[str, Store], actor: str, include_negated: bool, allies: set[str]
) -> None:
    results = {engine: _rows(store, actor, include_negated) for engine, store in engines.items()}
    assert results["ladybug"] == results["neo4j"]
    rows = results["ladybug"]
    assert {r["ally"] for r in rows} == allies
    assert {(r["actor"], r["topic_id"], r["actor_relation"]) for r in rows} == {
        ("Aland", VOTE.id, "SUPPORTS")
    }


def test_an_ally_named_is_answered_from_its_side(engines: dict[str, Store]) -> None:
    # Cora's only alliance is negated: nothing by default, Aland with the flag.
    for store in engines.values():
        assert _rows(store, "Cora", False) == []
        assert {(r["actor"], r["ally"]) for r in _rows(store, "Cora", True)} == {("Cora", "Aland")}


@pytest.mark.parametrize("include_negated", [False, True])
def test_an_actors_pairs_are_the_whole_graph_pairs_that_include_it(
    engines: dict[str, Store], include_negated: bool
) -> None:
    for store in engines.values():
        whole = {_pair(r) for r in _rows(store, "", include_negated)}
        assert whole
        for name in NAMES:
            mine = {_pair(r) for r in _rows(store, name, include_negated)}
            assert mine == {p for p in whole if COUNTRY[name].id in {side[0] for side in p[0]}}, name


def _pair(row: dict[str, Any]) -> tuple[frozenset[tuple[str, str]], str]:
    """A row without its orientation (the whole-graph part puts the smaller id first)."""
    return frozenset({(row["actor_id"], row["actor_relation"]), (row["ally_id"], row["ally_relation"])}), row[
        "topic_id"
    ]
