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


def test_names_are_readable_and_carry_the_month_never_a_hash() -> None:
    a = _topics("Chile and Peru signed the agreement on Monday.", date="2021-05-04")
    (node,) = a.values()
    assert node.name == "Chile and Peru agreement (2021-05)"
    assert "Chile and Peru agreement" in node.aliases


def test_a_vague_topic_is_named_by_its_backers_or_opponents() -> None:
    a = _topics("Ghana voted against the resolution.", date="2021-05-04")
    assert [e.name for e in a.values()] == ["resolution opposed by Ghana (2021-05)"]


def test_one_topic_with_or_without_a_date() -> None:
    dated = _topics("Finland condemned Russia's invasion of Ukraine on Monday.", date="2023-02-27")
    undated = _topics("Estonia condemned Russia's invasion of Ukraine again.", date="")
    assert set(dated) == set(undated) == {"Event:russian-invasion-of-ukraine"}
    (node,) = dated.values()
    assert node.name == "Russian invasion of Ukraine (2023-02)"


def test_leaders_converge_on_one_person_across_spellings() -> None:
    ids = set()
    for text in (
        "Victor Orban met Chile's president on Monday.",
        "Hungarian Prime Minister Viktor Orbán met Peru's president.",
    ):
        records = extract(article_from_text(text, meta={"date": "2023-02-27"}))
        ids |= {r.id for r in records if isinstance(r, Entity) and r.label is Label.PERSON}
    assert "Person:viktor-orban" in ids
    assert not any(i.startswith("Person:victor") for i in ids)
