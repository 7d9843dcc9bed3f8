"""The explorer page: geoalign's autoescaped template around vis-network, fed by the JSON API.

vis-network (pyvis' packaged copy) and the explorer's script are inlined; the Content-Security-Policy
allows those two scripts by hash and requests to this server only (``connect-src 'self'``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from graph.model import RELATIONS
from graph.queries import Preset
from graph.view.network import vis_library
from graph.view.page import asset, environment, inline, script_hashes
from graph.view.style import LABEL_STYLE, STANCE_COLOURS, stance_of


def page_csp(scripts: Iterable[str]) -> str:
    """Scripts by hash only; data from this server only; no forms, frames, plugins or base URL."""
    return (
        f"default-src 'none'; script-src {script_hashes(scripts)}; style-src 'unsafe-inline'; "
        "img-src data: blob:; connect-src 'self'; font-src 'none'; form-action 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def page_data(catalog: Mapping[str, Preset]) -> dict[str, Any]:
    """What the script needs besides the API: styles, relation stances and the saved-query forms."""
    return {
        "labels": {name: {"color": c, "shape": s} for name, (c, s) in LABEL_STYLE.items()},
        "stances": dict(STANCE_COLOURS),
        "types": {
            name: {"stance": stance_of(name), "description": k.description} for name, k in RELATIONS.items()
        },
        "presets": [preset_json(p) for p in catalog.values()],
    }


@functools.lru_cache(maxsize=1)
def _static() -> tuple[list[str], str]:
    vis_js, vis_css = vis_library()
    scripts = [inline(vis_js, "script"), inline(asset("explore.js"), "script")]
    style = inline(vis_css, "style") + "\n" + asset("view.css") + "\n" + asset("explore.css")
    return scripts, style


def explorer_page(catalog: Mapping[str, Preset]) -> tuple[str, str]:
    """(HTML, Content-Security-Policy) of the explorer page."""
    scripts, style = _static()
    html = (
        environment()
        .get_template("explore.html")
        .render(data=page_data(catalog), scripts=[Markup(s) for s in scripts], style=Markup(style))
    )
    return html, page_csp(scripts)


def preset_json(preset: Preset) -> dict[str, Any]:
    """A saved query's header as the page's form needs it: title, question, typed parameters."""
    return {
        "name": preset.name,
        "title": preset.title,
        "question": preset.question,
        "params": [
            {
                "name": p.name,
                "type": p.type,
                "description": p.description,
                "required": p.required,
                "default": p.default,
                "low": p.low,
                "high": p.high,
                "choices": list(p.choices),
            }
            for p in preset.params
        ],
    }
