"""Events and agreements named in a sentence: the topic a noun names, and who and where it involves."""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.args import authorship, prep_objects, subjects
from loaders.extract.coref import Resolver
from loaders.extract.lexicon import Topic
from loaders.extract.mentions import region_of
from loaders.extract.modality import modality
from loaders.extract.refs import ACTORS, STATES, key_label
from loaders.extract.topics import (
    TopicNode,
    TopicParts,
    find_or_add,
    mark_seen,
    proper_name,
    qualifier_words,
    topic_of,
    year_of,
)

# What an attack or invasion is aimed at: "the attack on Kyiv", "launched airstrikes inside Iran".
_AIMED_PREPS = frozenset({"of", "on", "against", "into", "in", "inside"})


class TopicReader(Resolver):
    """Topic handles for event and agreement nouns ("the referendums", "Russia's invasion of Ukraine")."""

    def topic(
        self,
        token: Token,
        named: Topic | None = None,
        head: str | None = None,
        agents: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
        fresh: bool = False,
    ) -> str | None:
        """The handle of the event or agreement this noun names (created on first use); ``named``,
        ``head``, ``agents`` and ``places`` give the kind, head word, doers and places struck of an event
        a verb names ("North Korea launched a missile", "Israel struck Rafah")."""
        kind = named or topic_of(token, self.lex, self.active)

        if kind is None:
            return None
        kin = self._kindred_act(token, kind.kind) if named is None and not fresh else None
        if (
            kin is not None
        ):  # "Azerbaijan launched an offensive ... France condemned the attack": the offensive
            mark_seen(kin, self.info.index)
            return kin.handle
        parts = self.topic_parts(token, kind.kind)
        parts.agents.extend(a for a in agents if a not in parts.agents)
        parts.places.extend(p for p in places if p not in parts.places)
        parts.targets.extend(p for p in places if p not in parts.targets)
        node = find_or_add(
            self.ctx,
            self.topics,
            kind,
            parts,
            self.article_year,
            self.surface(token),
            head or (token.lemma_.lower() if kind.kind != "sanctions" else token.lower_),
            head is None and token.tag_ in {"NNS", "NNPS"},
            fresh,
            _counted(token),
            self._sibling_topics(token, kind.kind),
        )
        self.topic_of_token[token.i] = node.handle
        node.aliases.update(self._verb_placed_names(token, kind.kind, node.places))
        number = next((t.text for t in token.rights if re.search(r"\d+/\d+", t.text)), None)
        node.number = node.number or number
        if token.lemma_.lower() in self.lex.words.measure_proposal_nouns:
            # "a proposal for EU-wide sanctions on X": the proposal is also called by the measure it proposes
            node.aliases.update(
                self.surface(p)
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pobj"
                and (k := topic_of(p, self.lex, self.active)) is not None
                and k.kind == "sanctions"
            )
        mark_seen(node, self.info.index)
        return node.handle

    def note_voted(self) -> None:
        """Keeps what would make a topic of each election or referendum this sentence names without making
        it one, for "the result" in the next two sentences (``voted_before``)."""
        voted = self.lex.words.voted_kinds
        for token in self.sent:
            if token.pos_ != "NOUN":
                continue
            kind = topic_of(token, self.lex, self.active)
            if kind is not None and kind.kind in voted:
                parts = self.topic_parts(token, kind.kind)
                entry = (self.info.index, kind, parts, self.surface(token), token.lemma_.lower())
                self.ctx.voted_named.append(entry)

    def note_projects(self) -> None:
        """(r36) Makes a topic of each project this sentence names ("a motion against the Trans-Andean Gas
        Pipeline"), though no rule took it here: "the project" in a later sentence is that one
        (documents.project_back_ref)."""
        heads = self.lex.words.named_project_heads
        for token in self.sent:
            named = token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in heads
            if named and proper_name(token, self.lex):
                self.topic(token)

    def note_voted_texts(self) -> None:
        """(r36) Keeps each text this sentence puts to a vote (lexicon text_vote_verbs: "adopted the
        resolution", "voted for the motion", "the bill, passed on Thursday", "the text, which was approved"),
        for "the vote" or "the result" in a later sentence (documents.voted_text_ref)."""
        words = self.lex.words
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.text_vote_verbs:
                continue
            if modality(verb, self.lex)[0] is not Modality.ASSERTED:
                continue  # "the Senate will vote on the bill next week": no vote yet to welcome
            held = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
            held += [p for phrase in words.vote_text_preps for p in prep_objects(verb, phrase)]
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the bill, passed on Thursday"
                held.append(verb.head)
            for token in held:
                for x in self.refs(token):
                    node = self.topics[int(x.key.split(":")[1])] if x.key.startswith("?topic:") else None
                    if node is not None and node.kind in words.balloted_kinds:
                        self.ctx.voted_texts.append((self.info.index, x.key))

    def voted_before(self, far: bool = False) -> str | None:
        """The election or referendum the last two sentences named (the latest; one only), made a topic now:
        "Moldova's ruling party kept its majority in Sunday's parliamentary election. The EU and France
        welcomed the result." (``far``: any sentence before, for "the vote" that names nothing else.)"""
        start = 0 if far else self.info.index - 2
        recent = [e for e in self.ctx.voted_named if start <= e[0] < self.info.index]
        if not recent:
            return None
        last = max(e[0] for e in recent)
        named = [e for e in recent if e[0] == last]
        if len({e[3].lower() for e in named}) != 1:
            return None
        _, kind, parts, surface, head = named[0]
        assert isinstance(kind, Topic) and isinstance(parts, TopicParts)
        node = find_or_add(self.ctx, self.topics, kind, parts, self.article_year, surface, head, False)
        mark_seen(node, self.info.index)
        return node.handle

    def _sibling_topics(self, token: Token, kind: str) -> frozenset[str]:
        """The topics already given to nouns of the same kind coordinated with this one in its sentence
        ("signed a loan agreement on railways and a memorandum on fisheries", "signed a protocol, as well as
        a memorandum": two texts; also two objects of one verb): never the same topic as this one."""
        if kind not in self.lex.words.document_kinds:
            return frozenset()
        siblings = [c for c in token.conjuncts if c.i != token.i]
        if token.dep_ in {"dobj", "obj", "conj"} and token.head.pos_ in {"VERB", "AUX"}:
            siblings += [
                c
                for c in token.head.children
                if c.i != token.i and c.dep_ in {"dobj", "obj", "conj"} and c.pos_ in {"NOUN", "PROPN"}
            ]
        others = {c.i for c in siblings} | self.coordinated.get(token.i, set())
        return frozenset(h for i in others if (h := self.topic_of_token.get(i)) is not None)

    def _kindred_act(self, token: Token, kind: str) -> TopicNode | None:
        """A bare 'the attack' (no owner, place or qualifier in its phrase) where no act of its kind was
        named in the last two sentences, but one act of a kindred kind was (lexicon kindred_act_kinds:
        an offensive, a seizure of a ship): that act, under another word."""
        kindred = self.lex.words.kindred_act_kinds
        if kind not in kindred or not self._bare_definite(token) or token.tag_ not in {"NN", "NNS"}:
            return None
        recent = [n for n in self.topics if n.seen >= self.info.index - 2 and n.kind in kindred]
        if any(n.kind == kind for n in recent):
            return None
        return recent[0] if len(recent) == 1 else None

    def hyphen_pair(self, head: Token, regions: bool = False) -> list[str]:
        """The two actors joined by a hyphen before a word ('the Biden-Xi meeting', 'US-China talks'; with
        ``regions``, a breakaway region too: 'the Ethiopia-Somaliland deal')."""
        actors = ACTORS if regions else ACTORS - {Label.REGION}
        doc = head.doc
        for i in range(head.left_edge.i + 1, head.i - 1):
            if doc[i].text != "-":
                continue
            left, right = self.mention_at(doc[i - 1]), self.mention_at(doc[i + 1])
            if left is None or right is None or left.key == right.key:
                continue
            if left.label in actors and right.label in actors:
                return [left.key, right.key]
        return []

    def hyphen_chain(self, head: Token) -> list[str]:
        """Every actor of a hyphenated chain before a word: 'the France-Germany-Poland meeting' (three), or
        the pair of ``hyphen_pair``."""
        doc = head.doc
        pair = self.hyphen_pair(head)
        if not pair:
            return []
        chain: list[str] = []
        i = head.left_edge.i
        while i < head.i:
            m = self.mention_at(doc[i])
            if m is not None and m.label in ACTORS - {Label.REGION}:
                if m.key not in chain:
                    chain.append(m.key)
                i = max(i + 1, m.end)
                if i < head.i and doc[i].text == "-":
                    i += 1
                    continue
                if len(chain) >= 2:
                    break
                chain = []
                continue
            i += 1
        return chain if len(chain) > 2 and set(pair) <= set(chain) else pair

    def _verb_placed_names(self, token: Token, kind: str, places: list[str]) -> list[str]:
        """(r37) "condemned Israel's military offensive in Gaza", where the parser hung "in Gaza" on the verb:
        the noun phrase with the place it was placed by is also a name of the event."""
        if token.dep_ not in {"dobj", "obj"} or kind not in self.lex.words.aimed_kinds:
            return []
        return [
            f"{self.surface(token)} {c.lower_} {self.sent.doc[p.left_edge.i : p.right_edge.i + 1].text}"
            for c in token.head.children
            if c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i > token.i
            for p in c.children
            if p.dep_ == "pobj" and len(list(p.subtree)) <= 4
            if any(m.key in places or region_of(m, self.ctx) in places for m in [self.mention_at(p)] if m)
        ]

    def _struck_places(self, pobj: Token) -> list[str]:
        """The city or region an attack hits (a capital stands for its city here, not its state)."""
        out: list[str] = []
        for t in self.members(pobj):
            m = self.mention_at(t)
            if m is None and t.lemma_.lower() in self.lex.words.area_nouns:  # "on the town of Jabalia"
                out += [
                    k
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in self._struck_places(p)
                ]
            if m is None:
                continue
            place = region_of(m, self.ctx)
            if place is not None:
                out.append(place)
        return out

    def _places_on_party(self, pobj: Token) -> list[str]:
        """(round 34) "a session of the AU Peace and Security Council in Addis Ababa", "talks between Iran and
        the United States in Muscat", "a summit of Gulf leaders and Egypt at Riyadh": the place the parser
        hung on a named party of the meeting (or on the last of a list of them) is the meeting's."""
        return [
            k
            for party in [pobj, *pobj.conjuncts]
            if self.mention_at(party) is not None
            for p in prep_objects(party, "in") + prep_objects(party, "at")
            for k in [
                *(x.key for x in self.refs(p, topics=False) if key_label(x.key) is Label.REGION),
                *self.city_places(p),
            ]
        ]

    def topic_parts(self, token: Token, kind: str) -> TopicParts:
        words = self.lex.words
        agents: list[str] = []
        authors: list[str] = []  # the agents named as makers (possessor, "by", "set by")
        targets: list[str] = []
        places: list[str] = []
        mention_tokens: set[int] = set()
        made = self._made_object(token, kind)
        by_on_made = [c for c in made.children if c.dep_ == "prep" and c.lower_ == "by"] if made else []
        if made is not None and token.dep_ == "dobj" and token.head.tag_ != "VBN":
            # "condemned the launch of a missile by Pyongyang", "by" hung on the active verb
            by_on_made += [
                c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > made.i
            ]
        if made is None and token.dep_ == "dobj" and token.head.tag_ != "VBN":
            # "condemned the strikes by Israel on Syria": the 'by' the parser hung on the active verb, right
            # after the object, is the object's doer
            by_on_made += [
                c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == token.i + 1
            ]
        owners_inside = [  # "Russian missile strikes": the model hangs the doer's adjective on the weapon
            g
            for c in token.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and kind in words.aimed_kinds
            for g in c.children
            if g.dep_ in {"amod", "poss"} and g.i < c.i
        ]
        for child in [*token.children, *owners_inside, *by_on_made]:  # "the launch of a missile by X"
            if child.dep_ == "amod" and child.lemma_.lower() in words.supplying_verbs:
                continue  # "fired US-supplied missiles": the supplier is no doer of the launch
            if child.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"}:
                head = child
                if child.dep_ == "amod" and child.pos_ == "VERB":  # "Russia-held", "China-brokered"
                    head = next((c for c in child.children if c.dep_ in {"npadvmod", "compound"}), child)
                m = self.mention_at(head)
                if m is not None and m.kind == "capital":  # a capital naming the thing
                    placed_here = kind in words.city_placed_kinds  # (r35) "the Doha talks": held there
                    if child.dep_ == "compound" and kind in words.party_kinds and not placed_here:
                        continue  # "the Paris agreement", "the Minsk accords": the city is part of the name
                    # "the Astana summit": held in the city, not by its state (read as an adjective at times)
                    named_at = child.dep_ in {"compound", "amod", "nmod"} and (
                        kind in words.placed_kinds or placed_here
                    )
                    place = region_of(m, self.ctx) if named_at else None
                    if place is not None:
                        mention_tokens.update(range(m.start, m.end))
                        places.append(place)
                        continue
                if m is not None:
                    mention_tokens.update(range(m.start, m.end))
                    key = self.mention_key(m, head)
                    if m.label is Label.REGION and (
                        kind in words.placed_kinds or (kind in words.city_placed_kinds and m.kind == "city")
                    ):
                        places.append(key)
                    elif m.label is Label.REGION and not (
                        child.dep_ == "poss" and kind in words.acceder_kinds
                    ):  # (not "Taiwan's bid to attend the assembly": Taiwan's own)
                        targets.append(key)
                    else:
                        agents.append(key)
                        if m.label is Label.COUNTRY and child.dep_ in {"amod", "compound", "nmod"}:
                            # "the Chinese and Russian drills", "the US, British and French strikes"
                            agents += [
                                o.key
                                for o in self.coordinated_owners(head, token)
                                if o.label is Label.COUNTRY and o.key not in agents
                            ]
                        if (
                            child.dep_ == "poss"
                            or (  # "the British-drafted text" is Britain's
                                child.dep_ == "amod"
                                and child.pos_ == "VERB"
                                and child.lemma_.lower() in words.authored_verbs
                            )
                            or (  # "the Chinese peace plan", "the US ceasefire proposal" (round 28)
                                child.dep_ in {"amod", "compound"}
                                and m.label is Label.COUNTRY
                                and token.lemma_.lower() in words.authored_heads
                            )
                        ):
                            authors.append(key)
                elif head.dep_ == "poss" and head.lower_ in {"its", "their"}:
                    agents += self._possessor_for(head, kind)

            elif child.dep_ == "prep":
                prep = child.lower_
                if prep in words.party_among_preps and kind in words.party_kinds:
                    prep = "between"  # "the agreement among Nepal, India and Bangladesh"
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    keys = [
                        r.key for r in self.refs(pobj, topics=False, depth=2) if key_label(r.key) in ACTORS
                    ]
                    acceder = prep == "of" and kind in words.acceder_kinds  # "the accession of Bolivia"
                    if prep == "by" or (prep == "of" and kind in words.authored_kinds) or acceder:
                        agents += keys  # "the ruling of the ICJ" is the court's
                        authors += keys
                    if prep in words.party_place_preps and kind in words.meeting_kinds:
                        places += [k for k in self._places_on_party(pobj) if k not in places]
                    side = self.side_region(pobj) if prep in {"in", "at"} else None
                    if side is not None and side not in places:  # "the summit in northern Cyprus"
                        places.append(side)
                    if prep in {"in", "at"} and kind not in words.aimed_kinds:
                        places += [k for k in keys if key_label(k) is Label.REGION]
                        places += [k for k in self.city_places(pobj) if k not in places]  # "talks in Doha"
                        if pobj.lemma_.lower() in words.venue_nouns:  # "the summit at the Maryland retreat"
                            places += [
                                place
                                for c in pobj.children
                                if c.dep_ in {"compound", "nmod", "amod"}
                                for m in [self.mention_at(c)]
                                if m is not None and (place := region_of(m, self.ctx)) is not None
                                if place not in places
                            ]
                        if pobj.lemma_.lower() in words.area_nouns:  # "in the ... areas of the X, Y regions"
                            places += [k for k in self.regions_in(pobj)[0] if k not in places]

                        if kind == "coup":
                            targets += [k for k in keys if key_label(k) is Label.COUNTRY]
                    elif kind in words.struck_kinds and prep in words.struck_near_preps:
                        # (round 33) "the attack near Pahalgam", "a ramming off the shoal": held there
                        places += [k for k in self._struck_places(pobj) if k not in places]
                    elif prep in _AIMED_PREPS | {"for", "to", "with", "between"}:
                        if kind in words.aimed_kinds and prep in _AIMED_PREPS:
                            targets += [k for k in keys if key_label(k) in {Label.COUNTRY, Label.REGION}]
                            if kind in words.struck_kinds:  # "a missile attack on Kyiv" happens in Kyiv
                                places += self._struck_places(pobj)
                                if prep in {"on", "against"}:  # "the attack on an aid convoy in Gaza"
                                    places += [
                                        k
                                        for c in pobj.children
                                        if c.dep_ == "prep"
                                        and c.lower_ in {"in", "at"} | words.struck_near_preps
                                        for p in c.children
                                        if p.dep_ == "pobj"
                                        for p_m in [self.mention_at(p)]
                                        if p_m is not None
                                        # ("positions in northern Iraq": the side of the state named)
                                        for k in [region_of(p_m, self.ctx) or self.side_region(p)]
                                        if k is not None and k not in places
                                    ]
                        elif (kind in words.targeted_kinds and not acceder) or (
                            kind in words.party_kinds and prep in {"with", "between"}
                        ):
                            targets += keys
                            if kind in words.party_kinds and prep == "between":  # its parties name it
                                agents += [k for k in keys if k not in agents]
        aimed_at = any(  # (not "on Friday": a time)
            c.dep_ == "prep"
            and c.lower_ in {"against", "on", "at"}
            and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children if p.dep_ == "pobj")
            for h in (token, token.head)
            for c in h.children
        )
        if (
            token.dep_ in {"dobj", "obj"}
            and token.head.pos_ == "VERB"
            and kind in words.struck_kinds
            and not aimed_at
        ):
            # "carried out airstrikes in Iran": a state hung on the verb is the one struck (no place: the
            # gold holds events in regions); not "in Syria against smugglers' hideouts"
            targets += [
                k
                for c in token.head.children
                if c.dep_ == "prep" and c.lower_ in {"in", "inside"} and c.i > token.i
                for p in c.children
                if p.dep_ == "pobj" and (m := self.mention_at(p)) is not None and m.label is Label.COUNTRY
                for k in [self.mention_key(m, p)]
                if k not in targets
            ]
        if token.dep_ in {"dobj", "obj"} and token.head.pos_ == "VERB" and kind in words.aimed_kinds:
            # "continued its offensive in eastern Congo": the place hung on the verb places the deed
            places += [
                k
                for c in token.head.children
                if c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i > token.i
                for p in c.children
                if p.dep_ == "pobj"
                for k in [x.key for x in self.refs(p, topics=False, depth=2)]
                + self.regions_in(p)[0]
                + [side for side in [self.side_region(p)] if side is not None]
                if key_label(k) is Label.REGION and k not in places and k not in targets
            ]
        if kind in words.paired_kinds:  # "the Trump-Putin summit", "the Ethiopia-Somaliland deal": both sides
            agents += [k for k in self.hyphen_pair(token, regions=kind == "agreement") if k not in agents]
        authors += self._authors(token)
        agents += [k for k in authors if k not in agents]
        if kind in words.aimed_kinds and not agents:  # "Azerbaijan launched a military operation": its doer
            agents += self._launchers(token)
        if kind in words.aimed_kinds and not agents:  # "siding with Russia in the aggression against X"
            agents += self._sided_with(token)
        if kind == "coup" and not places:
            places = [k for k in agents if key_label(k) is Label.REGION]
        # it qualifies the event: a ballistic missile launch
        made_words = [*qualifier_words(made, set(), self.lex), made.lemma_.lower()] if made else []
        return TopicParts(
            agents,
            targets,
            places,
            year_of(token),
            made_words + qualifier_words(token, mention_tokens, self.lex),
            list(dict.fromkeys(authors)),
            proper_name(token, self.lex) or self._appositive_name(token),
        )

    def _appositive_name(self, token: Token) -> str:
        """'an SCO Development Bank, a proposal long championed by X': a common noun set in apposition to a
        proper name is that name's thing (its proper name), never a later one of the same kind."""
        head = token.head
        if token.dep_ != "appos" or head.pos_ != "PROPN" or not head.is_title or token.pos_ != "NOUN":
            return ""
        words = [
            t for t in head.subtree if (t.i <= head.i and t.dep_ in {"compound", "amod"}) or t.i == head.i
        ]
        if any(not (t.is_title or t.is_upper) for t in words):
            return ""
        return " ".join(t.text for t in words)

    def _sided_with(self, token: Token) -> list[str]:
        """'Serbia's siding with Russia in the aggression against Ukraine', 'backed Moscow in the war':
        a deed named after 'in' on an act of siding is waged by the state sided with."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in {"VERB", "NOUN"}:
            return []
        holder = prep.head
        lemma = holder.lemma_.lower()
        stems = [lemma, lemma[:-3], lemma[:-3] + "e"] if lemma.endswith("ing") else [lemma]  # "siding": side
        triggers = [t for s in stems for t in (self.lex.verbs.get(s), self.lex.nouns.get(s)) if t is not None]
        siding = any("SUPPORTS" in {t.rel, *t.preps.values()} for t in triggers)
        if not siding and not set(stems) & self.lex.words.join_verbs:
            return []  # "killed a Hamas commander in a strike" sides with no one
        sided = [c for c in holder.children if c.dep_ == "dobj"] + prep_objects(holder, "with")
        sided = [o for o in sided if o.dep_ in {"dobj", "pobj"}]
        keys = [x.key for o in sided for x in self.refs(o, topics=False, depth=2)]
        return [k for k in keys if key_label(k) in STATES]

    def _launchers(self, token: Token) -> list[str]:
        """The subjects of an organizing verb whose object the noun is ("launched an offensive")."""
        verb = token.head
        trig = self.lex.verbs.get(verb.lemma_.lower())
        if token.dep_ not in {"dobj", "obj"} or trig is None or trig.rel != "ORGANIZED" or verb.tag_ == "VBN":
            return []
        return [
            r.key
            for s in subjects(verb)[0]
            for r in self.refs(s, topics=False, depth=2)
            if key_label(r.key) in STATES
        ]

    def _authors(self, token: Token) -> list[str]:
        """Who a participle of authorship names: "the price cap on Russian oil set by the G7"."""
        return [
            r.key
            for _, by in authorship(token, self.lex.words.authored_verbs)
            for r in self.refs(by, topics=False, depth=2)
            if key_label(r.key) in ACTORS
        ]

    def _made_object(self, token: Token, kind: str) -> Token | None:
        """'the launch of a ballistic missile': the object a verb event names ('launched a ballistic
        missile') when it follows the event's noun with 'of'."""
        objects = self.lex.words.event_objects.get(kind, frozenset())
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in objects:
                        return pobj
        return None


def _counted(token: Token) -> bool:
    """'signed nine cooperation agreements', 'more than twenty documents': a plural counted and not made
    definite (not 'the two agreements', 'their three accords')."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    kids = list(token.children)
    return any(c.dep_ == "nummod" for c in kids) and not any(c.dep_ in {"det", "poss"} for c in kids)
