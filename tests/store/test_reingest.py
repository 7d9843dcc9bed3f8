"""Re-ingesting a stored, unchanged article is skipped, unless a newer extractor would read it anew."""

from __future__ import annotations

from geoalign.ingest import ingest_items
from graph.model import Article, Entity, Evidence, Label, Relation
from graph.store import Store
from loaders.base import Loaded


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
