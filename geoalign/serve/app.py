"""The Starlette application: the explorer page and the read-only JSON API on one store.

Routes are thin: read the request, call one function of ``geoalign.serve.explore`` or ``graph.queries``
with a store from ``StoreAccess``, answer JSON. Domain errors become 4xx JSON ``{"error": message}``;
a store being written answers 503 with Retry-After.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any
from urllib.parse import unquote_plus

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from geoalign.serve.access import StoreAccess, StoreBusyError
from geoalign.serve.explore import (
    EXPORT_FORMATS,
    MAX_DEPTH,
    SEARCH_LIMIT,
    UnknownNode,
    export_bytes,
    neighbourhood,
    result_graph,
    search,
)
from geoalign.serve.page import explorer_page, preset_json
from geoalign.serve.security import HostCheck
from graph.model import RELATIONS, Label
from graph.queries import QueryError, get_preset, load_catalog, run_cypher, run_saved
from graph.store import ReadOnlyError, Store, StoreError
from graph.store.base import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_S
from graph.subgraph import Cut

MAX_BODY = 64 * 1024


class BadRequest(ValueError):
    """A request parameter is missing or malformed."""


def create_app(access: StoreAccess, *, allowed_hosts: frozenset[str] = frozenset()) -> Starlette:
    """The explorer on ``access``'s store; ``allowed_hosts`` are Host names served besides loopback."""
    catalog = load_catalog()

    def with_store(work: Callable[[Store, Request], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                return await run_in_threadpool(_answer, access, work, request)
            except BadRequest as exc:
                return _error(400, str(exc))

        return endpoint

    async def page(request: Request) -> Response:
        html, csp = explorer_page(catalog)
        return HTMLResponse(html, headers={"Content-Security-Policy": csp})

    def api_search(store: Store, request: Request) -> Any:
        limit = _int(request, "limit", SEARCH_LIMIT, 1, 100)
        return {"nodes": search(store, request.query_params.get("q", ""), limit)}

    def api_neighbours(store: Store, request: Request) -> Any:
        names = request.query_params.getlist("node")
        if not names:
            raise BadRequest("give node=NAME_OR_ID")
        return neighbourhood(store, names, _cut(request)).as_json()

    def api_query(store: Store, request: Request) -> Any:
        name = request.path_params["name"]
        preset = get_preset(name, catalog)
        # Parameters starting with "_" are the API's own (as in Datasette); the rest go to the query.
        params = {k: v for k, v in request.query_params.items() if not k.startswith("_")}
        # "_size" rows of page "_page", cut by the engine (as `geoalign query --limit N --page K`)
        size = _int(request, "_size", DEFAULT_ROW_LIMIT, 1, DEFAULT_ROW_LIMIT)
        number = _int(request, "_page", 1, 1, 1_000_000)
        result = run_saved(store, preset.name, params, catalog=catalog, limit=size, page=number)
        body = {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}
        if _flag(request.query_params.get("_graph")):
            body["graph"] = result_graph(store, result).as_json()
        return body

    def api_export(store: Store, request: Request) -> Any:
        fmt = request.query_params.get("format", "json")
        command = f"geoalign serve: GET {request.url.path}?{unquote_plus(request.url.query)}"
        body = export_bytes(
            store, fmt, request.query_params.getlist("around"), _cut(request), command=command
        )
        media_type, name = EXPORT_FORMATS[fmt]
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(body, media_type=media_type, headers=headers)

    async def api_cypher(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error(415, 'send the query as JSON: {"query": "..."}')
        body = await request.body()
        if len(body) > MAX_BODY:
            return _error(413, "request too large")
        try:
            data = json.loads(body)
        except ValueError:
            return _error(400, "the body is not JSON")
        if not isinstance(data, dict) or not isinstance(data.get("query"), str):
            return _error(400, 'send {"query": "...", "params": {...}}')
        params = data.get("params") or {}
        if not isinstance(params, dict):
            return _error(400, "params must be an object")

        def work(store: Store, _: Request) -> Any:
            result = run_cypher(
                store, data["query"], params, limit=DEFAULT_ROW_LIMIT, timeout_s=DEFAULT_TIMEOUT_S
            )
            return {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}

        return await run_in_threadpool(_answer, access, work, request)

    async def api_presets(request: Request) -> Response:
        return JSONResponse({"presets": [preset_json(p) for p in catalog.values()]})

    routes = [
        Route("/", page),
        Route("/api/search", with_store(api_search)),
        Route("/api/neighbours", with_store(api_neighbours)),
        Route("/api/query/{name}", with_store(api_query)),
        Route("/api/presets", api_presets),
        Route("/api/cypher", api_cypher, methods=["POST"]),
        Route("/api/export", with_store(api_export)),
    ]
    middleware = [Middleware(HostCheck, allowed=allowed_hosts)]
    return Starlette(routes=routes, middleware=middleware, lifespan=_closing(access))


def _closing(access: StoreAccess) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            access.close()

    return lifespan


def _answer(access: StoreAccess, work: Callable[[Store, Request], Any], request: Request) -> Response:
    try:
        with access.use() as store:
            result = work(store, request)
    except BadRequest as exc:
        return _error(400, str(exc))
    except StoreBusyError as exc:
        return _error(503, str(exc), {"Retry-After": "1"})
    except ReadOnlyError as exc:
        return _error(403, str(exc))
    except UnknownNode as exc:
        return _error(404, str(exc))
    except QueryError as exc:
        return _error(404 if str(exc).startswith("no saved query") else 400, str(exc))
    except StoreError as exc:
        return _error(422 if "time limit" not in str(exc) else 504, str(exc))
    except ValueError as exc:
        return _error(400, str(exc))
    return result if isinstance(result, Response) else JSONResponse(result)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _int(request: Request, key: str, default: int, low: int, high: int) -> int:
    text = request.query_params.get(key)
    if text is None or text == "":
        return default
    if not text.isdigit() or not low <= int(text) <= high:
        raise BadRequest(f"{key} must be a whole number from {low} to {high}")
    return int(text)


def _cut(request: Request) -> Cut:
    params = request.query_params
    types = frozenset(t.strip() for raw in params.getlist("types") for t in raw.split(",") if t.strip())
    unknown = types - set(RELATIONS)
    if unknown:
        raise BadRequest(f"unknown relation type(s) {', '.join(sorted(unknown))}")
    labels = frozenset(x.strip() for raw in params.getlist("labels") for x in raw.split(",") if x.strip())
    if labels - {lb.value for lb in Label}:
        raise BadRequest(f"unknown label(s) {', '.join(sorted(labels - {lb.value for lb in Label}))}")
    dates = {key: _date(params.get(key), key) for key in ("since", "until")}
    return Cut(
        depth=_int(request, "depth", 1, 0, MAX_DEPTH),
        types=types,
        labels=labels,
        since=dates["since"],
        until=dates["until"],
        include_negated=_flag(params.get("include_negated")),
    )


def _flag(value: str | None) -> bool:
    return (value or "").lower() in {"1", "true", "yes", "on"}


def _date(value: str | None, key: str) -> str | None:
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(f"{key} must be a date YYYY-MM-DD, got {value!r}") from None
