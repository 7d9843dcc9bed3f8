"""Requests and criticism a verb or noun rule does not read (round 26): a candidacy or an application named
with its candidate ("support for the candidature of Chile for a seat on the Security Council", "the
accession of Tonga to the WTO"): the candidate asks the body for the seat or the membership (REQUESTS,
inferred); regret said of what another did in a clause ("regretted that Mongolia had not arrested him"):
the clause's subject is criticised (CRITICIZES, inferred).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import prep_objects
from loaders.extract.modality import noun_modality
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import ACTORS, Reader, actors_besides, label_of_ref


def demand_rules(r: Reader) -> None:
    words = r.lex.words
    for noun in r.sent:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.candidacy_nouns:
            _candidacy(r, noun)
        elif noun.pos_ == "VERB" and noun.lemma_.lower() in words.regret_clause_verbs:
            _regretted_clause(r, noun)


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
    bodies = actors_besides(r, sought, own, {Label.ORGANIZATION})
    if not bodies:
        return
    _emit_all(r, "REQUESTS", sources, bodies[:1], noun_modality(noun, r.lex), 0.7)
