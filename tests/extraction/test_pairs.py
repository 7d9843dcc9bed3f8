"""The learned pair linker: applied as data at run time, only where asked, only above its threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaldir import eval_dir, load_scorer

from graph.model import Modality, Relation
from loaders.extract import extract, pairs
from tests.extraction.score_export import article_from_text

# A hand-made model: "befriend" on the path links the first-named end to the second as ALLY_OF.
TOY = {
    "schema": pairs.SCHEMA,
    "enabled": False,
    "threshold": 0.8,
    "classes": ["ALLY_OF>", "NONE"],
    "intercepts": [-2.0, 0.0],
    "weights": {"PL:befriend": {"ALLY_OF>": 6.0}},
}


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps(TOY), encoding="utf-8")
    monkeypatch.setenv(pairs.MODEL_ENV, str(path))
    return path


def _relations(text: str) -> list[Relation]:
    return [r for r in extract(article_from_text(text)) if isinstance(r, Relation) and r.type != "MENTIONS"]


def _allies(text: str) -> list[Relation]:
    return [r for r in _relations(text) if r.type == "ALLY_OF"]


def test_switched_on_the_model_links_a_pair_the_rules_leave(
    toy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Quiet week.\n\nFrance befriended Germany after the talks.\n"
    monkeypatch.setenv(pairs.ENV, "0")
    assert _allies(text) == []
    monkeypatch.setenv(pairs.ENV, "1")
    found = _allies(text)
    assert [(r.source, r.target) for r in found] == [("Country:FRA", "Country:DEU")]
    assert found[0].evidence[0].confidence == pairs.CONFIDENCE


def test_off_by_default_when_the_model_file_says_so(toy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pairs.ENV, raising=False)
    assert _allies("Quiet week.\n\nFrance befriended Germany after the talks.\n") == []


def test_a_pair_below_the_threshold_is_not_linked(toy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pairs.ENV, "1")
    assert _allies("Quiet week.\n\nFrance outpaced Germany after the talks.\n") == []


def test_a_pair_the_rules_linked_is_left_to_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "visit.json"
    path.write_text(json.dumps({**TOY, "weights": {"PL:visit": {"ALLY_OF>": 6.0}}}), encoding="utf-8")
    monkeypatch.setenv(pairs.MODEL_ENV, str(path))
    monkeypatch.setenv(pairs.ENV, "1")
    found = _relations("Quiet week.\n\nFrance visited Germany after the talks.\n")
    assert [r.type for r in found] == ["MET_WITH"]


def test_a_negated_link_is_not_asserted(toy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pairs.ENV, "1")
    found = _allies("Quiet week.\n\nFrance has never befriended Germany after the talks.\n")
    assert found and all(ev.modality is Modality.NEGATED for r in found for ev in r.evidence)


def test_probabilities_are_a_softmax_over_the_weights() -> None:
    model = pairs.PairModel.from_json(TOY)
    label, p = model.best({"PL:befriend": 1.0})
    assert label == "ALLY_OF>" and p == pytest.approx(1 / (1 + 2.718281828459045**-4), rel=1e-6)
    assert model.best({"PL:visit": 1.0})[1] < model.threshold


def test_a_model_of_another_schema_or_shape_is_refused() -> None:
    with pytest.raises(ValueError):
        pairs.PairModel.from_json({**TOY, "schema": "other/1"})
    with pytest.raises(ValueError):
        pairs.PairModel.from_json({**TOY, "weights": {"PL:befriend": {"MET_WITH>": 1.0}}})


def test_no_model_ships_so_the_linker_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # measured and not adopted (README, round twenty-four): no model file is shipped, and without one the
    # linker stays off even when asked for
    monkeypatch.delenv(pairs.MODEL_ENV, raising=False)
    monkeypatch.setenv(pairs.ENV, "1")
    assert not pairs.MODEL_FILE.exists()
    assert pairs.load_model() is None


def _rows(set_name: str, n: int) -> list[dict[str, object]]:
    rows = []
    for k in range(n):
        linked = k % 7 == 0
        if k % 3 == 0:
            x, y = {"PL:befriend": 1.0, f"BW:w{k % 4}": 1.0}, "ALLY_OF>"
        elif k % 3 == 1:
            x, y = {"PL:scold": 1.0, f"BW:w{k % 5}": 1.0}, "CRITICIZES<"
        else:
            x, y = {"PL:visit": 1.0, f"BW:w{k % 3}": 1.0}, "NONE"
        rows.append({"set": set_name, "article": "a", "keys": ["x", "y"], "linked": linked, "y": y, "x": x})
    return rows


def test_training_is_deterministic_on_a_tiny_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tools import train_pairs

    load_scorer()  # the tool reads score.py's relation families: fail under CI, skip elsewhere, without it
    monkeypatch.setenv("GEOALIGN_SCORE", str(eval_dir() / "score.py"))

    paths = []
    for name, n in (("one", 30), ("two", 24), ("three", 27)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in _rows(name, n)), encoding="utf-8")
        paths.append(path)
    first, second = train_pairs.train(paths), train_pairs.train(list(reversed(paths)))
    assert first == second
    model = pairs.PairModel.from_json(first)
    assert model.best({"PL:befriend": 1.0})[0] == "ALLY_OF>"
    assert model.best({"PL:scold": 1.0})[0] == "CRITICIZES<"
    assert first["trained_on"] == ["one", "three", "two"] and first["enabled"] is False
