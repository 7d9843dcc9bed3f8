"""Pipe what the loaders read into a store, many documents per transaction."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import loaders
from graph.canonical import canonical_records
from graph.entities import Decision, read_decisions, replay, split_pairs
from graph.model import Article, Entity, ModelError, Record, Relation
from graph.resolve import OrgAliases, read_org_aliases, resolve
from graph.store import DiskFullError, Store
from graph.store.base import AddStats, split_records
from graph.textsafe import terminal
from loaders import load
from loaders.base import ArticleText, Loaded, Problem

# Organisation aliases (NATO / North Atlantic Treaty Organization / "the Alliance"), applied at ingest.
ORG_ALIASES = Path(loaders.__file__).resolve().parent / "data" / "org_aliases.yaml"


@dataclass
class IngestReport(AddStats):
    """An ingest's totals (``AddStats`` summed over its documents) and what else it met."""

    documents: int = 0
    merged: int = 0  # nodes merged into another by the resolution (one per person or body)
    problems: list[Problem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # paths of articles nothing dates
    decisions: int = 0  # analyst decisions on entities that had to be applied again
    skipped: int = 0  # articles already stored with the same text (ids are hashes of the text)

    @property
    def summary(self) -> str:
        line = (
            f"ingested {self.documents} document(s): {self.nodes} nodes ({self.new_nodes} new), "
            f"{self.relations} relations ({self.new_relations} new), {self.evidence} evidence records "
            f"({self.new_evidence} new); {len(self.problems)} problem(s)"
        )
        skipped = [f"skipped {self.skipped} article(s) already stored unchanged"] if self.skipped else []
        if self.merged:
            skipped.append(f"merged {self.merged} node(s) into others naming the same person or body")
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
        return [head + ":", *(f"  {terminal(path)}" for path in self.undated)]  # a name cannot forge a line


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
    scheduler: str | None = None,
    article_timeout: float = loaders.ARTICLE_TIMEOUT,
) -> IngestReport:
    """Read every file under ``paths`` and add its records to ``store``, merge the nodes that name one
    person or body (``graph.resolve``), then replay the analyst's entity decisions (``decisions``, see
    ``graph.entities``), which win: two nodes an analyst split apart are never merged again.

    Documents are committed in batches (``ingest_items``), so an interrupted ingest keeps every batch
    it finished and a rerun completes it without duplicates. An article stored already from the same
    text (its id is a hash of the text) by today's extractor is not read again: it is counted as
    skipped. Bad files are reported, never fatal. With ``workers`` > 1 the articles are extracted by
    that many worker processes (``loaders.parallel``), or with ``scheduler`` by the workers of that
    Dask scheduler, while this process writes, in the same order, so the graph is the same. An article
    whose extraction takes longer than ``article_timeout`` seconds (0: no limit) is a Problem naming its
    file (``loaders.time_limit``; not applied on Dask's threads).
    """
    stored = partial(unchanged_articles, store)
    if workers > 1 or scheduler:
        from loaders.parallel import load_parallel

        items = load_parallel(
            paths,
            workers=workers,
            scheduler=scheduler,
            date=date,
            outlet=outlet,
            keep_paths=keep_paths,
            stored=stored,
            article_timeout=article_timeout,
        )
    else:
        items = load(
            paths,
            date=date,
            outlet=outlet,
            keep_paths=keep_paths,
            stored=stored,
            article_timeout=article_timeout,
        )
    aliases = read_org_aliases(ORG_ALIASES)
    report = ingest_items(store, items, on_item=on_item, aliases=aliases)
    recorded: list[Decision] = read_decisions(decisions) if decisions is not None else []
    report.merged = resolve(store, aliases, keep_apart=split_pairs(recorded)).nodes
    report.decisions = replay(store, recorded)
    return report


# Documents written in one store transaction, and the records past which a batch is written sooner:
# 76 documents (20k words) took 4.7 s to write one a transaction (a commit, ~36 statements and the
# lookups' reads each) and 1.1 s in batches of 64; the bound keeps the writer's memory flat. A batch
# rewrites each lookup list it touches whole (an actor's topics, the ids under a common name, a busy
# relation's evidence ids), and those lists grow with the store: on LadybugDB, 20,000 small articles
# wrote 607 MB of log in batches of 64 and 459 MB in batches of 256, the last 4,000 of them 40 and 27
# KB an article (BENCHMARKS.md, "Fewer bytes of log per article").
WRITE_DOCUMENTS = 256
WRITE_RECORDS = 8_000


def ingest_items(
    store: Store,
    items: Iterable[Loaded | Problem],
    on_item: Callable[[Loaded | Problem], None] | None = None,
    aliases: OrgAliases | None = None,
    *,
    batch: int = WRITE_DOCUMENTS,
) -> IngestReport:
    """Add each Loaded to ``store`` and collect the Problems; a document whose records do not fit
    the model becomes a Problem too, and the others are still stored. With ``aliases``, each
    document's records are first rewritten where the document is the context (``graph.canonical``).

    Up to ``batch`` documents (fewer past ``WRITE_RECORDS`` records) are written in one transaction;
    when that transaction fails on a document (the model refuses it, the disk is full) the batch is
    written again one document at a time, so the error names the file and the others are stored.
    ``on_item`` sees each item, in order, once the document is committed. The graph and the report
    are those of one transaction per document."""
    report = IngestReport()
    pending: list[Loaded | Problem] = []
    docs = size = 0
    for item in items:
        if isinstance(item, Loaded) and not item.unchanged and aliases is not None:
            item = Loaded(item.path, canonical_records(item.records, aliases), item.title)
        pending.append(item)
        if isinstance(item, Loaded) and not item.unchanged:
            docs, size = docs + 1, size + len(item.records)
            if docs >= batch or size >= WRITE_RECORDS:
                _flush(store, pending, report, on_item)
                pending, docs, size = [], 0, 0
    _flush(store, pending, report, on_item)
    return report


def _flush(
    store: Store,
    items: list[Loaded | Problem],
    report: IngestReport,
    on_item: Callable[[Loaded | Problem], None] | None,
) -> None:
    """Write the documents among ``items`` (one transaction if it succeeds), then report every item."""
    fresh = [item for item in items if isinstance(item, Loaded) and not item.unchanged]
    skip: set[int] = set()
    written = False
    if len(fresh) > 1:
        skip = _skipped(store, fresh)
        docs = [doc for doc in fresh if id(doc) not in skip]
        if not _self_contained(store, docs):
            docs = []  # written one at a time below, as the store would refuse some of them alone
        try:
            stats = store.add([rec for doc in docs for rec in doc.records]) if docs else AddStats()
        except (ModelError, DiskFullError):
            pass  # rolled back (or never begun): one document at a time names the file
        else:
            written = bool(docs) or len(skip) == len(fresh)
            report.count(_new_only(stats))
    for item in items:
        if isinstance(item, Loaded) and (item.unchanged or (written and id(item) in skip)):
            report.skipped += 1
        elif isinstance(item, Loaded) and written:
            _stored(item, report)
        elif isinstance(item, Loaded):
            item = _add(store, item, report)
        if isinstance(item, Problem):
            report.problems.append(item)
        if on_item is not None:
            on_item(item)


def _skipped(store: Store, docs: list[Loaded]) -> set[int]:
    """Of these documents, those whose articles are stored already (or come earlier among them) from
    the same reading: ``id()`` of each (an article's id is a hash of its text)."""
    articles = {id(doc): [a.id for a in doc.records if isinstance(a, Article)] for doc in docs}
    known = store.known_ids(a for ids in articles.values() for a in ids)
    seen: set[str] = set()
    skip: set[int] = set()
    for doc in docs:
        ids = articles[id(doc)]
        stored = [a for a in ids if a not in seen]
        if ids and set(stored) <= known and (not stored or _same_reading(store, doc, stored)):
            skip.add(id(doc))
        seen.update(ids)
    return skip


def _self_contained(store: Store, docs: list[Loaded]) -> bool:
    """Whether every relation of each document ends at a node of that document, of an earlier one, or
    of the store: what the store checks of one document written alone (a batch would also accept an end
    that only a later document gives)."""
    defined: set[str] = set()
    foreign: set[str] = set()
    for doc in docs:
        own = {r.id for r in doc.records if isinstance(r, Entity | Article)}
        ends = {end for r in doc.records if isinstance(r, Relation) for end in (r.source, r.target)}
        foreign |= ends - own - defined
        defined |= own
    return not foreign or store.known_ids(foreign) == foreign


def _given(records: Iterable[Record]) -> AddStats:
    """What ``Store.add`` counts as given (nodes, relations, evidence) for one document's records."""
    entities, articles, relations = split_records(records)
    evidence = sum(len(r.evidence) for r in relations)
    return AddStats(nodes=len(entities) + len(articles), relations=len(relations), evidence=evidence)


def _new_only(stats: AddStats) -> AddStats:
    return AddStats(
        new_nodes=stats.new_nodes, new_relations=stats.new_relations, new_evidence=stats.new_evidence
    )


def _stored(doc: Loaded, report: IngestReport) -> None:
    """Count a committed document as its own transaction would have been counted."""
    report.documents += 1
    report.undated += [a.path or a.title for a in doc.records if isinstance(a, Article) and not a.date]
    report.count(_given(doc.records))


# One join on the article id for a batch of articles (Neo4j has an index on it; LadybugDB hash-joins).
_READ_WITH = (
    "UNWIND $ids AS a MATCH (e:Evidence) WHERE e.article = a "
    "RETURN DISTINCT e.article AS article, e.extractor_version AS version"
)


def _stored_versions(store: Store, articles: Collection[str]) -> dict[str, set[str]]:
    """The extractor versions of the stored evidence of each of these articles (none: an empty set)."""
    versions: dict[str, set[str]] = {a: set() for a in articles}
    if versions:
        rows = store.query(_READ_WITH, {"ids": sorted(versions)}, limit=len(versions) * 1000).records()
        for row in rows:
            versions[row["article"]].add(str(row["version"]))
    return versions


def unchanged_articles(store: Store, articles: Sequence[ArticleText]) -> set[str]:
    """The ids of ``articles`` that ``store`` holds read from the same text by today's extractor: an
    article's id is a hash of its text, and the extractor's version of the rules and data it read with."""
    known = store.known_ids(a.id for a in articles)
    if not known:
        return set()
    from loaders.extract import extractor_version  # loads spaCy: only once something is stored

    now = extractor_version()
    return {a for a, versions in _stored_versions(store, known).items() if versions <= {now}}


def _same_reading(store: Store, item: Loaded, articles: list[str]) -> bool:
    """Whether the stored evidence of these articles came from the extractor version that read them now."""
    now = {ev.extractor_version for r in item.records if isinstance(r, Relation) for ev in r.evidence}
    return all(versions <= now for versions in _stored_versions(store, articles).values())


def _add(store: Store, item: Loaded, report: IngestReport) -> Loaded | Problem:
    """Write one document in a transaction of its own."""
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
    except DiskFullError as exc:
        raise DiskFullError(
            f"{exc}. {report.documents} document(s) of this ingest stored; {terminal(item.path)} and the "
            "rest not. Free space and run the same ingest again: nothing is stored twice"
        ) from exc
    _stored(item, report)
    report.count(_new_only(stats))
    return item
