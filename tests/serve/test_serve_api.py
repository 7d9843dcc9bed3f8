"""The explorer's JSON API on both stores: search, neighbours, saved queries, Cypher, export, fences."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

import pytest
from explorer import explorer_client
from geofixture import BLR, HOSTILE_QUOTE, KAZ, REFERENDUMS, RUS, SRB, USA, VUCIC
from starlette.testclient import TestClient

from graph.export import records_from_json
from graph.store import Store


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    yield from explorer_client(store)


def test_search_matches_names_and_aliases_case_insensitively_exact_first(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "BELGRADE"}).json()["nodes"]
    assert [n["id"] for n in found] == [SRB]
    found = client.get("/api/search", params={"q": "ru"}).json()["nodes"]
    assert found[0]["id"] == RUS  # a prefix of "Russia" before names that only contain "ru"
    assert client.get("/api/search", params={"q": ""}).json() == {"nodes": []}
    assert len(client.get("/api/search", params={"q": "a", "limit": 3}).json()["nodes"]) == 3
    assert client.get("/api/search", params={"q": "a", "limit": "many"}).status_code == 400


def test_neighbours_come_in_the_json_export_shape_with_evidence(client: TestClient) -> None:
    body = client.get("/api/neighbours", params={"node": "serbia"}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert {SRB, RUS, VUCIC, REFERENDUMS} <= ids and KAZ not in ids
    assert body["truncated"] is False
    records = records_from_json(body)  # the JSON export's importer reads it
    assert len(records) == len(body["nodes"]) + len(body["edges"])
    rejects = next(e for e in body["edges"] if e["source"] == SRB and e["type"] == "REJECTS")
    assert rejects["target"] == REFERENDUMS and rejects["evidence"][0]["quote"]
    assert {"article", "quote", "start", "end", "date", "confidence", "outlet", "url"} <= set(
        rejects["evidence"][0]
    )
    # negated relations (Serbia will not recognize) only on request
    assert not any(e["type"] == "RECOGNIZES" for e in body["edges"])
    negated = client.get("/api/neighbours", params={"node": SRB, "include_negated": "true"}).json()
    assert any(e["type"] == "RECOGNIZES" and not e["claimed"] for e in negated["edges"])


def test_neighbours_filter_by_depth_type_and_date(client: TestClient) -> None:
    two = client.get("/api/neighbours", params={"node": "Serbia", "depth": 2}).json()
    assert KAZ in {n["id"] for n in two["nodes"]}
    allies = client.get("/api/neighbours", params={"node": "Serbia", "types": "ALLY_OF"}).json()
    assert {e["type"] for e in allies["edges"]} == {"ALLY_OF"}
    late = client.get("/api/neighbours", params={"node": "Serbia", "since": "2030-01-01"}).json()
    assert all(not ev["date"] for e in late["edges"] for ev in e["evidence"])


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({}, 400, "node="),
        ({"node": "Atlantis"}, 404, "no node named 'Atlantis'"),
        ({"node": "Serbia", "depth": "9"}, 400, "depth"),
        ({"node": "Serbia", "types": "LOVES"}, 400, "unknown relation type"),
        ({"node": "Serbia", "since": "yesterday"}, 400, "YYYY-MM-DD"),
    ],
)
def test_neighbours_errors_are_4xx_json(
    client: TestClient, params: dict[str, str], status: int, message: str
) -> None:
    answer = client.get("/api/neighbours", params=params)
    assert answer.status_code == status
    assert message in answer.json()["error"]


def test_saved_query_runs_with_typed_parameters(client: TestClient) -> None:
    body = client.get("/api/query/allies", params={"actor": "serbia"}).json()
    assert body["columns"][:2] == ["actor", "actor_id"]
    assert [row[body["columns"].index("ally_id")] for row in body["rows"]] == [RUS]
    oppose = client.get(
        "/api/query/stance_on_topic", params={"topic": "referendums", "side": "oppose"}
    ).json()
    assert {row[oppose["columns"].index("actor_id")] for row in oppose["rows"]} >= {SRB, KAZ}


def test_saved_query_result_as_a_graph_of_the_nodes_it_names(client: TestClient) -> None:
    plain = client.get("/api/query/allies", params={"actor": "serbia"}).json()
    assert "graph" not in plain
    body = client.get("/api/query/allies", params={"actor": "serbia", "_graph": "1"}).json()
    assert body["rows"] == plain["rows"]  # "_graph" is the API's, not a parameter of the query
    graph = body["graph"]
    assert {n["id"] for n in graph["nodes"]} == {SRB, RUS}
    assert {(e["source"], e["type"], e["target"]) for e in graph["edges"]} == {
        (SRB, "ALLY_OF", RUS),
        (RUS, "ALLY_OF", SRB),
    }
    assert all(e["evidence"][0]["quote"] for e in graph["edges"])
    assert len(records_from_json(graph)) == 4  # the JSON export's shape
    # a path's relation keys bring the nodes on the way (Serbia - Russia - Kazakhstan)
    paths = client.get(
        "/api/query/paths", params={"a": "Serbia", "b": "Kazakhstan", "max_hops": "2", "_graph": "true"}
    ).json()
    assert {SRB, RUS, KAZ} <= {n["id"] for n in paths["graph"]["nodes"]}
    assert (RUS, "ALLY_OF", KAZ) in {(e["source"], e["type"], e["target"]) for e in paths["graph"]["edges"]}
    # a result without ids draws nothing
    none = client.get("/api/query/co_mentions", params={"a": "Atlantis", "b": "Serbia", "_graph": "1"})
    assert none.status_code == 200 and none.json()["graph"]["nodes"] == []


def test_saved_query_pages_are_slices_of_the_whole_answer(client: TestClient) -> None:
    whole = client.get("/api/query/stance_on_topic", params={"topic": "referendums"}).json()
    assert len(whole["rows"]) >= 3 and not whole["truncated"]
    pages = [
        client.get(
            "/api/query/stance_on_topic", params={"topic": "referendums", "_size": "2", "_page": str(k)}
        ).json()
        for k in (1, 2)
    ]
    assert pages[0]["rows"] == whole["rows"][:2] and pages[0]["truncated"]
    assert pages[1]["rows"] == whole["rows"][2:4]
    bad = client.get("/api/query/stance_on_topic", params={"topic": "referendums", "_page": "0"})
    assert bad.status_code == 400 and "_page" in bad.json()["error"]


@pytest.mark.parametrize(
    ("path", "params", "status", "message"),
    [
        ("/api/query/nope", {}, 404, "no saved query named 'nope'"),
        ("/api/query/allies", {}, 400, "missing required parameter(s) actor"),
        ("/api/query/allies", {"actor": "Serbia", "colour": "red"}, 400, "unknown parameter(s) colour"),
        ("/api/query/allies", {"actor": "Serbia", "include_negated": "maybe"}, 400, "expects true or false"),
        (
            "/api/query/stance_on_topic",
            {"topic": "x", "side": "left"},
            400,
            "must be one of any|support|oppose",
        ),
    ],
)
def test_saved_query_errors_say_what_the_query_takes(
    client: TestClient, path: str, params: dict[str, str], status: int, message: str
) -> None:
    answer = client.get(path, params=params)
    assert answer.status_code == status
    assert message in answer.json()["error"]


def test_presets_list_every_saved_query_with_its_parameters(client: TestClient) -> None:
    presets = {p["name"]: p for p in client.get("/api/presets").json()["presets"]}
    assert "allies" in presets
    actor = presets["allies"]["params"][0]
    assert actor["name"] == "actor" and actor["required"] and actor["type"] == "string"


def test_cypher_reads_and_refuses_writes_leaving_the_store_unchanged(client: TestClient) -> None:
    count = {"query": "MATCH (n:Country) RETURN count(n) AS n"}
    assert client.post("/api/cypher", json=count).json() == {
        "columns": ["n"],
        "rows": [[7]],
        "truncated": False,
    }
    named = {
        "query": "MATCH (c:Country) WHERE c.name = $name RETURN c.id AS id",
        "params": {"name": "Serbia"},
    }
    assert client.post("/api/cypher", json=named).json()["rows"] == [[SRB]]
    for write in ("MATCH (n) DETACH DELETE n", "CREATE (n:Country {id: 'Country:XXX'}) RETURN n.id AS id"):
        answer = client.post("/api/cypher", json={"query": write})
        assert 400 <= answer.status_code < 500
        assert "read-only" in answer.json()["error"] or "write" in answer.json()["error"]
    assert client.post("/api/cypher", json=count).json()["rows"] == [[7]]


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        (
            {
                "content": "query=MATCH (n) RETURN n",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            415,
        ),
        ({"content": "not json", "headers": {"content-type": "application/json"}}, 400),
        ({"json": {"cypher": "MATCH (n) RETURN n"}}, 400),
        ({"json": {"query": "MATCH (n) RETURN n", "params": [1]}}, 400),
    ],
)
def test_cypher_takes_only_a_json_object(client: TestClient, kwargs: dict[str, object], status: int) -> None:
    assert client.post("/api/cypher", **kwargs).status_code == status  # type: ignore[arg-type]
    assert client.get("/api/cypher").status_code == 405


def test_export_formats_around_a_node(client: TestClient) -> None:
    body = client.get("/api/export", params={"format": "json", "around": "Serbia"})
    assert body.headers["content-type"].startswith("application/json")
    assert "attachment" in body.headers["content-disposition"]
    assert SRB in {n["id"] for n in body.json()["nodes"]}
    for fmt in ("gexf", "graphml"):
        answer = client.get("/api/export", params={"format": fmt, "around": "Serbia", "depth": "0"})
        assert answer.status_code == 200
        root = ET.fromstring(answer.content)
        assert root.tag.endswith(fmt)
    whole = client.get("/api/export", params={"format": "json"}).json()
    assert USA in {n["id"] for n in whole["nodes"]}
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 400


def test_export_of_the_shown_nodes_as_the_report_zipped(client: TestClient) -> None:
    # what the page sends: every node shown as around=, depth 0, its filters
    params = [("format", "report"), ("depth", "0"), ("around", SRB), ("around", RUS), ("around", BLR)]
    answer = client.get("/api/export", params=params)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/zip"
    assert 'filename="geoalign-report.zip"' in answer.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        assert sorted(archive.namelist()) == ["report/report.html", "report/report.md", "report/subgraph.png"]
        markdown = archive.read("report/report.md").decode("utf-8")
        html = archive.read("report/report.html").decode("utf-8")
    assert "| Russia | ALLY\\_OF | Belarus | asserted |" in markdown
    assert "Serbia, Russia&#39;s Balkan ally" in html or "Serbia, Russia's Balkan ally" in html
    assert "REJECTS" not in markdown  # depth 0: only relations among the nodes shown
    assert "GET /api/export?format=report" in markdown  # how it was made
    json_export = client.get("/api/export", params=[*params[1:], ("format", "json")]).json()
    assert {n["id"] for n in json_export["nodes"]} == {SRB, RUS, BLR}


def test_hostile_text_travels_as_json_data(client: TestClient) -> None:
    body = client.get("/api/neighbours", params={"node": "Organization:evil"}).json()
    quotes = [ev["quote"] for e in body["edges"] for ev in e["evidence"]]
    assert HOSTILE_QUOTE in quotes


def test_foreign_host_headers_are_refused(client: TestClient) -> None:
    for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example"):
        answer = client.get("/api/search", params={"q": "a"}, headers={"host": host})
        assert answer.status_code == 400, host
    for host in ("localhost:8765", "127.0.0.1", "[::1]:8765"):
        assert client.get("/api/search", params={"q": "a"}, headers={"host": host}).status_code == 200, host


def test_no_cors_and_strict_headers(client: TestClient) -> None:
    answer = client.get("/api/search", params={"q": "a"}, headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in answer.headers
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    preflight = client.options(
        "/api/cypher", headers={"origin": "https://evil.example", "access-control-request-method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_the_page_carries_a_csp_and_every_saved_query_form(client: TestClient) -> None:
    answer = client.get("/")
    csp = answer.headers["content-security-policy"]
    assert "script-src 'sha256-" in csp and "connect-src 'self'" in csp and "unsafe-eval" not in csp
    assert '"name":"allies"' in answer.text
    assert "https://" not in csp
