"""The domain model: node labels, relation kinds, evidence, and the records loaders emit.

Everything else (stores, loaders, views, exports, analysis) speaks in these types.
Each relation kind is declared once, in ``RELATIONS``, with its direction, PLOVER
category and stance sign.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property


class Label(StrEnum):
    """Node labels. One label per node (the embedded store has one table per label)."""

    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    REGION = "Region"
    EVENT = "Event"
    AGREEMENT = "Agreement"
    ARTICLE = "Article"


ENTITY_LABELS: tuple[Label, ...] = tuple(lb for lb in Label if lb is not Label.ARTICLE)
ACTOR_LABELS: frozenset[Label] = frozenset({Label.COUNTRY, Label.PERSON, Label.ORGANIZATION, Label.REGION})
TOPIC_LABELS: frozenset[Label] = frozenset({Label.EVENT, Label.AGREEMENT})


class Plover(StrEnum):
    """PLOVER event categories (Political Language Ontology for Verifiable Event Records).

    ``STRUCTURE`` is ours: standing facts (office, membership, territory) that are not events.
    """

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    STRUCTURE = "STRUCTURE"


class Stance(StrEnum):
    """How a view colours an edge: the side the subject takes towards the object."""

    SUPPORT = "support"
    REJECT = "reject"
    ACCUSE = "accuse"
    COERCE = "coerce"
    NEUTRAL = "neutral"


# Cooperation (+) / conflict (-) weight of each PLOVER category, on a Goldstein-like -1..1 scale.
PLOVER_WEIGHT: Mapping[Plover, float] = {
    Plover.AGREE: 0.6,
    Plover.CONSULT: 0.2,
    Plover.SUPPORT: 0.8,
    Plover.CONCEDE: 0.5,
    Plover.COOPERATE: 0.7,
    Plover.AID: 0.8,
    Plover.RETREAT: 0.4,
    Plover.REQUEST: 0.0,
    Plover.ACCUSE: -0.6,
    Plover.REJECT: -0.5,
    Plover.THREATEN: -0.7,
    Plover.PROTEST: -0.5,
    Plover.SANCTION: -0.8,
    Plover.MOBILIZE: -0.6,
    Plover.COERCE: -0.8,
    Plover.ASSAULT: -1.0,
    Plover.STRUCTURE: 0.0,
}

# How a view colours each category; a category left out (CONSULT, RETREAT, MOBILIZE …) is neutral.
PLOVER_STANCE: Mapping[Plover, Stance] = {
    Plover.AGREE: Stance.SUPPORT,
    Plover.SUPPORT: Stance.SUPPORT,
    Plover.CONCEDE: Stance.SUPPORT,
    Plover.COOPERATE: Stance.SUPPORT,
    Plover.AID: Stance.SUPPORT,
    Plover.REJECT: Stance.REJECT,
    Plover.PROTEST: Stance.REJECT,
    Plover.ACCUSE: Stance.ACCUSE,
    Plover.THREATEN: Stance.COERCE,
    Plover.SANCTION: Stance.COERCE,
    Plover.COERCE: Stance.COERCE,
    Plover.ASSAULT: Stance.COERCE,
}


class Modality(StrEnum):
    """How a sentence states a relation."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"


# Negated and hypothetical evidence is kept but left out of default views, queries and analysis.
CLAIM_MODALITIES: frozenset[Modality] = frozenset({Modality.ASSERTED, Modality.FUTURE})


@dataclass(frozen=True)
class RelationKind:
    """A relation type, declared once: who points at whom and what it means for alignment."""

    name: str
    plover: Plover
    sign: int  # +1 cooperative stance, -1 hostile stance, 0 no stance
    description: str
    subjects: frozenset[Label] = ACTOR_LABELS
    objects: frozenset[Label] = frozenset(ENTITY_LABELS)
    symmetric: bool = False

    @property
    def stance(self) -> Stance:
        return PLOVER_STANCE.get(self.plover, Stance.NEUTRAL)


_ACTORS = ACTOR_LABELS
_STATES = frozenset({Label.COUNTRY, Label.ORGANIZATION, Label.REGION})
# Documents take positions too: a resolution condemns an invasion, a communiqué calls on a junta.
_VOICES = ACTOR_LABELS | {Label.AGREEMENT}
_TOPICS = TOPIC_LABELS
_PLACES = frozenset({Label.COUNTRY, Label.REGION})


def _kinds(*kinds: RelationKind) -> dict[str, RelationKind]:
    return {k.name: k for k in kinds}


RELATIONS: Mapping[str, RelationKind] = _kinds(
    RelationKind("ALLY_OF", Plover.COOPERATE, +1, "subject is an ally of object", _ACTORS, _ACTORS, True),
    RelationKind("REJECTS", Plover.REJECT, -1, "subject rejects, refuses or blocks object", _VOICES),
    RelationKind("SUPPORTS", Plover.SUPPORT, +1, "subject supports or backs object", _VOICES),
    RelationKind("RECOGNIZES", Plover.SUPPORT, +1, "subject formally recognizes object", _VOICES),
    RelationKind("CONDEMNS", Plover.ACCUSE, -1, "subject condemns object", _VOICES),
    RelationKind("CRITICIZES", Plover.ACCUSE, -1, "subject criticizes or accuses object", _VOICES),
    RelationKind(
        "SIGNED", Plover.SUPPORT, +1, "subject signed the agreement", _ACTORS, frozenset({Label.AGREEMENT})
    ),
    RelationKind(
        "MET_WITH", Plover.CONSULT, +1, "subject met or held talks with object", _ACTORS, _ACTORS, True
    ),
    RelationKind(
        "HOLDS_OFFICE",
        Plover.STRUCTURE,
        0,
        "person holds an office in the state or body (role)",
        frozenset({Label.PERSON}),
        _STATES,
    ),
    RelationKind(
        "MEMBER_OF",
        Plover.STRUCTURE,
        0,
        "subject is a member (or has a status) in the body",
        _STATES,
        frozenset({Label.ORGANIZATION}),
    ),
    RelationKind(
        "INVADED",
        Plover.ASSAULT,
        -1,
        "subject invaded object",
        _ACTORS,
        frozenset({Label.COUNTRY, Label.REGION}),
    ),
    RelationKind(
        "OCCUPIES",
        Plover.COERCE,
        -1,
        "subject occupies or controls the territory",
        _ACTORS,
        frozenset({Label.REGION, Label.COUNTRY}),
    ),
    RelationKind(
        "ORGANIZED",
        Plover.SUPPORT,
        +1,
        "subject organized, brokered or hosted the event",
        _ACTORS,
        frozenset({Label.EVENT, Label.AGREEMENT}),
    ),
    RelationKind(
        "HELD_IN",
        Plover.STRUCTURE,
        0,
        "event took place in the region",
        frozenset({Label.EVENT}),
        frozenset({Label.REGION, Label.COUNTRY}),
    ),
    RelationKind(
        "PART_OF",
        Plover.STRUCTURE,
        0,
        "region is part of the country",
        frozenset({Label.REGION}),
        frozenset({Label.COUNTRY, Label.REGION}),
    ),
    RelationKind("SANCTIONS", Plover.SANCTION, -1, "subject imposes sanctions on object"),
    RelationKind("REQUESTS", Plover.REQUEST, 0, "subject calls on, urges or asks object", _VOICES),
    RelationKind(
        "VOTED_FOR",
        Plover.SUPPORT,
        +1,
        "subject voted for the resolution or measure",
        _ACTORS,
        frozenset({Label.AGREEMENT, Label.EVENT}),
    ),
    RelationKind(
        "VOTED_AGAINST",
        Plover.REJECT,
        -1,
        "subject voted against the resolution or measure",
        _ACTORS,
        frozenset({Label.AGREEMENT, Label.EVENT}),
    ),
    RelationKind(
        "AGREED_TO",
        Plover.AGREE,
        +1,
        "subject agreed to or accepted the demand, proposal, deal or ceasefire",
        _ACTORS,
        _TOPICS,
    ),
    RelationKind(
        "CONCEDES",
        Plover.CONCEDE,
        +1,
        "subject eased or lifted sanctions on, released prisoners to, or gave way to object",
        _ACTORS,
        _ACTORS,
    ),
    RelationKind(
        "AIDS",
        Plover.AID,
        +1,
        "subject gives military, economic or humanitarian aid, arms or loans to object",
        _ACTORS,
        _ACTORS,
    ),
    # Troops leaving a place. A state leaving a body stays MEMBER_OF (status "withdrawal announced").
    RelationKind(
        "WITHDREW_FROM",
        Plover.RETREAT,
        0,
        "subject withdrew its troops or forces from the country or region",
        _ACTORS,
        _PLACES,
    ),
    RelationKind(
        "THREATENS",
        Plover.THREATEN,
        -1,
        "subject threatened object with force or sanctions, warned it, or issued it an ultimatum",
        _ACTORS,
        _ACTORS,
    ),
    RelationKind(
        "PROTESTS",
        Plover.PROTEST,
        -1,
        "subject demonstrated, rallied or protested against object",
        _ACTORS,
    ),
    # No stance sign: the place forces are sent to may be an ally's (US troops to Poland) or a rival's border.
    RelationKind(
        "MOBILIZES",
        Plover.MOBILIZE,
        0,
        "subject deployed or massed troops or weapons to or near the country or region, or mobilized",
        _ACTORS,
        _PLACES,
    ),
    RelationKind(
        "ATTACKED",
        Plover.ASSAULT,
        -1,
        "subject attacked, struck, bombed, shelled or fired missiles at object",
        _ACTORS,
        _ACTORS,
    ),
    RelationKind(
        "MENTIONS",
        Plover.STRUCTURE,
        0,
        "article mentions the entity",
        frozenset({Label.ARTICLE}),
        frozenset(ENTITY_LABELS),
    ),
)

CLAIM_TYPES: tuple[str, ...] = tuple(name for name in RELATIONS if name != "MENTIONS")


@dataclass(frozen=True)
class Evidence:
    """One sentence (or curated row) that states a relation."""

    article: str
    quote: str
    sentence: int = 0
    start: int = 0
    end: int = 0
    date: str | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 1.0
    extractor: str = "geoalign"
    extractor_version: str = "0"
    outlet: str | None = None
    url: str | None = None
    note: str | None = None  # an analyst's remark on a curated fact
    when: str | None = None  # the time the sentence gives its event ("2014", "1990s"), apart from `date`

    @property
    def key(self) -> str:
        """Identity of this record: re-reading the same span replaces it instead of adding a twin."""
        return f"{self.article}:{self.start}:{self.end}"

    @property
    def is_claim(self) -> bool:
        return self.modality in CLAIM_MODALITIES

    @property
    def period(self) -> tuple[str, str] | None:
        """The first and last day the evidence speaks of: its stated event time, else its date."""
        return time_period(self.when or self.date) if (self.when or self.date) else None


@dataclass(frozen=True)
class Entity:
    """A node other than an article: a country, person, organization, region, event or agreement."""

    id: str
    label: Label
    name: str
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Article:
    """A source document. Its id is a hash of its text, so the same article read twice is one node."""

    id: str
    title: str
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    path: str | None = None

    @property
    def label(self) -> Label:
        return Label.ARTICLE


@dataclass(frozen=True)
class Relation:
    """A typed edge with every evidence record that states it."""

    source: str
    type: str
    target: str
    evidence: tuple[Evidence, ...] = ()
    role: str | None = None
    status: str | None = None

    @cached_property
    def key(self) -> str:
        # Made once per relation: a write asks for it several times (the fields are frozen).
        return relation_key(self.source, self.type, self.target)

    @property
    def kind(self) -> RelationKind:
        return RELATIONS[self.type]

    @property
    def modality(self) -> Modality:
        """The strongest modality of the evidence: asserted, then future, hypothetical, negated."""
        order = [Modality.ASSERTED, Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED]
        present = {ev.modality for ev in self.evidence}
        return next((m for m in order if m in present), Modality.ASSERTED)

    @property
    def claimed(self) -> bool:
        """True when at least one evidence record states it (not only negated or hypothetical)."""
        return not self.evidence or any(ev.is_claim for ev in self.evidence)

    def merged(self, other: Relation) -> Relation:
        """This relation with the other's evidence added; records with the same key are replaced."""
        by_key = {ev.key: ev for ev in self.evidence}
        by_key.update({ev.key: ev for ev in other.evidence})
        return replace(
            self,
            evidence=tuple(by_key.values()),
            role=pick(self.role, other.role),
            status=pick(self.status, other.status),
        )


Record = Entity | Article | Relation


def pick(a: str | None, b: str | None, *, longer: bool = True) -> str | None:
    """Of two spellings of one value, the richer one, so merges do not depend on ingest order.

    Accents beat plain letters; then the longer (or, for display names, the shorter) one; then
    alphabetical order decides.

    >>> pick("Selakovic", "Selaković"), pick(None, "Foreign Minister"), pick("Minister", "Foreign Minister")
    ('Selaković', 'Foreign Minister', 'Foreign Minister')
    >>> pick("Republic of Serbia", "Serbia", longer=False)
    'Serbia'
    """
    if a is None or b is None:
        return a if b is None else b
    if a == b:  # the common case when merging two readings of one thing
        return a
    sign = -1 if longer else 1
    return min(a, b, key=lambda s: (-sum(not c.isascii() for c in s), sign * len(s), s))


class ModelError(ValueError):
    """A record that does not fit the model (unknown relation type, wrong endpoint label)."""


def time_period(when: str | None) -> tuple[str, str]:
    """The first and last day a stated time covers ("1990s", "2014", "2024-01", "2024-01-23").

    >>> time_period("1990s"), time_period("2014")
    (('1990-01-01', '1999-12-31'), ('2014-01-01', '2014-12-31'))
    >>> time_period("2024-01-23")
    ('2024-01-23', '2024-01-23')
    """
    text = when or ""
    if text.endswith("s") and text[:4].isdigit():
        return f"{text[:4]}-01-01", f"{text[:3]}9-12-31"
    if len(text) == 4:
        return f"{text}-01-01", f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-01", f"{text}-31"
    return text[:10], text[:10]


def relation_key(source: str, type_: str, target: str) -> str:
    return f"{source}|{type_}|{target}"


_LABELS = {label.value: label for label in Label}


def label_of(node_id: str) -> Label:
    """The label encoded in a node id (``Country:SRB`` → Country)."""
    label = _LABELS.get(node_id.split(":", 1)[0])
    if label is None:
        raise ModelError(f"node id {node_id!r} does not start with a label")
    return label


def slug(text: str) -> str:
    """A lowercase ASCII slug for ids: 'Selaković' → 'selakovic'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return (
        re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
        or hashlib.sha1(text.encode()).hexdigest()[:10]
    )


def entity_id(label: Label, name: str, iso3: str | None = None) -> str:
    """The stable id of an entity: ISO 3166 alpha-3 for countries, a name slug otherwise."""
    return f"{label.value}:{iso3}" if iso3 else f"{label.value}:{slug(name)}"


def article_id(text: str) -> str:
    return "Article:" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def check_relation(rel: Relation) -> None:
    """Raise ModelError when the type is unknown or an endpoint has a label the kind does not allow."""
    kind = RELATIONS.get(rel.type)
    if kind is None:
        raise ModelError(f"unknown relation type {rel.type!r} (known: {', '.join(RELATIONS)})")
    for end, allowed in ((rel.source, kind.subjects), (rel.target, kind.objects)):
        if label_of(end) not in allowed:
            names = ", ".join(sorted(lb.value for lb in allowed))
            raise ModelError(f"{rel.type} cannot connect {label_of(end).value} ({end}); allowed: {names}")


def merge_relations(relations: Iterable[Relation]) -> list[Relation]:
    """Fold relations with the same (source, type, target) into one, keeping every evidence record
    (the same as folding them with ``Relation.merged`` in order, with one merge per key)."""
    groups: dict[tuple[str, str, str], list[Relation]] = {}
    for rel in relations:
        group = groups.get((rel.source, rel.type, rel.target))
        if group is None:
            groups[(rel.source, rel.type, rel.target)] = [rel]
        else:
            group.append(rel)
    return [group[0] if len(group) == 1 else _merge_group(group) for group in groups.values()]


def _merge_group(group: list[Relation]) -> Relation:
    first = group[0]
    by_key: dict[str, Evidence] = {}
    role, status = first.role, first.status
    for rel in group:
        for ev in rel.evidence:
            by_key[ev.key] = ev
        if rel is not first:
            role, status = pick(role, rel.role), pick(status, rel.status)
    # ``dataclasses.replace`` with every field given, without its per-call field walk
    return first.__class__(first.source, first.type, first.target, tuple(by_key.values()), role, status)


# ---- text a record may hold ----------------------------------------------------------------------
# Characters no article means to hold and XML 1.0 (GEXF, GraphML) cannot carry: C0 controls other than
# tab/newline/CR, DEL, C1 controls (U+009B is a terminal's CSI), non-characters (U+FDD0-U+FDEF and the
# last two code points of every plane, U+FFFE being a byte-swapped BOM) and lone surrogates, which a
# JSON ``\ud800`` escape produces and no UTF-8 encoder accepts.
_UNTEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# Page and line breaks of old text dumps stay breaks; a lone surrogate leaves a visible mark.
_REPLACE = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n"} | {chr(c): "\ufffd" for c in range(0xD800, 0xE000)}


def clean_text(text: str) -> str:
    """``text`` fit to store and to write as XML: controls and non-characters gone, lone surrogates U+FFFD.

    Tab, newline and CR stay; a vertical tab, form feed or NEL becomes a newline. Readers call it on
    every article's text and metadata as they are read (so evidence offsets point into the cleaned
    text), and XML exports again as a last defence.

    >>> clean_text("Serbia\\x07 said\\x0cno\\ufffe \\ud800 to\\x1b[31m Russia\\t.")
    'Serbia said\\nno \\ufffd to[31m Russia\\t.'
    """
    if _UNTEXT.search(text) is None:
        return text
    return _UNTEXT.sub(lambda m: _REPLACE.get(m.group(), ""), text)
