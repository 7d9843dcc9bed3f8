"""Ingesting a folder of bad files mixed with good articles: the good are stored, each bad one is
reported once with its path (and line) and reason, a summary is printed, and the exit code is 2."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from badinput_corpus import Corpus, make_corpus
from click.testing import CliRunner, Result

import loaders
import loaders.readers as readers
import loaders.readers.decode as decode
from geoalign.cli import cli
from graph.store import open_store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return make_corpus(tmp_path_factory.mktemp("badinput") / "corpus")


@pytest.fixture(scope="module")
def store_path(corpus: Corpus) -> Path:
    return corpus.root.parent / "g.lbug"


@pytest.fixture(scope="module")
def result(corpus: Corpus, store_path: Path) -> Iterator[Result]:
    """One ingest of the corpus, shared by the tests that check what it reported and stored."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        refuse_unreadable(corpus, monkeypatch)
        yield CliRunner().invoke(cli, ["--store", str(store_path), "ingest", str(corpus.root)])


def refuse_unreadable(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 stops nobody when the tests run as root: then refuse the open the way the OS would."""
    if not os.access(corpus.unreadable, os.R_OK):
        return
    real_open = open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> IO[Any]:
        if Path(file) == corpus.unreadable:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(decode, "open", refusing_open, raising=False)


def skipped_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("skipped ")]


def test_partial_success_exits_2_without_a_traceback(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_each_bad_file_and_line_is_reported_once_with_path_and_reason(corpus: Corpus, result: Result) -> None:
    lines = skipped_lines(result)
    for bad in corpus.bad:
        where = str(corpus.root / bad.path) + (f":{bad.line}" if bad.line is not None else "")
        matching = [line for line in lines if line.startswith(f"skipped {where}: ")]
        assert len(matching) == 1, f"{where}: {matching or lines}"
        assert bad.reason in matching[0]
    assert len(lines) == len(corpus.bad), "\n".join(lines)


def test_the_summary_counts_every_good_document_and_every_problem(corpus: Corpus, result: Result) -> None:
    match = re.search(r"^ingested (\d+) document\(s\): .*; (\d+) problem\(s\)$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert (int(match[1]), int(match[2])) == (corpus.documents, len(corpus.bad))


def test_every_good_article_is_in_the_store(corpus: Corpus, result: Result, store_path: Path) -> None:
    with open_store(str(store_path), read_only=True) as store:
        data = store.read()
    titles = {a.title for a in data.articles}
    assert set(corpus.good_titles) <= titles
    assert len(titles) == len(corpus.good_titles)
    curated = {ev.article for rel in data.relations for ev in rel.evidence if ev.extractor == "curated"}
    assert curated == {"Curated:MFA", "Curated:Spokesman"}


def test_the_web_page_is_stored_without_script_text(result: Result, store_path: Path) -> None:
    with open_store(str(store_path), read_only=True) as store:
        rows = store.query("MATCH (a:Article) RETURN a.name, a.outlet, a.date").rows
    assert ["Kazakhstan Will Not Recognize the Votes", "Example Wire", "2022-09-27"] in rows
    assert not any("SCRIPT" in str(cell) for row in rows for cell in row)


def test_debug_shows_the_traceback_of_an_unexpected_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("A Headline Here\nBody.\n")

    def broken(path: Path) -> Any:
        raise RuntimeError("reader bug")

    monkeypatch.setitem(readers.ARTICLE_READERS, ".txt", broken)
    store = str(tmp_path / "g.lbug")
    quiet = CliRunner().invoke(cli, ["--store", store, "ingest", str(tmp_path / "a.txt")])
    loud = CliRunner().invoke(cli, ["--store", store, "--debug", "ingest", str(tmp_path / "a.txt")])
    assert quiet.exit_code == loud.exit_code == 1
    assert "unexpected error (RuntimeError: reader bug)" in quiet.stderr
    assert "Traceback" not in quiet.output
    assert "Traceback" in loud.stderr and "reader bug" in loud.stderr


def test_a_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "g.lbug"), "ingest", "--date", "soon", "x"])
    assert result.exit_code == 2 and "Invalid value for '--date'" in result.stderr


def test_an_extractor_that_cannot_be_imported_stops_the_ingest_with_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("A Headline Here\nBody.\n")
    (tmp_path / "b.txt").write_text("B Headline Here\nBody.\n")
    monkeypatch.setitem(sys.modules, "loaders.extract", None)  # makes the import raise ImportError
    loaders.extractor.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["--store", str(tmp_path / "g.lbug"), "ingest", str(tmp_path)])
    finally:
        loaders.extractor.cache_clear()
    assert result.exit_code == 1
    assert result.stderr.count("the extractor (loaders.extract) cannot be imported") == 1
    assert "Traceback" not in result.output
