"""Deeds that imply a stance (round 23): what a state does to or for another that a careful reader takes
as support or rejection, though no verb of stance is said ("deployed instructors in Mali" supports Mali,
"shelved the pact" rejects it, "expelled French troops" rejects France). The vocabulary is data, in
lexicon.yaml's "deeds that imply a stance" block; every relation here is inferred."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import carried_out, direct_objects, is_passive, prep_objects, subjects
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref

SubjectRefs = Callable[[Reader, Token], tuple[list[Ref], bool]]
EmitAll = Callable[..., None]


def deed_rules(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> bool:
    """Run the deed rules on one verb; True where the verb's own trigger must not fire (troops expelled
    are rejected, not criticised)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    if _alleged(r, verb):
        return False
    if lemma in words.posting_verbs:
        _helpers_posted(r, verb, subject_refs, emit_all)
    if lemma in words.envoy_accepting_verbs:
        _appointees_accepted(r, verb, subject_refs, emit_all)
    if lemma in words.voiding_verbs or lemma in words.shelving_verbs or lemma in words.shelving_phrases:
        _shelved(r, verb, subject_refs, emit_all)
    if lemma in words.turning_verbs:
        _turned_to_for(r, verb, subject_refs, emit_all)
    if lemma in words.training_verbs:
        _trained_forces(r, verb, subject_refs, emit_all)
    _show_of_support(r, verb, subject_refs, emit_all)
    if lemma in words.shielding_verbs:
        _shielded(r, verb, subject_refs, emit_all)
    if lemma in words.sheltering_deeds or lemma in words.sheltering_verbs:
        _sheltered(r, verb, subject_refs, emit_all)
    if lemma in words.ousting_verbs:
        return _forces_ousted(r, verb, subject_refs, emit_all)
    return False


def _doers(r: Reader, verb: Token, subject_refs: SubjectRefs) -> list[Ref]:
    """Who did the deed: the verb's subjects, else a passive's 'by' agent ("instructors were deployed by
    Moscow", "the proposal was blocked by Hungary")."""
    sources, _ = subject_refs(r, verb)
    if sources or not is_passive(verb):
        return sources
    by = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    return [x for p in by for x in r.refs(p, topics=False)]


def _others(r: Reader, sources: list[Ref], refs: list[Ref]) -> list[Ref]:
    """The refs whose actors are none of the sources' own (a state posts no help to itself), inferred."""
    own = {r.ctx.actor(x.key) for x in sources}
    return [Ref(x.key, inferred=True) for x in refs if r.ctx.actor(x.key) not in own]


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its objects, or a passive's subjects ("troops were expelled")."""
    return [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]


def _alleged(r: Reader, verb: Token) -> bool:
    """'Kyiv accused Minsk of harbouring Russian troops': a deed charged is no deed told."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in {"of", "for"}
        and verb.head.head.lemma_.lower() in r.lex.words.accusing_verbs | r.lex.words.blaming_verbs
    )


# ---- people posted to help ------------------------------------------------------------------------
def _states_in(r: Reader, token: Token) -> list[Ref]:
    """The states a token's phrase names ("Mali and Burkina Faso", "Mali's capital" -> Mali)."""
    out = [
        Ref(m.key)
        for t in (token, *token.conjuncts)
        for c in (t, *(k for k in t.children if k.dep_ in {"poss", "compound", "amod"}))
        if (m := r.mention_at(c)) is not None and m.label is Label.COUNTRY
    ]
    return list({x.key: x for x in out}.values())


def _posted_to(r: Reader, heads: list[Token], deps: set[str]) -> list[Ref]:
    """The states people are posted to, told by 'in', 'to' or 'into' on the act or on them ("deployed
    instructors in Mali", "the deployment of advisers to Niger")."""
    return [
        x
        for h in heads
        for c in h.children
        if c.dep_ in deps and c.lower_ in {"in", "to", "into"}
        for p in c.children
        if p.dep_ == "pobj"
        for x in _states_in(r, p)
    ]


def _owner_states(r: Reader, noun: Token) -> list[Ref]:
    """The actors a noun's modifiers name ("Russian instructors", "the UN mission", "Turkey's troops")."""
    return [
        x
        for c in noun.children
        if c.dep_ in {"amod", "compound", "poss", "nmod"}
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in STATES
    ]


def _helpers_posted(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'Moscow has deployed instructors in Mali', 'Russian military advisers arrived in Niger', 'troops
    were deployed to Honiara at the request of the government': people posted to a state to train or advise
    it, or any forces sent at its own request, support that state (inferred; the arms-supply convention).
    Troops sent near or against a state ("on the border with Azerbaijan") support no one."""
    words = r.lex.words
    posted = _acted_on(verb)
    if verb.lemma_.lower() in words.arriving_verbs or verb.lemma_.lower() in words.entering_verbs:
        posted = [c for c in verb.children if c.dep_ == "nsubj"]
    posted += [o for p in posted if p.pos_ in {"NUM", "NOUN"} for o in prep_objects(p, "of")]  # "hundreds of"
    helpers = [p for p in posted if _helper(r, p)]
    forces = [  # "troops", "Chinese police officers", "Wagner mercenaries"
        p
        for p in posted
        for w in (p, *(c for c in p.children if c.dep_ == "compound"))
        if {w.lemma_.lower(), w.lower_} & (words.deployed_nouns | words.arriving_forces)
    ]
    if not helpers and not forces:
        return
    if any(p.lemma_.lower() in words.talks_nouns for p in prep_objects(verb, "for")):
        return  # "advisers arrived in Washington for talks": a delegation, no help posted
    if any(c.dep_ == "prep" and c.lower_ in words.hostile_preps for c in verb.subtree):
        return  # "deployed advisers against the rebels", "instructors near the border with X"
    receivers = _posted_to(r, [verb, *posted], {"prep", "dative"})
    if not receivers and forces:  # "sent its first 1,000 troops under a bilateral agreement with Maputo"
        receivers = _pact_parties(r, verb)
    if not receivers:
        return
    if not helpers:  # forces help only where the receiver asked for them
        askers, own_government = _behest_askers(r, verb)
        asked = {r.ctx.actor(x.key) for x in askers}
        receivers = [x for x in receivers if own_government or r.ctx.actor(x.key) in asked]
        if not receivers:
            return
    sources = _doers(r, verb, subject_refs)
    if not sources:  # "Russian instructors were deployed in Mali", "Russian advisers arrived in Niamey"
        sources = [x for p in (helpers or forces) for x in _owner_states(r, p)]
    sources = [x for x in sources if label_of_ref(x, r.topics) in STATES]
    targets = _others(r, sources, receivers)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", sources, targets, modality, conf - 0.15)
    if any(h.lemma_.lower() in words.relief_personnel for h in helpers):  # "sent rescuers to Turkey": aid
        emit_all(r, "AIDS", sources, targets, modality, conf - 0.15)


def _helper(r: Reader, noun: Token) -> bool:
    """People posted to help: 'instructors', 'rescuers', 'a training mission', 'an EU advisory team'."""
    words = r.lex.words
    lemma = noun.lemma_.lower()
    if lemma in words.helper_personnel or lemma in words.relief_personnel:
        return noun.tag_ in {"NNS", "NNPS"}  # ("sent its national security adviser to Riyadh": one envoy)
    return lemma in words.helping_teams and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words.helping_modifiers for c in noun.children
    )


def behests(r: Reader, verb: Token, preps: set[str]) -> tuple[list[Token], list[Token]]:
    """The behest nouns on a verb after one of ``preps`` ('at the request of Bamako', 'at Honiara's
    invitation'; lexicon behest_nouns), and who made them: each noun's owner or its 'of' object."""
    asks = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in r.lex.words.behest_nouns
    ]
    return asks, [
        t for a in asks for t in (*(c for c in a.children if c.dep_ == "poss"), *prep_objects(a, "of"))
    ]


def _behest_askers(r: Reader, verb: Token) -> tuple[list[Ref], bool]:
    """Who asked for the act ('at the request of Bamako', 'at Honiara's invitation'), and whether it was an
    unnamed government ('at the junta's request', 'at the invitation of the authorities'): the receiver's
    own."""
    words = r.lex.words
    _, askers = behests(r, verb, {"at", "upon", "on"})
    refs = [x for t in askers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    governments = words.regime_nouns | words.junta_nouns | words.authority_nouns
    unnamed = any(
        t.lemma_.lower() in governments
        and not any(c.dep_ in {"compound", "amod", "poss"} for c in t.children)
        for t in askers
    )
    # (round 27) forces sent under a pact with the receiver were let in by it: "sent 1,000 troops to
    # Mozambique under a bilateral agreement with Maputo" (its party), "under a bilateral defence pact" (the
    # receiver's own)
    pacts = _consent_pacts(r, verb)
    refs += _pact_parties(r, verb)
    unnamed = unnamed or any(
        not prep_objects(p, "with")
        and any(t.lower_ in words.bilateral_words for c in p.lefts for t in c.subtree)
        for p in pacts
    )
    return refs, unnamed


def _consent_pacts(r: Reader, verb: Token) -> list[Token]:
    """The pacts a verb of sending forces acts under: "under a bilateral agreement with Maputo" (round 27)."""
    return [p for p in prep_objects(verb, "under") if p.lemma_.lower() in r.lex.words.consent_pacts]


def _pact_parties(r: Reader, verb: Token) -> list[Ref]:
    """The other parties of those pacts: "under a bilateral agreement with Maputo" (Mozambique)."""
    return [
        x
        for p in _consent_pacts(r, verb)
        for t in prep_objects(p, "with")
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


# ---- a government's appointees accepted --------------------------------------------------------
def _appointees_accepted(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'China has accepted Taliban-appointed ambassadors', 'accredited an envoy named by the junta': taking
    in the envoys an authority appointed supports that authority (inferred), short of recognising it."""
    words = r.lex.words
    envoys = [o for o in direct_objects(verb) if o.lemma_.lower() in words.accepted_envoys]
    envoys += [p for o in envoys for p in prep_objects(o, "of") if p.lemma_.lower() in words.accepted_envoys]
    appointers = [
        x
        for e in envoys
        for v in e.children
        if v.tag_ == "VBN" and v.lemma_.lower() in words.appointing_verbs
        for t in (
            *(c for c in v.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}),
            *(p for c in v.children if c.dep_ == "agent" for p in c.children),
        )
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    if not appointers:
        return
    sources, _ = subject_refs(r, verb)
    modality, conf = r.modality(verb)
    # a junta's envoys are its state's ("accepted junta-appointed ambassadors": the state it rules)
    ruled = [Ref(r.ctx.ruled_by(x.key) or x.key, inferred=True) for x in appointers]
    emit_all(r, "SUPPORTS", sources, ruled, modality, conf - 0.1)


# ---- agreements shelved --------------------------------------------------------------------------
def _agreements(r: Reader, tokens: list[Token]) -> list[Ref]:
    """The agreements the tokens name: a topic of an agreement kind, or a named agreement."""
    kinds = r.lex.words.voided_kinds
    out: list[Ref] = []
    for o in tokens:
        for x in r.refs(o):
            if x.key.startswith("?topic:"):
                if r.topics[int(x.key.split(":")[1])].kind in kinds:
                    out.append(x)
            elif label_of_ref(x, r.topics) is Label.AGREEMENT:
                out.append(x)
    return out


def _shelved(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'Vanuatu has put the Nakamal Agreement on hold', 'Washington walked away from the nuclear deal',
    'froze the Kumul Agreement': the subject rejects the agreement it shelves (inferred). The voiding verbs'
    common objects are read in rules (``_voided``); here the named agreements, the phrasal and the
    prepositional forms."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    objects = direct_objects(verb)
    if lemma in words.shelving_phrases:
        first, _, rest = words.shelving_phrases[lemma].partition(" ")
        if first == "on":  # "put on hold", "put the deal on ice": the state the object is put in
            near = [t for t in verb.subtree if t.lower_ in rest.split("|")]
            if not near or not any(t.lower_ == "on" for t in verb.subtree if t.i < near[0].i):
                return
            objects = [t for t in verb.subtree if t.dep_ in {"dobj", "pobj", "appos"} and t.i != near[0].i]
        else:  # "walked away from", "backed out of": the object of the preposition
            particles = set(first.split("|"))
            if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children):
                return
            objects = [p for prep in rest.split("|") for p in prep_objects(verb, prep)]
            objects += [  # "walked away from" read with the preposition on the particle
                p
                for c in verb.children
                if c.lower_ in particles
                for k in c.children
                if k.dep_ == "prep" and k.lower_ in rest.split("|")
                for p in k.children
                if p.dep_ == "pobj"
            ]
    objects = carried_out(
        [*objects, *(c for c in verb.children if c.dep_ == "nsubjpass")]
    )  # "was put on hold by X"
    named_only = lemma in words.voiding_verbs and lemma not in words.shelving_verbs
    pacts = [x for x in _agreements(r, objects) if not (named_only and x.key.startswith("?topic:"))]
    if not pacts:
        return
    sources = _doers(r, verb, subject_refs)
    modality, conf = r.modality(verb)
    emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf - 0.05)


# ---- forces expelled -----------------------------------------------------------------------------
def _forces_ousted(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> bool:
    """'Niger expelled French troops', 'Mali ordered out the UN mission', 'kicked out the French special
    forces': a state's forces or mission sent away reject that state or body (inferred; one diplomat
    expelled gives nothing, convention 2). True when it read the verb so."""
    words = r.lex.words
    needs = words.ousting_verbs[verb.lemma_.lower()]
    if needs and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == needs for c in verb.children):
        return False
    ousted = [o for o in _acted_on(verb) if o.lemma_.lower() in words.ousted_presences]
    if not ousted:
        return False
    if any(s.lemma_.lower() in words.clashing_forces for s in subjects(verb)[0]):
        return False  # "Ukrainian troops ousted Russian forces from the town": a battle, no state's act
    owners = [x for o in ousted for x in _owner_states(r, o)]
    sources, _ = subject_refs(r, verb)
    owners = _others(r, sources, owners)
    if owners:
        modality, conf = r.modality(verb)
        emit_all(r, "REJECTS", sources, owners, modality, conf - 0.1)
    return True


# ---- help sought and given -------------------------------------------------------------------------
def _turned_to_for(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'The juntas turned to Russia for security support', 'relies on Turkey for drones': the one turned to
    for support or arms supports the one who turned (inferred; the request itself is read elsewhere)."""
    words = r.lex.words
    prep = words.turning_verbs[verb.lemma_.lower()]
    wanted = [p for p in prep_objects(verb, "for") if p.lemma_.lower() in words.sought_support]
    if not wanted:
        return
    helpers = [
        x
        for p in prep_objects(verb, prep)
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in STATES
    ]
    if not helpers:
        return
    sources, _ = subject_refs(r, verb)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", helpers, [Ref(s.key, inferred=True) for s in sources], modality, conf - 0.2)


def _trained_forces(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'Turkish instructors have trained Somali soldiers', 'the EU mission trains Malian troops': training
    or equipping a state's forces supports that state (inferred)."""
    words = r.lex.words
    trained = [o for o in direct_objects(verb) if o.lemma_.lower() in words.clashing_forces]
    owners = [x for o in trained for x in _owner_states(r, o) if label_of_ref(x, r.topics) is Label.COUNTRY]
    if not owners:
        return
    sources, _ = subject_refs(r, verb)
    if not sources:
        sources = [
            x
            for s in subjects(verb)[0]
            if s.lemma_.lower() in words.helper_personnel or s.lemma_.lower() in words.clashing_forces
            for x in _owner_states(r, s)
        ]
    targets = _others(r, sources, owners)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", sources, targets, modality, conf - 0.15)


def _show_of_support(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'visited Nuuk in a show of support for Denmark', 'as a gesture of solidarity with Kyiv': an act done
    as a display of support supports whom the support is for."""
    words = r.lex.words
    backed = [
        x
        for h in (verb, *(k for k in verb.children if k.dep_ == "conj" and k.pos_ != "VERB"))
        for c in h.children  # ("lit it in blue and yellow as a gesture ...": the adjunct on the last colour)
        if c.dep_ == "prep" and c.lower_ in {"in", "as"}
        for show in c.children
        if show.dep_ == "pobj" and show.lemma_.lower() in words.display_nouns
        for noun in prep_objects(show, "of")
        if noun.lemma_.lower() in words.displayed_support
        for holder in (noun, show)  # "a gesture of solidarity with Kyiv", the last read on the gesture
        for p in prep_objects(holder, words.displayed_support[noun.lemma_.lower()])
        for x in r.refs(p)
    ]
    if not backed:
        return
    sources, _ = subject_refs(r, verb)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", sources, backed, modality, conf - 0.05)


# ---- measures against someone blocked ------------------------------------------------------------------
def _measure_targets(r: Reader, measure: Token) -> list[Ref]:
    """Whom a measure is aimed at: 'sanctions on Dodik', 'a proposal for sanctions against the general',
    'a resolution condemning Myanmar'."""
    words = r.lex.words
    out: list[Ref] = []
    for t in measure.subtree:
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in {"on", "against"}
            and t.head.head.lemma_.lower() in words.blocked_measures
            and r.mention_at(t) is not None  # ("resolution on annexations, India, China abstain": a list)
        ):
            out += r.refs(t, topics=False)
        trig = r.lex.verbs.get(t.lemma_.lower())
        if t.dep_ == "acl" and trig is not None and trig.rel in words.blocked_stances:
            out += [x for o in direct_objects(t) for x in r.refs(o, topics=False)]
    return [Ref(x.key, inferred=True) for x in out if label_of_ref(x, r.topics) in ACTORS]


def _shielded(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'Hungary blocked EU sanctions on the Bosnian Serb leader', 'China vetoed a resolution condemning
    Myanmar': blocking a measure against someone shields them, a support (inferred)."""
    words = r.lex.words
    blocked = [o for o in _acted_on(verb) if o.lemma_.lower() in words.blocked_measures]
    shielded = [x for o in blocked for x in _measure_targets(r, o)]
    if not shielded:
        return
    sources = _doers(r, verb, subject_refs)
    targets = _others(r, sources, shielded)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", sources, targets, modality, conf - 0.2)


# ---- the same deeds told by nouns ------------------------------------------------------------------------
NounActor = Callable[[Reader, Token], tuple[list[Ref], Token | None]]


def deed_nouns(r: Reader, noun: Token, noun_actor: NounActor, emit_all: EmitAll) -> None:
    """ "Russia's deployment of instructors in Mali" (SUPPORTS Mali), "Niger's expulsion of French troops"
    (REJECTS France), "Vanuatu's shelving of the Nakamal Agreement" (REJECTS it): the noun's owner, or its
    'by' agent, did the deed."""
    words = r.lex.words
    lemma = noun.lemma_.lower()
    if (
        lemma not in words.posting_nouns
        and lemma not in words.ousting_nouns
        and lemma not in words.shelving_nouns
    ):
        return
    objects = prep_objects(noun, "of")
    if not objects:
        return
    if lemma in words.posting_nouns:
        helpers = [o for o in objects if _helper(r, o)]
        receivers = _posted_to(r, [noun, *helpers], {"prep"})
        rel = "SUPPORTS"
        if not helpers or any(c.dep_ == "prep" and c.lower_ in words.hostile_preps for c in noun.subtree):
            receivers = []
    elif lemma in words.ousting_nouns:
        ousted = [o for o in objects if o.lemma_.lower() in words.ousted_presences]
        receivers = [x for o in ousted for x in _owner_states(r, o)]
        rel = "REJECTS"
    else:
        receivers = _agreements(r, objects)
        rel = "REJECTS"
    if not receivers:
        return
    sources, governor = noun_actor(r, noun)
    sources = [x for x in sources if label_of_ref(x, r.topics) in STATES]
    targets = _others(r, sources, receivers)
    if not sources or not targets:
        return
    modality, conf = r.modality(governor) if governor is not None else r.modality(noun.head)
    emit_all(r, rel, sources, targets, modality, conf - 0.15)


# ---- shelter and cover given ---------------------------------------------------------------------------
def _sheltered(r: Reader, verb: Token, subject_refs: SubjectRefs, emit_all: EmitAll) -> None:
    """'Qatar has provided a safe haven to the Hamas leadership', 'Moscow granted asylum to Assad', 'propped
    up the junta', 'shielded Iran at the Security Council': shelter, cover or a rescue given supports whom
    it is given to (inferred)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    objects = direct_objects(verb)
    if lemma in words.sheltering_deeds:
        needs = words.sheltering_deeds[lemma]
        if needs and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == needs for c in verb.children):
            return
        helped = objects
    elif any(o.lemma_.lower() in words.shelter_nouns for o in objects):
        helped = [  # "gave Hamas a haven" (a dative), "provided a haven to Hamas", "offered asylum to Assad"
            *(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"),
            *(
                p
                for c in verb.children
                if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                for p in c.children
            ),
            *(
                p
                for o in objects
                for c in o.children
                if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                for p in c.children
            ),
        ]
    else:
        return
    backed = [
        Ref(x.key, inferred=True)
        for h in helped
        for x in r.refs(h, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    if not backed:
        return
    sources, _ = subject_refs(r, verb)
    modality, conf = r.modality(verb)
    emit_all(r, "SUPPORTS", sources, _others(r, sources, backed), modality, conf - 0.15)
