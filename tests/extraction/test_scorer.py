"""The learned relation scorer: its run-time veto (a dot product over a JSON model), the file's schema, the
off switch, and the training tool (labels by score.py's matching, figures equal to score.py's, deterministic
training). The fixture articles (tests/extraction/scorer_fixture) are our own sentences, not evaluation
text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from evaldir import eval_dir, load_scorer

from graph.model import Relation
from loaders.extract import extract
from loaders.extract import scorer as scorer_module
from loaders.extract.scorer import Model, collecting, load_model, model_from_dict
from tests.extraction.score_export import article_from_text
from tools import train_scorer

FIXTURE = Path(__file__).parent / "scorer_fixture"
SETS = [f"one={FIXTURE / 'one'}", f"two={FIXTURE / 'two'}"]
NORWAY = (FIXTURE / "two" / "b1.txt").read_text()


def _model_file(path: Path, weights: dict[str, float], intercept: float, *, enabled: bool = True) -> Path:
    path.write_text(
        json.dumps(
            {
                "schema": 1,
                "enabled": enabled,
                "features": list(weights),
                "weights": list(weights.values()),
                "intercept": intercept,
                "threshold": 0.5,
            }
        )
    )
    return path


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.source, r.type, r.target)
        for r in extract(article_from_text(text))
        if isinstance(r, Relation) and r.type != "MENTIONS"
    }


def test_the_model_vetoes_a_vector_below_its_threshold_and_keeps_one_above() -> None:
    model = Model({"type=SUPPORTS": -3.0, "inferred": -2.0, "type=SIGNED": 1.0}, 1.0, 0.5)
    assert not model.keeps({"type=SUPPORTS": 1.0, "inferred": 1.0})  # z = -4
    assert model.keeps({"type=SIGNED": 1.0, "never_trained": 9.0})  # z = 2: an unknown feature weighs 0
    assert model.score({}) == pytest.approx(1 / (1 + 2.718281828459045**-1.0))


def test_a_scorer_file_is_checked_and_may_be_switched_off(tmp_path: Path) -> None:
    good = {"schema": 1, "enabled": True, "features": ["a"], "weights": [1.0]}
    good |= {"intercept": 0, "threshold": 0.4}
    assert model_from_dict(good) == Model({"a": 1.0}, 0.0, 0.4)
    assert model_from_dict({**good, "enabled": False}) is None
    with pytest.raises(ValueError):
        model_from_dict({**good, "schema": 2})
    with pytest.raises(ValueError):
        model_from_dict({**good, "weights": [1.0, 2.0]})
    assert load_model(tmp_path / "none.json") is None  # no file: no scorer


def test_the_veto_drops_a_relation_at_run_time_and_the_switch_turns_it_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _relations(NORWAY)
    assert ("Country:ESP", "SUPPORTS", "Country:NOR") in before
    path = _model_file(tmp_path / "scorer.json", {"type=SUPPORTS": -20.0}, 5.0)
    monkeypatch.setattr(scorer_module, "MODEL_PATH", path)
    after = _relations(NORWAY)
    assert {r for r in before if r[1] != "SUPPORTS"} == after  # every SUPPORTS vetoed, nothing else
    monkeypatch.setenv("GEOALIGN_SCORER", "off")
    assert _relations(NORWAY) == before


def test_features_name_the_rule_that_read_the_relation() -> None:
    with collecting() as rows:
        _relations(NORWAY)
    feats = dict(rows)[("Country:NOR", "RECOGNIZES", "Country:PSE")]
    rules = [name for name in feats if name.startswith("rule=")]
    assert len(rules) == 1 and not re.search(r"\.(emit|_emit_all)$", rules[0])
    assert feats["type=RECOGNIZES"] == 1.0 and feats["source_named"] == 1.0
    assert _relations(NORWAY)  # outside the block nothing is collected
    assert scorer_module._collector.get() is None


def _collect(tmp_path: Path, name: str) -> dict[str, Any]:
    out = tmp_path / f"{name}.json"
    train_scorer.collect(str(eval_dir() / "score.py"), str(out), SETS, tmp_path / f"{name}-exports")
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def test_labels_follow_score_py_and_the_figures_are_score_py_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    score = load_scorer()
    data = _collect(tmp_path, "data")
    edges = {tuple(e["claim"]): e for art in data["sets"]["one"].values() for e in art["edges"]}
    assert not edges[("Country:UGA", "CRITICIZES", "Agreement:trade-pact")]["true"]  # left out of our gold
    assert edges[("Country:CHL", "CONDEMNS", "Event:exercise")]["true"]
    a1 = data["sets"]["one"]["a1"]["edges"]
    vetoed = {("a1", i) for i, e in enumerate(a1) if e["claim"][1] == "SUPPORTS"}
    assert vetoed
    report = [{"set": "one", "vetoed_edges": [["a1", *a1[i]["claim"]] for _, i in vetoed]}]
    train_scorer.write_filtered(report, tmp_path / "data-exports", tmp_path / "filtered")
    for export, veto in ((tmp_path / "data-exports" / "one", set()), (tmp_path / "filtered" / "one", vetoed)):
        capsys.readouterr()
        score.main(["score.py", str(FIXTURE / "one"), str(export)])
        printed = capsys.readouterr().out
        ours = train_scorer.figures(data["sets"]["one"], veto)
        assert f"F1={ours['strict_f1']:.3f}" in printed.splitlines()[-4]
        assert f"P={ours['lenient_p']:.3f} R={ours['lenient_r']:.3f}" in printed.splitlines()[-3]


def test_training_on_the_same_sets_gives_the_same_model(tmp_path: Path) -> None:
    load_scorer()
    data = _collect(tmp_path, "data")
    again = _collect(tmp_path, "again")
    assert data == again
    for name in ("first", "second"):
        train_scorer.fit(str(tmp_path / "data.json"), str(tmp_path / f"{name}.json"), False)
    first = (tmp_path / "first.json").read_text()
    assert first == (tmp_path / "second.json").read_text()
    model = json.loads(first)
    assert model["trained_on"] == {"one": 2, "two": 2} and not model["enabled"]
    assert model_from_dict(model) is None
    assert model_from_dict({**model, "enabled": True}) is not None


def test_training_tool_refuses_write_without_the_exports(tmp_path: Path) -> None:
    from click.testing import CliRunner

    data = tmp_path / "data.json"
    data.write_text(json.dumps({"sets": {}}))
    result = CliRunner().invoke(train_scorer.main, ["cv", str(data), "--write", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "--write needs --exports" in result.output
    assert not (tmp_path / "out").exists()


def test_auc_counts_ties_half_and_annotator_groups_split_the_composed_sets() -> None:
    assert train_scorer.auc([(0.1, False), (0.4, True), (0.35, False), (0.8, True)]) == 1.0
    assert train_scorer.auc([(0.5, False), (0.5, True)]) == 0.5
    assert train_scorer.auc([(0.2, True), (0.6, False), (0.7, True)]) == 0.5
    art: dict[str, Any] = {"gold": 0, "gold_strict": 0, "edges": []}
    data = {
        "sets": {
            "train25": {"03_a": art, "12_b": art, "40_c": art},
            "blind27": {"01_a": art, "02_b": art, "07_c": art},
            "dev": {"x": art},
        }
    }
    groups = {name: sorted(arts) for name, arts in train_scorer.annotator_groups(data)["sets"].items()}
    assert groups == {
        "train25/1": ["03_a"],
        "train25/2": ["12_b"],
        "train25/4": ["40_c"],
        "blind27/X": ["01_a", "07_c"],
        "blind27/Y": ["02_b"],
        "dev": ["x"],
    }


def test_the_precision_objective_never_lowers_f1_where_it_chooses(tmp_path: Path) -> None:
    load_scorer()
    data = _collect(tmp_path, "data")
    sets = sorted(data["sets"])
    threshold, _ = train_scorer.choose_threshold(data, sets, 3.0, "precision")
    probs = train_scorer.out_of_fold(data, sets, 3.0)
    vetoed = {(f"{s}/{stem}", i) for (s, stem, i), p in probs.items() if p < threshold}
    articles = train_scorer.pooled(data, sets)
    before, after = train_scorer.figures(articles, set()), train_scorer.figures(articles, vetoed)
    assert after["lenient_f1"] >= before["lenient_f1"] and after["strict_f1"] >= before["strict_f1"]
    assert after["lenient_p"] >= before["lenient_p"]


def test_the_standard_sets_name_every_released_set(tmp_path: Path) -> None:
    specs = train_scorer.standard_sets(tmp_path / "eval")
    names = [spec.partition("=")[0] for spec in specs]
    assert names[:3] == ["train24", "train25", "train26"] and "blind27" in names and names[-1] == "seeds"
    assert specs[-1] == f"seeds={tmp_path / 'seeds'}:{tmp_path / 'eval' / 'seed_gold'}"
    dirs = [Path(spec.partition("=")[2].partition(":")[0]).name for spec in specs]
    assert dirs == names
