"""Shared fixtures: a real Neo4j server for the session, and a fresh empty store of each backend.

Neo4j comes from $NEO4J_URI when set (credentials from NEO4J_USERNAME / NEO4J_PASSWORD), else from a
throwaway server that geoalign/neo4j_server.py starts once per session. When no server can be had the
Neo4j tests are skipped with the reason, except under CI=true, where they fail: CI must never pass
without having run them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from neo4j_target import Neo4jTarget, wipe

from geoalign import neo4j_server
from geoalign.neo4j_server import Neo4jServerError, Server
from graph.store import Store, StoreError, open_store

# How long a test's Neo4j may take to answer: the tests run one server per xdist worker, and two JVMs
# starting together on a loaded 2-core machine took over the library's 120 s default (the server exits
# early with its log when it fails, so only a slow start waits this long).
START_TIMEOUT_S = 600.0

# Every test server lives for seconds to minutes, too short for the JVM's optimising compiler to pay for its
# CPU: the quick compiler alone and the serial collector take a start, 200 writes and a stop from 17 to 10 CPU
# seconds (measured here). `java` itself reads JDK_JAVA_OPTIONS, so it reaches every JVM the tests launch
# (servers, neo4j-admin, servers the CLI starts); a value already in the environment is kept.
TEST_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
os.environ.setdefault("JDK_JAVA_OPTIONS", TEST_JAVA_OPTIONS)

# Set to 1 to let the tests wipe a non-empty database at $NEO4J_URI (they refuse to by default).
MAY_WIPE_ENV = "GEOALIGN_TEST_MAY_WIPE_NEO4J"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def unavailable(reason: str) -> NoReturn:
    """Skip (or, under CI=true, fail) a test that needs something this machine does not provide."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: Neo4j tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_target() -> Iterator[Neo4jTarget]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        target = Neo4jTarget(uri, os.environ, None)
        _refuse_to_wipe_data(target)
        yield target
        return
    try:
        server = neo4j_server.start(timeout_s=START_TIMEOUT_S)
    except Neo4jServerError as exc:
        unavailable(f"cannot start a Neo4j server for the tests: {exc}")
    try:
        yield Neo4jTarget(server.uri, {}, server)
    finally:
        neo4j_server.stop(server)
        shutil.rmtree(server.home, ignore_errors=True)


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_target: Neo4jTarget) -> str:
    """The Bolt URI of a real Neo4j server the tests may wipe."""
    return neo4j_target.uri


def _refuse_to_wipe_data(target: Neo4jTarget) -> None:
    try:
        store = target.open()
    except StoreError as exc:
        unavailable(f"NEO4J_URI is set but unusable: {exc}")
    with store:
        count = store.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
    if count and os.environ.get(MAY_WIPE_ENV) != "1":
        pytest.fail(
            f"NEO4J_URI={target.uri} holds {count} nodes and the tests wipe it before each test; "
            f"point NEO4J_URI at a scratch database or set {MAY_WIPE_ENV}=1",
            pytrace=False,
        )


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each backend: a new embedded file, or the session's Neo4j wiped."""
    if request.param == "ladybug":
        with open_store(str(tmp_path / "store.lbug")) as fresh:
            yield fresh
        return
    target: Neo4jTarget = request.getfixturevalue("neo4j_target")
    with target.open() as fresh:
        wipe(fresh)
        yield fresh


@pytest.fixture(scope="session")
def neo4j_runtime() -> Path:
    """The Neo4j jars (fetched if needed) and a Java that runs them; skip (fail under CI) without them."""
    try:
        lib = neo4j_server.fetch()
        neo4j_server.find_java()
    except Neo4jServerError as exc:
        unavailable(f"cannot run Neo4j here: {exc}")
    return lib


@pytest.fixture
def start_neo4j() -> Iterator[Callable[..., Server]]:
    """Start extra servers (own data folder, own port) for tests that kill or restart them; all are stopped
    and deleted after the test."""
    started: list[Server] = []

    def start(home: Path | None = None, **options: Any) -> Server:
        try:
            server = neo4j_server.start(home, **{"timeout_s": START_TIMEOUT_S, **options})
        except Neo4jServerError as exc:
            unavailable(f"cannot start a Neo4j server: {exc}")
        started.append(server)
        return server

    yield start
    for server in started:
        neo4j_server.stop(server, timeout_s=10)
    for home in {server.home for server in started}:
        shutil.rmtree(home, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that ask for a Neo4j server carry the ``neo4j`` marker (``-m 'not neo4j'`` deselects them)."""
    for item in items:
        if {"neo4j_uri", "neo4j_target", "start_neo4j", "neo4j_runtime"} & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.neo4j)
