"""The parse repairs never leave a loop of heads: a loop makes every walk of a subtree endless, and one
sentence would hang the extraction of its whole corpus."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from loaders.extract import extract
from loaders.extract.nlp import acyclic, load_nlp
from tests.extraction.score_export import article_from_text

# "A, B and non-C" where the model hangs the adjectives on the noun after "non-" and "non" on an adjective
LISTS_WITH_NON = [
    '"We stand for peaceful, fraternal and non-alignment," the president said.',
    "The summit stressed mutual, equal and non-interference in internal affairs, the envoy said.",
    '"We believe in sovereign, mutual and non-interference," said the emir.',
]


def _loops(doc: Doc) -> list[int]:
    looping = []
    for token in doc:
        x, steps = token, 0
        while x.head.i != x.i and steps <= len(doc):
            x, steps = x.head, steps + 1
        if steps > len(doc):
            looping.append(token.i)
    return looping


@pytest.mark.parametrize("text", LISTS_WITH_NON)
def test_non_prefix_after_a_list_leaves_a_tree(text: str) -> None:
    doc = load_nlp()(text)
    assert _loops(doc) == []
    assert "non" in [t.lower_ for t in doc if t.dep_ == "neg"]  # the repair still marks the negation


def test_a_loop_left_by_a_repair_is_cut() -> None:
    doc = load_nlp()("Kenya and Uganda signed a new trade pact in Nairobi on Monday.")
    pact = next(t for t in doc if t.lower_ == "pact")
    new = next(t for t in doc if t.lower_ == "new")
    assert new.head.i == pact.i
    pact.head = new  # what a faulty repair could do: the noun hung on its own modifier
    assert _loops(doc)
    acyclic(doc)
    assert _loops(doc) == []
    assert sorted(t.i for t in doc[pact.i].subtree)  # the walk ends


def test_extraction_of_such_a_sentence_ends() -> None:
    text = "Leaders meet in Muscat\n\n" + " ".join(LISTS_WITH_NON)
    records = extract(article_from_text(text))
    assert isinstance(records, list)
