"""Events and agreements: noun phrases named canonically so that two mentions become one node.

"Russia's invasion of Ukraine", "the Russian invasion" and "Moscow's invasion" in one article are one
topic; its name is built from what the article says about it ("Russian invasion of Ukraine"), so the
same event read from another article gets the same id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from graph.model import Label, Modality, entity_id
from loaders.extract.context import ArticleContext
from loaders.extract.lexicon import Lexicon, Topic, load_lexicon

_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")


@dataclass
class TopicNode:
    handle: str
    kind: str
    label: Label
    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    year: str | None = None
    explicit_year: bool = False
    qualifier: list[str] = field(default_factory=list)
    head: str = ""
    plural: bool = False
    aliases: set[str] = field(default_factory=set)
    number: str | None = None
    heads: dict[str, bool] = field(default_factory=dict)  # every head word used, and if seen plural
    seen: int = -1  # the last sentence that named it
    earlier: int = -1  # the sentence that named it before ``seen`` ("called it X": named in the last one)
    first: int = -1  # the sentence that named it first (the title or the lead names the story's own document)
    parties: list[str] = field(default_factory=list)  # who acts on a vague topic
    party_role: str = ""  # how they act on it: "" (they made it), "backed by", "opposed by", "involving"
    authors: list[str] = field(default_factory=list)  # its named makers: "Kenya's deal", "set by the G7"
    proper: str = ""  # its own name, when the text gives one: "the Belt and Road Initiative"
    verbal: bool = False  # named by a verb of agreeing only ("A and B agreed to ..."): see find_or_add


def mark_seen(node: TopicNode, index: int) -> None:
    """Record that sentence ``index`` names the topic (keeping the sentence that named it before)."""
    if node.seen != index:
        node.earlier = node.seen
    node.seen = index
    if node.first < 0:
        node.first = index


@dataclass
class TopicParts:
    """What one noun phrase says about its topic."""

    agents: list[str]
    targets: list[str]
    places: list[str]
    year: str | None
    qualifier: list[str]
    authors: list[str] = field(default_factory=list)
    proper: str = ""  # a proper name ("the Abraham Accords"): the topic is called by it


def _act_of_measure(token: Token, lex: Lexicon) -> bool:
    """A noun of stopping ("the suspension") names a measure only when what it stops is one or goes
    unsaid: "the suspension of visa-free travel", not "the suspension of talks" nor "Gabon's suspension
    from the AU"."""
    if token.lemma_.lower() not in lex.words.measure_act_nouns:
        return True
    stopped = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children
    ]
    owned = any(c.dep_ == "poss" for c in token.children)
    return not owned and all(p.lemma_.lower() in lex.words.measure_objects for p in stopped)


def topic_of(token: Token, lex: Lexicon, active: frozenset[str] = frozenset()) -> Topic | None:
    """The topic kind a noun heads ("invasion", "price cap", "special military operation"), if any.

    Weak heads count only in an article that also names the kind plainly: "the votes" are the
    referendums when the article speaks of referendums, and nothing otherwise.
    """
    pos = token.pos_
    if pos not in {"NOUN", "PROPN"}:
        return None
    lower, lemma = token.lower_, token.lemma_.lower()
    if pos == "PROPN" and lemma == lower and lemma not in lex.topic_heads and lower[:-1] in lex.topic_heads:
        lemma = lower[:-1]  # "the Abraham Accords": the model keeps a proper noun's plural as its lemma
    weak = lex.topic_weak.get(lemma) or lex.topic_weak.get(lower)  # "the measures" after sanctions
    if (
        weak is not None
        and weak.kind in active
        # (not one a common noun qualifies: "its embassy operations in Moscow" are no military operation;
        # a stage of the text does not: "the compromise text")
        and not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in lex.words.weak_head_stages
            for c in token.children
        )
        and _act_of_measure(token, lex)
    ):
        return weak
    phrases = lex.phrases_by_last.get(lower, []) + lex.phrases_by_last.get(lemma, [])
    if phrases:
        # a name between the words of a phrase: "a joint EU statement", "a joint G7 declaration"
        end = token.i
        while end > 0 and token.doc[end - 1].pos_ == "PROPN" and token.doc[end - 1].dep_ == "compound":
            end -= 1
        for words, topic in phrases:
            n = len(words) - 1
            for stop in dict.fromkeys((token.i, end)):
                if n <= stop and [t.lower_ for t in token.doc[stop - n : stop]] == list(words[:-1]):
                    return topic
    found = lex.topic_heads.get(lower) or lex.topic_heads.get(lemma)
    if found is not None and _unless(token, found.unless.get(lemma, frozenset())):
        return None  # "the Polisario Front's independence bid", "a bid to host the games": no accession bid
    if found is None and lemma in lex.topic_weak:  # (every qualified head is a weak one too)
        for topic in lex.topics:
            qualifiers = topic.qualified.get(lemma)
            # (a qualified head has its exceptions too: "the killings of protesters" are their doer's)
            if (
                qualifiers is not None
                and _qualified(token, qualifiers)
                and not _unless(token, topic.unless.get(lemma, frozenset()))
            ):
                return topic
    if found is None and (
        (lemma in lex.words.signed_documents and _signed(token, lex))
        or (lemma in lex.words.named_document_heads and named_document(token, lex))
        or (lemma in lex.words.named_project_heads and bool(project_name(token, lex)))
    ):
        return next((t for t in lex.topics if t.kind == "agreement"), None)
    if found is None and lemma in lex.words.judged_act_nouns and _judged_bare(token, lex, active):
        return next((t for t in lex.topics if t.kind == "judged_act"), None)
    return found


def _judged_bare(token: Token, lex: Lexicon, active: frozenset[str]) -> bool:
    """(r37b) An act noun that a judging verb takes with no doer on it ("condemned the arrest of student
    activists", "the closure was criticised"): the act is an event of its own, where its phrase says what was
    done or the article tells the act by its verb elsewhere ("two lawyers were shot dead ... condemned the
    killings": kind active); not a bare "condemned the killings" alone. Owned ("Belarus's arrest of", "the
    arrests by police", "the Chinese closure") it stands for its doer (transparent_nouns)."""
    verb = token.head
    judging = verb.lemma_.lower() in lex.words.act_judging_verbs
    if token.dep_ not in {"dobj", "obj", "nsubjpass"} or not judging:
        return False
    said = any(c.dep_ == "prep" and c.lower_ in {"of", "in", "at", "on"} for c in token.children)
    if not said and "judged_act" not in active:
        return False
    # (the parser hangs "by" anywhere in the phrase, or on the verb after it: "the killings of protesters in
    # Conakry by Guinean forces")
    by = [c for c in token.subtree if c.dep_ == "prep" and c.lower_ == "by"]
    by += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i]
    return not by and not any(
        c.dep_ == "poss" or (c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in _NAMED)
        for c in token.children
    )


def _unless(token: Token, unless: frozenset[str]) -> bool:
    """A word on the head that makes it no topic of its kind (lexicon topics' 'unless')."""
    return bool(unless) and any(
        c.lower_ in unless or (c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in unless)
        for c in token.children
        if c.dep_ in {"compound", "amod", "prep", "acl", "relcl"}
    )


def named_document(token: Token, lex: Lexicon) -> bool:
    """A document head written as a proper name (lexicon named_document_heads): a capitalised name before
    it ("the Nairobi Declaration", "the Lima-La Paz Charter") or "of" and one after it ("the Declaration
    of Santiago"), outside a title-case headline and not a body's name ("the World Food Programme")."""
    if token.i == token.sent.start:
        return False
    if not token.is_title:  # 'its "Ocean of Peace" declaration': a quoted name before a lower-case head
        return bool(_quoted_before(token))
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in token.sent):
        return False  # a headline capitalises every word
    names = [
        c
        for c in token.children
        if c.dep_ in {"compound", "amod", "nmod", "npadvmod"} and (c.is_title or (c.is_upper and len(c) > 1))
    ]
    names += [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1
        for p in c.children
        if p.dep_ == "pobj" and (p.is_title or p.like_num)
    ]
    if not names:
        return False
    words = {t.lower_ for t in token.subtree if t.i < token.i}
    return not words & lex.words.named_document_bodies


_PROJECT_LINKS = {"compound", "amod", "nmod", "nummod", "npadvmod"}


def project_name(token: Token, lex: Lexicon) -> str:
    """'the Trans-Saharan Gas Pipeline', 'the Greater Tortue Ahmeyim project', 'the Nord Stream 2 pipeline': a
    project head (lexicon named_project_heads) with a proper name in the words that qualify it (a proper
    noun, not an adjective of nation alone: "a Russian pipeline" is no name), outside a headline; the name
    from its first capitalised word to the head, '' otherwise."""
    sent, doc = token.sent, token.doc
    if token.i == sent.start or not any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent):
        return ""
    words: list[Token] = []
    todo = [c for c in token.children if c.dep_ in _PROJECT_LINKS and c.i < token.i]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if (c.dep_ in _PROJECT_LINKS or c.text == "-") and c.i < token.i]
    names = [w for w in words if w.pos_ == "PROPN" and w.is_title and w.i != sent.start]
    if not names or any(w.lower_ in lex.words.named_document_bodies for w in words):
        return ""
    if any(w.ent_type_ in {"GPE", "NORP", "PERSON"} for w in names) and not token.is_title:
        return ""  # "the Chinese-built Mombasa railway"? a place's or person's thing, not a name
    start = min(w.i for w in words if w.is_title or w.like_num or w.text == "-")
    while start < token.i and not (doc[start].is_title or doc[start].like_num):
        start += 1
    return doc[start : token.i + 1].text


def _signed(token: Token, lex: Lexicon) -> bool:
    """The object of a verb of signing ("signed a declaration on friendly relations"), also in a list."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in {"dobj", "obj", "nsubjpass"} and token.head.lemma_.lower() in lex.words.signing_verbs


_NAMED = {"GPE", "NORP", "ORG", "PERSON"}


def _qualified(token: Token, words: frozenset[str]) -> bool:
    """A qualified head names its kind with a qualifying word or a named owner on it, or as the object of a
    qualifying verb ("Guyana brought the case", "the case was filed in 2018": a court case)."""
    if token.dep_ in {"dobj", "obj", "nsubjpass"} and token.head.lemma_.lower() in words:
        return True
    for child in token.children:
        if child.lower_ in words or child.lemma_.lower() in words:
            return True
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.ent_type_ in _NAMED:
            return True
        if child.dep_ in {"relcl", "acl"} and child.lemma_.lower() in words:  # "the case, which X brought"
            return True
        if (  # "the launch of a ballistic missile"
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.lemma_.lower() in words for p in child.children for g in [p, *p.children])
        ):
            return True
    return False


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def find_or_add(
    ctx: ArticleContext,
    registry: list[TopicNode],
    topic: Topic,
    parts: TopicParts,
    article_year: str | None,
    surface: str,
    head: str,
    plural: bool,
    fresh: bool = False,
    counted: bool = False,
    avoid: frozenset[str] = frozenset(),
) -> TopicNode:
    """The article's topic this mention refers to, created when no earlier one fits (``fresh``: created;
    ``counted``: "nine cooperation agreements", a new count of things, is none named before under another
    head; ``avoid``: the topics of nouns coordinated with this one, "signed a loan agreement and a memorandum
    on fisheries", which it is not)."""
    own = "own" in surface.lower().split()  # "its own security treaty with Australia": not the one before
    documents = load_lexicon().words.document_kinds
    bare_heads = load_lexicon().words.bare_deal_heads
    projects = load_lexicon().words.named_project_heads
    bare = head in bare_heads and not (parts.qualifier or parts.proper)
    for node in [] if own or fresh else reversed(registry):
        if node.handle in avoid:
            continue
        if (
            bare
            and node.proper
            and not bare_heads & {h.removesuffix("s") for h in node.heads}
            and not (not plural and _signed_in_story(ctx, node))
        ):
            continue  # "the deal" is no "Non-Proliferation Treaty" (a named text under a formal head)
        if node.kind != topic.kind:
            continue
        if _project(node, projects) != (bool(parts.proper) and head.split()[-1] in projects):
            continue  # (r36) "the X Gas Pipeline ... signed agreements on the pipeline": texts, no project
        if head not in node.heads and head != node.head and _strangers(ctx, node, parts):
            continue
        if parts.year and parts.year != article_year and parts.year != node.year:
            continue
        if node.explicit_year and node.year != article_year and not parts.year:
            continue
        if node.proper and parts.proper and node.proper != parts.proper:
            continue  # "the Minsk Agreements" are not "the Paris Agreement"
        if (
            topic.kind in documents
            and not parts.proper
            and head not in node.heads
            and _described(surface, node)
        ):
            continue  # "the Belt and Road Initiative ... patrolling arrangements": another document
        if _is_statement(head) != any(_is_statement(h) for h in (node.head, *node.heads)):
            continue  # "a deal mediated by Beijing ... the final communique": a statement is no deal
        if counted and head != node.head and head not in node.heads:
            continue  # "an SCO bank, a proposal ... signed twenty cooperation documents": new things
        if is_bond(head) != any(is_bond(h) for h in (node.head, *node.heads)) and not _named_in(head, node):
            continue  # "reaffirmed their partnership and signed ten agreements": a bond is no text signed
        if node.verbal and not bare:
            continue  # "A and B agreed to ...": later "the deal" is it, "a two-state solution" is not
        if (
            _compatible(node.agents, parts.agents)
            and _compatible(node.targets, parts.targets)
            and _compatible(node.places, parts.places)
            and not _other_kind_of(node, parts, surface)
        ):
            _absorb(node, parts, surface, plural)
            _note_head(node, head, plural)
            return node
    node = TopicNode(
        f"?topic:{len(registry)}",
        topic.kind,
        topic.label,
        head=head,
        year=parts.year or article_year,
        explicit_year=bool(parts.year),
    )
    _absorb(node, parts, surface, plural)
    _note_head(node, head, plural)
    registry.append(node)
    return node


_BARE = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "same",
    "such",
    "first",
    "new",
    "latest",
    "final",
    "last",
    "whole",
    "entire",
    "full",
    "landmark",
    "historic",
    "signed",
}


def _described(surface: str, node: TopicNode) -> bool:
    """A mention under a new head with words of its own before it that the topic's names never used
    ("cooperation documents" ... "patrolling arrangements"), not a bare or owned one ("the deal", "their
    accord") nor one that repeats a word of the topic ("a security pact" ... "the security agreement")."""
    words = [w for w in surface.lower().split()[:-1] if w not in _BARE and not w.endswith(("'s", "’s"))]
    known = _alias_words(node)
    return bool(words) and not known & set(words)


def _signed_in_story(ctx: ArticleContext, node: TopicNode) -> bool:
    """A named text the article has two or more parties sign (round 29): "A and B put their names to the
    Pukpuk Treaty ... the deal was welcomed by Fiji" ("the deal" is the treaty signed, not a named text in
    the background, nor one a single state ratified)."""
    signers = {
        ctx.actor(c.source)
        for c in ctx.claims
        if c.type == "SIGNED" and c.target == node.handle and c.modality is Modality.ASSERTED
    }
    return len(signers) >= 2


def _strangers(ctx: ArticleContext, node: TopicNode, parts: TopicParts) -> bool:
    """'Estonia and Finland signed a defence agreement ... backed Sweden's proposal': owners of a mention
    under another head who had no part in the topic before (no agent of it, no claim on it) own another."""
    if not parts.agents or node.agents or node.label is not Label.AGREEMENT:
        return False  # (an event's doers are often named later: "the vote ... Moscow's referendums")
    involved = {ctx.actor(c.source) for c in ctx.claims if c.target == node.handle}
    return not involved & {ctx.actor(a) for a in parts.agents}


def _is_statement(head: str) -> bool:
    """A head that names a statement of positions, not an agreement to act (lexicon statement_heads)."""
    return head.lower() in load_lexicon().words.statement_heads


def is_bond(head: str) -> bool:
    """A head that names a standing relationship between parties, not a text (lexicon bond_heads)."""
    return head.lower() in load_lexicon().words.bond_heads


def _named_in(head: str, node: TopicNode) -> bool:
    """'a strategic partnership treaty ... the partnership': the head is a word of the node's own name."""
    return head.lower() in _alias_words(node)


def _alias_words(node: TopicNode) -> set[str]:
    """Every word of every name the topic has been called by, lower-cased."""
    return {w.lower() for alias in node.aliases for w in alias.split()}


def _project(node: TopicNode, projects: frozenset[str]) -> bool:
    """A topic named only as a project ("the Trans-Saharan Gas Pipeline"; lexicon named_project_heads)."""
    heads = [node.head, *node.heads]
    return bool(node.proper) and all(h.split()[-1] in projects for h in heads if h)


def _other_kind_of(node: TopicNode, parts: TopicParts, surface: str) -> bool:
    """'a security pact' and, later, 'a port deal': two qualified mentions whose qualifiers appear nowhere in
    each other's words name different things ('the security cooperation agreement' is the security pact)."""
    if not node.qualifier or not parts.qualifier:
        return False
    known = _alias_words(node)
    said = {w.lower() for w in surface.split()}
    theirs, mine = {w.lower() for w in parts.qualifier}, {w.lower() for w in node.qualifier}
    return theirs.isdisjoint(known) and mine.isdisjoint(said)  # ("Malabo Declaration" twice: the same)


def _absorb(node: TopicNode, parts: TopicParts, surface: str, plural: bool) -> None:
    for mine, theirs in (
        (node.agents, parts.agents),
        (node.targets, parts.targets),
        (node.places, parts.places),
        (node.authors, parts.authors),
    ):
        mine.extend(k for k in theirs if k not in mine)
    for word in parts.qualifier:
        if word not in node.qualifier and len(node.qualifier) < 3:
            node.qualifier.append(word)
    node.plural = node.plural or plural
    node.proper = node.proper or parts.proper
    if surface:
        node.aliases.add(surface)


def _note_head(node: TopicNode, head: str, plural: bool) -> None:
    node.heads[head] = node.heads.get(head, False) or plural


def best_head(node: TopicNode) -> tuple[str, bool]:
    """The most specific head the article used ('plan' rather than 'document', 'referendums' rather
    than 'votes'), so that two articles naming one thing differently still name it alike."""
    topic = next((t for t in load_lexicon().topics if t.kind == node.kind), None)
    order = [h.split()[-1] for h in topic.heads] if topic else []

    def rank(word: str) -> tuple[int, int]:  # "missile launch" (a verb's event) before a bare "launch"
        last = word.split()[-1]
        return (order.index(last) if last in order else len(order), -len(word.split()))

    head = min(node.heads, key=rank) if node.heads else node.head
    return head, node.heads.get(head, node.plural)


def year_of(token: Token) -> str | None:
    for t in token.subtree:
        if _YEAR.match(t.text) and t.i > token.i and t.i - token.i < 12:
            return t.text
    for t in token.lefts:  # "the 1979 peace treaty"
        if _YEAR.match(t.text) and t.dep_ in {"nummod", "compound", "amod", "npadvmod"}:
            return t.text
    return None


def qualifier_words(token: Token, mention_tokens: set[int], lex: Lexicon) -> list[str]:
    words = []
    # (a stage qualifying a weak head names no other text: "the compromise text" is the draft told before)
    weak = token.lemma_.lower() in lex.topic_weak
    for child in token.lefts:
        if child.i in mention_tokens or child.lower_ in lex.words.dropped_qualifiers:
            continue
        if weak and child.lower_ in lex.words.weak_head_stages:
            continue
        if child.dep_ == "compound" and child.pos_ in {"NOUN", "PROPN"} and child.is_alpha:
            hyphened = [t for t in child.subtree if t.i < child.i]
            if hyphened and any(t.text == "-" for t in hyphened):  # "short-range", not "range"
                words.append("".join(t.text for t in child.subtree).lower())
                continue
            named = [t for t in child.lefts if t.dep_ == "compound" and t.is_title] if child.is_title else []
            if named or child.text in lex.words.weapon_names:  # "Storm Shadow missiles", "Iskander missiles"
                words.append(" ".join(t.text for t in [*named, child]))
                continue
            words.append(child.text if child.pos_ == "PROPN" else child.lower_)
        elif child.dep_ in {"amod", "compound"} and child.lower_ in lex.words.topic_qualifiers:
            words.append(child.lower_)
    quoted = _quoted_before(token)
    return quoted + [w for w in words if w not in " ".join(quoted)]


_NAME_GLUE = {"and", "of", "for", "&", "-", "on"}


def proper_name(token: Token, lex: Lexicon) -> str:
    """'the Belt and Road Initiative', 'the Abraham Accords': a head written as a proper name, with the
    capitalised words before it, outside a headline set in title case; '' otherwise."""
    sent = token.sent
    if not token.is_title and token.lemma_.lower() in lex.words.named_project_heads:
        return project_name(token, lex)  # "the Greater Tortue Ahmeyim project": a lower-case head
    if not token.is_title or token.i == sent.start:
        return ""
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent):
        return ""  # "Italy Quits Belt And Road Initiative": a headline capitalises every word
    doc, start = token.doc, token.i
    while start > max(sent.start, token.left_edge.i):
        before = doc[start - 1]
        capital = before.is_title and before.lower_ != "the" and before.tag_ != "POS"
        glue = before.lower_ in _NAME_GLUE and start - 2 >= sent.start and doc[start - 2].is_title
        if not (capital or glue):
            break
        start -= 1
    while start < token.i and not doc[start].is_title:
        start += 1
    end = _name_after(token)
    return doc[start:end].text if start < token.i or end > token.i + 1 else ""


def _name_after(token: Token) -> int:
    """The end of a name that goes on after its head with "of" or "on": "the Declaration of Santiago", "the
    Treaty of Peace and Friendship", "the Treaty on the State Border" (capitalised words, "and"/"-" between
    them); the head's own end else."""
    doc, sent = token.doc, token.sent
    i = token.i + 1
    if i + 1 >= sent.end or doc[i].lower_ not in {"of", "on"} or doc[i].head.i != token.i:
        return token.i + 1
    j = i + 1 + (doc[i + 1].lower_ == "the")
    end = token.i + 1
    while j < sent.end and (doc[j].is_title or doc[j].like_num):
        j += 1
        end = j
        if j + 1 < sent.end and doc[j].lower_ in {"and", "-"} and doc[j + 1].is_title:
            j += 1
    return end


def _quoted_before(token: Token) -> list[str]:
    """'Foreign Agents' bill → ['Foreign Agents']."""
    doc, i = token.doc, token.i - 1
    if i < 1 or doc[i].text not in {"'", "’", '"', "”"}:
        return []
    j = i - 1
    while j >= 0 and i - j <= 6 and doc[j].text not in {"'", "‘", '"', "“"}:
        j -= 1
    if j < 0 or i - j > 6 or i - j < 2 or not doc[j + 1].is_title:
        return []

    return [doc[j + 1 : i].text]


def _content(node: TopicNode, ctx: ArticleContext, year: str) -> str:
    """What the text says about the topic (kind, actors, place, stated year), as a name."""

    def adj(keys: list[str]) -> str:
        return " ".join(dict.fromkeys(_adjective(ctx, k) for k in keys[:2]))

    def names(keys: list[str]) -> str:
        shown = sorted(_short(ctx, k) for k in keys[:4])  # sorted: the same set reads the same everywhere
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]

    if node.proper:
        return node.proper
    agents = [ctx.actor(k) for k in node.agents]
    word, plural = best_head(node)
    plural = plural or (node.kind == "referendum" and len(node.places) > 1)
    head = _plural(word) if plural else word
    if vague(node):  # named by who acts on it in the article ("Chile and Peru agreement")
        if not node.parties:
            return head
        if node.party_role:
            return f"{head} {node.party_role} {names(node.parties)}"
        return f"{names(node.parties)} {head}"
    qual = " ".join(w for w in node.qualifier if w not in head.split())  # no "missile missile launch"
    kind = node.kind
    kinds = load_lexicon().words
    if kind in kinds.seized_kinds and node.places and not node.targets:  # "the M23 offensive in Masisi"
        return " ".join(f"{year} {adj(agents)} {head} in {names(node.places)}".split())
    if kind in kinds.seized_kinds and word in kinds.offensive_nouns:  # "the Iraqi offensive against Iran"
        base = f"{adj(agents)} {word}".strip() if agents else word
        return f"{base} against {names(node.targets)}" if node.targets else base
    if kind in kinds.seized_kinds:
        base = f"{adj(agents)} {kind}".strip() if agents else kind
        return f"{base} of {names(node.targets)}" if node.targets else base
    if kind == "attack":
        base = f"{year} {adj(agents)} {head}".strip() if agents else f"{year} {head}".strip()
        return f"{base} on {names(node.targets)}" if node.targets else base

    if kind in kinds.located_kinds:
        where = f" in {names(node.places)}" if node.places else ""
        who = f"{names(agents)} " if agents and kind in kinds.meeting_kinds else ""
        if kind == "coup" and not node.places and node.targets:
            where = f" in {names(node.targets)}"
        return f"{year} {who}{head}{where}".strip()
    if kind == "sanctions":
        base = f"{names(agents)} sanctions" if agents else "sanctions"
        if "price" in qual or word == "cap":
            base = f"{names(agents)} price cap" if agents else "price cap"
        return f"{base} on {names(node.targets)}" if node.targets else base
    if kind == "aid":
        base = f"{names(agents)} aid package" if agents else "aid package"
        return f"{base} for {names(node.targets)}" if node.targets else base
    if kind == "accession":
        base = f"{adj(agents)} accession" if agents else "accession"
        return f"{base} to {names(node.targets)}" if node.targets else base
    if kind == "expansion":
        return f"{names(agents or node.targets)} expansion" if agents or node.targets else f"{year} expansion"
    owner = adj(agents) if agents else ""
    number = f" {node.number}" if node.number else ""
    explicit = f"{node.year} " if node.explicit_year else ""
    target = f" on {names(node.targets)}" if node.targets and kind in kinds.measure_kinds else ""
    return " ".join(f"{explicit}{owner} {qual} {head}{number}{target}".split())


def vague(node: TopicNode) -> bool:
    """Nothing in its phrases tells this topic apart from others of its kind ("the agreement")."""
    return not (
        node.agents
        or node.targets
        or node.places
        or node.qualifier
        or node.number
        or node.explicit_year
        or node.proper
    )


def _recurring(node: TopicNode) -> bool:
    """Kinds that come back (elections, summits, referendums, attacks): their id carries the year."""
    words = load_lexicon().words
    return node.kind in words.located_kinds or node.kind in {"attack", "expansion"}


def name_topic(node: TopicNode, ctx: ArticleContext) -> str:
    """A canonical, readable name from what the article says about the topic, with the month of the
    article: "UN General Assembly resolution on Gaza (2024-12)". Never a hash."""
    base = _content(node, ctx, node.year if node.explicit_year and node.year else "")
    month = (ctx.date or "")[:7]
    return f"{base} ({month})" if len(month) == 7 and not node.proper else base


def topic_aliases(node: TopicNode, ctx: ArticleContext) -> set[str]:
    """The names the topic goes by besides its canonical one: undated, and with the year first."""
    return {_content(node, ctx, ""), _content(node, ctx, node.year or "")}


def topic_key(node: TopicNode, ctx: ArticleContext) -> str:
    """The topic's id: what the text says, so that articles about one event converge with or without a
    date; the year only for kinds that recur; a vague topic stays in its article."""
    year = (node.year or "") if _recurring(node) or node.explicit_year else ""
    key = _content(node, ctx, year)
    if vague(node) and ctx.tag:
        key = f"{key} {ctx.tag}"
    return entity_id(node.label, key)


def _short(ctx: ArticleContext, key: str) -> str:
    node = ctx.nodes.get(key)
    return node.name if node else key.split(":", 1)[-1]


def _adjective(ctx: ArticleContext, key: str) -> str:
    """'Country:RUS' → 'Russian' (the demonym the gazetteer knows), else the name."""
    node = ctx.nodes.get(key)
    if node is None:
        return key.split(":", 1)[-1]
    return ctx.gazetteer.demonyms.get(key, node.name) if node.label is Label.COUNTRY else node.name


def _plural(word: str) -> str:
    """The plural of a head word as a name shows it: "referendums", "missile launches", "treaties"."""
    last = word.rsplit(" ", 1)[-1]
    if last.endswith("s") and not last.endswith(("ss", "us")):
        return word
    if last.endswith(("ch", "sh", "ss", "x", "z")):
        return word + "es"
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
