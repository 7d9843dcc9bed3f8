"""The view command: the interactive HTML network view, and static pictures of it for reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from geoalign.cli.common import cut_options, domain_errors, get_store, make_cut

DEFAULT_OUT = Path("geoalign-view.html")
# graph.view.DEFAULT_MAX_NODES, written here so --help need not import the view (tests check they agree)
DEFAULT_MAX_NODES = 10_000


@click.command("view")
@cut_options
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    metavar="FILE",
    help=f"The HTML file to write ('-' for stdout; default {DEFAULT_OUT} unless only --png/--svg is given).",
)
@click.option(
    "--png",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also draw the view as a PNG picture with a legend, for reports.",
)
@click.option(
    "--svg",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also draw the view as an SVG picture with a legend, for reports.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Keep only the N most connected nodes (0 keeps all; the page says when nodes were left out). "
    "Above 2,000 nodes the page opens as an overview of communities.",
)
@click.option(
    "--query", metavar="NAME", help="Show only the nodes a saved query returns (see geoalign query --list)."
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the saved query; repeatable.",
)
@click.option("--title", metavar="TEXT", help="Heading of the page and picture.")
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Layout seed: the same seed draws the same picture.",
)
@click.pass_context
@domain_errors
def view(
    ctx: click.Context,
    /,
    out: Path | None,
    png: Path | None,
    svg: Path | None,
    max_nodes: int,
    query: str | None,
    params: tuple[str, ...],
    title: str | None,
    seed: int,
    **cut_args: Any,
) -> None:
    """Write a self-contained HTML network view drawn by vis-network (legend, search, filters; offline).

    Examples: geoalign view --around Serbia --depth 2 --since 2022-01-01 --out serbia.html;
    geoalign view --query allies --param actor=Russia --png allies.png
    """
    from graph.queries import parse_param_options, query_cut
    from graph.view import view_store

    cut = make_cut(**cut_args)
    if params and not query:
        raise click.UsageError("--param needs --query NAME")
    pictures = [p for p in (png, svg) if p]
    html = out or (None if pictures else DEFAULT_OUT)
    store = get_store(ctx, read_only=True)
    if query:
        cut = query_cut(store, cut, query, parse_param_options(params))
    for summary in view_store(
        store,
        cut,
        html=html,
        pictures=pictures,
        title=title,
        max_nodes=max_nodes or None,
        seed=seed,
    ):
        click.echo(f"wrote {summary}", err=html is not None and str(html) == "-")


COMMANDS: list[click.Command] = [view]
