"""The per-article time limit on extraction (``loaders.time_limit``): an article the extractor is still
reading after the limit becomes a Problem naming its file, the ingest exits 2 as for any bad file, and
every other article is stored as without the limit, in one process and in worker processes.

The endless article is made honestly: the rules' entry point (``rules.run_all``) is wrapped so that a
sentence holding this test's marker word never returns (a loop that computes, as the parser repair of
round 30 did; the limit counts CPU seconds), while every other sentence goes through the real rules. The
pool's workers are forked after the patch, so they run it too.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import canonical

from geoalign.cli import cli
from graph.store import open_store
from loaders import ARTICLE_TIMEOUT, parallel
from loaders.base import ArticleText
from loaders.extract import ExtractionFailed, rules
from loaders.extract.sentence import Reader
from loaders.parallel import start_method
from loaders.time_limit import TIMED_OUT, Results, limited

MARKER = "Quillonbury"  # a word of no article: the sentence holding it never finishes
ENDLESS = "endless.txt"
LIMIT = "2"  # CPU seconds: the other articles take a few hundredths
ARTICLES = 10  # two windows for the workers (``parallel.WINDOW``), one in-process


def _corpus(folder: Path, *, endless: bool, articles: int = ARTICLES) -> Path:
    for i in range(articles):  # short articles of this test's own: each read in a few hundredths of a second
        (folder / f"{i:02d}.txt").write_text(
            f"Ferry talks {i}\n\nFrance condemned the closure of the Skarvik crossing number {i} by Norway. "
            f"Germany welcomed the talks on the crossing, the ministry said on day {i}.\n",
            encoding="utf-8",
        )
    if endless:  # third in file order: the window around it must still be read
        (folder / f"02-{ENDLESS}").write_text(
            f"Census news\n\nFrance condemned the {MARKER} gull census, the ministry said on Monday.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def endless_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rules.run_all

    def run_all(reader: Reader) -> None:
        while MARKER in reader.info.text:  # computes for ever, as the endless rule of round 30 did
            pass
        real(reader)

    monkeypatch.setattr(rules, "run_all", run_all)


@pytest.fixture(scope="module")
def without_limit(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, ...]:
    """The graph of the other articles, ingested without the endless one and without a limit."""
    return _plain(tmp_path_factory, ARTICLES)


def _plain(tmp_path_factory: pytest.TempPathFactory, articles: int) -> tuple[object, ...]:
    corpus = tmp_path_factory.mktemp("plain") / "corpus"  # stored paths start at the folder's name
    corpus.mkdir()
    _corpus(corpus, endless=False, articles=articles)
    store = tmp_path_factory.mktemp("plain-store") / "g.lbug"
    args = ["--store", str(store), "ingest", "--quiet", "--workers", "1", "--article-timeout", "0"]
    result = CliRunner().invoke(cli, [*args, str(corpus)])
    assert result.exit_code == 0, result.output
    with open_store(str(store)) as opened:
        return canonical(opened.read())


def _ingest_endless(tmp_path: Path, workers: str, articles: int = ARTICLES) -> tuple[str, tuple[object, ...]]:
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus", endless=True, articles=articles)
    store = tmp_path / "g.lbug"
    args = ["--store", str(store), "ingest", "--quiet", "--workers", workers, "--article-timeout", LIMIT]
    started = time.monotonic()
    result = CliRunner().invoke(cli, [*args, str(corpus)])
    assert time.monotonic() - started < 120, "the ingest waited far past the limit"
    assert result.exit_code == 2, result.output  # some files could not be read, the others were
    with open_store(str(store)) as opened:
        return result.stderr, canonical(opened.read())


def _assert_named(stderr: str) -> None:
    (line,) = [line for line in stderr.splitlines() if line.startswith("skipped ")]
    assert ENDLESS in line
    assert "more than the limit of 2 CPU seconds an article" in line
    assert "--article-timeout SECONDS" in line


@pytest.mark.usefixtures("endless_rules")
def test_an_endless_article_is_a_problem_and_the_others_are_stored_in_one_process(
    tmp_path: Path, without_limit: tuple[object, ...]
) -> None:
    stderr, graph = _ingest_endless(tmp_path, "1")
    _assert_named(stderr)
    assert graph == without_limit
    assert signal.getsignal(signal.SIGPROF) == signal.SIG_DFL  # the timer is put back
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0


@pytest.mark.skipif(start_method() != "fork", reason="the workers see this test's patch only when forked")
@pytest.mark.usefixtures("endless_rules")
def test_an_endless_article_is_a_problem_and_the_others_are_stored_with_two_workers(
    tmp_path: Path, without_limit: tuple[object, ...]
) -> None:
    stderr, graph = _ingest_endless(tmp_path, "2")
    _assert_named(stderr)
    assert graph == without_limit


@pytest.mark.skipif(start_method() != "fork", reason="the workers see this test's patch only when forked")
def test_a_worker_deaf_to_the_limit_is_replaced(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stuck where no signal reaches (C code, say): the worker ignores the timer's signal, then waits.
    # The parent's backstop (the window's limits plus GRACE) replaces the pool and reads the window's
    # articles one at a time; the others are stored all the same. Three others: a shorter wait.
    real = rules.run_all

    def run_all(reader: Reader) -> None:
        if MARKER in reader.info.text:
            signal.signal(signal.SIGPROF, signal.SIG_IGN)
            while True:
                time.sleep(0.01)
        real(reader)

    monkeypatch.setattr(rules, "run_all", run_all)
    monkeypatch.setattr(parallel, "GRACE", 1.0)
    stderr, graph = _ingest_endless(tmp_path, "2", articles=3)
    _assert_named(stderr)
    assert graph == _plain(tmp_path_factory, 3)


def test_the_help_gives_the_default_limit() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert "--article-timeout SECONDS" in result.output
    assert f"Default {ARTICLE_TIMEOUT:g};" in " ".join(result.output.split())


def _burn(articles: Sequence[ArticleText]) -> Results:
    """An extractor that computes for as many CPU seconds as each article's text says ("inf": for ever)."""
    out: Results = []
    for article in articles:
        end = time.process_time() + float(article.text)
        while time.process_time() < end:
            pass
        out.append([])
    return out


def _articles(*seconds: str) -> list[ArticleText]:
    return [ArticleText(f"Article:{i}", f"t{i}", text) for i, text in enumerate(seconds)]


def test_a_window_over_the_limit_names_only_the_article_at_fault() -> None:
    results = limited(_burn, _articles("0", "inf", "0"), 0.5)
    assert results[0] == [] and results[2] == []
    failed = results[1]
    assert isinstance(failed, ExtractionFailed) and failed.kind == TIMED_OUT


def test_a_window_of_articles_each_within_the_limit_is_read_whole() -> None:
    # together they pass the limit, so the window is read again one article at a time: all in time
    assert limited(_burn, _articles("0.3", "0.3", "0.3"), 0.5) == [[], [], []]


def test_a_limit_of_zero_is_no_limit() -> None:
    assert limited(_burn, _articles("0.6"), 0) == [[]]
