"""``breaks_ranks`` without an actor lists the first pairs (as many as the rows up to the page's end) in
a part of their own, and the other pairs only when those are too few; each pair's topics are those of
the actor with fewer. Every page must still be the slice of the whole answer, which must be the plain
computation here (allied pairs, opposite sides on one topic), on both engines.

The graph: Abel, first in the answer's order, is allied to three countries and takes no side (its
pairs have no rows, so a small page needs the later pairs); Cato takes both sides of the first vote
(two rows for one pair and topic); an alliance only negated, one only hypothetical, one stated both
ways with both kinds; stances only negated or hypothetical; an agreement as a topic; Gard has sides
and no ally.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from geofixture import assert_pages, both_engines

from graph.cypher_compat import GO
from graph.model import RELATIONS, Article, Entity, Evidence, Label, Modality, Record, Relation
from graph.queries import run_saved
from graph.store import Store

ART = Article("Article:00000000000000d1", "Allies split", None, "Wire", "2024-05-02", None)
V1 = Entity("Event:first-vote", Label.EVENT, "First vote", ())
V2 = Entity("Event:second-vote", Label.EVENT, "Second vote", ())
ACC = Entity("Agreement:accord", Label.AGREEMENT, "Accord", ())
NAMES = ("Abel", "Bram", "Cato", "Dima", "Egon", "Faro", "Gard")
C = {n: Entity(f"Country:{n[:3].upper()}", Label.COUNTRY, n, ()) for n in NAMES}
ENTITIES = (V1, V2, ACC, *C.values())


def _said(start: int, modality: Modality) -> Evidence:
    """One piece of evidence in the test article, its quote at ``start``."""
    quote = f"quote at {start}"
    return Evidence(ART.id, quote, start // 100, start, start + len(quote), date=ART.date, modality=modality)


def _relations() -> Callable[..., Relation]:
    """A maker of one-evidence relations, each quote at a new offset."""
    n = iter(range(100, 1_000_000, 100))

    def rel(source: Entity, type_: str, target: Entity, modality: Modality = Modality.ASSERTED) -> Relation:
        return Relation(source.id, type_, target.id, (_said(next(n), modality),))

    return rel


def records() -> list[Record]:
    n = iter(range(100, 10_000, 100))

    def rel(source: str, type_: str, target: Entity, *modalities: Modality) -> Relation:
        said = tuple(_said(next(n), modality) for modality in modalities or (Modality.ASSERTED,))
        return Relation(C[source].id, type_, target.id, said)

    neg, hyp = Modality.NEGATED, Modality.HYPOTHETICAL
    return [
        ART,
        *ENTITIES,
        rel("Abel", "ALLY_OF", C["Bram"]),
        rel("Abel", "ALLY_OF", C["Cato"]),
        rel("Dima", "ALLY_OF", C["Abel"], neg),
        rel("Bram", "ALLY_OF", C["Cato"]),
        rel("Cato", "ALLY_OF", C["Egon"], hyp),
        rel("Dima", "ALLY_OF", C["Egon"]),
        rel("Egon", "ALLY_OF", C["Faro"]),
        rel("Faro", "ALLY_OF", C["Bram"]),
        rel("Bram", "ALLY_OF", C["Faro"], neg),
        rel("Bram", "SUPPORTS", V1),
        rel("Bram", "REJECTS", V2),
        rel("Cato", "REJECTS", V1),
        rel("Cato", "CONDEMNS", V1),
        rel("Cato", "SUPPORTS", V1, neg, Modality.ASSERTED),
        rel("Cato", "SUPPORTS", V2, neg),
        rel("Dima", "SUPPORTS", V1, hyp),
        rel("Dima", "VOTED_AGAINST", ACC),
        rel("Egon", "REJECTS", V1),
        rel("Egon", "SIGNED", ACC),
        rel("Egon", "SUPPORTS", V2),
        rel("Faro", "CONDEMNS", V2),
        rel("Faro", "AGREED_TO", ACC),
        rel("Faro", "SUPPORTS", V1, hyp),
        rel("Gard", "REJECTS", V1),
    ]


def expected(
    include_negated: bool, recs: list[Record] | None = None, actor: str | None = None
) -> list[list[Any]]:
    """Each allied pair (the smaller id first; the actor first when one is named, by name) with each
    pair of its sides' relations on a topic, one for it and one against, ordered by every column."""
    recs = records() if recs is None else recs
    relations = [r for r in recs if isinstance(r, Relation)]
    names = {e.id: e.name for e in recs if isinstance(e, Entity)}
    topics = sorted(e.id for e in recs if isinstance(e, Entity) and e.label in (Label.EVENT, Label.AGREEMENT))
    allied = [
        (r.source, r.target) for r in relations if r.type == "ALLY_OF" and (include_negated or r.claimed)
    ]
    if actor is None:
        pairs = {(min(a, b), max(a, b)) for a, b in allied}
    else:
        named = {i for i, name in names.items() if name == actor}
        pairs = {(a, b) for ends in allied for a, b in (ends, ends[::-1]) if a in named}
    sides: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for r in relations:
        sign = RELATIONS[r.type].sign
        if sign and r.target in topics and (include_negated or r.claimed):
            sides[(r.source, r.target, sign)].add(r.type)
    rows = []
    for x, y in pairs:
        for topic in topics:
            for sign in (1, -1):
                for mine in sides[(x, topic, sign)]:
                    for theirs in sides[(y, topic, -sign)]:
                        rows.append([names[x], x, mine, names[y], y, theirs, names[topic], topic])
    # ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
    return sorted(rows, key=lambda r: (r[0], r[1], r[3], r[4], r[6], r[7], r[2], r[5]))


def many_pairs() -> list[Record]:
    """More allied pairs than the query's first parts take (8, then up to 64 pairs in the answer's
    order, counted before the claimed check): Aab's seven allies come first and take no side, two
    countries share a name, about a fifth of the alliances and stances are only negated or
    hypothetical, and some alliances are stated both ways."""
    rng = random.Random(10)
    votes = [Entity(f"Event:vote-{i}", Label.EVENT, f"Vote {i % 3}", ()) for i in range(4)]
    deals = [Entity("Agreement:pact", Label.AGREEMENT, "Pact", ())]
    names = ["Aab", *(f"Land {chr(66 + i)}" for i in range(16)), "Twin", "Twin"]
    lands = [Entity(f"Country:M{i:02d}", Label.COUNTRY, name, ()) for i, name in enumerate(names)]
    modalities = (Modality.ASSERTED,) * 4 + (Modality.NEGATED, Modality.HYPOTHETICAL)
    said = _relations()

    def rel(source: Entity, type_: str, target: Entity) -> Relation:
        return said(source, type_, target, rng.choice(modalities))

    out: list[Record] = [ART, *votes, *deals, *lands]
    out += [rel(lands[0], "ALLY_OF", land) for land in lands[1:8]]
    for a in lands[1:]:
        for b in lands[1:]:
            if a.id != b.id and rng.random() < 0.35:
                out.append(rel(a, "ALLY_OF", b))
        for topic, types in [(v, ("SUPPORTS", "REJECTS", "CONDEMNS")) for v in votes] + [
            (d, ("SIGNED", "AGREED_TO", "VOTED_AGAINST")) for d in deals
        ]:
            for type_ in rng.sample(types, rng.randint(1, 2)):
                out.append(rel(a, type_, topic))
    return out


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("ranks_pages"), records())


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize("include_negated", [False, True])
def test_every_page_is_the_slice_of_the_plain_answer(
    engines: dict[str, Store], engine: str, include_negated: bool
) -> None:
    store, params = engines[engine], {"actor": "", "include_negated": include_negated}
    whole = expected(include_negated)
    assert run_saved(store, "breaks_ranks", params).rows == whole
    assert_pages(store, "breaks_ranks", params, whole, (1, 2, 3, 4, 7))


def test_the_graph_reaches_every_case() -> None:
    claimed, every = expected(False), expected(True)
    # Abel's pairs come first and have no row; the first rows are Bram's, more than one pair's worth.
    assert "Abel" not in {r[0] for r in every} and {r[0] for r in claimed} == {"Bram", "Dima", "Egon"}
    assert {(r[3], r[2], r[5]) for r in claimed if r[0] == "Bram" and r[6] == "First vote"} == {
        ("Cato", "SUPPORTS", "CONDEMNS"),
        ("Cato", "SUPPORTS", "REJECTS"),
    }
    assert len(claimed) < len(every)


@pytest.fixture(scope="module")
def many(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("ranks_many"), many_pairs())


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize("include_negated", [False, True])
def test_pages_across_the_parts_of_many_pairs(
    many: dict[str, Store], engine: str, include_negated: bool
) -> None:
    store, params = many[engine], {"actor": "", "include_negated": include_negated}
    whole = expected(include_negated, many_pairs())
    assert run_saved(store, "breaks_ranks", params, limit=10_000).rows == whole
    assert_pages(store, "breaks_ranks", params, whole, (1, 9, 100), most=40)


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_a_name_of_two_actors(many: dict[str, Store], engine: str) -> None:
    # Before the hub tests: the Neo4j database is one, and each module fixture wipes it.
    params = {"actor": "Twin", "include_negated": True}
    whole = expected(True, many_pairs(), actor="Twin")
    assert {r[1] for r in whole} == {"Country:M17", "Country:M18"}
    assert run_saved(many[engine], "breaks_ranks", params, limit=10_000).rows == whole
    assert_pages(many[engine], "breaks_ranks", params, whole, (7,))


def test_many_pairs_cross_the_parts() -> None:
    recs = many_pairs()
    names = {e.id: e.name for e in recs if isinstance(e, Entity)}
    pairs = {
        tuple(sorted((r.source, r.target))) for r in recs if isinstance(r, Relation) and r.type == "ALLY_OF"
    }
    # Every allied pair, claimed or not, in the answer's order: what the parts split (8, 64).
    ordered = sorted(pairs, key=lambda p: (names[p[0]], p[0], names[p[1]], p[1]))
    claimed, every = expected(False, recs), expected(True, recs)
    assert len(ordered) > 64 + 8 and len(claimed) < len(every)
    # Aab's pairs come first and have no row; the pairs on both sides of each split have rows.
    assert "Aab" not in {r[0] for r in every} and all(p[0] == lands_id(0) for p in ordered[:7])
    for rows in (claimed, every):
        with_rows = {(r[1], r[4]) for r in rows}
        assert all(ordered[i] in with_rows for i in (7, 8, 63, 64))
    assert {r[4] for r in every if r[3] == "Twin"} == {"Country:M17", "Country:M18"}


def lands_id(i: int) -> str:
    return f"Country:M{i:02d}"


HUB = Entity("Country:HUB", Label.COUNTRY, "Hub", ())
HUB_ALLIES = [Entity(f"Country:A{i:02d}", Label.COUNTRY, f"Ally {i:02d}", ()) for i in range(70)]


def hub() -> list[Record]:
    """An actor with more allies than the named-actor parts take (8, then up to 64, in the answer's
    order, counted before the claimed check): the first seven take no side, every ninth alliance from
    the fifth is only negated, one only hypothetical, one stated both ways (negated one way), about
    half stated by the ally; the allies on both sides of each split have rows."""
    rel = _relations()

    out: list[Record] = [ART, V1, V2, HUB, *HUB_ALLIES]
    out += [
        rel(HUB, "SUPPORTS", V1),
        rel(HUB, "REJECTS", V2),
        rel(HUB, "CONDEMNS", V1, Modality.HYPOTHETICAL),
    ]
    for i, ally in enumerate(HUB_ALLIES):
        modality = Modality.NEGATED if i % 9 == 4 else Modality.HYPOTHETICAL if i == 30 else Modality.ASSERTED
        out.append(rel(ally, "ALLY_OF", HUB, modality) if i % 2 else rel(HUB, "ALLY_OF", ally, modality))
        if i == 10:
            out.append(rel(ally, "ALLY_OF", HUB, Modality.NEGATED))
        if i >= 7:
            out.append(rel(ally, "REJECTS" if i % 3 else "CONDEMNS", V1))
            if i % 4 == 0:
                out.append(rel(ally, "SUPPORTS", V2, Modality.NEGATED if i % 8 == 0 else Modality.ASSERTED))
    return out


@pytest.fixture(scope="module")
def hubs(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("ranks_hub"), hub())


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize("include_negated", [False, True])
def test_pages_of_a_named_actor_across_its_parts(
    hubs: dict[str, Store], engine: str, include_negated: bool
) -> None:
    store, params = hubs[engine], {"actor": "Hub", "include_negated": include_negated}
    whole = expected(include_negated, hub(), actor="Hub")
    assert run_saved(store, "breaks_ranks", params, limit=10_000).rows == whole
    assert_pages(store, "breaks_ranks", params, whole, (1, 9, 100), most=40)


def test_the_hub_crosses_the_parts() -> None:
    claimed, every = expected(False, hub(), actor="Hub"), expected(True, hub(), actor="Hub")
    assert len(claimed) < len(every) and {r[0] for r in every} == {"Hub"}
    for rows in (claimed, every):
        allies = {r[3] for r in rows}
        assert not allies & {f"Ally {i:02d}" for i in range(7)}
        assert {f"Ally {i:02d}" for i in (7, 8, 63, 64)} <= allies


# A named actor's pairs are split as the no-actor pairs are (the first 8, the next 56, the others), and
# the later parts are guarded by the count of the named actors' candidate pairs (their Neighbours rows),
# so a small actor's answer costs one part and a guard. Actors with 8, 9, 64 and 65 allies, and a name
# of two actors with 5 and 4 (9 pairs between them), each ally with a side against the actor's.
COUNTS = {"Eight": 8, "Nine": 9, "Sixty-four": 64, "Sixty-five": 65}
POOL = [Entity(f"Country:P{i:02d}", Label.COUNTRY, f"Pool {i:02d}", ()) for i in range(65)]
COUNTED = {name: Entity(f"Country:N{n:02d}", Label.COUNTRY, name, ()) for name, n in COUNTS.items()}
PAIR = [Entity("Country:PA1", Label.COUNTRY, "Pair", ()), Entity("Country:PA2", Label.COUNTRY, "Pair", ())]


def counted() -> list[Record]:
    rel = _relations()

    out: list[Record] = [ART, V1, *POOL, *COUNTED.values(), *PAIR]
    out += [rel(ally, "REJECTS", V1) for ally in POOL]
    named = [(COUNTED[name], POOL[:count]) for name, count in COUNTS.items()]
    for actor, allies in [*named, (PAIR[0], POOL[:5]), (PAIR[1], POOL[5:9])]:
        out.append(rel(actor, "SUPPORTS", V1))
        for i, ally in enumerate(allies):
            # stated by either side; every seventh only hypothetical (dropped unless include_negated)
            modality = Modality.HYPOTHETICAL if i % 7 == 2 else Modality.ASSERTED
            out.append(
                rel(ally, "ALLY_OF", actor, modality) if i % 2 else rel(actor, "ALLY_OF", ally, modality)
            )
    return out


def test_the_counted_actors_have_a_row_for_each_ally() -> None:
    # The last ally of each (its 9th, 64th or 65th pair, and the Pair's 9th) has a row, claimed or not.
    for name, count in [*COUNTS.items(), ("Pair", 9)]:
        every, claimed = expected(True, counted(), actor=name), expected(False, counted(), actor=name)
        assert len(every) == count and len(claimed) < count, name
        assert every[-1][3] == f"Pool {count - 1:02d}" and claimed[-1] == every[-1], name


@pytest.fixture(scope="module")
def counts(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    yield from both_engines(neo4j_target, tmp_path_factory.mktemp("ranks_counts"), counted())


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize("include_negated", [False, True])
@pytest.mark.parametrize("actor", [*COUNTS, "Pair"])
def test_every_page_of_an_actor_counted_at_the_guards(
    counts: dict[str, Store], engine: str, include_negated: bool, actor: str
) -> None:
    store, params = counts[engine], {"actor": actor, "include_negated": include_negated}
    whole = expected(include_negated, counted(), actor=actor)
    assert run_saved(store, "breaks_ranks", params).rows == whole
    assert_pages(store, "breaks_ranks", params, whole, (1, 8, 9))


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_the_later_parts_run_only_past_their_counts(counts: dict[str, Store], engine: str) -> None:
    sent: list[str] = []

    class Recording:
        def query(self, cypher: str, params: Any, **options: Any) -> Any:
            sent.append(cypher)
            return counts[engine].query(cypher, params, **options)

    def parts(actor: str) -> list[str]:
        sent.clear()
        run_saved(Recording(), "breaks_ranks", {"actor": actor})  # type: ignore[arg-type]
        cuts = ("LIMIT 8\n", "SKIP 8\nLIMIT 56\n", "SKIP 64\n")
        return [cut.split()[0] + cut.split()[1] for cut in cuts for q in sent if cut in q and GO not in q]

    # Whole answers of 8 to 65 rows: every part whose pairs exist runs, and no other.
    assert parts("Eight") == ["LIMIT8"]
    assert parts("Nine") == parts("Pair") == parts("Sixty-four") == ["LIMIT8", "SKIP8"]
    assert parts("Sixty-five") == ["LIMIT8", "SKIP8", "SKIP64"]
    # The count is asked once when the first 8 pairs are all (the last part's guard starts with the
    # one that failed), once per later part otherwise.
    for actor, asked in [("Eight", 1), ("Nine", 2), ("Sixty-five", 2)]:
        parts(actor)
        assert sum(GO in q and "pairs" in q for q in sent) == asked, actor
