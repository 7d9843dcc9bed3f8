"""One sentence as the rules see it: mentions, lists, argument resolution, modality.

Rules ask the reader "who or what does this token stand for?" and get node keys back: a
country for "Russia", "Moscow" or "the Russian government", a person for "Lavrov", a topic
handle for "the referendums", the members of "Belarus, North Korea and Syria", and the
antecedent of "it", "they" or "the bloc".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graph.model import Label, Modality
from loaders.extract.context import ArticleContext, Claim, SentInfo
from loaders.extract.lexicon import Lexicon
from loaders.extract.mentions import Mention, locative, region_of
from loaders.extract.modality import modality
from loaders.extract.topics import TopicNode, TopicParts, find_or_add, qualifier_words, topic_of, year_of

ACTORS = {Label.COUNTRY, Label.ORGANIZATION, Label.PERSON, Label.REGION}
STATES = {Label.COUNTRY, Label.ORGANIZATION}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_LIST_SEP = {",", "and", "or", "&", "the", "as", "well", "–", "—", "plus"}
_BODIES = {
    "bloc",
    "alliance",
    "organization",
    "organisation",
    "body",
    "union",
    "group",
    "grouping",
    "coalition",
    "club",
    "forum",
    "mission",
}

_PLURAL_DEF = {
    "countries",
    "sides",
    "nations",
    "states",
    "governments",
    "neighbours",
    "neighbors",
    "leaders",
    "parties",
    "capitals",
}
_QUANTITY = {"series", "round", "wave", "set", "string", "number", "pair"}
AREAS = {
    "county",
    "governorate",
    "prefecture",
    "region",
    "area",
    "territory",
    "part",
    "province",
    "oblast",
    "district",
    "city",
    "town",
    "land",
    "enclave",
    "zone",
}
_TIME_WORDS = {"month", "year", "week", "day", "decade", "hour", "time"}

_SAY = {
    "say",
    "tell",
    "state",
    "add",
    "announce",
    "write",
    "declare",
    "insist",
    "stress",
    "warn",
    "note",
    "tweet",
    "post",
    "explain",
    "claim",
    "argue",
    "reply",
}


def inside_quotes(sent: Span, i: int) -> bool:
    """Whether token ``i`` is quoted speech; a sentence may begin inside a quote opened before it."""
    marks = [t for t in sent if t.text in {'"', "“", "”"}]
    shift = (
        1
        if marks
        and (
            marks[0].text == "”"
            or (len(marks) % 2 == 1 and marks[0].i > sent.start and marks[0].nbor(-1).is_punct)
        )
        else 0
    )
    return (sum(1 for t in marks if t.i < i) + shift) % 2 == 1


_AUTHORITIES = {
    "official",
    "authority",
    "government",
    "leader",
    "leadership",
    "administration",
    "authorities",
    "officials",
}


@dataclass(frozen=True)
class Ref:
    key: str
    inferred: bool = False


@dataclass
class Reader:
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
            if previous is not None and self._separated_by_list_words(previous, m, start):
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
        while k < len(gap) and words[k] in _LIST_SEP:
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
                and child.nbor(-1).lower_ in {"along", "together"}
            ):
                out.extend(p for p in child.children if p.dep_ == "pobj")
        return out

    # ---- resolution ------------------------------------------------------------------------
    def refs(self, token: Token, *, topics: bool = True, depth: int = 0) -> list[Ref]:
        """What the noun phrase headed by ``token`` stands for (all coordinated members)."""
        if depth > 4 or self._active_lookups > 12:  # parse cycles through pronouns and appositions
            return []
        self._active_lookups += 1
        try:
            out: list[Ref] = []
            for t in self.members(token):
                for ref in self._ref(t, topics, depth):
                    if ref.key not in {r.key for r in out}:
                        out.append(ref)
            return out
        finally:
            self._active_lookups -= 1

    def _ref(self, t: Token, topics: bool, depth: int) -> list[Ref]:
        if t.i in self.overrides:
            return self.overrides[t.i]
        m = self.mention_at(t)
        if m is not None:
            return [Ref(self.mention_key(m, t))]
        lower, lemma = t.lower_, t.lemma_.lower()
        if t.pos_ == "PRON" or lower in {"which", "who", "that", "whom"}:
            if topics and lower in {"it", "them"} and self._takes_topic(t):
                recent = [n for n in self.topics if n.seen >= self.info.index - 1]
                if recent:  # "voted against it", "signed it": the resolution or treaty just named
                    return [Ref(max(recent, key=lambda n: n.seen).handle, inferred=True)]
            return self.pronoun(t)
        if topics:
            handle = self.topic(t)
            if handle is not None:
                return [Ref(handle)]
        if self._is_junta(t, lemma):
            return self.junta(t, depth)
        if lemma == "court":  # "the court": a state's court only when a state is named with it
            return self.owner(t, depth, labels={Label.COUNTRY}) or self._recent_court(t)
        if lemma in self.lex.state_organs or lower in self.lex.state_organs:
            inner = self.owner(t, depth)
            if len(inner) == 1 and _label(inner[0].key) is Label.REGION and lemma in _AUTHORITIES:
                return [Ref(self.authorities(inner[0].key, t))]
            if inner:
                return inner
            for child in t.children:
                if child.dep_ == "appos":
                    return self.refs(child, topics=False, depth=depth + 1)
            return self.definite(t, {Label.COUNTRY})
        if lemma in self.lex.group_nouns or lower in self.lex.group_nouns:
            listed = self.listed(t, depth)
            if listed:
                return listed
            named = self.owner(t, depth, labels={Label.ORGANIZATION})
            if named:  # "the Group of Seven major industrialized countries" is the G7
                return named

            if lemma in {"country", "nation", "state", "side"}:  # "the country", "the two sides"
                return self.definite(t, {Label.COUNTRY})
            return []

        if lemma in _QUANTITY:  # "a series of referendums" is the referendums
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return [
                        x
                        for p in child.children
                        if p.dep_ == "pobj"
                        for x in self.refs(p, topics=topics, depth=depth + 1)
                    ]
        if lemma in _BODIES:
            return self.owner(t, depth) or self.definite(t, {Label.ORGANIZATION}, prefer_subject=True)
        if lemma in {"region", "territory", "province", "area", "enclave"}:
            listed = [Ref(k) for k in self.regions_in(t)[0]]  # "the Kherson and Luhansk regions"
            return listed or self.owner(t, depth, labels={Label.REGION}) or self.definite(t, {Label.REGION})
        if lemma in self.lex.transparent or lower in self.lex.transparent or lemma in {"news", "signing"}:
            return self.transparent(t, depth)
        for child in t.children:
            if child.dep_ == "appos":
                return self.refs(child, topics=topics, depth=depth + 1)
        for child in t.children:  # "to the military junta holding Bazoum hostage": the junta is an nmod
            if child.dep_ == "nmod" and child.i < t.i and child.pos_ == "NOUN":
                found = self.refs(child, topics=False, depth=depth + 1)
                if found:
                    return found
        return []

    def _recent_court(self, t: Token) -> list[Ref]:
        """'the court' after a court was named: that court (a gazetteer body of kind court)."""
        for m in reversed([m for m in self.mentions if m.end <= t.i]):
            if self._is_court(m.key):
                return [Ref(m.key, inferred=True)]
        for rec in reversed(self.ctx.recent):
            if rec.sent < self.info.index - 3:
                break
            for key in rec.keys:
                if self._is_court(key):
                    return [Ref(key, inferred=True)]
        return []

    def _is_court(self, key: str) -> bool:
        place = self.ctx.gazetteer.places.get(key)
        return place is not None and place.attrs.get("kind") == "court"

    def _is_junta(self, t: Token, lemma: str) -> bool:
        if lemma in {"junta", "putschist", "mutineer"}:
            return True
        if lemma not in {"leader", "ruler", "officer", "general", "guard", "soldier"}:
            return False
        words = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}}
        return bool(words & {"coup", "putsch", "junta"}) or ("military" in words and "coup" in self.active)

    def junta(self, t: Token, depth: int) -> list[Ref]:
        """'Niger coup leaders', 'the military junta': a body of its own, not the state it seized."""
        owner = (
            self.owner(t, depth, labels={Label.COUNTRY})
            or self.definite(t, {Label.COUNTRY})
            or (self.definite_any(t, {Label.COUNTRY}))
        )
        if not owner:
            return []
        name = f"{self.ctx.nodes[owner[0].key].name} junta"
        key = self.ctx.entity(Label.ORGANIZATION, name, self.surface(t))
        return [Ref(key, owner[0].inferred)]

    def authorities(self, region: str, t: Token) -> str:
        """'Transnistria's officials' → the body 'Transnistrian authorities' (a region is not a state)."""
        node = self.ctx.nodes[region]
        adjective = self.ctx.gazetteer.demonyms.get(region, node.name)
        return self.ctx.entity(Label.ORGANIZATION, f"{adjective} authorities", self.surface(t))

    def definite_any(self, t: Token, labels: set[Label]) -> list[Ref]:
        """The most recent mention with one of ``labels``, with or without a determiner."""
        here = [m for m in self.mentions if m.label in labels and m.end <= t.i and m.kind != "demonym"]
        if here:
            return [Ref(self.mention_key(here[-1], t), inferred=True)]
        found = self.ctx.recall(self.info.index, labels, window=3, prefer_subject=False)
        return [Ref(k, inferred=True) for k in found or ()]

    def mention_key(self, m: Mention, token: Token) -> str:
        if m.kind == "capital" and locative(self.sent.doc[m.end - 1]):
            return region_of(m, self.ctx) or m.key
        return m.key

    def owner(self, t: Token, depth: int, labels: set[Label] | None = None) -> list[Ref]:
        """The named owner of an organ or body: "the Russian government", "Hungary's prime minister"."""
        wanted = labels or {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}
        # nearest first: "Gaza's Hamas rulers" are Hamas's
        for child in sorted(t.children, key=lambda c: abs(c.i - t.i)):
            if child.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"}:
                m = self.mention_at(child)
                if m is not None and m.label in wanted:
                    return [Ref(m.key)]
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                for pobj in child.children:
                    m = self.mention_at(pobj)
                    if pobj.dep_ == "pobj" and m is not None and m.label in wanted:
                        return [Ref(m.key)]
        for child in t.children:  # "its foreign minister"; a named owner ("his Egyptian counterpart") wins
            if child.dep_ == "poss" and child.pos_ == "PRON":
                found = [r for r in self.pronoun(child) if _label(r.key) in wanted | {Label.PERSON}]
                if found:
                    return found
        return []

    def listed(self, t: Token, depth: int) -> list[Ref]:
        """Members named for a group noun: "partners including the US and France", "six countries – A, B"."""
        out: list[Ref] = []
        if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
            # "Iran and Saudi Arabia were among six countries invited ..."
            for subj in t.head.head.children:
                if subj.dep_ == "nsubj":
                    out += self.refs(subj, topics=False, depth=depth + 1)
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in {"including", "like", "notably", "especially"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += self.refs(pobj, topics=False, depth=depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "as" and child.nbor(-1).lower_ == "such":
                for pobj in child.children:
                    out += self.refs(pobj, topics=False, depth=depth + 1)
            elif child.dep_ == "appos":
                out += self.refs(child, topics=False, depth=depth + 1)
        if not out:  # "six countries – Belarus, North Korea ... and Syria –": a list right after the noun
            nxt = t.i + 1
            while nxt < self.sent.end and self.sent.doc[nxt].is_punct:
                nxt += 1
            m = self.by_token.get(nxt)
            if m is not None and self.lists.get(nxt) and nxt - t.i <= 2:
                out = [Ref(x.key) for x in self.lists[nxt]]
        return [r for r in out if _label(r.key) in ACTORS]

    def transparent(self, t: Token, depth: int) -> list[Ref]:
        """'Russia's decision' stands for Russia; 'news of the signing' for the agreement signed."""
        if t.lemma_.lower() in self.lex.boundaries:  # "its border with Ukraine" is Ukraine's border too
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    pobjs = [p for p in child.children if p.dep_ == "pobj"]
                    found = [x for p in pobjs for x in self.refs(p, depth=depth + 1)]
                    if found:
                        return found
        for child in t.children:
            if child.dep_ == "poss":
                return self.refs(child, topics=False, depth=depth + 1)
        for child in t.children:  # "Russian oil", "Iranian exports"
            m = self.mention_at(child)
            if child.dep_ in {"amod", "compound", "nmod"} and m is not None and m.label is Label.COUNTRY:
                return [Ref(m.key)]
        for prep in ("by", "of", "from"):
            # "declaration of independence by Kosovo", "results from the vote"
            for child in t.children:
                if child.dep_ in {"prep", "agent"} and child.lower_ == prep:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.refs(pobj, depth=depth + 1)
                            if found:
                                return found
        if t.dep_ in {"dobj", "obj"}:  # "recognize the declaration of sovereignty by Kosovo" (by on the verb)
            for child in t.head.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in child.children:
                        found = self.refs(pobj, depth=depth + 1) if pobj.dep_ == "pobj" else []
                        if found:
                            return found
        lemma = t.lemma_.lower()
        if lemma == "signing":
            agreements = [n for n in self.topics if n.label is Label.AGREEMENT]
            if agreements:
                return [Ref(agreements[-1].handle, inferred=True)]
        if lemma in {"result", "outcome"}:  # "these results": of the vote the article is about
            events = [n for n in self.topics if n.kind in {"referendum", "election"}]
            if events:
                return [Ref(events[-1].handle, inferred=True)]
        return []

    def definite(self, t: Token, labels: set[Label], *, prefer_subject: bool = False) -> list[Ref]:
        """'the country', 'the bloc', 'the region', 'the two countries' → the recent mention meant."""
        det = [c.lower_ for c in t.children if c.dep_ in {"det", "nummod", "predet"}]
        if not ({"the", "this", "both", "two"} & set(det)):
            return []
        plural = t.lower_ in _PLURAL_DEF or "two" in det or "both" in det
        if plural and not ({"two", "both"} & set(det)):
            return []
        if not plural:
            here = [m for m in self.mentions if m.label in labels and m.end <= t.i and m.kind != "demonym"]
            if here:
                return [Ref(self.mention_key(here[-1], t), inferred=True)]
        found = self.ctx.recall(
            self.info.index,
            labels,
            plural=True if plural else None,
            window=3,
            before=t.i,
            prefer_subject=prefer_subject,
        )
        if found is None and plural:  # "the two countries": the last two named, if just two
            found = self.ctx.last_pair(self.info.index, labels)
        if found is None and labels == {Label.COUNTRY} and not plural:
            found = self.ctx.recall(self.info.index, {Label.REGION}, window=2, before=t.i)
        return [Ref(k, inferred=True) for k in found or ()]

    def pronoun(self, t: Token) -> list[Ref]:
        lower = t.lower_
        if lower in {"which", "who", "that", "whom"}:
            clause = t.head
            if clause.dep_ == "relcl" or clause.dep_ == "acl":
                return self.refs(clause.head, depth=1)
            return []
        if lower in {"he", "him", "his", "she", "her", "himself", "herself"}:
            here = [m for m in self.mentions if m.label is Label.PERSON and m.end <= t.i]
            if here:
                return [Ref(here[-1].key, inferred=True)]
            found = self.ctx.recall(self.info.index, {Label.PERSON}, window=2)
            return [Ref(k, inferred=True) for k in found or ()]
        if lower in {"it", "its", "itself"}:
            if (
                t.i == self.sent.start
                and t.dep_ == "nsubj"
                and self.info.index - 1 in self.ctx.thing_subjects
            ):
                return []  # "The submission alleges ... It also asks": 'it' is the thing, not a state
            candidates = self.pronoun_candidates(t)
            return [Ref(candidates[0], inferred=True)] if candidates else []
        if lower in {"we", "our", "us", "i", "my", "me", "ourselves"}:
            return self.speaker(t)
        if lower in {"they", "them", "their", "themselves"}:
            for subj in self._subjects_before(t):
                found_here = [x for x in self.refs(subj, topics=False, depth=3) if _label(x.key) in ACTORS]
                if len(found_here) > 1 or (found_here and subj.tag_ in {"NNS", "NNPS"}):
                    return [Ref(x.key, inferred=True) for x in found_here]
            found = self.ctx.recall(self.info.index, ACTORS, plural=True, window=1, before=t.i)
            if found is None:
                found = self.ctx.recall(self.info.index, {Label.ORGANIZATION}, window=1, before=t.i)
            return [Ref(k, inferred=True) for k in found or ()]
        return []

    def _possessor_for(self, pron: Token, kind: str) -> list[str]:
        """'its war in Ukraine': prefer the candidate the article already names as that war's agent."""
        if pron.lower_ == "their":
            return [x.key for x in self.pronoun(pron) if _label(x.key) in ACTORS]
        candidates = self.pronoun_candidates(pron)
        known = {a for node in self.topics if node.kind == kind for a in node.agents}
        for key in candidates:
            if key in known:
                return [key]
        return candidates[:1]

    def speaker(self, t: Token) -> list[Ref]:
        """'"We will never accept this," the foreign minister said': we is the speaker (or the state)."""
        if not inside_quotes(self.sent, t.i):
            return []
        for verb in self.sent:
            if verb.lemma_.lower() in _SAY and not inside_quotes(self.sent, verb.i):
                for subj in verb.children:
                    if subj.dep_ == "nsubj" and not inside_quotes(self.sent, subj.i):
                        return [Ref(x.key, inferred=True) for x in self.refs(subj, topics=False, depth=3)]
        return []

    def _subjects_before(self, t: Token) -> list[Token]:
        """Subjects earlier in the sentence, nearest first."""
        return [s for s in reversed(self.sent[: t.i - self.sent.start]) if s.dep_ in _SUBJ and s.i < t.i]

    def pronoun_candidates(self, t: Token) -> list[str]:
        """What 'it'/'its' may stand for, best first: an earlier subject of the sentence, the nearest
        state or body named before it, then the subjects of the last sentences."""
        out: list[str] = []
        for subj in self._subjects_before(t):
            if subj.pos_ == "PRON":
                continue
            out += [x.key for x in self.refs(subj, topics=False, depth=3) if _label(x.key) in STATES]
        out += [self.mention_key(m, t) for m in reversed(self.mentions) if m.label in STATES and m.end <= t.i]
        found = self.ctx.recall(self.info.index, STATES, plural=False, window=2)
        out += list(found or ())
        return list(dict.fromkeys(out))

    def regions_in(self, noun: Token) -> tuple[list[str], list[str]]:
        """Named regions inside a noun phrase about areas, and the country they are said to belong to."""
        regions: list[str] = []
        owners: list[str] = []
        m = self.mention_at(noun)
        if m is not None and m.label is Label.REGION:
            return [m.key], []
        if noun.lemma_.lower() not in AREAS:
            return [], []
        for t in noun.subtree:
            if t.pos_ in {"VERB", "AUX"} and t.i != noun.i:
                continue
            found = self.mention_at(t)
            if found is None or t.i != found.end - 1:
                continue
            if found.label is Label.REGION and found.key not in regions:
                regions.append(found.key)
            elif (
                found.label is Label.COUNTRY
                and found.kind in {"name", "demonym"}
                and self._owner_position(t, noun)
            ):
                owners.append(found.key)
        return regions, owners

    @staticmethod
    def _owner_position(t: Token, noun: Token) -> bool:
        """A country names the owner when it is 'in X'/'of X' on the area noun, or its adjective."""
        if t.head.i == noun.i and t.dep_ in {"amod", "compound", "poss"}:
            return True
        return t.dep_ == "pobj" and t.head.lower_ in {"in", "of"} and t.head.head.i == noun.i

    # ---- topics ----------------------------------------------------------------------------
    def topic(self, token: Token) -> str | None:
        """The handle of the event or agreement this noun names (created on first use)."""
        kind = topic_of(token, self.lex, self.active)

        if kind is None:
            return None
        parts = self.topic_parts(token, kind.kind)
        node = find_or_add(
            self.ctx,
            self.topics,
            kind,
            parts,
            self.article_year,
            self.surface(token),
            token.lemma_.lower() if kind.kind != "sanctions" else token.lower_,
            token.tag_ in {"NNS", "NNPS"},
        )
        number = next((t.text for t in token.rights if re.search(r"\d+/\d+", t.text)), None)
        node.number = node.number or number
        node.seen = self.info.index
        return node.handle

    def _takes_topic(self, t: Token) -> bool:
        """Whether the verb governing a pronoun object takes events and agreements ("voted against it")."""
        verb = t.head.head if t.dep_ == "pobj" else t.head
        trig = self.lex.verbs.get(verb.lemma_.lower())
        if trig is None or t.dep_ not in {"dobj", "pobj", "nsubjpass"}:
            return False
        labels = trig.objects or frozenset()
        return (
            bool(labels & {Label.EVENT, Label.AGREEMENT})
            or trig.rel in {"SIGNED", "SUPPORTS", "REJECTS"}
            or (t.dep_ == "pobj" and t.head.lower_ in trig.preps)
        )

    def topic_parts(self, token: Token, kind: str) -> TopicParts:
        agents: list[str] = []
        targets: list[str] = []
        places: list[str] = []
        mention_tokens: set[int] = set()
        for child in token.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"}:
                head = child
                if child.dep_ == "amod" and child.pos_ == "VERB":  # "Russia-held", "China-brokered"
                    head = next((c for c in child.children if c.dep_ in {"npadvmod", "compound"}), child)
                m = self.mention_at(head)
                if m is not None:
                    mention_tokens.update(range(m.start, m.end))
                    key = self.mention_key(m, head)
                    if m.label is Label.REGION and kind in {"coup", "referendum", "election", "summit"}:
                        places.append(key)
                    elif m.label is Label.REGION:
                        targets.append(key)
                    else:
                        agents.append(key)
                elif head.dep_ == "poss" and head.lower_ in {"its", "their"}:
                    agents += self._possessor_for(head, kind)

            elif child.dep_ == "prep":
                prep = child.lower_
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    keys = [r.key for r in self.refs(pobj, topics=False, depth=2) if _label(r.key) in ACTORS]
                    if prep == "by":
                        agents += keys
                    elif prep in {"in", "at"} and kind not in {"invasion", "attack"}:
                        places += [k for k in keys if _label(k) is Label.REGION]
                        if pobj.lemma_.lower() in AREAS:  # "in the ... areas of the X, Y regions"
                            places += [k for k in self.regions_in(pobj)[0] if k not in places]

                        if kind == "coup":
                            targets += [k for k in keys if _label(k) is Label.COUNTRY]
                    elif prep in {"of", "on", "against", "into", "in", "for", "to", "with", "between"}:
                        if kind in {"invasion", "attack"} and prep in {"of", "on", "against", "into", "in"}:
                            targets += [k for k in keys if _label(k) in {Label.COUNTRY, Label.REGION}]
                        elif kind in {"sanctions", "aid", "accession", "annexation", "expansion", "coup"} or (
                            kind in {"agreement", "talks"} and prep in {"with", "between"}
                        ):
                            targets += keys
        if kind == "coup" and not places:
            places = [k for k in agents if _label(k) is Label.REGION]
        return TopicParts(agents, targets, places, year_of(token), qualifier_words(token, mention_tokens))

    def surface(self, token: Token) -> str:
        """The noun phrase as written, without relative clauses or determiners."""
        start = token.left_edge.i
        while start < token.i and self.sent.doc[start].lower_ in {
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "any",
            '"',
            "“",
            "its",
            "their",
        }:
            start += 1
        end = token.i + 1
        for child in token.rights:
            if (
                child.dep_ == "prep"
                and child.lower_ in {"of", "on", "against", "in", "for", "to"}
                and len(list(child.subtree)) <= 6
                and not any(t.ent_type_ in {"DATE", "TIME"} or t.lemma_ in _TIME_WORDS for t in child.subtree)
            ):
                end = child.right_edge.i + 1
            break
        return self.sent.doc[start:end].text.strip(' "“”')

    # ---- modality --------------------------------------------------------------------------
    def modality(self, verb: Token) -> tuple[Modality, float]:
        """How the clause of ``verb`` states its relation, and a confidence for it."""
        return modality(verb, self.lex)

    # ---- salience ------------------------------------------------------------------------
    def remember(self) -> None:
        """Note who the sentence was about, for pronouns and 'the country' in the next sentences."""
        seen: set[int] = set()
        root = self.sent.root
        main = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
        if main and not any(
            label_of_ref(x, self.topics) in ACTORS for c in main for x in self.refs(c, topics=False)
        ):
            self.ctx.thing_subjects.add(self.info.index)
        for token in self.sent:
            if token.dep_ not in _SUBJ or token.i in seen or token.pos_ == "PRON":
                continue  # a pronoun's guess is not evidence of what the text is about
            refs = [x for x in self.refs(token, topics=False) if label_of_ref(x, self.topics) in ACTORS]
            if refs:
                keys = tuple(dict.fromkeys(x.key for x in refs))
                plural = len(keys) > 1 or token.tag_ in {"NNS", "NNPS"}
                label = label_of_ref(refs[0], self.topics)
                quoted = inside_quotes(self.sent, token.i)
                self.ctx.remember(self.info.index, keys, label, True, token.i, plural, quoted)
                seen.add(token.i)
        for m in self.mentions:
            if m.label in ACTORS and m.start not in seen:
                head = self.sent.doc[m.end - 1]
                key = self.mention_key(m, head)  # a capital used as a place is remembered as the place
                subject = head.dep_ in _SUBJ
                quoted = inside_quotes(self.sent, m.start)
                self.ctx.remember(self.info.index, (key,), _label(key), subject, m.start, False, quoted)
        for members in {id(v): v for v in self.lists.values()}.values():
            keys = tuple(dict.fromkeys(m.key for m in members))
            if len(keys) > 1:
                label = Label.COUNTRY if members[0].label is Label.PERSON else members[0].label
                self.ctx.remember(self.info.index, keys, label, False, members[0].start)

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
        inferred = source.inferred or target.inferred
        confidence = round(confidence - (0.15 if inferred else 0.0), 2)
        claim = Claim(source.key, rel, target.key, self.info, modality, confidence, role, status, unordered)
        self.ctx.claim(claim)


def _label(key: str) -> Label:
    if key.startswith("?topic"):
        return Label.EVENT
    return Label(key.split(":", 1)[0])


def label_of_ref(ref: Ref, topics: list[TopicNode]) -> Label:
    if ref.key.startswith("?topic:"):
        return topics[int(ref.key.split(":")[1])].label
    return _label(ref.key)
