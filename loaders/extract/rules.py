"""Relation rules over one sentence: verbs, nouns, appositions and fixed constructions.

Every rule reads the sentence through a ``Reader`` and emits claims; none of them knows any
article. Words come from the lexicon (``loaders/data/lexicon.yaml``), structure from the parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Set
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Token

from graph.model import RELATIONS, Label, Modality
from loaders.extract.args import (
    agent,
    authorship,
    complement_verb,
    direct_objects,
    governing_subjects,
    is_infinitive,
    is_passive,
    is_subjunctive,
    parenthetical_object,
    prep_objects,
    subjects,
)
from loaders.extract.context import Claim
from loaders.extract.deeds import behests, deed_nouns, deed_rules
from loaders.extract.denials import charge_denied_by_which, recalled_for_consultations
from loaders.extract.designations import listed_designations
from loaders.extract.force import attack_clause, border_places_state, forces_entered, spoken_attack
from loaders.extract.judged import (
    asked_to_blame,
    asked_to_uphold,
    conditioned_on,
    first_judgement,
    judged_clause,
    mandated,
    remember_judged_act,
    requested_meeting,
    restoration_asked,
)
from loaders.extract.lexicon import Lexicon, Topic, Trigger, VerbEvent, load_lexicon
from loaders.extract.membership import convened
from loaders.extract.mentions import Mention, region_of
from loaders.extract.modality import denied_deed, noun_modality, wished_noun, withheld
from loaders.extract.refs import inside_quotes, key_label
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref
from loaders.extract.stances import (
    apposed_objects,
    recent_resolution,
    staged_objects,
    unaimed_stance,
    vote_label_lists,
    voted_objects,
)
from loaders.extract.topics import proper_name, topic_of
from loaders.extract.visits import hosted_at

_YEAR_WORD = re.compile(r"^(1[7-9]\d\d|20[0-2]\d)$")  # ("an 1859 treaty between A and B")
_HOSTILE = frozenset(name for name, kind in RELATIONS.items() if kind.sign < 0)
_VOICED = {"REJECTS", "SUPPORTS", "RECOGNIZES", "CONDEMNS", "CRITICIZES", "REQUESTS"}


def run_all(r: Reader) -> None:
    verb_rules(r)
    noun_rules(r)
    adjective_rules(r)
    annexed_votes(r)
    conditioned_measures(r)
    vote_label_lists(r)
    words = r.lex.words
    for noun in r.sent:
        if noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()  # (read once for both word lists)
        if lemma in words.signatory_nouns:
            _document_parties(r, noun)
        if lemma in words.demand_nouns:
            _demand_clause(r, noun)
            _help_appealed(r, noun)


def _demand_clause(r: Reader, noun: Token) -> None:
    """'Morocco reiterated its demand that Algeria reopen the border', 'renewed calls for Venezuela to
    publish the records': the subject of the demand's clause is asked (REQUESTS, inferred) by the noun's
    owner or the subject of the verb that voices it."""
    words = r.lex.words
    asked: list[Token] = []
    # ("repeated its call that Israel must withdraw": the clause hung on the verb, right after the noun)
    after = [
        c
        for c in noun.head.children
        if c.dep_ in {"ccomp", "advcl"} and c.left_edge.i == noun.right_edge.i + 1
    ]
    # "repeated its call on Kenya to reopen the border": the one called on, with the act asked
    called = words.particle_preps.get(noun.lemma_.lower(), frozenset())
    if any(is_infinitive(c) for c in noun.children if c.dep_ in {"acl", "relcl"}) or any(
        is_infinitive(c) for c in after
    ):
        asked += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in called for p in c.children]
    for c in [*noun.children, *after]:
        if c.dep_ not in {"acl", "advcl", "ccomp", "relcl"}:
            continue
        # ("its demand that Algeria hand over ...": the model may read "that" as the clause's object)
        marks = {
            m.lower_ for m in c.children if m.dep_ == "mark" or (m.i == c.left_edge.i and m.lower_ == "that")
        }
        modal = any(a.dep_ == "aux" and a.lower_ in words.deontic_modals for a in c.children)
        if ("that" in marks and (is_subjunctive(c) or modal)) or ("for" in marks and is_infinitive(c)):
            asked += [s for s in c.children if s.dep_ == "nsubj"]
    if not asked:
        return
    sources = [x for c in noun.children if c.dep_ in {"poss", "amod"} for x in r.refs(c, topics=False)]
    sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
    voiced = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" else None
    if not sources and voiced is not None:
        sources, _ = _subject_refs(r, voiced)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        Ref(x.key, inferred=True)
        for t in asked
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(voiced) if voiced is not None else (Modality.ASSERTED, 0.8)
    _emit_all(r, "REQUESTS", sources, targets, modality, conf - 0.1)


def conditioned_measures(r: Reader) -> None:
    """'The EU said it would impose sanctions on Belgrade if ...', 'Russia will cut gas supplies to Moldova
    unless Chisinau pays': a hostile measure promised on a condition threatens whom it would hit
    (THREATENS, asserted; the measure stays hypothetical). Under 'threatened' or 'warned' the threat verb's
    own reading names the target."""
    words = r.lex.words
    if not any(t.lower_ in words.threat_conditions for t in r.sent):
        return  # (most sentences have no 'if' or 'unless')
    heads = [
        v
        for v in r.sent
        if v.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in words.threat_conditions for m in c.children)
            for c in v.children
        )
        and v.lemma_.lower() not in words.threat_verbs
        and not (v.dep_ in {"xcomp", "ccomp"} and v.head.lemma_.lower() in words.threat_verbs)
    ]
    owners = {r.ctx.actor(x.key) for v in heads for x in _subject_refs(r, v)[0]}
    if not owners:
        return
    told = r.ctx.told({r.info.index}, words.conditioned_measures, {Modality.HYPOTHETICAL, Modality.FUTURE})
    for claim in told:
        source, target = r.ctx.actor(claim.source), r.ctx.actor(claim.target)
        if source in owners and target != source and key_label(target) in ACTORS:
            r.emit(Ref(claim.source), "THREATENS", Ref(target, inferred=True), Modality.ASSERTED, 0.7)


def annexed_votes(r: Reader) -> None:
    """'proclaimed its annexation of two regions – A and B – after staging what it called referendums':
    votes with no place of their own, told with the annexation of regions, were held in those regions
    (inferred)."""
    kinds = r.lex.words.annexation_vote_kinds
    votes = [n for n in r.topics if n.kind in kinds and n.seen == r.info.index and not n.places]
    if not votes:
        return
    regions = list(
        dict.fromkeys(
            c.target
            for c in r.ctx.claims
            if c.sent.index == r.info.index
            and c.type == "OCCUPIES"
            and c.modality is Modality.ASSERTED
            and key_label(c.target) is Label.REGION
        )
    )
    for vote in votes:
        for region in regions:
            r.held_in(Ref(vote.handle, inferred=True), region, Modality.ASSERTED, 0.6)


def adjective_rules(r: Reader) -> None:
    """'Israel has been critical of Russia's war', 'Turkey remains opposed to the bids'."""
    for adj in r.sent:
        if adj.lemma_.lower() in r.lex.words.capability_adjectives and adj.dep_ in {"amod", "acl"}:
            _capable_of_harm(r, adj)
        preps = r.lex.words.stance_adjectives.get(adj.lemma_.lower())
        if adj.pos_ != "ADJ" or preps is None or adj.dep_ not in {"acomp", "oprd"}:
            continue
        verb = adj.head
        if any(c.dep_ == "neg" for c in adj.children):
            continue
        modality, conf = r.modality(verb)
        sources, _ = _subject_refs(r, verb)
        for phrase, rel in preps.items():
            targets = [x for tok in prep_objects(adj, phrase) for x in r.refs(tok)]
            _emit_all(r, rel, sources, targets, modality, conf)


def _capable_of_harm(r: Reader, adj: Token) -> None:
    """'Iran trained hackers capable of launching attacks against Saudi Arabia', 'North Korea has developed
    missiles capable of striking the US mainland': whoever builds, trains or holds a force able to strike
    another threatens it (THREATENS, inferred)."""
    words = r.lex.words
    acts = [p for c in adj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    acts += [c for c in adj.children if c.dep_ == "xcomp" and is_infinitive(c)]
    acts = [a for a in acts if a.pos_ == "VERB"]
    hostile = [
        a
        for a in acts
        if a.lemma_.lower() in words.force_verbs
        or _hostile_act(r, a)
        or any(o.lemma_.lower() in words.attack_nouns for o in direct_objects(a))
    ]
    holder = adj.head
    if not hostile or holder.dep_ not in {"dobj", "obj"} or holder.head.pos_ != "VERB":
        return
    aimed = {"against", "at", "on", "upon"}
    tokens = [
        p
        for a in hostile
        for h in [a, *direct_objects(a)]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in aimed
        for p in c.children
        if p.dep_ == "pobj"
    ]
    objects = [o for a in hostile for o in direct_objects(a) if o.lemma_.lower() not in words.attack_nouns]
    tokens += objects
    # ("the US mainland": the state that owns the place struck)
    tokens += [c for o in objects for c in o.children if c.dep_ in {"compound", "poss", "amod"}]
    verb = holder.head
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        Ref(x.key, inferred=True)
        for t in tokens
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    if modality is Modality.ASSERTED:
        _emit_all(r, "THREATENS", sources, list({t.key: t for t in targets}.values()), modality, conf - 0.2)


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


def _allowed(r: Reader, rel: str, source: Ref, target: Ref, trig: Trigger | None = None) -> bool:
    kind = RELATIONS[rel]
    s_label, t_label = label_of_ref(source, r.topics), label_of_ref(target, r.topics)
    refused = trig is not None and trig.objects is not None and t_label not in trig.objects
    if refused and t_label is Label.REGION and _acting_region(r, target.key):
        t_label = Label.COUNTRY  # "Pelosi visited Taiwan", "met Kosovo's president": a de facto state is met
    # a refusal reaches any measure ("has not joined the embargo") but no actor outside the verb's
    # objects ("has not joined Norway in the boycott" rejects no one)
    if (
        trig is not None
        and trig.objects is not None
        and t_label not in trig.objects
        and (rel != trig.negated or t_label not in {Label.EVENT, Label.AGREEMENT})
    ):
        return False
    if s_label is Label.PERSON and rel != "HOLDS_OFFICE":
        s_label = Label.COUNTRY if r.ctx.actor(source.key) != source.key else s_label
    return s_label in kind.subjects | {Label.PERSON} and t_label in kind.objects


def _acting_region(r: Reader, key: str) -> bool:
    """A region that acts as a state (gazetteer kind de_facto_state: Taiwan, Kosovo, Somaliland)."""
    node = r.ctx.nodes.get(key)
    return node is not None and node.attrs.get("kind") == "de_facto_state"


def _emit_all(
    r: Reader,
    rel: str,
    sources: list[Ref],
    targets: list[Ref],
    modality: Modality,
    conf: float,
    trig: Trigger | None = None,
    status: str | None = None,
) -> None:
    for s in sources:
        s_label = label_of_ref(s, r.topics)
        if s_label not in ACTORS and not (s_label is Label.AGREEMENT and s_label in RELATIONS[rel].subjects):
            continue
        for t in targets:
            this = rel
            if trig is not None and rel == trig.rel:  # "hosted the summit" organizes; "hosted Modi" meets
                this = trig.by_label.get(label_of_ref(t, r.topics).value, rel)
                if this == "SUPPORTS" and _adopted_text(r, trig, t):
                    this = "SIGNED"
            if _allowed(r, this, s, t, trig if this == rel else None):
                r.emit(s, this, t, modality, conf, status=status)
                if trig is not None and this in trig.also:
                    r.emit(s, trig.also[this], t, modality, conf)


def _adopted_text(r: Reader, trig: Trigger, target: Ref) -> bool:
    """A summit's text adopted by its makers is signed by them, as a treaty is ("Leaders of the SCO adopted
    the Astana Declaration", "the ministers adopted a joint communique"): a verb of lexicon
    text_adopting_verbs whose object is headed by one of adopted_documents (not a resolution or a law,
    which a vote adopts)."""
    words = r.lex.words
    return any(r.lex.verbs.get(v) is trig for v in words.text_adopting_verbs) and _document_headed(
        r, target, words.adopted_documents
    )


def _document_headed(r: Reader, ref: Ref, heads: frozenset[str]) -> bool:
    """Whether ``ref`` is a topic of a document kind (lexicon document_kinds) called by one of ``heads``
    ("the Astana Declaration", "patrolling arrangements")."""
    if not ref.key.startswith("?topic:"):
        return False
    node = r.topics[int(ref.key.split(":")[1])]
    return node.kind in r.lex.words.document_kinds and any(h.split()[-1] in heads for h in node.heads)


def _judged_requests(r: Reader, verb: Token, trig: Trigger | None) -> None:
    """Round 23 (judged.py): stances taken on an owned act, remembered; blame asked for ("urged the Council
    to hold Israel accountable": CRITICIZES Israel, inferred); a body's meeting asked for ("requested an
    emergency meeting of the Security Council": REQUESTS it); conditions on another's act ("will sign only
    after Armenia removes the clause": REQUESTS Armenia); agreements asked to be kept (SUPPORTS), orders asked
    to be restored and mandates to act (REQUESTS). The asked acts themselves are not done."""
    if trig is not None:  # (only a stance's own trigger remembers the act it judged)
        remember_judged_act(r, verb, trig.rel)
    # each reader asks for its own verbs; they are tested here once, so most verbs call none of them
    lemma, asks = verb.lemma_.lower(), r.lex.judged_requests
    asking, saying = lemma in r.lex.requesting_verbs, lemma in r.lex.words.say_verbs
    blamed = asked_to_blame(r, verb) if asking or saying else []
    upheld = asked_to_uphold(r, verb) if asking else []
    restoring = asking or saying or lemma in asks.meeting_object_verbs
    restored = restoration_asked(r, verb) if restoring else []
    bodies = requested_meeting(r, verb) if lemma in asks.meeting_verbs else []
    gated = any(c.dep_ == "advcl" for c in verb.children)
    conditions = conditioned_on(r, verb) if gated else []
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
    # the demand is made whatever becomes of the act it conditions ("will not sign unless X ...")
    _emit_all(r, "REQUESTS", sources, conditions, Modality.ASSERTED, 0.6)


# ---- verbs -----------------------------------------------------------------------------------
def _clausal(noun: Token) -> bool:
    """A verb the tagger read as a noun, told by its clause: 'said it "categorically rejects" X' (a subject
    and an object of its own)."""
    deps = {c.dep_ for c in noun.children}
    return noun.dep_ in {"ccomp", "conj"} and "nsubj" in deps and bool(deps & {"dobj", "obj"})


def verb_rules(r: Reader) -> None:
    for verb in r.sent:
        if verb.pos_ not in {"VERB", "AUX"} and not (
            verb.pos_ == "NOUN" and (verb.dep_ == "ROOT" or _clausal(verb))
        ):
            continue
        lemma = verb.lemma_.lower()
        trig = r.lex.verbs.get(lemma)
        if lemma in r.lex.words.journey_verbs and not _travellers(r, verb):
            trig = None  # "soldiers arrived in Israel for treatment" is no visit
        if lemma in r.lex.evaluation_verbs:
            _evaluation(r, verb, trig)
        words = r.lex.words
        if lemma in words.say_verbs:
            _said_of(r, verb)
            _remember_speaker(r, verb)
            if lemma in words.addressing_verbs:
                _told_official(r, verb)
            if _announced_act(r, verb):  # "Ecuador declared a state of emergency. Peru criticised the move"
                _remember_deed(r, verb)
        else:
            _remember_deed(r, verb)
        if lemma in words.deadline_verbs:
            _deadline_or_status(r, verb)
        remember_statement(r, verb)
        _judged_requests(r, verb, trig)
        if lemma in words.conferring_verbs and not prep_objects(verb, "with"):
            modality, conf = r.modality(verb)
            _pairwise(r, "MET_WITH", _subject_refs(r, verb)[0], modality, conf)
        status = words.status_verbs.get(lemma)
        if status is not None:
            _participation(r, verb, status.participation)
            _suspended_member(r, verb, status.member)
        if lemma in words.chair_taking_verbs:
            _chaired(r, verb)
        if lemma in words.agreeing_verbs or lemma in words.tie_restoring_verbs:
            _agreed_in(r, verb)  # "normalised relations with Israel under the Abraham Accords": a party
        if lemma in words.joint_agreeing_verbs or (
            lemma in words.reaching_verbs
            and any(o.lemma_.lower() in words.consensus_nouns for o in direct_objects(verb))
        ):
            _joint_agreement(r, verb)
        if lemma in words.measure_cover_verbs:
            _measure_covers(r, verb)
        if lemma in words.sharing_verbs:
            _shared_with(r, verb)
        if lemma in words.mediation_words and not direct_objects(verb):
            _mediation(r, verb)
        if lemma in words.defending_verbs:
            _defended_in_words(r, verb)
        if lemma in words.leave_verbs:
            _leaving(r, verb)
        _conditional_reprisal(r, verb)
        if lemma in words.pressing_verbs:
            _pressed(r, verb)
        hosted_at(r, verb)
        listed_designations(r, verb)
        if lemma in words.say_verbs or lemma in words.threat_verbs:
            _warned_payback(r, verb)
        if lemma in words.desecrating_verbs:
            _desecrated(r, verb)
        _idiom(r, verb)
        if lemma in words.accusing_verbs:
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                _charged(r, verb, clause, any_deed=True)
        if lemma in words.entering_verbs:
            _forces_arrived(r, verb)
        if lemma in words.contributing_verbs:
            _contributed_forces(r, verb)
        if lemma in words.serving_verbs:
            _forces_serving(r, verb)
        if lemma in words.mission_leading_verbs:
            _led_mission(r, verb)
        if lemma in words.envoy_returning_verbs:
            _envoy_returned(r, verb)
        if lemma in words.expelling_declarations:
            _declared_unwelcome(r, verb, words.expelling_declarations[lemma])
        if lemma in words.clash_verbs:
            _clashed(r, verb, words.clash_verbs[lemma])
        if lemma in words.eviction_verbs:
            _driven_out(r, verb)
        if lemma in words.capturing_verbs:
            _captured(r, verb)
        if lemma in words.fighting_verbs and not direct_objects(verb) and not prep_objects(verb, "against"):
            _clashed(r, verb, None)  # "Eritrean and Ethiopian troops fought near Badme"
            if verb.tag_ == "VBG":
                _clash_between(r, verb)  # "fighting between Eritrean and Ethiopian forces", as a gerund
        if lemma == "recall":
            _recalled_unnamed(r, verb)
        if lemma in words.scrambling_verbs:
            _scrambled(r, verb)
        recalled = r.lex.verbs.get(words.envoy_recalls.get(lemma, ""))
        if recalled is not None and any(  # "withdrew its ambassador from Lima": a recall, read as one
            o.lemma_.lower() in (recalled.object_heads or ()) for o in direct_objects(verb)
        ):
            _verb(r, verb, recalled)  # ("withdrew from the ICC" recalls no one)
        if _copied_act(r, verb):
            _followed_suit(r, verb)
        if lemma in words.copy_alone and verb.dep_ in {"advcl", "prep"} and verb.tag_ == "VBG":
            _following(r, verb)
        if lemma in words.copy_alone and verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBN":
            _followed_by(r, verb)
        _in_support_of(r, verb)
        _in_protest_at(r, verb)
        _stance_adjunct(r, verb)
        if lemma in words.help_seeking_verbs:
            _sought_help(r, verb)
        if lemma in words.stance_joining_verbs:
            _joined_stance(r, verb)
        if _walkout(r, verb):
            _walked_out(r, verb)
        if lemma in words.participation_verbs or any(
            o.lower_ == words.participation_phrases.get(lemma) for o in direct_objects(verb)
        ):  # "participated in", "took part in"
            _took_part_in_aid(r, verb)
        if lemma in words.listing_verbs:
            _blacklisted(r, verb)
        if deed_rules(r, verb, _subject_refs, _emit_all):
            trig = None  # "expelled French troops": France rejected, no words of criticism (deeds.py)
        if lemma in words.entry_ban_verbs and _entry_banned(r, verb):
            trig = None  # "barred the general from entering the bloc": a sanction, not a snub
        if lemma in words.delisting_verbs:
            _blacklisted(r, verb, delisted=True)
        if lemma in words.launching_verbs:
            _launched_operation(r, verb)
        if lemma in words.angering_verbs:
            _angered(r, verb)
        if lemma in words.brokering_verbs:
            _brokered_parties(r, verb)
        if lemma in words.tie_verbs:
            _cut_ties(r, verb)
        # "re-establish" is tokenized "re", "-", "establish": restoring ties, not opening them
        tie_lemma = (
            f"re-{lemma}"
            if verb.i > 1 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "re"
            else lemma
        )
        if tie_lemma in words.tie_opening_verbs or tie_lemma in words.tie_keeping_verbs:
            _cut_ties(r, verb, "RECOGNIZES")
        if tie_lemma in words.tie_restoring_verbs:
            _cut_ties(r, verb, "MET_WITH")
        if lemma in words.reproaching_verbs:
            _reproached(r, verb)
        if lemma in words.mission_opening_verbs:
            _opened_mission(r, verb)
        if lemma in words.linking_verbs:
            _claim_links(r, verb)
        if lemma in words.troop_sending_verbs:
            _sent_to_help(r, verb)
        if lemma in words.admitting_verbs:
            _admitted(r, verb)
        if lemma in words.asylum_seeking_verbs:
            _sought_asylum(r, verb)
        if lemma in words.delegation_receiving_verbs:
            _received_delegation(r, verb)
        if lemma in words.granting_verbs:
            _granted_request(r, verb)
        if lemma in words.access_granting_verbs:
            _access_granted(r, verb)
        if lemma in words.handover_asking_verbs:
            _handover_asked(r, verb)
        if lemma in words.protesting_verbs or (
            lemma in words.staging_verbs
            and any(o.lemma_.lower() in words.protest_event_nouns for o in direct_objects(verb))
        ):
            _protest_at_mission(r, verb)
        if lemma in words.blaming_verbs:
            _blamed_for_attack(r, verb)
        if lemma in words.envoy_rebuke_verbs and is_passive(verb) and agent(verb) is None:
            _envoy_rebuked(r, verb)
        if trig is not None and trig.preps.get("for") == "REQUESTS":
            _called_for_to(r, verb)
        if any(c.dep_ == "prep" and c.lower_ in {"at", "upon"} for c in verb.children):
            _at_request(r, verb)
        if lemma in words.copulas:
            _in_contact(r, verb)
            _copular_stance(r, verb)
        if trig is not None and (trig.rel == "REQUESTS" or "REQUESTS" in trig.preps.values()):
            _urged_restraint(r, verb)
        if lemma in words.voiding_verbs:
            _voided(r, verb)
        if lemma in words.switch_verbs:
            _switched(r, verb)
        if lemma in words.attributing_verbs or lemma in words.harming_verbs or lemma in words.copulas:
            attack_clause(r, verb, _emit_all)  # "a drone strike blamed on Israel hit a convoy in Sudan"
        if lemma in words.invading_verbs:
            forces_entered(r, verb, _emit_all)  # "Eritrean troops crossed into Ethiopia"
        if lemma in words.verb_events and not _dealt_measure(r, verb):
            _verb_event(r, verb, words.verb_events[lemma])
        if lemma in {"target", "hit"}:
            _measure_targets(r, verb)
        if lemma in words.held_verbs or lemma in words.gather_verbs:
            _held_in(r, verb)

        if lemma in words.embargo_verbs:
            trig = _as_embargo(r, verb, trig)
        if lemma in words.bare_measure_verbs and any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "dative"}
            or (c.dep_ == "prep" and c.lower_ in {"as", "to"})
            for c in verb.children
        ):
            trig = None  # "designated Accra as the venue": a role named, no listing
        if lemma in words.aiming_verbs and _measure_aimed(r, verb):
            trig = None  # "the EU targeted Russian banks in its new sanctions": a measure, no attack
        if trig is None:
            continue
        _verb(r, verb, trig)


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


def _contest(r: Reader) -> bool:
    """Whether the sentence tells of a match ("clash in the semi-final", "fought to a 1-1 draw")."""
    return any(
        (
            t.pos_ in {"NOUN", "PROPN"} or t.dep_ in {"pobj", "dobj", "nsubj", "attr"}
        )  # ("in the quarter-final")
        and t.lemma_.lower() in r.lex.words.contest_words
        for t in r.sent
    )


def _dealt_measure(r: Reader, verb: Token) -> bool:
    """'hit Lithuanian officials with sanctions', 'struck Chinese goods with tariffs': a measure dealt, no
    strike (its relation is the measure's own)."""
    dealt = [p for p in prep_objects(verb, "with") for p in (p, *p.conjuncts)]
    return any(
        ((trig := r.lex.nouns.get(p.lemma_.lower())) is not None and trig.rel == "SANCTIONS")
        or p.lemma_.lower() in r.lex.words.trade_measures
        for p in dealt
    )


def _subject_refs(r: Reader, verb: Token) -> tuple[list[Ref], bool]:
    tokens, inherited = subjects(verb)
    issued = [a for t in tokens for a in _issued_before(r, t)]
    if issued:  # "X and Y issued a joint statement. The statement urged Israel to ...": X and Y urged
        return issued, inherited
    tokens = [s for t in tokens for s in _speaker_of(r, t)]
    principal = _on_behalf_of(r, verb)
    if principal:  # "On behalf of the Republic of Panama, I must reject ...": Panama rejects
        return principal, inherited
    head = verb.head.head if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ == "in" else None
    if head is not None and head.lemma_.lower() in r.lex.words.join_verbs:
        tokens += direct_objects(head)  # "Four countries joined Russia in voting against it": Russia too
    refs: list[Ref] = []
    for t in tokens:
        refs += r.refs(t, topics=False)
    if not refs and tokens:
        refs = _quoted_state(r, verb, tokens)
    if not refs and inherited and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        speech = verb.head.head  # "said the attack violated its sovereignty and demanded that China ...":
        if speech.lemma_.lower() in r.lex.words.say_verbs and speech.i < verb.head.i:  # the parser hung
            return _subject_refs(r, speech)  # the demand on the reported clause, whose subject is no actor
    if (
        not refs
        and tokens
        and all(t.lemma_.lower() in r.lex.words.member_nouns for t in tokens)
        and tokens[0].head.lemma_.lower() in r.lex.words.ballot_verbs
    ):
        # "The General Assembly called for ..., with 141 member nations voting to condemn": the body acts
        # (its members' vote is its act; "with four countries siding with Moscow" is no act of the body)
        for t in governing_subjects(tokens[0]):
            refs += [x for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) is Label.ORGANIZATION]
        inherited = True
    if not refs and not tokens:
        refs = _left_out_doers(r, verb)
    if inherited:
        refs = [Ref(x.key, True) for x in refs]
    for clause in verb.children:  # "Saudi Arabia voted in favour, as did the UAE": the UAE did too
        if (
            clause.dep_ == "advcl"
            and clause.lemma_ == "do"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
            and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in clause.children)
        ):
            refs += [x for c in clause.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
    return refs, inherited


def _on_behalf_of(r: Reader, verb: Token) -> list[Ref]:
    """The state or body a speaker acts for, named in 'on behalf of X' on the verb."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ == "behalf":
                    return [
                        x
                        for c in pobj.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children
                        for x in r.refs(p, topics=False)
                        if label_of_ref(x, r.topics) in STATES
                    ]
    return []


def _quoted_state(r: Reader, verb: Token, tokens: list[Token]) -> list[Ref]:
    """ "Beijing firmly opposes the visit, a foreign ministry spokesperson said, urging Washington to ...":
    an organ named without its state ("a ministry spokesperson") speaks for the state its own words make
    their subject (inferred)."""
    if not all(t.lemma_.lower() in r.lex.state_organs and r.mention_at(t) is None for t in tokens):
        return []
    said = verb if verb.lemma_.lower() in r.lex.words.say_verbs else verb.head
    if said.lemma_.lower() not in r.lex.words.say_verbs:
        return []
    quoted = [s for c in said.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    states = [x for s in quoted for x in r.refs(s, topics=False) if label_of_ref(x, r.topics) in STATES]
    return [Ref(x.key, inferred=True) for x in states[:1]]


def _named_persons(r: Reader, tokens: list[Token]) -> list[Ref]:
    """The persons named beside a title ("Rwanda's minister James Kabarebe", "its leader, X"): a measure
    aimed at a named official is aimed at the person, not at the state the title stands for."""
    out: list[Ref] = []
    for tok in tokens:
        for t in r.members(tok):
            named = [c for c in t.children if c.dep_ == "appos"] if r.mention_at(t) is None else []
            out += [
                x for c in named for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) is Label.PERSON
            ]
    return out


def _unnamed_officials(r: Reader, tokens: list[Token], targets: list[Ref]) -> list[Ref]:
    """The targets but the states of officials aimed at without a name ("sanctions on a Rwandan government
    minister and two Iranian officials", "on various Russian organisations"): the measure hits persons or
    bodies, not the state of their title or nationality (convention 10); a state named for itself beside
    them ("on Russia and two Belarusian generals") stays."""
    heads = r.lex.words.office_heads | r.lex.words.official_nouns | r.lex.words.group_targets
    some = r.lex.words.partitive_words
    states: set[str] = set()
    named: set[str] = set()
    for tok in tokens:
        for t in r.members(tok):
            own = r.mention_at(t)
            if own is not None:
                named.add(r.ctx.actor(own.key))
                continue
            modifiers = {r.ctx.actor(m.key) for c in t.children if (m := r.mention_at(c)) is not None}
            unnamed = t.lemma_.lower() in heads and any(  # "two Iranian officials", "various Russian firms"
                (c.dep_ in {"det", "nummod"} and c.lower_ not in {"the", "its", "their"})
                or (c.dep_ == "amod" and c.lower_ in some)
                # some of them, told by a participle: "Georgian officials holding diplomatic passports"
                or (c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and t.tag_ == "NNS")
                for c in t.children
            )
            (states if unnamed else named).update(modifiers)
    drop = states - named
    return [
        x
        for x in targets
        if r.ctx.actor(x.key) not in drop
        or label_of_ref(x, r.topics) is not Label.COUNTRY  # firms named stay
    ]


def _sanctioned(r: Reader, tokens: list[Token], targets: list[Ref]) -> list[Ref]:
    """Whom a measure aimed at ``tokens`` hits, from what ``targets`` they stand for: an official named
    beside a title ("Nicaragua's vice president Rosario Murillo"), not the state of the title, nor that of
    an official named by title only; a group named by a count ("four individuals linked to Hamas",
    "three Israeli settlers") when nothing else is left."""
    hit = _with_persons(r, _named_persons(r, tokens), _unnamed_officials(r, tokens, targets))
    if not hit:
        return [x for tok in tokens for t in r.members(tok) for x in _unnamed_group(r, t)]
    # "on Iran's Quds Force and a Turkish national": a group in the list is hit with the named
    listed = [x for tok in tokens for t in r.members(tok)[1:] for x in _unnamed_group(r, t)]
    return hit + [x for x in listed if x.key not in {h.key for h in hit}]


def _with_persons(r: Reader, persons: list[Ref], targets: list[Ref]) -> list[Ref]:
    """The persons, and the other targets but the states their titles stood for."""
    # (and the body a title names: "the Wagner commander Dmitry Utkin" sanctioned is not Wagner sanctioned)
    states = {r.ctx.actor(p.key) for p in persons} | {
        o.state for p in persons for o in r.ctx.offices.get(p.key, [])
    }
    return persons + [t for t in targets if t.key not in states and t.key not in {p.key for p in persons}]


def _met(r: Reader, targets: list[Ref], trig: Trigger) -> list[Ref]:
    """The objects a meeting verb may take (a summit discussed is no one met)."""
    return [
        t
        for t in targets
        if trig.objects is None
        or label_of_ref(t, r.topics) in trig.objects
        or (Label.COUNTRY in trig.objects and _acting_region(r, t.key))  # "visited Taiwan"
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


def _issued_before(r: Reader, token: Token) -> list[Ref]:
    """'The statement' (bare, definite) as a subject: the authors of the statement issued just before."""
    last = r.ctx.statement
    if (
        last is None
        or token.lemma_.lower() not in r.lex.words.speech_nouns
        or not 0 < r.info.index - last[0] <= 2
        or any(
            c.dep_ in {"poss", "compound", "acl", "prep", "amod"}
            and not (c.dep_ == "amod" and c.lower_ in {"joint", "final"})  # "The joint statement also ..."
            for c in token.children
        )
        or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
    ):
        return []
    return [Ref(k, inferred=True) for k in last[1]]


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


def _speaker_of(r: Reader, token: Token) -> list[Token]:
    """A statement speaks for whoever issued it: 'issued a statement condemning X' → the issuer (and a
    decree acts for whoever signed it: "a decree signed by President X imposes sanctions on Y")."""
    lemma = token.lemma_.lower()
    if lemma not in r.lex.words.speech_nouns and lemma not in r.lex.words.decree_nouns:
        return [token]
    if r.mention_at(token) is not None:
        return [token]
    head = token.head
    if token.dep_ in {"dobj", "obj"} and head.lemma_.lower() in r.lex.words.blocking_verbs:
        return []  # "Hungary blocked an EU statement criticising China": a statement never issued
    # "The statement, issued by the Kremlin, accused NATO", "Russia's statement", "a Kremlin statement"
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and (author := agent(child)) is not None:
            return [author]
        if child.dep_ == "poss" or (child.dep_ in {"compound", "amod"} and r.mention_at(child) is not None):
            return [child]
        if child.dep_ == "prep" and child.lower_ == "from" and token.dep_ in {"nsubj", "nsubjpass"}:
            # "A statement from the AU chair called on ...": who it came from speaks
            return [p for p in child.children if p.dep_ == "pobj"] or [token]
    if token.dep_ in {"dobj", "obj"} and head.pos_ in {"VERB", "AUX"}:
        found, _ = subjects(head)
        return found or [token]
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        found, _ = subjects(head.head)  # "said in a statement condemning X"
        return found or [token]
    return [token]


def _voice_refs(r: Reader, verb: Token) -> list[Ref]:
    """A document as the subject: 'a resolution condemning the annexation', 'the resolution calls for'."""
    tokens, _ = subjects(verb)
    return [x for t in tokens for x in r.refs(t) if label_of_ref(x, r.topics) is Label.AGREEMENT]


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
        out += found or joined(r, obj) or _struck_state(r, obj, trig)
        out += [Ref(h) for t in stray_conjuncts(r, obj) if (h := r.topic(t)) is not None]
    return out


def _struck_state(r: Reader, obj: Token, trig: Trigger, rel: str | None = None) -> list[Ref]:
    """Unnamed places struck, named by their state's adjective or possessor: that state is attacked
    ("Azerbaijani forces shelled Armenian villages", "accused Rwanda of shelling its territory"); people
    harmed, so named, too ("killed two Guinean border guards", "hundreds of Sudanese refugees"), and what
    they live in or use ("a camp for Congolese refugees", "the computers of Indian army officers")."""
    words = r.lex.words
    lemma = obj.lemma_.lower()
    if (rel or trig.rel) != "ATTACKED":
        return []
    if lemma in words.counting_nouns or lemma in words.victim_holdings:
        phrases = ("of",) if lemma in words.counting_nouns else ("for", "of")
        held = [p for phrase in phrases for p in prep_objects(obj, phrase)]
        if "for" in phrases and obj.dep_ in {"dobj", "nsubjpass"}:  # ("for" hung on the verb, right after)
            held += [
                p
                for c in obj.head.children
                if c.dep_ == "prep" and c.lower_ == "for" and c.i == obj.right_edge.i + 1
                for p in c.children
                if p.dep_ == "pobj"
            ]
        found = [
            x
            for p in held
            for x in (
                [y for y in r.refs(p, topics=False) if label_of_ref(y, r.topics) is Label.COUNTRY]
                or _struck_state(r, p, trig, "ATTACKED")
            )
        ]
        if found or lemma in words.counting_nouns:
            return found
    elif lemma not in words.region_nouns and lemma not in words.victim_nouns:
        return []
    out: list[Ref] = []
    for child in obj.children:  # ("shelled Armenian homes", "hacked its servers")
        if child.dep_ == "poss":
            out += [x for x in r.refs(child, topics=False) if label_of_ref(x, r.topics) is Label.COUNTRY]
        elif child.dep_ in {"amod", "compound", "nmod"}:
            for named in (child, *child.conjuncts):  # ("Kenyan and Tanzanian fishermen": both)
                m = r.mention_at(named)
                out += [Ref(m.key)] if m is not None and m.label is Label.COUNTRY else []
    return list({x.key: x for x in out}.values())


def _run_by_owner(r: Reader, obj: Token, trig: Trigger) -> bool:
    """A mission, operation or coalition named only by who runs it ('the EU mission', 'the US-led
    coalition'): joining it is joining neither that owner nor anything else we can name."""
    return (
        trig.rel == "MEMBER_OF"
        and obj.lemma_.lower() in r.lex.words.run_bodies
        and r.mention_at(obj) is None
        and not any(c.dep_ == "appos" and r.mention_at(c) is not None for c in obj.children)
    )


def joined(r: Reader, token: Token) -> list[Ref]:
    """The body an act of joining is about: 'opposed joining NATO', 'declined the invitation to join
    BRICS' (a stance on joining is a stance on the body)."""
    acts = [token] if token.pos_ in {"VERB", "AUX"} else []
    if token.lemma_.lower() in r.lex.words.invitation_nouns:
        # "rejected the BRICS invitation", "snubbed an invitation to the peace summit": the body or
        # event one is invited to
        invited = [
            c for c in token.children if c.dep_ in {"compound", "nmod"} and r.mention_at(c) is not None
        ]
        invited += [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = [
            x
            for t in invited
            for x in r.refs(t)
            if label_of_ref(x, r.topics) in {Label.ORGANIZATION, Label.EVENT}
        ]
        if found:
            return found
    if token.lemma_.lower() in r.lex.words.proposal_nouns:
        acts += [c for c in token.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    attended = [  # "an invitation to attend the CSTO summit": the event attended
        x
        for act in acts
        if act.lemma_.lower() in r.lex.words.attend_verbs
        for o in direct_objects(act)
        for x in r.refs(o)
        if label_of_ref(x, r.topics) is Label.EVENT
    ]
    return attended + [
        x
        for act in acts
        if act.lemma_.lower() in r.lex.words.join_verbs
        for o in direct_objects(act)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]


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


def _verb(r: Reader, verb: Token, trig: Trigger) -> None:
    lemma = verb.lemma_.lower()
    if (lemma in r.lex.words.fighting_verbs or lemma == "beat") and _contest(r):
        return  # "Nigeria fought Ghana in the quarter-final", "Ghana beat Nigeria in the final": a match
    if trig is r.lex.verbs.get("recall") and recalled_for_consultations(verb, r.lex):
        return  # "recalled its ambassador to Paris for consultations": a purpose, no protest stated
    modality, conf = r.modality(verb)
    if (
        modality is Modality.HYPOTHETICAL
        and "ATTACKED" in {trig.rel, *trig.preps.values()}
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in r.lex.words.attempt_verbs
        and r.modality(verb.head)[0] is Modality.ASSERTED
    ):  # "tried to assassinate the premier", "attempted to hack into its servers": an attack made
        modality = Modality.ASSERTED
    # "sent troops to Georgia to fight Georgian forces", "to help Moscow fight Ukrainian forces": the fight is
    # a purpose (fighting alongside someone is help given all the same)
    purpose = (
        verb.lemma_.lower() in r.lex.words.fighting_verbs
        and verb.tag_ == "VB"
        and verb.dep_ in {"advcl", "ccomp", "acl"}
        and modality is Modality.ASSERTED
    )
    if (
        trig.needs_context
        and not _has_complement(verb, infinitive=trig.needs_context == "to")
        and not _warned_of_reprisal(r, verb)
        and not (trig.rel == "REQUESTS" and _ordered_out(r, verb))
    ):
        return  # "press Moscow with a price cap" is not a request; "press Moscow to withdraw" is
    if trig.needs_context == "for" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return  # "turned to Moscow for support" asks; "turned to the Assembly to condemn it" does not
    objects = direct_objects(verb)
    counted = _counted(r, objects)  # "froze $7 billion of Afghan reserves", "evacuate all of its posts"
    if verb.lemma_.lower() in r.lex.words.rescue_verbs and _rescued(r, objects, own=True):
        return  # "evacuated its wounded soldiers from Bakhmut": no retreat
    if verb.lemma_.lower() in r.lex.words.rescue_verbs and _rescued(r, objects):
        # "UN helicopters evacuated the wounded from Kadugli": aid to the place, no retreat from it
        trig = replace(
            trig, preps={"from": "AIDS"}, object_heads=None, object_preps=True, also={"AIDS": "SUPPORTS"}
        )
    if (
        trig.object_heads is not None
        and objects
        and not any(o.lemma_.lower() in trig.object_heads for o in objects + counted)
        and not all(o.lower_.endswith(("self", "selves")) for o in objects)  # "aligned itself with"
    ):
        return  # "withdrew its troops from Mali" is a retreat; "withdrew its ambassador from Minsk" is not
    if (
        trig.objects is not None
        and Label.PERSON in trig.objects
        and Label.COUNTRY not in trig.objects
        and any(o.lemma_.lower() in r.lex.words.traveller_nouns for o in objects)
    ):  # "received the visiting Nigerian president": a person by title, who stands for his state, and
        # what is done to the person is done to him ("welcomed Brazil's president to Jakarta" meets)
        as_person = dict(trig.by_label)
        if (person_rel := trig.by_label.get(Label.PERSON.value, trig.rel)) is not None:
            as_person[Label.COUNTRY.value] = person_rel
        trig = replace(trig, objects=trig.objects | {Label.COUNTRY}, by_label=as_person)
    if (
        Label.PERSON.value in trig.by_label
        and objects
        and all(r.mention_at(o) is None and o.lemma_.lower() in r.lex.transparent for o in objects)
    ):  # "welcomed Trump's call for a ceasefire": a stance on his act, no meeting with him
        trig = replace(trig, by_label={k: v for k, v in trig.by_label.items() if k != Label.PERSON.value})
    if (
        # ("would not accept Washington's conditions": a refusal of another's terms rejects their owner)
        (trig.rel in {"SUPPORTS", "REJECTS"} or (trig.negated == "REJECTS" and modality is Modality.NEGATED))
        and trig.objects is not None
        and Label.COUNTRY not in trig.objects
        and any(
            (o.lemma_.lower() in r.lex.transparent and _possessed(r, o))
            or (o.lemma_.lower() in r.lex.words.act_anaphors and _definite(o))  # "welcomed the step"
            or charge_denied_by_which(o, r.lex) is not None  # "..., which Cotonou dismissed": the charge
            or _relative_on_claim(r, o, verb)  # "..., accusations (that) Minsk dismissed"
            for o in objects
        )
    ):  # "praised Serbia's refusal to impose sanctions", "welcomed Ankara's decision": its maker
        trig = replace(trig, objects=trig.objects | ACTORS)
    several = any(t.tag_ in {"NNS", "NNPS"} for o in objects for t in (o, *o.conjuncts))
    if trig.one_object and objects and not several and not _in_protest(verb, objects):
        # "expelled the French ambassador" is no criticism (convention), a protest; "expelled 20 diplomats" is
        preps = {k: trig.one_object if v == trig.rel else v for k, v in trig.preps.items()}
        trig = replace(trig, rel=trig.one_object, preps=preps)  # "expelled the envoy from Lima" too
    sources, _ = _subject_refs(r, verb)
    sources += _along_with(r, verb)
    recall = (
        trig is r.lex.verbs.get("recall") or r.lex.words.envoy_recalls.get(verb.lemma_.lower()) == "recall"
    )
    if not sources and recall and is_passive(verb) and agent(verb) is None:
        # "The Israeli ambassador to Madrid was recalled": the envoy's own state recalls him
        sources = [
            x
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.lemma_.lower() in (trig.object_heads or ())
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) in STATES
        ]
    if not sources and "WITHDREW_FROM" in trig.preps.values() and is_passive(verb) and agent(verb) is None:
        # "Kenyan troops were withdrawn from Somalia": the forces' state leaves
        sources = [
            x
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.lemma_.lower() in (trig.object_heads or ())
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) in STATES
        ]
    if not sources and trig.rel == "ATTACKED":  # "Pakistani air strikes killed three Afghan civilians"
        strikes = [t for t in subjects(verb)[0] if t.lemma_.lower() in r.lex.words.attack_nouns]
        sources = [
            x
            for t in strikes
            for x in _adjective_sides(r, t, forces=False)
            if label_of_ref(x, r.topics) is Label.COUNTRY
        ]
    if trig.rel == "SIGNED" and not sources:  # "the MoU signed between Ethiopia and Somaliland"
        sources = _between(r, verb)
    if not sources and _each_the_other(verb):  # "Venezuela and Guyana met. Each side accused the other"
        pair = r.ctx.last_pair(r.info.index, {Label.COUNTRY, Label.ORGANIZATION}, window=2)
        sources = [Ref(k, inferred=True) for k in pair or ()]
    if not sources and (trig.rel in _VOICED or set(trig.preps.values()) & _VOICED):
        sources = _voice_refs(r, verb)
    if not sources:
        return
    if trig.subjects is not None:  # "the deal will help Ukraine": no actor's stance
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not r.refs(verb.head, topics=False):
            return  # "refused to approve funding to help Ukraine": the funding helps
        sources = [s for s in sources if label_of_ref(s, r.topics) in trig.subjects]
        if not sources:
            return
    if trig.spoken and (
        any(label_of_ref(s, r.topics) is Label.PERSON for s in sources) or spoken_attack(r, verb)
    ):
        trig = replace(trig, rel=trig.spoken, objects=None)  # "the minister attacked Brussels": words
    target_verb = verb
    if trig.through:
        target_verb = complement_verb(verb) or verb
        inner = r.lex.verbs.get(target_verb.lemma_.lower())
        if target_verb.i != verb.i and inner is None and not _through_verb(r, target_verb):
            return  # "declined to arrest Putin" rejects no Putin: only a stance verb's object is refused
        if target_verb.i != verb.i and inner is not None and ({inner.rel, *inner.preps.values()} & _HOSTILE):
            # "refused to condemn Moscow" is no rejection of Moscow, "refused to rule out sanctions" none of
            # the sanctions; the inner verb is read as negated
            return
    # ("Russia denied that it had recognized the Taliban": a deed denied, no refusal of the Taliban)
    flipped = (
        modality is Modality.NEGATED
        and trig.negated is not None
        and not denied_deed(verb, r.lex)
        and not withheld(verb)  # "stopped short of recognising X", "has not yet recognised X": no refusal
    )
    rel = trig.negated if flipped else trig.rel
    rel_modality = Modality.ASSERTED if flipped else modality
    if purpose and rel == "ATTACKED":
        rel_modality = Modality.HYPOTHETICAL
    if modality is Modality.NEGATED and rel is None:
        rel = None
    targets = _aimed(r, verb, trig.aimed) if trig.aimed else _object_refs(r, target_verb, trig)
    if trig.rel == "RECOGNIZES" and _as_part_of(r, verb):
        return  # "recognised Taiwan as part of China": a claim echoed (no PART_OF either), no recognition
    if rel == "MET_WITH" and verb.lemma_.lower() in r.lex.words.seat_verbs and verb.tag_ in {"VBZ", "VBP"}:
        # "Belgium hosts NATO", "the Netherlands, which hosts the court": a seat, not a meeting
        targets = [t for t in targets if label_of_ref(t, r.topics) is not Label.ORGANIZATION]
    if rel == "REQUESTS" and not targets:
        targets = _asked_in_that_clause(r, verb)
    if rel == "SUPPORTS":  # "welcomed the ratification of the treaty", "its entry into force": the treaty
        targets = staged_objects(r, target_verb, sources, rel_modality, conf) or targets
    if rel in {"SUPPORTS", "REJECTS"} and not targets:  # "passed the bill. X welcomed the vote": the bill
        targets = voted_objects(r, target_verb)
    if rel in {"SUPPORTS", "REJECTS"} and {r.ctx.actor(t.key) for t in targets} <= {
        r.ctx.actor(s.key) for s in sources
    }:  # "the M23, a movement backed by Rwanda": the M23 (not the backer, through "movement")
        targets = apposed_objects(r, target_verb) or targets
    hostile = [x for x in (trig.rel, *trig.preps.values()) if x in _HOSTILE]
    if hostile and not targets and not direct_objects(verb) and not _emit_reaction(r, verb, trig, hostile[0]):
        return
    if trig.object_heads is not None and not targets and counted and target_verb.i == verb.i:
        targets = [x for c in counted for x in _object_refs_of(r, c, trig)]
    if rel == "SANCTIONS":
        hit = [  # "froze the assets of three Russian banks": the banks, a group, are hit
            p
            for o in direct_objects(target_verb) + counted
            for p in (
                [*prep_objects(o, "of"), *(c for c in o.children if c.dep_ == "poss")]
                if o.lemma_.lower() in (trig.object_heads or ())
                else [o]
            )
        ]
        targets = _sanctioned(r, hit, targets)
    if rel is not None and _each_other(target_verb):  # "Kenya and Somalia recognized each other"
        named = [x for x in sources if not x.inferred]
        if not named and len({x.key for x in sources}) == 2:  # "Both countries accused each other"
            named = sources
        for a in named:
            for b in named:
                if a.key != b.key:
                    _emit_all(r, rel, [a], [b], rel_modality, conf)
        return
    if trig.through and target_verb.i != verb.i:
        inner = r.lex.verbs.get(target_verb.lemma_.lower()) or Trigger()
        for phrase in inner.preps:
            targets += [x for tok in prep_objects(target_verb, phrase) for x in r.refs(tok)]
    if flipped and trig.rel == "MEMBER_OF":  # "did not join Russia" rejects no Russia, only a body not joined
        targets = [t for t in targets if label_of_ref(t, r.topics) is not Label.COUNTRY]
    if flipped and trig.rel:  # keep the literal reading, flagged: "won't recognize" is RECOGNIZES, negated
        _emit_all(r, trig.rel, sources, targets, Modality.NEGATED, conf, trig)
    own = {r.ctx.actor(s.key) for s in sources}
    if len(targets) > 1 and any(r.ctx.actor(t.key) in own for t in targets):
        targets = []  # "Xi hailed China and Russia as partners": a view of the pair, not a stance
    if rel == "REQUESTS" and _ordered_out(r, verb):
        rel, trig = "PROTESTS", replace(trig, rel="PROTESTS")  # an expulsion of one envoy (convention 2)
    if rel is not None:
        if rel == "MEMBER_OF":
            _membership(r, verb, sources, targets, rel_modality, conf)
        elif rel == "REQUESTS":
            if not targets:  # "demanded that Belarus release the journalists"
                targets = [
                    x
                    for c in verb.children
                    if c.dep_ == "ccomp"
                    for s in c.children
                    if s.dep_ == "nsubj"
                    for x in r.refs(s, topics=False)
                ]
            if all(r.ctx.actor(t.key) in own for t in targets):
                # "demanded the release of its citizens detained in Poland": their holder
                targets = _holders(r, [*direct_objects(verb), *prep_objects(verb, "for")])
            if _party_to_government(r, verb, sources):
                targets = []  # "lawmakers of the ruling party urged the government to ...": their own state's
            _emit_all(r, rel, sources, _requested(r, targets), rel_modality, conf, trig)
        elif rel == "MET_WITH" and not _met(r, targets, trig) and not prep_objects(verb, "with"):
            # "Putin and Xi met in Beijing", "Putin and Tokayev discussed the summit"
            _pairwise(r, rel, sources, rel_modality, conf)

        else:
            if rel == "REJECTS":  # "rejected the AU's decision": criticism of the AU, no rejection of it
                decided = _deciders(r, target_verb)
                targets = [t for t in targets if t.key not in decided]
                makers = [Ref(k, inferred=True) for k in decided]
                _emit_all(r, "CRITICIZES", sources, makers, rel_modality, conf)
            _emit_all(r, rel, sources, targets, rel_modality, conf, trig)
            if rel == "SIGNED":  # "signed a treaty with Algeria": Algeria signed it too
                for partners, text in _cosigned(r, verb):
                    own_text = {x.key for x in r.refs(text)} if text is not None else set()
                    signed = [t for t in targets if t.key in own_text] or targets
                    _emit_all(r, rel, partners, signed, rel_modality, conf, trig)
    if trig.also and not targets:
        _bare_vote(r, verb, sources, modality, conf, trig)
    for phrase, prel in trig.preps.items():
        tokens = prep_objects(verb, phrase)
        if phrase in r.lex.words.particle_preps.get(verb.lemma_.lower(), ()):
            # "called on Beijing to ...", not "what he called double standards on Gaza": only right after the
            # verb (an adverb between: "called again on")
            tokens = [t for t in tokens if all(w.pos_ == "ADV" for w in verb.doc[verb.i + 1 : t.head.i])]
        if phrase in r.lex.words.object_only_preps:  # "recalled its ambassadors in Mali and Niger" (hung on
            # the verb), not "in protest" nor "following a raid in the region of Kidal": a name only
            tokens = [t for t in tokens if r.mention_at(t) is not None]
        if trig.object_preps:  # "fired missiles at Israel" with "at" on the missiles
            tokens += [tok for o in direct_objects(verb) + counted for tok in prep_objects(o, phrase)]
            tokens += _posted_in(r, direct_objects(verb), phrase)  # "its ambassadors accredited in Algiers"
        if prel == "MOBILIZES":  # "sent troops to the AU mission in Somalia": where the mission is
            tokens = [p for tok in tokens for p in (mission_places(r, tok) or [tok])]
        targets = [
            x
            for tok in tokens
            # "pulled out of the Saudi-led coalition" leaves a coalition, no land of its leader
            if not (prel == "WITHDREW_FROM" and tok.lemma_.lower() in r.lex.words.run_bodies)
            # "voted in favour of condemning X": the gerund states its own relation, see args.subjects
            for x in (
                joined(r, tok) if tok.pos_ == "VERB" else r.refs(tok) or _struck_state(r, tok, trig, prel)
            )
            if r.ctx.actor(x.key) not in own  # the subjects listed again after a dash are no object
        ]
        if prel == "REQUESTS":
            if phrase == "for" and not flipped:  # "called for tougher sanctions on Minsk": backs the measure
                measures = [  # (not "called for dialogue": talks wished for are no measure backed)
                    x
                    for tok in tokens
                    if tok.lemma_.lower() not in r.lex.words.talks_nouns
                    for x in r.refs(tok)
                    if label_of_ref(x, r.topics) in {Label.EVENT, Label.AGREEMENT}
                ]
                _emit_all(r, "SUPPORTS", sources, measures, modality, conf - 0.1)
            targets = _requested(r, targets or _holders(r, tokens)) + _requested_from(r, verb, phrase)
        if prel == "WITHDREW_FROM" and not targets:  # "out of the Jenin refugee camp": the place in its name
            targets = [
                Ref(m.key)
                for tok in tokens
                for c in tok.children
                if c.dep_ == "compound" and (m := r.mention_at(c)) is not None and m.end == c.i + 1
                if m.label in {Label.REGION, Label.COUNTRY}
            ]
        deeds = [x for x in targets if label_of_ref(x, r.topics) in {Label.EVENT, Label.AGREEMENT}]
        if phrase == trig.credit and tokens and not deeds and not flipped:
            # "praised Hanoi for its support": no deed of its own named, the praise goes to the one praised
            credited = [
                x
                for o in direct_objects(verb)
                for x in r.refs(o, topics=False)
                if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
            ]
            _emit_all(r, prel, sources, credited, modality, conf)
            continue
        settled = _settled_on(r, verb, phrase, prel, sources, targets) if not flipped else None
        if settled is not None:  # "India and China agreed on patrolling arrangements": both signed them
            _emit_all(r, "SIGNED", settled[0], settled[1], modality, conf - 0.1)
            _emit_all(r, "AGREED_TO", settled[0], settled[1], modality, conf - 0.1)
            continue
        if flipped:
            _emit_all(r, str(trig.negated), sources, targets, Modality.ASSERTED, conf, trig)
            _emit_all(r, prel, sources, targets, Modality.NEGATED, conf, trig)
        else:
            hoped = purpose and prel == "ATTACKED"
            _emit_all(r, prel, sources, targets, Modality.HYPOTHETICAL if hoped else modality, conf, trig)


def _document_parties(r: Reader, noun: Token) -> None:
    """'Russia and China, the other parties to the deal, ...', 'France, a signatory of the accord',
    'Egypt is a party to the treaty', 'the signatories, Kenya and Uganda,': the states so described signed
    the document (SIGNED, inferred; lexicon signatory_nouns, with the prepositions of signatory_preps)."""
    words = r.lex.words
    held = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in words.signatory_preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    texts = [Ref(x.key, inferred=True) for x in _topics_of_kind(r, held, words.document_kinds)]
    if not texts:
        return  # "the parties to the conflict", "a party of veterans": no document
    holders: list[Token] = [c for c in noun.children if c.dep_ == "appos"]
    modality, conf = Modality.ASSERTED, 0.75
    if noun.dep_ == "appos":  # "Russia and China, the other parties to the deal"
        holders.append(noun.head)
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":  # "Egypt is a party to the treaty"
        holders += [c for c in noun.head.children if c.dep_ == "nsubj"]
        modality, conf = r.modality(noun.head)
        conf -= 0.1
    parties = [x for h in holders for x in r.refs(h, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    _emit_all(r, "SIGNED", parties, texts, modality, conf)


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


def _mediation(r: Reader, token: Token) -> None:
    """'Qatar mediated between Hamas and Israel', 'Kuwait launched a mediation effort between Oman and
    Bahrain', 'Algeria offered its mediation between Mali and the rebels': the mediator ORGANIZED the
    mediation between the parties (an Event; offered, it is hypothetical). The parties meet no one by it."""
    words = r.lex.words
    phrase = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
    parties = [x for h in {token, phrase} for x in _between(r, h) if label_of_ref(x, r.topics) in ACTORS]
    if token.pos_ in {"VERB", "AUX"}:
        parties += _prep_actors(r, [token], "between")
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return
    governor: Token | None = token
    if token.pos_ not in {"VERB", "AUX"}:
        owners = [x for c in phrase.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
        governor = phrase.head if phrase.dep_ in {"dobj", "obj"} else None
        if governor is None and not owners:
            return
        mediators = owners or (_subject_refs(r, governor)[0] if governor is not None else [])
    else:
        mediators = _subject_refs(r, token)[0]
    mediators = [x for x in mediators if label_of_ref(x, r.topics) in ACTORS]
    sides = {r.ctx.actor(x.key) for x in parties}
    mediators = [x for x in mediators if r.ctx.actor(x.key) not in sides]
    kind = next((t for t in r.lex.topics if t.kind == "talks"), None)
    if not mediators or kind is None:
        return
    handle = r.topic(token, named=kind, head="mediation", agents=tuple(dict.fromkeys(x.key for x in parties)))
    if handle is None:
        return
    modality, conf = r.modality(governor) if governor is not None else (Modality.ASSERTED, 0.85)
    if governor is not None and governor.lemma_.lower() in words.offering_verbs and governor is not token:
        modality = Modality.HYPOTHETICAL  # "offered its mediation": not yet mediating
    _emit_all(r, "ORGANIZED", mediators, [Ref(handle)], modality, conf - 0.1)


def _counted_votes(r: Reader, noun: Token) -> None:
    """'It passed with 120 votes in favour, including France, Spain and Norway': the states listed voted
    for the resolution just named (against, with 'votes against')."""
    votes = r.lex.words.bare_votes
    rel = None
    for child in (c for c in noun.children if c.dep_ == "prep"):
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if child.lower_ in r.lex.words.bare_vote_preps and not objects:
            rel = votes[child.lower_]
        elif child.lower_ == "in" and len(objects) == 1 and objects[0].lower_ in votes:
            rel = votes[objects[0].lower_]
    listed = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in r.lex.words.including_words
        for o in c.children
        if o.dep_ == "pobj"
        for p in (o, *o.conjuncts)
    ]
    voters = [x for t in listed for x in r.refs(t, topics=False)]
    voters = [x for x in voters if label_of_ref(x, r.topics) is Label.COUNTRY]
    recent = [n for n in r.topics if n.kind == "resolution" and n.seen >= r.info.index - 2]
    if rel is None or not voters or not recent:
        return
    target = Ref(max(recent, key=lambda n: n.seen).handle, inferred=True)
    modality, conf = r.modality(noun.head.head if noun.dep_ == "pobj" else noun.head)
    _emit_all(r, rel, voters, [target], modality, conf, r.lex.verbs["vote"])


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
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "with" or _onlookers(r, c):
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


def _between(r: Reader, head: Token) -> list[Ref]:
    """The parties named by 'between A and B' on a word."""
    return _prep_actors(r, [head], "between")


def _prep_actors(r: Reader, holders: list[Token], prep: str) -> list[Ref]:
    """The actors named after ``prep`` on any of ``holders`` ('relations with X', 'between A and B')."""
    return [
        x
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


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
    answered = [
        Ref(x.key, inferred=True)
        for subj in doers
        for x in r.refs(subj, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
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
    return [x for x in out if label_of_ref(x, r.topics) in ACTORS and _home_state(r, x.key) not in own]


def _home_state(r: Reader, key: str) -> str | None:
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


def _hostile_act(r: Reader, act: Token) -> bool:
    """An act that would hurt someone: a hostile verb of the lexicon ('strike'), a reprisal ('retaliate',
    'respond to'), or a reprisal taken ('take countermeasures')."""
    trig = r.lex.verbs.get(act.lemma_.lower())
    if trig is not None and {trig.rel, *trig.preps.values()} & _HOSTILE:
        return True
    if act.lemma_.lower() in r.lex.words.threatened_force:  # "threatened to intervene militarily"
        return True
    return act.lemma_.lower() in r.lex.words.reprisal_verbs or any(
        o.lemma_.lower() in r.lex.words.reprisal_nouns for o in direct_objects(act)
    )


def _along_with(r: Reader, verb: Token, *nouns: Token) -> list[Ref]:
    """'... voted against the resolution, along with Russia': Russia is a subject too (also when the
    phrase hangs on the subject: 'Russia, along with China and Iran, condemned ...', or on a noun of the
    act: 'announced its withdrawal from ECOWAS along with Mali')."""
    out: list[Ref] = []
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "was one of two countries to vote against it, alongside the US": on the copula's attribute
    counted = [verb.head] if verb.dep_ == "relcl" and verb.head.dep_ == "attr" else []
    own = r.lex.verbs.get(verb.lemma_.lower())
    # "voted against the resolution, alongside Belarus": set off by a comma, hung on the verb's object
    objects = [
        *direct_objects(verb),
        *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"),
    ]
    set_off = [
        c for o in objects for c in o.children if c.dep_ == "prep" and c.i > 0 and c.nbor(-1).lower_ == ","
    ]
    for child in [
        *verb.children,
        *(c for h in holders for c in h.children if c.i > h.i),
        *(c for n in (*nouns, *counted) for c in n.children),
        *set_off,
    ]:
        if (  # "voted against it alongside the US" (not "fight alongside X", the verb's own preposition)
            child.dep_ == "prep"
            and child.lower_ in r.lex.words.beside_preps
            and not (own is not None and child.lower_ in own.preps)
        ):
            out += [x for p in child.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and child.i > 0
            and child.nbor(-1).lower_ in r.lex.words.along_words
        ):
            out += [x for p in child.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
        if child.dep_ in {"advmod", "prep"} and child.lower_ in r.lex.words.along_words:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    out += [x for p in prep.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
    return out


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


def _requested(r: Reader, targets: list[Ref]) -> list[Ref]:
    return [t for t in targets if label_of_ref(t, r.topics) in ACTORS]


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
    head = verb.head if verb.dep_ in {"xcomp", "ccomp"} else None
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
        # "Japan joined the US sanctions on Iran": joining a measure imposes it on its targets
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
    states = [t for t in targets if label_of_ref(t, r.topics) is Label.COUNTRY]
    sides = [s for s in sources if label_of_ref(s, r.topics) is Label.COUNTRY]
    in_act = any(c.dep_ == "prep" and c.lower_ == "in" and _gerund(c) for c in verb.children)
    # "Chile and Peru signed the declaration, joining Brazil": company in the act just told
    in_act = in_act or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB")
    if states and sides and status is None and not in_act and verb.lemma_.lower() in r.lex.words.join_verbs:
        _emit_all(r, "SUPPORTS", sides, states, modality, round(conf - 0.2, 2))


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


def _parent(r: Reader, key: str) -> str:

    place = r.ctx.gazetteer.places.get(key)
    parent = place.attrs.get("parent") if place and not place.attrs.get("own_members") else None
    if parent:
        return r.ctx.place(parent)
    return key


def _evaluation(r: Reader, verb: Token, trig: Trigger | None) -> None:
    """'Kyiv called the votes a sham', 'hailed the coup as good news', 'dismissed as frauds by X'."""
    predicate = [c for c in verb.children if c.dep_ in {"oprd", "attr", "acomp", "xcomp", "ccomp"}]
    # "held Pyongyang accountable for the sinking", the adjective read as an adverbial clause
    predicate += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ"]
    predicate += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    # "holds Kabul responsible for the attack": the object's predicate parsed as its trailing adjective
    predicate += [
        c
        for o in direct_objects(verb)
        for c in o.children
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > o.i
    ]
    objects = direct_objects(verb)
    relative = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.tag_ in {"WDT", "WP"}]
    if relative and objects and relative[0] not in objects:
        # "the pact, which Somalia called a violation": the relative is judged, the other object judges
        predicate += objects
        objects = relative[:1]
    zero_relative = (  # "a move Caracas called a provocation": the noun is judged, the one object judges it
        not relative
        and not predicate
        and len(objects) == 1
        and verb.dep_ == "relcl"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.head.i < verb.i
        and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    )
    if zero_relative:
        predicate, objects = objects, [verb.head]
    if any(c.dep_ == "agent" for c in verb.children):  # "the vote, called a sham by Biden": its own object
        predicate += [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c not in objects]
    # "branded Russia a state sponsor of terrorism": the model reads the predicate as a second object,
    # or the object as a dative
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN", "PRON"}]
    # (a dative alone too: "designated the Houthis a terrorist organisation", the predicate an apposition)
    if datives:
        objects = datives + objects
    predicate += objects[1:]
    objects = objects[:1]
    if not objects:  # 'called Spain's prime minister "arrogant"': the object read as the predicate
        trailing = [
            c for p in predicate if p.dep_ == "oprd" for c in p.children if c.dep_ == "amod" and c.i > p.i
        ]
        oprds = [p for p in predicate if p.dep_ == "oprd"]
        if trailing:
            objects, predicate = [trailing[0].head], trailing
        elif len(oprds) >= 2:  # "called Peru's raid a violation": two predicates, the first the object
            objects, predicate = oprds[:1], [p for p in predicate if p.i != oprds[0].i]
    if objects and not predicate:
        # "called India's decision to suspend the treaty an act of war": the predicate read as a second
        # object of the verb inside the object's own clause
        for clause in (c for c in objects[0].children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"):
            inner = [c for c in clause.children if c.dep_ in {"dobj", "obj"}]
            if len(inner) >= 2:
                predicate = inner[-1:]
    if objects and not predicate:  # "designated the IRGC, a terrorist organisation" (apposition)
        predicate = [c for c in objects[0].children if c.dep_ == "appos"]
    if objects and not predicate:
        # "designated the Houthis a terrorist group": the object parsed as a modifier of the predicate
        inner = [c for c in objects[0].children if c.dep_ in {"nmod", "compound"} and _own_determiner(c)]
        if inner:
            predicate, objects = objects, inner[:1]
    judged = (
        {t.i for t in objects[0].subtree} - {t.i for p in predicate for t in p.subtree} if objects else set()
    )
    judged |= {t.i for o in objects if o.head in predicate for t in o.subtree}
    words: list[str] = []
    for p in predicate:
        words += [t.lower_ for t in p.subtree if t.i not in judged]
    following = [t for t in r.sent if verb.i < t.i <= verb.i + 8]
    quoted = _quoted_words(following)
    rel = next(
        (
            r.lex.evaluation_adverbs[c.lower_]
            for c in verb.children
            if c.dep_ == "advmod" and c.lower_ in r.lex.evaluation_adverbs
        ),
        None,
    )
    if rel is None:  # the first evaluation word said ("'reckless and illegal'": criticized; judged.py)
        rel = first_judgement(r.lex.evaluations, words, quoted)
    _blamed(r, verb, predicate)
    lemma = verb.lemma_.lower()
    if rel is None and r.lex.words.terror_words & set(words):  # "designated X a terrorist group"
        if lemma in r.lex.words.designating_verbs:
            rel = "SANCTIONS"
        elif lemma in r.lex.words.branding_verbs:
            rel = "CRITICIZES"
    if rel is None:
        return
    if trig is not None and trig.rel in {"REJECTS", "SUPPORTS", "CONDEMNS", "CRITICIZES"}:
        return  # the verb's own relation is emitted by _verb
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    named_by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not sources and named_by:  # "the vote, called a sham by President Biden": Biden calls it so
        sources = [x for p in named_by for x in r.refs(p, topics=False)]
    if not sources and rel in _VOICED:  # "a resolution calling Russia a state sponsor of terrorism"
        sources = _voice_refs(r, verb)
    if not objects and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        objects = [verb.head]
    if not objects:  # "considers Addis responsible": a small clause, its subject is the one judged
        objects = [
            c
            for p in predicate
            if p.dep_ in {"ccomp", "oprd"} and p.pos_ in {"ADJ", "NOUN", "VERB"}
            for c in p.children
            if c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and p.dep_ == "oprd" and c.pos_ == "NOUN")
        ]  # ("called India's decision unjustified", the adjective read as a verb with a subject)
    if not objects:  # "called the election fraudulent" parsed as one noun phrase
        objects = [c for p in predicate for c in p.children if c.dep_ in {"compound", "nmod"}]

    targets: list[Ref] = []
    for obj in objects:
        if obj.tag_ == "VBG":  # "called joining BRICS a victory": joining BRICS
            obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)
        found = r.refs(obj)
        deed = obj.lemma_.lower() not in r.lex.words.patient_nouns  # "Glas' detention": Glas is no doer
        if (
            rel == "CRITICIZES"
            and deed
            and (not found or any(label_of_ref(x, r.topics) is Label.EVENT for x in found))
        ):
            # "described Israel's siege of Gaza as genocide": an accusation aimed at the one whose deed it is
            doers = [
                x
                for c in obj.children
                if c.dep_ == "poss"
                for x in r.refs(c, topics=False)
                if label_of_ref(x, r.topics) in ACTORS
            ]
            found = doers or found
        # "struck Doha, in what Qatar called an attack", "expelled two diplomats, which X called unfriendly"
        targets += judged_clause(r, verb, obj) or found
    _emit_all(r, rel, sources, targets, modality, conf)


def _asks_for(noun: Token) -> bool:
    """Whether a noun names what it asks for: an infinitive ("calls to sanction Russia") or a 'for' phrase."""
    # (the model may hang the infinitive on the verb: "rejected calls from Brussels to sanction Russia")
    after = [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
    return any(
        (c.dep_ in {"acl", "relcl"} and is_infinitive(c)) or (c.dep_ == "prep" and c.lower_ == "for")
        for c in noun.children
    ) or any(is_infinitive(c) for c in after)


def _laid_by(r: Reader, prep: Token) -> bool:
    """Whether a measure's 'under' or 'with' phrase hangs on a verb that lays it on its object: "placed X
    under sanctions", "hit the army chief with sanctions"."""
    holder, words = prep.head, r.lex.words
    return holder.pos_ == "VERB" and (
        (prep.lower_ == "under" and holder.lemma_.lower() in words.placing_verbs)
        or (prep.lower_ == "with" and holder.lemma_.lower() in words.measure_hitting_verbs)
    )


def _under_measure(r: Reader, noun: Token) -> list[Ref]:
    """'Dodik, who is under US sanctions', 'banks already under Western sanctions': the subject of the
    copula (or of "come", "fall", "remain") whose 'under' phrase the measure is."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return []
    holder = prep.head
    if _laid_by(
        r, prep
    ):  # "placed Nicaragua's vice president under sanctions", "hit the army chief with sanctions": its object
        placed = direct_objects(holder)
        hit = _sanctioned(r, placed, [x for t in placed for x in r.refs(t, topics=False)])
        return [x for x in hit if label_of_ref(x, r.topics) in ACTORS]
    if prep.lower_ != "under":
        return []
    if holder.lemma_ not in r.lex.words.copulas and holder.lemma_.lower() not in r.lex.words.state_verbs:
        return []
    found, _ = subjects(holder)
    return [x for t in found for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]


def _receiver(r: Reader, noun: Token, rel: str | None = None) -> Token | None:
    """The verb of receiving whose object (or a conjunct of it) the stance noun is: 'faced criticism',
    'prompting protests and a rebuke from Brussels'; of an attack, 'survived an attack by X'."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    counted = _quantity(r, head)  # "drew a wave of criticism from Warsaw": the quantity is received
    if counted is not None and counted.i != head.i and head.dep_ == "pobj":
        head = counted
    receiving = r.lex.words.receiving_verbs
    if rel == "ATTACKED":
        receiving = receiving | r.lex.words.attack_receiving_verbs
    if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() in receiving:
        return head.head
    came = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
    particle = r.lex.words.receiving_particles.get(came.lemma_.lower()) if came is not None else None
    if came is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in came.children):
        return came  # "the plan came in for criticism from Baku"
    under = head.head if head.dep_ == "pobj" and head.head.lower_ == "under" else None
    if (
        rel == "ATTACKED"
        and under is not None
        and under.head.lemma_.lower() in r.lex.words.attack_receiving_verbs
    ):
        # "a Philippine boat came under fire from Chinese coast guard ships"; what is under fire is forces,
        # people or places ("Macron came under fire from Rome" is criticism)
        words = r.lex.words
        struck = words.victim_nouns | words.victim_holdings | words.clashing_forces | words.region_nouns
        if any(s.lemma_.lower() in struck for s in subjects(under.head)[0]):
            return under.head
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in r.lex.words.arriving_verbs:
        return head.head  # "Support for the plan came from Egypt", "condemnation poured in from Europe"
    return None


def _own_determiner(token: Token) -> bool:
    """Whether a modifier has a determiner of its own, so begins a noun phrase ("the Houthis a group")."""
    return any(c.dep_ == "det" for c in token.children) and token.i < token.head.i


def _said_of(r: Reader, verb: Token) -> None:
    """'Nebenzia told the assembly that the resolution was "politicised and provocative"': the speaker
    judges the subject of the reported copula by the evaluation words of its predicate."""
    copulas = r.lex.words.copulas
    for clause in verb.subtree:  # the parser may hang "that ..." on a noun of the main clause
        reported = (clause.dep_ == "ccomp" and clause.head.i == verb.i) or any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        )
        if not reported:
            continue
        _obliged(r, verb, clause)  # ("must not obstruct the corridor": asked, whatever the deed)
        _judged_subject(r, verb, clause)  # ('"Russia's aggression must not be rewarded," Scholz said')
        behind = clause.lemma_ in r.lex.words.copulas and any(
            c.dep_ == "prep"
            and c.lower_ in r.lex.words.charging_preps
            and any(p.lemma_.lower() in r.lex.words.harm_nouns for p in c.children)
            for c in clause.children
        )  # "Moldova said Moscow was behind the plot"
        if clause.lemma_.lower() in r.lex.words.charged_deeds or behind:
            _charged(r, verb, clause)
            continue
        if clause.lemma_ in copulas:  # "the resolution was (provocative)", "Kyiv was (to blame)"
            predicate = [c for c in clause.children if c.dep_ in {"acomp", "attr", "oprd", "xcomp"}]
        elif any(c.dep_ in {"aux", "auxpass", "cop"} and c.lemma_ in copulas for c in clause.children):
            predicate = [clause]  # "the resolution was biased" parsed with the adjective as head
        else:
            continue
        holders = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass", "cop"})]
        judged = [
            c for h in holders for c in h.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "SCONJ"
        ]
        relative = all(j.tag_ == "WDT" for j in judged)  # ("a pact, which Japan said was a threat")
        if (
            relative
            and clause.head.i == verb.i
            and verb.dep_ in {"relcl", "acl"}
            and verb.head.pos_ == "NOUN"
        ):
            # "a decision Beijing said was discriminatory": the noun the relative qualifies
            judged = [verb.head]
        skip = {t.i for j in judged for t in j.subtree} - {t.i for t in verb.subtree}
        words = [t.lower_ for p in predicate for t in p.subtree if t.i not in skip]
        rel = r.lex.judgement(words)
        if any(c.dep_ == "neg" for c in clause.children):
            # "said the vote was not free and fair": a quality denied is the opposite judgement
            denied = r.lex.words.denied_qualities
            rel = next((denied[w] for w in words if w in denied), None)
        if rel is None:
            continue
        modality, conf = r.modality(verb)
        sources, _ = _subject_refs(r, verb)
        # "'It is a breakthrough document,' Putin said": a pronoun judged is a thing, never a state
        targets = [x for j in judged for x in r.refs(j) if j.pos_ != "PRON" or x.key.startswith("?topic")]
        if not targets and all(j.pos_ == "PRON" for j in judged):
            # "'This is an act of aggression,' the ministry said of the US deployment": what it was said of
            targets = [x for p in prep_objects(verb, "of") for x in r.refs(p)]
            # ('"This is unacceptable," the ministry said, referring to the US arms sale')
            targets += [x for j in judged if (p := r.referred_to(j)) is not None for x in r.refs(p)]
        if not targets and rel in _HOSTILE:  # "India said the Chinese map was baseless": the thing's owner
            targets = [x for j in judged if j.pos_ == "NOUN" for x in _owning_actors(r, j)]
        _emit_all(r, rel, sources, targets, modality, conf - 0.1)


def _judged_subject(r: Reader, verb: Token, clause: Token) -> None:
    """'"Russia's aggression must not be rewarded," Scholz said': a reported clause whose subject is a
    judgement word (lexicon evaluations) owned by an actor ("Russia's", "Russian") judges that actor."""
    for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
        rel = r.lex.evaluations.get(subject.lower_) or r.lex.evaluations.get(subject.lemma_.lower())
        if rel not in {"CRITICIZES", "REJECTS", "CONDEMNS"}:
            continue
        owners = _owning_actors(r, subject)
        if owners:
            modality, conf = r.modality(verb)
            sources, _ = _subject_refs(r, verb)
            _emit_all(r, rel, sources, owners, modality, conf - 0.1)


def _owning_actors(r: Reader, noun: Token) -> list[Ref]:
    """The actors named before a noun as its owner or by their adjective: "Russia's aggression", "the
    Chinese map"."""
    return [
        x
        for c in noun.children
        if c.dep_ in {"poss", "amod", "compound"} and c.i < noun.i
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _obliged(r: Reader, verb: Token, clause: Token) -> None:
    """'Brazil said Israel must stop the bombing', '"Ethiopia should withdraw," Kenya said': the speaker
    asks the reported clause's subject (REQUESTS, inferred), another actor than the speaker."""
    modals = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in r.lex.words.deontic_modals]
    subjects_ = [c for c in clause.children if c.dep_ == "nsubj"]
    # "Japan insisted that Seoul honour the accord": a subjunctive under a verb of demanding asks as a modal
    mandate = verb.lemma_.lower() in r.lex.words.mandative_verbs and is_subjunctive(clause)
    # (a modal before its subject opens a condition: "Should Iran close the strait, the US would act")
    if not mandate and (not modals or (subjects_ and modals[0].i < subjects_[0].i)):
        return
    # ("Venezuela must not take any action": asked to refrain; "the deal must not be delayed" asks no actor)
    asked = [x for c in clause.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    asked = [Ref(x.key, inferred=True) for x in asked if label_of_ref(x, r.topics) in ACTORS]
    asked = [x for x in asked if r.ctx.actor(x.key) not in own]
    modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, asked, modality, conf - 0.1)


_SUBJ_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass"}


def _warned_payback(r: Reader, verb: Token) -> None:
    """'Seoul said Pyongyang would pay a heavy price', 'Israel vowed to make Hezbollah pay', 'Manila warned
    that Beijing's move would have serious consequences': words that another will pay for its deeds, or
    that its deed will bring a reprisal, threaten it (THREATENS; lexicon payback_verbs, consequence_verbs)."""
    words = r.lex.words
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "vowed to make Hezbollah pay": the clause under the causative (paying is then enough)
    made = [k for c in verb.children if c.dep_ == "xcomp" for k in c.children if k.dep_ == "ccomp"]
    paid: list[Token] = []
    for clause in clauses + made:
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        subjects_ = [c for c in clause.children if c.dep_ == "nsubj"]
        lemma = clause.lemma_.lower()
        if lemma in words.payback_verbs and (
            clause in made
            or any(
                c.dep_ in {"dobj", "advmod"} and c.lemma_.lower() in words.payback_words
                for c in clause.children
            )
        ):
            paid += subjects_
        elif lemma in words.consequence_verbs and any(
            o.lemma_.lower() in words.reprisal_nouns for o in direct_objects(clause)
        ):
            paid += [c for s in subjects_ for c in s.children if c.dep_ in {"poss", "amod", "compound"}]
            paid += subjects_
    if not paid:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        Ref(x.key, inferred=True)
        for t in paid
        if t.pos_ != "PRON"
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    modality, _ = r.modality(verb)
    if modality is Modality.ASSERTED:
        _emit_all(r, "THREATENS", sources, targets, modality, 0.7)


@lru_cache(maxsize=1)  # (the lexicon is loaded once)
def _idiom_verbs() -> frozenset[str]:
    """The verbs the idioms open with ("put" of "put on notice")."""
    words = load_lexicon().words
    return frozenset(key.split()[0] for t in (words.object_idioms, words.phrase_idioms) for key in t)


def _idiom(r: Reader, verb: Token) -> None:
    """'Tokyo put Beijing on notice' (THREATENS), 'took Washington to task' (CRITICIZES): the object is aimed
    at; 'Hungary said no to the talks', 'turned its back on Moscow' (REJECTS): what follows the preposition
    is (lexicon object_idioms, phrase_idioms)."""
    words = r.lex.words
    lemma = verb.lemma_.lower()
    if lemma not in _idiom_verbs():
        return
    targets: dict[str, list[Ref]] = {}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            rel = words.object_idioms.get(f"{lemma} {prep.lower_} {noun.lemma_.lower()}")
            if rel is not None:
                targets.setdefault(rel, []).extend(x for o in direct_objects(verb) for x in r.refs(o))
    for word in (c for c in verb.children if c.dep_ in {"dobj", "intj", "npadvmod", "advmod", "prt"}):
        # ("stood shoulder to shoulder with Kyiv": the preposition hangs on the noun repeated)
        twins = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.lemma_ == word.lemma_]
        for prep in (c for h in (verb, word, *twins) for c in h.children if c.dep_ in {"prep", "dative"}):
            rel = words.phrase_idioms.get(f"{lemma} {word.lemma_.lower()} {prep.lower_}")
            if rel is not None:
                targets.setdefault(rel, []).extend(
                    x for p in prep.children if p.dep_ == "pobj" for x in r.refs(p)
                )
    if not targets:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    modality, conf = r.modality(verb)
    for rel, found in targets.items():
        _emit_all(r, rel, sources, [x for x in found if r.ctx.actor(x.key) not in own], modality, conf - 0.05)


def _desecrated(r: Reader, verb: Token) -> None:
    """'Iranian lawmakers burned US flags in parliament': an emblem of a state burned or trampled protests at
    that state (PROTESTS; only a state's organs or a named actor, never a crowd, act)."""
    emblems = [o for o in direct_objects(verb) if o.lemma_.lower() in r.lex.words.emblem_nouns]
    owners = [c for o in emblems for c in o.children if c.dep_ in {"poss", "amod", "compound"}]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        x
        for t in owners
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    if targets:
        modality, conf = r.modality(verb)
        _emit_all(r, "PROTESTS", sources, targets, modality, conf - 0.1)


def _pressed(r: Reader, verb: Token) -> None:
    """'Germany pressured Hungary to lift its veto', 'pushed Algeria to take back migrants': the one pressed
    to act is asked (REQUESTS; lexicon pressing_verbs), only with an infinitive naming the act."""
    if not _has_complement(verb, infinitive=True):
        return
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VB":
        if any(c.dep_ in _SUBJ_DEPS for c in first.children):
            break
        first = first.head
    if first.i != verb.i and first.tag_ in {"VBD", "VBN", "VBZ", "VBP"}:
        return  # "urged the AU to support Somalia, defend ... and pressure Ethiopia": a bare verb after a
        # finite one is the complement the parser ran on, pressed by those urged, not by the speaker
    sources, _ = _subject_refs(r, verb)
    pressed = _other_objects(r, verb, sources)
    modality, conf = r.modality(verb)
    _emit_all(r, "REQUESTS", sources, pressed, modality, conf)


def _charged(r: Reader, verb: Token, clause: Token, *, any_deed: bool = False) -> None:
    """'The spokesman said Manila had violated China's sovereignty': whoever speaks criticizes the doer
    of a deed he charges (lexicon charged_deeds), never himself, and not when the deed is denied. With
    ``any_deed`` the verb itself accuses ('Eritrea charged that Ethiopia had massed troops'): the doer
    named is criticized, whatever the deed."""
    if any(c.dep_ == "neg" for c in clause.children) and not any_deed:
        return  # ("charged that Moscow had not withdrawn": a failure charged is still a charge)
    if any_deed and not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children):
        return  # ("alleged that the vote was rigged": a thing charged, read by the judgement rules)
    doers = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    # "said its airspace was violated by Turkish jets": the agent of a passive deed
    doers += [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not doers and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        doers = [verb.head]  # "a pact China said would undermine regional peace": the pact
    targets = [x for d in doers for x in r.refs(d, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [t for t in targets if r.ctx.actor(t.key) not in own]
    modality, conf = r.modality(verb)
    if sources and targets:
        _emit_all(r, "CRITICIZES", sources, targets, modality, conf - 0.1)
    elif sources and not any_deed:  # "Somalia says the agreement violates its sovereignty": a stated
        # breach opposes the agreement or act charged (inferred, as an incompatibility stated)
        # (also "it", where it stands for one: '"It violates our sovereignty," X said, referring to the deal')
        things = doers + [
            c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"}
        ]
        charged = [
            Ref(x.key, inferred=True)
            for d in things
            for x in r.refs(d)
            if label_of_ref(x, r.topics) in {Label.AGREEMENT, Label.EVENT}
        ]
        _emit_all(r, "REJECTS", sources, charged, modality, conf - 0.15)


def _blamed(r: Reader, verb: Token, predicate: list[Token]) -> None:
    """'cited the case as an example of Western overreach': the speaker criticizes the West."""
    blamed: list[Ref] = []
    for p in predicate:
        for t in p.subtree:
            if t.lemma_.lower() in r.lex.critical_nouns:
                blamed += [
                    Ref(m.key)
                    for c in t.children
                    if c.dep_ in {"amod", "poss", "compound", "nmod"}
                    for m in [r.mention_at(c)]
                    if m is not None and m.label in ACTORS
                ]
    if blamed:
        modality, conf = r.modality(verb)
        sources, _ = _subject_refs(r, verb)
        _emit_all(r, "CRITICIZES", sources, blamed, modality, conf)


def _quoted_words(tokens: list[Token]) -> list[str]:
    out, inside = [], False
    for t in tokens:
        if t.text in {'"', "“", "”", "'", "‘", "’"}:
            inside = not inside
            continue
        if inside:
            out.append(t.lower_)
    return out


def _deadline_or_status(r: Reader, verb: Token) -> None:
    """'gave the junta one week to ...' (REQUESTS); 'granted candidate status to Georgia' (MEMBER_OF)."""
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    deadline = [
        c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lower_ in r.lex.words.deadline_nouns
    ]
    if any(c.dep_ == "prep" and c.lower_ in r.lex.words.deadline_preps for c in verb.children) and any(
        c.dep_ in {"advcl", "xcomp"} and is_infinitive(c) for c in verb.children
    ):  # "gave Stockholm until June to extradite the suspects": the limit is the phrase
        deadline = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in r.lex.words.deadline_preps]
    if deadline:
        receivers = [c for c in verb.children if c.dep_ in {"dative", "iobj"}]
        receivers += [d for d in dobj if d.lower_ not in r.lex.words.deadline_nouns]
        receivers += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]

        targets = [x for t in receivers for x in r.refs(t, topics=False)]
        rel = "PROTESTS" if _ordered_out(r, verb) else "REQUESTS"  # "gave the envoy 48 hours to leave"
        _emit_all(r, rel, sources, targets, modality, conf)
    for d in dobj:
        if d.lemma_ == "status":
            named = [c for c in d.children if c.dep_ in {"compound", "nmod"} and r.mention_at(c) is not None]
            words = [c.lower_ for c in d.children if c.dep_ in {"compound", "amod"} and c not in named]
            if not words:
                continue
            receivers = [
                p
                for c in [*verb.children, *d.children]  # "to Georgia" hung on the verb or on "status"
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                for p in c.children
            ]
            receivers += [c for c in verb.children if c.dep_ in {"dative", "iobj", "nsubjpass"}]
            # "granted Georgia candidate status", read as a name on the status
            receivers += [
                c
                for c in named
                if any(label_of_ref(x, r.topics) is Label.COUNTRY for x in r.refs(c, topics=False))
            ]
            members = [x for t in receivers for x in r.refs(t, topics=False)]

            givers = sources or [  # "Georgia was granted EU candidate status": the body named on the status
                x for c in named for x in r.refs(c, topics=False)
            ]
            orgs = [Ref(_parent(r, s.key)) for s in givers if label_of_ref(s, r.topics) is Label.ORGANIZATION]
            for m in members:
                for org in orgs:
                    if _allowed(r, "MEMBER_OF", m, org):
                        r.emit(m, "MEMBER_OF", org, modality, conf, status=" ".join(words))


def _held_in(r: Reader, verb: Token) -> None:
    """'A referendum was held in Crimea', 'the summit took place in Nairobi' → HELD_IN."""
    lemma = verb.lemma_.lower()
    needed = r.lex.words.held_verbs.get(lemma)  # "took place"
    if needed is not None and not any(c.lower_ == needed for c in verb.children):
        return
    # "leaders met in Addis Ababa for the summit": the gathering places the event
    if lemma in r.lex.words.holding_verbs and not is_passive(verb):
        _held_by(r, verb)
        return
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    holders += [verb.head] if verb.dep_ == "acl" else []  # "the votes held in Luhansk"
    holders += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for" and lemma in r.lex.words.gather_verbs
        for p in c.children
    ]
    events = [x for h in holders for x in r.refs(h) if label_of_ref(x, r.topics) is Label.EVENT]
    # "hosted by Uzbekistan in Tashkent": the place hung on the host
    hosts = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    places = [
        x
        for c in [*verb.children, *(c for h in hosts for c in h.children)]
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
        for p in c.children
        if p.dep_ == "pobj"
        for q in [p, *_named_place(r, p)]
        for x in r.refs(q, topics=False) + [Ref(k) for k in r.city_places(q)]  # "held in Ankara"
        if label_of_ref(x, r.topics) is Label.REGION
    ]
    modality, conf = r.modality(verb)
    for event in events:
        for place in places:
            r.emit(event, "HELD_IN", place, modality, conf)
            if event.key.startswith("?topic:"):  # the place also names the event
                node = r.topics[int(event.key.split(":")[1])]
                node.places += [place.key] if place.key not in node.places else []


def _named_place(r: Reader, noun: Token) -> list[Token]:
    """'in the city of Bishkek', 'in the town of Osh': the name a place noun's 'of' gives."""
    if noun.lemma_.lower() not in r.lex.words.place_nouns or r.mention_at(noun) is not None:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]


def _held_by(r: Reader, verb: Token) -> None:
    """'Russia held referendums in four regions', 'ECOWAS staged a summit in Abuja': the holder organizes
    the vote or summit, and the regions named with it place it."""
    objects = direct_objects(verb)
    relative = verb.dep_ == "relcl" and any(
        c.lower_ in {"that", "which"} and c.dep_ not in {"nsubj", "nsubjpass"} for c in verb.children
    )  # the relative word is the object, so the object after the verb names it
    if relative or any(c.dep_ == "oprd" for c in verb.children) or len(objects) > 1:
        return  # "the votes that Kyiv called sham referendums": a naming, no convening
    events = _topics_of_kind(r, objects, r.lex.words.held_kinds)
    if not events:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    meetings = [e for e in events if r.topics[int(e.key.split(":")[1])].kind in r.lex.words.meeting_kinds]
    partners = _prep_actors(r, [verb, *objects], "with")
    if not any(c.dep_ == "prep" and c.lower_ == "with" for h in [verb, *objects] for c in h.children):
        _emit_all(r, "ORGANIZED", sources, events, modality, conf)
    elif partners and not meetings:  # "held joint exercises with Russian troops": both sides hold them
        _emit_all(r, "ORGANIZED", sources + partners, events, modality, conf)
    # "Xi will hold a summit with Putin" is a meeting of two, not a summit Xi organizes
    holders = [verb, *objects] + [
        p for o in objects for c in o.children if c.dep_ == "prep" for p in c.children
    ]
    places: list[Ref] = []
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in {"in", "at"}:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                places += [x for x in r.refs(p, topics=False) if label_of_ref(x, r.topics) is Label.REGION]
                places += [Ref(k) for k in r.regions_in(p)[0] + r.city_places(p)]  # "hosted it in Doha"
    for event in events:
        for place in {p.key: p for p in places}.values():
            r.emit(event, "HELD_IN", place, modality, conf)


def _leaving(r: Reader, verb: Token) -> None:
    """'Niger, Mali and Burkina Faso are leaving ECOWAS', 'withdrew from the CSTO': a member leaving."""
    deployed = r.lex.words.deployed_nouns
    if any(o.lower_ in deployed for o in direct_objects(verb)):
        return  # "withdrew its troops from X", "pulled its envoy out": a deployment ends, not a membership
    holders = direct_objects(verb) if r.lex.words.leave_verbs.get(verb.lemma_.lower()) else []
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    for out in [c for c in verb.children if c.lower_ == "out"]:  # "pulled out of the ICC"
        of = [c for c in [*verb.children, *out.children] if c.dep_ == "prep" and c.lower_ == "of"]
        holders += [p for c in of for p in c.children if p.dep_ == "pobj"]
    if _left_accession(r, verb, holders):
        return
    holders = [h for h in holders if h.lower_ not in deployed]  # "left the ECOWAS mission": not ECOWAS
    found = [x for h in holders for x in r.refs(h)]
    orgs = [Ref(_parent(r, x.key)) for x in found if label_of_ref(x, r.topics) is Label.ORGANIZATION]
    pacts = [x for x in found if label_of_ref(x, r.topics) is Label.AGREEMENT]
    _troops_left(r, verb, [x for x in found if label_of_ref(x, r.topics) in {Label.REGION, Label.COUNTRY}])
    if not orgs and not pacts:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    taken = [  # "the juntas said they were withdrawing their countries from ECOWAS": the countries leave
        x
        for o in direct_objects(verb)
        if o.lemma_.lower() in r.lex.words.state_nouns
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    sources = [Ref(x.key, True) for x in taken] or sources
    if sources:  # "left ECOWAS in January together with Mali and Burkina Faso": the companions leave too
        sources += [x for x in _along_with(r, verb) if x.key not in {s.key for s in sources}]
    # "withdrew from the Paris agreement": leaving a treaty rejects it (inferred, as leaving a body may)
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf)
    members = [s for s in sources if label_of_ref(s, r.topics) in {Label.COUNTRY, Label.REGION}]
    # "Mali's junta left ECOWAS": the state it rules leaves (the junta is no member)
    members += [Ref(state, True) for s in sources if (state := r.ctx.ruled_by(s.key)) is not None]
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children))
    # a present without an auxiliary tells what happened (a headline's "Mali quits ECOWAS"; "quit" read as a
    # present beside a plural subject: "Mali, Burkina Faso and Niger formally quit ECOWAS in January")
    done = done or (
        verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )
    status = "former member; withdrew" if done else "withdrawal announced"  # "left ECOWAS" / "are leaving"
    _emit_all(r, "MEMBER_OF", members, orgs, modality, conf, status=status)


def _left_accession(r: Reader, verb: Token, holders: list[Token]) -> bool:
    """'withdrew from the BRICS membership process', 'pulled out of the bid to join the EU': leaving a body's
    accession turns the body down (REJECTS, inferred, as a bid withdrawn does); no member leaves it."""
    words = r.lex.words
    bids = [
        h
        for h in holders
        if h.lemma_.lower() in words.accession_bid_nouns or h.lower_ in words.accession_bid_nouns
    ]
    # "the BRICS membership process", "the EU accession talks": a name among the modifiers before the noun
    named = [c for b in bids for c in b.lefts if c.dep_ in {"compound", "nmod", "amod"}]
    named += [g for c in named for g in c.lefts if g.dep_ in {"compound", "nmod", "amod"}]
    named += [  # "the process to join BRICS"
        o
        for b in bids
        for c in b.children
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in words.join_verbs
        for o in direct_objects(c)
    ]
    bodies = [
        Ref(_parent(r, x.key), True)
        for t in named
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]
    if not bodies:
        return False
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    sources += [Ref(state, True) for s in sources if (state := r.ctx.ruled_by(s.key)) is not None]
    _emit_all(r, "REJECTS", sources, bodies, modality, conf - 0.1)
    return True


def _forces_arrived(r: Reader, verb: Token) -> None:
    """'Kenyan police arrived in Haiti', 'Ethiopian troops entered Somalia's Gedo region', 'Rwandan troops
    crossed into Congo': a state's forces arriving in another state's land are deployed there (MOBILIZES,
    inferred)."""
    forces = r.lex.words.arriving_forces
    if not any(
        s.lemma_.lower() in forces
        or s.lower_ in forces
        # "the Kenyan-led mission arrived in Haiti" (not "a Kenyan trade mission")
        or (s.lemma_.lower() in r.lex.words.mission_bodies and any(c.lemma_ == "lead" for c in s.children))
        for s in subjects(verb)[0]
    ):
        return
    sources, _ = _subject_refs(r, verb)
    sources = [x for x in sources if label_of_ref(x, r.topics) is Label.COUNTRY]
    own = {r.ctx.actor(x.key) for x in sources}
    places = [o for o in direct_objects(verb) if verb.lemma_.lower() != "arrive"]
    places += [p for phrase in ("in", "into") for p in prep_objects(verb, phrase)]
    targets = [
        x
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION} and r.ctx.actor(x.key) not in own
    ]
    if sources and targets:
        modality, conf = r.modality(verb)
        _emit_all(r, "MOBILIZES", sources, [Ref(t.key, True) for t in targets], modality, conf - 0.15)


def mission_places(r: Reader, token: Token) -> list[Token]:
    """Where a multinational mission is, for forces sent to or serving with it: "the African Union mission in
    Somalia", "the UN force to Haiti" (its 'in' or 'to' phrase), "the Haiti mission" (a place named on it);
    [] for a noun that is no mission body (lexicon mission_bodies)."""
    if token.lemma_.lower() not in r.lex.words.mission_bodies:
        return []
    places = [p for phrase in ("in", "to", "into") for p in prep_objects(token, phrase)]
    places += [
        c
        for c in token.children
        if c.dep_ in {"compound", "nmod", "amod"}
        and (m := r.mention_at(c)) is not None
        and m.label in {Label.COUNTRY, Label.REGION}
    ]
    # 'in' or 'to' hung on the verb: "sent troops to the AU force in Somalia", "will lead a mission to Haiti"
    verb = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ in {"dobj", "obj"} else token
    phrases = ("in", "to", "into") if token.dep_ in {"dobj", "obj"} else ("in",)
    if not places and verb.pos_ == "VERB":
        places = [p for phrase in phrases for p in prep_objects(verb, phrase)]
    return places


def _forces_noun(r: Reader, token: Token) -> bool:
    """A noun of forces: 'troops', 'peacekeepers', 'police officers' (a compound counts: "police")."""
    words = r.lex.words
    forces = (words.arriving_forces | words.fighter_nouns) - words.insurgent_nouns
    return (
        token.lemma_.lower() in forces
        or token.lower_ in forces
        or any(c.dep_ == "compound" and c.lower_ in forces for c in token.children)
    )


def _mission_targets(r: Reader, tokens: list[Token], own: set[str]) -> list[Ref]:
    """The states or places forces go to: the tokens themselves, or where a mission among them is."""
    places = [p for t in tokens for p in (mission_places(r, t) or [t])]
    found = [
        Ref(x.key, True)
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}
        and r.ctx.actor(x.key) not in own
        and _home_state(r, x.key) not in own  # ("Indian soldiers serving in Kashmir": at home)
    ]
    return list({x.key: x for x in found}.values())


def _contributed_forces(r: Reader, verb: Token) -> None:
    """'Kenya will contribute 1,000 police to the Haiti mission', 'Burundi pledged troops for the AU force in
    Somalia': forces given to a mission or a state are deployed where it is (MOBILIZES, inferred; a pledge or
    an offer is still to come). Only forces given count ("contributed $5 million to Haiti" sends no one)."""
    objects = direct_objects(verb)
    if not objects or not all(_forces_noun(r, o) for o in objects):
        return
    sources, _ = _subject_refs(r, verb)
    sources = [x for x in sources if label_of_ref(x, r.topics) is Label.COUNTRY]
    own = {r.ctx.actor(x.key) for x in sources}
    tokens = [p for h in [verb, *objects] for phrase in ("to", "for") for p in prep_objects(h, phrase)]
    targets = _mission_targets(r, tokens, own)
    if not sources or not targets:
        return
    modality, conf = r.modality(verb)
    promised = r.lex.words.promising_verbs | {"offer"}
    if modality is Modality.ASSERTED and verb.lemma_.lower() in promised:
        modality = Modality.FUTURE
    _emit_all(r, "MOBILIZES", sources, targets, modality, conf - 0.15)


def _led_mission(r: Reader, verb: Token) -> None:
    """'Kenya will lead a multinational police mission to Haiti', 'Rwanda commands the UN force in the
    Central African Republic': a state at the head of a mission deploys there (MOBILIZES, inferred)."""
    missions = [o for o in direct_objects(verb) if mission_places(r, o)]
    if not missions:
        return
    sources, _ = _subject_refs(r, verb)
    sources = [x for x in sources if label_of_ref(x, r.topics) is Label.COUNTRY]
    targets = _mission_targets(r, missions, {r.ctx.actor(x.key) for x in sources})
    if sources and targets:
        modality, conf = r.modality(verb)
        _emit_all(r, "MOBILIZES", sources, targets, modality, conf - 0.15)


def _forces_serving(r: Reader, verb: Token) -> None:
    """'Rwandan troops serving with the African Union force in Darfur', 'Kenyan police serving in Haiti':
    a state's forces posted with a mission or in another state's land are deployed there (MOBILIZES,
    inferred)."""
    if not any(_forces_noun(r, s) for s in subjects(verb)[0]):
        return
    sources, _ = _subject_refs(r, verb)
    sources = [x for x in sources if label_of_ref(x, r.topics) is Label.COUNTRY]
    own = {r.ctx.actor(x.key) for x in sources}
    missions = [t for t in prep_objects(verb, "with") if mission_places(r, t)]
    targets = _mission_targets(r, missions + prep_objects(verb, "in"), own)
    if sources and targets:
        modality, conf = r.modality(verb)
        _emit_all(r, "MOBILIZES", sources, targets, modality, conf - 0.15)


def _troops_left(r: Reader, verb: Token, places: list[Ref]) -> None:
    """'Ethiopian troops left Baidoa', 'the last US soldiers left Afghanistan': forces leaving a place
    withdraw from it (a state leaving one is no withdrawal of forces: "Putin left Beijing")."""
    # ("the last Russian peacekeepers left Karabakh")
    fighters = r.lex.words.fighter_nouns | r.lex.words.leaving_forces
    if not places or not any(s.lemma_.lower() in fighters or s.lower_ in fighters for s in subjects(verb)[0]):
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    modality, conf = r.modality(verb)
    _emit_all(
        r, "WITHDREW_FROM", sources, [p for p in places if r.ctx.actor(p.key) not in own], modality, conf
    )


def _scrambled(r: Reader, verb: Token) -> None:
    """'Japan scrambled fighter jets after Chinese drones flew near Yonaguni': aircraft sent up against
    another state's craft mobilize against that state (PLOVER MOBILIZE); the state is named as the craft's
    owner in a clause of time or cause ("after", "as", "when") or an "in response to" phrase."""
    craft = r.lex.words.scrambled_craft
    if not any(
        o.lemma_.lower() in craft or o.text in r.lex.words.weapon_names  # "scrambled F-16s"
        for o in direct_objects(verb)
    ):
        return
    sources, _ = _subject_refs(r, verb)
    owners = _intruders(r, verb, {r.ctx.actor(s.key) for s in sources})
    modality, conf = r.modality(verb)
    _emit_all(r, "MOBILIZES", sources, owners, modality, conf - 0.1)


def _intruders(r: Reader, verb: Token, own: set[str]) -> list[Ref]:
    """The states whose craft or forces a clause of time or cause (or a phrase) on ``verb`` names: "after
    Chinese drones flew near Yonaguni", "as Chinese warships approached", "in response to Russian bombers"."""
    intruders = [c for c in verb.children if c.dep_ == "advcl"]
    intruders = [s for c in intruders for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    intruders += [p for c in verb.children if c.dep_ == "prep" for p in c.subtree if p.dep_ == "pobj"]
    owners = [
        x
        for t in intruders
        for m in t.children
        if m.dep_ in {"amod", "compound", "poss"}
        for c in [m, *m.conjuncts]
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY and r.ctx.actor(x.key) not in own
    ]
    return list({x.key: x for x in owners}.values())


def _recalled_unnamed(r: Reader, verb: Token) -> None:
    """'Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors': envoys recalled
    with no post named protest at the one state a hostile act of the same sentence was aimed at (the last
    sentence's act may be another's: "Belize cut ties. Honduras and Chile recalled their envoys. Israel called
    the decision ...")."""
    heads = r.lex.verbs["recall"].object_heads or frozenset()
    if not any(o.lemma_.lower() in heads for o in direct_objects(verb)):
        return
    if any(
        c.dep_ == "prep" and c.lower_ in {"from", "to", "out"}
        for o in [verb, *direct_objects(verb)]
        for c in o.children
    ):
        return  # a post named: the lexicon's own reading
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    deeds = r.lex.words.protested_deeds  # a deed protested is its doer's ("Israel bombed Gaza. Chile recalled
    told = r.ctx.told(
        {r.info.index}, _HOSTILE | deeds, {Modality.ASSERTED}
    )  # its envoy" said as one sentence)
    aimed = list(dict.fromkeys(r.ctx.actor(c.source if c.type in deeds else c.target) for c in told))
    aimed = [k for k in aimed if k not in own and key_label(k) is Label.COUNTRY]
    if len(aimed) == 1:
        modality, conf = r.modality(verb)
        _emit_all(r, "CRITICIZES", sources, [Ref(aimed[0], inferred=True)], modality, conf - 0.15)


def _adjunct_objects(
    verb: Token, heads: Set[str], wanted: Callable[[str], Container[str]]
) -> list[tuple[Token, Token, Token]]:
    """'in support of X', 'in protest at X', 'to the defence of X': each noun under one of the verb's `heads`
    prepositions, with each object of the prepositions `wanted` names for the noun's lemma: on the noun, or
    hung by the parser on the verb right after the noun ("in solidarity with Hamas", "in protest at India's
    decision"); as (noun, preposition, object)."""
    out: list[tuple[Token, Token, Token]] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in heads):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            preps_of = wanted(noun.lemma_.lower())
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps_of]
            preps += [c for c in verb.children if c.lower_ in preps_of and c.i == noun.right_edge.i + 1]
            out += [(noun, c, p) for c in preps for p in c.children if p.dep_ == "pobj"]
    return out


def _in_support_of(r: Reader, verb: Token) -> None:
    """'fired rockets at Israel in support of Hamas', 'went on strike in solidarity with Gaza': an act
    done for someone supports them."""
    table = r.lex.words.support_adjuncts
    objects = _adjunct_objects(verb, {"in"}, lambda n: (table[n],) if n in table else ())
    backed = [x for _, _, p in objects for x in r.refs(p)]
    if not backed:
        return
    sources, _ = _subject_refs(r, verb)
    modality, conf = r.modality(verb)
    _emit_all(r, "SUPPORTS", sources, backed, modality, conf - 0.05)


def _stance_adjunct(r: Reader, verb: Token) -> None:
    """'launched the missile in defiance of the UN' (REJECTS), 'spoke in favour of Palestine's membership',
    'came to the defence of Hezbollah' (SUPPORTS): an act done in or to a stance takes that stance towards
    whom the noun's preposition names (lexicon stance_adjuncts: noun → {preposition: relation})."""
    table = r.lex.words.stance_adjuncts
    found: dict[str, list[Ref]] = {}
    for noun, c, p in _adjunct_objects(verb, {"in", "to"}, lambda n: table.get(n, {})):
        found.setdefault(table[noun.lemma_.lower()][c.lower_], []).extend(r.refs(p))
    if found:
        _emit_from_subject(r, verb, found, 0.05)


def _emit_from_subject(r: Reader, verb: Token, found: dict[str, list[Ref]], drop: float) -> None:
    """Each relation of `found` from the verb's subjects to its targets (less the subjects' own side), with
    the verb's modality and its confidence less `drop`."""
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    modality, conf = r.modality(verb)
    for rel, targets in found.items():
        _emit_all(
            r, rel, sources, [x for x in targets if r.ctx.actor(x.key) not in own], modality, conf - drop
        )


def _sought_help(r: Reader, verb: Token) -> None:
    """'Somalia sought Turkey's help in rebuilding its navy', 'asked for Japanese assistance', 'appealed for
    help from China': help sought from someone asks them (REQUESTS; lexicon help_seeking_verbs,
    sought_help_nouns)."""
    words = r.lex.words
    wanted = [*direct_objects(verb), *prep_objects(verb, "for")]
    nouns = [n for n in wanted if n.lemma_.lower() in words.sought_help_nouns]
    if not nouns:
        return
    givers = [c for n in nouns for c in n.children if c.dep_ in {"poss", "amod", "compound"}]
    givers += [p for n in nouns for p in (*prep_objects(n, "from"), *prep_objects(n, "of"))]
    givers += prep_objects(verb, "from")
    targets = [x for t in givers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    if targets:
        _emit_from_subject(r, verb, {"REQUESTS": targets}, 0.05)


def _joined_stance(r: Reader, verb: Token) -> None:
    """'Lebanon joined the chorus of criticism against Israel', 'Iraq added its voice to the criticism of
    Turkey', 'echoed the condemnation of the coup': joining a stance takes it (lexicon stance_joining_verbs,
    voice_nouns; the stance noun's relation towards its prepositional object)."""
    words = r.lex.words
    stances = direct_objects(verb)
    if any(o.lemma_.lower() in words.voice_nouns for o in stances):
        stances = prep_objects(verb, "to")  # ("added its voice to the criticism": the stance after 'to')
    stances = [
        q
        for s in stances
        for q in (prep_objects(s, "of") if s.lemma_.lower() in words.quantity_nouns else [s])
    ]
    found: dict[str, list[Ref]] = {}
    for noun in stances:
        trig = r.lex.nouns.get(noun.lemma_.lower())
        if trig is None or trig.rel not in _VOICED or trig.verbs_only:
            continue
        aimed = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {*trig.preps, "against"}
            for p in c.children
        ]
        found.setdefault(trig.rel, []).extend(x for p in aimed if p.dep_ == "pobj" for x in r.refs(p))
    if any(found.values()):
        _emit_from_subject(r, verb, found, 0.1)


def _help_appealed(r: Reader, noun: Token) -> None:
    """'Uzbekistan's appeal for help from Russia', 'Nepal's request for Indian assistance': the owner of a
    demand for help asks the giver (REQUESTS; demand_nouns, sought_help_nouns)."""
    words = r.lex.words
    helps = [p for p in prep_objects(noun, "for") if p.lemma_.lower() in words.sought_help_nouns]
    if not helps:
        return
    givers = [c for h in helps for c in h.children if c.dep_ in {"poss", "amod", "compound"}]
    givers += [p for h in (noun, *helps) for p in prep_objects(h, "from")]
    targets = [x for t in givers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    sources = [x for c in noun.children if c.dep_ in {"poss", "amod"} for x in r.refs(c, topics=False)]
    sources = [x for x in sources if label_of_ref(x, r.topics) in ACTORS]
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [x for x in targets if r.ctx.actor(x.key) not in own]
    if targets:
        _emit_all(r, "REQUESTS", sources, targets, noun_modality(noun, r.lex), 0.75)


def _in_protest_at(r: Reader, verb: Token) -> None:
    """'boycotted the forum in protest against Israel', 'walked out in protest at the Russian veto': an act
    done in protest protests at what is named (PROTESTS; lexicon protest_adjuncts)."""
    table = r.lex.words.protest_adjuncts
    objects = _adjunct_objects(verb, {"in"}, lambda n: table.get(n, ()))
    protested = [x for _, _, p in objects for x in r.refs(p)]
    if not protested:
        return
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    protested = [x for x in protested if r.ctx.actor(x.key) not in own]
    if protested:
        modality, conf = r.modality(verb)
        _emit_all(r, "PROTESTS", sources, protested, modality, conf - 0.05)


@lru_cache(maxsize=1)  # (the lexicon is loaded once)
def _walkout_forms() -> dict[str, str]:
    """'walked', 'walks', 'walking' → 'walk' (the surface forms of the walkout verbs)."""
    return {f: w for w in load_lexicon().words.walkout_verbs for f in (w, w + "s", w + "ed", w + "ing")}


def _walkout(r: Reader, verb: Token) -> bool:
    """'walked out', 'stormed out of the hall', 'staged a walkout' (the phrasal lexicon reads "walk out" as
    "pull": the verb is known by its surface)."""
    words = r.lex.words
    base = _walkout_forms().get(verb.lower_)
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
    if base is not None and words.walkout_verbs[base] in particles:
        return True
    return any(o.lemma_.lower() in words.walkout_nouns for o in direct_objects(verb))


def _walked_out(r: Reader, verb: Token) -> None:
    """'The Iranian delegation walked out during the Israeli speech', 'staged a walkout as the Russian
    minister spoke': leaving the room protests at whoever speaks or acts then (PROTESTS, inferred)."""
    words = r.lex.words
    timed = [
        s
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ in {"mark", "advmod"} and m.lower_ in words.walkout_marks for m in c.children)
        and (c.lemma_.lower() in words.walkout_acts or c.lemma_.lower() in words.say_verbs)
        for s in c.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]
    # "staged a walkout over the Indian strikes": what it answers
    over = [p for h in (verb, *direct_objects(verb)) for p in prep_objects(h, "over")]
    timed += [  # "during the Israeli speech", "during Lavrov's address": the speaker
        o
        for p in prep_objects(verb, "during")
        if p.lemma_.lower() in words.speech_anaphors | {"address"}
        for o in p.children
        if o.dep_ in {"amod", "poss", "compound"}
    ]
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [
        Ref(x.key, inferred=True)
        for t in timed
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    targets += [Ref(x.key, inferred=True) for t in over for x in r.refs(t) if r.ctx.actor(x.key) not in own]
    if targets:
        modality, conf = r.modality(verb)
        _emit_all(r, "PROTESTS", sources, targets, modality, conf - 0.1)


def _brokered_parties(r: Reader, verb: Token) -> None:
    """'Egypt brokered a truce between Israel and Islamic Jihad', 'Turkey mediated a grain deal between Russia
    and Ukraine': an agreement brokered was made, its parties signed it (inferred)."""
    modality, conf = r.modality(verb)
    if modality is not Modality.ASSERTED:
        return
    brokers = {r.ctx.actor(x.key) for x in _subject_refs(r, verb)[0]}
    if not direct_objects(verb) and verb.dep_ == "advcl" and brokers:
        # "Thailand and Cambodia agreed to a ceasefire after Malaysia mediated": the deal of the main clause
        main = verb.head
        deals = [
            x
            for t in [*direct_objects(main), *prep_objects(main, "to"), *prep_objects(main, "on")]
            for x in r.refs(t)
            if label_of_ref(x, r.topics) is Label.AGREEMENT
        ]
        _emit_all(
            r, "ORGANIZED", [Ref(b) for b in brokers], [Ref(d.key, True) for d in deals], modality, conf - 0.1
        )
    for obj in direct_objects(verb):
        deals = [x for x in r.refs(obj) if label_of_ref(x, r.topics) is Label.AGREEMENT]
        parties = [x for x in _between(r, obj) if label_of_ref(x, r.topics) in ACTORS]
        parties = [x for x in parties if r.ctx.actor(x.key) not in brokers]
        if deals and len({r.ctx.actor(x.key) for x in parties}) >= 2:
            for party in dict.fromkeys(Ref(r.ctx.actor(x.key), inferred=True) for x in parties):
                r.emit(party, "SIGNED", Ref(deals[0].key, inferred=True), Modality.ASSERTED, conf - 0.2)


def _angered(r: Reader, verb: Token) -> None:
    """'Ghana recognised the SADR, angering Morocco', 'Taiwan's president angered Beijing by ...': the state
    angered criticizes the one who angered it (inferred); an act as subject angers through its doer."""
    angered = [
        x
        for o in direct_objects(verb)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in STATES
    ]
    doers = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not doers:  # "Kenya's decision angered Sudan": the decision's owner
        doers = [
            x
            for s in subjects(verb)[0]
            for c in s.children
            if c.dep_ in {"poss", "amod", "compound"}
            # ("the Turkish-Libyan deal": 'Turkish' hangs on 'Libyan')
            for m in (c, *(g for g in c.children if g.dep_ in {"amod", "compound"} and g.i < c.i))
            for x in r.refs(m, topics=False)
            if label_of_ref(x, r.topics) in STATES
        ]
    if not doers:  # "The pact between Australia and the US has angered Beijing": the pact itself
        doers = [
            x
            for s in subjects(verb)[0]
            for x in r.refs(s)
            if label_of_ref(x, r.topics) in {Label.AGREEMENT, Label.EVENT}
        ]
    modality, conf = r.modality(verb)
    _emit_all(
        r,
        "CRITICIZES",
        [Ref(a.key) for a in angered],
        [Ref(d.key, True) for d in doers],
        modality,
        conf - 0.2,
    )


def _copied_act(r: Reader, verb: Token) -> bool:
    """'followed suit', 'did the same', 'did likewise': the verb repeats an act just told."""
    phrase = r.lex.words.copy_phrases.get(verb.lemma_.lower())
    alone = r.lex.words.copy_alone | r.lex.words.bare_joins
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"})
    if verb.lemma_.lower() in alone and main and verb.tag_ in {"VBD", "VBZ"}:
        # "Kiribati followed days later", "and Sweden followed in March": a finite main verb with a subject
        # and no object or phrase of its own (a date may follow)
        bare = not any(
            c.dep_ in {"dobj", "obj", "agent", "ccomp", "xcomp", "attr", "prt", "dative"}
            or (c.dep_ == "prep" and not all(_when(r, p) for p in c.children))
            for c in verb.children
        )
        if bare and any(c.dep_ == "nsubj" for c in verb.children):
            return True
    words = r.lex.words
    if verb.lemma_.lower() in words.act_copying_verbs and any(
        # "Bolivia had taken the same step", "Peru made a similar move": an act noun the same as the last
        o.lemma_.lower() in words.act_anaphors and any(a.lower_ in words.copy_adjectives for a in o.children)
        for o in verb.children
        if o.dep_ in {"dobj", "obj"}
    ):
        return True
    if phrase is None:
        return False
    return any(c.lower_ in phrase for c in verb.children if c.dep_ in {"dobj", "advmod", "npadvmod", "attr"})


def _when(r: Reader, token: Token) -> bool:
    """A time phrase's head: "2013", "March", "days" in "days later", "the summer"."""
    return (
        token.ent_type_ in {"DATE", "TIME"}
        or bool(_YEAR_WORD.match(token.text))
        or token.lemma_.lower() in r.lex.words.time_words
    )


def _followed_suit(r: Reader, verb: Token) -> None:
    """'Argentina recalled its ambassador from Caracas. Peru and Chile followed suit.': the new subjects
    do what the last act's doer did (inferred), from this sentence's earlier clause or the last one."""
    sources, _ = _subject_refs(r, verb)
    sources = [s for s in sources if label_of_ref(s, r.topics) in ACTORS]
    if not sources or r.modality(verb)[0] is not Modality.ASSERTED:
        return
    here = r.info.index
    told = r.ctx.told({here - 1, here}, r.lex.words.copied_relations, {Modality.ASSERTED, Modality.FUTURE})
    if not told:
        return
    latest = max(c.sent.index for c in told)
    doer = next(c.source for c in told if c.sent.index == latest)
    copied = [c for c in told if c.sent.index == latest and c.source == doer]
    _copy_claims(r, copied, [s.key for s in sources], besides=set(), lower=0.0)


def _copy_claims(r: Reader, claims: list[Claim], doers: list[str], besides: set[str], lower: float) -> None:
    """The acts told of one actor done by others too (inferred; "followed suit", "followed by X",
    "following X"), with their status ("left ECOWAS, followed by Mali": a former member too), never by the
    act's own target or by an actor in ``besides``."""
    for claim in claims:
        for key in doers:
            if r.ctx.actor(key) not in besides | {r.ctx.actor(claim.target)}:
                r.emit(
                    Ref(key, True),
                    claim.type,
                    Ref(claim.target),
                    claim.modality,
                    claim.confidence - lower,
                    status=claim.status,
                )


def _followed_by(r: Reader, verb: Token) -> None:
    """'The UAE and Bahrain signed the Abraham Accords in 2020, followed by Morocco and Sudan': the states
    named as the agent did the act of the clause too (inferred)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    followers = [
        x
        for a in agents
        for t in (a, *a.conjuncts)
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    told = r.ctx.told({r.info.index}, r.lex.words.copied_relations, {Modality.ASSERTED})
    if not followers or not told:
        return
    doer = told[0].source
    copied = [c for c in told if c.source == doer]
    _copy_claims(r, copied, [f.key for f in followers], besides={r.ctx.actor(doer)}, lower=0.1)


def _following(r: Reader, verb: Token) -> None:
    """'Argentina withdrew from the WHO, following the United States': the state followed did the act of
    the clause before (inferred); not 'following talks with X' (a noun, not an actor, is followed)."""
    if verb.i < verb.head.i:
        return  # "Following Niger's decision, Chad ...": a time phrase
    named = [c for c in verb.children if c.dep_ in {"dobj", "pobj"}]
    named += [  # "following the lead of the United States", "following Washington's example"
        o
        for c in named
        if c.lemma_.lower() in r.lex.words.followed_nouns
        for o in [*prep_objects(c, "of"), *(g for g in c.children if g.dep_ == "poss")]
    ]
    followed = [
        m.key
        for c in named
        for m in [r.mention_at(c)]
        if m is not None and m.label in STATES and c.i == m.end - 1
    ]
    if not followed:
        return
    doers = {r.ctx.actor(x.key) for x in _subject_refs(r, verb.head)[0]}
    types = r.lex.words.copied_relations | {"MEMBER_OF"}
    told = [
        c for c in r.ctx.told({r.info.index}, types, {Modality.ASSERTED}) if r.ctx.actor(c.source) in doers
    ]
    _copy_claims(r, told, followed, besides=doers, lower=0.1)


def _misparsed_relative(t: Token) -> list[Token]:
    """A relative pronoun whose clause the model hung elsewhere ("on Mali, Niger and Guinea, which remain
    suspended from ECOWAS", the participle an adverbial clause of the main verb): the names just before its
    comma, the whole list. Any other token: itself."""
    if t.lower_ not in {"which", "who"} or t.head.dep_ == "relcl" or t.i < 2 or t.nbor(-1).text != ",":
        return [t]
    noun = t.nbor(-2)
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ != "PROPN":
        return [t]
    return [noun, *noun.conjuncts]


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
    for body in bodies:
        for member in members:
            if _allowed(r, "MEMBER_OF", member, body):
                r.emit(member, "MEMBER_OF", Ref(_parent(r, body.key)), modality, conf, status=status)
                if penalty and body.key != member.key and member.key not in doers:
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


def _launched_operation(r: Reader, verb: Token) -> None:
    """'India launched Operation Sindoor against targets in Pakistan': a named operation launched is an
    attack the launcher organized (convention 4, direct), on whoever it is 'against'; an operation that
    states join stays a body (convention 5)."""
    words = r.lex.words
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
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.guest_visit_nouns for c in verb.children)


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


def _mission_owners(r: Reader, mission: Token) -> list[Ref]:
    """The state an embassy is named for: 'the Mexican Embassy', 'Mexico's embassy', 'the US embassy'."""
    return [
        x
        for c in mission.children
        if c.dep_ in {"amod", "compound", "poss", "nmod"}
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _note_mission_owner(r: Reader, mission: Token) -> None:
    """Remember the one state whose embassy this sentence names, for 'the embassy' in the next ones."""
    owners = {r.ctx.actor(x.key) for x in _mission_owners(r, mission)}
    if len(owners) == 1:
        r.ctx.mission_owner = (r.info.index, owners.pop())


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
    targets = [
        x
        for t in askers
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    _emit_all(r, "CONCEDES", sources, targets, modality, conf - 0.15)


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


def _topics_of_kind(r: Reader, tokens: list[Token], kinds: frozenset[str]) -> list[Ref]:
    """The events or agreements of ``kinds`` that ``tokens`` name."""
    return [
        x
        for o in tokens
        for x in r.refs(o)
        if x.key.startswith("?topic:") and r.topics[int(x.key.split(":")[1])].kind in kinds
    ]


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


def _left_out_doers(r: Reader, verb: Token) -> list[Ref]:
    """The doers a main-clause passive with no 'by' leaves out, where its sentence names no actor and the
    last sentence names them (lexicon agentless_doers): 'one', the one state or body it had as its subject
    ("The US accused Iran of arming Russia. Sanctions were imposed on eight Iranian firms"); 'pair', the
    two it named ("Kenya and Haiti held talks. A security agreement was signed")."""
    how = r.lex.words.agentless_doers.get(verb.lemma_.lower())
    if how is None or not is_passive(verb) or agent(verb) is not None or verb.dep_ not in {"ROOT", "conj"}:
        return []
    if verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
        return []
    # (besides the measure's target, named after the verb: "were imposed on eight Iranian firms")
    named = [m for m in r.mentions if m.label in ACTORS and not inside_quotes(r.sent, m.start)]
    if named and (how == "pair" or any(m.start < verb.i for m in named)):
        return []
    states = {Label.COUNTRY, Label.ORGANIZATION}
    if how == "pair":
        pair = r.ctx.last_pair(r.info.index, states, window=1)
        return [Ref(k, inferred=True) for k in pair or ()]
    subjects_before = {
        r.ctx.actor(k)
        for x in r.ctx.recent
        if x.sent == r.info.index - 1 and x.subject and not x.quoted and x.label in states
        for k in x.keys
    }
    return [Ref(subjects_before.pop(), inferred=True)] if len(subjects_before) == 1 else []


def _previous_subject_state(r: Reader, verb: Token, besides: set[str]) -> list[Ref]:
    """The agent a passive with no 'by' leaves out, where its own sentence names no other state: the one state
    the last sentence had as its (unquoted) subject, other than ``besides`` ("Iraq was furious over the
    burning. Sweden's ambassador was expelled": Iraq); nothing where that sentence had two."""
    named = {r.ctx.actor(m.key) for m in r.mentions if m.label is Label.COUNTRY} - besides
    if named or verb.dep_ not in {"ROOT", "conj"}:
        return []
    doer = r.ctx.office_guess(r.info.index - 1, window=0)
    return [Ref(doer, inferred=True)] if doer is not None and doer not in besides else []


def _charged_before(r: Reader, verb: Token) -> list[Ref]:
    """'Azerbaijan accused Russia of downing its jet and demanded an apology': the one a verb of charge
    coordinated with ``verb`` charged is the one asked to account."""
    heads = [verb.head] if verb.dep_ == "conj" else []
    heads += [c for c in verb.children if c.dep_ == "conj"]
    return [
        x
        for h in heads
        if h.pos_ == "VERB" and _blaming(r, h)
        for o in direct_objects(h)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _blaming(r: Reader, verb: Token) -> bool:
    """A verb that charges or condemns its object ('accused', 'blamed', 'condemned'), not one that praises."""
    trig = r.lex.verbs.get(verb.lemma_.lower())
    hostile = trig is not None and trig.rel in {"CRITICIZES", "CONDEMNS"}
    return hostile or verb.lemma_.lower() in r.lex.words.blaming_verbs


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
    pacts = _topics_of_kind(r, direct_objects(verb), r.lex.words.voided_kinds)
    if not pacts:
        return
    modality, conf = r.modality(verb)
    sources, _ = _subject_refs(r, verb)
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf)


def _verb_event(r: Reader, verb: Token, event: VerbEvent) -> None:
    """'North Korea launched a ballistic missile': the subject ORGANIZED the missile launch (an event named
    by a verb and its object; the attack convention)."""
    topic = next((t for t in r.lex.topics if t.kind == event.kind), None)
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
    struck = [t for o in objects for t in r.members(o)]
    # "the Jenin refugee camp", "targets in Erbil", "positions near Duhok": the place named in the object
    struck += [c for t in struck if r.mention_at(t) is None for c in t.children if c.dep_ == "compound"]
    # "the Ukrainian city of Kharkiv", "the town of Kapan", "the port of Izmail": the place named after 'of'
    struck += [p for t in struck if r.mention_at(t) is None for p in prep_objects(t, "of")]
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


def _of_nouns(noun: Token, words: frozenset[str]) -> list[Token]:
    """The nouns among ``words`` in an 'of' phrase on ``noun``: 'the severance of ties', 'the switch of
    recognition'."""
    return [p for p in prep_objects(noun, "of") if p.lemma_.lower() in words]


def _announced(r: Reader, noun: Token) -> bool:
    """Whether the noun is the object of an announcing verb: 'announced their withdrawal', 'declared the
    switch'."""
    return noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in r.lex.words.announce_verbs


def _switched_noun(r: Reader, noun: Token) -> None:
    """'Honduras' switch of recognition from Taipei to Beijing', 'the shift of ties to Beijing': the
    nominal switch, said of its possessor or the verb's subject."""
    ties = _of_nouns(noun, r.lex.words.switched_nouns)
    if not ties:
        return
    switch = Trigger(preps={"of": "RECOGNIZES", "from": "REJECTS", "to": "RECOGNIZES"})  # no owners
    sources, governor = _noun_actor(r, noun, switch)
    if not sources and _announced(r, noun):  # "Nauru announced the switch of its recognition ..."
        sources, _ = _subject_refs(r, noun.head)
        governor = noun.head
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    holders = [noun, *ties, *([governor] if governor is not None else [])]  # "to China" hung on the verb
    _emit_all(r, "REJECTS", sources, _prep_actors(r, holders, "from"), modality, conf - 0.15)
    _emit_all(r, "RECOGNIZES", sources, _prep_actors(r, holders, "to"), modality, conf)


def _cut_ties_noun(r: Reader, noun: Token) -> None:
    """'announced the breaking of diplomatic relations with Ecuador', 'its severance of ties with X'."""
    ties = _of_nouns(noun, r.lex.words.tie_nouns)
    if not ties:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"of": "REJECTS", "with": "REJECTS"}))
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    _emit_all(r, "REJECTS", sources, _tie_partners(r, [noun, *ties]), modality, conf - 0.15)


def _voided_noun(r: Reader, noun: Token) -> None:
    """'Honduras announced the termination of the extradition treaty', 'Niger's revocation of the accords':
    whoever ends an agreement rejects it (inferred), as with the verbs (`_voided`)."""
    pacts = _topics_of_kind(r, prep_objects(noun, "of"), r.lex.words.voided_kinds)
    if not pacts:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"of": "REJECTS"}))
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf - 0.1)


def _leaving_noun(r: Reader, noun: Token) -> None:
    """'Niger's withdrawal from ECOWAS', 'announced their exit from the bloc': a member leaving a body
    (the verb's own reading, `_leaving`, for the noun)."""
    bodies = [  # (an agreement left too: "Italy's withdrawal from the Belt and Road Initiative")
        x
        for p in prep_objects(noun, "from")
        for x in r.refs(p)
        if label_of_ref(x, r.topics) in {Label.ORGANIZATION, Label.AGREEMENT}
    ]
    if not bodies:
        return
    sources, governor = _noun_actor(r, noun, Trigger(preps={"from": "MEMBER_OF"}))
    if sources:
        sources += _along_with(r, governor or noun.head, noun)
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    if modality is Modality.ASSERTED:
        modality = noun_modality(noun, r.lex)  # "demanded the withdrawal of Mali from ..." is not done
    orgs = [Ref(_parent(r, x.key)) for x in bodies if label_of_ref(x, r.topics) is Label.ORGANIZATION]
    pacts = [x for x in bodies if label_of_ref(x, r.topics) is Label.AGREEMENT]
    _emit_all(r, "REJECTS", sources, [Ref(p.key, inferred=True) for p in pacts], modality, conf)
    members = [s for s in sources if label_of_ref(s, r.topics) in {Label.COUNTRY, Label.REGION}]
    # "Mali's junta announced its withdrawal": the state it rules leaves (as with the verb)
    members += [Ref(state, True) for s in sources if (state := r.ctx.ruled_by(s.key)) is not None]
    status = "withdrawal announced" if _announced(r, noun) else "former member; withdrew"
    _emit_all(r, "MEMBER_OF", members, orgs, modality, conf - 0.05, status=status)


def _stance_agent(r: Reader, noun: Token, rel: str, *, backed: bool = False) -> None:
    """'Fico, a vocal critic of military aid to Ukraine', 'Hungary is a staunch supporter of Israel': the
    one the noun describes (in apposition, or the subject of a copula) takes that stance on the 'of'
    object; not a former one."""
    former = r.lex.words.former_words
    if any(c.lower_ in former or c.dep_ == "neg" for c in (*noun.children, *noun.head.children)):
        return  # "was once a supporter of": the copula's adverb too
    needed = r.lex.words.stance_agent_qualifiers.get(noun.lemma_.lower())
    if needed is not None and not any(c.lower_ in needed for c in noun.children if c.dep_ in _MODIFIERS):
        return  # "India's largest oil supplier" aids no one; "its main arms supplier" does
    prep = "to" if noun.lemma_.lower() in r.lex.words.stance_to_nouns else "of"  # "the obstacle to X"
    objects = [x for o in prep_objects(noun, prep) for x in r.refs(o)]
    if not objects and rel == "AIDS":  # "Ukraine's largest arms supplier": the owner is the one aided
        objects = [
            x
            for c in noun.children
            if c.dep_ == "poss"
            for x in r.refs(c, topics=False)
            if label_of_ref(x, r.topics) in ACTORS
        ]
    if not objects:
        return
    if noun.dep_ == "appos":
        holders, modality, conf = list(r.refs(noun.head, topics=False)), Modality.ASSERTED, 0.8
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in r.lex.words.copulas | {"be"}:
        holders, _ = _subject_refs(r, noun.head)
        modality, conf = r.modality(noun.head)
    else:
        return
    holders = [h for h in holders if label_of_ref(h, r.topics) in ACTORS]
    if backed:  # "the candidate of the opposition alliance": the 'of' object backs the one described
        objects = [o for o in objects if label_of_ref(o, r.topics) in STATES]
        holders, objects = objects, holders
    _emit_all(r, rel, holders, objects, modality, conf - 0.1)
    economic = noun.lemma_.lower() in r.lex.words.economic_agents  # (a creditor: a tie, no stance)
    if rel == "AIDS" and not economic:  # aid and arms given are support, as the annotation convention has it
        _emit_all(r, "SUPPORTS", holders, objects, modality, conf - 0.1)


def _accession_talks(r: Reader, noun: Token) -> None:
    """'Ukraine opened accession talks with the EU', 'Georgia suspended talks on joining the EU', 'the EU
    began membership talks with Moldova': the state negotiates its membership (MEMBER_OF with a status,
    as "talks on joining the bloc" in the conventions); halted by the verb, the status says so."""
    words = r.lex.words
    qualified = any(
        c.lower_ in words.accession_words for c in noun.children if c.dep_ in {"compound", "amod"}
    )
    joined = [  # "talks on joining the EU", "talks on EU membership", "talks on accession to NATO"
        t
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"on", "about", "over"}
        for t in c.subtree
        if t.lemma_.lower() in words.join_verbs or t.lemma_.lower() in words.accession_words
    ]
    if not qualified and not joined:
        return
    parties = [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    governor = noun.head if noun.dep_ in {"dobj", "obj", "nsubjpass"} and noun.head.pos_ == "VERB" else None
    talkers = _subject_refs(r, governor)[0] if governor is not None else []
    parties += talkers
    holders = [noun, *([governor] if governor is not None else [])]
    partners = _prep_actors(r, holders, "with")
    parties += partners
    parties += [  # the body in "talks on joining the EU", "on EU membership", "on accession to NATO"
        x
        for t in joined
        for c in [*t.children, *(p for q in t.children if q.dep_ == "prep" for p in q.children)]
        if c.dep_ in {"dobj", "obj", "pobj", "compound", "poss"}
        for x in r.refs(c, topics=False)
    ]
    parties += [  # "suspended EU accession talks": the body named on the talks themselves
        x
        for c in noun.children
        if c.dep_ in {"compound", "nmod"} and qualified
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]
    states = list(dict.fromkeys(x.key for x in parties if label_of_ref(x, r.topics) is Label.COUNTRY))
    bodies = list(dict.fromkeys(x.key for x in parties if label_of_ref(x, r.topics) is Label.ORGANIZATION))
    # several states on one side ("Moldova and Ukraine began membership talks with the EU"), each its own
    one_side = any(set(states) <= {x.key for x in side} for side in (talkers, partners))
    if not states or (len(states) > 1 and not one_side) or not bodies:
        return
    status = "accession talks"
    if governor is not None and governor.lemma_.lower() in words.halting_verbs:
        status = "accession talks suspended"
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.8)
    if status != "accession talks" and modality is Modality.NEGATED:
        return
    for body in bodies[:1]:
        for state in states:
            r.emit(Ref(state, inferred=True), "MEMBER_OF", Ref(body), modality, conf - 0.1, status=status)


def _place_in_name(noun: Token, m: Mention) -> bool:
    """'the Doha Agreement', 'the Minsk accords', 'the Jeddah Declaration': a city or capital in a text's
    proper name is where it was made, not a party to it (a state's name, "the US-Taliban deal", is)."""
    return m.kind in {"capital", "city"} and noun.is_title


def _standing_pact(r: Reader, noun: Token) -> None:
    """'its 1951 Mutual Defense Treaty with Manila', 'the 1979 peace treaty between Egypt and Israel': a
    treaty in force, dated or named, was signed by its parties (inferred, like a treaty named after them);
    not one proposed, sought or negotiated."""
    kind = topic_of(noun, r.lex, r.active)
    if kind is None or kind.label is not Label.AGREEMENT or kind.kind not in r.lex.words.signed_kinds:
        return
    dated = any(_YEAR_WORD.match(t.text) for t in noun.lefts) or any(
        p.dep_ == "pobj" and _YEAR_WORD.match(p.text)
        for c in noun.children
        if c.lower_ == "of"
        for p in c.children
    )
    # "its defence treaty with Manila", "the deal between Ethiopia and Somaliland": one already made (not
    # "a deal between them", which may still be sought)
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    # "Washington has a mutual defence treaty with Manila": a treaty one has is in force
    had = noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in r.lex.words.possessing_verbs
    if not dated and not proper_name(noun, r.lex) and not definite and not had:
        return
    if had and (
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        or any(c.dep_ == "neg" for c in noun.head.children)
    ):
        return  # "Canada, which has no such treaty with Seoul": none in force
    if noun_modality(noun, r.lex) is not Modality.ASSERTED or any(
        c.lower_ in r.lex.words.possible_adjectives or c.lower_ in r.lex.words.unsigned_adjectives
        for c in noun.children
    ):
        return  # "a planned pact", "the draft treaty"
    if (
        noun.head.pos_ in {"VERB", "AUX"}
        and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}
        and r.modality(noun.head)[0] not in {Modality.ASSERTED, Modality.FUTURE}
    ):
        return  # "the pact was not signed", "would sign a 2025 treaty"
    if noun.head.lemma_.lower() in r.lex.hypothetical_verbs | r.lex.requesting_verbs:
        return  # "wants the deal between them to go ahead", "seeks the pact"
    owners = [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    owners += [
        Ref(m.key)
        for c in noun.children
        if c.dep_ in {"compound", "amod", "nmod"}
        for m in [r.mention_at(c)]
        if m is not None and m.label in STATES and not _place_in_name(noun, m)
    ]
    if had:  # "the United States, which has a treaty with the Philippines": the one who has it
        owners += [x for x in _subject_refs(r, noun.head)[0] if label_of_ref(x, r.topics) in STATES]
    holders = [noun]
    if owners and noun.dep_ in {
        "dobj",
        "obj",
    }:  # "rejected Ethiopia's deal with Somaliland" ('with' on the verb)
        holders.append(noun.head)
    parties = owners + _tie_partners(r, holders) + _between(r, noun)
    parties += [Ref(k) for k in r.hyphen_pair(noun, regions=True)]  # "the Ethiopia-Somaliland deal"
    # (a breakaway region is a party too: "the deal between Ethiopia and Somaliland")
    parties = [
        x for x in parties if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}
    ]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return
    handle = r.topic(noun)
    if handle is None:
        return
    for party in dict.fromkeys(Ref(r.ctx.actor(x.key), inferred=True) for x in parties):
        r.emit(party, "SIGNED", Ref(handle, inferred=True), Modality.ASSERTED, 0.6)


def _signed_with(r: Reader, noun: Token) -> None:
    """'the agreement, signed with Washington months earlier', 'the treaty signed with Canberra in 2023': the
    partner a participle of signing names by 'with' signed the text (SIGNED, inferred); the participle has no
    subject, so the verb's own reading gives nothing."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in r.lex.words.signing_verbs:
            continue
        modality, conf = r.modality(verb)
        if modality is not Modality.ASSERTED:
            continue
        partners = [
            x
            for p in prep_objects(verb, "with")
            for x in r.refs(p, topics=False)
            if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.ORGANIZATION}
        ]
        handle = r.topic(noun) if partners else None
        if handle is None:
            continue
        for party in dict.fromkeys(Ref(r.ctx.actor(x.key), inferred=True) for x in partners):
            r.emit(party, "SIGNED", Ref(handle), modality, min(conf, 0.7))


def _tie_partners(r: Reader, holders: list[Token]) -> list[Ref]:
    return _prep_actors(r, holders, "with")


# ---- nouns -----------------------------------------------------------------------------------
def noun_rules(r: Reader) -> None:
    for noun in r.sent:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = noun.lemma_.lower()
        if lemma in r.lex.words.tie_actions or noun.lower_ in r.lex.words.tie_actions:
            _cut_ties_noun(r, noun)
        if lemma in r.lex.words.leave_nouns:
            _leaving_noun(r, noun)
        if lemma in r.lex.words.voiding_nouns:
            _voided_noun(r, noun)
        deed_nouns(r, noun, lambda r, n: _noun_actor(r, n, Trigger()), _emit_all)  # deeds.py
        if lemma in r.lex.words.standing_pact_heads:
            _standing_pact(r, noun)
            _signed_with(r, noun)
        if lemma in r.lex.words.talks_nouns or lemma in r.lex.words.accession_process_nouns:
            _accession_talks(r, noun)  # ("froze Georgia's accession process" as its talks)
        if lemma in r.lex.words.stance_agents:
            _stance_agent(r, noun, r.lex.words.stance_agents[lemma])
        if lemma in r.lex.words.endorsed_nouns:  # "X, the candidate of the opposition alliance": backed by it
            _stance_agent(r, noun, "SUPPORTS", backed=True)
        if lemma in r.lex.words.switch_verbs:  # the nouns spelled as the verbs: "switch", "shift"
            _switched_noun(r, noun)
        if lemma in r.lex.words.vote_nouns:
            _counted_votes(r, noun)
        if lemma in r.lex.words.supplied_arms or noun.text in r.lex.words.weapon_names:
            _supplied_arms(r, noun)
        if lemma in r.lex.words.partnership_nouns:
            _partnership(r, noun)
        if lemma in r.lex.words.alert_nouns:
            _on_alert(r, noun)
        if lemma in r.lex.words.alert_level_nouns:  # "raised the alert level": 'alert' tagged an adjective
            for c in noun.children:
                if c.lower_ in r.lex.words.alert_nouns and c.pos_ not in {"NOUN", "PROPN"}:
                    _on_alert(r, c)
        if lemma in r.lex.words.mission_nouns:
            _note_mission_owner(r, noun)
        if lemma in r.lex.words.mediation_words:
            _mediation(r, noun)
        if lemma in r.lex.words.violence_nouns or noun.lower_ in r.lex.words.violence_nouns:
            _violence_done(r, noun)
        if (
            lemma in r.lex.words.clash_nouns
            or noun.lower_ in r.lex.words.clash_nouns
            or _phrase_at(noun, r.lex.words.clash_nouns)
        ):
            _clash_between(r, noun)
        trig = r.lex.nouns.get(lemma) or r.lex.nouns.get(noun.lower_)
        if trig is None and noun.text in r.lex.words.weapon_names and noun.dep_ in {"dobj", "obj"}:
            trig = r.lex.nouns.get("weapon")  # "sent HIMARS to Ukraine", "delivered F-16s to Kyiv"
        if trig is None or r.mention_at(noun) is not None:
            continue
        _noun(r, noun, trig)


def _violence_done(r: Reader, noun: Token) -> None:
    """'the killing of two Cambodian teenagers by Thai troops', 'the abduction of Japanese citizens by
    North Korean agents': whoever did it (its 'by' phrase, possessor or adjective) attacked the victims'
    state."""
    if r.mention_at(noun) is not None:
        return
    doers = [x for x in r.transparent(noun, 1) if label_of_ref(x, r.topics) in ACTORS]
    trig = r.lex.verbs["attack"]
    victims = [
        x
        for p in prep_objects(noun, "of")
        for x in (
            [y for y in r.refs(p, topics=False) if label_of_ref(y, r.topics) is Label.COUNTRY]
            or _struck_state(r, p, trig)
        )
    ]
    own = {r.ctx.actor(d.key) for d in doers}
    victims = [v for v in victims if r.ctx.actor(v.key) not in own]
    if not doers or not victims:
        return
    governor = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" else None
    modality = noun_modality(noun, r.lex)
    if governor is not None and modality is Modality.ASSERTED and r.modality(governor)[0] is Modality.FUTURE:
        modality = Modality.FUTURE
    if governor is not None and governor.lemma_.lower() == "deny":
        modality = Modality.NEGATED  # "Bangkok denied the killing of two Cambodian teenagers by its troops"
    _emit_all(r, "ATTACKED", doers, victims, modality, 0.7)


@cache
def _phrases_by_word(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The phrases of several words, by each word they hold (computed once a lexicon set)."""
    out: dict[str, list[list[str]]] = {}
    for phrase in (p for p in phrases if " " in p):
        words = phrase.split()
        for word in set(words):
            out.setdefault(word, []).append(words)
    return out


def _phrase_at(noun: Token, phrases: frozenset[str]) -> bool:
    """Whether ``noun`` heads one of the phrases of several words ("gun battle", "exchange of fire")."""
    for words in _phrases_by_word(phrases).get(noun.lower_, ()):
        for start in range(max(0, noun.i - len(words) + 1), noun.i + 1):
            span = noun.doc[start : start + len(words)]
            if len(span) == len(words) and [t.lower_ for t in span] == words:
                return True
    return False


def _adjective_sides(r: Reader, t: Token, *, forces: bool = True) -> list[Ref]:
    """The states named by the adjectives of one noun of forces: 'Tajik and Kyrgyz border troops' (two
    sides); none for other people ('Armenian and Azerbaijani supporters')."""
    clashing = r.lex.words.clashing_forces
    if forces and t.lemma_.lower() not in clashing and t.lower_ not in clashing:
        return []
    mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"}]
    mods += [g for c in mods if c.pos_ == "NOUN" for g in c.children if g.dep_ in {"compound", "amod"}]
    mods = [m for c in mods for m in (c, *c.conjuncts)]
    named = [Ref(m.key) for c in mods if (m := r.mention_at(c)) is not None and m.label in STATES]
    return list({x.key: x for x in named}.values())


def _clash_between(r: Reader, noun: Token) -> None:
    """'Clashes between Ecuadorian and Peruvian troops', 'fighting between Eritrea and Ethiopia': each side
    attacked the other; forces named by two states' adjectives on one noun are two sides."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in r.lex.words.erupting_verbs:
        holders.append(
            noun.head
        )  # "fighting broke out between Kyrgyz and Tajik guards": 'between' on the verb
    holders += [
        c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in r.lex.words.erupting_verbs
    ]
    sides: list[Ref] = []
    for holder in holders:
        between = [
            x for c in holder.children if c.dep_ == "prep" and c.lower_ == "between" for x in c.children
        ]
        for p in between:
            for t in (p, *p.conjuncts) if p.dep_ == "pobj" else ():
                named = _adjective_sides(r, t)
                sides += named if len(named) > 1 else r.refs(t, topics=False)
    inside = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else None
    if not sides and inside is not None and inside.head.pos_ in {"VERB", "AUX"}:
        # "two Ethiopian soldiers died in a clash with Eritrean troops": those in it are one side
        met = [x for t in prep_objects(noun, "with") for x in r.refs(t, topics=False)]
        if met:
            sides = [x for t in subjects(inside.head)[0] for x in r.refs(t, topics=False)] + met
            if is_passive(inside.head):
                sides += [
                    x for c in inside.head.children if c.dep_ == "nsubjpass" for x in r.refs(c, topics=False)
                ]
    actors = list({r.ctx.actor(x.key): x for x in sides if label_of_ref(x, r.topics) in ACTORS}.values())
    if len(actors) != 2 or _contest(r):
        return
    governor = noun.head if noun.dep_ in {"nsubj", "dobj", "obj", "nsubjpass"} else None
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    if noun_modality(noun, r.lex) is not Modality.ASSERTED:
        modality = noun_modality(noun, r.lex)  # "fears of clashes between ...": none yet
    a, b = actors
    _emit_all(r, "ATTACKED", [a], [b], modality, conf - 0.15)
    _emit_all(r, "ATTACKED", [b], [a], modality, conf - 0.15)


def _on_alert(r: Reader, noun: Token) -> None:
    """'Serbia put its army on the highest level of combat readiness near the Kosovo border', 'placed its
    troops on high alert along the border with X': forces readied against the state across the border
    (MOBILIZES, PLOVER MOBILIZE)."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "on the highest level of readiness"
        prep = prep.head.head
    verb = prep.head
    raised = _alert_raised(r, noun)
    if raised is not None:
        verb = raised
    elif prep.lower_ != "on" or verb.pos_ not in {"VERB", "AUX"}:
        return
    objects = direct_objects(verb)
    if (
        raised is None
        and not any(o.lemma_.lower() in r.lex.words.fighter_nouns for o in objects)
        and not _forces_kept_on_alert(r, verb)
    ):
        return
    borders = [t for t in verb.subtree if t.lemma_.lower() in r.lex.words.boundary_nouns]
    named = [c for b in borders for c in b.children if c.dep_ in {"compound", "nmod", "amod"}]
    named += [p for b in borders for p in prep_objects(b, "with")]
    named += prep_objects(verb, "with") if borders else []  # ("the border with X", 'with' hung on the verb)
    if not borders:  # "remained on alert in the West Bank": the place they are readied in
        named += [p for w in r.lex.words.alert_place_preps for h in (verb, noun) for p in prep_objects(h, w)]
    places = {Label.COUNTRY, Label.REGION}
    targets = [x for t in named for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in places]
    sources, _ = _subject_refs(r, verb)
    if not sources and is_passive(verb):  # "Kenyan forces were placed on high alert": the forces' state
        sources = [x for c in verb.children if c.dep_ == "nsubjpass" for x in r.refs(c, topics=False)]
    own = {r.ctx.actor(s.key) for s in sources}
    targets = [t for t in targets if r.ctx.actor(t.key) not in own]
    targets = targets or _intruders(r, verb, own)  # "put its forces on alert as Chinese warships approached"
    modality, conf = r.modality(verb)
    _emit_all(r, "MOBILIZES", sources, [Ref(t.key, True) for t in targets], modality, conf - 0.15)


def _alert_raised(r: Reader, noun: Token) -> Token | None:
    """'raised the alert level of its troops', 'raised its military alert level': the verb that raises a
    military alert (of forces, or named military), as 'put its troops on alert'; None otherwise."""
    words = r.lex.words
    level = noun.head if noun.dep_ in {"compound", "amod", "nmod"} else noun
    if level is not noun and level.lemma_.lower() not in words.alert_level_nouns:
        return None
    verb = level.head
    if level.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in words.alert_raising_verbs:
        return None
    marks = [c.lower_ for h in (level, noun) for c in h.children if c.dep_ in {"amod", "compound", "nmod"}]
    forces = [p.lemma_.lower() for p in prep_objects(level, "of")]
    if not (set(marks) & words.military_alert_marks or set(forces) & words.fighter_nouns):
        return None
    return verb


def _forces_kept_on_alert(r: Reader, verb: Token) -> bool:
    """'Israeli troops remained on alert', 'Kenyan forces were placed on high alert': forces of a state (not
    rebels) are the subject of the verb that keeps or puts them on alert."""
    heads = [c for c in verb.children if c.dep_ == "nsubjpass"] if is_passive(verb) else subjects(verb)[0]
    return bool(heads) and all(
        t.lemma_.lower() in r.lex.words.fighter_nouns
        and t.lemma_.lower() not in r.lex.words.insurgent_nouns
        and t.lower_ not in r.lex.words.insurgent_nouns
        for t in heads
    )


def _partnership(r: Reader, noun: Token) -> None:
    """'upgraded their ties to a comprehensive strategic partnership', 'their all-weather strategic
    partnership': a partnership qualified as an ally's is an alliance of its parties (ALLY_OF, inferred)."""
    qualifiers = r.lex.words.ally_nouns.get("partner", frozenset())
    modifiers = {c.lower_ for c in noun.children if c.dep_ in _MODIFIERS}
    if not modifiers & qualifiers or modifiers & r.lex.words.unallied_partners:
        return  # ("a key energy partnership" is no alliance)
    verb = noun.head
    while (
        verb.pos_ not in {"VERB", "AUX"}
        and verb.dep_ in {"pobj", "prep", "dobj", "conj"}
        and verb.head != verb
    ):
        verb = verb.head
    parties = [
        x for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for x in r.refs(c, topics=False)
    ]
    if verb.pos_ in {"VERB", "AUX"} and not parties:  # "their partnership": the subjects' own
        parties = _subject_refs(r, verb)[0]
    parties += _prep_actors(r, [noun], "with") + _between(r, noun)
    parties = [x for x in parties if label_of_ref(x, r.topics) in STATES]
    if len({r.ctx.actor(x.key) for x in parties}) < 2:
        return
    modality, conf = r.modality(verb) if verb.pos_ in {"VERB", "AUX"} else (noun_modality(noun, r.lex), 0.8)
    _pairwise(r, "ALLY_OF", [Ref(r.ctx.actor(x.key), True) for x in parties], modality, conf - 0.2)


def _supplied_arms(r: Reader, noun: Token) -> None:
    """ "Ukraine fired US-supplied missiles at ...", "pounded Kharkiv with drones provided by Iran", "Armed
    with drones supplied by Iran, Russian forces ...": arms named as a supplier's back the one who uses them
    (the subject of the verb they are the object or instrument of)."""
    suppliers: list[Token] = []
    for given in (c for c in noun.children if c.dep_ in {"amod", "acl"}):
        if given.lemma_.lower() not in r.lex.words.supplying_verbs or given.tag_ != "VBN":
            continue
        suppliers += [c for c in given.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
        suppliers += [p for c in given.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    givers = [x for t in suppliers for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) in STATES]
    if not givers:
        return
    top = noun
    while top.dep_ in {"conj", "appos", "compound"}:
        top = top.head
    if top.dep_ in {"dobj", "obj"}:
        verb = top.head
    elif top.dep_ == "pobj" and top.head.lower_ == "with":
        verb = top.head.head
        if verb.dep_ in {"dobj", "obj"} and verb.pos_ == "NOUN":  # "destroyed the bridge with weapons ..."
            verb = verb.head
    else:
        return
    if verb.pos_ != "VERB":
        return
    users = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not users and verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Armed with ..., Russian forces ..."
        users = [x for x in _subject_refs(r, verb.head)[0] if label_of_ref(x, r.topics) in ACTORS]
    givers = [g for g in givers if all(r.ctx.actor(g.key) != r.ctx.actor(u.key) for u in users)]
    for rel in ("AIDS", "SUPPORTS"):
        _emit_all(
            r, rel, [Ref(g.key) for g in givers], [Ref(u.key, True) for u in users], Modality.ASSERTED, 0.6
        )


def _by_agents(r: Reader, noun: Token) -> list[Ref]:
    """The actors of a 'by' phrase on the noun itself ("the recognition by Paraguay")."""
    return [
        x
        for c in noun.children
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]


def _light_subject(r: Reader, noun: Token) -> bool:
    """Whether the noun is the object of a light verb that has a subject of its own ("Kenya issued a ...")."""
    head = noun.head
    return (
        noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in r.lex.light_verbs and bool(subjects(head)[0])
    )


def _noun_actor(r: Reader, noun: Token, trig: Trigger) -> tuple[list[Ref], Token | None]:
    """Who holds the stance a noun states, and the verb that governs it (for modality)."""
    by = _by_agents(r, noun)
    if by and any(c.dep_ == "poss" for c in noun.children):
        return by, None  # "Taiwan's recognition by Paraguay": the owner undergoes it
    for child in noun.children:
        if child.dep_ == "poss":
            return [x for x in r.refs(child, topics=False)], None
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"}:
            m = r.mention_at(child)
            forum = (
                m is not None
                and m.label is Label.ORGANIZATION
                and noun.lemma_.lower() in r.lex.words.forum_nouns
            )
            venue = (  # "rejected the Jeddah talks", "the Istanbul talks with Russia": where, not who
                m is not None
                and trig.rel == "MET_WITH"
                and m.label is Label.REGION
                and not _acting_region(r, r.mention_key(m, child))
            )
            passage = (  # "closed the Rafah crossing", "the Allenby bridge": where it is, not who closes it
                m is not None
                and m.label is not Label.COUNTRY  # (the model reads such names as persons or bodies too)
                and child.dep_ == "compound"
                and noun.lemma_.lower() in r.lex.words.crossing_nouns
                and not _acting_region(r, r.mention_key(m, child))
            )
            if (
                m is not None
                and m.label in ACTORS
                and m.label not in trig.modifier_objects
                and not forum
                and not venue
                and not passage
            ):
                # (a "WTO complaint" is heard by the WTO); "the Israeli and US strikes": each modifier's
                more = [
                    (c, n)
                    for c in child.conjuncts
                    if (n := r.mention_at(c)) is not None and n.label in ACTORS
                ]
                listed = [  # "the US, British and French strikes", "Saudi-Emirati strikes": every state
                    Ref(o.key)
                    for o in (r.coordinated_owners(child, noun) if m.label is Label.COUNTRY else [])
                    if o.key != m.key and o.key not in {n.key for _, n in more}
                ]
                return [
                    Ref(r.mention_key(m, child)),
                    *(Ref(r.mention_key(n, c)) for c, n in more),
                    *listed,
                ], None
        if child.dep_ == "amod" and child.pos_ == "VERB":  # "EU-wide", "China-brokered"
            if child.lemma_.lower() in r.lex.words.supplying_verbs:
                continue  # "fired French-supplied missiles": the supplier fired none
            for grand in child.children:
                m = r.mention_at(grand)
                if m is not None and m.label in ACTORS:
                    return [Ref(r.mention_key(m, grand))], None
    owners = ({"by", "from", "of"} | trig.holder_preps) - set(trig.preps)
    holders = [noun]
    receiver = _receiver(r, noun)
    if receiver is not None:
        holders.append(receiver)  # "Kenya faced criticism from Britain" with "from" hung on the verb
    # "support for Kyiv from Poland": the parser hung "from Poland" on the noun's own object
    # (not goods a trade measure hits: "tariffs on imports from China" come from no one's side)
    if noun.lemma_.lower() not in r.lex.words.trade_measures:
        holders += [
            o for c in noun.children if c.dep_ == "prep" and c.lower_ in trig.preps for o in c.children
        ]
    counted = _quantity(r, noun)  # "a fresh round of sanctions by Britain": the agent on the quantity
    holders += [counted] if counted is not None and counted.i != noun.i else []
    # "a grant of 580 million shillings" names no actor: look further
    for child in [c for h in holders for c in h.children]:
        on_noun = child.head.i == noun.i or child.lower_ in {"from", "by"} | trig.holder_preps
        if (
            child.lower_ == "by"
            and child.head.i != noun.i
            and child.head.pos_ == "NOUN"
            and _light_subject(r, noun)
        ):
            continue  # "Kenya issued a condemnation of the attacks by Sudan": Sudan attacked, Kenya condemned
        if child.dep_ == "prep" and child.lower_ in owners and on_noun:
            found = [x for p in child.children for x in r.refs(p, topics=False)]
            if child.lower_ in trig.holder_preps:  # "fury in Mogadishu": the capital for its state
                found = [
                    Ref(m.key)
                    for p in child.children
                    if (m := r.mention_at(p)) is not None and m.label is Label.COUNTRY
                ]
            if found:
                return found, None
        if child.lower_ in r.lex.words.including_words and child.dep_ == "prep" and "from" in owners:
            # "drew condemnation from across the region, including from Iraq and Syria": the named ones
            found = [x for p in prep_objects(child, "from") for x in r.refs(p, topics=False)]
            if found:
                return found, None
    # "approved the eighth package of sanctions", "launched hundreds of missiles at": the verb governs them
    place = _quantity(r, noun) or noun
    head = place.head
    governing = trig.verbs if trig.verbs_only else r.lex.light_verbs | trig.verbs
    if place.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in governing:
        sources, _ = _subject_refs(r, head)
        return sources, head
    if place.dep_ == "nsubjpass" and head.lemma_.lower() in r.lex.words.authored_verbs:
        author = agent(head)  # "The sanctions, which target X, were announced by Britain and Canada"
        if author is not None:
            return [x for t in (author, *author.conjuncts) for x in r.refs(t, topics=False)], head
    if (
        place.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ not in r.lex.words.reason_preps  # "impose sanctions over arms sales to X"
        # "vowed to retaliate against Israel for the strike": what a reprisal answers is another's deed
        and not (head.lower_ == "for" and head.head.lemma_.lower() in r.lex.words.reprisal_verbs)
        and (
            head.head.lemma_ in governing
            or (head.lower_ == "for" and head.head.lemma_ in r.lex.words.adopting_verbs)
            or (trig.rel == "SANCTIONS" and _laid_by(r, head))  # "placed X under sanctions"
            or (  # "Israeli and Palestinian negotiators return to Cairo for talks"
                head.lower_ == "for"
                and noun.lemma_.lower() in r.lex.words.talks_nouns
                and head.head.lemma_.lower() in r.lex.words.talks_journey_verbs
            )
        )
    ):
        sources, _ = _subject_refs(r, head.head)
        return sources, head.head
    for participle, author in authorship(noun, r.lex.words.authored_verbs)[:1]:
        return [x for x in r.refs(author, topics=False)], participle  # "the price cap ... set by the G7"
    if trig.rel == "MET_WITH" and place.dep_ == "pobj" and head.lower_ in r.lex.words.occasion_preps:
        # "made the remarks during a phone call with Putin": who spoke then took part; "agreed to keep
        # channels open at talks in Athens": the clause's verb over the adjective
        clause = head.head.head if head.head.dep_ in {"oprd", "acomp"} else head.head
        if clause.pos_ in {"VERB", "AUX"}:
            sources, _ = _subject_refs(r, clause)
            return sources, clause
    return [], None


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


def _proposed(noun: Token, lex: Lexicon) -> bool:
    """'a proposal for EU sanctions on Georgia', 'a draft of new sanctions': a measure only proposed is not
    in force (whether the proposal was blocked or not)."""
    t = noun
    while t.dep_ == "conj":
        t = t.head
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in {"for", "of"}
        and t.head.head.lemma_.lower() in lex.words.measure_proposal_nouns
    )


def _listed_on_measure(r: Reader, noun: Token, tokens: list[Token]) -> list[Token]:
    """'sanctions on three trading firms and a Turkish national it accused of ...': the parser may join the
    last target to the measure noun; an unnamed person or firm after the measure's targets is one of them."""
    if not tokens:
        return []
    last = max(t.i for t in tokens)
    return [
        c
        for c in noun.children
        if c.dep_ == "conj"
        and c.i > last
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in r.lex.words.group_targets
        and r.topic(c) is None
    ]


def _unnamed_group(r: Reader, token: Token) -> list[Ref]:
    """People or firms targeted without names ("four individuals", "three Israeli settlers", "two Russian
    companies"): one group node, so that the measure has an object (convention 10)."""
    counted = r.lex.words.quantity_nouns | r.lex.words.counting_nouns
    if token.lemma_.lower() in counted:  # "dozens of Chinese companies", "a number of officials"
        of = [p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        token = of[0] if of else token
    one = (
        token.tag_ == "NN"
        and any(  # "a Chinese company", "one Hong Kong-based firm": a group of one
            c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in token.children
        )
        and any(c.dep_ in {"amod", "compound", "nmod"} for c in token.children)
    )
    if (
        token.tag_ not in {"NNS", "NNPS"} and not one
    ) or token.lemma_.lower() not in r.lex.words.group_targets:
        return []
    if r.mention_at(token) is not None:
        return []
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ not in {"det", "poss", "punct"}]
    name = " ".join(t.text for t in words)
    # "a Turkish national", "one Lebanese businessman": one person, not a group
    label = (
        Label.PERSON if one and token.lemma_.lower() in r.lex.words.one_person_targets else Label.ORGANIZATION
    )
    key = r.ctx.entity(label, name, name)
    r.ctx.unnamed_groups.add(key)
    return [Ref(key, inferred=True)]


def _noun(r: Reader, noun: Token, trig: Trigger) -> None:
    if any(c.lower_ in trig.except_modifiers for c in noun.children if c.dep_ in _MODIFIERS):
        return  # "a general strike against the reform" is no attack
    if (
        noun.dep_ in {"dobj", "obj"}
        and noun.head.lemma_.lower() in r.lex.words.switch_verbs
        and noun.lemma_.lower() in r.lex.words.switched_nouns
    ):
        return  # "switched recognition from Taiwan to China": `_switched` reads it (Taiwan recognizes no one)
    if trig.undone is not None and _undone(r, noun, trig):
        return  # ("lifted the restrictions on Gaza": undone whatever its modifiers)
    if not _modified_as_needed(noun, trig):
        return  # "sales of bonds" are no arms sales
    if trig.rel is None and trig.undone is not None:
        return  # a prisoner or a restriction states nothing until it is undone
    if trig.rel == "MET_WITH" and _told_during(r, noun):
        return
    if trig.rel == "MET_WITH" and convened(r, noun):
        return  # "announced a joint summit in Doha": convened (ORGANIZED), not met (membership.py)
    if (
        trig.rel == "MET_WITH"
        and noun.lemma_.lower() in r.lex.words.proposal_nouns
        and noun.head.lemma_.lower() not in r.lex.words.phoning_verbs  # ("received a call from Putin to ...")
        and _asks_for(noun)
    ):
        return  # "rejected calls from Brussels to sanction Russia": a demand, not a phone call
    carrier = _quantity(r, noun) or noun  # ("closed two of its border crossings": through the count)
    if trig.rel == "MET_WITH":
        parties = _between(r, noun)  # "the first meeting between the US, Japan and South Korea"
        parties = parties or [Ref(k) for k in r.hyphen_chain(noun)]  # "the Trump-Putin summit"
        if len(parties) >= 2:
            modality, conf = (noun_modality(noun, r.lex), 0.85)
            if modality is Modality.ASSERTED and carrier.dep_ in {"dobj", "obj", "nsubjpass"}:
                modality = r.modality(carrier.head)[0]  # "will host talks between A and B": not yet held
            _pairwise(r, "MET_WITH", parties, modality, conf)
            return
    if "AIDS" in (trig.rel, trig.preps.get("to")) and _acquired(r, noun, trig):
        return
    sources, governor = _noun_actor(r, noun, trig)
    if (
        trig.verbs_only
        and governor is None
        and carrier.dep_ in {"dobj", "obj"}
        and carrier.head.lemma_ in trig.verbs
    ):
        governor = (
            carrier.head
        )  # "closed its airspace to ...": the owner acts, through one of the noun's verbs
    if trig.verbs_only and governor is None:
        return  # "Armenia's EU membership would anger Moscow" is no request; "is seeking membership" is
    if not sources and governor is not None and trig.rel in _VOICED:
        sources = _voice_refs(r, governor)  # "the resolution reaffirms support for Ukraine"
    if not sources and trig.rel == "ATTACKED" and (taken := _receiver(r, noun, "ATTACKED")) is not None:
        # "came under fire from Chinese ships": 'from' hung on the verb
        sources = [x for phrase in ("from", "by") for t in prep_objects(taken, phrase) for x in r.refs(t)]
    if trig.subjects is not None:  # "the sanctions put pressure on Russia": no actor asks
        sources = [s for s in sources if label_of_ref(s, r.topics) in trig.subjects]
    if (
        trig.rel == "REQUESTS"
        and governor is not None
        and any(s.lemma_.lower() in r.lex.words.fighter_nouns for s in subjects(governor)[0])
    ):
        return  # "Russian troops kept up pressure on Ukrainian positions": force, not a demand
    if not sources:
        return
    modality, conf = r.modality(governor) if governor is not None else (noun_modality(noun, r.lex), 0.85)
    if modality is Modality.ASSERTED and (wished_noun(noun, r.lex) or _proposed(noun, r.lex)):
        modality = Modality.HYPOTHETICAL  # "expressed openness to negotiations with Sweden"
    if modality is Modality.ASSERTED and trig.rel == "AIDS" and governor is not None:
        # "pledged $1 billion in aid to Manila": promised, still to come; "offered Pakistan a loan": an offer
        # (support pledged or offered is a stance held now: "offered his full support")
        if governor.lemma_.lower() in r.lex.words.promising_verbs:
            modality = Modality.FUTURE
        elif governor.lemma_.lower() in r.lex.words.offering_verbs:
            modality = Modality.HYPOTHETICAL
    if (  # "announced a joint summit in Doha next week": no meeting yet
        modality is Modality.ASSERTED
        and trig.rel == "MET_WITH"
        and noun_modality(noun, r.lex) is Modality.FUTURE
    ):
        modality = Modality.FUTURE
    if any(c.lower_ in {"no", "without"} for c in noun.children):
        modality = Modality.NEGATED
    prefixed = any(c.dep_ == "neg" and c.lower_ == "non" for c in noun.children)
    if prefixed:  # "Serbia's non-recognition of Kosovo": the act withheld, its undoing held (REJECTS)
        modality = Modality.NEGATED
    if carrier.dep_ in {"dobj", "obj"} and carrier.head.lemma_.lower() in r.lex.words.withholding_verbs:
        modality = Modality.NEGATED  # "has withheld its recognition of the result"
    rel = trig.rel
    by_rel: dict[str, list[Ref]] = {rel: []} if rel is not None else {}
    for phrase, tokens in _noun_preps(r, noun, governor, trig).items():
        this = trig.preps[phrase]
        # ("opened fire on Malaysian fishermen", "an attack on a camp for Rwandan refugees": their state)
        aimed = [x for t in tokens for x in r.refs(t) or _struck_state(r, t, trig, this)]
        if this == "SANCTIONS" and not aimed and noun.lemma_.lower() in r.lex.words.trade_measures:
            # "tariffs on French brandy", "on Australian barley": goods named by their state's adjective
            aimed = [
                Ref(m.key, inferred=True)
                for t in tokens
                for c in t.children
                if c.dep_ in {"amod", "compound", "nmod"}
                and (m := r.mention_at(c)) is not None
                and m.label is Label.COUNTRY
            ]
            aimed += [  # "duties on electric vehicles made in China", "on steel from Vietnam"
                Ref(m.key, inferred=True)
                for t in tokens
                for c in t.children
                for place in (
                    [
                        p
                        for a in c.children
                        if a.dep_ == "prep" and a.lower_ in {"in", "by"}
                        for p in a.children
                    ]
                    if c.dep_ == "acl" and c.lemma_.lower() in r.lex.words.origin_verbs
                    else [p for p in c.children if p.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ == "from"
                    else []
                )
                if (m := r.mention_at(place)) is not None and m.label is Label.COUNTRY
            ]
        if this == "SANCTIONS":
            aimed = _sanctioned(r, tokens, aimed)
            aimed += [x for t in _listed_on_measure(r, noun, tokens) for x in _unnamed_group(r, t)]
        if this == "AIDS" and not aimed:
            aimed = _aided_in(r, tokens, governor)  # "delivered food to flood victims in Pakistan"
        by_rel.setdefault(this, []).extend(aimed)
    if rel is not None and "of" not in trig.preps and any(c.dep_ == "poss" for c in noun.children):
        # "Tehran's backing of Hamas": with its owner named, the noun's 'of' phrase is what it is aimed at
        # (without one, "the backing of the AU" names who backs)
        by_rel[rel] += [x for t in prep_objects(noun, "of") for x in r.refs(t)]
    if rel is not None:
        by_rel[rel] += _modifier_objects(r, noun, trig)
        if _by_agents(r, noun):  # "Taiwan's recognition by Paraguay": Paraguay recognizes Taiwan
            by_rel[rel] += [x for c in noun.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
    given = trig.preps.get("to", rel)
    if governor is not None and given is not None:
        by_rel.setdefault(given, []).extend(_receivers(r, noun, governor))
    if rel is not None and trig.targeting:  # "sanctions targeting Russian banks", "the sanctions target X"
        for holder in [h for h in (noun, _quantity(r, noun)) if h is not None]:
            aims = [c for c in holder.children if c.dep_ in {"acl", "relcl"}]  # "the sanctions, which target"
            if holder.dep_ in {"nsubj", "nsubjpass"} and holder.head.pos_ == "VERB":
                aims.append(holder.head)
            for aim in aims:
                if aim.lemma_.lower() in trig.targeting:
                    aimed = [x for o in direct_objects(aim) for x in r.refs(o)]
                    if rel == "SANCTIONS":  # "the sanctions target five Iranian officials": the group
                        aimed = _sanctioned(r, direct_objects(aim), aimed)
                    own = {r.ctx.actor(x.key) for x in sources}  # "sanctions by the EU and Britain hit its
                    by_rel[rel] += [
                        x for x in aimed if r.ctx.actor(x.key) not in own
                    ]  # exports": not Britain
    if rel is not None and trig.through:
        for child in noun.children:
            if child.dep_ in {"acl", "xcomp", "relcl"} and child.pos_ == "VERB":
                by_rel[rel] += [x for o in direct_objects(child) for x in r.refs(o)]
    if rel == "MET_WITH" and not by_rel[rel]:  # "a summit in Hanoi, where Xi was making his first visit"
        by_rel[rel] = _where(r, governor if governor is not None else noun.head)
    if rel == "MET_WITH" and not by_rel[rel] and governor is not None:
        by_rel[rel] = _talks_abroad(r, governor, sources)  # "X's minister is in Beijing for talks"
    receiver = _receiver(r, noun)
    if rel == "MET_WITH" and not by_rel[rel] and receiver is not None:  # "received a phone call from the
        found, _ = subjects(receiver)  # Saudi crown prince": the caller talked with the one called
        by_rel[rel] = [x for t in found for x in r.refs(t, topics=False)]
    during = noun.dep_ == "pobj" and noun.head.lower_ in r.lex.words.occasion_preps
    journey = "to" in trig.preps  # a visit or trip, not a meeting of many ("a meeting of EU ministers")
    if rel == "MET_WITH" and not by_rel[rel] and during and journey and noun.head.head.pos_ == "VERB":
        # "Vietnam signed a deal during a visit by Xi": the visitor met the clause's subject
        own = {r.ctx.actor(s.key) for s in sources}
        by_rel[rel] = [
            x
            for x in _subject_refs(r, noun.head.head)[0]
            if label_of_ref(x, r.topics) in ACTORS and r.ctx.actor(x.key) not in own
        ]
    if rel == "MET_WITH" and not by_rel[rel]:
        _pairwise(r, rel, sources, modality, conf)  # "Seoul and Tokyo held talks"
        return
    despite = noun.head.lower_ in r.lex.words.despite_preps and rel in _VOICED
    if (
        rel is not None
        and ((rel == "SUPPORTS" and noun.head.lower_ == "with") or despite)
        and not by_rel.get(rel)
        and noun.dep_ == "pobj"
    ):
        # "the resolution was adopted with the support of Mexico": what the clause is about is supported;
        # "the motion passed despite opposition from Hungary", "amid criticism from Kyiv": it is opposed
        clause = noun.head.head
        if clause.pos_ in {"NOUN", "PROPN"} and clause.dep_ in {"dobj", "obj"} and clause.head.pos_ == "VERB":
            clause = clause.head  # "is stirring trouble with the backing of Washington": on the verb's object
        if (
            clause.dep_ in {"ccomp", "xcomp"}
            and clause.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ):  # "allowed a Chinese vessel to dock despite objections from India": the one who allowed it
            clause = clause.head
        if clause.pos_ in {"VERB", "AUX"}:
            about = [c for c in clause.children if c.dep_ in {"nsubjpass", "nsubj"}]
            if not about and clause.dep_ == "acl" and clause.head.pos_ in {"NOUN", "PROPN"}:
                about = [clause.head]  # "The motion passed despite ..." read as a noun with a modifier
            by_rel[rel] = [x for c in about for x in r.refs(c)]
            modality, conf = r.modality(clause)
            if rel == "REJECTS":  # "Thailand deported them despite objections from the US": the deed's doer
                doers = [x for x in by_rel[rel] if label_of_ref(x, r.topics) in ACTORS]  # is criticized
                by_rel[rel] = [x for x in by_rel[rel] if x not in doers]
                by_rel.setdefault("CRITICIZES", []).extend(doers)
    if rel is not None and not by_rel.get(rel):
        receiver = _receiver(r, noun, rel)
        if receiver is not None:
            # "Israel has faced criticism from Ukraine", "the plan drew criticism from China", "prompting
            # protests and a rebuke from Brussels": the stance is aimed at what faced it
            found, _ = subjects(receiver)
            by_rel[rel] = [x for t in found for x in r.refs(t)]
            if not by_rel[rel]:  # "Israel's recognition of Somaliland drew condemnation": the act's owner
                by_rel[rel] = [
                    x
                    for t in found
                    for c in t.children
                    if c.dep_ == "poss"
                    for x in r.refs(c, topics=False)
                    if label_of_ref(x, r.topics) in ACTORS
                ]
            modality, conf = r.modality(receiver)
            if rel == "AIDS" and receiver.lemma_.lower() in r.lex.words.denying_verbs:
                modality = Modality.HYPOTHETICAL  # "Tunisia rejected an IMF loan": offered, never given
        elif rel in {"SUPPORTS", "REJECTS"} and (before := unaimed_stance(r, noun)):
            by_rel[rel] = before  # "also expressed their support": the treaty named before
            modality, conf = r.modality(noun.head)
        elif (beneficiaries := _beneficiaries(r, noun)) is not None:
            by_rel[rel] = beneficiaries
        elif rel == "AIDS" and (helped := _aid_purpose(r, noun, governor)):
            by_rel[rel] = helped  # "pledged $50 million to help rebuild Gaza"
        elif rel in {"SANCTIONS", "REQUESTS"} and (held_under := _under_measure(r, noun)):
            # "Dodik, who is under US sanctions", "under pressure from Washington": the one under them
            by_rel[rel] = held_under
        elif rel == "SANCTIONS" and (opposed := _opposed_by_target(r, noun, carrier)):
            by_rel[rel], modality = opposed, Modality.ASSERTED  # ("rejected": not an offer declined)
        elif rel == "SANCTIONS" and (enduring := _endured_by(r, noun, carrier)):
            by_rel[rel] = enduring  # "Zimbabwe has weathered two decades of sanctions imposed by Washington"
        elif rel == "SANCTIONS" and (governor is not None or _struck_with(carrier)):
            by_rel[rel] = _means_of(r, governor) if governor is not None else []
            # "Iran was hit with new sanctions by the EU", "with a round of sanctions": the passive subject
            held = _struck_with(carrier)
            if not by_rel[rel] and held:
                by_rel[rel] = _sanctioned(r, held, [x for c in held for x in r.refs(c, topics=False)])
        elif rel == "PROTESTS":  # "North Korea fired missiles. Tokyo lodged a protest": at the doer
            by_rel[rel] = r.deed_doer({r.ctx.actor(s.key) for s in sources})
        elif rel == "REQUESTS" and governor is not None and noun.lemma_.lower() in r.lex.words.account_nouns:
            by_rel[rel] = _charged_before(r, governor)  # "accused Russia of ... and demanded an apology"
    for this, targets in by_rel.items():
        if this == "REQUESTS":
            targets = _requested(r, targets)
        this_modality = modality
        if this == "SANCTIONS" and modality is Modality.HYPOTHETICAL and _opposed_by(r, carrier, targets):
            this_modality = Modality.ASSERTED  # "Tehran rejected new sanctions by Canada on its oil sector"
        blocked = (
            this == "AIDS"
            and governor is None
            and carrier.dep_ in {"dobj", "obj"}
            and carrier.head.lemma_.lower() in r.lex.words.blocking_verbs
        )
        if prefixed and this == rel and trig.undone in _HOSTILE:
            _emit_all(r, trig.undone, sources, targets, Modality.ASSERTED, conf - 0.1)
        if blocked:  # (aid turned down by its receiver backs no one: "Zambia rejected an IMF bailout")
            blockers = {r.ctx.actor(x.key) for x in _subject_refs(r, carrier.head)[0]}
            blocked = not blockers & {r.ctx.actor(t.key) for t in targets}
        if blocked and this_modality is Modality.HYPOTHETICAL:
            # "Hungary blocked EU aid to Ukraine": the aid is not given, but the EU still backs Ukraine
            _emit_all(r, this, sources, targets, this_modality, conf)
            _emit_all(r, trig.also.get(this, this), sources, targets, Modality.ASSERTED, conf - 0.1)
            continue
        _emit_all(r, this, sources, targets, this_modality, conf, trig)
    if rel == "ATTACKED" and governor is not None:  # "carried out airstrikes on Rafah": they organized them
        struck = topic_of(noun, r.lex, r.active)
        handle = r.topic(noun) if struck is not None and struck.kind in r.lex.words.struck_kinds else None
        if handle is not None:
            _emit_all(r, "ORGANIZED", sources, [Ref(handle)], modality, conf)
            # "carried out airstrikes in Iran": the state the strikes are in is attacked (inferred)
            node = r.topics[int(handle.split(":")[1])] if handle.startswith("?topic:") else None
            own = {r.ctx.actor(s.key) for s in sources}
            hit = [
                Ref(k, inferred=True)
                for k in (node.targets if node is not None else [])
                if key_label(k) is Label.COUNTRY and r.ctx.actor(k) not in own
            ]
            # (not when the strikes name whom they were against: "in Syria against Islamic State")
            done = [c for c in r.ctx.claims if c.type == "ATTACKED" and c.sent.index == r.info.index]
            if not done:
                _emit_all(r, "ATTACKED", sources, hit, modality, conf - 0.15)
    if rel == "SANCTIONS" and modality is Modality.NEGATED and governor is not None:
        # "the only country that does not impose sanctions on Russia" rejects the sanctions (convention)
        handle = r.topic(noun)
        if handle is not None:
            _emit_all(r, "REJECTS", sources, [Ref(handle, inferred=True)], Modality.ASSERTED, conf)


_MODIFIERS = {"compound", "nmod", "amod"}


def _modified_as_needed(noun: Token, trig: Trigger) -> bool:
    """Whether a noun that states its relation only with one of its modifiers ("arms sales", not "sales of
    bonds") has one."""
    # ("the sale of K2 tanks to Poland": what is sold, after 'of', counts too)
    aimed = [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ in {*trig.preps, "of"} for p in c.children
    ]
    return not trig.only_modifiers or any(
        c.lower_ in trig.only_modifiers or c.lemma_.lower() in trig.only_modifiers
        # ("the sale of aircraft spare parts to Taiwan": what is sold named by its own modifier, round 23)
        for c in [*noun.children, *aimed, *(m for p in aimed for m in p.children if m.dep_ in _MODIFIERS)]
        if c.dep_ in _MODIFIERS or c.dep_ in {"nummod", "pobj"}  # "F-16 jets": the model's number
    )


def _talks_abroad(r: Reader, verb: Token, sources: list[Ref]) -> list[Ref]:
    """'Kazakhstan's foreign minister is in Beijing for talks', 'returned to Kabul for talks': one state's
    envoy gone to another's capital for talks meets that state (several parties meet each other instead)."""
    own = {r.ctx.actor(s.key) for s in sources}
    if verb.lemma_.lower() not in r.lex.words.talks_journey_verbs or len(own) != 1:
        return []
    return [
        Ref(m.key, inferred=True)
        for phrase in ("in", "to")
        for p in prep_objects(verb, phrase)
        if (m := r.mention_at(p)) is not None and m.label is Label.COUNTRY and r.ctx.actor(m.key) not in own
    ]


def _where(r: Reader, verb: Token) -> list[Ref]:
    """The place a 'where' clause hangs on: 'a summit in Pyongyang, where Putin was making his visit'."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    m = r.mention_at(verb.head)  # a capital stands for its state here (the visit is to the state)
    return [Ref(m.key)] if m is not None and m.label is Label.COUNTRY else []


def _acquired(r: Reader, noun: Token, trig: Trigger) -> bool:
    """'Russia received artillery shells from North Korea', 'bought drones from Iran': whoever the arms or
    aid come from aids the one who gets them (as a sale to someone supports the buyer)."""
    place = _quantity(r, noun) or noun
    while place.dep_ == "conj":  # "received jets and artillery shells from"
        place = place.head
    verb = place.head
    if place.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in r.lex.words.acquiring_verbs:
        return False
    if trig.verbs_only and verb.lemma_.lower() in r.lex.words.buying_verbs:
        return (
            False  # "imported fuel from Russia", "bought grain from Ukraine": goods or sums bought are trade
        )
    givers = [
        x
        for holder in (verb, place, noun)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
    ]
    takers, _ = _subject_refs(r, verb)
    if not givers or not takers:
        return False
    modality, conf = r.modality(verb)
    _emit_all(r, "AIDS", givers, takers, modality, conf, trig)
    return True


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


def _aid_purpose(r: Reader, noun: Token, governor: Token | None) -> list[Ref]:
    """'pledged $50 million to help rebuild Gaza', 'gave aid to support refugees in Sudan': aid given for a
    purpose of helping (lexicon aid_purpose_verbs) goes to the place or actor that purpose names (inferred):
    the purpose verb's object, the object of a verb under it, or a place those objects are in."""
    words = r.lex.words
    holders = [h for h in (noun, _quantity(r, noun), governor) if h is not None]
    purposes = [
        c
        for h in holders
        for c in h.children
        if c.dep_ in {"acl", "advcl", "xcomp", "relcl"}
        and c.lemma_.lower() in words.aid_purpose_verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    # "to help rebuild Gaza": the verb under the first, when it helps too
    purposes += [
        c
        for p in purposes
        for c in p.children
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in words.aid_purpose_verbs
    ]
    objects = [o for p in purposes for o in direct_objects(p)]
    # "to help Mauritania manage migration": the one helped is the subject of the verb under 'help'
    objects += [
        s
        for p in purposes
        for c in p.children
        if c.dep_ in {"ccomp", "xcomp"}
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    found = [x for o in objects for m in r.members(o) for x in r.refs(m, topics=False)]
    found = [x for x in found if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}]
    # "refugees in Sudan", "to help families in Lebanon": a state the purpose is carried out in
    places = [p for h in (*purposes, *objects) for p in prep_objects(h, "in")]
    found += [
        x
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    return [Ref(x.key, True) for x in found]


def _aided_in(r: Reader, tokens: list[Token], governor: Token | None) -> list[Ref]:
    """The state people in need are in, when aid goes to them: 'food to flood victims in Pakistan', 'tents
    for displaced families in Gaza' (inferred; lexicon aided_people); the place may hang on the verb of
    giving ('delivered food to flood victims in Pakistan', as the model reads it)."""
    needy = [
        t
        for t in tokens
        if t.lemma_.lower() in r.lex.words.aided_people or t.lower_ in r.lex.words.aided_people
    ]
    places = [
        p
        for t in needy
        for p in prep_objects(t, "in")
        or _plight_places(t)
        or (prep_objects(governor, "in") if governor is not None else [])
    ]
    return [
        Ref(x.key, True)
        for p in places
        for m in r.members(p)
        for x in r.refs(m, topics=False)
        if label_of_ref(x, r.topics) in {Label.COUNTRY, Label.REGION}
    ]


def _plight_places(people: Token) -> list[Token]:
    """Where the plight a clause on people in need names is: 'refugees fleeing the fighting in Sudan',
    'families displaced by the floods in Pakistan', 'refugees fleeing Sudan'."""
    out: list[Token] = []
    for clause in (c for c in people.children if c.dep_ == "acl"):
        out += [o for o in clause.children if o.dep_ in {"dobj", "obj"} and o.pos_ == "PROPN"]
        out += [p for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "in" for p in t.children]
    return [p for p in out if p.dep_ in {"dobj", "obj", "pobj"}]


def _beneficiaries(r: Reader, noun: Token) -> list[Ref] | None:
    """Whom a support a noun names without its object goes to (states for their officials), or None:
    the one who gives thanks ("Kyiv thanked Tokyo for its support"), the one assured ("assured Kyiv of
    Berlin's continued support", 'of' on the verb or on the one assured)."""
    if noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if verb.dep_ in {"dobj", "obj"} and prep.lower_ == "of":
        verb = verb.head
    lemma = verb.lemma_.lower()
    thanked = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    thanks = r.lex.words.thanks_nouns
    noun_of_thanks: Token | None
    if (verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"} and verb.head.pos_ == "VERB") or (
        verb.pos_ == "ADJ"
        and verb.dep_ == "acomp"
        and verb.lemma_.lower() in thanks  # "is grateful to X for"
    ):
        noun_of_thanks, verb = verb, verb.head  # "expressed gratitude to France for its support"
    else:
        acomps = [c for c in verb.children if c.dep_ == "acomp"]  # "is grateful to Oslo for its support"
        noun_of_thanks = (
            next(iter(direct_objects(verb) + acomps), None) if verb.pos_ in {"VERB", "AUX"} else None
        )
    gave_thanks = (  # "voiced its thanks to Ankara for its help": thanks given to someone
        noun_of_thanks is not None
        and noun_of_thanks.lemma_.lower() in thanks
        and bool(
            prep_objects(noun_of_thanks, "to") or prep_objects(verb, "to") or noun_of_thanks.i == prep.head.i
        )
    )  # ("expressed gratitude for Australia's support": the thanks' own 'for')
    if prep.lower_ == "for" and ((lemma in r.lex.words.thanking_verbs and thanked) or gave_thanks):
        found = [x for t in subjects(verb)[0] for x in r.refs(t)]
    elif prep.lower_ == "of" and verb.pos_ == "VERB" and lemma in r.lex.words.assuring_verbs:
        found = [x for o in direct_objects(verb) for x in r.refs(o, topics=False)]
    else:
        return None
    return [Ref(r.ctx.actor(x.key), x.inferred) for x in found]


def _opposed_by_target(r: Reader, noun: Token, carrier: Token) -> list[Ref]:
    """'Venezuela dismissed the latest sanctions by Washington', 'Iran condemned a fresh round of
    sanctions by Britain': measures whose agent is named and whose target is not, opposed by a state,
    were aimed at that state (inferred). ``carrier``: the noun or the quantity that carries it."""
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for h in (noun, carrier) for c in h.children):
        return []
    trig = r.lex.verbs.get(carrier.head.lemma_.lower())
    if trig is None or trig.rel not in {"CONDEMNS", "CRITICIZES", "PROTESTS"}:  # (not "rejected": a
        # third party's refusal, "Hungary rejected new sanctions by the EU", is of measures proposed)
        return []
    return [
        Ref(x.key, inferred=True)
        for x in _object_takers(r, carrier)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _endured_by(r: Reader, noun: Token, carrier: Token) -> list[Ref]:
    """'Zimbabwe has weathered two decades of sanctions imposed by the US', 'Cuba has suffered under the
    embargo imposed by Washington': measures with no target named, borne by a state, hit that state."""
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for h in (noun, carrier) for c in h.children):
        return []
    head = carrier
    while head.dep_ in {"pobj", "prep", "dobj", "obj"} and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in r.lex.words.enduring_verbs:
        return []
    return [
        Ref(x.key, inferred=True)
        for t in subjects(head)[0]
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]


def _opposed_by(r: Reader, carrier: Token, targets: list[Ref]) -> bool:
    """Whether the measures' target is the one who rejects them (so they were imposed, not offered)."""
    rejecters = {r.ctx.actor(x.key) for x in _object_takers(r, carrier)}
    return any(r.ctx.actor(t.key) in rejecters for t in targets)


def _object_takers(r: Reader, carrier: Token) -> list[Ref]:
    """Who takes a stance on ``carrier`` as the object of their verb (none unless it is one)."""
    if carrier.dep_ not in {"dobj", "obj"}:
        return []
    return [x for t in subjects(carrier.head)[0] for x in r.refs(t, topics=False)]


def _quantity(r: Reader, noun: Token) -> Token | None:
    """The noun that counts or carries this one: 'hundreds' in 'hundreds of missiles', 'million' in
    '$100 million in aid'."""
    words = r.lex.words
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in words.quantity_nouns:
        return noun.head  # "its 14th sanctions package against Russia"
    if noun.dep_ != "pobj":
        return None
    prep, holder = noun.head, noun.head.head.lemma_.lower()
    if prep.lower_ == "of" and noun.head.head.pos_ == "NUM" and noun.head.head.dep_ in {"dobj", "nsubjpass"}:
        return noun.head.head  # "closed two of its border crossings"
    if (prep.lower_ == "of" and holder in words.quantity_nouns) or (
        prep.lower_ in words.counting_preps and holder in words.counting_nouns
    ):
        return noun.head.head
    if prep.lower_ in words.counting_preps and prep.head.pos_ == "VERB":
        # "suspended $100 million in aid to Niger", the model hanging "in aid" on the verb: the sum
        return next(
            (
                o
                for o in prep.head.children
                if o.dep_ in {"dobj", "obj"}
                and o.right_edge.i + 1 == prep.i
                and o.lemma_.lower() in words.counting_nouns
            ),
            None,
        )
    return None


def _receivers(r: Reader, noun: Token, governor: Token) -> list[Ref]:
    """Who is given the noun without a 'to': 'provided Ukraine with missiles' (the verb's object),
    'gave Tanzania a grant' (its indirect object)."""
    held = _quantity(r, noun) or noun
    if held.dep_ == "pobj" and held.head.lower_ == "with" and held.head.head.i == governor.i:
        tokens = direct_objects(governor)
    elif held.dep_ in {"dobj", "obj"}:
        tokens = [c for c in governor.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    else:
        tokens = []
    return [x for t in tokens for x in r.refs(t, topics=False)]


def _noun_preps(r: Reader, noun: Token, governor: Token | None, trig: Trigger) -> dict[str, list[Token]]:
    """The noun's prepositional objects by preposition, also where the parser hung them on the verb
    ("issued an ultimatum to X") or on a quantity ("a shipment of weapons to Ukraine")."""
    out: dict[str, list[Token]] = {}
    holders = [noun, _quantity(r, noun), governor]
    if trig.rel == "WITHDREW_FROM":  # "the pullout of its contingent from Congo", 'from' hung on the forces
        forces = r.lex.verbs["withdraw"].object_heads or frozenset()
        holders += [p for p in prep_objects(noun, "of") if p.lemma_.lower() in forces]
    verb = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.i != getattr(governor, "i", -1) else None
    own = r.lex.verbs.get(verb.lemma_.lower()) if verb is not None else None
    for holder in [h for h in holders if h is not None]:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in trig.preps:
                # (not the noun itself: "a wave of criticism" is no criticism of criticism); a conjunct of
                # the same preposition too: "their commitment to the AU and to ECOWAS"
                same = [child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_)]
                out.setdefault(child.lower_, []).extend(
                    p for c in same for p in c.children if p.dep_ == "pobj" and p.i != noun.i
                )
            if child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"} and "to" in trig.preps:
                out.setdefault("to", []).append(child)  # "promised Ukraine continued support"
    for child in verb.children if verb is not None else []:
        # "condemned the German arms sales to Ukraine" with "to" hung on the verb, which takes no "to";
        # "offered its support to Nicaragua" (a dative)
        if (
            child.dep_ in {"prep", "dative"}
            and child.lower_ in trig.preps
            and (own is None or child.lower_ not in own.preps)
        ):
            out.setdefault(child.lower_, []).extend(p for p in child.children if p.dep_ == "pobj")
        if child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"} and "to" in trig.preps:
            out.setdefault("to", []).append(child)  # "promised Armenia its support"
    if out.get("against"):  # "lodged a protest with the OSCE against Russia": the OSCE only hears it
        out.pop("with", None)
        out.pop("to", None)
    if "to" in trig.preps:  # "a shipment of arms bound for Kyiv"
        out.setdefault("to", []).extend(p for h in holders if h is not None for p in _bound_for(r, h))
    if trig.rel == "SANCTIONS":  # "closed its airspace to all aircraft coming from or going to Mali"
        for phrase in [p for p in ("to", "for") if p in out]:
            out[phrase] += _carried_between(r, out[phrase])
    if (
        trig.rel == "SANCTIONS"
    ):  # "export controls on goods bound for Russia", "on exports of chips to China":
        # a measure on things (not on an actor) falls on where they go or come from
        things = [p for p in out.get("on", []) + out.get("against", []) if r.mention_at(p) is None]
        goods = [g for p in things for g in (p, *prep_objects(p, "of"))]
        aimed = [
            d
            for h in (
                *goods,
                noun,
                verb or governor,
            )  # the destination or the origin hung on the noun or the verb
            if h is not None
            for phrase in ("to", "from")
            for d in prep_objects(h, phrase)
            if goods and d.i > goods[0].i
        ]
        aimed += [d for g in goods for d in _bound_for(r, g)]
        if aimed:
            out["on" if "on" in out else "against"] += aimed
    return out


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


def _carried_between(r: Reader, held: list[Token]) -> list[Token]:
    """Where carriers a measure shuts out come from or go to, told by their participles: 'aircraft coming
    from or going to Mali', 'flights bound for Minsk', 'ships sailing from Russian ports'."""
    return [
        p
        for c in held
        if c.lemma_.lower() in r.lex.words.carrier_nouns
        for v in c.children
        if v.dep_ == "acl" and v.tag_ in {"VBG", "VBN"}
        for w in (v, *v.conjuncts)
        for phrase in ("from", "to", "for")
        for p in prep_objects(w, phrase)
    ]


def _bound_for(r: Reader, holder: Token) -> list[Token]:
    """Where a thing is headed, told by a participle: 'goods bound for Russia', 'chips destined for China'."""
    heading = r.lex.words.destination_participles
    return [
        p
        for h in (holder, *prep_objects(holder, "of"))  # "a shipment of tanks bound for Kyiv"
        for c in h.children
        if c.dep_ in {"acl", "amod"} and (c.lower_ in heading or c.lemma_.lower() in heading)
        for phrase in ("for", "to")
        for p in prep_objects(c, phrase)
    ]


def _modifier_objects(r: Reader, noun: Token, trig: Trigger) -> list[Ref]:
    """Targets named in a modifier: 'their NATO membership applications', 'Israeli hostages'."""
    return [
        Ref(m.key)
        for child in noun.children
        if child.dep_ in _MODIFIERS
        for m in [r.mention_at(child)]
        if m is not None and m.label in trig.modifier_objects
    ]


def _rejoined_lemma(verb: Token) -> str:
    """A verb's lemma with the prefix the tokenizer split off: 're-open' parsed as 're', '-', 'open'."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re":
        return "re" + verb.lemma_.lower()
    return verb.lemma_.lower()


def _receiver_before(r: Reader, held: Token, trig: Trigger) -> list[Token]:
    """'offered to hand over to Tanzania two of its nationals', 'handed over to Chad two suspects wanted for
    ...': the captives shifted after the receiver's 'to' phrase and parsed as anything but the object (a
    clause's subject, a phrase on a number); the receiver, when only a number, a determiner, 'of' and a
    possessive stand between it and the captives and the 'to' hangs on a verb that frees or hands over."""
    for p in reversed(held.doc[max(held.sent.start, held.i - 6) : held.i]):
        if p.dep_ == "pobj" and p.head.lower_ == "to" and p.head.head.lemma_.lower() in trig.undone_by:
            between = held.doc[p.i + 1 : held.i]
            if all(t.pos_ in {"NUM", "DET"} or t.lower_ == "of" or t.dep_ == "poss" for t in between):
                return [p] if r.refs(p, topics=False) else []
            return []
    return []


def _undone(r: Reader, noun: Token, trig: Trigger) -> bool:
    """'The US lifted sanctions on Venezuela', 'Hamas freed Israeli hostages': whoever undoes the measure
    or the detention concedes to its target. False when nothing undoes it (or the undoing is negated)."""
    held = noun
    if (counted := _quantity(r, noun)) is not None:
        # "handed over the bodies of 563 soldiers", "freed a batch of prisoners", "its aid programme"
        held = counted
    # "lifted some of the sanctions on Niger", "suspended part of its aid programme"
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lower_ in r.lex.words.part_words:
        held = held.head.head
    verb = held.head
    nominal = _undoing_nominal(r, held)
    # "handed over to Cameroon two suspects": the object shifted after the 'to' phrase, parsed as its second
    # object (the receiver is the first)
    to = held.head if held.dep_ == "pobj" and held.head.lower_ == "to" and trig.undone == "CONCEDES" else None
    shifted = [
        p for p in (to.children if to is not None else ()) if p.dep_ == "pobj" and p.i < held.i
    ] + [  # (or the receiver taken as the captives' modifier: "to [Niger four suspects]")
        c
        for c in (held.children if to is not None else ())
        if to is not None
        and c.dep_ in {"nmod", "compound"}
        and c.i == to.i + 1
        and r.mention_at(c) is not None
    ]
    concede = nominal is None and trig.undone == "CONCEDES"
    fronted = []  # "will hand over to Armenia the two soldiers": the receiver before the object
    if not shifted and concede and held.dep_ == "dobj":
        fronted = _receiver_before(r, held, trig)
    elif not shifted and concede and held.dep_ != "nsubjpass":
        shifted = _receiver_before(r, held, trig)  # "handed over to Tanzania two of its nationals"
        held = shifted[0] if shifted else held  # (its 'to', whose verb hands them over)
    told = (
        False  # "The sanctions imposed on Iran by the US were lifted": imposed (told) and lifted, by the US
    )
    if nominal is not None:  # "announced a suspension of flights to Somalia": the suspension undoes them
        acting, verb = nominal
        if acting not in trig.undone_by:
            return False
        modality, conf = (
            r.modality(verb.head) if verb.dep_ in {"dobj", "obj"} else (noun_modality(verb, r.lex), 0.85)
        )
        sources = [x for c in verb.children if c.dep_ == "poss" for x in r.refs(c, topics=False)]
        # "announced", "ordered the release of" (not "demanded the lifting of": asked of another)
        announced = r.lex.light_verbs | r.lex.words.ordering_verbs
        if not sources and verb.dep_ in {"dobj", "obj"} and verb.head.lemma_.lower() in announced:
            sources, _ = _subject_refs(r, verb.head)
    else:
        if shifted:
            verb = held.head.head
        elif held.dep_ not in {"dobj", "nsubjpass"}:
            return False
        if _rejoined_lemma(verb) not in trig.undone_by and not (
            held.i == noun.i and _own_supply_barred(r, noun, verb, trig)  # ("blocked an EU package")
        ):
            return False
        modality, conf = r.modality(verb)
        sources, _ = _subject_refs(r, verb)
    if nominal is None and not sources and is_passive(verb) and agent(verb) is None:
        for _, author in authorship(noun, r.lex.words.authored_verbs)[:1]:
            sources, told = [Ref(x.key, inferred=True) for x in r.refs(author, topics=False)], True
        if not sources:
            # "The Turkish veto of Sweden's bid was lifted", "Turkey's objections were dropped": its owner did
            sources = [
                Ref(x.key, inferred=True)
                for c in noun.children
                if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and r.mention_at(c) is not None)
                for x in r.refs(c, topics=False)
                if label_of_ref(x, r.topics) in ACTORS
            ]
    tokens = [t for ts in _noun_preps(r, noun, verb, trig).values() for t in ts]
    tokens += [  # "lifted the sanctions it imposed on Niger"
        p
        for c in noun.children
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in r.lex.words.authored_verbs
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ in trig.preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    # "lifted sanctions on Venezuela" concedes to a state; "dropped its objections to Finland's accession"
    # backs the accession
    topics = trig.undone != "CONCEDES"
    if trig.undone == "CONCEDES":  # "handed over 30 prisoners to Russia": the one they are handed to
        tokens += [p for h in (verb, noun) for p in prep_objects(h, "to") if p.i > noun.i]
        if noun.lemma_.lower() in r.lex.words.patient_nouns:  # "lifted Gabon's suspension": Gabon's own
            tokens += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if trig.undone == "AIDS":  # "forgave Iraq's debt": relief to the one who owes it
        tokens += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    tokens += shifted + fronted
    targets = [x for t in tokens for x in r.refs(t, topics=topics)] + _modifier_objects(r, noun, trig)
    if trig.undone == "SANCTIONS" and targets:  # "suspended visa-free travel for Georgian officials holding
        targets = _sanctioned(r, tokens, targets)  # diplomatic passports": those officials, not the state
    parties = list(dict.fromkeys(r.ctx.actor(x.key) for x in sources))
    if not targets and len(parties) == 2 and verb.lemma_.lower() in r.lex.words.exchanging_verbs:
        # "Russia and Ukraine swapped 95 prisoners each": each concedes to the other
        a, b = parties
        _emit_all(r, str(trig.undone), [Ref(a)], [Ref(b, True)], modality, conf)
        _emit_all(r, str(trig.undone), [Ref(b)], [Ref(a, True)], modality, conf)
        return modality is not Modality.NEGATED
    if trig.undone == "REJECTS":
        # "withdrew its application to join BRICS", "dropped its bid for EU membership"
        targets += [x for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" for x in joined(r, c)]
        targets += [
            x
            for p in prep_objects(noun, "for")
            if (sought := r.lex.nouns.get(p.lemma_.lower())) is not None
            for x in _modifier_objects(r, p, sought)
        ]
    _emit_all(r, str(trig.undone), sources, targets, modality, conf)
    if (also := trig.also.get(str(trig.undone))) is not None:  # debt relief backs the debtor too
        _emit_all(r, also, sources, targets, modality, conf)
    return modality is not Modality.NEGATED and not told


def _undoing_nominal(r: Reader, held: Token) -> tuple[str, Token] | None:
    """'A suspension of flights to Somalia', 'the lifting of sanctions on Minsk': the noun that undoes what
    its 'of' names, and the verb it stands for (lexicon undoing_nouns)."""
    if held.dep_ != "pobj" or held.head.lower_ != "of":
        return None
    nominal = held.head.head
    acting = r.lex.words.undoing_nouns.get(nominal.lemma_.lower())
    return (acting, nominal) if acting is not None and nominal.pos_ == "NOUN" else None


def _own_supply_barred(r: Reader, noun: Token, verb: Token, trig: Trigger) -> bool:
    """'Britain blocked arms sales to Israel': supplies barred that name no other supplier are the
    barring state's own, cut as with 'suspended' ('Hungary blocked EU arms sales to Ukraine' cuts none)."""
    if trig.undone != "SANCTIONS" or verb.lemma_.lower() not in r.lex.words.embargo_verbs:
        return False
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound", "nmod"} and r.mention_at(c) is not None)
        or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
    ]
    return not owners


def _struck_with(noun: Token) -> list[Token]:
    """The passive subject a measure is dealt 'with': "North Korean officials were slapped with sanctions"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or not is_passive(prep.head):
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubjpass"]


def _means_of(r: Reader, verb: Token) -> list[Ref]:
    """'trying to isolate Moscow by imposing sanctions': the measure is aimed at the main clause's object."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return []
    main = verb.head.head
    return [
        x
        for o in direct_objects(main)
        for x in r.refs(o, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
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


def _told_during(r: Reader, noun: Token) -> bool:
    """'Erdogan told Putin in a phone call that ...', 'urged his counterpart during talks to ...': the
    speaker and the one addressed met, when the meeting noun names no partner of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in r.lex.words.occasion_preps or prep.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return False  # ("in a call with X": the noun's own partner)
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma not in r.lex.words.say_verbs and lemma not in r.lex.requesting_verbs:
        return False  # ("did not arrest Putin during his visit": no words to him, and the visit stands)
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative", "obj"}]
    partners = [x for c in addressed for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    speakers = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
    if not partners or not speakers:
        return False
    modality, conf = r.modality(verb)
    _emit_all(r, "MET_WITH", speakers, partners, modality, conf - 0.05)
    return True


def _pairwise(r: Reader, rel: str, actors: list[Ref], modality: Modality, conf: float) -> None:
    states = [a for a in actors if label_of_ref(a, r.topics) in ACTORS]
    if len({r.ctx.actor(a.key) for a in states}) > 3:
        return  # four or more parties meeting is a multilateral gathering, not pairwise talks
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            r.emit(a, rel, b, modality, conf, unordered=True)
