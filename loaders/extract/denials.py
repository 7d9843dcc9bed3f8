"""Who says it, and does the text assert it (round 22): denials set after a charge ("X accused Y of shelling
its positions, which Y denied": the relative pronoun stands for the charge, not for the noun it follows),
measures on officials named by title only (the person's case, not the state's), recalls "for consultations",
plans told in the past ("was set to join"), conditions on "any" act and conditions said without "if"."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extract.lexicon import Lexicon

_CHARGE_PREPS = {"of", "for"}


def charge_over(t: Token, lex: Lexicon) -> Token | None:
    """The verb of charge whose "of"/"for" phrase holds ``t`` ("accused Armenia of [shelling its
    positions]", "blamed Kigali for [arming the rebels]"), a few steps up."""
    node = t
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if (
            node.dep_ == "prep"
            and node.lower_ in _CHARGE_PREPS
            and head.lemma_.lower() in lex.words.charge_verbs
            and head.i < node.i
        ):
            return head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"pcomp", "amod", "acl", "conj"}:
            return None  # (a clause of its own: "accused X of V-ing after Y had Z-ed")
        node = head
    return None


def charge_denied_by_which(which: Token, lex: Lexicon) -> Token | None:
    """'..., which Yerevan denied' closing a sentence whose charge it sums up: the verb of charge.

    The relative pronoun is the object of a denying verb ("deny", "reject", "dismiss") whose clause ends the
    sentence and hangs on a noun inside the charge's "of"/"for" phrase; a denial takes a charge, not the
    rebels or positions the charge names."""
    if which.lower_ != "which" or which.dep_ not in {"dobj", "obj"}:
        return None
    clause = which.head
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in lex.words.denying_verbs:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > which.i for c in clause.children):
        return None
    end = clause.sent.end - 1
    while end > clause.i and clause.doc[end].is_punct:
        end -= 1
    noun = clause.head
    if (
        clause.right_edge.i < end
        or noun.i + 1 >= len(noun.doc)
        or noun.doc[clause.left_edge.i - 1].text != ","
    ):
        return None
    return charge_over(noun, lex)


def measured_official(t: Token, lex: Lexicon) -> bool:
    """A title-only official on whom a measure is laid: "sanctioned Nicaragua's foreign minister", "Peru's
    foreign minister was banned from entering", "imposed sanctions on the country's defence chief", "denied
    visas to Iran's deputy foreign minister". The measure is the person's case, not one on the state."""
    words = lex.words
    while t.dep_ == "conj" and t.head.i < t.i:  # "sanctions on Iran's foreign minister and two generals"
        t = t.head
    head = t.head
    if t.dep_ in {"dobj", "nsubjpass", "obj"}:
        lemma = head.lemma_.lower()
        if lemma in words.listing_verbs and any(  # "added the defence minister to its sanctions list"
            o.lemma_.lower() in words.list_nouns
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in {"to", "on"}
            for o in p.children
        ):
            return True
        if lemma in words.entry_ban_verbs:  # "banned X from entering" (not "barred X from the summit")
            return any(
                c.lemma_.lower() in words.entry_gerunds
                for p in head.children
                if p.lower_ == "from"
                for c in p.children
            )
        return lemma in words.official_measure_verbs or any(  # "hit X with sanctions", "placed X under
            p.lower_ in words.official_measure_preps  # sanctions"
            and any(m.lemma_.lower() in words.official_measure_nouns for m in p.children if m.dep_ == "pobj")
            for p in head.children
            if p.dep_ == "prep"
        )
    if t.dep_ not in {"pobj", "dative"}:
        return False
    prep = head if t.dep_ == "pobj" else t
    holder = prep.head
    if prep.lower_ == "of" and holder.lemma_.lower() in words.official_asset_nouns:
        # "froze the assets of Russia's defence minister"
        return holder.head.lemma_.lower() in words.official_asset_verbs
    if prep.lower_ not in words.official_measure_preps:
        return False
    holder = prep.head
    if holder.lemma_.lower() in words.official_measure_nouns or holder.lower_ in words.official_measure_nouns:
        return True  # "sanctions on X", "a visa ban on X"
    if holder.pos_ in {
        "VERB",
        "AUX",
    }:  # "imposed sanctions on X", "hit X with sanctions", "denied visas to X"
        measured = [c for c in holder.children if c.dep_ in {"dobj", "obj"}]
        return holder.lemma_.lower() in words.official_measure_verbs or any(
            m.lemma_.lower() in words.official_measure_nouns or m.lower_ in words.official_measure_nouns
            for m in measured
        )
    return False


def recalled_for_consultations(verb: Token, lex: Lexicon) -> bool:
    """'recalled its ambassador to Paris for consultations': a recall that names consultation as its
    purpose and no grievance ("in protest", "over the remarks", "after the raid") is no stated protest."""
    words = lex.words
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"})]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    consulting = any(
        p.lower_ == "for" and any(o.lemma_.lower() in words.consultation_nouns for o in p.children)
        for p in preps
    )
    if not consulting:
        return False
    preps += [
        c for p in preps if p.lower_ == "for" for o in p.children for c in o.children if c.dep_ == "prep"
    ]
    grievance = any(
        p.lower_ in words.recall_grievance_preps
        or (p.lower_ == "in" and any(o.lemma_.lower() in words.recall_grievance_nouns for o in p.children))
        for p in preps
    )
    return not grievance and not any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in words.recall_grievance_nouns
        for c in verb.children
    )


def planned_tense(verb: Token, lex: Lexicon) -> str | None:
    """An act planned with "be set/due/poised/going to", "be to": "future" in the present ("Norway is to
    recognise Palestine", "is going to sign"), "past" when the plan is told in the past and no one reports
    it ("Argentina was set to join BRICS before ...", "Colombia was going to recognise ..."): a plan of the
    past says nothing of whether the act came (under "said", the past is only the report's tense)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    words = lex.words
    planned = head.lemma_.lower() in words.scheduled_words or head.lower_ in words.scheduled_words
    going = head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    if planned or going:
        copulas = [c for c in head.children if c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be"]
        if not copulas and head.dep_ == "acomp" and head.head.lemma_ == "be":
            copulas = [head.head]  # "was due to join"
    elif (
        head.lemma_ == "be"
        and head.pos_ in {"AUX", "VERB"}
        and not any(c.dep_ in {"attr", "acomp", "oprd"} for c in head.children)  # ("was the first to sign")
    ):
        copulas = [head]  # "was to recognise"
    else:
        return None
    if not copulas:
        return None
    clause = head.head if head.dep_ == "acomp" else head
    if copulas[0].tag_ != "VBD":
        return "future"
    reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words.say_verbs | lex.reporting_verbs
    return "future" if reported else "past"  # (under "said": a backshifted "is to")


def any_object(verb: Token) -> bool:
    """The verb's object is "any" one ("would condemn any coup", "would oppose any attempt to ..."): what
    is said of any such act is a condition, not an announced act."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(any(d.dep_ == "det" and d.lower_ == "any" for d in o.children) for o in objects)


def _set_off_proviso(verb: Token, lex: Lexicon) -> bool:
    """'would look at the plan favourably, subject to a cabinet review', 'will
    approve the loan, subject to a vote in parliament': an adjective of proviso (lexicon proviso_adjectives)
    set off by a comma after the verb or its object, with its "to" (not the predicate of "is subject to
    sanctions", nor "a firm already subject to UN sanctions" inside a noun phrase)."""
    if verb.lemma_.lower() in lex.words.copulas:
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]  # (or hung on the object)
    return any(
        c.lower_ in lex.words.proviso_adjectives
        and c.dep_ in {"acomp", "advcl", "advmod", "amod", "npadvmod", "prep"}
        and c.i > h.i
        and c.doc[c.i - 1].text == ","
        and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)
        for h in holders
        for c in h.children
    )


def _duration(clause: Token, lex: Lexicon) -> bool:
    """'(as long as) it takes', '(as long as) necessary': the clause after "as long as" says how long, not on
    what condition (lexicon duration_idioms; round 38)."""
    words = [t.lower_ for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "as")]
    return " ".join(words) in lex.words.duration_idioms


def proviso(verb: Token, lex: Lexicon) -> bool:
    """A stance tied to a condition that is not "if": "will back Sweden's bid provided that Stockholm ...",
    "will approve the aid on condition that ...", "will support the bid as long as ..." (the stance is
    conditional), and the condition's own clause ("... as long as it respects the deal": not asserted)."""
    words = lex.words
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    for h in holders:
        for c in h.children:
            if (  # "provided (that) the UN funds it", the participle read as an adverbial or a preposition
                c.dep_ in {"advcl", "prep"}
                and c.lower_ in words.proviso_verbs
                and any(g.dep_ in {"ccomp", "advcl", "pcomp"} for g in c.children)
            ):
                return True
            if c.dep_ == "prep" and any(  # "on condition that" (not "on condition of anonymity")
                p.lemma_.lower() in words.proviso_nouns
                and any(g.dep_ in {"acl", "ccomp", "relcl"} and g.pos_ in {"VERB", "AUX"} for g in p.children)
                for p in c.children
            ):
                return True
            if (
                c.dep_ == "advmod"
                and c.lower_ in words.proviso_adverbs
                and any(  # "as long as" (not "as long as it takes": a span, round 38)
                    g.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children)
                    and not _duration(g, lex)
                    for g in c.children
                )
            ):
                return True
    if _set_off_proviso(verb, lex):
        return True
    head = verb.head
    if verb.dep_ == "advcl" and head.lower_ in words.proviso_adverbs and _duration(verb, lex):
        return False  # "as long as it takes" is no condition of its own either
    if verb.dep_ in {"ccomp", "pcomp", "advcl"} and head.lower_ in words.proviso_verbs:
        return True  # the condition itself: "provided that Stockholm cracks down"
    if verb.dep_ == "acl" and head.lemma_.lower() in words.proviso_nouns:
        return True
    return verb.dep_ == "advcl" and head.lower_ in words.proviso_adverbs
