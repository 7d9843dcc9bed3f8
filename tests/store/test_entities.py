"""Analyst decisions on entities (merge, split, rename), the same assertions on every backend, and
their replay after a re-ingest."""

from __future__ import annotations

from pathlib import Path

from geoalign.ingest import ingest_items
from graph import entities
from graph.model import Article, Entity, Evidence, Label, Record, Relation
from graph.store import Store
from loaders.base import Loaded

GHA = Entity("Country:GHA", Label.COUNTRY, "Ghana", (), "GHA")
CHL = Entity("Country:CHL", Label.COUNTRY, "Chile", (), "CHL")
ANA = Entity("Person:ana-lopez", Label.PERSON, "Ana Lopez", ("Ana Lopez",))
ANNA = Entity("Person:anna-lopes", Label.PERSON, "Anna Lopes", ("Anna Lopes",))


def _article(n: int, person: Entity, quote: str) -> list[Record]:
    art = Article(f"Article:{n:016d}", f"article {n}", date="2021-05-0" + str(n))
    ev = Evidence(art.id, quote, 0, 0, len(quote), art.date)
    return [
        art,
        person,
        GHA,
        CHL,
        Relation(person.id, "HOLDS_OFFICE", GHA.id, (ev,), role="Foreign Minister"),
        Relation(person.id, "MET_WITH", CHL.id, (ev,)),
        Relation(art.id, "MENTIONS", person.id, (ev,)),
    ]


def _ingest(store: Store, decisions: Path) -> None:
    ingest_items(
        store,
        [
            Loaded("a.txt", _article(1, ANA, "Ghana's Foreign Minister Ana Lopez met Chile's envoy.")),
            Loaded("b.txt", _article(2, ANNA, "Ghana's Foreign Minister Anna Lopes met Chile's envoy.")),
        ],
    )
    entities.replay(store, entities.read_decisions(decisions))


def _people(store: Store) -> dict[str, Entity]:
    return {e.id: e for e in store.read().entities if e.label is Label.PERSON}


def test_merge_rename_split_and_replay(store: Store, tmp_path: Path) -> None:
    path = tmp_path / entities.DEFAULT_FILE
    _ingest(store, path)
    assert set(_people(store)) == {ANA.id, ANNA.id}

    entities.merge(store, path, "Ana Lopez", "Person:anna-lopes")
    (person,) = _people(store).values()
    assert person.id == ANA.id and "Anna Lopes" in person.aliases
    data = store.read()
    met = [r for r in data.relations if r.type == "MET_WITH"]
    assert len(met) == 1 and len(met[0].evidence) == 2
    rows = {r["id"]: r for r in entities.entity_rows(data)}
    assert rows[ANA.id]["articles"] == 2 and rows[ANA.id]["evidence"] == 4

    entities.rename(store, path, ANA.id, "Ana María López")
    assert _people(store)[ANA.id].name == "Ana María López"

    _ingest(store, path)  # the extractor's readings come back; the analyst's decisions win again
    (person,) = _people(store).values()
    assert person.name == "Ana María López"

    entities.split(store, path, ANA.id, "Anna Lopes")
    people = _people(store)
    assert set(people) == {ANA.id, ANNA.id}
    moved = [r for r in store.read().relations if r.source == ANNA.id and r.type == "MET_WITH"]
    assert [ev.quote for ev in moved[0].evidence] == [
        "Ghana's Foreign Minister Anna Lopes met Chile's envoy."
    ]

    decisions = entities.read_decisions(path)
    assert [d.action for d in decisions] == ["merge", "rename", "split"]
    _ingest(store, path)
    people = _people(store)
    assert set(people) == {ANA.id, ANNA.id} and people[ANA.id].name == "Ana María López"
