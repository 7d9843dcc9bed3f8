"""A parsed sentence's mentions and the lists they form: 'Belarus, North Korea and Syria' share a role.

``SentenceMentions`` is the base of the reader (``loaders/extract/sentence.py``): the sentence, its
mentions by token, and the runs of mentions joined by commas and a final 'and'/'or'.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graph.model import Label, Modality
from loaders.extract.context import ArticleContext, SentInfo
from loaders.extract.lexicon import Lexicon
from loaders.extract.mentions import Mention, locative, region_of
from loaders.extract.refs import Ref
from loaders.extract.shapes import clause_break
from loaders.extract.topics import TopicNode


def _in_phrase(token: Token) -> bool:
    """Whether a name stands inside a prepositional phrase (as, or coordinated with, its object)."""
    while token.dep_ in {"conj", "compound", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj"


@dataclass
class SentenceMentions:
    """A parsed sentence, its mentions by token and the lists they form (the reader's base)."""

    sent: Span
    info: SentInfo
    ctx: ArticleContext
    lex: Lexicon
    mentions: list[Mention]
    topics: list[TopicNode]
    article_year: str | None
    active: frozenset[str] = frozenset()  # topic kinds the article names plainly
    by_token: dict[int, Mention] = field(default_factory=dict)
    lists: dict[int, list[Mention]] = field(default_factory=dict)
    overrides: dict[int, list[Ref]] = field(default_factory=dict)
    signature: str | None = None
    word_set: frozenset[str] | None = None  # lemmas and lowercase words (signature.sentence_words)
    modalities: dict[int, tuple[Modality, float]] = field(default_factory=dict)  # by verb (sentence.py)
    topic_of_token: dict[int, str] = field(default_factory=dict)  # the topic each noun was given (topic_refs)
    coordinated: dict[int, set[int]] = field(default_factory=dict)  # texts listed together, never one topic

    _active_lookups: int = 0

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self._find_lists()

    # ---- mentions and lists --------------------------------------------------------------
    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def _find_lists(self) -> None:
        """Runs of mentions joined by commas and a final 'and'/'or': every member shares a role.

        A person's title ("Russian Foreign Minister") belongs to the person, so "Selakovic and Russian
        Foreign Minister Sergei Lavrov" is a list of two persons, whatever the parser made of it.
        """
        starts = self._title_starts()
        absorbed = {
            id(m) for m in self.mentions if any(s <= m.start and m.end <= p for s, p in starts.values())
        }
        run: list[Mention] = []
        joined_by_and = False
        previous: Mention | None = None
        for m in self.mentions:
            if id(m) in absorbed:
                continue
            start = starts.get(id(m), (m.start, m.start))[0]
            # "In Brussels, Hungary, Slovakia and Austria blocked it": a place phrase opens no list
            placed = (
                previous is not None
                and locative(self.sent.doc[previous.end - 1], self.lex)
                and self.sent.doc[m.end - 1].dep_ != "conj"  # (but "in Paris, Berlin and Rome" is a list)
            ) or (  # "Amid fighting between Thailand and Cambodia, Malaysia called ...": the subject after a
                previous is not None  # fronted phrase is no member of the phrase's list
                and _in_phrase(self.sent.doc[previous.end - 1])
                and self.sent.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}
            )
            # "Japan criticized China and South Korea criticized ...": two clauses, no list (shapes.py)
            if previous is not None and clause_break(
                self.sent.doc[previous.end - 1], self.sent.doc[m.end - 1]
            ):
                placed = True
            if previous is not None and not placed and self._separated_by_list_words(previous, m, start):
                run.append(m)
                gap = self.sent.doc[previous.end : start]
                joined_by_and = joined_by_and or any(t.lower_ in {"and", "or", "&"} for t in gap)
            else:
                self._close_run(run, joined_by_and)
                run, joined_by_and = [m], False
            previous = m
        self._close_run(run, joined_by_and)

    def _title_starts(self) -> dict[int, tuple[int, int]]:
        """Where each person's title begins ('Chinese President Xi Jinping' → at 'Chinese')."""
        out: dict[int, tuple[int, int]] = {}
        doc = self.sent.doc
        for m in self.mentions:
            if m.label is not Label.PERSON:
                continue
            j = m.start - 1
            while j >= self.sent.start:
                t = doc[j]
                other = self.by_token.get(j)
                if other is not None and other.label is not Label.PERSON:
                    j = other.start - 1
                elif other is None and (t.lower_ in self.lex.titles or t.lower_ in {"'s", "’s", "of"}):
                    j -= 1
                else:
                    break
            if j + 1 < m.start:
                out[id(m)] = (j + 1, m.start)
        return out

    def _separated_by_list_words(self, a: Mention, b: Mention, b_start: int) -> bool:
        gap = [t for t in self.sent.doc[a.end : b_start] if not t.is_space]
        if len(gap) == 0 or len(gap) > 7:
            return False
        if a.label != b.label and not (
            {a.label, b.label} <= {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}
        ):
            return False
        words = [t.lower_ for t in gap]
        if not any(w in {",", "and", "or", "&"} for w in words):
            return False
        # separators first, then at most three describing words: "and former colonial power France"
        k = 0
        while k < len(gap) and words[k] in self.lex.words.list_separators:
            k += 1
        rest = gap[k:]
        return len(rest) <= 3 and all(t.is_lower and t.pos_ in {"ADJ", "NOUN"} for t in rest)

    def _close_run(self, run: list[Mention], joined_by_and: bool) -> None:
        if len(run) >= 2 and joined_by_and:
            for m in run:
                for i in range(m.start, m.end):
                    self.lists[i] = run

    def members(self, token: Token) -> list[Token]:
        """The token and everything coordinated with it."""
        out = [token]
        for t in token.conjuncts:
            # ("signed the memoranda but not the accords": a conjunct negated is left out)
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if t.pos_ in {"NOUN", "PROPN", "PRON"} and t not in out:
                out.append(t)
        for m in self.lists.get(token.i, []):
            t = self.sent.doc[m.end - 1]
            if t not in out:
                out.append(t)
        for child in token.children:  # "Belarus ... voted against, along with Russia"
            if (
                child.dep_ == "prep"
                and child.lower_ == "with"
                and token.i > 0
                and child.nbor(-1).lower_ in self.lex.words.along_words
            ):
                out.extend(p for p in child.children if p.dep_ == "pobj")
            # "Western countries, including the United States, ...": the named member acts too
            if (
                child.dep_ == "prep"
                and child.lower_ in self.lex.words.including_words
                and token.i in self.by_token
            ):
                out.extend(p for p in child.children if p.dep_ == "pobj" and p.i in self.by_token)
        return out

    def mention_key(self, m: Mention, token: Token) -> str:
        if m.kind == "capital" and locative(self.sent.doc[m.end - 1], self.lex):
            return region_of(m, self.ctx) or m.key
        return m.key
