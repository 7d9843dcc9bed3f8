"""The extraction pipeline behind ``loaders.extract`` (spaCy is imported here, not by the package)."""

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
from loaders.extract.triage import cheap_doc, needs_names, needs_parse

__all__ = ["EXTRACTOR", "extract", "extractor_version", "warm_up"]

EXTRACTOR = "geoalign-rules"
LIGHT = "light"  # a body sentence without a relation word: gazetteer names only, no parse

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
    lex = load_lexicon()
    ctx = ArticleContext(load_gazetteer(), tag=article.id.split(":")[-1][:6])

    sentences = read_sentences(article)
    learn_people([s for kind, _, s in sentences if kind == BODY], ctx, lex)
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
        if kind == LIGHT:
            for m in mentions:  # no parse: remembered as mentions, never as subjects
                ctx.remember(index, (m.key,), m.label, False, m.start)
        if kind not in {BODY, DATELINE}:
            continue
        reader = Reader(sent, info, ctx, lex, mentions, topics, year, active)
        if kind == DATELINE:
            structure.dateline(reader)
            continue
        structure.run_all(reader)
        rules.run_all(reader)
        reader.remember()
    return assemble(article, ctx, topics, first_seen, EXTRACTOR, extractor_version())


def read_sentences(article: ArticleText, *, triage: bool = True) -> list[tuple[str, int, Span]]:
    """The article's sentences in order as (kind, offset of their doc in the text, span).

    Sentences that can state a relation get spaCy's full pipeline (kind BODY); the others keep only
    tokens and gazetteer names (kind LIGHT), and so do titles and datelines.
    """
    nlp = load_nlp()
    units: list[list[tuple[str, int, Span]]] = []
    queues: dict[bool, list[tuple[int, int, str]]] = {True: [], False: []}  # with NER / without
    kinds: dict[int, str] = {}
    for block in blocks(article):
        if block.kind in {SKIP, SLUG}:
            continue
        text = for_parsing(block.text)
        if block.kind == BODY and not triage:
            queues[True].append((len(units), block.start, text))
            units.append([])
            continue
        if block.kind == DATELINE:  # short, and often a city only NER knows ("LVIV, Ukraine -")
            kinds[len(units)] = DATELINE
            queues[True].append((len(units), block.start, text))

            units.append([])
            continue
        for sent in cheap_doc(text).sents:
            if block.kind == BODY and needs_parse(sent):
                piece = text[sent.start_char : sent.end_char]
                queues[needs_names(sent)].append((len(units), block.start + sent.start_char, piece))
                units.append([])
            else:
                units.append([(LIGHT if block.kind == BODY else block.kind, block.start, sent)])
    for with_ner, queue in queues.items():
        if not queue:
            continue
        with nlp.select_pipes(disable=[] if with_ner else ["ner"]):
            for (slot, offset, _), doc in zip(queue, nlp.pipe(q[2] for q in queue), strict=True):
                units[slot] = [(kinds.get(slot, BODY), offset, s) for s in doc.sents]
    return [unit for group in units for unit in group]
