"""Rule-based extraction: one article's text in, its typed graph records out.

``extract(article)`` returns the Article record, every entity seen (countries by ISO alpha-3,
persons, bodies, regions, events, agreements), every relation read from a sentence with its
evidence, and a MENTIONS edge from the article to each entity. spaCy, the gazetteer and the
lexicon load once per process; later calls only parse.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from spacy.tokens import Span

from graph.model import Record
from loaders.base import ArticleText
from loaders.extract import rules, structure
from loaders.extract.assemble import assemble
from loaders.extract.context import ArticleContext, SentInfo
from loaders.extract.gazetteer import DATA, load_gazetteer
from loaders.extract.lexicon import load_lexicon
from loaders.extract.mentions import learn_people, sentence_mentions
from loaders.extract.nlp import load_nlp
from loaders.extract.reader import Reader
from loaders.extract.segment import BODY, DATELINE, SKIP, SLUG, blocks, for_parsing
from loaders.extract.topics import TopicNode, topic_of

__all__ = ["EXTRACTOR", "extract", "extractor_version", "warm_up"]

EXTRACTOR = "geoalign-rules"
RULES_VERSION = "0.1"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The rules version plus a digest of the reviewed data files, so a lexicon edit changes it."""
    digest = hashlib.sha1()
    for name in ("gazetteer.yaml", "lexicon.yaml"):
        digest.update((DATA / name).read_bytes())
    return f"{RULES_VERSION}+{digest.hexdigest()[:8]}"


def warm_up() -> None:
    """Load spaCy, the gazetteer and the lexicon now rather than on the first article."""
    load_nlp()
    load_gazetteer()
    load_lexicon()


def extract(article: ArticleText) -> list[Record]:
    """The records one article states: Article, entities, relations with evidence, MENTIONS."""
    nlp, lex = load_nlp(), load_lexicon()
    ctx = ArticleContext(load_gazetteer())
    live = [b for b in blocks(article) if b.kind not in {SKIP, SLUG}]
    docs = list(nlp.pipe(for_parsing(b.text) for b in live))
    sentences: list[tuple[str, int, Span]] = [
        (b.kind, b.start, s) for b, d in zip(live, docs, strict=True) for s in d.sents
    ]
    learn_people([s for _, _, s in sentences], ctx, lex)
    topics: list[TopicNode] = []
    year = article.date[:4] if article.date and article.date[:4].isdigit() else None
    first_seen: dict[str, SentInfo] = {}
    active = frozenset(
        found.kind for kind, _, sent in sentences if kind == BODY for t in sent if (found := topic_of(t, lex))
    )
    for index, (kind, offset, sent) in enumerate(sentences):
        start, end = offset + sent.start_char, offset + sent.end_char
        info = SentInfo(index, start, end, article.text[start:end])
        mentions = sentence_mentions(sent, ctx, lex)
        for m in mentions:
            first_seen.setdefault(m.key, info)
        if kind not in {BODY, DATELINE}:
            continue
        reader = Reader(sent, info, ctx, lex, mentions, topics, year, active)
        if kind == DATELINE:
            structure.dateline(reader)
            continue
        structure.run_all(reader)
        rules.run_all(reader)
        remember(reader)
    return assemble(article, ctx, topics, first_seen, EXTRACTOR, extractor_version())


def remember(r: Reader) -> None:
    """Note who the sentence was about, for pronouns and 'the country' in the next sentences."""
    from graph.model import Label
    from loaders.extract.reader import ACTORS, label_of_ref

    seen: set[int] = set()
    for token in r.sent:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.i in seen:
            continue
        refs = [x for x in r.refs(token, topics=False) if label_of_ref(x, r.topics) in ACTORS]
        if not refs:
            continue
        label = label_of_ref(refs[0], r.topics)
        keys = tuple(dict.fromkeys(x.key for x in refs))
        plural = len(keys) > 1 or token.tag_ in {"NNS", "NNPS"} or token.lower_ in {"they", "them"}
        r.ctx.remember(r.info.index, keys, label, True, token.i, plural)
        seen.add(token.i)
    for m in r.mentions:
        if m.label in ACTORS and m.start not in seen:
            head = r.sent.doc[m.end - 1]
            r.ctx.remember(
                r.info.index, (r.mention_key(m, head),), m.label, head.dep_ in {"nsubj", "nsubjpass"}, m.start
            )
    for members in {id(v): v for v in r.lists.values()}.values():
        keys = tuple(dict.fromkeys(m.key for m in members))
        if len(keys) > 1:
            r.ctx.remember(
                r.info.index,
                keys,
                members[0].label if members[0].label != Label.PERSON else Label.COUNTRY,
                False,
                members[0].start,
            )
