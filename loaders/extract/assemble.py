"""From what was read to model records: topic names, actors for officials, evidence, MENTIONS."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from graph.model import (
    CLAIM_MODALITIES,
    RELATIONS,
    Article,
    Entity,
    Evidence,
    Label,
    Modality,
    Record,
    Relation,
    label_of,
    merge_relations,
)
from loaders.base import ArticleText
from loaders.extract.context import ArticleContext, Claim, Node, SentInfo
from loaders.extract.de_facto import as_states
from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.lexicon import load_lexicon
from loaders.extract.scorer import judge
from loaders.extract.topics import TopicNode, is_bond, name_topic, topic_aliases, topic_key, vague
from loaders.readers.textdates import event_time

_STRENGTH = [Modality.ASSERTED, Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED]
_SYMMETRIC = {name for name, kind in RELATIONS.items() if kind.symmetric}


def assemble(
    article: ArticleText,
    ctx: ArticleContext,
    topics: list[TopicNode],
    first_seen: dict[str, SentInfo],
    extractor: str,
    version: str,
) -> list[Record]:
    handles = _name_topics(ctx, topics)
    best: dict[tuple[str, str, str, int], Claim] = {}
    read: dict[tuple[str, str, str, int], Claim] = {}  # the claim as read, before its ends were mapped
    words = load_lexicon().words
    acts = words.personal_acts
    by_handle = {t.handle: t for t in topics}
    for claim in list(ctx.claims):
        deed = by_handle.get(claim.target)
        if claim.type in {"CONDEMNS", "CRITICIZES"} and deed is not None and deed.kind in words.blamed_kinds:
            doers = {ctx.actor(a) for a in deed.agents}
            state = ctx.actor(claim.source).startswith("Country:")
            if len(doers) == 1 and state:  # a state "condemned Russia's invasion": it condemns Russia too
                # (inferred; a resolution condemns the act it names, not its doer)
                doer = doers.pop()
                conf = round(claim.confidence - 0.15, 2)
                ctx.claims.append(replace(claim, target=doer, confidence=conf, rule="assemble.doer"))
    _authors_back(ctx, by_handle, words.backed_measure_kinds)
    _capital_hosts(ctx, by_handle, words.meeting_kinds)
    _named_places(ctx, by_handle, words.located_kinds)
    _own_acts(ctx, topics, words.act_verb_nouns)
    _bodies_voice(ctx, by_handle)
    _drop_named_groups(ctx)
    for claim in ctx.claims:
        source = _end(ctx, handles, claim.source, claim, subject=True)
        target = _end(ctx, handles, claim.target, claim, subject=False)
        if source is None or target is None or source == target or not _fits(claim.type, source, target):
            continue
        own_official = target.startswith("Person:") and ctx.actor(target) == source
        if claim.type in words.own_official_skipped and own_official:
            continue  # "Prime Minister X received backing from the Nordic partners": not her own state's
        if claim.type == "SUPPORTS" and _own_bond(ctx, by_handle.get(claim.target), source):
            continue  # "Putin and Xi reaffirmed their partnership": no stance on a text or a third party
        deed = by_handle.get(claim.target)
        if claim.type == "ORGANIZED" and deed is not None and deed.kind in words.personal_deed_kinds:
            source = claim.source if claim.source.startswith("Person:") else source  # (r36) a coup's leader
        ends = [source]
        if source != claim.source and claim.type in acts and _fits(claim.type, claim.source, target):
            ends.append(claim.source)  # the official who signs keeps his own edge beside his state's
        aims = [target]
        served = ctx.actor(target) if claim.type in words.official_targets else target
        if served != target and served != source and _fits(claim.type, source, served):
            aims.append(served)  # a stance at an official in office reaches his state as well
        for end in ends:
            for aim in aims:
                key = (end, claim.type, aim, claim.sent.index)
                fixed = replace(claim, source=end, target=aim)
                if key not in best or _stronger(fixed, best[key]):
                    best[key] = fixed
                    read[key] = claim
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for key, claim in read.items():
        groups.setdefault(key[:3], []).append(claim)
    vetoed = judge(ctx, groups, len(article.text))
    if vetoed:  # the learned scorer's veto (loaders/extract/scorer.py)
        best = {key: claim for key, claim in best.items() if key[:3] not in vetoed}
    counts: Counter[str] = Counter()
    for node_key, n in ctx.counts.items():
        counts[ctx.actor(node_key)] += n
    relations = [_relation(article, c, extractor, version) for c in _order_symmetric(best.values(), counts)]
    states = as_states(relations, ctx.nodes)  # Taiwan acting as a state: its Country node (convention 11)
    used = {r.source for r in relations} | {r.target for r in relations}
    in_claims = set(used)
    first_seen = dict(first_seen)
    for old, new in states.items():  # named as a state only: one node, the Country
        if old in first_seen and old not in in_claims:
            first_seen.setdefault(new, first_seen.pop(old))
    for old, new in ctx.superseded.items():  # "launched Operation X": the mention's body is the event
        if old in first_seen and old not in in_claims:
            first_seen.setdefault(new, first_seen.pop(old))
    used |= {k for k in first_seen if k in ctx.nodes}
    records: list[Record] = [
        Article(article.id, article.title, article.url, article.outlet, article.date, article.path)
    ]
    entities = [_entity(ctx.nodes[k]) for k in sorted(used) if k in ctx.nodes]
    records += entities
    records += merge_relations(relations)
    for entity in entities:
        info = first_seen.get(entity.id) or _first_claim(relations, entity.id)
        evidence = (_evidence(article, info, Modality.ASSERTED, 1.0, extractor, version),) if info else ()
        records.append(Relation(article.id, "MENTIONS", entity.id, evidence))
    return records


def _drop_named_groups(ctx: ArticleContext) -> None:
    """An unnamed group ("two US defense firms") stands in only where its members go unnamed: once the
    same sanctioner's targets are named in the article, the group claim goes."""
    named = {
        ctx.actor(c.source)
        for c in ctx.claims
        if c.type == "SANCTIONS" and c.target not in ctx.unnamed_groups and c.modality in CLAIM_MODALITIES
    }
    ctx.claims = [
        c
        for c in ctx.claims
        if not (c.target in ctx.unnamed_groups and c.type == "SANCTIONS" and ctx.actor(c.source) in named)
    ]


def _authors_back(ctx: ArticleContext, by_handle: dict[str, TopicNode], kinds: frozenset[str]) -> None:
    """A measure another actor takes a stance on is backed by its author: "India has not joined the price
    cap set by the G7" (the G7 supports the cap; inferred, at a lower confidence)."""
    seen: set[tuple[str, str]] = set()
    against = {(ctx.actor(c.source), c.target) for c in ctx.claims if RELATIONS[c.type].sign < 0}
    for claim in list(ctx.claims):
        measure = by_handle.get(claim.target)
        if measure is None or measure.kind not in kinds or claim.modality is not Modality.ASSERTED:
            continue
        for author in dict.fromkeys(ctx.actor(a) for a in measure.authors):
            key = (author, measure.handle)
            if author == ctx.actor(claim.source) or key in seen or key in against:
                continue
            seen.add(key)
            confidence = round(min(claim.confidence, 0.9) - 0.2, 2)
            ctx.claims.append(
                _inferred(claim, author, "SUPPORTS", claim.target, confidence, "assemble.authors")
            )


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    """The Region node of each capital → its state's node (a body's seat, "Brussels", names no state)."""
    return {
        s.region: s.key
        for s in load_gazetteer().surfaces.values()
        if s.kind == "capital" and s.region and s.key.startswith("Country:")
    }


def _inferred(claim: Claim, source: str, type_: str, target: str, confidence: float, rule: str) -> Claim:
    """A claim the article step infers from ``claim`` (its sentence, quote and modality), with no role or
    status of its own."""
    return replace(
        claim,
        source=source,
        type=type_,
        target=target,
        confidence=confidence,
        role=None,
        status=None,
        rule=rule,
    )


def _capital_hosts(ctx: ArticleContext, by_handle: dict[str, TopicNode], kinds: frozenset[str]) -> None:
    """(r35) A meeting held in a state's capital is hosted by that state: "talks between Iran and the US in
    Muscat", "the Asmara summit" (Oman, Eritrea ORGANIZED it; inferred, once per event). Not where the state
    is a party of its own meeting ("the China-Mongolia summit in Beijing", or meets there in the sentence),
    nor a body's meeting ("the ASEAN summit in Jakarta", one a body convened or hosted)."""
    capitals = _capital_states()
    organizers: dict[str, set[str]] = {}
    met: dict[int, set[str]] = {}  # the states that meet in a sentence are the parties of its meeting
    for c in ctx.claims:
        if c.type == "ORGANIZED":
            organizers.setdefault(c.target, set()).add(ctx.actor(c.source))
        elif c.type == "MET_WITH":
            met.setdefault(c.sent.index, set()).update({ctx.actor(c.source), ctx.actor(c.target)})
    done: set[str] = set()
    for claim in list(ctx.claims):
        event = by_handle.get(claim.source)
        state = capitals.get(claim.target)
        if claim.type != "HELD_IN" or event is None or event.kind not in kinds or state is None:
            continue
        if state not in ctx.stated_countries:
            continue  # "a summit of Andean leaders opened in Quito": the city alone, no host state named
        parties = {ctx.actor(a) for a in [*event.agents, *event.parties, *event.authors]}
        parties |= met.get(claim.sent.index, set())  # "a summit in Pyongyang, where Putin met Kim"
        bodies = [a for a in parties | organizers.get(event.handle, set()) if a.startswith("Organization:")]
        if state in parties or state in organizers.get(event.handle, set()) or bodies or event.handle in done:
            continue
        done.add(event.handle)
        conf = round(min(claim.confidence, 0.85) - 0.15, 2)
        ctx.claims.append(_inferred(claim, state, "ORGANIZED", event.handle, conf, "assemble.capital_host"))


def _named_places(ctx: ArticleContext, by_handle: dict[str, TopicNode], kinds: frozenset[str]) -> None:
    """(r37) An event the article names by its place ("talks in Muscat", the headline's "Hosting of Talks in
    Muscat") is HELD_IN that city or region, once per article, though no sentence placed it by a rule
    (the talks held by their own parties, see ``_talks_placed``): inferred, from a claim on the event."""
    held = {c.source for c in ctx.claims if c.type == "HELD_IN"}
    for claim in list(ctx.claims):
        handle = claim.target if claim.target in by_handle else claim.source
        event = by_handle.get(handle)
        if event is None or handle in held or event.label is not Label.EVENT or event.kind not in kinds:
            continue
        places = [p for p in event.places if label_of(p) is Label.REGION]
        if not places or claim.modality is not Modality.ASSERTED:
            continue
        held.add(handle)
        conf = round(min(claim.confidence, 0.85) - 0.15, 2)
        for place in places:
            ctx.claims.append(_inferred(claim, handle, "HELD_IN", place, conf, "assemble.named_place"))


def _own_acts(ctx: ArticleContext, topics: list[TopicNode], verb_nouns: dict[str, frozenset[str]]) -> None:
    """(r38) An act a story tells by its verb and names by its noun elsewhere ("Chad closed its border with
    Sudan ... Khartoum called the closure hasty", the closure judged far from the verb): the one state or
    body that did that act in the story item ORGANIZED the event (inferred, once per event), where no rule
    found its doer in the sentences near it. Acts of two doers name no one."""
    organized = {c.target for c in ctx.claims if c.type == "ORGANIZED"}
    starts = sorted(ctx.item_starts)
    for node in topics:
        if node.label is not Label.EVENT or node.handle in organized or node.agents or node.first < 0:
            continue
        verbs = {verb for verb, nouns in verb_nouns.items() if node.head in nouns}
        item = max((s for s in starts if s <= node.first), default=0)
        end = min((s for s in starts if s > node.first), default=1 << 30)
        doers = {
            d for index, acts in ctx.acts.items() if item <= index < end for verb, d in acts if verb in verbs
        }
        told = [c for c in ctx.claims if c.target == node.handle and c.modality is Modality.ASSERTED]
        if len(doers) != 1 or not told:
            continue
        for doer in doers.pop():
            conf = round(min(told[0].confidence, 0.85) - 0.15, 2)
            ctx.claims.append(_inferred(told[0], doer, "ORGANIZED", node.handle, conf, "assemble.own_act"))


def _bodies_voice(ctx: ArticleContext, by_handle: dict[str, TopicNode]) -> None:
    """What a resolution demands, the body that adopted it asks: "The resolution demands that Russia
    withdraw" → the assembly requests Russia (inferred; in place of the document). The body is named with
    the document ("the General Assembly resolution"), adopted it ("the OAS passed a resolution"), or is
    the body of that kind the article names most."""
    words = load_lexicon().words
    named = sorted(
        (
            (ctx.counts[key], key)
            for key, node in ctx.nodes.items()
            if node.label is Label.ORGANIZATION and node.name in words.resolution_bodies and ctx.counts[key]
        ),
        reverse=True,
    )
    usual = [named[0][1]] if len(named) == 1 or (named and named[0][0] > named[1][0]) else []
    claims: list[Claim] = []
    for claim in ctx.claims:
        document = by_handle.get(claim.source)
        bodies: list[str] = []
        voiced = claim.type in words.body_voiced_relations
        if document is not None and document.kind in words.voiced_kinds and voiced:
            adopters = document.parties if document.party_role == "backed by" else []
            own = dict.fromkeys(ctx.actor(a) for a in [*document.authors, *document.agents, *adopters])
            bodies = [a for a in own if a in ctx.nodes and ctx.nodes[a].label is Label.ORGANIZATION]
            # (round 38) a vague group ("the West" of a "Western-backed resolution") drafts, a body adopts
            bodies = [a for a in bodies if ctx.place_kind(a) != "vague"] or usual
        conf = round(claim.confidence - 0.1, 2)
        claims += [replace(claim, source=b, confidence=conf, rule="assemble.bodies") for b in bodies]
        if not bodies:
            claims.append(claim)
    # "two-thirds of the Assembly voted for the resolution": the body adopts it, backing is its members'
    bodies_named = {key for _, key in named}
    ctx.claims = [
        c
        for c in claims
        if not (
            c.type in {"SUPPORTS", "VOTED_FOR"}
            and ctx.actor(c.source) in bodies_named
            and (document := by_handle.get(c.target)) is not None
            and document.kind in words.voiced_kinds
        )
    ]


def _name_topics(ctx: ArticleContext, topics: list[TopicNode]) -> dict[str, str]:
    _find_parties(ctx, topics)
    handles: dict[str, str] = {}
    for node in topics:
        key = topic_key(node, ctx)
        handles[node.handle] = key
        entry = ctx.nodes.setdefault(key, Node(key, node.label, name_topic(node, ctx)))
        entry.aliases |= {a for a in node.aliases | topic_aliases(node, ctx) if a}
    return handles


def _find_parties(ctx: ArticleContext, topics: list[TopicNode]) -> None:
    """Who acts on each vague topic, to name it by them: its makers (organized, signed, agreed to),
    else its backers, else its opponents, else anyone acting on it; the two most salient."""
    for node in topics:
        if not vague(node):
            continue
        acting: dict[str, int] = {}
        # "the agreement, brokered by Qatar, was signed by Rwanda and the DRC": its signers name it
        signed = any(
            c.target == node.handle and c.type in _SIGNERS and c.modality is Modality.ASSERTED
            for c in ctx.claims
        )
        for c in ctx.claims:
            if signed and c.type == "ORGANIZED":
                continue
            if c.target == node.handle and not c.source.startswith("?topic:"):
                # a stance denied or only possible says nothing of the side taken ("refused to recognize
                # the referendum" names no backer); such a claim only says who is involved
                rank = _party_rank(c.type) if c.modality in {Modality.ASSERTED, Modality.FUTURE} else 3
                actor = ctx.actor(c.source)
                acting[actor] = min(rank, acting.get(actor, rank))
        if not acting:
            continue
        top = min(acting.values())
        best = sorted((k for k in acting if acting[k] == top), key=lambda k: (-ctx.counts[k], k))
        node.parties, node.party_role = sorted(best[:2]), _PARTY_ROLES[top]


_MAKERS = frozenset({"ORGANIZED", "SIGNED", "AGREED_TO"})
_SIGNERS = frozenset({"SIGNED", "AGREED_TO"})
_PARTY_ROLES = ("", "backed by", "opposed by", "involving")


def _party_rank(rel_type: str) -> int:
    if rel_type in _MAKERS:
        return 0
    sign = RELATIONS[rel_type].sign
    return 1 if sign > 0 else 2 if sign < 0 else 3


def _end(
    ctx: ArticleContext, handles: dict[str, str], key: str, claim: Claim, *, subject: bool
) -> str | None:
    """The node an end stands for: an official acting (or meeting, allying) stands for the state."""
    if key.startswith("?topic:"):
        return handles.get(key)
    if claim.type == "HOLDS_OFFICE" or not (subject or claim.type in _SYMMETRIC | {"REQUESTS"}):
        return key  # an official asked ("appealed to Brazil's President") stands for the state asked
    return ctx.actor(key)


def _fits(rel: str, source: str, target: str) -> bool:
    kind = RELATIONS[rel]
    s, t = label_of(source), label_of(target)
    if rel == "HELD_IN" and t is Label.COUNTRY:
        return False  # annotation rule: an event is not placed in a whole country
    return s in kind.subjects and t in kind.objects


def _stronger(a: Claim, b: Claim) -> bool:
    return (_STRENGTH.index(a.modality), -a.confidence) < (_STRENGTH.index(b.modality), -b.confidence)


def _order_symmetric(claims: Iterable[Claim], counts: Counter[str]) -> list[Claim]:
    """A symmetric pair named without direction ("X and Y are allies") starts at the more salient actor."""
    out: list[Claim] = []
    seen: set[tuple[str, str, str, int]] = set()
    for c in claims:
        if c.unordered and c.type in _SYMMETRIC and counts[c.target] > counts[c.source]:
            c = replace(c, source=c.target, target=c.source)
        key = (c.source, c.type, c.target, c.sent.index)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _evidence(
    article: ArticleText, info: SentInfo, modality: Modality, confidence: float, extractor: str, version: str
) -> Evidence:
    return Evidence(
        article.id,
        info.text,
        info.index,
        info.start,
        info.end,
        article.date,
        modality,
        confidence,
        extractor,
        version,
        article.outlet,
        article.url,
        when=_when(info.text, article.date),
    )


@lru_cache(maxsize=1024)  # a sentence that states several relations gives them all the same time
def _when(sentence: str, report_date: str | None) -> str | None:
    return event_time(sentence, report_date)


def _own_bond(ctx: ArticleContext, node: TopicNode | None, source: str) -> bool:
    """A bond (partnership, alliance) its own party backs: 'reaffirmed their partnership'."""
    if node is None or not is_bond(node.head):
        return False
    return source in {ctx.actor(a) for a in node.agents}


def _relation(article: ArticleText, c: Claim, extractor: str, version: str) -> Relation:
    evidence = _evidence(article, c.sent, c.modality, c.confidence, extractor, version)
    return Relation(c.source, c.type, c.target, (evidence,), c.role, c.status)


def _entity(node: Node) -> Entity:
    aliases = tuple(sorted({a for a in node.aliases if a and a != node.name}))
    return Entity(node.key, node.label, node.name, aliases, node.iso3, dict(node.attrs))


def _first_claim(relations: list[Relation], key: str) -> SentInfo | None:
    for rel in relations:
        if key in {rel.source, rel.target} and rel.evidence:
            ev = rel.evidence[0]
            return SentInfo(ev.sentence, ev.start, ev.end, ev.quote)
    return None
