"""Regression sentences: each case in sentences.yaml is one short article with the triples it must
(and must not) yield. The sentences were written for this suite."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.model import CLAIM_MODALITIES, Entity, Relation
from loaders.extract import extract
from loaders.extract.pipeline import ExtractionFailed, extract_many
from tests.extraction.score_export import article_from_text

# sentences.yaml: one case per construction as first written; sentences_*.yaml: linguistic phenomena
# added since (enumerations, nominal stances, attribution, cross-sentence references, diplomatic acts).
CASES: list[dict[str, Any]] = [
    case
    for path in sorted(Path(__file__).parent.glob("sentences*.yaml"))
    for case in yaml.safe_load(path.read_text("utf-8"))
]
SYMMETRIC = {"ALLY_OF", "MET_WITH"}
WORKERS = min(2, os.cpu_count() or 1)  # forked readers of the cases (CI has two cores)


def _article(text: str) -> Any:
    return article_from_text(text, meta={"date": "2024-05-01"})


@pytest.fixture(scope="module")
def extracted(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The records of every selected case, read in batches as ``geoalign ingest --workers 2`` reads a
    corpus (the model parses a batch's sentences in one stream: ~40 % less time than one case at a time,
    and the same records, which ``test_batched_reading_gives_the_records_of_one_at_a_time`` checks; the
    batches are shared out to two forked workers, as CI has two cores)."""
    wanted = {
        item.callspec.params["case"]["id"]: item.callspec.params["case"]["text"]
        for item in request.session.items
        if getattr(item, "callspec", None) is not None and "case" in item.callspec.params
    }
    results = extract_many((_article(text) for text in wanted.values()), n_process=WORKERS)
    return dict(zip(wanted, results, strict=True))


def _graph(records: Any) -> tuple[dict[str, Entity], list[Relation]]:
    if isinstance(records, ExtractionFailed):
        pytest.fail(f"extraction failed: {records.kind}: {records.message}\n{records.trace}")
    nodes = {r.id: r for r in records if isinstance(r, Entity)}
    return nodes, [r for r in records if isinstance(r, Relation) and r.type != "MENTIONS"]


def _is(node: Entity | None, spec: str) -> bool:
    if node is None:
        return False
    if spec.startswith("~"):
        word = spec[1:].lower()
        return word in node.name.lower() or any(word in a.lower() for a in node.aliases)
    return node.name == spec or spec in node.aliases


def _found(nodes: dict[str, Entity], rels: list[Relation], triple: list[str]) -> list[Relation]:
    s, t, o = triple
    out = []
    for rel in rels:
        if rel.type != t:
            continue
        a, b = nodes.get(rel.source), nodes.get(rel.target)
        if (_is(a, s) and _is(b, o)) or (t in SYMMETRIC and _is(a, o) and _is(b, s)):
            out.append(rel)
    return out


def _claimed(rel: Relation) -> bool:
    return any(ev.modality in CLAIM_MODALITIES for ev in rel.evidence)


def _show(nodes: dict[str, Entity], rels: list[Relation]) -> str:
    def name(key: str) -> str:
        return nodes[key].name if key in nodes else key

    return "\n".join(
        f"  {name(r.source)} -{r.type}-> {name(r.target)} [{','.join(e.modality for e in r.evidence)}]"
        for r in rels
    )


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_sentence(case: dict[str, Any], extracted: dict[str, Any]) -> None:
    records = extracted.get(case["id"])
    nodes, rels = _graph(records if records is not None else extract(_article(case["text"])))
    shown = _show(nodes, rels)
    for triple in case.get("expect", []):
        assert any(_claimed(r) for r in _found(nodes, rels, triple)), f"missing {triple}; got:\n{shown}"
    for triple in case.get("forbid", []):
        assert not any(_claimed(r) for r in _found(nodes, rels, triple)), f"unwanted {triple}; got:\n{shown}"
    for key, modality in (case.get("modality") or {}).items():
        found = _found(nodes, rels, key.split("|"))
        assert any(ev.modality == modality for r in found for ev in r.evidence), (
            f"{key} not {modality}:\n{shown}"
        )


def test_batched_reading_gives_the_records_of_one_at_a_time() -> None:
    """The suite reads its cases in batches; every tenth case read alone gives the same records."""
    sample = CASES[::10]
    batched = list(extract_many(_article(c["text"]) for c in sample))
    assert batched == [extract(_article(c["text"])) for c in sample]


def test_every_relation_type_is_covered() -> None:
    from graph.model import CLAIM_TYPES

    covered = {t[1] for c in CASES for t in c.get("expect", [])}
    assert set(CLAIM_TYPES) <= covered, sorted(set(CLAIM_TYPES) - covered)


def test_enough_cases() -> None:
    assert len(CASES) >= 60


def test_every_triple_is_three_strings_and_ids_are_unique() -> None:
    """A bare ~ in YAML is null, not "any node": the matcher would crash on it the day a claim of that type
    appears, so every end is a string; and -k selects by id, so ids are unique."""
    bad = [
        (c["id"], t)
        for c in CASES
        for t in c.get("expect", []) + c.get("forbid", [])
        if len(t) != 3 or not all(isinstance(x, str) and x for x in t)
    ]
    assert not bad, bad
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
