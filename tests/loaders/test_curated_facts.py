"""Curated facts from CSV and YAML: valid rows load, each bad row is a Problem with file, line, reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Entity, Label, Modality, Relation
from loaders import load
from loaders.base import Loaded, Problem
from loaders.curated import country_iso3

HEADER = "subject,subject_label,relation,object,object_label,date,source,quote,note"


def facts(path: Path) -> tuple[list[Relation], list[Entity], list[Problem]]:
    items = list(load([path]))
    problems = [i for i in items if isinstance(i, Problem)]
    records = [r for i in items if isinstance(i, Loaded) for r in i.records]
    return (
        [r for r in records if isinstance(r, Relation)],
        [r for r in records if isinstance(r, Entity)],
        problems,
    )


def test_a_valid_csv_row_becomes_two_entities_and_a_relation_with_curated_evidence(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text(
        f"{HEADER},modality,confidence,url\n"
        "Serbia,Country,REJECTS,2022 annexation referendums,Event,2022-09-25,MFA statement,"
        '"Serbia cannot accept these results",a note,asserted,0.9,https://mfa.example/1\n'
    )
    (rel,), entities, problems = facts(path)
    assert problems == []
    assert {(e.id, e.label, e.iso3) for e in entities} == {
        ("Country:SRB", Label.COUNTRY, "SRB"),
        ("Event:2022-annexation-referendums", Label.EVENT, None),
    }
    assert (rel.source, rel.type, rel.target) == (
        "Country:SRB",
        "REJECTS",
        "Event:2022-annexation-referendums",
    )
    (ev,) = rel.evidence
    assert ev.article == "Curated:MFA statement"
    assert (ev.quote, ev.date, ev.modality, ev.confidence) == (
        "Serbia cannot accept these results",
        "2022-09-25",
        Modality.ASSERTED,
        0.9,
    )
    assert (ev.extractor, ev.url, ev.sentence, ev.note) == ("curated", "https://mfa.example/1", 2, "a note")


def test_rows_of_one_source_stay_separate_evidence_records(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text(
        f"{HEADER}\n"
        "Serbia,Country,MET_WITH,Russia,Country,2022-09-24,,first meeting,\n"
        "Serbia,Country,MET_WITH,Russian Federation,Country,2023-01-10,,second meeting,\n"
    )
    relations, _, problems = facts(path)
    assert problems == []
    assert {r.target for r in relations} == {"Country:RUS"}
    assert {ev.key for r in relations for ev in r.evidence} == {
        "Curated:facts.csv:2:2",
        "Curated:facts.csv:3:3",
    }


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Serbia,Country,BACKS,Russia,Country,,,,", "unknown relation type 'BACKS'"),
        (
            "Serbia,Country,SIGNED,Russia,Country,,,,",
            "wrong label for the relation: SIGNED cannot connect Country",
        ),
        ("Serbia,Nation,SUPPORTS,Russia,Country,,,,", "unknown subject_label 'Nation'"),
        ("Serbia,Country,SUPPORTS,Russia,Country,2022-13-01,,,", "bad date: '2022-13-01' is not a date"),
        ("Serbia,Country,SUPPORTS,,Country,,,,", "missing object"),
        ("Serbia,Country,SUPPORTS,Russia,Country,,,,,", "row has 10 cells, the header has 9"),
    ],
)
def test_a_bad_row_is_a_problem_naming_file_line_and_reason_and_good_rows_still_load(
    tmp_path: Path, row: str, reason: str
) -> None:
    path = tmp_path / "facts.csv"
    path.write_text(f"{HEADER}\nSerbia,Country,SUPPORTS,Ukraine,Country,,,,\n{row}\n")
    relations, _, problems = facts(path)
    assert [r.target for r in relations] == ["Country:UKR"]
    (problem,) = problems
    assert (problem.path, problem.line) == (str(path), 3)
    assert reason in problem.reason


def test_missing_columns_are_one_problem_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("from,to,type\nSerbia,Russia,ALLY_OF\n")
    relations, _, problems = facts(path)
    assert relations == []
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [
        (
            1,
            "missing column(s): subject, subject_label, relation, object, object_label, date, source, "
            "quote, note; unknown column(s): from, to, type",
        )
    ]


def test_a_semicolon_csv_with_a_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("\ufeff" + HEADER.replace(",", ";") + "\nSerbia;Country;SUPPORTS;Ukraine;Country;;;;\n")
    relations, _, problems = facts(path)
    assert problems == [] and len(relations) == 1


def test_yaml_facts_load_with_line_numbers_for_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "facts:\n"
        "  - {subject: Armenia, subject_label: Country, relation: member_of, object: CSTO,\n"
        "     object_label: Organization, date: 2024-02-23, status: frozen, quote: froze its participation}\n"
        "  - subject: Armenia\n"
        "    subject_label: Country\n"
        "    relation: LEAVES\n"
        "    object: CSTO\n"
        "    object_label: Organization\n"
        "  - subject: [a, list]\n"
    )
    relations, _, problems = facts(path)
    (rel,) = relations
    assert (rel.source, rel.type, rel.target, rel.status) == (
        "Country:ARM",
        "MEMBER_OF",
        "Organization:csto",
        "frozen",
    )
    assert rel.evidence[0].date == "2024-02-23"
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [
        (4, "unknown relation type 'LEAVES'"),
        (9, "subject must be a single value, not list"),
    ]


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "facts.yml"
    path.write_text("- subject: Serbia\n  relation: [unclosed\n")
    _, _, (problem,) = facts(path)
    assert problem.reason.startswith("not valid YAML") and problem.line == 3


def test_the_date_option_fills_rows_without_a_date(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text(
        f"{HEADER}\nSerbia,Country,SUPPORTS,Ukraine,Country,,,,\n"
        "Serbia,Country,CRITICIZES,Russia,Country,2020-01-01,,,\n"
    )
    items = list(load([path], date="2022-09-26"))
    dates = {
        r.type: r.evidence[0].date
        for i in items
        if isinstance(i, Loaded)
        for r in i.records
        if isinstance(r, Relation)
    }
    assert dates == {"SUPPORTS": "2022-09-26", "CRITICIZES": "2020-01-01"}


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Iran", "IRN"),
        ("the Netherlands", "NLD"),
        ("North Korea", "PRK"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("SRB", "SRB"),
        ("Transnistria", None),
        ("Serbia and Russia", None),
        ("Russ", None),
    ],
)
def test_countries_resolve_by_exact_name_or_alias_only(name: str, iso3: str | None) -> None:
    assert country_iso3(name) == iso3


def test_rows_name_the_extractors_nodes(tmp_path: Path) -> None:
    """'Britain' is Country:GBR and Kosovo the Region, as in articles; unknown names keep their spelling."""
    path = tmp_path / "facts.csv"
    path.write_text(
        f"{HEADER}\n"
        "Britain,Country,SUPPORTS,Ukraine,Country,2023-01-01,note,,\n"
        "Kosovo,Country,REQUESTS,EU,Organization,2023-01-01,note,,\n"
        "Atlantis Pact,Agreement,SUPPORTS,Kosovo,Region,2023-01-01,note,,\n"
    )
    rels, entities, problems = facts(path)
    assert problems == []
    assert {(r.source, r.type, r.target) for r in rels} == {
        ("Country:GBR", "SUPPORTS", "Country:UKR"),
        ("Region:kosovo", "REQUESTS", "Organization:european-union"),
        ("Agreement:atlantis-pact", "SUPPORTS", "Region:kosovo"),
    }
    britain = next(e for e in entities if e.id == "Country:GBR")
    assert (britain.name, britain.iso3, britain.aliases) == ("United Kingdom", "GBR", ("Britain",))


@pytest.mark.parametrize(("name", "iso3"), [("Britain", "GBR"), ("Türkiye", "TUR"), ("Kosovo", None)])
def test_countries_resolve_through_the_gazetteer(name: str, iso3: str | None) -> None:
    assert country_iso3(name) == iso3


def test_curated_facts_do_not_load_spacy(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "facts.csv"
    path.write_text(f"{HEADER}\nBritain,Country,SUPPORTS,Ukraine,Country,2023-01-01,note,,\n")
    code = (
        "import sys; from pathlib import Path; from loaders.curated import read_facts; "
        f"items = list(read_facts(Path({str(path)!r}))); "
        "assert items and 'spacy' not in sys.modules, sorted(m for m in sys.modules if 'spacy' in m)[:3]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_a_long_facts_file_is_read_as_documents_of_chunk_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 250k-row file read as one document peaked at 2.2 GB: it is stored a chunk (a transaction) at a
    time, in order, each after the problems of the rows before it (``bench/curated_memory.py``)."""
    import loaders.curated

    monkeypatch.setattr(loaders.curated, "CHUNK_ROWS", 3)
    rows = [f"P{i},Person,SUPPORTS,A{i},Agreement,2022-01-01,s,q{i}," for i in range(7)]
    rows.insert(4, "P,Person,NOT_A_RELATION,A,Agreement,,s,q,")  # line 6
    path = tmp_path / "facts.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    items = list(load([path]))
    shape = [
        ("Problem", i.line)
        if isinstance(i, Problem)
        else ("Loaded", [r.source for r in i.records if isinstance(r, Relation)])
        for i in items
    ]
    assert shape == [
        ("Loaded", ["Person:p0", "Person:p1", "Person:p2"]),
        ("Problem", 6),
        ("Loaded", ["Person:p3", "Person:p4", "Person:p5"]),
        ("Loaded", ["Person:p6"]),
    ]
