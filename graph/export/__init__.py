"""Exports of a subgraph: JSON (the contract other tools read), GraphML/GEXF for Gephi, neo4j-admin CSV,
a replayable Cypher script, the standalone HTML view and an HTML + Markdown report.

Every writer takes the graph from ``graph.subgraph.select`` first. ``FORMATS`` says which formats
write one file (``-`` = stdout allowed) and which write a folder.
"""

from __future__ import annotations

from graph.export.cypher_script import cypher_literal, cypher_statements, write_cypher
from graph.export.gephi import writable_graph, write_gexf, write_graphml
from graph.export.jsonio import graph_json, read_json, records_from_json, write_json
from graph.export.neo4j_csv import ARRAY_DELIMITER, neo4j_admin_args, write_neo4j_csv
from graph.export.report import write_report

# format → (writes a folder, may go to stdout)
FORMATS: dict[str, tuple[bool, bool]] = {
    "json": (False, True),
    "graphml": (False, True),
    "gexf": (False, True),
    "csv": (True, False),
    "cypher": (False, True),
    "html": (False, False),
    "report": (True, False),
}
# Data formats carry negated/hypothetical relations (with their modality) and article mentions by
# default: they are dumps for other tools. The HTML view and the report show claims only by default.
DATA_FORMATS = frozenset({"json", "graphml", "gexf", "csv", "cypher"})

__all__ = [
    "ARRAY_DELIMITER",
    "DATA_FORMATS",
    "FORMATS",
    "cypher_literal",
    "cypher_statements",
    "graph_json",
    "neo4j_admin_args",
    "read_json",
    "records_from_json",
    "writable_graph",
    "write_cypher",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_neo4j_csv",
    "write_report",
]
