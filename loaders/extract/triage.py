"""A cheap first pass: which sentences can state a relation at all, and so need spaCy's full parse.

The tokenizer, a rule sentencizer and the gazetteer run on every line (fast); the tagger, parser and
NER run only on sentences holding a word from the lexicon (a relation verb or noun, an event head, a
title, an alliance or membership word) or two places that may stand in a territorial relation.
Everything else is kept for its gazetteer mentions only.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from loaders.extract.leaders import load_leaders
from loaders.extract.lexicon import load_lexicon
from loaders.extract.nlp import COMPONENT, load_nlp
from loaders.extract.stances import label_before_colon


def forms(lemma: str) -> set[str]:
    """Inflected forms of an English verb or noun, generously (a filter, not a generator of text): the
    regular ones, the irregular ones spaCy's own lemmatizer knows ("broke", "stood", "fled") and those
    the lexicon adds."""
    w = lemma.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y"):
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    return out | _irregular().get(w, set()) | set(load_lexicon().words.irregular_forms.get(w, ()))


@lru_cache(maxsize=1)
def _irregular() -> dict[str, set[str]]:
    """Lemma → its irregular forms, from the exceptions table of the model's rule lemmatizer."""
    out: dict[str, set[str]] = {}
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_exc"):
        return out
    exceptions = tables.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        for form, lemmas in exceptions.get(pos, {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    lex = load_lexicon()
    words: set[str] = set(lex.words.parse_words)
    for lemma in [
        *lex.verbs,
        *lex.nouns,
        *lex.evaluation_verbs,
        *lex.words.parse_verbs,
        *lex.words.tie_verbs,
        *lex.words.tie_actions,
        *lex.words.switch_verbs,
        *lex.words.founding_verbs,
        *lex.words.enlarging_verbs,
        *lex.words.comprising_verbs,
        *lex.words.ruling_verbs,
        *lex.words.clash_verbs,
        *lex.words.receiving_verbs,
        *lex.words.charged_deeds,
        *lex.words.verb_events,
        *lex.words.ally_nouns,
        *lex.words.heading_verbs,
        *lex.words.tie_opening_verbs,
        *lex.words.angering_verbs,
        *lex.words.pleasing_verbs,
        *lex.words.alert_nouns,
        *lex.words.asylum_nouns,  # "sought asylum at the embassy"
        *lex.words.protest_event_nouns,  # "staged a vigil outside the embassy"
        *lex.words.mission_nouns,  # "the Mexican Embassy", for "the embassy" later
        *lex.words.scrambling_verbs,
        *lex.words.tie_restoring_verbs,
        *lex.words.contact_nouns,
        *lex.words.voiding_nouns,
        *lex.words.linking_verbs,
        *lex.words.mission_opening_verbs,
        *lex.words.reproaching_verbs,
        *lex.words.accusing_verbs,
        *lex.words.pressing_verbs,
        *lex.words.wanting_verbs,
        *lex.words.walkout_verbs,
        *lex.words.walkout_nouns,
        *lex.words.payback_verbs,
        *lex.words.desecrating_verbs,
        *lex.words.emblem_nouns,
        *(k.split()[-1] for k in lex.words.object_idioms),  # (the idiom's own noun: "notice", "task")
        *(k.split()[1] for k in lex.words.phrase_idioms),  # ("no", "back", "door")
        *lex.words.halt_nouns,
        *lex.words.restraint_nouns,
        *lex.words.assuring_verbs,
        *lex.words.junta_nouns,
        *lex.words.acquiring_verbs,
        *lex.words.leave_nouns,
        *lex.words.copy_alone,
        *lex.words.bare_joins,
        *lex.words.stance_agents,
        *lex.words.accession_words,
        *lex.words.troop_sending_verbs,
        *lex.words.signing_verbs,
        *lex.words.signatory_nouns,  # "Russia and China, the other parties to the deal, ..."
        *lex.words.endorsed_nouns,  # (an office given 'as' a title is parsed for the title word)
        *lex.words.chair_nouns,
        *lex.words.harm_nouns,  # "said Israel was behind the explosion"
        *lex.words.embargo_verbs,
        *lex.words.behest_nouns,
        *lex.words.envoy_returning_verbs,  # "reinstated its ambassador to Iran"
        *lex.words.quarrel_verbs,  # "sparred over Western Sahara"
        *lex.words.joint_agreeing_verbs,
        *lex.words.consensus_nouns,
        *lex.words.sharing_verbs,
        *lex.words.mediation_words,
        *lex.words.defending_verbs,
        *lex.words.fighting_verbs,
        *lex.words.eviction_verbs,
        *lex.words.violence_nouns,
        *lex.words.capturing_verbs,
        *(w for w in lex.words.clash_nouns if " " not in w),  # "clashes between X and Y troops"
        *lex.words.stance_adjuncts,  # "in defiance of the UN", "came to the defence of"
        *lex.words.help_seeking_verbs,  # "sought Turkey's help"
        *lex.words.court_filing_nouns,  # "lodged a declaration of intervention" (round 38)
        *lex.words.contributing_verbs,  # "will contribute police to the Haiti mission"
        *lex.words.serving_verbs,  # "troops serving with the AU force in Darfur"
        *lex.words.mission_leading_verbs,  # "will lead a police mission to Haiti"
        *lex.words.invading_verbs,  # "troops crossed into Ethiopia"
        *lex.words.harming_verbs,
        *lex.words.attributing_verbs,
        *lex.words.posting_verbs,  # deeds that imply a stance (round 23)
        *lex.words.helper_personnel,
        *lex.words.envoy_accepting_verbs,
        *lex.words.shelving_verbs,
        *lex.words.shelving_phrases,
        *lex.words.ousting_verbs,
        *lex.words.turning_verbs,
        *lex.words.training_verbs,
        *lex.words.display_nouns,
        *lex.words.shielding_verbs,
        *lex.words.posting_nouns,
        *lex.words.ousting_nouns,
        *lex.words.shelving_nouns,
        *lex.words.sheltering_deeds,
        *lex.words.shelter_nouns,
        *lex.words.joint_work_words,  # membership implied (round 23): "cooperation within the SCO"
        *lex.words.banding_verbs,  # "grouped themselves in the AES"
        *lex.words.chairing_verbs,  # "the Minsk Group, co-chaired by France"
        *lex.words.naming_participles,  # "known as the E3", "dubbed the Quad"
        *lex.words.status_granting_verbs,  # "was granted observer status"
        *lex.words.convening_verbs,  # "announced a joint summit"
        *lex.words.gather_verbs,  # "ASEAN leaders gathered in Kuala Lumpur"
        *lex.words.fellow_words,  # "its fellow GCC members"
        *lex.words.host_nouns,  # "Brazil, the host of the G20 summit"
        *lex.words.operation_sending_verbs,  # "sent a frigate to Operation Aspides"
        *lex.words.contingent_nouns,  # "with smaller contingents from Kenya and Burundi" (round 25)
        *lex.words.treaty_article_words,  # "invoked NATO's Article 4"
        *lex.judged_requests.mandating_verbs,  # "was mandated by ECOWAS to mediate" (judged.py)
        *lex.judged_requests.meeting_verbs,  # "asked for a meeting of the Security Council"
    ]:
        words |= forms(lemma)
    words |= {w for w in lex.evaluations if " " not in w}  # "said the move was a mistake"
    words |= set(lex.words.stance_adjectives)  # "has been critical of"
    words |= {w.lower() for w in lex.words.weapon_names if " " not in w}  # "delivered F-16s to Kyiv"
    words |= {w for phrase in lex.words.copy_phrases.values() for w in phrase}  # "followed suit"
    words |= set(lex.words.step_anaphors)  # "the first to take the step" (a "did so" looks past it)
    for topic in lex.topics:
        for head in [*topic.heads, *topic.qualified]:
            words |= forms(head.split()[-1])
    for weak in lex.topic_weak:
        words |= forms(weak)
    words |= {t for t in lex.person_titles} | {w for t in lex.head_titles for w in t.split()}
    return frozenset(words)


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(w for topic in lex.topics for head in topic.heads for w in forms(head.split()[-1]))


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:

    return Sentencizer()


def cheap_doc(text: str) -> Doc:
    """Tokens, rule-based sentences and gazetteer entities, without any statistical model."""
    nlp: Language = load_nlp()
    doc = nlp.make_doc(text)
    doc = _sentencizer()(doc)
    # 'the plan. "We will ...': an opening quote starts the next sentence
    for t in doc[1:-1] if '"' in text or "“" in text else ():
        if (
            t.text in {'"', "“"}
            and not t.whitespace_
            and t.nbor(-1).text in {".", "!", "?"}
            and t.nbor(1).is_sent_start
        ):
            t.is_sent_start = True
            t.nbor(1).is_sent_start = False

    matcher = nlp.get_pipe(COMPONENT)
    result: Doc = matcher(doc)
    return result


def needs_parse(sent: Span, names: Set[str] = frozenset()) -> bool:
    """Whether a sentence may state a relation the rules can read: a relation word and someone to
    state it about (a gazetteer name, a capitalised name, a pronoun), or two places. ``names``: the
    capitalised words seen inside earlier sentences of the article (see ``needs_names``)."""
    ents = sent.ents
    labels = {e.ent_id_.split("|", 1)[1].split(":", 1)[0] for e in ents if e.ent_id_}
    if "Region" in labels and "Country" in labels:  # "Ukraine's Odesa Oblast", "Lviv, Ukraine"
        return True
    if "Country" in labels and _unknown_place_before_country(sent, ents):  # "en route to Grozny, Russia"
        return True
    if "Country" in labels and _unknown_place_in_side(sent, ents):  # "at Drnava in eastern Slovakia"
        return True
    if labels and label_before_colon(sent, load_lexicon()) is not None:  # "Against: A, B and C."
        return True
    lowers = [t.lower_ for t in sent]
    words = trigger_words()
    if not any(w in words for w in lowers):
        # "The court ruled that Azerbaijan must not obstruct the corridor": an obligation reported of someone
        return bool(labels) and _obligation_reported(sent)
    topical = topic_words()
    if any(w in topical for w in lowers):  # an event named now may be "it" in the next sentence
        return True
    pointers = pointer_words()
    return bool(labels) or any(w in pointers for w in lowers) or needs_names(sent, names)


def points_back(sent: Span) -> bool:
    """Whether a sentence sums up a deed told just before ("the decision", "the move") or opens with a
    pronoun for its actor ("Its prime minister ..."): the sentence before is parsed too, to know whose it
    was or who, when it has a name in it."""
    words = load_lexicon().words
    first = next((t for t in sent if not t.is_punct), None)
    if first is not None and first.lower_ in words.leading_pronouns:
        return True
    return any(
        t.lower_ in words.act_anaphors and t.i > 0 and t.nbor(-1).lower_ in {"the", "this", "that"}
        for t in sent
    )


def _obligation_reported(sent: Span) -> bool:
    """A modal of obligation and a verb of saying in one sentence (both words are common alone)."""
    modals = load_lexicon().words.deontic_modals
    return any(t.lower_ in modals for t in sent) and any(t.lower_ in _say_forms() for t in sent)


@lru_cache(maxsize=1)
def _say_forms() -> frozenset[str]:
    return frozenset(form for verb in load_lexicon().words.say_verbs for form in forms(verb))


@lru_cache(maxsize=1)
def pointer_words() -> frozenset[str]:
    """Words that point back to an actor named before ("it", "the bloc", "each side", "the latter", "its
    neighbour", "the island", "the trio"): a sentence with one and a relation word is parsed."""
    w = load_lexicon().words
    return frozenset(
        {
            *w.pointer_words,
            *w.state_nouns,
            *w.plural_definites,
            *w.party_nouns,
            *w.neighbour_nouns,
            *w.island_nouns,
            *w.group_counts,
        }
    )


def inner_names(sent: Span) -> set[str]:
    """The capitalised words of a sentence past its first word (names, for ``needs_names`` later)."""
    return {t.text for t in sent[1:] if t.is_title and t.is_alpha}


def _unknown_place_before_country(sent: Span, ents: tuple[Span, ...] | None = None) -> bool:
    """'X, Country' where X is a capitalised word the gazetteer does not know: a place the parse and
    NER can place in that country (``ents``: the sentence's entities, when the caller has them)."""
    found = sent.ents if ents is None else ents
    countries = {e.start for e in found if e.ent_id_.split("|", 1)[-1].startswith("Country:")}
    for start in countries:
        if start - 2 >= sent.start:
            comma, name = sent.doc[start - 1], sent.doc[start - 2]
            if comma.text == "," and name.is_title and name.is_alpha and not name.ent_id_:
                return True
    return False


def _unknown_place_in_side(sent: Span, ents: tuple[Span, ...]) -> bool:
    """'X in eastern Country' where X is a capitalised word the gazetteer does not know, at most three words
    before 'in' (round 36): a place the parse can put in that state."""
    sides = load_lexicon().words.side_words
    for e in ents:
        if not e.ent_id_.split("|", 1)[-1].startswith("Country:") or e.start - 3 < sent.start:
            continue
        if sent.doc[e.start - 1].lower_ in sides and sent.doc[e.start - 2].lower_ == "in":
            before = sent.doc[max(sent.start + 1, e.start - 5) : e.start - 2]
            if any(t.is_title and t.is_alpha and not t.ent_id_ for t in before):
                return True
    return False


def needs_names(sent: Span, names: Set[str] = frozenset()) -> bool:
    """Whether a sentence holds capitalised words the gazetteer does not know (so NER must run): after its
    first word, or as its first word a name the article used before ("Zambian President Hakainde Hichilema
    criticised the IMF. Hichilema urged the fund to ...") or a leader's name the leaders data knows ("Xi
    criticised Hanoi"; any capitalised first word would cost NER on a sentence in three, 3 % of a pass)."""
    for t in sent[1:]:
        if t.is_title and t.is_alpha and not t.ent_id_ and t.i > 0 and t.nbor(-1).text not in {'"', "“", "'"}:
            return True
    first = sent[0] if len(sent) else None
    if first is None or not first.is_title or first.ent_id_:
        return False
    return first.text in names or (
        first.is_alpha
        and first.lower_ not in _opening_words()
        and bool(load_leaders().family_holders(first.text))
    )


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Words that open sentences without naming anyone: stop words, the lexicon's trigger words, titles."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lex = load_lexicon()
    return frozenset({*STOP_WORDS, *trigger_words(), *(t.lower() for t in lex.titles)})
