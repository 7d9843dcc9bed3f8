"""The leaders data (loaders/data/leaders/*.yaml) is sane, covers its slice, and resolves names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from loaders.extract.leaders import DATA, fold, load_leaders

GAZETTEER = yaml.safe_load((DATA.parent / "gazetteer.yaml").read_text(encoding="utf-8"))
BODIES = {o["name"] for o in GAZETTEER["organizations"]} | {"Commonwealth of Nations"}
# de facto states (de_facto.yaml): gazetteer regions with a government of their own
DE_FACTO = {g["name"] for g in GAZETTEER["regions"] if g.get("kind") == "de_facto_state"}
# territories in free association with foreign relations of their own (the Cook Islands, Niue)
DE_FACTO |= {pycountry.countries.get(alpha_3=code).name for code in GAZETTEER.get("free_association", [])}
# UN members: the ISO 3166 states that are neither territories nor observers/Taiwan (gazetteer header).
UN_MEMBERS = {
    c.alpha_3: c.name
    for c in pycountry.countries
    if c.alpha_3 not in set(GAZETTEER["territories"]) | {"PSE", "VAT", "TWN"}
}
OBSERVERS = {"PSE": "Palestine", "VAT": "Holy See"}  # observer states, listed with the letters of their name
FILES = sorted(DATA.glob("*.yaml"))
SLICES = [p for p in FILES if len(p.stem) == 3 and p.stem[1] == "-"]  # a-l.yaml, m-z.yaml


def entries(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_there_are_193_un_members() -> None:
    assert len(UN_MEMBERS) == 193


def test_the_data_loads() -> None:
    leaders = load_leaders()
    assert len(leaders.all) == sum(len(entries(p)) for p in FILES) > 900


def test_no_duplicate_entries() -> None:
    seen: dict[tuple[str, str, str, int], str] = {}
    for path in FILES:
        for i, e in enumerate(entries(path)):
            key = (fold(e["name"]), e.get("state") or e["body"], e["kind"], e["from"])
            assert key not in seen, f"{path.name} entry {i} repeats {seen.get(key)}: {key}"
            seen[key] = f"{path.name} entry {i}"


def test_states_are_un_members_and_bodies_are_gazetteer_names() -> None:
    for path in FILES:
        for i, e in enumerate(entries(path)):
            if "state" in e and path.name == "de_facto.yaml":
                assert e["state"] in DE_FACTO, (path.name, i, e["state"])
            elif "state" in e:
                assert pycountry.countries.get(alpha_3=e["state"]), (path.name, i, e["state"])
                assert e["state"] in UN_MEMBERS or e["state"] in OBSERVERS, (path.name, i, e["state"])
            else:
                assert e["body"] in BODIES, (path.name, i, e["body"])


def test_year_ranges_are_sane() -> None:
    for h in load_leaders().all:
        assert 1900 <= h.start <= 2025, h  # a monarch may reign for seventy years (Bhumibol from 1946)
        assert h.end is None or h.start <= h.end <= 2025, h
        assert h.end is None or h.end >= 2015, f"{h.name}: left office before 2015"


@pytest.mark.parametrize("path", SLICES, ids=lambda p: p.name)
def test_a_slice_covers_every_member_in_its_letters_and_no_other(path: Path) -> None:
    first, last = path.stem[0].upper(), path.stem[2].upper()
    mine = {iso for iso, name in UN_MEMBERS.items() if first <= name[0].upper() <= last}
    observers = {iso for iso, name in OBSERVERS.items() if first <= name[0].upper() <= last}
    data = entries(path)
    assert {e["state"] for e in data} <= mine | observers
    led = {e["state"] for e in data if e["kind"] in {"head_of_state", "head_of_government"}}
    assert sorted(mine - led) == []


def test_a_slice_a_l_lists_heads_of_state_and_government() -> None:
    leaders = load_leaders()
    assert [h.name for h in leaders.holders("KEN", "head_of_state", 2024)] == ["William Ruto"]
    assert [h.name for h in leaders.holders("KEN", "head_of_government", 2020)] == ["Uhuru Kenyatta"]
    assert {h.name for h in leaders.holders("DEU", "head_of_government", 2021)} == {
        "Angela Merkel",
        "Olaf Scholz",
    }
    assert {h.name for h in leaders.holders("NATO")} == {"Jens Stoltenberg", "Mark Rutte"}


@pytest.mark.parametrize(
    ("surface", "states"),
    [
        ("William Ruto", {"KEN"}),
        ("President Ruto", {"KEN"}),
        ("Ruto", {"KEN"}),
        ("Olta Xhacka", {"ALB"}),  # Xhaçka, accents folded
        ("LARS LØKKE RASMUSSEN", {"DNK"}),  # ø is no accent: folded by hand
        ("Gudni Johannesson", {"ISL"}),  # Guðni, ð folded by hand
        ("Gideon Saar", {"ISR"}),  # Sa'ar
        ("Lula", {"BRA"}),
        ("Lula da Silva", {"BRA"}),
        ("Sisi", {"EGY"}),  # el-Sisi
        ("Van der Bellen", {"AUT"}),
        ("Kim Jong-un", {"PRK"}),
        ("Xi", {"CHN"}),  # a family name first: given as `surname`
        ("Abiy", {"ETH"}),
        ("King Abdullah", {"JOR"}),
        ("Charles III", {"ATG", "AUS", "BHS", "BLZ", "CAN", "GRD", "JAM"}),
        ("Emmanuel Macron", {"FRA", "AND"}),
        ("Tedros", {"ETH", "World Health Organization"}),
    ],
)
def test_lookup_resolves_names_variants_and_family_names(surface: str, states: set[str]) -> None:
    assert load_leaders().states_of(surface) >= states


@pytest.mark.parametrize(
    "surface",
    ["Li", "Kim", "Abdullah", "Aoun", "Japarov", "Sargsyan", "Fernández", "Al Sabah", "Emmanuel", "Nobody"],
)
def test_lookup_refuses_ambiguous_or_unknown_names(surface: str) -> None:
    assert load_leaders().lookup(surface) == ()


def test_states_of_a_year() -> None:
    leaders = load_leaders()
    assert leaders.states_of("Tedros", 2015) == {"ETH"}
    assert leaders.states_of("Tedros", 2020) == {"World Health Organization"}
    assert leaders.states_of("Ruto", 2015) == frozenset()


GOOD = {"name": "Jane Doe", "state": "KEN", "office": "President", "kind": "head_of_state", "from": 2015}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "blue"}, "unknown keys"),
        ({"name": None}, "missing name"),
        ({"state": None}, "state or body"),
        ({"body": "NATO"}, "state or body"),
        ({"kind": "monarch"}, "bad kind"),
        ({"also": ["ruler"]}, "bad kind"),
        ({"also": {"x": 1}}, "bad kind"),
        ({"variants": "Jane"}, "variants"),
        ({"from": 2020, "to": 2016}, "after"),
        ({"from": "2015"}, "year"),
    ],
)
def test_a_bad_file_is_refused_naming_file_and_entry(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    bad = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    (tmp_path / "broken.yaml").write_text(yaml.safe_dump([GOOD, bad]), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"broken\.yaml entry 1 .*{message}"):
        load_leaders(tmp_path)


def test_a_file_that_is_no_list_is_refused(tmp_path: Path) -> None:
    (tmp_path / "odd.yaml").write_text("name: Jane Doe\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"odd\.yaml: expected a list"):
        load_leaders(tmp_path)


def test_a_folder_of_its_own_loads(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "- {name: Jane Doe, variants: [Jane Q. Doe], state: KEN, office: President, kind: head_of_state,"
        " also: head_of_government, from: 2015, to: null}\n",
        encoding="utf-8",
    )
    (holder,) = load_leaders(tmp_path).lookup("Doe")
    assert holder.kinds == ("head_of_state", "head_of_government")
    assert holder.holds(2030) and not holder.holds(2014)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gabriel Boric Font", "Gabriel Boric"),
        ("Xiomara Castro de Zelaya", "Xiomara Castro"),
        ("Ferdinand Marcos Sr.", None),  # the father, no second family name
        ("Hamad bin Khalifa Al Thani", None),  # no listed name before it
    ],
)
def test_a_second_family_name_is_the_listed_person(text: str, name: str | None) -> None:
    assert load_leaders().canonical(text) == name


def test_the_arabic_article_folds_to_one_spelling() -> None:
    assert fold("Abdel Fattah el-Burhan") == fold("Abdel Fattah al-Burhan") == "abdel fattah al burhan"
