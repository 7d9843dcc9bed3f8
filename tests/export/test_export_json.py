"""The JSON export contract, the scorer reading it, and export → import → export being the identity."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from evaldir import load_scorer
from geofixture import A_RFERL, REFERENDUMS, SRB, alignment_records, as_graph_data, hostile_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoalign.cli import cli
from graph.export import graph_json, read_json, records_from_json, write_json
from graph.model import Article, Entity, Evidence, Label, Modality, ModelError, Record, Relation
from graph.store import open_store
from graph.subgraph import Cut, select, to_networkx

EVERYTHING = Cut(include_negated=True, include_mentions=True)


def _json(records: list[Record]) -> dict[str, Any]:
    return graph_json(select(to_networkx(as_graph_data(records)), EVERYTHING))


def test_nodes_and_edges_carry_the_contract_keys() -> None:
    data = _json(alignment_records() + hostile_records())
    for node in data["nodes"]:
        assert {"id", "label", "name", "aliases"} <= set(node) and isinstance(node["aliases"], list)
    ids = {n["id"] for n in data["nodes"]}
    for edge in data["edges"]:
        assert {"source", "target", "type", "evidence", "role", "status", "modality"} <= set(edge)
        assert edge["source"] in ids and edge["target"] in ids
        for ev in edge["evidence"]:
            assert {"article", "quote", "sentence", "start", "end", "date", "modality", "confidence"} <= set(
                ev
            )
    office = next(
        e for e in data["edges"] if e["type"] == "HOLDS_OFFICE" and e["source"].endswith("selakovic")
    )
    assert office["role"] == "Foreign Minister"


def test_negated_relations_are_exported_with_their_modality() -> None:
    edges = {(e["source"], e["type"], e["target"]): e for e in _json(alignment_records())["edges"]}
    negated = edges[(SRB, "RECOGNIZES", REFERENDUMS)]
    assert negated["modality"] == "negated" and not negated["claimed"]
    assert [ev["modality"] for ev in negated["evidence"]] == ["negated"]


def _one_article_store(path: Path) -> None:
    quote = "Serbia will not recognize the results of the referendums"
    ev = Evidence(
        A_RFERL, quote, 2, 100, 100 + len(quote), "2022-09-26", outlet="RFE/RL", url="https://rferl.org/x"
    )
    neg = Evidence(A_RFERL, "Belgrade will not recognize them", 3, 200, 232, "2022-09-26", Modality.NEGATED)
    records: list[Record] = [
        Article(A_RFERL, "Serbia won't recognize", "https://rferl.org/x", "RFE/RL", "2022-09-26"),
        Entity(SRB, Label.COUNTRY, "Serbia", ("Belgrade",), "SRB"),
        Entity(REFERENDUMS, Label.EVENT, "referendums"),
        Relation(SRB, "REJECTS", REFERENDUMS, (ev,)),
        Relation(SRB, "RECOGNIZES", REFERENDUMS, (neg,)),
        Relation(A_RFERL, "MENTIONS", SRB),
    ]
    with open_store(str(path)) as store:
        store.add(records)


def test_the_scorer_reads_an_export_of_a_one_article_store(tmp_path: Path) -> None:
    scorer = load_scorer()
    _one_article_store(tmp_path / "one.lbug")
    out = tmp_path / "exports" / "one.json"
    out.parent.mkdir()
    result = CliRunner().invoke(
        cli, ["--store", str(tmp_path / "one.lbug"), "export", "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    nodes, claims = scorer.load_export(out)
    assert claims == {(SRB, "REJECTS", REFERENDUMS)}  # negated RECOGNIZES and MENTIONS are not claims
    assert "belgrade" in nodes[SRB]


def test_claimed_only_and_stdout(tmp_path: Path) -> None:
    _one_article_store(tmp_path / "one.lbug")
    result = CliRunner().invoke(
        cli,
        [
            "--store",
            str(tmp_path / "one.lbug"),
            "export",
            "--format",
            "json",
            "--out",
            "-",
            "--claimed-only",
            "--no-mentions",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(e["type"], e["modality"]) for e in data["edges"]] == [("REJECTS", "asserted")]
    assert {n["label"] for n in data["nodes"]} == {"Country", "Event"}


def test_read_json_rejects_unknown_labels(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nodes": [{"id": "Planet:x", "label": "Planet", "name": "X"}], "edges": []}))
    with pytest.raises(ModelError, match="no known label"):
        read_json(bad)


def _round_trip(records: list[Record], folder: Path) -> tuple[str, str]:
    with open_store(str(folder / "first.lbug")) as first:
        first.add(records)
        text1 = json.dumps(graph_json(select(to_networkx(first.read()), EVERYTHING)), ensure_ascii=False)
    path = folder / "export.json"
    path.write_text(text1, encoding="utf-8")
    with open_store(str(folder / "second.lbug")) as second:
        second.add(read_json(path))
        text2 = json.dumps(graph_json(select(to_networkx(second.read()), EVERYTHING)), ensure_ascii=False)
    return text1, text2


def test_the_fixture_graph_survives_export_and_import(tmp_path: Path) -> None:
    text1, text2 = _round_trip(alignment_records() + hostile_records(), tmp_path)
    assert text1 == text2
    assert records_from_json(json.loads(text1))  # and it is not empty


# --- the property: export → read_json → fresh store → export is the identity --------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
DATES = st.one_of(st.none(), st.sampled_from(["2022-09-26", "2022-09-30", "2023-01-01"]))
COUNTRIES = [f"Country:{c}" for c in ("AAA", "BBB", "CCC")]
EVENT, ARTICLE = "Event:vote", "Article:0123456789abcdef"
TYPES = ["ALLY_OF", "SUPPORTS", "REJECTS", "SANCTIONS", "CRITICIZES", "MET_WITH"]


@st.composite
def graphs(draw: st.DrawFn) -> list[Record]:
    records: list[Record] = [
        Entity(
            c,
            Label.COUNTRY,
            draw(TEXT.filter(str.strip)),
            tuple(draw(st.lists(TEXT, max_size=3, unique=True))),
            draw(st.one_of(st.none(), st.just(c[-3:]))),
            draw(st.dictionaries(TEXT, TEXT, max_size=2)),
        )
        for c in COUNTRIES
    ]
    records.append(Entity(EVENT, Label.EVENT, draw(TEXT.filter(str.strip))))
    records.append(
        Article(
            ARTICLE,
            draw(TEXT),
            draw(st.one_of(st.none(), TEXT)),
            draw(st.one_of(st.none(), TEXT)),
            draw(DATES),
        )
    )
    for _ in range(draw(st.integers(0, 6))):
        rel_type = draw(st.sampled_from(TYPES))
        source = draw(st.sampled_from(COUNTRIES))
        target = draw(st.sampled_from(COUNTRIES + ([EVENT] if rel_type in ("SUPPORTS", "REJECTS") else [])))
        evidence = tuple(
            Evidence(
                ARTICLE,
                draw(TEXT),
                draw(st.integers(0, 50)),
                start,
                start + draw(st.integers(0, 80)),
                draw(DATES),
                draw(st.sampled_from(list(Modality))),
                draw(st.floats(0, 1, allow_nan=False)),
                outlet=draw(st.one_of(st.none(), TEXT)),
                url=draw(st.one_of(st.none(), TEXT)),
            )
            for start in draw(st.lists(st.integers(0, 5000), max_size=3, unique=True))
        )
        records.append(
            Relation(
                source,
                rel_type,
                target,
                evidence,
                draw(st.one_of(st.none(), TEXT)),
                draw(st.one_of(st.none(), TEXT)),
            )
        )
    return records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_export_import_export_is_the_identity(records: list[Record]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text1, text2 = _round_trip(records, Path(folder))
    assert text1 == text2


def test_write_json_to_a_stream_matches_the_file(tmp_path: Path) -> None:
    import io

    g = select(to_networkx(as_graph_data(alignment_records())), EVERYTHING)
    stream = io.StringIO()
    write_json(g, stream)
    write_json(g, tmp_path / "g.json")
    assert stream.getvalue() == (tmp_path / "g.json").read_text(encoding="utf-8")
