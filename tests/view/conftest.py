"""Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the view tests.

The browser tests skip only when /usr/bin/chromium is missing, and never under CI=true: there a
missing browser fails them. Every page is opened with request interception: anything other than
the page's own file is recorded and aborted.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from view_page import OpenedView

from graph.view import render_html, view_payload

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 900}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.exists():
        if in_ci():
            pytest.fail(
                "CI=true: /usr/bin/chromium is missing (make chromium); browser tests must run", pytrace=False
            )
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport=VIEWPORT,
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def open_view(chromium: Any, tmp_path: Path) -> Iterator[Callable[..., OpenedView]]:
    """Write ``g`` as a page, open it, and wait for its first interactive frame."""
    pages: list[Any] = []

    def open_(g: nx.MultiDiGraph, *, name: str = "view", csp: bool = True, **kwargs: Any) -> OpenedView:
        path = tmp_path / f"{name}.html"
        path.write_text(render_html(view_payload(g, **kwargs), content_security_policy=csp), encoding="utf-8")
        page = chromium.new_page()
        pages.append(page)
        opened = OpenedView(page, path.as_uri())
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on(
            "console", lambda msg: opened.console_errors.append(msg.text) if msg.type == "error" else None
        )
        page.on("pageerror", lambda exc: opened.console_errors.append(f"uncaught: {exc}"))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))

        def route(r: Any) -> None:
            if r.request.url == opened.url:
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(opened.url)
        page.wait_for_function(
            "() => window.geoalignReady !== undefined && window.geoalignStable", timeout=60_000
        )
        return opened

    yield open_
    for page in pages:
        page.close()
