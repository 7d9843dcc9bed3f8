"""Records for the store tests, built from graph.model directly (no NLP), and an ingest worker.

A tiny graph you can draw: Serbia REJECTS the referendums (stated by two articles), Russia ORGANIZED
them, Vučić HOLDS_OFFICE in Serbia, each article MENTIONS what it talks about.

``documents(n)`` is a synthetic corpus for the fault and volume tests: document i is one article with
a few relations among 40 countries, so relations recur across documents and gather evidence.

Run as a script it is the worker the kill tests use:
``python sample_records.py URI N [--retry S]`` ingests ``documents(N)``, ``BATCH`` documents a transaction,
printing ``expected {json}`` first, then ``committed <article id>`` once each is committed, then ``done``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from geoalign.ingest import ingest_items
from graph.model import Article, Entity, Evidence, Label, Modality, Record, Relation, merge_relations
from graph.store import Store, StoreError, open_store
from loaders.base import Loaded

HOSTILE = "x'}) DETACH DELETE n // \"; MATCH (m) DETACH DELETE m; <b>ü</b> \\ $name"

RUS = Entity(
    "Country:RUS", Label.COUNTRY, "Russia", ("Russian Federation", "Moscow"), "RUS", {"capital": "Moscow"}
)
SRB = Entity("Country:SRB", Label.COUNTRY, "Serbia", ("Belgrade",), "SRB")
VUCIC = Entity("Person:aleksandar-vucic", Label.PERSON, "Aleksandar Vučić", ("Vucic", "Vučić"))
REFERENDUMS = Entity("Event:2022-annexation-referendums", Label.EVENT, "2022 annexation referendums")
A1 = Article(
    "Article:00000000000000a1",
    "Serbia will not recognize the referendums",
    "https://example.org/1",
    "RFE/RL",
    "2022-09-24",
    "a1.txt",
)
A2 = Article("Article:00000000000000a2", "Belgrade rejects the votes", None, None, "2022-09-28", None)


def ev(article: Article, quote: str, start: int, **extra: object) -> Evidence:
    """Evidence for ``quote`` at ``start`` in ``article`` (dated like the article unless given)."""
    fields: dict[str, object] = {"date": article.date, "outlet": article.outlet, "url": article.url, **extra}
    return Evidence(article.id, quote, start // 100, start, start + len(quote), **fields)  # type: ignore[arg-type]


def rejects(
    article: Article, start: int = 0, quote: str = "Serbia will not recognize the referendums"
) -> Relation:
    return Relation(SRB.id, "REJECTS", REFERENDUMS.id, (ev(article, quote, start),))


def small_graph() -> list[Record]:
    """Two articles, four entities, six relations; REJECTS is stated by both articles."""
    return [
        RUS,
        SRB,
        VUCIC,
        REFERENDUMS,
        A1,
        A2,
        rejects(A1),
        rejects(A2, 40, "Belgrade said it rejects the votes"),
        Relation(
            RUS.id,
            "ORGANIZED",
            REFERENDUMS.id,
            (ev(A1, "Moscow organized the votes", 120, modality=Modality.ASSERTED, confidence=0.75),),
        ),
        Relation(VUCIC.id, "HOLDS_OFFICE", SRB.id, (ev(A2, "President Vučić", 0),), role="President"),
        Relation(A1.id, "MENTIONS", SRB.id, (ev(A1, "Serbia", 0),)),
        Relation(A2.id, "MENTIONS", VUCIC.id, (ev(A2, "Vučić", 10, modality=Modality.NEGATED),)),
    ]


# --- a synthetic corpus ----------------------------------------------------------------------------

N_COUNTRIES = 40
KINDS = ("SUPPORTS", "CRITICIZES", "MET_WITH", "SANCTIONS")


def _country(i: int) -> Entity:
    code = f"C{i % N_COUNTRIES:02d}"
    return Entity(f"Country:{code}", Label.COUNTRY, f"Country {code}", (f"Land {code}",), code)


def document(i: int) -> Loaded:
    """Document i: an article, three countries and three relations (which recur every few documents)."""
    art = Article(
        f"Article:{i:016x}", f"Report {i}", f"https://example.org/{i}", "Wire", f"2024-01-{i % 28 + 1:02d}"
    )
    a, b, c = _country(i), _country(i * 7 + 1), _country(i * 13 + 2)
    records: list[Record] = [art, a, b, c]
    for n, (src, dst) in enumerate(((a, b), (b, c), (c, a))):
        if src.id != dst.id:
            kind = KINDS[(i + n) % len(KINDS)]
            records.append(
                Relation(src.id, kind, dst.id, (ev(art, f"{src.name} {kind.lower()} {dst.name}", n * 80),))
            )
    records.append(Relation(art.id, "MENTIONS", a.id, (ev(art, a.name, 0),)))
    return Loaded(f"doc-{i}.txt", records, art.title)


def documents(n: int) -> list[Loaded]:
    return [document(i) for i in range(n)]


@dataclass(frozen=True)
class Counts:
    """What a store holds, summed: nodes, relations, evidence records."""

    nodes: int
    relations: int
    evidence: int


def expected_counts(docs: Sequence[Loaded]) -> Counts:
    """The counts a store must hold after ingesting ``docs`` (any number of times, in any order)."""
    records = [rec for doc in docs for rec in doc.records]
    node_ids = {rec.id for rec in records if isinstance(rec, Entity | Article)}
    relations = merge_relations(rec for rec in records if isinstance(rec, Relation))
    return Counts(len(node_ids), len(relations), sum(len(rel.evidence) for rel in relations))


def counts(store: Store) -> Counts:
    data = store.read()
    return Counts(
        len(data.entities) + len(data.articles),
        len(data.relations),
        sum(len(rel.evidence) for rel in data.relations),
    )


# --- the worker -----------------------------------------------------------------------------------

# Documents a transaction: small, so that a kill after the first commits lands in the middle of the ingest.
BATCH = 5


def main(argv: Sequence[str]) -> int:
    uri, n = argv[0], int(argv[1])
    retry_s = float(argv[argv.index("--retry") + 1]) if "--retry" in argv else None
    docs = documents(n)
    print("expected", json.dumps(expected_counts(docs).__dict__), flush=True)
    try:
        store = _open(uri, retry_s)
        with store:
            ingest_items(
                store,
                docs,
                on_item=lambda item: print("committed", _article_of(item), flush=True),
                batch=BATCH,
            )
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 1
    print("done", flush=True)
    return 0


def _open(uri: str, retry_s: float | None) -> Store:
    if retry_s is None or "://" not in uri:
        return open_store(uri, env={})
    from graph.store.neo4j_store import Neo4jStore

    return Neo4jStore(uri, None, max_retry_s=retry_s)


def _article_of(item: object) -> str:
    assert isinstance(item, Loaded)
    return next(rec.id for rec in item.records if isinstance(rec, Article))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
