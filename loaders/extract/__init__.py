"""Rule-based extraction: one article's text in, its typed graph records out.

``extract(article)`` returns the Article record, every entity seen (countries by ISO alpha-3,
persons, bodies, regions, events, agreements), every relation read from a sentence with its
evidence, and a MENTIONS edge from the article to each entity. ``extract_many(articles)`` gives the
same records for many articles, parsing the sentences of a batch in one spaCy stream (optionally in
forked workers); an article it fails on yields an ``ExtractionFailed``. spaCy, the gazetteer and the
lexicon load once per process, on first use (``pipeline`` holds the code; importing this package
or ``gazetteer.resolve`` loads no spaCy).

Map: pipeline (extract, extract_many) → segment (lines, headlines, datelines) → triage (which
sentences need a parse) → nlp (spaCy with the gazetteer before NER) → mentions (places, persons,
bodies) → sentence.Reader (what a token stands for: listing, pronouns, coref, topic_refs; values in
refs) → offices / structure / rules (relations) with modality → assemble (canonical topic names,
officials acting for states, evidence, MENTIONS). Words live in loaders/data/lexicon.yaml (the rules'
word lists as Lexicon.words), names in loaders/data/gazetteer.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["EXTRACTOR", "ExtractionFailed", "extract", "extract_many", "extractor_version", "warm_up"]

if TYPE_CHECKING:
    from loaders.extract.pipeline import (
        EXTRACTOR,
        ExtractionFailed,
        extract,
        extract_many,
        extractor_version,
        warm_up,
    )


def __getattr__(name: str) -> Any:
    # The pipeline (and spaCy) load on first use, so that the gazetteer alone can be read without
    # them: ``loaders.curated`` resolves names with ``loaders.extract.gazetteer.resolve``.
    if name in __all__:
        from loaders.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
