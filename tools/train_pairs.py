"""Train, and measure, the learned pair linker (``loaders/extract/pairs.py``).

usage:
  python -m tools.train_pairs collect NAME TEXT_DIR GOLD_DIR OUT.jsonl
      run the extractor (linker off) over TEXT_DIR's NAME.txt files; write every candidate pair of named
      things of a parsed sentence with its features, whether the rules linked it, and its gold class
  python -m tools.train_pairs train OUT.json CANDIDATES.jsonl...
      fit the model on the candidate files (one file is one set), pick the threshold by leave-one-set-out
      inside them, and write the model as data
  python -m tools.train_pairs cv WORK_DIR SETS.tsv [--base EXPORTS_ROOT] [--what-if THRESHOLD]
      leave-one-set-out: for each set of SETS.tsv (NAME TEXT_DIR GOLD_DIR CANDIDATES.jsonl), train on the
      others, extract the set with that model and score it with score.py against the run without it (and,
      with --what-if, with the threshold forced to THRESHOLD)

Needs the ``train`` extra (scikit-learn) and $GEOALIGN_SCORE (default: ../shared/eval/score.py beside the
repository), the evaluation's scorer, imported by path for its name matching. Deterministic: same candidates,
same model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from tools.eval_score import import_score

TOOL_VERSION = "1"
# the shared evaluation beside the repository (../shared/eval, as the README's Reproduce block has it)
DEFAULT_SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
C = 0.5  # inverse regularisation strength of the logistic regression
PRUNE = 0.1  # weights below this are left out of the model file
TARGET_PRECISION = 0.85  # of the added links, on the sets left out inside the training folds
MIN_LINKS = 5  # a threshold must be judged on at least this many added links
FALLBACK_THRESHOLD = 0.95
MIN_COUNT = 2  # features seen in fewer training rows are left out


def scorer() -> ModuleType:
    return import_score(os.environ.get("GEOALIGN_SCORE", str(DEFAULT_SCORE)))


# ---- collect -------------------------------------------------------------------------------------------
def _quotes_of(rel: dict[str, Any], norm: Any) -> list[str]:
    return [norm(q) for q in [rel.get("quote", ""), *(rel.get("alt_quotes") or [])] if q]


def _same_sentence(sentence: str, quotes: list[str]) -> bool:
    return any(q and (q == sentence or (len(q) >= 20 and (q in sentence or sentence in q))) for q in quotes)


def gold_class(
    score: ModuleType,
    rels: list[dict[str, Any]],
    gold_names: dict[str, Any],
    ends: tuple[tuple[set[str], str], tuple[set[str], str]],
) -> str:
    """The class of the pair (first end, second end) among the sentence's gold relations, or NONE."""

    def match(end: tuple[set[str], str], gold_name: str) -> bool:
        names, label = end
        theirs = gold_names["__labels__"].get(gold_name)
        same = theirs is None or theirs == label
        return bool(score.names_match(names, gold_names.get(gold_name, {score.norm(gold_name)}), same))

    first, second = ends
    for rel in rels:
        subjects = [rel["s"], *score.as_list(rel.get("alt_s"))]
        objects = [rel["o"], *score.as_list(rel.get("alt_o"))]
        forward = any(match(first, s) for s in subjects) and any(match(second, o) for o in objects)
        backward = any(match(second, s) for s in subjects) and any(match(first, o) for o in objects)
        if forward or (backward and rel["r"] in score.SYMMETRIC):
            return f"{rel['r']}>"
        if backward:
            return f"{rel['r']}<"
    return "NONE"


def collect(name: str, text_dir: Path, gold_dir: Path, out: Path) -> int:
    os.environ["GEOALIGN_PAIRS"] = "0"
    from loaders.extract import extract, pairs
    from tests.extraction.score_export import article_text, metadata

    score = scorer()
    rows: list[dict[str, Any]] = []
    current: dict[str, Any] = {}

    def ends_names(reader: Any, key: str, text: str) -> tuple[set[str], str]:
        names = {score.norm(text)}
        for k in dict.fromkeys((key, reader.ctx.actor(key))):
            node = reader.ctx.nodes.get(k)
            if node is not None:
                names |= {score.norm(node.name)} | {score.norm(a) for a in node.aliases}
        return names, key.split(":", 1)[0]

    def record(
        reader: Any, a: Any, b: Any, keys: tuple[str, str], feats: dict[str, float], linked: bool
    ) -> None:
        sentence = score.norm(reader.info.text)
        rels = [r for r in current["rels"] if _same_sentence(sentence, _quotes_of(r, score.norm))]
        ends = (ends_names(reader, keys[0], a.text), ends_names(reader, keys[1], b.text))
        label = gold_class(score, rels, current["names"], ends) if rels else "NONE"
        ctx, pair = reader.ctx, set(keys)
        told = any(
            {c.source, c.target} == pair or {ctx.actor(c.source), ctx.actor(c.target)} == pair
            for c in ctx.claims
        )
        rows.append(
            {
                "set": name,
                "article": current["article"],
                "keys": list(keys),
                "linked": linked,
                "linked_any": told,
                "y": label,
                "y_any": gold_class(score, current["rels"], current["names"], ends),
                "x": dict(sorted(feats.items())),
            }
        )

    pairs.RECORDER.append(record)
    try:
        for gold_path in sorted(gold_dir.glob("*.gold.json")):
            article = gold_path.name[: -len(".gold.json")]
            text = text_dir / f"{article}.txt"
            if not text.exists():
                continue
            gold, names = score.load_gold(gold_path)
            current.update(article=article, rels=gold["relations"], names=names)
            extract(article_text(text, metadata(text)))
    finally:
        pairs.RECORDER.remove(record)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    return len(rows)


# ---- train ---------------------------------------------------------------------------------------------
def load_rows(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if not r["linked"]]  # the linker only ever sees pairs the rules left unlinked


def fit(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A multinomial logistic regression over the rows' features, as the model file's weights."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    seen: dict[str, int] = {}
    for r in rows:
        for f in r["x"]:
            seen[f] = seen.get(f, 0) + 1
    vec = DictVectorizer(sort=True)  # a feature seen once in training says nothing of other text
    x = vec.fit_transform([{f: v for f, v in r["x"].items() if seen[f] >= MIN_COUNT} for r in rows])
    y = [r["y"] for r in rows]
    classes = sorted(set(y))
    if len(classes) < 2:
        raise SystemExit("pair linker: fewer than two classes in the training rows")
    clf = LogisticRegression(C=C, max_iter=2000, solver="lbfgs")
    clf.fit(x, y)
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # binary: sklearn keeps one row; the softmax form needs both
        coef = [[-w / 2 for w in coef[0]], [w / 2 for w in coef[0]]]
        intercept = [-intercept[0] / 2, intercept[0] / 2]
    names = vec.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {}
    for j, feat in enumerate(names):
        kept = {str(c): round(float(coef[k][j]), 3) for k, c in enumerate(clf.classes_)}
        kept = {c: w for c, w in kept.items() if abs(w) >= PRUNE}  # small weights left out: a small file
        if kept:
            weights[str(feat)] = kept
    return {
        "classes": [str(c) for c in clf.classes_],
        "intercepts": [round(float(b), 4) for b in intercept],
        "weights": dict(sorted(weights.items())),
    }


def family(label: str, score: ModuleType) -> str:
    if label == "NONE":
        return label
    rel, arrow = label[:-1], label[-1]
    rel = score.VOTES.get(rel, rel)
    return f"{score.FAMILY.get(rel, rel)}{'>' if rel in score.SYMMETRIC else arrow}"


def predictions(model: Any, rows: list[dict[str, Any]]) -> list[tuple[float, bool]]:
    """(probability, right in the relation's family and direction) of each row's best non-NONE class: right
    as score.py counts a claim, by any gold relation of the article (``y_any``), not only the sentence's."""
    score = scorer()
    out = []
    for r in rows:
        label, p = model.best(r["x"])
        truth = r.get("y_any", r["y"])
        out.append((p, truth != "NONE" and family(label, score) == family(truth, score)))
    return out


def choose_threshold(preds: list[tuple[float, bool]]) -> float:
    """The lowest probability above which the added links are right at TARGET_PRECISION or better."""
    ranked = sorted(preds, key=lambda t: -t[0])
    best, right = FALLBACK_THRESHOLD, 0
    for n, (p, ok) in enumerate(ranked, 1):
        right += ok
        if n >= MIN_LINKS and right / n >= TARGET_PRECISION and (n == len(ranked) or ranked[n][0] < p):
            best = min(best, round(p, 4))
    return best


def train(paths: list[Path]) -> dict[str, Any]:
    from loaders.extract.pairs import SCHEMA, PairModel

    by_set: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        by_set[path.stem] = load_rows([path])
    preds: list[tuple[float, bool]] = []
    for left in sorted(by_set):  # the threshold is chosen on sets left out of the weights
        inner = [r for s in sorted(by_set) if s != left for r in by_set[s]]
        inner_model = PairModel.from_json({"schema": SCHEMA, "threshold": 1.0, **fit(inner)})
        preds += predictions(inner_model, by_set[left])
    rows = [r for s in sorted(by_set) for r in by_set[s]]
    import sklearn  # type: ignore[import-untyped]

    return {
        "schema": SCHEMA,
        "enabled": False,
        "threshold": choose_threshold(preds),
        "tool": "tools/train_pairs.py",
        "tool_version": TOOL_VERSION,
        "library": f"scikit-learn {sklearn.__version__}",
        "trained_on": sorted(by_set),
        "examples": len(rows),
        "positives": sum(r["y"] != "NONE" for r in rows),
        "C": C,
        "prune": PRUNE,
        **fit(rows),
    }


def write_model(model: dict[str, Any], out: Path) -> None:
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")


# ---- cv ------------------------------------------------------------------------------------------------
def _export(text_dir: Path, out: Path, model: Path | None) -> None:
    env = dict(os.environ, PYTHONPATH=".")
    if model is None:
        env["GEOALIGN_PAIRS"] = "0"
    else:
        env.update(GEOALIGN_PAIRS="1", GEOALIGN_PAIRS_MODEL=str(model))
    subprocess.run(
        [sys.executable, "-m", "tests.extraction.score_export", str(text_dir), str(out)],
        env=env,
        check=True,
        capture_output=True,
    )


def _score(gold_dir: Path, exports: Path) -> str:
    path = os.environ.get("GEOALIGN_SCORE", str(DEFAULT_SCORE))
    done = subprocess.run(
        [sys.executable, path, str(gold_dir), str(exports)], check=True, capture_output=True
    )
    return done.stdout.decode().strip().splitlines()[-1]


def cv(work: Path, sets_file: Path, base_root: Path | None, what_if: float | None) -> None:
    """Leave-one-set-out; with ``what_if``, each left-out set is also extracted at that threshold."""
    sets = [line.split() for line in sets_file.read_text().splitlines() if line.strip()]
    work.mkdir(parents=True, exist_ok=True)
    for name, text_dir, gold_dir, _ in sets:
        others = [Path(c) for n, _, _, c in sets if n != name]
        model = train(others)
        model["enabled"] = True
        path = work / f"model-{name}.json"
        write_model(model, path)
        base = base_root / name if base_root and (base_root / name).exists() else work / f"base-{name}"
        if not base.exists():
            _export(Path(text_dir), base, None)
        print(f"{name}\tbase\t{_score(Path(gold_dir), base)}", flush=True)
        _export(Path(text_dir), work / f"with-{name}", path)
        print(f"{name}\t{model['threshold']}\t{_score(Path(gold_dir), work / f'with-{name}')}", flush=True)
        if what_if is not None:
            forced = work / f"model-{name}-{what_if}.json"
            write_model({**model, "threshold": what_if}, forced)
            _export(Path(text_dir), work / f"with-{name}-{what_if}", forced)
            print(
                f"{name}\t{what_if} (what-if)\t{_score(Path(gold_dir), work / f'with-{name}-{what_if}')}",
                flush=True,
            )


@click.group(help=(__doc__ or "").split("\n\n")[0])
def main() -> None:
    pass


@main.command(name="collect")
@click.argument("name")
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
def collect_command(name: str, text_dir: Path, gold_dir: Path, out: Path) -> None:
    """Write every candidate pair of TEXT_DIR's articles with its features and gold class."""
    print(f"{collect(name, text_dir, gold_dir, out)} candidate pairs")


@main.command(name="train")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("candidates", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def train_command(out: Path, candidates: tuple[Path, ...]) -> None:
    """Fit the model on the candidate files (one file is one set) and write it as data."""
    write_model(train(list(candidates)), out)


@main.command(name="cv")
@click.argument("work", type=click.Path(file_okay=False, path_type=Path))
@click.argument("sets_tsv", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--base", type=click.Path(exists=True, file_okay=False, path_type=Path), help="exports root")
@click.option("--what-if", type=float, help="also score with the threshold forced to this")
def cv_command(work: Path, sets_tsv: Path, base: Path | None, what_if: float | None) -> None:
    """Leave-one-set-out over SETS_TSV (NAME TEXT_DIR GOLD_DIR CANDIDATES.jsonl)."""
    cv(work, sets_tsv, base, what_if)


if __name__ == "__main__":
    main()
