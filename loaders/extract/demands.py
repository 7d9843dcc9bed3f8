"""Requests and criticism a verb or noun rule does not read (round 26): a candidacy or an application named
with its candidate ("support for the candidature of Chile for a seat on the Security Council", "the
accession of Tonga to the WTO"): the candidate asks the body for the seat or the membership (REQUESTS,
inferred); regret said of what another did in a clause ("regretted that Mongolia had not arrested him"):
the clause's subject is criticised (CRITICIZES, inferred).
"""

from __future__ import annotations

import itertools
from collections.abc import Container

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import direct_objects, is_infinitive, prep_objects
from loaders.extract.modality import noun_modality
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import ACTORS, Reader, Ref, actors_besides, label_of_ref


def demand_rules(r: Reader) -> None:
    words = r.lex.words
    to_court = words.court_taking_verbs | words.court_filing_verbs  # (once a sentence, not per token)
    for noun in r.sent:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.candidacy_nouns:
            _candidacy(r, noun)
        elif noun.pos_ == "VERB" and noun.lemma_.lower() in words.regret_clause_verbs:
            _regretted_clause(r, noun)
        elif noun.pos_ == "VERB" and noun.lemma_.lower() in words.wanting_verbs:
            _wanted_act(r, noun)
        elif noun.pos_ == "VERB" and noun.lemma_.lower() in words.addressed_asking_verbs:
            _asked_addressee(r, noun)
        if noun.pos_ == "VERB" and noun.lemma_.lower() in words.matter_taking_verbs:
            _matter_taken(r, noun)
        if noun.pos_ == "VERB" and noun.lemma_.lower() in to_court:
            _taken_to_court(r, noun)
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.answered_request_nouns:
            _request_answered(r, noun)


def _request_answered(r: Reader, noun: Token) -> None:
    """'The Commission had received Vienna's request to arbitrate', 'the judges declined Nicaragua's request
    for emergency measures', 'answered a request from Interpol': a request its addressee receives, answers,
    grants or turns down was made of that addressee (the owner REQUESTS the verb's subject, inferred; lexicon
    answered_request_nouns, request_answering_verbs). Not a request backed or voiced by others ("France backed
    Kyiv's request to join the EU")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return
    if verb.lemma_.lower() not in r.lex.words.request_answering_verbs:
        return
    owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
    owners += [p for prep in ("from", "by", "of") for p in prep_objects(noun, prep)]
    sources = [x for o in owners for x in r.refs(o, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    addressees, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [x for x in addressees if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own]
    if sources and targets:
        _emit_all(r, "REQUESTS", sources, targets, noun_modality(noun, r.lex), 0.7)


def _regretted_clause(r: Reader, verb: Token) -> None:
    """'The EU regretted that Mongolia had not fulfilled its obligations', 'Norway deplores that Israel
    blocked the convoys': regret or dismay at what another actor did, told in a 'that' clause, criticises
    that actor (inferred; convention 7, an unwelcome act). Not one's own act ("regretted that it could not
    attend"), nor a clause whose subject is no actor ("regretted that the talks had failed")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]
    doers = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON"]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = actors_besides(r, doers, own)
    if not targets:
        return
    modality, conf = r.modality(verb)
    _emit_all(r, "CRITICIZES", sources, targets, modality, conf - 0.15)


def _wanted_act(r: Reader, verb: Token) -> None:
    """'France and Germany want Pristina to submit a statute', 'Ireland wanted the court to take a broad
    view': wanting another actor to act asks it (REQUESTS, inferred; lexicon wanting_verbs, only with an
    infinitive). Not one's own wish ("wants to join": no subject of its own), nor a thing wanted ("wants a
    deal"); negated ("does not want Kyiv to join") the request is denied with the verb. (A hope is no
    request: "hopes that Minsk will stay out of the war".)"""
    asked: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if not is_infinitive(clause):
            continue
        asked += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if clause.dep_ == "xcomp":  # "wanted the court to take" read as object + complement
            asked += [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    _subject_asks(r, verb, asked)


def _asked_addressee(r: Reader, verb: Token) -> None:
    """'Lebanon wrote to the Security Council asking for a renewal', 'sent a letter to the UN requesting an
    urgent session', 'In a letter to the Council, Egypt asked for a meeting': a request with no one asked of
    its own asks whom the message went to (REQUESTS, inferred): the 'to' object of the verb of writing or
    sending the participle hangs on (lexicon message_sending_verbs), or of the message (lexicon speech_nouns)
    it is told with. Not when the verb names whom it asks ("asking the court to rule": the verb rules read
    it)."""
    words = r.lex.words
    if any(c.dep_ in {"dobj", "obj", "dative"} and r.refs(c, topics=False) for c in verb.children):
        return
    head = verb.head
    holders: list[Token] = []
    sending = head.lemma_.lower() in words.message_sending_verbs
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and sending:
        holders.append(head)  # "wrote to the Council asking for"
    elif verb.tag_ == "VBG" and verb.dep_ == "acl" and head.lemma_.lower() in words.speech_nouns:
        holders.append(head)  # "a letter to the Council requesting", "sent a letter to X requesting"
        if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() in words.message_sending_verbs:
            holders.append(head.head)
    # "In a letter to the Council, Egypt asked for a meeting": the message the request is told in
    holders += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in words.speech_nouns
    ]
    # "addressed a letter to the OAS requesting observers": the message the verb sends
    holders += [
        o
        for h in list(holders)
        if h.pos_ in {"VERB", "AUX"}
        for o in h.children
        if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in words.speech_nouns
    ]
    addressees = [
        p
        for h in holders
        for c in h.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    clause = head if verb.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"} else verb
    _subject_asks(r, verb, addressees, clause)


def _matter_taken(r: Reader, verb: Token) -> None:
    """'Egypt raised the dispute at the Security Council', 'Guyana took the dispute to the ICJ', 'sought to
    bring the border dispute before the court', 'referred the matter to the ICC': a dispute or case taken to
    a body (a court, a council) asks it to act on it (REQUESTS, inferred; lexicon matter_taking_verbs,
    brought_matters, matter_preps). Only a body, not a state ("raised the issue with Beijing" is talks)."""
    words = r.lex.words
    matters = [o for o in direct_objects(verb) if o.lemma_.lower() in words.brought_matters]
    if not matters:
        return
    # (the parser may hang "at the Council" on the dispute: "raised the dispute at the Council")
    bodies = [
        p
        for h in (verb, *matters)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in words.matter_preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    _subject_asks(r, verb, bodies, labels={Label.ORGANIZATION})


_PHRASE_ENDS = frozenset({"ADP", "SCONJ", "PUNCT", "VERB", "AUX", "CCONJ"})


def _taken_to_court(r: Reader, verb: Token) -> None:
    """(r38) 'Chile took Bolivia to the International Court of Justice', 'hauled Japan before the WTO', 'filed
    an application before the ICJ': the taker or filer brought a case (an event of its own; convention B2: the
    applicant ORGANIZED it, inferred). The one taken is a state or body, the place a court (lexicon
    court_taking_verbs, court_filing_verbs, court_filings, court_words); not a matter taken ("took the
    dispute to the ICJ" asks the court, ``_matter_taken``), nor a step only weighed ("may take Manila to a
    tribunal")."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    objects = direct_objects(verb)
    filed = [
        o for o in objects if o.lemma_.lower() in words.court_filings and lemma in words.court_filing_verbs
    ]
    taken = [
        o
        for o in objects
        if o.lemma_.lower() not in words.brought_matters and lemma in words.court_taking_verbs
    ]
    taken_refs = [x for o in taken for x in r.refs(o, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if not (taken_refs or filed) or not _before_court(r, verb, filed):
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(x.key) for x in taken_refs}
    sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own]
    case = next((t for t in r.lex.topics if t.kind == "case"), None)
    if not sources or case is None:
        return
    agents = tuple(dict.fromkeys(r.ctx.actor(x.key) for x in sources))
    handle = r.topic(verb, named=case, head="case", agents=agents, places=())
    if handle is None:
        return
    modality, conf = r.modality(verb)
    doers = [Ref(x.key, inferred=True) for x in sources]
    _emit_all(r, "ORGANIZED", doers, [Ref(handle)], modality, conf - 0.1)


def _before_court(r: Reader, verb: Token, filed: list[Token]) -> bool:
    """Whether the verb (to, before) or the filing (before, with, at) names a court; the parser may read a
    filing's "before the court" as a clause's subordinator (then the words right after it)."""
    court_words = r.lex.words.court_words
    heads = [(verb, {"to", "before"})] + [(f, {"before", "with", "at"}) for f in filed]
    for head, preps in heads:
        for p in (p for c in head.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children):
            if p.dep_ == "pobj" and any(t.lower_ in court_words for t in p.subtree):
                return True
    doc = r.sent.doc
    for f in filed:
        after = doc[f.i + 1 : min(f.i + 8, r.sent.end)]
        if len(after) and after[0].lower_ in {"before", "with", "at"}:
            phrase = list(itertools.takewhile(lambda t: t.pos_ not in _PHRASE_ENDS, after[1:]))
            if any(t.lower_ in court_words for t in phrase):
                return True
    return False


def _subject_asks(
    r: Reader, verb: Token, asked: list[Token], clause: Token | None = None, labels: Container[Label] = ACTORS
) -> None:
    """The verb's subjects ask the actors the ``asked`` tokens name, their own aside (REQUESTS, inferred: less
    sure than a verb of asking), stated as ``clause`` (the verb's own clause unless given) states it."""
    if not asked:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = actors_besides(r, asked, own, labels)
    if not targets:
        return
    modality, conf = r.modality(verb if clause is None else clause)
    _emit_all(r, "REQUESTS", sources, targets, modality, conf - 0.15)


def _candidacy(r: Reader, noun: Token) -> None:
    """'the candidature of Mauritania for a non-permanent seat on the UN Security Council', 'Chile's
    candidacy for membership of the Human Rights Council', 'the application of Kosovo for membership in the
    Council of Europe', 'the accession of Uzbekistan to the WTO': the candidate (the noun's 'of' object or
    owner, a state or a body) asks the body named under 'for' or 'to' (REQUESTS, inferred). Nothing without
    a named candidate ("the application of the law"), nor with a body that is the candidate itself, nor for
    a process under way ("the process of accession of Bolivia to Mercosur": an acceding member)."""
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in r.lex.words.accession_process_nouns:
        return  # "the process of accession of Bolivia to Mercosur": a membership under way (MEMBER_OF)
    candidates = [*prep_objects(noun, "of"), *(c for c in noun.children if c.dep_ == "poss")]
    sources = [x for t in candidates for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if not sources:
        return
    own = {r.ctx.actor(s.key) for s in sources}
    # (the model often hangs "for a seat" on the word of support or its verb: "reiterated its support for the
    # candidature of X for a seat"): the words above the noun up to its clause's verb hold it too
    holders = [noun]
    while len(holders) < 4 and holders[-1].pos_ != "VERB":
        held = holders[-1]
        if held.dep_ == "pobj" and held.head.dep_ == "prep":
            holders.append(held.head.head)
        elif held.dep_ in {"dobj", "obj"}:
            holders.append(held.head)
        else:
            break
    # a candidacy undone as a bid is ("Iceland dropped its bid for EU membership", "withdrew its candidacy"):
    # it asks nothing (the bid noun rule reads the rejection)
    trig = r.lex.nouns.get(noun.lemma_.lower()) or r.lex.nouns.get("bid")
    if trig is not None and any(h.lemma_.lower() in trig.undone_by for h in holders if h.pos_ == "VERB"):
        return
    sought = [  # the body sought, anywhere under 'for' or 'to': "for a seat on X", "for membership of X"
        t
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"for", "to"} and c.i > noun.i
        for t in c.subtree
        if t.dep_ in {"pobj", "compound", "poss"}
    ]
    bodies = actors_besides(r, sought + _joined_bodies(r, noun), own, {Label.ORGANIZATION})
    if not bodies:
        return
    _emit_all(r, "REQUESTS", sources, bodies[:1], noun_modality(noun, r.lex), 0.7)


def _joined_bodies(r: Reader, noun: Token) -> list[Token]:
    """The body a candidacy's infinitive of joining names (lexicon membership_verbs): "Moldova's request to
    join the EU" (the object joined), "its request to become ASEAN's eleventh member", "to become a member of
    the WTO" (the member noun's owner or 'of' object)."""
    joined: list[Token] = []
    for verb in noun.children:
        if verb.dep_ not in {"acl", "xcomp", "relcl"} or not is_infinitive(verb):
            continue
        if verb.lemma_.lower() not in r.lex.words.membership_verbs:
            continue
        objects = [*direct_objects(verb), *prep_objects(verb, "to")]
        members = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        joined += objects
        joined += [c for m in members for c in m.children if c.dep_ in {"poss", "compound"}]
        joined += [o for m in members for o in prep_objects(m, "of")]
    return joined
