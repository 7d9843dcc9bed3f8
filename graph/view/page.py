"""The self-contained HTML page: geoalign's autoescaped template around vis-network; files it writes."""

from __future__ import annotations

import base64
import hashlib
import sys
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup

from graph.store.base import Store
from graph.subgraph import Cut, describe_cut, select, to_networkx
from graph.view.network import vis_library
from graph.view.payload import DEFAULT_MAX_NODES, view_payload
from graph.view.picture import write_picture
from graph.view.summary import ViewSummary


def environment() -> jinja2.Environment:
    """The autoescaped Jinja environment of geoalign's page templates (the view and the explorer)."""
    loader = jinja2.PackageLoader("graph", "templates")
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    # |tojson escapes < > & ' as \uXXXX; compact separators keep 10k-node pages small.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def asset(name: str) -> str:
    """A file of graph/templates as text (scripts and styles inlined into the pages)."""
    return (resources.files("graph") / "templates" / name).read_text(encoding="utf-8")


def inline(code: str, tag: str) -> str:
    """Code safe to inline in a <script> or <style> element."""
    # "</script" (or "</style") inside inlined code would end the element early.
    return code.replace(f"</{tag}", f"<\\/{tag}").replace("<!--", "<\\!--")


def script_hashes(scripts: Iterable[str]) -> str:
    """The CSP sources that allow exactly these inline scripts."""
    return " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts
    )


def _csp(scripts: Iterable[str]) -> str:
    return (
        f"default-src 'none'; script-src {script_hashes(scripts)}; style-src 'unsafe-inline'; img-src data:; "
        "connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )


def render_html(payload: Mapping[str, Any], *, content_security_policy: bool = True) -> str:
    """The self-contained page for a ``view_payload``: vis-network and geoalign's script, inlined.

    Article-derived text only ever reaches the page as JSON inside a non-executed script element
    and is put on screen with ``textContent`` (tooltips included: vis-network gets no ``title``).
    The Content-Security-Policy (script hashes, no network) is a second fence; turn it off only to
    test that escaping alone holds.
    """
    vis_js, vis_css = vis_library()
    scripts = [inline(vis_js, "script"), inline(asset("view.js"), "script")]
    page = environment().get_template("view.html")
    return page.render(
        title=payload["title"],
        notes=payload["notes"],
        payload=payload,
        csp=_csp(scripts) if content_security_policy else None,
        scripts=[Markup(s) for s in scripts],
        style=Markup(inline(vis_css, "style") + "\n" + asset("view.css")),
    )


def write_view(
    g: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "geoalign",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
    notes: Sequence[str] = (),
) -> ViewSummary:
    """Write the interactive HTML view of ``g`` (one file, works offline) and say what it shows."""
    payload = view_payload(g, title=title, max_nodes=max_nodes, seed=seed, notes=notes)
    out = Path(path)
    if str(path) == "-":  # stdout
        sys.stdout.write(render_html(payload))
    else:
        out.write_text(render_html(payload), encoding="utf-8")
    return ViewSummary(
        out, len(payload["nodes"]), len(payload["edges"]), g.number_of_nodes(), g.number_of_edges()
    )


def view_store(
    store: Store,
    cut: Cut,
    *,
    html: str | Path | None = None,
    pictures: Sequence[str | Path] = (),
    title: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> list[ViewSummary]:
    """Read the store, cut the subgraph, and write the HTML view and/or PNG/SVG pictures of it."""
    g = select(to_networkx(store.read()), cut)
    heading = title or default_title(cut)
    written = (
        [write_view(g, html, title=heading, max_nodes=max_nodes, seed=seed, notes=describe_cut(cut))]
        if html
        else []
    )
    written += [write_picture(g, p, title=heading, max_nodes=max_nodes, seed=seed) for p in pictures]
    return written


def default_title(cut: Cut) -> str:
    """The page's heading when none is given: what the view is centred on."""
    return "geoalign: " + (", ".join(cut.around) if cut.around else "the alignment graph")
