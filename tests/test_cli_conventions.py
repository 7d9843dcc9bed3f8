"""Issue 17: the CLI's conventions. Every listing command speaks table, JSON and CSV through one output
module; ``-`` is stdout; negated relations have one spelling; errors exit 1, usage errors 2; and
``geoalign --help`` imports none of the heavy libraries."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from geofixture import SRB, alignment_records

from geoalign.cli import cli
from geoalign.cli import view as view_cli
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pyvis", "numpy", "matplotlib", "neo4j", "networkx", "ladybug", "spacy", "starlette", "uvicorn")

# every command that prints rows, with what it needs to print some
LISTINGS = [
    ["query", "allies", "--param", "actor=Russia"],
    ["query", "--list"],
    ["cypher", "MATCH (c:Country) RETURN c.id AS id, c.name AS name ORDER BY id"],
    ["align", "stances"],
    ["align", "scores"],
    ["align", "blocs"],
    ["align", "breaks"],
    ["entities", "list"],
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("conventions") / "s.lbug"
    with open_store(str(path)) as s:
        s.add(alignment_records())
    return str(path)


def run(store: str, *args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, ["--store", store, *args])


@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: " ".join(a[:2]))
def test_every_listing_speaks_json_and_csv_with_the_same_rows(store: str, args: list[str]) -> None:
    as_json = run(store, *args, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    assert records and all(isinstance(r, dict) for r in records)
    as_csv = run(store, *args, "--format", "csv")
    assert as_csv.exit_code == 0, as_csv.output
    parsed = list(csv.reader(io.StringIO(as_csv.stdout, newline="")))
    assert parsed[0] == list(records[0]) and len(parsed) == len(records) + 1
    table = run(store, *args)
    assert table.exit_code == 0 and table.stdout.strip()


def test_json_keeps_ids_and_numbers_for_the_alignment_commands(store: str) -> None:
    scores = json.loads(run(store, "align", "scores", "--format", "json").stdout)
    assert all(isinstance(r["score"], float) and -1 <= r["score"] <= 1 for r in scores)
    breaks = json.loads(run(store, "align", "breaks", "--format", "json").stdout)
    assert {(r["actor"], r["ally"]) for r in breaks} >= {("Serbia", "Russia")}
    assert all(r["actor_id"].startswith("Country:") for r in breaks)
    stances = json.loads(run(store, "align", "stances", "--format", "json").stdout)
    serbia = [r for r in stances if r["actor_id"] == SRB and r["relations"] == ["REJECTS"]]
    assert serbia and serbia[0]["stance"] == "-"
    presets = json.loads(run(store, "query", "--list", "--format", "json").stdout)
    allies = next(p for p in presets if p["name"] == "allies")
    assert any(p.startswith("actor (string, required)") for p in allies["parameters"])


def test_csv_of_a_listing_never_hands_a_spreadsheet_a_formula(store: str) -> None:
    result = run(store, "cypher", "RETURN $x AS name, -1 AS n", "--param", "x=@SUM(A1)", "--format", "csv")
    assert result.stdout.splitlines() == ["name,n", "'@SUM(A1),-1"]


def test_a_dash_writes_to_stdout(store: str, tmp_path: Path) -> None:
    matrix = run(store, "align", "scores", "--csv", "-")
    assert matrix.exit_code == 0, matrix.output
    rows = list(csv.reader(io.StringIO(matrix.stdout, newline="")))
    assert rows[0][:2] == ["actor_id", "actor"] and len(rows) == len(rows[0]) - 1
    page = run(store, "view", "-o", "-")
    assert page.exit_code == 0, page.output
    assert page.stdout.lstrip().lower().startswith("<!doctype html>") and "wrote" not in page.stdout
    export = run(store, "export", "--format", "json", "-o", "-")
    assert export.exit_code == 0 and json.loads(export.stdout)


def test_one_spelling_for_negated_relations(store: str) -> None:
    for args in (["view"], ["export"], ["align", "scores"], ["query"]):
        assert "--include-negated / --claimed-only" in run(store, *args, "--help").stdout, args
    claimed, flag, param = (
        run(store, "query", "stance_on_topic", "--param", "topic=referendums", *extra, "--format", "json")
        for extra in ([], ["--include-negated"], ["--param", "include_negated=true"])
    )
    assert flag.exit_code == 0 and flag.stdout == param.stdout != claimed.stdout
    assert "China" in flag.stdout and "China" not in claimed.stdout  # only a hypothetical SUPPORTS
    refused = run(store, "query", "most_cited", "--include-negated", "--param", "include_negated=false")
    assert refused.exit_code == 2 and "not both" in refused.output
    catalog = json.loads(run(store, "query", "--list", "--format", "json").stdout)
    lacking = next(p["name"] for p in catalog if not any("include_negated" in q for q in p["parameters"]))
    no_param = run(store, "query", lacking, "--include-negated")
    assert no_param.exit_code == 2 and "no include_negated parameter" in no_param.output


def test_errors_exit_1_and_usage_errors_exit_2(store: str) -> None:
    assert run(store, "query", "no_such_query").exit_code == 1
    assert run(store, "align", "stances", "--topic", "Olympics").exit_code == 1
    assert run(store, "query", "allies", "--format", "yaml").exit_code == 2
    assert run(store, "align", "scores", "--no-such-option").exit_code == 2
    assert run(store, "view", "--types", "NOT_A_TYPE").exit_code == 2


def test_the_view_default_written_in_the_cli_is_the_views_own() -> None:
    from graph.view import DEFAULT_MAX_NODES

    assert view_cli.DEFAULT_MAX_NODES == DEFAULT_MAX_NODES


def test_help_imports_no_heavy_library() -> None:
    """``geoalign --help`` (and a command's --help) in a fresh interpreter leaves the heavy libraries out."""
    code = (
        "import sys\n"
        "from geoalign.cli import cli\n"
        "for args in (['--help'], ['view', '--help'], ['align', 'scores', '--help'], ['neo4j', '--help']):\n"
        "    cli.main(args, prog_name='geoalign', standalone_mode=False)\n"
        f"print('LOADED', sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.splitlines()[-1] == "LOADED []"
    assert "Usage: geoalign [OPTIONS] COMMAND" in done.stdout


def test_shell_completion_is_click_s_and_documented() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from geoalign.cli import main; main()"],
        cwd=ROOT,
        env={"_GEOALIGN_COMPLETE": "bash_source", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "_geoalign_completion" in done.stdout
    assert "_GEOALIGN_COMPLETE=bash_source geoalign" in (ROOT / "README.md").read_text(encoding="utf-8")
