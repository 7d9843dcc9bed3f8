"""An ingest writes many documents per transaction: the same graph and the same report as one
transaction per document, and a document the store refuses still costs only itself."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from geofixture import canonical, lookup_rows
from sample_records import document, documents

from geoalign.ingest import IngestReport, ingest_items
from graph.model import Relation
from graph.store import Store, open_store
from loaders.base import Loaded, Problem


def _corpus() -> list[Loaded | Problem]:
    """Documents whose relations recur across them, a repeat, an unchanged one and a problem."""
    docs: list[Loaded | Problem] = list(documents(30))
    docs.insert(9, document(3))  # the same article again, later in the same batch
    docs.insert(20, Loaded("seen.txt", [], "", unchanged=True))
    docs.insert(25, Problem("broken.json", "not JSON"))
    docs.append(document(12))  # again, in a later batch
    return docs


def _totals(report: IngestReport) -> dict[str, object]:
    return asdict(report)


def _one_per_transaction(tmp_path: Path) -> tuple[object, object, dict[str, object]]:
    with open_store(str(tmp_path / "one.lbug")) as reference:
        report = ingest_items(reference, _corpus(), batch=1)
        return canonical(reference.read()), lookup_rows(reference), _totals(report)


@pytest.mark.parametrize("batch", [7, 64])
def test_batches_store_and_report_what_one_document_per_transaction_does(
    store: Store, tmp_path: Path, batch: int
) -> None:
    graph, lookups, totals = _one_per_transaction(tmp_path)
    seen: list[str] = []
    report = ingest_items(store, _corpus(), on_item=lambda item: seen.append(item.path), batch=batch)
    assert canonical(store.read()) == graph
    assert lookup_rows(store) == lookups
    assert _totals(report) == totals
    assert (report.documents, report.skipped, len(report.problems)) == (30, 3, 1)
    assert seen == [item.path for item in _corpus()]  # every item, in order


def test_a_refused_document_is_a_problem_and_the_rest_of_its_batch_is_stored(store: Store) -> None:
    docs: list[Loaded | Problem] = list(documents(10))
    bad = document(99)
    dangling = Relation(bad.records[1].id, "SUPPORTS", "Country:NOWHERE", bad.records[-1].evidence)
    docs[4] = Loaded("bad.txt", [*bad.records, dangling], bad.title)
    committed: list[str] = []
    report = ingest_items(store, docs, on_item=lambda item: committed.append(item.path), batch=64)
    assert report.documents == 9
    [problem] = report.problems
    assert problem.path == "bad.txt" and "neither given nor stored" in problem.reason
    assert committed == [item.path for item in docs]
    stored = {a.id for a in store.read().articles}
    assert stored == {doc.records[0].id for i, doc in enumerate(docs) if i != 4 and isinstance(doc, Loaded)}


def test_a_document_needing_a_node_only_a_later_document_gives_is_refused_as_alone(store: Store) -> None:
    """Alone, the store refuses a relation to a node neither given nor stored; in a batch the later
    document would give it: the batch must not accept what one document per transaction refuses."""
    docs: list[Loaded | Problem] = list(documents(6))
    later = document(50)
    needy = document(51)
    reach = Relation(needy.records[1].id, "SUPPORTS", later.records[1].id, needy.records[-1].evidence)
    docs[2] = Loaded("needy.txt", [*needy.records, reach], needy.title)
    nodes = [r for doc in docs if isinstance(doc, Loaded) for r in doc.records if not isinstance(r, Relation)]
    given = {r.id for r in nodes}
    assert reach.target not in given  # only the last document gives it
    docs.append(later)
    report = ingest_items(store, docs, batch=64)
    assert [p.path for p in report.problems] == ["needy.txt"]
    assert report.documents == 6
