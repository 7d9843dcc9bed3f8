"""Refusals whose object does not name the one refused (round 27), a discourse device of news:

- told bare: "Brazil asked Paraguay to extradite the banker. Paraguay declined.", "Peru called on Chile to
  reopen the border, but Chile refused." A verb of refusal with nothing refused named answers the request made
  of its subject in the same or the sentence before: the one who refuses rejects the one who asked (REJECTS,
  inferred). With no such request ("Denmark refused to comment", "exports declined") it says nothing. So does
  "rejected the request" with no owner on the request.
- summed up after a comma: "Ghana called for the mission to be expanded, a proposal France has declined to
  back", "..., an idea that Hungary rejected": the refusers reject the author of the clause the noun sums up.

- absence announced (round 28): "Ghana will not attend the summit in Lima", 'Madrid said no Spanish
  representative would attend the inauguration': a boycott; the absent state rejects the event (REJECTS,
  inferred). An absence told as past ("did not attend") or under a condition says nothing.

Words: lexicon bare_refusal_verbs, refused_object_preps, refused_ask_nouns, summed_ask_nouns, attend_verbs,
will_modals, absent_envoys, nobody_determiners."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import direct_objects, is_passive
from loaders.extract.rule_helpers import _emit_all, _subject_refs
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref

# the dependents that name what is refused, or make the verb no refusal of a request ("declined by 5 percent")
_NAMED = {"dobj", "obj", "xcomp", "ccomp", "attr", "dative", "nsubjpass", "oprd", "acomp"}


def bare_refusals(r: Reader) -> None:
    words = r.lex.words
    for verb in r.sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        trig = r.lex.verbs.get(lemma)
        refusal = lemma in words.bare_refusal_verbs or (trig is not None and trig.rel == "REJECTS")
        if refusal and verb.dep_ == "relcl" and _summing_ask(r, verb.head):
            _summed_ask_refused(r, verb)  # (and the request just made of the refusers, below)
        if lemma in words.bare_refusal_verbs and not is_passive(verb) and _bare(r, verb):
            _answered_request(r, verb)
            continue
        # "..., a request Paraguay turned down", "Paraguay rejected the demand"
        if (
            trig is not None
            and trig.rel == "REJECTS"
            and any(_unowned_ask(r, o) for o in direct_objects(verb))
        ):
            _answered_request(r, verb)


def _bare(r: Reader, verb: Token) -> bool:
    """Nothing refused is named: no object, no clause, no 'to' or 'at' phrase; "refused to do so" is bare."""
    if any(c.dep_ == "prep" and c.lower_ in r.lex.words.refused_object_preps for c in verb.children):
        return False
    for c in verb.children:
        if (
            c.dep_ == "xcomp"
            and c.lemma_ == "do"
            and all(
                g.dep_ in {"aux", "advmod", "dobj"} and g.lower_ in {"to", "so", "it", "that", "this"}
                for g in c.children
            )
        ):
            continue  # "refused to do so", "declined to do it"
        if c.dep_ in _NAMED:
            return False
    return True


def _unowned_ask(r: Reader, noun: Token) -> bool:
    """A request or demand with no owner named on it ("the request", "a demand", not "Brazil's request")."""
    return noun.lemma_.lower() in r.lex.words.refused_ask_nouns and not _owned(noun)


def _owned(noun: Token) -> bool:
    return any(
        c.dep_ in {"poss", "amod", "compound", "nmod"} or (c.dep_ == "prep" and c.lower_ in {"from", "by"})
        for c in noun.children
    )


def _answered_request(r: Reader, verb: Token) -> None:
    sources, _ = _subject_refs(r, verb)
    refusers = {r.ctx.actor(s.key) for s in sources}
    if not refusers:
        return
    askers: list[str] = []
    for claim in reversed(r.ctx.claims):
        if claim.sent.index < r.info.index - 1:
            break
        if (
            claim.type == "REQUESTS"
            and claim.modality is Modality.ASSERTED
            and r.ctx.actor(claim.target) in refusers
            and r.ctx.actor(claim.source) not in refusers
            and claim.source not in askers
        ):
            askers.append(claim.source)
    if not askers:
        return
    modality, conf = r.modality(verb)
    _emit_all(r, "REJECTS", sources, [Ref(a, inferred=True) for a in askers], modality, conf - 0.15)


def _summing_ask(r: Reader, noun: Token) -> bool:
    """A noun set after a comma to sum up the request or proposal just told: "..., a proposal France has
    declined to back", "..., a demand Skopje rejected" (unowned: its author is the clause's)."""
    return (
        noun.lemma_.lower() in r.lex.words.summed_ask_nouns
        and noun.dep_ in {"appos", "npadvmod"}
        and noun.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        and not _owned(noun)
    )


def _summed_ask_refused(r: Reader, verb: Token) -> None:
    """'Ghana's president has called for the mission to be expanded, a proposal France and Britain have
    declined to back': the refusers reject the one whose request the noun sums up, the first actor subject
    of the verbs above the noun (REJECTS, inferred)."""
    sources, _ = _subject_refs(r, verb)
    refusers = {r.ctx.actor(s.key) for s in sources}
    if not refusers:
        return
    authors: list[Ref] = []
    for up in verb.head.ancestors:
        if up.pos_ in {"VERB", "AUX"}:
            authors = [x for x in _subject_refs(r, up)[0] if label_of_ref(x, r.topics) in ACTORS]
            if authors:
                break
    targets = [Ref(r.ctx.actor(x.key), inferred=True) for x in authors if r.ctx.actor(x.key) not in refusers]
    modality, conf = r.modality(verb)
    _emit_all(r, "REJECTS", sources, targets, modality, conf - 0.15)


def announced_absences(r: Reader) -> None:
    """'Ghana will not attend the Lima summit', 'said no Spanish representative would attend the
    inauguration': who announces staying away rejects the event (REJECTS, inferred)."""
    words = r.lex.words
    for verb in r.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.attend_verbs:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in words.will_modals for c in verb.children):
            continue  # ("did not attend": an absence told, no boycott announced)
        if _conditioned(r, verb) or r.modality(verb)[0] is Modality.HYPOTHETICAL:
            continue  # ("if Kenya would not attend", "will not attend if Maduro is invited")
        events = [
            x for o in direct_objects(verb) for x in r.refs(o) if label_of_ref(x, r.topics) is Label.EVENT
        ]
        if not events:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            sources, _ = _subject_refs(r, verb)
        else:
            sources = _nobody_sent(r, verb)
        sources = [x for x in sources if label_of_ref(x, r.topics) in STATES]
        said = verb.head if verb.dep_ == "ccomp" else verb
        conf = r.modality(said)[1] if said is not verb else 0.8
        _emit_all(
            r, "REJECTS", sources, [Ref(e.key, inferred=True) for e in events], Modality.ASSERTED, conf - 0.15
        )


def _conditioned(r: Reader, verb: Token) -> bool:
    """The verb is a condition ("if it would not attend") or has one ("will not attend unless ...")."""
    marks = r.lex.words.threat_conditions
    return any(c.dep_ == "mark" for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )


def _nobody_sent(r: Reader, verb: Token) -> list[Ref]:
    """'no Spanish representative would attend': the state of the envoys none of whom will come (their
    adjective or owner), or else the speaker of the clause ('Madrid said no representative would attend')."""
    nobody = [
        s
        for s in verb.children
        if s.dep_ == "nsubj"
        and s.lemma_.lower() in r.lex.words.absent_envoys
        and any(d.dep_ == "det" and d.lower_ in r.lex.words.nobody_determiners for d in s.children)
    ]
    if not nobody:
        return []
    named = [
        x
        for s in nobody
        for c in s.children
        if c.dep_ in {"amod", "compound", "poss"}
        for x in r.refs(c, topics=False)
    ]
    if named:
        return named
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in r.lex.words.say_verbs:
        return _subject_refs(r, verb.head)[0]
    return []
