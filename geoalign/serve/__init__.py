"""``geoalign serve``: a live, read-only explorer on the store, over HTTP on loopback.

Modules by job: ``explore`` (search, neighbourhoods, query graphs and exports read from a store with
Cypher), ``access`` (embedded read-only handles kept open and reopened after a write, or one shared
Neo4j driver), ``security`` (the Host-header check and response headers), ``page`` (the explorer
page) and ``app`` (the Starlette routes).
"""

from geoalign.serve.app import create_app
from geoalign.serve.security import LOOPBACK_HOSTS, is_loopback

__all__ = ["LOOPBACK_HOSTS", "create_app", "is_loopback"]
