"""Alignment analytics on the hand-made referendum graph (tests/fixtures/geofixture.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from geofixture import (
    BLR,
    CHN,
    KAZ,
    LUKASHENKO,
    REFERENDUMS,
    RESOLUTION,
    RUS,
    SRB,
    TOKAYEV,
    UKR,
    USA,
    alignment_records,
    as_graph_data,
)

from geoalign.cli import cli
from graph import analysis
from graph.store import open_store
from graph.subgraph import to_networkx


@pytest.fixture
def g() -> nx.MultiDiGraph:
    return to_networkx(as_graph_data(alignment_records()))


def test_the_demo_story_allies_break_ranks_on_the_referendums(g: nx.MultiDiGraph) -> None:
    found = analysis.breaks_ranks(g, [REFERENDUMS])
    assert [(b.actor, b.ally) for b in found] == [(KAZ, RUS), (SRB, RUS)]
    assert all(b.actor_stance.sign == -1 and b.ally_stance.sign == 1 for b in found)
    assert found[1].ally_stance.relations == ("ORGANIZED", "SUPPORTS")
    text = analysis.format_breaks_ranks(g, found)
    assert (
        "Serbia breaks ranks with Russia on 2022 annexation referendums: Serbia REJECTS, "
        "Russia ORGANIZED/SUPPORTS" in text
    )


def test_negated_and_hypothetical_evidence_is_left_out(g: nx.MultiDiGraph) -> None:
    table = analysis.stance_table(g, [REFERENDUMS])
    serbia = table.get(SRB, REFERENDUMS)
    assert serbia is not None and serbia.sign == -1 and serbia.relations == ("REJECTS",)  # not RECOGNIZES
    assert table.get(CHN, REFERENDUMS) is None  # only a hypothetical SUPPORTS


def test_officials_speak_for_their_state_only_where_it_is_silent(g: nx.MultiDiGraph) -> None:
    table = analysis.stance_table(g, [REFERENDUMS])
    belarus = table.get(BLR, REFERENDUMS)
    assert belarus is not None and belarus.sign == 1 and belarus.via == (LUKASHENKO,)
    kazakhstan = table.get(KAZ, REFERENDUMS)
    assert (
        kazakhstan is not None and kazakhstan.via == () and kazakhstan.evidence == 1
    )  # not doubled by Tokayev
    assert table.get(TOKAYEV, REFERENDUMS) is not None
    without = analysis.stance_table(g, [REFERENDUMS], officials=False)
    assert without.get(BLR, REFERENDUMS) is None


def test_stance_table_text_for_one_topic_and_for_many(g: nx.MultiDiGraph) -> None:
    one = analysis.format_stance_table(analysis.stance_table(g, [REFERENDUMS]))
    lines = one.splitlines()
    assert lines[0].split(" | ")[0].strip() == "actor"
    assert any(line.startswith("Belarus") and "Alexander Lukashenko" in line for line in lines)
    assert any(line.startswith("Russia ") and "ORGANIZED, SUPPORTS" in line for line in lines)
    many = analysis.format_stance_table(analysis.stance_table(g))
    assert "UNGA resolution ES-11/4" in many.splitlines()[0]
    assert analysis.format_stance_table(analysis.stance_table(g, [])) == "(no stances)"


def test_pair_scores_are_signed_and_weighted(g: nx.MultiDiGraph) -> None:
    scores = {(s.a, s.b): s for s in analysis.alignment_scores(g)}
    assert scores[(RUS, SRB)].score < 0 and scores[(RUS, SRB)].disagree == 2
    assert scores[(SRB, UKR)].score > 0 and scores[(SRB, UKR)].agree == 2
    # REJECTS −0.5 × SUPPORTS +0.8 (ORGANIZED + SUPPORTS clipped to 1): Kazakhstan vs Russia = −0.5
    assert scores[(KAZ, RUS)].score == pytest.approx(-0.5)
    assert scores[(RUS, USA)].score == pytest.approx((-0.6 * 1.0 + 0.8 * -0.5) / 2)


def test_matrix_csv_and_heatmap(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    ids, matrix = analysis.alignment_matrix(g)
    assert all(matrix[i][j] == matrix[j][i] for i in range(len(ids)) for j in range(len(ids)))
    assert all(matrix[i][i] == 1.0 for i in range(len(ids)))
    analysis.write_alignment_csv(g, tmp_path / "m.csv")
    rows = list(csv.reader((tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0][:3] == ["actor_id", "actor", "Belarus"] and len(rows) == len(ids) + 1
    analysis.write_alignment_heatmap(g, tmp_path / "m.png")
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")


def test_blocs_split_the_referendum_camps(g: nx.MultiDiGraph) -> None:
    blocs = analysis.blocs(g)
    bloc_of = {actor: i for i, bloc in enumerate(blocs) for actor in bloc}
    assert bloc_of[RUS] == bloc_of[BLR] != bloc_of[SRB]
    assert bloc_of[SRB] == bloc_of[UKR] == bloc_of[USA] == bloc_of[KAZ]


def test_topics_restrict_the_analysis(g: nx.MultiDiGraph) -> None:
    found = analysis.breaks_ranks(g, [RESOLUTION])
    assert [(b.actor, b.ally) for b in found] == [(SRB, RUS)]


def test_align_commands(tmp_path: Path) -> None:
    path = tmp_path / "s.lbug"
    with open_store(str(path)) as store:
        store.add(alignment_records())
    runner = CliRunner()
    breaks = runner.invoke(cli, ["--store", str(path), "align", "breaks", "--topic", "referendums"])
    assert breaks.exit_code == 0, breaks.output
    assert breaks.stdout.splitlines() == [
        "Kazakhstan breaks ranks with Russia on 2022 annexation referendums: Kazakhstan REJECTS, "
        "Russia ORGANIZED/SUPPORTS",
        "Serbia breaks ranks with Russia on 2022 annexation referendums: Serbia REJECTS, "
        "Russia ORGANIZED/SUPPORTS",
    ]
    stances = runner.invoke(cli, ["--store", str(path), "align", "stances", "--topic", "sham referendums"])
    assert stances.exit_code == 0 and "Alexander Lukashenko" in stances.stdout
    scores = runner.invoke(
        cli,
        [
            "--store",
            str(path),
            "align",
            "scores",
            "--csv",
            str(tmp_path / "m.csv"),
            "--heatmap",
            str(tmp_path / "h.png"),
        ],
    )
    assert scores.exit_code == 0 and (tmp_path / "h.png").exists() and (tmp_path / "m.csv").exists()
    blocs = runner.invoke(cli, ["--store", str(path), "align", "blocs"])
    assert blocs.stdout.startswith("bloc 1: ")
    missing = runner.invoke(cli, ["--store", str(path), "align", "stances", "--topic", "Olympics"])
    assert missing.exit_code == 1 and "no event or agreement named 'Olympics'" in missing.output
