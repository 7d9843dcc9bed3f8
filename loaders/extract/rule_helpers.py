"""What every relation rule uses: emitting claims (``_emit_all``, ``_allowed``, ``_pairwise``) and
the argument helpers shared by the verb and noun rules (subjects, agents, prepositional actors,
the actor a noun names).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.model import RELATIONS, Label, Modality
from loaders.extract.args import (
    agent,
    authorship,
    direct_objects,
    governing_subjects,
    is_passive,
    prep_objects,
    subjects,
)
from loaders.extract.lexicon import Trigger
from loaders.extract.modality import noun_modality
from loaders.extract.refs import inside_quotes
from loaders.extract.sentence import ACTORS, STATES, Reader, Ref, label_of_ref

_YEAR_WORD = re.compile(r"^(1[7-9]\d\d|20[0-2]\d)$")  # ("an 1859 treaty between A and B")


_HOSTILE = frozenset(name for name, kind in RELATIONS.items() if kind.sign < 0)


_VOICED = {"REJECTS", "SUPPORTS", "RECOGNIZES", "CONDEMNS", "CRITICIZES", "REQUESTS"}


def _allowed(r: Reader, rel: str, source: Ref, target: Ref, trig: Trigger | None = None) -> bool:
    kind = RELATIONS[rel]
    s_label, t_label = label_of_ref(source, r.topics), label_of_ref(target, r.topics)
    refused = trig is not None and trig.objects is not None and t_label not in trig.objects
    if refused and t_label is Label.REGION and r.acting_region(target.key):
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


def _fits_subjects(r: Reader, source: Ref, labels: frozenset[Label]) -> bool:
    """Whether ``source`` may be the subject a trigger asks for (its lexicon subjects): a region that acts as
    a state (lexicon: gazetteer kind de_facto_state) may be wherever a state may ("Spain came under pressure
    from Pristina to ...", "Taipei put pressure on ...")."""
    label = label_of_ref(source, r.topics)
    return label in labels or (
        label is Label.REGION and Label.COUNTRY in labels and r.acting_region(source.key)
    )


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


def joined_statements(r: Reader, verb: Token) -> list[Ref]:
    """(r37) A statement of positions a verb of joining takes (its object headed by one of lexicon
    statement_heads): "A, B and C joined a separate statement read by X" back the statement (SUPPORTS, as
    signing it would: the gold's SUPPORTS with alt SIGNED); it is no body to be a member of. The statement
    is made a topic here when its head alone names none ("a statement", not only "a joint statement"). A
    statement whose content the phrase tells ("a statement calling for ...") is left to that content."""
    words = r.lex.words
    kind = next((t for t in r.lex.topics if t.kind == "agreement"), None)
    out = []
    for obj in direct_objects(verb):
        head = obj.lemma_.lower()
        if kind is None or obj.pos_ != "NOUN" or head not in words.statement_heads:
            continue
        if any(w.tag_ == "VBG" for w in verb.subtree if w.i > obj.i):
            continue  # "joined a statement (by X) calling for aid to Kyiv": its content says what they back
        handle = r.topic(obj) or r.topic(obj, named=kind, head=head, fresh=True)
        if handle is not None:
            out.append(Ref(handle))
    return out


def _contest(r: Reader) -> bool:
    """Whether the sentence tells of a match ("clash in the semi-final", "fought to a 1-1 draw")."""
    return any(
        (
            t.pos_ in {"NOUN", "PROPN"} or t.dep_ in {"pobj", "dobj", "nsubj", "attr"}
        )  # ("in the quarter-final")
        and t.lemma_.lower() in r.lex.words.contest_words
        for t in r.sent
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
    reported = inherited and verb.dep_ == "conj" and verb.head.dep_ == "ccomp"
    if reported and (not refs or _asks_itself(r, verb, refs)):
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


def _asks_itself(r: Reader, verb: Token, refs: list[Ref]) -> bool:
    """Whether a verb of asking hung on a reported clause is the speaker's: it would ask that clause's own
    subject ("said Japan had violated the deal and urged Tokyo to stop"), or it has the speech verb's tense,
    not the clause's ("says Manila provoked the clash and urges it to stop", "said Kyiv had shelled the
    plant and urged the IAEA to act")."""
    trig = r.lex.verbs.get(verb.lemma_.lower())
    if trig is None or not (trig.rel == "REQUESTS" or "REQUESTS" in trig.preps.values()):
        return False
    clause, speech = verb.head, verb.head.head
    own_aux = any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    clause_aux = any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    if verb.tag_ == speech.tag_ and not own_aux and (clause.tag_ != verb.tag_ or clause_aux):
        return True
    asked = direct_objects(verb) + prep_objects(verb, "on") + prep_objects(verb, "upon")
    own = {r.ctx.actor(x.key) for x in refs}
    return any(r.ctx.actor(x.key) in own for t in asked for x in r.refs(t, topics=False))


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
    posts = r.lex.words.office_heads | r.lex.words.official_nouns | r.lex.words.body_posts
    heads = posts | r.lex.words.group_targets
    some = r.lex.words.partitive_words
    states: set[str] = set()
    bodies: set[str] = set()  # bodies whose post names the one hit: "a senior Hezbollah commander"
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
            if t.lemma_.lower() in posts:  # "the Wagner commander", "Hamas's deputy leader": the person
                owners = [c for c in t.children if c.dep_ in {"compound", "poss", "amod"}]
                body_mods = {  # ("a senior commander of Lebanon's Hezbollah": after 'of' too)
                    r.ctx.actor(m.key)
                    for c in [*owners, *prep_objects(t, "of")]
                    if (m := r.mention_at(c)) is not None
                    if m.label is Label.ORGANIZATION
                }
                bodies.update(body_mods)
                modifiers -= body_mods
            (states if unnamed else named).update(modifiers)
    drop, dropped_bodies = states - named, bodies - named
    return [
        x
        for x in targets
        if (r.ctx.actor(x.key) not in drop or label_of_ref(x, r.topics) is not Label.COUNTRY)  # firms stay
        and (r.ctx.actor(x.key) not in dropped_bodies or label_of_ref(x, r.topics) is not Label.ORGANIZATION)
    ]


def _sanctioned(r: Reader, tokens: list[Token], targets: list[Ref]) -> list[Ref]:
    """Whom a measure aimed at ``tokens`` hits, from what ``targets`` they stand for: an official named
    beside a title ("Nicaragua's vice president Rosario Murillo"), not the state of the title, nor that of
    an official named by title only; a group named by a count ("four individuals linked to Hamas",
    "three Israeli settlers") when nothing else is left."""
    hit = _with_persons(r, _named_persons(r, tokens), _unnamed_officials(r, tokens, targets))
    if not hit:
        named = [x for tok in tokens for x in _counted_before(r, tok)]
        return named or [x for tok in tokens for t in r.members(tok) for x in _unnamed_group(r, t)]
    # "on Iran's Quds Force and a Turkish national": a group in the list is hit with the named
    listed = [x for tok in tokens for t in r.members(tok)[1:] for x in _unnamed_group(r, t)]
    return hit + [x for x in listed if x.key not in {h.key for h in hit}]


def _counted_before(r: Reader, token: Token) -> list[Ref]:
    """(round 37) 'the two companies' as a measure's target: the two firms (or people) the last sentences told
    sanctioned, when exactly that many were ("designated X, along with Y and Z ... Britain imposed asset
    freezes on the two companies": Y and Z; within five sentences)."""
    words = r.lex.words
    if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in words.group_targets:
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children):
        return []
    count = [words.count_words.get(c.lower_, 0) for c in token.children if c.dep_ == "nummod"]
    if len(count) != 1 or count[0] < 2:
        return []
    label = Label.PERSON if token.lemma_.lower() in words.one_person_targets else Label.ORGANIZATION
    told = [
        c
        for c in r.ctx.told(set(range(r.info.index - 5, r.info.index)), {"SANCTIONS"}, {Modality.ASSERTED})
        if c.target not in r.ctx.unnamed_groups and label_of_ref(Ref(c.target), r.topics) is label
    ]
    if not told:
        return []
    latest = max(c.sent.index for c in told)
    hit = list(dict.fromkeys(c.target for c in told if c.sent.index == latest))
    return [Ref(k, inferred=True) for k in hit] if len(hit) == count[0] else []


def _with_persons(r: Reader, persons: list[Ref], targets: list[Ref]) -> list[Ref]:
    """The persons, and the other targets but the states their titles stood for."""
    # (and the body a title names: "the Wagner commander Dmitry Utkin" sanctioned is not Wagner sanctioned)
    states = {r.ctx.actor(p.key) for p in persons} | {
        o.state for p in persons for o in r.ctx.offices.get(p.key, [])
    }
    return persons + [t for t in targets if t.key not in states and t.key not in {p.key for p in persons}]


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


def _speaker_of(r: Reader, token: Token) -> list[Token]:
    """A statement speaks for whoever issued it: 'issued a statement condemning X' → the issuer (and a
    decree acts for whoever signed it: "a decree signed by President X imposes sanctions on Y")."""
    token = _relative_antecedent(r, token)
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


def _relative_antecedent(r: Reader, token: Token) -> Token:
    """A relative pronoun subject stands for its statement: "issued a communique that called on Sudan to
    ..." speaks as "issued a communique calling on" does (lexicon speech_nouns); else the token itself."""
    clause = token.head
    if token.dep_ != "nsubj" or token.lower_ not in {"that", "which"} or clause.dep_ != "relcl":
        return token
    return clause.head if clause.head.lemma_.lower() in r.lex.words.speech_nouns else token


def _voice_refs(r: Reader, verb: Token) -> list[Ref]:
    """A document as the subject: 'a resolution condemning the annexation', 'the resolution calls for'."""
    tokens, _ = subjects(verb)
    return [x for t in tokens for x in r.refs(t) if label_of_ref(x, r.topics) is Label.AGREEMENT]


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


def _between(r: Reader, head: Token) -> list[Ref]:
    """The parties named by 'between A and B' (or 'among A, B and C': lexicon party_among_preps) on a word."""
    preps = ("between", *sorted(r.lex.words.party_among_preps))
    return [x for p in preps for x in _prep_actors(r, [head], p)]


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


def _requested(r: Reader, targets: list[Ref]) -> list[Ref]:
    return [t for t in targets if label_of_ref(t, r.topics) in ACTORS]


def _parent(r: Reader, key: str) -> str:

    place = r.ctx.gazetteer.places.get(key)
    parent = place.attrs.get("parent") if place and not place.attrs.get("own_members") else None
    if parent:
        return r.ctx.place(parent)
    return key


def _laid_by(r: Reader, prep: Token) -> bool:
    """Whether a measure's 'under' or 'with' phrase hangs on a verb that lays it on its object: "placed X
    under sanctions", "hit the army chief with sanctions"."""
    holder, words = prep.head, r.lex.words
    return holder.pos_ == "VERB" and (
        (prep.lower_ == "under" and holder.lemma_.lower() in words.placing_verbs)
        or (prep.lower_ == "with" and holder.lemma_.lower() in words.measure_hitting_verbs)
    )


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
    if rel == "AIDS":  # "is repaying a Chinese loan", "accepted a loan from X", "relies on a grant from X"
        borrowing = r.lex.words.borrowing_verbs
        receiving = receiving | borrowing
        leaned = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "on" else None
        if leaned is not None and leaned.pos_ == "VERB" and leaned.lemma_.lower() in borrowing:
            return leaned
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


def _topics_of_kind(r: Reader, tokens: list[Token], kinds: frozenset[str]) -> list[Ref]:
    """The events or agreements of ``kinds`` that ``tokens`` name."""
    return [
        x
        for o in tokens
        for x in r.refs(o)
        if x.key.startswith("?topic:") and r.topics[int(x.key.split(":")[1])].kind in kinds
    ]


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


def _tie_partners(r: Reader, holders: list[Token]) -> list[Ref]:
    return _prep_actors(r, holders, "with")


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
    wrapper = _quantity(r, noun)  # (round 37b) "the EU's latest package of sanctions": the wrapper's owner
    if wrapper is not None and wrapper.lemma_.lower() in r.lex.words.measure_containers:
        for child in wrapper.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
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
                and not r.acting_region(r.mention_key(m, child))
            )
            passage = (  # "closed the Rafah crossing", "the Allenby bridge": where it is, not who closes it
                m is not None
                and m.label is not Label.COUNTRY  # (the model reads such names as persons or bodies too)
                and child.dep_ == "compound"
                and noun.lemma_.lower() in r.lex.words.crossing_nouns
                and not r.acting_region(r.mention_key(m, child))
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
    # ("accepted a loan from X": the verbs of borrowing too, round 27)
    receiver = _receiver(r, noun, "AIDS" if trig.rel == "AIDS" else None)
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


def _pairwise(r: Reader, rel: str, actors: list[Ref], modality: Modality, conf: float) -> None:
    states = [a for a in actors if label_of_ref(a, r.topics) in ACTORS]
    if len({r.ctx.actor(a.key) for a in states}) > 3:
        return  # four or more parties meeting is a multilateral gathering, not pairwise talks
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            r.emit(a, rel, b, modality, conf, unordered=True)
