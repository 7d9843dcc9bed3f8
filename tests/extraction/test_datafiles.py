"""The reviewed data files are read by a loader that refuses a key given twice, naming the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from loaders.extract.yamlfile import UniqueKeyLoader

DATA = Path(__file__).resolve().parents[2] / "loaders" / "data"


def test_a_key_given_twice_is_refused_with_its_line() -> None:
    text = "verbs:\n  deplore: {rel: CONDEMNS}\n  praise: {rel: SUPPORTS}\n  deplore: {rel: CRITICIZES}\n"
    with pytest.raises(ValueError, match=r"line 4: 'deplore' given twice \(first on line 2\)"):
        yaml.load(text, Loader=UniqueKeyLoader)


def test_the_same_key_in_two_mappings_is_fine() -> None:
    text = "verbs:\n  protest: {rel: PROTESTS}\nnouns:\n  protest: {rel: PROTESTS}\n"
    loaded = yaml.load(text, Loader=UniqueKeyLoader)
    assert loaded["verbs"]["protest"] == loaded["nouns"]["protest"] == {"rel": "PROTESTS"}


@pytest.mark.parametrize("word", ["on", "No", "true", "null", "~"])
def test_a_bare_word_yaml_reads_as_a_boolean_or_null_is_refused_in_a_list(word: str) -> None:
    text = f"verbs:\n  warn: {{rel: THREATENS, aimed: [against, at]}}\n  vow: {{aimed: [against, {word}]}}\n"
    with pytest.raises(ValueError, match=rf"line 3: '{re.escape(word)}' in a list is read as .*; quote it"):
        yaml.load(text, Loader=UniqueKeyLoader)


def test_quoted_such_words_and_booleans_outside_lists_are_fine() -> None:
    text = 'warn: {needs_context: true, aimed: ["on", "null", at]}\n'
    assert yaml.load(text, Loader=UniqueKeyLoader) == {
        "warn": {"needs_context": True, "aimed": ["on", "null", "at"]}
    }


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_data_file_has_each_key_once(path: Path) -> None:
    assert yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader) is not None


def test_triage_reads_irregular_forms_from_the_lemmatizer() -> None:
    from loaders.extract.triage import forms

    assert {"broke", "broken"} <= forms("break")  # not listed in the lexicon's own irregular_forms
    assert "fled" in forms("flee")
