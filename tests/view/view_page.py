"""A view page opened in Chromium by the ``open_view`` fixture, with what it did since loading."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@dataclass
class OpenedView:
    """A loaded view page and everything it did while loading and since."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def drawn(self) -> int:
        """Nodes vis-network draws (not hidden), once the frame a filter or click asked for is drawn."""
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        return int(self.js("window.geoalign.drawnNodeCount()"))

    def node_index(self, node_id: str) -> int:
        index = self.js("id => window.geoalign.nodeIndex(id)", node_id)
        assert index >= 0, node_id
        return int(index)

    def node_point(self, node_id: str) -> tuple[float, float]:
        p = self.js("v => window.geoalign.clientPosition(v)", self.node_index(node_id))
        return p["x"], p["y"]

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path
