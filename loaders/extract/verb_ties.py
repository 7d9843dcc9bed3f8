"""Verb rules: suspension and participation, measures and operations, blacklists and entry bans,
ties cut, opened or restored, missions, asylum, delegations and requests granted, rebukes,
blame for attacks, troops sent, voiding and switching sides, and the lexicon's verb events.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from graph.model import RELATIONS, Label, Modality
from loaders.extract.args import (
    agent,
    carried_out,
    direct_objects,
    is_infinitive,
    is_passive,
    prep_objects,
    subjects,
)
from loaders.extract.deeds import behests
from loaders.extract.force import border_places_state, spoken_attack
from loaders.extract.lexicon import Topic, Trigger, VerbEvent
from loaders.extract.mentions import region_of
from loaders.extract.refs import key_label
from loaders.extract.rule_helpers import (
    _MODIFIERS,
    _allowed,
    _along_with,
    _emit_all,
    _modified_as_needed,
    _noun_actor,
    _pairwise,
    _parent,
    _prep_actors,
    _sanctioned,
    _subject_refs,
    _tie_partners,
    _topics_of_kind,
)
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref, refs_besides
from loaders.extract.topics import topic_of
from loaders.extract.verb_charges import _misparsed_relative
from loaders.extract.verb_pacts import _has_complement


def _suspended_member(r: Reader, verb: Token, status: str) -> None:
    """'The AU suspended Gabon', 'ECOWAS suspended Mali from the bloc', 'the AU suspended Gabon's
    membership', 'Niger was suspended from ECOWAS': a member with that status."""
    objects = direct_objects(verb)
    # "Niger was suspended", and "Guinea remains suspended" (the model's "remains" an auxiliary)
    copulas = r.lex.words.copulas  # ("remains" read as an auxiliary keeps its -s in the lemma)
    held = [c for c in verb.children if c.dep_ == "auxpass" and {c.lemma_.lower(), c.lower_[:-1]} & copulas]
    said_of = [c for h in (verb, *held) for c in h.children if c.dep_ == "nsubj"]
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    passive = verb.tag_ == "VBN" and bool(own or (held and said_of))
    if passive:
        objects = own or said_of
        objects = [a for o in objects for a in _misparsed_relative(o)]
    # "Gabon's membership of the Commonwealth was suspended": the body named on the participation noun
    named_bodies = [
        p
        for o in objects
        if o.lemma_.lower() in r.lex.words.participation_nouns
        for phrase in ("of", "in")
        for p in prep_objects(o, phrase)
    ]
    # "suspended Gabon's membership": the member is the possessor of the participation noun
    objects = [
        next((c for c in o.children if c.dep_ == "poss"), o)
        if o.lemma_.lower() in r.lex.words.participation_nouns
        else o
        for o in objects
    ]
    # the state itself, not a thing of its ("froze Russian assets" freezes no membership)
    objects = [  # ("kept the country suspended from the bloc": a state named before)
        o
        for o in objects
        if r.mention_at(o) is not None or o.pos_ == "PRON" or o.lemma_.lower() in r.lex.words.state_nouns
    ]
    members = [x for o in objects for x in r.refs(o, topics=False)]
    members = [m for m in members if label_of_ref(m, r.topics) in {Label.COUNTRY, Label.REGION}]
    if not members:
        return
    tokens = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    tokens += named_bodies
    if not passive:
        tokens += subjects(verb)[0]
    elif (by := agent(verb)) is not None:  # "Gabon's membership was suspended by the AU"
        tokens.append(by)
    bodies: list[Ref] = []
    for t in tokens:
        owners = [Ref(m.key) for c in t.children if (m := r.mention_at(c)) and m.label is Label.ORGANIZATION]
        bodies += owners or [
            x for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) is Label.ORGANIZATION
        ]
    modality, conf = r.modality(verb)
    # the act of suspending or expelling a member is a penalty the body imposes (inferred); being held
    # suspended ("Guinea remains suspended") is a state, not the act
    penalty = (
        verb.lemma_.lower() in r.lex.words.penalizing_status_verbs
        and not any(c.lemma_.lower() not in {"be", "get"} for c in held)  # "remains suspended"
        and not (verb.dep_ == "acl" and agent(verb) is None)  # "kept the country suspended"
        and not (
            verb.dep_ in {"acomp", "oprd", "xcomp"}
            and verb.head.lemma_.lower() in {*copulas, "remain", "stay"}
        )
    )
    doers = {x.key for t in subjects(verb)[0] for x in r.refs(t, topics=False)}  # "froze its participation"
    actors = [t for t in tokens if t not in named_bodies]
    # "his government froze Armenia's participation in the CSTO": a body named only on the participation
    # noun, under a subject that is not it, imposes nothing (the member's own act)
    imposers = {x.key for t in actors for x in r.refs(t, topics=False)} | {
        m.key for t in actors for c in t.children if (m := r.mention_at(c)) is not None
    }
    for body in bodies:
        imposed = penalty and not (named_bodies and not passive and body.key not in imposers)
        for member in members:
            if _allowed(r, "MEMBER_OF", member, body):
                r.emit(member, "MEMBER_OF", Ref(_parent(r, body.key)), modality, conf, status=status)
                if imposed and body.key != member.key and member.key not in doers:
                    r.emit(Ref(_parent(r, body.key)), "SANCTIONS", Ref(member.key, True), modality, conf)


def _participation(r: Reader, verb: Token, status: str) -> None:
    """'Armenia has frozen its participation in the CSTO' ('its membership of the CSTO') → MEMBER_OF with
    a status."""
    for d in verb.children:
        if d.dep_ in {"dobj", "nsubjpass"} and d.lemma_ in r.lex.words.participation_nouns:
            owned = any(c.dep_ == "poss" for c in d.children)  # "the membership of Mali" names the member
            orgs = [
                x
                for c in d.children
                if c.dep_ == "prep" and (c.lower_ == "in" or (owned and c.lower_ == "of"))
                for p in c.children
                for x in r.refs(p, topics=False)
            ]
            orgs += [  # "froze its CSTO membership": the body named on the noun
                Ref(m.key)
                for c in d.children
                if c.dep_ in {"compound", "nmod"}
                and (m := r.mention_at(c)) is not None
                and m.label in {Label.ORGANIZATION, Label.AGREEMENT}
            ]
            modality, conf = r.modality(verb)
            sources, _ = _subject_refs(r, verb)
            # "suspended its participation in the New START treaty": a treaty left is rejected (inferred)
            pacts = [Ref(o.key, True) for o in orgs if label_of_ref(o, r.topics) is Label.AGREEMENT]
            _emit_all(r, "REJECTS", sources, pacts, modality, conf)
            orgs = [o for o in orgs if label_of_ref(o, r.topics) is Label.ORGANIZATION]
            _emit_all(r, "MEMBER_OF", sources, orgs, modality, conf, status=status)


def _measure_targets(r: Reader, verb: Token) -> None:
    """'The US sanctions also targeted X': sanctions as the subject of 'target' fall on its object."""
    for subj in verb.children:
        if subj.dep_ != "nsubj" or topic_of(subj, r.lex, r.active) is None:
            continue
        # ("The EU's sanctions package targets ...", "a package of sanctions targets ...": the measure inside)
        measures = [
            trig
            for h in (subj, *(c for c in subj.children if c.dep_ == "compound"), *prep_objects(subj, "of"))
            if (trig := r.lex.nouns.get(h.lemma_.lower()) or r.lex.nouns.get(h.lower_)) is not None
            and trig.rel == "SANCTIONS"
        ]
        if not measures:
            continue
        trig = measures[0]
        imposers, _ = _noun_actor(r, subj, trig)
        targets = [
            x
            for o in direct_objects(verb)
            for x in r.refs(o, topics=False)
            if label_of_ref(x, r.topics) in ACTORS
        ]
        targets = _sanctioned(r, direct_objects(verb), targets)  # "target five Iranian officials": the group
        targets += [  # "targets Russian liquefied natural gas", "Belarusian potash": goods named by a state
            Ref(m.key)
            for o in direct_objects(verb)
            if not r.refs(o, topics=False)
            for c in o.children
            if c.dep_ in _MODIFIERS and (m := r.mention_at(c)) is not None and m.label is Label.COUNTRY
        ]
        # "sanctions by the EU and Britain hit its exports": not one of the imposers
        imposing = {r.ctx.actor(x.key) for x in imposers}
        targets = [x for x in targets if r.ctx.actor(x.key) not in imposing]
        modality, conf = r.modality(verb)
        _emit_all(r, "SANCTIONS", imposers, targets, modality, conf)


def _launched_operation(r: Reader, verb: Token) -> bool:
    """'India launched Operation Sindoor against targets in Pakistan': a named operation launched is an
    attack the launcher organized (convention 4, direct), on whoever it is 'against'; an operation that
    states join stays a body (convention 5). Whether one was read."""
    words = r.lex.words
    read = False
    for obj in direct_objects(verb):
        m = r.mention_at(obj)
        if m is None or m.label is not Label.ORGANIZATION or m.text.split()[0] not in words.operation_words:
            continue
        sources, _ = _subject_refs(r, verb)
        doers = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
        if not doers:
            continue
        event = r.ctx.entity(Label.EVENT, m.text, m.text)
        r.ctx.superseded[m.key] = event  # one node for the operation, the attack (not a body too)
        modality, conf = r.modality(verb)
        _emit_all(r, "ORGANIZED", doers, [Ref(event)], modality, conf)
        hit = [
            x
            for h in (verb, obj)
            for p in prep_objects(h, "against")
            for t in (
                p,
                *(q for c in p.children if c.dep_ == "prep" and c.lower_ == "in" for q in c.children),
            )
            for x in r.refs(t, topics=False)
            if label_of_ref(x, r.topics) in ACTORS
        ]
        _emit_all(r, "ATTACKED", doers, hit, modality, conf - 0.1)
        read = True
    return read


def _blacklisted(r: Reader, verb: Token, delisted: bool = False) -> None:
    """'added 22 Russian entities to its export control list', 'put the group on its terror list': the
    subject sanctions what it lists (SANCTIONS; a count of unnamed entities is one group); 'removed Cuba
    from its list of state sponsors of terrorism' (``delisted``) concedes to it."""
    words = r.lex.words
    lists = [
        p
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in ({"from", "off"} if delisted else {"to", "on", "onto", "in", "into"})
        for p in c.children
        if p.dep_ == "pobj"
        and p.lemma_.lower() in words.list_nouns
        and any(
            q.lower_ in words.list_qualifiers
            for q in (p.subtree if delisted else p.children)  # ("its list of state sponsors of terrorism")
            if q.dep_ in {"compound", "amod", "nmod", "pobj"}
        )
    ]
    if not lists:
        return
    listed = direct_objects(verb)
    targets = _sanctioned(r, listed, [x for t in listed for x in r.refs(t, topics=False)])
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    rel = "CONCEDES" if delisted else "SANCTIONS"
    _emit_all(r, rel, sources, [x for x in targets if label_of_ref(x, r.topics) in ACTORS], modality, conf)


def _entry_banned(r: Reader, verb: Token) -> bool:
    """'banned five Belarusian officials from entering its territory', 'barred the general from entering
    the bloc', 'banned entry to 23 British officials', 'denied visas to two Chinese diplomats': an entry ban
    sanctions those it keeps out (a named person beside a title, else a counted group, else the state); not
    the subject's own people ("banned its own officials from travelling to Russia").
    True when one was found."""
    words = r.lex.words
    sources, _ = _subject_refs(r, verb)
    passive = is_passive(verb)
    by = agent(verb) if passive else None
    if passive:  # "was barred from entering the bloc by the EU"; "five officials were banned from entering
        # Lithuania": Lithuania bans
        sources = [
            x for t in ((by, *by.conjuncts) if by is not None else ()) for x in r.refs(t, topics=False)
        ]
    own = {s.key for s in sources} | {r.ctx.actor(s.key) for s in sources}

    def banner_s(p: Token) -> bool:  # its territory, the bloc, or the banner itself ("entering Russia")
        refs = r.refs(p, topics=False)
        return (
            p.lemma_.lower() in words.entry_places
            or p.pos_ == "PRON"
            or bool(refs and {x.key for x in refs} <= own)
        )

    kept: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        shut = [p for p in prep.children if p.dep_ == "pobj" and own and banner_s(p) and p.pos_ != "PRON"]
        if shut:  # "banned him from the bloc", "barred the general from Russia" (its own soil)
            kept += [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else direct_objects(verb)
        for g in (c for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() in words.entry_gerunds):
            places = direct_objects(g) + prep_objects(g, "to") + prep_objects(g, "into")
            if passive and by is None and prep_objects(g, "by"):  # ("by the EU" hung on the gerund)
                sources = [x for t in prep_objects(g, "by") for x in r.refs(t, topics=False)]
                own = {s.key for s in sources} | {r.ctx.actor(s.key) for s in sources}
                kept += [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif passive and by is None:  # (entering only: "were banned from visiting X" may be by their own)
                if g.lemma_.lower() not in words.entering_verbs:
                    continue
                sources += [
                    x for p in places for x in r.refs(p, topics=False) if label_of_ref(x, r.topics) in STATES
                ]
                kept += [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif all(banner_s(p) for p in places):
                # (entering its own territory or the bloc, not a third state; passive: its subject)
                kept += (
                    [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else direct_objects(verb)
                )
    own = {s.key for s in sources} | {r.ctx.actor(s.key) for s in sources}
    entries = [o for o in direct_objects(verb) if o.lemma_.lower() in words.entry_nouns]
    joining = any(  # "refused Britain's entry", "entry to Britain into the Common Market": membership
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "into")
        for h in (verb, *entries)
        for c in h.children
    )
    if not kept and entries and not joining:
        kept = [p for o in direct_objects(verb) for p in prep_objects(o, "to") + prep_objects(verb, "to")]
    if not kept:
        return False
    targets = _sanctioned(r, kept, [x for t in kept for x in r.refs(t, topics=False)])
    targets = [x for x in targets if label_of_ref(x, r.topics) in ACTORS and x.key not in own]
    if not targets or not sources:
        return False
    modality, conf = r.modality(verb)
    _emit_all(r, "SANCTIONS", sources, targets, modality, conf)
    return True


def _took_part_in_aid(r: Reader, verb: Token) -> None:
    """'Lockheed directly participated in the US arms sale to Taiwan', 'was involved in several arms sales
    to Taiwan': whoever takes part in aid given to X aids and supports X too (inferred)."""
    acts = prep_objects(verb, "in") + [p for o in direct_objects(verb) for p in prep_objects(o, "in")]
    if not acts:
        return
    held = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    sources = [x for t in held for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if not sources:
        return
    modality, conf = r.modality(verb)
    for act in acts:
        if act.lemma_.lower() in r.lex.words.attack_nouns and (handle := r.topic(act)) is not None:
            # "took part in the strikes on Yemen": a party to an attack organized it with the others
            _emit_all(r, "ORGANIZED", sources, [Ref(handle, inferred=True)], modality, conf - 0.1)
            continue
        trig = r.lex.nouns.get(act.lemma_.lower()) or r.lex.nouns.get(act.lower_)
        if trig is None or "AIDS" not in (trig.rel, trig.preps.get("to")):
            continue
        if not _modified_as_needed(act, trig):
            continue  # "a sale of bonds" is no arms sale
        aided = [x for p in prep_objects(act, "to") for x in r.refs(p, topics=False)]
        aided = [x for x in aided if label_of_ref(x, r.topics) in ACTORS]
        _emit_all(r, "AIDS", sources, [Ref(x.key, inferred=True) for x in aided], modality, conf - 0.2)
        _emit_all(r, "SUPPORTS", sources, [Ref(x.key, inferred=True) for x in aided], modality, conf - 0.2)


def _cut_ties(r: Reader, verb: Token, rel: str = "REJECTS") -> None:
    """'ended diplomatic ties with Ecuador', 'Chile severed relations with X': the subject rejects X;
    'Honduras established diplomatic relations with China' (``rel`` RECOGNIZES, diplomatic ties only);
    'Guyana restored diplomatic relations with Suriname' (``rel`` MET_WITH: contact resumed)."""
    objects = direct_objects(verb)
    # "ending decades of military cooperation with Paris": the span's 'of' object is what ends
    spans = [o for o in objects if o.lemma_.lower() in r.lex.words.span_nouns]
    objects += [p for o in spans for p in prep_objects(o, "of")]
    ties = [
        o
        for o in objects
        if o.lemma_.lower() in r.lex.words.tie_nouns
        # "ending years of frosty relations": what ends is the frost, not the ties
        and not any(c.dep_ == "amod" and c.lower_ in r.lex.words.strained_words for c in o.children)
    ]
    if rel != "REJECTS":  # "established close economic ties" recognizes nobody; bare "relations" do
        ties = [
            t
            for t in ties
            if any(c.lower_ in r.lex.words.diplomatic_words for c in t.children)
            or (  # bare "relations" (not bare "contacts", which may be with anyone)
                t.lemma_.lower() in r.lex.words.recognizing_ties
                and not any(c.dep_ in {"amod", "compound", "nmod"} for c in t.children)
            )
        ]
    if not ties:
        return
    modality, conf = r.modality(verb)
    if any(c.dep_ == "det" and c.lower_ == "no" for t in ties for c in t.children):
        modality = Modality.NEGATED  # "has no diplomatic relations with Israel"
    sources, _ = _subject_refs(r, verb)
    partners = _tie_partners(r, [verb, *ties])
    if verb.lemma_.lower() in r.lex.words.tie_keeping_verbs:  # "maintains formal ties to Taipei"
        partners += _prep_actors(r, ties, "to")
    own = frozenset(r.ctx.actor(s.key) for s in sources)
    if not partners and len(own) == 1 and rel == "REJECTS":
        # "Algeria cut ties in 2021, accusing Rabat of hostile acts": the one accused with it; "Morocco and
        # Algeria have had no relations since Algiers cut ties": the one other state named before
        charged = [
            x
            for h in (verb, *ties)
            for c in h.children
            if c.tag_ == "VBG" and c.lemma_.lower() in r.lex.words.charge_verbs
            for o in direct_objects(c)
            for x in r.refs(o, topics=False)
            if label_of_ref(x, r.topics) in STATES and r.ctx.actor(x.key) not in own
        ]
        named = r.named_before(verb, {Label.COUNTRY}, besides=own)
        partners = charged or ([Ref(k, inferred=True) for k in named] if len(named) == 1 else [])
    if not partners and len({s.key for s in sources}) == 2:  # "Rabat and Algiers cut diplomatic ties"
        a, b = sources[0], next(s for s in sources if s.key != sources[0].key)
        _emit_all(r, rel, [a], [b], modality, conf - 0.15)
        if not RELATIONS[rel].symmetric:
            _emit_all(r, rel, [b], [a], modality, conf - 0.15)
        return
    _emit_all(r, rel, sources, partners, modality, conf - 0.15)


def _in_contact(r: Reader, verb: Token) -> None:
    """'The US said it was in contact with both governments', 'remains in touch with Kyiv': the subject
    meets them (convention 13, inferred)."""
    contacts = [p for p in prep_objects(verb, "in") if p.lemma_.lower() in r.lex.words.contact_nouns]
    partners = _prep_actors(r, [*contacts, verb], "with") if contacts else []  # 'with' on either
    subj, _ = subjects(verb)
    things = [t for t in subj if t.pos_ == "NOUN" and t.lemma_.lower() not in r.lex.state_organs]
    if not partners or (subj and len(things) == len(subj)):
        return  # "the vessel was in contact with the coast guard": no diplomacy
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    partners = [Ref(x.key, inferred=True) for x in partners if r.ctx.actor(x.key) not in own]
    _emit_all(r, "MET_WITH", sources, partners, modality, conf - 0.15)


def _copular_stance(r: Reader, verb: Token) -> None:
    """'Greece is firmly against Turkey's drilling plans', 'remained against the deal': a stance stated by a
    preposition after a copula (lexicon copular_stance_preps; only an actor subject, not "the vote was
    against Russia")."""
    table = r.lex.words.copular_stance_preps
    found = {
        rel: [x for p in prep_objects(verb, phrase) for x in r.refs(p)]
        for phrase, rel in table.items()
        if prep_objects(verb, phrase)
    }
    if not found:
        return
    sources, _ = _subject_refs(r, verb)
    subj, _ = subjects(verb)
    if not sources or any(t.pos_ == "NOUN" and t.lemma_.lower() not in r.lex.state_organs for t in subj):
        return
    own = {r.ctx.actor(s.key) for s in sources}
    modality, conf = r.modality(verb)
    for rel, targets in found.items():
        _emit_all(
            r, rel, sources, [x for x in targets if r.ctx.actor(x.key) not in own], modality, conf - 0.1
        )


def _at_request(r: Reader, verb: Token) -> None:
    """'Uganda deployed troops to South Sudan at the request of President Kiir', 'At Kyiv's request,
    Germany sent ...': whoever asked requests it of the one who acted (inferred)."""
    asks, givers = behests(r, verb, {"at", "upon"})
    askers = [x for t in givers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if not askers or _guest_invited(r, verb, asks):
        return
    sources, _ = _subject_refs(r, verb)
    if not sources and is_passive(verb):  # "the Kenyan police mission was deployed at the request of X"
        sources = [  # (round 26) the force's owner named on it: Kenya, the SADC
            x
            for s in verb.children
            if s.dep_ == "nsubjpass"
            for c in s.children
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) in ACTORS
        ]
    modality, conf = r.modality(verb)
    _emit_all(
        r,
        "REQUESTS",
        [Ref(x.key) for x in askers],
        [Ref(s.key, True) for s in sources],
        modality,
        conf - 0.15,
    )


def _guest_invited(r: Reader, verb: Token, asks: list[Token]) -> bool:
    """'paid an official visit to Hanoi at the invitation of X', 'travelled to Nairobi at Ruto's invitation':
    a journey a host invited is a visit, not a request of the guest (troops sent at an invitation are)."""
    words = r.lex.words
    if not asks or any(a.lemma_.lower() not in words.guest_behest_nouns for a in asks):
        return False
    if verb.lemma_.lower() in words.guest_verbs:
        return True
    visits = [c for c in verb.children if c.dep_ == "dobj"]
    # ("has been on an official visit to China since Monday at the invitation of X": on a visit, a guest)
    visits += prep_objects(verb, "on")
    return any(v.lemma_.lower() in words.guest_visit_nouns for v in visits)


def _called_for_to(r: Reader, verb: Token) -> None:
    """'Poland called for the EU to ban Russian grain': the subject of the 'for ... to' clause is asked."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "ccomp", "xcomp"}
        and any(m.dep_ == "mark" and m.lower_ in r.lex.words.infinitive_marks for m in c.children)
    ]
    asked = [x for c in clauses for s in c.children if s.dep_ == "nsubj" for x in r.refs(s, topics=False)]
    # ("pushed for Tunis to take back the migrants": 'for Tunis' read as a preposition, the act after it)
    acts = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and is_infinitive(c)]
    asked += [
        x
        for p in prep_objects(verb, "for")
        if any(a.left_edge.i == p.right_edge.i + 1 for a in acts)
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    if not asked:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    _emit_all(r, "REQUESTS", sources, [x for x in asked if r.ctx.actor(x.key) not in own], modality, conf)


def _claim_links(r: Reader, verb: Token) -> None:
    """'Trudeau said there were credible allegations linking Indian agents to the killing', 'Kyiv's claims
    tying Minsk to the attack': whoever makes the claim accuses the one it links to the deed (CRITICIZES)."""
    claim = verb.head
    if verb.dep_ != "acl" or claim.lemma_.lower() not in r.lex.words.claim_nouns:
        return
    accused = [x for o in direct_objects(verb) for x in r.refs(o, topics=False)]
    accused = [x for x in accused if label_of_ref(x, r.topics) in ACTORS]
    holders = [c for c in claim.children if c.dep_ == "poss"]
    holders += [
        p for c in claim.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} for p in c.children
    ]
    accusers = [x for h in holders for x in r.refs(h, topics=False)]
    clause = claim.head  # "said there were allegations ...": the speaker of the existential clause
    if not accusers and claim.dep_ in {"attr", "nsubj"} and clause.lemma_ == "be" and clause.dep_ == "ccomp":
        accusers, _ = _subject_refs(r, clause.head)
    if not accusers or not accused:
        return
    own = {r.ctx.actor(a.key) for a in accusers}
    accused = [x for x in accused if r.ctx.actor(x.key) not in own]
    modality, conf = r.modality(clause if clause.pos_ in {"VERB", "AUX"} else verb)
    _emit_all(r, "CRITICIZES", accusers, accused, modality, conf - 0.15)


def _opened_mission(r: Reader, verb: Token) -> None:
    """'Qatar reopened its embassy in Damascus': contact with the host (MET_WITH, inferred); 'Iran and Saudi
    Arabia agreed to reopen their embassies': with each other. (Closing one states nothing the gold reads:
    dev3/209 leaves "closed its embassy in Damascus in 2011" unannotated.)"""
    missions = [o for o in direct_objects(verb) if o.lemma_.lower() in r.lex.words.mission_nouns]
    if not missions:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    places = [p for h in (verb, *missions) for p in prep_objects(h, "in")]
    # a capital stands for its state here, as in 'a summit in Pyongyang, where ...' (the host is the state)
    states = [m for p in places if (m := r.mention_at(p)) is not None and m.label is Label.COUNTRY]
    hosts = [Ref(m.key) for m in states if r.ctx.actor(m.key) not in own]
    if hosts:
        _emit_all(r, "MET_WITH", sources, [Ref(h.key, inferred=True) for h in hosts], modality, conf - 0.15)
    elif len(own) == 2:
        _pairwise(r, "MET_WITH", sources, modality, conf - 0.15)


def _admitted(r: Reader, verb: Token) -> None:
    """'Iraq allowed UN inspectors to return', 'agreed to let the Red Cross visit the detainees': a body or
    state let in, to enter, visit or inspect, is given way to (CONCEDES, PLOVER CONCEDE: access allowed).
    Only actors named as such (not 'Syrian refugees', whose state is let in nowhere); other acts allowed
    ('allowed Ukraine to strike targets') are not access."""
    acts = [
        c
        for h in (verb, *direct_objects(verb))
        for c in h.children
        if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in r.lex.words.admitted_acts
    ]
    let_in = [t for c in acts for t in c.children if t.dep_ == "nsubj"]
    let_in += direct_objects(verb) if acts else []
    # "UN inspectors", "Red Cross teams": the body named on the people it sends ("Ukrainian refugees": none)
    _let_in(r, verb, let_in, ACTORS)


def _let_in(r: Reader, verb: Token, let_in: list[Token], labels: Set[Label]) -> None:
    """The verb's subjects give way (CONCEDES, inferred) to the actors of these labels let in, and to the
    bodies named on the people they send ("UN inspectors", "Red Cross teams"); none if negated."""
    let_in += [c for t in let_in for c in t.children if c.dep_ == "compound" and r.mention_at(c) is not None]
    let_in = [t for t in let_in if r.mention_at(t) is not None]
    modality, conf = r.modality(verb)
    if not let_in or modality is Modality.NEGATED:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        x
        for t in let_in
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in labels and r.ctx.actor(x.key) not in own
    ]
    _emit_all(r, "CONCEDES", sources, [Ref(t.key, True) for t in targets], modality, conf - 0.15)


def _earlier_mission(r: Reader, missions: list[Token]) -> list[Ref]:
    """'sought political asylum at the embassy': a bare definite embassy is the one named in the last
    three sentences (inferred); none when no such sentence named one."""
    last = r.ctx.mission_owner
    bare = [m for m in missions if m.lower_ in r.lex.words.mission_nouns and _definite(m)]
    if last is None or not bare or r.info.index - last[0] > 3 or last[0] > r.info.index:
        return []
    return [Ref(last[1], inferred=True)]


def _protest_at_mission(r: Reader, verb: Token) -> None:
    """'Activist Joshua Wong staged a protest outside the Chinese embassy', 'Greenpeace protested in front of
    the Japanese embassy': a protest at a state's embassy is aimed at that state (PROTESTS, inferred). Only a
    person or a body protests so; a crowd named by its nation ('thousands of Serbs') is no actor."""
    words = r.lex.words
    missions = [
        t
        for t in verb.subtree
        if t.lemma_.lower() in words.mission_nouns
        and t.dep_ == "pobj"
        and (
            t.head.lower_ in words.protest_site_preps
            or (t.head.lower_ == "of" and t.head.head.lower_ == "front")
        )
    ]
    owners = [c for m in missions for c in m.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    states = [
        x for t in owners for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    sources, _ = _subject_refs(r, verb)
    sources = [s for s in sources if label_of_ref(s, r.topics) in {Label.PERSON, Label.ORGANIZATION}]
    own = {r.ctx.actor(s.key) for s in sources}
    targets = list({x.key: Ref(x.key, True) for x in states if r.ctx.actor(x.key) not in own}.values())
    modality, conf = r.modality(verb)
    _emit_all(r, "PROTESTS", sources, targets, modality, conf - 0.15)


def _handover_asked(r: Reader, verb: Token) -> None:
    """'requested the extradition of the former president from the United States', 'demanded the release of
    its sailors from Iran': the state that holds them is asked (REQUESTS), the 'from' phrase hung on the
    people held as often as on the noun."""
    words = r.lex.words
    asked = [o for o in direct_objects(verb) if o.lemma_.lower() in words.handover_nouns]
    held = [p for o in asked for p in prep_objects(o, "of")]
    holders = [p for h in (*asked, *held) for p in prep_objects(h, "from")]
    if not holders:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        x
        for t in holders
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, targets, modality, conf - 0.1)


def _access_granted(r: Reader, verb: Token) -> None:
    """'granted IAEA inspectors access to Natanz', 'gave the Red Cross access to the prison', 'agreed to the
    deployment of UN peacekeepers', 'accepted the return of UN monitors': international involvement let in
    gives way to the body (or state) that sends it (CONCEDES; PLOVER: receive peacekeepers or inspectors).
    Only people a body sends (not 'the deployment of Russian nuclear weapons')."""
    words = r.lex.words
    objects = direct_objects(verb) + prep_objects(verb, "to")
    let_in: list[Token] = []
    if any(o.lemma_.lower() in words.access_nouns for o in objects):
        # "granted IAEA inspectors access", "granted access to UN inspectors" (not "access to the site")
        let_in += [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.lemma_.lower() != "access"]
        let_in += [p for o in objects for p in prep_objects(o, "to") if r.mention_at(p) is not None]
        let_in += [  # ("gave the Red Cross access": the receiver parsed as the noun's modifier)
            c
            for o in objects
            if o.lemma_.lower() in words.access_nouns
            for c in o.children
            if c.dep_ == "compound"
        ]
    for o in objects:
        if o.lemma_.lower() in words.involvement_nouns:
            let_in += [p for p in prep_objects(o, "of") if p.lemma_.lower() in words.sent_people]
    _let_in(r, verb, let_in, {Label.ORGANIZATION, Label.COUNTRY})


def _granted_request(r: Reader, verb: Token) -> None:
    """'Kenya granted Somalia's request for more troops', 'agreed to a request from Togo', 'accepted Kyiv's
    demand': a request or demand met gives way to whoever made it (CONCEDES, PLOVER CONCEDE: accede to
    demands)."""
    words = r.lex.words
    asks = [o for o in direct_objects(verb) if o.lemma_.lower() in words.request_nouns]
    asks += [p for p in prep_objects(verb, "to") if p.lemma_.lower() in words.request_nouns]
    if not asks:
        return
    askers = [p for a in asks for p in prep_objects(a, "from")]
    askers += [
        c
        for a in asks
        for c in a.children
        if c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and r.mention_at(c) is not None)
    ]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = refs_besides(r, askers, own)
    modality, conf = r.modality(verb)
    _emit_all(r, "CONCEDES", sources, targets, modality, conf - 0.15)


def _refused_request(r: Reader, verb: Token, trig: Trigger) -> None:
    """'turned down an invitation from Venezuela', 'rejected demands by Washington', 'said no to an offer
    from the IMF', 'an appeal from Kyiv that Budapest rebuffed': what one actor asks or offers another,
    refused, rejects its author (REJECTS; the mirror of a request granted). A possessor or a demonym
    ("Ankara's demand") is the noun's own reference and is read where the verb's object is."""
    asks = [o for o in direct_objects(verb) if trig.rel == "REJECTS"]
    asks += [p for phrase, rel in trig.preps.items() if rel == "REJECTS" for p in prep_objects(verb, phrase)]
    asks = [a for a in asks if a.lemma_.lower() in r.lex.words.refused_ask_nouns]
    if not asks:
        return
    authors = [p for a in asks for phrase in ("from", "by") for p in prep_objects(a, phrase)]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = refs_besides(r, authors, own)
    modality, conf = r.modality(verb)
    _emit_all(r, "REJECTS", sources, targets, modality, conf - 0.1)


def _received_delegation(r: Reader, verb: Token) -> None:
    """'received an IMF delegation', 'received a mission of observers from the OSCE': the host met the body
    or state that sent it (MET_WITH, PLOVER CONSULT). People received by their nation alone ('received 300
    Afghan refugees') are no delegation."""
    words = r.lex.words
    sent = [o for o in direct_objects(verb) if o.lemma_.lower() in words.delegation_nouns]
    if not sent:
        return
    held = sent + [p for o in sent for p in prep_objects(o, "of")]  # ("a mission of observers from X")
    senders = [p for h in (*held, verb) for p in prep_objects(h, "from")]
    senders += [c for o in sent for c in o.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    senders += [c for o in held[len(sent) :] for c in o.children if c.dep_ == "compound"]  # "of IAEA experts"
    targets = [
        x
        for t in senders
        if r.mention_at(t) is not None
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in STATES
    ]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = list({x.key: x for x in targets if r.ctx.actor(x.key) not in own}.values())
    modality, conf = r.modality(verb)
    _emit_all(r, "MET_WITH", sources, targets, modality, conf - 0.1)


def _sought_asylum(r: Reader, verb: Token) -> None:
    """'sought political asylum at the Mexican embassy in Quito', 'applied for asylum in Lithuania': the one
    asking asks the state of the embassy or the land (REQUESTS, as dev3's "sought political asylum at the
    embassy"); only a person asks it ('20,000 Sudanese sought refuge in Chad' is no act of Sudan)."""
    words = r.lex.words
    asked = [o for o in direct_objects(verb) if o.lemma_.lower() in words.asylum_nouns]
    asked += [p for p in prep_objects(verb, "for") if p.lemma_.lower() in words.asylum_nouns]
    if not asked:
        return
    places = [p for h in (verb, *asked) for w in ("at", "in", "from", "to") for p in prep_objects(h, w)]
    owners = [
        c
        for p in places
        if p.lemma_.lower() in words.mission_nouns
        for c in p.children
        if c.dep_ in {"amod", "compound", "poss", "nmod"}
    ]
    named = [p for p in places if p.lemma_.lower() not in words.mission_nouns and r.mention_at(p) is not None]
    states = [
        x
        for t in owners or named  # (an embassy's state, not the land it stands in)
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    missions = [p for p in places if p.lemma_.lower() in words.mission_nouns]
    if missions and not owners:  # "at the embassy (in Quito)": the one named before, not the host
        states = _earlier_mission(r, missions)
    sources, _ = _subject_refs(r, verb)
    sources = [s for s in sources if label_of_ref(s, r.topics) is Label.PERSON]  # (a person asks it)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = list({x.key: x for x in states if r.ctx.actor(x.key) not in own}.values())
    modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, [Ref(t.key, True) for t in targets], modality, conf - 0.15)


def _definite(noun: Token) -> bool:
    """'the step', 'this decision' (or 'a move' summing up the clause before it): a determiner on the noun."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "a", "an"} for c in noun.children)


def _possessed(r: Reader, noun: Token) -> bool:
    """'Serbia's refusal', 'its decision', 'the Algerian offer': the noun has a possessor or an actor's
    demonym."""
    acts = r.lex.words.act_anaphors | r.lex.words.proposal_nouns  # "the Algerian offer", not "Russian oil"
    if noun.lemma_.lower() in r.lex.words.integrity_nouns and any(
        (m := r.mention_at(p)) is not None and m.label in STATES for p in prep_objects(noun, "of")
    ):
        return True  # "pledged to defend the sovereignty of Somalia": Somalia's
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        (m := r.mention_at(p)) is not None and m.label in ACTORS for p in prep_objects(noun, "of")
    ):
        return True  # "welcomed the participation of Mongolia", "praised the efforts of Qatar": as "Qatar's"
    return any(
        c.dep_ == "poss"
        or (
            c.dep_ == "amod"
            and noun.lemma_.lower() in acts
            and (m := r.mention_at(c)) is not None
            and m.label in ACTORS
        )
        for c in noun.children
    )


def _reproached(r: Reader, verb: Token) -> None:
    """'Vilnius warned Minsk over the migrant flows', 'cautioned Islamabad over its tests': a warning over
    a deed reproaches the one warned (CRITICIZES); one that says what would follow is a threat instead."""
    if _has_complement(verb) or not any(
        c.dep_ == "prep" and c.lower_ in r.lex.words.reproach_preps for c in verb.children
    ):
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    targets = [x for o in direct_objects(verb) for x in r.refs(o, topics=False)]
    _emit_all(r, "CRITICIZES", sources, targets, modality, conf - 0.1)


def _envoy_rebuked(r: Reader, verb: Token) -> None:
    """'Nigeria's ambassador to Niger was summoned': with no agent, the host the envoy is posted to did it
    (CRITICIZES the envoy's state, inferred)."""
    envoys = r.lex.verbs[verb.lemma_.lower()].object_heads or frozenset()
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if subj.lemma_.lower() not in envoys:
            continue
        owners = [
            x
            for c in subj.children
            if c.dep_ in {"poss", "amod", "compound"}
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) is Label.COUNTRY
        ]
        hosts = [x for x in _prep_actors(r, [subj], "to") if label_of_ref(x, r.topics) is Label.COUNTRY]
        if not hosts:  # "Algeria reacted angrily to the French statement. The French ambassador was summoned"
            hosts = _previous_subject_state(r, verb, {r.ctx.actor(x.key) for x in owners})
        modality, conf = r.modality(verb)
        _emit_all(r, "CRITICIZES", [Ref(h.key, inferred=True) for h in hosts], owners, modality, conf - 0.2)


def _previous_subject_state(r: Reader, verb: Token, besides: set[str]) -> list[Ref]:
    """The agent a passive with no 'by' leaves out, where its own sentence names no other state: the one state
    the last sentence had as its (unquoted) subject, other than ``besides`` ("Iraq was furious over the
    burning. Sweden's ambassador was expelled": Iraq); nothing where that sentence had two."""
    named = {r.ctx.actor(m.key) for m in r.mentions if m.label is Label.COUNTRY} - besides
    if named or verb.dep_ not in {"ROOT", "conj"}:
        return []
    doer = r.ctx.office_guess(r.info.index - 1, window=0)
    return [Ref(doer, inferred=True)] if doer is not None and doer not in besides else []


def _blamed_for_attack(r: Reader, verb: Token) -> None:
    """'Iraq blamed Turkey for the attack on the resort', 'held Turkey responsible for the strike',
    'accused Turkey of the attack': the one charged organized the attack, as the accuser tells it (a
    reported claim, lower confidence; the attack convention)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp"})]
    attacks = [
        x
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"of", "for"}
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p)
        if x.key.startswith("?topic:") and r.topics[int(x.key.split(":")[1])].kind in r.lex.words.struck_kinds
    ]
    charged_with = list(direct_objects(verb))
    if not attacks and prep_objects(verb, "on"):
        # "The strike on the border post was blamed on Taliban forces", "a cyberattack it blamed on Tehran"
        blamed = [s for s in verb.children if s.dep_ == "nsubjpass"] if is_passive(verb) else charged_with
        if verb.dep_ == "relcl" and not blamed:
            blamed = [verb.head]
        attacks = [
            x
            for s in blamed
            for x in r.refs(s)
            if x.key.startswith("?topic:")
            and r.topics[int(x.key.split(":")[1])].kind in r.lex.words.struck_kinds
        ]
        charged_with = prep_objects(verb, "on")
    if not attacks:
        return
    charged = [x for o in charged_with for x in r.refs(o, topics=False)]
    charged = [x for x in charged if label_of_ref(x, r.topics) in ACTORS]
    modality, conf = r.modality(verb)
    _emit_all(r, "ORGANIZED", [Ref(x.key, inferred=True) for x in charged], attacks, modality, conf - 0.2)


def _sent_to_help(r: Reader, verb: Token) -> None:
    """'deployed soldiers to Russia to fight against Ukraine', 'sent troops to Mozambique to help it': troops
    sent to a state with a purpose of help support it (inferred, the arms-supply convention); a fight against
    the receiver itself ('sent troops to Ukraine to fight Ukrainians') is no help."""
    purposes = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() in r.lex.words.helping_purposes
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not purposes:
        return
    holders = [verb, *direct_objects(verb), *[c for c in verb.children if c.dep_ == "nsubjpass"]]
    receivers = [  # "to Mozambique" (a dative), "to Russia's Kursk region": the state in the phrase
        Ref(m.key)
        for h in holders
        for c in h.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for t in c.subtree
        if (m := r.mention_at(t)) is not None and m.label is Label.COUNTRY and t.i == m.end - 1
    ]
    if not receivers:
        return
    fought = {
        r.ctx.actor(x.key)
        for p in purposes
        for t in p.subtree
        if t.dep_ in {"dobj", "pobj"}
        for x in r.refs(t, topics=False)
    }
    receivers = [x for x in receivers if r.ctx.actor(x.key) not in fought]
    sources, _ = _subject_refs(r, verb)
    if is_passive(verb) and not sources:  # "North Korean troops have been deployed to Russia"
        sources = [
            Ref(m.key)
            for c in verb.children
            if c.dep_ == "nsubjpass"
            for t in c.subtree
            if (m := r.mention_at(t)) is not None and m.label is Label.COUNTRY
        ]
    sources = [x for x in sources if label_of_ref(x, r.topics) in STATES]
    modality, conf = r.modality(verb)
    _emit_all(r, "SUPPORTS", sources, [Ref(x.key, inferred=True) for x in receivers], modality, conf - 0.15)


def _voided(r: Reader, verb: Token) -> None:
    """'Seoul suspended the military pact with Pyongyang', 'Niger scrapped the defence accord': the
    subject rejects the agreement it ends (inferred, as leaving a treaty does)."""
    pacts = _topics_of_kind(r, carried_out(direct_objects(verb)), r.lex.words.voided_kinds)
    if not pacts:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf)


def _verb_event(r: Reader, verb: Token, event: VerbEvent) -> None:
    """'North Korea launched a ballistic missile': the subject ORGANIZED the missile launch (an event named
    by a verb and its object; the attack convention)."""
    topic = next((t for t in r.lex.topics if t.kind == event.kind), None)
    weapons = [o for o in direct_objects(verb) if o.lemma_.lower() in r.lex.words.struck_weapons]
    attack = next((t for t in r.lex.topics if t.kind == "attack"), None)
    if weapons and attack is not None:  # (round 27) "fired water cannon at a boat near Thitu Reef"
        named = " ".join(t.lower_ for t in weapons[0].subtree if t.dep_ == "compound" or t is weapons[0])
        _struck_place(r, verb, VerbEvent("attack", frozenset(), f"{named} attack", True), attack)
        return
    if event.struck and topic is not None and not spoken_attack(r, verb):
        _struck_place(r, verb, event, topic)
        return
    objects = [o for o in direct_objects(verb) if o.lemma_.lower() in event.objects]
    if not objects or topic is None:
        return
    sources, _ = _subject_refs(r, verb)
    doers = tuple(x.key for x in sources if label_of_ref(x, r.topics) in ACTORS)
    handle = r.topic(objects[0], named=topic, head=f"{objects[0].lemma_.lower()} {event.head}", agents=doers)
    if handle is not None:
        modality, conf = r.modality(verb)
        _emit_all(r, "ORGANIZED", sources, [Ref(handle)], modality, conf)


def _struck_place(r: Reader, verb: Token, event: VerbEvent, topic: Topic) -> None:
    """'Israel struck Rafah', 'Russian forces shelled Kharkiv': the attacker ORGANIZED a strike HELD_IN the
    place struck (the attack convention); a whole country struck is no place an event is held in."""
    if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children):
        return  # "the city, shelled for weeks," names no attacker ("Kyiv (was) hit by Russian missiles" does)
    objects = direct_objects(verb)
    if any(o.lemma_.lower() in r.lex.words.struck_weapons for o in objects):
        # "fired water cannon at a Philippine vessel": what the weapon was aimed at is what was struck
        objects = [p for prep in r.lex.words.aimed_preps for p in prep_objects(verb, prep)]
    struck = [t for o in objects for t in r.members(o)]
    # "the Jenin refugee camp", "targets in Erbil", "positions near Duhok": the place named in the object
    struck += [c for t in struck if r.mention_at(t) is None for c in t.children if c.dep_ == "compound"]
    # "the Ukrainian city of Kharkiv", "the town of Kapan", "the port of Izmail": the place named after 'of'
    # (r37: each of a list, "the towns of Jermuk, Goris and Vardenis")
    struck += [
        p for t in struck if r.mention_at(t) is None for q in prep_objects(t, "of") for p in r.members(q)
    ]
    # "Odesa's port", "Beirut's southern suburbs": the place that owns what was struck
    struck += [c for t in struck if r.mention_at(t) is None for c in t.children if c.dep_ == "poss"]
    named_in = [t.head for t in struck if t.dep_ in {"oprd", "attr"}]  # "struck what it called camps in X"
    struck += [
        p
        for t in [*struck, verb, *named_in]
        if r.mention_at(t) is None
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in r.lex.words.locative_preps  # "hideouts inside Afghanistan"
        for o in c.children
        if o.dep_ == "pobj"
        for p in (o, *o.conjuncts)  # "targets in northern Syria and Iraq"
    ]
    # "targets in Pakistan's Balochistan province": the place named on the area noun
    struck += [
        c
        for t in struck
        if r.mention_at(t) is None and t.lemma_.lower() in r.lex.words.region_nouns
        for c in t.children
        if c.dep_ in {"compound", "nmod"}
    ]
    places = list(
        dict.fromkeys(
            place
            for t in struck
            if (m := r.mention_at(t)) is not None and t.i == m.end - 1
            if (place := region_of(m, r.ctx) or r.side_region(t)) is not None
        )
    )
    # "struck militant camps in Pakistan": a state the struck things are in names where (no HELD_IN: the gold
    # holds events in regions), and the attack is on it
    states = list(
        dict.fromkeys(
            m.key
            for t in struck
            if t not in objects and (m := r.mention_at(t)) is not None and m.label is Label.COUNTRY
        )
    )
    # "hit a Russian oil refinery", "struck Iranian air defences": what is struck stands for its state
    states += [
        x.key
        for o in objects
        if r.mention_at(o) is None
        and (o.lemma_.lower() in r.lex.transparent or o.lower_ in r.lex.transparent)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY and x.key not in states
    ]
    states += [k for k in border_places_state(r, objects) if k not in states]  # "the Armenian town of Jermuk"
    sources, _ = _subject_refs(r, verb)
    sources += [x for x in _along_with(r, verb) if x not in sources]  # "struck X together with the US"
    doers = [x for x in sources if label_of_ref(x, r.topics) in STATES]
    doers_at = {r.ctx.actor(x.key) for x in doers}
    states = [k for k in states if k not in doers_at]
    owned = any(  # "struck Houthi targets in Yemen": the attack is on the group named, not on its state
        (m := r.mention_at(t)) is not None and m.label is Label.ORGANIZATION
        for t in struck
        if t not in objects
    )
    attacked = [] if owned else states
    if not (places or states) or not doers:
        return
    handle = r.topic(
        verb, named=topic, head=event.head, agents=tuple(x.key for x in doers), places=tuple(places or states)
    )
    if handle is None:
        return
    if handle.startswith("?topic:"):  # (round 27) "rammed a boat": also called by its head, "the ramming"
        r.topics[int(handle.split(":")[1])].aliases.add(event.head)
    modality, conf = r.modality(verb)
    _emit_all(r, "ORGANIZED", doers, [Ref(handle, inferred=True)], modality, conf)
    for place in places:
        r.held_in(Ref(handle), place, modality, conf - 0.1)  # "positions in southern Lebanon" too
    if attacked:
        _emit_all(r, "ATTACKED", doers, [Ref(k, inferred=True) for k in attacked], modality, conf - 0.15)


def _switched(r: Reader, verb: Token) -> None:
    """'switched diplomatic recognition from Taipei to Beijing': the subject now recognizes the one and
    rejects the other (the recognition convention)."""
    ties = [o for o in direct_objects(verb) if o.lemma_.lower() in r.lex.words.switched_nouns]
    if not ties:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    holders = [verb, *ties]
    _emit_all(r, "REJECTS", sources, _prep_actors(r, holders, "from"), modality, conf - 0.15)
    _emit_all(r, "RECOGNIZES", sources, _prep_actors(r, holders, "to"), modality, conf)


def _measure_covers(r: Reader, verb: Token) -> None:
    """'The measures, which also cover its prime minister X, were announced by A': a relative clause that
    widens a measure to someone puts them under it, by whoever imposes or announces it in the clause it
    hangs on, else by whoever the article said imposed it (inferred); so does a clause with the measure as
    its subject ("Canada imposed sanctions on X. The measures also target Y")."""
    if verb.dep_ in {"relcl", "acl"}:
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), verb)
        if noun is verb or noun.pos_ != "NOUN":
            return
    handle = r.topic(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    if handle is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "sanctions on X, which also cover Y": the clause hangs on the measure's last target
        noun = noun.head.head
        handle = r.topic(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    if handle is None or not handle.startswith("?topic:"):
        return
    node = r.topics[int(handle.split(":")[1])]
    if node.kind != "sanctions":
        return
    hit = [o for o in direct_objects(verb) if o.i > verb.i] + prep_objects(verb, "to")
    # only those named ("the organisers of the referenda in Kherson" put no sanctions on Kherson)
    named = [m for t in hit for m in r.members(t) if r.mention_at(m) is not None]
    targets = [
        x
        for t in named
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and label_of_ref(x, r.topics) is not Label.REGION
    ]
    targets = _sanctioned(r, hit, targets)
    if not targets:
        return
    governor = noun.head
    sources: list[Ref] = []
    if (
        noun.dep_ in {"nsubjpass", "dobj", "obj"}
        and governor.lemma_.lower() in r.lex.words.measure_announcing_verbs
    ):
        sources = [x for x in _subject_refs(r, governor)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not sources:  # "Poland imposed sanctions on X. The measures, which also cover Y, took effect"
        measured = set(node.targets)
        sources = [
            Ref(c.source, inferred=True)
            for c in r.ctx.claims
            if c.type == "SANCTIONS" and c.target in measured and c.modality is Modality.ASSERTED
        ]
    sources = list({x.key: x for x in sources}.values())
    modality, conf = r.modality(verb)
    _emit_all(r, "SANCTIONS", sources, [Ref(t.key, inferred=True) for t in targets], modality, conf)


def _urged_restraint(r: Reader, verb: Token) -> None:
    """'Clashes erupted between Armenian and Azerbaijani forces. Russia urged restraint.': a call for
    restraint asks the two sides the text just named (convention 6, inferred), when it names no one."""
    objects = direct_objects(verb)
    asked = objects + [p for c in verb.children if c.lower_ in {"for", "on", "upon"} for p in c.children]
    if not any(t.lemma_.lower() in r.lex.words.restraint_nouns for t in asked):
        return
    # "urged restraint on both China and the Philippines", "called for restraint from Kyiv": those named
    restraint = [t for t in asked if t.lemma_.lower() in r.lex.words.restraint_nouns]
    preps = [c for t in restraint for c in t.children if c.dep_ == "prep"]
    preps += [
        c for c in verb.children if c.dep_ == "prep" and any(c.i == t.right_edge.i + 1 for t in restraint)
    ]
    named = [
        q
        for c in preps
        if c.lower_ in {"on", "upon", "from", "by"}
        for p in c.children
        if p.dep_ == "pobj"
        for q in (p, *p.conjuncts, *(prep_objects(p, "of") if p.lower_ == "part" else []))
    ]  # ("restraint on the part of Yerevan")
    sources, _ = _subject_refs(r, verb)
    own = frozenset(r.ctx.actor(s.key) for s in sources)
    bound = [x for t in named for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if bound:
        modality, conf = r.modality(verb)
        _emit_all(r, "REQUESTS", sources, [x for x in bound if r.ctx.actor(x.key) not in own], modality, conf)
        return
    if any(x for t in asked for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS):
        return  # "urged Kyiv to show restraint" asks Kyiv
    sources, _ = _subject_refs(r, verb)
    own = frozenset(r.ctx.actor(s.key) for s in sources)
    labels = {Label.COUNTRY, Label.ORGANIZATION}
    here = r.named_before(verb, labels, besides=own)
    pair = tuple(here) if len(here) == 2 else r.ctx.last_pair(r.info.index, labels, window=1, besides=own)
    if not pair:  # "Pakistani jets struck targets in Kabul. Iran urged restraint": the striker and the struck
        fights = {
            (r.ctx.actor(c.source), r.ctx.actor(c.target))
            for c in r.ctx.told({r.info.index - 1}, {"ATTACKED", "INVADED"}, {Modality.ASSERTED})
        }
        sides = {k for pair_ in fights for k in pair_}
        if len(sides) == 2 and not sides & own and all(key_label(k) in labels for k in sides):
            pair = tuple(sorted(sides))
    if not pair:
        return
    modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, [Ref(k, inferred=True) for k in pair], modality, conf - 0.1)


def _travellers(r: Reader, verb: Token) -> bool:
    """Whether who travels is a person, a leader or a delegation (a journey is then a visit)."""
    found, _ = subjects(verb)
    for t in found:
        m = r.mention_at(t)
        if m is not None and m.label is Label.PERSON:
            return True
        if t.lemma_.lower() in r.lex.person_titles or t.lemma_.lower() in r.lex.words.traveller_nouns:
            return True
    return False


def _posted_in(r: Reader, objects: list[Token], phrase: str) -> list[Token]:
    """Where the persons a verb acts on are posted, told by a participle on them (or on the states they
    serve): 'recalled its ambassadors accredited in Algiers', 'the envoys of the member states posted to
    Rabat'."""
    return [
        p
        for o in objects
        for h in (o, *prep_objects(o, "of"))
        for c in h.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in r.lex.words.posting_participles
        for p in prep_objects(c, phrase)
    ]


def _told_official(r: Reader, verb: Token) -> None:
    """'Japan's foreign minister told her Chinese counterpart that ...', 'Erdogan told Putin that ...': one
    official telling another state's official speaks with him (MET_WITH, inferred); not "told reporters"."""
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative", "obj"}]
    # "told Saudi Arabia's foreign minister": a leader's or minister's title, for the state it names
    leaders = {t.split()[-1] for t in r.lex.head_titles} - r.lex.words.aide_nouns
    partners = [
        x
        for c in addressed
        if c.lemma_.lower() in r.lex.words.relative_titles | leaders or r.mention_at(c) is not None
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
        # an official, for his state ("told Putin"), or a counterpart (not "told Russia" in a statement)
        and (r.ctx.actor(x.key) != x.key or c.lemma_.lower() in r.lex.words.relative_titles | leaders)
    ]
    speakers = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    own = {r.ctx.actor(s.key) for s in speakers}
    partners = [p for p in partners if r.ctx.actor(p.key) not in own]
    if partners and speakers:
        modality, conf = r.modality(verb)
        _emit_all(r, "MET_WITH", speakers, [Ref(p.key, True) for p in partners], modality, conf - 0.1)
