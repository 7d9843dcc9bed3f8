"""``geoalign serve``: a live, read-only explorer on the store, over HTTP on loopback.

Modules by job: ``explore`` (search, neighbourhoods and exports read from a store with Cypher),
``access`` (opening the store per request, or sharing one Neo4j driver), ``security`` (the Host-header
check and response headers), ``page`` (the explorer page) and ``app`` (the Starlette routes).
"""

from geoalign.serve.app import create_app
from geoalign.serve.security import LOOPBACK_HOSTS, is_loopback

__all__ = ["LOOPBACK_HOSTS", "create_app", "is_loopback"]
