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

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from geofixture import wipe_neo4j

from graph.model import RELATIONS, Article, Entity, Evidence, Label, Modality, Record, Relation
from graph.queries import run_saved
from graph.store import Store, open_store

ART = Article("Article:00000000000000d1", "Allies split", None, "Wire", "2024-05-02", None)
V1 = Entity("Event:first-vote", Label.EVENT, "First vote", ())
V2 = Entity("Event:second-vote", Label.EVENT, "Second vote", ())
ACC = Entity("Agreement:accord", Label.AGREEMENT, "Accord", ())
NAMES = ("Abel", "Bram", "Cato", "Dima", "Egon", "Faro", "Gard")
C = {n: Entity(f"Country:{n[:3].upper()}", Label.COUNTRY, n, ()) for n in NAMES}
ENTITIES = (V1, V2, ACC, *C.values())


def records() -> list[Record]:
    n = iter(range(100, 10_000, 100))

    def rel(source: str, type_: str, target: Entity, *modalities: Modality) -> Relation:
        said = []
        for modality in modalities or (Modality.ASSERTED,):
            start = next(n)
            quote = f"quote at {start}"
            said.append(
                Evidence(
                    ART.id, quote, start // 100, start, start + len(quote), date=ART.date, modality=modality
                )
            )
        return Relation(C[source].id, type_, target.id, tuple(said))

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


def expected(include_negated: bool) -> list[list[Any]]:
    """Each allied pair (the smaller id first) with each pair of its sides' relations on a topic, one
    for it and one against, ordered by every column."""
    relations = [r for r in records() if isinstance(r, Relation)]
    names = {e.id: e.name for e in ENTITIES}
    pairs = {
        tuple(sorted((r.source, r.target)))
        for r in relations
        if r.type == "ALLY_OF" and (include_negated or r.claimed)
    }
    sides: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for r in relations:
        sign = RELATIONS[r.type].sign
        if sign and r.target in (V1.id, V2.id, ACC.id) and (include_negated or r.claimed):
            sides[(r.source, r.target, sign)].add(r.type)
    rows = []
    for x, y in pairs:
        for topic in (V1.id, V2.id, ACC.id):
            for sign in (1, -1):
                for mine in sides[(x, topic, sign)]:
                    for theirs in sides[(y, topic, -sign)]:
                        rows.append([names[x], x, mine, names[y], y, theirs, names[topic], topic])
    # ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
    return sorted(rows, key=lambda r: (r[0], r[1], r[3], r[4], r[6], r[7], r[2], r[5]))


@pytest.fixture(scope="module")
def engines(neo4j_target: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    ladybug = open_store(str(Path(tmp_path_factory.mktemp("ranks_pages")) / "store.lbug"))
    neo4j = neo4j_target.open()
    wipe_neo4j(neo4j)
    for store in (ladybug, neo4j):
        store.add(records())
    yield {"ladybug": ladybug, "neo4j": neo4j}
    ladybug.close()
    neo4j.close()


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
@pytest.mark.parametrize("include_negated", [False, True])
def test_every_page_is_the_slice_of_the_plain_answer(
    engines: dict[str, Store], engine: str, include_negated: bool
) -> None:
    store, params = engines[engine], {"actor": "", "include_negated": include_negated}
    whole = expected(include_negated)
    assert run_saved(store, "breaks_ranks", params).rows == whole
    for size in (1, 2, 3, 4, 7):
        for page in range(1, len(whole) // size + 2):
            result = run_saved(store, "breaks_ranks", params, limit=size, page=page)
            assert result.rows == whole[(page - 1) * size : page * size], (size, page)
            assert result.truncated == (page * size < len(whole)), (size, page)


def test_the_graph_reaches_every_case() -> None:
    claimed, every = expected(False), expected(True)
    # Abel's pairs come first and have no row; the first rows are Bram's, more than one pair's worth.
    assert "Abel" not in {r[0] for r in every} and {r[0] for r in claimed} == {"Bram", "Dima", "Egon"}
    assert {(r[3], r[2], r[5]) for r in claimed if r[0] == "Bram" and r[6] == "First vote"} == {
        ("Cato", "SUPPORTS", "CONDEMNS"),
        ("Cato", "SUPPORTS", "REJECTS"),
    }
    assert len(claimed) < len(every)
