"""Relation rules over one sentence: verbs, nouns, appositions and fixed constructions.

Every rule reads the sentence through a ``Reader`` and emits claims; none of them knows any
article. Words come from the lexicon (``loaders/data/lexicon.yaml``), structure from the parse.

``run_all`` is the entry point; it runs the verb rules (``verb_rules``), the noun rules
(``noun_rules``) and the few rules kept here (adjectives, demands, votes annexed to a text,
signatories). The emit/allow helpers and the argument helpers both kinds share are in
``rule_helpers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.accusations import claimed_blame
from loaders.extract.aid import aid_claims
from loaders.extract.args import (
    direct_objects,
    is_infinitive,
    is_subjunctive,
    prep_objects,
)
from loaders.extract.demands import demand_rules
from loaders.extract.filings import court_filings
from loaders.extract.modality import noun_modality
from loaders.extract.noun_rules import noun_rules
from loaders.extract.refs import key_label
from loaders.extract.refusals import announced_absences, bare_refusals
from loaders.extract.rule_helpers import (
    _emit_all,
    _hostile_act,
    _subject_refs,
    _topics_of_kind,
)
from loaders.extract.sentence import ACTORS, Reader, Ref, actors_besides, label_of_ref
from loaders.extract.stances import (
    backed_bids,
    vote_label_lists,
    vote_tallies,
    with_votes,
)
from loaders.extract.verb_rules import verb_rules
from loaders.extract.vetoes import veto_claims
from loaders.extract.visits import visit_adjunct


def run_all(r: Reader) -> None:
    verb_rules(r)
    noun_rules(r)
    adjective_rules(r)
    annexed_votes(r)
    conditioned_measures(r)
    vote_label_lists(r)
    vote_tallies(r)
    with_votes(r)  # "passed, with A and B in favour" (round 30)
    backed_bids(r)
    demand_rules(r)
    court_filings(r)  # a filing lodged with a court asks it (round 38)
    aid_claims(r)  # material support told by what it goes to (round 27)
    claimed_blame(r)  # "its accusation that Chad arms the RSF" (round 27)
    bare_refusals(r)  # "X asked Y to ...; Y declined" (round 27)
    announced_absences(r)  # "Ghana will not attend the summit" (round 28)
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
        if lemma in words.visit_nouns:
            visit_adjunct(r, noun)
    r.note_voted()  # elections named here, for "the result" in the next two sentences
    r.note_voted_texts()  # texts put to a vote here, for "welcomed the vote" later (round 36)
    r.note_projects()  # projects named here, for "the project" later (round 36)
    veto_claims(r)  # constructions that take a claim back (round 26)


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
    targets = actors_besides(r, asked, own)
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
        if preps is None and adj.pos_ == "VERB" and adj.tag_ == "VBN":
            # the model may tag the participle a verb ("Kenya is committed to the accord": lemma 'commit')
            preps = r.lex.words.stance_adjectives.get(adj.lower_)
        if adj.pos_ not in {"ADJ", "VERB"} or preps is None or adj.dep_ not in {"acomp", "oprd"}:
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
    targets = actors_besides(r, tokens, own)
    modality, conf = r.modality(verb)
    if modality is Modality.ASSERTED:
        _emit_all(r, "THREATENS", sources, list({t.key: t for t in targets}.values()), modality, conf - 0.2)


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
    held += _owned_document(noun)
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
    else:
        listed, verb = _listed_signatories(r, noun)
        if verb is not None:
            holders += listed
            modality, conf = r.modality(verb)
            conf -= 0.1
    parties = [x for h in holders for x in r.refs(h, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    _emit_all(r, "SIGNED", parties, texts, modality, conf)


def _owned_document(noun: Token) -> list[Token]:
    """The document a signatory noun belongs to other than by a preposition: "the treaty's signatories", "the
    treaty, whose signatories include ...", "the accord has 12 signatories"."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.tag_ != "WP$"]
    verb = noun.head
    if any(c.tag_ == "WP$" for c in noun.children) and verb.dep_ == "relcl":
        out.append(verb.head)  # "the treaty, whose signatories include Chad"
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "have":
        out += [c for c in verb.children if c.dep_ == "nsubj"]  # "the accord has 12 signatories"
    return out


def _listed_signatories(r: Reader, noun: Token) -> tuple[list[Token], Token | None]:
    """Who a plural signatory noun lists, with the verb that states it (round 33): "Signatories of the pact
    include A and B" (the verb's object), "A and B are among the signatories of", "A was one of the
    signatories of" (the copula's subject), "has 12 signatories, including A" (the noun's 'including')."""
    words = r.lex.words
    head = noun.head
    listed: list[Token] = []
    verb: Token | None = None
    if noun.dep_ == "nsubj" and head.lemma_.lower() in words.signatory_list_verbs:
        listed, verb = [c for c in head.children if c.dep_ in {"dobj", "attr"}], head
    elif noun.dep_ == "pobj" and head.lower_ in {"among", "of"}:
        copula = head.head if head.lower_ == "among" else head.head.head
        if head.lower_ == "of" and (head.head.lower_ != "one" or head.head.dep_ != "attr"):
            return [], None
        if copula.lemma_.lower() == "be":
            listed, verb = [c for c in copula.children if c.dep_ == "nsubj"], copula
    including = [p for c in noun.children if c.lower_ in words.including_words for p in c.children]
    if not listed and including:
        listed, verb = [p for p in including if p.dep_ == "pobj"], noun.head
    return [j for t in listed for j in (t, *t.conjuncts)], verb


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
