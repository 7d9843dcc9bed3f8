"""A thing named once is one node: a named operation launched is the attack, not a body as well."""

from __future__ import annotations

from graph.model import Entity, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _graph(text: str) -> tuple[list[Entity], list[Relation]]:
    records = extract(article_from_text(text))
    return [r for r in records if isinstance(r, Entity)], [r for r in records if isinstance(r, Relation)]


def test_launched_operation_is_one_event_node() -> None:
    entities, relations = _graph("Kenya launched Operation Linda Boni against militant camps in Somalia.")
    named = [e for e in entities if e.name == "Operation Linda Boni"]
    assert [e.label.value for e in named] == ["Event"]
    mentioned = {r.target for r in relations if r.type == "MENTIONS"}
    assert named[0].id in mentioned
    assert not any(r.target.startswith("Organization:operation") for r in relations)


def test_joined_operation_stays_a_body() -> None:
    entities, _ = _graph("Denmark joined Operation Aspides in the Red Sea.")
    assert [e.label.value for e in entities if e.name == "Operation Aspides"] == ["Organization"]


def test_operation_launched_then_joined_keeps_both_readings() -> None:
    entities, relations = _graph(
        "France launched Operation Barkhane against jihadists in Mali. Chad later joined Operation Barkhane."
    )
    labels = sorted(e.label.value for e in entities if e.name == "Operation Barkhane")
    assert labels == ["Event", "Organization"]
    assert any(r.type == "MEMBER_OF" and r.target.startswith("Organization:operation") for r in relations)
