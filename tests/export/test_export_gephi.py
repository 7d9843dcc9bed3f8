"""GraphML and GEXF: one clean-up step, files networkx (and so Gephi) reads back with every attribute."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from geofixture import (
    HOSTILE_ORG,
    HOSTILE_QUOTE,
    REFERENDUMS,
    RUS,
    SRB,
    alignment_records,
    as_graph_data,
    hostile_records,
)

from geoalign.cli import cli
from graph.export import writable_graph, write_gexf, write_graphml
from graph.subgraph import Cut, select, to_networkx


@pytest.fixture
def g() -> nx.MultiDiGraph:
    return select(
        to_networkx(as_graph_data(alignment_records() + hostile_records())),
        Cut(include_negated=True, include_mentions=True),
    )


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def test_clean_up_leaves_only_plain_values(g: nx.MultiDiGraph) -> None:
    h = writable_graph(g)
    assert all(_plain(v) for _, d in h.nodes(data=True) for v in d.values())
    assert all(_plain(v) for _, _, d in h.edges(data=True) for v in d.values())
    assert h.number_of_nodes() == g.number_of_nodes() and h.number_of_edges() == g.number_of_edges()
    assert h.nodes[RUS]["label"] == "Russia" and h.nodes[RUS]["kind"] == "Country"


def test_graphml_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path, force_multigraph=True)
    h = writable_graph(g)
    assert dict(back.nodes(data=True)) == dict(h.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(h.edges(keys=True, data=True))
    # parallel edges and the 2-cycle survive
    assert {k for _, _, k in back.edges(RUS, keys=True) if REFERENDUMS in k} == {
        f"{RUS}|ORGANIZED|{REFERENDUMS}",
        f"{RUS}|SUPPORTS|{REFERENDUMS}",
    }
    assert back.has_edge(RUS, SRB) and back.has_edge(SRB, RUS)
    hostile = back.edges[HOSTILE_ORG, REFERENDUMS, f"{HOSTILE_ORG}|SUPPORTS|{REFERENDUMS}"]
    assert json.loads(hostile["evidence"])[0]["quote"] == HOSTILE_QUOTE


def test_gexf_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    write_gexf(g, path)
    back = nx.read_gexf(path)
    h = writable_graph(g)
    assert set(back.nodes) == set(h.nodes)
    for node, data in h.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert {k: v for k, v in back.nodes[node].items() if k != "label"} == {
            k: v for k, v in data.items() if k != "label"
        }
    assert back.number_of_edges() == h.number_of_edges()
    for u, v, key, data in h.edges(keys=True, data=True):
        got = back.edges[u, v, key]
        assert got["relation"] == data["relation"] and got["evidence"] == data["evidence"]
        assert got["claimed"] == data["claimed"] and got["n_evidence"] == data["n_evidence"]


def test_cli_writes_graphml_to_stdout(tmp_path: Path) -> None:
    from graph.store import open_store

    with open_store(str(tmp_path / "s.lbug")) as store:
        store.add(alignment_records())
    result = CliRunner().invoke(
        cli,
        [
            "--store",
            str(tmp_path / "s.lbug"),
            "export",
            "--format",
            "graphml",
            "--out",
            "-",
            "--around",
            "Serbia",
            "--depth",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml") and "Country:SRB" in result.stdout


# Everything XML 1.0 cannot carry, as a store filled before the readers cleaned text may hold it.
XML_HOSTILE = "Serbia\x01 \x1b[31mSays\ufffe\x0c No\x7f\x9b\ufdd0"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_of_control_characters_parse_and_never_crash(tmp_path: Path, fmt: str) -> None:
    """GraphML used to segfault (exit 139) and GEXF wrote a file no XML parser reads."""
    import os
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from lxml import etree

    from graph.model import Entity, Evidence, Label, Relation
    from graph.store import open_store

    store = tmp_path / "hostile.lbug"
    a, b = f"Country:{XML_HOSTILE}", "Organization:B\x02"
    with open_store(store) as s:
        s.add(
            [
                Entity(a, Label.COUNTRY, XML_HOSTILE, ("al\x03ias",)),
                Entity(b, Label.ORGANIZATION, "B\x02\uffff"),
                Relation(a, "ALLY_OF", b, (Evidence("Article:x", f"quote {XML_HOSTILE}", 0, 0, 5),)),
            ]
        )
    out = tmp_path / f"g.{fmt}"
    root = Path(__file__).resolve().parents[2]
    cli = (sys.executable, "-c", "from geoalign.cli import main; main()")
    done = subprocess.run(
        [*cli, "--store", str(store), "export", "--format", fmt, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=300,
    )
    assert done.returncode == 0, (done.returncode, done.stderr)
    ET.parse(out)  # the standard library's expat parser
    etree.parse(str(out), etree.XMLParser(recover=False))  # and libxml2, strict
    g = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    clean = "Serbia [31mSays\n No"
    assert sorted(g.nodes) == ["Country:" + clean, "Organization:B"]
    assert g.nodes["Country:" + clean]["label"] == clean
    ((_, _, data),) = g.edges(data=True)
    assert json.loads(data["evidence"])[0]["quote"] == "quote " + clean
