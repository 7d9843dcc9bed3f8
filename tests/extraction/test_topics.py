"""Events and agreements get canonical names: the same thing read from two articles is one node."""

from __future__ import annotations

from graph.model import Entity, Label
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _topics(text: str, date: str = "2022-10-01") -> dict[str, Entity]:
    records = extract(article_from_text(text, meta={"date": date}))
    return {r.id: r for r in records if isinstance(r, Entity) and r.label in {Label.EVENT, Label.AGREEMENT}}


def test_one_invasion_across_phrasings() -> None:
    a = _topics("Finland condemned Russia's invasion of Ukraine on Monday.")
    b = _topics("Poland condemned the Russian invasion of Ukraine again.")
    assert "Event:russian-invasion-of-ukraine" in a
    assert "Event:russian-invasion-of-ukraine" in b


def test_referendums_named_by_their_regions_in_any_order() -> None:
    a = _topics("Norway rejected the referendums in the Kherson and Luhansk regions.")
    b = _topics(
        "Japan would not recognize the votes held in Luhansk and Kherson. The referendums were a sham."
    )
    assert set(a) & set(b), (sorted(a), sorted(b))


def test_vague_topics_stay_in_their_article() -> None:
    a = _topics("Chile signed the agreement.")
    b = _topics("Peru signed the agreement too.")
    assert not set(a) & set(b)
