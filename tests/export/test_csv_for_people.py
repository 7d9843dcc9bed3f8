"""Issue 15: CSV meant for people never hands a spreadsheet a formula; the neo4j-admin CSV stays exact."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from geofixture import SRB, alignment_records, as_graph_data

from geoalign.cli import cli
from graph import analysis
from graph.export.neo4j_csv import write_neo4j_csv
from graph.queries import format_result
from graph.store import QueryResult
from graph.subgraph import to_networkx

HOSTILE = ['=HYPERLINK("http://127.0.0.1/x","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_query_csv_quotes_every_formula_and_keeps_numbers() -> None:
    rows = [[text, -0.5, [text, "Serbia"]] for text in HOSTILE]
    out = format_result(QueryResult(["name", "score", "via"], rows), "csv")
    parsed = list(csv.reader(io.StringIO(out, newline="")))
    assert parsed[0] == ["name", "score", "via"]
    for (name, score, via), text in zip(parsed[1:], HOSTILE, strict=True):
        assert name == "'" + text and via == "'" + text + "; Serbia" and score == "-0.5"


def test_the_cypher_command_writes_safe_csv(tmp_path: Path) -> None:
    store = str(tmp_path / "g.lbug")
    assert CliRunner().invoke(cli, ["--store", store, "ingest", "--quiet", str(tmp_path / "none")]).exit_code
    result = CliRunner().invoke(
        cli, ["--store", store, "cypher", "RETURN $x AS `=a`, 2 AS n", "--param", "x==1+2", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["'=a,n", "'=1+2,2"]


@pytest.fixture
def hostile_graph() -> nx.MultiDiGraph:
    g = to_networkx(as_graph_data(alignment_records()))
    g.nodes[SRB]["name"] = HOSTILE[0]
    return g


def test_the_alignment_csv_quotes_names(hostile_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    analysis.write_alignment_csv(hostile_graph, tmp_path / "m.csv")
    with (tmp_path / "m.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert "'" + HOSTILE[0] in rows[0]
    assert any(row[1] == "'" + HOSTILE[0] for row in rows[1:])
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_the_neo4j_admin_csv_stays_exact(hostile_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = write_neo4j_csv(hostile_graph, tmp_path / "csv")
    text = "".join(p.read_text(encoding="utf-8") for p in written if p.suffix == ".csv")
    assert '"=HYPERLINK(""http://127.0.0.1/x"",""click"")"' in text
