"""What the extractor knows about one article while it reads it: nodes, offices, claims, salience."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import Label, Modality, entity_id
from loaders.extract.gazetteer import Gazetteer, Place, fold
from loaders.extract.leaders import load_leaders
from loaders.extract.lexicon import load_lexicon


@lru_cache(maxsize=1)
def past_role() -> re.Pattern[str]:
    """'former president', 'ousted leader': an office no longer held (lexicon past_role_words)."""
    words = "|".join(re.escape(w) for w in load_lexicon().words.past_role_words)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_prefix() -> re.Pattern[str]:
    """Honorifics before a name: 'Dr.', 'Mr' (lexicon honorifics), as whole words ('Senior General X' keeps
    its 'Sen', 'Drew X' its 'Dr')."""
    words = "|".join(re.escape(w) for w in load_lexicon().words.honorifics)
    return re.compile(rf"^(?:(?:{words})(?:\.\s*|\s+))+", re.IGNORECASE)


@dataclass
class Node:
    key: str
    label: Label
    name: str
    aliases: set[str] = field(default_factory=set)
    iso3: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SentInfo:
    """One sentence of the article: its index and character span in ``article.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Claim:
    """A relation as read from one sentence; ends may be persons or topics, mapped to nodes at the end."""

    source: str
    type: str
    target: str
    sent: SentInfo
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.9
    role: str | None = None
    status: str | None = None
    unordered: bool = False  # a symmetric pair named without a direction ("X and Y are allies")
    rule: str = ""  # the rule that read it ("module.function"), a feature of the relation scorer
    inferred: bool = False  # an end resolved rather than named (a Ref marked inferred)
    path: int = -1  # dependency arcs between the two ends' names in the sentence (-1: an end not named)


@dataclass
class Office:
    state: str
    role: str
    direct: bool


@dataclass
class Recent:
    """A mention remembered for pronouns and definite descriptions."""

    sent: int
    keys: tuple[str, ...]
    label: Label
    subject: bool
    position: int
    plural: bool = False
    quoted: bool = False
    main: bool = False  # the subject of a main clause (refs.main_clause)


def clean_person_name(text: str) -> str:
    """'Spokesman Aibek Smadiyarov' → 'Aibek Smadiyarov', 'Dr.Omar Alieu-Touray' → 'Omar Alieu-Touray'."""
    text = _title_prefix().sub("", text.strip())
    text = re.sub(r"\s*['’]s$", "", text)
    text = re.sub(r"\s+[\"“][^\"”]+[\"”](?=\s)", "", text)  # 'Joko "Jokowi" Widodo': the nickname goes
    words = text.split()
    lex = load_lexicon()
    titles = lex.person_titles | lex.words.name_title_words
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words.pop(0)
    return " ".join(words)


@dataclass
class ArticleContext:
    gazetteer: Gazetteer
    nodes: dict[str, Node] = field(default_factory=dict)
    offices: dict[str, list[Office]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    recent: list[Recent] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # folded surname → person key
    # folded first word of a two-word name → person key ("Qin" for "Qin Gang", "Xi" for "Xi Jinping");
    # None when two persons share it
    firsts: dict[str, str | None] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # folded full name → person key
    counts: Counter[str] = field(default_factory=Counter)  # mentions per node, for salience
    private: set[str] = field(default_factory=set)
    # sentences whose main subject is no actor → the documents it names ("The resolution condemned ...")
    thing_subjects: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # sentence → the state of an official named only by title as its subject ("Kenya's foreign minister")
    unnamed_officials: dict[int, str] = field(default_factory=dict)
    # organ noun → (sentence, owners) of its last mention with a named owner ("China's foreign ministry"),
    # so that "the ministry" later in the article is that state's ministry
    organs: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    # organ noun → the words that told which organ it was, at its last mention ("foreign" ministry)
    organ_kinds: dict[str, str] = field(default_factory=dict)
    # a title given with its state and no person ("an Israeli defence minister") → the states given it
    titles: dict[str, set[str]] = field(default_factory=dict)
    # a state → (sentence, title) of a plural title given to several states ("the interior ministers of A, B
    # and C"), so that "X of A, Y of B" right after names each state's officer
    posts: dict[str, tuple[int, str]] = field(default_factory=dict)
    juntas: dict[str, str] = field(default_factory=dict)  # a state → the junta ruling it, once named
    # the last statement issued by named actors: (sentence, authors), for "The statement also urged ..."
    statement: tuple[int, tuple[str, ...]] | None = None
    # the dateline's city, with its sentence: where a summit the next sentence names was held
    dateline_place: tuple[int, str] | None = None
    dateline_state: str | None = None  # the state of the dateline's city ("BELGRADE, Oct 10 -": Serbia)
    # the offices a title without its state was guessed to be of: (person, state) → the states its sentence
    # names as subjects, when only the sentences before it gave the state (None: its own sentence did)
    guessed_offices: dict[tuple[str, str], frozenset[str] | None] = field(default_factory=dict)
    # who spoke in each sentence (a verb of saying with a named actor): "the remarks" are theirs
    speakers: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # who did something to something in each sentence, told or not ("Poland closed the consulate"): "the
    # decision" in the next sentence is theirs when that sentence gave no relation
    deeds: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # the acts each sentence told, by verb (lexicon act_verb_nouns) with their doers, and the sentences that
    # open a new story item (a heading, a dateline): "the measures" a reaction names are the act's doer's
    acts: dict[int, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    item_starts: set[int] = field(default_factory=set)
    # sentences that name the last act again as "the step" ("... the first to take the step"): a "did so"
    # right after repeats the act told before them (round 37b)
    step_sents: set[int] = field(default_factory=set)
    # whose act a stance in each sentence took as its object ("condemned the Kremlin's decision"): "called it
    # a betrayal" in the next sentence judges that act (judged.py)
    judged_acts: dict[int, tuple[str, ...]] = field(default_factory=dict)
    unnamed_groups: set[str] = field(default_factory=set)  # "four individuals" targeted without names
    scoring: bool = False  # the relation scorer is on (or its training tool collects): claims note their rule
    # fighters named in each sentence: (sentence, position, armed group's key or None for fighters of no
    # known group, "Chadian rebels", "gunmen"), so that "the rebels" later is the one group named before
    fighters: list[tuple[int, int, str | None]] = field(default_factory=list)
    # a mention's node → the node it turned out to be ("launched Operation X": the body is the attack)
    superseded: dict[str, str] = field(default_factory=dict)
    named_countries: set[str] = field(default_factory=set)  # countries the article names (context capitals)
    stated_countries: set[str] = field(default_factory=set)  # (r35) named by name or demonym, not capital
    # a part of a state named by its side ("eastern Congo") → the state, for its PART_OF
    sides: dict[str, str] = field(default_factory=dict)
    # the pair a bare "the Sides" / "the Parties" last stood for (a communiqué names them once, far back)
    bare_pair: tuple[str, ...] | None = None
    # the state whose embassy the article last named ("the Mexican Embassy"), with the sentence: "sought
    # asylum at the embassy" later is at that one
    mission_owner: tuple[int, str] | None = None
    # elections and referendums named, by sentence, with what makes their topic ("kept its majority in
    # Sunday's election. X welcomed the result."; see TopicReader.voted_before): (index, kind, parts, ...)
    voted_named: list[tuple[int, object, object, str, str]] = field(default_factory=list)
    # (r36) texts a voting verb took, by sentence ("the resolution, passed on Thursday"; "approved the
    # protocol"): "welcomed the vote" later is the text voted last (documents.voted_text_ref)
    voted_texts: list[tuple[int, str]] = field(default_factory=list)
    # sentence → the label that opens its line in a transcript ("Lin Jian: ..."): who answers (round 26)
    line_labels: dict[int, str] = field(default_factory=dict)
    # a transcript line's label → the states its lines name, counted: whose 'we' an unknown speaker's is
    line_states: dict[str, Counter[str]] = field(default_factory=dict)
    tag: str = ""  # a short mark of the article, for events too vaguely named to share across articles
    date: str | None = None  # the article's date (YYYY-MM-DD), for topic names

    # nodes -----------------------------------------------------------------------------------
    def place(self, key: str, surface: str | None = None) -> str:
        """Register a gazetteer node (country, region, organization) and the string seen for it."""
        node = self.nodes.get(key)
        if node is None:
            found = self.gazetteer.places.get(key)
            place = found or Place(key, Label(key.split(":", 1)[0]), key.split(":", 1)[1])
            node = Node(key, place.label, place.name, set(), place.iso3, dict(place.attrs))
            self.nodes[key] = node
        if surface:
            node.aliases.add(_strip_the(surface))
        return key

    def entity(self, label: Label, name: str, surface: str | None = None) -> str:
        key = entity_id(label, name)
        node = self.nodes.setdefault(key, Node(key, label, name))
        if surface:
            node.aliases.add(_strip_the(surface))
        return key

    # persons ---------------------------------------------------------------------------------
    def learn_person(self, full: str) -> None:
        name = clean_person_name(full)
        words = name.split()
        if len(words) < 2:
            return
        folded = fold(name).lower()
        if folded in self.people:
            return
        key = self._person_node(name)
        self.people[folded] = key
        self.surnames.setdefault(fold(words[-1]).lower(), key)
        if len(words) == 2:  # family name first ("Qin Gang" ... "said Qin"), when no one else has it
            first = fold(words[0]).lower()
            self.firsts[first] = key if self.firsts.get(first, key) == key else None
        for n in range(2, len(words)):  # "der Leyen", "von der Leyen" after "Ursula von der Leyen"
            self.surnames.setdefault(fold(" ".join(words[-n:])).lower(), key)

    def _person_node(self, name: str) -> str:
        """The node of a person named in full: the leaders data's name and id when it knows the person
        (so every article's spelling converges on one node), else the name as written."""
        canonical = load_leaders().canonical(name) or name
        key = entity_id(Label.PERSON, canonical)
        node = self.nodes.setdefault(key, Node(key, Label.PERSON, canonical))
        node.aliases.add(name)
        return key

    def person(self, text: str) -> str | None:
        name = clean_person_name(text)
        if not name or not any(c.isupper() for c in name):
            return None
        folded = fold(name).lower()
        key = self.people.get(folded) or self.surnames.get(folded) or self.firsts.get(folded)
        if key is None and " " in folded:
            key = self.surnames.get(folded.split()[-1])
        if key is None:
            if len(name.split()) == 1 and len(name) < 3 and not load_leaders().family_holders(name):
                return None  # a two-letter word is a name only as a leader's known short form ("Xi")
            key = self._person_node(name)
            self.people[folded] = key
        self.nodes[key].aliases.add(name)
        return key

    def known_surname(self, text: str) -> str | None:
        folded = fold(clean_person_name(text)).lower()
        return self.surnames.get(folded) or self.firsts.get(folded)

    def add_office(self, person: str, state: str, role: str, direct: bool) -> None:
        offices = self.offices.setdefault(person, [])
        if not any(o.state == state for o in offices):
            offices.append(Office(state, role, direct))
            offices.sort(key=lambda o: not o.direct)  # a title naming the state beats a guess

    def actor(self, key: str) -> str:
        """Who acts when this node acts: an official acts for the state or international body.

        A militia boss or party chief still acts as himself: only states and intergovernmental
        bodies act through their officials, and only officials in office (not a former or ousted one).
        """
        for office in self.offices.get(key, []) if key.startswith("Person:") else []:
            if past_role().search(office.role):
                continue
            node = self.nodes.get(office.state)
            if node is not None and (
                node.label is Label.COUNTRY
                or node.attrs.get("kind") in load_lexicon().words.acting_body_kinds
            ):
                return office.state
        return key

    def junta_of(self, state: str, surface: str | None = None) -> str:
        """The ruling junta of ``state``, a body of its own ("Niger junta"), registered as that state's."""
        key = self.entity(Label.ORGANIZATION, f"{self.nodes[state].name} junta", surface)
        self.juntas[state] = key
        return key

    def opposition_of(self, state: str, surface: str | None = None) -> str:
        """(r38) The political opposition of ``state``, a body of its own ("Togo opposition")."""
        return self.entity(Label.ORGANIZATION, f"{self.nodes[state].name} opposition", surface)

    def ruled_by(self, junta: str) -> str | None:
        """The state a junta rules, or None (``junta`` any key)."""
        return next((state for state, key in self.juntas.items() if key == junta), None)

    def sole_junta(self) -> str | None:
        """The ruling junta the article has named, when it has named exactly one."""
        juntas = set(self.juntas.values())
        return juntas.pop() if len(juntas) == 1 else None

    def place_kind(self, key: str) -> str | None:
        """The gazetteer kind of ``key`` ("court", "bloc", "vague" ...); None if the gazetteer lacks it."""
        place = self.gazetteer.places.get(key)
        return None if place is None else place.attrs.get("kind")

    def is_court(self, key: str) -> bool:
        """Whether ``key`` is a court (a gazetteer body of kind court)."""
        return self.place_kind(key) == "court"

    def sole_court(self, keys: Collection[str] | None = None) -> str | None:
        """The one court among ``keys`` (default: every key the article has named so far); None if there
        are none or two."""
        if keys is None:
            keys = [key for rec in self.recent for key in rec.keys]
        courts = {key for key in keys if self.is_court(key)}
        return courts.pop() if len(courts) == 1 else None

    # salience --------------------------------------------------------------------------------
    def told(
        self, sents: Collection[int], types: Collection[str], modalities: Collection[Modality]
    ) -> list[Claim]:
        """The claims of ``types`` read in the sentences ``sents`` with one of ``modalities``, in order: what
        an earlier sentence told, for "the move", "followed suit", a protest with no target."""
        return [
            c for c in self.claims if c.sent.index in sents and c.type in types and c.modality in modalities
        ]

    def last_pair(
        self, sent: int, labels: set[Label], window: int = 2, besides: frozenset[str] = frozenset()
    ) -> tuple[str, ...] | None:
        """The two distinct actors of the last sentences (other than ``besides``), when exactly two; else
        the one pair named together as a subject there ("Sweden and Finland applied ..., spurred by
        Russia's war on Ukraine. ... criticizing the countries")."""
        pool = [r for r in self.recent if r.label in labels and sent - window <= r.sent < sent]
        keys = {k for r in pool for k in r.keys} - besides
        if len(keys) == 2:
            return tuple(sorted(keys))
        pairs = {tuple(sorted(set(r.keys))) for r in pool if r.subject and len(set(r.keys) - besides) == 2}
        return pairs.pop() if len(pairs) == 1 and not (set(next(iter(pairs))) & besides) else None

    def office_guess(
        self, sent: int, window: int = 3, main: bool = False, labels: frozenset[Label] = frozenset()
    ) -> str | None:
        """The one country the last sentences were about (as unquoted subjects; with ``main``, of their main
        clauses only; ``labels`` besides a country), for a title without a country ('Foreign Minister X
        said ...'); None when there is no such country or more than one."""
        found = {
            k
            for r in self.recent
            if sent - window <= r.sent <= sent
            and r.subject
            and not r.quoted
            and (r.label is Label.COUNTRY or r.label in labels)
            and (r.main or not main)
            for k in r.keys
        }
        return found.pop() if len(found) == 1 else None

    def remember(
        self,
        sent: int,
        keys: tuple[str, ...],
        label: Label,
        subject: bool,
        position: int,
        plural: bool = False,
        quoted: bool = False,
        main: bool = False,
    ) -> None:
        plural = plural or len(keys) > 1
        self.recent.append(Recent(sent, keys, label, subject, position, plural, quoted, main))

    def recall(
        self,
        sent: int,
        labels: set[Label],
        *,
        plural: bool | None = None,
        window: int = 2,
        before: int | None = None,
        prefer_subject: bool = True,
        besides: frozenset[str] = frozenset(),
        apart: frozenset[str] = frozenset(),
        unquoted: bool = False,
    ) -> tuple[str, ...] | None:
        """The most salient recent mention with one of ``labels`` (subjects of earlier sentences first),
        other than ``besides`` (an object is not its own clause's subject: "China criticized the island")
        and sharing no one with ``apart``."""
        pool = [
            r
            for r in self.recent
            if r.label in labels
            and sent - window <= r.sent <= sent
            and (r.sent < sent or before is None or r.position < before)
            and not set(r.keys) <= besides
            and not set(r.keys) & apart
            and not (unquoted and r.quoted)  # a narrator's 'the country' is none named only in a quote
        ]
        if plural is not None:
            pool = [r for r in pool if r.plural == plural]
        if not pool:
            return None
        if prefer_subject:
            subjects = [r for r in pool if r.subject]
            if subjects:
                pool = subjects
        best = max(pool, key=lambda r: (r.sent, r.position))
        return best.keys

    def last_group(self, sent: int, labels: set[Label], size: int, window: int = 2) -> tuple[str, ...] | None:
        """The latest group of exactly ``size`` named together in the last sentences ("the three
        countries" after "Chad, Mali and Niger"), else the ``size`` named in the last sentence."""
        pool = [
            r
            for r in self.recent
            if r.label in labels and sent - window <= r.sent < sent and len(set(r.keys)) == size
        ]
        if pool:
            return max(pool, key=lambda r: (r.sent, r.position)).keys
        # "Mali and Niger, which together with Burkina Faso form the AES, ... The three countries": never
        # listed as one, but exactly that many named in the last sentence
        last = [r for r in self.recent if r.label in labels and r.sent == sent - 1]
        named = tuple(dict.fromkeys(k for r in sorted(last, key=lambda r: r.position) for k in r.keys))
        if len(named) == size:
            return named
        # "Bolivia and Colombia recalled their envoys. Chile did the same. ... the three countries": the
        # subjects of the last sentences, when just that many
        acting = [
            r
            for r in self.recent
            if r.label in labels and sent - window <= r.sent < sent and r.subject and not r.quoted
        ]
        subjects = tuple(
            dict.fromkeys(k for r in sorted(acting, key=lambda r: (r.sent, r.position)) for k in r.keys)
        )
        return subjects if len(subjects) == size else None

    def claim(self, claim: Claim) -> None:
        if claim.source != claim.target:
            self.claims.append(claim)


def _strip_the(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"^(?:the|The)\s+", "", text)
