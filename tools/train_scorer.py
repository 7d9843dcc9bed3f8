"""Train the relation scorer (loaders/extract/scorer.py) on annotated article sets, and measure it honestly.

usage:
  python -m tools.train_scorer collect SCORE_PY OUT.json NAME=TEXT_DIR[:GOLD_DIR] ...
                                                 [--exports DIR]
      run the extractor (scorer off) on every article with a gold file, label each relation it gives with
      SCORE_PY's own matching (right under lenient matching / wrong / hard negative) and write the dataset
  python -m tools.train_scorer cv DATA.json [--sets dev3,blind22,...] [--threshold T]
                                            [--json REPORT.json] [--exports DIR --write OUT_DIR]
      leave-one-SET-out: for each set, train on the others (threshold chosen by an inner leave-one-set-out
      over them), veto on the left-out set, and print score.py's figures with and without the veto
  python -m tools.train_scorer fit DATA.json MODEL.json [--enable]
      train on every set of DATA.json and write the model file (``"enabled": false`` unless --enable)

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
    rows: Sequence[tuple[str, str, int, dict[str, float], bool]],
) -> tuple[list[str], list[float], float]:
    """A logistic regression over the rows' features: (feature names, weights, intercept)."""
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for row in rows:
        for name in row[3]:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(names)}
    matrix = [[0.0] * len(names) for _ in rows]
    for line, row in zip(matrix, rows, strict=True):
        for name, value in row[3].items():
            if name in index:
                line[index[name]] = value
    labels = [int(row[4]) for row in rows]
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    model.fit(matrix, labels)
    return names, [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def prob(names: list[str], weights: list[float], intercept: float, feats: dict[str, float]) -> float:
    w = dict(zip(names, weights, strict=True))
    z = intercept + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def out_of_fold(data: dict[str, Any], sets: Sequence[str]) -> dict[tuple[str, str, int], float]:
    """Each relation's probability from a model trained without its set."""
    probs: dict[tuple[str, str, int], float] = {}
    for held in sets:
        names, weights, intercept = train(examples(data, [s for s in sets if s != held]))
        for s, stem, i, feats, _ in examples(data, [held]):
            probs[(s, stem, i)] = prob(names, weights, intercept, feats)
    return probs


def pooled(data: dict[str, Any], sets: Sequence[str]) -> dict[str, Any]:
    return {f"{s}/{stem}": art for s in sets for stem, art in data["sets"][s].items()}


def choose_threshold(data: dict[str, Any], sets: Sequence[str]) -> tuple[float, list[tuple[float, float]]]:
    """The threshold with the best pooled lenient F1 of an inner leave-one-set-out over ``sets`` (the lowest
    of equals; 0.0 vetoes nothing)."""
    probs = out_of_fold(data, sets)
    articles = pooled(data, sets)
    curve = []
    for t in THRESHOLDS:
        vetoed = {(f"{s}/{stem}", i) for (s, stem, i), p in probs.items() if p < t}
        curve.append((t, figures(articles, vetoed)["lenient_f1"]))
    best = max(curve, key=lambda tc: (round(tc[1], 6), -tc[0]))
    return best[0], curve


def cross_validate(
    data: dict[str, Any], held_sets: Sequence[str], forced: float | None = None
) -> list[dict[str, Any]]:
    """Leave each of ``held_sets`` out in turn; ``forced`` replaces the threshold chosen on the training
    sets (a what-if: it is then no longer a held-out figure)."""
    all_sets = sorted(data["sets"])
    report = []
    for held in held_sets:
        train_sets = [s for s in all_sets if s != held]
        threshold = forced if forced is not None else choose_threshold(data, train_sets)[0]
        names, weights, intercept = train(examples(data, train_sets))
        vetoed = {
            (stem, i)
            for _, stem, i, feats, _ in examples(data, [held])
            if prob(names, weights, intercept, feats) < threshold
        }
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
            }
        )
    return report


def print_report(report: list[dict[str, Any]]) -> None:
    print(
        "| left out | threshold | vetoed (right) | strict F1 | lenient P | lenient R | lenient F1 "
        "| hard neg |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for row in report:
        a, b = row["without"], row["with"]
        print(
            f"| {row['set']} | {row['threshold']:.2f} | {row['vetoed']} ({row['vetoed_true']}) "
            f"| {a['strict_f1']:.3f} → {b['strict_f1']:.3f} | {a['lenient_p']:.3f} → {b['lenient_p']:.3f} "
            f"| {a['lenient_r']:.3f} → {b['lenient_r']:.3f} | {a['lenient_f1']:.3f} → {b['lenient_f1']:.3f} "
            f"| {a['negatives']:.0f} → {b['negatives']:.0f} |"
        )
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


def fit(data_path: str, out: str, enable: bool) -> None:
    data = json.loads(Path(data_path).read_text())
    sets = sorted(data["sets"])
    threshold, curve = choose_threshold(data, sets)
    names, weights, intercept = train(examples(data, sets))
    model = {
        "schema": 1,
        "enabled": enable,
        "tool": f"tests/extraction/train_scorer.py {TOOL_VERSION}",
        "trained_on": {s: len(data["sets"][s]) for s in sets},
        "model": f"scikit-learn LogisticRegression(C={C}), features seen on >= {MIN_COUNT} relations",
        "threshold": threshold,
        "threshold_curve": [[t, round(f, 4)] for t, f in curve],
        "intercept": round(intercept, 6),
        "features": names,
        "weights": [round(w, 6) for w in weights],
    }
    Path(out).write_text(json.dumps(model, indent=1) + "\n")
    print(f"{out}: {len(names)} features, threshold {threshold}", file=sys.stderr)


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
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="write the report")
@click.option("--exports", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--write", type=click.Path(file_okay=False, path_type=Path), help="exports without the vetoes")
def cv_command(
    data_path: Path,
    held: str | None,
    forced: float | None,
    json_out: Path | None,
    exports: Path | None,
    write: Path | None,
) -> None:
    """Leave-one-set-out: score each set with and without the veto of a model trained on the others."""
    if write is not None and exports is None:
        raise click.UsageError("--write needs --exports (the exports the dataset was collected from)")
    data = json.loads(data_path.read_text())
    report = cross_validate(data, held.split(",") if held else sorted(data["sets"]), forced)
    print_report(report)
    if write is not None and exports is not None:
        write_filtered(report, exports, write)
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=1))


@main.command(name="fit")
@click.argument("data_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--enable", is_flag=True, help='write "enabled": true (default false)')
def fit_command(data_path: str, out: str, enable: bool) -> None:
    """Train on every set of DATA_PATH and write the model file."""
    fit(data_path, out, enable)


if __name__ == "__main__":
    main()
