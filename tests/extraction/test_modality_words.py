"""Modality read from words around a verb: an act scheduled ("is set to impose") is to come, like "will";
a bare verb conjoined to one with a modal shares it. Sentences written for this test."""

from __future__ import annotations

from graph.model import Entity, Modality, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _modalities(text: str, rel_type: str) -> dict[tuple[str, str], set[Modality]]:
    records = extract(article_from_text(text, meta={"date": "2024-05-01"}))
    names = {r.id: r.name for r in records if isinstance(r, Entity)}
    return {
        (names[r.source], names[r.target]): {ev.modality for ev in r.evidence}
        for r in records
        if isinstance(r, Relation) and r.type == rel_type
    }


def test_set_to_impose_is_to_come() -> None:
    found = _modalities("The European Union is set to impose new sanctions on Iran next week.", "SANCTIONS")
    assert found[("European Union", "Iran")] == {Modality.FUTURE}, found


def test_a_plain_sanction_is_asserted() -> None:
    found = _modalities("The European Union imposed new sanctions on Iran on Monday.", "SANCTIONS")
    assert found[("European Union", "Iran")] == {Modality.ASSERTED}, found


def test_a_bare_conjoined_verb_shares_would() -> None:
    found = _modalities("Chile said it would follow Spain's example and recognise Palestine.", "RECOGNIZES")
    assert found[("Chile", "Palestine")] == {Modality.FUTURE}, found
