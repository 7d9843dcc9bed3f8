"""Parse repairs for the sentence shapes of news the small model misreads (round 22): headlines with a
"to"-infinitive or a state organ as subject, verbs listed after one subject, two clauses joined by "and",
and gapped clauses. Each repair tests cheap token properties (dependency label, tag, a neighbour's text)
before anything else; they run inside the existing repair components (no model pass of their own).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.extract.lexicon import load_lexicon

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_FINITE = {"VBD", "VBZ", "VBP"}
_MODIFIERS = {"amod", "compound", "advmod", "npadvmod", "nmod", "dep"}


def repair_shapes(doc: Doc) -> None:
    """The repairs that need only the parse (run with the other noun-compound repairs, before NER)."""
    for token in doc:
        dep = token.dep_
        if dep == "dep":
            _infinitive_headline_subject(token)
            _listed_verb(token)
        elif dep == "appos":
            _listed_verb(token)
            _listed_subject_before_infinitive(token)
        elif dep in {"acl", "relcl"}:
            _infinitive_headline_root(token)
            _headline_passive(token)
        elif dep == "amod" and token.tag_ in {"VBD", "VBN"}:
            if token.tag_ == "VBD":
                _dated_verb_read_as_modifier(token)
            _listed_subjects_verb_as_modifier(token)
        elif dep == "ccomp":
            _coordinated_clause(token)
        elif dep == "agent" and any(c.dep_ == "pobj" for c in token.children):  # (not "by expelling")
            _past_with_agent(token.head)
        elif dep == "conj":
            _raised_object_read_as_subject(token)
            _gapped_conjunct(token)
            _conjunct_clause_subject(token)


def _infinitive_headline_subject(token: Token) -> None:
    """ "UK to send more troops to Estonia", "EU to sanction Belarus officials": the wire's future, a name
    then a "to"-infinitive with no verb between, is read with the name as an unlabelled dependent of the
    infinitive; it is the infinitive's subject (the rules read "X to do" as an act to come)."""
    verb = token.head
    if token.pos_ not in {"PROPN", "NOUN"} or verb.tag_ != "VB" or verb.i <= token.i:
        return
    after = token.right_edge.i + 1
    if after >= verb.i or token.doc[after].lower_ != "to" or token.doc[after].head.i != verb.i:
        return
    if token.left_edge.i != token.sent.start or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    token.dep_ = "nsubj"


def _listed_subject_before_infinitive(name: Token) -> None:
    """ "India, China to hold border talks next week": a headline's second subject after a comma is read as
    an apposition of the first; a bare name right before the "to" of the infinitive whose subject is the
    name before the comma is that subject's conjunct."""
    first = name.head
    if name.pos_ != "PROPN" or first.dep_ != "nsubj" or first.pos_ != "PROPN" or name.i < 2:
        return
    to = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != first.head.i:
        return
    comma = name.doc[name.left_edge.i - 1]
    if comma.text != "," or any(t.pos_ != "PROPN" for t in name.subtree):
        return
    name.dep_ = "conj"


def _infinitive_headline_root(verb: Token) -> None:
    """ "EU to sanction Georgian officials", "Chile, Peru to sign maritime accord": the headline read as the
    name with the infinitive as its modifier; where the sentence's root is a name that opens it and a
    "to"-infinitive follows it at once (or after a comma and a second name), the infinitive is the root and
    the names its subjects."""
    name = verb.head
    if verb.tag_ != "VB" or name.dep_ != "ROOT" or name.pos_ != "PROPN" or verb.i <= name.i:
        return
    doc = verb.doc
    to = doc[verb.i - 1]
    if to.lower_ != "to" or to.head.i != verb.i or name.left_edge.i != name.sent.start:
        return
    between = doc[name.i + 1 : to.i]
    second = None
    if len(between):
        if between[0].text != "," or len(between) < 2 or any(t.pos_ != "PROPN" for t in between[1:]):
            return
        tops = [t for t in between[1:] if t.head.i == name.i]
        if len(tops) != 1 or any(t.head.i not in {name.i, tops[0].i} for t in between[1:]):
            return
        second = tops[0]
    _verb_heads_name(verb, name, "nsubj")
    if second is not None:
        second.dep_ = "conj"
        between[0].head = name


def _verb_heads_name(verb: Token, name: Token, dep: str) -> None:
    """A headline's verb the parser hung under the name that opens it heads the sentence, the name its
    subject (`dep`), and what the name held after the verb hangs on the verb."""
    for child in list(name.children):
        if child.i > verb.i:
            child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, dep


def _dated_verb_read_as_modifier(verb: Token) -> None:
    """ "Chinese coast guard vessels on Saturday fired water cannon at a Philippine ship": with the day
    between subject and verb, the past verb is read as a modifier of its object, and the object as a
    second object of "on". A past verb right after "on" and a time word, modifying a later noun that hangs
    on that "on", is the clause's verb: the subject of "on" its subject, the noun its object."""
    doc = verb.doc
    if verb.i < 3:
        return
    noun, date, prep = verb.head, doc[verb.i - 1], doc[verb.i - 2]
    if noun.i <= verb.i or noun.head.i != prep.i or prep.lower_ != "on":
        return
    if date.lower_ not in load_lexicon().words.time_words:
        return
    subject = prep.head
    if (
        subject.pos_ not in {"NOUN", "PROPN"}
        or subject.dep_ not in {"nsubj", "ROOT", "dep"}
        or subject.i > prep.i
    ):
        return
    date.head, date.dep_ = prep, "pobj"
    for child in list(subject.children):  # ("at a ship" hung on the subject)
        if child.i > verb.i:
            child.head = verb
    if subject.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = subject.head, "ccomp" if subject.head.i > verb.i else "conj"
    subject.head, subject.dep_ = verb, "nsubj"
    prep.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def _listed_subjects_verb_as_modifier(verb: Token) -> None:
    """ "Kenya, Ethiopia and the AU mediated talks in Nairobi": a list of subjects whose last member has an
    article is read as one noun phrase, the verb a modifier of its bare plural object and the last subject a
    modifier of the verb, the first name the root. The verb is the root, the names before it its subjects,
    the noun after it its object."""
    doc = verb.doc
    noun, name = verb.head, doc[verb.i - 1] if verb.i > 2 else None
    if name is None or noun.dep_ != "conj" or noun.i != verb.i + 1 or noun.pos_ != "NOUN":
        return
    if (
        name.pos_ != "PROPN"
        or name.head.i != verb.i
        or name.dep_ not in {"npadvmod", "nsubj", "compound", "nmod"}
    ):
        return
    root = noun.head
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "ROOT" or root.pos_ != "PROPN" or root.left_edge.i != root.sent.start:
        return
    last = noun.head
    for child in list(root.children):
        if child.i > noun.i:
            child.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    name.head, name.dep_ = last, "conj"
    for det in [t for t in noun.children if t.dep_ == "det" and t.i < name.i]:
        det.head = name
    noun.head, noun.dep_ = verb, "dobj"


def _headline_passive(verb: Token) -> None:
    """ "Kyiv hit by Russian missiles as Zelensky urges allies to ...": a headline's passive drops its
    auxiliary, and the participle is read as a modifier of the name before it, the root. A past participle
    with a "by" agent right after the name that opens a headline is the passive verb, the name its
    subject."""
    name = verb.head
    if (
        verb.tag_ != "VBN"
        or name.dep_ != "ROOT"
        or name.pos_ not in {"PROPN", "NOUN"}
        or verb.i != name.i + 1
    ):
        return
    sent = verb.sent
    if sent[-1].text in {".", "!", "?"} or name.left_edge.i != sent.start:
        return
    if not any(c.dep_ == "agent" for c in verb.children):
        return
    _verb_heads_name(verb, name, "nsubjpass")


def _past_with_agent(verb: Token) -> None:
    """ "Kharkiv struck by Russian glide bombs": a headline's passive without its auxiliary tagged as a past
    tense with a subject; a past form with a "by" agent and no object is the participle of a passive, its
    subject the passive's."""
    if verb.tag_ != "VBD" or any(c.dep_ in {"dobj", "obj", "aux", "auxpass"} for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return
    verb.tag_ = "VBN"
    subjects[0].dep_ = "nsubjpass"


def _raised_object_read_as_subject(verb: Token) -> None:
    """ "Brazil criticised, and later summoned, Israel's ambassador": the object the two verbs share, set off
    by a comma, is read as the second verb's subject. A conjunct verb in the past whose "subject" follows
    it after a comma is the verb of the first's subject, and that noun its object."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return
    late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if len(late) != 1 or verb.doc[late[0].left_edge.i - 1].text != ",":
        return
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return
    verb.tag_ = "VBD"
    late[0].dep_ = "dobj"


def _listed_verb(token: Token) -> None:
    """ "Chile recalled its ambassador, summoned Israel's envoy and cut trade ties": the middle verb of a
    list of verbs sharing one subject is read as an unlabelled dependent of the first, or an apposition of
    its object (and the list left without its subject); a finite verb right after a comma, with no subject
    of its own, hung on a verb in the same tense (or on that verb's object), is that verb's conjunct."""
    head = token.head
    if token.dep_ == "appos" and head.dep_ in {"dobj", "obj"}:
        head = head.head
    if token.pos_ != "VERB" or token.tag_ not in _FINITE or head.pos_ != "VERB" or head.i >= token.i:
        return
    if token.doc[token.i - 1].text != "," or (token.tag_ == "VBD") != (head.tag_ == "VBD"):
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in token.children):
        return
    token.head, token.dep_ = head, "conj"
    token.doc[token.i - 1].head = head


def _coordinated_clause(verb: Token) -> None:
    """ "Japan criticized China and South Korea criticized North Korea": two clauses joined by "and" read
    as one verb whose complement clause has the coordinated names as its subject. Where the first verb
    is a relation verb that takes no clause, has no object, and the second verb in its tense follows the
    coordinated names at once, the first name is the first verb's object and the second the subject of a
    conjunct clause."""
    head = verb.head
    if verb.pos_ != "VERB" or head.pos_ != "VERB" or verb.i <= head.i or verb.tag_ != head.tag_:
        return
    if head.tag_ not in {"VBD", "VBZ"} or any(c.dep_ in {"dobj", "obj"} for c in head.children):
        return
    if any(c.dep_ in {"mark", "aux", "auxpass"} for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != head.i + 1 or subject.pos_ not in {"PROPN", "NOUN"}:
        return
    conjs = [c for c in subject.children if c.dep_ == "conj"]
    ccs = [c for c in subject.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(conjs) != 1 or len(ccs) != 1 or conjs[0].right_edge.i != verb.i - 1:
        return
    lex = load_lexicon()
    lemma = head.lemma_.lower()
    if lemma not in lex.verbs or lemma in _clause_verbs():
        return
    second = conjs[0]
    subject.head, subject.dep_ = head, "dobj"
    second.head, second.dep_ = verb, "nsubj"
    ccs[0].head = head
    verb.head, verb.dep_ = head, "conj"


def _conjunct_clause_subject(verb: Token) -> None:
    """ "Egypt criticized Ethiopia and Sudan criticized South Sudan": the second clause's verb is read as
    the first verb's conjunct without a subject, its subject as a second object of the first verb (or of its
    preposition: "Spain sent troops to Latvia and Italy sent jets to Poland"). A conjunct verb in the same
    tense with no subject, right after a name coordinated by "and" with that object, takes the name as its
    subject."""
    head = verb.head
    if verb.pos_ != "VERB" or head.pos_ != "VERB" or verb.tag_ != head.tag_ or verb.tag_ not in _FINITE:
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return
    name = verb.doc[verb.i - 1]
    if name.dep_ == "compound":
        return
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.dep_ not in {"dobj", "obj", "pobj"}:
        return
    first = name.head  # the first verb's object, or the object of its preposition ("sent troops to Latvia")
    governor = first.head if first.dep_ != "pobj" else first.head.head
    if governor.i != head.i or name.left_edge.i < 1 or verb.doc[name.left_edge.i - 1].lower_ != "and":
        return
    if [c for c in first.children if c.dep_ == "conj"] != [name] or head.lemma_.lower() in _clause_verbs():
        return
    cc = verb.doc[name.left_edge.i - 1]
    name.head, name.dep_ = verb, "nsubj"
    if cc.head.i == first.i:
        cc.head = head


def _clause_verbs() -> frozenset[str]:
    """Verbs that take a clause as their complement ("warned Kyiv and Warsaw would pay")."""
    lex = load_lexicon()
    w = lex.words
    return frozenset(
        lex.reporting_verbs | lex.negating_verbs | w.warning_verbs | w.threat_verbs | w.accusing_verbs
    )


def _gapped_conjunct(token: Token) -> None:
    """ "France sent troops to Mali and Germany to Niger": a gapped clause (its verb left out) is read as
    a second object of the first clause's preposition ("to Mali and Germany") and its own preposition
    phrase as the verb's. The name before a second phrase with the same preposition is no conjunct of
    the first: it and its phrase hang apart on the verb, so the verb's relation reaches neither."""
    first = token.head
    prep = first.head
    if first.dep_ != "pobj" or token.pos_ not in {"PROPN", "NOUN"} or prep.dep_ not in {"prep", "dative"}:
        return
    verb = prep.head
    nxt = token.right_edge.i + 1
    if verb.pos_ != "VERB" or nxt >= len(token.doc) or token.doc[nxt].lower_ != prep.lower_:
        return
    second = token.doc[nxt]
    # (on the verb, or on its object: "sent aid to Sudan and Sweden to Somalia")
    on_object = second.head.head.i == verb.i and second.head.dep_ in {"dobj", "obj"}
    if not (second.head.i == verb.i or on_object) or second.dep_ not in {"prep", "dative"}:
        return
    if not any(c.dep_ == "cc" for c in first.children) or any(c.dep_ == "conj" for c in token.children):
        return
    token.head, token.dep_ = verb, "dep"
    second.head = token


def listed_demonyms(sent: Span) -> None:
    """ "Indian, Chinese troops clash on border": a headline lists the adjectives of two states with a comma
    where prose has "and"; two demonyms modifying one noun, a comma between them, are coordinated."""
    for token in sent:
        if token.ent_type_ != "NORP" or token.dep_ not in _MODIFIERS or token.i + 2 >= sent.end:
            continue
        comma, second = token.doc[token.i + 1], token.doc[token.i + 2]
        if comma.text != "," or second.dep_ not in {"amod", "compound"} or second.ent_type_ != "NORP":
            continue
        noun = second.head
        if noun.pos_ not in {"NOUN", "PROPN"} or token.head.i not in {noun.i, noun.head.i}:
            continue
        if second.ent_iob_ != "B":
            continue
        token.head, token.dep_ = noun, second.dep_  # ("Indian" hung on the verb)
        second.head, second.dep_ = token, "conj"
        comma.head = token
        return


def organ_headline_verb(sent: Span, known: frozenset[str], s_form) -> None:  # type: ignore[no-untyped-def]
    """ "Niger junta expels French ambassador", "Mali's junta expels Swedish ambassador": a headline whose
    subject is a named state's organ reads the verb in -s as the plural head of one noun phrase. Where the
    root is such a word, a known verb's -s form, right after a state organ noun that a name or an owner
    qualifies, it is the verb, the organ its subject and the noun phrase after it its object. A plural organ
    takes the bare verb ("Ecuador police storm Mexican embassy"; lexicon ``plural_organs`` besides -s)."""
    root = sent.root
    if root.tag_ not in {"NNS", "NN"} or sent[-1].text in {".", "!", "?"} or root.i - sent.start < 2:
        return
    organ = root.doc[root.i - 1]
    lex = load_lexicon()
    if organ.pos_ != "NOUN" or organ.head.i != root.i or organ.lower_ not in lex.state_organs:
        return
    if root.tag_ == "NNS":
        lemma = s_form(root.lower_, known)
    else:  # a bare verb agrees with a plural subject only
        plural = organ.tag_ == "NNS" or organ.lower_ in lex.words.plural_organs
        lemma = root.lower_ if plural and root.lower_ in known else None
    if lemma is None:
        return
    named = [c for c in root.children if c.i < organ.i] + [c for c in organ.children if c.i < organ.i]
    if not any(t.ent_type_ in {"GPE", "NORP", "ORG"} or t.dep_ == "poss" for t in named):
        return
    after = [c for c in root.children if c.i > root.i and c.dep_ in {"appos", "npadvmod", "compound", "dobj"}]
    if not after:
        return
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ" if root.tag_ == "NNS" else "VBP", lemma
    organ.dep_ = "nsubj"
    for t in named:
        t.head = organ
        if t.dep_ != "poss":
            t.dep_ = "compound"
    after[0].dep_ = "dobj"


def clause_break(before: Token, name: Token) -> bool:
    """Whether two names the text joins with "and" stand in two clauses, and so form no list: the second is
    a later verb's subject after the first was an object ("Japan criticized China and South Korea criticized
    ..."), or heads a gapped clause ("sent troops to Mali and Germany to Niger", ``_gapped_conjunct``)."""
    dep = name.dep_
    if dep in {"nsubj", "nsubjpass"}:
        return before.dep_ in {"dobj", "dep"} and name.head.i > name.i and name.head.i != before.head.i
    return dep == "dep" and before.dep_ == "pobj" and any(c.dep_ in {"prep", "dative"} for c in name.children)


def verb_read_as_modifier(sent: Span) -> None:
    """ "Philippines, Japan ink reciprocal access agreement": a headline's verb with its subject read as a
    modifier of the object noun, which the model makes the root (or an apposition of the first name, the
    root). Where a verb in the present with a subject before it hangs on a later noun as its modifier, in a
    headline whose root is that noun or a name before the verb, the verb is the root, the noun its object,
    and names before the verb its subjects (a comma between two of them lists them)."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or sent[-1].text in {".", "!", "?"}:
        return
    verb = next((t for t in sent if t.pos_ == "VERB" and t.dep_ in {"nmod", "amod", "compound"}), None)
    if (
        verb is None
        or verb.tag_ not in {"VB", "VBP", "VBZ"}
        or verb.head.pos_ != "NOUN"
        or verb.head.i < verb.i
    ):
        return
    obj = verb.head
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return
    if root.i != obj.i and not (root.pos_ == "PROPN" and root.i < verb.i and obj.head.i == root.i):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(root.children):
        if (child.i < verb.i and root.i == obj.i) or (child.i > verb.i and root.i != obj.i):
            child.head = verb
    if root.i != obj.i:
        root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    names = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda t: t.i)
    for after in names[1:]:
        comma = sent.doc[after.left_edge.i - 1]
        if comma.text == ",":
            after.head, after.dep_ = names[0], "conj"
            comma.head = names[0]
