"""A test client of the explorer on each store (a fresh LadybugDB file, and the session's Neo4j wiped)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from geofixture import alignment_records, hostile_records
from starlette.testclient import TestClient

from graph.serve import create_app
from graph.serve.access import StoreAccess
from graph.store import Store, open_store
from graph.store.ladybug_store import LadybugStore


def explorer_access(store: Store) -> StoreAccess:
    """Fill ``store`` with the referendum story and open the explorer's read-only access to it."""
    store.add([*alignment_records(), *hostile_records()])
    if isinstance(store, LadybugStore):
        path = store.path
        store.close()  # the explorer opens the file per request; a writer would hold its lock
        return StoreAccess(lambda: open_store(str(path), read_only=True))
    return StoreAccess(lambda: store)


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    access = explorer_access(store)
    with TestClient(create_app(access), base_url="http://127.0.0.1:8765") as test_client:
        yield test_client
