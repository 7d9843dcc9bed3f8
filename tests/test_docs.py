"""Docs that cannot drift: the README's command reference is the commands' own help."""

from __future__ import annotations

from pathlib import Path

from geoalign.cli.docs import (
    END,
    RELATIONS_END,
    RELATIONS_START,
    START,
    command_reference,
    relation_reference,
    replace_block,
)
from graph.queries import load_catalog

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_command_reference_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    current = START + text.split(START, 1)[1].split(END, 1)[0] + END
    assert current == command_reference(), "run: python -m geoalign.cli.docs --write README.md"


def test_readme_relation_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    current = RELATIONS_START + text.split(RELATIONS_START, 1)[1].split(RELATIONS_END, 1)[0] + RELATIONS_END
    assert current == relation_reference(), "run: python -m geoalign.cli.docs --write README.md"


def test_every_command_and_saved_query_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    for command in ("ingest", "demo", "view", "query", "cypher", "export", "align", "neo4j"):
        assert f"`geoalign {command}`" in text
    for name, preset in load_catalog().items():
        assert name in text
        assert preset.title and preset.question, f"{name} lacks a title or question"


def test_replace_block_swaps_only_the_generated_part() -> None:
    readme = f"intro\n{START}\nold\n{END}\noutro\n"
    assert replace_block(readme, f"{START}\nnew\n{END}") == f"intro\n{START}\nnew\n{END}\noutro\n"
