"""Evaluations and requests about acts referred to indirectly (round 23).

- "Activists condemned the Kremlin's decision. X called it a betrayal": whose act a stance took as its
  object, for "it" in the next sentence (``remember_judged_act``; read in ``coref``).
- "urged the Security Council to hold Israel accountable": who asks for blame blames (CRITICIZES, inferred).
- "asked for an emergency meeting of the Security Council", "sought consultations under Article 4 of the
  North Atlantic Treaty": the body asked to meet is asked (REQUESTS, inferred).
- "will sign only after Armenia removes the clause", "will not lift the sanctions until Russia withdraws": a
  condition on another's act is a demand on it (REQUESTS, inferred; the act itself is not done).

Vocabulary is data (lexicon ``judged_requests``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import direct_objects, is_infinitive, is_passive, subjects
from loaders.extract.refs import ACTORS, STATES, Ref, inside_quotes, key_label
from loaders.extract.sentence import Reader, label_of_ref
from loaders.extract.topics import topic_of

_STANCES = frozenset({"CONDEMNS", "CRITICIZES", "SUPPORTS", "REJECTS"})


def remember_judged_act(r: Reader, verb: Token, rel: str | None) -> None:
    """'Activists condemned the Kremlin's decision': the owners of an act noun (lexicon act_anaphors) that a
    stance verb takes as object, for "called it a betrayal" in the next sentence."""
    if rel not in _STANCES or r.info.index in r.ctx.judged_acts:
        return
    for obj in direct_objects(verb):
        if obj.lemma_.lower() not in r.lex.words.act_anaphors:
            continue
        owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [r.ctx.actor(x.key) for c in owners for x in r.refs(c, topics=False)]
        found = [k for k in found if key_label(k) in ACTORS]
        if found:
            r.ctx.judged_acts[r.info.index] = tuple(dict.fromkeys(found))
            return


def _infinitives(verb: Token) -> list[Token]:
    """The infinitive clauses a verb of asking asks for: "urged X to ...", "called on X to ..."."""
    out = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and is_infinitive(c)]
    out += [
        c
        for p in verb.children
        if p.dep_ in {"dobj", "obj", "prep"}
        for n in (p, *p.children)
        for c in n.children
        if c.dep_ in {"xcomp", "acl", "relcl", "advcl"} and is_infinitive(c)
    ]
    return list(dict.fromkeys(out))


def asked_to_blame(r: Reader, verb: Token) -> list[Ref]:
    """'urged the Council to hold Israel accountable', 'called on the ICC to bring X to justice', 'asked
    the assembly to condemn X': the one to be blamed (the asker criticizes it, inferred)."""
    words = r.lex.judged_requests
    lemma = verb.lemma_.lower()
    asking = lemma in r.lex.requesting_verbs
    if not asking and lemma not in r.lex.words.say_verbs:
        return []
    # "demanded that Russia be held accountable", "said Russia must be held accountable": a passive
    # that-clause (bare after a verb of asking, with a modal of duty after one of saying)
    passive = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and any(a.dep_ == "auxpass" for a in c.children)
        and (
            (asking and not any(a.dep_ == "aux" for a in c.children))
            or any(a.dep_ == "aux" and a.lower_ in r.lex.words.deontic_modals for a in c.children)
        )
    ]
    blamed: list[Token] = []
    for clause in (_infinitives(verb) if asking else []) + passive:
        lemma = clause.lemma_.lower()
        trig = r.lex.verbs.get(lemma)
        held = words.blame_verbs.get(lemma)
        if clause in passive and held is not None:
            said = {t.lower_ for c in clause.children for t in c.subtree if c.dep_ != "nsubjpass"}
            if said & held:
                blamed += [c for c in clause.children if c.dep_ == "nsubjpass"]
            continue
        if held is not None:  # "hold X accountable", "bring X to justice"
            said = {t.lower_ for c in clause.children for t in c.subtree if c.dep_ != "dobj"}
            if said & held:  # (the one held parsed as the subject of a small clause: "Israel accountable")
                small = [
                    s for c in clause.children if c.dep_ in {"ccomp", "oprd", "acomp"} for s in subjects(c)[0]
                ]
                blamed += direct_objects(clause) or small
        elif lemma in words.punishing_verbs or (trig is not None and trig.rel in {"CONDEMNS", "CRITICIZES"}):
            blamed += direct_objects(clause)
    asked = {x.key for c in direct_objects(verb) for x in r.refs(c, topics=False)}
    found = [x for b in blamed for x in r.refs(b)]
    return [
        Ref(r.ctx.actor(x.key), inferred=True)
        for x in found
        if label_of_ref(x, r.topics) in ACTORS and x.key not in asked
    ]


def _treaty_body(r: Reader, noun: Token) -> list[Ref]:
    """'consultations under Article 4 of the North Atlantic Treaty': the body whose founding treaty it is
    (lexicon judged_requests.founding_treaties); the phrase may hang on the verb."""
    holders = [noun, noun.head] if noun.dep_ in {"dobj", "obj"} else [noun]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "under"):
        for article in (p for p in prep.children if p.dep_ == "pobj"):
            for part in article.subtree:
                name = " ".join(t.lower_ for t in part.subtree if t.pos_ in {"PROPN", "NOUN", "ADJ"})
                body = r.lex.judged_requests.founding_treaties.get(name)
                surface = r.ctx.gazetteer.lookup(body) if body is not None else None
                if surface is not None:
                    return [Ref(r.ctx.place(surface.key), inferred=True)]
    return []


def requested_meeting(r: Reader, verb: Token) -> list[Ref]:
    """'requested an emergency meeting of the UN Security Council', 'would seek a session of the OSCE
    Permanent Council', 'asked for consultations under Article 4 of the North Atlantic Treaty': the body."""
    words = r.lex.judged_requests
    if verb.lemma_.lower() not in words.meeting_verbs:
        return []
    objects = direct_objects(verb) if verb.lemma_.lower() in words.meeting_object_verbs else []
    nouns = objects + [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    out: list[Ref] = []
    for noun in nouns:
        if noun.lemma_.lower() not in words.meeting_nouns and noun.lower_ not in words.meeting_nouns:
            continue
        bodies = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = [x for b in bodies for x in r.refs(b, topics=False)]
        out += [Ref(x.key, inferred=True) for x in found if label_of_ref(x, r.topics) is Label.ORGANIZATION]
        out += _treaty_body(r, noun)
    if is_passive(verb) and verb.lemma_.lower() in words.meeting_object_verbs:
        out += [x for s in verb.children if s.dep_ == "nsubjpass" for x in _meeting_bodies(r, s)]
    return out


def _meeting_bodies(r: Reader, held: Token) -> list[Ref]:
    """(round 38) 'The session was requested by A and B', 'It was requested by A': the bodies whose meeting
    the subject is (a meeting topic's organizing bodies), when the subject stands for a meeting."""
    words = r.lex.judged_requests
    if held.pos_ != "PRON" and held.lemma_.lower() not in words.meeting_nouns:
        return []
    told = r.refs(held) if held.pos_ != "PRON" else []
    if held.lower_ == "it":  # (the last sentence's subject, when it was a thing: sentence.remember)
        told = [Ref(k, inferred=True) for k in r.ctx.thing_subjects.get(r.info.index - 1, ())]
    out: list[Ref] = []
    for x in told:
        if not x.key.startswith("?topic:"):
            continue
        node = r.topics[int(x.key.split(":")[1])]
        if node.head.lower() not in words.meeting_nouns and not node.heads.keys() & words.meeting_nouns:
            continue
        hosts = [c.source for c in r.ctx.claims if c.type == "ORGANIZED" and c.target == x.key]
        out += [Ref(a, inferred=True) for a in [*node.agents, *hosts] if key_label(a) is Label.ORGANIZATION]
    return out


def _modal(verb: Token, modals: frozenset[str]) -> bool:
    """Whether the verb has one of the modals as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def made_conditional(r: Reader, verb: Token) -> list[Ref]:
    """'Baku has made its signature conditional on Yerevan amending its constitution': the one whose act
    (a gerund after it) is the condition."""
    words = r.lex.judged_requests
    if verb.lemma_.lower() not in words.condition_make_verbs or inside_quotes(r.sent, verb.i):
        return []
    adjectives = [c for c in verb.children if c.lemma_.lower() in words.condition_adjectives]
    held = [p for a in adjectives for c in a.children if c.lower_ == "on" for p in c.children]
    doers = [
        p
        for p in held
        if p.dep_ == "pobj" and p.right_edge.i + 1 < len(p.doc) and p.doc[p.right_edge.i + 1].tag_ == "VBG"
    ]
    found = [x for d in doers for x in r.refs(d, topics=False)]
    return [Ref(r.ctx.actor(x.key), inferred=True) for x in found if label_of_ref(x, r.topics) in ACTORS]


def lasting(r: Reader, verb: Token) -> bool:
    """'the ban will stay until ...', 'the suspension would remain in force until ...': a measure (no actor)
    said to last, not an actor staying ("Kenyan officers would remain until the force is ready")."""
    if verb.lemma_.lower() not in r.lex.judged_requests.persisting_verbs:
        return False
    held = [s for s in verb.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]
    refs = [x for s in held for x in r.refs(s, topics=False)]
    return bool(held) and not any(label_of_ref(x, r.topics) in ACTORS for x in refs)


def none_there_with(r: Reader, verb: Token) -> list[Token]:
    """'there will be no relations with X': the X of an existential "no ... with" (round 37c)."""
    words = r.lex.judged_requests
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return []
    held = [
        a for a in verb.children if a.dep_ == "attr" and any(d.lower_ in words.none_words for d in a.children)
    ]
    withs = [p for a in held for p in a.children if p.dep_ == "prep" and p.lower_ in words.counterpart_preps]
    return [o for w in withs for o in w.children if o.dep_ == "pobj"]


def conditioned_on(r: Reader, verb: Token) -> list[Ref]:
    """'Baku will sign only after Yerevan removes the clause', 'will not lift the sanctions until Moscow
    withdraws', 'would recognise it only if Serbia agreed': the one whose act is the condition."""
    words = r.lex.judged_requests
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & words.condition_modals or inside_quotes(r.sent, verb.i):
        return []
    counterparts = none_there_with(r, verb)
    negated = any(c.dep_ == "neg" for c in verb.children) or bool(counterparts)
    out: list[Ref] = []
    # (round 37b) an "only after" clause the parser hung on a relative clause of the object: "would sign the
    # treaty whose text they agreed only after Yerevan amends ..." (the relative clause has no modal)
    relatives = [c for o in direct_objects(verb) for c in o.children if c.dep_ in {"relcl", "acl"}]
    hung = [c for v in relatives if not _modal(v, words.condition_modals) for c in v.children]
    for clause in (c for c in (*verb.children, *hung) if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}):
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if not marks:
            continue
        mark = marks[0].lower_
        only = any(
            t.lower_ == "only" and t.dep_ == "advmod" and t.i < marks[0].i
            for t in (*clause.children, *verb.children, *marks[0].children)
        )
        if clause.head.i != verb.i and not only:
            continue
        stated = (mark in words.only_marks and only) or (mark in words.negated_marks and negated)
        if not (stated or (mark in words.lasting_marks and lasting(r, verb))):
            continue  # ("will sign unless Yerevan objects" asks nothing of Yerevan)
        if clause.lemma_ == verb.lemma_ or any(c.lower_ in words.parallel_adverbs for c in clause.children):
            continue  # "would join NATO only if Sweden joined too": a step taken together, no demand
        # an actor's own act (not a passive: "will not stop until Hamas is destroyed" asks nothing of Hamas)
        acting = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not acting and any(c.dep_ == "nsubjpass" for c in clause.children):
            # (round 37c) "there will be no ties with X unless the border is secured": X is asked
            acting = counterparts
        found = [x for s in acting for x in r.refs(s, topics=False)]
        out += [Ref(r.ctx.actor(x.key), inferred=True) for x in found if label_of_ref(x, r.topics) in ACTORS]
    return out


def mandated(r: Reader, verb: Token) -> tuple[list[Ref], list[Ref]]:
    """'Faye, who was mandated by ECOWAS leaders to mediate', 'the AU tasked Ruto to lead the talks', 'was
    tasked by IGAD with mediating': (who mandates, who is mandated); a mandate to act is asked of the one
    mandated. Only with an act to do (an infinitive, or "with" and a gerund): "charged with treason" is no
    mandate ("charge" needs the infinitive)."""
    words = r.lex.judged_requests
    lemma = verb.lemma_.lower()
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "advcl", "ccomp"} and is_infinitive(c)]
    gerund = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in words.mandate_preps
        for p in c.children
        if p.dep_ == "pcomp" and p.tag_ == "VBG"
    ]
    if lemma not in words.mandating_verbs or not (acts or (gerund and lemma == "task")):
        return [], []
    by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if by:  # the passive: "was mandated by ECOWAS leaders to mediate"
        doers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "relcl" and any(d.tag_ in {"WP", "WDT"} for d in doers):
            doers = [verb.head]  # "Faye, who was mandated by ECOWAS": the noun the clause hangs on
    else:  # "the AU mandated Ruto to lead": its object, or the infinitive's subject
        doers = direct_objects(verb) + [s for a in acts if a.dep_ == "ccomp" for s in subjects(a)[0]]
        by = subjects(verb)[0]
    givers = [x for b in by for x in r.refs(b, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    given = [x for d in doers for x in r.refs(d, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return givers, [Ref(x.key, inferred=True) for x in given]


def first_judgement(evaluations: dict[str, str], words: list[str], quoted: list[str]) -> str | None:
    """The relation of the evaluation word or phrase that comes first: "called the incursion 'reckless and
    illegal'" criticizes (the head word first), "'illegal and provocative'" rejects; a hostile word outweighs
    praise ("a historic mistake", "a bold provocation"). None when no word or phrase matches (as
    ``_evaluation`` reads them: a word among the words, a phrase in their text)."""
    text = " ".join(words + quoted)
    # the parser splits hyphened words ("one - sided"): they are read joined as well ("one-sided")
    joined = text.replace(" - ", "-")
    padded = f" {text} "
    tokens = set(words) | set(quoted) | set(joined.split())
    best: tuple[int, str] | None = None
    for phrase, rel in evaluations.items():
        if " " in phrase:
            at = text.find(phrase)
            at = at if at >= 0 else joined.find(phrase)
        elif phrase in tokens:
            at = padded.find(f" {phrase} ")
            at = at if at >= 0 else f" {joined} ".find(f" {phrase} ")
        else:
            continue
        if at >= 0 and (best is None or (rel != "SUPPORTS", -at) > (best[1] != "SUPPORTS", -best[0])):
            best = (at, rel)
    return best[1] if best is not None else None


def asked_to_uphold(r: Reader, verb: Token) -> list[Ref]:
    """'urged Venezuela to respect the 1899 arbitral award', 'urged ASEAN to conclude a binding code of
    conduct', 'called on both sides to implement the ceasefire agreement': who asks that an agreement be
    kept, made or joined backs it (SUPPORTS the agreement, inferred; lexicon
    judged_requests.upholding_verbs)."""
    words = r.lex.judged_requests
    if verb.lemma_.lower() not in r.lex.requesting_verbs:
        return []
    kept: list[Token] = []
    for clause in _infinitives(verb):
        if clause.lemma_.lower() not in words.upholding_verbs or any(
            c.dep_ == "neg" for c in clause.children
        ):
            continue
        kept += direct_objects(clause)
        kept += [
            p
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ in words.upholding_preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
    kept = [k for k in kept if k.lemma_.lower() not in words.unheld_objects]  # "respect international law"
    found = [x for k in kept for x in r.refs(k)]
    return [Ref(x.key, inferred=True) for x in found if label_of_ref(x, r.topics) is Label.AGREEMENT]


def _owner_or_place(r: Reader, nouns: list[Token]) -> list[Ref]:
    """The state whose order is to be restored: its owner ("Guinea's return to constitutional order", "the
    island's constitutional order") or its place ("constitutional order in Guinea")."""
    held = [c for n in nouns for c in n.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    held += [
        p
        for n in nouns
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    found = [x for h in held for x in r.refs(h, topics=False)]
    return [Ref(r.ctx.actor(x.key), inferred=True) for x in found if label_of_ref(x, r.topics) in STATES]


def restoration_asked(r: Reader, verb: Token) -> list[Ref]:
    """'ECOWAS demanded the restoration of constitutional order in Guinea', 'called for Mali's return to
    civilian rule', 'said the island's constitutional order must be restored': the state whose order is to
    be restored is asked (REQUESTS, inferred; lexicon judged_requests.restoring_nouns, restored_objects)."""
    words = r.lex.judged_requests
    lemma = verb.lemma_.lower()
    out: list[Ref] = []
    if (lemma in r.lex.requesting_verbs and not direct_objects(verb)) or lemma in words.meeting_object_verbs:
        nouns = direct_objects(verb) + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
        ]
        for noun in (n for n in nouns if n.lemma_.lower() in words.restoring_nouns):
            restored = [
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in words.restored_objects
            ]
            if restored:
                out += _owner_or_place(r, [noun, *restored])
    if lemma in r.lex.words.say_verbs:  # "said the island's constitutional order must be restored"
        for clause in (
            c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in words.restoring_verbs
        ):
            if not any(a.dep_ == "aux" and a.lower_ in r.lex.words.deontic_modals for a in clause.children):
                continue
            restored = [
                c
                for c in clause.children
                if c.dep_ == "nsubjpass" and c.lemma_.lower() in words.restored_objects
            ]
            out += _owner_or_place(r, restored)
    return out


def judged_clause(r: Reader, verb: Token, obj: Token) -> list[Ref]:
    """'Israel struck Doha on Tuesday in what Qatar called a cowardly attack', 'closed the corridor, in what
    Armenia described as a blockade': the free relative is the main clause's act; the event it made (told
    in this sentence), else its doer (inferred)."""
    head = verb.head
    if obj.lower_ == "which" and verb.dep_ == "relcl" and head.ent_type_ in {"DATE", "TIME"}:
        # "struck a compound in Beirut last night, which Lebanon called a violation": hung on the verb's time
        timed = head.head.head if head.dep_ == "pobj" else head.head
        objects = (
            [o for o in direct_objects(timed) if o.i < head.i] if head.dep_ in {"pobj", "npadvmod"} else []
        )
        head = objects[-1] if objects else head
    if obj.lower_ == "which" and verb.dep_ == "relcl" and head.dep_ in {"dobj", "obj"}:
        # "expelled two Estonian diplomats, which Tallinn called an unfriendly act": the people a deed was
        # done to are not what is judged; the deed is (lexicon judged_requests.patient_heads)
        if head.lemma_.lower() not in r.lex.judged_requests.patient_heads:
            return []
        main = head.head
    elif obj.lower_ == "what" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        main = verb.head.head
    else:
        return []
    if main.pos_ not in {"VERB", "AUX"}:
        return []
    doers = [x for s in subjects(main)[0] for x in r.refs(s, topics=False)]
    doers = [x for x in doers if label_of_ref(x, r.topics) in ACTORS]
    keys = {r.ctx.actor(x.key) for x in doers} | {x.key for x in doers}
    made = [
        c.target
        for c in r.ctx.claims
        if c.sent.index == r.info.index and c.type == "ORGANIZED" and c.source in keys
    ]
    if made:
        return [Ref(made[-1], inferred=True)]
    return [Ref(r.ctx.actor(x.key), inferred=True) for x in doers]


_OWNED_STANCES = frozenset({"CRITICIZES", "CONDEMNS"})


def deed_owner(r: Reader, obj: Token, rel: str | None) -> list[Ref]:
    """'faulted Baku's new course', 'slammed Quito's pause': criticism of an act that names no
    node of its own is counted against the act's owner (the possessor, an actor or a text), inferred. Not
    when the owner suffers the act (lexicon patient_nouns: "Glas' detention")."""
    lemma = obj.lemma_.lower()
    words = r.lex.words
    if (
        rel not in _OWNED_STANCES
        or obj.pos_ != "NOUN"
        or lemma in words.patient_nouns | words.unowned_deed_nouns
    ):
        return []
    owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.tag_ != "WP$"]
    found = [x for c in owners for x in r.refs(c)]
    found = [x for x in found if label_of_ref(x, r.topics) is not Label.REGION]
    return [Ref(x.key, inferred=True) for x in found]


def judged_act_doer(r: Reader, verb: Token) -> None:
    """(r37b) "Lithuania closed two checkpoints ... Belarus criticised the closure": the bare act judged (an
    event of its own, topics judged_act) was done by the doers of the act verb that told it lately (lexicon
    act_verb_nouns, within the story item): they ORGANIZED it (inferred)."""
    if verb.lemma_.lower() not in r.lex.words.act_judging_verbs:
        return
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "obj", "nsubjpass"} or any(c.dep_ == "prep" for c in obj.children):
            continue
        kind = topic_of(obj, r.lex, r.active)
        if kind is None or kind.kind != "judged_act":
            continue
        doers = r.act_noun_doer(obj.lemma_.lower(), window=8) or []
        handle = r.topic(obj) if doers else None
        if handle is None:
            continue
        for doer in doers:
            r.emit(Ref(doer.key, inferred=True), "ORGANIZED", Ref(handle), Modality.ASSERTED, 0.7)
