"""What a noun phrase stands for: names, organs ("the Russian government"), definite descriptions
("the bloc", "the two countries"), juntas, groups with their listed members, and pronouns.

Rules ask "who or what does this token stand for?" and get node keys back: a country for "Russia",
"Moscow" or "the Russian government", a person for "Lavrov", a topic handle for "the referendums",
the members of "Belarus, North Korea and Syria", and the antecedent of "it", "they" or "the bloc".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Token

from graph.model import RELATIONS, Label, Modality
from loaders.extract.args import agent, opening_width, prep_objects, subjects
from loaders.extract.context import Claim
from loaders.extract.denials import measured_official
from loaders.extract.documents import document_back_ref, document_voice, project_back_ref, voted_text_ref
from loaders.extract.gazetteer import resolve as resolve_name
from loaders.extract.lexicon import Lexicon, Topic, load_lexicon
from loaders.extract.mentions import Mention, locative, region_of
from loaders.extract.pronouns import PronounResolver
from loaders.extract.refs import ACTORS, STATES, SUBJ, Ref, inside_quotes, key_label
from loaders.extract.story_acts import reaction_use, story_act_doers
from loaders.extract.topics import TopicNode, topic_of
from loaders.extract.verdicts import observers_verdict
from loaders.extract.welcomed_acts import welcomed_act, welcomed_kind

_NUMBERS = {str(n): n for n in range(2, 13)} | dict(
    two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10, eleven=11, twelve=12
)


@lru_cache(maxsize=1)
def _fighter_nouns() -> frozenset[str]:
    """Nouns of irregular fighters ('rebels', 'militants', 'militiamen'), from the lexicon once."""
    words = load_lexicon().words
    return words.insurgent_nouns | words.irregular_fighters


def count_of(t: Token) -> int | None:
    """The number a noun is counted by ('the three countries', 'the 4 states'), if any (2 to 12)."""
    number = next((c for c in t.children if c.dep_ == "nummod"), None)
    if number is None:  # "the trio", "the duo": a group noun of its own size
        return load_lexicon().words.group_counts.get(t.lemma_.lower())
    return _NUMBERS.get(number.lower_)


def _organ_kind(t: Token) -> str:
    """The words that tell which organ a noun is ("foreign" in "the foreign ministry", "economy" in "the
    economy ministry"): its lower-case modifiers before it, no name among them ("" when none)."""
    kinds = [
        c.lower_
        for c in t.children
        if c.dep_ in {"compound", "amod"} and c.i < t.i and c.is_lower and c.pos_ in {"NOUN", "ADJ", "PROPN"}
    ]
    return " ".join(kinds)


def _counted_by_all(t: Token) -> bool:
    """'all three governments', 'All five have ...': a count with a determiner of the whole group (lexicon
    whole_group_determiners), which reads as 'the three' (the group of that size just named)."""
    whole = load_lexicon().words.whole_group_determiners
    counted = t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)
    return counted and any(c.dep_ in {"det", "predet"} and c.lower_ in whole for c in t.children)


_ACTS = {Label.EVENT, Label.AGREEMENT}  # what a bare 'the move' may stand for


def _names_a_place(prep: Token) -> bool:
    """An 'of' phrase that completes a place's proper name: "(the Gulf) of Mexico", "(the Gulf) of Aden"."""
    return prep.i == prep.head.i + 1 and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children)


_REACTIONS = frozenset({"CONDEMNS", "CRITICIZES"})  # words on another's act, no move of one's own
_JUDGED = _REACTIONS | {"SUPPORTS"}  # words on another's act, praise included


# Stances a sentence takes on a deed, which make no deed of their own
_JUDGING = frozenset({"CONDEMNS", "CRITICIZES", "REJECTS", "SUPPORTS", "HOLDS_OFFICE"})


class Resolver(PronounResolver):
    """Reference resolution over one sentence, with the article's context for antecedents."""

    def topic(self, token: Token, named: Topic | None = None, head: str | None = None) -> str | None:
        """The handle of the event or agreement this noun names (defined by ``topic_refs.TopicReader``)."""
        raise NotImplementedError

    def _people_within(self, t: Token) -> bool:
        """Two demonyms of different states in a row before a title ("the Bosnian Serb leader"): a people
        within a state (offices.py reads its leader so too), whose title names neither state."""
        folk = [
            m
            for c in t.children
            if c.dep_ in {"amod", "compound"} and c.i < t.i
            for m in [self.mention_at(c)]
            if m is not None and m.kind == "demonym" and m.label is Label.COUNTRY
        ]
        return any(a.end == b.start and a.key != b.key for a, b in pairwise(folk))

    def voted_before(self, far: bool = False) -> str | None:
        """The election or referendum named in one of the two sentences before (``TopicReader``)."""
        raise NotImplementedError

    # ---- resolution ------------------------------------------------------------------------
    def refs(self, token: Token, *, topics: bool = True, depth: int = 0) -> list[Ref]:
        """What the noun phrase headed by ``token`` stands for (all coordinated members)."""
        if depth > 4 or self._active_lookups > 12:  # parse cycles through pronouns and appositions
            return []
        self._active_lookups += 1
        try:
            out: list[Ref] = []
            for t in self.members(token):
                for ref in self._ref(t, topics, depth):
                    if ref.key not in {r.key for r in out}:
                        out.append(ref)
            if topics and welcomed_act(token, self.lex):
                out += self._welcomed_act(token, out)
            return out
        finally:
            self._active_lookups -= 1

    def _welcomed_act(self, token: Token, found: list[Ref]) -> list[Ref]:
        """The act itself that "Suva welcomed the decision" supports, when the noun stands for no named event
        or text and no state the context names is its doer (one its own phrase names may be: "the Emirati
        withdrawal") (welcomed_acts.py)."""
        own = {self.mention_key(m, c) for c in token.children if (m := self.mention_at(c)) is not None}
        doer = [r for r in found if key_label(r.key) is Label.COUNTRY and r.key not in own]
        if doer or any(r.key.startswith("?topic:") for r in found):
            return []
        body = any(key_label(r.key) is Label.ORGANIZATION for r in found)
        act = self.topic(token, named=welcomed_kind(token, self.lex, body))
        return [Ref(act)] if act is not None else []

    def referred_to(self, t: Token) -> Token | None:
        """What a demonstrative earlier in the sentence stands for when the speaker's clause says what it
        refers to: '"We condemn this act," the ministry said, referring to the strike on Doha' (also "it")."""
        demonstrative = t.lower_ in {"it", "this", "that"} and t.pos_ in {"PRON", "DET"} and t.dep_ != "det"
        demonstrative = demonstrative or any(
            c.dep_ == "det" and c.lower_ in {"this", "that", "these", "those"} for c in t.children
        )
        if not demonstrative:
            return None
        for verb in self.sent:
            if (
                verb.i > t.i
                and verb.lemma_.lower() in self.lex.words.referring_verbs
                and verb.dep_ == "advcl"
            ):
                found = [
                    p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                ]
                found = [p for p in found if p.dep_ == "pobj"]
                if found:
                    return found[0]
        return None

    def _signers(self, document: Token, depth: int) -> list[Ref]:
        """The states and bodies that signed the document a noun names (claims read so far)."""
        texts = {x.key for x in self.refs(document, depth=depth + 1)}
        keys = dict.fromkeys(
            self.ctx.actor(c.source)
            for c in self.ctx.claims
            if c.type == "SIGNED" and c.target in texts and c.modality is Modality.ASSERTED
        )
        return [
            Ref(k, inferred=True) for k in keys if key_label(k) in ACTORS and key_label(k) is not Label.PERSON
        ]

    def _led_by(self, t: Token, depth: int) -> list[Ref]:
        """The states leading a coalition or mission named only by them: "the Saudi-led coalition", "the
        coalition led by Saudi Arabia" (inferred: the body acts with others, under its leader)."""
        leaders: list[Token] = []
        for led in (c for c in t.children if c.lemma_.lower() == "lead" and c.dep_ in {"amod", "acl"}):
            leaders += [c for c in led.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < led.i]
            leaders += [p for c in led.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        found = [x for c in leaders for x in self.refs(c, topics=False, depth=depth + 1)]
        return [Ref(x.key, inferred=True) for x in found if key_label(x.key) in STATES]

    def _ref(self, t: Token, topics: bool, depth: int) -> list[Ref]:
        if t.i in self.overrides:
            return self.overrides[t.i]
        m = self.mention_at(t)
        if m is not None and t.lower_ in self.lex.words.country_groups:  # "both Koreas", tagged as a place
            return self._named_group(t) or [Ref(self.mention_key(m, t))]
        if m is not None:
            return [Ref(self.mention_key(m, t))]
        spoken_in = document_voice(t, self.lex)
        if spoken_in is not None:  # "In the declaration, member states condemned ...": its signers
            signers = self._signers(spoken_in, depth)
            if signers:
                return signers
        lower, lemma = t.lower_, t.lemma_.lower()
        if lower in {"former", "latter"} and t.dep_ != "amod" and any(c.lower_ == "the" for c in t.children):
            pair = self._pair_before(t)  # "signed by A and B during the latter's visit": B
            if pair:
                return [Ref(pair[0] if lower == "former" else pair[1], inferred=True)]
        if (
            lemma in self.lex.words.critic_nouns
            and t.tag_ == "NNS"
            and t.dep_ in SUBJ
            and any(
                c.dep_ == "prep"
                and (
                    c.lower_ in self.lex.words.including_words
                    or (c.lower_ == "as" and c.nbor(-1).lower_ == "such")
                )
                for c in t.children
            )
        ):  # "Critics, including Human Rights Watch, accuse Washington of ...": the ones named speak
            listed = self.listed(t, depth)
            if listed:
                return listed
        if lower == "those" and t.dep_ == "pobj":  # "Among those condemning the attack were A and B"
            listed = self.listed(t, depth)
            if listed:
                return listed
        if lower in self.lex.words.distributive_pronouns and t.pos_ in {"PRON", "DET", "NOUN"}:
            of_group = [
                p
                for p in prep_objects(t, "of")
                if p.lower_ in self.lex.words.plural_definites or p.pos_ == "PRON" or self.mention_at(p)
            ]
            if of_group:  # "Each of the two countries condemned ...": every member of the group
                return [x for p in of_group for x in self.refs(p, topics=False, depth=depth + 1)]
        if (
            lower == "both"
            and t.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
            and not any(c.dep_ in {"det", "amod", "compound", "nummod"} for c in t.children)
        ):
            # "Burkina Faso accused both of harbouring agents": the pair just named
            labels = {Label.COUNTRY, Label.ORGANIZATION}
            own = self._clause_actors(t) if t.dep_ in {"dobj", "pobj"} else set()
            both = self.ctx.last_pair(self.info.index, labels, window=2, besides=frozenset(own))
            return [Ref(k, inferred=True) for k in both or ()]
        if lemma in self.lex.words.person_pair_nouns and t.tag_ == "NNS":
            return self._person_pair(t)
        group_size = _NUMBERS.get(lower) if t.pos_ == "NUM" else None
        if (
            group_size
            and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and (any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or _counted_by_all(t))
        ):  # "Beijing accused the three of taking a dangerous road": the group of three just named
            group = self.ctx.last_group(
                self.info.index, {Label.COUNTRY, Label.ORGANIZATION}, group_size, window=4
            )
            if group is None and group_size == 2:  # "Meloni hosted Rama, where the two signed": their states
                group = self._leaders_states(t)
            return [Ref(k, inferred=True) for k in group or ()]
        pointed = self.referred_to(t)
        if pointed is not None:  # '"We condemn this act," X said, referring to the strike on Doha'
            return self.refs(pointed, topics=topics, depth=depth + 1)
        if t.pos_ == "PRON" or lower in {"which", "who", "that", "whom", "whose"}:
            judged = self._judged_before(t) if lower == "it" else []
            if judged:  # "The protest is groundless and we reject it": the protest just judged
                return judged
            if topics and lower in {"it", "them"} and self._takes_topic(t):
                nearer = self._topic_before(t)
                if nearer is not None:  # "praised Xi for a peace plan ... and blamed Kyiv for rejecting it"
                    return [Ref(nearer, inferred=True)]
                recent = [n for n in self.topics if n.seen >= self.info.index - 1]
                if recent:  # "voted against it", "signed it": the resolution or treaty just named
                    return [Ref(max(recent, key=lambda n: n.seen).handle, inferred=True)]
            if topics and lower == "it" and self._named_it(t):
                # "Israel criticised the deal. Bennett called it a dangerous development": the deal
                before = self._topic_before(t)
                # (also when this sentence names it again after the pronoun: "called it an escalation
                # and said an attack on one member was an attack on all")
                last = [n for n in self.topics if self.info.index - 1 in {n.seen, n.earlier}]
                if before is None and last:
                    blockers = self._blocked_by(max(last, key=lambda n: n.seen).handle)
                    if (
                        blockers
                    ):  # "Hungary vetoed the aid package. Kyiv called it a stab in the back": the veto
                        return blockers
                if before is not None or last:
                    return [Ref(before or max(last, key=lambda n: n.seen).handle, inferred=True)]
                owner = self._act_owner_before(t)
                if owner:  # "condemned the Kremlin's decision ... X called it a betrayal": the Kremlin's
                    return owner
                # "Azerbaijani troops crossed into Armenia. Paris called it a breach of the ceasefire": the
                # one actor whose deed the last sentence told, other than the judge
                doer = self.deed_doer(frozenset(self._verb_actors(t.head, besides=t)))
                if doer:
                    return doer
            return self.pronoun(t)
        if topics and self._deal_for_deed(t):
            doer = (
                self._last_doer()
            )  # "The US approved an arms sale to Taiwan. China condemned the deal": the US
            if doer:
                return doer
        if topics:
            back = document_back_ref(t, self.topics, self.info.index, self.lex)
            if back is not None:  # "the charter", "the text": kept as one of the document's names
                self.topics[int(back.split(":")[1])].aliases.add(t.lower_)
            handle = back or self.topic(t) or self._told_back(t)
            if handle is not None:
                return [Ref(handle)]
        if self._bare_fighters(t):  # "M23 rebels seized Bunagana. The rebels then shelled ...": M23
            return self._fighters_before(t)
        if lemma in self.lex.words.force_units and self.mention_at(t) is None:
            words = self.lex.words
            made_of = words.arriving_forces | words.fighter_nouns | words.scrambled_craft | words.unit_members
            members = [  # "a joint force of Nigerian and Chadian troops": the troops' states
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in made_of
            ]
            if members:
                return [x for p in members for x in self.refs(p, topics=False, depth=depth + 1)]
        delegation_owned = any(
            (c.dep_ == "prep" and c.lower_ in {"from", "of"})
            or (c.dep_ in {"poss", "compound", "amod", "nmod"} and self.mention_at(c) is not None)
            for c in t.children
        )  # ("a delegation from Ethiopia headed by X", "an Iranian delegation led by X": its own state)
        if lemma in self.lex.words.led_groups and not delegation_owned:
            heads = [
                p
                for led in t.children
                if led.dep_ == "acl" and led.lemma_.lower() in {"lead", "head"}
                for a in led.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
            ]
            found = [x for p in heads for x in self.refs(p, topics=False, depth=depth + 1)]
            if found:  # "received a delegation led by Foreign Minister X": X, who acts for his state
                return [Ref(x.key, inferred=True) for x in found if key_label(x.key) in ACTORS]
        if lemma in self.lex.words.run_bodies:
            leaders = self._led_by(t, depth)
            if leaders:  # "the Saudi-led coalition struck ...": an unnamed coalition acts for its leader
                return leaders
        if t.pos_ == "NOUN":  # "the naval coalition Operation Prosperity Guardian": the name in apposition
            for child in t.children:
                m = self.mention_at(child) if child.dep_ == "appos" else None
                if m is not None and m.label is Label.ORGANIZATION:
                    return [Ref(self.mention_key(m, child))]
                if child.dep_ == "acl" and child.lemma_.lower() in self.lex.words.name_giving_verbs:
                    for name in (c for c in child.children if c.dep_ in {"oprd", "attr", "dobj"}):
                        m = self.mention_at(name)  # "the task force, named Operation Coral Shield,"
                        if m is not None and m.label is Label.ORGANIZATION:
                            return [Ref(self.mention_key(m, name))]
        if lemma in self.lex.words.aide_nouns and lemma not in self.lex.state_organs:
            for prep in t.children:  # "an aide to President Ruto", "an adviser of Putin": his state
                served = [x for p in prep.children for x in self._served_state(t, prep, p, {Label.COUNTRY})]
                if prep.dep_ == "prep" and served:
                    return served
        aliased = self._office_by_other_name(t)
        if (
            aliased is not None
        ):  # "the premier", "the top diplomat": the holder of the office the article gave
            return aliased
        led_each = self._led_in_each(t)
        if led_each:  # "the juntas led by Goita in Mali and Tiani in Niger": each state
            return led_each
        if self._is_junta(t, lemma):
            return self.junta(t, depth)
        if lemma in self.lex.words.opposition_nouns and self._a_body(t):
            return self.opposition(t, depth)
        if t.tag_ in {"NN", "NNP"} and self._group_members(t):
            # "the Baltic state" is a member of the group, not an organ ("the state") of the region word
            return self._named_group(t)
        regional = self._regional_member(t)
        if regional is not None:  # "the Horn of Africa nation", "the Caribbean country": one named, or no one
            return regional
        if lemma == "court":  # "the court": a state's court only when a state is named with it
            return self.owner(t, depth, labels={Label.COUNTRY}) or self._recent_court(t)
        if lemma in self.lex.words.court_nouns and any(c.lower_ == "the" for c in t.children):
            # (round 27) "left the ICC, calling the tribunal an instrument of repression": the court named
            court = self.owner(t, depth, labels={Label.COUNTRY}) or self._recent_court(t)
            if court:
                return court
        if lemma in self.lex.words.court_member_nouns and any(c.lower_ == "the" for c in t.children):
            # (round 26) "asked the judges to order ...": the court named before, or a state's own judges
            bench = self.owner(t, depth, labels={Label.COUNTRY}) or self._recent_court(t)
            if bench:
                return bench
        # "the states that ...": a plural group noun whose singular is an organ ("the Russian state")
        plural_group = lower in self.lex.group_nouns and lower not in self.lex.state_organs
        qualifiers = self.lex.words.ruling_organs.get(lemma, frozenset())
        ruling_organ = any(c.dep_ in {"amod", "compound"} and c.lower_ in qualifiers for c in t.children)
        organ = lemma in self.lex.state_organs or lower in self.lex.state_organs or ruling_organ
        group_owned = any(self.mention_at(p) for p in prep_objects(t, "of"))  # "fighters of al-Shabaab"
        if lemma in self.lex.words.fighter_nouns and self._against_the_state(t) and not group_owned:
            return []  # "Congolese rebel soldiers": not the state's forces
        if organ and not plural_group:
            for child in t.children:  # "the junta's ministry", "the junta ministry": the junta's organ
                if child.dep_ in {"poss", "compound"} and self._is_junta(child, child.lemma_.lower()):
                    return self.junta(child, depth)
            titled = [  # "Ethiopia's Prime Minister Abiy Ahmed signed": the person, who acts for his state
                m  # (a name split after its title: "party chief To Lam", 'To' read as a preposition)
                for c in t.children
                if (c.dep_ == "appos" or (c.dep_ == "prep" and c.i == t.i + 1))
                and (m := self.mention_at(c)) is not None
                and m.label is Label.PERSON
            ] + self._titled_of_state(t)
            if (
                titled
                and lemma in self.lex.person_titles
                and (self.ctx.actor(titled[0].key) != titled[0].key or titled[0].key in self.ctx.private)
            ):  # ("the Venezuelan opposition leader, Machado, thanked X": she, not Venezuela)
                return [Ref(titled[0].key)]
            if self._against_the_state(t):
                return []  # "Georgian opposition lawmakers", "Kenya's opposition leader": no state organ
            if lemma in self.lex.person_titles and self._people_within(t):
                return []  # "the Bosnian Serb leader", "the Greek Cypriot leader": a people's, no state's
            if lemma in self.lex.person_titles and measured_official(t, self.lex):
                return []  # "sanctioned Nicaragua's foreign minister": the person's case, not the state's
            inner = self.owner(t, depth)
            if t.dep_ == "nsubj" and lemma in self.lex.person_titles and len(inner) == 1:
                self.ctx.unnamed_officials[self.info.index] = inner[0].key  # for a "he" that follows
            ruling = self.ctx.juntas.get(inner[0].key) if len(inner) == 1 else None
            if ruling is not None and (
                lemma in self.lex.words.fighter_nouns or lower in self.lex.words.fighter_nouns
            ):
                return [Ref(ruling, inner[0].inferred)]  # "the Myanmar Armed Forces" of a ruling junta
            if (
                len(inner) == 1
                and key_label(inner[0].key) is Label.REGION
                and lemma in self.lex.words.authority_nouns
            ):
                return [Ref(self.authorities(inner[0].key, t))]
            if inner:
                self.ctx.organs[lemma] = (self.info.index, tuple(x.key for x in inner))
                self.ctx.organ_kinds[lemma] = _organ_kind(t)  # "China's foreign ministry": the foreign one
                return inner
            for child in t.children:
                if child.dep_ == "appos":
                    return self.refs(child, topics=False, depth=depth + 1)
            armed = lemma in self.lex.words.fighter_nouns or lemma in self.lex.words.junta_heads
            ruling = self.ctx.sole_junta()
            if armed and ruling is not None:  # "the generals", "the army" once a junta rules: the junta
                return [Ref(ruling, inferred=True)]
            titled_before = self._titled_before(t)
            if len(titled_before) == 1:  # "Kenyan President William Ruto arrived in Kampala. The president
                return titled_before  # said": Ruto
            if titled_before and t.dep_ in SUBJ:
                return []  # "President A met President B. The president said": either, so no one
            ordered = self._ordered_organ(t, depth)
            if ordered:  # "The president ordered the foreign ministry to recall ...": his state's own
                return ordered
            # "the army", "the ministry": the organ of a state that acted before, not one merely named
            found = self._same_organ(t, lemma) or self.definite(t, self._parties(lemma), prefer_subject=True)
            if lemma in self.lex.words.fighter_nouns and self._foes(found):
                return []  # "Sudanese and Chadian troops clashed. The troops then ...": whose is unsaid
            if lemma in self.lex.words.body_organs:  # "the Kenyan-led mission ... calls on the Council"
                return [x for x in found if key_label(x.key) is not Label.COUNTRY]
            if t.tag_ == "NN" and len({self.ctx.actor(x.key) for x in found}) > 1 and self._bare_the(t):
                return []  # "Chinese and Japanese delegations came. The delegation ...": which is unsaid
            if (
                t.tag_ == "NNS"
                and lemma in self.lex.person_titles
                and len({self.ctx.actor(x.key) for x in found}) == 1
                and not all(self._has_members(x.key) for x in found)  # (a body's leaders are the body's)
            ):
                return []  # "Denmark hosted the ministers": titled people of several states, not one state's
            return found
        if t.lower_ in {"former", "latter"} and any(c.lower_ == "the" for c in t.children):
            return self._former_latter(t)  # "The former had cut ties with the latter"
        if lemma in self.lex.words.neighbour_nouns and t.tag_ in {"NN", "NNP"}:
            neighbour = self._neighbour(t)
            if neighbour:  # "Burundi closed its border with Rwanda, accusing its neighbour of ...": Rwanda
                return neighbour
        named_group = self._named_group(t)
        if named_group:  # "the Baltic states", "the Nordic countries", "the Baltics"
            return named_group
        of_quantity = lemma in self.lex.words.quantity_nouns and any(  # "a pair of drones": the drones
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children
        )
        if (lemma in self.lex.group_nouns or lower in self.lex.group_nouns) and not of_quantity:
            owned = self._own_country(t)
            if owned:
                return owned
            regions, _ = self.regions_in(t)  # "the Donetsk and Luhansk republics"
            if regions:
                return [Ref(k) for k in regions]
            listed = self.listed(t, depth)
            if listed:
                return listed
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                states = self.owner(t, depth, labels={Label.COUNTRY})  # "the governments of those countries"
                if states:
                    return states
            members_of = self._member_body(t, depth)
            if members_of is not None:  # "SCO member states condemned ...": the body acts
                return members_of
            named = self.owner(t, depth, labels={Label.ORGANIZATION})
            if named and _some_of(t, self.lex.words.partitive_words):
                return []  # "five EU states", "several NATO members": some members, not the body
            if named:  # "the Group of Seven major industrialized countries" is the G7
                return named
            if lemma in self.lex.transparent:  # "the people of Niger" are Niger
                owned = self.transparent(t, depth)
                if owned:
                    return owned

            size = count_of(t) if not any(c.dep_ == "det" for c in t.children) else None
            if size is not None and size >= 2 and lower in self.lex.words.plural_definites:
                # "Syria, Belarus, Nicaragua and North Korea voted against. Only four nations backed Russia":
                # a bare count that fits the group just named is that group
                group = self.ctx.last_group(self.info.index, {Label.COUNTRY}, size)
                if group:
                    return [Ref(k, inferred=True) for k in group]
            if any(c.lower_ in self.lex.words.breakaway_words for c in t.children):
                return []  # "the breakaway republics", "the self-proclaimed state": not a state named before
            if lemma in self.lex.words.state_nouns or lower in self.lex.words.plural_definites:
                # "the country", "the two neighbours"; a singular one is the last sentences' subject
                # ("Guatemala switched recognition to Beijing. The country also ...")
                singular = lower not in self.lex.words.plural_definites
                gaz = self.ctx.gazetteer
                formed = (
                    gaz.island_states if lemma in self.lex.words.island_nouns else gaz.state_forms.get(lemma)
                )
                if formed is not None:  # "the island", "the kingdom": a state of that form, or no one
                    if singular and len(self._fitting_before(t, formed) - self._acted_on(t)) > 1:
                        return []  # "Jordan and Saudi Arabia held talks. The kingdom ...": either, so no one
                    found = self.definite(t, self._parties(lemma), prefer_subject=singular)
                    found = [x for x in found if self.ctx.actor(x.key) in formed]
                    if found:
                        return found
                    lately = [m for m in reversed(self.ctx.recent) if m.sent >= self.info.index - 3]
                    near = [k for m in lately for k in m.keys if self.ctx.actor(k) in formed]
                    return [Ref(near[0], inferred=True)] if near else []
                return self.definite(t, self._parties(lemma), prefer_subject=singular)
            return []

        if t.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in t.children):
            counted = self._counted_list(t)  # "two US defense firms -- Lockheed Martin and Northrop Grumman"
            if counted:
                return counted
        if lemma in self.lex.words.quantity_nouns:  # "a series of referendums" is the referendums
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return [
                        x
                        for p in child.children
                        if p.dep_ == "pobj"
                        for x in self.refs(p, topics=topics, depth=depth + 1)
                    ]
        # "the establishment of a Palestinian state" is that state (round 27); "called for the creation of"
        # asks no one
        asked = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else t.head
        asked_for = asked.lemma_.lower() in self.lex.requesting_verbs
        if lemma in self.lex.words.founding_nouns and not asked_for:
            statehood = self.lex.words.statehood_nouns
            founded = [p for p in prep_objects(t, "of") if p.lemma_.lower() in statehood]
            found = [x for p in founded for x in self.refs(p, topics=False, depth=depth + 1)]
            if found:
                return [Ref(x.key, inferred=True) for x in found if key_label(x.key) is Label.COUNTRY]
        if lemma in self.lex.words.body_nouns:
            found = self.owner(t, depth) or self.definite(t, {Label.ORGANIZATION}, prefer_subject=True)
            if lemma in self.lex.words.bloc_nouns:  # "the European Council ... join the bloc": the EU
                found = [Ref(self._bloc_of(x.key), x.inferred) for x in found]
            return self._of_body_kind(t, lemma, found)
        if lemma in self.lex.words.region_nouns:
            listed = [Ref(k) for k in self.regions_in(t)[0]]  # "the Kherson and Luhansk regions"
            if not listed and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)
                for c in t.children
            ):
                return []  # "the town of Rubaya" names a place of its own, known or not
            return (
                listed
                or self.owner(t, depth, labels={Label.REGION})
                or self._listed_before(t)
                or self.definite(t, {Label.REGION})
            )
        if (
            lemma in self.lex.transparent
            or lower in self.lex.transparent
            or lower in self.lex.words.transparent_singulars
            or lemma in self.lex.words.pointer_nouns
            or lemma in self.lex.words.act_anaphors
            or (lower in self.lex.words.staff_nouns and t.dep_ not in {"nsubj", "poss"})
            or observers_verdict(t, self.lex, self.active)  # "AU observers judged the poll credible" (r38)
        ):  # ("expelled UN inspectors": the UN's; "UN monitors reported shelling": no act of the UN)
            return self.transparent(t, depth)
        for child in t.children:
            if child.dep_ == "appos":
                return self.refs(child, topics=topics, depth=depth + 1)
        for child in t.children:  # "to the military junta holding Bazoum hostage": the junta is an nmod
            if child.dep_ == "nmod" and child.i < t.i and child.pos_ == "NOUN":
                found = self.refs(child, topics=False, depth=depth + 1)
                if found:
                    return found
        return self._named_by_head(t)

    def _told_back(self, t: Token) -> str | None:
        """(r36) "the project" after a named project; "the vote", "the result" after a text put to a vote,
        in an article that names no election or referendum (theirs otherwise: ``transparent``)."""
        back = project_back_ref(t, self.topics, self.info.index, self.lex)
        if back is None and not self.ctx.voted_named:
            back = voted_text_ref(t, self.ctx.voted_texts, self.info.index, self.lex)
        return back

    def _of_body_kind(self, t: Token, lemma: str, found: list[Ref]) -> list[Ref]:
        """'the alliance' is the alliance named lately, not a bloc or a capital that stands for one ("NATO
        leaders met ... Officials in Brussels said ... the alliance's members"): where the noun asks a kind
        (lexicon body_noun_sorts) that the body found is not, the latest body of that kind in this sentence
        or the three before, if any; else the latest named earlier in the article."""
        sort = self.lex.words.body_noun_sorts.get(lemma)
        kinds = {sort} if sort else set()
        if not kinds or not found or any(self._body_kind(x.key) in kinds for x in found):
            return found
        here = [m.key for m in self.mentions if m.end <= t.i and self._body_kind(m.key) in kinds]
        earlier = [
            (r.sent, k)
            for r in sorted(self.ctx.recent, key=lambda r: (r.sent, r.position))
            if r.sent < self.info.index
            for k in r.keys
            if self._body_kind(k) in kinds
        ]
        lately = [k for sent, k in earlier if sent >= self.info.index - 3]
        # (none lately: the article's alliance named further back, before a capital; round 31)
        latest = (here or lately or [k for _, k in earlier])[-1:]
        return [Ref(k, inferred=True) for k in latest] or found

    def _body_kind(self, key: str) -> str | None:
        node = self.ctx.nodes.get(key)
        return None if node is None else str(node.attrs.get("kind") or "") or None

    def _bare_the(self, t: Token) -> bool:
        return [c.lower_ for c in t.children if c.dep_ not in {"punct", "prep", "relcl", "acl"}] == ["the"]

    def _foes(self, found: list[Ref]) -> bool:
        """Whether these actors fought each other in the last sentences, or the one found clashed with
        another (each attacking the other): their forces are no one actor ("Sudanese troops and Chadian
        soldiers clashed near Adre. The troops then shelled ...")."""
        keys = {self.ctx.actor(x.key) for x in found}
        recent = [
            (self.ctx.actor(c.source), self.ctx.actor(c.target))
            for c in self.ctx.claims
            if c.type == "ATTACKED" and self.info.index - 2 <= c.sent.index <= self.info.index
        ]
        if len(keys) == 1:  # "Ethiopian troops clashed with Eritrean soldiers. The soldiers then ..."
            return any(a in keys and (b, a) in recent and a != b for a, b in recent)
        return any(a != b and {a, b} <= keys for a, b in recent)

    def _against_the_state(self, t: Token) -> bool:
        """An organ or force noun qualified as standing against its state's government, or as a community's
        within it: "opposition lawmakers", "rebel soldiers", "exiled ministers", "Syrian Kurdish fighters",
        "Iraqi Shiite forces" (lexicon opposition_words, communal_words)."""
        words = self.lex.words.opposition_words | self.lex.words.communal_words
        return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in words for c in t.children)

    def _fighter_noun(self, t: Token) -> bool:
        if t.pos_ != "NOUN":
            return False
        nouns = _fighter_nouns()
        return t.lower_ in nouns or t.lemma_.lower() in nouns

    def _bare_fighters(self, t: Token) -> bool:
        """'the rebels', 'the militants': a noun of irregular fighters with 'the' and nothing else."""
        return (
            self._fighter_noun(t)
            and self.mention_at(t) is None
            and [c.lower_ for c in t.children if c.dep_ not in {"punct", "prep", "relcl", "acl"}] == ["the"]
        )

    def _armed(self, key: str) -> bool:
        place = self.ctx.gazetteer.places.get(key)
        return place is not None and place.attrs.get("kind") == "armed group"

    def fighters_named(self) -> list[tuple[int, int, str | None]]:
        """The irregular fighters this sentence names, with their armed group (gazetteer kind "armed group")
        or None: "M23 rebels" (M23), "the Houthis" (the group itself), "Chadian rebels", "gunmen" (None)."""
        out: list[tuple[int, int, str | None]] = []
        for t in self.sent:
            if not self._fighter_noun(t) or self._bare_fighters(t):
                continue
            owners = [
                m.key
                for c in t.children
                if c.dep_ in {"amod", "compound", "nmod", "poss"}
                and (m := self.mention_at(c)) is not None
                and self._armed(m.key)
            ]
            owners += [  # "the Polisario Front said its fighters shelled ...": the group's own
                x.key
                for c in t.children
                if c.dep_ == "poss" and c.pos_ == "PRON"
                for x in self.pronoun(c)
                if self._armed(x.key)
            ]
            out.append((self.info.index, t.i, owners[0] if owners else None))
        out += [(self.info.index, m.start, m.key) for m in self.mentions if self._armed(m.key)]
        return out

    def _fighters_before(self, t: Token) -> list[Ref]:
        """The one armed group the last two sentences (and this one, before ``t``) named as fighters; none
        when fighters of no known group or two groups were named ("Chadian rebels attacked Boko Haram")."""
        index = self.info.index
        named = [k for s, _, k in self.ctx.fighters if index - 2 <= s < index]
        named += [k for _, i, k in self.fighters_named() if i < t.i]
        named += [  # (sentences left unparsed are remembered only by their mentions)
            k for r in self.ctx.recent if index - 2 <= r.sent < index for k in r.keys if self._armed(k)
        ]
        found = set(named)
        if len(found) != 1 or None in found:
            return []
        return [Ref(found.pop(), inferred=True)]  # type: ignore[arg-type]

    def body_by_head(self, t: Token) -> list[str]:
        """The body a bare definite noun names by the last word of its name ("the Forum" after the Pacific
        Islands Forum), as ``_named_by_head`` finds it."""
        return [x.key for x in self._named_by_head(t) if key_label(x.key) is Label.ORGANIZATION]

    def _named_by_head(self, t: Token) -> list[Ref]:
        """'Zambia criticised the IMF. Hichilema urged the fund to ...': a bare definite noun that is the last
        word of the name of one body named in this sentence or the last two ("the agency" after the
        International Atomic Energy Agency); nothing when two such bodies were named."""
        if t.tag_ not in {"NN", "NNP"} or self.mention_at(t) is not None:
            return []
        if [c.lower_ for c in t.children if c.i < t.i and c.dep_ != "punct"] != ["the"]:
            return []  # (a phrase after it may be the verb's, misread: "accused the agency of bias")
        keys = [m.key for m in self.mentions if m.label is Label.ORGANIZATION and m.end <= t.i] + [
            k
            for r in self.ctx.recent
            if r.label is Label.ORGANIZATION and self.info.index - 2 <= r.sent < self.info.index
            for k in r.keys
        ]
        lemma = t.lemma_.lower()
        found = [
            k
            for k in dict.fromkeys(keys)
            if (node := self.ctx.nodes.get(k)) is not None
            and any(n.split()[-1].lower() == lemma for n in (node.name, *node.aliases) if n.strip())
        ]
        return [Ref(found[0], inferred=True)] if len(found) == 1 else []

    def listed_person_at(self, i: int) -> int:
        """Where a list that starts at ``i`` with a titled person really starts: "Japanese Prime Minister
        Fumio Kishida and South Korean President Yoon" is the list of the two persons (``i`` when no
        listed person follows demonym and title words there)."""
        j = i
        while j < self.sent.end and j - i < 6 and self._title_word(j):
            j += 1
        person = self.by_token.get(j)
        return j if j > i and person is not None and person.label is Label.PERSON and self.lists.get(j) else i

    def _title_word(self, i: int) -> bool:
        """A demonym or a title word before a name ("Japanese Prime Minister ...")."""
        m = self.by_token.get(i)
        word = self.sent.doc[i].lower_
        return (
            (m is not None and m.kind == "demonym")
            or word in self.lex.titles
            or word in self.lex.person_titles
        )

    def _recent_court(self, t: Token) -> list[Ref]:
        """'the court' after a court was named: that court (a gazetteer body of kind court)."""
        for m in reversed([m for m in self.mentions if m.end <= t.i]):
            if self.ctx.is_court(m.key):
                return [Ref(m.key, inferred=True)]
        for rec in reversed(self.ctx.recent):
            if rec.sent < self.info.index - 3:
                break
            for key in rec.keys:
                if self.ctx.is_court(key):
                    return [Ref(key, inferred=True)]
        return self._only_court(t)

    def _only_court(self, t: Token) -> list[Ref]:
        """(round 34) A bare 'the court' further back than the last few sentences: the one court the article
        has named ("Guyana took the case to the ICJ ... [five sentences] ... Venezuela rejected the court's
        jurisdiction"); none when it named two, or when the noun is qualified ("a military court")."""
        if any(c.dep_ != "det" and c.dep_ not in {"poss", "case"} for c in t.lefts) or not any(
            c.lower_ == "the" for c in t.children
        ):
            return []
        court = self.ctx.sole_court()
        return [Ref(court, inferred=True)] if court is not None else []

    def _is_junta(self, t: Token, lemma: str) -> bool:
        if lemma in self.lex.words.junta_nouns:
            return True
        if lemma in self.lex.words.authority_nouns and self._put_in_by_coup(t):
            return True  # "the authorities installed by the coup"
        if lemma not in self.lex.words.junta_heads:
            return False
        words = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}}
        return bool(words & self.lex.words.coup_words) or ("military" in words and "coup" in self.active)

    def _put_in_by_coup(self, t: Token) -> bool:
        """'the authorities installed by the coup', 'the government brought to power by the putsch'."""
        return bool(self._installing_coups(t))

    def _installing_coups(self, t: Token) -> list[Token]:
        return [
            p
            for c in t.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.subtree
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.words.coup_words
        ]

    def junta(self, t: Token, depth: int) -> list[Ref]:
        """'Niger coup leaders', 'the military junta': a body of its own, not the state it seized."""
        owner = self.owner(t, depth, labels={Label.COUNTRY}) or self._ruled_in(t)
        if t.tag_ in {"NNS", "NNPS"} and len(ruled := self._ruled_in(t)) > len(owner):
            owner = ruled  # "the juntas in Mali and Niger" (a seat of government gives the first only)
        counted = count_of(t)
        if not owner and counted is not None and t.tag_ in {"NNS", "NNPS"}:
            # "Mali, Burkina Faso and Niger ... Russia has backed the three juntas": each state's junta
            group = self.ctx.last_group(self.info.index, {Label.COUNTRY}, counted)
            return [Ref(self._junta_of(k, t, len(group or ()) > 1), inferred=True) for k in group or ()]
        juntas = list(dict.fromkeys(self.ctx.juntas.values()))
        if (
            not owner
            and t.tag_ in {"NNS", "NNPS"}
            and len(juntas) >= 2
            and any(c.lower_ == "the" for c in t.children)
        ):
            return [Ref(k, inferred=True) for k in juntas]  # "the juntas have cut ties": each junta named
        if not owner and len(juntas) >= 2:
            return []  # "Mali's junta ... Niger's junta ... The junta accused Paris": either, so no one
        known = self.ctx.sole_junta()
        if not owner and known is not None:  # "Niger's junta expelled the French envoy. The junta also ...":
            return [Ref(known, inferred=True)]  # the junta named before, not the last state named
        if not owner:  # "the authorities installed by the coup in Niger": the coup's state
            owner = [
                Ref(m.key)
                for c in self._installing_coups(t)
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children
                if (m := self.mention_at(o)) is not None and m.label is Label.COUNTRY
            ] or [x for c in self._installing_coups(t) for x in self.owner(c, depth, labels={Label.COUNTRY})]
        if not owner:
            owner = self._seized()
        if not owner:  # else the state the article is about: named more than once, not just the last named
            owner = self.definite(t, {Label.COUNTRY}) or self.definite_any(t, {Label.COUNTRY})
            owner = [o for o in owner if self.ctx.counts.get(self.ctx.actor(o.key), 0) >= 2]
        if not owner:
            return []
        if t.dep_ in {"dobj", "pobj", "dative"} and self.ctx.actor(owner[0].key) in self._clause_actors(t):
            return []  # "Russia supplied arms to the junta": not a Russian junta
        if t.tag_ in {"NNS", "NNPS"}:  # "the juntas of Mali, Burkina Faso and Niger": each state's junta
            states = [o for o in owner if key_label(o.key) is Label.COUNTRY]
            return [Ref(self._junta_of(o.key, t, len(states) > 1), o.inferred) for o in states]
        return [Ref(self._junta_of(owner[0].key, t), owner[0].inferred)]

    def _a_body(self, t: Token) -> bool:
        """(r38) 'the opposition', 'Bolivia's opposition' as a body: a singular head with a determiner or an
        owner, not a modifier ("opposition leader X") nor a stance ("its opposition to the plan")."""
        return (
            t.tag_ in {"NN", "NNP"}
            and t.dep_ not in {"compound", "amod", "poss"}
            and any(c.dep_ in {"det", "poss"} for c in t.children)
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
            and not any(c.dep_ == "prep" and c.lower_ in {"to", "from", "against"} for c in t.children)
        )

    def opposition(self, t: Token, depth: int) -> list[Ref]:
        """(r38) 'the opposition': the opposition of the state named with it ("Bolivia's opposition", "the
        Bolivian opposition"), else of the state the article names most (not the last state named)."""
        owner = self.owner(t, depth, labels={Label.COUNTRY})
        states = [self.ctx.actor(o.key) for o in owner if key_label(self.ctx.actor(o.key)) is Label.COUNTRY]
        if not owner:  # else the state the article is about: the one named most, clearly ahead of the next
            counts: Counter[str] = Counter()
            for key, n in self.ctx.counts.items():
                if key_label(self.ctx.actor(key)) is Label.COUNTRY:
                    counts[self.ctx.actor(key)] += n
            top = counts.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
                states = [top[0][0]]
        if len(set(states)) != 1:
            return []
        return [Ref(self.ctx.opposition_of(states[0], t.text), inferred=True)]  # (alias: the head alone)

    def _junta_of(self, state: str, t: Token, several: bool = False) -> str:
        # "the juntas of Mali and Niger": a phrase that names several is no one junta's alias
        return self.ctx.junta_of(state, None if several else self.surface(t))

    def _seized(self) -> list[Ref]:
        """The state of the last coup the article named ("the coup in Niger ... the junta"): a bare 'the
        junta' is no junta of whichever state was named last."""
        for node in sorted(self.topics, key=lambda n: -n.seen):
            if node.kind == "coup" and node.seen <= self.info.index:
                states = [
                    k for k in node.places + node.targets if key_label(self.ctx.actor(k)) is Label.COUNTRY
                ]
                if states:
                    return [Ref(self.ctx.actor(states[0]), inferred=True)]
        return []

    def _own_country(self, t: Token) -> list[Ref]:
        """'his country', 'her country': the state of the person the possessive stands for ("Pashinyan
        said his country would leave the CSTO"; 'its country' is left to the other readings)."""
        if t.lemma_.lower() not in self.lex.words.state_nouns or t.tag_ in {"NNS", "NNPS"}:
            return []
        poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in {"his", "her"}]
        if not poss:
            return []
        states = [self.ctx.actor(r.key) for r in self.pronoun(poss[0])]
        return [Ref(k, inferred=True) for k in dict.fromkeys(states) if key_label(k) is Label.COUNTRY]

    def _ruled_in(self, t: Token) -> list[Ref]:
        """'the junta in Myanmar': the state a junta rules, named after it with 'in'."""
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    m = self.mention_at(pobj)
                    if pobj.dep_ == "pobj" and m is not None and m.label is Label.COUNTRY:
                        # "the juntas in Mali and Niger": each state named
                        more = [
                            (c, n)
                            for c in (pobj.conjuncts if t.tag_ in {"NNS", "NNPS"} else ())
                            if (n := self.mention_at(c)) is not None and n.label is Label.COUNTRY
                        ]
                        return [
                            Ref(self.mention_key(m, pobj)),
                            *(Ref(self.mention_key(n, c)) for c, n in more),
                        ]
        return []

    def authorities(self, region: str, t: Token) -> str:
        """'Transnistria's officials' → the body 'Transnistrian authorities' (a region is not a state)."""
        node = self.ctx.nodes[region]
        adjective = self.ctx.gazetteer.demonyms.get(region, node.name)
        return self.ctx.entity(Label.ORGANIZATION, f"{adjective} authorities", self.surface(t))

    def definite_any(self, t: Token, labels: set[Label]) -> list[Ref]:
        """The most recent mention with one of ``labels``, with or without a determiner."""
        here = [m for m in self.mentions if m.label in labels and m.end <= t.i and m.kind != "demonym"]
        if here:
            return [Ref(self.mention_key(here[-1], t), inferred=True)]
        found = self.ctx.recall(self.info.index, labels, window=3, prefer_subject=False)
        return [Ref(k, inferred=True) for k in found or ()]

    def _organ_owner(self, m: Mention) -> bool:
        """A demonym that names whose organ a noun is ('the Saudi foreign ministry'), as good as the name."""
        head = self.sent.doc[m.end - 1].head
        return head.lemma_.lower() in self.lex.state_organs and head.dep_ in {"nsubj", "nsubjpass"}

    def _backer(self, m: Mention) -> bool:
        """'the UN-backed government': the name before '-backed' supports the noun, it does not own it."""
        doc = self.sent.doc
        return (
            m.end + 1 < len(doc)
            and doc[m.end].text == "-"
            and doc[m.end + 1].lemma_.lower() in self.lex.words.backing_verbs
        )

    def owner(self, t: Token, depth: int, labels: set[Label] | None = None) -> list[Ref]:
        """The named owner of an organ or body: "the Russian government", "Hungary's prime minister"."""
        wanted = labels or {Label.COUNTRY, Label.ORGANIZATION, Label.REGION}
        whose = [c for c in t.children if c.dep_ == "poss" and c.lower_ == "whose"]
        if whose and t.lemma_.lower() in self.lex.state_organs | self.lex.words.regime_nouns:
            # "Kenya, whose government switched recognition", "Manele, whose government ...": the organ of
            # the one the relative clause describes (a leader's: his state's)
            described = [Ref(self.ctx.actor(x.key), x.inferred) for x in self.refs(whose[0], depth=depth + 1)]
            described = [x for x in described if key_label(x.key) in wanted]
            if described:
                return list(dict.fromkeys(described))
        # nearest first: "Gaza's Hamas rulers" are Hamas's
        for child in sorted(t.children, key=lambda c: abs(c.i - t.i)):
            if child.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"}:
                m = self.mention_at(child)
                if m is not None and (m.leaning(t.doc) or self._backer(m)):
                    continue  # "Moldova's pro-Western government": Moldova's; "the UN-backed government"
                if (
                    m is not None
                    and m.label is Label.PERSON
                    and t.lemma_.lower()
                    in self.lex.words.regime_nouns | self.lex.words.aide_nouns | self.lex.words.leader_offices
                ):
                    # "the Biden administration", "the Milei government", "Erdogan's spokesman"
                    state = self.ctx.actor(m.key)
                    if key_label(state) in wanted and state != m.key:
                        return [Ref(state, inferred=True)]
                if m is None and child.dep_ == "poss" and self._organ_serving(t, child) and depth < 3:
                    inner = self.owner(child, depth + 1, labels)  # "the Kenyan president's office"
                    if inner:
                        return inner
                if m is None and child.dep_ == "compound":  # "the Russian State Duma": on the compound
                    m = next(  # (and "the Kyrgyz economy ministry", 'Kyrgyz' a compound of 'economy')
                        (
                            g
                            for c in child.children
                            if c.dep_ in {"amod", "poss", "compound"}
                            and (g := self.mention_at(c)) is not None
                        ),
                        None,
                    )
                if m is not None and m.label in wanted:
                    if t.tag_ in {"NNS", "NNPS"}:  # "the Ghanaian and Nigerian presidents": each owner
                        owners = self.coordinated_owners(child, t)
                        return list(dict.fromkeys(Ref(o.key) for o in owners if o.label in wanted))
                    return [Ref(m.key)]
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "from", "for", "at"}:
                for pobj in child.children:
                    served = self._served_state(t, child, pobj, wanted) if child.lower_ != "at" else []
                    if served:  # "a spokesman for President Erdogan": the organ of the state he leads
                        return served
                    if child.lower_ in {"for", "at"} and pobj.lemma_.lower() not in self.lex.state_organs:
                        continue  # "the spokesman for (at) the Chinese embassy"; not "an envoy for Sudan"
                    if self.mention_at(pobj) is None and pobj.lower_ in self.lex.titles:
                        # "the Ministry of Foreign Affairs of Kazakhstan": the owner follows the title
                        pobj = next(
                            (
                                p
                                for c in pobj.children
                                if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children
                                if p.dep_ == "pobj"
                            ),
                            pobj,
                        )
                    m = self.mention_at(pobj)
                    if m is None and pobj.lemma_.lower() in self.lex.state_organs and depth < 3:
                        inner = self.owner(pobj, depth + 1, labels)  # "the spokesperson of Kenya's ministry"
                        if inner:
                            return inner
                    if (
                        m is None
                        and pobj.lower_ in self.lex.words.plural_definites
                        and t.tag_ in {"NNS", "NNPS"}
                        and depth < 3
                    ):  # "the governments of those countries": the states meant
                        found = [
                            x
                            for x in self.refs(pobj, topics=False, depth=depth + 1)
                            if key_label(x.key) in wanted
                        ]
                        if found:
                            return found
                    if m is None and depth < 3 and self._definite_body(pobj):
                        # "The AU met in Addis Ababa. The chairman of the bloc urged ...": the bloc's
                        found = [
                            x
                            for x in self.refs(pobj, topics=False, depth=depth + 1)
                            if key_label(x.key) in wanted
                        ]
                        if found:
                            return found
                    if pobj.dep_ == "pobj" and m is not None and m.label in wanted:
                        if t.tag_ in {"NNS", "NNPS"}:  # "the leaders of Japan, South Korea and China"
                            found = self.refs(pobj, topics=False, depth=depth + 1)
                            return [x for x in found if key_label(x.key) in wanted] or [Ref(m.key)]
                        return [Ref(m.key)]
        if t.lemma_.lower() in self.lex.words.seated_organs or t.lower_ in self.lex.words.seated_organs:
            for child in t.children:  # "the foreign ministry in Hanoi": a seat of government names the state
                if child.dep_ == "prep" and child.lower_ == "in":
                    seats = [m for p in child.children if (m := self.mention_at(p)) is not None]
                    if (
                        len(seats) == 1
                        # (or the state itself: "the new government in Syria")
                        and (seats[0].kind in {"capital", "metonym"} or seats[0].label is Label.COUNTRY)
                        and seats[0].label in wanted
                    ):
                        return [Ref(seats[0].key)]
        for child in t.children:  # "its foreign minister"; a named owner ("his Egyptian counterpart") wins
            if child.dep_ == "poss" and child.pos_ == "PRON":
                found = [r for r in self.pronoun(child) if key_label(r.key) in wanted | {Label.PERSON}]
                if found:
                    return found
            owning = (
                self.lex.words.state_nouns | self.lex.words.body_nouns
            )  # ("the bloc's foreign ministers")
            if child.dep_ == "poss" and child.lemma_.lower() in owning and depth < 3:
                found = [
                    r for r in self.refs(child, topics=False, depth=depth + 1) if key_label(r.key) in wanted
                ]
                if found:  # "the country's chargé d'affaires": the country just named
                    return found
        return []

    def coordinated_owners(self, child: Token, head: Token) -> list[Mention]:
        """The names coordinated on one head noun with the one at ``child``: "Indian and French warships",
        "Kenyan, Ugandan and Burundian troops" (every state, also when the parser split the list and hung
        the first name elsewhere: the run of demonyms joined by commas and 'and' that ends at the head)."""
        m = self.mention_at(child)
        if m is None:
            return []
        out = [m]
        for c in child.conjuncts:
            other = self.mention_at(c)
            if other is not None and other not in out and c.i < head.i:
                out.append(other)
        out += self._hyphen_pair(min(out, key=lambda x: x.start))
        run = self.lists.get(child.i, [])
        doc = self.sent.doc
        adjoining = bool(run) and all(
            doc[i].dep_ in {"compound", "amod", "nmod"} for i in range(run[-1].end, head.i)
        )  # (the run ends at the head, or at words that modify it: "Kenyan and Ugandan army units")
        # ("US, British and French warships": names may open the run, a demonym closes it)
        listed = all(x.label is Label.COUNTRY for x in run) and bool(run) and run[-1].kind == "demonym"
        if len(run) >= 2 and adjoining and listed and m in run:
            out += [x for x in run if x not in out]
        return sorted(out, key=lambda x: x.start)

    def _hyphen_pair(self, first: Mention) -> list[Mention]:
        """The states hyphenated before a demonym: "Saudi-Emirati jets", "Sino-Russian drills",
        "Franco-British warplanes" (a demonym, or a combining form of lexicon combining_forms, before each
        hyphen)."""
        doc, out, start = self.sent.doc, [], first.start
        forms = self.lex.words.combining_forms
        while start - 2 >= self.sent.start and doc[start - 1].text == "-":
            before = doc[start - 2]
            m = self.by_token.get(before.i)
            if m is not None and m.kind == "demonym" and m.end == start - 1:
                out.append(m)
                start = m.start
            elif before.lower_ in forms and (found := resolve_name(forms[before.lower_], Label.COUNTRY)):
                key = self.ctx.place(found[1])
                out.append(Mention(before.i, before.i + 1, key, Label.COUNTRY, "demonym", before.text))
                start = before.i
            else:
                break
        return out

    def _definite_body(self, t: Token) -> bool:
        """'the bloc', 'the alliance', 'the regional body': a singular body noun with 'the', which stands
        for the body named before (as the owner in "the head of the bloc")."""
        return (
            t.dep_ == "pobj"
            and t.tag_ in {"NN", "NNP"}
            and t.lemma_.lower() in self.lex.words.body_nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        )

    def _organ_serving(self, t: Token, owner: Token) -> bool:
        """Whether ``t`` is an office or aide serving an organ named by title ("the Kenyan president's
        office", "the minister's spokesman"): it speaks for the organ's state."""
        serving = self.lex.words.aide_nouns | self.lex.words.leader_offices
        return t.lemma_.lower() in serving and owner.lemma_.lower() in self.lex.state_organs

    def _served_state(self, t: Token, prep: Token, pobj: Token, wanted: set[Label]) -> list[Ref]:
        """'the spokesman for President Erdogan', 'an envoy of Putin', 'an aide to Ruto': a person's aide
        stands for the state the person holds office in (not 'the President of X', a title of the person)."""
        m = self.mention_at(pobj) if pobj.dep_ == "pobj" and prep.lower_ in {"of", "for", "to"} else None
        serving = self.lex.words.aide_nouns | self.lex.words.leader_offices  # ("the office of President X")
        if m is None or m.label is not Label.PERSON or t.lemma_.lower() not in serving:
            return []
        state = self.ctx.actor(m.key)
        return [Ref(state, inferred=True)] if state != m.key and key_label(state) in wanted else []

    def listed(self, t: Token, depth: int) -> list[Ref]:
        """Members named for a group noun: "partners including the US and France", "six countries – A, B"."""
        out: list[Ref] = []
        if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
            # "Iran and Saudi Arabia were among six countries invited ...", inverted: "Among those who
            # condemned it were A and B" (the parser may take A for the copula's attribute)
            for subj in t.head.head.children:
                if subj.dep_ == "nsubj" or (subj.dep_ == "attr" and t.head.i < t.head.head.i):
                    out += self.refs(subj, topics=False, depth=depth + 1)
        one = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
        if (
            one is not None
            and one.lower_ == "one"
            and one.dep_ == "attr"
            and one.head.lemma_ in self.lex.words.copulas
        ):
            # "Paraguay is one of the few countries that recognize Taiwan"
            for subj in one.head.children:
                if subj.dep_ == "nsubj":
                    out += self.refs(subj, topics=False, depth=depth + 1)
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in self.lex.words.including_words:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += self.refs(pobj, topics=False, depth=depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "as" and child.nbor(-1).lower_ == "such":
                for pobj in child.children:
                    out += self.refs(pobj, topics=False, depth=depth + 1)
            elif child.dep_ == "appos":
                out += self.refs(child, topics=False, depth=depth + 1)
        if not out:  # "six countries – Belarus, North Korea ... and Syria –": a list right after the noun
            nxt = t.i + 1
            while nxt < self.sent.end and self.sent.doc[nxt].is_punct:
                nxt += 1
            near = nxt - t.i <= 2
            if near:  # "80 states, among them Ukraine, Japan and Germany" (a list follows the words)
                nxt += opening_width(self.sent.doc, nxt, self.sent.end - 1, self.lex.words.group_list_words)
            if near:  # "its allies, Japanese Prime Minister Fumio Kishida and South Korean President Yoon"
                nxt = self.listed_person_at(nxt)
            m = self.by_token.get(nxt)
            if m is not None and self.lists.get(nxt) and near:
                out = [Ref(x.key) for x in self.lists[nxt]]
        if (
            not out
        ):  # "Four countries joined Russia in voting against it – A, B, C and D.": the count names them
            out = self._counted_list(t)
        return [r for r in out if key_label(r.key) in ACTORS]

    def _listed_before(self, t: Token) -> list[Ref]:
        """'those areas', 'the four oblasts': the regions listed just before (this sentence or the last)."""
        marks = {c.lower_ for c in t.children if c.dep_ in {"det", "nummod"}}
        if t.tag_ not in {"NNS", "NNPS"} or not marks & ({"those", "these", "the"} | set(_NUMBERS)):
            return []
        here = [ms for ms in {id(v): v for v in self.lists.values()}.values() if ms[-1].end <= t.i]
        here = [ms for ms in here if all(m.label is Label.REGION for m in ms)]
        if here:  # "annexed A, B and C after referendums were held in the four oblasts"
            return [Ref(m.key, inferred=True) for m in max(here, key=lambda ms: ms[-1].end)]
        found = self.ctx.recall(
            self.info.index, {Label.REGION}, plural=True, window=1, before=t.i, prefer_subject=False
        )
        return [Ref(k, inferred=True) for k in found or ()]

    def _counted_list(self, t: Token) -> list[Ref]:
        """A list closing the sentence after a dash, as long as the number on the group noun."""
        count = count_of(t)
        if count is None:
            return []
        doc = self.sent.doc
        for i in range(t.i + 1, self.sent.end):
            if doc[i].text in {"–", "—", "-", "--", ":"} and i + 1 in self.lists:
                members = self.lists[i + 1]
                after = doc[members[-1].end] if members[-1].end < self.sent.end else None
                closed = after is None or (after.is_punct and after.text in {"–", "—", "-", "--", ".", ")"})
                if len({m.key for m in members}) == count and closed:
                    return [Ref(m.key) for m in members]
        return []

    def _patient_doer(self, t: Token, depth: int) -> list[Ref] | None:
        """Whose act a noun of an act done to someone is: "the expulsion of its ambassador by Niger's junta"
        ('by' may hang on the victim or on the verb), "Belarus's arrest of the activists"; with no "of"
        phrase a possessive is the victim ("Navalny's arrest": no one named). None: read it as any noun."""
        on_verb = list(t.head.children) if t.dep_ in {"dobj", "obj"} else []  # "criticised the X of Y by Z"
        for child in [*t.subtree, *on_verb]:
            if (
                child.dep_ in {"prep", "agent"}
                and child.lower_ == "by"
                and (t in (child.head, child.head.head.head) or child in on_verb)
            ):
                found = [x for p in child.children if p.dep_ == "pobj" for x in self.refs(p, depth=depth + 1)]
                if found:
                    return found
        victim = any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        owners = [c for c in t.children if c.dep_ == "poss"]
        if not victim:
            return [] if owners else None
        if owners:
            return self.refs(owners[0], topics=False, depth=depth + 1)
        for child in t.children:  # "the Iranian detention of a journalist"
            m = self.mention_at(child)
            if child.dep_ in {"amod", "compound", "nmod"} and m is not None and m.label in ACTORS:
                return [Ref(m.key)]
        return []  # its "of" phrase is the victim

    def transparent(self, t: Token, depth: int) -> list[Ref]:
        """'Russia's decision' stands for Russia; 'news of the signing' for the agreement signed."""
        if t.lemma_.lower() in self.lex.words.boundary_nouns:  # "its border with Ukraine" is Ukraine's too
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    pobjs = [p for p in child.children if p.dep_ == "pobj"]
                    found = [x for p in pobjs for x in self.refs(p, depth=depth + 1)]
                    if found:
                        return found
        if t.lemma_.lower() in self.lex.words.patient_nouns or t.lower_ in self.lex.words.patient_nouns:
            doer = self._patient_doer(t, depth)
            if doer is not None:
                return doer
        for child in t.children:
            if child.dep_ == "poss":
                return self.refs(child, topics=False, depth=depth + 1)
        if t.lemma_.lower() in self.lex.words.participation_nouns:  # "EU membership for Ukraine": Ukraine's
            holders = [t, t.head] if t.dep_ in {"dobj", "obj"} and t.head.pos_ == "VERB" else [t]
            member = [
                x
                for h in holders  # ("backed EU membership for Moldova" with "for" hung on the verb)
                for p in prep_objects(h, "for")
                for x in self.refs(p, topics=False, depth=depth + 1)
            ]
            if member:
                return member
        fighters = (
            t.lemma_.lower() in self.lex.words.fighter_nouns or t.lower_ in self.lex.words.fighter_nouns
        )
        # "Russian oil", "Iranian exports", "M23 rebels", "Hamas militants", "the GCC statement"; through an
        # unnamed compound ("Chinese coast guard ships": the model hangs 'Chinese' on 'guard')
        modifiers = [*t.children]
        modifiers += [
            g
            for c in t.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and self.mention_at(c) is None
            for g in c.children
            if g.i < c.i
        ]
        for child in modifiers:
            m = self.mention_at(child)
            if (
                child.dep_ in {"amod", "compound", "nmod"}
                and m is not None
                and m.label in {Label.COUNTRY, Label.ORGANIZATION}
            ):
                ruling = self.ctx.juntas.get(m.key) if fighters else None
                insurgents = self.lex.words.insurgent_nouns
                if (
                    ruling is None
                    and m.label is Label.COUNTRY
                    and (t.lemma_.lower() in insurgents or t.lower_ in insurgents)
                ):  # "Chadian rebels" fight Chad's government and are not Chad ("M23 rebels" are M23)
                    return []
                if ruling is None and m.label is Label.COUNTRY:  # "American and British jets": each state's
                    owners = [o for o in self.coordinated_owners(child, t) if o.label is m.label]
                    return list(dict.fromkeys(Ref(o.key) for o in owners))
                return [Ref(ruling or m.key)]  # a ruling junta's armed forces are the junta
        if t.lemma_.lower() in self.lex.words.result_nouns:  # "the election results": the election's
            for child in t.children:
                if child.dep_ == "compound" and child.pos_ == "NOUN":
                    found = self.refs(child, depth=depth + 1)
                    if found:
                        return found
        for prep in ("by", "of", "from"):
            # "declaration of independence by Kosovo", "results from the vote"
            for child in t.children:
                if child.dep_ in {"prep", "agent"} and child.lower_ == prep:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.refs(pobj, depth=depth + 1)
                            if found:
                                return found
        anaphor = t.lemma_.lower() in self.lex.words.act_anaphors
        fronted = self._fronted_summary(t) if anaphor else None
        if anaphor and (fronted is not None or self._summing_aside(t)):
            here = [n for n in self.topics if n.label in _ACTS and n.seen == self.info.index]
            # (a claim sums up its telling, not the deed it tells of: "accused Moscow of plotting a coup, an
            # allegation the Kremlin called unfounded" is Moldova's allegation, not the coup)
            told = t.lemma_.lower() in self.lex.words.claim_nouns
            # "China held drills around Taiwan, a move condemned by Washington": the drills
            if here and not told:
                return [Ref(here[-1].handle, inferred=True)]
            clause = fronted if fronted is not None else t.head
            for _ in range(4):  # "considering applying for membership of X, a remark that ...": the verb
                if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
                    break
                clause = clause.head
            if told:  # "... accused Moscow of plotting a coup to topple her government, an allegation ...":
                # who made the claim, the accusing or saying verb above the deed told
                claiming = self.lex.words.charge_verbs | self.lex.words.say_verbs
                makers = [a for a in clause.ancestors if a.lemma_.lower() in claiming]
                clause = makers[0] if makers and clause.lemma_.lower() not in claiming else clause
            # "Armenia applied to join the EU, a move that drew praise": the clause's subject, also when
            # it is borrowed from the verb above (an infinitive, a conjoined verb)
            doers = subjects(clause)[0] if clause.pos_ in {"VERB", "AUX"} and clause.i != t.i else []
            found = [x for d in doers for x in self.refs(d, topics=False, depth=depth + 1)]
            if found:  # "Mali expelled the envoy, a decision criticised by Paris": the act's doer (a leader's
                # act his state's: "President Sandu accused Moscow ..., an allegation the Kremlin rejected")
                doers_keys = dict.fromkeys(self.ctx.actor(x.key) for x in found if key_label(x.key) in ACTORS)
                return [Ref(k, inferred=True) for k in doers_keys]
        for child in t.children:  # "the words set forth by President Trump": the participle's agent
            if child.dep_ == "acl" and child.tag_ == "VBN":
                found_agent = agent(child)
                if found_agent is not None:
                    found = self.refs(found_agent, topics=False, depth=depth + 1)
                    if found:
                        return found
        if t.dep_ in {"dobj", "obj"}:  # "recognize the declaration of sovereignty by Kosovo" (by on the verb)
            for child in t.head.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in child.children:
                        found = self.refs(pobj, depth=depth + 1) if pobj.dep_ == "pobj" else []
                        if found:
                            return found
        lemma = t.lemma_.lower()
        if lemma == "signing":
            agreements = [n for n in self.topics if n.label is Label.AGREEMENT]
            if agreements:
                return [Ref(agreements[-1].handle, inferred=True)]
        if lemma in self.lex.words.result_nouns:  # "these results": of the vote the article is about
            events = [n for n in self.topics if n.kind in self.lex.words.voted_kinds]
            voted_here = any(  # "The result was hailed (though X has postponed elections)": it looks back
                (kind := topic_of(tok, self.lex, self.active)) is not None
                and kind.kind in self.lex.words.voted_kinds
                for tok in self.sent.doc[self.sent.start : t.i]
            )
            if not voted_here:  # (not to a vote first named after it in its own sentence)
                events = [n for n in events if n.seen < self.info.index or n.earlier >= 0]
            if not events:  # "congratulated Maduro on his re-election ... refused to recognise the result"
                for tok in self.sent.doc[self.sent.start : t.i]:
                    kind = topic_of(tok, self.lex, self.active)
                    if kind is not None and kind.kind in self.lex.words.voted_kinds and self.topic(tok):
                        events = [n for n in self.topics if n.kind in self.lex.words.voted_kinds]
                        break
            if not events and (recalled := self.voted_before()) is not None:
                # "X kept its majority in Sunday's parliamentary election. The EU welcomed the result."
                return [Ref(recalled, inferred=True)]
            if (
                not events
                and not any(c.dep_ == "prep" for c in t.children)
                and (recalled := self.voted_before(far=True)) is not None
            ):  # (r30) further back, the election last named, when none was made a topic: "Mahama won the
                # presidential election. [congratulations, calls] The AU welcomed the outcome."
                return [Ref(recalled, inferred=True)]
            if events:
                return [Ref(events[-1].handle, inferred=True)]
        if lemma in self.lex.words.act_anaphors and self._bare_definite(t):
            echoed = self._echoed_object(t)
            if echoed:  # "CARICOM condemned the incursion. The US also condemned the move": the incursion
                return echoed
            named = self._named_act_doer(lemma)
            if named:  # "Russia vetoed the resolution. Britain criticised the veto": Russia, not the text
                return named
            if lemma in self.lex.words.turn_anaphors:
                # "Madrid backed Morocco's plan ... the shift": a change of stance is its maker's, never the
                # thing backed (nor the one who now judges it)
                judges = {
                    self.ctx.actor(m.key)
                    for m in self.mentions
                    if self.sent.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} and m.end <= t.i
                }
                stances = self.ctx.told({self.info.index - 1}, {"SUPPORTS", "REJECTS"}, {Modality.ASSERTED})
                turned = list(dict.fromkeys(self.ctx.actor(c.source) for c in stances))
                turned = [d for d in turned if d not in judges and key_label(d) in ACTORS]
                if len(turned) == 1:
                    return [Ref(turned[0], inferred=True)]
            recent = [n for n in self.topics if n.label in _ACTS and n.seen >= self.info.index - 1]
            # (not the act noun it hangs under: "signed the statement condemning the arrests")
            holding = {
                h
                for a in t.ancestors
                if a.pos_ == "NOUN" and topic_of(a, self.lex, self.active) is not None
                for h in [self.topic(a)]
                if h is not None
            }
            # (nor a deed told of the judge in a clause on it: "Israel, which struck Iran in June, praised the
            # decision")
            judging = [c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ in {"dobj", "obj"} else []
            if any(c.dep_ == "relcl" and c.pos_ == "VERB" for j in judging for c in j.children):
                holding |= {
                    c.target
                    for c in self.ctx.claims
                    if c.type == "ORGANIZED" and c.sent.index == self.info.index
                }
            recent = [n for n in recent if n.handle not in holding]
            # a stance on it ("criticised the move", "the decision drew criticism"), not "the steps are fine"
            stance = (
                t.dep_ in {"dobj", "obj", "nsubjpass"}
                or (t.dep_ in {"nsubj", "npadvmod"} and t.head.dep_ == "oprd")  # "called the step unjust"
                or (t.dep_ == "nsubj" and t.head.lemma_.lower() in self.lex.words.receiving_verbs)
                or self._judged_in_report(t)  # "Beijing said the decision was unfair"
                or self._stance_noun_object(t)  # "expressed regret over the decision"
            )
            done = [n for n in recent if self._done(n.handle) or self._known_deed(n)]
            if stance and recent and not done:
                # "Orban vetoed the aid package at a summit. Leaders criticised the move": the veto, Hungary's
                doer = self._last_doer(lemma)
                if doer:
                    return doer
            # "The move was rejected by ...": the event just named (a charter merely cited is no move)
            acts = done or [n for n in recent if n.label is Label.EVENT and not self._nobodys_vote(n, lemma)]
            if acts:  # (the word kept as one of its names: "the move", "the decision")
                act = max(acts, key=lambda n: n.seen)
                act.aliases.add(t.lower_)
                return [Ref(act.handle, inferred=True)]
            if stance:  # "Quito expelled the envoy. Lima criticised the decision": Quito's
                return self._last_doer(lemma) or self._story_doer(t, lemma)
        return []

    def _nobodys_vote(self, node: TopicNode, lemma: str) -> bool:
        """(r36) An election or referendum no one was told to have called is no one's 'move' or 'decision'
        ("Tonga, where voters go to the polls on Thursday, ... Japan called the move regrettable")."""
        words = self.lex.words
        voted = node.kind in words.voted_kinds
        return lemma in words.story_act_nouns and voted and not self._done(node.handle)

    def _story_doer(self, t: Token, lemma: str) -> list[Ref]:
        """(r36) The doers of the act the story leads with, for a criticism far down the article that names
        it by a bare act noun when no act of the last sentences fits ("Ghana cut ties with Togo ... Togo's
        cabinet called the rupture 'hasty'": Ghana), never the judge."""
        if lemma not in self.lex.words.story_act_nouns or not reaction_use(t, self.lex):
            return []
        verb = t.head
        judging = [*subjects(verb)[0], *([a] if (a := agent(verb)) is not None else [])]
        judges = {self.ctx.actor(x.key) for j in judging for x in self.refs(j, topics=False, depth=1)}
        doers = story_act_doers(self.ctx, self.lex, self.info.index, judges)
        return [Ref(k, inferred=True) for k in doers]

    def _echoed_object(self, t: Token) -> list[Ref]:
        """The object of the last sentence's same stance, when the verb echoes it with 'also' ("X condemned
        the incursion. Y also condemned the move"): what X condemned, not X."""
        verb = t.head
        if t.dep_ not in {"dobj", "obj"} or not any(
            c.dep_ == "advmod" and c.lower_ in self.lex.words.echo_adverbs for c in verb.children
        ):
            return []
        trig = self.lex.verbs.get(verb.lemma_.lower())
        if trig is None or trig.rel is None:
            return []
        said = self.ctx.told({self.info.index - 1}, {trig.rel}, {Modality.ASSERTED})
        targets = list(dict.fromkeys(c.target for c in said))
        return [Ref(targets[0], inferred=True)] if len(targets) == 1 else []

    def deed_doer(self, besides: Set[str]) -> list[Ref]:
        """Whose deed the last sentence told, for a protest that names no target ("North Korea fired two
        missiles. Tokyo lodged a protest"): the one actor, other than the protester, that did or said
        something there (asserted)."""
        deeds = self.lex.words.copied_relations | self.lex.words.protested_deeds
        doers = list(
            dict.fromkeys(
                self.ctx.actor(c.source)
                for c in self.ctx.told({self.info.index - 1}, deeds, {Modality.ASSERTED})
                if key_label(self.ctx.actor(c.source)) in ACTORS and self.ctx.actor(c.source) not in besides
            )
        )
        return [Ref(doers[0], inferred=True)] if len(doers) == 1 else []

    def _known_deed(self, node: TopicNode) -> bool:
        """A deed of force or of state that the last sentence only took stances on ("Bogota condemned an
        incursion by Venezuelan troops. The Andean Community condemned the incursion. Ecuador also condemned
        the move"): the move is that deed, not the last one who judged it (unless that sentence told of
        another deed: "NATO sent troops to Poland. Moscow criticised the move")."""
        if node.kind not in self.lex.words.deed_event_kinds or node.seen >= self.info.index:
            return False  # (named in this sentence: "rejected the annexation, saying the decision was ...")
        last = [c for c in self.ctx.claims if c.sent.index == self.info.index - 1]
        judged = any(c.target == node.handle and c.type in _JUDGING for c in last)
        return judged and all(c.type in _JUDGING or c.target == node.handle for c in last)

    def _done(self, handle: str) -> bool:
        """Whether the last sentences said someone did, made or backed this act or agreement (not only where
        it was held, nor only a stand against it: "Orban vetoed the aid package at a summit")."""
        return any(
            c.target == handle
            and c.source != handle
            and c.sent.index >= self.info.index - 1
            and RELATIONS[c.type].sign >= 0
            and c.modality is not Modality.NEGATED  # "said it would not support the sanctions": not backed
            for c in self.ctx.claims
        )

    def _named_act_doer(self, lemma: str) -> list[Ref]:
        """An act anaphor that names its act's relation ('the visit', 'the trip', 'the veto'): the one who
        did an act of that relation in the last two sentences, though other acts were told since ("Fico
        visited Moscow. Hungary backed the sanctions. The EU criticised the trip": Slovakia)."""
        rel = self._own_relation(lemma)
        if rel is None:
            return []
        for back in (1, 2):
            told = self.ctx.told({self.info.index - back}, {rel}, {Modality.ASSERTED})
            doers = list(dict.fromkeys(self.ctx.actor(c.source) for c in told))
            if len(doers) == 1 and key_label(doers[0]) in ACTORS:
                return [Ref(doers[0], inferred=True)]
            if doers:
                return []
        return []

    def _own_relation(self, lemma: str) -> str | None:
        """The relation an act noun names ('the veto' REJECTS, 'the visit' MET_WITH), if it has a doer: a
        meeting has one only as a journey with its destination ('a visit to'), not 'the call' of two."""
        own = self.lex.nouns.get(lemma)
        if own is None or not own.rel:
            return None
        if RELATIONS[own.rel].symmetric and "to" not in own.preps:
            return None
        return own.rel

    def _stance_noun_object(self, t: Token) -> bool:
        """'regret over the decision', 'criticism of the move': the object of a stance noun's own
        preposition."""
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        noun = t.head.head
        trig = self.lex.nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        return trig is not None and trig.rel is not None and t.head.lower_ in trig.preps

    def _last_doer(self, lemma: str = "") -> list[Ref]:
        """Who did the act the last sentence told (a stance or deed, asserted), for 'the move' that sums it
        up when it named no event; an anaphor that is itself a trigger noun also finds its own relation
        ('the visit', 'the trip': who visited)."""
        if lemma in self.lex.words.speech_anaphors:  # "the remarks": who spoke just before
            for back in (1, 2):
                spoken = self.ctx.speakers.get(self.info.index - back)
                if spoken:
                    return [Ref(k, inferred=True) for k in spoken]
        named = self._act_noun_doer(lemma)
        if named is not None:  # "Nauru severed ties with Taipei. ... Taiwan accused China of luring it. China
            # welcomed the decision": Nauru's (and no one's where two acts tie)
            return named
        own = self._own_relation(lemma)
        types = self.lex.words.copied_relations | ({own} if own else set())
        told = []
        for back in (1, 2):  # the last sentence that told an act ("A cut ties. B and C recalled envoys.")
            # (a future counts: "announced they would withdraw")
            told = self.ctx.told({self.info.index - back}, types, {Modality.ASSERTED, Modality.FUTURE})
            reacted = self._reacted_to(told, back, types) if own not in _REACTIONS else []
            if reacted:  # words on another's act are no move ("Nauru cut ties with Taipei. Taiwan condemned
                # the decision. China welcomed the move": Nauru's)
                return [Ref(k, inferred=True) for k in reacted]
            if told:
                break
            deed = self.ctx.deeds.get(self.info.index - back) if back == 1 else None
            told_act = deed and any(  # (a meeting told is no deed, and an act told two sentences back
                c.type not in {"PART_OF", "HOLDS_OFFICE", "HELD_IN"}  # may be the one meant)
                for c in self.ctx.claims
                if self.info.index - 2 <= c.sent.index < self.info.index
            )
            if deed and not told_act:
                # "Poland closed the consulate. Minsk called the decision an unfriendly act": a deed that
                # gave no relation, done by the one subject of the sentence before
                return [Ref(k, inferred=True) for k in deed]
        doers = list(dict.fromkeys(self.ctx.actor(c.source) for c in told))
        if len(doers) > 1 and len({(c.type, c.target) for c in told}) == 1:
            # "Mali, Burkina Faso and Niger announced they would leave the ICC": one act done together
            return [Ref(d, inferred=True) for d in doers]
        return [Ref(doers[0], inferred=True)] if len(doers) == 1 else []

    def act_noun_doer(self, lemma: str, window: int = 4) -> list[Ref] | None:
        """(r37b) ``_act_noun_doer`` for the rules."""
        return self._act_noun_doer(lemma, window)

    def _act_noun_doer(self, lemma: str, window: int = 4) -> list[Ref] | None:
        """Who did the act an anaphor names (round 29): the doers of the last act verb whose nouns (lexicon
        act_verb_nouns, act_generic_nouns) include it, within the story item, over reactors who only judged it
        since ("Canada imposed sanctions on X. ... Y welcomed the measures": Canada). No one when two acts of
        different doers tie in that sentence (an empty list); None when no such act was told since the last
        heading or dateline (a roundup's next brief)."""
        words = self.lex.words
        generic = lemma in words.act_generic_nouns
        # (an act named since, "proclaimed rule over four regions, the biggest annexation", is the act meant)
        named = {n.seen for n in self.topics if n.label in _ACTS}
        for back in range(1, window + 1):
            index = self.info.index - back
            if index < 0 or index + 1 in self.ctx.item_starts:
                return None
            acts = {
                (verb, doers)
                for verb, doers in self.ctx.acts.get(index, [])
                if generic or lemma in words.act_verb_nouns[verb]
            }
            if len({doers for _, doers in acts}) > 1:
                return []
            if not acts and index in named:
                return None
            if acts:
                # the anaphor names the act again, for the next reaction ("... welcomed the decision. The US
                # called the move disappointing")
                here = self.ctx.acts.setdefault(self.info.index, [])
                here.extend(a for a in acts if a not in here)
                return [Ref(k, inferred=True) for k in next(iter(acts))[1]]
        return None

    def _reacted_to(self, told: list[Claim], back: int, types: Set[str]) -> list[str]:
        """When the sentence ``back`` told only condemnations or criticism of the one who acted in the
        sentence before it, that actor (whose act the reaction was on)."""
        # (praise too: "Nauru cut ties with Taipei. Beijing welcomed the decision. Taiwan condemned the move")
        if not told or any(c.type not in _JUDGED for c in told):
            return []
        hit = {self.ctx.actor(c.target) for c in told}
        before = self.ctx.told({self.info.index - back - 1}, types, {Modality.ASSERTED, Modality.FUTURE})
        doers = list(
            dict.fromkeys(
                self.ctx.actor(c.source)
                for c in before
                if c.type not in _JUDGED and self.ctx.actor(c.source) in hit
            )
        )
        return doers if len(doers) == 1 else []

    def _fronted_summary(self, t: Token) -> Token | None:
        """'X accused Y of backing separatists, a charge Y rejects' parsed with the first clause as the
        complement of the last verb and the act noun as its object: the clause the noun sums up."""
        verb = t.head
        if t.dep_ not in {"dobj", "obj"} or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children
        ):
            return None
        if t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].text != ",":
            return None
        if not any(c.dep_ == "nsubj" and t.i < c.i < verb.i for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < t.left_edge.i), None)

    def _summing_aside(self, t: Token) -> bool:
        """'..., a move condemned by X': an indefinite act noun set off by a comma after the clause it sums
        up, with a participle saying who took a stance on it."""
        doc = t.doc
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) or (
            self._bare_plural_claim(t)  # "..., allegations which Moscow rejects"
        )
        comma = t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        return (
            indefinite
            and comma
            and t.dep_ in {"appos", "npadvmod", "conj", "dobj"}
            and any(
                (c.dep_ == "acl" and c.tag_ == "VBN")  # "a decision criticised by Paris"
                or (
                    c.dep_ in {"relcl", "acl"} and any(g.dep_ == "nsubj" for g in c.children)
                )  # "a move Kyiv hit"
                or (  # (r38) "a decision that was criticised by Paris"
                    c.dep_ == "relcl"
                    and any(g.dep_ == "nsubjpass" for g in c.children)
                    and agent(c) is not None
                )
                for c in t.children
            )
        )

    def _bare_plural_claim(self, t: Token) -> bool:
        """'..., allegations which Moscow rejects', '..., accusations Minsk dismissed': a plural claim noun
        with no determiner sums up the charge before it as 'a charge' does."""
        return (
            t.tag_ == "NNS"
            and t.lemma_.lower() in self.lex.words.claim_nouns
            and not any(c.dep_ in {"det", "poss"} for c in t.children)
        )

    def _judged_in_report(self, t: Token) -> bool:
        """'Beijing said the decision was unfair': the subject of a reported copula whose predicate is a
        judgement (lexicon evaluations), not 'said the steps are in line with the law'."""
        clause = t.head
        if t.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.lemma_ not in self.lex.words.copulas:
            return False
        words = [w.lower_ for c in clause.children if c.dep_ in {"acomp", "attr"} for w in c.subtree]
        return self.lex.judgement(words) is not None

    def _bare_definite(self, t: Token) -> bool:
        """'the move', 'this step': a determiner and nothing else in the phrase that says whose act."""
        dets = [c for c in t.children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ not in self.lex.words.act_determiners:
            return False
        owned = {"poss", "prep", "acl", "relcl", "compound", "nmod", "amod"}
        # an adjective after the noun is a predicate the parser hung on it ('called the decision "unjust"'),
        # as is an 'as' phrase ('rejected the allegations as absurd')
        return not any(
            c.dep_ in owned
            and not (c.dep_ == "amod" and c.i > t.i)
            and not (c.dep_ == "prep" and c.lower_ == "as")
            for c in t.children
        )

    def _person_pair(self, t: Token) -> list[Ref]:
        """'accusing the two men of undermining the accord', 'both women': the two persons named in this
        sentence and the one before, when just two were (inferred); else no one."""
        det = {c.lower_ for c in t.children if c.dep_ in {"det", "nummod", "predet"}}
        if not ({"two", "both"} & det):
            return []
        here = self.named_before(t, {Label.PERSON})
        before = [
            k
            for r in self.ctx.recent
            if r.label is Label.PERSON and r.sent == self.info.index - 1
            for k in r.keys
        ]
        found = list(dict.fromkeys(before + here))
        return [Ref(k, inferred=True) for k in found] if len(found) == 2 else []

    def _list_of_size(self, t: Token, labels: set[Label], size: int) -> tuple[str, ...] | None:
        """The last list of exactly ``size`` names with one of ``labels`` before ``t`` in its sentence
        ("French troops left Mali, Burkina Faso and Niger, and those three states formed ..."; round 38)."""
        here = [ms for ms in {id(v): v for v in self.lists.values()}.values() if ms[-1].end <= t.i]
        here = [ms for ms in here if all(m.label in labels for m in ms) and len({m.key for m in ms}) == size]
        if not here:
            return None
        return tuple(dict.fromkeys(m.key for m in max(here, key=lambda ms: ms[-1].end)))

    def named_before(self, t: Token, labels: set[Label], besides: Set[str] = frozenset()) -> list[str]:
        """The distinct nodes with one of ``labels`` named before ``t`` in its sentence, less those
        acting for ``besides``."""
        return list(
            dict.fromkeys(
                m.key
                for m in self.mentions
                if m.label in labels and m.end <= t.i and self.ctx.actor(m.key) not in besides
            )
        )

    def _group_members(self, t: Token) -> tuple[str, ...]:
        """The members of the group of states a group noun's region word names ("the Nordic countries",
        "the Baltic state"), from the data (country_groups); none for any other noun."""
        if t.lemma_.lower() not in self.lex.group_nouns and t.lower_ not in self.lex.group_nouns:
            return ()
        groups = self.lex.words.country_groups
        words = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i]
        phrase = " ".join(c.lower_ for c in sorted(words, key=lambda c: c.i))
        return tuple(groups.get(phrase) or next((groups[c.lower_] for c in words if c.lower_ in groups), ()))

    def _named_group(self, t: Token) -> list[Ref]:
        """A group of states named by a word of region ("the Baltic states", "the Nordic countries", "the
        Baltics"): its members, from the data (country_groups), registered as the article's nodes."""
        groups = self.lex.words.country_groups
        if any(c.dep_ == "prep" and c.lower_ == "of" and _names_a_place(c) for c in t.children):
            return []  # "the Gulf of Mexico", "the Gulf of Guinea": a sea named by its own 'of' name
        named_before = [
            c for c in t.children if c.i == t.i - 1 and c.dep_ in {"compound", "amod"} and c.is_title
        ]
        if t.lower_ in groups and any(f"{c.lower_} {t.lower_}" not in groups for c in named_before):
            return []  # "the Persian Gulf", "the Arabian Gulf": a sea of that name ("Gulf Arab" is a group)
        if t.lower_ in groups and t.tag_ in {"NNPS", "NNP"}:
            members = groups[t.lower_]
        else:
            members = self._group_members(t)
            if not members:
                return []
        keys = [found[1] for name in members if (found := resolve_name(name, Label.COUNTRY)) is not None]
        # "Finland and Sweden ... the Nordic countries' bids": the members the text has just named, if two
        named = {m.key for m in self.mentions if m.start < t.i} | {
            k for r in self.ctx.recent if self.info.index - 2 <= r.sent < self.info.index for k in r.keys
        }
        recent = [k for k in keys if k in named]
        if t.tag_ in {"NN", "NNP"} and t.lower_ not in groups:
            # "Estonia expelled a diplomat. The Baltic nation accused Moscow": one member, the one just named
            # (never the whole group; no one when none or several were named)
            return [Ref(self.ctx.place(recent[0]), inferred=True)] if len(recent) == 1 else []
        if len(recent) >= 2:
            keys = recent
        elif len(keys) > 2:
            # "the Baltic states", "Gulf Arab nations" with no members named: a group the text does not name
            # one by one is left out (dev rule 9); "both Koreas" names its two
            return []
        return [Ref(self.ctx.place(k), inferred=True) for k in keys]

    def _controllers(self, t: Token) -> set[str]:
        """The actors of the verbs above the clause of object ``t`` ('Russia' in "Russia ordered Moldova to
        expel the diplomat")."""
        verb, out = t.head, set()
        while verb.dep_ in {"xcomp", "ccomp"} and verb.head.i != verb.i:
            verb = verb.head
            out |= self._verb_actors(verb)
        return out

    def _parties(self, lemma: str) -> set[Label]:
        """Who a definite 'the country', 'both sides' may stand for: sides and parties to a conflict may be
        armed groups as well as states ("urged both sides" after Israel and Hamas)."""
        if lemma in self.lex.words.party_nouns:
            return {Label.COUNTRY, Label.ORGANIZATION}
        return {Label.COUNTRY}

    def _same_organ(self, t: Token, lemma: str) -> list[Ref]:
        """'China's foreign ministry said ... The ministry added ...': a definite organ noun is the organ
        last named with its owner, within a few sentences (singular, with 'the' only)."""
        det = {c.lower_ for c in t.children if c.dep_ == "det"}
        seen = self.ctx.organs.get(lemma)
        kind, before = _organ_kind(t), self.ctx.organ_kinds.get(lemma, "")
        if kind and before and kind != before:
            return []  # "the economy ministry" is not the foreign ministry named before
        if "the" not in det or t.tag_ not in {"NN", "NNP"} or seen is None:
            return []
        sent, keys = seen
        if not 0 < self.info.index - sent <= 4:
            return []
        return [Ref(k, inferred=True) for k in keys]

    def _titled_of_state(self, t: Token, depth: int = 0) -> list[Mention]:
        """'President of Kenya William Ruto met ...', 'Chairman of the State Affairs of the DPRK Kim Jong Un
        met ...': the parser hangs the name on the last 'of' of the title; the title stands for the person
        (not 'the spokesman of President Putin', an aide of a person titled on his own)."""
        if t.lemma_.lower() in self.lex.words.aide_nouns or depth > 2:
            return []
        out = []
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                m = self.mention_at(pobj) if pobj.dep_ == "pobj" else None
                if m is None or m.label is not Label.PERSON:
                    out += self._titled_of_state(pobj, depth + 1) if pobj.dep_ == "pobj" else []
                    continue
                before = self.sent.doc[m.start - 1] if m.start > self.sent.start else None
                if (
                    before is not None
                    and before.i not in self.by_token
                    and before.lower_ in self.lex.person_titles
                ):
                    continue  # "the office of President X": X's own title
                out.append(m)
        return out

    def _ordered_organ(self, t: Token, depth: int) -> list[Ref]:
        """'Petro ordered the foreign ministry to recall the ambassador': an organ with no owner named, that
        a state or its official orders about, is that state's own (not the last state named)."""
        verb = t.head
        det = {c.lower_ for c in t.children if c.dep_ == "det"}
        if t.dep_ != "dobj" or "the" not in det or verb.lemma_.lower() not in self.lex.words.ordering_verbs:
            return []
        states = {
            self.ctx.actor(x.key)
            for c in verb.children
            if c.dep_ == "nsubj"
            for x in self.refs(c, topics=False, depth=depth + 1)
        }
        state = states.pop() if len(states) == 1 else None
        return [Ref(state, inferred=True)] if state is not None and key_label(state) is Label.COUNTRY else []

    def _titled_before(self, t: Token) -> list[Ref]:
        """'Moldovan President Maia Sandu spoke in Chisinau. The president accused Moscow ...': a bare
        definite title is the one person of the last sentences who holds that office now (not a place's
        state named in between); all of them when several were (which leaves the title unread)."""
        det = {c.lower_ for c in t.children if c.dep_ == "det"}
        if "the" not in det or t.tag_ not in {"NN", "NNP"} or t.lemma_.lower() not in self.lex.person_titles:
            return []
        qualifiers = [c.lower_ for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i]
        if any(q not in self.lex.titles for q in qualifiers):
            return []  # "the former president", "the Kenyan president": not a bare title
        found = self._holders(t, [[*qualifiers, t.lower_]])
        return [Ref(k, inferred=True) for k in found]

    def _holders(self, t: Token, titles: list[list[str]]) -> set[str]:
        """The persons of the last sentences (before ``t``) who hold one of ``titles`` now."""
        return {
            key
            for r in self.ctx.recent
            if r.label is Label.PERSON
            and self.info.index - 3 <= r.sent <= self.info.index
            and (r.sent < self.info.index or r.position < t.i)
            for key in r.keys
            if any(
                _holds_title(o.role, title, self.lex)
                for o in self.ctx.offices.get(key, [])
                for title in titles
            )
        }

    def _office_by_other_name(self, t: Token) -> list[Ref] | None:
        """'Italian Prime Minister Meloni met Rama. The premier praised ...', 'the top diplomat' after a
        foreign minister: a bare definite other name of an office (lexicon office_aliases) is the one person
        of the last sentences who holds it (None where the noun phrase is no such name)."""
        det = {c.lower_ for c in t.children if c.dep_ == "det"}
        if "the" not in det or t.tag_ not in {"NN", "NNP"}:
            return None
        qualifiers = [c.lower_ for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i]
        # "the head of state": a noun and its bare 'of' noun
        of = [
            f"of {p.lower_}"
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and not any(g.dep_ in {"det", "poss"} for g in p.children)
        ]
        titles = self.lex.words.office_aliases.get(" ".join([*qualifiers, t.lower_, *of[:1]]))
        if titles is None:
            return None
        found = self._holders(t, [title.split() for title in sorted(titles)])
        if not found:
            return None
        # (two holders named: "Greek Foreign Minister A met Turkish Foreign Minister B. The top diplomat":
        # either, so no one)
        return [Ref(found.pop(), inferred=True)] if len(found) == 1 else []

    def _bloc_of(self, key: str) -> str:
        """The bloc an organ of a bloc belongs to (the European Council's is the EU), or the key itself."""
        place = self.ctx.gazetteer.places.get(key)
        parent = place.attrs.get("parent") if place is not None else None
        if parent is None or place is None or place.attrs.get("kind") == "bloc":
            return key
        owner = self.ctx.place(parent)
        owned = self.ctx.gazetteer.places.get(owner)
        return owner if owned is not None and owned.attrs.get("kind") == "bloc" else key

    def _set_against_opposition(self, t: Token) -> bool:
        """'the government' (lexicon home_government_nouns) with a domestic opponent beside it: coordinated
        with 'the opposition', or the object of a clause whose subject is an opposition figure ("Opposition
        leader X urged the government")."""
        if t.lower_ not in self.lex.words.home_government_nouns:
            return False
        against = self.lex.words.opposition_words
        doc = self.sent.doc
        if any(c.lemma_.lower() in against for c in t.conjuncts) or (
            # "called on the government and the opposition to talk" (the parser may attach the second
            # conjunct to the verb): the words, next to each other
            t.i + 3 < len(doc)
            and doc[t.i + 1].lower_ in {"and", "or"}
            and any(w.lower_ in against for w in doc[t.i + 2 : t.i + 4])
        ):
            return True
        if t.dep_ not in {"dobj", "pobj", "dative"}:
            return False
        subjects = _clause_subjects(t)
        clause = subjects[0].head if subjects else None
        while clause is not None and all(s.tag_ == "PRP" for s in subjects) and clause.dep_ in _REPORTED:
            # "Opposition leader X said she would criticise the government": the reporting clause's subject
            clause = clause.head
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return any(w.lower_ in against for s in subjects for w in doc[s.left_edge.i : s.i + 1])

    def _asked_government(self, t: Token) -> bool:
        """'the authorities', 'the government' (lexicon home_government_nouns), with no owner in the phrase,
        as the one a verb of asking asks ("urged the new authorities to protect civilians", "called on the
        government to ...")."""
        if t.lower_ not in self.lex.words.home_government_nouns or any(
            c.dep_ in {"poss", "compound", "prep"} for c in t.children
        ):
            return False
        verb = t.head
        if t.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif t.dep_ not in {"dobj", "dative"}:
            return False
        trig = self.lex.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        return trig is not None and (trig.rel == "REQUESTS" or "REQUESTS" in trig.preps.values())

    def _article_home_state(self, besides: set[str]) -> str | None:
        """The state the article is about so far: the state named most often (at least twice); of two named
        as often, the one named first (the headline's "Chad hands over last French base")."""
        counts = {
            k: n for k, n in self.ctx.counts.items() if key_label(k) is Label.COUNTRY and k not in besides
        }
        top = max(counts.values(), default=0)
        if top < 2:
            return None
        tied = {k for k, n in counts.items() if n == top}
        if len(tied) == 1:
            return tied.pop()
        first = min(
            ((r.sent, r.position, i, k) for r in self.ctx.recent for i, k in enumerate(r.keys) if k in tied),
            default=None,
        )
        return first[3] if first is not None else None

    def _home_pair(self, besides: set[str]) -> tuple[str, ...] | None:
        """The two states the article is about so far: each named at least three times, the third less often
        than the second."""
        keys = sorted(
            (k for k in self.ctx.counts if key_label(k) is Label.COUNTRY and k not in besides),
            key=lambda k: -self.ctx.counts[k],
        )
        counts = [self.ctx.counts[k] for k in keys]
        if len(counts) < 2 or counts[1] < 3 or (len(counts) > 2 and counts[2] == counts[1]):
            return None
        return tuple(keys[:2])

    def _urged_home_pair(self, t: Token, own: set[str], labels: set[Label]) -> tuple[str, ...] | None:
        """The article's two states (``_home_pair``) when 'both sides', 'the two countries' is the one asked
        by a verb of asking ("urged both sides to", "called on the two neighbours to", "appealed to both
        parties"), and neither is the one who asks (round 37; convention 6)."""
        if Label.COUNTRY not in labels or self._title_noun(t):
            return None
        verb = t.head
        if t.dep_ == "pobj" and verb.lower_ in self.lex.words.urged_pair_preps:
            verb = verb.head
        elif t.dep_ not in {"dobj", "obj"}:
            return None
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.requesting_verbs:
            return None
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if any(c.dep_ == "prep" for c in t.children) or (after is not None and after.pos_ == "ADP"):
            return None  # "both sides in the war", "the two parties to the deal": sides the phrase names
        asking = {self.ctx.actor(k) for k in own} | own
        pair = self._home_pair(set())
        if pair is None or asking & set(pair):
            return None  # (one of the pair asks: "both sides" are then not known)
        # (only an article about one pair: each of the two named at least twice as often as any third state,
        # not a roundup whose 'both governments' are the pair of its last item)
        counted = {k: n for k, n in self.ctx.counts.items() if key_label(k) is Label.COUNTRY}
        others = [n for k, n in counted.items() if k not in pair and k not in asking]
        third = max(others, default=0)
        return pair if all(self.ctx.counts[k] >= 2 * third for k in pair) else None

    def _states(self, keys: Sequence[str]) -> bool:
        """Whether ``keys`` are two distinct states (a capital standing for its state)."""
        states = {self.ctx.actor(k) for k in keys}
        return len(states) == 2 and all(key_label(k) is Label.COUNTRY for k in states)

    def _communique_sides(self, t: Token, besides: set[str]) -> tuple[str, ...] | None:
        """(round 37) A communiqué's capitalised "the Sides" are the pair they first stood for, however many
        other states the sentence before named ("... talks between Azerbaijan and Armenia. The Sides also
        discussed ...": still the two who met); None for any other noun or before a pair is known."""
        sides = self.ctx.bare_pair
        if t.text != "Sides" or sides is None or not self._states(sides) or set(sides) & besides:
            return None
        return sides

    def _beside_sides(self, t: Token) -> bool:
        """(round 37) Whether 'both countries', 'the two countries' stand in a sentence whose subject is a
        communiqué's "the Sides" that already stand for a pair of states: the same two."""
        sides = self.ctx.bare_pair
        if sides is None or not self._states(sides) or t.lemma_.lower() not in {"country", "state", "nation"}:
            return False
        return any(s.text == "Sides" and s.dep_ in SUBJ and s.i < t.i for s in self.sent)

    def _article_sides(self, besides: set[str]) -> tuple[str, ...] | None:
        """The article's bilateral pair: the two states "the Sides" stood for before, else its two main
        states (None when neither is known)."""
        sides = self.ctx.bare_pair
        if sides is not None and self._states(sides) and not set(sides) & besides:
            return sides
        return self._home_pair(besides)

    def definite(self, t: Token, labels: set[Label], *, prefer_subject: bool = False) -> list[Ref]:
        """'the country', 'the bloc', 'the region', 'the two countries' → the recent mention meant."""
        det = [c.lower_ for c in t.children if c.dep_ in {"det", "nummod", "predet"}]
        if _counted_by_all(t):  # "All three governments expelled ...": the three just named
            det.append("the")
        theirs = self._their_states(t)
        if theirs:  # "Modi met Xi ... since their two countries agreed": the states of those 'their' means
            return theirs
        if not det and t.i == t.sent.start and t.lower_ in self.lex.words.bare_pair_nouns:
            det = [
                "the"
            ]  # "Sides have signed a memorandum": a press release in non-native English drops "the"
        if not det and self._bare_body_leaders(t):
            # "ASEAN foreign ministers met in Kuala Lumpur. Foreign ministers urged ...": the body
            return self._recent_body(t, window=1)
        if det == ["all"] and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.words.party_nouns:
            return self._all_parties(t)  # "called on all parties to exercise restraint" (convention 6)
        if not ({"the", "this", "both", "two", "these", "those"} & set(det)):
            return []
        plural = t.lower_ in self.lex.words.plural_definites or "two" in det or "both" in det
        # "the ministers", "the presidents": office holders of (just) two states, like "the leaders"
        # (not "the ministers of the bloc", whose owner is named in the phrase)
        plural = plural or (
            t.tag_ == "NNS"
            and t.lemma_.lower() in self.lex.person_titles
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        )
        if plural and {"these", "those"} & set(det) and count_of(t) is None:
            # "Argentina, Chile and Peru questioned the result. Caracas accused those countries of ...": the
            # group just named
            group = self.ctx.recall(self.info.index, labels, plural=True, window=2, before=t.i)
            return [Ref(k, inferred=True) for k in group or ()]
        # an object is not its own clause's subject ("China criticized the island")
        own = self._clause_actors(t) if t.dep_ in {"dobj", "pobj", "dative"} else set()
        if own and t.lemma_.lower() in self.lex.words.envoy_nouns:
            # "Russia ordered Moldova to expel the diplomat": an envoy acted on is a third state's, neither
            # the doer's nor the one who had it done
            own |= self._controllers(t)
        if det == ["the"] and Label.COUNTRY in labels and self._set_against_opposition(t):
            # "Opposition leader X criticised the government": the rulers of the state the article is about,
            # not the foreign state that spoke last
            home = self._article_home_state(own)
            if home is not None:
                return [Ref(home, inferred=True)]
        if "the" in det and Label.COUNTRY in labels and own and self._asked_government(t):
            # "France took note of the result, while the EU asked the authorities to publish ...": those who
            # are asked are the rulers of the state the article is about, not the last foreign voice named
            home = self._article_home_state({self.ctx.actor(k) for k in own} | own)
            if home is not None:
                return [Ref(home, inferred=True)]
        if plural and not ({"two", "both"} & set(det)):
            counted = count_of(t)
            if counted is not None and counted >= 3 and {"the", "these", "those"} & set(det):
                # "Chad, Mali and Niger rejected the plan. The three countries also ...": a group of that size
                # (a count is a strong cue: the group may have been named a few sentences back); (round 38)
                # "troops left A, B and C, and those three states formed ...": the list of its own sentence
                group = self._list_of_size(t, labels, counted) or self.ctx.last_group(
                    self.info.index, labels, counted, window=4
                )
                # (a group of office holders stands for their states: "ministers A, B and C said ... The
                # three countries")
                if not self._title_noun(t) and any(key_label(k) is Label.PERSON for k in group or ()):
                    # "ministers A, B and C said ... The three countries": states, not the office holders
                    group = self._state_group(labels, counted)
                if group is None and Label.COUNTRY in labels and self._title_noun(t):
                    # "A hosted B and C for talks. The three leaders signed ...": the states of the three
                    group = self._leaders_states(t, counted)
                return [Ref(k, inferred=True) for k in group or ()]
            # "criticizing the countries for ...": only where just two were named in the last sentence
            if any(c.dep_ == "nummod" for c in t.children) or "the" not in det:
                return []  # "the 193 states that are members": a count is no pair
            pair_here = self.named_before(t, labels, besides=own)
            if len(pair_here) == 2 and own:  # "objected to the bids of A and B, criticizing the countries"
                return [Ref(k, inferred=True) for k in pair_here]
            pair = self._communique_sides(t, own)  # (round 37) "The Sides" stay the pair they stood for
            if pair is None:
                pair = self.ctx.last_pair(self.info.index, labels, window=1, besides=frozenset(own))
            if pair is not None and t.lower_ in self.lex.words.bare_pair_nouns and not self._states(pair):
                # "... a road the AfDB and the OPEC Fund pay for. The Sides, as members of ...": the sides
                # of a communiqué are its two states (those "the Sides" stood for before, else the
                # article's two main states), not the last two bodies named
                pair = self._article_sides(own)
            if pair is None and t.dep_ in SUBJ and Label.COUNTRY in labels and self._title_noun(t):
                # "President Tokayev met the Emir of Qatar. The leaders signed ...": the two states that met
                pair = self._leaders_states(t)
            if pair is None and t.lower_ in self.lex.words.bare_pair_nouns:
                # "The ministers of A and B met. They discussed transit. The Sides also signed ...": the
                # parties of a meeting stay the sides for a sentence that names no one else
                pair = self.ctx.last_pair(self.info.index, labels, window=2, besides=frozenset(own))
                if pair is None and self.ctx.bare_pair is not None and not set(self.ctx.bare_pair) & own:
                    # a communiqué's numbered paragraphs: "The Sides" stay the pair they first stood for
                    # however far back it was named ("7. The Sides strongly condemned the attack")
                    pair = self.ctx.bare_pair
            if pair is not None and t.lower_ in self.lex.words.bare_pair_nouns:
                self.ctx.bare_pair = pair
            if (
                pair is None
                and det == ["the"]
                and t.dep_ in SUBJ
                and t.lemma_.lower() in self.lex.words.body_leader_nouns
            ):  # "Leaders of the GCC met in Doha. The leaders also condemned ...": the body they lead
                return self._recent_body(t, window=1)
            return [Ref(k, inferred=True) for k in pair or ()]
        narrated = not inside_quotes(self.sent, t.i)
        if not plural:
            here = [
                m
                for m in self.mentions
                if m.label in labels
                and m.end <= t.i
                # '"We reject interference by Rwanda," the minister said': no state named only in a quote
                and not (narrated and inside_quotes(self.sent, m.start))
                # a demonym only where it names an organ's owner: "the Saudi ministry said the kingdom"
                and (m.kind != "demonym" or self._organ_owner(m))
                and m.key not in own
                # "Gonzalez, who is in Spain, said the government barred ...": a state named as a place is no
                # antecedent (a capital is: "rallied in Belgrade against the government's deal")
                # (a body is no place: "froze its participation in the CSTO ..., accusing the bloc")
                and not (
                    prefer_subject
                    and m.kind == "name"
                    and m.label is not Label.ORGANIZATION
                    and locative(self.sent.doc[m.end - 1], self.lex)
                )
            ]
            if here and prefer_subject and t.head.lemma_ in self.lex.words.say_verbs:
                # "X will build a fence on its border with Y, the minister said": the speaker is the
                # reported clause's subject, not the last state named
                said = [m for m in here if self.sent.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}]
                here = said[-1:] or here
            if here:
                last = here[
                    -1
                ]  # a capital named as a place stands for its state: "in Belgrade ... the government"
                capital = last.kind == "capital" and Label.COUNTRY in labels
                return [Ref(last.key if capital else self.mention_key(last, t), inferred=True)]
        elif {"two", "both"} & set(det) and Label.COUNTRY in labels and self._beside_sides(t):
            # (round 37) "The Sides discussed the SCO, of which both countries are members": the Sides
            return [Ref(k, inferred=True) for k in self.ctx.bare_pair or ()]
        elif {"two", "both"} & set(det):  # "Colombia uses Israeli-built jets, and both countries signed"
            parties = t.lemma_.lower() in self.lex.words.party_nouns
            sides = (self._sides_of_deal(t) or self._sides_of_dispute(t)) if parties else None
            if not parties and Label.COUNTRY in labels and self._deal_named(t):
                # "Russia and China welcomed the deal. Both countries' parliaments must ratify the treaty":
                # the deal's two parties, not its last well-wishers
                sides = self._sides_of_deal(t)
            urged_pair = self._urged_home_pair(t, own, labels)
            if (
                urged_pair is not None
                and (not sides or set(sides) & set(urged_pair))
                and len(self.named_before(t, labels, besides=own)) < 2
            ):
                # (round 37) "Peskov urged both sides to ...", "called on the two neighbours to ...": in an
                # article about one pair, those urged are its two states, not the last two named, nor a deal's
                # sides that are half a third state's (convention 6)
                return [Ref(k, inferred=True) for k in urged_pair]
            if sides:  # "A and B agreed to a truce. ... C and D welcomed it. X urged both sides": A and B
                return [Ref(k, inferred=True) for k in sides]
            named = self.named_before(t, labels)
            if t.dep_ in {"dobj", "pobj", "dative"} and (len(named) > 2 or set(named) & own):
                # "Hungary objected to the bids of Sweden and Finland, criticizing the two countries":
                # the clause's own actor is not one of the pair, nor a name inside its subject ("China,
                # Pakistan's closest ally, called on both sides")
                inside = {
                    i
                    for s in _clause_subjects(t)
                    for a in s.children
                    if a.dep_ == "appos"
                    for i in range(a.left_edge.i, a.right_edge.i + 1)
                }
                named = [
                    k
                    for k in self.named_before(t, labels, besides=own)
                    if not any(m.key == k and m.start in inside for m in self.mentions)
                ]
            if len(named) == 2:
                return [Ref(k, inferred=True) for k in named]
        found = None
        leaders_tried = plural and Label.COUNTRY in labels and self._title_noun(t)
        if leaders_tried and {"two", "both"} & set(det):
            found = self._leaders_states(t)  # "the two leaders": the two persons just named, not two states
        else:
            leaders_tried = False
        if (
            found is None
            and self._met_pair_noun(t, det, labels)
            and self.ctx.last_pair(self.info.index, labels, window=1) is None
        ):  # (round 37c) "A toured X and Y. He met B in Z. The two countries ...": the two who just met
            found = self._who_met()
        if found is None:
            found = self.ctx.recall(
                self.info.index,
                labels,
                plural=True if plural else None,
                window=3,
                before=t.i,
                prefer_subject=prefer_subject,
                besides=frozenset(own),
                unquoted=narrated,
            )
        if found is not None and {"two", "both"} & set(det) and len(set(found)) != 2:
            found = None  # "both governments" are two, not the one government just named
        if found is not None and {"two", "both"} & set(det) and self._rival_pair(found, labels):
            return []  # "A and B exchanged fire, while C and D held drills. X urged the two countries"
        if found is not None and not plural and t.tag_ in {"NN", "NNP"} and len(set(found)) > 1:
            found = (
                None  # "Spain and Portugal signed. The former president ...": one of them, not known which
            )
        if found is None and plural:  # "the two countries": the last two named, if just two
            found = self.ctx.last_pair(self.info.index, labels)
        if found is None and {"two", "both"} & set(
            det
        ):  # ... or two named together as subjects, further back
            found = self.ctx.last_pair(self.info.index, labels, window=4, besides=frozenset(own))
        if (
            found is None
            and plural
            and labels == {Label.COUNTRY}
            and not leaders_tried
            and self._title_noun(t)
        ):
            found = self._leaders_states(t)
        if (
            found is None
            and {"two", "both"} & set(det)
            and t.lemma_.lower() in self.lex.words.party_nouns
            and t.dep_ in SUBJ
        ):  # "President A met Prime Minister B. The two sides signed ...": the states of the two who met
            found = self._leaders_states(t)
        if found is None and self._met_pair_noun(t, det, labels):
            # (round 37c) "A of X flew to Z. He held talks with B, and the two governments signed": who met
            found = self._leaders_states(t)
        if found is None and {"two", "both"} & set(det) and Label.COUNTRY in labels:
            # "Uganda and Tanzania defend the pipeline ... (no pair named since) ... X backed the two
            # governments": the two states the article is about (not "the two leaders")
            found = None if self._title_noun(t) else self._home_pair(own)
        if found is not None and self._fellow_stancers(t, det, found):
            return []  # "A and B condemned the attacks. X urged both sides ...": sides of what, unknown
        if found is None and labels == {Label.COUNTRY} and not plural:
            # "Kosovo closed a crossing. The government said": a region that acts, not a city named as a place
            # ("The AU met in Addis Ababa. The chairman urged ...")
            cities = self.ctx.gazetteer.cities
            found = self.ctx.recall(self.info.index, {Label.REGION}, window=2, before=t.i, besides=cities)
        return [Ref(k, inferred=True) for k in found or ()]

    def _deal_for_deed(self, t: Token) -> bool:
        """'the deal' with no owner in its phrase, taken a stance on, in an article that has named no
        agreement yet: it sums up the deed just told (an arms sale approved), not a new agreement."""
        return (
            t.lemma_.lower() in self.lex.words.deed_deal_heads
            and t.tag_ == "NN"
            and t.dep_ in {"dobj", "nsubjpass"}
            and self._bare_definite(t)
            # (no agreement named before under words of its own: a node only this phrase made is none)
            and not any(n.label is Label.AGREEMENT and self._told_before(n, t) for n in self.topics)
            and not any(
                (k := topic_of(w, self.lex, self.active)) is not None and k.label is Label.AGREEMENT
                for w in self.sent
                if w.i < t.i
            )
        )

    def _regional_member(self, t: Token) -> list[Ref] | None:
        """'the Horn of Africa nation', 'the West African country', 'the oil-rich Gulf state': a state noun
        whose words before it end in a region of the data (regional_groups) stands for the one state of that
        region named lately; no one where none or several were (None where the phrase names no region)."""
        if t.tag_ not in {"NN", "NNP"} or t.lemma_.lower() not in self.lex.words.state_nouns:
            return None
        det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in {"the", "this"}), None)
        if det is None or det.i >= t.i - 1:
            return None
        words = " ".join(w.lower_ for w in self.sent.doc[det.i + 1 : t.i] if not w.is_punct)
        groups = self.lex.words.regional_groups
        region = next((g for g in groups if words == g or words.endswith(" " + g)), None)
        if region is None:
            return None
        members = {
            self.ctx.actor(self.ctx.place(found[1]))
            for name in groups[region]
            if (found := resolve_name(name, Label.COUNTRY)) is not None
        }
        here = {
            self.ctx.actor(m.key)
            for m in self.mentions
            if m.end <= t.i and not inside_quotes(self.sent, m.start) and self.ctx.actor(m.key) in members
        }
        fitting = (here | self._fitting_before(t, members)) - self._acted_on(t)
        return [Ref(fitting.pop(), inferred=True)] if len(fitting) == 1 else []

    def _acted_on(self, t: Token) -> set[str]:
        """The states a subject's own clause names after it ("the Balkan country accused Pristina": Kosovo),
        which the subject does not stand for."""
        if t.dep_ not in SUBJ:
            return set()
        clause = t.head
        span = range(t.right_edge.i + 1, clause.right_edge.i + 1)
        return {self.ctx.actor(m.key) for m in self.mentions if m.start in span}

    def _fellow_stancers(self, t: Token, det: list[str], found: Sequence[str]) -> bool:
        """Whether 'both sides', 'the two parties' would be a pair that took the same stance on a third in the
        last sentences, with nothing between the two told ("Saudi Arabia and Egypt condemned the attacks.
        The League urged both sides in the war to ...": fellows, not sides of one another)."""
        pair = {self.ctx.actor(k) for k in found}
        if not {"two", "both"} & set(det) or t.lemma_.lower() not in self.lex.words.party_nouns:
            return False
        if len(pair) != 2:
            return False
        actor = self.ctx.actor
        ends = [(actor(c.source), c.type, actor(c.target), c.sent.index) for c in self.ctx.claims]
        if any({s, o} == pair for s, _, o, _ in ends):
            return False  # a quarrel, talks or a deal between the two, told so far: they are its sides
        stances: dict[tuple[str, str], set[str]] = {}
        for s, rel, o, index in ends:
            if s in pair and o not in pair and index >= self.info.index - 3:
                stances.setdefault((rel, o), set()).add(s)
        return any(who == pair for who in stances.values())

    def _rival_pair(self, found: tuple[str, ...], labels: set[Label]) -> bool:
        """Whether the sentence that named the pair ``found`` as subjects also named another pair as
        subjects, so that 'the two countries' could be either."""
        pairs = [r for r in self.ctx.recent if r.label in labels and r.subject and len(set(r.keys)) == 2]
        where = [r.sent for r in pairs if set(r.keys) == set(found)]
        if not where or max(where) >= self.info.index:
            return False
        return any(r.sent == max(where) and set(r.keys) != set(found) for r in pairs)

    def _told_before(self, node: TopicNode, t: Token) -> bool:
        """Whether an agreement was told before ``t`` (not only made now by this phrase): under words of
        its own, by a verb of agreeing ("A and B agreed to swap prisoners"), or by an earlier claim."""
        return bool(
            node.verbal
            or node.aliases - {self.surface(t)}
            or any(c.target == node.handle and c.sent.index < self.info.index for c in self.ctx.claims)
        )

    def _fitting_before(self, t: Token, fits: Set[str]) -> set[str]:
        """The distinct states among ``fits`` named outside quotes in the last two sentences or before ``t``
        in its own, which a description of a state by its kind ("the kingdom") could stand for."""
        return {
            self.ctx.actor(k)
            for r in self.ctx.recent
            if self.info.index - 2 <= r.sent <= self.info.index
            and (r.sent < self.info.index or r.position < t.i)
            and not r.quoted
            for k in r.keys
            if self.ctx.actor(k) in fits
        }

    def _former_latter(self, t: Token) -> list[Ref]:
        """'the former', 'the latter': the first or the last of the two actors the last sentence that named
        two named, in the order it named them."""
        for back in (1, 2):
            named = sorted(
                (r for r in self.ctx.recent if r.sent == self.info.index - back and r.label in ACTORS),
                key=lambda r: r.position,
            )
            # (a city named as a place is no party: "Egypt hosted Qatar in Cairo. The latter ...")
            cities = self.ctx.gazetteer.cities
            keys = list(dict.fromkeys(self.ctx.actor(k) for r in named for k in r.keys if k not in cities))
            if len(keys) == 2:
                return [Ref(keys[0] if t.lower_ == "former" else keys[1], inferred=True)]
            if len(keys) > 2:
                return []
        return []

    def _neighbour(self, t: Token) -> list[Ref]:
        """'its neighbour', 'its western neighbour': the one other state named in this sentence before it,
        else in the last two sentences (not the possessor)."""
        owners = {
            self.ctx.actor(x.key)
            for c in t.children
            if c.dep_ == "poss"
            for x in self.refs(c, topics=False, depth=3)
        }
        if not owners:
            return []
        here = list(
            dict.fromkeys(
                m.key
                for m in self.mentions
                if m.label is Label.COUNTRY and m.end <= t.i and self.ctx.actor(m.key) not in owners
            )
        )
        if len(here) == 1:
            return [Ref(here[0], inferred=True)]
        if here:
            return []
        before = {
            k
            for r in self.ctx.recent
            if self.info.index - 2 <= r.sent < self.info.index and r.label is Label.COUNTRY
            for k in r.keys
            if self.ctx.actor(k) not in owners
        }
        return [Ref(before.pop(), inferred=True)] if len(before) == 1 else []

    def _deal_named(self, t: Token) -> bool:
        """Whether the sentence of 'both countries' names an agreement or talks ("... ratify the treaty")."""
        kinds = self.lex.words.party_kinds
        return any(
            w.pos_ == "NOUN" and (k := topic_of(w, self.lex, self.active)) is not None and k.kind in kinds
            for w in t.sent
            if w.i != t.i
        )

    def _sides_of_deal(self, t: Token) -> tuple[str, ...] | None:
        """The two parties of the latest truce, deal or talks of the last sentences, when the sentence
        itself names no pair before 'both sides' ('... China and the US welcomed the deal. The UN urged
        both sides to respect the truce': the truce's parties, not its last well-wishers)."""
        if len(self.named_before(t, self._parties(t.lemma_.lower()))) >= 2:
            return None
        party_kinds = self.lex.words.party_kinds
        recent = [
            n
            for n in self.topics
            if n.kind in party_kinds and self.info.index - 4 <= n.seen <= self.info.index
        ]
        for node in sorted(recent, key=lambda n: n.seen, reverse=True):
            made = [
                c.source
                for c in self.ctx.claims
                if c.target == node.handle and c.type in {"AGREED_TO", "SIGNED"}
            ]
            sides = tuple(dict.fromkeys(self.ctx.actor(a) for a in [*node.agents, *made]))
            if len(sides) > 2:  # "EU-mediated talks between Serbia and Kosovo": the mediator is no side
                hosts = {
                    self.ctx.actor(c.source)
                    for c in self.ctx.claims
                    if c.target == node.handle and c.type == "ORGANIZED"
                }
                sides = tuple(k for k in sides if k not in hosts)
            # (a breakaway state with a government is a side: "talks between Serbia and Kosovo")
            if len(sides) == 2 and all(
                key_label(k) in {Label.COUNTRY, Label.ORGANIZATION, Label.REGION} for k in sides
            ):
                return sides
        return None

    def _all_parties(self, t: Token) -> list[Ref]:
        """'urged all parties to exercise restraint': the parties of the latest truce, deal or talks, else
        every state or body on either end of the hostile acts of the last sentences (convention 6); none
        when the parties are those of a text ("all parties to the treaty") or the sentence names none."""
        after = t.nbor(1) if t.i + 1 < len(t.doc) else None
        preps = list(t.children)
        if after is not None and after.dep_ == "prep" and after.lower_ in {"to", "of"}:
            preps.append(after)  # ("called on all parties to the treaty to ...": the phrase hung on the verb)
        for prep in preps:
            if prep.dep_ == "prep" and not any(
                p.lemma_.lower() in self.lex.words.dispute_nouns | {"war", "fighting", "clash", "clashes"}
                for p in prep.children
            ):
                return []
        if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
            return []  # "urged the army and all parties concerned": the rest of a list, not known who
        sides = self._sides_of_deal(t)
        if sides:
            return [Ref(k, inferred=True) for k in sides]
        # (the one who urges is no party, however its name is read: "ASEAN leaders urged all parties")
        own = {self.ctx.actor(x) for x in self._clause_actors(t)}
        own |= {self.ctx.actor(k) for k in self.named_before(t, {Label.COUNTRY, Label.ORGANIZATION})}
        found: list[str] = []
        for claim in self.ctx.claims:
            if claim.sent.index < self.info.index - 3 or RELATIONS[claim.type].sign >= 0:
                continue
            for key in (self.ctx.actor(claim.source), self.ctx.actor(claim.target)):
                if key not in own and key_label(key) in {Label.COUNTRY, Label.ORGANIZATION}:
                    found.append(key)
        found = list(dict.fromkeys(found))
        return [Ref(k, inferred=True) for k in found] if len(found) >= 2 else []

    def _sides_of_dispute(self, t: Token) -> tuple[str, ...] | None:
        """The two sides of the latest quarrel of the last sentences, when the sentence names no pair before
        'both sides' and speaks of a dispute ("Honiara accused Canberra of interference. Fiji and Vanuatu
        backed Honiara. Port Moresby urged both sides to resolve the dispute": Honiara and Canberra)."""
        if not any(w.lemma_.lower() in self.lex.words.dispute_nouns for w in t.sent):
            return None
        own = {self.ctx.actor(x) for x in self._clause_actors(t)}
        for claim in reversed(self.ctx.claims):
            if claim.sent.index < self.info.index - 3 or RELATIONS[claim.type].sign >= 0:
                continue
            sides = (self.ctx.actor(claim.source), self.ctx.actor(claim.target))
            if (
                sides[0] != sides[1]
                and not own & set(sides)
                and all(key_label(k) in {Label.COUNTRY, Label.ORGANIZATION} for k in sides)
            ):
                return sides
        return None

    def _leaders_states(self, t: Token, size: int = 2) -> tuple[str, ...] | None:
        """'Ruto met Samia Suluhu Hassan. The two leaders condemned ...': the states of the two persons
        (named earlier in the sentence itself: "Kim hosted Putin, where the two leaders signed ..."); for
        'the three leaders', the three persons of the last sentence, each for a state of their own."""
        if size != 2:
            counted = self.ctx.last_group(self.info.index, {Label.PERSON}, size, window=1) or ()
            theirs = tuple(dict.fromkeys(self.ctx.actor(p) for p in counted))
            if len(theirs) == size and all(self.acts_as_state(k) for k in theirs):
                return theirs
            return None
        here = self.named_before(t, {Label.PERSON})
        if len(here) > 2:  # "When A and B met, hosted by C, the two leaders signed": the pair coordinated
            here = list(self._person_pair_before(t))
        if len(here) == 1:  # (round 37c) "He held talks with B, and the two governments ...": he and B
            said = [
                r.key
                for tok in self.sent.doc[self.sent.start : t.i]
                if tok.pos_ == "PRON" and tok.dep_ in SUBJ and tok.lower_ in {"he", "she"}
                for r in self.pronoun(tok)
            ]
            here = list(dict.fromkeys([*here, *(k for k in said if key_label(k) is Label.PERSON)]))
        persons = tuple(here) if len(here) == 2 else self.ctx.last_pair(self.info.index, {Label.PERSON})
        states = {self.ctx.actor(p) for p in persons or ()}
        if not persons:  # "Fiji's prime minister met the Indonesian president. The two leaders ...": who met
            return self._who_met()
        if len(states) == 2 and all(self.acts_as_state(k) for k in states):
            return tuple(sorted(states))
        return None

    def _who_met(self) -> tuple[str, ...] | None:
        """The two states that met (MET_WITH claims) in the last sentence or this one; None unless two."""
        states = {
            self.ctx.actor(k)
            for c in self.ctx.claims
            if c.type == "MET_WITH" and self.info.index - 1 <= c.sent.index <= self.info.index
            for k in (c.source, c.target)
        }
        if len(states) == 2 and all(self.acts_as_state(k) for k in states):
            return tuple(sorted(states))
        return None

    def _met_pair_noun(self, t: Token, det: list[str], labels: set[Label]) -> bool:
        """'The two governments', 'both countries' as a subject (lexicon met_pair_nouns): a pair of states
        that may have been named only through its leaders."""
        return (
            bool({"two", "both"} & set(det))
            and Label.COUNTRY in labels
            and t.lemma_.lower() in self.lex.words.met_pair_nouns
            and t.dep_ in SUBJ
        )

    def _member_body(self, t: Token, depth: int) -> list[Ref] | None:
        """'member states', 'the SCO member countries', 'the bloc's members' acting as a subject: the body
        whose members they are, named in the phrase or (inferred) the one body with members named in this
        sentence or the two before ("Leaders of the SCO met. In the declaration, member states condemned
        ..."). None when the noun is no such phrase; no one when some members only ("five member states",
        "several members", lexicon partitive_words) or when no single body was named."""
        words = self.lex.words
        marks = [c for c in t.children if c.dep_ in {"compound", "amod"} and c.lower_ in words.member_marks]
        if not marks and t.lower_ not in words.member_marks:
            return None
        # ("Member States condemned": a press release's capitals may make the plural a singular name)
        plural = t.tag_ in {"NNS", "NNPS"} or (t.tag_ == "NNP" and bool(marks) and t.lower_.endswith("s"))
        if not plural or t.dep_ not in SUBJ:
            return None
        if _some_of(t, words.partitive_words):
            return []  # "five EU member states": some of them
        if any(c.dep_ == "prep" for c in t.children):
            return None  # "member states of the AU": the owner is read as before
        owners = [
            c
            for h in (t, *marks)
            for c in h.children
            if c.dep_ in {"compound", "poss", "nmod"} and c.i < h.i and c not in marks
        ]
        found = [x for c in owners for x in self.refs(c, topics=False, depth=depth + 1)]
        if owners:
            return [x for x in found if self._has_members(x.key)]
        if not marks:  # a bare "members" names no body of its own
            return None
        return self._recent_body(t, window=2)

    def _state_group(self, labels: set[Label], size: int) -> tuple[str, ...]:
        """The latest group of exactly ``size`` actors with one of ``labels`` named together in the last four
        sentences (their officials standing for them); none when there is none."""
        pool = [
            keys
            for r in sorted(self.ctx.recent, key=lambda r: (r.sent, r.position))
            if r.label in labels and self.info.index - 4 <= r.sent < self.info.index
            for keys in [tuple(dict.fromkeys(self.ctx.actor(k) for k in r.keys))]
            if len(keys) == size and all(key_label(k) in labels for k in keys)
        ]
        return pool[-1] if pool else ()

    def _bare_body_leaders(self, t: Token) -> bool:
        """'Foreign ministers urged ...', 'Leaders adopted ...': a bare plural noun of a body's leaders
        (lexicon body_leader_nouns) as a subject, with no owner, count or phrase of its own."""
        return (
            t.tag_ in {"NNS", "NNPS"}
            and t.dep_ in SUBJ
            and t.lemma_.lower() in self.lex.words.body_leader_nouns
            and not any(
                c.dep_ in {"det", "poss", "nummod", "prep", "appos", "acl", "relcl"}
                or (c.dep_ in {"compound", "amod", "nmod"} and self.mention_at(c) is not None)
                for c in t.children
            )
        )

    def _recent_body(self, t: Token, window: int) -> list[Ref]:
        """The one body with members (``_has_members``) named before ``t`` in its sentence or in the
        ``window`` sentences before; no one when none or several were."""
        keys = [m.key for m in self.mentions if m.label is Label.ORGANIZATION and m.end <= t.i] + [
            k
            for r in self.ctx.recent
            if r.label is Label.ORGANIZATION and self.info.index - window <= r.sent < self.info.index
            for k in r.keys
        ]
        bodies = list(dict.fromkeys(self.ctx.actor(k) for k in keys if self._has_members(k)))
        return [Ref(bodies[0], inferred=True)] if len(bodies) == 1 else []

    def _their_states(self, t: Token) -> list[Ref]:
        """'their two countries', 'their governments': a plural state noun owned by 'their' stands for the
        states of those the pronoun means (persons stand for the states they hold office in), when they are
        two or more (and as many as the count says)."""
        if t.tag_ not in {"NNS", "NNPS"} or t.lower_ not in self.lex.words.plural_definites:
            return []
        poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ == "their"]
        if not poss:
            return []
        states = list(dict.fromkeys(self.ctx.actor(r.key) for r in self.pronoun(poss[0])))
        states = [k for k in states if self.acts_as_state(k)]
        counted = count_of(t)
        if len(states) < 2 and counted == 2:  # "Modi held talks with Xi ... their two countries": who met
            states = list(self._leaders_states(t) or ())
        if len(states) < 2 or (counted is not None and counted != len(states)):
            return []
        return [Ref(k, inferred=True) for k in states]

    def _led_in_each(self, t: Token) -> list[Ref]:
        """'the juntas led by Colonel A in Mali, Captain B in Burkina Faso and General C in Niger', 'the
        governments headed by A in X and B in Y': a plural ruling noun (lexicon ruling_group_nouns) led by
        persons each placed in a state; every such state acts (none for fewer than two)."""
        if t.tag_ not in {"NNS", "NNPS"} or t.lemma_.lower() not in self.lex.words.ruling_group_nouns:
            return []
        for led in t.children:
            if led.dep_ != "acl" or led.lemma_.lower() not in self.lex.words.heading_verbs:
                continue
            if not any(c.dep_ == "agent" for c in led.children):
                continue
            states: list[str] = []
            person_seen = False
            # (the parser may hang later members of the list on the noun: scan up to the clause's verb)
            end = t.head.i if t.head.i > led.i else led.right_edge.i + 1
            for tok in self.sent.doc[led.i : end]:
                m = self.mention_at(tok)
                if m is not None and m.label is Label.PERSON:
                    person_seen = True
                placed = tok.i > 0 and self.sent.doc[tok.i - 1].lower_ == "in"
                if m is not None and m.label is Label.COUNTRY and m.start == tok.i and placed and person_seen:
                    states.append(m.key)
                    person_seen = False
            states = list(dict.fromkeys(states))
            if len(states) >= 2:
                return [Ref(k) for k in states]
        return []

    def _has_members(self, key: str) -> bool:
        """A body states are members of (gazetteer kind bloc, alliance, or an intergovernmental body of
        its own, not an organ of another)."""
        place = self.ctx.gazetteer.places.get(key)
        if place is None or place.attrs.get("kind") not in self.lex.words.membership_bodies:
            return False
        return not place.attrs.get("parent") or bool(place.attrs.get("own_members"))

    def _person_pair_before(self, t: Token) -> tuple[str, ...]:
        """The two persons coordinated ("A and B", each maybe under a title) before ``t`` in its sentence,
        the last such pair; none when no two persons are joined by 'and'."""
        pair: tuple[str, ...] = ()
        for tok in self.sent.doc[self.sent.start : t.i]:
            first = self.mention_at(tok)
            if first is None or first.label is not Label.PERSON:
                continue
            # ("President Ilham Aliyev and Prime Minister Nikol Pashinyan": the title heads each conjunct)
            heads = [tok, tok.head] if tok.dep_ == "appos" else [tok]
            for conj in (c for h in heads for c in h.conjuncts if c.i > h.i and c.i < t.i):
                second = self.mention_at(conj) or next(
                    (m for a in conj.children if a.dep_ == "appos" and (m := self.mention_at(a))), None
                )
                if second is not None and second.label is Label.PERSON and second.key != first.key:
                    pair = (first.key, second.key)
        return pair

    def acts_as_state(self, key: str) -> bool:
        """A state, or a region that acts as one (gazetteer kind de_facto_state: Taiwan, Kosovo): either may
        be one of 'the two governments', 'both sides', 'the two ministers' ("Taiwan and Paraguay held talks.
        The two governments signed ...")."""
        return key_label(key) is Label.COUNTRY or self.acting_region(key)

    def acting_region(self, key: str) -> bool:
        """A region that acts as a state (gazetteer kind de_facto_state: Taiwan, Kosovo, Somaliland)."""
        node = self.ctx.nodes.get(key)
        return node is not None and node.attrs.get("kind") == "de_facto_state"

    def _title_noun(self, t: Token) -> bool:
        """'leaders', 'presidents', 'foreign ministers': a plural noun for office holders."""
        return t.lemma_.lower() in {"leader", *self.lex.titles} or t.lower_ in self.lex.titles

    def regions_in(self, noun: Token) -> tuple[list[str], list[str]]:
        """Named regions inside a noun phrase about areas, and the country they are said to belong to."""
        regions: list[str] = []
        owners: list[str] = []
        m = self.mention_at(noun)
        if m is not None and m.label is Label.REGION:
            return [m.key], []
        if noun.lemma_.lower() not in self.lex.words.area_nouns:
            return [], []
        for t in noun.subtree:
            if t.pos_ in {"VERB", "AUX"} and t.i != noun.i:
                continue
            found = self.mention_at(t)
            if found is None or t.i != found.end - 1:
                continue
            if found.label is Label.REGION and found.key not in regions:
                regions.append(found.key)
            elif (
                found.label is Label.COUNTRY
                and found.kind in {"name", "demonym"}
                and self._owner_position(t, noun)
            ):
                owners.append(found.key)
        return regions, owners

    def city_places(self, noun: Token) -> list[str]:
        """'talks in Ankara', 'a session in Addis Ababa': a capital after "in"/"at" an event names the city it
        was held in (a Region), not the state it stands for elsewhere."""
        out: list[str] = []
        for t in self.members(noun):
            m = self.mention_at(t)
            if m is not None and m.kind == "capital" and t.i == m.end - 1:
                place = region_of(m, self.ctx)
                if place is not None and place not in out:
                    out.append(place)
        return out

    def _pair_before(self, t: Token) -> tuple[str, str] | None:
        """The last two names coordinated before ``t`` in its sentence ("A and B"), in order."""
        pair = None
        for tok in self.sent.doc[self.sent.start : t.i]:
            first = self.mention_at(tok)
            if first is None or tok.i != first.end - 1:
                continue
            for conj in tok.children:
                second = self.mention_at(conj) if conj.dep_ == "conj" else None
                if second is not None and second.key != first.key and conj.i < t.i:
                    pair = (self.mention_key(first, tok), self.mention_key(second, conj))
        return pair

    def side_region(self, noun: Token) -> str | None:
        """'an offensive in eastern Congo', 'strikes in southern Lebanon': the part of the state its side
        names, a Region of its own (named from the state's canonical name, the text's words an alias),
        remembered with its state for the PART_OF."""
        m = self.mention_at(noun)
        if m is None or m.label is not Label.COUNTRY or m.kind != "name" or noun.i != m.end - 1:
            return None
        sides = self.lex.words.side_words
        before = [c for c in noun.children if c.dep_ == "amod" and c.i < m.start]
        side = next((c for c in before if c.lower_ in sides), None)
        if side is None:
            return None
        state = self.ctx.nodes[m.key]
        key = self.ctx.entity(Label.REGION, f"{side.lower_} {state.name}", f"{side.lower_} {m.text}")
        self.ctx.sides[key] = m.key
        return key

    @staticmethod
    def _owner_position(t: Token, noun: Token) -> bool:
        """A country names the owner when it is 'in X'/'of X' on the area noun, or its adjective."""
        if t.head.i == noun.i and t.dep_ in {"amod", "compound", "poss"}:
            return True
        return t.dep_ == "pobj" and t.head.lower_ in {"in", "of"} and t.head.head.i == noun.i

    def _topic_before(self, t: Token) -> str | None:
        """The nearest event or agreement noun earlier in the pronoun's own sentence, outside quotes."""
        for tok in reversed(self.sent.doc[self.sent.start : t.i]):
            if tok.pos_ == "NOUN" and tok.dep_ != "compound" and self.mention_at(tok) is None:
                handle = self.topic(tok)
                if handle is not None:
                    return handle
        return None

    def _act_owner_before(self, t: Token) -> list[Ref]:
        """Whose act a bare act noun earlier in the pronoun's sentence (lexicon act_anaphors) names, by its
        possessor: "condemned the Kremlin's decision, ... X called it a betrayal" (Russia's; inferred). Not
        an act noun in the naming verb's own subject."""
        own = {s.i for s in subjects(t.head)[0] for s in s.subtree}
        for tok in reversed(self.sent.doc[self.sent.start : t.i]):
            if tok.i in own or tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.words.act_anaphors:
                continue
            owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            found = [x for c in owners for x in self.refs(c, topics=False, depth=1)]
            return [Ref(self.ctx.actor(x.key), inferred=True) for x in found if key_label(x.key) in ACTORS]
        # the last sentence's stance on someone's act: "Activists condemned the Kremlin's decision. X called
        # it a betrayal" (judged.remember_judged_act)
        return [Ref(k, inferred=True) for k in self.ctx.judged_acts.get(self.info.index - 1, ())]

    def _blocked_by(self, handle: str) -> list[Ref]:
        """Who blocked the topic in the last sentence ("Hungary vetoed the aid package"): a REJECTS told
        there, asserted; "called it a stab in the back" next judges the block, its doer's act."""
        told = self.ctx.told({self.info.index - 1}, {"REJECTS"}, {Modality.ASSERTED})
        doers = list(dict.fromkeys(self.ctx.actor(c.source) for c in told if c.target == handle))
        return [Ref(d, inferred=True) for d in doers if key_label(d) in ACTORS]

    def _named_it(self, t: Token) -> bool:
        """'called it a dangerous development': a naming verb's object with what it is called; also 'described
        it as a violation', 'hailed it as a gesture' (lexicon judged_requests.as_verbs)."""
        verb = t.head
        lemma = verb.lemma_.lower()
        return t.dep_ in {"dobj", "nsubjpass"} and (
            (
                lemma in self.lex.words.naming_verbs
                and any(c.dep_ in {"oprd", "attr", "xcomp", "ccomp"} for c in verb.children)
            )
            or (
                lemma in self.lex.judged_requests.as_verbs
                and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i for c in verb.children)
            )
        )

    def _takes_topic(self, t: Token) -> bool:
        """Whether the verb governing a pronoun object takes events and agreements ("voted against it")."""
        verb = t.head.head if t.dep_ == "pobj" else t.head
        trig = self.lex.verbs.get(verb.lemma_.lower())
        if trig is None or t.dep_ not in {"dobj", "pobj", "nsubjpass"}:
            return False
        labels = trig.objects or frozenset()
        # "The agreement commits both ... Somalia criticised it": after a sentence about a document, 'it' is
        # the document for a judgement too
        judged = trig.rel in {"CRITICIZES", "CONDEMNS"} and bool(
            self.ctx.thing_subjects.get(self.info.index - 1) or self._pair_acted_last()
        )
        return (
            bool(labels & {Label.EVENT, Label.AGREEMENT})
            or trig.rel in {"SIGNED", "SUPPORTS", "REJECTS"}
            or (t.dep_ == "pobj" and t.head.lower_ in trig.preps)
            or judged
        )

    def _pair_acted_last(self) -> bool:
        """Whether the last sentence's subjects were all plural ("Russia and Belarus signed the compact"), so
        that a singular 'it' judged after it stands for what they did, not for one of them."""
        last = self._last_subjects()
        return bool(last) and all(m.plural and len(m.keys) > 1 for m in last)

    def surface(self, token: Token) -> str:
        """The noun phrase as written, without relative clauses or determiners (for a verb that names an act,
        the verb and its object: "struck Iranian nuclear sites")."""
        if token.pos_ == "VERB":
            objects = [c for c in token.rights if c.dep_ in {"dobj", "obj"} and len(list(c.subtree)) <= 6]
            end = objects[0].right_edge.i + 1 if objects else token.i + 1
            return self.sent.doc[token.i : end].text.strip(' "“”,;:')
        start = token.left_edge.i
        while start < token.i and self.sent.doc[start].lower_ in {
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "any",
            '"',
            "“",
            "its",
            "their",
        }:
            start += 1
        end = token.i + 1
        for child in token.rights:
            if (
                child.dep_ == "prep"
                and child.lower_ in {"of", "on", "against", "in", "for", "to"}
                and len(list(child.subtree)) <= 6
                and not any(
                    t.ent_type_ in {"DATE", "TIME"} or t.lemma_ in self.lex.words.time_words
                    for t in child.subtree
                )
            ):
                end = child.right_edge.i + 1
            break
        return self.sent.doc[start:end].text.strip(' "“”,;:')


_REPORTED = frozenset({"ccomp", "xcomp", "conj"})


def _clause_subjects(t: Token) -> list[Token]:
    """The subjects of the clause a noun phrase stands in (through prepositions and objects)."""
    head = t
    while head.dep_ not in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj"} and head.head.i != head.i:
        head = head.head
    return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _some_of(t: Token, partitives: frozenset[str]) -> bool:
    """A group noun counted without "the" ("five EU states") or quantified ("several NATO members")."""
    dets = {c.lower_ for c in t.children if c.dep_ in {"det", "amod", "predet"}}
    counted = any(c.dep_ == "nummod" for c in t.children)
    return bool(dets & partitives) or (counted and not dets & {"the", "all", "its", "their"})


def _holds_title(role: str, title: list[str], lex: Lexicon) -> bool:
    """'interim Prime Minister' holds 'prime minister' and 'Foreign Minister' holds 'minister'; not 'Vice
    President' nor 'former president' 'president'."""
    words = role.lower().replace("-", " ").split()
    if set(words) & set(lex.words.past_role_words) or words[-len(title) :] != title:
        return False
    before = words[: -len(title)]
    return not (before and before[-1] in lex.words.subordinate_title_words)
