"""Train the relation scorer (loaders/extract/scorer.py) on annotated article sets, and measure it honestly.

usage:
  python -m tools.train_scorer collect SCORE_PY OUT.json NAME=TEXT_DIR[:GOLD_DIR] ...
                                                 [--exports DIR]
      run the extractor (scorer off) on every article with a gold file, label each relation it gives with
      SCORE_PY's own matching (right under lenient matching / wrong / hard negative) and write the dataset
  python -m tools.train_scorer cv DATA.json [--sets dev3,blind22,...] [--threshold T] [--groups]
                                            [--weight W] [--objective f1|precision]
                                            [--json REPORT.json] [--exports DIR --write OUT_DIR]
      leave-one-SET-out (--groups: one annotator's files of a set): for each set, train on the others
      (threshold chosen by an inner leave-one-set-out over them), veto on the left-out set, and print
      score.py's figures with and without the veto, each set's and the pooled out-of-set ROC AUC
  python -m tools.train_scorer fit DATA.json MODEL.json [--enable] [--weight W] [--objective ...]
      train on every set of DATA.json and write the model file (``"enabled": false`` unless --enable)
  python -m tools.train_scorer refit [--eval-dir DIR] [--data OUT.json] [--enable/--disable]
      after the rules change: ``collect`` over the released sets (TRAIN_SETS, dev, dev2, dev3, seeds) and
      ``fit`` with the shipped settings into loaders/data/relation_scorer.json (~8-10 minutes on 2 cores)

Needs scikit-learn (the ``train`` extra); the extractor at run time needs only the JSON it writes.
The figures of ``cv`` are those score.py prints on exports without the vetoed edges (same counts, computed
from the labels), so they can be checked by running score.py on ``--write`` exports.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from tools.eval_score import import_score

TOOL_VERSION = "1"
THRESHOLDS = [0.0, *(round(0.05 * i, 2) for i in range(1, 19))]  # 0.0 vetoes nothing; up to 0.9
MIN_COUNT = 5  # a feature seen on fewer training relations is left out (a rule of one text)
# the composed sets released for reading (tests/extraction), beside the shared dev sets and seeds
TRAIN_SETS = tuple(f"train{n}" for n in (24, 25, 26)) + tuple(f"blind{n}" for n in range(22, 28))
WRONG_WEIGHT = 1.0  # the shipped model's class weight of a wrong relation (``--weight``)
OBJECTIVE = "precision"  # how the threshold is chosen (``--objective``; round 32: the better out of set)
C = 0.2  # inverse regularisation of the logistic regression (best pooled out-of-set AUC of 0.05-2)


# ---- collect ----------------------------------------------------------------------------------------
Row = tuple[str, str, int, dict[str, float], bool]  # set, article, edge index, features, right


def label_article(
    score: Any, gold_path: Path, export_path: Path, rows: dict[tuple[str, str, str], Any]
) -> Any:
    """Each claim of the export as score.py counts it, with the features of the relation if it has any."""
    gold, gold_names = score.load_gold(gold_path)
    nodes, claims = score.load_export(export_path)
    rels = gold["relations"]
    direct = [i for i, r in enumerate(rels) if r.get("explicitness", "direct") == "direct"]
    edges = []
    for claim in sorted(claims):
        feats = rows.get(claim)
        if feats is None and claim[1] in score.SYMMETRIC:
            feats = rows.get((claim[2], claim[1], claim[0]))
        true = any(score.matches(claim, r, gold_names, nodes, True, alternatives=True) for r in rels)
        strict_true = any(score.matches(claim, r, gold_names, nodes, False, alternatives=True) for r in rels)
        found = [i for i, r in enumerate(rels) if score.matches(claim, r, gold_names, nodes, True)]
        found_strict = [i for i in direct if score.matches(claim, rels[i], gold_names, nodes, False)]
        negative = not true and any(
            score.matches(claim, n, gold_names, nodes, False) for n in gold.get("negatives", [])
        )
        edges.append(
            {
                "claim": list(claim),
                "features": feats,  # None: a relation the scorer does not judge (always kept)
                "true": true,
                "strict_true": strict_true,
                "found": found,
                "found_strict": found_strict,
                "negative": negative,
            }
        )
    return {"gold": len(rels), "gold_strict": len(direct), "edges": edges}


def collect(score_py: str, out: str, specs: Sequence[str], exports: Path | None = None) -> None:
    from loaders.extract.scorer import collecting
    from tests.extraction.score_export import graph_json

    score = import_score(score_py)  # score.py as it is: its matching is the labels' definition
    data: dict[str, Any] = {"tool_version": TOOL_VERSION, "sets": {}}
    with tempfile.TemporaryDirectory() as tmp:
        root = exports or Path(tmp)
        for spec in specs:
            name, _, dirs = spec.partition("=")
            text_dir, _, gold_dir = dirs.partition(":")
            gold_root = Path(gold_dir or text_dir)
            articles = {}
            for gold_path in sorted(gold_root.glob("*.gold.json")):
                stem = gold_path.name[: -len(".gold.json")]
                text = Path(text_dir) / f"{stem}.txt"
                if not text.exists():
                    continue
                with collecting() as collected:
                    graph = graph_json(text)
                (root / name).mkdir(parents=True, exist_ok=True)
                export = root / name / f"{stem}.json"
                export.write_text(json.dumps(graph, ensure_ascii=False))
                rows = dict(collected)
                articles[stem] = label_article(score, gold_path, export, rows)
            data["sets"][name] = articles
            n = sum(len(a["edges"]) for a in articles.values())
            print(f"{name}: {len(articles)} articles, {n} claims", file=sys.stderr)
    Path(out).write_text(json.dumps(data))


# ---- figures ----------------------------------------------------------------------------------------
def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def figures(articles: dict[str, Any], vetoed: set[tuple[str, int]]) -> dict[str, float]:
    """score.py's totals over the articles with the edges (article, index) in ``vetoed`` removed."""
    n = tp = tps = gold = gold_s = found = found_s = neg = 0
    for stem, art in articles.items():
        kept = [e for i, e in enumerate(art["edges"]) if (stem, i) not in vetoed]
        n += len(kept)
        tp += sum(e["true"] for e in kept)
        tps += sum(e["strict_true"] for e in kept)
        neg += sum(e["negative"] for e in kept)
        gold += art["gold"]
        gold_s += art["gold_strict"]
        found += len({g for e in kept for g in e["found"]})
        found_s += len({g for e in kept for g in e["found_strict"]})
    sp, sr = (tps / n if n else 0.0), (found_s / gold_s if gold_s else 0.0)
    lp, lr = (tp / n if n else 0.0), (found / gold if gold else 0.0)
    return {
        "strict_f1": f1(sp, sr),
        "lenient_p": lp,
        "lenient_r": lr,
        "lenient_f1": f1(lp, lr),
        "negatives": float(neg),
        "claims": float(n),
    }


# ---- training ---------------------------------------------------------------------------------------
def examples(data: dict[str, Any], sets: Sequence[str]) -> list[Row]:
    return [
        (s, stem, i, e["features"], e["true"])
        for s in sets
        for stem, art in sorted(data["sets"][s].items())
        for i, e in enumerate(art["edges"])
        if e["features"] is not None
    ]


def train(
    rows: Sequence[tuple[str, str, int, dict[str, float], bool]], wrong_weight: float = 1.0
) -> tuple[list[str], list[float], float]:
    """A logistic regression over the rows' features: (feature names, weights, intercept); a wrong
    relation weighs ``wrong_weight`` times a right one (above 1: the model is aimed at precision)."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for row in rows:
        for name in row[3]:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(names)}
    cells = [(r, index[k], v) for r, row in enumerate(rows) for k, v in row[3].items() if k in index]
    matrix = csr_matrix(
        ([v for _, _, v in cells], ([r for r, _, _ in cells], [c for _, c, _ in cells])),
        shape=(len(rows), len(names)),
    )
    labels = [int(row[4]) for row in rows]
    # newton-cholesky on a sparse matrix: converged, ~0.15 CPU-s a fit on 3,906 relations
    weights = {0: wrong_weight, 1: 1.0}
    model = LogisticRegression(C=C, max_iter=500, solver="newton-cholesky", class_weight=weights)
    model.fit(matrix, labels)
    return names, [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def prob(names: list[str], weights: list[float], intercept: float, feats: dict[str, float]) -> float:
    w = dict(zip(names, weights, strict=True))
    z = intercept + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def out_of_fold(
    data: dict[str, Any], sets: Sequence[str], wrong_weight: float = 1.0
) -> dict[tuple[str, str, int], float]:
    """Each relation's probability from a model trained without its set."""
    probs: dict[tuple[str, str, int], float] = {}
    for held in sets:
        names, weights, intercept = train(examples(data, [s for s in sets if s != held]), wrong_weight)
        for s, stem, i, feats, _ in examples(data, [held]):
            probs[(s, stem, i)] = prob(names, weights, intercept, feats)
    return probs


def pooled(data: dict[str, Any], sets: Sequence[str]) -> dict[str, Any]:
    return {f"{s}/{stem}": art for s in sets for stem, art in data["sets"][s].items()}


OBJECTIVES = ("f1", "precision")


def choose_threshold(
    data: dict[str, Any], sets: Sequence[str], wrong_weight: float = 1.0, objective: str = "f1"
) -> tuple[float, list[tuple[float, float]]]:
    """The threshold chosen on an inner leave-one-set-out over ``sets`` (0.0 vetoes nothing): with
    objective "f1" the best pooled lenient F1 (the lowest of equals); with "precision" the best pooled
    lenient P among the thresholds that lower neither pooled lenient nor strict F1 (the lowest of equals)."""
    probs = out_of_fold(data, sets, wrong_weight)
    articles = pooled(data, sets)
    scores = []
    for t in THRESHOLDS:
        vetoed = {(f"{s}/{stem}", i) for (s, stem, i), p in probs.items() if p < t}
        scores.append((t, figures(articles, vetoed)))
    curve = [(t, fig["lenient_f1"]) for t, fig in scores]
    if objective == "precision":
        base = scores[0][1]
        fair = [
            (t, f)
            for t, f in scores
            if f["lenient_f1"] >= base["lenient_f1"] - 1e-9 and f["strict_f1"] >= base["strict_f1"] - 1e-9
        ]
        best_t = max(fair, key=lambda tf: (round(tf[1]["lenient_p"], 6), -tf[0]))[0]
        return best_t, curve
    best = max(curve, key=lambda tc: (round(tc[1], 6), -tc[0]))
    return best[0], curve


def annotator_groups(data: dict[str, Any]) -> dict[str, Any]:
    """The dataset with each composed set split by annotator (its README says who wrote which files):
    train25's four writers by tens of file numbers, the other train/blind sets' two by odd and even
    numbers; the development sets and seeds stay whole. Leaving one group out keeps one writer's
    articles (and stories) out of training."""
    out: dict[str, Any] = {**data, "sets": {}}
    for name, articles in data["sets"].items():
        for stem, art in articles.items():
            group = name
            if name.startswith(("train", "blind")) and stem[:2].isdigit():
                number = int(stem[:2])
                group += f"/{(number - 1) // 10 + 1}" if name == "train25" else "/" + "YX"[number % 2]
            out["sets"].setdefault(group, {})[stem] = art
    return out


def auc(pairs: Sequence[tuple[float, bool]]) -> float:
    """ROC AUC of probabilities against right/wrong (the chance that a right relation scores above a
    wrong one; ties count half); NaN when one of the two is missing."""
    from sklearn.metrics import roc_auc_score

    labels = [y for _, y in pairs]
    if all(labels) or not any(labels):
        return float("nan")
    return float(roc_auc_score(labels, [p for p, _ in pairs]))


def cross_validate(
    data: dict[str, Any],
    held_sets: Sequence[str],
    forced: float | None = None,
    wrong_weight: float = 1.0,
    objective: str = "f1",
) -> list[dict[str, Any]]:
    """Leave each of ``held_sets`` out in turn; ``forced`` replaces the threshold chosen on the training
    sets (a what-if: it is then no longer a held-out figure)."""
    all_sets = sorted(data["sets"])
    report = []
    for held in held_sets:
        train_sets = [s for s in all_sets if s != held]
        threshold = (
            forced if forced is not None else choose_threshold(data, train_sets, wrong_weight, objective)[0]
        )
        names, weights, intercept = train(examples(data, train_sets), wrong_weight)
        probs = {
            (stem, i): (prob(names, weights, intercept, feats), right)
            for _, stem, i, feats, right in examples(data, [held])
        }
        vetoed = {key for key, (p, _) in probs.items() if p < threshold}
        articles = data["sets"][held]
        report.append(
            {
                "set": held,
                "threshold": threshold,
                "without": figures(articles, set()),
                "with": figures(articles, vetoed),
                "vetoed": len(vetoed),
                "vetoed_true": sum(articles[stem]["edges"][i]["true"] for stem, i in vetoed),
                "vetoed_edges": sorted([stem, *articles[stem]["edges"][i]["claim"]] for stem, i in vetoed),
                "vetoed_index": sorted([stem, i] for stem, i in vetoed),
                "probs": [[p, right] for p, right in probs.values()],
            }
        )
    return report


def _row(
    name: str, threshold: str, vetoed: str, a: dict[str, float], b: dict[str, float], auc_: float
) -> str:
    return (
        f"| {name} | {threshold} | {vetoed} "
        f"| {a['strict_f1']:.3f} → {b['strict_f1']:.3f} | {a['lenient_p']:.3f} → {b['lenient_p']:.3f} "
        f"| {a['lenient_r']:.3f} → {b['lenient_r']:.3f} | {a['lenient_f1']:.3f} → {b['lenient_f1']:.3f} "
        f"| {a['negatives']:.0f} → {b['negatives']:.0f} | {auc_:.2f} |"
    )


def print_report(report: list[dict[str, Any]], data: dict[str, Any]) -> None:
    print(
        "| left out | threshold | vetoed (right) | strict F1 | lenient P | lenient R | lenient F1 "
        "| hard neg | AUC |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for row in report:
        probs = [(p, bool(y)) for p, y in row["probs"]]
        threshold, vetoed = f"{row['threshold']:.2f}", f"{row['vetoed']} ({row['vetoed_true']})"
        print(_row(row["set"], threshold, vetoed, row["without"], row["with"], auc(probs)))
    sets = [r["set"] for r in report]
    all_vetoed = {(f"{r['set']}/{stem}", i) for r in report for stem, i in r["vetoed_index"]}
    articles = pooled(data, sets)
    every = [(p, bool(y)) for r in report for p, y in r["probs"]]
    n_veto, n_true = sum(r["vetoed"] for r in report), sum(r["vetoed_true"] for r in report)
    a, b = figures(articles, set()), figures(articles, all_vetoed)
    print(_row("**pooled**", "", f"{n_veto} ({n_true})", a, b, auc(every)))
    n = len(report)
    gain_f1 = sum(r["with"]["lenient_f1"] - r["without"]["lenient_f1"] for r in report) / n
    gain_p = sum(r["with"]["lenient_p"] - r["without"]["lenient_p"] for r in report) / n
    worst = min(r["with"]["strict_f1"] - r["without"]["strict_f1"] for r in report)
    adopt = gain_f1 > 0 and gain_p > 0 and worst >= -0.01
    print(f"\nmean lenient F1 {gain_f1:+.4f}, mean lenient P {gain_p:+.4f}, worst strict {worst:+.4f}")
    print(f"adopt: {'yes' if adopt else 'no'} (lenient F1 and P up on average, no set losing > 0.01 strict)")


def write_filtered(report: list[dict[str, Any]], exports: Path, out: Path) -> None:
    """Copy each left-out set's exports (``exports``/SET/NAME.json, from ``collect --exports``) to
    ``out``/SET/ without the edges the fold vetoed."""
    for row in report:
        vetoed = {tuple(v) for v in row["vetoed_edges"]}
        (out / row["set"]).mkdir(parents=True, exist_ok=True)
        for path in sorted((exports / row["set"]).glob("*.json")):
            graph = json.loads(path.read_text())
            graph["edges"] = [
                e for e in graph["edges"] if (path.stem, e["source"], e["type"], e["target"]) not in vetoed
            ]
            (out / row["set"] / path.name).write_text(json.dumps(graph, ensure_ascii=False))


def fit(
    data_path: str, out: str, enable: bool, wrong_weight: float = WRONG_WEIGHT, objective: str = OBJECTIVE
) -> None:
    data = json.loads(Path(data_path).read_text())
    sets = sorted(data["sets"])
    threshold, curve = choose_threshold(data, sets, wrong_weight, objective)
    names, weights, intercept = train(examples(data, sets), wrong_weight)
    model = {
        "schema": 1,
        "enabled": enable,
        "tool": f"tools/train_scorer.py {TOOL_VERSION}",
        "trained_on": {s: len(data["sets"][s]) for s in sets},
        "model": (
            f"scikit-learn LogisticRegression(C={C}, class_weight={{0: {wrong_weight:g}, 1: 1}}), "
            f"features seen on >= {MIN_COUNT} relations"
        ),
        "objective": objective,
        "threshold": threshold,
        "threshold_curve": [[t, round(f, 4)] for t, f in curve],
        "intercept": round(intercept, 6),
        "features": names,
        "weights": [round(w, 6) for w in weights],
    }
    Path(out).write_text(json.dumps(model, indent=1) + "\n")
    print(f"{out}: {len(names)} features, threshold {threshold}", file=sys.stderr)


def standard_sets(eval_dir: Path) -> list[str]:
    """The annotated sets the shipped model is trained on, as ``collect`` takes them: the composed
    train/blind sets released for reading (tests/extraction) and the shared development sets and seeds."""
    here = Path(__file__).resolve().parents[1] / "tests" / "extraction"
    specs = [f"{name}={here / name}" for name in TRAIN_SETS]
    specs += [f"{name}={eval_dir / name}" for name in ("dev", "dev2", "dev3")]
    return [*specs, f"seeds={eval_dir.parent / 'seeds'}:{eval_dir / 'seed_gold'}"]


_weight = click.option(
    "--weight", "wrong_weight", type=float, default=WRONG_WEIGHT, show_default=True,
    help="a wrong relation weighs this many right ones in training (above 1: aimed at precision)",
)  # fmt: skip
_objective = click.option(
    "--objective", type=click.Choice(OBJECTIVES), default=OBJECTIVE, show_default=True,
    help="how the threshold is chosen (inner leave-one-set-out): best lenient F1, or best lenient P "
    "among thresholds lowering neither lenient nor strict F1",
)  # fmt: skip


@click.group(help=(__doc__ or "").split("\n\n")[0])
def main() -> None:
    pass


@main.command(name="collect")
@click.argument("score_py", type=click.Path(exists=True, dir_okay=False))
@click.argument("out", type=click.Path(dir_okay=False))
@click.argument("sets", nargs=-1, required=True)
@click.option("--exports", type=click.Path(file_okay=False, path_type=Path), help="keep the exports here")
def collect_command(score_py: str, out: str, sets: tuple[str, ...], exports: Path | None) -> None:
    """Label every relation the extractor gives on NAME=TEXT_DIR[:GOLD_DIR] sets; write the dataset."""
    collect(score_py, out, list(sets), exports)


@main.command(name="cv")
@click.argument("data_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sets", "held", help="comma-separated sets to leave out in turn (default: every set)")
@click.option("--threshold", "forced", type=float, help="force the veto threshold instead of choosing it")
@click.option("--groups", is_flag=True, help="leave out one annotator's articles of a set at a time")
@_weight
@_objective
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="write the report")
@click.option("--exports", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--write", type=click.Path(file_okay=False, path_type=Path), help="exports without the vetoes")
def cv_command(
    data_path: Path,
    held: str | None,
    forced: float | None,
    groups: bool,
    wrong_weight: float,
    objective: str,
    json_out: Path | None,
    exports: Path | None,
    write: Path | None,
) -> None:
    """Leave-one-set-out: score each set with and without the veto of a model trained on the others."""
    if write is not None and exports is None:
        raise click.UsageError("--write needs --exports (the exports the dataset was collected from)")
    if write is not None and groups:
        raise click.UsageError("--write works on whole sets, not with --groups")
    data = json.loads(data_path.read_text())
    if groups:
        data = annotator_groups(data)
    sets = held.split(",") if held else sorted(data["sets"])
    report = cross_validate(data, sets, forced, wrong_weight, objective)
    print_report(report, data)
    if write is not None and exports is not None:
        write_filtered(report, exports, write)
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=1))


@main.command(name="fit")
@click.argument("data_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--enable", is_flag=True, help='write "enabled": true (default false)')
@_weight
@_objective
def fit_command(data_path: str, out: str, enable: bool, wrong_weight: float, objective: str) -> None:
    """Train on every set of DATA_PATH and write the model file."""
    fit(data_path, out, enable, wrong_weight, objective)


@main.command(name="refit")
@click.option(
    "--eval-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
    default="/work/shared/eval", show_default=True, help="the shared evaluation folder (score.py, dev sets)",
)  # fmt: skip
@click.option(
    "--data", "data_path", type=click.Path(dir_okay=False), default="/tmp/relation_scorer_data.json",
    show_default=True, help="where the collected dataset is written",
)  # fmt: skip
@click.option("--enable/--disable", default=False, show_default=True, help='the model file\'s "enabled"')
def refit_command(eval_dir: Path, data_path: str, enable: bool) -> None:
    """After the rules change: collect over the standard sets with the current rules, then fit with the
    shipped settings and write loaders/data/relation_scorer.json (the command the shipped model came from)."""
    from loaders.extract.scorer import MODEL_PATH

    collect(str(eval_dir / "score.py"), data_path, standard_sets(eval_dir))
    fit(data_path, str(MODEL_PATH), enable)


if __name__ == "__main__":
    main()
