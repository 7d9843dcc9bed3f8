"""Seeded synthetic inputs for the benchmarks: graphs of model records.

Article text for the extractor comes from ``bench/bench_extract.py`` (its own templates filled
from the gazetteer, not the demo sentences). ``make_graph(n_relations, seed)`` is what an ingest of
a large corpus produces, without the NLP: entities from the gazetteer (countries, regions,
organizations) plus invented people, events and agreements; articles; relations of every type the
model allows between those labels, each with one or more evidence records; and one ``MENTIONS`` per
entity an article names. ``Graph.documents()`` cuts it into per-article record lists, the unit
``geoalign ingest`` commits.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from graph.model import (
    CLAIM_TYPES,
    RELATIONS,
    Article,
    Entity,
    Evidence,
    Label,
    Modality,
    Record,
    Relation,
    slug,
)

# Entity mix beyond the gazetteer's places (shares of the entities asked for).
_INVENTED = {Label.PERSON: 0.45, Label.EVENT: 0.15, Label.AGREEMENT: 0.10}
# Claims an article states besides its MENTIONS, and how often a claim is stated again elsewhere.
CLAIMS_PER_ARTICLE = 6
MENTIONS_PER_ARTICLE = 4
_MODALITIES = (Modality.ASSERTED,) * 17 + (Modality.NEGATED, Modality.FUTURE, Modality.HYPOTHETICAL)
_OUTLETS = ("Wire", "Daily Courier", "Balkan Post", "Eastern Herald", "Global Desk", "Radio Free")
_VERBS = {name: kind.description.split(" ", 2)[1] for name, kind in RELATIONS.items()}


@dataclass
class Graph:
    """Entities, articles and relations (evidence merged per relation), as a store would hold them."""

    entities: list[Entity]
    articles: list[Article]
    relations: list[Relation]
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False)

    @property
    def evidence(self) -> int:
        return sum(len(r.evidence) for r in self.relations)

    def records(self) -> list[Record]:
        return [*self.entities, *self.articles, *self.relations]

    def documents(self) -> list[list[Record]]:
        """Per article: the article, each relation with only that article's evidence, their ends."""
        by_article: dict[str, list[Relation]] = defaultdict(list)
        for rel in self.relations:
            for ev in rel.evidence:
                by_article[ev.article].append(Relation(rel.source, rel.type, rel.target, (ev,), rel.role))
        ids = self._by_id or {e.id: e for e in self.entities}
        docs: list[list[Record]] = []
        for art in self.articles:
            rels = by_article.get(art.id, [])
            ends = sorted({end for r in rels for end in (r.source, r.target)} - {art.id})
            docs.append([art, *(ids[e] for e in ends), *rels])
        return docs


def batches(docs: Sequence[list[Record]], relations_per_batch: int) -> Iterator[list[Record]]:
    """Documents joined into ``Store.add`` calls of about ``relations_per_batch`` relations each."""
    batch: list[Record] = []
    count = 0
    for doc in docs:
        batch.extend(doc)
        count += sum(isinstance(r, Relation) for r in doc)
        if count >= relations_per_batch:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


@cache
def _places() -> dict[Label, list[Entity]]:
    from loaders.extract.gazetteer import load_gazetteer

    out: dict[Label, list[Entity]] = defaultdict(list)
    for key, place in sorted(load_gazetteer().places.items()):
        out[place.label].append(Entity(key, place.label, place.name, (), place.iso3, dict(place.attrs)))
    return dict(out)


def make_entities(n: int, rng: random.Random) -> dict[Label, list[Entity]]:
    """About ``n`` entities: the gazetteer's places first, then invented people, events, agreements."""
    from bench.bench_extract import FIRST, LAST

    pools: dict[Label, list[Entity]] = {lb: list(v) for lb, v in _places().items()}
    invented = max(n - sum(len(v) for v in pools.values()), 60)
    for label, share in _INVENTED.items():
        pool = pools.setdefault(label, [])
        for i in range(max(int(invented * share / sum(_INVENTED.values())), 20)):
            if label is Label.PERSON:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
                aliases: tuple[str, ...] = (name.rsplit(" ", 2)[1] + f" {i}",)
            else:
                word = "summit" if label is Label.EVENT else "accord"
                name = f"{rng.choice(LAST)} {word} {1990 + i % 35} no. {i}"
                aliases = ()
            pool.append(Entity(f"{label.value}:{slug(name)}", label, name, aliases))
    return pools


def make_graph(n_relations: int, seed: int = 7, *, n_entities: int | None = None) -> Graph:
    """A graph of about ``n_relations`` distinct relations (a tenth of them MENTIONS), seeded.

    Hub actors get most claims (a power law), so relations recur across articles and gather
    several evidence records, as in real wire copy.
    """
    rng = random.Random(seed)
    pools = make_entities(n_entities or max(n_relations // 10, 1200), rng)
    entities = [e for label in sorted(pools) for e in pools[label]]
    claims_wanted = max(int(n_relations * 0.9), 1)
    arts: list[Article] = []
    claims: dict[tuple[str, str, str], list[Evidence]] = {}
    roles: dict[tuple[str, str, str], str] = {}
    keys: list[tuple[str, str, str]] = []
    mentions: list[Relation] = []
    while len(claims) < claims_wanted:
        art = _article(len(arts), rng)
        arts.append(art)
        # Half of an article's claims are new, half restate known ones (about two evidence records each).
        stated = [_new_claim(pools, rng) for _ in range(CLAIMS_PER_ARTICLE // 2)]
        stated += [rng.choice(keys) for _ in range(CLAIMS_PER_ARTICLE - len(stated)) if keys]
        for n, key in enumerate(stated):
            if key not in claims:
                claims[key] = []
                keys.append(key)
                if key[1] == "HOLDS_OFFICE":
                    roles[key] = rng.choice(("President", "Foreign Minister", "Envoy"))
            claims[key].append(_evidence(art, key, n, rng))
        named = sorted({end for k in stated for end in (k[0], k[2])})[:MENTIONS_PER_ARTICLE]
        for n, end in enumerate(named):
            mentions.append(
                Relation(art.id, "MENTIONS", end, (_evidence(art, (art.id, "MENTIONS", end), 50 + n, rng),))
            )
    relations = [Relation(s, t, o, tuple(evs), roles.get((s, t, o))) for (s, t, o), evs in claims.items()]
    relations += mentions[: max(n_relations - len(relations), 0)]
    used = {end for r in relations for end in (r.source, r.target)}
    cited = {ev.article for r in relations for ev in r.evidence}
    ents = [e for e in entities if e.id in used]
    return Graph(ents, [a for a in arts if a.id in cited], relations, {e.id: e for e in ents})


def _article(i: int, rng: random.Random) -> Article:
    outlet = rng.choice(_OUTLETS)
    date = f"{2022 + i % 3}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Article(f"Article:{i:016x}", f"Report {i}", f"https://news.example/{i}", outlet, date, f"{i}.txt")


def _new_claim(pools: dict[Label, list[Entity]], rng: random.Random) -> tuple[str, str, str]:
    while True:
        rel_type = rng.choice(CLAIM_TYPES)
        kind = RELATIONS[rel_type]
        source = _pick(pools, sorted(kind.subjects), rng)
        target = _pick(pools, sorted(kind.objects), rng)
        if source is not None and target is not None and source != target:
            return source, rel_type, target


def _pick(pools: dict[Label, list[Entity]], labels: list[Label], rng: random.Random) -> str | None:
    options = [lb for lb in labels if pools.get(lb)]
    if not options:
        return None
    pool = pools[rng.choice(options)]
    # A power law over the pool: the first entities (big countries, the first people) are hubs.
    hub = rng.random() < 0.6
    return pool[min(int(rng.paretovariate(0.8)) - 1, len(pool) - 1) if hub else rng.randrange(len(pool))].id


def _evidence(art: Article, key: tuple[str, str, str], n: int, rng: random.Random) -> Evidence:
    source, rel_type, target = key
    verb = _VERBS.get(rel_type, "mentions")
    quote = (
        f"{source.split(':', 1)[1].replace('-', ' ').title()} {verb} "
        f"{target.split(':', 1)[1].replace('-', ' ').title()}, officials said on {art.date}, "
        f"according to a statement quoted by {art.outlet}."
    )
    start = 200 * n + rng.randrange(50)
    return Evidence(
        art.id,
        quote,
        n,
        start,
        start + len(quote),
        art.date,
        rng.choice(_MODALITIES),
        round(rng.uniform(0.5, 1.0), 2),
        "geoalign",
        "bench",
        art.outlet,
        art.url,
    )
