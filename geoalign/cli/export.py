"""``geoalign export``: a subgraph as JSON, GraphML, GEXF, neo4j-admin CSV, Cypher, HTML or a report."""

from __future__ import annotations

import shlex
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from geoalign.cli.common import State, cut_options, domain_errors, get_store, make_cut

FORMAT_NAMES = ("json", "graphml", "gexf", "csv", "cypher", "html", "report")


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    required=True,
    help="json (the contract other tools read), graphml / gexf (Gephi), csv (neo4j-admin import "
    "files, a folder; exact values, not for spreadsheets), cypher (a replayable script), html (the "
    "interactive view), report (HTML + Markdown + picture, a folder).",
)
@click.option(
    "-o",
    "--out",
    required=True,
    metavar="PATH",
    help="File to write ('-' for stdout with json, graphml, gexf, cypher); a folder for csv and report.",
)
@cut_options
@click.option(
    "--query",
    "query_name",
    metavar="NAME",
    help="Keep only nodes whose ids a saved query returns (columns 'id' or ending in '_id').",
)
@click.option(
    "--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --query; repeatable."
)
@click.option("--no-mentions", is_flag=True, help="Data formats: leave out articles and MENTIONS edges.")
@click.option(
    "--title", default="geoalign export", show_default=True, help="Title of the HTML view or report."
)
@click.pass_context
@domain_errors
def export_command(
    ctx: click.Context,
    /,
    fmt: str,
    out: str,
    query_name: str | None,
    params: tuple[str, ...],
    no_mentions: bool,
    title: str,
    **cut_args: Any,
) -> None:
    """Export the graph, or the part of it the filters select, e.g.

    geoalign export --format json --out graph.json

    geoalign export --format report --out report/ --around Serbia --depth 1

    Data formats (json, graphml, gexf, csv, cypher) include negated and hypothetical relations with
    their modality, and article mentions, unless --claimed-only is given; html and report show
    claimed relations unless --include-negated is given.
    """
    from graph import export
    from graph.queries import parse_param_options, query_cut
    from graph.subgraph import select, to_networkx

    folder, stdout_ok = export.FORMATS[fmt]
    if out == "-" and not stdout_ok:
        raise click.BadParameter(
            f"--format {fmt} writes {'a folder' if folder else 'a file'}, not stdout", param_hint="--out"
        )
    store = get_store(ctx, read_only=True)
    data = store.read()
    include_negated = cut_args.get("include_negated")
    cut = make_cut(**cut_args)
    if fmt in export.DATA_FORMATS:
        negated = include_negated is None or include_negated
        cut = replace(cut, include_negated=negated, include_mentions=not no_mentions)
    if query_name:
        cut = query_cut(store, cut, query_name, parse_param_options(params))
    g = select(to_networkx(data), cut)
    target: Any = out if out == "-" else Path(out)
    if fmt == "json":
        export.write_json(g, target)
    elif fmt == "graphml":
        export.write_graphml(g, target)
    elif fmt == "gexf":
        export.write_gexf(g, target)
    elif fmt == "cypher":
        export.write_cypher(g, target)
    elif fmt == "csv":
        export.write_neo4j_csv(g, target)
    elif fmt == "html":
        from graph.view import write_view

        write_view(g, target, title=title)
    else:
        from graph.export.report import describe_filters

        export.write_report(
            g,
            target,
            title=title,
            command=_command_line(ctx),
            filters=describe_filters(cut),
            articles={a.id: a for a in data.articles},
        )
    if out != "-":
        click.echo(
            f"wrote {fmt} to {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} relations", err=True
        )


def _command_line(ctx: click.Context) -> str:
    """The command as typed (options given on the command line only)."""
    words = ["geoalign", *ctx.command_path.split()[1:]]
    state = ctx.find_object(State)
    if state is not None and state.store_uri:
        words[1:1] = ["--store", state.store_uri]
    for param in ctx.command.params:
        if (
            not param.name
            or ctx.get_parameter_source(param.name) is not click.core.ParameterSource.COMMANDLINE
        ):
            continue
        value = ctx.params.get(param.name)
        flag = param.opts[0]
        if isinstance(param, click.Option) and param.is_flag:
            words.append(flag)
        elif isinstance(value, tuple):
            for item in value:
                words += [flag, str(item)]
        else:
            words += [flag, str(value)]
    return shlex.join(words)


COMMANDS: list[click.Command] = [export_command]
