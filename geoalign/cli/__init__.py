"""The ``geoalign`` command: a thin shell that parses, calls one library function and prints."""

from __future__ import annotations

import sys

import click

from geoalign.cli import align, entities, export, ingest, neo4j, query, serve, view
from geoalign.cli.common import main_group


def _register() -> None:
    for module in (ingest, view, query, export, align, entities, neo4j, serve):
        for command in module.COMMANDS:
            main_group.add_command(command)


_register()
cli = main_group


def main() -> None:
    """Console entry point."""
    try:
        cli.main(prog_name="geoalign", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)


__all__ = ["cli", "main"]
