"""Offices stated around a person's name: titles before it, appositions after it, an aide's principal.

"Russian Foreign Minister Sergei Lavrov", "Nigeria's President and ECOWAS Chairman Bola Tinubu",
"Wang Yi, China's most senior diplomat", "the boss of Russia's Wagner force, Yevgeny Prigozhin",
"Putin's spokesman Dmitry Peskov". A title without its state ("Foreign Minister X said") takes the
country the previous sentence was about, as an inferred office.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import is_passive
from loaders.extract.context import past_role
from loaders.extract.leaders import Holder, load_leaders
from loaders.extract.mentions import Mention
from loaders.extract.refs import inside_quotes, key_label, main_clause
from loaders.extract.sentence import Reader, Ref, label_of_ref
from loaders.extract.signature import sentence_words

_SCAN_GLUE = {"of", "for", "and", "the", "'s", "’s", "(", ")", "-", "on"}
_PLACE_TAGS = {"GPE", "LOC", "NORP", "ORG", "PERSON"}
_ROLE_DROP = {"the", "'s", "’s", "(", ")", ",", "a", "an", "his", "her", "their", "its"}


def offices(r: Reader) -> None:
    titled(r)
    explicit(r)
    led_as(r)
    organ_heads(r)
    body_chairs(r)
    unit_heads(r)
    ruled(r)
    appointed(r)
    known(r)
    guessed(r)


def titled(r: Reader) -> None:
    """'the first visit by an Israeli defence minister': remember whose state a title was given, so that
    'Defence Minister Benny Gantz' later in the article holds that state's office."""
    for token in r.sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in r.lex.words.office_heads:
            continue
        named = [m for c in token.children for m in [r.mention_at(c)] if m is not None]
        if any(c.dep_ == "appos" for c in token.children) or any(m.label is Label.PERSON for m in named):
            continue  # "Israeli Defence Minister Benny Gantz": the person's own title, read by explicit()
        states = {
            m.key
            for c in token.children
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            for m in [r.mention_at(c)]
            if m is not None and m.label is Label.COUNTRY
        }
        if not states and token.dep_ in {"dobj", "obj"}:
            states = _own_title(r, token)  # "Kenya recalled its ambassador": Kenya's
        words = [  # "defence", "interior", "prime" (not "first" or "new")
            c.lower_
            for c in token.children
            if c.dep_ in {"compound", "amod"} and r.mention_at(c) is None and c.lower_ in r.lex.titles
        ]
        if not states and token.tag_ == "NNS":
            _plural_post(r, token, " ".join([*words, token.lemma_.lower()]))
        if len(states) != 1:
            continue
        r.ctx.titles.setdefault(" ".join([*words, token.lower_]), set()).update(states)


def _plural_post(r: Reader, token: Token, role: str) -> None:
    """'The trade ministers of Peru, Chile and Ecuador met ...': each state's officer of that title,
    for 'X of Poland, Y of Lithuania' in the same or the next sentences."""
    states = [
        x.key
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
        if key_label(x.key) is Label.COUNTRY
    ]
    if len(states) >= 2:
        for state in states:
            r.ctx.posts[state] = (r.info.index, role)


def _own_title(r: Reader, noun: Token) -> set[str]:
    """'Kenya recalled its ambassador': the state the subject names owns the title 'its' gives."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return set()
    said = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return {x.key for t in said for x in r.refs(t, topics=False) if key_label(x.key) is Label.COUNTRY}


def ruled(r: Reader) -> None:
    """'Assad, who ruled Syria for 25 years', 'Orban has governed Hungary since 2010': the ruler's office;
    'Tinubu, who chairs ECOWAS': an office in the body run."""
    for verb in r.sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and lemma in r.lex.words.heading_verbs:
            _heads(r, verb, r.lex.words.heading_verbs[lemma])
        if verb.pos_ != "VERB" or lemma not in r.lex.words.ruling_verbs:
            continue
        rulers = [
            x
            for c in verb.children
            if c.dep_ == "nsubj"
            for x in r.refs(c, topics=False)
            if key_label(x.key) is Label.PERSON
        ]
        states = [
            x
            for c in verb.children
            if c.dep_ == "dobj"
            for x in r.refs(c, topics=False)
            if key_label(x.key) is Label.COUNTRY
        ]
        for person in rulers:
            for state in states:
                if not _impossible(r, person.key, state.key):
                    r.ctx.add_office(person.key, state.key, "ruler", True)
                    r.emit(person, "HOLDS_OFFICE", state, Modality.ASSERTED, 0.8, role="ruler")


def appointed(r: Reader) -> None:
    """'Kenya appointed Jane Mwangi as its ambassador to Ethiopia', 'X was named as the country's chargé
    d'affaires': an office held for whoever the title belongs to."""
    for verb in r.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in r.lex.words.appointing_verbs:
            continue
        if _not_yet(r, verb):
            continue  # "will appoint", "may name": no office yet
        named = {"nsubjpass"} if is_passive(verb) else {"dobj"}
        persons = [
            x
            for c in verb.children
            if c.dep_ in named
            for x in r.refs(c, topics=False)
            if key_label(x.key) is Label.PERSON
        ]
        titles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
        titles += [c for c in verb.children if c.dep_ == "oprd"]
        for title in titles:
            organs = r.lex.state_organs
            if not (_is_title(r, title) or title.lemma_.lower() in organs or title.lower_ in organs):
                continue
            owners = [
                x
                for x in r.refs(title, topics=False)
                if key_label(x.key) in {Label.COUNTRY, Label.ORGANIZATION}
            ]
            if not owners and any(t in title.lower_ for t in r.lex.head_titles):
                # "was sworn in as transitional president": the one state the passage is about
                guess = r.ctx.office_guess(r.info.index, window=2)
                owners = [Ref(guess, inferred=True)] if guess is not None else []
            role = " ".join(
                t.text
                for t in title.subtree
                if t.i <= title.i and t.dep_ not in {"det", "poss", "case"} and r.mention_at(t) is None
            )
            for person in persons:
                for owner in owners[:1]:
                    r.emit(person, "HOLDS_OFFICE", owner, Modality.ASSERTED, 0.8, role=role)


def led_as(r: Reader) -> None:
    """'The interim government, led by X as Chief Adviser, ...', 'Peru's cabinet, headed by Y as interim
    President': a state organ led by a person in a title holds that title's office of the organ's state (the
    state named with the organ, direct; else the one the organ stands for or the passage is about)."""
    w = r.lex.words
    if sentence_words(r).isdisjoint(w.heading_verbs):
        return  # no verb of heading in the sentence
    for verb in r.sent:
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in w.heading_verbs:
            continue
        organ = verb.head
        if organ.lemma_.lower() not in r.lex.state_organs or _not_yet(r, verb):
            continue
        for agent in [c for c in verb.children if c.dep_ == "agent"]:
            for pobj in agent.children:
                person = r.mention_at(pobj)
                if person is None or person.label is not Label.PERSON or r.ctx.offices.get(person.key):
                    continue
                titles = [
                    t
                    for h in (pobj, verb)
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "as"
                    for t in c.children
                    if _is_title(r, t)
                ]
                state, named = _organ_state(r, organ)
                if not titles or state is None or _impossible(r, person.key, state):
                    continue
                role = " ".join(
                    t.text for t in titles[0].subtree if t.i <= titles[0].i and t.dep_ not in {"det", "poss"}
                )
                r.ctx.add_office(person.key, state, role, named)
                r.emit(Ref(person.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.7, role=role)


def organ_heads(r: Reader) -> None:
    """'The interim government led by X', 'the Ministry of Foreign Affairs, headed by Y', 'Z, who heads
    Senegal's foreign ministry': the head of a state organ, named without a title, holds an office of the
    organ's state (direct when the state is named with the organ, else inferred)."""
    w = r.lex.words
    if sentence_words(r).isdisjoint(w.heading_verbs):
        return
    for verb in r.sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in w.heading_verbs or _not_yet(r, verb):
            continue
        if verb.tag_ == "VBN" and verb.dep_ == "acl":  # "the government (,) led by X"
            organs = [verb.head]
            heads = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        elif verb.tag_ in {"VBZ", "VBP", "VBN"} and verb.dep_ == "relcl":  # "X, who heads the ministry"
            organs = [c for c in verb.children if c.dep_ == "dobj"]
            heads = [verb.head] if any(c.lower_ in {"who", "that"} for c in verb.children) else []
        else:
            continue
        for organ in organs:
            if organ.lemma_.lower() not in w.headed_organs or r.mention_at(organ) is not None:
                continue
            state, named = _organ_state(r, organ)
            if state is None or key_label(state) is not Label.COUNTRY:
                continue
            for head in heads:
                person = r.mention_at(head)
                if person is None or person.label is not Label.PERSON or r.ctx.offices.get(person.key):
                    continue
                if _impossible(r, person.key, state):
                    continue
                role = f"head of {organ.lower_}"
                r.ctx.add_office(person.key, state, role, named)
                r.emit(Ref(person.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.7, role=role)


def body_chairs(r: Reader) -> None:
    """'Sierra Leone's President X, ECOWAS chairman since June,', 'Y, as this year's ASEAN chair,', 'Z, who
    holds the rotating presidency of CELAC', 'SADC, whose current chair is W': a person who chairs a body of
    states holds an office in it, beside his own state's (not a former chair)."""
    w = r.lex.words
    if sentence_words(r).isdisjoint(w.chair_titles):
        return
    doc = r.sent.doc
    for chair in r.sent:
        if chair.lower_ not in w.chair_titles or r.by_token.get(chair.i) is not None:
            continue
        found = _chair_of(r, chair)
        if found is None:
            continue
        person, body = found
        before = doc[max(r.sent.start, chair.i - 3) : chair.i].text
        if set(_role_words(before)).intersection(w.past_role_words):
            continue  # "the former ECOWAS chairman"
        r.emit(Ref(person.key), "HOLDS_OFFICE", Ref(body.key), Modality.ASSERTED, 0.7, role=chair.lower_)


def _chair_of(r: Reader, chair: Token) -> tuple[Mention, Mention] | None:
    """The person and the body of states a chair word joins: a comma phrase right after a name ('X, ECOWAS
    chairman since June,', 'X, as ASEAN chair,'), 'who holds the presidency of B', 'B, whose chair is X'."""
    doc, start, end = r.sent.doc, r.sent.start, r.sent.end
    body = _chaired_body(r, chair)
    k = chair.i - 1  # back over the body's name and its qualifiers to the comma after a name
    while k > start and (
        (body is not None and r.by_token.get(k) is body)
        or doc[k].lower_ in {"as", "the", "this", "year", "'s", "’s", "current", "rotating", "also"}
        or doc[k].lower_ in r.lex.words.title_qualifiers
        or doc[k].lemma_.lower() in {"hold", "be", "who", "assume", "serve"}
    ):
        k -= 1
    if doc[k].text in {",", "("} and k > start and body is not None:
        person = r.by_token.get(k - 1)
        if person is not None and person.label is Label.PERSON:
            return person, body
    if doc[k].lower_ == "whose":  # "SADC, whose current chair is X"
        j = chair.i + 2 if chair.i + 1 < end and doc[chair.i + 1].lemma_ == "be" else end
        while j < end and r.by_token.get(j) is None and _is_title(r, doc[j]):
            j += 1  # "whose chair is President X"
        person = r.by_token.get(j) if j < end else None
        if person is not None and person.label is Label.COUNTRY:  # "is Zimbabwean President X"
            j = person.end
            while j < end and r.by_token.get(j) is None and _is_title(r, doc[j]):
                j += 1
            person = r.by_token.get(j) if j < end else None
        owner = _whose_owner(r, doc[k])
        node = r.ctx.nodes.get(owner.key) if owner is not None else None
        acting = node is not None and node.attrs.get("kind") in r.lex.words.acting_body_kinds
        if person is not None and person.label is Label.PERSON and owner is not None and acting:
            return person, owner
    return None


def _chaired_body(r: Reader, chair: Token) -> Mention | None:
    """The body of states a chair word is of: named right before it ('ECOWAS chairman') or after 'of'."""
    doc = r.sent.doc
    near = [r.by_token.get(chair.i - 1)]
    if chair.i + 2 < r.sent.end and doc[chair.i + 1].lower_ == "of":
        near.append(r.by_token.get(chair.i + 2))
    for body in near:
        node = r.ctx.nodes.get(body.key) if body is not None else None
        if body is not None and node is not None and node.attrs.get("kind") in r.lex.words.acting_body_kinds:
            return body
    return None


def unit_heads(r: Reader) -> None:
    """'X, the commander of the CAPSAT elite unit, ...': a person set beside the head of an armed unit named
    by a name the models know as a body but the gazetteer does not holds that office in the unit (only the
    office: his acts stay his state's)."""
    w = r.lex.words
    heads = set(w.heading_verbs.values())
    for m in r.mentions:
        if m.label is not Label.PERSON:
            continue
        for noun in [c for c in r.sent.doc[m.end - 1].children if c.dep_ == "appos"]:
            if noun.lemma_.lower() not in heads:
                continue
            units = [
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.lemma_.lower() in w.unit_nouns and r.mention_at(p) is None
            ]
            for unit in units:
                # ("the CAPSAT elite unit": the name may hang on a word before the unit's noun)
                named = [
                    t
                    for t in r.sent.doc[unit.left_edge.i : unit.i]
                    if t.pos_ == "PROPN" and t.ent_type_ == "ORG" and r.mention_at(t) is None
                ]
                if not named or named[-1].i - named[0].i + 1 != len(named):
                    continue
                span = r.sent.doc[named[0].i : named[-1].i + 1]
                body = r.ctx.entity(Label.ORGANIZATION, span.text, span.text)
                role = noun.text
                r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(body), Modality.ASSERTED, 0.7, role=role)


def _organ_state(r: Reader, organ: Token) -> tuple[str | None, bool]:
    """The state whose organ a noun names: one named with it ("Peru's cabinet"; True), else the one the
    organ stands for ("the interim government" after "Bangladesh's interim government") or the passage is
    about (False)."""
    owned = {
        m.key
        for c in organ.children
        if c.dep_ in {"poss", "amod", "compound"}
        for m in [r.mention_at(c)]
        if m is not None and m.label is Label.COUNTRY
    }
    if owned:
        return (owned.pop(), True) if len(owned) == 1 else (None, False)
    meant = {x.key for x in r.refs(organ, topics=False) if key_label(x.key) is Label.COUNTRY}
    return (meant.pop() if len(meant) == 1 else r.ctx.office_guess(r.info.index, window=2)), False


def _not_yet(r: Reader, verb: Token) -> bool:
    """An auxiliary of the future or of a mere possibility ('will chair', 'may name'): no office yet."""
    unreal = r.lex.future | r.lex.hypothetical
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in unreal for c in verb.children)


def _heads(r: Reader, verb: Token, role: str) -> None:
    if _not_yet(r, verb):
        return  # "Ruto will chair the AU": no office held now
    if verb.tag_ == "VBN":
        # "The RSF, led by Dagalo", "the RSF is led by Dagalo": a person named as the agent runs the body
        # now (not "the summit chaired by Kenya", nor "was led by", a past office)
        if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children):
            return
        heads = [
            x for c in verb.children if c.dep_ == "agent" for p in c.children for x in r.refs(p, topics=False)
        ]
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        held += [verb.head] if verb.dep_ in {"acl", "relcl"} else []
        bodies = [x for c in held for x in r.refs(c, topics=False) or _faction_of(r, c)]
    else:
        heads = [x for c in verb.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
        bodies = [x for c in verb.children if c.dep_ == "dobj" for x in r.refs(c, topics=False)]
    for person in heads:
        if key_label(person.key) is not Label.PERSON:
            continue
        for body in _own_juntas(r, verb, person, bodies):
            if key_label(body.key) is Label.ORGANIZATION:
                r.emit(person, "HOLDS_OFFICE", body, Modality.ASSERTED, 0.8, role=role)


def _own_juntas(r: Reader, verb: Token, person: Ref, bodies: list[Ref]) -> list[Ref]:
    """'the juntas led by Goita in Mali and Traore in Burkina Faso': of several states' juntas, a leader runs
    the one of the state named after him ('in Mali'); none when no state is named (never all of them)."""
    ruled = {b.key: state for b in bodies if (state := r.ctx.ruled_by(b.key)) is not None}
    if len(ruled) < 2:
        return bodies
    agents = [c for c in verb.children if c.dep_ == "agent"]
    names = [t for c in agents for t in c.subtree if r.by_token.get(t.i) is not None]
    own = next((t for t in names if r.by_token[t.i].key == person.key and t.dep_ != "compound"), None)
    places = (
        {x.key for c in own.children if c.dep_ == "prep" for p in c.children for x in r.refs(p, topics=False)}
        if own is not None
        else set()
    )
    return [b for b in bodies if ruled.get(b.key) in places]


def _faction_of(r: Reader, noun: Token) -> list[Ref]:
    """'a faction of the SPLM-N (led by X)', 'the armed wing of Hamas': the body the part belongs to."""
    if noun.lemma_.lower() not in r.lex.words.faction_nouns or r.mention_at(noun) is not None:
        return []
    return [
        x
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        for x in r.refs(p, topics=False) or [Ref(m.key) for m in [r.mention_at(p)] if m is not None]
        if key_label(x.key) is Label.ORGANIZATION
    ]


def known(r: Reader) -> None:
    """Heads of state and government and foreign ministers the leaders data knows act for their state.

    'President Isaac Herzog said ...' with no state in the sentence: Herzog was Israel's president in the
    article's year, so he acts for Israel, and the title in the text makes the office an inferred claim.
    Without a title in the text ('Putin said') he still acts for his state, but no office is claimed.
    """
    for m in r.mentions:
        if m.label is not Label.PERSON or m.key in r.ctx.private:
            continue
        if r.ctx.offices.get(m.key):
            _titled_later(r, m)
            continue
        holders = _holders(r, m.key)
        role = r.ctx.nodes[m.key].attrs.get("role") or _inner_title(r, m) or _definite_title(r, m, holders)
        role = role or _organ_led(r, m, holders)
        if not holders and role:
            _held_before(r, m, role)
            continue
        if len({h.state for h in holders}) > 1 and role:  # "Prime Minister Kallas", in the year she moved on
            titled_so = [h for h in holders if _core_title(r, role) in h.office.lower()]
            holders = titled_so or holders
        if len({h.state for h in holders}) > 1:  # a state the article names, else not an ex officio seat
            named = [h for h in holders if f"Country:{h.state}" in r.ctx.nodes]
            holders = named or [h for h in holders if "ex officio" not in h.office]
        if len({h.state for h in holders}) != 1:
            continue
        if role and _posted(r, role) and not _posted(r, holders[0].office):
            continue  # "the bloc's special representative, X": a post, not the office the data gives X
        if role and _body_post(r, role) and not _body_post(r, holders[0].office):
            continue  # "Secretary General X of Togo": a body's post now, not a state office he held
        state = _state_key(r, holders[0].state)
        if state is None:
            continue
        r.ctx.add_office(m.key, state, role or holders[0].office, False)
        if role:  # (a past one too: "ousted President X", kept with the role saying so)
            r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.7, role=role)


def _body_post(r: Reader, role: str) -> bool:
    """A post of an international body ('Secretary General', 'Secretary-General', 'Commissioner')."""
    return _core_title(r, role).replace("-", " ") in r.lex.words.body_titles


def _posted(r: Reader, role: str) -> bool:
    """A role of one sent somewhere ('special representative', 'ambassador', 'consul general')."""
    return any(w in r.lex.words.posted_titles for w in _role_words(role))


def _titled_later(r: Reader, m: Mention) -> None:
    """'Is Putin losing friends?' ... 'Russian President Vladimir Putin said': a person whose state the
    leaders data gave at an untitled mention holds the office where a later mention gives the title."""
    words: list[str] = []
    for t in reversed(r.sent.doc[r.sent.start : m.start]):
        if t.lower_ not in r.lex.person_titles and t.lower_ not in r.lex.titles:
            break
        words.insert(0, t.text)
    role = _inner_title(r, m) or " ".join(words)
    if not role or past_role().search(role):
        return
    states = {_state_key(r, h.state) for h in _holders(r, m.key)}
    # (not one the text gave as past: "Ousted Syrian leader X")
    known = {o.state for o in r.ctx.offices.get(m.key, []) if not past_role().search(o.role)}
    if len(states) == 1 and (state := states.pop()) is not None and state in known:
        r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.7, role=role)


def _held_before(r: Reader, m: Mention, role: str) -> None:
    """'... seized power in 2021, ousting President Alpha Conde': a titled name the leaders data knows only
    in other years held that office in the one state it gives, when the article names that state (an
    office the text states, inferred; he does not act for the state now, unless about to take it)."""
    node = r.ctx.nodes[m.key]
    found = [h for name in [node.name, *node.aliases] for h in load_leaders().lookup(name)]
    states = {h.state for h in found if _core_title(r, role) in h.office.lower()}
    if len(states) != 1:
        return
    state = _state_key(r, states.pop())
    if state is not None and state in r.ctx.nodes:
        if set(_role_words(role)) & r.lex.words.pending_role_words:
            # "Prime Minister-designate Nawaf Salam met President Aoun": he speaks for his state already
            r.ctx.add_office(m.key, state, role, False)
        r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.6, role=role)


def _role_words(role: str) -> list[str]:
    """A role's words, lower case, its hyphens as spaces ('Prime Minister-designate': 'designate' a word)."""
    return role.lower().replace("-", " ").split()


def _core_title(r: Reader, role: str) -> str:
    """The office a role names, without the words that qualify it ('Prime Minister-designate', 'self-
    proclaimed president', 'caretaker prime minister' -> 'prime minister', 'president')."""
    words = _role_words(role)
    return " ".join(w for w in words if w not in r.lex.words.title_qualifiers) or role.lower()


def _definite_title(r: Reader, m: Mention, holders: list[Holder]) -> str | None:
    """'Putin and his friend Xi Jinping met ... during the Chinese president's visit': a title with its state
    later in the sentence, not on a name, that the leaders data says this person held that year."""
    if not holders:
        return None
    for t in r.sent:
        if t.i < m.end or t.pos_ != "NOUN" or t.lower_ not in r.lex.titles:
            continue
        if any(c.dep_ in {"appos", "compound", "flat"} and r.mention_at(c) is not None for c in t.children):
            continue  # a title on a name of its own
        states = {
            mm.key for c in t.children if c.dep_ in {"amod", "compound", "poss"} and (mm := r.mention_at(c))
        }
        for h in holders:
            key = _state_key(r, h.state, register=False)  # (not a node: "named" below asks the nodes)
            if key in states and t.lower_ in h.office.lower():
                return t.lower_
    return None


def _organ_led(r: Reader, m: Mention, holders: list[Holder]) -> str | None:
    """'under Donald Trump's first administration', 'Netanyahu's government': the head of state or
    government the leaders data gives the person that year heads the organ named after the name."""
    doc = r.sent.doc
    k = m.end
    if k >= r.sent.end or doc[k].lower_ not in {"'s", "’s"} or len({h.state for h in holders}) != 1:
        return None
    k += 1
    while k < r.sent.end and doc[k].pos_ in {"ADJ", "NUM"} and r.by_token.get(k) is None:
        k += 1  # "first", "new", "far-right"
    if k >= r.sent.end or doc[k].lemma_.lower() not in r.lex.words.led_organs:
        return None
    heads = [h for h in holders if {"head_of_state", "head_of_government"} & set(h.kinds)]
    return heads[0].office if heads else None


def _inner_title(r: Reader, m: Mention) -> str | None:
    """A title NER kept inside the name: 'King Mohammed VI' tagged as one person."""
    words = []
    for t in r.sent.doc[m.start : m.end - 1]:
        if t.lower_ not in r.lex.person_titles and t.lower_ not in r.lex.titles:
            break
        words.append(t.text)
    return " ".join(words) or None


def _holders(r: Reader, person: str, *, any_year: bool = False) -> list[Holder]:
    """The offices the leaders data gives the person in the article's year (any year if undated, or if
    ``any_year``)."""
    year = int(r.article_year) if r.article_year and r.article_year.isdigit() and not any_year else None
    node = r.ctx.nodes[person]
    leaders = load_leaders()
    names = [node.name, *sorted(node.aliases, key=len, reverse=True)]
    if len(node.name.split()) > 1:
        # "Jimmy Lai ... Lai said": the family name stands for the full name the data does not know, not
        # for another man who bears it (Lai Ching-te)
        names = [n for n in names if len(n.split()) > 1]
    for name in names:
        found = [h for h in leaders.lookup(name, year) if h.holds(year)]
        if found:
            return found
    return []


def _state_key(r: Reader, state: str, *, register: bool = True) -> str | None:
    """The node key of a leaders-data state (ISO 3166 alpha-3) or body (its gazetteer name), registered as
    a node of the article unless ``register`` is false (a key only compared)."""
    if len(state) == 3 and state.isupper():
        key: str | None = f"Country:{state}"
        key = key if key in r.ctx.gazetteer.places else None
    else:
        surface = r.ctx.gazetteer.lookup(state)
        key = surface.key if surface is not None else None
    return r.ctx.place(key) if key is not None and register else key


def _impossible(r: Reader, person: str, state: str) -> bool:
    """An office in a country the leaders data says the person did not lead that year ('Putin' holds no
    office in Armenia): a head of state, government or foreign minister serves one state at a time."""
    node = r.ctx.nodes.get(state)
    if node is None:
        return False
    # ("Panama's president rejected the words of President Trump" in 2024: out of office that year, he
    # still led no state but the United States)
    holders = _holders(r, person) or _holders(r, person, any_year=True)
    ruled = r.ctx.ruled_by(state)
    if ruled is not None:  # "Myanmar's junta chief Min Aung Hlaing": the junta of the state he leads
        return _impossible(r, person, ruled)
    party = set(node.name.lower().split()) & r.lex.words.party_name_words
    if node.label is Label.ORGANIZATION and state not in r.ctx.gazetteer.places and not party:
        # "Tukey's President Tayyip Erdogan": a misspelt state read as a body; the data knows better (not
        # "Democratic Party leader X": a party's office, whatever state he led in another year)
        return any(len(h.state) == 3 and h.state.isupper() for h in holders)
    if node.label is Label.COUNTRY and node.iso3 is not None:
        return bool(holders) and node.iso3 not in {h.state for h in holders}
    return False


def guessed(r: Reader) -> None:
    """'Foreign Minister Nikola Selakovic said ...': a state title without a state, in a passage about
    one country only, is that country's office (inferred, lower confidence)."""
    taken = {o.state for m in r.mentions for o in r.ctx.offices.get(m.key, [])}
    for m in r.mentions:
        if m.label is not Label.PERSON or r.ctx.offices.get(m.key):
            continue
        attrs = r.ctx.nodes[m.key].attrs
        role = attrs.get("role", "")
        if not role or m.key in r.ctx.private:
            continue
        given = r.ctx.titles.get(role.lower(), set())
        if len(given) == 1:  # the article gave this title its state before
            state: str | None = next(iter(given))
        elif given or (
            # any minister of a portfolio is a state's ("Energy Minister X", "Minister of Finance X")
            not any(t in role.lower() for t in r.lex.head_titles)
            and "minister" not in role.lower().split()
            and not any(t in role.lower() for t in r.lex.words.state_secretaries)  # "Cabinet Secretary"
        ):
            continue
        else:
            # (a spokesperson may speak for a body: "The EU said ... Spokesman X added")
            aide = bool(set(_role_words(role)) & r.lex.words.aide_nouns)
            bodies = frozenset({Label.ORGANIZATION}) if aide else None
            state = (
                _led_party(r, m)
                or _own_clause_state(r, m, role)
                or _placed_state(r, m)
                or r.ctx.office_guess(r.info.index, window=1, main=True, labels=bodies or frozenset())
                or _fellow_state(r, m, role)
                or _subject_before(r, m)
                or _spoken_for(r, m, role)
                or _dateline_state(r, m, role)
                # (any subject of the sentence before, a reported or relative clause's too: "since Trump
                # said the United States should ... . Vice President X visited ...")
                or r.ctx.office_guess(r.info.index, window=1)
            )
        # (a state the article gave this very title may hold it beside another of its officers: "China
        # summoned Japan's ambassador ... told Ambassador X that Prime Minister Y ..."; another office of a
        # state an officer in the sentence holds: "Vice-President X said President Y had ordered ...")
        free = len(given) == 1 or (
            (state not in taken or _beside_officer(r, m, state, role)) and not _acted_on_by(r, m, state)
        )
        if state is not None and free and not _impossible(r, m.key, state):
            r.ctx.add_office(m.key, state, role, False)
            near = given or _near_state(r, m, role)
            subjects = None if near else frozenset(_subjects_before(r, r.sent.end, Label.COUNTRY))
            r.ctx.guessed_offices[(m.key, state)] = subjects
            r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.6, role=role)


def _near_state(r: Reader, m: Mention, role: str) -> str | None:
    """The state a title's own sentence gives it, if any (its guess then no mere echo of the one before)."""
    return (
        _led_party(r, m)
        or _own_clause_state(r, m, role)
        or _placed_state(r, m)
        or _subject_before(r, m)
        or (_fellow_state(r, m, role) if _subject_officer_before(r, m) else None)
    )


def _subject_officer_before(r: Reader, m: Mention) -> bool:
    """A person before the title in its sentence is a subject ("Spokesman X said ..., and Minister Y ...")."""
    doc = r.sent.doc
    return any(
        o.label is Label.PERSON and o.end <= m.start and doc[o.end - 1].dep_ in {"nsubj", "nsubjpass"}
        for o in r.mentions
    )


def _placed_state(r: Reader, m: Mention) -> str | None:
    """'In Beijing, foreign ministry spokesperson X said ...', 'In Caracas, Vice-President Y urged ...': a
    title without a state, in a clause put after the capital it is spoken from, is that state's office."""
    doc = r.sent.doc
    verb = doc[m.end - 1].head
    if doc[m.end - 1].dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "from"} or prep.i > m.start:
            continue
        for place in [r.mention_at(p) for p in prep.children if p.dep_ == "pobj"]:
            if place is not None and place.kind == "capital" and place.label is Label.COUNTRY:
                return place.key
    return None


def _fellow_state(r: Reader, m: Mention, role: str) -> str | None:
    """'President X said the plan ... . Economy Secretary Y told senators ...', 'Spokesman X said ..., and
    Deputy Prime Minister Y suggested ...': a state title without a state, after an officer of one state who
    is the subject of a main clause of this sentence (before the title) or of the sentence before, is
    another office of that state (not when the officer holds the same title: "Foreign Minister A met ...
    Foreign Minister B")."""
    doc, core = r.sent.doc, _same_office_words(r, role)
    near = {t.lower_ for t in doc[max(r.sent.start, m.start - 6) : min(r.sent.end, m.end + 8)]}
    if any(last not in near for last in _role_words(role)[-1:]):
        return None  # titled in an earlier sentence ("Vice-President X ... . X took 41 per cent")
    keys = {
        o.key
        for o in r.mentions
        if o.label is Label.PERSON
        and o.end <= m.start
        and doc[o.end - 1].dep_ in {"nsubj", "nsubjpass"}
        and main_clause(doc[o.end - 1])
        and not inside_quotes(r.sent, o.start)
    }
    keys |= {
        k
        for x in r.ctx.recent
        if x.sent == r.info.index - 1 and x.main and not x.quoted and x.label is Label.PERSON
        for k in x.keys
    }
    states: set[str] = set()
    for key in keys - {m.key}:
        own = [o for o in r.ctx.offices.get(key, []) if not past_role().search(o.role)]
        if any(_same_office_words(r, o.role) == core for o in own):
            return None  # an officer of the same title: a counterpart's, most likely
        state = r.ctx.actor(key)
        if state != key and key_label(state) is Label.COUNTRY:
            states.add(state)
    return states.pop() if len(states) == 1 else None


def _same_office_words(r: Reader, role: str) -> str:
    """The office a role names for telling two officers apart: its core words with the ones that rank it
    ('Vice-President' and 'President' are two offices; 'Interim President' and 'President' one)."""
    w = r.lex.words
    drop = w.title_qualifiers - w.office_rank_words
    return " ".join(x for x in _role_words(role) if x not in drop) or role.lower()


def _beside_officer(r: Reader, m: Mention, state: str | None, role: str) -> bool:
    """'Vice-President X said President Y had ordered ...': a titled subject beside the sentence's officers of
    ``state`` holds another office of it when none of them holds the same title nor shares his verb (not "X
    met Y", "X and Y held talks")."""
    doc = r.sent.doc
    head = doc[m.end - 1]
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # "The decision was announced by Foreign Minister X hours after ...": the doer
        done = [c for c in verb.children if c.dep_ == "nsubjpass"]
        persons = [x for c in done for x in r.refs(c, topics=False) if key_label(x.key) is Label.PERSON]
        if persons or any(c.pos_ == "PRON" for c in done):
            return False  # "He was received by Prime Minister X": a host, most likely of another state
    elif head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if state is None:
        return False
    core = _same_office_words(r, role)
    for o in r.mentions:
        offices = [x for x in r.ctx.offices.get(o.key, []) if x.state == state]
        if o.key == m.key or not offices:
            continue
        if any(_same_office_words(r, x.role) == core for x in offices):
            return False
        t = doc[o.end - 1]
        while t.dep_ in {"conj", "appos", "compound"} and t.head.i != t.i:
            t = t.head
        if t.head.i == verb.i or t.i == verb.i:
            return False
    return True


def _acted_on_by(r: Reader, m: Mention, state: str | None) -> bool:
    """'The Treasury said it had designated ... Prosecutor General X': a titled person whom the guessed state
    acts on (its verb's object, its subject that state) is no officer of that state."""
    t = r.sent.doc[m.end - 1]
    while t.dep_ in {"conj", "appos"} and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    if state is None or t.dep_ not in {"dobj", "obj", "dative", "prep"}:
        return False
    subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    return any(r.ctx.actor(x.key) == state for c in subjects for x in r.refs(c, topics=False))


def _dateline_state(r: Reader, m: Mention, role: str) -> str | None:
    """'BELGRADE, Oct 10 - ...' then 'Energy Minister X said reserves would last': a state title without a
    state, where the passage names no state as a subject, is the office of the state of the dateline's
    city (the country the report is filed from and about); not after a name the title may belong to
    ("Saskatchewan Premier X": a province's)."""
    if r.ctx.dateline_state is None or r.ctx.office_guess(r.info.index, window=1, main=True) is not None:
        return None
    doc, first = r.sent.doc, m.start - len(role.split())
    if first > r.sent.start and doc[first - 1].pos_ == "PROPN":
        return None
    if role.lower() not in r.lex.words.state_secretaries and any(
        r.by_token.get(t.i) is not None or (t.pos_ == "PROPN" and not _is_title(r, t))
        for t in doc[max(first, r.sent.start) : m.start]
    ):
        return None  # "Manitoba Premier X": a word of the title that may name its place
    if _subjects_before(r, r.sent.end, Label.COUNTRY):
        return None  # a state this sentence names as a subject is its own (_subject_before's to judge)
    return r.ctx.dateline_state


def _led_party(r: Reader, m: Mention) -> str | None:
    """'met a delegation of Azerbaijan headed by Deputy Minister X', 'an Omani team led by Minister Y': the
    one state whose party the titled person leads, not the host who is the sentence's subject."""
    head = r.sent.doc[m.end - 1]
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in r.lex.words.heading_verbs:
        return None
    states = {x.key for x in r.refs(verb.head, topics=False) if label_of_ref(x, r.topics) is Label.COUNTRY}
    return states.pop() if len(states) == 1 else None


def _own_clause_state(r: Reader, m: Mention, role: str) -> str | None:
    """'Foreign ministry spokeswoman X says Russia takes note of ...', 'spokesperson Y confirmed that New
    Delhi had received the note': a spokesperson's state is the one whose own stance or act the clause he
    says reports (no modal of a demand: "said Japan should stop" is another state's conduct)."""
    w = r.lex.words
    if not set(_role_words(role)) & w.aide_nouns:
        return None
    name = r.sent.doc[m.end - 1]
    if name.dep_ != "nsubj":
        return None
    states: set[str] = set()
    for clause in name.head.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in w.own_stance_verbs:
            continue
        if any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought", "need"} for c in clause.children):
            continue
        for subj in [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]:
            states |= {x.key for x in r.refs(subj, topics=False) if key_label(x.key) is Label.COUNTRY}
    return states.pop() if len(states) == 1 else None


def _subject_before(r: Reader, m: Mention) -> str | None:
    """'Russia welcomed the deal, with Foreign Ministry spokeswoman Maria Zakharova calling it ...': the one
    state that is a subject before the title in its own sentence (not yet remembered as one)."""
    states = _subjects_before(r, m.start, Label.COUNTRY)
    if len(states) != 1:
        return None
    state = states.pop()
    # the state's clause must hold the title's, and not as its object: not "the vote passed, with India
    # absent, to delist the emir and his defence minister X", "Japan has fined the militia's chief, X"
    # (round 25)
    doc = r.sent.doc
    verbs = {doc[o.end - 1].head.i for o in r.mentions if o.key == state and o.end <= m.start}
    t = doc[m.end - 1]
    if t.dep_ == "nsubj" and any(t.head.i == v or t.head in doc[v].ancestors for v in verbs):
        return state  # "Uzbekistan will not join the union, Economy Minister X said": he says its clause
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        t = t.head.head  # "Ghana reached a deal, according to Finance Minister X": he reports its clause
    while t.head.i != t.i and t.i not in verbs:
        if t.dep_ in {"dobj", "obj", "dative", "pobj", "attr"}:
            return None
        t = t.head
    return state if t.i in verbs else None


def _spoken_for(r: Reader, m: Mention, role: str) -> str | None:
    """'The Kremlin responds. Spokesman X tells reporters that ...', 'Ukraine's foreign ministry said ...
    Spokesman Y said Kyiv would ...': a spokesperson with no state in his sentence speaks for the state the
    sentence before leads with (its first unquoted subject; in a short line without a parse, the one state
    it names)."""
    words = _role_words(role)
    phrase = " ".join(words)
    if not any(w in words or (" " in w and w in phrase) for w in r.lex.words.speaking_titles):
        return None
    if _subjects_before(r, m.start, Label.COUNTRY):
        return None  # a state named as a subject before him is _subject_before's to judge
    before = [x for x in r.ctx.recent if x.sent == r.info.index - 1 and not x.quoted]
    subjects = sorted((x for x in before if x.subject), key=lambda x: x.position)
    if subjects:
        lead = subjects[0]
        return lead.keys[0] if lead.label is Label.COUNTRY and len(lead.keys) == 1 else None
    states = {k for x in before if x.label is Label.COUNTRY for k in x.keys}
    return states.pop() if len(states) == 1 else None


def _subjects_before(r: Reader, i: int, label: Label) -> set[str]:
    """The nodes with ``label`` named as subjects before token ``i`` in its sentence."""
    doc = r.sent.doc
    return {
        o.key
        for o in r.mentions
        if o.label is label and o.end <= i and doc[o.end - 1].dep_ in {"nsubj", "nsubjpass"}
    }


def explicit(r: Reader) -> None:
    for m in r.mentions:
        if m.label is Label.PERSON:
            listed = _respective_titles(r, m) or _listed_title(r, m)
            found = (
                listed
                if listed is not None
                else _left_title(r, m)
                or _right_title(r, m)
                or _appos_title(r, m)
                or _of_state(r, m)
                or _named_as(r, m)
                or _aide_to(r, m)
                or _predicated_title(r, m)
            )
            found = found + _second_body_office(r, m, found)

            for anchor, role, direct in found:
                firm = set(_role_words(role)) & r.lex.words.firm_titles
                if firm and anchor.label is not Label.ORGANIZATION:
                    continue  # "the Italian founder of a charity", "managing director of a Ghanaian bank"
                state = anchor.key
                if anchor.label is Label.COUNTRY and set(role.lower().split()) & r.lex.words.junta_nouns:
                    # "Myanmar's junta spokesman Zaw Min Tun" serves the junta, not the state it seized
                    state = r.ctx.junta_of(state)
                if _impossible(r, m.key, state):
                    r.ctx.nodes[m.key].attrs.setdefault("role", role)  # the title stands; the state was wrong
                    continue
                if role.lower().split()[-1:] and role.lower().split()[-1] in r.lex.words.relative_titles:
                    # "his Indian counterpart S. Jaishankar": the office the leaders data gives him there
                    held = {h.office for h in _holders(r, m.key) if _state_key(r, h.state) == state}
                    role = held.pop() if len(held) == 1 else role
                r.ctx.add_office(m.key, state, role, direct)
                if _takes_office_later(r, m):
                    continue  # "the bloc's new chairman, X, who takes office in May": pending (rule 6)
                # "Former Ecuadorian Vice President X", "ousted President X": the office is kept with the
                # role saying so (he no longer acts for the state: ArticleContext.actor)
                past = bool(past_role().search(role))
                r.emit(
                    Ref(m.key),
                    "HOLDS_OFFICE",
                    Ref(state),
                    Modality.ASSERTED,
                    0.6 if past else 0.9 if direct else 0.7,
                    role=role,
                )


def _second_body_office(
    r: Reader, m: Mention, found: list[tuple[Mention, str, bool]]
) -> list[tuple[Mention, str, bool]]:
    """'Ghanaian President X, the current ECOWAS chairperson, ...', 'Y, then the Dutch prime minister and now
    NATO Secretary General': a person whose state office the title before the name gave holds a second
    office, in a body, that an apposition after the name states."""
    if not found or r.sent.doc[m.end - 1].dep_ == "appos":
        return []
    held = {anchor.key for anchor, _, _ in found}
    return [
        (anchor, role, direct)
        for anchor, role, direct in _appos_title(r, m)
        if anchor.label is Label.ORGANIZATION and anchor.key not in held
    ]


def _takes_office_later(r: Reader, m: Mention) -> bool:
    """'X, a diplomat who takes office on Friday', 'X, who will take office in January': the office is still
    to be taken (a pending act, rule 6), not held; "who took office last month" holds it."""
    head = r.sent.doc[m.end - 1]
    for t in head.subtree:
        if t.lemma_.lower() not in r.lex.words.office_taking_verbs or t.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ in {"dobj", "obj"} and c.lower_ == "office" for c in t.children):
            continue
        later = any(c.dep_ == "aux" and c.lower_ in r.lex.future for c in t.children)
        if t.tag_ in {"VBZ", "VBP"} or later:
            return True
    return False


def _listed_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]] | None:
    """'Presidents Ruto and Museveni', 'Kenyan and Ethiopian leaders William Ruto and Abiy Ahmed': a plural
    title before a list of names gives each the singular title, and the states named with it in order (one
    state for all when one is named); 'EU ministers X and Y' hold no office of the bloc. None when no plural
    title heads a list."""
    persons = _name_list(r, m)
    if len(persons) < 2:
        return None
    doc = r.sent.doc
    run: list[Token] = []
    j = persons[0].start - 1
    while j >= r.sent.start:
        other = r.by_token.get(j)
        if other is not None and other.label is not Label.PERSON:
            run[:0] = list(doc[other.start : other.end])
            j = other.start - 1
        elif other is None and (
            _is_title(r, doc[j]) or _plural_title(r, doc[j]) or doc[j].lower_ in {"and", ","}
        ):
            run.insert(0, doc[j])
            j -= 1
        else:
            break
    if not any(_plural_title(r, t) for t in run):
        return None
    anchors: list[Mention] = []
    for t in run:
        a = r.by_token.get(t.i)
        if a is not None and a.label in {Label.COUNTRY, Label.ORGANIZATION} and not a.leaning(doc):
            anchors += [] if a in anchors else [a]
    words = [
        t.text[:-1] if _plural_title(r, t) else t.text
        for t in run
        if t.i not in r.by_token and t.lower_ not in {"and", ",", "the"}
    ]
    role = " ".join(words)
    state_title = any(t.lower_.rstrip("s") in r.lex.words.state_office_words for t in run)
    if state_title and any(_membership_body(r, a) for a in anchors):
        # "EU foreign ministers X and Y", "ASEAN leaders X and Y": ministers of member states
        anchors = []
    if not anchors:
        r.ctx.nodes[m.key].attrs.setdefault("role", role)
        return []
    if len(anchors) not in {1, len(persons)}:
        return []
    return [(anchors[persons.index(m)] if len(anchors) > 1 else anchors[0], role, True)]


_LIST_OPENERS = {"-", "–", "—", ",", ":", "("}


def _respective_titles(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """A plural title shared out over a list of names, one state each: 'Presidents X of Kyrgyzstan and Y of
    Tajikistan', 'the heads of the two security services, X for A and Y for B', 'the leaders of France,
    Germany and Poland - X, Y and Z'; each name holds the title in its own state, in order."""
    return _state_after_each(r, m) or _states_before_names(r, m)


def _state_after_each(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'Presidents X of A and Y of B', 'the security chiefs, X for A and Y for B': a list of names each
    followed by 'of'/'for' and its state, after a plural title."""
    doc, ms = r.sent.doc, [x for x in r.mentions if x.start >= r.sent.start and x.end <= r.sent.end]
    ms.sort(key=lambda x: x.start)
    chains: list[list[tuple[Mention, Mention]]] = [[]]
    for a, b in pairwise(ms):
        joined = [t.lower_ for t in doc[a.end : b.start]]
        state = a.label is Label.PERSON and b.label is Label.COUNTRY and b.kind != "demonym"
        if state and joined in (["of"], ["for"]):  # "X of A"
            chains[-1].append((a, b))
            continue
        listed = 0 < len(joined) <= 2 and set(joined) <= {",", "and"}  # "..., and Y"
        if listed and chains[-1] and chains[-1][-1][1] is a and b.label is Label.PERSON:
            continue
        if chains[-1]:
            chains.append([])
    chain = next((c for c in chains if any(p is m for p, _ in c)), [])
    if len(chain) < 2:
        return []
    role = _list_title(r, chain[0][0].start)
    if role is None:
        return []
    return [(state, role, True) for p, state in chain if p is m]


def _list_title(r: Reader, start: int) -> str | None:
    """The plural title a list of names starting at token ``start`` follows, in the singular: 'Presidents',
    'foreign ministers', 'the heads of the two countries' security services,'."""
    doc = r.sent.doc
    j = start - 1
    if j >= r.sent.start and doc[j].text in _LIST_OPENERS:
        j -= 1
        if j < r.sent.start:
            return None
        t = doc[j]
        for _ in range(4):  # up from the phrase's last word to its plural title
            if _plural_title(r, t) or t.head.i == t.i or t.head.i >= start:
                break
            t = t.head
    elif j >= r.sent.start:
        t = doc[j]
    else:
        return None
    if not _plural_title(r, t) or t.i in r.by_token:
        return None
    return _singular_title(r, t)


def _singular_title(r: Reader, t: Token) -> str:
    """The office a plural title names, with its title words: 'foreign ministers' -> 'foreign minister'."""
    words = [c.text for c in t.lefts if c.dep_ in {"compound", "amod"} and _is_title(r, c)]
    return " ".join([*words, t.text[:-1]])


def _states_before_names(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'The leaders of France, Germany and Poland - X, Y and Z', 'the Kenyan and Ugandan presidents, X and
    Y': a plural title naming as many states as the names that follow it, shared out in order."""
    persons = _name_list(r, m)
    doc = r.sent.doc
    j = persons[0].start - 1
    if len(persons) < 2 or j <= r.sent.start or doc[j].text not in _LIST_OPENERS:
        return []
    anchors: list[Mention] = []
    titles: list[Token] = []
    k = j - 1
    while k >= r.sent.start:
        other = r.by_token.get(k)
        if other is not None:
            if other.label is not Label.COUNTRY or other.leaning(doc):
                return []
            anchors.insert(0, other)
            k = other.start - 1
        elif _plural_title(r, doc[k]):
            titles.append(doc[k])
            k -= 1
        elif doc[k].lower_ in {",", "and", "of", "the"} or _is_title(r, doc[k]):
            k -= 1
        else:
            break
    if len(titles) != 1 or len(anchors) != len(persons) or len({a.key for a in anchors}) != len(anchors):
        return []
    return [(anchors[persons.index(m)], _singular_title(r, titles[0]), True)]


def _membership_body(r: Reader, a: Mention) -> bool:
    """A bloc, alliance or intergovernmental body, whose members' ministers meet as its ministers."""
    place = r.ctx.gazetteer.places.get(a.key) if a.label is Label.ORGANIZATION else None
    return place is not None and place.attrs.get("kind") in r.lex.words.membership_bodies


def _plural_title(r: Reader, t: Token) -> bool:
    """'Presidents', 'foreign ministers', 'leaders': a title in the plural."""
    word = t.lower_
    return (
        t.tag_.startswith("NN")
        and word.endswith("s")
        and word not in r.lex.titles
        and word[:-1] in r.lex.titles
    )


def _name_list(r: Reader, m: Mention) -> list[Mention]:
    """The names listed with ``m`` ('Ruto and Museveni', 'A, B and C'), in order, ``m`` among them."""
    doc = r.sent.doc

    def step(i: int, way: int) -> Mention | None:
        k, seps = i, 0
        while r.sent.start <= k < r.sent.end and doc[k].lower_ in {",", "and"}:
            k, seps = k + way, seps + 1
        other = r.by_token.get(k) if seps and r.sent.start <= k < r.sent.end else None
        return other if other is not None and other.label is Label.PERSON else None

    listed = [m]
    while (before := step(listed[0].start - 1, -1)) is not None:
        listed.insert(0, before)
    while (after := step(listed[-1].end, 1)) is not None:
        listed.append(after)
    return listed


def _named_as(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'recognised Edmundo Gonzalez as president-elect of Venezuela', 'X was sworn in as Prime Minister of
    Y': the office the naming gives (inferred; not when the naming is denied or only planned)."""
    t = r.sent.doc[m.end - 1]
    verb = t.head
    if t.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in r.lex.words.office_giving_verbs:
        return []
    if r.modality(verb)[0] is not Modality.ASSERTED:
        return []
    for prep in [c for h in (verb, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]:
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and _is_title(r, pobj):
                return _found(r, m, _unposted(r, pobj), False)
    return []


def _predicated_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'X, who is also prime minister,', 'Y is Kenya's foreign minister', 'Kenya's foreign minister is Y', 'Z,
    who served as Georgia's prime minister in 2012-2013,': a title the clause predicates of the person (a
    past one kept as former); without its state, the title is left for the steps that find it."""
    t = r.sent.doc[m.end - 1]
    verbs = [t.head] if t.dep_ in {"nsubj", "attr"} and t.head.i != t.i else []
    # "X, who is ...": the relative clause on the name
    verbs += [c for c in t.children if c.dep_ == "relcl" and any(x.lower_ == "who" for x in c.children)]
    serving = r.lex.words.office_serving_verbs
    verb = next((v for v in verbs if v.lemma_.lower() == "be" or v.lemma_.lower() in serving), None)
    if verb is None:
        return []
    inverse = verb.i == t.head.i and t.dep_ == "attr"  # "Kenya's foreign minister is X"
    if verb.lemma_.lower() == "be":
        nouns = [c for c in verb.children if c.dep_ == ("nsubj" if inverse else "attr")]
    elif not inverse:
        nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    else:
        return []
    if r.modality(verb)[0] is not Modality.ASSERTED:
        return []  # "X is not the president", "Y would be prime minister"
    for noun in nouns:
        if noun.pos_ not in {"NOUN", "PROPN"} or not _is_title(r, noun) or r.by_token.get(noun.i) is not None:
            continue
        qualifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        if any(c.lower_ in r.lex.private_roles for c in qualifiers):
            r.ctx.private.add(m.key)  # "X is the opposition leader": no state office
            return []
        role = _title_words(r, noun)
        if verb.tag_ == "VBD" and not past_role().search(role):
            role = f"former {role}"  # "Z, who was prime minister when ...": the office is kept as past
        anchor = _owner_mention(r, noun) or _its_owner(r, noun)
        if anchor is not None:
            return [(anchor, role, True)]
        r.ctx.nodes[m.key].attrs.setdefault("role", role)
    return []


def _unposted(r: Reader, title: Token) -> list[Token]:
    """A title's phrase without the place one sent there is posted to: 'its new ambassador to Togo' is not
    Togo's office ("as its ambassador to Togo", "as envoy in Vienna")."""
    if title.lemma_.lower() not in r.lex.words.posted_titles:
        return list(title.subtree)
    posted = {
        t.i for c in title.children if c.dep_ == "prep" and c.lower_ in {"to", "in", "for"} for t in c.subtree
    }
    return [t for t in title.subtree if t.i not in posted]


def _is_title(r: Reader, token: Token) -> bool:
    return token.lower_ in r.lex.titles or token.lemma_.lower() in r.lex.titles


def _segments(r: Reader, tokens: list[Token]) -> list[tuple[list[Mention], str]]:
    """Split a title run on 'and' between two offices; each piece gives (anchors, role)."""
    pieces: list[list[Token]] = [[]]
    for t in tokens:
        if t.lower_ == "and" and pieces[-1] and any(_is_title(r, x) for x in pieces[-1]):
            pieces.append([])
        else:
            pieces[-1].append(t)
    out = []
    for piece in pieces:
        anchors: list[Mention] = []
        words: list[str] = []
        for t in piece:
            m = r.by_token.get(t.i)
            if m is not None and m.leaning(r.sent.doc):
                continue  # "the pro-Western head of state": a leaning, not the state served
            if m is not None and m.label in {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}:
                if m not in anchors:
                    anchors.append(m)
                if m.kind == "metonym":
                    words.append(t.text)
            elif t.lower_ not in _ROLE_DROP and t.text != ",":
                words.append(t.text)
        while words and words[-1].lower() in {"of", "for", "and", "on", "-"}:
            words.pop()
        while words and words[0].lower() in {"of", "for", "and", "on", "-"}:
            words.pop(0)
        if any(w.lower() in r.lex.titles for w in words) and any(_role_noun(r, w) for w in words):
            out.append((anchors, " ".join(words).replace(" - ", "-")))  # "President-elect"
    return out


def _role_noun(r: Reader, word: str) -> bool:
    return word.lower() not in r.lex.words.title_qualifiers


def _peoples(anchors: list[Mention]) -> bool:
    """Two demonyms of different states in a row ('Bosnian Serb', 'Greek Cypriot'): a people within a
    state, whose leader holds no office of either state by that title."""
    folk = [a for a in anchors if a.kind == "demonym" and a.label is Label.COUNTRY]
    return any(a.end == b.start and a.key != b.key for a, b in pairwise(folk))


def _best_anchor(anchors: list[Mention]) -> Mention | None:
    countries = [a for a in anchors if a.label is Label.COUNTRY]
    if countries:
        return countries[0]
    known = [a for a in anchors if a.kind != "org"]
    return (known or anchors)[0] if anchors else None


def _found(r: Reader, m: Mention, tokens: list[Token], direct: bool) -> list[tuple[Mention, str, bool]]:
    out = []
    for anchors, role in _segments(r, tokens):
        if any(w.lower() in r.lex.private_roles for w in role.split()):
            anchors = [a for a in anchors if a.label is Label.ORGANIZATION]  # "Russian mercenary leader"
        if _peoples(anchors):
            continue  # "Bosnian Serb leader X", "Greek Cypriot leader Y": a people's leader, no state office
        anchor = _best_anchor(anchors)
        if anchor is not None:
            out.append((anchor, role, direct))
        else:
            r.ctx.nodes[m.key].attrs.setdefault("role", role)
    return out


def _left_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    doc = r.sent.doc
    j = m.start - 1
    honorifics = {w.lower() for w in r.lex.words.honorifics}
    while j > r.sent.start and doc[j].lower_.rstrip(".") in honorifics:
        j -= 1  # "Minister of Foreign Affairs of Turkmenistan Mr. Rashid Meredov": the title is before "Mr."
    comma = j >= r.sent.start and doc[j].text == ","
    if comma:
        j -= 1
    tokens: list[Token] = []
    while j >= r.sent.start:
        t = doc[j]
        other = r.by_token.get(j)
        if other is not None:
            if other.label is Label.PERSON:
                boss = _boss_office(r, other, tokens)
                if boss:
                    return boss
                break

            tokens[:0] = list(doc[other.start : other.end])
            j = other.start - 1
            continue
        if _aide_of(r, t, tokens):
            break  # "a spokesman for President Erdogan": his title is "President"
        if _posted_to(r, t, tokens):
            tokens, j = [], j - 1  # "Polish Ambassador to Ukraine Piotr X": Poland's, not Ukraine's
            continue
        if _is_title(r, t) or t.lower_ in _SCAN_GLUE or t.lower_ in r.lex.state_organs:
            tokens.insert(0, t)
            j -= 1
            continue
        if _portfolio(r, t, tokens):
            tokens.insert(0, t)  # "Tanzanian Transport Minister X", "EU Enlargement Commissioner Y"
            j -= 1
            continue
        if t.lower_ in r.lex.words.mission_nouns and tokens and tokens[0].lower_ != "'s":
            tokens.insert(0, t)  # "a spokesman for the Chinese embassy, X": the embassy's state
            j -= 1
            continue
        break
    if j >= r.sent.start and doc[j].lower_ == "whose" and tokens:
        # "the RSF, whose leader Mohamed Dagalo ...": the office is in the relative's antecedent
        owner = _whose_owner(r, doc[j])
        roles = [role for _, role in _segments(r, tokens)]
        return [(owner, roles[0], True)] if owner is not None and roles else []
    if j >= r.sent.start and doc[j].lower_ in r.lex.private_roles:
        # "Russian mercenary leader Yevgeny Prigozhin": no state office, and none to guess either
        r.ctx.private.add(m.key)
        # ("opposition Democratic Party leader X": an office in the party the title names)
        return [x for x in _found(r, m, tokens, True) if x[0].label is Label.ORGANIZATION]
    if comma and tokens and tokens[0].dep_ == "prep" and tokens[0].i == r.sent.start:
        return []  # "On trade, Lula said": a fronted phrase, no title
    if comma and tokens and _in_phrase_before(r, tokens[-1], m):
        return []  # "Flanked by the Egyptian president, Blinken said": another's title, not his
    if not tokens:
        return []
    if all(r.by_token.get(t.i) is not None or t.lower_ in {"'s", "’s"} for t in tokens):
        # "North Korea's Kim Jong-un": a state's own person, office unnamed
        anchors = [r.by_token[t.i] for t in tokens if t.i in r.by_token]
        if any(t.lower_ in {"'s", "’s"} for t in tokens) and anchors and anchors[-1].label is Label.COUNTRY:
            return [(anchors[-1], "leader", False)]
        return []
    return _found(r, m, tokens, True)


def _portfolio(r: Reader, t: Token, tokens: list[Token]) -> bool:
    """'Transport' in "Tanzanian Transport Minister X", 'Enlargement' in "EU Enlargement Commissioner Y",
    'Executive' in "SADC Executive Secretary Z": a capitalised word the title noun right after it takes as
    its own modifier names the portfolio, part of the title (the state or body before it still counts)."""
    return (
        bool(tokens)
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.is_upper
        and t.dep_ in {"compound", "amod"}
        and t.head.i == tokens[0].i
        and tokens[0].lemma_.lower() in r.lex.words.office_heads | {"commissioner"}
        and t.lower_ not in r.lex.private_roles  # "Opposition leader X": no office (read after the scan)
        and r.by_token.get(t.i) is None
        # "Manitoba Premier X": a place's ("Agriculture Minister Y", tagged ORG, a portfolio still)
        and (t.ent_type_ not in _PLACE_TAGS or t.lower_ in r.lex.words.portfolio_words)
    )


def _in_phrase_before(r: Reader, title: Token, m: Mention) -> bool:
    """'Flanked by the Egyptian president, Blinken said', 'After meeting the Saudi crown prince, Erdogan
    ...': a title that ends a fronted phrase before the comma (inside a preposition's phrase the name is
    not in) belongs to someone else ('met the Egyptian president, Abdel Fattah al-Sisi' is an apposition)."""
    phrases = [  # (the title's own 'of': "the Minister of Foreign Affairs of Peru, Mr. X")
        a
        for a in [title, *title.ancestors]
        if a.dep_ in {"prep", "agent"} and not (a.lower_ == "of" and _is_title(r, a.head))
    ]
    if not phrases:
        return False
    outer, name = phrases[-1], r.sent.doc[m.end - 1]  # (not 'of' in "head of state, Maia Sandu")
    if name.dep_ == "appos" and m.end < r.sent.end and r.sent.doc[m.end].text == ",":
        return False  # "a post by China's consul in Osaka, Xue Jian, who ...": a name set off by commas
    return not outer.left_edge.i <= name.i <= outer.right_edge.i


def _aide_of(r: Reader, prep: Token, tokens: list[Token]) -> bool:
    """'spokesman for President X', 'an envoy of King Y': the words before 'of' or 'for' name another's
    office, when only the person's own title follows."""
    if prep.lower_ not in {"of", "for"} or prep.i == r.sent.start:
        return False
    own = {w for title in r.lex.head_titles for w in title.split()}
    aide = r.sent.doc[prep.i - 1].lemma_.lower() in r.lex.words.aide_nouns
    return aide and all(t.lower_ in own for t in tokens)


def _posted_to(r: Reader, to: Token, tokens: list[Token]) -> bool:
    """'Ambassador to Ukraine', 'envoy to the United Nations', 'Special Envoy for Sudan' before a name: the
    place after 'to' or 'for' is where the title's holder is posted, not whom he serves."""
    if to.lower_ not in {"to", "for", "in"} or to.i == r.sent.start:
        return False
    title = r.sent.doc[to.i - 1]
    if to.lower_ == "in":  # "consul general in Osaka", "ambassador in Beijing": one of the last two words
        before = r.sent.doc[max(r.sent.start, to.i - 2) : to.i]
        posted = any(t.lemma_.lower() in r.lex.words.posted_titles for t in before)
        mission = title.lower_ in r.lex.words.mission_nouns  # "a spokesman for the Chinese embassy in Tokyo"
        placed = bool(tokens) and all(t.i in r.by_token for t in tokens)
        return placed and ((posted and _is_title(r, title)) or mission)
    if not (_is_title(r, title) if to.lower_ == "to" else title.lemma_.lower() in r.lex.words.posted_titles):
        return False
    return bool(tokens) and all(t.i in r.by_token or t.lower_ == "the" for t in tokens)


def _of_state(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'President Boric of Chile': a bare title before the name, its state after it."""
    role = r.ctx.nodes[m.key].attrs.get("role")
    first = r.sent.doc[m.start]
    if not role and m.end - m.start > 1 and _is_title(r, first):  # "King Abdullah of Jordan"
        role = first.text
    k = m.end
    if k + 1 >= r.sent.end or r.sent.doc[k].lower_ != "of":
        return []
    anchor = r.by_token.get(k + 1)
    if not role and anchor is not None and anchor.key in r.ctx.posts and anchor.kind != "demonym":
        # "The interior ministers of A, B and C met. ... X of A, Y of B said": each the title of his state
        said, post = r.ctx.posts[anchor.key]
        return [(anchor, post, False)] if r.info.index - said <= 2 else []
    if not role:
        return []
    if anchor is None or anchor.label not in {Label.COUNTRY, Label.ORGANIZATION} or anchor.kind == "demonym":
        return []
    if anchor.label is Label.COUNTRY and _body_post(r, role):
        return []  # "Secretary General X of Togo": his nationality; the post is a body's
    return [(anchor, role, True)]


def _right_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    doc = r.sent.doc
    k = m.end
    if k >= r.sent.end or doc[k].text != ",":
        return []
    k += 1
    tokens: list[Token] = []
    while k < r.sent.end:
        t = doc[k]
        other = r.by_token.get(k)
        if other is not None:
            if other.label is Label.PERSON:
                bare = not any(w.lower_ in {"of", "for", "to"} for w in tokens)  # ("deputy of President Y")
                if bare and tokens and _is_title(r, tokens[-1]) and doc[k - 1].text != ",":
                    # "signed by Albanese, Commission President Ursula von der Leyen and ...": the title is
                    # the next name's, not this one's
                    return []
                break
            tokens += list(doc[other.start : other.end])
            k = other.end
            continue
        if _is_title(r, t) or t.lower_ in _SCAN_GLUE | {"a", "an"} or t.lower_ in r.lex.state_organs:
            tokens.append(t)
            k += 1
            continue
        if _portfolio_word(t, tokens):
            tokens.append(t)  # "X, Minister of Foreign Affairs and Emigration,": the portfolio's own name
            k += 1
            continue
        coordinated = k + 2 < r.sent.end and doc[k + 1].lower_ == "and" and _is_title(r, doc[k + 2])
        if t.pos_ == "NOUN" and coordinated:
            tokens.append(t)  # "a senior member and spokesperson for X": a role coordinated with a title
            k += 1
            continue
        break
    if k < r.sent.end and doc[k].text not in {",", ".", ";", "–", "—"} and r.by_token.get(k) is None:
        return []
    return _found(r, m, tokens, True)


def _portfolio_word(t: Token, tokens: list[Token]) -> bool:
    """A capitalised word inside the 'of' phrase of a title already read: 'Minister of Foreign Affairs and
    Emigration', 'Minister of Planning and Economic Development'."""
    if not t.text[:1].isupper() or t.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    within = {x.i for x in tokens}
    return any(a.i in within and a.lower_ == "of" for a in t.ancestors)


def _appos_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'The European Union's rapporteur for ..., Vladimir Bilicik': the title noun is an apposition."""
    head = r.sent.doc[m.end - 1]
    candidates = [c for c in head.children if c.dep_ == "appos"]
    t, through_appos = head, False
    for _ in range(5):  # the parser may hang the name on a noun inside the title phrase
        through_appos = through_appos or t.dep_ == "appos"
        if t.head.i == t.i or t.head.pos_ in {"VERB", "AUX"}:
            if through_appos and t.dep_ == "prep" and t.lower_ == "to":  # "recalled its envoy to X, NAME"
                candidates += [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
            break
        t = t.head
        if through_appos and t.pos_ in {"NOUN", "PROPN"} and _is_title(r, t) and t.i not in r.by_token:
            candidates.append(t)
            break
    if head.dep_ in {"nsubj", "nsubjpass"}:  # "the boss of X, Yevgeny Prigozhin hailed": two subjects
        for sibling in head.head.children:
            if sibling.dep_ == head.dep_ and sibling.i < m.start and sibling.right_edge.i + 2 == m.start:
                candidates.append(sibling)
    for noun in candidates:
        if not _is_title(r, noun) or r.by_token.get(noun.i) is not None:
            continue
        private = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        if any(c.lower_ in r.lex.private_roles for c in private):
            # "The Venezuelan opposition leader, Maria Corina Machado": no state office
            r.ctx.private.add(m.key)
            continue
        found = [r.by_token[i] for i in range(noun.left_edge.i, noun.i) if i in r.by_token]
        before = {x.start: x for x in found}
        if _peoples([before[k] for k in sorted(before)]):
            continue  # "Dodik, the Bosnian Serb leader,"
        anchor = _owner_mention(r, noun)
        direct = anchor is not None
        anchor = anchor or _its_owner(r, noun)
        if anchor is not None:
            r.overrides.setdefault(noun.i, [Ref(m.key)])  # "The EU's rapporteur ... greeted": he did
            return [(anchor, _title_words(r, noun), direct)]
        if noun.dep_ == "appos" and noun.head.i == head.i:
            # "Shinzo Abe, the former prime minister, ...": a title with no state of its own, for the steps
            # that find its state (the leaders data, the passage)
            r.ctx.nodes[m.key].attrs.setdefault("role", _title_words(r, noun))
    return []


def _its_owner(r: Reader, noun: Token) -> Mention | None:
    """'SADC ...: its executive secretary, X, said the bloc ...': the one body 'its' stands for owns the title
    set beside the name (an inferred office)."""
    for child in noun.children:
        if child.dep_ != "poss" or child.lower_ not in {"its", "their"}:
            continue
        owners = {
            x.key
            for x in r.refs(child, topics=False)
            if key_label(x.key) is Label.ORGANIZATION  # (a state's own officers are read by other rules)
        }
        if not owners:  # "SADC, whose chair Madagascar took over, is ...: its executive secretary": the body
            owners = _subjects_before(r, child.i, Label.ORGANIZATION)  # that is a subject before it
        if len(owners) == 1:
            key = owners.pop()
            return Mention(child.i, child.i + 1, key, r.ctx.nodes[key].label, "pronoun", child.text)
    return None


def _aide_to(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'X, a senior adviser to Supreme Leader Y, said ...', 'X, an aide to President Y': the aide serves the
    state his principal holds office in (inferred, as for "Putin's spokesman X")."""
    head = r.sent.doc[m.end - 1]
    for noun in [c for c in head.children if c.dep_ == "appos"]:
        if noun.lemma_.lower() not in r.lex.words.aide_nouns or r.by_token.get(noun.i) is not None:
            continue
        for prep in [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "of", "for"}]:
            for pobj in prep.children:
                boss = r.by_token.get(pobj.i)
                private = any(c.lower_ in r.lex.private_roles for c in pobj.children)  # "opposition leader"
                if boss is None and pobj.lemma_.lower() in r.lex.head_titles and not private:
                    # "an adviser to the Iranian supreme leader": the state that names the principal's title
                    states = [
                        a
                        for c in pobj.children
                        if c.dep_ in {"amod", "compound", "poss"}
                        for a in [r.mention_at(c)]
                        if a is not None and a.label is Label.COUNTRY and not a.leaning(r.sent.doc)
                    ]
                    if len(states) == 1:
                        words = [t.text for t in r.sent.doc[noun.left_edge.i : pobj.i + 1] if t.dep_ != "det"]
                        return [(states[0], " ".join(words), False)]
                if boss is None or boss.label is not Label.PERSON or boss.key == m.key:
                    continue
                served = _principal_state(r, boss)
                if served is None:
                    continue
                words = [t.text for t in r.sent.doc[noun.left_edge.i : boss.end] if t.dep_ not in {"det"}]
                return [(served, " ".join(words), False)]
    return []


def _principal_state(r: Reader, boss: Mention) -> Mention | None:
    """The state a principal acts for, as an anchor at his name: the one the article gave him, else the one
    state the leaders data gives him that year."""
    state = r.ctx.actor(boss.key)
    if state == boss.key:
        holders = _holders(r, boss.key)
        held = {_state_key(r, h.state) for h in holders if "ex officio" not in h.office or len(holders) == 1}
        found = held.pop() if len(held) == 1 else None
        state = found or boss.key
    if state == boss.key:
        return None
    node = r.ctx.nodes[state]
    return Mention(boss.start, boss.end, state, node.label, "name", node.name)


def _title_words(r: Reader, noun: Token) -> str:
    """The title a noun heads, with the title words before it: 'Japan's new prime minister' -> 'prime
    minister' (not 'new', nor the state)."""
    words = [
        c
        for c in noun.children
        if c.dep_ in {"compound", "amod"} and c.i < noun.i and _is_title(r, c) and c.i not in r.by_token
    ]
    doc = r.sent.doc
    return " ".join(  # "the self-declared president": the hyphenated word whole
        doc[t.left_edge.i : t.i + 1].text if t.left_edge.i < t.i and doc[t.i - 1].text == "-" else t.text
        for t in [*words, noun]
    )


def _owner_mention(r: Reader, noun: Token) -> Mention | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found = r.by_token.get(pobj.i)
                if found is not None and found.label is not Label.PERSON:
                    return found
                for grand in pobj.children:  # "boss of Russia's private Wagner force": Wagner, not Russia
                    if grand.dep_ in {"compound", "nmod"} and r.by_token.get(grand.i) is not None:
                        return r.by_token[grand.i]
                for grand in pobj.children:  # "President of Bosnia's Serb-run entity Republika Srpska": the
                    # entity named in apposition, not its owner
                    named = r.by_token.get(grand.i)
                    if grand.dep_ == "appos" and named is not None and named.label is not Label.PERSON:
                        return named
                if pobj.lemma_.lower() in r.lex.words.subunit_nouns and any(
                    g.dep_ == "poss" for g in pobj.children
                ):
                    return _subunit(r, pobj)
                for grand in pobj.children:
                    if grand.dep_ == "poss" and r.by_token.get(grand.i) is not None:
                        return r.by_token[grand.i]
                for grand in pobj.children:  # "head of the Mexican consular section": Mexico's
                    m = r.by_token.get(grand.i)
                    if (
                        grand.dep_ == "amod"
                        and m is not None
                        and m.kind == "demonym"
                        and not m.leaning(r.sent.doc)
                    ):
                        return m
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod"} and r.by_token.get(child.i) is not None:
            found = r.by_token[child.i]
            if found.label is not Label.PERSON and not found.leaning(r.sent.doc):
                return found
    for child in noun.children:  # "Kenya recalled its ambassador to Addis Ababa, Mohamed Ali": Kenya's
        if child.dep_ == "poss" and child.lower_ in {"its", "their"} and noun.dep_ in {"dobj", "obj"}:
            said = [c for c in noun.head.children if c.dep_ == "nsubj"]
            states = {
                x.key for t in said for x in r.refs(t, topics=False) if key_label(x.key) is Label.COUNTRY
            }
            if len(states) == 1:  # "It has recalled its ambassador": the state "it" stands for
                key = states.pop()
                return Mention(child.i, child.i + 1, key, Label.COUNTRY, "pronoun", child.text)
    for child in noun.children:  # "the RSF (whose commander, X, stayed away)": the relative's antecedent
        if child.dep_ == "poss" and child.lower_ == "whose":
            return _whose_owner(r, child)
    return _state_noun_owner(r, noun) or _titled_principal(r, noun) or _his_principal(r, noun)


def _his_principal(r: Reader, noun: Token) -> Mention | None:
    """'President X and his interior minister, Y': the state whose office the principal 'his' stands for
    holds (the article's or the leaders data's), the title being one of a state's government."""
    if noun.lemma_.lower() not in r.lex.words.office_heads:
        return None
    for child in noun.children:
        if child.dep_ != "poss" or child.lower_ not in {"his", "her"}:
            continue
        bosses = {x.key for x in r.refs(child, topics=False) if key_label(x.key) is Label.PERSON}
        boss = next((m for m in r.mentions if m.key in bosses and m.end <= noun.i), None)
        if len(bosses) == 1 and boss is not None:
            return _principal_state(r, boss)
    return None


def _titled_principal(r: Reader, noun: Token) -> Mention | None:
    """'Special Envoy of the President of the United States', 'adviser to the Prime Minister of Nepal': an
    aide of a head of state or government named only by his title serves the state that title is of."""
    if noun.lemma_.lower() not in r.lex.words.office_heads | {"adviser", "advisor", "representative"}:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "to"}:
            continue
        for head in prep.children:
            if head.dep_ != "pobj" or r.by_token.get(head.i) is not None:
                continue
            if not any(t in head.lower_ for t in r.lex.head_titles) or head.lower_ == "leader":
                continue
            owner = _owner_mention(r, head) if head.i != noun.i else None
            if owner is not None and owner.label is Label.COUNTRY:
                return owner
    return None


def _subunit(r: Reader, noun: Token) -> Mention | None:
    """'the president of Bosnia's entity Republika Srpska', 'the mayor of Ukraine's city of Odesa': the
    part named beside the noun holds the office; unnamed ('of Somalia's breakaway region'), none."""
    named = [c for c in noun.children if c.dep_ == "appos"]
    named += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    for t in named:
        m = r.by_token.get(t.i)
        if m is not None and m.label is not Label.PERSON:
            return m
    return None


def _whose_owner(r: Reader, whose: Token) -> Mention | None:
    """The state or body 'whose' stands for: the noun its relative clause hangs on ('the RSF, whose
    commander ...', 'Ukraine, whose president ...'); none for a person ('Putin, whose spokesman')."""
    verb = whose
    for _ in range(4):
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    j = whose.i - 1  # (a clause the parser missed: "Hezbollah, whose leader X spoke": the name before)
    while j > r.sent.start and r.sent.doc[j].text in {",", "("}:
        j -= 1
    found = r.by_token.get(verb.head.i if verb.dep_ == "relcl" else j)
    if found is None or found.label not in {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}:
        return None
    return found


def _state_noun_owner(r: Reader, noun: Token) -> Mention | None:
    """'Ecuador expelled the envoy. Gabriela Sommerfeld, the country's foreign minister, said ...': a title
    owned by 'the country' is the office of the one state it stands for."""
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        # "the bloc's special representative for the Sahel, X": the one body "the bloc" stands for
        label = Label.COUNTRY if child.lemma_.lower() in r.lex.words.state_nouns else None
        label = Label.ORGANIZATION if child.lemma_.lower() in r.lex.words.body_nouns else label
        if label is None:
            continue
        states = {x.key for x in r.refs(child, topics=False) if key_label(x.key) is label}
        if len(states) == 1:
            return Mention(child.i, child.i + 1, states.pop(), label, "pronoun", child.text)
    return None


def _boss_office(r: Reader, boss: Mention, tokens: list[Token]) -> list[tuple[Mention, str, bool]]:
    """ "Putin's spokesman Dmitry Peskov": the aide serves the state his principal holds office in."""
    if not tokens or tokens[0].lower_ not in {"'s", "’s"} or len(tokens) < 2:
        return []
    if any(t.lower_ in r.lex.words.relative_titles for t in tokens):
        return []  # "Putin's Armenian counterpart X": an office of his own, no aide's
    # ("Zelensky's chief of staff X": the one state the leaders data gives him that year)
    served = _principal_state(r, boss)
    if served is None:
        return []
    role = " ".join(t.text for t in tokens[1:]) + f" to {boss.text}"
    return [(served, role, False)]
