"""Hold the extraction scores on the seed and development gold (../shared/eval), article by article.

The texts and gold are third-party material read from the shared folder at test time, never copied
into the repository. The folder is looked for in $GEOALIGN_EVAL_DIR, beside the checkout
(../shared/eval, where the team keeps it) and at /work/shared/eval. Where none exists (a clone
elsewhere) the test cannot run and says so as a skip: the data may not be committed.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.extraction.score_export import graph_json


def _eval_dir() -> Path:
    candidates = [Path(os.environ["GEOALIGN_EVAL_DIR"])] if os.environ.get("GEOALIGN_EVAL_DIR") else []
    candidates += [Path(__file__).resolve().parents[2].parent / "shared" / "eval", Path("/work/shared/eval")]
    return next((c for c in candidates if (c / "score.py").exists()), candidates[0])


EVAL = _eval_dir()
SHARED = EVAL.parent
MARGIN = 0.02
# (gold folder, text folder, strict F1 floor, lenient precision floor): the figures reached, less MARGIN
SUITES = {
    "seed": (EVAL / "seed_gold", SHARED / "seeds", 0.97, 1.0),
    "dev": (EVAL / "dev", EVAL / "dev", 0.99, 1.0),
}


def _scorer() -> ModuleType:
    if not (EVAL / "score.py").exists():
        pytest.skip("no evaluation folder (looked in $GEOALIGN_EVAL_DIR, ../shared/eval, /work/shared/eval)")
    spec = importlib.util.spec_from_file_location("geoalign_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _totals(score: ModuleType, gold_dir: Path, export_dir: Path, lenient: bool) -> tuple[float, float, float]:
    tp = claims = gold = found = 0
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        tc, nc, ng, hits, *_ = score.score_article(gold_path, export_dir / f"{name}.json", lenient)
        tp, claims, gold, found = tp + tc, claims + nc, gold + ng, found + len(hits)
    p = tp / claims if claims else 0.0
    r = found / gold if gold else 0.0
    return p, r, score.f1(p, r)


def _export(gold_dir: Path, text_dir: Path, out: Path) -> None:
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = text_dir / f"{name}.txt"
        assert text.exists(), f"no text for {gold_path.name}"
        meta: dict[str, Any] = {k: json.loads(gold_path.read_text())[k] for k in ("url", "outlet", "date")}
        (out / f"{name}.json").write_text(json.dumps(graph_json(text, meta)))


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_scores_hold(suite: str, tmp_path: Path) -> None:
    score = _scorer()
    gold_dir, text_dir, f1_floor, precision_floor = SUITES[suite]
    _export(gold_dir, text_dir, tmp_path)
    _, _, strict_f1 = _totals(score, gold_dir, tmp_path, lenient=False)
    lenient_p, _, _ = _totals(score, gold_dir, tmp_path, lenient=True)
    assert strict_f1 >= f1_floor - MARGIN, f"{suite}: strict F1 {strict_f1:.3f} < {f1_floor} - {MARGIN}"
    assert lenient_p >= precision_floor - MARGIN, f"{suite}: lenient P {lenient_p:.3f} < {precision_floor}"
