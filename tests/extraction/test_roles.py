"""Roles on HOLDS_OFFICE edges are titles from the text, never a phrase that happens to precede the name."""

from __future__ import annotations

from graph.model import Entity, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _roles(text: str) -> dict[str, str | None]:
    records = extract(article_from_text(text, meta={"date": "2024-05-01"}))
    names = {r.id: r.name for r in records if isinstance(r, Entity)}
    return {names[r.source]: r.role for r in records if isinstance(r, Relation) and r.type == "HOLDS_OFFICE"}


def test_a_fronted_phrase_is_no_title() -> None:
    roles = _roles("On trade, Lula praised the plan.")
    assert all(role != "trade" and "On" not in (role or "") for role in roles.values()), roles


def test_a_title_before_a_comma_still_counts() -> None:
    roles = _roles("Russia's ambassador to the UN, Vassily Nebenzia, rejected the plan.")
    assert roles.get("Vassily Nebenzia") == "ambassador", roles
