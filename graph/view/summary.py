"""What a written view or picture shows, for the CLI to print."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ViewSummary:
    """What a view or picture shows, for the CLI to print."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int

    @property
    def truncated(self) -> bool:
        return self.nodes < self.total_nodes

    def __str__(self) -> str:
        kept = f"{self.nodes:,} nodes, {self.edges:,} relations"
        if self.truncated:
            kept += f" (the {self.nodes:,} most connected of {self.total_nodes:,} nodes)"
        return f"{self.path}: {kept}"
