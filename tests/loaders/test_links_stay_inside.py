"""Issue 15: ingest follows no link out of the paths it is given, and stores no absolute article paths."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geoalign.cli import cli
from graph.store import open_store
from loaders.base import Problem
from loaders.readers import walk

ARTICLE = (
    "Harbour Accord Signed\nThe foreign minister of Chile said on Monday that Chile supports the harbour "
    "accord with Peru.\n"
)


def outside(tmp_path: Path) -> Path:
    """A folder beside the bundle, standing in for /etc: a password-like file and a subfolder."""
    folder = tmp_path / "elsewhere"
    (folder / "deep").mkdir(parents=True)
    (folder / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (folder / "deep" / "more.txt").write_text("Secret Notes\nNothing for the graph.\n", encoding="utf-8")
    return folder


def bundle(tmp_path: Path) -> Path:
    root = tmp_path / "bundle"
    (root / "gulf").mkdir(parents=True)
    (root / "gulf" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    elsewhere = outside(tmp_path)
    (root / "notes.txt").symlink_to(elsewhere / "passwd")
    (root / "etc").symlink_to(elsewhere)
    (root / "inside.txt").symlink_to(root / "gulf" / "a.txt")  # inside: fine (and read once)
    return root


def test_links_out_of_the_folder_are_problems_and_are_not_walked(tmp_path: Path) -> None:
    root = bundle(tmp_path)
    found = list(walk([root]))
    problems = {Path(p.path).name: p.reason for p in found if isinstance(p, Problem)}
    assert set(problems) == {"notes.txt", "etc"}
    assert all("leads outside the folders given" in reason for reason in problems.values())
    assert [p for p in found if isinstance(p, Path)] == [root / "gulf" / "a.txt"]


def test_a_path_given_explicitly_is_a_root(tmp_path: Path) -> None:
    root = bundle(tmp_path)
    found = list(walk([root / "etc"]))
    assert {p.name for p in found if isinstance(p, Path)} == {"passwd", "more.txt"}


def test_ingest_reports_the_link_stores_the_rest_and_exits_2(tmp_path: Path) -> None:
    root = bundle(tmp_path)
    store_path = tmp_path / "g.lbug"
    result = CliRunner().invoke(cli, ["--store", str(store_path), "ingest", "--quiet", str(root)])
    assert result.exit_code == 2, result.output
    assert f"{root / 'notes.txt'}: leads outside the folders given" in result.output
    assert f"{root / 'etc'}: leads outside the folders given" in result.output
    with open_store(store_path, read_only=True) as store:
        articles = store.read().articles
    assert [a.title for a in articles] == ["Harbour Accord Signed"]
    assert [a.path for a in articles] == ["bundle/gulf/a.txt"]


def test_exports_carry_no_absolute_paths_unless_asked(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    for keep, name in ((False, "plain.lbug"), (True, "kept.lbug")):
        store = str(tmp_path / name)
        args = ["--store", store, "ingest", "--quiet", str(root), *(["--keep-paths"] if keep else [])]
        assert runner.invoke(cli, args).exit_code == 0
        out = tmp_path / f"{name}.json"
        exported = runner.invoke(cli, ["--store", store, "export", "--format", "json", "--out", str(out)])
        assert exported.exit_code == 0, exported.output
        text = out.read_text(encoding="utf-8")
        assert (str(tmp_path) in text) is keep
        assert ("bundle/a.txt" in text) is True
        json.loads(text)


def test_file_names_cannot_forge_lines_or_colours(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    root.mkdir()
    (root / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "x\ningested 999 document(s)\x1b[31m.bin").write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "g.lbug"), "ingest", "--quiet", str(root)])
    assert result.exit_code == 2, result.output
    assert not any(line.startswith("ingested 999") for line in result.output.splitlines())
    assert "\x1b" not in result.output
    assert "x\\ningested 999 document(s)\\x1b[31m.bin" in result.output
