"""``geoalign ingest`` and ``geoalign demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli.common import domain_errors, get_store
from graph.ingest import IngestReport, ingest
from loaders.base import Loaded, Problem

PARTIAL_EXIT = 2


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", metavar="YYYY-MM-DD", help="Article date to use when a file gives none (overrides metadata).")
@click.option("--outlet", metavar="NAME", help="Outlet name to record for every article read.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@domain_errors
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], date: str | None, outlet: str | None,
                   quiet: bool) -> None:
    """Read articles (.txt .md .html .json .jsonl) and curated facts (.csv .yaml) into the store.

    Folders are read recursively. Bad files are reported with their path (and line) and skipped;
    the exit code is 2 when some files could not be read.
    """
    store = get_store(ctx)
    report = _run(store, list(paths), date, outlet, quiet)
    _finish(report)


def _run(store: object, paths: list[Path], date: str | None, outlet: str | None, quiet: bool) -> IngestReport:
    from graph.store import Store

    assert isinstance(store, Store)
    show = not quiet and sys.stderr.isatty()
    with click.progressbar(length=0, label="ingesting", file=sys.stderr, show_pos=True,
                           hidden=not show) as bar:

        def on_item(item: Loaded | Problem) -> None:
            if isinstance(item, Problem):
                click.echo(f"skipped {item}", err=True)
            bar.update(1)

        return ingest(store, paths, date=date, outlet=outlet, on_item=on_item)


def _finish(report: IngestReport) -> None:
    click.echo(report.summary)
    if report.problems:
        sys.exit(PARTIAL_EXIT)


@click.command("demo")
@click.option("--out", type=click.Path(path_type=Path), default=Path("geoalign-view.html"), show_default=True,
              help="Where to write the HTML view.")
@click.pass_context
@domain_errors
def demo_command(ctx: click.Context, out: Path) -> None:
    """Ingest the demo articles into the store, write the HTML view and print every actor's stance
    on the referendums."""
    from graph import demo

    store = get_store(ctx)
    click.echo(demo.run(store, out))


COMMANDS: list[click.Command] = [ingest_command, demo_command]
