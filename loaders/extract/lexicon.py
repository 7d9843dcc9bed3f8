"""The verb and noun lexicon (``loaders/data/lexicon.yaml``) as typed records, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from graph.model import RELATIONS, Label
from loaders.extract.gazetteer import DATA


@dataclass(frozen=True)
class Trigger:
    """A verb or noun that states a relation."""

    rel: str | None = None
    preps: dict[str, str] = field(default_factory=dict)
    negated: str | None = None
    through: bool = False
    objects: frozenset[Label] | None = None
    also: dict[str, str] = field(default_factory=dict)
    needs_context: bool = False
    modifier_objects: frozenset[Label] = frozenset()
    by_label: dict[str, str] = field(default_factory=dict)
    object_preps: bool = False  # verbs: the target's preposition may hang on the object ("fired missiles at")
    object_heads: frozenset[str] | None = (
        None  # verbs: a direct object, when there is one, must be one of these
    )
    aimed: frozenset[str] = frozenset()  # verbs: prepositions naming whom a threatened act would hit
    spoken: str | None = (
        None  # verbs: the relation instead when a person is the subject ("attacked the plan")
    )
    verbs: frozenset[str] = frozenset()  # nouns: verbs besides the light verbs whose subject is the actor
    undone: str | None = None  # nouns: the relation of whoever undoes it ("lifted sanctions on": CONCEDES)
    undone_by: frozenset[str] = frozenset()
    except_modifiers: frozenset[str] = frozenset()  # nouns: modifiers that make it another thing


@dataclass(frozen=True)
class Topic:
    """A kind of event or agreement and the head nouns that name it."""

    kind: str
    label: Label
    heads: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    light_verbs: frozenset[str]
    evaluations: dict[str, str]  # word or phrase → relation
    evaluation_verbs: frozenset[str]
    evaluation_adverbs: dict[str, str]
    critical_nouns: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    negating_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    requesting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    state_organs: frozenset[str]
    group_nouns: frozenset[str]
    titles: frozenset[str]
    head_titles: tuple[str, ...]
    person_titles: frozenset[str]
    topics: tuple[Topic, ...]
    topic_heads: dict[str, Topic]  # single-word head lemma → topic
    topic_phrases: dict[tuple[str, ...], Topic]  # multi-word head (lower) → topic
    topic_weak: dict[str, Topic]  # heads that name the kind only where the article names it plainly
    phrases_by_last: dict[str, list[tuple[tuple[str, ...], Topic]]]
    media: frozenset[str]
    transparent: frozenset[str]
    private_roles: frozenset[str] = frozenset()  # "mercenary leader": no office in the state named
    boundaries: frozenset[str] = frozenset()  # "the border with Ukraine" stands for Ukraine
    quantities: frozenset[str] = frozenset()  # "hundreds of missiles": the verb governs the missiles


def _trigger(spec: dict[str, Any]) -> Trigger:
    preps = spec.get("preps", {})
    named = [spec.get("rel"), spec.get("negated"), *spec.get("also", {}).values()]
    named += list(preps.values()) if isinstance(preps, dict) else []
    named += list(spec.get("by_label", {}).values())
    undone = spec.get("undone", {})
    named += [undone.get("rel"), spec.get("spoken")]

    for rel in named:
        if rel is not None and rel not in RELATIONS:
            raise ValueError(f"lexicon: unknown relation {rel!r}")
    if isinstance(preps, list):  # nouns list the prepositions of their object (or map each to a relation)
        preps = {p: spec.get("rel") or undone["rel"] for p in preps}
    objects = spec.get("objects")
    return Trigger(
        rel=spec.get("rel"),
        preps=dict(preps),
        negated=spec.get("negated"),
        through=bool(spec.get("through", False)),
        objects=frozenset(Label(o) for o in objects) if objects else None,
        also=dict(spec.get("also", {})),
        needs_context=bool(spec.get("needs_context", False)),
        modifier_objects=frozenset(Label(o) for o in spec.get("modifier_objects", [])),
        by_label=dict(spec.get("by_label", {})),
        object_preps=bool(spec.get("object_preps", False)),
        object_heads=frozenset(spec["object_heads"]) if "object_heads" in spec else None,
        aimed=frozenset(spec.get("aimed", [])),
        spoken=spec.get("spoken"),
        verbs=frozenset(spec.get("verbs", [])),
        undone=undone.get("rel"),
        undone_by=frozenset(undone.get("by", [])),
        except_modifiers=frozenset(spec.get("except_modifiers", [])),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The process-wide lexicon."""
    with (DATA / "lexicon.yaml").open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    modality = spec["modality"]
    topics = tuple(
        Topic(kind, Label(t["label"]), tuple(str(h) for h in t["heads"]))
        for kind, t in spec["topics"].items()
    )
    heads: dict[str, Topic] = {}
    phrases: dict[tuple[str, ...], Topic] = {}
    for topic in topics:
        for head in topic.heads:
            words = tuple(head.lower().split())
            if len(words) == 1:
                heads[words[0]] = topic
            else:
                phrases[words] = topic
    evaluations = {str(word).lower(): rel for rel, words in spec["evaluations"].items() for word in words}
    return Lexicon(
        verbs={k: _trigger(v) for k, v in spec["verbs"].items()},
        nouns={k: _trigger(v) for k, v in spec["nouns"].items()},
        light_verbs=frozenset(spec["light_verbs"]),
        evaluations=evaluations,
        evaluation_verbs=frozenset(spec["evaluation_verbs"]),
        evaluation_adverbs=dict(spec.get("evaluation_adverbs", {})),
        critical_nouns=frozenset(spec.get("critical_nouns", [])),
        future=frozenset(modality["future"]),
        hypothetical=frozenset(modality["hypothetical"]),
        negating_verbs=frozenset(modality["negating_verbs"]),
        hypothetical_verbs=frozenset(modality["hypothetical_verbs"]),
        requesting_verbs=frozenset(modality.get("requesting_verbs", [])),
        conditional_marks=frozenset(modality["conditional_marks"]),
        reporting_verbs=frozenset(modality["reporting_verbs"]),
        state_organs=frozenset(spec["state_organs"]),
        group_nouns=frozenset(spec["group_nouns"]),
        titles=frozenset(str(t).lower() for t in spec["titles"]),
        head_titles=tuple(spec["head_titles"]),
        person_titles=frozenset(spec["person_titles"]),
        topics=topics,
        topic_heads=heads,
        topic_phrases=phrases,
        phrases_by_last={
            last: [(w, t) for w, t in phrases.items() if w[-1] == last] for last in {w[-1] for w in phrases}
        },
        topic_weak={str(w): t for t in topics for w in spec["topics"][t.kind].get("weak", [])},
        media=frozenset(spec["media_outlets"]),
        transparent=frozenset(spec.get("transparent_nouns", [])),
        private_roles=frozenset(spec.get("private_roles", [])),
        boundaries=frozenset(spec.get("boundary_nouns", [])),
        quantities=frozenset(spec.get("quantity_nouns", [])),
    )
