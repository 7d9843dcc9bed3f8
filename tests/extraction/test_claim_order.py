"""Claims come out in the text's order, not a set's: the exported graph is the same in every process."""

from __future__ import annotations

import pytest

from graph.model import Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


@pytest.mark.parametrize(
    ("mediators", "expected"),
    [
        ("Kenya and Uganda", ["Country:KEN", "Country:UGA"]),
        ("Uganda and Kenya", ["Country:UGA", "Country:KEN"]),
    ],
)
def test_brokers_organized_in_the_subjects_order(mediators: str, expected: list[str]) -> None:
    # (a set of the two brokers gave one order for both sentences, which one depending on the hash seed)
    text = f"Ethiopia and Eritrea agreed to a ceasefire after {mediators} mediated."
    records = extract(article_from_text(text))
    organized = [r.source for r in records if isinstance(r, Relation) and r.type == "ORGANIZED"]
    assert organized == expected
