"""One sentence as the rules see it: mentions, lists, argument resolution, modality, claims.

``Reader`` is what every rule receives. Its parts live in their own modules: mentions and lists
(``listing``), pronouns (``pronouns``), names and descriptions (``coref``), events and agreements
(``topic_refs``); the values it hands back (``Ref``, ``ACTORS``, ``label_of_ref``) in ``refs``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Container

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.context import Claim
from loaders.extract.mentions import locative
from loaders.extract.modality import modality
from loaders.extract.refs import (
    ACTORS,
    STATES,
    SUBJ,
    Ref,
    inside_quotes,
    key_label,
    label_of_ref,
    main_clause,
)
from loaders.extract.topic_refs import TopicReader

__all__ = ["ACTORS", "STATES", "Reader", "Ref", "label_of_ref"]

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)  # a role is held, not referred to
_RELAYS = frozenset({"emit", "held_in", "_emit_all"})  # helpers that pass a rule's claim on


def _rule() -> str:
    """The rule that emitted the claim: the first caller outside ``emit`` and the helpers that relay it
    ("rules._condemn"), for the relation scorer's features."""
    frame = sys._getframe(2)
    while frame.f_back is not None and frame.f_code.co_name in _RELAYS:
        frame = frame.f_back
    module = str(frame.f_globals.get("__name__", "")).rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_name}"


class Reader(TopicReader):
    """A sentence read for the rules: ``refs`` for what a token stands for, ``emit`` for a claim."""

    # ---- modality --------------------------------------------------------------------------
    def modality(self, verb: Token) -> tuple[Modality, float]:
        """How the clause of ``verb`` states its relation, and a confidence for it (read from the parse and
        the lexicon only, so once per verb: several rules ask it of the same verb)."""
        if verb.doc is not self.sent.doc:
            return modality(verb, self.lex)
        found = self.modalities.get(verb.i)
        if found is None:
            found = self.modalities[verb.i] = modality(verb, self.lex)
        return found

    # ---- salience ------------------------------------------------------------------------
    def remember(self) -> None:
        """Note who the sentence was about, for pronouns and 'the country' in the next sentences."""
        self.ctx.fighters += self.fighters_named()  # "M23 rebels ...": "the rebels" in the next ones
        seen: set[int] = set()
        root = self.sent.root
        main = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
        if main and not any(
            label_of_ref(x, self.topics) in ACTORS for c in main for x in self.refs(c, topics=False)
        ):
            documents = [
                x.key for c in main for x in self.refs(c) if label_of_ref(x, self.topics) is Label.AGREEMENT
            ]
            # (round 38) a meeting that is the subject ("The session opened in Geneva. It was requested by
            # A and B"): 'it' next is the meeting
            documents += [
                x.key
                for c in main
                if c.lemma_.lower() in self.lex.judged_requests.meeting_nouns
                for x in self.refs(c)
                if label_of_ref(x, self.topics) is Label.EVENT
            ]
            self.ctx.thing_subjects[self.info.index] = tuple(dict.fromkeys(documents))
        for token in self.sent:
            if token.dep_ not in SUBJ or token.i in seen or token.pos_ == "PRON":
                continue  # a pronoun's guess is not evidence of what the text is about
            refs = [x for x in self.refs(token, topics=False) if label_of_ref(x, self.topics) in ACTORS]
            if refs:
                keys = tuple(dict.fromkeys(x.key for x in refs))
                plural = len(keys) > 1 or token.tag_ in {"NNS", "NNPS"}
                label = label_of_ref(refs[0], self.topics)
                if label is Label.REGION and all(self.acts_as_state(k) for k in keys):
                    # "Taiwan and Paraguay signed": two states
                    label = Label.COUNTRY
                quoted = inside_quotes(self.sent, token.i)
                in_main = main_clause(token)
                self.ctx.remember(self.info.index, keys, label, True, token.i, plural, quoted, in_main)
                seen.add(token.i)
        for m in self.mentions:
            if m.label in ACTORS and m.start not in seen:
                head = self.sent.doc[m.end - 1]
                key = self.mention_key(m, head)  # a capital used as a place is remembered as the place
                subject = head.dep_ in SUBJ
                quoted = inside_quotes(self.sent, m.start)
                in_main = subject and main_clause(head)
                label = key_label(key)
                if label is Label.REGION and self._region_acting_here(head, key):
                    label = Label.COUNTRY  # "received Taiwan's foreign minister": a state, not a place
                self.ctx.remember(self.info.index, (key,), label, subject, m.start, False, quoted, in_main)
                organ = head.lemma_.lower()
                if m.label is Label.ORGANIZATION and organ in self.lex.state_organs:
                    # "the UN human rights office said ... The office condemned": that body's organ noun
                    self.ctx.organs[organ] = (self.info.index, (key,))
                    self.ctx.organ_kinds.pop(organ, None)  # (its kind untold: any office of the body)
        for members in {id(v): v for v in self.lists.values()}.values():
            if members[0].label is Label.PERSON:
                keys = tuple(dict.fromkeys(m.key for m in members))
                if len(keys) > 1:
                    self.ctx.remember(self.info.index, keys, Label.COUNTRY, False, members[0].start, True)
                continue
            for label in dict.fromkeys(m.label for m in members):  # "Ukraine, Donetsk and Luhansk": by label
                keys = tuple(dict.fromkeys(m.key for m in members if m.label is label))
                if len(keys) > 1:
                    self.ctx.remember(self.info.index, keys, label, False, members[0].start, True)

    def _region_acting_here(self, head: Token, key: str) -> bool:
        """A region that acts as a state (``acts_as_state``) named as an actor: not as a place ("talks in
        Kosovo") nor as a modifier of a thing ("Taiwan independence", "the Kosovo issue"), though an office
        holder's ("Taiwan Foreign Minister Lin") is one."""
        if not self.acts_as_state(key) or locative(head, self.lex):
            return False
        if head.dep_ not in {"compound", "amod", "nmod"}:
            return True
        owner = self.mention_at(head.head)
        titled = head.head.lemma_.lower() in self.lex.titles
        return titled or (owner is not None and owner.label is Label.PERSON)

    # ---- claims ----------------------------------------------------------------------------
    def emit(
        self,
        source: Ref,
        rel: str,
        target: Ref,
        modality: Modality,
        confidence: float,
        *,
        role: str | None = None,
        status: str | None = None,
        unordered: bool = False,
    ) -> None:
        if source.key == target.key:
            return
        cities = self.venue_cities(target.key) if rel == "HELD_IN" and self.venue(target.key) else []
        for city in cities:  # "at the Palais des Nations in Geneva": the city, not the building
            self.emit(source, rel, city, modality, confidence, unordered=unordered)
        if cities:
            return
        inferred = source.inferred or target.inferred
        confidence = round(confidence - (0.15 if inferred else 0.0), 2)
        if role:  # "the Kremlin spokesman" holds the office "Kremlin spokesman"
            role = _ARTICLE.sub("", role) or role
        claim = Claim(source.key, rel, target.key, self.info, modality, confidence, role, status, unordered)
        if self.ctx.scoring:  # what the relation scorer reads of how the claim was found
            claim.rule, claim.inferred, claim.path = _rule(), inferred, self._path(source.key, target.key)
        self.ctx.claim(claim)

    def venue(self, key: str) -> bool:
        """A Region named as a building ('Palais des Nations', 'Government Buildings', 'Lancaster House'): a
        word of the name is one of the lexicon's venue_words."""
        if key_label(key) is not Label.REGION:
            return False
        words = key.split(":", 1)[1].lower().replace("-", " ").split()  # "Region:peace-palace"
        return any(w in self.lex.words.venue_words for w in words)

    def venue_cities(self, key: str) -> list[Ref]:
        """The places an 'in' after the building's name gives ('the Peace Palace in The Hague')."""
        heads = [self.sent.doc[m.end - 1] for m in self.mentions if m.key == key]
        pobjs = [
            p
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = [x for p in pobjs for x in self.refs(p, topics=False) + [Ref(k) for k in self.city_places(p)]]
        return [x for x in found if key_label(x.key) is Label.REGION and not self.venue(x.key)]

    def _path(self, source: str, target: str) -> int:
        """Dependency arcs between the heads of the names of ``source`` and ``target`` in the sentence, the
        shortest over their mentions; -1 when either is not named here (a pronoun, a topic, an earlier
        sentence)."""
        heads = {source: [], target: []}  # type: dict[str, list[Token]]
        for m in self.mentions:
            if m.key in heads:
                heads[m.key].append(self.sent.doc[m.end - 1])
        best = -1
        for a in heads[source]:
            up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
            for b in heads[target]:
                for n, t in enumerate([b, *b.ancestors]):
                    if t.i in up:
                        if best < 0 or up[t.i] + n < best:
                            best = up[t.i] + n
                        break
        return best

    def held_in(self, event: Ref, place: str, modality: Modality, confidence: float) -> None:
        """The event HELD_IN the place; a side of a state the text placed it in ('eastern Congo', see
        ``side_region``) is also PART_OF that state."""
        self.emit(event, "HELD_IN", Ref(place), modality, confidence)
        state = self.ctx.sides.get(place)
        if state is not None:
            self.emit(Ref(place), "PART_OF", Ref(state), Modality.ASSERTED, 0.85)


def refs_besides(
    r: Reader, tokens: list[Token], own: set[str], labels: Container[Label] = ACTORS
) -> list[Ref]:
    """The actors of these labels the tokens name, as read, less those whose actor is one of ``own`` (the
    sources' own: a state does not ask, blame or strike itself)."""
    return [
        x
        for t in tokens
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in labels and r.ctx.actor(x.key) not in own
    ]


def actors_besides(
    r: Reader, tokens: list[Token], own: set[str], labels: Container[Label] = ACTORS
) -> list[Ref]:
    """``refs_besides``, each as an inferred end."""
    return [Ref(x.key, inferred=True) for x in refs_besides(r, tokens, own, labels)]
