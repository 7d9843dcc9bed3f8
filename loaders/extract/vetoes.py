"""Claims a construction shows the sentence does not make (round 26, precision).

The rules read each relation word on its own; some constructions around it take the claim back. This pass
runs over one sentence's claims after every rule has read it, and drops or demotes those:

- thanks for support: "Fiji thanked Japan for standing by it", "expressed its appreciation to Chile for its
  backing": the one thanked supports (read by the support word), the one who thanks takes no stance on it;
- a visit still to come: "will pay an official visit to India next month" is pending (rule 6), not met
  (talks a state will host, or a tie promised, "would share radar data with Finland", stay future claims);
- money lent (round 31): "the IMF approved a $2 billion loan" takes no stance on the loan (the giver backs the
  borrower, read as AIDS, or what the loan is for: "approved a loan for the project" backs the project);
- attendance: "Mali, Burkina Faso and Niger welcomed the plan at a meeting in Dakar": three or more actors
  at a meeting where they did something else are not met in pairs (attendance is not expanded);
- agreements of a kind: "have signed similar arrangements", "refused to sign such an accord": no one
  agreement, so no signatory of a named one, unless a partner is named ("comparable pacts with Egypt");
- what is not allowed to become: "will not allow Syria to become a platform" refuses that, not Syria
  ("would not allow Sweden to join NATO" still rejects Sweden);
- entry bans: "barred X from entering its territory" is a sanction on X, not a refusal of X (the refusal
  read by "bar" is read as SANCTIONS);
- stances on a bid (round 27): "Peru backs Chile's accession to the OECD" is a stance on Chile (read by
  stances.backed_bids) and on the bid, with Chile asking the OECD; not a stance on the OECD;
- a charge rebutted (round 37): "X accused Y of arming the rebels, a charge Y rejects", "X accused Y ..., and
  Y dismissed the claim as baseless": denying a charge the same sentence makes is no stance against its maker
  (the gold leaves it out or lists it as a negative), unless the phrase names the maker ("rejected the
  allegations of the AES", "its accusations"); "the accusation" named bare and rejected in a sentence of its
  own (round 38) is no stance against its maker either (the gold's negative), save "the claim" to a land;
- an organ instructed (round 38): "instructed this Secretariat to apply for membership of the bank" is no
  request of the organ; its act is its master's ("Honduras requests the bank");
- deference (round 38): "Peru respects Bolivia's decision", "respects the sovereignty of Iran": respecting a
  state's choice, rights or sovereignty is no support of that state (what is respected when it is a text or
  an event still is backed: "respect the ceasefire").

Vocabulary is data (lexicon ``thanked_support_words``, ``meeting_acts``, ``lent_nouns``, ``permission_verbs``,
``kind_words``, ``kind_relations``, ``rebutted_claim_nouns``,
``pointing_determiners``, ``deference_verbs``, ``deferred_nouns``, ``directive_verbs``, ``organ_nouns``,
``organ_acts``; the entry gerunds are ``entry_gerunds``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import direct_objects, is_infinitive, prep_objects
from loaders.extract.context import Claim
from loaders.extract.refs import key_label
from loaders.extract.rule_helpers import _subject_refs
from loaders.extract.sentence import ACTORS, Reader, label_of_ref


def veto_claims(r: Reader) -> None:
    """Drop or demote the claims of this sentence that one of the constructions above takes back."""
    index = r.info.index
    mine = [c for c in r.ctx.claims if c.sent.index == index]
    if not mine:
        return
    dropped: set[tuple[str, str, str]] = set()  # (source actor, type, target actor)
    dropped |= _thanked_for_support(r)
    dropped |= _attended_together(r)
    banned = _entry_barred(r)
    dropped |= _act_not_allowed(r)
    dropped |= _bid_stances(r, mine)
    dropped |= _charges_rebutted(r)
    dropped |= _deferred_to(r)
    instructed = _organs_instructed(r)
    dropped |= {(s, "REQUESTS", o) for o, sources in instructed.items() for s in sources}
    kind_only = _documents_of_a_kind(r)
    lent = _money_lent(r)
    # a visit to come (not "will host talks next month", "would share radar data with Finland": future)
    met = any(t.lemma_.lower() in r.lex.words.meeting_acts for t in r.sent)
    actor = r.ctx.actor
    kept: list[Claim] = []
    for claim in r.ctx.claims:
        if claim.sent.index != index:
            kept.append(claim)
            continue
        ends = (actor(claim.source), claim.type, actor(claim.target))
        if ends in dropped:
            continue
        if ends[0] in instructed and claim.type in r.lex.words.organ_acts:  # the organ acts for its master
            for master in sorted(instructed[ends[0]]):
                kept.append(replace(claim, source=master, inferred=True))
            continue
        if ends in banned:  # an entry ban is a sanction on the one barred (read as such, inferred)
            claim = replace(claim, type="SANCTIONS", inferred=True)
        if claim.target in kind_only and claim.type in r.lex.words.kind_relations:
            continue
        if claim.type == "SUPPORTS" and claim.target in lent:
            aim = lent[claim.target]
            if aim is None:
                continue
            claim = replace(claim, target=aim, inferred=True)
        if claim.type == "MET_WITH" and claim.modality is Modality.FUTURE and met:
            claim = replace(claim, modality=Modality.HYPOTHETICAL)  # a meeting to come is pending
        kept.append(claim)
    r.ctx.claims[:] = kept


def _actors(r: Reader, tokens: list[Token]) -> set[str]:
    return {
        r.ctx.actor(x.key)
        for t in tokens
        for x in r.refs(t, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    }


def _supporting(r: Reader, token: Token) -> bool:
    """Whether a word in a 'for' phrase of thanks names support: "for its backing", "for standing by us" (a
    verb of the list as a verb only: "for its principled stand" is a position thanked for, the thanker's)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" and lemma in r.lex.words.thanked_support_verbs_only:
        return False
    return lemma in r.lex.words.thanked_support_words


def _thanked_for_support(r: Reader) -> set[tuple[str, str, str]]:
    """'Fiji thanked Japan for standing by it', 'Peru expressed its appreciation to Chile for its support':
    no SUPPORTS from the one who thanks to the one thanked (the support word gives the thanked one's)."""
    words = r.lex.words
    out: set[tuple[str, str, str]] = set()
    for verb in r.sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        thanked: list[Token] = []
        reasons: list[Token] = []
        if lemma in words.thanking_verbs:
            thanked = direct_objects(verb)
            reasons = prep_objects(verb, "for")
        nouns = [o for o in direct_objects(verb) if o.lemma_.lower() in words.thanks_nouns]
        nouns += [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in words.thanks_nouns]
        for noun in nouns:  # "expressed its gratitude to Chile for ...", "is grateful to Oslo for ..."
            thanked += prep_objects(noun, "to") or prep_objects(verb, "to")
            reasons += prep_objects(noun, "for") or prep_objects(verb, "for")
            # "expressed appreciation for the support of the Samoan side": the owner of the support
            thanked += [
                p
                for x in reasons
                if _supporting(r, x)
                for p in [*prep_objects(x, "of"), *(c for c in x.children if c.dep_ == "poss")]
            ]
        if not reasons or not any(_supporting(r, x) for x in reasons):
            continue
        sources = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
        for target in _actors(r, thanked):
            out |= {(s, "SUPPORTS", target) for s in sources if s != target}
    return out


def _attended_together(r: Reader) -> set[tuple[str, str, str]]:
    """'Mali, Burkina Faso and Niger welcomed the plan at a meeting in Dakar': three or more actors doing
    something at a meeting are not met in pairs (attendance is not expanded into MET_WITH)."""
    words = r.lex.words
    out: set[tuple[str, str, str]] = set()
    for noun in r.sent:
        trig = r.lex.nouns.get(noun.lemma_.lower())
        if trig is None or trig.rel != "MET_WITH" or noun.dep_ != "pobj":
            continue
        prep, verb = noun.head, noun.head.head
        if prep.lower_ not in words.occasion_preps or verb.pos_ not in {"VERB", "AUX"}:
            continue
        own = r.lex.verbs.get(verb.lemma_.lower())
        if own is not None and own.rel == "MET_WITH":
            continue  # "met at a summit in Doha": a meeting all the same
        present = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
        if len(present) < 3:
            continue
        out |= {(a, "MET_WITH", b) for a in present for b in present if a != b}
    return out


def _entry_barred(r: Reader) -> set[tuple[str, str, str]]:
    """'Latvia barred Dodik from entering its territory': an entry ban (SANCTIONS), not a refusal (the
    REJECTS claims so read, to be retyped)."""
    words = r.lex.words
    out: set[tuple[str, str, str]] = set()
    for verb in r.sent:
        if verb.lemma_.lower() not in words.entry_ban_verbs or verb.pos_ != "VERB":
            continue
        # ("barred X and a dozen officials from entering": 'from' may hang on the last of the barred)
        holders = [verb, *direct_objects(verb)]
        holders += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        gerunds = [
            c
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for c in p.children
            if c.dep_ in {"pcomp", "pobj"} and c.lemma_.lower() in words.entry_gerunds
        ]
        if not gerunds:
            continue
        sources = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
        barred = _actors(r, direct_objects(verb))
        out |= {(s, "REJECTS", b) for s in sources for b in barred if s != b}
    return out


def _bid_stances(r: Reader, mine: list[Claim]) -> set[tuple[str, str, str]]:
    """'Peru backs Chile's accession to the OECD', 'supports the candidacy of Chile for a seat on the
    Council': the stance is on the candidate (Chile, who asks the body) and its bid, not on the body it would
    join (when the one who takes it also backs the candidate, or is the candidate)."""
    actor = r.ctx.actor
    asked = {(actor(c.source), actor(c.target)) for c in mine if c.type == "REQUESTS"}
    held = {(actor(c.source), c.type, actor(c.target), c.modality) for c in mine}
    out: set[tuple[str, str, str]] = set()
    for c in mine:
        if c.type != "SUPPORTS" or c.target.startswith("?topic:"):
            continue
        source = actor(c.source)
        body = actor(c.target)  # "support for the candidacy of Peru for a Council seat": not the Council's
        if key_label(body) is not Label.ORGANIZATION:
            continue  # (a bid is made to a body: "called on India ... India was a valued partner" stays)
        for candidate, asked_of in asked:
            if asked_of == body and (candidate == source or (source, c.type, candidate, c.modality) in held):
                out.add((source, c.type, body))
    return out


def _charges_rebutted(r: Reader) -> set[tuple[str, str, str]]:
    """'Chad accused Sudan of arming the rebels, a charge Khartoum rejected', 'Fiji criticised Tonga and Tonga
    rejected the criticism': the one who rebuts a charge (the noun a relative clause describes, or its verb's
    object when the sentence makes the charge too) does not reject its maker nor the deed charged (no REJECTS
    of what the noun stands for). Kept when the phrase names the maker: "rejected the allegations of the
    AES", "reject its accusations"."""
    out: set[tuple[str, str, str]] = set()
    for noun in r.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in r.lex.words.rebutted_claim_nouns:
            continue
        if any(c.dep_ == "poss" for c in noun.children) or any(
            prep_objects(noun, p) for p in ("of", "by", "from")
        ):
            continue
        # "a charge Paris rejects", "charges rejected by Minsk"; the charge rebutted as an object ("Brown
        # rejected the criticism") when the sentence makes the charge too, or (round 38) when it is named bare
        # ("rejected the accusation": the gold lists the REJECTS of its maker as a negative)
        bare = noun.dep_ in {"dobj", "obj"} and _pointed_back(r, noun)
        rebutted = bare or (noun.dep_ in {"dobj", "obj"} and _charge_made_here(r, noun))
        verbs = [noun.head] if rebutted else []
        verbs += [c for c in noun.children if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN")]
        for verb in verbs:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            sources = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
            made = {r.ctx.actor(x.key) for x in r.refs(noun)}
            if bare and verb.i == noun.head.i:  # the charge read back to its maker or deed by another path
                made |= _rejected_here(r, verb, sources)
            out |= {(s, "REJECTS", m) for s in sources for m in made if s != m}
    return out


def _rejected_here(r: Reader, verb: Token, sources: set[str]) -> set[str]:
    """What the rebutters' REJECTS claims of this sentence target, when the rebutting verb has the charge as
    its one object and no other word of the sentence rejects ("Kenya rejected the accusation, saying ...":
    the accuser or the deed, however resolved)."""
    if len(direct_objects(verb)) != 1 or any(c.dep_ == "conj" for c in direct_objects(verb)[0].children):
        return set()
    if _stated_besides(r, verb, "REJECTS", nouns=False):
        return set()
    actor = r.ctx.actor
    return {
        actor(c.target)
        for c in r.ctx.claims
        if c.sent.index == r.info.index and c.type == "REJECTS" and actor(c.source) in sources
    }


def _pointed_back(r: Reader, noun: Token) -> bool:
    """'Kenya rejected the accusation', 'Tonga dismissed that criticism' (round 38): a charge named bare by a
    pointing determiner (lexicon pointing_determiners) is rebutted as a charge, not as its maker (the gold
    lists such REJECTS as negatives), save a claim that may be to a land ("Guyana rejected the claim")."""
    w = r.lex.words
    if noun.lemma_.lower() in w.territorial_claim_nouns:
        return False
    dets = [c for c in noun.children if c.dep_ in {"det", "predet"}]
    return bool(dets) and all(d.lower_ in w.pointing_determiners for d in dets)


def _charge_made_here(r: Reader, noun: Token) -> bool:
    """'Pretoria accused Maseru of arming the rebels and Maseru rejected the charge': the sentence that
    rebuts the charge also makes it (a verb of blaming with its 'of'/'for', or a verb of alleging)."""
    w = r.lex.words
    for t in r.sent:
        lemma = t.lemma_.lower()
        if t.i == noun.head.i or t.pos_ != "VERB":
            continue
        if lemma in w.accusing_verbs:
            return True
        preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
        if lemma in w.blaming_verbs and preps & {"of", "for"}:
            return True
    return False


def _deferred_to(r: Reader) -> set[tuple[str, str, str]]:
    """'Peru respects Bolivia's decision', 'fully respects the sovereignty and integrity of Iran', 'urged
    Samoa to respect the right of Tonga to choose': deferring to a state's choice, rights or sovereignty is
    no SUPPORTS of that state by the one who respects it (nor of a person or body so deferred to); an event
    or a text respected is still backed (not dropped here: only actors)."""
    words = r.lex.words
    out: set[tuple[str, str, str]] = set()
    for verb in r.sent:
        if verb.lemma_.lower() not in words.deference_verbs or verb.pos_ != "VERB":
            continue
        nouns = [t for o in direct_objects(verb) for t in (o, *o.conjuncts)]
        nouns = [
            n for n in nouns if n.lemma_.lower() in words.deferred_nouns or n.lower_ in words.deferred_nouns
        ]
        owners = [
            o
            for n in nouns
            for o in [n, *prep_objects(n, "of"), *(c for c in n.children if c.dep_ == "poss")]
        ]
        deferred = _actors(r, owners)
        if not deferred or _stated_besides(r, verb, "SUPPORTS", nouns=True):
            continue
        # who respects ("Canberra said Australia respected Fiji's sovereignty": Australia), or, unparsed, any
        # claim's source in the sentence
        sources = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]} or {
            r.ctx.actor(c.source) for c in r.ctx.claims if c.sent.index == r.info.index
        }
        out |= {(s, "SUPPORTS", d) for s in sources for d in deferred if s != d}
    return out


def _organs_instructed(r: Reader) -> dict[str, set[str]]:
    """'The President instructed this Secretariat to apply for membership of the bank', 'the Sides instructed
    the Intergovernmental Commission to work out measures': a directive to one's own organ (lexicon
    directive_verbs, organ_nouns) is no request of it; what the organ is to do is its master's act (the gold:
    Honduras REQUESTS the bank). Each organ instructed, with those who instruct it."""
    words = r.lex.words
    out: dict[str, set[str]] = {}
    for verb in r.sent:
        if verb.lemma_.lower() not in words.directive_verbs or verb.pos_ != "VERB":
            continue
        organs = [o for o in direct_objects(verb) if o.lemma_.lower() in words.organ_nouns]
        masters = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
        for organ in _actors(r, organs) - masters:
            if masters:
                out.setdefault(organ, set()).update(masters)
    return out


def _stated_besides(r: Reader, verb: Token, rel: str, nouns: bool) -> bool:
    """Whether another verb (or, with ``nouns``, noun) of the sentence triggers ``rel`` ("Ghana backs Togo and
    respects its right to choose"): a veto reads ends, so it keeps out of a sentence that may state the same
    relation otherwise."""
    for t in r.sent:
        lemma = t.lemma_.lower()
        trig = r.lex.verbs.get(lemma) if t.pos_ == "VERB" else r.lex.nouns.get(lemma) if nouns else None
        if t.i != verb.i and trig is not None and trig.rel == rel:
            return True
    return False


def _act_not_allowed(r: Reader) -> set[tuple[str, str, str]]:
    """'We will not allow Syria to become a platform for militants': what Syria would become is refused, not
    Syria (no REJECTS of it; "would not allow Sweden to join NATO", "did not allow the deal" still reject)."""
    out: set[tuple[str, str, str]] = set()
    for verb in r.sent:
        if verb.lemma_.lower() not in r.lex.words.permission_verbs:
            continue
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and is_infinitive(c)]
        acts = [a for a in acts if a.lemma_.lower() in r.lex.words.becoming_verbs]
        if not acts:
            continue
        sources = {r.ctx.actor(s.key) for s in _subject_refs(r, verb)[0]}
        doers = _actors(
            r, [*direct_objects(verb), *(s for a in acts for s in a.children if s.dep_ == "nsubj")]
        )
        out |= {(s, "REJECTS", d) for s in sources for d in doers if s != d}
    return out


def _documents_of_a_kind(r: Reader) -> set[str]:
    """'have signed similar arrangements', 'refused to sign such an accord': a kind of agreement, not one
    agreement (its topic takes no claim), unless a partner is named ('comparable partnerships with Egypt')."""
    words = r.lex.words
    out: set[str] = set()
    for noun in r.sent:
        if noun.pos_ != "NOUN":
            continue
        kind = [
            c for c in noun.children if (c.dep_ in {"amod", "predet", "det"} and c.lower_ in words.kind_words)
        ]
        if not kind or prep_objects(noun, "with") or prep_objects(noun, "between"):
            continue
        if noun.dep_ not in {"dobj", "obj"} or any(c.lower_ in words.ordinal_words for c in noun.children):
            continue  # "..., the first such pact Canberra has concluded": the one named, described
        out |= {x.key for x in r.refs(noun) if label_of_ref(x, r.topics) not in ACTORS}
    return out


def _money_lent(r: Reader) -> dict[str, str | None]:
    """The topics of money lent in this sentence ("approved a $550 million loan", "a loan granted by the
    IMF"), each with what it is for ("a loan for the project": the project's topic), or None: a stance goes
    to that, never to the loan (the borrower is read apart, as AIDS and SUPPORTS)."""
    words = r.lex.words
    out: dict[str, str | None] = {}
    for noun in r.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.lent_nouns:
            continue
        verb = noun.head
        if noun.dep_ not in {"dobj", "obj", "nsubjpass"} or verb.lemma_.lower() not in words.lent_by_verbs:
            continue
        aims = [
            x.key
            for p in prep_objects(noun, "for")
            for x in r.refs(p)
            if label_of_ref(x, r.topics) not in ACTORS
        ]
        for x in r.refs(noun):
            if label_of_ref(x, r.topics) not in ACTORS:
                out[x.key] = aims[0] if len(aims) == 1 else None
    return out
