"""Names printed to a terminal: a file name or a node name cannot forge a line or send an escape sequence."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from geoalign.cli import cli
from graph.analysis import BreakRanks, StanceCell, format_blocs, format_breaks_ranks
from graph.model import Entity, Label
from graph.store import open_store

FORGED = "ingested 999 document(s): 1 nodes, 0 relations, 0 evidence records; 0 problem(s)"


def _lines(output: str) -> list[str]:
    return output.split("\n")


def test_a_file_name_with_a_newline_cannot_forge_the_ingest_summary(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    folder.mkdir()
    # an undated article, so its path is printed in the summary; and a bad one, so it is "skipped"
    (folder / f"a\n{FORGED}\x1b[31m.txt").write_text("Serbia said no to Russia.\n", encoding="utf-8")
    (folder / f"b\n{FORGED}\x1b]0;title\x07.json").write_text("not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.lbug"), "ingest", str(folder)])
    assert result.exit_code == 2, result.output
    lines = _lines(result.output)
    assert not any(line.startswith("ingested 999") for line in lines), result.output
    assert [line for line in lines if line.startswith("ingested ")] == [
        # (two mentions and Serbia REJECTS Russia: "said no to" is a rejection)
        "ingested 1 document(s): 3 nodes (3 new), 3 relations (3 new), 3 evidence records (3 new); "
        "1 problem(s)"
    ]
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert f"  bundle/a\\n{FORGED}\\x1b[31m.txt" in lines
    bad = f"b\\n{FORGED}\\x1b]0;title\\x07.json"
    assert any(line.startswith("skipped ") and bad in line for line in lines)


def test_query_tables_escape_names_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "s.lbug"
    with open_store(store) as s:
        s.add(
            [
                Entity("Country:A", Label.COUNTRY, f"A\n{FORGED}"),
                Entity("Country:B", Label.COUNTRY, "B\x1b[2J\x1b]8;;http://x\x07link\x9b31m"),
            ]
        )
    result = CliRunner().invoke(
        cli, ["--store", str(store), "cypher", "MATCH (n:Country) RETURN n.name AS name ORDER BY name"]
    )
    assert result.exit_code == 0, result.output
    assert _lines(result.output.rstrip("\n")) == [
        "name",
        "-" * 60,
        f"A⏎{FORGED}"[:59] + "…",
        "B\\x1b[2J\\x1b]8;;http://x\\x07link\\x9b31m",
    ]


def test_alignment_texts_escape_names() -> None:
    g = nx.MultiDiGraph()
    g.add_node("Country:A", name=f"A\n{FORGED}")
    g.add_node("Country:B", name="B\x1b[31m")
    blocs = format_blocs(g, [["Country:A", "Country:B"]])
    assert "\n" not in blocs and "\x1b" not in blocs
    assert blocs == f"bloc 1: A\\n{FORGED}, B\\x1b[31m"
    g.add_node("Event:V", name="Vote\r\x1b[1A")
    stance = StanceCell("Country:A", "Event:V", 1, 1.0, ("SUPPORTS",), 1)
    against = StanceCell("Country:B", "Event:V", -1, 1.0, ("REJECTS",), 1, via=("Country:B",))
    text = format_breaks_ranks(g, [BreakRanks("Country:A", "Country:B", "Event:V", stance, against)])
    assert "\n" not in text and "\x1b" not in text and "\r" not in text
    assert text.startswith(f"A\\n{FORGED} breaks ranks with B\\x1b[31m on Vote\\r\\x1b[1A: ")
