"""Standing facts stated by noun phrases: offices, alliances, membership, territory, event settings.

"Russian Foreign Minister Sergei Lavrov" (HOLDS_OFFICE), "Russian ally Serbia" (ALLY_OF),
"EU hopeful Serbia" (MEMBER_OF, candidate), "Nigeria's capital Abuja" (PART_OF),
"the Russia-held areas ... of the Luhansk, Donetsk ... regions" (OCCUPIES), "a summit in
Johannesburg" (HELD_IN), "Russia's invasion of Ukraine" (INVADED).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.mentions import Mention, region_of
from loaders.extract.reader import ACTORS, AREAS, Reader, Ref, label_of_ref
from loaders.extract.topics import topic_of

_SCAN_GLUE = {"of", "for", "and", "the", "'s", "’s", "(", ")", "-", "on"}
_ROLE_DROP = {"the", "'s", "’s", "(", ")", ",", "a", "an", "his", "her", "their", "its"}
_CANDIDATE = {
    "candidate": "candidate",
    "hopeful": "candidate",
    "aspirant": "candidate",
    "applicant": "applicant",
    "member": None,
    "members": None,
}
_CONTROL = {"hold", "control", "occupy", "annex", "seize", "capture"}

_COPULAS = {"be", "remain", "become", "stay"}
_ORGANIZE = {"organize", "organise", "stage", "host", "broker", "sponsor", "mediate", "hold", "convene"}
_ITEM = r"(?:the )?[CDROP]#\d+"
_LIST = rf"{_ITEM}(?: , {_ITEM})*(?: ,)? (?:and|or) {_ITEM}|{_ITEM}"
_SYMBOL = re.compile(r"[CDROP]#(\d+)")


def run_all(r: Reader) -> None:
    offices(r)
    alliances(r)
    memberships(r)
    territory(r)
    topic_structure(r)


# ---- signature: the sentence as a string, mentions replaced by symbols -------------------------
def signature(r: Reader) -> str:
    """The sentence as lowercase words with each mention replaced by its symbol ('C#3'), for patterns."""
    if r.signature is None:
        r.signature = _signature(r)
    return r.signature


def _signature(r: Reader) -> str:
    parts: list[str] = []

    i = r.sent.start
    index = {id(m): n for n, m in enumerate(r.mentions)}
    while i < r.sent.end:
        m = r.by_token.get(i)
        if m is not None:
            parts.append(f"{m.symbol}#{index[id(m)]}")
            i = m.end
            continue
        text = r.sent.doc[i].lower_.strip()
        if text:  # blanked editorial brackets leave whitespace tokens
            parts.append("'s" if text in {"’s", "'s"} else text.replace("—", "–"))
        i += 1

    return " ".join(parts)


def _mentions(r: Reader, text: str) -> list[Mention]:
    return [r.mentions[int(n)] for n in _SYMBOL.findall(text)]


# ---- offices ----------------------------------------------------------------------------------
def offices(r: Reader) -> None:
    explicit(r)
    guessed(r)


def guessed(r: Reader) -> None:
    """'Foreign Minister Nikola Selakovic said ...': a state title without a state, in a passage about
    one country only, is that country's office (inferred, lower confidence)."""
    taken = {o.state for m in r.mentions for o in r.ctx.offices.get(m.key, [])}
    for m in r.mentions:
        if m.label is not Label.PERSON or r.ctx.offices.get(m.key):
            continue
        role = r.ctx.nodes[m.key].attrs.get("role", "")
        if not role or (
            not any(t in role.lower() for t in r.lex.head_titles) and not role.lower().startswith("minister")
        ):
            continue
        state = r.ctx.office_guess(r.info.index, window=1)
        if state is not None and state not in taken:
            r.ctx.add_office(m.key, state, role, False)
            r.emit(Ref(m.key), "HOLDS_OFFICE", Ref(state), Modality.ASSERTED, 0.6, role=role)


def explicit(r: Reader) -> None:
    for m in r.mentions:
        if m.label is Label.PERSON:
            found = _left_title(r, m) or _right_title(r, m) or _appos_title(r, m)

            for anchor, role, direct in found:
                state = anchor.key
                r.ctx.add_office(m.key, state, role, direct)
                r.emit(
                    Ref(m.key),
                    "HOLDS_OFFICE",
                    Ref(state),
                    Modality.ASSERTED,
                    0.9 if direct else 0.7,
                    role=role,
                )


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
            out.append((anchors, " ".join(words)))
    return out


def _role_noun(r: Reader, word: str) -> bool:
    return word.lower() not in {
        "foreign",
        "national",
        "high",
        "supreme",
        "top",
        "senior",
        "most",
        "first",
        "vice",
        "deputy",
        "acting",
        "interim",
        "former",
        "ousted",
        "deposed",
        "political",
        "elected",
        "newly",
        "then",
        "longtime",
        "incumbent",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "sen",
        "rep",
        "of",
        "state",
        "external",
        "affairs",
    }


def _best_anchor(anchors: list[Mention]) -> Mention | None:
    countries = [a for a in anchors if a.label is Label.COUNTRY]
    if countries:
        return countries[0]
    known = [a for a in anchors if a.kind != "org"]
    return (known or anchors)[0] if anchors else None


def _found(r: Reader, m: Mention, tokens: list[Token], direct: bool) -> list[tuple[Mention, str, bool]]:
    out = []
    for anchors, role in _segments(r, tokens):
        anchor = _best_anchor(anchors)
        if anchor is not None:
            out.append((anchor, role, direct))
        else:
            r.ctx.nodes[m.key].attrs.setdefault("role", role)
    return out


def _left_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    doc = r.sent.doc
    j = m.start - 1
    if j >= r.sent.start and doc[j].text == ",":
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
        if _is_title(r, t) or t.lower_ in _SCAN_GLUE or t.lower_ in r.lex.state_organs:
            tokens.insert(0, t)
            j -= 1
            continue
        break
    if not tokens:
        return []
    if all(r.by_token.get(t.i) is not None or t.lower_ in {"'s", "’s"} for t in tokens):
        # "North Korea's Kim Jong-un": a state's own person, office unnamed
        anchors = [r.by_token[t.i] for t in tokens if t.i in r.by_token]
        if any(t.lower_ in {"'s", "’s"} for t in tokens) and anchors and anchors[-1].label is Label.COUNTRY:
            return [(anchors[-1], "leader", False)]
        return []
    return _found(r, m, tokens, True)


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
                break
            tokens += list(doc[other.start : other.end])
            k = other.end
            continue
        if _is_title(r, t) or t.lower_ in _SCAN_GLUE | {"a", "an"} or t.lower_ in r.lex.state_organs:
            tokens.append(t)
            k += 1
            continue
        break
    if k < r.sent.end and doc[k].text not in {",", ".", ";"} and r.by_token.get(k) is None:
        return []
    return _found(r, m, tokens, True)


def _appos_title(r: Reader, m: Mention) -> list[tuple[Mention, str, bool]]:
    """'The European Union's rapporteur for ..., Vladimir Bilicik': the title noun is an apposition."""
    head = r.sent.doc[m.end - 1]
    candidates = [c for c in head.children if c.dep_ == "appos"]
    t, through_appos = head, False
    for _ in range(5):  # the parser may hang the name on a noun inside the title phrase
        through_appos = through_appos or t.dep_ == "appos"
        if t.head.i == t.i or t.head.pos_ in {"VERB", "AUX"}:
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
        anchor = _owner_mention(r, noun)
        if anchor is not None:
            r.overrides.setdefault(noun.i, [Ref(m.key)])  # "The EU's rapporteur ... greeted": he did
            return [(anchor, noun.text, True)]
    return []


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

                for grand in pobj.children:
                    if grand.dep_ == "poss" and r.by_token.get(grand.i) is not None:
                        return r.by_token[grand.i]
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod"} and r.by_token.get(child.i) is not None:
            found = r.by_token[child.i]
            if found.label is not Label.PERSON:
                return found
    return None


# ---- alliances --------------------------------------------------------------------------------
def alliances(r: Reader) -> None:
    sig = signature(r)
    for token in r.sent:
        if token.lemma_.lower() == "ally" and token.pos_ in {"NOUN", "PROPN"} and r.mention_at(token) is None:
            _ally(r, token)
    for match in re.finditer(r"(?P<a>[CD]#\d+) - (?P<b>[CD]#\d+) (?:coalition|alliance|axis|bloc)\b", sig):
        a, b = _mentions(r, match["a"])[0], _mentions(r, match["b"])[0]
        r.emit(Ref(a.key), "ALLY_OF", Ref(b.key), Modality.ASSERTED, 0.7)


def _ally(r: Reader, token: Token) -> None:
    if any(c.lower_ in {"former", "ex", "no", "not"} or c.dep_ == "neg" for c in token.children):
        return
    owners: list[Ref] = []
    possessed = any(c.dep_ == "poss" for c in token.children)
    for child in token.children:
        # "its Western allies": with a possessor, the adjective describes the allies, it does not own them
        if child.dep_ == "poss" or (
            not possessed and child.dep_ in {"amod", "compound", "nmod"} and r.mention_at(child) is not None
        ):
            owners += r.refs(child, topics=False)
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners += [x for p in child.children if p.dep_ == "pobj" for x in r.refs(p, topics=False)]
    members, owner_first = _ally_members(r, token, owners)
    modality, conf = (Modality.ASSERTED, 0.9)
    if token.dep_ == "attr":
        modality, conf = r.modality(token.head)
    if not owners and token.dep_ == "attr" and len(members) >= 2:
        first = members[0]
        for other in members[1:]:
            r.emit(first, "ALLY_OF", other, modality, conf, unordered=True)
        return
    if members:
        r.overrides[token.i] = members
    for body in [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"in", "within"}
        for p in c.children
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]:
        for mem in members:  # "Russia's closest ally in the EU": a member of the EU
            if label_of_ref(mem, r.topics) is Label.COUNTRY:
                r.emit(mem, "MEMBER_OF", body, modality, 0.7)
    for mem in members:
        for own in owners:
            if label_of_ref(mem, r.topics) in ACTORS and label_of_ref(own, r.topics) in ACTORS:
                if owner_first:  # "Yerevan ... its allies, particularly France": Armenia is the topic
                    r.emit(own, "ALLY_OF", mem, modality, conf)
                else:  # "Russian ally Serbia": Serbia is the topic
                    r.emit(mem, "ALLY_OF", own, modality, conf)


def _ally_members(r: Reader, token: Token, owners: list[Ref]) -> tuple[list[Ref], bool]:
    """Who the allies are, and whether the owner is the phrase's topic (listed allies follow it)."""
    owner_keys = {o.key for o in owners}
    doc = r.sent.doc
    # "its Western allies, particularly France and the United States"
    listed = r.listed(token, 1)
    nxt = token.i + 1
    while nxt < r.sent.end and doc[nxt].text == ",":
        nxt += 1
    if nxt < r.sent.end and doc[nxt].lower_ in {
        "particularly",
        "notably",
        "especially",
        "including",
        "namely",
    }:
        m = r.by_token.get(nxt + 1)
        if m is not None:
            listed = [Ref(x.key) for x in r.lists.get(nxt + 1, [m])]
    if listed:
        return [x for x in listed if x.key not in owner_keys], True
    # "Russian ally Serbia": the name right after the noun
    m = r.by_token.get(token.i + 1)
    if m is not None and m.label in ACTORS:
        return [Ref(x.key) for x in r.lists.get(token.i + 1, [m])], False
    # "An ally of Russia, Kazakhstan," : of-phrase, then the apposed name between commas
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = child.right_edge.i + 1
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                end = max(end, max((r.by_token[p.i].end for p in [pobj] if p.i in r.by_token), default=end))
                owner_m = r.by_token.get(pobj.i)
                if owner_m is not None:
                    end = owner_m.end
            if end < r.sent.end and doc[end].text == ",":
                cand = r.by_token.get(end + 1)
                if (
                    cand is not None
                    and cand.label in ACTORS
                    and (cand.end >= r.sent.end or doc[cand.end].text in {",", "–", "—"})
                ):
                    return [Ref(cand.key)], False
    # "Serbia, another ally of Russia," / "Hungary – Russia's closest ally" / "X, an ally of Y"
    if token.dep_ == "appos":
        return [x for x in r.refs(token.head, topics=False) if x.key not in owner_keys], False
    for child in token.children:
        if child.dep_ == "appos":
            return [x for x in r.refs(child, topics=False) if x.key not in owner_keys], False
    # "X is a close ally of Y", "X and Y are allies"
    if token.dep_ == "attr" and token.head.lemma_ in {"be", "remain", "become"}:
        subj = [c for c in token.head.children if c.dep_ == "nsubj"]
        return [x for s in subj for x in r.refs(s, topics=False) if x.key not in owner_keys], False
    # "it has Moscow as its ally"
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
        holders = [x for c in verb.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
        allies = [x for c in verb.children if c.dep_ == "dobj" for x in r.refs(c, topics=False)]
        if holders and allies:
            r.overrides[token.i] = allies
            for holder in holders:
                for ally in allies:
                    r.emit(holder, "ALLY_OF", ally, Modality.ASSERTED, 0.75)
        return [], False
    # a mention just before: "Hungary – Russia's closest ally in the EU –"
    j = token.left_edge.i - 1
    while j >= r.sent.start and doc[j].text in {",", "–", "—", "-"}:
        j -= 1
    prev = r.by_token.get(j)
    if prev is not None and j < token.left_edge.i - 1 and prev.label in ACTORS:
        return [Ref(prev.key)] if prev.key not in owner_keys else [], False
    return [], False


# ---- membership -------------------------------------------------------------------------------
def memberships(r: Reader) -> None:
    for token in r.sent:
        if token.lemma_.lower() == "member" and token.pos_ == "NOUN" and r.mention_at(token) is None:
            _member_noun(r, token)
    sig = signature(r)

    words = "|".join(_CANDIDATE)
    pattern = (
        rf"(?P<org>O#\d+) (?:\] )?(?:'s )?(?P<word>{words})(?: state| country| nation)?s? (?:\[ )?"
        rf"(?P<list>{_LIST})"
    )
    for match in re.finditer(pattern, sig):
        org = _mentions(r, match["org"])[0]
        status = _CANDIDATE[match["word"]]
        for member in _mentions(r, match["list"]):
            if member.label is Label.COUNTRY:
                r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.9, status=status)
    # "Hungary remains the sole NATO member"
    for match in re.finditer(
        r"(?P<m>C#\d+) (?:remains|is|was|became|becomes) (?:a|an|the) (?:\w+ )?(?:\w+ )?"
        r"(?P<org>O#\d+) member\b",
        sig,
    ):
        member, org = _mentions(r, match["m"])[0], _mentions(r, match["org"])[0]
        r.emit(Ref(member.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.85)
    # "joining current members Brazil, Russia, India, China and South Africa" (the body named earlier)
    for match in re.finditer(
        rf"(?:current|existing|founding|full|fellow|other) members (?P<list>{_LIST})", sig
    ):
        before = [m for m in r.mentions[: _first_index(match["list"])] if m.label is Label.ORGANIZATION]
        if before:
            for member in _mentions(r, match["list"]):
                if member.label is Label.COUNTRY:
                    r.emit(Ref(member.key), "MEMBER_OF", Ref(before[-1].key), Modality.ASSERTED, 0.85)
    # "the Russia-led CSTO"
    for match in re.finditer(r"(?P<a>[CD]#\d+) - led (?:\w+ ){0,3}?(?P<org>O#\d+)", sig):
        a, org = _mentions(r, match["a"])[0], _mentions(r, match["org"])[0]
        r.emit(Ref(a.key), "MEMBER_OF", Ref(org.key), Modality.ASSERTED, 0.7)


def _first_index(text: str) -> int:
    found = _SYMBOL.search(text)
    return int(found.group(1)) if found else 0


# ---- territory --------------------------------------------------------------------------------
def territory(r: Reader) -> None:
    sig = signature(r)
    patterns = [
        r"(?P<country>C#\d+) 's (?:capital|capital city) ,? ?(?P<city>[RC]#\d+)",
        r"(?P<city>[RC]#\d+) , (?:the )?(?:\w+ )?capital of (?P<country>C#\d+)",
        r"(?:the )?capital of (?P<country>C#\d+) , (?P<city>[RC]#\d+)",
        r"(?P<country>C#\d+) 's (?:\w+ )?(?P<city>R#\d+)",
    ]
    for pattern in patterns:
        for match in re.finditer(pattern, sig):
            _part_of(r, _mentions(r, match["city"])[0], _mentions(r, match["country"])[0])
    for token in r.sent:
        if token.lemma_ == "part" and token.pos_ == "NOUN":
            _part_phrase(r, token)
        if token.lemma_ in _CONTROL and token.dep_ in {"amod", "acl"}:
            _controlled(r, token)
        if token.lemma_.lower() in AREAS and token.pos_ == "NOUN":
            _region_of(r, token)


def dateline(r: Reader) -> None:
    """'Pyongyang, North Korea -': the city is part of the country."""
    match = re.match(r"(?P<city>[RC]#\d+) , (?P<country>C#\d+)\b", signature(r))
    if match:
        _part_of(r, _mentions(r, match["city"])[0], _mentions(r, match["country"])[0])


def _part_of(r: Reader, city: Mention, country: Mention) -> None:
    region = region_of(city, r.ctx)
    if region is not None and country.label is Label.COUNTRY and region != country.key:
        r.emit(Ref(region), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.9)


def _part_phrase(r: Reader, token: Token) -> None:
    """'Transnistria is internationally recognized as part of Moldova' (not 'defend them as part of')."""
    countries = [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not countries:
        return
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif token.dep_ != "attr":
        return
    if verb.lemma_ not in _COPULAS | {"recognize", "recognise", "consider", "regard"}:
        return
    if verb.lemma_ in {"consider", "regard"} and not any(c.dep_ == "auxpass" for c in verb.children):
        return
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    modality, conf = r.modality(verb)
    for s in subj:
        for x in r.refs(s, topics=False):
            if label_of_ref(x, r.topics) is Label.REGION:
                for c in countries:
                    r.emit(x, "PART_OF", c, modality, conf)


def _controlled(r: Reader, token: Token) -> None:
    """'the Russia-held areas ... of the Luhansk, Donetsk ... regions', 'Moscow-controlled region of X'."""
    controller = None
    for child in token.children:
        if child.dep_ in {"npadvmod", "compound", "nmod", "amod"} and r.mention_at(child) is not None:
            controller = r.mention_at(child)
    if controller is None:
        prev = r.by_token.get(token.i - 2) if token.i >= 2 and token.nbor(-1).text == "-" else None
        controller = prev
    if controller is None or controller.label is not Label.COUNTRY:
        return
    noun = token.head
    regions, owners = r.regions_in(noun)
    for region in regions:
        r.emit(Ref(controller.key), "OCCUPIES", Ref(region), Modality.ASSERTED, 0.85)
        for owner in owners:
            if owner != controller.key:
                r.emit(Ref(region), "PART_OF", Ref(owner), Modality.ASSERTED, 0.85)


def _region_of(r: Reader, token: Token) -> None:
    """'the Transnistrian region of Moldova', 'the Luhansk region of Ukraine'."""
    named = [r.mention_at(c) for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    regions = [m for m in named if m is not None and m.label is Label.REGION]
    countries = [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for x in ([r.mention_at(p)] if r.mention_at(p) is not None else [])
    ]
    for region in regions:
        for country in countries:
            if country is not None and country.label is Label.COUNTRY:
                r.emit(Ref(region.key), "PART_OF", Ref(country.key), Modality.ASSERTED, 0.85)


# ---- topics: invasions, settings, organisers --------------------------------------------------
def topic_structure(r: Reader) -> None:
    for token in r.sent:
        kind = topic_of(token, r.lex, r.active)

        if kind is None or r.mention_at(token) is not None:
            continue
        if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            r.topic(token)  # registered now, so that "it" in the next sentence can find it
        parts = r.topic_parts(token, kind.kind)
        modality = Modality.ASSERTED

        if kind.kind == "invasion" and parts.agents and parts.targets:
            handle = r.topic(token)
            assert handle is not None
            for a in parts.agents:
                for t in parts.targets:
                    if _label(a) in {Label.COUNTRY, Label.ORGANIZATION} and _label(t) in {
                        Label.COUNTRY,
                        Label.REGION,
                    }:
                        r.emit(Ref(a), "INVADED", Ref(t), modality, 0.9)
        if (
            kind.label is Label.EVENT
            and parts.places
            and kind.kind in {"referendum", "summit", "election", "talks", "coup"}
        ):
            handle = r.topic(token)
            assert handle is not None
            for place in parts.places:
                if _label(place) is Label.REGION:
                    r.emit(Ref(handle), "HELD_IN", Ref(place), modality, 0.85)
        organizers = _organizers(r, token)
        if organizers:
            handle = r.topic(token)
            assert handle is not None
            for org in organizers:
                r.emit(Ref(org), "ORGANIZED", Ref(handle), modality, 0.85)


def _organizers(r: Reader, token: Token) -> list[str]:
    """'Moscow's organized referendums', 'the China-brokered deal', 'a Kremlin-hosted summit'."""
    out: list[str] = []
    amods = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _ORGANIZE]
    if not amods:
        return out
    for verb in amods:
        for c in verb.children:
            m = r.mention_at(c)
            if m is not None and m.label in ACTORS:
                out.append(m.key)
    if not out:
        for c in token.children:
            if c.dep_ == "poss":
                out += [x.key for x in r.refs(c, topics=False) if label_of_ref(x, r.topics) in ACTORS]
    return out


def _label(key: str) -> Label:
    return Label(key.split(":", 1)[0]) if not key.startswith("?") else Label.EVENT


def _member_noun(r: Reader, token: Token) -> None:
    """'Finland became NATO's 31st member', 'Poland, a NATO member,': membership stated by a noun."""
    words = {c.lower_ for c in token.children}
    if words & {"former", "non", "prospective", "aspiring", "would-be", "future", "not", "no"}:
        return
    bodies = [
        Ref(m.key)
        for c in token.children
        if c.dep_ in {"poss", "compound", "nmod"}
        for m in [r.mention_at(c)]
        if m is not None and m.label is Label.ORGANIZATION
    ]
    bodies += [
        x
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.ORGANIZATION
    ]
    if not bodies:
        return
    members: list[Ref] = []
    if token.dep_ == "attr" and token.head.lemma_ in _COPULAS:
        members = [x for c in token.head.children if c.dep_ == "nsubj" for x in r.refs(c, topics=False)]
        modality, conf = r.modality(token.head)
    elif token.dep_ == "appos":
        members, modality, conf = r.refs(token.head, topics=False), Modality.ASSERTED, 0.85
    else:
        return
    for member in members:
        if label_of_ref(member, r.topics) in {Label.COUNTRY, Label.REGION, Label.ORGANIZATION}:
            for body in bodies:
                r.emit(member, "MEMBER_OF", body, modality, conf)


def _boss_office(r: Reader, boss: Mention, tokens: list[Token]) -> list[tuple[Mention, str, bool]]:
    """ "Putin's spokesman Dmitry Peskov": the aide serves the state his principal holds office in."""
    if not tokens or tokens[0].lower_ not in {"'s", "’s"} or len(tokens) < 2:
        return []
    state = r.ctx.actor(boss.key)
    if state == boss.key:
        return []
    role = " ".join(t.text for t in tokens[1:]) + f" to {boss.text}"
    node = r.ctx.nodes[state]
    return [(Mention(boss.start, boss.end, state, node.label, "name", node.name), role, False)]
