"""Load test of ``geoalign serve`` on loopback: N concurrent clients, mixed requests, p50/p95.

``python -m bench.bench_serve [--relations 10000] [--clients 50] [--seconds 30]`` loads a seeded
``bench.corpus`` graph into a fresh embedded store, starts ``geoalign serve`` on a free loopback port
in its own process, and runs ``--clients`` threads (keep-alive connections) for ``--seconds`` (at most
30): each request is a search (a name prefix), a neighbourhood (one hop around an entity) or a saved
query (``allies`` of a country), in turn. It reports latency percentiles per kind and every answer
that was not 200.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.corpus import batches, make_graph
from bench.presets import percentile
from bench.tables import format_table
from graph.model import Label
from graph.store import open_store

MAX_SECONDS = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _requests(
    names: list[str], ids: list[str], countries: list[str], rng: random.Random
) -> list[tuple[str, str]]:
    q = urllib.parse.urlencode
    out = []
    for i in range(300):
        kind = ("search", "neighbours", "preset")[i % 3]
        if kind == "search":
            out.append((kind, "/api/search?" + q({"q": rng.choice(names)[:4]})))
        elif kind == "neighbours":
            out.append((kind, "/api/neighbours?" + q({"node": rng.choice(ids)})))
        else:
            out.append((kind, "/api/query/allies?" + q({"actor": rng.choice(countries)})))
    return out


def _client(port: int, plan: list[tuple[str, str]], start: int, until: float, out: dict[str, Any]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = start
    while time.perf_counter() < until:
        kind, path = plan[i % len(plan)]
        i += 1
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException) as exc:
            status = type(exc).__name__
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        with out["lock"]:
            out["latency"][kind].append(time.perf_counter() - t)
            out["status"][(kind, status)] += 1
    conn.close()


def _wait(port: int, proc: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("geoalign serve exited early")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("geoalign serve did not start")


def run(relations: int, clients: int, seconds: float) -> dict[str, Any]:
    seconds = min(seconds, MAX_SECONDS)
    graph = make_graph(relations)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="geoalign-serve-bench-") as tmp:
        path = Path(tmp) / "bench.lbug"
        with open_store(str(path)) as store:
            for batch in batches(graph.documents(), 5_000):
                store.add(batch)
        names = [e.name for e in graph.entities]
        ids = [e.id for e in graph.entities]
        countries = [e.name for e in graph.entities if e.label is Label.COUNTRY] or names
        plan = _requests(names, ids, countries, rng)
        port = _free_port()
        cmd = [
            sys.executable,
            "-c",
            "from geoalign.cli import main; main()",
            "--store",
            str(path),
            "serve",
            "--no-browser",
            "--port",
            str(port),
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait(port, proc, time.monotonic() + 60)
            out: dict[str, Any] = {
                "lock": threading.Lock(),
                "latency": defaultdict(list),
                "status": Counter(),
            }
            until = time.perf_counter() + seconds
            threads = [
                threading.Thread(target=_client, args=(port, plan, k * 7, until, out)) for k in range(clients)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return _summary(out, relations, clients, seconds)


def _summary(out: dict[str, Any], relations: int, clients: int, seconds: float) -> dict[str, Any]:
    latency: dict[str, list[float]] = out["latency"]
    every = [x for xs in latency.values() for x in xs]
    summary: dict[str, Any] = {
        "serve_relations": relations,
        "serve_clients": clients,
        "serve_seconds": seconds,
        "serve_requests": len(every),
        "serve_req_per_s": round(len(every) / seconds, 1),
        "serve_not_ok": {f"{k} {s}": n for (k, s), n in out["status"].items() if s != 200},
    }
    rows = []
    for kind, xs in [*sorted(latency.items()), ("all", every)]:
        p50, p95 = percentile(xs, 0.5) * 1000, percentile(xs, 0.95) * 1000
        summary[f"serve_p50_ms_{kind}"], summary[f"serve_p95_ms_{kind}"] = round(p50, 1), round(p95, 1)
        rows.append([kind, f"{len(xs):,}", f"{p50:.0f}", f"{p95:.0f}"])
    print(format_table(["request", "answered", "p50 ms", "p95 ms"], rows))
    return summary


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--relations", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0, help=f"at most {MAX_SECONDS:g}")
    args = parser.parse_args(argv)
    summary = run(args.relations, args.clients, args.seconds)
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
