"""The demo: the two seed articles → the store → an HTML view and the referendum stance table."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from geoalign.ingest import ingest
from graph.analysis import format_stance_table, stance_table
from graph.model import Label
from graph.store import Store
from graph.subgraph import Cut, select, to_networkx
from graph.view import write_view

DEMO_TOPIC = "referendum"


def seeds_dir() -> Path:
    """The folder holding the demo articles and their catalog."""
    return Path(str(resources.files("seeds")))


def run(store: Store, out: Path) -> str:
    """Ingest the seeds, write the view to ``out`` and return the text to print."""
    report = ingest(store, [seeds_dir()])
    g = to_networkx(store.read())
    write_view(select(g, Cut()), out, title="geoalign demo: Serbia, Kazakhstan and the 2022 referendums")
    topics = [
        n
        for n, d in g.nodes(data=True)
        if d["label"] == Label.EVENT.value and DEMO_TOPIC in str(d["name"]).casefold()
    ]
    lines = [report.summary, f"view written to {out}", ""]
    if topics:
        lines.append("Stances on " + ", ".join(str(g.nodes[t]["name"]) for t in topics) + ":")
        lines.append(format_stance_table(stance_table(g, topics)))
    else:
        lines.append("No referendum event was extracted from the demo articles.")
    return "\n".join(lines)
