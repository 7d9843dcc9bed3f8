"""``geoalign query`` (saved queries) and ``geoalign cypher`` (ad-hoc read-only Cypher)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import click

from geoalign.cli.common import domain_errors, echo_rows, format_option, get_store
from graph.store import StoreError
from graph.store.base import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_S

if TYPE_CHECKING:
    from graph.store import QueryResult

NEGATED_PARAM = "include_negated"
# A saved query shows a page an analyst reads (--page K for the next); the engine cuts it, so a page
# of a 20,000-row answer costs a top-k, not the answer sent and printed.
PAGE_ROWS = 100


def _run_options(rows: int, rows_help: str) -> Callable[[click.decorators.FC], click.decorators.FC]:
    """--param, --format, --limit (``rows`` by default) and --timeout."""
    options = [
        click.option(
            "--param",
            "params",
            multiple=True,
            metavar="KEY=VALUE",
            help="A query parameter; repeatable. Values are passed as parameters, never spliced.",
        ),
        format_option,
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=rows,
            show_default=True,
            help=rows_help,
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_TIMEOUT_S,
            show_default=True,
            help="Stop the query after this many seconds.",
        ),
    ]

    def decorate(func: click.decorators.FC) -> click.decorators.FC:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


@click.command("query")
@click.argument("name", required=False)
@click.option("--list", "list_presets", is_flag=True, help="List the saved queries with their parameters.")
@click.option(
    "--include-negated/--claimed-only",
    default=None,
    help="Also use relations only stated as negated or hypothetical (the saved query's include_negated "
    "parameter; --claimed-only: only claimed ones, the default).",
)
@click.option(
    "--page",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which page of --limit rows to show (the store sorts and cuts the page).",
)
@_run_options(PAGE_ROWS, "Rows per page (a note on stderr says when more follow).")
@click.pass_context
@domain_errors
def query_command(
    ctx: click.Context,
    name: str | None,
    list_presets: bool,
    include_negated: bool | None,
    page: int,
    params: tuple[str, ...],
    fmt: str,
    limit: int,
    timeout: float,
) -> None:
    """Run the saved query NAME (see --list) read-only, e.g.

    geoalign query allies --param actor=Russia --format csv
    """
    from graph.queries import catalog_rows, describe_catalog, get_preset, load_catalog, parse_param_options

    catalog = load_catalog()
    if list_presets or not name:
        if fmt == "table":
            click.echo(describe_catalog(catalog))
        else:
            echo_rows(*catalog_rows(catalog), fmt)
        return
    preset = get_preset(name, catalog)
    given: dict[str, object] = dict(parse_param_options(params))
    if include_negated is not None:
        if NEGATED_PARAM not in {p.name for p in preset.params}:
            raise click.UsageError(
                f"saved query {name} has no {NEGATED_PARAM} parameter for --include-negated"
            )
        if NEGATED_PARAM in given:
            raise click.UsageError(f"give --include-negated or --param {NEGATED_PARAM}=…, not both")
        given[NEGATED_PARAM] = include_negated
    from graph.queries import run_saved

    store = get_store(ctx, read_only=True)
    with _timeout_hint():
        result = run_saved(
            store, preset.name, given, limit=limit, timeout_s=timeout, catalog=catalog, page=page
        )
    _print(result, fmt, limit, page)


@click.command("cypher")
@click.argument("text")
@_run_options(
    DEFAULT_ROW_LIMIT, "Return at most this many rows (a note on stderr says when rows were left out)."
)
@click.pass_context
@domain_errors
def cypher_command(
    ctx: click.Context, text: str, params: tuple[str, ...], fmt: str, limit: int, timeout: float
) -> None:
    """Run ad-hoc read-only Cypher (Neo4j spelling; relation types in WHERE), e.g.

    geoalign cypher "MATCH (c:Country) WHERE c.name = $name RETURN c.id AS id" --param name=Serbia

    geoalign cypher "MATCH (a)-[r]->(b) WHERE r:ALLY_OF RETURN a.name AS actor, b.name AS ally"

    Test a relation's type in WHERE (r:ALLY_OF, or r.type = 'ALLY_OF' on the embedded store), not in
    the pattern: the embedded store keeps every relation in one table, with its type as a property.

    Parameter values are read as integers, decimals, true/false, or else strings.
    """
    from graph.queries import infer, parse_param_options, run_cypher

    store = get_store(ctx, read_only=True)
    typed = {key: infer(value) for key, value in parse_param_options(params).items()}
    with _timeout_hint():
        result = run_cypher(store, text, typed, limit=limit, timeout_s=timeout)
    _print(result, fmt, limit)


@contextlib.contextmanager
def _timeout_hint() -> Iterator[None]:
    try:
        yield
    except StoreError as exc:
        if "time limit" in str(exc):
            raise click.ClickException(f"{exc}; raise --timeout to allow more") from exc
        raise


def _print(result: QueryResult, fmt: str, limit: int, page: int | None = None) -> None:
    echo_rows(result.columns, result.rows, fmt)
    if not result.truncated:
        return
    more = f" (or ask for --page {(page or 1) + 1})" if page else ""
    if (page or 1) == 1:
        click.echo(f"note: only the first {limit} rows are shown; raise --limit to see more{more}", err=True)
    else:
        click.echo(f"note: page {page} of {limit} rows is shown; more follow{more}", err=True)


COMMANDS: list[click.Command] = [query_command, cypher_command]
