"""(round 38) Filings lodged with a court: "Peru lodged a declaration of intervention at the ICJ", "an urgent
request filed by Belize", "Kenya filed complaints against Uganda at the WTO": the one who files asks the body
it files with (REQUESTS, inferred; rule B2, asking the court for an order). The body is the one the filing
names ('at', 'with', 'before', 'to'), else the one court the article has named (a filing is made to the
court the story is about). Not a matter brought to a body (demands.py reads "took the case to the ICJ"), nor
an application to join (a bid, read by the noun rules), nor a filing not made ("had not filed").
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import prep_objects
from loaders.extract.lexicon import RuleWords
from loaders.extract.modality import noun_modality
from loaders.extract.refs import Ref
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import Reader, actors_besides, label_of_ref

_BODY_PREPS = ("at", "with", "before", "to", "in")


def court_filings(r: Reader) -> None:
    words = r.lex.words
    for noun in r.sent:
        if noun.pos_ == "NOUN" and _is_filing(noun, words):
            verb = _filing_verb(noun, words)
            if verb is not None:
                _filed(r, noun, verb)
        elif noun.pos_ == "NOUN" and noun.lemma_.lower() in words.court_output_nouns:
            _output_sought(r, noun)


def _output_sought(r: Reader, noun: Token) -> None:
    """'The order was requested by Belize', 'an opinion requested by the Assembly': who
    asked for a court's order or opinion asks the court (REQUESTS, inferred; lexicon court_output_nouns,
    output_seeking_verbs); the court named in the sentence, else the one the article names."""
    seeking = r.lex.words.output_seeking_verbs
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in seeking]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in seeking:
        verbs.append(noun.head)
    for verb in verbs:
        if not any(c.dep_ == "agent" for c in verb.children):
            continue  # ("the order requested last week": who asked is not said)
        sources, _ = _subject_refs(r, verb)
        bodies = _sentence_court(r) or _article_court(r)
        own = {r.ctx.actor(s.key) for s in sources}
        bodies = [b for b in bodies if r.ctx.actor(b.key) not in own]
        if sources and bodies:
            modality, conf = r.modality(verb)
            _emit_all(r, "REQUESTS", sources, bodies, modality, conf - 0.15)


def _is_filing(noun: Token, words: RuleWords) -> bool:
    """A noun of a court filing (lexicon court_filing_nouns), or one framing it ("a declaration of
    intervention"); not one naming what is sought apart from the court ("an application for membership",
    "an extradition request", "an application to join": lexicon filing_other_objects)."""
    lemma = noun.lemma_.lower()
    framed = lemma in words.filing_frames and any(
        p.lemma_.lower() in words.court_filing_nouns for p in prep_objects(noun, "of")
    )
    if lemma not in words.court_filing_nouns and not framed:
        return False
    if any(c.dep_ in {"acl", "relcl"} and c.tag_ == "VB" for c in noun.children):
        return False  # "an application to join the bloc"
    sought = [*prep_objects(noun, "for"), *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return not any(s.lemma_.lower() in words.filing_other_objects for s in sought)


def _filing_verb(noun: Token, words: RuleWords) -> Token | None:
    """The verb of filing the noun is the object of ("lodged a declaration"), or the participle on it ("a
    request filed by Belize")."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words.filing_verbs:
            return c
    head = noun.head
    if noun.dep_ in {"dobj", "obj", "nsubjpass"} and head.lemma_.lower() in words.filing_verbs:
        return head if head.pos_ == "VERB" else None
    return None


def _filed(r: Reader, noun: Token, verb: Token) -> None:
    sources, _ = _subject_refs(r, verb)
    sources = sources or [x for t in _each_of_which(verb) for x in r.refs(t, topics=False)]
    if not sources:
        return
    own = {r.ctx.actor(s.key) for s in sources}
    # (the parser may hang "at the WTO" inside the filing's phrase: "complaints against X at the WTO")
    named = [p for h in (verb, *noun.subtree) for prep in _BODY_PREPS for p in prep_objects(h, prep)]
    found = actors_besides(r, named, own)
    bodies = [x for x in found if label_of_ref(x, r.topics) is Label.ORGANIZATION]
    if not bodies and any(label_of_ref(x, r.topics) in {Label.COUNTRY, Label.PERSON} for x in found):
        return  # "filed a request with Belgium": a state asked (the noun rules read it)
    bodies = bodies or _article_court(r)
    if not bodies:
        return
    if verb.dep_ == "acl":  # "in response to a request filed by Belize": as the noun states it
        modality, conf = noun_modality(noun, r.lex), 0.85
    else:
        modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, bodies, modality, conf - 0.15)


def _each_of_which(verb: Token) -> list[Token]:
    """'Peru and Chile, each of which has filed ...': the list the relative 'each of which' follows (the
    parser hangs the clause on the sentence's verb, not on the list)."""
    for s in verb.children:
        if s.dep_ != "nsubj" or s.lower_ not in {"each", "all", "both"}:
            continue
        if not any(p.lower_ in {"which", "whom"} for p in prep_objects(s, "of")):
            continue
        if s.i < 2 or s.doc[s.i - 1].text != ",":
            continue
        last = s.doc[s.i - 2]
        while last.dep_ == "conj":
            last = last.head
        return [last, *last.conjuncts]
    return []


def _sentence_court(r: Reader) -> list[Ref]:
    """The one court the sentence names."""
    court = r.ctx.sole_court([m.key for m in r.mentions])
    return [Ref(court, inferred=True)] if court is not None else []


def _article_court(r: Reader) -> list[Ref]:
    """The one court the article has named so far; none if it named two."""
    court = r.ctx.sole_court()
    return [Ref(court, inferred=True)] if court is not None else []
