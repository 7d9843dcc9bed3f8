"""How a clause states its relation: asserted, negated, future or hypothetical, and how surely.

The verb's own auxiliaries and negation count, and so does the chain of clauses above it: "failed to
condemn" (negated), "threatened to impose", "urged X to impose" (hypothetical), "their refusal to
recognize" (negated), "the authority to sign" (hypothetical), "if Tehran enriches ..." (hypothetical). A
reported clause ("accused X of arming Y") stays asserted with a lower confidence.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Modality
from loaders.extract.args import after_let_alone, is_infinitive, is_subjunctive
from loaders.extract.denials import any_object, charge_denied_by_which, charge_over, planned_tense, proviso
from loaders.extract.lexicon import Lexicon

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"xcomp", "conj", "acl", "advcl", "pcomp", "ccomp", "relcl"}


def _proposed_by_object(t: Token, lex: Lexicon) -> bool:
    """An infinitive the small model hung on the verb as an adverbial, right after the verb's object, a noun
    of an initiative (lexicon proposing_nouns): "welcomed the initiative of Togo to hold a summit", "backed
    Qatar's offer to host the talks" (the act proposed, not done; not "sent troops to help Mali")."""
    if not is_infinitive(t) or t.i < t.head.i:
        return False
    objects = [c for c in t.head.children if c.dep_ in {"dobj", "obj"} and c.i < t.i]
    # (a name may stand between, read as an object too: "the initiative of the President ... Mr. X to hold")
    return any(
        o.lemma_.lower() in lex.words.proposing_nouns
        and not any(w.pos_ in {"VERB", "AUX"} for w in t.doc[o.i + 1 : t.left_edge.i])
        for o in objects
    )


def _two_before(t: Token) -> str:
    """The two words before a verb, adverbs between skipped ("short of formally recognising")."""
    i = t.i
    while i > 0 and t.doc[i - 1].pos_ == "ADV" and t.doc[i - 1].head.i == t.i:
        i -= 1
    return " ".join(w.lower_ for w in t.doc[max(i - 2, 0) : i])


def _instead(t: Token, lex: Lexicon) -> bool:
    """A verb right after "instead of", "rather than": the act not done ("Instead of recognising Kosovo,
    Greece upgraded its office", "rather than openly condemning")."""
    return t.pos_ in {"VERB", "AUX"} and _two_before(t) in lex.words.contrary_phrases


def modality(verb: Token, lex: Lexicon) -> tuple[Modality, float]:
    """The modality of ``verb``'s clause and a confidence for a relation it states."""
    future = hypothetical = reported = permitted = asked = False
    # "accused of arming the Houthis, a charge Tehran denies": the deed is denied, the accusation stands
    negated = _denied_aside(verb, lex) and not _is_charge(verb, lex)
    aside = False  # climbed out of an adverbial clause: "Although X voted for it, X has not joined ..."
    unexcluded = -1  # a verb that negates "rule out" under it ("refused to rule out") leaves the act open
    t, hops = verb, 0
    while True:
        if _charge_denied_after(t, lex):
            # "X accused Y of harbouring militants, a charge Y denies", parsed as "Y denies [X accused ...]":
            # the accusation stands, the deed charged is denied
            negated = negated or not _is_charge(verb, lex)
            break
        if _summed_up_after(t):  # "Kenya backs the plan, a position Uganda rejects": Kenya's backing stands
            break
        if t.i != verb.i and _is_charge(t, lex) and _denied_aside(t, lex):
            negated = True  # "Burundi accused Rwanda of backing rebels, a claim Kigali rejected": the backing
        n, f, h = _own_marks(t, lex)
        if t.i != verb.i and _excluding(t, lex):  # "ruled out vetoing" is no veto; "has not ruled out
            n, h = not n, h or n  # vetoing" leaves one possible
            if t.dep_ == "xcomp" and t.head.lemma_ in lex.negating_verbs:  # "refused to rule out": open
                n, h, unexcluded = False, True, t.head.i
        if t.i != verb.i and n and t.lemma_.lower() in lex.words.forecast_verbs:
            n, h = False, True  # "Egypt is not expected to recognize Somaliland": a forecast, no refusal
        negated, future, hypothetical = negated or (n and not aside), future or f, hypothetical or h
        if t.i != verb.i:
            lemma = t.lemma_
            negated = negated or (lemma in lex.negating_verbs and not aside and t.i != unexcluded)
            hypothetical = hypothetical or lemma in lex.hypothetical_verbs
            # "vowed to seize Taiwan", "warned it would strike": an act of force promised is not done
            hypothetical = hypothetical or (
                lemma in lex.words.warning_verbs and verb.lemma_.lower() in lex.words.force_verbs
            )
            future = future or lemma in lex.words.scheduled_words  # "is set to impose": will impose
            reported = reported or lemma in lex.reporting_verbs
        negated = negated or _yet_to(t) or _instead(t, lex)
        naming = t.lemma_.lower() in lex.words.naming_verbs
        if t.i == verb.i and t.tag_ == "VBG" and t.dep_ == "advcl" and naming:
            break  # "said they would quit the ICC, calling it an instrument of repression": said now, as done
        if t.dep_ in {"xcomp", "ccomp"} and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in t.children
        ):
            hypothetical = True  # "has not decided whether to join": an open question, not a refusal
            break
        copula = t.head.head
        if (
            t.dep_ in {"acl", "relcl"}
            and is_infinitive(t)
            and t.head.dep_ == "attr"
            and copula.lemma_ in lex.words.copulas
            and copula.i != t.i
        ):  # "will be the last Arab state to normalise ties" (future), "was the first to recognise" (done)
            t, hops = copula, hops + 1
            continue
        if (
            t.i == verb.i
            and t.dep_ == "xcomp"
            and is_infinitive(t)
            and t.head.dep_ == "acomp"
            and t.head.lemma_.lower() in lex.words.readiness_adjectives
            and verb.lemma_.lower() in lex.words.readiness_verbs
        ):  # "stands ready to support Mozambique": a stance held now, read on the copula ("is not ready",
            t, hops = t.head.head, hops + 1  # "ready to help if asked" stay open)
            continue
        if t.dep_ in {"acl", "xcomp"} and is_infinitive(t):
            if t.head.lemma_.lower() in lex.words.negating_nouns:  # "their refusal to recognize"
                negated = True
            elif any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
                negated = True  # "has no plans to recognise Israel"
            elif (
                t.head.pos_ in {"NOUN", "ADJ"}
                and t.head.lemma_.lower() not in lex.words.taken_nouns
                and t.head.lemma_.lower() not in lex.words.scheduled_words  # "is due to join": to come
                and t.head.lemma_.lower() not in lex.words.done_adjectives  # "was quick to condemn": done
            ):
                # "the authority to sign", "willing to adhere" (but "Putin's decision to invade" was taken)
                hypothetical = True
            elif t.head.pos_ == "NOUN" and _own_marks(t.head.head, lex)[1]:
                hypothetical = True  # "will take a decision to invite X": a decision still to be taken
        if t.dep_ == "pcomp" and t.head.lower_ == "by":
            break  # "trying to isolate Moscow by imposing sanctions": the means is done, whatever the aim
        if t.dep_ == "pcomp" and t.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in t.children):
            break  # "passed, with Hungary voting against it": an absolute clause states what happened
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and hops < 4:
            holder = t.head.head  # "refrain from adopting", "a path to joining", "talks on joining"
            contrary = t.head.lower_ in lex.words.contrary_preps  # "spoke out against joining"
            # "banned its officials from travelling to Russia", "stopped X from annexing Y": kept from it
            contrary = contrary or (
                t.head.lower_ == "from" and holder.lemma_.lower() in lex.words.prevention_verbs
            )
            warned = holder.lemma_.lower() in lex.words.charge_verbs and any(
                c.dep_ in {"dobj", "obj"} for c in holder.children
            )
            if contrary and warned:  # "warned Finland against joining NATO": Finland might, or might not
                hypothetical = True
            else:
                negated = negated or contrary
            hypothetical = hypothetical or t.head.lower_ == "to"  # "committed to joining": a goal
            # "spoke about visiting Georgia", "talked about joining NATO": a topic, not a deed done
            hypothetical = hypothetical or t.head.lower_ in lex.words.topic_preps
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in lex.words.backing_idiom_nouns:
                voted = holder.head.head.lemma_.lower() in lex.words.adopting_verbs
                if holder.dep_ == "pobj" and holder.head.lower_ == "in" and voted:  # "in favour of X-ing"
                    t, hops = holder.head.head, hops + 1
                    continue
            if holder.pos_ == "NOUN":
                if holder.lemma_.lower() in lex.words.negating_nouns:
                    negated = True
                elif holder.lemma_.lower() not in lex.words.talks_nouns:
                    hypothetical = True
                break
            t, hops = holder, hops + 1
            continue
        if (
            t.dep_ in {"acl", "ccomp"}
            and t.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children)
        ):  # "there is no sign that Iran will attack Israel", "no evidence that ...": not asserted
            hypothetical = True
            break
        if t.dep_ in {"acl", "ccomp"} and t.head.lemma_.lower() in lex.words.claim_nouns:
            # "accusations that it supports the M23": a claim reported; denied, it is negated
            claim = t.head
            reported = True
            if _claim_denied(claim, lex):
                negated = True  # ("reports that Egypt had supplied rockets were denied by Cairo")
            break
        if t.dep_ in {"dobj", "obj"} and hops > 0 and t.head.pos_ == "VERB" and t.head.i != t.i:
            # "will file a document backing X", "in a bid to file a document backing X": what a thing
            # still to be made says is not said yet (its maker's future or hypothesis; a vetoed draft
            # still says what it says); one declined or not joined says nothing of its would-be maker's
            # ("declined to join statements criticising the vote": no criticism by the one who declined)
            held, _ = modality(t.head, lex)
            hypothetical = hypothetical or held is Modality.HYPOTHETICAL
            future = future or held is Modality.FUTURE
            negated = negated or held is Modality.NEGATED
            break
        if t.dep_ not in _CLIMB or hops >= 4 or t.head.i == t.i:
            break
        asking = t.head.lemma_.lower() in lex.requesting_verbs and not _courtesy_call(t, lex)
        if (t.dep_ in {"xcomp", "ccomp"} or (t.dep_ == "acl" and t.head.pos_ == "VERB")) and asking:
            hypothetical = asked = True  # "urged Serbia to sanction Russia": asked for, not done
        pressed = t.dep_ == "xcomp" and t.head.lemma_.lower() in lex.words.pressing_verbs and is_infinitive(t)
        if pressed and any(c.dep_ in {"dobj", "obj"} for c in t.head.children):
            # "pressured Hungary to lift its veto": pressed for, not done (with its object: "pushed to expand
            # the bloc" is its own push)
            hypothetical = asked = True
        if t.dep_ in {"acl", "advcl", "ccomp"} and t.head.lemma_.lower() in lex.words.demand_nouns:
            hypothetical = asked = True  # "its demand that Israel withdraw from Gaza": asked, not done
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.words.mandative_verbs and is_subjunctive(t):
            hypothetical = asked = True  # "insisted that Seoul honour the accord": demanded, not done
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in lex.words.promising_verbs:
            future = True  # "has pledged to send troops to Haiti": promised, still to come
        if (
            t.dep_ == "xcomp"
            and t.head.lemma_.lower() in lex.words.agreeing_verbs
            and verb.lemma_.lower() in lex.words.pending_acts
        ):  # "agreed to hold exercises annually", "agreed to sign a treaty": pending (rule 6), not held yet
            hypothetical = True
        if t.dep_ == "advcl" and is_infinitive(t) and t.head.lemma_.lower() in lex.requesting_verbs:
            hypothetical = True  # "... and called on Beijing to release her": the parser's adverbial
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in lex.words.inviting_verbs:
            hypothetical = True  # "invited the Ugandan president to pay a state visit": not yet paid
        if t.dep_ == "advcl" and _proposed_by_object(t, lex):
            hypothetical = True  # "welcomed the initiative of Togo to hold a summit": the parser's adverbial
        if t.dep_ == "conj" and any(c.dep_ in _SUBJ for c in t.children):
            break
        if t.dep_ == "conj" and t.tag_ == "VB" and t.head.dep_ == "xcomp" and t.head.tag_ == "VB":
            # "refused to impose sanctions on Russia or to condemn it": the second infinitive is refused too
            t, hops = t.head, hops + 1
            continue
        if t.dep_ == "ccomp" and t.head.lemma_ in lex.hypothetical_verbs and is_infinitive(t):
            hypothetical = True  # "wants the deal between them to go ahead": an infinitive wished for
        if (
            t.dep_ == "acl"
            and t.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in t.children)
            and not any(c.lower_ in {"any", "every", "no"} for c in t.head.children)  # "any plan endorsed by"
        ):
            break  # "rejected a plan floated by Washington": the floating was done, whatever befell the plan
        bare = t.dep_ == "conj" and t.tag_ == "VB" and not any(c.dep_ in {"aux", *_SUBJ} for c in t.children)
        if bare and t.head.pos_ in {"VERB", "AUX"}:
            # "would follow Spain's example and recognise Palestine": a bare verb shares its conjunct's modal
            n, f, h = _own_marks(t.head, lex)
            negated, future, hypothetical = negated or n, future or f, hypothetical or h
        if t.dep_ == "conj" and any(
            c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in t.head.children
        ):  # "if Iran restores access and resumes talks": the second verb shares the condition
            hypothetical = True
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.words.permitting_verbs:
            # "would not allow Sweden to join NATO": allowed or not (not reported); stopped by another, the
            # act is not done but not refused by its subject either
            permitted = True
            t, hops = t.head, hops + 1
            continue
        if t.dep_ in {"ccomp", "relcl", "conj"}:  # a reported clause keeps its own modality
            reported = reported or (t.dep_ == "ccomp" and t.head.lemma_ in lex.reporting_verbs)
            # ... unless it is denied: "Moscow denied that it had supplied weapons"
            negated = negated or (t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.words.denying_verbs)
            # ... or doubted: "analysts doubt that Russia will honour the deal"
            hypothetical = hypothetical or (
                t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.words.doubting_verbs
            )
            break
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBD"
            and any(c.dep_ in _SUBJ for c in t.children)
            and any(c.dep_ == "mark" and c.lower_ in lex.words.contrast_marks for c in t.children)
        ):
            break  # "Bahrain will join, while Oman chose to stay out": a contrasted past deed of its own
        # (a purpose shares its act's fate: "refused to approve funding to help Ukraine" helps no one)
        aside = aside or (t.dep_ == "advcl" and not is_infinitive(t) and not _excluded_gerund(t, lex))
        t, hops = t.head, hops + 1
    hypothetical = hypothetical or proviso(verb, lex)  # "will back X provided that ...", "as long as ..."
    plan = planned_tense(verb, lex)
    if plan == "past" and not negated:  # "Argentina was set to join BRICS before ...": a plan of the past
        hypothetical = True
    future = future or plan == "future"  # "Norway is to recognise Palestine", "is going to sign"
    if negated and (permitted or asked):
        # ("demanded that its partners refuse to recognize X": a refusal asked for is not made)
        return Modality.HYPOTHETICAL, 0.6
    if negated:
        return Modality.NEGATED, 0.8
    if hypothetical or _asked(verb):
        return Modality.HYPOTHETICAL, 0.6
    if future:
        return Modality.FUTURE, 0.8
    return Modality.ASSERTED, 0.65 if reported else 0.9


def _asked(verb: Token) -> bool:
    """A yes-no question states nothing: "Will Armenia leave the CSTO?", "Has Russia recognised the
    Taliban?" (a why or how question takes its fact as given: "Why did Armenia freeze its membership?")."""
    sent = verb.sent
    end = sent.end - 1
    while end > sent.start and (sent.doc[end].text in _QUOTES or sent.doc[end].is_space):
        end -= 1
    if sent.doc[end].text != "?":
        return False
    start = sent.start
    while start < end and sent.doc[start].text in _QUOTES:
        start += 1
    return sent.doc[start].pos_ == "AUX"


_HELD = frozenset({"dobj", "obj", "nsubjpass"})  # what a verb acts on, active or passive
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def _start_blocked(t: Token, lex: Lexicon) -> bool:
    """A noun whose start is blocked or delayed: "blocking the start of Ukraine's accession talks", "vetoed
    the opening of membership talks" (round 26: the talks have not begun)."""
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    start = t.head.head
    verb = start.head
    return (
        start.lemma_.lower() in lex.words.beginning_nouns
        and start.dep_ in {"dobj", "obj"}
        and verb.lemma_.lower() in lex.words.blocking_verbs | lex.words.preventing_verbs
    )


def noun_modality(noun: Token, lex: Lexicon) -> Modality:
    """How a noun phrase states its event: 'the threat of a Venezuelan incursion' is hypothetical."""
    t = noun
    for _ in range(3):
        if (
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in lex.words.possible_nouns
        ):
            return Modality.HYPOTHETICAL
        if _start_blocked(t, lex):  # "kept blocking the start of Ukraine's accession talks": none begun
            return Modality.HYPOTHETICAL
        if wished_noun(t, lex):
            return Modality.HYPOTHETICAL
        if t.dep_ != "conj":
            break
        t = t.head
    # "demanded the withdrawal of ...", "called for strikes on ...", "threatened strikes on ...": not done yet
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
    wishing = (lex.hypothetical_verbs | lex.requesting_verbs) - lex.light_verbs  # "offered support" was given
    # ("since Russia's invasion, Kyiv has sought arms": a time phrase, not what is sought)
    timed = t.dep_ == "pobj" and t.head.lower_ in lex.words.time_preps
    wished = verb.pos_ == "VERB" and verb.lemma_.lower() in wishing and not timed
    # "called Ecuador's raid a violation", "called a summit": what 'call' names or convenes is no request
    named = t.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in lex.words.naming_verbs
    if wished and t.dep_ in {"dobj", "obj", "pobj"} and not named:
        return Modality.HYPOTHETICAL
    # "offered to host talks between ...", "plans to hold a summit": the noun's verb is itself wished for
    offered = lex.hypothetical_verbs | lex.requesting_verbs
    if t.dep_ in {"dobj", "obj", "pobj"} and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in offered:
        return Modality.HYPOTHETICAL
    if _pending_meeting(t, lex):  # (r36) "readiness to hold a meeting", "invited A to a summit"
        return Modality.HYPOTHETICAL
    if _coming_time(noun, verb, lex):  # "at next year's summit", "announced a summit next week": to come
        return Modality.FUTURE
    modal = _modal_subject(t, lex)
    if modal is not None:  # "a Chinese attack on Taiwan could justify ...": none has happened
        return modal
    possible = lex.words.possible_adjectives  # ("the proposed talks": the participle's lemma is "propose")
    if any(c.dep_ == "amod" and {c.lemma_.lower(), c.lower_} & possible for c in noun.children):
        return Modality.HYPOTHETICAL
    if any(c.dep_ == "det" and c.lower_ in lex.words.possible_determiners for c in noun.children):
        return Modality.HYPOTHETICAL  # "warned against any Israeli offensive in Rafah": none is under way
    # "blocked a package of asset freezes on ...": the measure's container stands for it
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in lex.words.measure_containers and verb.dep_ in _HELD:
        t, verb = verb, verb.head
    # "Hungary blocked EU sanctions on the patriarch", "the sanctions were vetoed by Greece": a measure
    # prevented is not in force, new or not (opposing or rejecting one may be of one in force: below)
    given = lex.nouns.get(noun.lemma_.lower())
    measure = given is not None and given.rel in {"SANCTIONS", "AIDS"}  # (a bid blocked was still made)
    if (
        measure
        and t.dep_ in _HELD
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.words.preventing_verbs
    ):
        return Modality.HYPOTHETICAL
    if (  # "blocked new EU sanctions on Russia": new measures blocked are not in force; "blocked EU aid to
        # Ukraine", "rejected US aid": aid blocked or turned down is not given
        t.dep_ in {"dobj", "obj"}
        and verb.lemma_.lower() in lex.words.blocking_verbs
        and (
            any(c.dep_ == "amod" and c.lower_ in lex.words.fresh_adjectives for c in noun.children)
            or (given is not None and given.rel == "AIDS")
        )
    ):
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


def _modal_subject(t: Token, lex: Lexicon) -> Modality | None:
    """An indefinite subject of a verb with a modal and no perfect: 'an attack on Lithuania could trigger a
    response' (hypothetical), 'an incursion would trigger ...' (the future a reported 'would' reads); not
    'the strike may have killed 20', nor 'the strike on Doha could derail talks', which say it took place."""
    if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in t.children):
        return None
    auxes = [c.lower_ for c in t.head.children if c.dep_ in {"aux", "auxpass"}]
    if "have" in auxes:
        return None
    if "would" in auxes:
        return Modality.FUTURE
    return Modality.HYPOTHETICAL if any(a in lex.hypothetical for a in auxes) else None


def _pending_meeting(t: Token, lex: Lexicon) -> bool:
    """(r36) A meeting one is invited to ("invited B and C to a trilateral meeting in Khujand"), or held by
    the verb of a noun of wish or intention ("confirmed their readiness to hold a meeting of the three"):
    pending, none held yet (the gold's negatives for its MET_WITH and HELD_IN)."""
    words = lex.words
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in words.inviting_verbs:
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "for" and _scheduled(t.head.head, lex):
        return True  # (r37) "is due in Lima on Monday for talks with X", "is set for a summit": not yet held
    verb = t.head
    return (
        t.dep_ in {"dobj", "obj"}
        and verb.lemma_.lower() in words.holding_verbs
        and verb.dep_ in {"acl", "xcomp"}
        and verb.head.lemma_.lower() in words.wish_nouns | words.intention_nouns
    )


def _scheduled(holder: Token, lex: Lexicon) -> bool:
    """A predicate of schedule (lexicon scheduled_words: "due", "set", "slated"), or the copula that carries
    one ("is due in Lima ... for talks", the phrase hung on "is")."""
    words = lex.words.scheduled_words
    if holder.lower_ in words:  # "is due ... for talks" with the phrase on "due"
        return holder.dep_ == "acomp" or any(c.dep_ in {"aux", "auxpass"} for c in holder.children)
    return holder.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in words for c in holder.children)


def wished_noun(noun: Token, lex: Lexicon) -> bool:
    """'expressed openness to negotiations with Sweden', 'signalled readiness for talks': the object of a noun
    of wish (lexicon wish_nouns) is not done, also where the parser hung 'to' on the verb."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"to", "for", "toward", "towards"}:
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in lex.words.wish_nouns:
        return True
    return holder.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in lex.words.wish_nouns for c in holder.children
    )


def _excluded_gerund(t: Token, lex: Lexicon) -> bool:
    """A bare gerund the parser hung as an adverbial under "ruled out": its object ("The Netherlands has
    ruled out recognizing Taiwan")."""
    if t.tag_ != "VBG" or any(c.dep_ == "mark" for c in t.children):
        return False
    if _excluding(t.head, lex):
        return True
    # "has put off signing the pact" (read as "postponed"): the gerund right after a negating verb and its
    # particle is its object, not an adverbial ("rejected the plan, saying ..." is one)
    head = t.head
    between = t.doc[head.i + 1 : t.i]
    return head.lemma_ in lex.negating_verbs and head.i < t.i and all(w.dep_ == "prt" for w in between)


def _excluding(t: Token, lex: Lexicon) -> bool:
    """A verb and particle that exclude what follows: "ruled out", "ruled out joining"."""
    particle = lex.words.excluding_verbs.get(t.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in t.children)


def _own_marks(t: Token, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Negation, future and hypothetical marks on one verb: 'did not', 'will', 'could', 'if', 'neither'."""
    negated = future = hypothetical = False
    if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in t.head.children):
        negated = True  # "neither condemned nor supported": the second verb too
    if after_let_alone(t):
        negated = True  # "has not condemned the war, let alone joined the sanctions"
    for child in t.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            negated = True
        if _neither_nor(child):  # "recognizes neither Abkhazia nor South Ossetia", "by neither A nor B"
            negated = True
        if child.lower_ in {"longer", "more"} and any(g.lower_ == "no" for g in child.children):
            negated = True  # "will no longer send weapons": the act stops
        if child.dep_ == "preconj" and child.lower_ == "neither":  # "Egypt neither condemned nor ..."
            negated = True
        if child.dep_ in _SUBJ and any(g.lower_ in {"neither", "no"} for g in child.children):
            negated = True  # "Neither Brazil nor South Africa condemned", "No country recognized"
        either = child.lower_ == "either" and child.dep_ == "preconj" and child.i < t.i
        if either or (
            child.dep_ in _SUBJ and any(g.lower_ == "either" and g.i < child.i for g in child.children)
        ):
            hypothetical = True  # "Either Qatar or Egypt will host": one of them, not said which
        if child.dep_ in {"aux", "auxpass"}:
            backshifted = child.lower_ in lex.backshifted_future and _reported_past(t, lex)
            backshifted = backshifted and not any_object(t)  # "said it would condemn any coup": a condition
            future = future or child.lower_ in lex.future or backshifted
            # ("I must reject these words": an obligation one takes on oneself is one's own act, done)
            own_duty = child.lower_ in lex.words.deontic_modals and any(
                c.dep_ in _SUBJ and c.lower_ in {"i", "we"} for c in t.children
            )
            hypothetical = hypothetical or (
                child.lower_ in lex.hypothetical and not backshifted and not own_duty
            )
        if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
            hypothetical = True
        if (  # "paves the way for Finland to join": a "for ... to" clause is a purpose, not a deed
            child.dep_ == "mark"
            and child.lower_ in lex.words.infinitive_marks
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            hypothetical = True
        if (
            child.dep_ == "advcl"
            and (
                any(g.dep_ == "mark" and g.lower_ in lex.conditional_marks for g in child.children)
                or (_only_when(child) and _modal(t, lex))  # ("recognized X only after Y did": done)
            )
            and t.lemma_.lower() not in lex.words.threat_verbs  # "warned of reprisals if ...": a threat made
        ):  # "If Tehran enriches more uranium, Washington will sanction it": a condition on this verb
            hypothetical = True
    if (  # a headline's "Poland to send troops to border": "X to VERB" as the main clause is what X will do
        # (or as what a speaker says: "Russian troops to leave Karabakh, Kremlin says")
        (t.dep_ == "ROOT" or (t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.words.say_verbs))
        and t.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and any(c.dep_ in _SUBJ for c in t.children)
    ):
        future = True
    return negated, future, hypothetical


def _only_when(clause: Token) -> bool:
    """A time clause made a condition by "only": "will be recognized by Spain only when Serbia agrees",
    "only after Kyiv asks"."""
    links = [g for g in clause.children if g.dep_ in {"mark", "advmod"} and g.lower_ in _TIME_LINKS]
    return any(g.lower_ == "only" for w in [clause, *links] for g in w.children if g.dep_ == "advmod")


_TIME_LINKS = frozenset({"when", "once", "after", "before"})


def _modal(t: Token, lex: Lexicon) -> bool:
    """Whether the verb has a future or modal auxiliary ("will recognize", "would join")."""
    modals = lex.future | lex.hypothetical
    return any(c.dep_ == "aux" and c.lower_ in modals for c in t.children)


def _neither_nor(child: Token) -> bool:
    """An object or agent of the form "neither A nor B" (also under a preposition): the verb is denied of
    both."""
    if child.dep_ in {"prep", "agent", "dative"}:
        return any(_neither_nor(p) for p in child.children if p.dep_ == "pobj")
    if child.dep_ not in {"dobj", "obj", "pobj", "attr"}:
        return False
    return any(c.lower_ == "neither" and c.i < child.i for c in child.children) and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in child.children
    )


def _yet_to(t: Token) -> bool:
    """'has yet to join', 'is yet to formally recognise': not done (adverbs may come between)."""
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and doc[i].lower_ != "yet":
        i -= 1
    return i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "yet"


def _reported_past(t: Token, lex: Lexicon) -> bool:
    """A clause reported by a past verb of saying: "said it would send jets" (its "would" is a "will")."""
    head = t.head
    # "said so, adding that Riga would continue": a participle of saying after a past verb is past too
    past = head.tag_ == "VBD" or (head.tag_ == "VBG" and head.dep_ == "advcl" and head.head.tag_ == "VBD")
    return t.dep_ == "ccomp" and past and head.lemma_.lower() in lex.backshift_verbs


def _is_charge(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb is itself the charge ("accused"), not the deed charged."""
    return verb.lemma_.lower() in lex.words.charge_verbs


def _charge_denied_after(t: Token, lex: Lexicon) -> bool:
    """A clause the parser hung under a trailing "a charge X denies" (the claim noun stands between the
    clause and its denying verb)."""
    head = t.head
    if t.dep_ != "ccomp" or head.i <= t.i or head.lemma_.lower() not in lex.words.denying_verbs:
        return False
    # the claim noun after the clause, or after its last comma where the parser took it into the clause
    # as an apposition ("arming the RSF, a charge Abu Dhabi denies")
    commas = [w.i for w in t.doc[t.i : head.i] if w.text == ","]
    start = min(t.right_edge.i + 1, commas[-1] + 1 if commas else head.i)
    return any(w.lemma_.lower() in lex.words.claim_nouns for w in t.doc[start : head.i])


def _summed_up_after(t: Token) -> bool:
    """A clause the parser hung under a trailing "a position X rejects": an indefinite noun summing the
    clause up stands between it and the verb after it, which states another's view of it."""
    head = t.head
    between = t.doc[t.right_edge.i + 1 : head.i]
    return (
        t.dep_ == "ccomp"
        and head.i > t.i
        and any(
            w.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in w.children)
            and w.dep_ not in {"nsubj", "nsubjpass"}  # "..., a senior official said": the speaker, no summary
            for w in between
        )
    )


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, also those of its prepositions."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "dative"}]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return objects + [p for c in preps for p in c.children if p.dep_ == "pobj"]


def _named(noun: Token) -> bool:
    """A named actor, or a noun a name qualifies ("the M23 rebels")."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", "NORP", "GPE"}
        for c in noun.children
    )


def _inner_deed(verb: Token, lex: Lexicon) -> bool:
    """A clause completing another deed, not one reported: "invade" in "Minsk had helped Moscow invade
    Ukraine" (but "Moscow invaded" in "Kyiv said Moscow invaded Ukraine" is the deed reported)."""
    head = verb.head
    speech = lex.words.say_verbs | lex.reporting_verbs | lex.words.charge_verbs
    return verb.dep_ in {"ccomp", "xcomp"} and head.i != verb.i and head.lemma_.lower() not in speech


def _denied_aside(verb: Token, lex: Lexicon) -> bool:
    """An object summed up as a claim its subject denies: "arming the Houthis, a charge Tehran denies"."""
    charge = charge_over(verb, lex)  # "accused Armenia of shelling its positions near Lachin, which Yerevan
    if (
        charge is not None
        and any(  # denied": the closing relative denies the charge the deed is in
            w.lower_ == "which" and getattr(charge_denied_by_which(w, lex), "i", -1) == charge.i
            for w in verb.doc[verb.i + 1 : verb.sent.end]
        )
    ):
        return True
    objects = _objects(verb)
    # "Iran supplied drones to Russia, a claim Tehran rejects": the aside sums up the whole clause, also
    # where the parser hung it on the clause's inner verb or its object ("Kyiv said Minsk had helped Moscow
    # invade Ukraine, a claim Belarus denied": the help is denied, not the invasion helped) ...
    clauses = [] if _inner_deed(verb, lex) else [verb]
    clauses += [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and _inner_deed(c, lex)]
    asides = [a for v in clauses for o in _objects(v) for a in o.children if a.dep_ == "appos"]
    # ... or on the subject before it ("Uganda is accused by Congo of supporting the ADF, an allegation
    # Kampala rejects")
    holders = clauses + [c for c in verb.children if c.dep_ in _SUBJ]
    asides += [a for h in holders for a in h.children if a.dep_ in {"npadvmod", "appos"} and a.i > verb.i]
    denying = lex.words.denying_verbs
    if any(
        a.lemma_.lower() in lex.words.claim_nouns
        and any(
            (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN"))  # ("a charge denied by Abu Dhabi")
            and c.lemma_.lower() in denying
            for c in a.children
        )
        for a in asides
    ):
        return True
    if any(  # "backing the M23, which Rwanda denies": 'which' on a named actor can only be the claim
        c.dep_ == "relcl"
        and c.lemma_.lower() in denying
        and (_named(o) or charge_over(o, lex) is not None)  # (also "backing the M23 rebels, which Kigali
        # denies"; and any object of a deed charged: "accused X of shelling its positions, which X denied")
        and not (o.dep_ == "pobj" and o.head.lower_ == "with")  # "a deal with Somaliland, which Somalia
        # rejected": the co-party, not the deed, is what is rejected
        and any(w.dep_ in {"dobj", "obj"} and w.lower_ == "which" for w in c.children)
        for o in objects
        for c in o.children
    ):
        return True
    if any(  # the same, parsed as a conjoined clause whose subject carries the claim noun ("a charge Abu
        # Dhabi denies": 'charge' a compound of the subject)
        c.dep_ == "conj"
        and c.i > verb.i
        and c.lemma_.lower() in denying
        and any(
            n.lemma_.lower() in lex.words.claim_nouns
            for s in c.children
            if s.dep_ == "nsubj"
            for n in s.subtree
            if n.i < s.i
        )
        for c in verb.children
    ):
        return True
    return any(  # the same, parsed with the denying verb as the clause's adjunct and the claim under it
        c.dep_ == "advcl"
        and c.lemma_.lower() in denying
        and any(n.dep_ == "npadvmod" and n.lemma_.lower() in lex.words.claim_nouns for n in c.children)
        for c in verb.children
    )


def withheld(verb: Token) -> bool:
    """An act left undone, not refused: "stopped short of recognising X", "has not yet recognised X", "is
    yet to recognise X" (pending, rule 6: no REJECTS read into the negation)."""
    if _two_before(verb) == "short of" or _yet_to(verb):
        return True
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
    )


def standing_denial(verb: Token, lex: Lexicon) -> bool:
    """A class set beside the states it names, told by what they do not do, not a refusal: "Spain, Greece and
    Cyprus, the five EU members that do not recognise Kosovo, ..." (a relative clause in the present with
    'do' or 'have' on a common noun in apposition; "Russia, which does not recognise the office" is Russia's
    stance, "Greece is among the members that do not recognise Kosovo" says it of Greece, and "which did not
    join the boycott" tells an act)."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.dep_ != "appos":
        return False
    if verb.lemma_.lower() not in lex.words.standing_verbs:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"do", "does", "have", "has"} for c in verb.children)


def denied_deed(verb: Token, lex: Lexicon) -> bool:
    """A past deed the speaker denies ("Russia denied that it had recognized the Taliban", "Morocco denied
    having recognised Israel", "dismissed reports that it had signed the deal"): negated, but no refusal of
    anything (a denied plan, "denied that it will join the accords", is one)."""
    t = verb
    for _ in range(3):
        if _modal(t, lex):
            return False
        head = t.head
        if t.dep_ == "ccomp" and head.lemma_.lower() in lex.words.denying_verbs:
            return True
        gerund = t.tag_ in {"VBG", "VBN"}
        if t.dep_ == "xcomp" and gerund and head.lemma_.lower() in lex.words.deed_denying_verbs:
            return True
        if t.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in lex.words.claim_nouns:
            return _claim_denied(head, lex)
        if t.dep_ != "xcomp" or head.i == t.i:
            return False
        t = head  # "denied that it had agreed to join": the agreeing is denied
    return False


def _claim_denied(claim: Token, lex: Lexicon) -> bool:
    """A claim noun its verb denies or calls false: "denied reports that ...", "dismissed as fabricated
    reports that ...", "reports that ... were denied by Cairo", "called the reports that ... baseless"."""
    holder = claim.head
    false = lex.words.false_adjectives
    # "the baseless claims that ...", "said the claims that China was arming Russia were groundless",
    # "called the reports that Hanoi had sold arms to Russia 'baseless'"
    if any(c.dep_ == "amod" and c.lemma_.lower() in false for c in claim.children):
        return True
    called = {"nsubj": {"acomp", "attr"}, "dobj": {"oprd", "xcomp", "ccomp", "acomp"}}.get(claim.dep_, set())
    if any(c.dep_ in called and c.lemma_.lower() in false for c in holder.children):
        return True
    if claim.dep_ == "pobj" and holder.lower_ == "as":  # "dismissed as baseless claims that ..."
        holder = holder.head
    elif claim.dep_ not in _HELD:
        return False
    return holder.lemma_.lower() in lex.words.denying_verbs


def _coming_time(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """'at next year's APEC summit', 'announced an emergency summit next week', 'a state visit next month':
    a time phrase that points ahead (lexicon coming_words), owning the noun or set on it or on its verb,
    puts the event to come."""

    def ahead(phrase: Token) -> bool:
        return any(g.dep_ == "amod" and g.lower_ in lex.words.coming_words for g in phrase.children)

    holders = [noun, verb] if verb.pos_ in {"VERB", "AUX"} else [noun]
    return any(c.dep_ == "poss" and ahead(c) for c in noun.children) or any(
        c.dep_ in {"npadvmod", "tmod"} and ahead(c) for h in holders for c in h.children
    )


def _courtesy_call(t: Token, lex: Lexicon) -> bool:
    """ "called Chapo to congratulate him": a telephone call made for a courtesy, not a request to the one
    called (not "called on X to ...")."""
    words = lex.words
    head = t.head
    return (
        t.dep_ == "xcomp"
        and head.lemma_.lower() in words.calling_verbs
        and t.lemma_.lower() in words.courtesy_verbs
        and not any(c.dep_ in {"prt", "prep"} and c.lower_ == "on" for c in head.children)
    )
