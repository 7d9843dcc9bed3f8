"""Saved queries: the preset catalog in ``queries/*.cypher`` (``catalog``), typed parameters
(``params``), running them read-only (``run``) and selecting nodes by them (``select``). Output is
formatted by ``graph.output``.
"""

from graph.output import FORMATS, format_result
from graph.queries.catalog import (
    CATALOG_DIR,
    Preset,
    catalog_rows,
    describe_catalog,
    get_preset,
    load_catalog,
    parse_preset,
    read_preset,
    with_path_bounds,
)
from graph.queries.params import (
    PARAM_TYPES,
    Param,
    QueryError,
    bind,
    coerce,
    infer,
    parse_param_options,
    takes,
)
from graph.queries.run import run_cypher, run_saved, settle
from graph.queries.select import query_cut, result_node_ids

__all__ = [
    "CATALOG_DIR",
    "FORMATS",
    "PARAM_TYPES",
    "Param",
    "Preset",
    "QueryError",
    "bind",
    "catalog_rows",
    "coerce",
    "describe_catalog",
    "format_result",
    "get_preset",
    "infer",
    "load_catalog",
    "parse_param_options",
    "parse_preset",
    "query_cut",
    "read_preset",
    "result_node_ids",
    "run_cypher",
    "run_saved",
    "settle",
    "takes",
    "with_path_bounds",
]
