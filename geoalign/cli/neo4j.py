"""``geoalign neo4j start|stop|status``: a local Neo4j server without Docker (jars from Maven Central)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from geoalign import neo4j_server
from geoalign.neo4j_server import Neo4jServerError

NOT_RUNNING_EXIT = 3  # as LSB init scripts report "not running"

_dir_option = click.option(
    "--dir",
    "state_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=neo4j_server.STATE_DIR,
    show_default=True,
    help="Where the server's state file and data live.",
)


@click.group("neo4j")
def neo4j_group() -> None:
    """Run a local Neo4j 5.26 Community server from Maven Central jars (needs Java 17+ and, once, Maven).

    Use it instead of `docker compose up` when Docker is not available. Data survives stop/start.
    """


@neo4j_group.command("start")
@_dir_option
@click.option("--port", type=click.IntRange(1, 65535), help="Bolt port on 127.0.0.1 (default: a free one).")
@click.option(
    "--auth",
    is_flag=True,
    help="Require a password: the one in $NEO4J_PASSWORD, set when the data folder is first created.",
)
@click.option("--fresh", is_flag=True, help="Delete the server's data first.")
@click.option("--heap", default="512m", show_default=True, help="Java heap limit (-Xmx).")
@click.option(
    "--timeout",
    "timeout_s",
    type=float,
    default=120.0,
    show_default=True,
    help="Seconds to wait for Bolt to answer.",
)
def start_command(
    state_dir: Path, port: int | None, auth: bool, fresh: bool, heap: str, timeout_s: float
) -> None:
    """Start the server (or report the running one) and print the `export NEO4J_URI=…` line.

    Typical use: eval "$(geoalign neo4j start)" && geoalign --store neo4j ingest seeds/
    """
    password = _password() if auth else None
    try:
        server, was_running = neo4j_server.start_local(
            state_dir, port=port, password=password, fresh=fresh, heap=heap, timeout_s=timeout_s
        )
    except Neo4jServerError as exc:
        raise click.ClickException(str(exc)) from exc
    how = "already running" if was_running else f"started in {server.started_in_s:.1f} s"
    click.echo(
        f"Neo4j {how}: {server.uri} (pid {server.pid}); use it with: geoalign --store neo4j …", err=True
    )
    click.echo(server.export_line())
    if server.user:
        click.echo(f"export NEO4J_USERNAME={server.user}")


@neo4j_group.command("stop")
@_dir_option
@click.option(
    "--timeout",
    "timeout_s",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds to wait for a clean shutdown before SIGKILL.",
)
def stop_command(state_dir: Path, timeout_s: float) -> None:
    """Stop the server started by `geoalign neo4j start` (its data is kept)."""
    try:
        server = neo4j_server.stop_local(state_dir, timeout_s=timeout_s)
    except Neo4jServerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"stopped Neo4j on {server.uri}" if server else "no Neo4j server was running")


@neo4j_group.command("status")
@_dir_option
def status_command(state_dir: Path) -> None:
    """Say whether the server runs and answers on Bolt; exit code 3 when it does not run."""
    try:
        status = neo4j_server.local_status(state_dir)
    except Neo4jServerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(status.describe())
    if not status.running:
        sys.exit(NOT_RUNNING_EXIT)


def _password() -> str:
    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise click.UsageError("--auth takes the password from $NEO4J_PASSWORD, which is not set")
    return password


COMMANDS: list[click.Command] = [neo4j_group]
