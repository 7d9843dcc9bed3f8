"""``geoalign serve``: the live, read-only explorer on the store (geoalign.serve), on loopback by default."""

from __future__ import annotations

import threading
import webbrowser

import click

from geoalign.cli.common import State, domain_errors


@click.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port to listen on."
)
@click.option("--no-browser", is_flag=True, help="Do not open the explorer in a web browser.")
@click.pass_context
@domain_errors
def serve(ctx: click.Context, host: str, port: int, no_browser: bool) -> None:
    """Serve a live, read-only explorer of the store: search, expand neighbours, read the evidence,
    run saved queries from forms, export (JSON API under /api/). Stop it with Ctrl-C.

    Example: geoalign serve --port 8765
    """
    import uvicorn

    from geoalign.serve import create_app, is_loopback
    from geoalign.serve.access import StoreAccess

    state: State = ctx.find_object(State)  # type: ignore[assignment]
    access = StoreAccess.from_uri(state.store_uri)
    if not is_loopback(host):
        click.echo(
            f"warning: serving on {host}, not loopback: anyone who can reach this address can read the "
            "whole store (there is no login)",
            err=True,
        )
    app = create_app(access, allowed_hosts=frozenset({host}))
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(f"geoalign explorer on {url} (store {state.uri}); Ctrl-C stops it", err=True)
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, date_header=False)


COMMANDS: list[click.Command] = [serve]
