"""Pipe what the loaders read into a store, one transaction per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.entities import read_decisions, replay
from graph.model import Article, ModelError, Relation
from graph.store import Store
from loaders import load
from loaders.base import Loaded, Problem


@dataclass
class IngestReport:
    documents: int = 0
    nodes: int = 0
    relations: int = 0
    evidence: int = 0
    problems: list[Problem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # paths of articles nothing dates
    decisions: int = 0  # analyst decisions on entities that had to be applied again
    skipped: int = 0  # articles already stored with the same text (ids are hashes of the text)

    @property
    def summary(self) -> str:
        line = (
            f"ingested {self.documents} document(s): {self.nodes} nodes, {self.relations} relations, "
            f"{self.evidence} evidence records; {len(self.problems)} problem(s)"
        )
        skipped = [f"skipped {self.skipped} article(s) already stored unchanged"] if self.skipped else []
        replayed = [f"re-applied {self.decisions} entity decision(s)"] if self.decisions else []
        return "\n".join([line, *skipped, *replayed, *self.undated_note])

    @property
    def undated_note(self) -> list[str]:
        """The articles stored without a date, named, so that a --since filter surprises nobody."""
        if not self.undated:
            return []
        n = len(self.undated)
        plural = "s have" if n != 1 else " has"
        head = f"{n} article{plural} no date; give one with --date or a catalog.csv"
        return [head + ":", *(f"  {path}" for path in self.undated)]


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_item: Callable[[Loaded | Problem], None] | None = None,
    decisions: Path | None = None,
    keep_paths: bool = False,
    workers: int = 1,
) -> IngestReport:
    """Read every file under ``paths`` and add its records to ``store``, then replay the analyst's
    entity decisions (``decisions``, see ``graph.entities``).

    Each document is committed on its own, so an interrupted ingest keeps what it finished and a
    rerun completes it without duplicates. Bad files are reported, never fatal. With ``workers`` > 1
    the articles are extracted by that many Dask worker processes (``loaders.parallel``) while this
    process writes, in the same order, so the graph is the same.
    """
    if workers > 1:
        from loaders.parallel import load_parallel

        items = load_parallel(paths, workers=workers, date=date, outlet=outlet, keep_paths=keep_paths)
    else:
        items = load(paths, date=date, outlet=outlet, keep_paths=keep_paths)
    report = ingest_items(store, items, on_item=on_item)
    if decisions is not None:
        report.decisions = replay(store, read_decisions(decisions))
    return report


def ingest_items(
    store: Store, items: Iterable[Loaded | Problem], on_item: Callable[[Loaded | Problem], None] | None = None
) -> IngestReport:
    """Add each Loaded to ``store`` and collect the Problems; a document whose records do not fit
    the model becomes a Problem too, and the others are still stored."""
    report = IngestReport()
    for item in items:
        if isinstance(item, Loaded):
            item = _add(store, item, report)
        if isinstance(item, Problem):
            report.problems.append(item)
        if on_item is not None:
            on_item(item)
    return report


_READ_WITH = "MATCH (e:Evidence) WHERE e.article = $article RETURN DISTINCT e.extractor_version AS version"


def _same_reading(store: Store, item: Loaded, articles: list[str]) -> bool:
    """Whether the stored evidence of these articles came from the extractor version that read them now."""
    now = {ev.extractor_version for r in item.records if isinstance(r, Relation) for ev in r.evidence}
    rows = [row for a in articles for row in store.query(_READ_WITH, {"article": a}).records()]
    stored = {str(row["version"]) for row in rows}
    return stored <= now


def _add(store: Store, item: Loaded, report: IngestReport) -> Loaded | Problem:
    # An article's id is a hash of its text: one stored already was read from the same text, and is
    # skipped unless the extractor that read it then differs from today's (improved rules re-read it).
    articles = [a.id for a in item.records if isinstance(a, Article)]
    if articles and store.known_ids(articles) == set(articles) and _same_reading(store, item, articles):
        report.skipped += 1
        return item
    try:
        stats = store.add(item.records)
    except ModelError as exc:
        return Problem(item.path, f"not stored: {exc}")
    report.documents += 1
    report.undated += [a.path or a.title for a in item.records if isinstance(a, Article) and not a.date]
    report.nodes += stats.nodes
    report.relations += stats.relations
    report.evidence += stats.evidence
    return item
