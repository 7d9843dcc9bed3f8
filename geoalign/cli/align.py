"""``geoalign align``: stance tables, alignment scores and heatmaps, blocs, allies that break ranks."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from geoalign.cli.common import cut_options, domain_errors, echo_rows, format_option, get_store, make_cut
from graph.model import TOPIC_LABELS

if TYPE_CHECKING:
    import networkx as nx


def _topic_option(func: Any) -> Any:
    func = click.option(
        "--no-officials", is_flag=True, help="Do not count office holders' stances for their state."
    )(func)
    return click.option(
        "--topic",
        "topics",
        multiple=True,
        metavar="NAME",
        help="Only this event or agreement (name, alias or id); repeatable. Default: all.",
    )(func)


def _graph(ctx: click.Context, options: dict[str, Any]) -> nx.MultiDiGraph:
    from graph.subgraph import select, to_networkx

    store = get_store(ctx, read_only=True)
    return select(to_networkx(store.read()), make_cut(**options))


def _topics(g: nx.MultiDiGraph, names: tuple[str, ...]) -> list[str] | None:
    from graph.subgraph import UnknownNodeError, find_nodes

    if not names:
        return None
    wanted = {lb.value for lb in TOPIC_LABELS}
    found: list[str] = []
    for name in names:
        ids = [n for n in find_nodes(g, name) if g.nodes[n]["label"] in wanted]
        if not ids:
            raise UnknownNodeError(f"no event or agreement named {name!r} in the graph")
        found.extend(ids)
    return found


@click.group("align")
def align_group() -> None:
    """Who stands with whom: stances on events and agreements, pair scores, blocs, breaks-ranks.

    Only claimed relations count (negated and hypothetical evidence is left out); an official's
    stance counts for their state when the state has none of its own (--no-officials to stop it).
    """


@align_group.command("stances")
@_topic_option
@format_option
@cut_options
@click.pass_context
@domain_errors
def stances_command(
    ctx: click.Context, /, topics: tuple[str, ...], no_officials: bool, fmt: str, **cut: Any
) -> None:
    """Every actor's stance (+, -, ± mixed; * = through an official) on each event or agreement."""
    from graph import analysis

    g = _graph(ctx, cut)
    table = analysis.stance_table(g, _topics(g, topics), officials=not no_officials)
    if fmt == "table":
        click.echo(analysis.format_stance_table(table))
    else:
        echo_rows(*analysis.stance_rows(table), fmt)


@align_group.command("scores")
@_topic_option
@format_option
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(allow_dash=True, path_type=Path),
    help="Also write the alignment matrix as CSV ('-': to stdout, instead of the scores).",
)
@click.option(
    "--heatmap", type=click.Path(path_type=Path), help="Also write the alignment matrix as a PNG heatmap."
)
@cut_options
@click.pass_context
@domain_errors
def scores_command(
    ctx: click.Context,
    /,
    topics: tuple[str, ...],
    no_officials: bool,
    fmt: str,
    csv_path: Path | None,
    heatmap: Path | None,
    **cut: Any,
) -> None:
    """Signed alignment of actor pairs (-1 opposed … +1 aligned) from their stances on shared topics."""
    from graph import analysis

    g = _graph(ctx, cut)
    chosen = _topics(g, topics)
    to_stdout = csv_path is not None and str(csv_path) == "-"
    if not to_stdout:
        scores = analysis.alignment_scores(g, chosen, officials=not no_officials)
        if fmt == "table":
            click.echo(analysis.format_scores(g, scores))
        else:
            echo_rows(*analysis.score_rows(g, scores), fmt)
    if csv_path:
        analysis.write_alignment_csv(g, sys.stdout if to_stdout else csv_path, chosen)
        if not to_stdout:
            click.echo(f"matrix written to {csv_path}", err=True)
    if heatmap:
        analysis.write_alignment_heatmap(g, heatmap, chosen)
        click.echo(f"heatmap written to {heatmap}", err=True)


@align_group.command("blocs")
@_topic_option
@format_option
@cut_options
@click.pass_context
@domain_errors
def blocs_command(
    ctx: click.Context, /, topics: tuple[str, ...], no_officials: bool, fmt: str, **cut: Any
) -> None:
    """Blocs: communities of actors that take the same sides (greedy modularity on aligned pairs)."""
    from graph import analysis

    g = _graph(ctx, cut)
    groups = analysis.blocs(g, _topics(g, topics), officials=not no_officials)
    if fmt == "table":
        click.echo(analysis.format_blocs(g, groups))
    else:
        echo_rows(*analysis.bloc_rows(g, groups), fmt)


@align_group.command("breaks")
@_topic_option
@format_option
@cut_options
@click.pass_context
@domain_errors
def breaks_command(
    ctx: click.Context, /, topics: tuple[str, ...], no_officials: bool, fmt: str, **cut: Any
) -> None:
    """Allies (ALLY_OF) that take opposite sides on the same event or agreement."""
    from graph import analysis

    g = _graph(ctx, cut)
    found = analysis.breaks_ranks(g, _topics(g, topics), officials=not no_officials)
    if fmt == "table":
        click.echo(analysis.format_breaks_ranks(g, found))
    else:
        echo_rows(*analysis.break_rows(g, found), fmt)


COMMANDS: list[click.Command] = [align_group]
