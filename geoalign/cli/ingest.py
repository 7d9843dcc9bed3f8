"""``geoalign ingest`` and ``geoalign demo``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geoalign.cli.common import domain_errors, get_store
from graph.textsafe import terminal

if TYPE_CHECKING:
    from geoalign.ingest import IngestReport
    from graph.store import Store
    from loaders.base import Loaded

PARTIAL_EXIT = 2
NOTHING_READ_EXIT = 1


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from loaders.readers.dates import normalise_date

    try:
        return normalise_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--date",
    metavar="YYYY-MM-DD",
    callback=_date_option,
    help="Date for every article read (overrides the files and catalog.csv); also the date of "
    "curated rows that give none.",
)
@click.option(
    "--outlet", metavar="NAME", help="Outlet for every article read (overrides the files and catalog.csv)."
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--keep-paths",
    is_flag=True,
    help="Store each article's path as given; by default it is stored from the folder given on "
    "(bundle/a.txt), so exports do not carry the analyst's own folders.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    show_default="the number of cores",
    help="Extract articles in this many worker processes (1: in this process); this process still "
    "writes, in file order.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Extract articles on the workers of this running Dask scheduler (tcp://host:8786), for corpora "
    "beyond one machine; they need geoalign installed, not the files.",
)
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=0),
    default=None,
    metavar="SECONDS",
    help="An article whose extraction takes more CPU seconds than this is reported as a problem (with "
    "its file) and skipped; the others are still read. Default 300; 0: no limit.",
)
@click.pass_context
@domain_errors
def ingest_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    date: str | None,
    outlet: str | None,
    quiet: bool,
    keep_paths: bool,
    workers: int | None,
    scheduler: str | None,
    article_timeout: float | None,
) -> None:
    """Read articles and curated facts into the store.

    \b
    Articles: .txt .md (optional front matter: url, outlet, date, title), .html .htm (boilerplate
    and scripts removed), .json (one record or a list) and .jsonl (one a line), with the keys
    title, text, url, date, outlet. A catalog.csv (file,outlet,url,date,title) gives metadata for
    the articles beside it. Curated facts: .csv .yaml with subject, subject_label, relation, object,
    object_label, date, source, quote, note (optional: role, status, modality, confidence, url).

    Folders are read recursively; links that lead outside the paths given are reported, not read.
    Bad files and rows are reported with their path (and line) and
    skipped; the rest is stored. Exit code 2 when some could not be read, 1 when none could. The
    analyst's entity decisions (geoalign entities) are applied again at the end.
    """
    _debug_logging(ctx)
    from geoalign.cli.common import State
    from graph.entities import decisions_path

    store = get_store(ctx, ingest=True)
    state: State = ctx.find_object(State)  # type: ignore[assignment]
    decisions = decisions_path(state.uri)
    workers = workers or os.cpu_count() or 1
    report = _run(
        store, list(paths), date, outlet, quiet, decisions, keep_paths, workers, scheduler, article_timeout
    )
    _finish(report)


def _debug_logging(ctx: click.Context) -> None:
    """With --debug, the loaders' tracebacks for unexpected errors go to stderr."""
    import logging

    from geoalign.cli.common import State

    state = ctx.find_object(State)
    if state is None or not state.debug:
        return
    logger = logging.getLogger("loaders")
    handler = logging.StreamHandler(sys.stderr)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    ctx.call_on_close(lambda: logger.removeHandler(handler))


def _run(
    store: Store,
    paths: list[Path],
    date: str | None,
    outlet: str | None,
    quiet: bool,
    decisions: Path | None = None,
    keep_paths: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    article_timeout: float | None = None,
) -> IngestReport:
    from geoalign.ingest import ingest
    from loaders import ARTICLE_TIMEOUT, ExtractorUnavailable, count_files
    from loaders.base import Problem

    show = not quiet and sys.stderr.isatty()
    total = count_files(paths) if show else 0
    with click.progressbar(
        length=total, label="reading", file=sys.stderr, show_pos=True, hidden=not show
    ) as bar:
        last: list[str] = []

        def on_item(item: Loaded | Problem) -> None:
            if isinstance(item, Problem):
                click.echo(("\r\x1b[K" if show else "") + f"skipped {terminal(str(item))}", err=True)
            if item.path not in last[-1:]:  # the first item of the next file
                last[:] = [item.path]
                if bar.pos < total:
                    bar.update(1)

        try:
            return ingest(
                store,
                paths,
                date=date,
                outlet=outlet,
                on_item=on_item,
                decisions=decisions,
                keep_paths=keep_paths,
                workers=workers,
                scheduler=scheduler,
                article_timeout=ARTICLE_TIMEOUT if article_timeout is None else article_timeout,
            )
        except ExtractorUnavailable as exc:
            raise click.ClickException(str(exc)) from exc


def terminal_lines(text: str) -> str:
    """Each line of ``text`` with its control characters escaped (a file name cannot forge a line)."""
    return "\n".join(terminal(line) for line in text.split("\n"))


def _finish(report: IngestReport) -> None:
    click.echo(terminal_lines(report.summary))
    if report.problems:
        sys.exit(PARTIAL_EXIT if report.documents else NOTHING_READ_EXIT)


@click.command("demo")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    default=Path("geoalign-view.html"),
    show_default=True,
    help="Where to write the HTML view.",
)
@click.pass_context
@domain_errors
def demo_command(ctx: click.Context, out: Path) -> None:
    """Ingest the demo articles into the store, write the HTML view and print every actor's stance
    on the referendums."""
    from geoalign import demo

    store = get_store(ctx)
    click.echo(demo.run(store, out))


COMMANDS: list[click.Command] = [ingest_command, demo_command]
