"""Re-ingesting a stored, unchanged article is skipped, unless a newer extractor would read it anew."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import loaders
from geoalign.ingest import ingest, ingest_items
from graph.model import Article, Entity, Evidence, Label, Record, Relation
from graph.store import Store
from loaders.base import ArticleText, Loaded
from loaders.extract import pipeline


def _document(version: str) -> Loaded:
    article = Article("Article:feedc0ffee", "Chile backs the accord", date="2024-05-01")
    ev = Evidence(article.id, "Chile backed the accord.", 0, 0, 24, "2024-05-01", extractor_version=version)
    chile = Entity("Country:CHL", Label.COUNTRY, "Chile", iso3="CHL")
    accord = Entity("Agreement:accord", Label.AGREEMENT, "accord")
    relation = Relation(chile.id, "SUPPORTS", accord.id, (ev,))
    return Loaded("a.txt", [article, chile, accord, relation])


def test_unchanged_article_is_skipped(store: Store) -> None:
    assert ingest_items(store, [_document("1")]).documents == 1
    again = ingest_items(store, [_document("1")])
    assert (again.documents, again.skipped) == (0, 1)


def test_a_new_extractor_reads_a_stored_article_again(store: Store) -> None:
    ingest_items(store, [_document("1")])
    newer = ingest_items(store, [_document("2")])
    assert (newer.documents, newer.skipped) == (1, 0)
    [rel] = [r for r in store.read().relations if r.type == "SUPPORTS"]
    assert {ev.extractor_version for ev in rel.evidence} == {"2"}


def test_the_summary_counts_what_is_new(store: Store) -> None:
    first = ingest_items(store, [_document("1")])
    assert (first.nodes, first.new_nodes, first.new_relations, first.new_evidence) == (3, 3, 1, 1)
    assert "3 nodes (3 new), 1 relations (1 new), 1 evidence records (1 new)" in first.summary
    newer = ingest_items(store, [_document("2")])  # read again: the same nodes, relation and span
    assert (newer.nodes, newer.new_nodes, newer.new_relations, newer.new_evidence) == (3, 0, 0, 0)
    assert "3 nodes (0 new), 1 relations (0 new), 1 evidence records (0 new)" in newer.summary


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    return folder


def _no_extraction(articles: list[ArticleText], article_timeout: float = 0) -> list[list[Record]]:
    if articles:
        raise AssertionError(f"the extractor was asked to read {[a.path for a in articles]} again")
    return []


def test_stored_unchanged_articles_are_not_extracted_again(
    store: Store, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ingest(store, [corpus])
    stored = store.read()
    assert first.documents == 2 and first.skipped == 0 and first.new_relations > 0
    monkeypatch.setattr(loaders, "extract_articles", _no_extraction)
    again = ingest(store, [corpus])
    assert (again.documents, again.skipped, again.nodes, again.relations, again.evidence) == (0, 2, 0, 0, 0)
    assert "skipped 2 article(s) already stored unchanged" in again.summary
    assert store.read() == stored


def test_stored_articles_are_read_again_by_a_new_extractor(
    store: Store, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(store, [corpus])
    # Stored evidence from another version of the rules: today's extractor reads the articles again.
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "0.0+other")
    again = ingest(store, [corpus])
    assert (again.documents, again.skipped) == (2, 0)


def test_only_the_new_article_of_a_folder_is_extracted(store: Store, corpus: Path) -> None:
    ingest(store, [corpus])
    seed = next(corpus.glob("*.txt"))
    (corpus / "copy-edited.txt").write_text(
        seed.read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8"
    )
    again = ingest(store, [corpus])
    assert (again.documents, again.skipped) == (1, 2)
