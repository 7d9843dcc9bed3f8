"""``geoalign entities``: list entities with their surface forms; merge, split and rename them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from geoalign.cli.common import State, domain_errors, echo_rows, format_option, get_store

if TYPE_CHECKING:
    from graph.entities import Decision


def _file(ctx: click.Context) -> Path:
    from graph.entities import decisions_path

    group = ctx.parent if ctx.parent is not None else ctx
    given: Path | None = group.params.get("decisions")
    state: State = ctx.find_object(State)  # type: ignore[assignment]
    return given or decisions_path(state.uri)


@click.group("entities")
@click.option(
    "--file",
    "decisions",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The decisions file (default: geoalign-entities.yaml beside the store, or in this folder "
    "for Neo4j). Keep it in git: ingest replays it.",
)
def entities_group(decisions: Path | None) -> None:
    """Entities as the analyst curates them: list them with their surface forms; merge, split and
    rename them. Each decision is recorded in a YAML file and replayed after every ingest, so it
    survives re-ingests and wins over the automatic resolution."""


@entities_group.command("list")
@click.option("--label", help="Only entities with this label (Person, Country, Event, ...).")
@format_option
@click.pass_context
@domain_errors
def list_command(ctx: click.Context, label: str | None, fmt: str) -> None:
    """Every entity with its surface forms and how many articles, relations and evidence records name it."""
    from graph.entities import entity_rows

    rows = [r for r in entity_rows(get_store(ctx, read_only=True).read()) if not label or r["label"] == label]
    columns = ["id", "label", "name", "surface_forms", "articles", "relations", "evidence"]
    echo_rows(columns, [[r[c] for c in columns] for r in rows], fmt)


@entities_group.command("merge")
@click.argument("keep")
@click.argument("other")
@click.pass_context
@domain_errors
def merge_command(ctx: click.Context, keep: str, other: str) -> None:
    """Merge entity OTHER into KEEP (names, surface forms or ids); OTHER's names become surface forms."""
    from graph.entities import merge

    _done(ctx, merge(get_store(ctx), _file(ctx), keep, other))


@entities_group.command("split")
@click.argument("entity")
@click.argument("surface_form")
@click.option("--name", help="Name of the new entity (default: the surface form).")
@click.pass_context
@domain_errors
def split_command(ctx: click.Context, entity: str, surface_form: str, name: str | None) -> None:
    """Split SURFACE_FORM off ENTITY into an entity of its own, with the evidence that uses it."""
    from graph.entities import split

    _done(ctx, split(get_store(ctx), _file(ctx), entity, surface_form, name))


@entities_group.command("rename")
@click.argument("entity")
@click.argument("name")
@click.pass_context
@domain_errors
def rename_command(ctx: click.Context, entity: str, name: str) -> None:
    """Give ENTITY the name NAME (the old name stays a surface form)."""
    from graph.entities import rename

    _done(ctx, rename(get_store(ctx), _file(ctx), entity, name))


def _done(ctx: click.Context, decision: Decision) -> None:
    what = {
        "merge": f"merged {decision.other} into",
        "split": f"split {decision.alias!r} off",
        "rename": "renamed",
    }
    click.echo(f"{what[decision.action]} {decision.node}; recorded in {_file(ctx)}")


COMMANDS: list[click.Command] = [entities_group]
