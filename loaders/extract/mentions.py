"""Entity mentions in a sentence: gazetteer places, persons and other named bodies."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from spacy.tokens import Doc, Span, Token

from graph.model import Label, entity_id
from loaders.extract.args import seat_agents
from loaders.extract.context import ArticleContext
from loaders.extract.leaders import load_leaders
from loaders.extract.lexicon import Lexicon
from loaders.extract.nlp import has_word
from loaders.extract.topics import topic_of


@dataclass
class Mention:
    """A named thing in a sentence (token indices are the doc's)."""

    start: int
    end: int
    key: str
    label: Label
    kind: str  # name | demonym | capital | metonym | city | person | org | region
    text: str
    region: str | None = None  # the city itself, when a capital is used as a place

    def leaning(self, doc: Doc) -> bool:
        """'pro-Western', 'anti-Russian': a name after 'pro-'/'anti-' states a leaning, not an owner."""
        return (
            self.start >= 2
            and doc[self.start - 1].text == "-"
            and doc[self.start - 2].lower_ in {"pro", "anti"}
        )

    @property
    def symbol(self) -> str:
        if self.kind == "demonym":
            return "D"
        return {
            Label.COUNTRY: "C",
            Label.REGION: "R",
            Label.ORGANIZATION: "O",
            Label.PERSON: "P",
            Label.AGREEMENT: "A",
            Label.EVENT: "E",
        }[self.label]


def locative(token: Token, lex: Lexicon) -> bool:
    """True when a place name is used as a place ("a summit in Abuja"), not as an actor."""
    head = token
    while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
        head = head.head
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if of is not None and of.head.dep_ == "pobj" and of.head.lemma_.lower() in lex.words.place_nouns:
        head = of.head  # "in the city of Bishkek": the name is the place the noun is
    if head.dep_ != "pobj" or head.head.lower_ not in lex.words.locative_preps:
        return False
    verb, prep = head.head.head, head.head.lower_
    posted = verb.head if verb.lemma_.lower() in lex.words.posting_participles else verb
    if (
        posted.dep_ == "pobj" and posted.head.lower_ == "of"
    ):  # "the envoys of the member states accredited in"
        posted = posted.head.head
    if posted.lemma_.lower() in lex.words.envoy_nouns and posted.dep_ in {"dobj", "obj", "nsubjpass"}:
        return False  # "recalled its ambassador accredited in Algiers": the state he serves, no place
    trig = lex.verbs.get(verb.lemma_.lower())
    if trig is not None and prep in trig.preps:
        return False  # "lashed out at Brussels" aims at the EU
    if prep == "in" and head in seat_agents(verb):
        return False  # "the move was criticised in Moscow": the state there judged it
    # "pointed the finger at Ankara", "took aim at Paris": the preposition of the verb's noun
    return not any(
        o.dep_ in {"dobj", "obj"}
        and (noun := lex.nouns.get(o.lemma_.lower())) is not None
        and prep in noun.preps
        and verb.lemma_.lower() in noun.verbs
        for o in verb.children
    )


def _strip(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _only_titles(span: Span, lex: Lexicon) -> bool:
    """'Ministry of Foreign Affairs of' (NER stopped before the state): an organ's title, no name."""
    return all(
        t.lower_ in lex.titles
        or t.lower_ in lex.state_organs
        or t.lower_ in lex.words.organ_qualifiers  # "the Federal Government of" (Nigeria)
        or t.lower_ in _GLUE
        or not t.is_alpha
        for t in span
    )


_GLUE = {"of", "for", "the", "and"}


def learn_people(
    sents: list[Span], ctx: ArticleContext, lex: Lexicon, unparsed: list[Span] | None = None
) -> None:
    """First pass: full names of persons, so that later surnames link to them, and the states the article
    names (also in its unparsed sentences, dateline and headlines: the cues of ambiguous names)."""
    for sent in [*sents, *(unparsed or [])]:
        for ent in sent.ents:
            if ent.ent_id_.startswith(("name|Country:", "demonym|Country:", "capital|Country:")):
                ctx.named_countries.add(ent.ent_id_.split("|", 1)[1])
                if not ent.ent_id_.startswith("capital|"):
                    ctx.stated_countries.add(ent.ent_id_.split("|", 1)[1])
    for sent in sents:
        for ent in sent.ents:
            if (ent.label_ == "PERSON" or after_title(ent, lex)) and not ent.ent_id_ and len(ent) >= 2:
                ctx.learn_person(ent.text)


def _leader_states(ctx: ArticleContext) -> set[str]:
    """The states the article's persons known to the leaders data held office of in its year: an article
    on President Tshisekedi names his state, so its bare 'Congo' is the DRC (asked only when such a name
    comes up, not for every person)."""
    year = int(ctx.date[:4]) if ctx.date and ctx.date[:4].isdigit() else None
    names = {a for key in set(ctx.people.values()) for a in ctx.nodes[key].aliases if len(a.split()) >= 2}
    states = {s for name in names for s in load_leaders().states_of(name, year)}
    return {entity_id(Label.COUNTRY, s, s) for s in states if len(s) == 3 and s.isupper()}


def after_title(ent: Span, lex: Lexicon) -> bool:
    """A name right after a personal title ('President Kassym-Jomart Tokayev' tagged ORG) is a person."""
    if ent.ent_id_ or ent.label_ not in {"ORG", "GPE", "NORP", "LOC"} or len(ent) > 5:
        return False
    if not all(t.is_title or not t.is_alpha for t in ent) or any(
        t.lower_ in lex.words.org_words for t in ent
    ):
        return False
    if ent[-1].lower_ in lex.words.military_ranks:
        return False  # "commander Field Marshal Khalifa Haftar": the rest of a rank, no name
    if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in lex.person_titles:
        return True
    root = ent.root  # "Russia's ambassador to the UN, Vassily Nebenzia," (NER said ORG)
    if len(ent) >= 2 and root.dep_ == "appos" and root.head.lower_ in lex.titles:
        return True
    head = root.head  # "its ambassador to Addis Ababa, Abdullahi Warfa": hung on the title's place
    if len(ent) >= 2 and root.dep_ == "appos" and head.dep_ == "pobj" and head.head.head.lower_ in lex.titles:
        return True
    # "Vassily Nebenzia, Russia's envoy to the UN," (NER said GPE): a title in apposition after the name
    return len(ent) >= 2 and any(c.dep_ == "appos" and c.lower_ in lex.person_titles for c in root.children)


def sentence_mentions(sent: Span, ctx: ArticleContext, lex: Lexicon) -> list[Mention]:
    """Every named mention in the sentence, in order, registered as nodes of the article."""
    out: list[Mention] = []
    taken: set[int] = set()
    # "Operation Linda Boni", which the NER missed or read as a person: a named operation is a body
    # (convention 5), up to three capitalised words after the operation word
    named = {e.start for e in sent.ents if e.label_ != "PERSON"}  # a name the NER took whole stays its
    for token in sent if has_word(sent, _lowered(lex.words.operation_words)) else ():
        if token.i in taken or token.i in named or token.text not in lex.words.operation_words:
            continue
        end = token.i + 1
        while end < sent.end and end - token.i <= 3 and sent.doc[end].is_title:
            end += 1
        if end - token.i >= 2:
            name = sent.doc[token.i : end].text
            body = ctx.entity(Label.ORGANIZATION, name, name)
            out.append(Mention(token.i, end, body, Label.ORGANIZATION, "org", name))
            taken.update(range(token.i, end))
    for span, name in _named_missions(sent, lex):  # "the SADC Mission in Mozambique (SAMIM)"
        if any(i in taken for i in range(span.start, span.end)):
            continue
        body = ctx.entity(Label.ORGANIZATION, name, span.text)
        if name != span.text:
            ctx.entity(Label.ORGANIZATION, name, name)
        out.append(Mention(span.start, span.end, body, Label.ORGANIZATION, "org", span.text))
        taken.update(range(span.start, span.end))
    # admin names ("Armenia's Syunik province"), then feature names ("near Second Thomas Shoal")
    for area in chain(_admin_names(sent, lex), _feature_names(sent, lex)):
        if any(i in taken for i in range(area.start, area.end)):
            continue
        region = ctx.entity(Label.REGION, area.text, area.text)
        out.append(Mention(area.start, area.end, region, Label.REGION, "region", area.text))
        taken.update(range(area.start, area.end))
    for ent in _joined_names(sent):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if (ent.label_ == "PERSON" or _unknown_people_name(ent)) and _struck_person(ent, lex):
            # "airstrikes on Rafah", "seized Bunagana": a name tagged as a person, struck or taken, is a place
            region = ctx.entity(Label.REGION, ent.text, ent.text)
            out.append(Mention(ent.start, ent.end, region, Label.REGION, "region", ent.text))
            taken.update(range(ent.start, ent.end))
            continue
        mention = _from_ent(ent, ctx, lex)
        if mention is not None:
            out.append(mention)
            taken.update(range(mention.start, mention.end))
    for token in sent:  # surnames the statistical NER missed or mislabelled ("Selakovic" as NORP)
        if token.i in taken or not token.is_title:
            continue
        if token.text in ctx.gazetteer.shared_names and _alone(token):
            # "Korean officials condemned ..." opening a sentence (no NER run): the state the article names
            shared = _context_capital(sent.doc[token.i : token.i + 1], ctx)
            if shared is not None:
                out.append(shared)
            continue
        if token.pos_ != "PROPN":
            continue
        capital = _context_capital(sent.doc[token.i : token.i + 1], ctx)
        if capital is not None:  # "Lima" when NER was not run or missed it
            out.append(capital)
            continue
        key = ctx.known_surname(token.text)
        if key is not None:
            out.append(Mention(token.i, token.i + 1, key, Label.PERSON, "person", token.text))
            continue
        place = _struck_name(token, lex)
        if place is not None and not any(i in taken for i in range(place.start, place.end)):
            # "Israel struck Rafah", "strikes on Khan Younis": a name no model knows, struck, is a place
            region = ctx.entity(Label.REGION, place.text, place.text)
            out.append(Mention(place.start, place.end, region, Label.REGION, "region", place.text))
            taken.update(range(place.start, place.end))
    out += _titled_bodies(sent, out, ctx, lex)
    out.sort(key=lambda m: m.start)
    for m in out:
        ctx.counts[m.key] += 1
    return out


def _titled_bodies(sent: Span, found: list[Mention], ctx: ArticleContext, lex: Lexicon) -> list[Mention]:
    """'Naftogaz chief executive X', 'RCMP Commissioner Y' (no model knew the name): the capitalised words
    right before a body's head title and a person's name name the body he heads."""
    doc, titles = sent.doc, lex.words.named_head_titles
    taken = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    for person in [m for m in found if m.label is Label.PERSON]:
        j = person.start
        for width in (2, 1):  # "chief executive", "chairman"
            words = " ".join(t.lower_ for t in doc[max(sent.start, j - width) : j])
            if j - width >= sent.start and words in titles:
                j -= width
                break
        else:
            continue
        end, start = j, j
        while start > sent.start and _name_word(doc[start - 1], taken, lex):
            start -= 1
        if start == end or end - start > 3:
            continue
        name = doc[start:end].text
        body = ctx.entity(Label.ORGANIZATION, name, name)
        out.append(Mention(start, end, body, Label.ORGANIZATION, "org", name))
        taken.update(range(start, end))
    return out


def _name_word(t: Token, taken: set[int], lex: Lexicon) -> bool:
    """A word of a body's unknown name: capitalised, proper, no title and no other mention's."""
    return (
        t.i not in taken
        and t.text[:1].isupper()
        and (t.pos_ == "PROPN" or (t.i > t.sent.start and t.pos_ in {"NOUN", "ADJ"}))  # (not "New chairman")
        and t.lower_ not in lex.titles
        and t.lower_ not in lex.words.portfolio_words
        and t.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "LOC"}
    )


def _named_missions(sent: Span, lex: Lexicon) -> list[tuple[Span, str]]:
    """Missions named by a body's name and a capitalised mission word, with the place after "in" and an
    acronym in brackets (round 26): "the SADC Mission in Mozambique (SAMIM)", "the African Union Mission in
    Somalia", "the EU Training Mission in Mali". The span runs to the closing bracket; the node takes the
    acronym as its name when there is one (so a later "SAMIM" is the same body), else the words."""
    doc = sent.doc
    out: list[tuple[Span, str]] = []
    if not has_word(sent, _lowered(lex.words.named_mission_words)):
        return out  # (each reading below starts at a mission word)
    for token in sent:
        bracketed = _bracketed_mission(token, lex)  # "the Multinational Security Support (MSS) mission"
        if bracketed is not None:
            out.append(bracketed)
            continue
        if token.text not in lex.words.named_mission_words or token.i == sent.start or token.ent_id_:
            continue  # (a mission the gazetteer knows, "UN Mission in South Sudan", stays its own)
        start = token.i
        while start > sent.start and (doc[start - 1].is_title or doc[start - 1].is_upper):
            if doc[start - 1].pos_ not in {"PROPN", "NOUN", "ADJ"} or doc[start - 1].is_sent_start:
                break
            start -= 1
        if start == token.i or not any(t.pos_ == "PROPN" for t in doc[start : token.i]):
            continue  # "the Peace Force" alone: no body named before the word
        end = token.i + 1
        if end + 1 < sent.end and doc[end].lower_ in {"in", "to", "for"}:
            place = end + 1 + (doc[end + 1].lower_ == "the")
            stop = place
            while stop < sent.end and (
                doc[stop].is_title
                or (doc[stop].lower_ == "of" and stop > place)
                or (doc[stop].text == "-" and stop > place and stop + 1 < sent.end and doc[stop + 1].is_title)
            ):  # ("in Guinea-Bissau", "in the Democratic Republic of the Congo")
                stop += 1
            if doc[stop - 1].lower_ == "of":
                stop -= 1
            if stop > place:
                end = stop
        name = doc[start:end].text
        if end + 2 < sent.end and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            name, end = doc[end + 1].text, end + 3
        out.append((doc[start:end], name))
    return out


@lru_cache(maxsize=8)
def _lowered(words: frozenset[str]) -> frozenset[str]:
    """A word list of the lexicon in lower case (built once)."""
    return frozenset(w.lower() for w in words)


def _bracketed_mission(token: Token, lex: Lexicon) -> tuple[Span, str] | None:
    """'the Kenya-led Multinational Security Support (MSS) mission': capitalised words, an acronym in brackets
    and a lower-case mission word make one body, named by its acronym."""
    doc = token.doc
    words = _lowered(lex.words.named_mission_words)
    if token.lower_ not in words or not token.is_lower or token.i < 5:
        return None
    if doc[token.i - 1].text != ")" or doc[token.i - 3].text != "(" or not doc[token.i - 2].is_upper:
        return None
    start = token.i - 3
    while start > token.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if token.i - 3 - start < 2:
        return None
    return doc[start : token.i + 1], doc[token.i - 2].text


def _admin_names(sent: Span, lex: Lexicon) -> list[Span]:
    """Capitalised names the models missed or mislabelled before a singular administrative noun, after a
    state's possessive or "the" ("Armenia's Syunik province", "in the Sagaing region"): the name of a
    region (its state is then read by the territory rules)."""
    out: list[Span] = []
    doc = sent.doc
    for noun in sent if has_word(sent, lex.words.admin_nouns) else ():
        if noun.lower_ not in lex.words.admin_nouns or noun.tag_ not in {"NN", "NNP"}:
            continue
        start = noun.i
        while start > sent.start and noun.i - start < 3:
            before = doc[start - 1]
            if not (before.is_title and before.is_alpha and before.pos_ in {"PROPN", "NOUN", "ADJ"}):
                break
            if before.ent_id_ or before.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}:
                break
            start -= 1
        if start == noun.i or start == sent.start:
            continue
        lead = doc[start - 1]
        owned = lead.tag_ == "POS" and start >= 2 and doc[start - 2].ent_type_ == "GPE"
        if not (owned or lead.lower_ == "the"):
            continue
        name = doc[start : noun.i]
        if any(t.lower_ in lex.titles or t.lower_ in lex.words.org_words for t in name):
            continue
        out.append(name)
    return out


def _feature_names(sent: Span, lex: Lexicon) -> list[Span]:
    """Names of places of the land or sea that end in a capitalised feature noun (round 27): "Second Thomas
    Shoal", "the Spratly Islands", "Pituffik Space Base", which the models miss or tag as a facility. The
    name runs back over up to three capitalised words no gazetteer entry took, and ends with the noun (not
    "the Pacific Islands Forum", whose name goes on; not "the Solomon Islands", a state the gazetteer
    knows)."""
    out: list[Span] = []
    doc = sent.doc
    for noun in sent if has_word(sent, lex.words.feature_nouns) else ():
        if noun.lower_ not in lex.words.feature_nouns or not noun.is_title or noun.i == sent.start:
            continue
        after = doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            continue  # "the Pacific Islands Forum": the noun is inside a body's name
        start = noun.i
        while start > sent.start and noun.i - start < 3:
            before = doc[start - 1]
            if not (before.is_title and before.is_alpha and before.pos_ in {"PROPN", "NOUN", "ADJ"}):
                break
            if before.ent_type_ in {"DATE", "TIME", "PERSON", "NORP"} or before.lower_ in lex.titles:
                break
            start -= 1
        if start == noun.i or (start == sent.start and doc[start].pos_ != "PROPN"):
            continue
        name = doc[start : noun.i + 1]
        if any(t.ent_id_ for t in name) or any(t.lower_ in lex.words.org_words for t in name):
            continue  # a state or body the gazetteer names ("Solomon Islands", "Marshall Islands")
        out.append(name)
    return out


def _unknown_people_name(ent: Span) -> bool:
    """A single name tagged as a people (NORP) that no gazetteer entry gave and that has no people's ending
    ("bombed Saada" tagged NORP): it may be a place (not "Kurds", "Houthis", "Kurdish", "Yemeni")."""
    text = ent.text
    return (
        ent.label_ == "NORP"
        and len(ent) == 1
        and not ent.ent_id_
        and not text.endswith(("s", "an", "ese", "ish", "ic", "i"))
    )


def _struck_person(ent: Span, lex: Lexicon) -> bool:
    """A name tagged as a person that only a place can be: struck, shelled, seized ("strikes on Rafah").
    Not one the leaders data knows as a person, nor after a verb people undergo too
    ("attacked", "visited")."""
    if len(ent) > 3 or any(t.dep_ != "compound" for t in ent[:-1]):
        return False
    place = _struck_name(ent[-1], lex, tagged=True)
    if place is None or place.start != ent.start:
        return False
    # (the leaders data is asked last: most person names are struck by nothing)
    leaders = load_leaders()
    return not leaders.lookup(ent.text) and not leaders.canonical(ent.text)


def _struck_name(token: Token, lex: Lexicon, *, tagged: bool = False) -> Span | None:
    """A capitalised name outside every entity that a strike or a seizure is on: the object of a verb of
    taking or striking a place ("struck Rafah", "seized Bunagana"), or after 'on' / 'in' / 'near' under
    such a verb or an attack noun ("airstrikes on Khan Younis", "shelling in Avdiivka"), or after an area
    noun there ("struck the port of Hodeidah", "shelling in the town of Vuhledar")."""
    if (token.ent_type_ and not tagged) or not token.is_title or not token.is_alpha:
        return None
    if token.dep_ in {"compound", "poss"}:
        return None
    words = lex.words
    if token.lower_ in lex.titles or token.lower_ in lex.state_organs or token.lower_ in words.org_words:
        return None
    if token.lower_ in words.time_words or token.is_sent_start:
        return None
    head = token.head
    taking = words.place_striking_words if tagged else words.place_taking_verbs
    struck = head.lemma_.lower() in taking and head.pos_ == "VERB"
    if token.dep_ in {"dobj", "nsubjpass"} and struck:
        pass
    elif token.dep_ == "pobj" and head.lower_ in {"on", "in", "near", "around", "against", "of"}:
        holder = head.head
        if head.lower_ == "of":  # "struck the port of Hodeidah": the area noun stands where the name would
            if holder.lemma_.lower() not in words.area_nouns:
                return None
            holder = holder.head.head if holder.dep_ == "pobj" else holder.head
        nouns = words.place_striking_words if tagged else words.attack_nouns
        if holder.lemma_.lower() not in nouns and not (
            holder.pos_ == "VERB" and holder.lemma_.lower() in taking
        ):
            return None
    else:
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].is_title:
        if token.doc[start - 1].ent_type_ and not tagged:
            return None
        start -= 1
    return token.doc[start : token.i + 1]


def _joined_names(sent: Span) -> list[Span]:
    """The sentence's entities, with a company name the model split in two joined again: "Lockheed Martin"
    read as the body "Lockheed" and a person "Martin" (a leader's surname) is one body."""
    ents = list(sent.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if (
            after is not None
            and ent.label_ == "ORG"
            and not ent.ent_id_
            and after.label_ == "PERSON"
            and after.start == ent.end
            and len(after) == 1
        ):
            out.append(Span(sent.doc, ent.start, after.end, label="ORG"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def _from_ent(ent: Span, ctx: ArticleContext, lex: Lexicon) -> Mention | None:
    if ent.ent_id_:
        kind, key = ent.ent_id_.split("|", 1)
        surface = ctx.gazetteer.lookup(ent.text) or ctx.gazetteer.lookup(_strip(ent).text)
        region = surface.region if surface else None
        ctx.place(key, _strip(ent).text)
        label = ctx.nodes[key].label
        return Mention(ent.start, ent.end, key, label, kind, ent.text, region)
    span = _strip(ent)
    if not len(span):
        return None
    capital = _context_capital(span, ctx)
    if capital is not None:
        return capital
    if _town_as_place(ent, span, ctx, lex) or _named_place(span, ctx, lex):  # "seized Goma" (NER: PERSON)
        key = ctx.entity(Label.REGION, span.text, span.text)
        return Mention(span.start, span.end, key, Label.REGION, "region", span.text)
    if span.text in lex.words.weapon_names or span[0].text in lex.words.weapon_names:
        return None  # "four Patriot air defence systems": a weapon, not a person nor a body
    if len(span) > 1 and span[0].text in lex.words.operation_words and all(t.is_title for t in span):
        # "Operation Sentinel Shield" (tagged a facility): a named operation is a body (convention 5)
        key = ctx.entity(Label.ORGANIZATION, span.text, span.text)
        return Mention(span.start, span.end, key, Label.ORGANIZATION, "org", span.text)
    if ent.label_ == "PERSON" and len(span) == 1 and span[0].lower_ in lex.words.body_nouns:
        return None  # "the Forum's two largest members": a body named by the head of its name, no person
    if ent.label_ == "PERSON" or ctx.known_surname(span.text) or after_title(ent, lex):
        if not any(t.is_title or t.is_upper for t in span) or _only_titles(span, lex):
            return None
        person = ctx.person(span.text)
        if person is None:
            return None
        return Mention(span.start, span.end, person, Label.PERSON, "person", span.text)
    if ent.label_ == "ORG":
        if span.text in lex.media or _only_titles(span, lex) or not span[0].is_title:
            return None
        if _portfolio_name(span, lex):
            return None  # "Agriculture Minister X" (tagged ORG): the title's portfolio, no body's name
        before = ent.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "NUM" and span[-1].tag_ == "NNPS":
            return None  # "between the two Foreign Ministries": a counted plural, no body's name
        if len(span) > 2 and span[0].lower_ in lex.words.capitalised_group_nouns and span[1].lower_ == "of":
            return None  # "the Ministers of Agriculture of the two countries": office holders, no body's name
        named = topic_of(span[-1], lex) or topic_of(span.root, lex)  # ("the Programme of Cooperation")
        if named is not None and named.label is Label.AGREEMENT and (len(span) > 1 or _bare_instrument(span)):
            return None  # "the Abraham Accords" (tagged ORG) is an agreement of its own name

        if _unknown_town(ent, span, lex):  # "clashes in El Fasher": an unknown name used as a place
            key = ctx.entity(Label.REGION, span.text, span.text)
            return Mention(span.start, span.end, key, Label.REGION, "region", span.text)
        key = ctx.entity(Label.ORGANIZATION, span.text, span.text)
        return Mention(span.start, span.end, key, Label.ORGANIZATION, "org", span.text)
    if ent.label_ == "GPE" and span[0].is_title and span[-1].lower_ not in {"of", "the", "and", "-"}:
        key = ctx.entity(Label.REGION, span.text, span.text)
        return Mention(span.start, span.end, key, Label.REGION, "region", span.text)
    return None


def _portfolio_name(span: Span, lex: Lexicon) -> bool:
    """'Agriculture', 'Industry and Trade' right before 'Minister' or 'Secretary': a portfolio's words."""
    doc, words = span.doc, lex.words
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.lemma_.lower() in words.office_heads | {"commissioner"}
        and all(t.lower_ in words.portfolio_words or t.lower_ in _GLUE for t in span)
    )


def _bare_instrument(span: Span) -> bool:
    """'The signing of the Treaty was welcomed': one capitalised noun of an instrument after 'the' (tagged ORG
    by the small model in formal statements) is the document the text is about, no body."""
    start = span[0].i
    return start > 0 and span.doc[start - 1].lower_ in {"the", "this"} and span[0].tag_ in {"NNP", "NN"}


def _town_as_place(ent: Span, span: Span, ctx: ArticleContext, lex: Lexicon) -> bool:
    """A town the gazetteer knows only as a town ("Goma", "El Fasher"), named where the sentence uses a
    place: after a locative preposition, as what is seized or struck, or in "the city of X"."""
    if span.text not in ctx.gazetteer.towns or ctx.known_surname(span.text):
        return False
    root = span.root
    head = root.head
    if locative(root, lex):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.words.region_nouns:
        return True  # "the city of Goma"
    if root.dep_ == "pobj" and head.lower_ in {"on", "against"}:  # "the Israeli strike on Rafah"
        struck = head.head.lemma_.lower()
        return struck in lex.words.place_taking_verbs or struck in lex.words.attack_nouns
    return root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in lex.words.place_taking_verbs


def _named_place(span: Span, ctx: ArticleContext, lex: Lexicon) -> bool:
    """(r37) A name a place noun introduces is a place whatever the gazetteer or the model says: "the
    village of Kara-Bulak", "the towns of Jermuk, Goris and Vardenis" (each of the list). Not a name the
    article knows as a person's."""
    if ctx.known_surname(span.text) or not all(t.is_title or not t.is_alpha for t in span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.words.region_nouns


def _unknown_town(ent: Span, span: Span, lex: Lexicon) -> bool:
    """A name the small model tagged ORG that the text uses as a place ("a strike in El Fasher", "talks
    near Tulkarm"): no article before it (institutions take one: "in the Senate"), no body word, not an
    acronym, and the object of a locative preposition."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        locative(span.root, lex)
        and before != "the"
        and ent[0].lower_ != "the"
        and not span.text.isupper()
        and not any(t.lower_ in lex.words.org_words for t in span)
        and all(t.is_title or not t.is_alpha for t in span)
    )


def _alone(token: Token) -> bool:
    """A word that is a name by itself, not the start of a longer one ("the Korean War", "the Congo River",
    which the model tags whole)."""
    if not token.ent_type_:
        return True
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is None or len(ent) == 1


def _context_capital(span: Span, ctx: ArticleContext) -> Mention | None:
    """An ambiguous capital ('Santiago', 'Lima') in an article that names its country, or a short name or
    demonym several states share ('Congo', 'Korean') in one that names exactly one of them: that country."""
    shared = ctx.gazetteer.shared_names.get(span.text)
    if shared is not None:
        kind, states = shared
        cued = ctx.named_countries | _leader_states(ctx)  # a leader in office names his state
        named = [s for s in states if s in cued]
        if len(named) != 1:
            return None  # no cue, or two of the states cued: no guess
        ctx.place(named[0], span.text)
        return Mention(span.start, span.end, named[0], Label.COUNTRY, kind, span.text)
    capital = ctx.gazetteer.context_capitals.get(span.text)
    if capital is None or (capital.key not in ctx.named_countries and capital.key not in _leader_states(ctx)):
        return None
    ctx.place(capital.key, span.text)
    return Mention(span.start, span.end, capital.key, Label.COUNTRY, capital.kind, span.text, capital.region)


def region_of(mention: Mention, ctx: ArticleContext) -> str | None:
    """The Region node for a city-like mention used as a place."""
    if mention.label is Label.REGION:
        return mention.key
    if mention.region:
        ctx.place(mention.region, mention.text)
        return mention.region
    return None


__all__ = ["Mention", "learn_people", "locative", "region_of", "sentence_mentions"]
