"""A learned scorer over the relations the rules read: features of a relation, and a veto by a linear model.

The model is data (``loaders/data/relation_scorer.json``: feature names, weights, intercept, threshold,
what it was trained on), written by ``tools/train_scorer.py`` with scikit-learn at training
time only; here it is a dot product. A relation of a judged type (``JUDGED``) stated as a claim whose
score falls below the threshold is dropped. No file, a file with ``"enabled": false``, or
``GEOALIGN_SCORER=off`` in the environment: every relation is kept. ``collecting()`` hands the
training tool each relation's features.

Features describe how a relation was read, not the words of one text: its type, the labels of its ends,
the rule that read it, modality and confidence, whether an end was resolved rather than named (pronoun,
title, "the two countries"), whether an official stands for his state, the sentence's length, position,
quotes, negation and condition cues, and how many relations the sentence gave.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.model import CLAIM_MODALITIES, RELATIONS, Modality
from loaders.extract.context import ArticleContext, Claim

__all__ = [
    "JUDGED",
    "MODEL_PATH",
    "Model",
    "collecting",
    "features",
    "judge",
    "load_model",
    "model_from_dict",
    "scoring",
]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_scorer.json"
SCHEMA = 1
# The relation types the scorer judges: those the annotated sets annotate (the others pass untouched).
JUDGED = frozenset(
    {
        "ALLY_OF", "REJECTS", "SUPPORTS", "RECOGNIZES", "CONDEMNS", "CRITICIZES", "ACCUSES", "SIGNED",
        "HOLDS_OFFICE", "MEMBER_OF", "INVADED", "OCCUPIES", "ORGANIZED", "HELD_IN", "PART_OF", "SANCTIONS",
        "REQUESTS", "MET_WITH", "CONSULTED", "VOTED_FOR", "VOTED_AGAINST", "TERRITORY_OF", "LOCATED_IN",
    }
)  # fmt: skip
_QUOTES = re.compile(r"[\"“”]|(?:^|\s)['‘]")
_WORD = re.compile(r"[a-z]+")
_CUES = {
    "negation_cue": frozenset(
        ["not", "no", "never", "neither", "nor", "without", "denied", "denies", "deny", "refused", "refuses"]
    ),
    "condition_cue": frozenset(
        ["if", "unless", "would", "could", "might", "may", "should", "whether", "possible", "possibly"]
    ),
    "speech": frozenset(["said", "says", "told", "according", "stated", "added", "wrote"]),
}
_ACROSS = frozenset(
    ["he", "she", "they", "it", "its", "their", "his", "her", "both", "two", "three", "latter", "former"]
)


@lru_cache(maxsize=512)
def _sentence(text: str) -> tuple[dict[str, float], bool]:
    """The features of a sentence alone (length, quotes, cue words), and whether it has a pronoun or a
    "both"/"two" that may stand for an end named elsewhere; once per sentence."""
    words = set(_WORD.findall(text.lower()))
    f = {name: float(bool(words & cue)) for name, cue in _CUES.items()}
    f["negation_cue"] = max(f["negation_cue"], float("n't" in text or "n’t" in text))
    f["quote"] = float(bool(_QUOTES.search(text)))
    f[_bucket("words", len(text.split()), (12, 20, 30, 45))] = 1.0
    return f, bool(words & _ACROSS)


_collector: ContextVar[list[tuple[tuple[str, str, str], dict[str, float]]] | None] = ContextVar(
    "relation_features", default=None
)


@contextmanager
def collecting() -> Iterator[list[tuple[tuple[str, str, str], dict[str, float]]]]:
    """Within the block, each article's assembly appends ((source, type, target), features) for every
    relation the scorer judges, before any veto (for the training tool)."""
    rows: list[tuple[tuple[str, str, str], dict[str, float]]] = []
    token = _collector.set(rows)
    try:
        yield rows
    finally:
        _collector.reset(token)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    intercept: float
    threshold: float

    def score(self, feats: dict[str, float]) -> float:
        """The model's probability that the relation is right."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def keeps(self, feats: dict[str, float]) -> bool:
        return self.score(feats) >= self.threshold


def model_from_dict(data: dict[str, Any]) -> Model | None:
    """The model a scorer file describes, or None when it is switched off; a malformed file raises."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"relation scorer: schema {data.get('schema')!r}, expected {SCHEMA}")
    names, weights = data["features"], data["weights"]
    if len(names) != len(weights):
        raise ValueError("relation scorer: as many weights as features expected")
    if not data.get("enabled", False):
        return None
    return Model(
        {str(n): float(w) for n, w in zip(names, weights, strict=True)},
        float(data["intercept"]),
        float(data["threshold"]),
    )


@lru_cache(maxsize=4)
def _load(path: Path) -> Model | None:
    if not path.exists():
        return None
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))


def load_model(path: Path | None = None) -> Model | None:
    """The model at ``path`` (default ``MODEL_PATH``), or None when there is none, it is switched off,
    or GEOALIGN_SCORER=off."""
    if os.environ.get("GEOALIGN_SCORER", "").strip().lower() in {"off", "0", "false", "no"}:
        return None
    return _load(path or MODEL_PATH)


def scoring() -> bool:
    """Whether the relations' features are wanted: a model is on, or the training tool collects."""
    return _collector.get() is not None or load_model() is not None


def _names(ctx: ArticleContext, key: str) -> list[str]:
    node = ctx.nodes.get(key)
    if node is None:
        return []
    return [n.lower() for n in (node.name, *node.aliases) if n and len(n) >= 2]


def _named_in(text: str, names: Sequence[str]) -> int:
    """Where the sentence names the end (first character), or -1."""
    found = [text.find(n) for n in names]
    found = [i for i in found if i >= 0]
    return min(found) if found else -1


def _bucket(prefix: str, value: float, edges: Sequence[float]) -> str:
    for edge in edges:
        if value <= edge:
            return f"{prefix}<={edge:g}"
    return f"{prefix}>{edges[-1]:g}"


def features(
    ctx: ArticleContext,
    source: str,
    rel: str,
    target: str,
    claims: Sequence[Claim],
    per_sentence: dict[int, int],
    text_length: int,
    fan: dict[tuple[int, str], tuple[set[str], set[str]]] | None = None,
) -> dict[str, float]:
    """The features of relation (source, rel, target) read from ``claims`` (one per sentence at least one),
    after its ends were mapped to nodes; ``per_sentence`` counts the relations each sentence gave."""
    best = max(claims, key=lambda c: (c.modality is Modality.ASSERTED, c.confidence))
    sent = best.sent
    text = sent.text.lower()
    cues, across = _sentence(sent.text)
    f: dict[str, float] = {
        f"type={rel}": 1.0,
        f"source={source.split(':', 1)[0]}": 1.0,
        f"target={target.split(':', 1)[0]}": 1.0,
        f"type_target={rel}|{target.split(':', 1)[0]}": 1.0,
        f"rule={best.rule}": 1.0,
        f"module={best.rule.split('.', 1)[0]}": 1.0,
        f"modality={best.modality.value}": 1.0,
        "confidence": best.confidence,
        "low_confidence": 1.0 if best.confidence < 0.7 else 0.0,
        "sentences": math.log1p(len({c.sent.index for c in claims})),
        "rules": float(len({c.rule for c in claims}) > 1),
        "inferred": float(all(c.inferred for c in claims)),
        "unordered": float(best.unordered),
        "official_source": float(best.source != source and best.source.startswith("Person:")),
        "official_target": float(best.target != target and best.target.startswith("Person:")),
        "derived": float(best.rule.startswith("assemble.")),
        "headline": float(sent.index == 0),
        "position": sent.start / text_length if text_length else 0.0,
        _bucket("sent_relations", per_sentence.get(sent.index, 1), (1, 2, 4, 8)): 1.0,
        **cues,
        "symmetric": float(RELATIONS[rel].symmetric),
    }
    path = min((c.path for c in claims if c.path >= 0), default=-1)
    f["path_unknown" if path < 0 else _bucket("path", path, (1, 2, 3, 5))] = 1.0
    sources, targets = (fan or {}).get((sent.index, rel), ({source}, {target}))
    f["list_source"] = float(len(sources) > 1)
    f["list_target"] = float(len(targets) > 1)
    f["list_both"] = float(len(sources) > 1 and len(targets) > 1)
    f[_bucket("fan", len(sources) * len(targets), (1, 2, 4, 8))] = 1.0
    s_at = _named_in(text, _names(ctx, best.source) or _names(ctx, source))
    t_at = _named_in(text, _names(ctx, best.target) or _names(ctx, target))
    f["source_named"] = float(s_at >= 0)
    f["target_named"] = float(t_at >= 0)
    if s_at < 0 or t_at < 0:
        f["across_cue"] = float(across)
    else:
        f[_bucket("distance", abs(t_at - s_at), (20, 50, 100))] = 1.0
        f["target_first"] = float(t_at < s_at)
    return {k: v for k, v in f.items() if v}


def judge(
    ctx: ArticleContext,
    groups: dict[tuple[str, str, str], list[Claim]],
    text_length: int,
) -> set[tuple[str, str, str]]:
    """The relations (source, type, target) the model vetoes; gives their features to a collector."""
    rows = _collector.get()
    model = load_model()
    if rows is None and model is None:
        return set()
    per_sentence: dict[int, int] = {}
    for claims in groups.values():
        for index in {c.sent.index for c in claims}:
            per_sentence[index] = per_sentence.get(index, 0) + 1
    fan: dict[tuple[int, str], tuple[set[str], set[str]]] = {}
    for (source, rel, target), claims in groups.items():
        for index in {c.sent.index for c in claims}:
            ends = fan.setdefault((index, rel), (set(), set()))
            ends[0].add(source)
            ends[1].add(target)
    vetoed: set[tuple[str, str, str]] = set()
    for key, claims in groups.items():
        if key[1] not in JUDGED or not any(c.modality in CLAIM_MODALITIES for c in claims):
            continue
        feats = features(ctx, key[0], key[1], key[2], claims, per_sentence, text_length, fan)
        if rows is not None:
            rows.append((key, feats))
        elif model is not None and not model.keeps(feats):
            vetoed.add(key)
    return vetoed
