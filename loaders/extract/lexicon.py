"""The verb and noun lexicon (``loaders/data/lexicon.yaml``) as typed records, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

import yaml

from graph.model import RELATIONS, Label
from loaders.extract.gazetteer import DATA
from loaders.extract.yamlfile import UniqueKeyLoader


@dataclass(frozen=True)
class Trigger:
    """A verb or noun that states a relation."""

    rel: str | None = None
    preps: dict[str, str] = field(default_factory=dict)
    negated: str | None = None
    through: bool = False
    objects: frozenset[Label] | None = None
    also: dict[str, str] = field(default_factory=dict)
    needs_context: bool | str = False  # "to": only with an infinitive ("told X to leave")
    modifier_objects: frozenset[Label] = frozenset()
    subjects: frozenset[Label] | None = None  # verbs: the labels its subject must have
    bare_object: bool = False  # verbs: a bare infinitive's subject is the object ("helped Russia evade")
    by_label: dict[str, str] = field(default_factory=dict)
    object_preps: bool = False  # verbs: the target's preposition may hang on the object ("fired missiles at")
    object_heads: frozenset[str] | None = (
        None  # verbs: a direct object, when there is one, must be one of these
    )
    aimed: frozenset[str] = frozenset()  # verbs: prepositions naming whom a threatened act would hit
    credit: str | None = None  # verbs: "praised X for its role": X, when this phrase names no event
    # verbs: the relation instead when the object is one (not several) and no protest is stated
    one_object: str | None = None
    spoken: str | None = (
        None  # verbs: the relation instead when a person is the subject ("attacked the plan")
    )
    verbs: frozenset[str] = frozenset()  # nouns: verbs besides the light verbs whose subject is the actor
    undone: str | None = None  # nouns: the relation of whoever undoes it ("lifted sanctions on": CONCEDES)
    undone_by: frozenset[str] = frozenset()
    except_modifiers: frozenset[str] = frozenset()  # nouns: modifiers that make it another thing
    only_modifiers: frozenset[str] = frozenset()  # nouns: they state the relation only with one of these
    verbs_only: bool = False  # nouns: only their own verbs govern them, no light verb ("seek membership")
    targeting: frozenset[str] = frozenset()  # a participle after the noun naming its target
    holder_preps: frozenset[str] = frozenset()  # nouns: prepositions besides by/from/of naming the holder


@dataclass(frozen=True)
class Topic:
    """A kind of event or agreement and the head nouns that name it."""

    kind: str
    label: Label
    heads: tuple[str, ...]
    # heads that name the kind only with one of these words on them, or a named owner:
    # "the genocide case", "South Africa's case against Israel" (but not "in any case")
    qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    # heads that do not name the kind with one of these words on them: "an independence bid" is no accession
    unless: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class JudgedRequests:
    """Words of requests read in ``judged`` (lexicon ``judged_requests``, round 23)."""

    blame_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "hold X accountable"
    punishing_verbs: frozenset[str] = frozenset()  # "urged the court to punish X"
    meeting_verbs: frozenset[str] = frozenset()  # "requested a meeting of the Council"
    meeting_nouns: frozenset[str] = frozenset()
    meeting_object_verbs: frozenset[str] = frozenset()  # "sought a meeting of" (others: "called for a ...")
    founding_treaties: dict[str, str] = field(default_factory=dict)  # treaty → the body's gazetteer name
    condition_modals: frozenset[str] = frozenset()  # "will sign only after X ..."
    only_marks: frozenset[str] = frozenset()  # "only after", "only if", "only once", "only when"
    negated_marks: frozenset[str] = frozenset()  # "will not sign unless / until X ..."
    parallel_adverbs: frozenset[str] = frozenset()  # "only if Sweden joined too": no demand
    persisting_verbs: frozenset[str] = frozenset()  # "the ban will stay until X ...": a condition
    lasting_marks: frozenset[str] = frozenset()  # (their marks: "until", "till")
    condition_make_verbs: frozenset[str] = frozenset()  # "made its signature conditional on X amending"
    condition_adjectives: frozenset[str] = frozenset()
    none_words: frozenset[str] = frozenset()  # "there will be no ties with X unless ...": a negation
    counterpart_preps: frozenset[str] = frozenset()  # (the one asked: "with X")
    mandating_verbs: frozenset[str] = frozenset()  # "was mandated by ECOWAS to mediate"
    mandate_preps: frozenset[str] = frozenset()  # "was tasked by IGAD with mediating"
    upholding_verbs: frozenset[str] = frozenset()  # "urged X to respect the award": the asker backs it
    upholding_preps: frozenset[str] = frozenset()  # "to abide by", "to comply with"
    unheld_objects: frozenset[str] = frozenset()  # "urged X to respect international law": no agreement
    restoring_nouns: frozenset[str] = frozenset()  # "demanded the restoration of constitutional order"
    restoring_verbs: frozenset[str] = frozenset()  # "said the island's order must be restored"
    restored_objects: frozenset[str] = frozenset()
    patient_heads: frozenset[str] = frozenset()  # "expelled two diplomats, which X called ...": the deed
    as_verbs: frozenset[str] = frozenset()  # "described it as a violation": 'it' is the act told before


def _judged_requests(spec: dict[str, Any]) -> JudgedRequests:
    """The ``judged_requests`` block: its word lists (lower-cased) read by their field names, as
    ``_rule_words`` reads RuleWords, and its two maps."""
    lists = {
        f.name: frozenset(w.lower() for w in _strings(spec, f.name))
        for f in fields(JudgedRequests)
        if str(f.type).startswith("frozenset")
    }
    return JudgedRequests(
        **lists,
        blame_verbs={str(k): frozenset(str(w) for w in v) for k, v in spec.get("blame_verbs", {}).items()},
        founding_treaties={str(k).lower(): str(v) for k, v in spec.get("founding_treaties", {}).items()},
    )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    light_verbs: frozenset[str]
    evaluations: dict[str, str]  # word or phrase → relation
    evaluation_verbs: frozenset[str]
    evaluation_adverbs: dict[str, str]
    critical_nouns: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    backshifted_future: frozenset[str]
    backshift_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    requesting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    state_organs: frozenset[str]
    group_nouns: frozenset[str]
    titles: frozenset[str]
    head_titles: tuple[str, ...]
    person_titles: frozenset[str]
    topics: tuple[Topic, ...]
    topic_heads: dict[str, Topic]  # single-word head lemma → topic
    topic_phrases: dict[tuple[str, ...], Topic]  # multi-word head (lower) → topic
    topic_weak: dict[str, Topic]  # heads that name the kind only where the article names it plainly
    phrases_by_last: dict[str, list[tuple[tuple[str, ...], Topic]]]
    media: frozenset[str]
    transparent: frozenset[str]
    private_roles: frozenset[str] = frozenset()  # "mercenary leader": no office in the state named
    words: RuleWords = field(default_factory=lambda: RuleWords())  # the words the rules key on
    judged_requests: JudgedRequests = field(default_factory=lambda: JudgedRequests())  # (judged.py)

    def judgement(self, words: list[str]) -> str | None:
        """The relation the first evaluation word or phrase among ``words`` states ("a sham": REJECTS), or
        None."""
        text = " ".join(words)
        joined = text.replace(" - ", "-")  # the parser splits hyphened words: "one - sided" is "one-sided"
        tokens = {*words, *joined.split()}
        return next(
            (
                rel
                for phrase, rel in self.evaluations.items()
                if phrase in tokens or (" " in phrase and (phrase in text or phrase in joined))
            ),
            None,
        )


@dataclass(frozen=True)
class VerbEvent:
    """An event a verb and its object name: "launched a ballistic missile" is a missile launch."""

    kind: str  # the topic kind
    objects: frozenset[str]  # object lemmas that make the event
    head: str  # the event's head word after the object's ("missile launch")
    struck: bool = False  # the object is the place struck ("Israel struck Rafah": a strike held in Rafah)


@dataclass(frozen=True)
class MemberStatus:
    """The statuses a status verb sets: of a participation ("froze its participation") and of a member."""

    participation: str
    member: str


@dataclass(frozen=True)
class RuleWords:
    """Word lists the rules key on (the sections after ``media_outlets`` in lexicon.yaml)."""

    # relation rules
    tie_verbs: frozenset[str] = frozenset()
    boundary_nouns: frozenset[str] = frozenset()  # "the border with Ukraine" stands for Ukraine
    receiving_verbs: frozenset[str] = frozenset()
    backing_verbs: frozenset[str] = frozenset()
    comprising_verbs: frozenset[str] = frozenset()
    comprising_phrases: dict[str, str] = field(default_factory=dict)  # verb → particles and preposition
    founding_verbs: frozenset[str] = frozenset()
    founding_phrasals: dict[str, str] = field(default_factory=dict)  # "set up the alliance": founded it
    war_nouns: frozenset[str] = frozenset()
    reason_preps: frozenset[str] = frozenset()
    enlarging_verbs: frozenset[str] = frozenset()
    ruling_verbs: frozenset[str] = frozenset()
    stance_adjectives: dict[str, dict[str, str]] = field(default_factory=dict)  # adjective → {prep: relation}
    adopting_verbs: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    tie_actions: frozenset[str] = frozenset()
    contrary_preps: frozenset[str] = frozenset()
    join_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    invitation_nouns: frozenset[str] = frozenset()
    inviting_verbs: frozenset[str] = frozenset()  # 'invited B and C to a meeting': pending
    speech_nouns: frozenset[str] = frozenset()
    deadline_nouns: frozenset[str] = frozenset()
    deadline_preps: frozenset[str] = frozenset()  # "gave Stockholm until June to extradite"
    threat_conditions: frozenset[str] = frozenset()  # "would impose sanctions on X if ..."
    capability_adjectives: frozenset[str] = frozenset()  # "missiles capable of striking Seoul"
    demand_nouns: frozenset[str] = frozenset()  # "its demand that Algeria reopen the border"
    attend_verbs: frozenset[str] = frozenset()  # "declined an invitation to attend the summit"
    payback_verbs: frozenset[str] = frozenset()  # "said Pyongyang would pay a heavy price"
    payback_words: frozenset[str] = frozenset()  # price, dearly
    consequence_verbs: frozenset[str] = frozenset()  # "warned that Beijing's move would have consequences"
    desecrating_verbs: frozenset[str] = frozenset()  # "burned US flags"
    object_idioms: dict[str, str] = field(default_factory=dict)  # "put Beijing on notice": THREATENS
    phrase_idioms: dict[str, str] = field(default_factory=dict)  # "said no to the talks": REJECTS
    emblem_nouns: frozenset[str] = frozenset()  # flag, effigy
    conditioned_measures: frozenset[str] = frozenset()  # the measures a condition makes threats
    deadline_verbs: frozenset[str] = frozenset()
    status_verbs: dict[str, MemberStatus] = field(default_factory=dict)
    penalizing_status_verbs: frozenset[str] = frozenset()  # 'the AU suspended Gabon': SANCTIONS
    verb_events: dict[str, VerbEvent] = field(default_factory=dict)
    # derived from verb_events: topic kind → the objects that name an event of it ("launch of a missile")
    event_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    participation_nouns: frozenset[str] = frozenset()
    destination_participles: frozenset[str] = frozenset()  # "goods bound for Russia": where they go
    object_only_preps: frozenset[str] = frozenset()  # 'recalled its envoys in X': 'in' on the object only
    posting_participles: frozenset[str] = frozenset()  # 'its ambassador accredited in Algiers'
    carrier_nouns: frozenset[str] = frozenset()  # 'airspace closed to aircraft coming from Mali'
    release_nouns: frozenset[str] = frozenset()  # "demanded the release of ... held by X": asks X
    arriving_verbs: frozenset[str] = frozenset()  # "support came from Egypt": Egypt's support
    behest_nouns: frozenset[str] = frozenset()  # "at the request of X": X asked the doer
    candidacy_nouns: frozenset[str] = frozenset()  # "the candidature of X for a seat on Y": X asks Y
    membership_verbs: frozenset[str] = frozenset()  # "X's request to join Y", "to become a member of Y"
    regret_clause_verbs: frozenset[str] = frozenset()  # "regretted that X had not ...": X criticised
    wanting_verbs: frozenset[str] = frozenset()  # "want Pristina to submit": Pristina asked
    addressed_asking_verbs: frozenset[str] = frozenset()  # "wrote to X asking for": X asked
    matter_taking_verbs: frozenset[str] = frozenset()  # "took the dispute to the ICJ": the ICJ asked
    brought_matters: frozenset[str] = frozenset()
    matter_preps: frozenset[str] = frozenset()
    court_taking_verbs: frozenset[str] = frozenset()  # (r38) "took Chile to the ICJ": a case X brought
    court_words: frozenset[str] = frozenset()  # the words that make a body a court ("the world court", "WTO")
    court_filing_verbs: frozenset[str] = frozenset()  # (r38) "filed an application before the ICJ"
    court_filings: frozenset[str] = frozenset()
    message_sending_verbs: frozenset[str] = frozenset()  # "wrote to X", "sent a letter to X"
    court_member_nouns: frozenset[str] = frozenset()  # "asked the judges to order": the court named before
    court_nouns: frozenset[str] = frozenset()  # "calling the tribunal biased": the court named before
    court_filing_nouns: frozenset[str] = frozenset()  # (r38) "lodged a declaration of intervention"
    filing_frames: frozenset[str] = frozenset()
    filing_verbs: frozenset[str] = frozenset()
    filing_other_objects: frozenset[str] = frozenset()
    court_output_nouns: frozenset[str] = frozenset()  # "the order was requested by Belize"
    output_seeking_verbs: frozenset[str] = frozenset()
    contrary_phrases: frozenset[str] = frozenset()  # "instead of recognising": not done
    measure_objects: dict[str, str] = field(default_factory=dict)  # 'suspended travel': a sanctions kind
    measure_act_nouns: frozenset[str] = frozenset()  # 'the suspension' (of travel, not of talks)
    bare_measure_verbs: frozenset[str] = frozenset()  # 'designated the bank' (not 'as the venue')
    embargo_verbs: frozenset[str] = frozenset()  # "blocked imports of X's goods": a ban
    judged_act_nouns: frozenset[str] = frozenset()  # (r37b) "condemned the killings": an act judged bare
    act_judging_verbs: frozenset[str] = frozenset()  # the verbs that judge it ("condemn", "regret")
    judged_act_verbs: frozenset[str] = frozenset()  # the verbs that tell such an act ("shot dead", "closed")
    aiming_verbs: frozenset[str] = frozenset()  # "targeted a US destroyer": an attack, unless a measure
    buying_verbs: frozenset[str] = frozenset()  # relief goods bought are trade, not aid
    breakaway_words: frozenset[str] = frozenset()  # "the breakaway republics": no state named before
    charging_preps: frozenset[str] = frozenset()  # "said X was behind the plot": a charge
    harm_nouns: frozenset[str] = frozenset()  # what one is charged with being behind
    participation_phrases: dict[str, str] = field(default_factory=dict)  # "took part in": take → part
    strained_words: frozenset[str] = frozenset()  # "ending frosty relations" is a thaw
    captor_verbs: frozenset[str] = frozenset()  # "citizens detained in Poland": their holder
    leave_verbs: dict[str, bool] = field(default_factory=dict)  # lemma → the body may be the object
    ruling_organs: dict[str, frozenset[str]] = field(default_factory=dict)  # noun → its qualifiers
    deployed_nouns: frozenset[str] = frozenset()
    accession_process_nouns: frozenset[str] = frozenset()
    trade_measures: frozenset[str] = frozenset()
    origin_verbs: frozenset[str] = frozenset()
    deontic_modals: frozenset[str] = frozenset()
    admin_nouns: frozenset[str] = frozenset()
    struck_weapons: frozenset[str] = frozenset()  # (round 27) "fired water cannon at a boat near X"
    aimed_preps: tuple[str, ...] = ()  # (round 27) "fired water cannon at / against / on" what was struck
    feature_nouns: frozenset[str] = frozenset()  # (round 27) "Sabina Shoal", "the Paracel Islands"
    stance_to_nouns: frozenset[str] = frozenset()
    outside_preps: frozenset[str] = frozenset()
    withholding_verbs: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    phoning_verbs: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    turn_anaphors: frozenset[str] = frozenset()
    seat_verbs: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    scrambling_verbs: frozenset[str] = frozenset()
    scrambled_craft: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    halt_nouns: frozenset[str] = frozenset()
    leave_nouns: frozenset[str] = frozenset()
    group_targets: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    enduring_verbs: frozenset[str] = frozenset()  # "has weathered sanctions imposed by X": the bearer is hit
    contrast_marks: frozenset[str] = frozenset()  # "..., while Oman chose to stay out": its own tense
    name_giving_verbs: frozenset[str] = frozenset()  # "the task force, named Operation X": that operation
    support_adjuncts: dict[str, str] = field(default_factory=dict)  # noun → the preposition of whom
    protest_adjuncts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "in protest against X"
    stance_adjuncts: dict[str, dict[str, str]] = field(default_factory=dict)  # "in defiance of X": REJECTS
    help_seeking_verbs: frozenset[str] = frozenset()  # "sought Turkey's help": REQUESTS Turkey
    sought_help_nouns: frozenset[str] = frozenset()  # help, assistance, mediation
    copular_stance_preps: dict[str, str] = field(default_factory=dict)  # "is against the plan": REJECTS
    stance_joining_verbs: frozenset[str] = frozenset()  # "joined the criticism of Turkey"
    voice_nouns: frozenset[str] = frozenset()  # "added its voice to the criticism"
    receiving_particles: dict[str, str] = field(default_factory=dict)  # "came in for criticism": come → in
    walkout_verbs: dict[str, str] = field(default_factory=dict)  # "walked out": verb → particle
    walkout_nouns: frozenset[str] = frozenset()  # "staged a walkout"
    walkout_marks: frozenset[str] = frozenset()  # "walked out as the envoy spoke"
    walkout_acts: frozenset[str] = frozenset()  # "... as the envoy spoke", "began to speak"
    voiding_verbs: frozenset[str] = frozenset()
    # deeds that imply a stance (round 23, deeds.py)
    posting_verbs: frozenset[str] = frozenset()  # "deployed instructors in Mali": support
    helper_personnel: frozenset[str] = frozenset()  # instructors, advisers: posted to help
    relief_personnel: frozenset[str] = frozenset()  # rescuers, medics: posted to help, an aid too
    helping_teams: frozenset[str] = frozenset()  # "a training mission", "an advisory team"
    helping_modifiers: frozenset[str] = frozenset()
    hostile_preps: frozenset[str] = frozenset()  # "deployed troops against", "near": no help
    envoy_accepting_verbs: frozenset[str] = frozenset()  # "accepted Taliban-appointed ambassadors"
    accepted_envoys: frozenset[str] = frozenset()
    shelving_verbs: frozenset[str] = frozenset()  # "shelved the pact": REJECTS
    choosing_verbs: frozenset[str] = frozenset()  # "chose not to sign the communique": a refusal (r38)
    shelving_phrases: dict[str, str] = field(default_factory=dict)  # "put on hold", "walked away from"
    ousting_verbs: dict[str, str | None] = field(default_factory=dict)  # "expelled French troops"
    ousted_presences: frozenset[str] = frozenset()
    turning_verbs: dict[str, str] = field(default_factory=dict)  # "turned to Russia for support"
    sought_support: frozenset[str] = frozenset()
    training_verbs: frozenset[str] = frozenset()  # "trained Somali troops": support
    display_nouns: frozenset[str] = frozenset()  # "in a show of support for Denmark"
    displayed_support: dict[str, str] = field(default_factory=dict)
    shielding_verbs: frozenset[str] = frozenset()  # "blocked sanctions on Dodik": supports Dodik
    blocked_measures: frozenset[str] = frozenset()
    blocked_stances: frozenset[str] = frozenset()  # "a resolution condemning Myanmar": aimed at Myanmar
    posting_nouns: frozenset[str] = frozenset()  # "Russia's deployment of instructors in Mali"
    ousting_nouns: frozenset[str] = frozenset()  # "Niger's expulsion of French troops"
    shelving_nouns: frozenset[str] = frozenset()  # "Vanuatu's shelving of the agreement"
    sheltering_deeds: dict[str, str | None] = field(default_factory=dict)  # "shielded Iran", "propped up"
    sheltering_verbs: frozenset[str] = frozenset()  # "provided a safe haven to Hamas"
    shelter_nouns: frozenset[str] = frozenset()
    voided_kinds: frozenset[str] = frozenset()
    carried_out_nouns: frozenset[str] = frozenset()  # "suspended the implementation of X": X
    copy_phrases: dict[str, frozenset[str]] = field(default_factory=dict)  # verb → its object words
    copied_relations: frozenset[str] = frozenset()
    announce_verbs: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    gather_verbs: frozenset[str] = frozenset()
    held_verbs: dict[str, str | None] = field(default_factory=dict)  # lemma → the word it needs
    course_verbs: dict[str, str | None] = field(default_factory=dict)  # (r32) "the talks resumed in Muscat"
    gathered_at_preps: frozenset[str] = frozenset()  # (r32) "met in Argyle, in talks brokered by CARICOM"
    journey_kinds: frozenset[str] = frozenset()  # (r32) "travelled to The Hague for the NATO summit"
    journey_preps: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    held_kinds: frozenset[str] = frozenset()
    hosting_nouns: frozenset[str] = frozenset()  # (round 27) "Mongolia's hosting of the conference"
    authored_verbs: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    bare_vote_preps: frozenset[str] = frozenset()
    bare_votes: dict[str, str] = field(default_factory=dict)  # word → relation
    vote_labels: dict[str, str] = field(default_factory=dict)  # "against:" opening a list → relation
    stage_nouns: frozenset[str] = frozenset()  # "welcomed the ratification of the treaty" (stances.py)
    approving_stages: frozenset[str] = frozenset()  # "the ratification of the treaty by X": X backs it
    stage_link_preps: frozenset[str] = frozenset()  # "the entry into force of the treaty" (stances.py)
    integrity_nouns: frozenset[str] = frozenset()  # "defend the sovereignty of X" (rules._possessed)
    founding_nouns: frozenset[str] = frozenset()  # "the establishment of a Palestinian state": Palestine
    statehood_nouns: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()  # "called Chapo to congratulate him" (args.subjects)
    courtesy_verbs: frozenset[str] = frozenset()
    voted_on_kinds: frozenset[str] = frozenset()  # "welcomed the vote": the law voted (stances.py)
    acceder_kinds: frozenset[str] = frozenset()  # "the accession of Bolivia": Bolivia accedes (topic_refs.py)
    owned_bid_kinds: frozenset[str] = frozenset()  # "backs Ukraine's accession": Ukraine too (stances.py)
    bid_backing_nouns: frozenset[str] = frozenset()  # "its support for the accession of X": X (stances.py)
    voicing_verbs: frozenset[str] = frozenset()  # "also expressed their support" (stances.py)
    stage_welcoming_verbs: frozenset[str] = frozenset()  # "welcomed", not "proposed", the resumption of X
    event_proposal_nouns: frozenset[str] = frozenset()  # (r37) "welcomed the initiative of X to hold Y"
    invite_verbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    self_asking_verbs: frozenset[str] = frozenset()  # "Finland asked to join NATO": a request
    invited_only_verbs: frozenset[str] = frozenset()
    talks_nouns: frozenset[str] = frozenset()
    talks_journey_verbs: frozenset[str] = frozenset()  # "return to Geneva for talks": its subjects met
    backing_idiom_nouns: frozenset[str] = frozenset()
    along_words: frozenset[str] = frozenset()
    # structure
    member_status_nouns: dict[str, str | None] = field(default_factory=dict)  # in pattern order
    not_member_words: frozenset[str] = frozenset()
    not_ally_words: frozenset[str] = frozenset()
    # nouns of an ally → the qualifiers they need to name one (none: always): "strategic partner"
    ally_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    unallied_partners: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()
    leaving_orders: frozenset[str] = frozenset()  # "ordered the ambassador to leave": an expulsion
    protested_deeds: frozenset[str] = frozenset()  # relations of deeds a protest may answer, besides stances
    occupied_adjectives: frozenset[str] = frozenset()  # "the occupied regions of Ukraine": by its invader
    time_preps: frozenset[str] = frozenset()  # "since the invasion": a time phrase, not an object
    abstaining_words: frozenset[str] = frozenset()  # "with A in favour and B abstaining": B cast nothing
    vote_nouns: frozenset[str] = frozenset()  # "120 votes in favour, including France": the listed voted so
    agreeing_verbs: frozenset[str] = frozenset()  # "agreed to restore ties in a deal": parties signed it
    pact_preps: frozenset[str] = frozenset()
    pact_moved_people: frozenset[str] = frozenset()  # "refugees returned under a deal with X": no party
    pact_with_preps: frozenset[str] = frozenset()  # "sent troops under a deal with Maputo": both signed
    attack_nouns: frozenset[str] = frozenset()  # "a strike on Goma": a town tagged as a person is a place
    occasion_preps: frozenset[str] = frozenset()  # "said during talks with X": the speaker met X
    reaction_marks: frozenset[str] = frozenset()  # "protested after X fired": the clause X's deed is in
    former_words: frozenset[str] = frozenset()  # "historically, X had been ...": a state no longer held
    ally_list_words: frozenset[str] = frozenset()
    group_list_words: frozenset[str] = frozenset()  # "80 states, among them A and B": A and B
    alliance_nouns: tuple[str, ...] = ()
    member_qualifiers: tuple[str, ...] = ()
    counted_member_words: tuple[str, ...] = ()  # "Chile and Peru, two APEC members" (round 35)
    member_list_words: tuple[str, ...] = ()
    admit_verbs: frozenset[str] = frozenset()
    deem_verbs: dict[str, bool] = field(default_factory=dict)  # lemma → only in the passive
    control_verbs: frozenset[str] = frozenset()
    organize_verbs: frozenset[str] = frozenset()
    body_words: tuple[str, ...] = ()
    side_words: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()  # "the Qatari capital Doha", "Wyryki, a village in Poland"
    venue_words: frozenset[str] = frozenset()  # "the Palais des Nations in Geneva": a building, not a place
    area_counts: tuple[str, ...] = ()
    area_list_nouns: tuple[str, ...] = ()
    not_role_words: frozenset[str] = frozenset()
    located_kinds: frozenset[str] = frozenset()
    # offices
    title_qualifiers: frozenset[str] = frozenset()
    office_rank_words: frozenset[str] = frozenset()  # "vice president" is not the president's office
    past_role_words: tuple[str, ...] = ()
    pending_role_words: frozenset[str] = frozenset()
    office_taking_verbs: frozenset[str] = frozenset()  # "who takes office on Friday"
    body_titles: frozenset[str] = frozenset()  # "Secretary General X of Togo": nationality
    economic_agents: frozenset[str] = frozenset()  # "its biggest creditor": aids, supports no one
    honorifics: tuple[str, ...] = ()
    name_title_words: frozenset[str] = frozenset()
    acting_body_kinds: frozenset[str] = frozenset()
    personal_acts: frozenset[str] = frozenset()  # relation types an official keeps beside his state
    official_targets: frozenset[str] = frozenset()  # stances at an official that reach his state too
    seated_organs: frozenset[str] = frozenset()  # organs whose seat of government names their state
    office_giving_verbs: frozenset[str] = frozenset()  # 'appointed X as minister of Y': an office
    endorsed_nouns: frozenset[str] = frozenset()  # 'the candidate of X': X backs the one described
    quarrel_preps: frozenset[str] = frozenset()  # 'clashed over trade': a quarrel
    quarrel_verbs: frozenset[str] = frozenset()  # 'sparred over Western Sahara': words, never fighting
    envoy_returning_verbs: frozenset[str] = frozenset()  # 'reinstated its ambassador to Iran': ties back
    arriving_forces: frozenset[str] = frozenset()  # 'troops arrived', not 'two soldiers arrived for care'
    entering_verbs: frozenset[str] = frozenset()  # 'Kenyan police arrived in Haiti': forces deployed there
    dispute_nouns: frozenset[str] = frozenset()  # 'urged both sides to end the dispute': the quarrel's sides
    statement_heads: frozenset[str] = frozenset()  # 'the communique' is no deal named before
    threatened_force: frozenset[str] = frozenset()  # 'threatened to intervene': force threatened
    portion_nouns: frozenset[str] = frozenset()  # 'occupies parts of the Kharkiv region': the region
    wish_nouns: frozenset[str] = frozenset()  # 'openness to negotiations': what is wished is not done
    aid_purpose_verbs: frozenset[str] = frozenset()  # 'pledged $1 billion to help rebuild Gaza': aid to Gaza
    aided_people: frozenset[str] = frozenset()  # 'food to flood victims in Pakistan': aid to Pakistan
    grievance_preps: frozenset[str] = frozenset()  # 'sanctioned Iran over its drone sales': Iran's
    crossing_nouns: frozenset[str] = frozenset()  # 'the Rafah crossing': where, not who
    leaving_forces: frozenset[str] = frozenset()  # 'the last peacekeepers left Karabakh': a retreat
    staff_nouns: frozenset[str] = frozenset()  # 'expelled UN inspectors': the UN's (not as subjects)
    verdict_staff_nouns: frozenset[str] = frozenset()  # (r38) 'AU observers judged the vote credible'
    rescue_verbs: frozenset[str] = frozenset()  # 'evacuated the wounded from Kadugli': aid there
    hurt_words: frozenset[str] = frozenset()  # 'the wounded', 'injured civilians'
    undoing_nouns: dict[str, str] = field(default_factory=dict)  # 'a suspension of flights': suspend
    done_adjectives: frozenset[str] = frozenset()  # 'was quick to condemn': the act was done
    aim_nouns: frozenset[str] = frozenset()  # 'the process to join BRICS': the infinitive is the noun's
    accession_bid_nouns: frozenset[str] = frozenset()  # 'withdrew from the membership process': not a member
    quarrel_places: frozenset[str] = frozenset()  # 'clashed over the shoal': maybe fighting
    joined_as_words: frozenset[str] = frozenset()  # 'joined X as an observer': a status
    standing_nouns: dict[str, str | None] = field(default_factory=dict)  # 'an EU candidate country': a status
    standing_heads: frozenset[str] = frozenset()  # 'a BRICS partner country': the noun the status qualifies
    claimed_part_nouns: frozenset[str] = frozenset()  # 'recognised Taiwan as part of China': a claim echoed
    scheduled_words: frozenset[str] = frozenset()  # 'is set to impose': the act is to come
    forecast_verbs: frozenset[str] = frozenset()  # 'is not expected to join': a forecast, no refusal
    promising_verbs: frozenset[str] = frozenset()  # 'pledged to send troops': the act is to come
    chair_taking_verbs: frozenset[str] = frozenset()  # 'holds the ASEAN chair': a member
    chair_nouns: frozenset[str] = frozenset()
    followed_nouns: frozenset[str] = frozenset()  # "following the lead of X": X did it first
    # reading a sentence
    list_separators: frozenset[str] = frozenset()
    including_words: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    body_noun_sorts: dict[str, str] = field(default_factory=dict)  # "the alliance": a body of kind alliance
    run_bodies: frozenset[str] = frozenset()
    led_groups: frozenset[str] = frozenset()  # 'a delegation led by X': X (and X's state)
    leading_participles: frozenset[str] = frozenset()  # 'the Moscow-led alliance': Russia is a member
    hosting_verbs: frozenset[str] = frozenset()  # 'was hosted at the White House': met the host state
    signing_venues: frozenset[str] = frozenset()  # 'signed the pact at a ceremony': the signers met
    together_verbs: frozenset[str] = frozenset()  # 'talks which brought together A and B': A and B met
    hosting_for_verbs: frozenset[str] = frozenset()  # 'hosted X for a summit': the host ORGANIZED it
    visit_nouns: frozenset[str] = frozenset()  # 'on a visit to Georgetown': the one told of met the state
    visit_adjunct_preps: frozenset[str] = frozenset()  # ... told as the circumstance of a clause
    unrealised_visit_words: frozenset[str] = frozenset()  # 'on a planned visit': none yet
    listed_participles: frozenset[str] = frozenset()  # 'Among those designated is X': X sanctioned
    decree_nouns: frozenset[str] = frozenset()  # 'a decree signed by X imposes ...': X's act
    closing_verbs: frozenset[str] = frozenset()  # 'the talks ended with a joint statement'
    critic_nouns: frozenset[str] = frozenset()  # 'Critics, including X, accuse ...': X accuses
    brokering_verbs: frozenset[str] = frozenset()  # "brokered a truce between X and Y"
    alert_nouns: frozenset[str] = frozenset()  # "put its army on high alert": forces readied
    alert_place_preps: frozenset[str] = frozenset()  # "troops remained on alert in the West Bank"
    alert_level_nouns: frozenset[str] = frozenset()  # "raised the alert level of its troops"
    alert_raising_verbs: frozenset[str] = frozenset()  # raise, heighten: an alert raised
    military_alert_marks: frozenset[str] = frozenset()  # military, combat: the alert raised is forces'
    admitting_verbs: frozenset[str] = frozenset()  # "allowed UN inspectors to return": CONCEDES
    admitted_acts: frozenset[str] = frozenset()  # what those let in do: enter, visit, inspect
    hyphened_verbs: dict[str, str] = field(default_factory=dict)  # "re-open": "reopen", one token
    asylum_seeking_verbs: frozenset[str] = frozenset()  # "sought asylum at the Swedish embassy"
    asylum_nouns: frozenset[str] = frozenset()  # asylum, refuge: asked of the state that grants it
    protesting_verbs: frozenset[str] = frozenset()  # "protested outside the Chinese embassy"
    staging_verbs: frozenset[str] = frozenset()  # "staged a protest outside the Russian embassy"
    protest_event_nouns: frozenset[str] = frozenset()  # protest, rally, vigil (staged)
    protest_site_preps: frozenset[str] = frozenset()  # outside, at, near: where the embassy stands
    delegation_receiving_verbs: frozenset[str] = frozenset()  # "received an IMF delegation"
    delegation_nouns: frozenset[str] = frozenset()  # delegation, mission, team: met for their sender
    granting_verbs: frozenset[str] = frozenset()  # "granted Somalia's request": CONCEDES Somalia
    request_nouns: frozenset[str] = frozenset()  # request, demand: met, they give way to the asker
    refused_ask_nouns: frozenset[str] = frozenset()  # "turned down an invitation from X": X rejected
    bare_refusal_verbs: frozenset[str] = frozenset()  # "Paraguay declined." (a request before)
    summed_ask_nouns: frozenset[str] = frozenset()  # "..., a proposal France declined to back"
    refused_object_preps: frozenset[str] = frozenset()  # "declined by 5 percent", "objected to X": no bare
    access_granting_verbs: frozenset[str] = frozenset()  # "granted IAEA inspectors access"
    access_nouns: frozenset[str] = frozenset()  # access: given to a body
    involvement_nouns: frozenset[str] = frozenset()  # "agreed to the deployment of UN peacekeepers"
    sent_people: frozenset[str] = frozenset()  # peacekeepers, inspectors: sent by a body
    handover_asking_verbs: frozenset[str] = frozenset()  # "requested the extradition of X from Y"
    handover_nouns: frozenset[str] = frozenset()  # extradition, release: asked of the state holding them
    partnership_nouns: frozenset[str] = frozenset()  # "an all-weather partnership": allies
    partnership_qualifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # ... qualified so
    addressing_verbs: frozenset[str] = frozenset()  # "told her counterpart": they spoke
    # sentence shapes of news (round 22): line openers that are no part of the sentence
    kicker_words: frozenset[str] = frozenset()  # "BREAKING:", "Exclusive:", "UPDATE 2-"
    bullet_marks: frozenset[str] = frozenset()  # "• Germany pledges ..."
    plural_organs: frozenset[str] = frozenset()  # "Ecuador police storm ...": plural without -s
    exchanging_verbs: frozenset[str] = frozenset()  # "swapped prisoners": each concedes to the other
    stance_agent_qualifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # "arms supplier"
    relative_titles: frozenset[str] = frozenset()  # "his counterpart X": X's office from the data
    subordinate_title_words: frozenset[str] = frozenset()  # "Vice President X" is not "the president"
    ordering_verbs: frozenset[str] = frozenset()  # "ordered the army to ...": its own army
    aide_nouns: frozenset[str] = frozenset()  # "a spokesman for President X" speaks for X's state
    leader_offices: frozenset[str] = frozenset()  # "Ruto's office said": the leader's state speaks
    unit_nouns: frozenset[str] = frozenset()  # "the commander of the CAPSAT elite unit": the unit's office
    own_stance_verbs: frozenset[str] = frozenset()  # "spokeswoman X says Russia takes note": her state
    speaking_titles: frozenset[str] = frozenset()  # "The Kremlin responds. Spokesman X says": its officer
    state_office_words: frozenset[str] = frozenset()  # "EU ministers X and Y": ministers of member states
    membership_bodies: frozenset[str] = frozenset()  # gazetteer kinds of bodies of member states
    state_secretaries: frozenset[str] = frozenset()  # "Chief Cabinet Secretary X": a state's office
    faction_nouns: frozenset[str] = frozenset()  # "a faction of the SPLM-N led by X": an office in it
    led_organs: frozenset[str] = frozenset()  # "Trump's administration": the leader's office, inferred
    chair_titles: frozenset[str] = frozenset()  # "X, ECOWAS chairman since June,": the body's chair
    headed_organs: frozenset[str] = frozenset()  # "the government led by X": X holds the state's office
    posted_titles: frozenset[str] = frozenset()  # "US Special Envoy for Sudan X": the United States' envoy
    firm_titles: frozenset[str] = frozenset()  # "Shell chief executive X": a body's office, never a state's
    office_serving_verbs: frozenset[str] = frozenset()  # "X, who served as prime minister": a title held
    angering_verbs: frozenset[str] = frozenset()  # "angering Morocco": Morocco criticizes the doer
    pleasing_verbs: frozenset[str] = frozenset()  # "was heartened by the truce": backs it (r30)
    referring_verbs: frozenset[str] = frozenset()  # "..., referring to the strike": what "this" is
    hosted_nouns: frozenset[str] = frozenset()  # "hosts Hamas's office": no meeting
    repeated_verbs: dict[str, str] = field(default_factory=dict)  # "reimpose" states "impose"
    possessing_verbs: frozenset[str] = frozenset()  # "has a treaty with Manila": one in force
    leading_pronouns: frozenset[str] = frozenset()  # "Its prime minister ...": the actor just named
    not_part_words: frozenset[str] = frozenset()  # "a former province of Serbia"
    place_striking_words: frozenset[str] = frozenset()  # "strikes on Rafah": Rafah a place
    supplied_arms: frozenset[str] = frozenset()  # "US-supplied missiles": the user is backed
    supplying_verbs: frozenset[str] = frozenset()
    plural_definites: frozenset[str] = frozenset()
    bare_pair_nouns: frozenset[str] = frozenset()  # "Sides signed ..." (no article): the two just named
    party_nouns: frozenset[str] = frozenset()
    met_pair_nouns: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    counting_nouns: frozenset[str] = frozenset()
    counting_preps: frozenset[str] = frozenset()
    acquiring_verbs: frozenset[str] = frozenset()
    area_nouns: frozenset[str] = frozenset()
    region_nouns: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()  # "killed Guinean border guards": Guinea attacked
    victim_holdings: frozenset[str] = frozenset()  # "attacked a camp for Congolese refugees": the refugees'
    time_words: frozenset[str] = frozenset()
    say_verbs: frozenset[str] = frozenset()
    charged_deeds: frozenset[str] = frozenset()  # deeds a speaker charges someone with in reported speech
    charge_attempt_verbs: frozenset[str] = frozenset()  # "said Moscow was trying to destabilize Moldova"
    unhappening_verbs: frozenset[str] = frozenset()  # 'said a Palestinian state "will not happen"'
    will_modals: frozenset[str] = frozenset()
    judged_preps: frozenset[str] = frozenset()  # "the proposal was out of the question"
    absent_envoys: frozenset[str] = frozenset()  # "no Spanish representative would attend"
    nobody_determiners: frozenset[str] = frozenset()
    felt_preps: frozenset[str] = frozenset()  # "was disappointed by the tariffs"
    owning_preps: frozenset[str] = frozenset()  # "what it called sermons from Danish lawmakers"
    unowned_deed_nouns: frozenset[str] = frozenset()  # "Ukraine's allies" are no deed of Ukraine's
    authority_nouns: frozenset[str] = frozenset()
    junta_nouns: frozenset[str] = frozenset()
    opposition_nouns: frozenset[str] = frozenset()  # (r38) "the opposition": a state's opposition
    military_ranks: frozenset[str] = frozenset()  # a rank's last word ends no name ("Field Marshal")
    junta_heads: frozenset[str] = frozenset()
    coup_words: frozenset[str] = frozenset()
    pointer_nouns: frozenset[str] = frozenset()
    transparent_singulars: frozenset[str] = frozenset()  # "Tehran's right to enrich" (not "rights")
    result_nouns: frozenset[str] = frozenset()
    act_anaphors: frozenset[str] = frozenset()
    welcomed_act_nouns: dict[str, str] = field(default_factory=dict)  # (r38) "welcomed the decision"
    welcomed_act_verbs: frozenset[str] = frozenset()  # the verbs of approval that make it one
    step_anaphors: frozenset[str] = frozenset()  # "the first to take the step": a "did so" looks past it
    # act verbs → the nouns a later reaction names their act by (round 29): "Canada imposed sanctions ... the
    # measures"; every act verb is also named by the generic act nouns ("the move", "the decision")
    act_verb_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    act_generic_nouns: frozenset[str] = frozenset()
    story_act_nouns: frozenset[str] = frozenset()  # (r36) "the move" far from its act: the story's act
    story_act_relations: frozenset[str] = frozenset()  # the relations a story's leading act is told by
    joint_act_relations: frozenset[str] = frozenset()  # acts done "with" a partner: the first named acts
    object_owner_preps: frozenset[str] = frozenset()
    act_determiners: frozenset[str] = frozenset()
    kindred_act_kinds: frozenset[str] = frozenset()  # "launched an offensive ... the attack": the offensive
    office_aliases: dict[str, frozenset[str]] = field(default_factory=dict)  # "the premier": prime minister
    deed_deal_heads: frozenset[str] = frozenset()  # "approved an arms sale ... condemned the deal": the sale
    agentless_doers: dict[str, str] = field(default_factory=dict)  # "Sanctions were imposed": who just acted
    regional_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the Horn of Africa nation"
    act_copying_verbs: frozenset[str] = frozenset()  # "Bolivia had taken the same step": copies the act
    copy_adjectives: frozenset[str] = frozenset()
    voted_kinds: frozenset[str] = frozenset()
    weak_head_stages: frozenset[str] = frozenset()  # "backed the compromise text": still the text named
    placed_kinds: frozenset[str] = frozenset()
    city_placed_kinds: frozenset[str] = frozenset()  # "the Doha talks": held in the city a modifier names
    aimed_kinds: frozenset[str] = frozenset()
    struck_kinds: frozenset[str] = frozenset()
    blamed_kinds: frozenset[str] = frozenset()
    authored_kinds: frozenset[str] = frozenset()
    backed_measure_kinds: frozenset[str] = frozenset()
    authored_heads: frozenset[str] = frozenset()  # "the Chinese peace plan": China made it (topic_refs.py)
    voiced_kinds: frozenset[str] = frozenset()
    ballot_verbs: frozenset[str] = frozenset()
    stative_participles: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    bloc_nouns: frozenset[str] = frozenset()
    class_nouns: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    body_voiced_relations: frozenset[str] = frozenset()
    resolution_bodies: frozenset[str] = frozenset()
    denying_verbs: frozenset[str] = frozenset()
    deed_denying_verbs: frozenset[str] = frozenset()
    standing_verbs: frozenset[str] = frozenset()  # "the states that do not recognise X": who they are
    voted_text_kinds: frozenset[str] = frozenset()  # "endorsed the Declaration ... X voted against"
    false_adjectives: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    blame_claim_nouns: frozenset[str] = frozenset()  # "its accusation that Chad arms the RSF": CRITICIZES
    claim_voicing_verbs: frozenset[str] = frozenset()  # "repeated its accusation that ...": its maker
    urged_pair_preps: frozenset[str] = frozenset()  # "called on both sides": the one asked (coref.py)
    answered_request_nouns: frozenset[str] = frozenset()  # "received Bratislava's request": asked of it
    request_answering_verbs: frozenset[str] = frozenset()
    rebutted_claim_nouns: frozenset[str] = frozenset()  # "a charge Doha rejected": no REJECTS of its maker
    territorial_claim_nouns: frozenset[str] = frozenset()  # "Guyana rejected the claim": may be to a land
    pointing_determiners: frozenset[str] = frozenset()  # "rejected the accusation", "dismissed that charge"
    directive_verbs: frozenset[str] = frozenset()  # "instructed this Secretariat to apply": its own organ
    organ_nouns: frozenset[str] = frozenset()
    organ_acts: frozenset[str] = frozenset()  # the relations an organ instructed states for its master
    deference_verbs: frozenset[str] = frozenset()  # "respects Chile's decision": no stance on Chile
    deferred_nouns: frozenset[str] = frozenset()  # ... a state's choice, rights or sovereignty respected
    name_tail_words: frozenset[str] = frozenset()
    blocking_verbs: frozenset[str] = frozenset()
    preventing_verbs: frozenset[str] = frozenset()  # "blocked EU sanctions on X": none in force
    measure_containers: frozenset[str] = frozenset()  # "a package of asset freezes"
    office_heads: frozenset[str] = frozenset()
    named_head_titles: frozenset[str] = frozenset()  # "Naftogaz chief executive X": Naftogaz a body
    party_name_words: frozenset[str] = frozenset()  # "Democratic Party leader X": the party's office
    portfolio_words: frozenset[str] = frozenset()  # "Agriculture Minister X" (tagged ORG): no body
    fighter_nouns: frozenset[str] = frozenset()
    insurgent_nouns: frozenset[str] = frozenset()  # "Chadian rebels" are not Chad
    patient_nouns: frozenset[str] = frozenset()  # acts done to someone: their "of" names the victim
    decision_nouns: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    appointing_verbs: frozenset[str] = frozenset()
    expelling_declarations: dict[str, str] = field(default_factory=dict)
    deed_kinds: frozenset[str] = frozenset()
    deed_event_kinds: frozenset[str] = frozenset()  # "Peru also condemned the move": the incursion
    incursion_nouns: frozenset[str] = frozenset()  # "an incursion by Eritrean troops": the doer ORGANIZED it
    auspices_nouns: frozenset[str] = frozenset()  # "talks under the auspices of the AU": the AU's
    dateline_kinds: frozenset[str] = frozenset()  # "ARUSHA - Leaders at the EAC summit": held there
    dateline_course_kinds: frozenset[str] = frozenset()  # (r32) "DOHA - Talks ... resumed": as a subject only
    summit_preps: frozenset[str] = frozenset()  # "leaders at the summit", "highlights from the summit"
    force_verbs: frozenset[str] = frozenset()
    envoy_recalls: dict[str, str] = field(default_factory=dict)
    phrasal_verbs: dict[str, str] = field(default_factory=dict)  # "turn down" → the lemma it reads as
    thanking_verbs: frozenset[str] = frozenset()
    thanks_nouns: frozenset[str] = frozenset()  # "expressed gratitude to X for its support"
    thanked_support_words: frozenset[str] = (
        frozenset()
    )  # "thanked Japan for its backing": no thanker's stance
    thanked_support_verbs_only: frozenset[str] = frozenset()  # "for standing by", not "for its stand"
    permission_verbs: frozenset[str] = frozenset()  # "will not allow X to become ...": not X refused
    becoming_verbs: frozenset[str] = frozenset()
    meeting_acts: frozenset[str] = frozenset()  # "will pay a visit": a visit to come is pending
    lent_nouns: frozenset[str] = frozenset()  # "approved a loan for the project": no stance on the loan
    lent_by_verbs: frozenset[str] = frozenset()
    kind_words: frozenset[str] = frozenset()  # "signed similar arrangements": a kind, not one agreement
    ordinal_words: frozenset[str] = frozenset()  # "the first such pact": the one named, described
    beginning_nouns: frozenset[str] = frozenset()  # "blocking the start of accession talks": not begun
    taken_measure_nouns: frozenset[str] = frozenset()  # "took note of the levy, ... regretted it": the levy
    kind_relations: frozenset[str] = frozenset()  # the claims such a kind takes none of
    venue_preps: frozenset[str] = frozenset()  # "a case before the ICJ accusing X": the filer accuses
    placing_verbs: frozenset[str] = frozenset()  # "placed X under sanctions": sanctions X
    measure_hitting_verbs: frozenset[str] = frozenset()  # "hit X with sanctions": sanctions X
    bearing_adjectives: dict[str, str] = field(default_factory=dict)  # "subject to UN sanctions": 'to'
    tie_opening_verbs: frozenset[str] = frozenset()
    tie_keeping_verbs: frozenset[str] = frozenset()  # "maintains formal ties with Taipei"
    tie_restoring_verbs: frozenset[str] = frozenset()  # "restored diplomatic ties with X": MET_WITH
    mission_opening_verbs: frozenset[str] = frozenset()  # "reopened its embassy in Damascus": MET_WITH
    mission_nouns: frozenset[str] = frozenset()
    contact_nouns: frozenset[str] = frozenset()  # "was in contact with both governments": MET_WITH
    group_counts: dict[str, int] = field(default_factory=dict)  # "the trio": a group of three
    count_words: dict[str, int] = field(default_factory=dict)  # "the two companies": two named before
    # -- group and plural references (round 23, r23b) --
    whole_group_determiners: frozenset[str] = frozenset()  # "all three governments": the three named
    capitalised_group_nouns: frozenset[str] = frozenset()  # "the Ministers signed": a common plural
    member_marks: frozenset[str] = frozenset()  # "member states condemned": the body acts
    ruling_group_nouns: frozenset[str] = frozenset()  # "the juntas led by A in X and B in Y": X, Y
    distributive_pronouns: frozenset[str] = frozenset()  # "each of the three governments": each one
    body_leader_nouns: frozenset[str] = frozenset()  # "Leaders of the GCC met. The leaders ...": the GCC
    voiding_nouns: frozenset[str] = frozenset()  # "announced the termination of the treaty": REJECTS it
    organ_qualifiers: frozenset[str] = frozenset()  # "the Federal Government of": no name of its own
    linking_verbs: frozenset[str] = frozenset()  # "allegations linking Indian agents to the killing"
    island_nouns: frozenset[str] = frozenset()  # "the island": only an island state (gazetteer)
    neighbour_nouns: frozenset[str] = frozenset()  # "accusing its neighbour of ...": the other state
    area_qualifiers: tuple[str, ...] = ()  # "the Armenian border town of Kapan"
    envoy_rebuke_verbs: frozenset[str] = frozenset()  # "X's ambassador to Y was summoned": Y did it
    blaming_verbs: frozenset[str] = frozenset()  # "blamed Turkey for the attack": Turkey ORGANIZED it
    joined_measures: frozenset[str] = frozenset()  # "joined the US sanctions on Iran": SANCTIONS Iran
    joined_causes: frozenset[str] = frozenset()  # "joined South Africa's case": SUPPORTS the case
    stance_agents: dict[str, str] = field(default_factory=dict)  # "a vocal critic of X": CRITICIZES X
    accession_words: frozenset[str] = frozenset()  # "accession talks", "talks on EU membership"
    owning_participles: frozenset[str] = frozenset()  # "froze assets linked to X": X's assets
    bid_blocking_verbs: frozenset[str] = frozenset()  # "blocked Ukraine's accession": Ukraine rejected
    bid_nouns: frozenset[str] = frozenset()  # "accession", "membership", "bid", "seat"
    bid_talks: frozenset[str] = frozenset()  # "accession talks"
    bid_stages: frozenset[str] = frozenset()  # "the start of", "the opening of"
    halting_verbs: frozenset[str] = frozenset()  # "suspended talks on joining": the talks halted
    account_nouns: frozenset[str] = frozenset()  # "demanded an apology" after a charge: the one charged
    pending_acts: frozenset[str] = frozenset()  # "agreed to hold exercises": an event still to come
    copy_alone: frozenset[str] = frozenset()  # "Kiribati followed days later": the act just told
    companion_verbs: frozenset[str] = frozenset()  # "recognised Palestine, joining Spain": Spain did it too
    imposing_bodies: frozenset[str] = frozenset()  # "designated X, along with Britain": Britain imposes
    bare_joins: frozenset[str] = frozenset()  # "South Africa joined a year later"
    speech_anaphors: frozenset[str] = frozenset()  # "the remarks": the words of who spoke just before
    paired_kinds: frozenset[str] = frozenset()  # "the Trump-Putin summit": a hyphenated pair names its sides
    signed_documents: frozenset[str] = frozenset()  # "signed a declaration on ...": an agreement
    signing_verbs: frozenset[str] = frozenset()
    # named documents (round 23, family A): "the Nairobi Declaration", "the Declaration of Santiago"
    named_document_heads: frozenset[str] = frozenset()  # capitalised heads that name an agreement
    titled_document_heads: frozenset[str] = frozenset()  # 'the Treaty on the State Border'
    corporate_heads: frozenset[str] = frozenset()  # 'China Road and Bridge Corporation': a firm
    named_document_bodies: frozenset[str] = frozenset()  # "the World Food Programme": a body, not a text
    named_project_heads: frozenset[str] = frozenset()  # "the Trans-Saharan Gas Pipeline": a project, named
    text_adopting_verbs: frozenset[str] = frozenset()  # "adopted the Astana Declaration": signed it
    adopted_documents: frozenset[str] = frozenset()
    document_back_refs: frozenset[str] = frozenset()  # "welcomed the declaration": the one named before
    project_back_refs: frozenset[str] = frozenset()  # (r36) "defended the project": the one named before
    vote_outcome_refs: frozenset[str] = frozenset()  # (r36) "welcomed the vote": the text voted before
    text_vote_verbs: frozenset[str] = frozenset()  # (r36) "adopted the resolution": a text put to a vote
    vote_text_preps: tuple[str, ...] = ()  # (r36) "voted for / in favour of the motion"
    balloted_kinds: frozenset[str] = frozenset()  # (r36) the topic kinds a vote is held on
    document_back_ref_adjectives: frozenset[str] = frozenset()  # "the joint declaration", "the final text"
    document_generic_refs: frozenset[str] = frozenset()  # "the text": the agreement named last
    document_kinds: frozenset[str] = frozenset()  # the topic kinds that are signed documents
    body_posts: frozenset[str] = frozenset()  # posts in a body a measure hits the holder of, not the body
    draft_nouns: frozenset[str] = frozenset()  # "finalised the text of the treaty": the text, not the deal
    draft_closing_verbs: frozenset[str] = frozenset()  # verbs of a deal made that only close its text
    settling_verbs: frozenset[str] = frozenset()  # "A and B agreed on arrangements": both signed them
    settled_documents: frozenset[str] = frozenset()
    document_voices: frozenset[str] = (
        frozenset()
    )  # "In the declaration, member states condemned": its signers
    document_voice_preps: frozenset[str] = frozenset()
    signatory_nouns: frozenset[str] = frozenset()  # "the other parties to the deal": they signed it
    signatory_preps: frozenset[str] = frozenset()
    signatory_list_verbs: frozenset[str] = frozenset()  # "its signatories include Chad and Niger"
    troop_sending_verbs: frozenset[str] = frozenset()  # "sent troops to Russia to help it": support
    helping_purposes: frozenset[str] = frozenset()  # the purposes that make troops sent a help
    topic_preps: frozenset[str] = frozenset()  # "spoke about joining NATO": not done
    participle_adjectives: frozenset[str] = frozenset()  # "talks with visiting President X"
    reproaching_verbs: frozenset[str] = frozenset()  # "warned Minsk over the flows": CRITICIZES
    mandative_verbs: frozenset[str] = frozenset()  # "insisted that Seoul honour the accord": a demand
    accusing_verbs: frozenset[str] = frozenset()  # "charged that Ethiopia had massed troops": CRITICIZES
    pressing_verbs: frozenset[str] = frozenset()  # "pressured Hungary to lift its veto": REQUESTS
    reproach_preps: frozenset[str] = frozenset()
    journey_verbs: frozenset[str] = frozenset()
    domestic_acts: frozenset[str] = frozenset()
    place_taking_verbs: frozenset[str] = frozenset()
    reprisal_nouns: frozenset[str] = frozenset()
    denied_qualities: dict[str, str] = field(default_factory=dict)  # "was not legitimate": REJECTS
    annexation_vote_kinds: frozenset[str] = frozenset()  # votes told with an annexation: held there
    exchanged_acts: dict[str, str] = field(default_factory=dict)  # "traded accusations": CRITICIZES
    infinitive_marks: frozenset[str] = frozenset()  # "for Finland to join": not done
    weapon_names: frozenset[str] = frozenset()  # names the model tags as bodies: "Patriot", "HIMARS"
    operation_words: frozenset[str] = frozenset()  # "Operation X": a named operation or coalition
    alliance_pact_words: frozenset[str] = frozenset()  # "a mutual defence treaty": its parties are allies
    alliance_pact_heads: frozenset[str] = frozenset()
    unallied_pact_words: frozenset[str] = frozenset()  # "a defence cooperation agreement" is no alliance
    share_verbs: dict[str, str | None] = field(default_factory=dict)  # "makes up two-thirds of Guyana"
    share_nouns: frozenset[str] = frozenset()
    state_descriptor_nouns: frozenset[str] = frozenset()  # "Douala, the country's economic capital"
    status_holding_verbs: frozenset[str] = frozenset()  # "has held observer status in the SCO"
    named_mission_words: frozenset[str] = frozenset()  # "the SADC Mission in Mozambique (SAMIM)": a body
    despite_preps: frozenset[str] = frozenset()  # "passed despite opposition from X": X opposes it
    beside_preps: frozenset[str] = frozenset()  # "voted against it alongside the US": the US too
    entry_ban_verbs: frozenset[str] = (
        frozenset()
    )  # "banned X from entering", "denied entry to X": sanctions X
    entry_gerunds: frozenset[str] = frozenset()
    entry_places: frozenset[str] = frozenset()
    entry_nouns: frozenset[str] = frozenset()
    listing_verbs: frozenset[str] = frozenset()  # "added X to its export control list": sanctions X
    launching_verbs: frozenset[str] = frozenset()  # "launched Operation X": an attack organized
    list_nouns: frozenset[str] = frozenset()
    delisting_verbs: frozenset[str] = frozenset()
    particle_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    list_qualifiers: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()  # "took part in the arms sale to Taiwan": aids it
    country_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the Baltic states"
    diplomatic_words: frozenset[str] = frozenset()  # "established diplomatic / formal relations"
    recognizing_ties: frozenset[str] = frozenset()  # bare "relations" established recognize
    standing_pact_heads: frozenset[str] = frozenset()  # "its 1951 defense treaty with Manila": signed
    signed_kinds: frozenset[str] = frozenset()
    unsigned_adjectives: frozenset[str] = frozenset()  # "the draft treaty", "a proposed pact": not signed
    part_words: frozenset[str] = frozenset()  # "lifted some of the sanctions": the sanctions lifted
    threat_verbs: frozenset[str] = frozenset()  # their "if" clause is what is threatened, not a condition
    own_pronouns: frozenset[str] = frozenset()  # a threatener's own future act: "warned that it would strike"
    warning_verbs: frozenset[str] = frozenset()  # threat verbs needing a hostile act: "vowed to retaliate"
    reprisal_verbs: dict[str, str] = field(default_factory=dict)  # act → preposition of its target
    regime_nouns: frozenset[str] = frozenset()
    assuring_verbs: frozenset[str] = frozenset()
    restraint_nouns: frozenset[str] = frozenset()
    forum_nouns: frozenset[str] = frozenset()
    traveller_nouns: frozenset[str] = frozenset()
    heading_verbs: dict[str, str] = field(default_factory=dict)
    clash_verbs: dict[str, str | None] = field(default_factory=dict)
    fighting_verbs: frozenset[str] = frozenset()  # "X and Y troops fought near the border": each way
    clash_nouns: frozenset[str] = frozenset()  # "clashes between X and Y troops": each attacked the other
    clashing_forces: frozenset[str] = frozenset()  # "X and Y border troops" are two sides
    contest_words: frozenset[str] = frozenset()  # "clash in the semi-final": a match, no fight
    attempt_verbs: frozenset[str] = frozenset()  # "tried to assassinate": an attack made
    eviction_verbs: frozenset[str] = frozenset()  # "forced X villagers out of their homes": attacked
    eviction_places: frozenset[str] = frozenset()
    attack_receiving_verbs: frozenset[str] = frozenset()  # "survived an attack by X": X attacked it
    borrowing_verbs: frozenset[str] = frozenset()  # "is repaying a Chinese loan": China aids the subject
    violence_nouns: frozenset[str] = frozenset()  # "the killing of Cambodian teenagers by Thai troops"
    capturing_verbs: frozenset[str] = frozenset()  # "captured two Israeli soldiers": Israel attacked
    switch_verbs: frozenset[str] = frozenset()
    switched_nouns: frozenset[str] = frozenset()
    fresh_adjectives: frozenset[str] = frozenset()
    measure_proposal_nouns: frozenset[str] = frozenset()  # 'a proposal for sanctions on X': not in force
    one_person_targets: frozenset[str] = frozenset()  # 'sanctions on a Turkish national': a person
    person_pair_nouns: frozenset[str] = frozenset()  # 'the two men': the two persons just named
    measure_compounds: dict[str, str] = field(default_factory=dict)  # 'asset freezes' read as a verb
    measure_compound_modifiers: frozenset[str] = frozenset()
    measure_cover_verbs: frozenset[str] = frozenset()  # 'the measures, which also cover X'
    measure_announcing_verbs: frozenset[str] = frozenset()  # 'the measures ... were announced by A'
    targeted_kinds: frozenset[str] = frozenset()
    party_kinds: frozenset[str] = frozenset()
    apposed_member_nouns: frozenset[str] = frozenset()  # "Peru and Bolivia, the other members"
    member_copulas: frozenset[str] = frozenset()  # "Egypt became a member last year": the story's body
    party_among_preps: frozenset[str] = frozenset()  # "an agreement among A, B and C": "between"
    placed_occasion_kinds: frozenset[str] = frozenset()  # "signed it at the summit in Baku": kinds placed so
    placed_occasion_preps: frozenset[str] = frozenset()  # "at the summit", "during the conference"
    occasion_edges: frozenset[str] = frozenset()  # "on the sidelines of the summit"
    occasion_edge_preps: frozenset[str] = frozenset()  # "on", "at", "in" the sidelines
    party_place_preps: frozenset[str] = frozenset()  # "talks between A and B in Muscat": the talks' place
    seized_kinds: frozenset[str] = frozenset()
    # force and violence (round 22)
    offensive_nouns: frozenset[str] = frozenset()  # "an offensive against X": an attack, not an invasion
    entering_preps: frozenset[str] = frozenset()  # "an offensive into/in X": forces inside the territory
    spoken_force_verbs: frozenset[str] = frozenset()  # "state media attacked the West": words
    outlet_nouns: frozenset[str] = frozenset()  # subjects that only speak: media, statements, spokesmen
    criticized_objects: frozenset[str] = frozenset()  # "attacked the plan": a stance on it
    spoken_particles: frozenset[str] = frozenset()  # "hit out at London": words
    armed_subjects: frozenset[str] = frozenset()  # "jets attacked ... as part of": force, never words
    force_purpose_nouns: frozenset[str] = frozenset()  # "attacked X as a reprisal": no label, a purpose
    witnessing_verbs: frozenset[str] = frozenset()  # "troops reported shelling": the shelling is not theirs
    subunit_nouns: frozenset[str] = frozenset()  # "the president of Bosnia's entity X": X's office
    nonparty_roles: frozenset[str] = frozenset()  # "signed it with X as witness": X no signatory
    echo_adverbs: frozenset[str] = frozenset()  # "Y also condemned the move": what X condemned
    coming_words: frozenset[str] = frozenset()  # "next year's summit": still to come
    proposing_nouns: frozenset[str] = frozenset()  # "welcomed the initiative of X to hold": proposed
    placeless_kinds: frozenset[str] = frozenset()  # "talks in Madrid": a meeting, held in no place
    body_organs: frozenset[str] = frozenset()  # a bare "the Council" is a body's, never a state's
    attributing_verbs: dict[str, str] = field(default_factory=dict)  # "a strike blamed on X": X did it
    blame_laying_verbs: frozenset[str] = frozenset()  # "put the blame on X": X is blamed
    blame_laid_nouns: frozenset[str] = frozenset()  # what is laid: "the blame", "responsibility"
    blame_onto_preps: frozenset[str] = frozenset()  # "blamed the unrest on X", "onto X": X is blamed
    harming_verbs: frozenset[str] = frozenset()  # "an attack ... killed 20 people in Nairobi": where, whom
    erupting_verbs: frozenset[str] = frozenset()  # "fighting broke out between X and Y troops"
    invading_verbs: frozenset[str] = frozenset()  # "troops crossed into Ethiopia": INVADED
    invading_forces: frozenset[str] = frozenset()  # fighting forces (not peacekeepers or police)
    meeting_kinds: frozenset[str] = frozenset()
    measure_kinds: frozenset[str] = frozenset()
    topic_qualifiers: frozenset[str] = frozenset()
    dropped_qualifiers: frozenset[str] = frozenset()
    # mentions
    locative_preps: frozenset[str] = frozenset()
    struck_near_preps: frozenset[str] = frozenset()  # (r33) "the attack near Pahalgam"
    org_words: frozenset[str] = frozenset()
    # modality and arguments
    negating_nouns: frozenset[str] = frozenset()
    taken_nouns: frozenset[str] = frozenset()
    possible_nouns: frozenset[str] = frozenset()
    possible_adjectives: frozenset[str] = frozenset()
    possible_determiners: frozenset[str] = frozenset()
    excluding_verbs: dict[str, str] = field(default_factory=dict)
    charge_verbs: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    conferring_verbs: frozenset[str] = frozenset()
    finite_conferring_verbs: frozenset[str] = frozenset()  # (r37) only as a finite verb: "they talked"
    phoned_verbs: frozenset[str] = frozenset()  # (r37) "the two men spoke by phone": a call had together
    phone_nouns: frozenset[str] = frozenset()
    joint_agreeing_verbs: frozenset[str] = frozenset()  # "A and B agreed to ...": an agreement of theirs
    reaching_verbs: frozenset[str] = frozenset()
    consensus_nouns: frozenset[str] = frozenset()  # "reached an understanding to ...": agreed together
    binding_modals: frozenset[str] = frozenset()
    dissent_verbs: frozenset[str] = frozenset()  # "agreed to disagree": no agreement
    bare_deal_heads: frozenset[str] = frozenset()  # later mentions of an agreement named by a verb
    mediation_words: frozenset[str] = frozenset()  # "mediated between A and B": ORGANIZED the mediation
    offering_verbs: frozenset[str] = frozenset()
    shielding_preps: frozenset[str] = frozenset()  # "defended X against criticism of its ...": X's
    defending_verbs: frozenset[str] = frozenset()  # "defended Iran against criticism": SUPPORTS
    charged_words: frozenset[str] = frozenset()
    sharing_verbs: frozenset[str] = frozenset()  # "shared intelligence with Iraq": contact (MET_WITH)
    shared_knowledge: frozenset[str] = frozenset()
    partitive_words: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    designating_verbs: frozenset[str] = frozenset()
    terror_words: frozenset[str] = frozenset()
    branding_verbs: frozenset[str] = frozenset()
    # round 22, who the actors are (one block in lexicon.yaml)
    mission_bodies: frozenset[str] = frozenset()  # "sent troops to the AU mission in Somalia": Somalia
    contributing_verbs: frozenset[str] = frozenset()  # "will contribute police to the Haiti mission"
    contingent_nouns: frozenset[str] = frozenset()  # "the mission has troops from Nepal": a member
    serving_verbs: frozenset[str] = frozenset()  # "Rwandan troops serving with the AU force in Darfur"
    mission_leading_verbs: frozenset[str] = frozenset()  # "Kenya will lead a police mission to Haiti"
    force_units: frozenset[str] = frozenset()  # "a joint force of Nigerian and Chadian troops"
    unit_members: frozenset[str] = frozenset()  # "a flotilla of Chinese warships"
    irregular_fighters: frozenset[str] = frozenset()  # "M23 rebels ... The rebels": the group named
    opposition_words: frozenset[str] = frozenset()  # "Georgian opposition lawmakers": not the state
    home_government_nouns: frozenset[str] = frozenset()  # "the opposition leader urged the government"
    place_name_tails: frozenset[str] = frozenset()  # "the Indian Ocean", "British Columbia": no state
    communal_words: frozenset[str] = frozenset()  # "Syrian Kurdish fighters": not Syria's
    combining_forms: dict[str, str] = field(default_factory=dict)  # "Sino-Russian": China and Russia
    # round 22, who speaks and whose case: measures on an official named by title only are the person's
    official_measure_verbs: frozenset[str] = frozenset()  # "sanctioned Nicaragua's foreign minister"
    official_measure_nouns: frozenset[str] = frozenset()  # "a visa ban on Iran's deputy foreign minister"
    official_measure_preps: frozenset[str] = frozenset()
    official_asset_nouns: frozenset[str] = frozenset()  # "froze the assets of Iran's intelligence minister"
    official_asset_verbs: frozenset[str] = frozenset()
    proviso_verbs: frozenset[str] = frozenset()  # "will back X provided that ...": conditional
    proviso_nouns: frozenset[str] = frozenset()  # "on condition that ..."
    proviso_adverbs: frozenset[str] = frozenset()  # "as long as ..."
    proviso_adjectives: frozenset[str] = frozenset()  # "will approve it, subject to a vote"
    arms_contract_nouns: frozenset[str] = frozenset()  # (r38) "a contract with Sweden for 24 jets"
    posted_officers: frozenset[str] = frozenset()  # (r38) "deploying 50 officers to the Finnish side"
    duration_idioms: frozenset[str] = frozenset()  # (r38) "as long as it takes": a span, no condition
    consultation_nouns: frozenset[str] = frozenset()  # "recalled its envoy for consultations": no protest
    recall_grievance_preps: frozenset[str] = frozenset()  # ... unless a grievance is named ("over ...")
    recall_grievance_nouns: frozenset[str] = frozenset()  # ("in protest", "to protest the raid")
    # PRECISION (round 23, r23f): false claims by construction
    guest_behest_nouns: frozenset[str] = frozenset()  # "visited Astana at the invitation of X": no request
    guest_verbs: frozenset[str] = frozenset()  # the journeys a host's invitation frames
    guest_visit_nouns: frozenset[str] = frozenset()  # "paid an official visit ... at the invitation of X"
    own_official_skipped: frozenset[str] = frozenset()  # "Denmark SUPPORTS its own prime minister": none
    # (r36) deeds against a state's own order: "the general who led the coup" ORGANIZED it, not his state
    personal_deed_kinds: frozenset[str] = frozenset()
    bond_heads: frozenset[str] = frozenset()  # "reaffirmed their partnership and signed ten agreements": two
    # membership implied (round 23, loaders/extract/membership.py)
    within_preps: frozenset[str] = frozenset()  # "cooperation within the SCO"
    joint_work_words: frozenset[str] = frozenset()  # cooperation, coordinate: work done inside a body
    joint_work_preps: frozenset[str] = frozenset()  # "the cooperation of/between the two countries"
    joint_work_carriers: frozenset[str] = frozenset()  # "exchanged views on cooperation within X" (r37)
    joint_work_carrier_verbs: frozenset[str] = frozenset()  # exchange, hold: the carriers' verbs
    frame_nouns: frozenset[str] = frozenset()  # "within the framework of the CIS"
    frame_preps: frozenset[str] = frozenset()  # "in the framework of", "cooperation in the SCO"
    banding_verbs: dict[str, str | None] = field(default_factory=dict)  # "banded together in": lemma → word
    banding_preps: frozenset[str] = frozenset()
    operation_sending_verbs: frozenset[str] = frozenset()  # "sent a frigate to Operation Aspides"
    pledged_assets: frozenset[str] = frozenset()  # "pledged aircraft to Operation X" (contributing_verbs)
    chairing_verbs: frozenset[str] = frozenset()  # "the Minsk Group, co-chaired by France"
    naming_participles: dict[str, str | None] = field(default_factory=dict)  # "known as the E3": lemma → prep
    status_granting_verbs: frozenset[str] = frozenset()  # "was granted observer status"
    status_body_preps: frozenset[str] = frozenset()  # "observer status in the SCO"
    convening_verbs: frozenset[str] = frozenset()  # "announced a joint summit": convened, not met
    convened_kinds: frozenset[str] = frozenset()  # the event kinds convened so (summit)
    co_hosting_verbs: frozenset[str] = frozenset()  # "co-hosted by A and B": both ORGANIZED it
    co_backing_verbs: frozenset[str] = frozenset()  # "co-sponsored by A and B": both SUPPORTS the text
    host_nouns: frozenset[str] = frozenset()  # "Brazil, the host of the G20 summit": ORGANIZED
    host_playing_verbs: frozenset[str] = frozenset()  # "played host to the talks"
    treaty_article_words: frozenset[str] = frozenset()  # "invoked NATO's Article 4": a member invokes it
    treaty_bodies: dict[str, str] = field(default_factory=dict)  # founding treaty → the body's gazetteer key
    member_class_nouns: frozenset[str] = frozenset()  # "G7 nations Japan and Canada": members
    fellow_words: frozenset[str] = frozenset()  # "its fellow GCC members": the owner is a member
    fellow_member_nouns: frozenset[str] = frozenset()
    bare_join_verbs: frozenset[str] = frozenset()  # "since Cambodia joined in 1999": the body named before
    partner_nouns: frozenset[str] = frozenset()  # "Cameroon's partners in CEMAC, including Chad": members
    fellow_owner_nouns: frozenset[str] = frozenset()  # (their plural's owner is one too: "Mali's partners")
    chair_term_words: frozenset[str] = frozenset()  # "Malaysia, this year's chair": the body of the story
    body_envoy_nouns: frozenset[str] = frozenset()  # "the Forum, whose leaders met in Honiara": its meeting
    # aid told by what it goes to (round 27, aid.py)
    armed_supplying_verbs: frozenset[str] = frozenset()
    punishing_verbs: frozenset[str] = frozenset()  # "sanctioned X for supplying ...": X supplied
    consent_pacts: frozenset[str] = frozenset()  # "sent troops under a bilateral agreement with Maputo"
    bilateral_words: frozenset[str] = frozenset()
    armed_receivers: frozenset[str] = frozenset()  # "supplied components to Russia's military"
    supplied_kit: frozenset[str] = frozenset()  # "supplied much of Pakistan's military hardware"
    funding_verbs: frozenset[str] = frozenset()  # "paid for part of the Rwandan operation"
    funding_preps: frozenset[str] = frozenset()
    cost_verbs: frozenset[str] = frozenset()  # "covered the cost of ..." (not "covered the deployment")
    funded_operations: frozenset[str] = frozenset()
    cost_nouns: frozenset[str] = frozenset()  # "the cost of the deployment": the deployment
    readiness_adjectives: frozenset[str] = frozenset()  # "stands ready to support X": support held now
    readiness_verbs: frozenset[str] = frozenset()

    seat_bodies: dict[str, str] = field(default_factory=dict)  # "a non-permanent member": the UNSC
    listed_member_nouns: frozenset[str] = frozenset()  # "member states, including Hungary": the story's body
    capacity_preps: frozenset[str] = frozenset()  # "Malaysia, as chair of ASEAN": a member
    proxy_speaking_verbs: frozenset[str] = frozenset()  # "Iraq, speaking for the G77": a member
    part_force_nouns: frozenset[str] = frozenset()  # "the Malawian contingent": in the story's mission
    seat_nouns: frozenset[str] = frozenset()  # "holds a seat on the Security Council": a member
    seat_holding_verbs: frozenset[str] = frozenset()
    seat_preps: frozenset[str] = frozenset()
    sitting_verbs: frozenset[str] = frozenset()  # "sits on the IAEA board": a member
    suspension_nouns: frozenset[str] = frozenset()  # "lifted Mali's suspension": a member, suspended
    suspension_ending_verbs: frozenset[str] = frozenset()  # "lifted the suspension": a full member again
    ally_naming_verbs: frozenset[str] = frozenset()  # "designated Qatar a major non-NATO ally": allies
    contributor_nouns: frozenset[str] = frozenset()  # "the largest contributor to the mission": a member
    bid_verbs: frozenset[str] = frozenset()  # "applied as a member": no member yet
    founding_text_words: frozenset[str] = frozenset()  # "left the Rome Statute of the ICC": left the ICC
    # triage
    parse_words: frozenset[str] = frozenset()
    parse_verbs: tuple[str, ...] = ()
    pointer_words: frozenset[str] = frozenset()
    irregular_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _trigger(spec: dict[str, Any]) -> Trigger:
    preps = spec.get("preps", {})
    named = [spec.get("rel"), spec.get("negated"), *spec.get("also", {}).values()]
    named += list(preps.values()) if isinstance(preps, dict) else []
    named += list(spec.get("by_label", {}).values())
    undone = spec.get("undone", {})
    named += [undone.get("rel"), spec.get("spoken"), spec.get("one_object")]

    for rel in named:
        if rel is not None and rel not in RELATIONS:
            raise ValueError(f"lexicon: unknown relation {rel!r}")
    if isinstance(preps, list):  # nouns list the prepositions of their object (or map each to a relation)
        preps = {p: spec.get("rel") or undone["rel"] for p in preps}
    objects = spec.get("objects")
    return Trigger(
        rel=spec.get("rel"),
        preps=dict(preps),
        negated=spec.get("negated"),
        through=bool(spec.get("through", False)),
        objects=frozenset(Label(o) for o in objects) if objects else None,
        also=dict(spec.get("also", {})),
        needs_context=spec.get("needs_context", False),
        modifier_objects=frozenset(Label(o) for o in spec.get("modifier_objects", [])),
        subjects=frozenset(Label(o) for o in spec["subjects"]) if "subjects" in spec else None,
        bare_object=bool(spec.get("bare_object", False)),
        by_label=dict(spec.get("by_label", {})),
        object_preps=bool(spec.get("object_preps", False)),
        object_heads=frozenset(spec["object_heads"]) if "object_heads" in spec else None,
        aimed=frozenset(spec.get("aimed", [])),
        one_object=spec.get("one_object"),
        credit=spec.get("credit"),
        spoken=spec.get("spoken"),
        verbs=frozenset(spec.get("verbs", [])),
        undone=undone.get("rel"),
        undone_by=frozenset(undone.get("by", [])),
        except_modifiers=frozenset(spec.get("except_modifiers", [])),
        only_modifiers=frozenset(spec.get("only_modifiers", [])),
        targeting=frozenset(spec.get("targeting", [])),
        verbs_only=bool(spec.get("verbs_only", False)),
        holder_preps=frozenset(spec.get("holder_preps", [])),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The process-wide lexicon."""
    with (DATA / "lexicon.yaml").open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.load(fh, Loader=UniqueKeyLoader)  # a SafeLoader subclass
    modality = spec["modality"]
    topics = tuple(
        Topic(
            kind,
            Label(t["label"]),
            tuple(str(h) for h in t["heads"]),
            {str(h): frozenset(str(w) for w in ws) for h, ws in t.get("qualified", {}).items()},
            {str(h): frozenset(str(w) for w in ws) for h, ws in t.get("unless", {}).items()},
        )
        for kind, t in spec["topics"].items()
    )
    heads: dict[str, Topic] = {}
    phrases: dict[tuple[str, ...], Topic] = {}
    for topic in topics:
        for head in topic.heads:
            # the tokenizer splits hyphens off ("two-state solution": two - state solution)
            words = tuple(w for word in head.lower().split() for w in re.split(r"(?<=\w)(-)(?=\w)", word))
            if len(words) == 1:
                heads[words[0]] = topic
            else:
                phrases[words] = topic
    evaluations = {str(word).lower(): rel for rel, words in spec["evaluations"].items() for word in words}
    return Lexicon(
        verbs={k: _trigger(v) for k, v in spec["verbs"].items()},
        nouns={k: _trigger(v) for k, v in spec["nouns"].items()},
        light_verbs=frozenset(spec["light_verbs"]),
        evaluations=evaluations,
        evaluation_verbs=frozenset(spec["evaluation_verbs"]),
        evaluation_adverbs=dict(spec.get("evaluation_adverbs", {})),
        critical_nouns=frozenset(spec.get("critical_nouns", [])),
        future=frozenset(modality["future"]),
        hypothetical=frozenset(modality["hypothetical"]),
        backshifted_future=frozenset(modality["backshifted_future"]),
        backshift_verbs=frozenset(modality["backshift_verbs"]),
        negating_verbs=frozenset(modality["negating_verbs"]),
        hypothetical_verbs=frozenset(modality["hypothetical_verbs"]),
        requesting_verbs=frozenset(modality["requesting_verbs"]),
        conditional_marks=frozenset(modality["conditional_marks"]),
        reporting_verbs=frozenset(modality["reporting_verbs"]),
        state_organs=frozenset(spec["state_organs"]),
        group_nouns=frozenset(spec["group_nouns"]),
        titles=frozenset(str(t).lower() for t in spec["titles"]),
        head_titles=tuple(spec["head_titles"]),
        person_titles=frozenset(spec["person_titles"]),
        topics=topics,
        topic_heads=heads,
        topic_phrases=phrases,
        phrases_by_last={
            last: [(w, t) for w, t in phrases.items() if w[-1] == last] for last in {w[-1] for w in phrases}
        },
        # a qualified head ("case") also names its kind bare where the article names it plainly
        topic_weak={
            str(w): t for t in topics for w in [*spec["topics"][t.kind].get("weak", []), *t.qualified]
        },
        media=frozenset(spec["media_outlets"]),
        transparent=frozenset(spec.get("transparent_nouns", [])),
        private_roles=frozenset(spec.get("private_roles", [])),
        words=_rule_words(spec, {t.kind for t in topics}),
        judged_requests=_judged_requests(spec.get("judged_requests", {})),
    )


def _stance_adjectives(spec: dict[str, Any], name: str = "stance_adjectives") -> dict[str, dict[str, str]]:
    out = {str(adj): {str(p): str(rel) for p, rel in preps.items()} for adj, preps in spec.items()}
    for preps in out.values():
        for rel in preps.values():
            if rel not in RELATIONS:
                raise ValueError(f"lexicon: unknown relation {rel!r} in {name}")
    return out


def _strings(spec: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of words, in order; YAML's other types ("no" read as false) are an error, not a word."""
    words = spec[key]
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"lexicon: {key} must be a list of words (quote yes/no/on/off/null)")
    return tuple(words)


def _rule_words(spec: dict[str, Any], kinds: set[str]) -> RuleWords:
    flat: dict[str, Any] = {}
    for f in fields(RuleWords):
        if str(f.type).startswith("frozenset"):
            flat[f.name] = frozenset(_strings(spec, f.name))
        elif str(f.type).startswith("tuple"):
            flat[f.name] = _strings(spec, f.name)
        elif str(f.type) in {"dict[str, str]", "dict[str, str | None]"} and f.name != "bare_votes":
            # word → word maps ("withdraw: recall"); a null value stays None where the type allows it
            flat[f.name] = {str(k): None if v is None else str(v) for k, v in spec[f.name].items()}
    for name in [n for n in flat if n.endswith("_kinds") and n != "acting_body_kinds"]:
        if not flat[name] <= kinds:
            raise ValueError(f"lexicon: {name} names unknown topic kinds {sorted(flat[name] - kinds)}")
    for name in (
        "personal_acts",
        "official_targets",
        "copied_relations",
        "protested_deeds",
        "conditioned_measures",
        "own_official_skipped",
        "kind_relations",
    ):
        if unknown := flat[name] - RELATIONS.keys():
            raise ValueError(f"lexicon: {name} names unknown relation types {sorted(unknown)}")
    for name in (
        "exchanged_acts",
        "denied_qualities",
        "stance_agents",
        "object_idioms",
        "phrase_idioms",
        "copular_stance_preps",
        "vote_labels",
    ):
        if unknown := set(flat[name].values()) - RELATIONS.keys():
            raise ValueError(f"lexicon: {name} names unknown relation types {sorted(unknown)}")
    bare_votes = {str(k): str(v) for k, v in spec["bare_votes"].items()}
    for rel in bare_votes.values():
        if rel not in RELATIONS:
            raise ValueError(f"lexicon: unknown relation {rel!r}")
    return RuleWords(
        **flat,
        status_verbs={
            str(k): MemberStatus(str(v["participation"]), str(v["member"]))
            for k, v in spec["status_verbs"].items()
        },
        leave_verbs={str(k): bool(v) for k, v in spec["leave_verbs"].items()},
        protest_adjuncts={str(k): tuple(str(w) for w in v) for k, v in spec["protest_adjuncts"].items()},
        ruling_organs={str(k): frozenset(str(w) for w in v) for k, v in spec["ruling_organs"].items()},
        office_aliases={str(k): frozenset(str(w) for w in v) for k, v in spec["office_aliases"].items()},
        stance_agent_qualifiers={
            str(k): frozenset(str(w) for w in v) for k, v in spec["stance_agent_qualifiers"].items()
        },
        copy_phrases={str(k): frozenset(str(w) for w in v) for k, v in spec["copy_phrases"].items()},
        act_verb_nouns={str(k): frozenset(str(w) for w in v) for k, v in spec["act_verb_nouns"].items()},
        particle_preps={str(k): frozenset(str(w) for w in v) for k, v in spec["particle_preps"].items()},
        ally_nouns={str(k): frozenset(str(w) for w in v) for k, v in spec["ally_nouns"].items()},
        partnership_qualifiers={
            str(k): frozenset(str(w) for w in v) for k, v in spec["partnership_qualifiers"].items()
        },
        country_groups={str(k): tuple(str(w) for w in v) for k, v in spec["country_groups"].items()},
        regional_groups={str(k): tuple(str(w) for w in v) for k, v in spec["regional_groups"].items()},
        group_counts={str(k): int(v) for k, v in spec["group_counts"].items()},
        count_words={str(k): int(v) for k, v in spec["count_words"].items()},
        bare_votes=bare_votes,
        deem_verbs={str(k): bool(v) for k, v in spec["deem_verbs"].items()},
        stance_adjectives=_stance_adjectives(spec["stance_adjectives"]),
        stance_adjuncts=_stance_adjectives(spec["stance_adjuncts"], "stance_adjuncts"),
        irregular_forms={str(k): tuple(str(w) for w in v) for k, v in spec["irregular_forms"].items()},
        verb_events=(events := _verb_events(spec.get("verb_events", {}), kinds)),
        event_objects={
            kind: frozenset(o for e in events.values() if e.kind == kind for o in e.objects)
            for kind in {e.kind for e in events.values()}
        },
    )


def _verb_events(spec: dict[str, Any], kinds: set[str]) -> dict[str, VerbEvent]:
    out = {
        str(verb): VerbEvent(
            str(v["kind"]),
            frozenset(str(o) for o in v.get("objects", [])),
            str(v["head"]),
            bool(v.get("struck", False)),
        )
        for verb, v in spec.items()
    }
    if unknown := {e.kind for e in out.values()} - kinds:
        raise ValueError(f"lexicon: verb_events name unknown topic kinds {sorted(unknown)}")
    return out
