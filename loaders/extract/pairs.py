"""A learned pair linker: relations between two named things of one sentence that the rules left unlinked.

The model is data (``loaders/data/pairs_model.json``, written by ``tools/train_pairs.py``): a multinomial
logistic regression over sparse string features of the pair (the dependency path between the two heads, the
trigger on it and its lexicon relation, the words between, both labels, order, distance, negation, modal and
condition cues, quotes). Here it is applied with plain arithmetic: no scikit-learn, no pickle.

A class is a relation type with a direction: ``CONDEMNS>`` (the first-named end is the source) or
``CONDEMNS<``. A pair is linked only above the model's threshold, only where no rule linked the two ends in
that sentence, and at a lower confidence than a rule's. ``$GEOALIGN_PAIRS`` = 0 turns it off, 1 on; unset,
the model file's ``enabled`` decides. ``$GEOALIGN_PAIRS_MODEL`` names another model file (for measurement).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from graph.model import Modality
from loaders.extract.gazetteer import DATA
from loaders.extract.lexicon import Lexicon
from loaders.extract.mentions import Mention
from loaders.extract.modality import modality
from loaders.extract.refs import Ref, inside_quotes

__all__ = ["ENV", "MODEL_ENV", "SCHEMA", "PairModel", "features", "linking", "load_model", "propose"]

ENV = "GEOALIGN_PAIRS"
MODEL_ENV = "GEOALIGN_PAIRS_MODEL"
SCHEMA = "geoalign-pairs/1"
NONE = "NONE"
CONFIDENCE = 0.6  # below a rule's (0.75-0.95): a learned guess, not a reading
_MAX_BETWEEN = 12

# The training tool sets this to see every candidate pair: (reader, first, second, keys, features, linked).
Recorder = Callable[[Any, Mention, Mention, tuple[str, str], dict[str, float], bool], None]
RECORDER: list[Recorder] = []


@dataclass(frozen=True)
class PairModel:
    """Per-class weights over string features, intercepts, and the probability a link must reach."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature → one weight per class (the file keeps the non-zero ones)
    threshold: float
    enabled: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"pair model schema {data.get('schema')!r}, expected {SCHEMA!r}")
        classes = tuple(data["classes"])
        if len(data["intercepts"]) != len(classes):
            raise ValueError("pair model: one intercept per class expected")
        index = {c: k for k, c in enumerate(classes)}
        weights: dict[str, tuple[float, ...]] = {}
        for feat, by_class in data["weights"].items():  # feature → {class: weight}, zeros left out
            if not set(by_class) <= set(index):
                raise ValueError(f"pair model: feature {feat!r} weighs a class the model lacks")
            row = [0.0] * len(classes)
            for c, w in by_class.items():
                row[index[c]] = float(w)
            weights[feat] = tuple(row)
        return cls(
            classes,
            tuple(float(b) for b in data["intercepts"]),
            weights,
            float(data["threshold"]),
            bool(data.get("enabled", False)),
        )

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercepts)
        for name, value in feats.items():
            ws = self.weights.get(name)
            if ws is not None:
                for k, w in enumerate(ws):
                    scores[k] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def best(self, feats: dict[str, float]) -> tuple[str, float]:
        """The most probable relation class other than NONE, and its probability."""
        probs = self.probabilities(feats)
        label = max((c for c in self.classes if c != NONE), key=lambda c: (probs[c], c))
        return label, probs[label]


MODEL_FILE = DATA / "pairs_model.json"


@lru_cache(maxsize=4)
def _load(path: str) -> PairModel | None:
    file = Path(path)
    if not file.exists():
        return None
    return PairModel.from_json(json.loads(file.read_text(encoding="utf-8")))


def load_model() -> PairModel | None:
    """The model in use, or None when the linker is off (by ``$GEOALIGN_PAIRS`` or the model file)."""
    switch = os.environ.get(ENV, "")
    if switch == "0":
        return None
    model = _load(os.environ.get(MODEL_ENV) or str(MODEL_FILE))
    if model is None or not (model.enabled or switch == "1"):
        return None
    return model


# ---- features ------------------------------------------------------------------------------------
def _head(sent: Span, m: Mention) -> Token:
    return sent.doc[m.start : m.end].root


def _path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """Tokens from ``a`` up to the lowest common head (excluded), that head, and from ``b`` up to it."""
    up_a = [a, *a.ancestors]
    seen = {t.i: n for n, t in enumerate(up_a)}
    walk = b
    down: list[Token] = []
    while walk.i not in seen:
        down.append(walk)
        if walk.head.i == walk.i:
            return up_a, None, down  # different sentences of one doc: no path
        walk = walk.head
    return up_a[: seen[walk.i]], walk, down


def _trigger(t: Token, lex: Lexicon) -> str | None:
    lemma = t.lemma_.lower()
    found = lex.verbs.get(lemma) if t.pos_ in {"VERB", "AUX"} else lex.nouns.get(lemma)
    if found is None:
        found = lex.verbs.get(lemma) or lex.nouns.get(lemma)
    if found is None:
        return lex.evaluations.get(lemma)
    return found.rel or "TRIGGER"


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7-10" if n <= 10 else "11+"


def features(sent: Span, a: Mention, b: Mention, lex: Lexicon, same_list: bool = False) -> dict[str, float]:
    """The features of the pair (``a`` named first) in the sentence."""
    ha, hb = _head(sent, a), _head(sent, b)
    la, lb = a.label.value, b.label.value
    out: dict[str, float] = {f"L:{la}|{lb}": 1.0, f"K:{a.kind}|{b.kind}": 1.0}
    up, lca, down = _path(ha, hb)
    deps_a = [t.dep_ for t in up]
    deps_b = [t.dep_ for t in down]
    out[f"DA:{ha.dep_}"] = out[f"DB:{hb.dep_}"] = 1.0
    out[f"DAB:{ha.dep_}|{hb.dep_}"] = 1.0
    if hb.dep_ == "pobj":
        out[f"PB:{hb.head.lower_}"] = 1.0
    if ha.dep_ == "pobj":
        out[f"PA:{ha.head.lower_}"] = 1.0
    if lca is None:
        out["NOPATH"] = 1.0
    else:
        inner = [t for t in up[1:] + down[1:] if not t.is_punct] + [lca]
        out[f"PD:{'/'.join(deps_a)}^{'/'.join(reversed(deps_b))}"] = 1.0
        out[f"PDL:{'/'.join(deps_a)}^{lca.lemma_.lower()}^{'/'.join(reversed(deps_b))}"] = 1.0
        out[f"LCA:{lca.lemma_.lower()}"] = 1.0
        out[f"LCAPOS:{lca.pos_}"] = 1.0
        out[f"PLEN:{_bucket(len(up) + len(down))}"] = 1.0
        if lca.i in {ha.i, hb.i}:
            out["LCA_IS_END"] = 1.0
        for t in inner:
            lemma = t.lemma_.lower()
            out[f"PL:{lemma}"] = 1.0
            if (rel := _trigger(t, lex)) is not None:
                out[f"TRIG:{rel}"] = 1.0
                out[f"TRIGL:{rel}|{la}|{lb}"] = 1.0
                out[f"TRIGD:{rel}|{deps_a[0] if deps_a else '-'}|{deps_b[0] if deps_b else '-'}"] = 1.0
            for c in t.children:
                if c.dep_ == "neg":
                    out["NEG"] = 1.0
                elif c.dep_ == "aux" and c.tag_ == "MD":
                    out[f"MOD:{c.lower_}"] = 1.0
                elif c.dep_ == "mark" and c.lower_ in lex.conditional_marks:
                    out["COND"] = 1.0
    between = [t for t in sent.doc[min(a.end, b.start) : b.start] if t.is_alpha]
    for t in between[:_MAX_BETWEEN]:
        out[f"BW:{t.lemma_.lower()}"] = 1.0
    out[f"DIST:{_bucket(len(between))}"] = 1.0
    if any(t.lower_ in {"and", "or", ","} for t in sent.doc[a.end : b.start]) and len(between) <= 2:
        out["COORD"] = 1.0
    if same_list:
        out["LIST"] = 1.0
    if inside_quotes(sent, ha.i):
        out["QA"] = 1.0
    if inside_quotes(sent, hb.i):
        out["QB"] = 1.0
    return out


# ---- use -----------------------------------------------------------------------------------------
def _clause_verb(t: Token) -> Token:
    walk = t
    while walk.pos_ not in {"VERB", "AUX"} and walk.head.i != walk.i:
        walk = walk.head
    return walk


def linking() -> bool:
    """Whether the linker has work in an article: a model is on, or the training tool records candidates
    (asked once an article, as the relation scorer's switch is)."""
    return bool(RECORDER) or load_model() is not None


def propose(reader: Any) -> None:
    """Link the sentence's unlinked pairs of named things the model is sure of (``reader``: a Reader)."""
    model = load_model()
    if model is None and not RECORDER:
        return
    ctx, info, sent = reader.ctx, reader.info, reader.sent
    mentions = sorted(reader.mentions, key=lambda m: m.start)
    if len(mentions) < 2:
        return
    linked: set[frozenset[str]] = set()
    for c in ctx.claims:
        if c.sent.index == info.index:
            linked.add(frozenset((c.source, c.target)))
            linked.add(frozenset((ctx.actor(c.source), ctx.actor(c.target))))
    keys = [reader.mention_key(m, sent.doc[m.end - 1]) for m in mentions]
    done: set[frozenset[str]] = set()
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            ka, kb = keys[i], keys[j]
            pair = frozenset((ka, kb))
            if ka == kb or b.start < a.end or pair in done:
                continue
            done.add(pair)
            is_linked = pair in linked or frozenset((ctx.actor(ka), ctx.actor(kb))) in linked
            run = reader.lists.get(a.start)
            same_list = run is not None and run is reader.lists.get(b.start)
            feats = features(sent, a, b, reader.lex, same_list)
            for record in RECORDER:
                record(reader, a, b, (ka, kb), feats, is_linked)
            if model is None or is_linked:
                continue
            label, p = model.best(feats)
            if p < model.threshold:
                continue
            rel, forward = label[:-1], label.endswith(">")
            source, target = (ka, kb) if forward else (kb, ka)
            how = modality_of_pair(sent, a, b, reader.lex)
            reader.emit(Ref(source), rel, Ref(target), how, CONFIDENCE)


def modality_of_pair(sent: Span, a: Mention, b: Mention, lex: Lexicon) -> Modality:
    """The modality a proposed link between ``a`` and ``b`` takes (its clause's)."""
    _, lca, _ = _path(_head(sent, a), _head(sent, b))
    return modality(_clause_verb(lca or _head(sent, a)), lex)[0]
