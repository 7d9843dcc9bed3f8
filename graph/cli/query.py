"""``geoalign query`` (saved queries) and ``geoalign cypher`` (ad-hoc read-only Cypher)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click

from graph.cli.common import domain_errors, get_store
from graph.queries import (
    FORMATS,
    describe_catalog,
    format_result,
    get_preset,
    infer,
    load_catalog,
    parse_param_options,
    run_cypher,
    run_saved,
)
from graph.store import QueryResult, StoreError
from graph.store.base import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_S


def _run_options(func: click.decorators.FC) -> click.decorators.FC:
    options = [
        click.option(
            "--param",
            "params",
            multiple=True,
            metavar="KEY=VALUE",
            help="A query parameter; repeatable. Values are passed as parameters, never spliced.",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default="table",
            show_default=True,
            help="Output format.",
        ),
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=DEFAULT_ROW_LIMIT,
            show_default=True,
            help="Return at most this many rows (a note on stderr says when rows were left out).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_TIMEOUT_S,
            show_default=True,
            help="Stop the query after this many seconds.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.command("query")
@click.argument("name", required=False)
@click.option("--list", "list_presets", is_flag=True, help="List the saved queries with their parameters.")
@click.option(
    "--page",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which page of --limit rows to show (the store sorts and cuts the page).",
)
@_run_options
@click.pass_context
@domain_errors
def query_command(
    ctx: click.Context,
    name: str | None,
    list_presets: bool,
    page: int,
    params: tuple[str, ...],
    fmt: str,
    limit: int,
    timeout: float,
) -> None:
    """Run the saved query NAME (see --list) read-only, e.g.

    geoalign query allies --param actor=Russia --format csv
    """
    catalog = load_catalog()
    if list_presets or not name:
        click.echo(describe_catalog(catalog))
        return
    preset = get_preset(name, catalog)
    store = get_store(ctx, read_only=True)
    with _timeout_hint():
        result = run_saved(
            store,
            preset.name,
            parse_param_options(params),
            limit=limit,
            timeout_s=timeout,
            catalog=catalog,
            page=page,
        )
    _print(result, fmt, limit, page)


@click.command("cypher")
@click.argument("text")
@_run_options
@click.pass_context
@domain_errors
def cypher_command(
    ctx: click.Context, text: str, params: tuple[str, ...], fmt: str, limit: int, timeout: float
) -> None:
    """Run ad-hoc read-only Cypher (Neo4j spelling works on both stores), e.g.

    geoalign cypher "MATCH (c:Country) WHERE c.name = $name RETURN c.id AS id" --param name=Serbia

    Parameter values are read as integers, decimals, true/false, or else strings.
    """
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
    click.echo(format_result(result, fmt))
    if not result.truncated:
        return
    more = f" (or ask for --page {(page or 1) + 1})" if page else ""
    if (page or 1) == 1:
        click.echo(f"note: only the first {limit} rows are shown; raise --limit to see more{more}", err=True)
    else:
        click.echo(f"note: page {page} of {limit} rows is shown; more follow{more}", err=True)


COMMANDS: list[click.Command] = [query_command, cypher_command]
