"""The extraction pipeline behind ``loaders.extract`` (spaCy is imported here, not by the package)."""

from __future__ import annotations

import hashlib
import multiprocessing
import re
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from graph.model import Label, Record
from loaders.base import ArticleText
from loaders.extract import pairs, rules, structure, titles
from loaders.extract.assemble import assemble
from loaders.extract.context import ArticleContext, SentInfo
from loaders.extract.gazetteer import DATA, load_gazetteer
from loaders.extract.leaders import load_leaders
from loaders.extract.lexicon import Lexicon, load_lexicon
from loaders.extract.mentions import learn_people, sentence_mentions
from loaders.extract.nlp import load_nlp
from loaders.extract.scorer import scoring
from loaders.extract.segment import BODY, DATELINE, SKIP, SLUG, TITLE, blocks, classify, for_parsing
from loaders.extract.sentence import Reader
from loaders.extract.topics import TopicNode, topic_of
from loaders.extract.triage import (
    cheap_doc,
    forms,
    inner_names,
    needs_names,
    needs_parse,
    points_back,
    trigger_words,
)

# a transcript line's speaker label: up to five capitalised words and a colon ("Lin Jian: ", "Reuters: "); a
# live blog's, after its time stamp, with a title before the name ("14:05 - Japanese Prime Minister Fumio
# Kishida: ", "09:12 GMT - Russian foreign ministry spokeswoman Maria Zakharova: ")
_LINE_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?: ?(?:GMT|UTC|CET|EST|ET|[ap]\.?m\.?))? ?[-–—|]? ?)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:(?: [\w.'’-]+){0,6} [A-Z][\w.'’-]*)?): "
)

__all__ = ["EXTRACTOR", "ExtractionFailed", "extract", "extract_many", "extractor_version", "warm_up"]

EXTRACTOR = "geoalign-rules"
LIGHT = "light"  # a body sentence without a relation word: gazetteer names only, no parse

RULES_VERSION = "0.1"
PARSE_BATCH = 256  # sentences per spaCy batch


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
    return _read(article, read_sentences(article))


@dataclass(frozen=True)
class ExtractionFailed:
    """What ``extract_many`` gives instead of records for an article the extractor failed on."""

    kind: str  # the exception's type name
    message: str
    trace: str = ""  # the traceback, for --debug


def _failed(exc: Exception) -> ExtractionFailed:
    return ExtractionFailed(type(exc).__name__, str(exc), traceback.format_exc())


Result = list[Record] | ExtractionFailed


def extract_many(articles: Iterable[ArticleText], *, n_process: int = 1, batch: int = 32) -> Iterator[Result]:
    """The records of each article, in order, as ``extract`` gives them, read in batches.

    The sentences of ``batch`` articles go through spaCy in one stream (bigger batches for the
    model), then the rules read each article. With ``n_process`` > 1, batches are shared out to
    forked worker processes (spaCy and the data are loaded first, so the workers inherit them). An
    article the extractor fails on gives an ``ExtractionFailed``; the others are unaffected.
    """
    windows = _windows(articles, batch)
    if n_process <= 1:
        for window in windows:
            yield from _extract_window(window)
        return
    warm_up()
    extractor_version()
    context = multiprocessing.get_context("fork")
    with context.Pool(n_process) as pool:
        for results in pool.imap(_extract_window, windows):
            yield from results


def _windows(articles: Iterable[ArticleText], size: int) -> Iterator[list[ArticleText]]:
    window: list[ArticleText] = []
    for article in articles:
        window.append(article)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def _extract_window(articles: list[ArticleText]) -> list[Result]:
    plans: list[_Plan | ExtractionFailed] = []
    for article in articles:
        try:
            plans.append(_plan(article))
        except Exception as exc:  # one article's failure must not cost the others theirs
            plans.append(_failed(exc))
    good = [p for p in plans if isinstance(p, _Plan)]
    try:
        _parse(good)
    except Exception:  # a batch the parser failed on: each article on its own
        for one in good:
            try:
                _parse([one])
            except Exception as exc:
                one.failed = _failed(exc)
    out: list[Result] = []
    for article, item in zip(articles, plans, strict=True):
        if isinstance(item, ExtractionFailed):
            out.append(item)
        elif item.failed is not None:
            out.append(item.failed)
        else:
            try:
                out.append(_read(article, item.sentences()))
            except Exception as exc:
                out.append(_failed(exc))
    return out


def _named_kinds(body: list[Span], lex: Lexicon) -> frozenset[str]:
    """The topic kinds the article names plainly: a topic's noun; a verb with its object ("launched a
    ballistic missile ... condemned the launch": the verb named the kind); a measure's verb with its object
    ("suspended visa-free travel ... denounced the suspension"). One pass over the body's tokens."""
    words = lex.words
    kinds: set[str] = set()
    for sent in body:
        for t in sent:
            if found := topic_of(t, lex):
                kinds.add(found.kind)
            lemma = t.lemma_.lower()
            if lemma in words.judged_act_verbs and t.pos_ == "VERB":  # "were shot dead" (r37b)
                kinds.add("judged_act")
            event = words.verb_events.get(lemma)
            if event is not None and any(
                c.dep_ == "dobj" and c.lemma_.lower() in event.objects for c in t.children
            ):
                kinds.add(event.kind)
            if lemma in words.embargo_verbs:
                for c in t.children:
                    if c.dep_ == "dobj" and (kind := words.measure_objects.get(c.lemma_.lower())) is not None:
                        kinds.add(kind)
    return frozenset(kinds)


def _read(article: ArticleText, sentences: list[tuple[str, int, Span]]) -> list[Record]:
    """The rules over an article's parsed sentences, then the records."""
    lex = load_lexicon()
    ctx = ArticleContext(load_gazetteer(), tag=article.id.split(":")[-1][:6], date=article.date)
    ctx.scoring = scoring()
    linking = pairs.linking()
    unparsed = [s for kind, _, s in sentences if kind in {LIGHT, DATELINE, TITLE}]
    learn_people([s for kind, _, s in sentences if kind == BODY], ctx, lex, unparsed)
    topics: list[TopicNode] = []
    year = article.date[:4] if article.date and article.date[:4].isdigit() else None
    first_seen: dict[str, SentInfo] = {}
    body = [sent for kind, _, sent in sentences if kind == BODY]
    active = _named_kinds(body, lex)
    for index, (kind, offset, sent) in enumerate(sentences):
        start, end = offset + sent.start_char, offset + sent.end_char
        info = SentInfo(index, start, end, article.text[start:end])
        label = _LINE_LABEL.match(article.text, article.text.rfind("\n", 0, start) + 1)
        if label is not None:  # a transcript's "Lin Jian: ..." line: who answers in its sentences
            ctx.line_labels[index] = label["name"]
        mentions = sentence_mentions(sent, ctx, lex)
        if index in ctx.line_labels:  # the states a speaker's lines name: his own, most often
            named = ctx.line_states.setdefault(ctx.line_labels[index], Counter())
            named.update(m.key for m in mentions if m.label is Label.COUNTRY)
        for m in mentions:
            first_seen.setdefault(m.key, info)
        if kind == LIGHT:
            for m in mentions:  # no parse: remembered as mentions, never as subjects
                ctx.remember(index, (m.key,), m.label, False, m.start)
            states = tuple(dict.fromkeys(m.key for m in mentions if m.label is Label.COUNTRY))
            if len(states) >= 2:  # "Fighting between A and B flared. X urged both sides ...": the pair
                ctx.remember(index, states, Label.COUNTRY, False, mentions[0].start, True)
        if kind == DATELINE or classify(info.text.strip(), False) == TITLE:
            ctx.item_starts.add(index)  # a dateline or heading opens a story item (a roundup's next brief)
        if kind not in {BODY, DATELINE}:
            continue
        reader = Reader(sent, info, ctx, lex, mentions, topics, year, active)
        if kind == DATELINE:
            structure.dateline(reader)
            continue
        structure.run_all(reader)
        rules.run_all(reader)
        if linking:  # the learned linker, where the rules linked no pair (off unless a model is on)
            pairs.propose(reader)
        reader.remember()
    titles.home_ministers(ctx)  # a bare minister's state, once the whole article is read
    return assemble(article, ctx, topics, first_seen, EXTRACTOR, extractor_version())


@dataclass
class _Plan:
    """An article's sentences before the parse: cheap ones kept, the others queued for spaCy."""

    units: list[list[tuple[str, int, Span]]] = field(default_factory=list)
    queues: dict[bool, list[tuple[int, int, str]]] = field(default_factory=lambda: {True: [], False: []})
    kinds: dict[int, str] = field(default_factory=dict)
    failed: ExtractionFailed | None = None

    def sentences(self) -> list[tuple[str, int, Span]]:
        return [unit for group in self.units for unit in group]


def read_sentences(article: ArticleText, *, triage: bool = True) -> list[tuple[str, int, Span]]:
    """The article's sentences in order as (kind, offset of their doc in the text, span).

    Sentences that can state a relation get spaCy's full pipeline (kind BODY); the others keep only
    tokens and gazetteer names (kind LIGHT), and so do titles and datelines.
    """
    plan = _plan(article, triage=triage)
    _parse([plan])
    return plan.sentences()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words the lexicon and the stop list know, in their forms: a capital on one is a headline's."""
    lex = load_lexicon()
    words: set[str] = set(trigger_words()) | set(STOP_WORDS) | set(lex.titles)
    for f in fields(lex.words):
        value = getattr(lex.words, f.name)
        if isinstance(value, (frozenset, tuple, dict)):
            words |= {w for w in value if isinstance(w, str) and w.isalpha()}
    return frozenset(form for w in words for form in forms(w))


def sentence_case(text: str) -> str:
    """A Title Case headline with the capitals only names keep (gazetteer names, leaders the data knows,
    acronyms, the first word): the small model parses "Mali junta expels French ambassador", not the
    headline's run of proper nouns. Same length, so offsets hold."""
    leaders = load_leaders()
    doc = cheap_doc(text)
    common = _common_words()  # words, not names
    admin = load_lexicon().words.admin_nouns
    out = list(text)
    for t in doc:
        word = t.text
        if t.i == 0 or t.ent_id_ or not word[:1].isupper() or word.isupper() or leaders.family_holders(word):
            continue
        if any(c.isupper() for c in word[1:]):  # "McCain", "al-Assad": spelled as a name
            continue
        lower = word.lower()
        near = [doc[j] for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc)]
        named = any(n.text[:1].isupper() and n.text.lower() not in common and not n.ent_id_ for n in near)
        # "Somalia's Gedo Region": a word the lexicon does not know before an administrative noun is its name
        named = named or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in admin and lower not in common)
        if lower in common or not named:  # two capitals the lexicon does not know stay a name
            out[t.idx] = word[0].lower()
    return "".join(out)


def _plan(article: ArticleText, *, triage: bool = True) -> _Plan:
    plan = _Plan()
    units, queues, kinds = plan.units, plan.queues, plan.kinds  # queues: with NER / without
    light: tuple[int, int, Span] | None = None  # the last body sentence left unparsed, if just before
    names: set[str] = set()  # capitalised words seen past the first word of the article's sentences
    for block in blocks(article):
        if block.kind in {SKIP, SLUG}:
            continue
        text = for_parsing(block.text)
        if block.kind == TITLE:  # "Mali Junta Expels French Ambassador": parsed in sentence case
            text, block = sentence_case(text), replace(block, kind=BODY)
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
            if block.kind == BODY and needs_parse(sent, names):
                piece = text[sent.start_char : sent.end_char]
                if light is not None and points_back(sent):  # "Minsk called the decision unfriendly":
                    slot, start, before = light  # the sentence before says whose decision (parsed too)
                    queues[needs_names(before, names)].append((slot, start + before.start_char, before.text))
                    units[slot] = []
                queues[needs_names(sent, names)].append((len(units), block.start + sent.start_char, piece))
                units.append([])
                light = None
            else:
                units.append([(LIGHT if block.kind == BODY else block.kind, block.start, sent)])
                light = (len(units) - 1, block.start, sent) if block.kind == BODY else None
            if block.kind == BODY:  # a surname that opens a later sentence is a name ("Hichilema urged")
                names |= inner_names(sent)
    return plan


def _parse(plans: list[_Plan]) -> None:
    """spaCy's pipeline over the queued sentences of all plans in one stream, ``ner`` only on those
    queued with names: one batch for the components the two share, not two (the model's output for a
    sentence does not depend on the batch it is in)."""
    nlp = load_nlp()
    jobs = [
        (plan, slot, offset, text, with_ner)
        for with_ner in (True, False)
        for plan in plans
        for slot, offset, text in plan.queues[with_ner]
    ]
    if not jobs:
        return
    docs = [nlp.make_doc(job[3]) for job in jobs]
    named = [i for i, job in enumerate(jobs) if job[4]]
    for name, proc in nlp.pipeline:
        indices = named if name == "ner" else range(len(docs))
        batch = [docs[i] for i in indices]
        pipe = getattr(proc, "pipe", None)
        out = pipe(batch, batch_size=PARSE_BATCH) if pipe is not None else (proc(doc) for doc in batch)
        for i, doc in zip(indices, out, strict=True):
            docs[i] = doc
    for (plan, slot, offset, _, _), doc in zip(jobs, docs, strict=True):
        plan.units[slot] = [(plan.kinds.get(slot, BODY), offset, s) for s in doc.sents]
