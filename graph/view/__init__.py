"""HTML network views and static pictures of a subgraph: what analysts open to explore the graph.

``write_view(g, path)`` writes one self-contained HTML file drawn by vis-network (built with pyvis;
no request leaves the page) with a legend, search, filters, ego-network focus and an evidence
panel; big graphs open as an overview of communities. ``write_picture(g, path)`` draws the same
view as PNG or SVG for reports. Modules by job: ``layout`` (positions), ``overview`` (clusters),
``network`` (pyvis records and options), ``payload`` (the page's data), ``page`` (template and
files), ``picture`` (matplotlib), ``style`` (colours shared by page and picture).
"""

from graph.view.layout import layout
from graph.view.overview import OVERVIEW_MIN
from graph.view.page import default_title, render_html, view_store, write_view
from graph.view.payload import DEFAULT_MAX_NODES, PHYSICS_MAX, keep_most_connected, view_payload
from graph.view.picture import write_picture
from graph.view.style import LABEL_STYLE, STANCE_COLOURS
from graph.view.summary import ViewSummary

__all__ = [
    "DEFAULT_MAX_NODES",
    "LABEL_STYLE",
    "OVERVIEW_MIN",
    "PHYSICS_MAX",
    "STANCE_COLOURS",
    "ViewSummary",
    "default_title",
    "keep_most_connected",
    "layout",
    "render_html",
    "view_payload",
    "view_store",
    "write_picture",
    "write_view",
]
