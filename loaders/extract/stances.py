"""Stances stated by the shape of a clause rather than by a verb with its own subject and object (round 25):
a list under a vote label ("Against: A, B and C.", "Co-sponsors: A and B."), whose stance is on the
resolution the article just named; a stance on a stage of a document or project ("welcomed its entry into
force") that is a stance on the document or project."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graph.model import Label, Modality
from loaders.extract.args import direct_objects, is_passive
from loaders.extract.context import Claim
from loaders.extract.lexicon import Lexicon
from loaders.extract.pronouns import summing_noun
from loaders.extract.refs import key_label
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref
from loaders.extract.topics import TopicNode

_TIME_MARKS = {"-", "–", "—", ":"}
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_STAGED = {Label.AGREEMENT, Label.EVENT}
_LEAD = 3  # the sentences that open a story: its title, a byline or standfirst, and its first ones
_APPOSED = {Label.COUNTRY, Label.ORGANIZATION, Label.PERSON, Label.REGION, Label.AGREEMENT, Label.EVENT}


def label_before_colon(sent: Span, lex: Lexicon) -> tuple[str, Token] | None:
    """The relation of a vote label that opens the sentence before a colon ("Against:", "Voting in favour:",
    "Co-sponsors:"), after any live-blog time stamp ("12:16 - "), with the colon; None for other sentences."""
    tokens = [t for t in sent if not t.is_space]
    start = 0
    # "12:16 - Against: ...": a time stamp ("12:16" one token or three) and its dash open the entry
    if tokens and _TIME.match(tokens[0].text):
        start = 1
    elif len(tokens) > 3 and tokens[0].like_num and tokens[1].text == ":" and tokens[2].like_num:
        start = 3
    if start:
        while start < len(tokens) and tokens[start].text in _TIME_MARKS:
            start += 1
    colon = next((i for i in range(start, min(start + 5, len(tokens))) if tokens[i].text == ":"), None)
    if colon is None or colon == start:
        return None
    words = "".join(t.text_with_ws for t in tokens[start:colon]).strip().lower()
    rel = lex.words.vote_labels.get(words)
    return (rel, tokens[colon]) if rel is not None else None


def recent_resolution(r: Reader) -> str | None:
    """The resolution a vote with no object of its own is cast on: the one named in this sentence or the two
    before it; or, in a live blog that names one resolution only, the one named up to five sentences back
    (the vote, the states against, the abstentions, then "A and B were among those voting in favour")."""
    resolutions = [n for n in r.topics if n.kind == "resolution"]
    recent = [n for n in resolutions if n.seen >= r.info.index - 2]
    if not recent and len(resolutions) == 1 and resolutions[0].seen >= r.info.index - 5:
        recent = resolutions
    return max(recent, key=lambda n: n.seen).handle if recent else _voted_text(r)


def _voted_text(r: Reader) -> str | None:
    """(round 34) With no resolution named, the one other text put to a vote (lexicon voted_text_kinds) that
    this sentence or the one before names: "The Assembly endorsed the New York Declaration by 142 votes to
    10. Israel and Hungary voted against.", "the parliament passed the law, with the opposition against"."""
    texts = [n for n in r.topics if n.kind in r.lex.words.voted_text_kinds and n.seen >= r.info.index - 1]
    named = {n.proper or n.handle for n in texts}  # (one document may have two records of its name)
    return max(texts, key=lambda n: n.seen).handle if len(named) == 1 else None


def vote_label_lists(r: Reader) -> None:
    """ "Against: Bolivia, Honduras and Nicaragua.", "Co-sponsors: A, B and C." in a live blog or a roundup:
    each state listed after a vote label takes its stance on the resolution named in this sentence or the
    two before it (inferred), as "voted against" with nothing after it does."""
    found = label_before_colon(r.sent, r.lex)
    if found is None:
        return
    rel, colon = found
    handle = recent_resolution(r)
    if handle is None:
        return
    target = Ref(handle, inferred=True)
    listed: list[Ref] = []
    for m in r.mentions:
        if m.start <= colon.i:
            continue
        ref = Ref(m.key)
        if label_of_ref(ref, r.topics) in STATES or m.label is Label.ORGANIZATION:
            listed.append(ref)
    for source in dict.fromkeys(listed):
        r.emit(source, rel, target, Modality.ASSERTED, 0.75)


def vote_tallies(r: Reader) -> None:
    """'20 in favour, 4 against (Russia, China, Iran and Belarus) and 11 abstentions', 'passed by 120 votes to
    5 against: Russia, Belarus, ...': the states named in the parenthesis or after the colon that follows a
    counted vote take that stance on the resolution named in this sentence or the two before it (inferred),
    as with a vote label ("Against: ...")."""
    text = r.sent.text
    if "against" not in text and "in favo" not in text:
        return  # (one look at the sentence's text before any token is read)
    votes = r.lex.words.bare_votes
    tokens = list(r.sent)
    spans: list[tuple[str, int, int]] = []
    for k, t in enumerate(tokens):
        rel = votes.get(t.lower_) if t.lower_ not in {"for", "yes", "no"} else None
        if rel is None or k == 0:
            continue
        before = tokens[k - 2] if tokens[k - 1].lower_ == "in" and k > 1 else tokens[k - 1]
        if not before.like_num or k + 2 >= len(tokens) or tokens[k + 1].text not in {"(", ":"}:
            continue
        close = ")" if tokens[k + 1].text == "(" else ";"
        end = next((j for j in range(k + 2, len(tokens)) if tokens[j].text == close), len(tokens))
        spans.append((rel, tokens[k + 1].i, tokens[end - 1].i))
    if not spans:
        return
    handle = recent_resolution(r)
    if handle is None:
        return
    target = Ref(handle, inferred=True)
    for rel, start, end in spans:
        listed = [
            Ref(m.key)
            for m in r.mentions
            if start < m.start and m.end - 1 <= end and label_of_ref(Ref(m.key), r.topics) in STATES
        ]
        for source in dict.fromkeys(listed):
            r.emit(source, rel, target, Modality.ASSERTED, 0.75)


def with_votes(r: Reader) -> None:
    """(r30) 'The motion passed, with Vox and the Popular Party in favour and the Socialists against',
    'adopted by 120 votes to 10, with China and Russia voting against and Brazil abstaining': the states or
    bodies a 'with' phrase lists before a bare vote word take that stance on the resolution named in this
    sentence or the two before it (inferred), as "voted in favour" with nothing after it does. Read in the
    order of the words (the model's trees of such lists vary); abstainers take nothing."""
    text = r.sent.text
    if "with" not in text or ("against" not in text and "in favo" not in text):
        return
    tokens = list(r.sent)
    start = next((k for k, t in enumerate(tokens) if t.lower_ == "with" and t.dep_ == "prep"), None)
    if start is None:
        return
    words = r.lex.words
    at = {m.start: m for m in r.mentions}
    cast: list[tuple[str, list[Ref]]] = []
    pending: list[Ref] = []
    for k in range(start + 1, len(tokens)):
        t = tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        bare = after is None or after.is_punct or after.dep_ == "cc"
        if t.text == ";":
            break
        m = at.get(t.i)
        if m is not None and label_of_ref(Ref(m.key), r.topics) in {Label.COUNTRY, Label.ORGANIZATION}:
            pending.append(Ref(m.key))
        elif t.lemma_.lower() in words.abstaining_words:
            pending = []
        elif (
            pending
            and bare
            and (
                t.lower_ == "against"
                or (t.lower_ in {"favour", "favor"} and k > 0 and tokens[k - 1].lower_ == "in")
            )
        ):
            cast.append((words.bare_votes[t.lower_], pending))
            pending = []
    if not cast or (handle := recent_resolution(r)) is None:
        return
    target = Ref(handle, inferred=True)
    for rel, voters in cast:
        for source in dict.fromkeys(voters):
            r.emit(source, rel, target, Modality.ASSERTED, 0.75)


def _staged(r: Reader, noun: Token, depth: int = 0) -> tuple[list[Ref], list[Ref]]:
    """What a stage of a document or project stands for ("the ratification of the treaty", "its entry into
    force", "the resumption of work on the railway project"), and who took an approving stage of it ("the
    ratification of the treaty by Kyrgyzstan's parliament")."""
    words = r.lex.words
    if depth > 2 or noun.lemma_.lower() not in words.stage_nouns or r.mention_at(noun) is not None:
        return [], []
    staged: list[Ref] = []
    takers: list[Ref] = []
    # "the entry into force of the treaty": the 'of' phrase on the noun the linking preposition governs
    linked = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    links = [p for p in linked.children if p.dep_ == "pobj"] if linked is not None else []
    links = links if linked is not None and linked.lower_ in words.stage_link_preps else []
    for child in [*noun.children, *(c for p in links for c in p.children if c.dep_ == "prep")]:
        if child.dep_ == "poss":
            held = [child]
        elif child.dep_ == "prep" and child.lower_ in {"of", "on"}:
            held = [p for p in child.children if p.dep_ == "pobj"]
            held += [c for p in held for c in p.conjuncts]
        else:
            continue
        for p in held:
            if p.pos_ == "PRON":  # "welcomed its entry into force": the document named last, not an actor
                last = [n for n in r.topics if n.label is Label.AGREEMENT and n.seen >= r.info.index - 1]
                staged += [Ref(max(last, key=lambda n: n.seen).handle)] if last else []
                continue
            things = [x for x in r.refs(p) if label_of_ref(x, r.topics) in _STAGED]
            if not things and p.lemma_.lower() == "event" and any(c.dep_ == "det" for c in p.children):
                # "the successful holding of this event": the one event named in this sentence or the last
                last = [n for n in r.topics if n.label is Label.EVENT and n.seen >= r.info.index - 1]
                things = [Ref(max(last, key=lambda n: n.seen).handle)] if last else []
            staged += things or _staged(r, p, depth + 1)[0]
    if staged and noun.lemma_.lower() in words.approving_stages:
        takers = [
            x
            for c in noun.children
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
            for x in r.refs(p, topics=False)
            if label_of_ref(x, r.topics) is Label.COUNTRY  # (a parliament for its state)
        ]
    return [Ref(x.key, inferred=True) for x in staged], takers


def staged_objects(r: Reader, verb: Token, sources: list[Ref], modality: Modality, conf: float) -> list[Ref]:
    """ "The Sides welcomed the ratification of the treaty by the Kyrgyz parliament", "welcomed its entry into
    force", "welcomed the resumption of work on the railway project": a stance on a stage of a document or
    project is a stance on the document or project (inferred); whoever ratified or adopted it backs it too."""
    out: list[Ref] = []
    if verb.lemma_.lower() not in r.lex.words.stage_welcoming_verbs:
        return out
    own = {r.ctx.actor(s.key) for s in sources}
    for obj in direct_objects(verb):
        for o in (obj, *obj.conjuncts):
            events, proposers = _proposed_event(r, verb, o)
            out += events
            for proposer in proposers:
                for event in events:
                    r.emit(proposer, "ORGANIZED", event, modality, conf - 0.1)
            staged, takers = _staged(r, o)
            out += staged
            for taker in takers:
                if r.ctx.actor(taker.key) in own:
                    continue
                for thing in staged:
                    r.emit(Ref(taker.key, inferred=True), "SUPPORTS", thing, modality, conf - 0.1)
    return list(dict.fromkeys(out))


def _proposed_event(r: Reader, verb: Token, noun: Token) -> tuple[list[Ref], list[Ref]]:
    """(r37) "welcomed the initiative of Uzbekistan to hold a trilateral summit", "backed Ghana's proposal to
    host the conference": the event a proposal noun (lexicon event_proposal_nouns) proposes to hold, which a
    stance on the proposal is a stance on (inferred), and the states whose proposal it is (its 'of' phrase or
    owner; a leader for his state), who organize it."""
    words = r.lex.words
    if noun.lemma_.lower() not in words.event_proposal_nouns or r.mention_at(noun) is not None:
        return [], []
    holding = words.holding_verbs | words.convening_verbs
    # (the model may hang the infinitive on the last noun of the 'of' phrase, or on the stance verb)
    hung = [v for v in noun.subtree if v.dep_ in {"acl", "relcl"}]
    hung += [v for v in verb.children if v.dep_ in {"advcl", "xcomp"} and v.i > noun.i]
    verbs = [
        v
        for v in hung
        if v.lemma_.lower() in holding and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    ]
    events = [
        Ref(x.key, inferred=True)
        for v in verbs[:1]
        for o in direct_objects(v)
        for x in r.refs(o)
        if label_of_ref(x, r.topics) is Label.EVENT
    ]
    if not events:
        return [], []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    found = [x for t in owners if t.dep_ != "pobj" or t.pos_ != "PRON" for x in r.refs(t, topics=False)]
    states = dict.fromkeys(r.ctx.actor(x.key) for x in found if label_of_ref(x, r.topics) in ACTORS)
    return events, [Ref(k, inferred=True) for k in states]


def staged_aims(r: Reader, tokens: list[Token]) -> list[Ref]:
    """ "expressed its full support for Mongolia's hosting of COP17", "support for the holding of the summit":
    a stance noun aimed at a stage of a document or event ('for' / 'of' phrase) is aimed at the document or
    event (inferred), as with a verb (``staged_objects``)."""
    return list(dict.fromkeys(x for t in tokens for x in _staged(r, t)[0]))


def unaimed_stance(r: Reader, noun: Token) -> list[Ref]:
    """ "Bolivia and Peru signed the water treaty. The OAS and Mercosur also expressed their support.": a
    stance voiced with nothing it is aimed at (no preposition, no owner but the speakers' own pronoun) is on
    the one document or event the sentence before named (inferred)."""
    governor = noun.head
    if noun.dep_ not in {"dobj", "obj"} or governor.lemma_.lower() not in r.lex.words.voicing_verbs:
        return []
    if any(c.dep_ in {"prep", "acl", "relcl", "appos"} for c in noun.children):
        return []
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return []  # "voiced Kenya's support": another's, said of something named elsewhere
    if any(c.dep_ == "prep" for c in governor.children) or not r.info.index:
        return []  # "expressed support in a call with X": aimed elsewhere
    before = [n for n in r.topics if n.label in _STAGED and n.seen == r.info.index - 1]
    named = {n.proper or n.handle for n in before}  # (one document may have two records of its name)
    return [Ref(before[0].handle, inferred=True)] if len(named) == 1 else []


def voted_objects(r: Reader, verb: Token) -> list[Ref]:
    """ "Armenia's parliament passed the bill. Brussels welcomed the vote.", "Venezuela held the regional
    election; Maduro praised the vote": a stance on "the vote" with nothing after it is a stance on what was
    voted on or for, the text, law or election named in this sentence or the one before (inferred); further
    back, only an election or referendum (itself a vote) named last in the article, or one the last two
    sentences named without making it a topic. The word is kept as one of its names (round 28). Round 29:
    further back, first the text or vote the story's title or lead named ("Parliament passes accession law"),
    and "the vote" read weakly as a referendum does not make that referendum recent."""
    words = r.lex.words
    out: list[Ref] = []
    for obj in direct_objects(verb):
        if obj.lemma_.lower() not in words.vote_nouns or r.mention_at(obj) is not None:
            continue
        if not any(c.dep_ in {"det", "poss"} for c in obj.children) or any(
            c.dep_ in {"prep", "acl", "relcl", "compound", "amod", "nummod"} and c.lower_ != "as"
            for c in obj.children
        ):  # ("condemned the vote as a blow": a verdict on it, not another vote)
            continue  # "welcomed a vote on the bill", "the Senate vote": named or aimed otherwise
        before = _seen_before(r, obj)  # (not as the weak noun itself names it: "the vote" as a referendum)

        def seen(n: TopicNode, before: dict[str, int] = before) -> int:
            return before.get(n.handle, n.seen)

        told = [n for n in r.topics if n.kind in words.voted_on_kinds and 0 <= seen(n) <= r.info.index]
        voted = [n for n in told if seen(n) >= r.info.index - 1]
        if not voted and told:  # "Parliament passes the accession law [...] Brussels welcomed the vote"
            voted = _story_vote([n for n in told if seen(n) > n.first])
        if not voted and told:  # "... the regional election. [other news] Maduro praised the vote"
            last_told = max(seen(n) for n in told)
            voted = [n for n in told if seen(n) == last_told and n.kind in words.voted_kinds]
        if voted:
            last = max(seen(n) for n in voted)
            named = {n.proper or n.handle for n in voted if seen(n) == last}
            if len(named) == 1:
                node = next(n for n in voted if seen(n) == last)
                node.aliases.add(obj.lower_)
                out.append(Ref(node.handle, inferred=True))
        elif (recalled := r.voted_before(far=True)) is not None:  # an election named but not made a topic
            r.topics[int(recalled.split(":")[1])].aliases.add(obj.lower_)
            out.append(Ref(recalled, inferred=True))
    return out


def _seen_before(r: Reader, noun: Token) -> dict[str, int]:
    """The sentence that last named the topic a weak noun ("the vote") was given, before the noun did, when
    nothing else in its sentence names it (round 29): the noun's own reading does not make it recent."""
    handle = r.topic_of_token.get(noun.i)
    if handle is None:
        return {}
    node = r.topics[int(handle.split(":")[1])]
    start, end = r.sent.start, r.sent.end
    here = any(h == handle and i != noun.i and start <= i < end for i, h in r.topic_of_token.items())
    return {handle: node.earlier} if node.seen == r.info.index and not here else {}


def _story_vote(told: list[TopicNode]) -> list[TopicNode]:
    """What the story is about among the texts and votes it told more than once, for "the vote" said far from
    them (round 29): the one its title or lead named first, when only one was ("Parliament passes accession
    law [...] The bill passed by 64 votes [...] would need a referendum [...] Brussels welcomed the vote" is
    the law; a text named once in the first sentence and left is not the story)."""
    if not told:
        return []
    first = min(n.first for n in told)
    story = [n for n in told if n.first == first]
    return story if first <= _LEAD and len({n.proper or n.handle for n in story}) == 1 else []


def apposed_objects(r: Reader, verb: Token) -> list[Ref]:
    """ "The M23, a movement backed by Rwanda, ...", "the Lobito Corridor, a rail link that is backed by the
    US and the EU", "a movement that UN experts say is backed by Rwanda": the common noun a participle or a
    relative clause describes stands in apposition to a name, which is what the stance is on."""
    out: list[Ref] = []
    relatives = [  # "a movement that experts say is backed by X": the model makes 'that' the subject
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.lower_ in {"that", "which", "who"} and is_passive(verb)
    ]
    for o in [*direct_objects(verb), *relatives]:
        noun = o
        if o.lower_ in {"that", "which", "who"}:
            clause = o.head  # (the relative's own verb, or the one it is said under)
            while clause.dep_ == "ccomp" and clause.head.i != clause.i:
                clause = clause.head
            noun = clause.head if clause.dep_ == "relcl" else o
        if noun.pos_ != "NOUN" or r.mention_at(noun) is not None or noun.dep_ != "appos":
            continue
        if summing_noun(noun, r.lex):
            continue  # "..., a move backed by X": a summing-up of the clause, not a description of the name
        named = noun.head
        if named.pos_ != "PROPN" or r.mention_at(named) is None:
            continue
        out += [x for x in r.refs(named) if label_of_ref(x, r.topics) in _APPOSED]
    return list(dict.fromkeys(out))


def _bid_backed_by_noun(r: Reader, handle: str) -> bool:
    """Whether the bid is named under a noun of support in this sentence ("its support for the accession of
    Uzbekistan to the WTO", "support for the process of accession of Bolivia", "its backing of Taiwan's
    bid"): the noun reached first above it, past prepositions and the bid's stages ("the process of")."""
    words = r.lex.words
    start, end = r.sent.start, r.sent.end
    for i, h in r.topic_of_token.items():
        if h != handle or not start <= i < end:
            continue
        for a in list(r.sent.doc[i].ancestors)[:4]:
            if a.pos_ == "ADP" or a.lemma_.lower() in words.bid_stages:
                continue
            if a.lemma_.lower() in words.bid_backing_nouns and a.pos_ == "NOUN":
                return True
            break
    return False


def backed_bids(r: Reader) -> None:
    """ "China supports Timor-Leste's early accession to ASEAN", "Germany backs Ukraine's bid to join the EU":
    a stance of support on a bid or an accession, read in this sentence, also backs the state or body that
    makes it (the topic's named author; SUPPORTS, inferred), never the body it would join. Support said with a
    noun ("reaffirmed its support for the accession of Uzbekistan") is on the state alone: the bid's claim
    gives way to its maker's (round 33)."""
    kinds = r.lex.words.owned_bid_kinds
    owned: list[Claim] = []
    for claim in [c for c in r.ctx.claims if c.type == "SUPPORTS" and c.sent.index == r.info.index]:
        if not claim.target.startswith("?topic:"):
            continue
        node = r.topics[int(claim.target.split(":")[1])]
        if node.kind not in kinds:
            continue
        own = r.ctx.actor(claim.source)
        for agent in node.authors:  # (its named maker: "Sweden's NATO bid" is Sweden's, not NATO's)
            if agent in node.targets:
                continue
            if key_label(agent) in ACTORS and r.ctx.actor(agent) != own:
                conf = claim.confidence - 0.05
                r.emit(Ref(claim.source), "SUPPORTS", Ref(agent, inferred=True), claim.modality, conf)
                if _bid_backed_by_noun(r, claim.target):
                    owned.append(claim)
    if owned:
        r.ctx.claims[:] = [c for c in r.ctx.claims if all(c is not o for o in owned)]
