"""Ingest order does not change the resulting graph (issue 7: property tests).

Four short articles of our own, extracted once; hypothesis picks orders (and repeats) to ingest
them in, and every order must export the same JSON.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from geofixture import lookup_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from geoalign.ingest import WRITE_DOCUMENTS, ingest_items
from graph.export.jsonio import graph_json
from graph.model import Record, article_id
from graph.store import open_store
from graph.subgraph import to_networkx
from loaders.base import ArticleText, Loaded
from loaders.extract import extract

TEXTS = [
    "Serbia rejects Moscow vote\n"
    "Serbia, a close ally of Russia, said on Monday it would not recognize the referendums held in "
    "Russian-occupied parts of Ukraine. Foreign Minister Nikola Selakovic said Belgrade could not "
    "accept the results.",
    "Kazakh leader keeps distance\n"
    "Kazakhstan refused to recognize the referendums, President Kassym-Jomart Tokayev said. "
    "The European Union condemned the votes as a sham.",
    "Ministers sign plan in New York\n"
    "Serbian Foreign Minister Nikola Selaković and his Russian counterpart Sergei Lavrov signed a "
    "consultation plan on Saturday. Ukraine criticized the signing.",
    "Sanctions widen\n"
    "The European Union imposed new sanctions on Russia on Friday. Hungary blocked a joint statement "
    "backing Ukraine.",
]


def _documents() -> list[list[Record]]:
    docs = []
    for i, text in enumerate(TEXTS):
        line_end = text.index("\n")
        article = ArticleText(
            article_id(text),
            text[:line_end],
            text,
            date=f"2022-09-2{i}",
            outlet="Own wire",
            path=f"a{i}.txt",
            paragraphs=((0, line_end), (line_end + 1, len(text))),
        )
        docs.append(extract(article))
    return docs


DOCUMENTS = _documents()


def _export(order: list[int], batch: int = WRITE_DOCUMENTS) -> str:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "g.lbug") as store:
        ingest_items(store, (Loaded(f"a{i}.txt", DOCUMENTS[i]) for i in order), batch=batch)
        graph = graph_json(to_networkx(store.read()))
        return json.dumps({"graph": graph, "lookups": lookup_rows(store)}, sort_keys=True)


BASELINE = _export(list(range(len(TEXTS))))


def test_the_articles_produce_a_graph_worth_comparing() -> None:
    graph = json.loads(BASELINE)["graph"]
    assert "Stance" in {row[0] for row in json.loads(BASELINE)["lookups"]}
    types = {edge["type"] for edge in graph["edges"]}
    assert {"REJECTS", "SIGNED", "SANCTIONS"} <= types
    assert len(graph["nodes"]) >= 10


@settings(max_examples=8, deadline=None)
@given(st.permutations(range(len(TEXTS))), st.lists(st.integers(0, len(TEXTS) - 1), max_size=3))
def test_any_ingest_order_with_repeats_gives_the_same_graph(order: list[int], repeats: list[int]) -> None:
    assert _export([*order, *repeats]) == BASELINE


@settings(max_examples=4, deadline=None)
@given(st.permutations(range(len(TEXTS))), st.integers(1, len(TEXTS)))
def test_any_number_of_documents_per_transaction_gives_the_same_graph(order: list[int], batch: int) -> None:
    assert _export(order, batch) == BASELINE
