"""De facto states (gazetteer kind de_facto_state) are Country nodes where the article has them act as states,
Region nodes where it only names, places or denies them (convention 11). Sentences written for this test."""

from __future__ import annotations

import pytest

from graph.model import Entity, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _labels(text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    records = extract(article_from_text(text, meta={"date": "2025-05-01"}))
    nodes = {r.id: r for r in records if isinstance(r, Entity)}
    rels = {
        (nodes[r.source].name, r.type, nodes[r.target].name)
        for r in records
        if isinstance(r, Relation) and r.type != "MENTIONS"
    }
    return {n.name: n.label.value for n in nodes.values()}, rels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kosovo's foreign minister held talks with her Albanian counterpart in Tirana.", "Kosovo"),
        ("Taiwan condemned China's military drills.", "Taiwan"),
        ("Somaliland signed a port agreement with Ethiopia on Monday.", "Somaliland"),
        ("Eswatini is one of the few states that still recognise Taiwan.", "Taiwan"),
        ("President Lai Ching-te thanked Guatemala for its support.", "Taiwan"),
        ("Tufan Erhurman met the UN envoy in Nicosia.", "Northern Cyprus"),
        ("The Cook Islands signed a partnership agreement with China.", "Cook Islands"),
        ("Niue established diplomatic relations with Vietnam.", "Niue"),
    ],
)
def test_a_de_facto_state_acting_is_a_country(text: str, name: str) -> None:
    labels, _ = _labels(text)
    assert labels.get(name) == "Country", labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kazakhstan does not recognise Kosovo, the foreign ministry said.", "Kosovo"),
        ("Spain has refused to recognise Kosovo since 2008.", "Kosovo"),
        ("Beijing regards Taiwan as a breakaway province.", "Taiwan"),
        ("A policeman was killed in an attack in Kosovo on Sunday.", "Kosovo"),
        ("The drills near Taiwan ended on Friday.", "Taiwan"),
        ("Cyclone damage in the Cook Islands was severe.", "Cook Islands"),
    ],
)
def test_a_de_facto_state_only_named_stays_a_region(text: str, name: str) -> None:
    labels, _ = _labels(text)
    assert labels.get(name) == "Region", labels


def test_the_place_of_an_event_stays_the_region_beside_the_acting_state() -> None:
    labels, rels = _labels(
        "Kosovo's prime minister condemned the attack on a police station in Kosovo on Sunday."
    )
    assert labels.get("Kosovo") in {"Country", "Region"}
    assert not any(r[1] == "HELD_IN" and r[2] == "Kosovo" and labels.get("Kosovo") == "Country" for r in rels)
