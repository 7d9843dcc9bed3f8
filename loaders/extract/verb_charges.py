"""Verb rules: evaluations and what was said of whom, warnings and idioms, charges and blame,
deadlines, meetings held, leaving a body, forces and missions, stances in adjuncts, walkouts,
and following another's act.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Set
from functools import lru_cache

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract import membership
from loaders.extract.args import (
    direct_objects,
    is_infinitive,
    is_passive,
    is_subjunctive,
    prep_objects,
    subjects,
)
from loaders.extract.context import Claim
from loaders.extract.judged import (
    first_judgement,
    judged_clause,
)
from loaders.extract.lexicon import Trigger, load_lexicon
from loaders.extract.refs import key_label
from loaders.extract.rule_helpers import (
    _HOSTILE,
    _VOICED,
    _YEAR_WORD,
    _allowed,
    _along_with,
    _between,
    _emit_all,
    _intruders,
    _parent,
    _prep_actors,
    _subject_refs,
    _topics_of_kind,
    _voice_refs,
)
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, actors_besides, label_of_ref, refs_besides
from loaders.extract.verb_pacts import _country_of_region, _has_complement, _ordered_out, _other_objects


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
        # "over what Seoul called Tokyo's unfair curbs": the thing named is its owner's deed
        owned_rel = _framing_stance(r, verb) or rel
        owners = _named_owners(r, predicate) if obj.lower_ == "what" and owned_rel in _OWNED_VERDICTS else []
        if owners and owned_rel != rel:  # "condemned what he called a hostile act by X": condemned X
            _emit_all(r, owned_rel, sources, owners, modality, conf)
            continue
        # "struck Doha, in what Qatar called an attack", "expelled two diplomats, which X called unfriendly"
        targets += owners or judged_clause(r, verb, obj) or found
    _emit_all(r, rel, sources, targets, modality, conf)


_OWNED_VERDICTS = frozenset({"CRITICIZES", "CONDEMNS", "SUPPORTS"})


def _framing_stance(r: Reader, verb: Token) -> str | None:
    """The stance of the verb whose object a free relative of naming is: "condemned what it called ...",
    "protested against what it called ..." (None for none)."""
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ not in {"ccomp", "dobj", "obj", "pcomp"} or head.pos_ != "VERB":
        return None
    trig = r.lex.verbs.get(head.lemma_.lower())
    if trig is None:
        return None
    rel = trig.rel if verb.dep_ != "pcomp" else trig.preps.get(verb.head.lower_, trig.rel)
    return rel if rel in _OWNED_VERDICTS else None


def _named_owners(r: Reader, named: list[Token]) -> list[Ref]:
    """'what Seoul called Tokyo's unfair curbs', 'what it calls Belgian colonialism', 'what he called
    sermons from Danish lawmakers': a free relative's naming judges the owner of the thing it names
    (before the noun, or after it with a preposition of source: lexicon owning_preps), inferred."""
    heads = [n for n in named if n.pos_ in {"NOUN", "PROPN"}]
    preps = r.lex.words.owning_preps
    after = [
        p
        for n in heads
        for c in n.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "what it called unfair tariffs from Japan": the model hangs the phrase on the naming verb
    verb = heads[0].head if heads else None
    after += [
        p
        for c in (verb.children if verb is not None else [])
        if c.dep_ == "prep" and c.lower_ in preps and c.i > heads[0].i
        for p in c.children
        if p.dep_ == "pobj"
    ]
    out = [x for n in heads + after for x in _owning_actors(r, n)]
    out += [x for n in after for x in r.refs(n, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return [Ref(r.ctx.actor(x.key), inferred=True) for x in dict.fromkeys(out)]


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
        if clause.lemma_.lower() in r.lex.words.charged_deeds or behind or _attempted_deed(r, clause):
            _charged(r, verb, clause)
            continue
        if _unhappening(r, clause):  # 'Netanyahu said a Palestinian state "will not happen"'
            _ruled_out(r, verb, clause)
            continue
        if clause.lemma_ in copulas:  # "the resolution was (provocative)", "Kyiv was (to blame)"
            predicate = [c for c in clause.children if c.dep_ in {"acomp", "attr", "oprd", "xcomp"}]
            # "the proposal was out of the question", "off the table" (lexicon judged_preps)
            predicate += [
                c for c in clause.children if c.dep_ == "prep" and c.lower_ in r.lex.words.judged_preps
            ]
        elif any(c.dep_ in {"aux", "auxpass", "cop"} and c.lemma_ in copulas for c in clause.children):
            if clause.tag_ == "VBG" and any(c.dep_ in {"dobj", "obj"} for c in clause.children):
                continue  # "said the EU was encouraging revanchists": a deed with its object, no verdict
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


def _attempted_deed(r: Reader, clause: Token) -> bool:
    """'said Russia was trying to destabilize Moldova', 'continues to undermine the talks': a deed charged
    through a verb of attempt or persistence (lexicon charge_attempt_verbs)."""
    return clause.lemma_.lower() in r.lex.words.charge_attempt_verbs and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in r.lex.words.charged_deeds for c in clause.children
    )


def _unhappening(r: Reader, clause: Token) -> bool:
    """A reported outcome ruled out by the speaker: "will not happen", "would never happen" (a verb of
    lexicon unhappening_verbs, negated, with a modal of will; not "did not happen", a fact denied)."""
    return (
        clause.lemma_.lower() in r.lex.words.unhappening_verbs
        and any(c.dep_ == "neg" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ in r.lex.words.will_modals for c in clause.children)
    )


def _ruled_out(r: Reader, verb: Token, clause: Token) -> None:
    """'Netanyahu said a Palestinian state "will not happen"': the speaker rejects what is ruled out (its
    subject, a state, body, agreement or event; never the speaker's own)."""
    sources, _ = _subject_refs(r, verb)
    own = {r.ctx.actor(s.key) for s in sources}
    ruled = [
        Ref(x.key, inferred=True)
        for s in clause.children
        if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}
        for x in r.refs(s)
        if r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    _emit_all(r, "REJECTS", sources, ruled, modality, conf - 0.15)


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
    targets = refs_besides(r, owners, own)
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
    words = r.lex.words
    needed = words.held_verbs.get(lemma, words.course_verbs.get(lemma))  # "took place", "wrapped up"
    if needed is not None and not any(c.lower_ == needed for c in verb.children):
        return
    # "leaders met in Addis Ababa for the summit": the gathering places the event
    # (round 34) "the talks between A and B held in Muscat": a participle the model tagged as a past tense
    bare = not any(c.dep_ in {"aux", "dobj"} for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBD" and bare
    if lemma in r.lex.words.holding_verbs and not is_passive(verb) and not reduced:
        _held_by(r, verb)
        return
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "the votes held in Luhansk"; (round 34) "the talks between A and B held in Muscat"
    holders += [verb.head, *_meeting_of_party(r, verb.head)] if verb.dep_ == "acl" else []
    holders += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for" and lemma in r.lex.words.gather_verbs
        for p in c.children
    ]
    events = [x for h in holders for x in r.refs(h) if label_of_ref(x, r.topics) is Label.EVENT]
    events += _gathered_at(r, verb) if lemma in words.gather_verbs else []
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


def _meeting_of_party(r: Reader, noun: Token) -> list[Token]:
    """(round 34) The meeting whose party the parser hung a participle on: "the meeting of the foreign
    ministers of Azerbaijan and Armenia held in Almaty", "talks between Iran and the US held in Muscat" (up
    through the nouns of lexicon party_place_preps and their lists, three steps at most)."""
    out: list[Token] = []
    for _ in range(3):
        if noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in r.lex.words.party_place_preps:
            break
        noun = noun.head.head
        out.append(noun)
    return out


def _gathered_at(r: Reader, verb: Token) -> list[Ref]:
    """(round 32) The talks or summit a gathering is at: "the two leaders met in Argyle, in talks brokered by
    CARICOM", "met in Jeddah at talks hosted by Saudi Arabia" (the meeting kinds only: not "met in Paris
    at the height of the war")."""
    words = r.lex.words
    at = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in words.gathered_at_preps and c.lower_ != "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    meetings = _topics_of_kind(r, at, words.meeting_kinds)
    return [x for x in meetings if label_of_ref(x, r.topics) is Label.EVENT]


def _journey_for(r: Reader, verb: Token) -> None:
    """(round 32) 'Carney travelled to The Hague for the NATO summit', 'the destroyer arrived in Port of Spain
    for joint exercises': the summit or exercise a journey is for is HELD_IN the place it goes to."""
    words = r.lex.words
    events = _topics_of_kind(r, prep_objects(verb, "for"), words.journey_kinds)
    if not events:
        return
    places = [
        x
        for prep in words.journey_preps
        for p in prep_objects(verb, prep)
        for q in [p, *_named_place(r, p)]
        for x in r.refs(q, topics=False) + [Ref(k) for k in r.city_places(q)]
        if label_of_ref(x, r.topics) is Label.REGION
    ]
    modality, conf = r.modality(verb)
    # the event's place is not the journey's: "was due to travel", "will not fly to Kazan for the summit"
    told = Modality.ASSERTED if modality is Modality.ASSERTED else Modality.FUTURE
    for event in events:
        for place in {p.key: p for p in places}.values():
            r.emit(event, "HELD_IN", place, told, conf - 0.05)


def _named_place(r: Reader, noun: Token) -> list[Token]:
    """'in the city of Bishkek', 'in the town of Osh': the name a place noun's 'of' gives; 'at a hotel in
    Accra': the place a building's 'in' gives (round 31)."""
    if r.mention_at(noun) is not None:
        return []
    lemma = noun.lemma_.lower()
    prep = "of" if lemma in r.lex.words.place_nouns else "in" if lemma in r.lex.words.venue_words else ""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == prep for p in c.children]


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
    orgs += membership.founding_bodies(r, holders)  # "withdraw from the Rome Statute of the ICC" (round 27)
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
        and _country_of_region(r, x.key) not in own  # ("Indian soldiers serving in Kashmir": at home)
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
    targets = actors_besides(r, timed, own)
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
    # (in the subjects' order, not a set's: the claims and so the exported edges come out in one order)
    brokers = dict.fromkeys(r.ctx.actor(x.key) for x in _subject_refs(r, verb)[0])
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
    felt = _felt_after_copula(r, verb)
    if felt is not None:  # "Canada was deeply disappointed by the tariffs": the copula's subject is angered
        angered = [x for x in _subject_refs(r, verb.head)[0] if label_of_ref(x, r.topics) in STATES]
        causes = felt
        doers = [x for c in causes for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    else:
        angered = [
            x
            for o in direct_objects(verb)
            for x in r.refs(o, topics=False)
            if label_of_ref(x, r.topics) in STATES
        ]
        causes = subjects(verb)[0]
        doers = [x for x in _subject_refs(r, verb)[0] if label_of_ref(x, r.topics) in ACTORS]
        if not causes and is_passive(verb):  # "Kenya is dismayed at Uganda's decision"
            causes = [p for c in verb.children if c.dep_ == "prep" for p in _felt_objects(r, c)]
            doers = [
                x for c in causes for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS
            ]
    if not doers:  # "Kenya's decision angered Sudan": the decision's owner
        doers = [
            x
            for s in causes
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
            for s in causes
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


def _pleased(r: Reader, verb: Token) -> None:
    """'Brazil is heartened by the truce', 'was gratified by Kigali's decision', 'said it was delighted at the
    ruling': a state pleased by another's deed or deal backs it (SUPPORTS, inferred; lexicon pleasing_verbs).
    Only the felt readings, a copula's participle or a passive with what caused the feeling; not "encouraged
    Kyiv to talk" nor "was encouraged by Washington to talk" (a request)."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return
    felt = _felt_after_copula(r, verb)
    if felt is not None:
        holders = [x for x in _subject_refs(r, verb.head)[0] if label_of_ref(x, r.topics) in STATES]
    elif is_passive(verb):
        holders = [x for o in direct_objects(verb) for x in r.refs(o, topics=False)]
        holders = [x for x in holders if label_of_ref(x, r.topics) in STATES]
        felt = [p for c in verb.children if c.dep_ in {"agent", "prep"} for p in _felt_objects(r, c)]
    else:
        return
    own = {r.ctx.actor(h.key) for h in holders}
    kinds = ACTORS | {Label.AGREEMENT, Label.EVENT}
    causes = [
        x
        for c in felt
        for x in r.refs(c)
        if label_of_ref(x, r.topics) in kinds and r.ctx.actor(x.key) not in own
    ]
    modality, conf = r.modality(verb)
    sources = [Ref(h.key) for h in holders]
    _emit_all(r, "SUPPORTS", sources, [Ref(c.key, True) for c in causes], modality, conf - 0.2)


def _felt_after_copula(r: Reader, verb: Token) -> list[Token] | None:
    """'Canada was deeply disappointed by the tariffs', 'is dismayed at the decision': the participle read
    as the predicate of a copula (no passive); what caused the feeling, the object of its 'by', 'at',
    'with' or 'over' phrase (lexicon felt_preps). None when the verb is no such predicate."""
    if verb.dep_ != "acomp" or verb.head.lemma_ not in r.lex.words.copulas:
        return None
    return [p for c in verb.children if c.dep_ in {"agent", "prep"} for p in _felt_objects(r, c)]


def _felt_objects(r: Reader, prep: Token) -> list[Token]:
    """The objects of a preposition that names what a feeling was caused by (lexicon felt_preps)."""
    if prep.lower_ not in r.lex.words.felt_preps:
        return []
    return [p for p in prep.children if p.dep_ == "pobj"]


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
            or (c.dep_ == "prep" and not all(_when(r, p) or _in_act(r, c, p) for p in c.children))
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


def took_the_step(r: Reader, verb: Token) -> None:
    """(round 37b) 'Chile and Peru are the first Andean states to take the step': the sentence names an act
    told before it again, so that a "did so" next looks past it (noted in ``ctx.step_sents``)."""
    words = r.lex.words
    if verb.lemma_.lower() in words.act_copying_verbs and any(
        o.lemma_.lower() in words.step_anaphors and any(d.lower_ == "the" for d in o.children)
        for o in direct_objects(verb)
    ):
        r.ctx.step_sents.add(r.info.index)


def _in_act(r: Reader, prep: Token, token: Token) -> bool:
    """(round 37) 'in a coordinated move', 'in a similar step': the act a bare "followed" is part of."""
    return prep.lower_ == "in" and token.lemma_.lower() in r.lex.words.act_anaphors


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
    # the followers' own acts are not the act they repeat ("So does Uganda for the Non-Aligned Movement,
    # which it chairs": the membership read in this sentence is Uganda's, the backing copied is Iraq's)
    followers = {r.ctx.actor(s.key) for s in sources}
    told = [c for c in told if r.ctx.actor(c.source) not in followers]
    # "Ghana and Togo did so last year" repeats a deed, not a standing membership ("Chile and Peru are the
    # first Andean states to take the step"); past a sentence that named the act again as "the step",
    # the act is the one told before it (round 37b)
    so = any(c.lower_ == "so" for c in verb.children)
    if so and not [c for c in told if c.type != "MEMBER_OF"] and here - 1 in r.ctx.step_sents:
        before = r.ctx.told({here - 3, here - 2}, r.lex.words.copied_relations, {Modality.ASSERTED})
        told = [c for c in before if r.ctx.actor(c.source) not in followers and c.type != "MEMBER_OF"]
    if not told:
        return
    latest = max(c.sent.index for c in told)
    doer = next(c.source for c in told if c.sent.index == latest)
    copied = [c for c in told if c.sent.index == latest and c.source == doer]
    if so:
        copied = [c for c in copied if c.type != "MEMBER_OF"]
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
    named = [x for c in verb.children if c.dep_ in {"dobj", "pobj"} for x in (c, *c.conjuncts)]
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


def _joining(r: Reader, verb: Token) -> None:
    """'Portugal recognised Palestine, joining Britain and Australia in a coordinated move': the states
    joined did the act of the clause too (inferred, as with "following X"); not when the phrase names
    another act ("joining Spain in calling for talks": the call is theirs, not the recognition)."""
    other = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pcomp" or (p.dep_ == "pobj" and p.tag_ == "VBG")
    ]
    if any(p.lemma_.lower() != verb.head.lemma_.lower() for p in other):
        return
    _following(r, verb)


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
