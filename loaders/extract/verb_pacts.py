"""Verb rules: statements and deeds remembered for later sentences, the objects a verb reaches,
agreements and votes, clashes, captures and evictions, mediation, reactions, threats and
reprisals, and membership.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import (
    direct_objects,
    is_infinitive,
    is_passive,
    parenthetical_object,
    prep_objects,
    subjects,
)
from loaders.extract.judged import (
    asked_to_blame,
    asked_to_uphold,
    conditioned_on,
    deed_owner,
    judged_act_doer,
    lasting,
    made_conditional,
    mandated,
    none_there_with,
    remember_judged_act,
    requested_meeting,
    restoration_asked,
)
from loaders.extract.lexicon import Trigger
from loaders.extract.refs import inside_quotes, key_label
from loaders.extract.rule_helpers import (
    _HOSTILE,
    _adjective_sides,
    _contest,
    _document_headed,
    _emit_all,
    _hostile_act,
    _pairwise,
    _parent,
    _prep_actors,
    _struck_state,
    _subject_refs,
    joined,
)
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, actors_besides, label_of_ref
from loaders.extract.stances import (
    recent_resolution,
)
from loaders.extract.topics import topic_of


def _relative_on_claim(r: Reader, o: Token, verb: Token) -> bool:
    """A relative pronoun whose clause hangs on a claim noun, "..., allegations that Minsk dismissed", or the
    claim noun itself as the object of a relative with no pronoun, "..., a charge New Delhi dismissed"."""
    if o.lemma_.lower() in r.lex.words.claim_nouns and verb.dep_ == "relcl" and verb.head.i == o.i:
        return not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in o.children)
    return (
        o.lower_ in {"which", "that"}
        and o.head.dep_ == "relcl"
        and o.head.head.lemma_.lower() in r.lex.words.claim_nouns
    )


def _judged_requests(r: Reader, verb: Token, trig: Trigger | None) -> None:
    """Round 23 (judged.py): stances taken on an owned act, remembered; blame asked for ("urged the Council
    to hold Israel accountable": CRITICIZES Israel, inferred); a body's meeting asked for ("requested an
    emergency meeting of the Security Council": REQUESTS it); conditions on another's act ("will sign only
    after Armenia removes the clause": REQUESTS Armenia); agreements asked to be kept (SUPPORTS), orders asked
    to be restored and mandates to act (REQUESTS). The asked acts themselves are not done."""
    if trig is not None:  # (only a stance's own trigger remembers the act it judged)
        remember_judged_act(r, verb, trig.rel)
    judged_act_doer(r, verb)  # "... Belarus criticised the closure": Lithuania's (r37b)
    # each reader asks for its own verbs; they are tested here once, so most verbs call none of them
    lemma, asks = verb.lemma_.lower(), r.lex.judged_requests
    asking, saying = lemma in r.lex.requesting_verbs, lemma in r.lex.words.say_verbs
    blamed = asked_to_blame(r, verb) if asking or saying else []
    upheld = asked_to_uphold(r, verb) if asking else []
    restoring = asking or saying or lemma in asks.meeting_object_verbs
    restored = restoration_asked(r, verb) if restoring else []
    bodies = requested_meeting(r, verb) if lemma in asks.meeting_verbs else []
    gated = any(c.dep_ == "advcl" for c in verb.children) or any(
        c.dep_ in {"relcl", "acl"} for o in direct_objects(verb) for c in o.children
    )
    conditions = conditioned_on(r, verb) if gated else []
    conditions += made_conditional(r, verb)
    if lemma in asks.mandating_verbs:
        givers, given = mandated(r, verb)
        modality, conf = r.modality(verb)
        _emit_all(r, "REQUESTS", givers, given, modality, conf - 0.1)
    if not (blamed or bodies or conditions or upheld or restored):
        return
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    if modality is Modality.FUTURE:  # "said Poland would seek a meeting": an announced request
        modality = Modality.ASSERTED
    _emit_all(r, "CRITICIZES", sources, blamed, modality, conf - 0.1)
    _emit_all(r, "SUPPORTS", sources, upheld, modality, conf - 0.1)
    _emit_all(r, "REQUESTS", sources, bodies + restored, modality, conf - 0.1)
    setters = sources
    if (
        conditions
        and (is_passive(verb) or lasting(r, verb) or bool(none_there_with(r, verb)))
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in r.lex.words.say_verbs
    ):
        # (round 26) "X said the treaty could be signed only once Y ...": no actor in the passive, the speaker
        # (round 37b: and "X said the ban would stay until Y ...", a measure that lasts)
        setters = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
        setters = setters or _subject_refs(r, verb.head)[0]
    # the demand is made whatever becomes of the act it conditions ("will not sign unless X ...")
    _emit_all(r, "REQUESTS", setters, conditions, Modality.ASSERTED, 0.6)


def _as_embargo(r: Reader, verb: Token, trig: Trigger | None) -> Trigger | None:
    """'China blocked imports of Lithuanian goods', 'barred Russian ships': stopping a state's trade or
    carriers is a sanction on it, as a ban is (the goods words are the ban's)."""
    ban = r.lex.verbs.get("ban")
    heads = (ban.object_heads or frozenset()) if ban is not None else frozenset()
    if ban is not None and any(o.lemma_.lower() in heads or o.lower_ in heads for o in direct_objects(verb)):
        return ban
    return trig


def _measure_aimed(r: Reader, verb: Token) -> bool:
    """Whether a verb of aiming aims a measure, not force: the sentence names a sanction or a trade measure
    ("the package targets Russian banks"), or the verb's means is no weapon ("with export controls")."""
    for t in r.sent:
        trig = r.lex.nouns.get(t.lemma_.lower())
        verb_trig = r.lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if (trig is not None and trig.rel == "SANCTIONS") or t.lemma_.lower() in r.lex.words.trade_measures:
            return True
        if verb_trig is not None and verb_trig.rel == "SANCTIONS":
            return True
    arms = r.lex.words.supplied_arms
    return any(p.lemma_.lower() not in arms for p in prep_objects(verb, "with"))


def _dealt_measure(r: Reader, verb: Token) -> bool:
    """'hit Lithuanian officials with sanctions', 'struck Chinese goods with tariffs': a measure dealt, no
    strike (its relation is the measure's own)."""
    dealt = [p for p in prep_objects(verb, "with") for p in (p, *p.conjuncts)]
    return any(
        ((trig := r.lex.nouns.get(p.lemma_.lower())) is not None and trig.rel == "SANCTIONS")
        or p.lemma_.lower() in r.lex.words.trade_measures
        for p in dealt
    )


def _met(r: Reader, targets: list[Ref], trig: Trigger) -> list[Ref]:
    """The objects a meeting verb may take (a summit discussed is no one met)."""
    return [
        t
        for t in targets
        if trig.objects is None
        or label_of_ref(t, r.topics) in trig.objects
        or (Label.COUNTRY in trig.objects and r.acting_region(t.key))  # "visited Taiwan"
    ]


def _through_verb(r: Reader, verb: Token) -> bool:
    """Whether a verb under "refused to" / "declined to" says a stance the refusal turns down: a verb of
    the lexicon, or a light verb with a stance noun ("refused to take part", "declined to give support")."""
    lemma = verb.lemma_.lower()
    words = r.lex.words
    return (
        lemma in r.lex.light_verbs
        or lemma in words.say_verbs
        or lemma in words.holding_verbs
        or lemma in words.gather_verbs
        or lemma in words.verb_events
        or any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in r.lex.nouns for c in verb.children)
        or any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in {"in", "to"}) for c in verb.children)
    )


def _remember_speaker(r: Reader, verb: Token) -> None:
    """'Vance told the conference that ...': who spoke, for 'the remarks' in the sentences after."""
    if verb.dep_ not in {"ROOT", "conj"} or inside_quotes(r.sent, verb.i):
        return
    speakers = [x.key for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if speakers:
        r.ctx.speakers[r.info.index] = tuple(dict.fromkeys(r.ctx.actor(k) for k in speakers))


def _announced_act(r: Reader, verb: Token) -> bool:
    """A verb of saying whose object is an act, not words nor a clause: "declared a state of emergency",
    "announced a curfew", "warned Taiwan" (a deed for "the decision" after it)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return (
        bool(objects)
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
        and not any(o.lemma_.lower() in r.lex.words.speech_nouns for o in objects)
        and not inside_quotes(r.sent, verb.i)
    )


def _remember_deed(r: Reader, verb: Token) -> None:
    """'Poland will close the last Belarusian consulate, Warsaw said': who did a deed the lexicon has no
    relation for, for 'the decision' or 'the move' in the next sentence."""
    main = verb.dep_ == "ROOT" or (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() in r.lex.words.say_verbs
    )
    if (
        not main
        or r.info.index in r.ctx.deeds
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in r.lex.words.copulas
        or not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return
    # the named subjects only (a name, not a pronoun: cheap, and what "the decision" follows), and an organ
    # named with its state ("Ecuador's president declared a state of emergency")
    said = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    named = [m for t in said if (m := r.mention_at(t))]
    doers = [m.key for m in named if m.label in STATES] + [
        r.ctx.actor(x.key)  # (a junta is its own: "Niger's junta announced a ban")
        for t in said
        if r.mention_at(t) is None
        and t.lemma_.lower() in r.lex.state_organs
        and any(c.dep_ in {"poss", "amod", "compound"} and r.mention_at(c) for c in t.children)
        for x in r.refs(t, topics=False)
        if key_label(r.ctx.actor(x.key)) in STATES
    ]
    if not doers or inside_quotes(r.sent, verb.i):
        return
    if r.modality(verb)[0] in {Modality.ASSERTED, Modality.FUTURE}:
        r.ctx.deeds[r.info.index] = tuple(dict.fromkeys(r.ctx.actor(k) for k in doers))


def remember_act(r: Reader, verb: Token) -> None:
    """'Canada imposed sanctions on X', 'Nauru severed ties with Taipei': an act verb (lexicon act_verb_nouns)
    and its doers, for 'the measures' or 'the decision' a later reaction names (round 29). Background is no
    act: a pluperfect ('had sanctioned'), a relative or adverbial clause ('which sanctioned X in 2023'), a
    denied, quoted or conditional one."""
    lemma = verb.lemma_.lower()
    if lemma not in r.lex.words.act_verb_nouns or verb.pos_ != "VERB" or inside_quotes(r.sent, verb.i):
        return
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    # (done to something: "the consulate would close" tells no one's act)
    if not any(c.dep_ in {"dobj", "obj", "agent"} for c in verb.children):
        return
    if clause.dep_ in {"relcl", "advcl", "acl", "amod", "pcomp", "pobj"} or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "had") for c in verb.children
    ):
        return
    if r.modality(verb)[0] not in {Modality.ASSERTED, Modality.FUTURE}:
        return
    # (a state or body acts; a person for the state he holds office in)
    doers = [r.ctx.actor(x.key) for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    doers = [d for d in doers if key_label(d) in STATES]
    if doers:
        r.ctx.acts.setdefault(r.info.index, []).append((lemma, tuple(dict.fromkeys(doers))))


def remember_statement(r: Reader, verb: Token) -> None:
    """'Canada, Australia and New Zealand issued a joint statement': who may be meant by 'the statement'."""
    if verb.lemma_.lower() in r.lex.words.closing_verbs and any(
        o.lemma_.lower() in r.lex.words.speech_nouns for o in prep_objects(verb, "with")
    ):
        # "The meeting ... ended with a joint statement": those who just met issued it
        met = [
            k
            for c in r.ctx.claims
            if c.type == "MET_WITH" and r.info.index - 1 <= c.sent.index <= r.info.index
            for k in (r.ctx.actor(c.source), r.ctx.actor(c.target))
        ]
        if len(set(met)) >= 2:
            r.ctx.statement = (r.info.index, tuple(dict.fromkeys(met)))
        return
    if verb.lemma_.lower() not in r.lex.light_verbs:
        return
    if not any(o.lemma_.lower() in r.lex.words.speech_nouns for o in direct_objects(verb)):
        return
    authors = [x.key for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if authors:
        r.ctx.statement = (r.info.index, tuple(dict.fromkeys(r.ctx.actor(a) for a in authors)))


def _asked_in_that_clause(r: Reader, verb: Token) -> list[Ref]:
    """'Venezuela demanded that Guyana halt oil exploration': the actor that opens a "that" clause under a
    verb of asking is asked, also where the parser read the subjunctive verb as a noun ('halt')."""
    for clause in verb.children:
        # ("Mali junta demands that France withdraw", a headline's clause read as the verb's modifier)
        if clause.dep_ not in {"ccomp", "acl"} or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            continue
        mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that")
        m = r.mention_at(verb.doc[mark.i + 1]) if mark.i + 1 < verb.sent.end else None
        if m is not None and m.label in ACTORS and m.start == mark.i + 1:
            return [Ref(m.key, inferred=True)]
    return []


def _object_refs(r: Reader, verb: Token, trig: Trigger) -> list[Ref]:
    out: list[Ref] = []
    objects = direct_objects(verb)
    if objects and objects == parenthetical_object(verb):  # candidates: the first that names something
        objects = [next((o for o in objects if r.refs(o)), objects[0])]
    if not objects:  # "opposed joining the EU": the gerund is the object
        objects = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if not objects or all(o.tag_ in {"WDT", "WP"} for o in objects):
        # "the pact, which Beijing said it firmly opposes": the noun the reporting relative qualifies
        objects = _reported_relative(r, verb) or objects
    if not objects and trig.bare_object:  # "helped Russia evade sanctions": the infinitive's subject
        objects = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    fronted = verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
    if (
        not objects
        and fronted
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "nsubjpass" for c in verb.children)
    ):  # "Backed by Iran, the Houthis attacked ...": a fronted participle is said of the clause's subject
        objects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    objects = objects + [d for o in objects[-1:] for d in _late_documents(r, verb, o)]
    for obj in objects:
        if _run_by_owner(r, obj, trig):
            continue  # "joined the EU naval mission" is no membership of the EU
        hosted = r.lex.words.hosted_nouns
        if trig.rel == "MET_WITH" and (
            obj.lemma_.lower() in r.lex.words.fighter_nouns
            or obj.lemma_.lower() in hosted
            or obj.lower_ in hosted  # ("bases", lemmatised 'basis')
        ):
            continue  # "Transnistria hosts Russian troops", "hosts Hamas's political office": not met
        regional = (
            trig.objects is not None and Label.REGION in trig.objects and Label.COUNTRY not in trig.objects
        )
        if regional:  # "occupied northern Cyprus": a side of a state, a region of its own
            sides = [Ref(k) for m in r.members(obj) if (k := r.side_region(m)) is not None]
            if sides:
                out += sides
                continue
            # "occupy parts of the Kharkiv region", "seized swathes of eastern Ukraine": the area after of
            if obj.lemma_.lower() in r.lex.words.portion_nouns:
                for p in prep_objects(obj, "of"):
                    out += [Ref(k) for m in r.members(p) if (k := r.side_region(m)) is not None] or r.refs(p)
                continue
        found = r.refs(obj)
        if verb.dep_ == "acl" and verb.head.i == obj.i:
            # "fought by the police, trained by Turkey, and the militia of the SNA": the participle after the
            # first conjunct is said of it alone, not of those coordinated after it (round 25)
            later = {
                m.key
                for c in obj.conjuncts
                if c.i > verb.i
                for i in range(c.left_edge.i, c.right_edge.i + 1)
                if (m := r.by_token.get(i)) is not None
            }
            found = [x for x in found if x.key not in later]
        out += found or joined(r, obj) or _struck_state(r, obj, trig) or deed_owner(r, obj, trig.rel)
        out += [Ref(h) for t in stray_conjuncts(r, obj) if (h := r.topic(t)) is not None]
    return out


def _reported_relative(r: Reader, verb: Token) -> list[Token]:
    """'the accord, which Beijing said it firmly opposes', 'a deal Moscow says it will never accept': a verb
    reported by its own speaker ("it", "they") inside a relative clause on a noun takes that noun as its
    object (round 28). Only with no object of its own but the relative word."""
    said = verb.head
    if (
        verb.dep_ != "ccomp"
        or said.lemma_.lower() not in r.lex.words.say_verbs
        or said.dep_ not in {"relcl", "acl"}
        or said.head.pos_ not in {"NOUN", "PROPN"}
    ):
        return []
    speaker = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in r.lex.words.own_pronouns]
    return [said.head] if speaker else []


def _late_documents(r: Reader, verb: Token, obj: Token) -> list[Token]:
    """'signed a financing agreement under which Taiwan will fund the port of Villeta, as well as a memorandum
    on beef', 'signed a protocol for the years 2025-2027, as well as a memorandum': a text after ", as well
    as" that the parser hung on a word after the object (inside its phrase or the verb's, not on the object)
    is one more object when the object is a text too."""
    kinds = r.lex.words.document_kinds
    if (
        obj.pos_ not in {"NOUN", "PROPN"}
        or getattr(topic_of(obj, r.lex, r.active), "kind", None) not in kinds
    ):
        return []
    doc = obj.doc
    found = [
        c
        for c in verb.subtree
        if c.dep_ == "conj"
        and c.i > obj.i
        and c.head.i not in {obj.i, verb.i}
        and c.pos_ in {"NOUN", "PROPN"}
        and c.left_edge.i >= 4
        and [t.lower_ for t in doc[c.left_edge.i - 4 : c.left_edge.i]] == [",", "as", "well", "as"]
        and getattr(topic_of(c.head, r.lex, r.active), "kind", None) not in kinds
        and getattr(topic_of(c, r.lex, r.active), "kind", None) in kinds
    ]
    for c in found:  # two texts, never one topic (topic_refs)
        r.coordinated.setdefault(c.i, set()).add(obj.i)
        r.coordinated.setdefault(obj.i, set()).add(c.i)
    return found


def _run_by_owner(r: Reader, obj: Token, trig: Trigger) -> bool:
    """A mission, operation or coalition named only by who runs it ('the EU mission', 'the US-led
    coalition'): joining it is joining neither that owner nor anything else we can name."""
    return (
        trig.rel == "MEMBER_OF"
        and obj.lemma_.lower() in r.lex.words.run_bodies
        and r.mention_at(obj) is None
        and not any(c.dep_ == "appos" and r.mention_at(c) is not None for c in obj.children)
    )


def stray_conjuncts(r: Reader, obj: Token) -> list[Token]:
    """Event or agreement nouns the parser coordinated with a name deep inside the object:
    'criticized the shipment of weapons to Ukraine and sanctions on Russia' (sanctions hung on Ukraine)."""
    return [
        t
        for t in obj.subtree
        if t.dep_ == "conj" and t.head.pos_ == "PROPN" and t.pos_ == "NOUN" and topic_of(t, r.lex, r.active)
    ]


def _rescued(r: Reader, objects: list[Token], own: bool = False) -> bool:
    """Whether what is evacuated are people hurt, not the evacuator's own: 'the wounded', 'injured
    civilians' (not 'its wounded soldiers', 'wounded Chinese nationals'); with ``own``, whether they are."""
    hurt = r.lex.words.hurt_words
    return bool(objects) and all(
        (o.lower_ in hurt or any(c.dep_ == "amod" and c.lower_ in hurt for c in o.children))
        and own == any(c.dep_ == "poss" or r.mention_at(c) is not None for c in o.children)
        for o in objects
    )


def _counted(r: Reader, objects: list[Token]) -> list[Token]:
    """What objects that count or share out name after 'of': '$7 billion of Afghan reserves', 'all of its
    posts' (the sum or the share is not itself what the verb keys on)."""
    words = r.lex.words
    return [
        p
        for o in objects
        if o.lemma_.lower() in words.part_words | words.counting_nouns or o.lower_ in words.part_words
        for p in prep_objects(o, "of")
    ]


def _object_refs_of(r: Reader, token: Token, trig: Trigger) -> list[Ref]:
    """What one object stands for, with the labels the trigger takes."""
    return [x for x in r.refs(token) if trig.objects is None or label_of_ref(x, r.topics) in trig.objects]


def _settled_on(
    r: Reader, verb: Token, phrase: str, rel: str, sources: list[Ref], targets: list[Ref]
) -> tuple[list[Ref], list[Ref]] | None:
    """'India and China agreed last October on patrolling arrangements', 'Chile agreed with Peru on a
    fisheries deal': two parties that settle on a document between them have made it (SIGNED, inferred),
    no mere backing of another's text; one party agreeing on a plan signs nothing (lexicon settling_verbs,
    settled_documents)."""
    words = r.lex.words
    if rel != "SUPPORTS" or phrase not in {"on", "upon"} or verb.lemma_.lower() not in words.settling_verbs:
        return None
    texts = [Ref(t.key, inferred=True) for t in targets if _document_headed(r, t, words.settled_documents)]
    if not texts:
        return None
    partners = [x for x in _prep_actors(r, [verb], "with") if x.key not in {s.key for s in sources}]
    parties = [x for x in [*sources, *partners] if label_of_ref(x, r.topics) in ACTORS]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return None
    return parties, texts


def _declared_unwelcome(r: Reader, verb: Token, words: str) -> None:
    """'Peru's Congress declared Mexico's president persona non grata': an expulsion, a protest at the
    one expelled."""
    after = " ".join(t.lower_ for t in r.sent.doc[verb.i + 1 : r.sent.end])
    if f" {words}" not in f" {after}":
        return
    sources, _ = _subject_refs(r, verb)
    near = {verb.i, *(c.i for c in verb.children)}  # the parser may read the phrase as a clause
    named = [
        x
        for t in r.sent.doc[verb.i + 1 : r.sent.end]
        if t.dep_ in {"dobj", "nsubj", "oprd", "ccomp"} and t.head.i in near
        for x in r.refs(t, topics=False)
    ]
    modality, conf = r.modality(verb)
    _emit_all(r, "CRITICIZES", sources, list({x.key: x for x in named}.values()), modality, conf - 0.1)


def _clashed(r: Reader, verb: Token, needed: str | None) -> None:
    """'Pakistan and Afghanistan clashed', 'Chad clashed with Sudan', 'exchanged fire': each side attacked
    the other; 'traded accusations', 'exchanged threats': each criticized or threatened the other."""
    rel = "ATTACKED"
    fighting = verb.lemma_.lower() in r.lex.words.fighting_verbs  # ("fought over the town": no quarrel)
    if needed is None and not _quarrel(r, verb) and _contest(r):
        return  # "Brazil and Argentina clash in the semi-final": a match
    if not fighting and (_quarrel(r, verb) or verb.lemma_.lower() in r.lex.words.quarrel_verbs):
        rel = "CRITICIZES"  # "Poland and Hungary clash over Ukraine": a quarrel over an issue, not fighting
    if needed is not None:
        exchanged = r.lex.words.exchanged_acts
        found = [exchanged[o.lemma_.lower()] for o in direct_objects(verb) if o.lemma_.lower() in exchanged]
        if not found:
            return
        rel = found[0]
    sides, _ = _subject_refs(r, verb)
    pair = [x for t in subjects(verb)[0] for x in _adjective_sides(r, t)]
    if len(pair) == 2:  # "Chinese and Vietnamese naval vessels exchanged fire": two sides on one noun
        sides = pair
    holders = [verb, *direct_objects(verb)]  # "exchanged fire with X": 'with' may hang on the fire
    sides += [x for h in holders for t in prep_objects(h, "with") for x in r.refs(t, topics=False)]
    actors = list({r.ctx.actor(x.key): x for x in sides if label_of_ref(x, r.topics) in ACTORS}.values())
    if len(actors) != 2:
        return
    modality, conf = r.modality(verb)
    a, b = actors
    _emit_all(r, rel, [a], [b], modality, conf - 0.1)
    _emit_all(r, rel, [b], [a], modality, conf - 0.1)


def _captured(r: Reader, verb: Token) -> None:
    """'captured two Israeli soldiers', 'seized 24 Ukrainian sailors and three navy vessels': people or craft
    taken by force, named by their state's adjective; that state is attacked (a town taken is occupied)."""
    taken = [t for o in direct_objects(verb) for t in (o, *o.conjuncts)]
    counted = [
        p for t in taken if t.lemma_.lower() in r.lex.words.counting_nouns for p in prep_objects(t, "of")
    ]
    people = r.lex.words.victim_nouns | r.lex.words.clashing_forces  # (not "seized Iranian oil tankers")
    trig = r.lex.verbs["attack"]
    hit = [x for t in taken + counted if t.lemma_.lower() in people for x in _struck_state(r, t, trig)]
    if not hit:
        return
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    _emit_all(r, "ATTACKED", sources, hit, modality, conf - 0.1)


def _driven_out(r: Reader, verb: Token) -> None:
    """'forced hundreds of Bangladeshi villagers out of their homes', 'drove Lebanese farmers from their
    land': people named by their state's adjective driven out of where they live; that state is attacked."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    places = prep_objects(verb, "out of") + (
        prep_objects(verb, "from") if out or verb.lemma_ != "push" else []
    )
    places += [
        p for o in direct_objects(verb) for phrase in ("out of", "from") for p in prep_objects(o, phrase)
    ]
    if not any(p.lemma_.lower() in r.lex.words.eviction_places for p in places):
        return
    trig = r.lex.verbs["attack"]
    driven = [x for o in direct_objects(verb) for x in _struck_state(r, o, trig)]
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    _emit_all(r, "ATTACKED", sources, driven, modality, conf - 0.1)


def _chaired(r: Reader, verb: Token) -> None:
    """'Laos, which holds the ASEAN chair', 'Hungary took over the EU's rotating presidency': the body's
    chair is one of its members (inferred)."""
    bodies = [
        x
        for o in direct_objects(verb)
        if o.lemma_.lower() in r.lex.words.chair_nouns
        for c in o.children
        if c.dep_ in {"compound", "poss", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of")
        for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]
    if verb.lemma_.lower() in r.lex.words.chair_nouns:  # "Malaysia, which chairs ASEAN"
        bodies += [
            x
            for o in direct_objects(verb)
            for x in r.refs(o, topics=False)
            if label_of_ref(x, r.topics) is Label.ORGANIZATION
        ]
    if not bodies:
        return
    sources, _ = _subject_refs(r, verb)
    members = [s for s in sources if label_of_ref(s, r.topics) is Label.COUNTRY]
    modality, conf = r.modality(verb)
    _emit_all(r, "MEMBER_OF", members, [Ref(b.key, True) for b in bodies], modality, conf - 0.1)


def _as_part_of(r: Reader, verb: Token) -> bool:
    """'recognised Taiwan as an inalienable part of China', 'as a province of Argentina' (not "would recognise
    Palestine as part of a peace settlement": the part of a deal, a step in it)."""
    return any(
        noun.lemma_.lower() in r.lex.words.claimed_part_nouns
        and any(
            label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}
            for o in prep_objects(noun, "of")
            for x in r.refs(o)
        )
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for noun in prep.children
        if noun.dep_ == "pobj"
    )


def _joined_as(r: Reader, verb: Token) -> str | None:
    """'joined the SCO as a dialogue partner', 'joined ASEAN as an observer', 'as an associate member': the
    standing the 'as' phrase gives (none for 'as its 32nd member')."""
    words = r.lex.words.joined_as_words
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            kept = [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.lower_ in words]
            if noun.lemma_.lower() in words or kept:
                return " ".join(t.lower_ for t in sorted([*kept, noun], key=lambda t: t.i))
    return None


def _quarrel(r: Reader, verb: Token) -> bool:
    """'clashed over trade policy', 'clash over Ukraine': a clash over an issue or a third state is a quarrel;
    over a place ('clashed over the shoal', 'over Kashmir') it may be fighting."""
    words = r.lex.words
    places = words.region_nouns | words.island_nouns | words.quarrel_places
    for issue in (
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in words.quarrel_preps for p in c.children
    ):
        m = r.mention_at(issue)
        if m is not None:
            return m.label is Label.COUNTRY
        if issue.pos_ == "NOUN" and issue.lemma_.lower() not in places:
            return True
    return False


def _deciders(r: Reader, verb: Token) -> list[str]:
    """The actors whose decision a verb's object names ('the ASEAN leaders' decision', 'the AU's move')."""
    return list(
        dict.fromkeys(
            x.key
            for o in direct_objects(verb)
            if r.mention_at(o) is None and o.lemma_.lower() in r.lex.words.decision_nouns
            for x in r.refs(o)
            if label_of_ref(x, r.topics) in STATES
        )
    )


def _bare_vote(
    r: Reader, verb: Token, sources: list[Ref], modality: Modality, conf: float, trig: Trigger
) -> None:
    """'X voted in favour', 'Y voted against' with nothing after: the resolution just named (inferred)."""
    rel = None
    votes = r.lex.words.bare_votes
    for child in verb.children:
        answer = (
            child.lower_ in votes and child.lower_ not in r.lex.words.bare_vote_preps and child.pos_ != "NOUN"
        )
        if child.dep_ in {"dobj", "intj", "npadvmod", "advmod"} and answer:
            rel = votes[child.lower_]  # "voted no", "those voting yes"
            continue
        if child.dep_ not in {"prep", "advmod", "prt"}:
            continue
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if child.lower_ in r.lex.words.bare_vote_preps and not objects:
            rel = votes[child.lower_]
        elif (
            child.lower_ == "in"
            and len(objects) == 1
            and objects[0].lower_ in votes
            and not any(c.dep_ == "prep" for c in objects[0].children)
        ):
            rel = votes[objects[0].lower_]
    if rel is None:
        return
    handle = recent_resolution(r)
    if handle is None:  # "India abstained on the resolution, while Brazil voted in favour": named before
        named = [
            t
            for t in r.sent
            if t.i < verb.i
            and t.pos_ == "NOUN"
            and (k := topic_of(t, r.lex, r.active))
            and k.kind == "resolution"
        ]
        handle = r.topic(named[-1]) if named else None
    if handle is None:
        return
    _emit_all(r, rel, sources, [Ref(handle, inferred=True)], modality, conf, trig)


def _agreed_in(r: Reader, verb: Token) -> None:
    """'Riyadh and Tehran agreed to restore ties, in a deal brokered by China', 'Under the accord, Kenya and
    Uganda agreed to ...': the parties that agree in or under an agreement signed it (inferred)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "agreed to restore ties in a deal"
    # "normalised relations with Israel under the Abraham Accords": 'under' hung on the object ("pledged
    # $500 million in aid" is no party to the aid)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    pacts = [
        x
        for h in holders + objects
        for c in h.children
        if c.dep_ == "prep"
        and c.lower_ in r.lex.words.pact_preps
        and (h not in objects or c.lower_ == "under")
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p)
        if label_of_ref(x, r.topics) is Label.AGREEMENT
    ]
    if not pacts:
        return
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    _emit_all(r, "SIGNED", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf - 0.15)


def _acted_under_pact(r: Reader, verb: Token) -> None:
    """'Rwanda sent troops under a bilateral agreement with Maputo', 'Italy returned the migrants through a
    deal with Tunisia', 'Ankara took them back under a deal struck with Brussels' (round 31): a pact with a
    named other party that an act is done under binds the act's doer and that party (both SIGNED it,
    inferred). A pact with no 'with' ("under the accord") names no second party here (``_agreed_in`` reads
    agreeing verbs); people the pact moves ("refugees returned under a deal with X") are no party."""
    words = r.lex.words
    pacts = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in words.pact_with_preps
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in words.consent_pacts and _pact_with(p)
    ]
    if not pacts:
        return
    doers, _ = subjects(verb)
    if any(_moved_people(r, t) for t in doers):
        return  # "Syrian refugees returned under a deal with Turkey": people moved, not the state that signed
    sources, _ = _subject_refs(r, verb)
    if verb.dep_ == "acl" and not sources:  # "4,000 Rwandan soldiers, deployed under a deal with Maputo"
        sources = [
            x
            for c in verb.head.children
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            for x in r.refs(c, topics=False)
        ]
    sources = [x for x in sources if label_of_ref(x, r.topics) in STATES]
    if not sources:
        return
    modality, conf = r.modality(verb)
    for pact in pacts:
        refs = [x for x in r.refs(pact) if label_of_ref(x, r.topics) is Label.AGREEMENT]
        others = [x for x in _prep_actors(r, _pact_with(pact), "with") if label_of_ref(x, r.topics) in STATES]
        if not refs or not others:
            continue
        own = {r.ctx.actor(x.key) for x in sources}
        others = [x for x in others if r.ctx.actor(x.key) not in own]
        targets = [Ref(x.key, inferred=True) for x in refs]
        _emit_all(r, "SIGNED", [*sources, *others], targets, modality, conf - 0.15)


def _moved_people(r: Reader, token: Token) -> bool:
    """People a pact moves or lets in, not a party to it: "refugees", "migrants", "Syrians" (a demonym)."""
    mention = r.mention_at(token)
    return token.lemma_.lower() in r.lex.words.pact_moved_people or (
        mention is not None and mention.kind == "demonym" and mention.start == token.i == mention.end - 1
    )


def _pact_with(pact: Token) -> list[Token]:
    """The words a pact's other party hangs on: the pact ("a deal with Tunisia") or a participle on it ("the
    treaty signed with Canberra", "a deal struck with Ankara")."""
    holders = [c for c in pact.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [h for h in [pact, *holders] if prep_objects(h, "with")]


def _agreed_object(r: Reader, verb: Token) -> list[Ref]:
    """The deal or event named in the clause that ``verb`` agrees to ("agreed to the ceasefire", "agreed to
    extend the grain deal", "reached an understanding on the truce"): that one is agreed to."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "dobj"})]
    holders += [c for h in holders[1:] for c in h.children if c.dep_ in {"acl", "relcl", "dobj", "conj"}]
    found = [o for h in holders for o in direct_objects(h) if h.pos_ in {"VERB", "AUX"}]
    found += [p for h in holders for c in h.children if c.dep_ == "prep" for p in c.children]
    found += [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    return [
        x
        for t in found
        if t.lemma_.lower() not in r.lex.words.consensus_nouns
        for x in r.refs(t)
        if label_of_ref(x, r.topics) in {Label.AGREEMENT, Label.EVENT}
    ]


def _joint_agreement(r: Reader, verb: Token) -> None:
    """'Kenya and Tanzania agreed to build a railway', 'Chile agreed with Peru to ...', 'Hanoi and Manila
    reached an understanding to hold joint patrols': the parties AGREED_TO an agreement between them, named
    by them (PLOVER AGREE). Their tie is that shared agreement: no meeting, no alliance is read from it."""
    words = r.lex.words
    acts = [c for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)]
    acts += [  # "reached a consensus to resume talks", "reached an understanding on fishing"
        c
        for o in direct_objects(verb)
        if o.lemma_.lower() in words.consensus_nouns
        for c in o.children
        if c.dep_ in {"acl", "relcl", "prep"}
    ]
    acts += [  # "agreed that their countries should cooperate": a commitment, not a shared opinion
        c
        for c in verb.children
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in words.binding_modals for a in c.children)
    ]
    acts = [a for a in acts if a.lemma_.lower() not in words.dissent_verbs]  # "agreed to disagree"
    named = _agreed_object(r, verb)
    if not acts or (named and verb.lemma_.lower() in words.joint_agreeing_verbs):
        return  # ("agreed to extend the grain deal": the deal, read by the verb's own entry)
    sources, _ = _subject_refs(r, verb)
    sources += [x for x in _prep_actors(r, [verb], "with") if x.key not in {s.key for s in sources}]
    parties = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return  # one state's consent names no agreement between parties
    modality, conf = r.modality(verb)
    if named:  # "reached an understanding on the truce"
        _emit_all(r, "AGREED_TO", parties, named, modality, conf - 0.1)
        return
    kind = next((t for t in r.lex.topics if t.kind == "agreement"), None)
    own = {r.ctx.actor(x.key) for x in parties}
    made: dict[str, set[str]] = {}
    for c in r.ctx.claims:
        if c.type in {"AGREED_TO", "SIGNED"}:
            made.setdefault(c.target, set()).add(r.ctx.actor(c.source))
    earlier = next(  # "Kenya and Tanzania signed a railway deal. The two agreed to ...": that deal
        (
            n.handle
            for n in reversed(r.topics)
            if n.kind == "agreement"
            and n.seen >= r.info.index - 2  # (not one the parties signed decades before)
            and own <= {r.ctx.actor(k) for k in [*n.agents, *n.parties]} | made.get(n.handle, set())
        ),
        None,
    )
    agents = tuple(x.key for x in parties)
    handle = earlier
    if handle is None and kind is not None:
        handle = r.topic(verb, named=kind, head="agreement", agents=agents, fresh=True)
    if handle is None:
        return
    if earlier is None:
        node = next(n for n in r.topics if n.handle == handle)
        node.verbal = True  # later mentions: only "the deal", "the accord"
        node.aliases.discard(r.surface(verb))  # the clause is no name of it
    _emit_all(r, "AGREED_TO", parties, [Ref(handle, inferred=True)], modality, conf - 0.1)


def _shared_with(r: Reader, verb: Token) -> None:
    """'Jordan shared intelligence with Iraq', 'the two agreed to share data with each other': the sharer
    is in contact with the other (MET_WITH, inferred, as "in contact with"; PLOVER COOPERATE)."""
    words = r.lex.words
    if not any(o.lemma_.lower() in words.shared_knowledge for o in direct_objects(verb)):
        return  # "shared a border with", "shares concerns with": no exchange
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    partners = [
        Ref(x.key, inferred=True)
        for x in _prep_actors(r, [verb, *direct_objects(verb)], "with")
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    if partners:
        _emit_all(r, "MET_WITH", sources, partners, modality, conf - 0.15)
    mutual = _each_other(verb) or any(  # "with each other"
        p.lower_ == "other" and any(g.lower_ == "each" for g in p.children)
        for p in prep_objects(verb, "with")
    )
    if not partners and len(own) >= 2 and (mutual or verb.dep_ == "xcomp"):
        # "Chile and Peru agreed to share intelligence": with each other
        _pairwise(r, "MET_WITH", sources, modality, conf - 0.15)


def _defended_in_words(r: Reader, verb: Token) -> None:
    """'Russia defended Iran against Western criticism', 'China shielded Pakistan from accusations': the
    defender backs the one defended (SUPPORTS); against arms it is fighting, read by no rule."""
    words = r.lex.words
    charges = [
        p
        for phrase in words.shielding_preps
        for p in prep_objects(verb, phrase)
        if p.lemma_.lower() in words.charged_words or p.lower_ in words.charged_words
    ]
    if not charges:
        return
    sources, _ = _subject_refs(r, verb)
    defended = _other_objects(r, verb, sources)
    modality, conf = r.modality(verb)
    _emit_all(r, "SUPPORTS", sources, defended, modality, conf - 0.1)


def _other_objects(r: Reader, verb: Token, sources: list[Ref]) -> list[Ref]:
    """The actors ``verb``'s direct objects name, less the subjects' own ("defended Iran", "pressured Hungary
    to ...")."""
    own = {r.ctx.actor(s.key) for s in sources}
    return [
        x
        for o in direct_objects(verb)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]


def _each_other(verb: Token) -> bool:
    return (
        any(
            c.dep_ in {"dobj", "obj"} and c.lower_ == "other" and any(g.lower_ == "each" for g in c.children)
            for c in verb.children
        )
        or any(c.dep_ in {"dobj", "obj"} and c.lower_ == "another" for c in verb.children)
        or _each_the_other(verb)
        or any(  # "expelled each other's diplomats"
            c.dep_ in {"dobj", "obj"}
            and any(
                p.dep_ == "poss" and p.lower_ == "other" and any(g.lower_ == "each" for g in p.children)
                for p in c.children
            )
            for c in verb.children
        )
    )


def _each_the_other(verb: Token) -> bool:
    """'Each side accused the other': a subject with 'each' and 'the other' as object."""
    each = any(c.dep_ == "nsubj" and any(g.lower_ == "each" for g in c.children) for c in verb.children)
    return each and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "other" for c in verb.children)


def _cosignatories(r: Reader, verb: Token) -> list[Ref]:
    return [x for refs, _ in _cosigned(r, verb) for x in refs]


def _cosigned(r: Reader, verb: Token) -> list[tuple[list[Ref], Token | None]]:
    """The co-signatories named by 'with' on a signing, each with the signed noun it hangs on (None: the
    verb's own). "signed a pact with Doha and an accord with Baku": each text its own partner (the parser
    may hang the second text on the first partner, and its 'with' on the verb: the nearest text before it
    takes it). "with Qatar and Egypt as witnesses" names no signatory."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [verb] + [j for c in objects for j in (c, *c.conjuncts)]
    holders += [  # "signed a memorandum of understanding with X": 'with' hangs on the 'of' phrase
        p for h in holders[1:] for c in h.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    ]
    texts = holders[1:]
    texts += [  # "trade deals with A and B and framework deals with C": a second text among the partners
        j
        for h in holders[1:]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
        for j in p.conjuncts
        if j.pos_ == "NOUN" and not j.ent_type_
    ]
    holders += [t for t in texts if t not in holders]
    out: list[tuple[list[Ref], Token | None]] = []
    for h in holders:
        preps = [c for c in h.children if c.dep_ == "prep"]
        # "with India and with Pakistan", "with Bolivia in March and with Chile in May": a 'with' repeated
        # in a conjunct (the parser may coordinate it with any preposition on the verb) names a partner too
        preps += [j for c in preps for j in c.conjuncts if j.dep_ == "conj" and j not in preps]
        for c in preps:
            if c.lower_ != "with" or _onlookers(r, c):
                continue
            owner: Token | None = h if h is not verb else None
            if owner is None:
                before = [t for t in texts if t.i < c.i]
                owner = max(before, key=lambda t: t.i) if len(texts) > 1 and before else None
            refs = [x for p in c.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
            out.append((refs, owner))
    return out


def _onlookers(r: Reader, prep: Token) -> bool:
    """'with X and Y as witnesses': the 'as' may hang on the partner or right after the phrase on the verb."""
    roles = r.lex.words.nonparty_roles
    objects = [p for c in prep.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
    doc = prep.doc
    spots = [*objects, *doc[prep.right_edge.i + 1 : prep.right_edge.i + 2]]
    for s in spots:
        as_phrases = [c for c in s.children if c.dep_ == "prep" and c.lower_ == "as"]
        as_phrases += [s] if s.lower_ == "as" else []
        if any(p.lemma_.lower() in roles for a in as_phrases for p in a.children if p.dep_ == "pobj"):
            return True
    return False


def _has_complement(verb: Token, *, infinitive: bool = False) -> bool:
    """'pressed Moscow to withdraw', 'asked Paris for help', 'warned Minsk against provocations' (but
    'warned Kyiv of an attack' is advice, not a threat); with ``infinitive`` only the first kind ('told
    the envoy to leave', not 'told reporters that ...')."""
    if infinitive:
        return any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    return any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in {"for", "against"} for c in verb.children
    )


def _emit_reaction(r: Reader, verb: Token, trig: Trigger, rel: str) -> bool:
    """'Seoul and Tokyo protested after Pyongyang fired a missile', 'Cairo objected when Addis Ababa began
    filling the dam': a protest with no object of its own is aimed at the doer of the deed it answers
    (inferred). False when the verb has a preposition of its own to read instead."""
    if trig.preps.keys() & {c.lower_ for c in verb.children if c.dep_ == "prep"}:
        return True
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    marks = r.lex.words.reaction_marks
    doers = [
        subj
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in marks for m in c.children)
        for subj in c.children
        if subj.dep_ == "nsubj"
    ]
    # the parser may read "after Beijing's coast guard blocked ..." as a preposition and a clause beside it
    clauses = {c.i for c in verb.children if c.dep_ == "advcl"}
    doers += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in marks
        for p in c.children
        if p.dep_ == "pobj" and p.right_edge.i + 1 in clauses
    ]
    answered = actors_besides(r, doers, own)
    if not answered and rel == "PROTESTS":  # "Pyongyang fired missiles. Seoul protested": at the doer
        answered = r.deed_doer(own)
    if not answered:
        return True
    modality, conf = r.modality(verb)
    if rel == "REJECTS":  # "objected after Ethiopia began filling the dam": a state is criticized
        rel, trig = "CRITICIZES", replace(trig, objects=None)
    _emit_all(r, rel, sources, answered, modality, conf - 0.1, trig)
    return False


def _envoy_returned(r: Reader, verb: Token) -> None:
    """'Bahrain reinstated its ambassador to Iran', 'Jordan returned its envoy to Tel Aviv': ties restored
    with the state the envoy is sent back to (MET_WITH, inferred, as "exchanged ambassadors")."""
    envoys = [o for o in direct_objects(verb) if o.lemma_.lower() in r.lex.words.envoy_nouns]
    if not envoys:
        return
    posts = [p for h in (verb, *envoys) for p in prep_objects(h, "to") + prep_objects(h, "in")]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    hosts = [
        Ref(m.key, True)
        for p in posts
        if (m := r.mention_at(p)) is not None and m.label is Label.COUNTRY and r.ctx.actor(m.key) not in own
    ]
    modality, conf = r.modality(verb)
    _emit_all(r, "MET_WITH", sources, hosts, modality, conf - 0.15)


def _ordered_out(r: Reader, verb: Token) -> bool:
    """'ordered Ethiopia's ambassador to leave the country': an expulsion, no request of his state."""
    envoys = r.lex.words.envoy_nouns
    told = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "dative")]
    leaving = r.lex.words.leaving_orders
    return any(o.lemma_.lower() in envoys for o in told) and (
        any(  # "gave the envoy 48 hours to leave"
            t.dep_ in {"xcomp", "acl", "advcl"} and t.lemma_.lower() in leaving for t in verb.subtree
        )
        or any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in leaving for c in verb.children)
    )  # ("ordered the French ambassador out")


def _in_protest(verb: Token, objects: list[Token]) -> bool:
    """'expelled the envoy in protest at ...', '... to protest the raid': the act is a stated protest (the
    phrase may hang on the object)."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() == "protest" for p in c.children))
        or (c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() == "protest")
        for head in (verb, *objects)
        for c in head.children
    )


def _warned_of_reprisal(r: Reader, verb: Token) -> bool:
    """'warned Seoul of "catastrophic consequences"', 'vowed revenge': a warning of what the warner would do
    is a threat (where 'warned Kyiv of an attack' is advice)."""
    if verb.lemma_.lower() not in r.lex.words.warning_verbs:
        return False
    objects = direct_objects(verb)  # "vowed a crushing response to ..."; "of" may hang on the one warned
    return any(o.lemma_.lower() in r.lex.words.reprisal_nouns for o in objects) or any(
        p.lemma_.lower() in r.lex.words.reprisal_nouns
        for h in (verb, *objects)
        for p in prep_objects(h, "of")
    )


def _aimed(r: Reader, verb: Token, preps: frozenset[str]) -> list[Ref]:
    """Whom a threatened act would hit: 'threatened Kyiv', 'threatened sanctions against Iran',
    'threatened to strike Taiwan', 'threatened to cut off gas to Moldova' (the verb's own prepositions
    are its ordinary preps: 'threatened at a rally in Tehran' names no target); the warner's or vower's own
    hostile act: 'warned that it would strike Seoul', 'vowed to retaliate against Helsinki'."""
    words = r.lex.words
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    if verb.lemma_.lower() in words.threat_verbs:
        warners = {r.ctx.actor(x.key) for x in _subject_refs(r, verb)[0]}
        acts += [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and any(
                s.dep_ == "nsubj"
                and (
                    (s.pos_ == "PRON" and s.lower_ in words.own_pronouns)
                    # "Russia would respond if Finland joined NATO, the Kremlin warned": the warner by name
                    or (s.pos_ == "PROPN" and _same_actors(r, s, warners))
                )
                for s in c.children
            )
        ]
        if verb.lemma_.lower() in words.warning_verbs:  # "vowed to support Kyiv" threatens no one
            acts = [a for a in acts if _hostile_act(r, a)]
    # "threatened to deploy nuclear weapons to Belarus": forces sent somewhere threaten no one there (the
    # destination may be an ally's; MOBILIZES has no stance sign)
    moved = [a for a in acts if _deploying(r, a)]
    acts = [a for a in acts if a not in moved]
    objects = [o for h in [verb, *acts] for o in direct_objects(h)]
    tokens = objects + [
        p
        for h in acts + objects
        for c in h.children
        if c.dep_ in {"prep", "dative"} and c.lower_ in preps  # ("deliver blows to Kenya": a dative)
        for p in c.children
        if p.dep_ == "pobj"
    ]
    out = [x for t in tokens for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    # "would respond to any Israeli attack", "a crushing response to aggression by Israel": the doer answered
    answered = [
        p
        for h in acts + objects
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == _reprisal_prep(r, h)
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for t in answered:
        for x in r.refs(t):
            if x.key.startswith("?topic:"):
                out += [Ref(a, inferred=True) for a in r.topics[int(x.key.split(":")[1])].agents]
            elif label_of_ref(x, r.topics) in ACTORS:
                out.append(x)
        out += [x for by in prep_objects(t, "by") for x in r.refs(by, topics=False)]
    # "threatened to quit the talks unless Belgrade withdrew its police": whatever act is threatened, a
    # condition on another's deed makes it coercion of that doer (warning and vowing need a hostile act)
    coercing = bool(acts) and verb.lemma_.lower() in words.threat_verbs - words.warning_verbs
    if coercing and out and all(label_of_ref(x, r.topics) is Label.REGION for x in out):
        # "threatened to ban the vote in East Jerusalem if Hamas took part": the place is where the act
        # would fall, the one coerced is the doer the condition names
        out = _condition_doers(r, [verb, *acts, *moved]) or out
    if not out and (
        any(_hostile_act(r, a) for a in acts) or moved or _warned_of_reprisal(r, verb) or coercing
    ):
        # "threatened to respond with force if Seoul and Washington go ahead with the drills", "warned of
        # countermeasures if Manila continued", "threatened to station missiles in Kaliningrad if Sweden
        # joined": whoever the condition names as the doer is threatened
        out += _condition_doers(r, [verb, *acts, *moved])
    if not out and verb.lemma_.lower() in words.threat_verbs and any(_hostile_act(r, a) for a in acts):
        # "ECOWAS imposed sanctions on Niger and threatened to intervene", "condemned Manila and threatened
        # to respond": a threat coordinated with a hostile act is aimed at that act's target
        out += _coordinated_targets(r, verb)
    if not out and any(a.lemma_.lower() in words.reprisal_verbs for a in acts):
        # "Latvia expelled nine Russian diplomats. The Kremlin vowed to retaliate": against that deed's doer
        sources, _ = _subject_refs(r, verb)
        out += r.deed_doer({r.ctx.actor(x.key) for x in sources})
    # "President Tinubu threatened to impose a curfew in Lagos": a measure at home threatens no other actor
    own = {r.ctx.actor(x.key) for x in _subject_refs(r, verb)[0]}
    return [x for x in out if label_of_ref(x, r.topics) in ACTORS and _country_of_region(r, x.key) not in own]


def _country_of_region(r: Reader, key: str) -> str | None:
    """The state a city or region of the gazetteer lies in ("Region:lagos": "Country:NGA"), or None."""
    place = r.ctx.gazetteer.places.get(key)
    country = place.attrs.get("country") if place is not None and place.label is Label.REGION else None
    return f"Country:{country}" if country else None


def _coordinated_targets(r: Reader, verb: Token) -> list[Ref]:
    """The actors a verb coordinated with this one is aimed at, when it states a hostile relation: its
    object or the object of its own hostile preposition ("imposed sanctions on Niger", "condemned Manila")."""
    others = [verb.head] if verb.dep_ == "conj" else []
    others += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    out: list[Ref] = []
    for other in others:
        trig = r.lex.verbs.get(other.lemma_.lower())
        hostile_verb = trig is not None and trig.rel in _HOSTILE
        tokens = direct_objects(other) if hostile_verb else []
        for o in direct_objects(other):  # "imposed sanctions on Niger": the measure noun's target
            noun = r.lex.nouns.get(o.lemma_.lower())
            if noun is not None and noun.rel in _HOSTILE:
                tokens += [p for phrase in noun.preps for p in prep_objects(o, phrase)]
                tokens += [p for phrase in noun.preps for p in prep_objects(other, phrase)]
        out += [x for t in tokens for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return out


def _deploying(r: Reader, act: Token) -> bool:
    """Whether a verb only moves forces ('deploy', 'station', 'send troops'): MOBILIZES is all it states."""
    trig = r.lex.verbs.get(act.lemma_.lower())
    rels = {trig.rel, *trig.preps.values()} - {None} if trig is not None else set()
    return bool(rels) and rels <= {"MOBILIZES"}


def _condition_doers(r: Reader, heads: list[Token]) -> list[Ref]:
    """The subjects of the conditions ('if', 'unless') on these verbs: 'if the Philippines continued'."""
    conditions = [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in r.lex.conditional_marks for m in c.children)
    ]
    return [
        x
        for c in conditions
        for s in c.children
        if s.dep_ == "nsubj"
        for m in r.members(s)
        for x in r.refs(m, topics=False)
    ]


def _conditional_reprisal(r: Reader, verb: Token) -> None:
    """'China said it would take resolute countermeasures if the Philippines continued', 'Iran will respond
    decisively if Israel attacks': a reprisal promised on another's act threatens that actor (PLOVER
    THREATEN; the act itself stays hypothetical). Under 'warned', 'threatened' or 'vowed' the threat verb's
    own reading names the target."""
    words = r.lex.words
    reprisal = verb.lemma_.lower() in words.reprisal_verbs or any(
        o.lemma_.lower() in words.reprisal_nouns for o in direct_objects(verb)
    )
    if not reprisal or (verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in words.threat_verbs):
        return
    if r.modality(verb)[0] not in {Modality.FUTURE, Modality.HYPOTHETICAL}:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    doers = [x for x in _condition_doers(r, [verb]) if r.ctx.actor(x.key) not in own]
    doers = [x for x in doers if label_of_ref(x, r.topics) in ACTORS]
    if doers:
        _emit_all(r, "THREATENS", sources, doers, Modality.ASSERTED, 0.7)


def _same_actors(r: Reader, token: Token, actors: set[str]) -> bool:
    """Whether a name stands for the given actors only."""
    found = {r.ctx.actor(x.key) for x in r.refs(token, topics=False)}
    return bool(found) and found <= actors


def _reprisal_prep(r: Reader, head: Token) -> str | None:
    """The preposition naming whom a reprisal answers: 'retaliate against', 'respond to', 'a response to'."""
    lemma = head.lemma_.lower()
    if lemma in r.lex.words.reprisal_verbs:
        return r.lex.words.reprisal_verbs[lemma]
    return "to" if lemma in r.lex.words.reprisal_nouns else None


def _party_to_government(r: Reader, verb: Token, sources: list[Ref]) -> bool:
    """'Lawmakers of the ruling party urged the government to expel the diplomat': a party's demand on a bare
    'the government' (no state named with it) is a demand on its own state's, which no relation records."""
    parties = [
        s
        for s in sources
        if (p := r.ctx.gazetteer.places.get(s.key)) is not None and p.attrs.get("kind") == "party"
    ]
    objects = direct_objects(verb)
    return (
        bool(sources)
        and len(parties) == len(sources)
        and bool(objects)
        and all(
            o.lemma_.lower() in r.lex.words.seated_organs
            and r.mention_at(o) is None
            and [c.lower_ for c in o.children if c.dep_ not in {"punct", "prep", "relcl", "acl"}] == ["the"]
            for o in objects
        )
    )


def _requested_from(r: Reader, verb: Token, phrase: str) -> list[Ref]:
    """'called for the withdrawal of Russian troops' → Russia is the party asked."""
    out: list[Ref] = []
    for tok in prep_objects(verb, phrase):
        if r.mention_at(tok) is None and tok.lemma_.lower() in r.lex.transparent:
            out += [x for x in r.transparent(tok, 1) if label_of_ref(x, r.topics) in ACTORS]
        if tok.lemma_.lower() in r.lex.words.domestic_acts:  # "called for new elections in Venezuela"
            out += [
                x
                for p in prep_objects(tok, "in")
                for x in r.refs(p, topics=False)
                if label_of_ref(x, r.topics) is Label.COUNTRY
            ]
        # "called for a truce ... between Israel and Hamas": both parties are asked
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ == "between" and tok.lemma_.lower() in r.lex.words.halt_nouns:
                out += [
                    x
                    for p in t.children
                    if p.dep_ == "pobj"
                    for m in r.members(p)
                    if not any(c.dep_ == "case" for c in m.children)  # "Gaza's rulers": not Gaza
                    for x in r._ref(m, False, 0)  # this member only, not its conjuncts again
                    if label_of_ref(x, r.topics) in ACTORS
                ]
    return out


def _asked_for_self(r: Reader, verb: Token, head: Token) -> bool:
    """'Finland and Sweden asked to join NATO', 'Bolivia has requested to join BRICS': a verb of asking
    (lexicon self_asking_verbs) with an infinitive of joining, no one asked and not passive, is the subject's
    own request to the body (REQUESTS), not an invitation ("NATO asked Sweden to join", "Sweden was asked to
    join"), nor a question put ("Asked whether Riyadh would join the accords, ...")."""
    if head.lemma_.lower() not in r.lex.words.self_asking_verbs or is_passive(head):
        return False
    if verb.dep_ != "xcomp" or not is_infinitive(verb):
        return False
    if head.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return False
    return not any(c.dep_ in {"dobj", "obj", "dative", "nsubjpass"} for c in head.children)


def _wished_purpose(r: Reader, verb: Token) -> bool:
    """(round 38) 'Malta and Cyprus applied together to join the bloc': an infinitive of joining the
    parser hangs as a clause of purpose on a verb of wishing (lexicon wish_verbs) is still the wish, not a
    membership (not "sent troops to join the mission": no wish)."""
    return verb.dep_ == "advcl" and is_infinitive(verb) and verb.head.lemma_.lower() in r.lex.words.wish_verbs


def _membership(
    r: Reader, verb: Token, sources: list[Ref], targets: list[Ref], modality: Modality, conf: float
) -> None:
    status = None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.dep_ in {"advcl", "xcomp"}
        and verb.tag_ == "VBG"
        and before is not None
        and before.dep_ in {"pobj", "dobj"}
        and before.pos_ == "PROPN"
    ):
        # "warned against Moldova joining the EU": the model hangs the gerund on the main verb; the one who
        # would join is the name before it, and its joining is only spoken of
        joiner = [x for x in r.refs(before, topics=False) if label_of_ref(x, r.topics) in STATES]
        _emit_all(r, "MEMBER_OF", joiner, targets, Modality.HYPOTHETICAL, conf)
        return
    if verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() not in r.lex.words.say_verbs:
        modality = Modality.HYPOTHETICAL  # "Moscow opposes Georgia joining NATO": a joining spoken of
    head = verb.head if verb.dep_ in {"xcomp", "ccomp"} or _wished_purpose(r, verb) else None
    if head is not None and _asked_for_self(r, verb, head):  # "Finland asked to join NATO": its own request
        _emit_all(r, "REQUESTS", sources, targets, r.modality(head)[0], conf)
        return
    if head is not None and head.lemma_ in r.lex.words.invite_verbs:
        if not targets:  # "NATO invited Sweden to join": the body that invites
            targets = [
                x for x in _subject_refs(r, head)[0] if label_of_ref(x, r.topics) is Label.ORGANIZATION
            ]
        # the invitation is the fact ("were invited to join"), unless it is itself in doubt
        invited, _ = r.modality(head)
        status = "invited"
        modality = invited if invited in {Modality.NEGATED, Modality.HYPOTHETICAL} else Modality.ASSERTED
    elif head is not None and head.lemma_ in r.lex.words.wish_verbs:
        _emit_all(r, "REQUESTS", sources, targets, Modality.ASSERTED, conf)
        return
    elif verb.lemma_.lower() in r.lex.words.invited_only_verbs and status is None:
        return
    talks = _talks_with(r, verb)
    if talks is not None:  # "open talks with Kyiv on joining the bloc": a status, whatever the frame
        sources, status, modality = talks, "accession talks", Modality.ASSERTED
    status = status or _joined_as(r, verb)

    orgs = [
        Ref(_parent(r, t.key), t.inferred) for t in targets if label_of_ref(t, r.topics) is Label.ORGANIZATION
    ]
    _emit_all(r, "MEMBER_OF", sources, orgs, modality, conf, status=status)
    if status is None:  # "Morocco joined the Abraham Accords": a party to the agreement
        pacts = [  # (not "joined the sanctions": a measure joined is imposed, not signed)
            t
            for t in targets
            if t.key.startswith("?topic:")
            and r.topics[int(t.key.split(":")[1])].kind in r.lex.words.signed_kinds
        ]
        _emit_all(r, "SIGNED", sources, pacts, modality, round(conf - 0.1, 2))
        # "Japan joined the US sanctions on Iran": joining a measure imposes it on its targets, and backs the
        # measure itself (inferred; not joining it is the REJECTS of the measure)
        measures = [
            Ref(t.key, inferred=True)
            for t in targets
            if t.key.startswith("?topic:")
            and r.topics[int(t.key.split(":")[1])].kind in r.lex.words.joined_measures
        ]
        _emit_all(r, "SUPPORTS", sources, measures, modality, round(conf - 0.15, 2))
        aimed = [
            Ref(k, inferred=True)
            for t in targets
            if t.key.startswith("?topic:")
            and (node := r.topics[int(t.key.split(":")[1])]).kind in r.lex.words.joined_measures
            for k in node.targets
            if key_label(k) in {Label.COUNTRY, Label.ORGANIZATION, Label.PERSON}
        ]
        _emit_all(r, "SANCTIONS", sources, aimed, modality, round(conf - 0.15, 2))
        causes = [  # "Colombia joined South Africa's case against Israel": backs the case
            t
            for t in targets
            if t.key.startswith("?topic:")
            and r.topics[int(t.key.split(":")[1])].kind in r.lex.words.joined_causes
        ]
        _emit_all(r, "SUPPORTS", sources, causes, modality, round(conf - 0.1, 2))
        # "Senegal joined the Saudi-led coalition": no body we can name, but a coalition under its leader
        # (convention: a coalition gives ALLY_OF, inferred)
        leaders = [
            Ref(x.key, inferred=True)
            for o in direct_objects(verb)  # ("the US-led maritime mission": a led mission is a coalition too)
            if o.lemma_.lower() in {*r.lex.words.alliance_nouns, *r.lex.words.run_bodies}
            and r.mention_at(o) is None
            and any(c.lemma_.lower() == "lead" and c.dep_ in {"amod", "acl"} for c in o.children)
            for x in r.refs(o, topics=False)
            if key_label(x.key) in STATES
        ]
        _emit_all(r, "ALLY_OF", sources, leaders, modality, round(conf - 0.2, 2))
    # "Eritrea joined Russia in voting against", "the only four nations to join Russia": siding with it
    # (a state joined "in voting against" is company in one act, and a region joining a state is annexed)
    # (a state named as the object itself, not the authors of "a statement by the Nordic governments")
    joined = {x.key for o in direct_objects(verb) for x in _named_objects(r, o)}
    states = [t for t in targets if label_of_ref(t, r.topics) is Label.COUNTRY and t.key in joined]
    sides = [s for s in sources if label_of_ref(s, r.topics) is Label.COUNTRY]
    in_act = any(c.dep_ == "prep" and c.lower_ == "in" and _gerund(c) for c in verb.children)
    # "Chile and Peru signed the declaration, joining Brazil": company in the act just told
    in_act = in_act or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB")
    if states and sides and status is None and not in_act and verb.lemma_.lower() in r.lex.words.join_verbs:
        _emit_all(r, "SUPPORTS", sides, states, modality, round(conf - 0.2, 2))


def _named_objects(r: Reader, obj: Token) -> list[Ref]:
    """The actors an object names itself (a name or a pronoun, and its conjuncts), not those a noun
    reaches through its own phrase ("a statement by the Nordic governments")."""
    return [
        x
        for o in [obj, *obj.conjuncts]
        if r.mention_at(o) is not None or o.pos_ == "PRON"
        for x in r.refs(o, topics=False)
    ]


def _holders(r: Reader, asked: list[Token]) -> list[Ref]:
    """Who holds the people whose release is asked for: "the release of the journalists held by Belarus",
    "of its citizens detained in Poland" (a state named as the place of their detention)."""
    released = [a for a in asked if a.lemma_.lower() in r.lex.words.release_nouns]
    held = [*released, *(p for a in released for p in prep_objects(a, "of"))]  # (the participle on either)
    holding = [
        c
        for p in held
        for c in p.children
        if c.dep_ == "acl" and c.lemma_.lower() in r.lex.words.captor_verbs
    ]
    found = [x for c in holding for p in prep_objects(c, "by") for x in r.refs(p, topics=False)]
    found += [
        x
        for c in holding
        for p in prep_objects(c, "in")
        for x in r.refs(p, topics=False)
        if key_label(x.key) is Label.COUNTRY
    ]
    return [Ref(x.key, inferred=True) for x in found if key_label(x.key) in ACTORS]


def _gerund(prep: Token) -> bool:
    """'in voting against it': a preposition whose object is an act."""
    return any(c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" for c in prep.children)


def _talks_with(r: Reader, verb: Token) -> list[Ref] | None:
    """The party of 'talks with X on joining Y' (the talks may hang on the verb that opens them)."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    holder = verb.head.head
    nouns = [holder] + [c for c in holder.children if c.dep_ in {"dobj", "nsubjpass"}]
    for noun in nouns:
        if noun.lemma_.lower() in r.lex.words.talks_nouns:
            return [
                x
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                for x in r.refs(p, topics=False)
            ]
    return None
