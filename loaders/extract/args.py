"""Where a verb's arguments are in spaCy's dependency tree, with repairs for common parse errors."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.lexicon import load_lexicon

_SUBJ = {"nsubj", "csubj"}


# Nouns whose infinitive was decided by whoever announces them ("announced its decision to recognize").
def is_infinitive(verb: Token) -> bool:
    """Whether a verb has "to" as its auxiliary ("to join", "calls to sanction Russia")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_subjunctive(clause: Token) -> bool:
    """Whether a "that" clause has a bare verb with a singular or named subject: "insisted that Seoul honour
    the accord", "that the deal be respected" (not "that Seoul honours" nor "that they honour")."""
    if clause.tag_ not in {"VB", "VBP"} or any(c.dep_ == "aux" for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or (subjects[0].pos_ == "PRON" and subjects[0].lower_ not in {"it", "he", "she"}):
        return False
    if clause.tag_ == "VB":
        return True
    return subjects[0].tag_ in {"NN", "NNP"} and not any(c.dep_ == "cc" for c in subjects[0].children)


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)

    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod", "relcl"}
        and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children)
    )


def authorship(noun: Token, verbs: frozenset[str]) -> list[tuple[Token, Token]]:
    """Participles of authorship on a noun with their 'by' agents, nearest first: "the price cap on
    Russian oil set by the G7" (the parser may hang the participle on the noun's own object), "the
    sanctions, which were announced by Canada" (a passive relative clause)."""
    hanging = [c for p in noun.children if p.dep_ == "prep" for o in p.children for c in o.children]
    out: list[tuple[Token, Token]] = []
    for child in [*noun.children, *hanging]:
        if child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN" and child.lemma_.lower() in verbs:
            by = agent(child)
            if by is not None:
                out.append((child, by))
    return out


def asked(verb: Token, infinitive: Token) -> list[Token]:
    """Who is asked to do what the verb's infinitive says: its object ("urged Georgia to refrain"), or
    the object of "on" before the infinitive ("called on Israel to lift the blockade")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    trig = load_lexicon().verbs.get(verb.lemma_.lower())
    if objects or trig is None:  # "posted on X to welcome ...": 'on' asks someone only after a verb of asking
        return objects
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and trig.preps.get(c.lower_) == "REQUESTS"
        if c.i < infinitive.i
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _asks(verb: Token) -> bool:
    """A verb of asking: its object or its 'on' phrase is asked to act ("urged", "called on")."""
    trig = load_lexicon().verbs.get(verb.lemma_.lower())
    return trig is not None and (trig.rel == "REQUESTS" or "REQUESTS" in trig.preps.values())


def after_let_alone(verb: Token) -> bool:
    """'has not condemned the war, let alone joined the sanctions': the verb right after 'let alone'."""
    return verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "alone" and verb.doc[verb.i - 2].lower_ == "let"


def agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive verb, also when the parser hung it on a nearby noun."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for token in verb.subtree:
        if token.lower_ == "by" and token.dep_ in {"prep", "agent"} and _clause_of(token).i == verb.i:
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _further_agents(verb: Token, first: Token) -> list[Token]:
    """A second 'by' phrase set off from the first: "was welcomed by Fiji's premier, and by Washington",
    "was condemned by Cairo and later by Amman" (the parser hangs it on the verb as a conjunct or a
    preposition of its own, not as a conjunct of the first agent)."""
    phrases = [c for c in verb.children if c.lower_ == "by" and c.dep_ in {"prep", "conj", "agent"}]
    phrases += [c for p in list(phrases) for c in p.conjuncts if c.lower_ == "by"]
    phrases += [  # "..., and by Washington, Canberra's oldest ally": the apposed noun read as the conjunct
        p
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
        for p in c.children
        if p.lower_ == "by" and p.dep_ == "prep" and p.i < c.i
    ]
    found = []
    for phrase in phrases:
        pobj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i > first.i and pobj.pos_ in {"NOUN", "PROPN"} and pobj not in found:
            found.append(pobj)  # (not "by 84 votes", a number; not "by saying", a gerund)
    return found


def seat_agents(verb: Token) -> list[Token]:
    """'The deal was criticised in London', 'the move was welcomed in Kyiv': a passive stance verb on an act
    named by a common noun, with no 'by' agent, whose 'in' phrase names a seat of government: the state
    there judged it (the gazetteer's capitals and metonyms; a mere city is where it was said)."""
    lex = load_lexicon()
    trigger = lex.verbs.get(verb.lemma_.lower())
    if trigger is None or trigger.rel not in _JUDGING:
        return []
    words = lex.words
    if not any(
        c.dep_ == "nsubjpass"
        and c.pos_ == "NOUN"
        and (
            (lemma := c.lemma_.lower()) in lex.topic_heads
            or lemma in lex.topic_weak
            or lemma in words.act_anaphors
            or lemma in words.result_nouns
            or lemma in words.signed_documents
            or lemma in words.settled_documents
        )
        for c in verb.children
    ):
        return []  # "the president was welcomed in Paris": a guest received, not an act judged
    gaz = load_gazetteer()
    seats = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            for place in (pobj, *pobj.conjuncts):
                start = min([c.i for c in place.children if c.dep_ == "compound"] + [place.i])
                surface = gaz.lookup(place.doc[start : place.i + 1].text)
                if surface is not None and surface.kind in {"capital", "metonym"}:
                    seats.append(place)
    return seats


_JUDGING = frozenset({"SUPPORTS", "CRITICIZES", "CONDEMNS", "REJECTS"})


def _noun_owners(head: Token, t: Token) -> list[Token]:
    """Who does the infinitive ``t`` on the noun ``head``: its possessor ("their refusal to recognize"), its
    'by' agent, an intention noun's 'of' owner, or the subject of the verb that announces the intention."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    if not owners:  # "the decision by Niger's rulers to end cooperation": the 'by' agent decided
        owners = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
    words = load_lexicon().words
    if not owners and head.lemma_.lower() in words.intention_nouns:
        # "the decision of the Thai government to suspend the declaration": the 'of' owner decided
        owners = [
            p
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i < t.i
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}
        ]
    if (
        not owners
        and head.dep_ in {"dobj", "obj"}
        and head.lemma_.lower() in words.intention_nouns
        and head.head.lemma_.lower() in words.intention_verbs
    ):
        # "announces the decision to recognize X", "has no plans to join": who announces decided
        owners = [c for c in head.head.children if c.dep_ in _SUBJ]
    return owners


def _intention_aside(verb: Token) -> Token | None:
    """ "the decision of the Thai government, announced on Monday, to suspend the accord": the parser hangs
    the infinitive on the participle set off by commas; it is the infinitive of the intention noun before the
    aside (lexicon intention_nouns): that noun, or None."""
    if verb.dep_ != "xcomp" or not is_infinitive(verb):
        return None
    aside = verb.head
    if (
        aside.tag_ not in {"VBN", "VBD"}
        or aside.dep_ not in {"advcl", "acl"}
        or any(c.dep_ in _SUBJ for c in aside.children)
    ):
        return None
    start = aside.left_edge.i
    if start < 2 or aside.doc[start - 1].text != ",":
        return None
    nouns = load_lexicon().words.intention_nouns
    node = aside.doc[start - 2]
    for _ in range(4):
        if node.lemma_.lower() in nouns and node.pos_ == "NOUN":
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _clause_of(token: Token) -> Token:
    head = token.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


# Emphatic reflexives beside a name, which a participle on them describes: "X, himself sanctioned by Y".
_EMPHATIC = frozenset({"himself", "herself", "itself", "themselves"})
_OBJECT_PATH = frozenset({"dobj", "obj", "pobj", "prep", "appos", "conj", "dative", "npadvmod"})


def _misplaced_aside(verb: Token) -> Token | None:
    """The clause a participle set off by a comma belongs to when the parser hung it inside that clause's
    object ("sanctioned X, the party's founder, accusing him of ...", "imposed sanctions on A and on B,
    accusing them of ...") or on an infinitive its object was told to carry out ("ordered the envoys of A
    to leave, accusing their governments of ..."): the adverbial participle is the main clause's subject's
    act, not the object's."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    head = verb.head
    if verb.dep_ == "advcl" and is_infinitive(head) and head.dep_ in {"advcl", "xcomp"}:
        up = head.head
        controlled = any(c.dep_ in {"dobj", "obj"} for c in up.children)
        return up if up.pos_ == "VERB" and controlled and up.i < head.i else None
    if verb.dep_ == "pcomp" and head.dep_ in {"prep", "conj"}:
        if not any(c.dep_ == "pobj" and c.i < verb.i for c in head.children):
            return None  # "by accusing X of ...": the participle is the preposition's own object
    elif verb.dep_ != "acl" or head.pos_ != "NOUN" or head.dep_ not in _OBJECT_PATH:
        return None
    t = head
    for _ in range(8):
        if t.dep_ not in _OBJECT_PATH or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB":
            return t if t.i < verb.i else None
    return None


def aside_clause(verb: Token) -> Token | None:
    """The clause an adverbial participle hangs on ("expelled the envoy, accusing him of ..."), also where
    the parser put it inside that clause's object or on an infinitive (``_misplaced_aside``)."""
    if verb.tag_ != "VBG":
        return None
    found = _misplaced_aside(verb)
    if found is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ == "VERB":
        found = verb.head
    return found


def subjects(verb: Token) -> tuple[list[Token], bool]:
    """The actor tokens of a verb and whether they were inherited from another clause.

    A clause without a subject borrows one: a conjoined verb ("backed X but avoided Y"), a control
    verb ("refused to recognize"), a participle ("after holding talks"). An infinitive on a noun takes
    the noun's possessor ("their refusal to recognize"); a gerund on a noun, the noun itself
    ("resolutions condemning the invasion").
    """
    if stative(verb):  # "Belarus is allied with Russia", "a government aligned with Moscow"
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        named = verb.dep_ in {"acl", "amod"} and verb.head.pos_ == "PROPN"  # not "the EU state aligned"
        return held or ([verb.head] if named else []), False
    if is_passive(verb):
        found = agent(verb)
        if found is None:
            return seat_agents(verb), False
        return [found, *_further_agents(verb, found)], False
    own = [c for c in verb.children if c.dep_ in _SUBJ]
    venue = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in load_lexicon().words.venue_preps]
    if own and venue and verb.tag_ == "VBG" and verb.dep_ == "advcl" and venue[0].i < min(o.i for o in own):
        # "filed an application before the ICJ accusing Peru", parsed as a clause "before [the ICJ
        # accusing]": the court is the venue, the one who filed accuses (round 26)
        own = []
    if own:
        first = min(own, key=lambda t: t.i).left_edge.i
        # a headline's "Hungary, Slovakia oppose ...": the name before the comma hangs on the verb
        listed = [
            c
            for c in verb.children
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i + 2 == first and c.nbor(1).text == ","
        ]
        return listed + own, False
    stray = [  # "Azerbaijan voiced displeasure": the subject mis-tagged as an adverbial of the verb
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i and c.left_edge.i == verb.sent.start
    ]
    if stray and verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        return stray, False
    if (noun := _intention_aside(verb)) is not None:
        return _noun_owners(noun, verb), True  # "the decision of X, announced on Monday, to suspend ..."
    if (main := _misplaced_aside(verb)) is not None:
        return subjects(main)[0], True
    t = verb
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            break
        infinitive = is_infinitive(t)
        nominal = head.pos_ in {"NOUN", "PROPN"} or head.lower_ == "those"  # "Among those condemning X were"
        nominal = nominal or (head.pos_ == "NUM" and head.dep_ == "attr")  # "one of two states to vote"
        nominal = nominal or (head.pos_ == "ADJ" and head.dep_ == "attr")  # "was the first to recognise X"
        if (t.dep_ == "acl" or (t.dep_ == "relcl" and infinitive)) and nominal:
            if t.i == verb.i and verb.tag_ == "VBG":
                doer = head.head if head.dep_ in {"dobj", "obj"} and head.head.pos_ == "VERB" else None
                if doer is not None and head.lemma_.lower() in load_lexicon().words.tie_nouns:
                    # "Algiers cut ties accusing Rabat of hostile acts": ties accuse no one; who cut them does
                    return subjects(doer)[0], True
                at_venue = head.dep_ == "pobj" and head.head.lower_ in load_lexicon().words.venue_preps
                if at_venue and head.pos_ == "PROPN" and (clause := _clause_of(head)).pos_ in {"VERB", "AUX"}:
                    # "filed an application before the ICJ accusing Peru": the court is where, not who
                    # accuses; the one who filed does (round 26)
                    return subjects(clause)[0], True
                return [head], True
            if head.dep_ == "attr" and head.head.pos_ in {"VERB", "AUX"}:
                # "A and B were the only countries to vote against it": the copula's subject acts
                said = [c for c in head.head.children if c.dep_ in _SUBJ]
                if said:
                    return said, True
            return _noun_owners(head, t), True
        if (
            t.dep_ == "xcomp"
            and head.dep_ == "acl"
            and is_passive(head)
            and head.head.pos_ in {"NOUN", "PROPN"}
        ):
            return [head.head], True  # "six countries invited to join": the countries would join
        if (
            t.dep_ == "xcomp"
            and t.tag_ == "VBG"
            and head.lemma_.lower() in load_lexicon().words.witnessing_verbs
            and not any(c.dep_ in {"dobj", "obj", "prt"} for c in t.children)  # ("reported shooting down X")
        ):
            # "troops reported shelling near X" is not the reporters' shelling; "reported shelling by
            # Pakistani forces": the 'by' phrase does it
            return [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children], False
        if t.dep_ == "xcomp":
            objects = asked(head, t)
            words = load_lexicon().words
            phoned = (  # "Ramaphosa called Chapo to congratulate him": a call made for the caller's purpose
                head.lemma_.lower() in words.calling_verbs
                and t.lemma_.lower() in words.courtesy_verbs
                and not any(c.dep_ in {"prt", "prep"} and c.lower_ == "on" for c in head.children)
            )
            if (
                objects
                and head.pos_ == "VERB"
                and head.lemma_.lower() not in words.purpose_verbs
                and not phoned
            ):
                return objects, True  # object control: "urged Georgia to refrain" → Georgia refrains
        if t.dep_ == "advcl" and infinitive and head.pos_ == "VERB" and _asks(head):
            # "condemned X and called on Beijing to release her": the parser may hang the asked-for
            # infinitive of a conjoined verb of asking as an adverbial clause; the one asked still acts
            objects = asked(head, t)
            if objects:
                return objects, True
        let_alone = t.dep_ == "dep" and after_let_alone(t)
        if t.dep_ in {"conj", "xcomp", "advcl"} or let_alone:  # "..., let alone joined the sanctions"
            target = head
            if (
                t.dep_ == "conj"
                and t.tag_ == "VBG"
                and head.tag_ in {"VBD", "VBZ", "VBP"}
                and head.dep_ == "ccomp"
                and head.head.tag_ == "VBG"
            ):
                # "saying Taiwan had no minister and urging Manila to ...": the participle coordinates with
                # "saying", not with the finite verb of what was said (round 26)
                target = head.head
            if (
                t.dep_ == "conj"
                and head.lemma_ == "be"
                and head.dep_ == "ccomp"
                and any(c.dep_ in {"acomp", "attr"} for c in head.children)
                and any(c.dep_ in {"dobj", "obj"} for c in t.children)
            ):
                # "said the deal was null and void and recalled his ambassador": a deed coordinated with
                # a judgement the parser put under 'said' is the speaker's, not the judged thing's
                target = head.head
            if (
                t.dep_ == "conj"
                and t.pos_ == "VERB"
                and t.tag_ in {"VB", "VBP", "VBZ", "VBD"}
                and t.lemma_.lower() in load_lexicon().requesting_verbs
                and head.pos_ == "NOUN"
                and head.dep_ in {"dobj", "obj"}
                and head.head.pos_ in {"VERB", "AUX"}
                and any(
                    c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"on", "for"})
                    for c in t.children
                )
            ):
                # "We oppose the protest and urge Manila to stop" (round 37): the parser hung the verb of
                # asking on the first verb's object; it coordinates with the first verb
                target = head.head
            if t.dep_ == "conj" and head.dep_ == "relcl" and _in_adjunct(head.head):
                # "praised Lula for a plan he made and blamed Moscow": the parser hung the second verb on
                # the relative clause inside the adjunct; it coordinates with the main verb
                target = head.head.head.head

        elif (t.dep_ == "pcomp" or (t.dep_ == "pobj" and t.pos_ == "VERB")) and (
            head.dep_ == "prep" or (head.dep_ == "agent" and not is_passive(head.head))
        ):  # "responded by expelling ...": an active verb's 'by' read as a passive's agent
            target = head.head
            if (
                target.pos_ in {"ADV", "ADJ"}
                and target.dep_ in {"advmod", "acomp"}
                and target.head.pos_ == "VERB"
            ):
                target = target.head  # "stopped short of recognising Palestine", "came close to joining"
            if target.pos_ == "NOUN" and target.dep_ == "pobj" and target.head.head.pos_ in {"VERB", "AUX"}:
                target = target.head.head  # "voted in favour of condemning": the voters condemn
            # "accused X of arming Y": verbs of charge (lexicon charge_verbs) make the object the agent
            # ("blamed X for rejecting it", "thanked X for backing Y": the same with "for")
            words = load_lexicon().words
            charged = any(  # "accusing Abu Dhabi of complicity by arming the RSF": the means is the charge's
                c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in target.children
            )
            if (
                (
                    (head.lower_ in {"of", "for", "against"} or (head.lower_ == "by" and charged))
                    and target.lemma_.lower() in words.charge_verbs
                )
                or (  # "sanctioned three firms for supplying ...": the firms supplied (round 27)
                    head.lower_ == "for" and target.lemma_.lower() in words.punishing_verbs
                )
                or (head.lower_ == "from" and target.lemma_.lower() in words.prevention_verbs)
            ):  # "asked the court to stop Venezuela from annexing X": Venezuela would annex
                objects = [c for c in target.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
                if objects:  # "accused Saudi Arabia of siding with Russia": Saudi Arabia sides
                    return objects, True
                if target.dep_ == "relcl" and target.head.pos_ in {"NOUN", "PROPN"}:
                    # "a trader it accused of supplying drones to Russia": the charge's object is the
                    # noun the relative clause is on, not the one who charges
                    return [target.head], True
        else:
            break
        if target.pos_ == "ADJ" and target.dep_ == "acomp" and target.head.pos_ in {"VERB", "AUX"}:
            target = (
                target.head
            )  # "Bolivia is due to join Mercosur", "is ready to sign": the copula's subject
        if target.pos_ not in {"VERB", "AUX"}:
            break
        if is_passive(target) and t.dep_ == "xcomp":
            inherited = [c for c in target.children if c.dep_ == "nsubjpass"] or stranded_subjects(target)
        elif is_passive(target) and t.dep_ == "conj" and not is_passive(t):
            # "The bloc was formed by A and B and added C": the active conjunct's subject is the bloc
            inherited = [c for c in target.children if c.dep_ == "nsubjpass"]
        else:
            inherited = [c for c in target.children if c.dep_ in _SUBJ]
        if inherited:
            return inherited, True
        t = target
    return [], True


def _in_adjunct(noun: Token) -> bool:
    """A noun in a prepositional phrase on a verb ('for a peace proposal' on 'praised')."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"


def stranded_subjects(verb: Token) -> list[Token]:
    """The subject the parser hung elsewhere: '... during the summit in South Africa, Argentina, Egypt and
    Iran were invited' made the list a conjunct of 'South Africa'. The names coordinated right before the
    verb's auxiliary are its subjects (the first, a place after 'in', only opens the list)."""
    aux = [c for c in verb.children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i]
    if not aux or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    last = verb.doc[aux[0].i - 1]
    if last.pos_ != "PROPN" or last.dep_ not in {"conj", "pobj", "appos"}:
        return []
    head = last
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    members = [head, *head.conjuncts]
    if len(members) >= 3 and head.dep_ == "pobj":
        members = members[1:]
    return [m for m in members if m.pos_ == "PROPN"] if len(members) >= 2 else []


def governing_subjects(token: Token) -> list[Token]:
    """The subject of the main clause an absolute phrase hangs on ("X called ..., with members voting")."""
    t = token
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return []
        if head.pos_ in {"VERB", "AUX"} and t.dep_ in {"prep", "advcl"}:
            found = [c for c in head.children if c.dep_ in _SUBJ]
            if found:
                return found
        t = head
    return []


def stative(verb: Token) -> bool:
    """A participle that states a standing, not a deed done to its subject: "Belarus is allied with
    Russia" (its subject is the one allied; with a 'by' agent it is a passive again)."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in load_lexicon().words.stative_participles
        and is_passive(verb)
        and agent(verb) is None
    )


# the objects of the verbs of the last doc asked about (the rules ask about one verb many times; the parse is
# final by then), by token index; the doc is held, so the identity test is sound
_OBJECTS: dict[int, list[Token]] = {}
_OBJECTS_DOC: list[Doc] = []


def direct_objects(verb: Token) -> list[Token]:
    doc = verb.doc
    if not _OBJECTS_DOC or _OBJECTS_DOC[0] is not doc:
        _OBJECTS_DOC[:] = [doc]
        _OBJECTS.clear()
    found = _OBJECTS.get(verb.i)
    if found is None:
        found = _OBJECTS[verb.i] = _direct_objects(verb)
    return list(found)


def _direct_objects(verb: Token) -> list[Token]:
    if stative(verb):
        return []
    if is_passive(verb):
        own = [c for c in verb.children if c.dep_ == "nsubjpass"] or stranded_subjects(verb)
        if own:
            return own
        if verb.dep_ in {"acl", "amod", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [titled_head(verb)]
        emphatic = verb.head if verb.dep_ == "acl" and verb.head.lower_ in _EMPHATIC else None
        if emphatic is not None and emphatic.dep_ == "appos" and emphatic.head.pos_ in {"NOUN", "PROPN"}:
            return [emphatic.head]  # (round 37) "X, herself sanctioned by the US": the name set off
        first = verb.head  # "the resolution, drafted by Britain and backed by the US": the second too
        if (
            verb.dep_ == "conj"
            and first.dep_ in {"acl", "amod"}
            and is_passive(first)
            and first.head.pos_ == "NOUN"
        ):
            return [first.head]
        if verb.dep_ == "conj" and is_passive(
            first
        ):  # "was hailed by A but condemned by B": the same subject
            shared = [c for c in first.children if c.dep_ == "nsubjpass"]
            if shared:
                return shared
        if verb.dep_ == "conj" and first.dep_ == "relcl":
            # (round 37) "Abkhazia, which broke away in 1993 and is recognised by Russia": the relative
            shared = [c for c in first.children if c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"}]
            if shared:
                return shared
        set_off = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > first.i and set_off:
            # "Gambia brought a case against Myanmar, backed by the OIC": the main clause's subject
            return [c for c in first.children if c.dep_ == "nsubj"]
        return parenthetical_object(verb)
    out = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and not _summative(verb, c)]
    if len(out) > 1:  # "the rebels, whom Kinshasa accuses Rwanda of backing": the relative is the deed's
        out = [c for c in out if c.tag_ not in {"WP", "WDT"}] or out
    if len(out) > 1:
        out = [c for n, c in enumerate(out) if n == 0 or not _name_run_on(out[n - 1], c)]
    if out:
        return out + _added_objects(verb, out)
    return _named_as(verb) or _contact_relative(verb) or _raised_object(verb)


def _name_run_on(first: Token, name: Token) -> bool:
    """A name the small model read as a second object, which ends the first object's phrase: "welcomed the
    initiative of the President of Uzbekistan H.E. Mr. Shavkat Mirziyoyev to hold ..." (the president is
    the initiative's, not welcomed); not "gave Ukraine weapons" (a name first), nor one after "and" or a
    comma."""
    if first.pos_ != "NOUN" or name.pos_ != "PROPN" or first.right_edge.pos_ != "PROPN":
        return False
    between = name.doc[first.right_edge.i + 1 : name.left_edge.i]
    return first.i < name.i and all(t.pos_ not in {"CCONJ", "VERB", "AUX"} and t.text != "," for t in between)


def titled_head(verb: Token) -> Token:
    """The noun a participle set off by a comma describes: 'the Treaty on the State Border, signed in 2025'
    describes the treaty the title names, not the last word of its title (both capitalised)."""
    noun = verb.head
    prep = noun.head
    if (
        verb.dep_ == "acl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and noun.dep_ == "pobj"
        and noun.text[:1].isupper()
        and prep.lower_ in {"on", "of", "for"}
        and prep.head.pos_ == "PROPN"
        and prep.head.text[:1].isupper()
        and prep.head.i < prep.i
    ):
        return prep.head
    return noun


def _added_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """ "signed a financing agreement, as well as a memorandum on beef": a noun the parser hung on the verb
    as its conjunct after "as well as" (no verb of its own) is one more object of the verb."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in {"NOUN", "PROPN"}
        and c.i > objects[-1].i
        and c.left_edge.i >= 3
        and [t.lower_ for t in doc[c.left_edge.i - 3 : c.left_edge.i]] == ["as", "well", "as"]
    ]


def _raised_object(verb: Token) -> list[Token]:
    """ "Ghana condemned and rejected the coup": two verbs sharing the object after the second; a verb with
    no object of its own, joined by "and" (adverbs and commas besides) to a next verb without a subject of
    its own, takes that verb's objects; so does one whose next verb has a subject when commas set off the
    shared object ("France condemned, and Germany rejected, the annexation")."""
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"), None)
    if nxt is None:
        return []
    objects = [c for c in nxt.children if c.dep_ in {"dobj", "obj"}]
    subject = [c for c in nxt.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subject:  # "France condemned, and Germany rejected, the annexation": set off by commas
        between = verb.doc[verb.i + 1 : subject[0].left_edge.i]
        set_off = objects and verb.doc[objects[0].left_edge.i - 1].text == ","
        if not set_off or [t.lower_ for t in between if t.dep_ != "advmod"] != [",", "and"]:
            return []
    elif not all(t.dep_ in {"cc", "punct", "advmod"} for t in verb.doc[verb.i + 1 : nxt.i]):
        return []
    return objects


def _contact_relative(verb: Token) -> list[Token]:
    """'a move Kyiv condemned', 'the plan Hungary vetoed': a relative clause with a subject and no relative
    word or object of its own is about the noun it follows, its object (not when a preposition is left
    stranded, 'the deal Kyiv agreed to', nor when a clause is the object: 'the talks Kyiv said would fail').
    """
    finite = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBZ", "VBP"})
    if not finite or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in children) or any(
        c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ in {"that", "which", "who", "whom", "where", "when"}
        for c in children
    ):
        return []
    if any(c.dep_ in {"ccomp", "xcomp", "attr", "dative"} for c in children) or any(
        c.dep_ == "prep" and not any(p.dep_ == "pobj" for p in c.children) for c in children
    ):
        return []
    return [verb.head]


def _named_as(verb: Token) -> list[Token]:
    """'condemned what it called an unprovoked attack', 'rejected what it described as interference': the
    free relative's naming is the object."""
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            named = _free_relative_name(clause)
            if named is not None:
                return named
    return []


def _free_relative_name(clause: Token) -> list[Token] | None:
    """The thing a free relative of naming names ("what it called an unprovoked attack"), None for any
    other clause."""
    if clause.lemma_.lower() not in load_lexicon().words.naming_verbs:
        return None
    if not any(c.dep_ in {"dobj", "obj"} and c.tag_ in {"WP", "WDT"} for c in clause.children):
        return None
    named = [c for c in clause.children if c.dep_ in {"oprd", "attr", "xcomp"}]
    # "what it called weapons depots" parsed with two objects: the other one is the name
    named += [c for c in clause.children if c.dep_ in {"dobj", "obj"} and c.tag_ not in {"WP", "WDT"}]
    named += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    return [t for t in named if t.pos_ in {"NOUN", "PROPN"}]


def _summative(verb: Token, obj: Token) -> bool:
    """'warned against any attempt ..., a position echoed by Egypt': an indefinite noun after a comma
    that sums up the clause, with the verb's own complement before the comma, is no object."""
    start = obj.left_edge.i
    if start == 0 or obj.doc[start - 1].text != "," or start < verb.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children):
        return False
    return any(
        c.dep_ in {"prep", "dobj", "obj", "ccomp", "xcomp"} and verb.i < c.i < start for c in verb.children
    )


def parenthetical_object(verb: Token) -> list[Token]:
    """'momentum for a BRICS expansion -- pushed largely by China and Russia --': a participle set off
    by dashes describes a noun just before it; the candidates, nearest first (the caller picks one)."""
    doc = verb.doc
    j = verb.i - 1
    if j < 0 or doc[j].text not in {"--", "—", "–", "("} or verb.tag_ != "VBN":
        return []
    return [
        doc[k]
        for k in range(j - 1, max(j - 9, -1), -1)
        if doc[k].pos_ in {"NOUN", "PROPN"} and doc[k].dep_ not in {"compound", "nmod"}
    ]


def opening_width(doc: Doc, i: int, end: int, phrases: Collection[str]) -> int:
    """How many words at ``i`` (up to ``end``) make the longest of ``phrases`` that open a list after a
    noun ("particularly", "among them", "in particular"; lexicon word lists): 0 when none does."""
    for width in (3, 2, 1):
        if i + width <= end and " ".join(t.lower_ for t in doc[i : i + width]) in phrases:
            return width
    return 0


def prep_objects(verb: Token, phrase: str) -> list[Token]:
    """Objects of a preposition under the verb: 'for', 'in favor of', or a particle ('called on')."""
    words = phrase.split()
    out: list[Token] = []
    for child in verb.children:
        if child.lower_ != words[0]:
            continue
        if child.dep_ == "prt" and len(words) == 1:
            out += [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        elif child.dep_ in {"prep", "dative", "agent"}:
            out += _follow(child, words[1:])
    return out


def _follow(prep: Token, rest: list[str]) -> list[Token]:
    # "its commitment to the AU and to ECOWAS": the preposition repeated in a conjunct takes its objects too
    preps = [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_)]
    pobjs = [c for p in preps for c in p.children if c.dep_ in {"pobj", "pcomp"}]
    # "protested against what it called provocative moves": the free relative's naming is the object
    pobjs = [n for c in pobjs for n in (_free_relative_name(c) or [c])]
    if not rest:
        return pobjs
    out: list[Token] = []
    for child in prep.children:  # "pulled out of Mali": a preposition on a preposition
        if child.dep_ == "prep" and child.lower_ == rest[0]:
            out += _follow(child, rest[1:])
    for pobj in pobjs:
        if pobj.lemma_.lower() in {rest[0], rest[0].replace("our", "or")} or pobj.lower_ == rest[0]:
            for child in pobj.children:
                if child.dep_ == "prep" and len(rest) > 1 and child.lower_ == rest[1]:
                    out += _follow(child, rest[2:])
    return out


def complement_verb(verb: Token) -> Token | None:
    """'refused to recognize' → recognize; 'avoided joining' → joining."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
    return None


def carried_out(objects: list[Token]) -> list[Token]:
    """The objects and the texts that objects of carrying out are of: "suspended the implementation of the
    joint declaration" ends the declaration too (lexicon carried_out_nouns)."""
    nouns = load_lexicon().words.carried_out_nouns
    return objects + [p for o in objects if o.lemma_.lower() in nouns for p in prep_objects(o, "of")]
