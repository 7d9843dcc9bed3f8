"""Store-level resolution of persons and organisations, the same assertions on every backend.

The people here are made up; each pair is built so that one rule decides it.
"""

from __future__ import annotations

from pathlib import Path

from geoalign.ingest import ORG_ALIASES, ingest_items
from graph import entities
from graph.model import Article, Entity, Evidence, Label, Record, Relation, entity_id
from graph.resolve import Person, person_groups, read_org_aliases, resolve
from graph.store import Store
from loaders.base import Loaded

KAZ = Entity("Country:KAZ", Label.COUNTRY, "Kazakhstan", (), "KAZ")
KGZ = Entity("Country:KGZ", Label.COUNTRY, "Kyrgyzstan", (), "KGZ")
PRK = Entity("Country:PRK", Label.COUNTRY, "North Korea", (), "PRK")


def _person(name: str, *aliases: str) -> Entity:
    return Entity(entity_id(Label.PERSON, name), Label.PERSON, name, (name, *aliases))


def _doc(n: int, person: Entity, quote: str, office: Entity | None = None, role: str = "") -> Loaded:
    """One article that mentions ``person`` (and, given ``office``, says it holds office there)."""
    art = Article(f"Article:{n:016d}", f"article {n}", date="2024-03-0" + str(n % 9 + 1))
    ev = Evidence(art.id, quote, 0, 0, len(quote), art.date)
    records: list[Record] = [art, person, Relation(art.id, "MENTIONS", person.id, (ev,))]
    if office is not None:
        records += [office, Relation(person.id, "HOLDS_OFFICE", office.id, (ev,), role=role or None)]
    return Loaded(f"{n}.txt", records)


def _people(store: Store) -> dict[str, Entity]:
    return {e.id: e for e in store.read().entities if e.label is Label.PERSON}


def test_spellings_one_letter_apart_merge_only_with_an_office_in_common(store: Store) -> None:
    a = _person("Tokhtar Dzhanuzakov")
    b = _person("Toktar Zhanuzakov")
    c = _person("Tokhtar Januzakova")  # one letter off too, but holds office in another state
    ingest_items(
        store,
        [
            _doc(1, a, "Foreign Minister Tokhtar Dzhanuzakov of Kazakhstan spoke.", KAZ, "Foreign Minister"),
            _doc(2, b, "Kazakh Foreign Minister Toktar Zhanuzakov arrived.", KAZ, "Foreign Minister"),
            _doc(3, c, "Kyrgyz envoy Tokhtar Januzakova left.", KGZ, "Ambassador"),
        ],
    )
    done = resolve(store)
    people = _people(store)
    assert done.merged == [(a.id, [b.id])]
    assert set(people) == {a.id, c.id}
    assert {"Toktar Zhanuzakov", "Tokhtar Dzhanuzakov"} <= set(people[a.id].aliases)
    held = [r for r in store.read().relations if r.type == "HOLDS_OFFICE" and r.source == a.id]
    assert len(held) == 1 and len(held[0].evidence) == 2
    assert resolve(store).merged == []  # nothing left to do: a second run changes nothing


def test_a_spelling_one_letter_apart_without_an_office_stays_apart(store: Store) -> None:
    a = _person("Tokhtar Dzhanuzakov")
    b = _person("Toktar Zhanuzakov")
    ingest_items(
        store, [_doc(1, a, "Tokhtar Dzhanuzakov spoke.", KAZ), _doc(2, b, "Toktar Zhanuzakov spoke.")]
    )
    assert resolve(store).merged == [] and set(_people(store)) == {a.id, b.id}


def test_folded_and_levelled_full_names_merge_unless_offices_contradict(store: Store) -> None:
    soren, plain = _person("Søren Dahlquist"), _person("Soren Dahlquist")
    mohamed, mohammed = _person("Mohamed Ould Tayeb"), _person("Mohammmed Ould Tayeb")
    ingest_items(
        store,
        [
            _doc(1, soren, "Søren Dahlquist said so."),
            _doc(2, plain, "Soren Dahlquist said so."),
            _doc(3, mohamed, "Mohamed Ould Tayeb, Kazakhstan's envoy, spoke.", KAZ),
            _doc(4, mohammed, "Mohammmed Ould Tayeb, Kyrgyzstan's envoy, spoke.", KGZ),
        ],
    )
    resolve(store)
    people = _people(store)
    assert soren.id in people and plain.id not in people and "Soren Dahlquist" in people[soren.id].aliases
    assert {mohamed.id, mohammed.id} <= set(people)  # same letters, different states: two people


def test_part_of_a_name_merges_with_the_one_person_it_fits_when_offices_agree(store: Store) -> None:
    full = _person("Hakan Demiralp Yildiz", "Yildiz")
    part = _person("Demiralp Yildiz")
    bare = _person("Yildiz")
    respelt = _person("Demiralp Yıldız")  # a known surface form once accents are folded
    other_part = _person("Hakan Yildiz")  # a part of the name too, but with no office: stays
    ingest_items(
        store,
        [
            _doc(1, full, "Kazakh deputy minister Hakan Demiralp Yildiz spoke.", KAZ, "Deputy Minister"),
            _doc(2, part, "Deputy minister Demiralp Yildiz of Kazakhstan agreed.", KAZ, "Deputy Minister"),
            _doc(3, bare, "Yildiz said the talks went well."),
        ],
    )
    resolve(store)
    people = _people(store)
    assert set(people) == {full.id}
    assert {"Demiralp Yildiz", "Yildiz", "Hakan Demiralp Yildiz"} <= set(people[full.id].aliases)
    ingest_items(
        store, [_doc(4, respelt, "Demiralp Yıldız was quoted."), _doc(5, other_part, "Hakan Yildiz.")]
    )
    resolve(store)
    assert set(_people(store)) == {full.id, other_part.id}


def test_a_name_part_that_fits_two_people_merges_with_neither(store: Store) -> None:
    one, two = _person("Kim Sol Hwa"), _person("Kim Tae Ryong")
    kim = _person("Kim")
    ingest_items(
        store,
        [
            _doc(1, one, "North Korean official Kim Sol Hwa spoke.", PRK, "Minister"),
            _doc(2, two, "North Korean official Kim Tae Ryong spoke.", PRK, "Minister"),
            _doc(3, kim, "Minister Kim of North Korea said.", PRK, "Minister"),
        ],
    )
    assert resolve(store).merged == []
    assert set(_people(store)) == {one.id, two.id, kim.id}


def test_an_analysts_split_is_never_merged_again(store: Store, tmp_path: Path) -> None:
    a, b = _person("Tokhtar Dzhanuzakov"), _person("Toktar Zhanuzakov")
    docs = [
        _doc(1, a, "Foreign Minister Tokhtar Dzhanuzakov of Kazakhstan spoke.", KAZ, "Foreign Minister"),
        _doc(2, b, "Kazakh Foreign Minister Toktar Zhanuzakov arrived.", KAZ, "Foreign Minister"),
    ]
    ingest_items(store, docs)
    resolve(store)
    path = tmp_path / entities.DEFAULT_FILE
    entities.split(store, path, a.id, "Toktar Zhanuzakov")
    assert set(_people(store)) == {a.id, b.id}
    apart = entities.split_pairs(entities.read_decisions(path))
    assert resolve(store, keep_apart=apart).merged == []
    assert set(_people(store)) == {a.id, b.id}


def test_organisation_aliases_become_one_node(store: Store) -> None:
    aliases = read_org_aliases(ORG_ALIASES)
    agency = Entity("Organization:un-refugee-agency", Label.ORGANIZATION, "UN refugee agency")
    short = Entity("Organization:unhcr", Label.ORGANIZATION, "UNHCR")
    alliance = Entity("Organization:north-atlantic-alliance", Label.ORGANIZATION, "North Atlantic Alliance")
    docs = []
    for n, org in enumerate((agency, short, alliance), 1):
        art = Article(f"Article:{n:016d}", f"article {n}")
        ev = Evidence(art.id, f"{org.name} warned of shortages.", 0, 0, 10)
        docs.append(Loaded(f"{n}.txt", [art, org, KAZ, Relation(org.id, "CRITICIZES", KAZ.id, (ev,))]))
    ingest_items(store, docs)
    resolve(store, aliases)
    orgs = {e.id: e for e in store.read().entities if e.label is Label.ORGANIZATION}
    assert set(orgs) == {"Organization:unhcr", "Organization:nato"}
    assert orgs["Organization:nato"].name == "NATO"
    assert "UN refugee agency" in orgs["Organization:unhcr"].aliases
    criticizes = {r.source: len(r.evidence) for r in store.read().relations if r.type == "CRITICIZES"}
    assert criticizes == {"Organization:unhcr": 2, "Organization:nato": 1}


def test_numbered_names_are_no_spelling_variants_and_many_persons_resolve_in_one_pass() -> None:
    # "Delegate 1 11" folds like "Delegate 1 111" (doubled characters) but names nobody's spelling; and
    # thousands of persons (a big curated file) are grouped through an index, not a scan per person
    people = [
        Person(f"Person:d-{f}-{i}", f"Delegate {f} {i}", (f"Delegate {f} {i}",))
        for f in range(15)
        for i in range(300)
    ]
    people += [
        Person("Person:ana-lopez", "Ana Lopez", ("Ana Lopez",), frozenset({"Country:MEX"})),
        Person("Person:lopez", "Lopez", ("Lopez",), frozenset({"Country:MEX"})),
    ]
    assert person_groups(people, set()) == {"Person:ana-lopez": {"Person:lopez"}}
