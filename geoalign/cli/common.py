"""Options and helpers shared by the commands: the store, the subgraph cut, error reporting."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from graph.output import FORMATS, format_rows
from graph.store import Store, StoreError, open_store, resolve_uri

if TYPE_CHECKING:  # the CLI imports only what a command needs, when it runs (geoalign --help stays fast)
    from graph.subgraph import Cut

F = TypeVar("F", bound=Callable[..., Any])


class State:
    """What the top-level options set: where the store is, whether to show tracebacks."""

    def __init__(self, store_uri: str | None, debug: bool) -> None:
        self.store_uri = store_uri
        self.debug = debug

    @property
    def uri(self) -> str:
        return resolve_uri(self.store_uri)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--store",
    "store_uri",
    envvar="GEOALIGN_STORE",
    metavar="URI",
    help="Where the graph lives: a file path for the embedded store (default ./geoalign.lbug), "
    "bolt://host:port or neo4j://… for Neo4j (credentials from NEO4J_USERNAME/NEO4J_PASSWORD), "
    "or 'neo4j' for $NEO4J_URI.  [env: GEOALIGN_STORE]",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
@click.version_option(package_name="geoalign")
@click.pass_context
def main_group(ctx: click.Context, store_uri: str | None, debug: bool) -> None:
    """geoalign: read news articles into a typed graph of who stands where, with evidence on every
    relation; explore it as an HTML network view, run saved Cypher queries, export subgraphs for reports."""
    ctx.obj = State(store_uri, debug)


def get_store(ctx: click.Context, *, read_only: bool = False, ingest: bool = False) -> Store:
    """Open the store once for this command; it is closed when the command ends (``ingest``: as the
    writer of `geoalign ingest`, see ``open_store``)."""
    state: State = ctx.find_object(State)  # type: ignore[assignment]
    try:
        store = open_store(state.store_uri, read_only=read_only, ingest=ingest)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    return ctx.with_resource(store)


def domain_errors(func: F) -> F:
    """Turn domain errors into a one-line message and exit code 1 (a traceback only with --debug)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.Abort, click.exceptions.Exit):
            raise
        except (StoreError, LookupError, ValueError, OSError) as exc:
            ctx = click.get_current_context()
            state = ctx.find_object(State)
            if state is not None and state.debug:
                traceback.print_exc()
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def format_option(func: F) -> F:
    """``--format table|json|csv``, on every command that prints rows."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format: a text table, JSON (a list of objects) or CSV (formula-safe for spreadsheets).",
    )(func)


def echo_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    """Print rows in the chosen format (``graph.output``, shared by every command)."""
    click.echo(format_rows(columns, rows, fmt))


NEGATED_HELP = (
    "Also use relations only stated as negated or hypothetical; --claimed-only: only claimed ones "
    "(the default, except for export's data formats)."
)


def negated_option(func: F) -> F:
    """``--include-negated/--claimed-only``: the one spelling of negated relations on every command."""
    return click.option("--include-negated/--claimed-only", default=None, help=NEGATED_HELP)(func)


def cut_options(func: F) -> F:
    """--around/--depth/--types/--labels/--since/--until/--include-negated, shared by view and export."""
    options = [
        click.option(
            "--around",
            multiple=True,
            metavar="NAME",
            help="Keep only the neighbourhood of this node (name, alias or id); repeatable.",
        ),
        click.option(
            "--depth",
            type=click.IntRange(0, 10),
            default=1,
            show_default=True,
            help="How many hops around --around to keep.",
        ),
        click.option("--types", metavar="T1,T2", help="Only these relation types (comma-separated)."),
        click.option("--labels", metavar="L1,L2", help="Only nodes with these labels (comma-separated)."),
        click.option("--since", metavar="YYYY-MM-DD", help="Only evidence dated on or after this day."),
        click.option("--until", metavar="YYYY-MM-DD", help="Only evidence dated on or before this day."),
        click.option(
            "--no-undated",
            is_flag=True,
            help="With --since/--until, leave out evidence that has no date (kept by default).",
        ),
        negated_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_cut(
    around: tuple[str, ...] = (),
    depth: int = 1,
    types: str | None = None,
    labels: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool | None = False,
    no_undated: bool = False,
    **_: Any,
) -> Cut:
    from graph.model import RELATIONS, Label
    from graph.subgraph import Cut

    type_set = _split(types)
    unknown = type_set - set(RELATIONS)
    if unknown:
        raise click.BadParameter(
            f"unknown relation type(s) {', '.join(sorted(unknown))}; known: {', '.join(RELATIONS)}",
            param_hint="--types",
        )
    label_set = _split(labels)
    bad = label_set - {lb.value for lb in Label}
    if bad:
        raise click.BadParameter(f"unknown label(s) {', '.join(sorted(bad))}", param_hint="--labels")
    for value, hint in ((since, "--since"), (until, "--until")):
        if value and not _is_date(value):
            raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=hint)
    return Cut(
        around=tuple(around),
        depth=depth,
        types=frozenset(type_set),
        labels=frozenset(label_set),
        since=since,
        until=until,
        include_negated=bool(include_negated),
        undated=not no_undated,
    )


def _split(value: str | None) -> set[str]:
    return {part.strip() for part in (value or "").split(",") if part.strip()}


def _is_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True
