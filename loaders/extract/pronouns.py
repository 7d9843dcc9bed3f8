"""Pronouns: 'it', 'they', 'his', 'we' (the speaker of a quote), 'which' (the noun a clause hangs on)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import aside_clause, asked, direct_objects, subjects
from loaders.extract.context import Recent, clean_person_name
from loaders.extract.denials import charge_denied_by_which
from loaders.extract.gazetteer import fold
from loaders.extract.lexicon import Lexicon
from loaders.extract.listing import SentenceMentions
from loaders.extract.refs import ACTORS, STATES, SUBJ, Ref, inside_quotes, key_label
from loaders.extract.topics import topic_of

_VOTE_BACK = 5  # sentences back a vote 'for it' may reach for the one resolution named (r37)


def _reported(t: Token) -> bool:
    """Whether ``t`` stands in a reported clause: a 'that' clause of a verb or a noun."""
    return t.head.dep_ in {"ccomp", "acl"} and any(c.lower_ == "that" for c in t.head.children)


class PronounResolver(SentenceMentions):
    """The antecedents of pronouns, from this sentence first, then the article's recent subjects."""

    def refs(self, token: Token, *, topics: bool = True, depth: int = 0) -> list[Ref]:
        """What the noun phrase headed by ``token`` stands for (defined by ``coref.Resolver``)."""
        raise NotImplementedError

    def _relative_subject(self, t: Token) -> list[Ref]:
        """A possessive in a relative clause whose subject is the relative pronoun: the noun the clause hangs
        on ("courted Niger, which announced its withdrawal")."""
        if t.dep_ != "poss":
            return []
        verb = t.head
        while verb.dep_ in {"dobj", "pobj", "prep", "obj"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "relcl":
            return []
        relative = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"}]
        found = [x for c in relative for x in self.refs(c, topics=False, depth=1)]
        return [x for x in found if key_label(x.key) in ACTORS]

    def _stance_on_place(self, clause: Token, noun: Token, found: list[Ref]) -> bool:
        """'attacks on temples in the city of Chittagong, which New Delhi condemned': a stance verb whose
        relative object hangs on a place where something happened (no actor)."""
        trig = self.lex.verbs.get(clause.lemma_.lower())
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "near the port of Hodeidah"
        return (
            trig is not None
            and trig.rel in {"CONDEMNS", "CRITICIZES", "SUPPORTS", "REJECTS"}
            and noun.dep_ == "pobj"
            and noun.head.lower_ in self.lex.words.locative_preps
            and bool(found)
            and all(key_label(x.key) is Label.REGION for x in found)
        )

    def _event_above(self, noun: Token) -> list[Ref]:
        """The event or act the place's phrase hangs on ("attacks on temples in X"), a few steps up."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        hung = noun.head.head
        for _ in range(4):
            if hung.pos_ == "NOUN" and topic_of(hung, self.lex, self.active) is not None:
                return self.refs(hung, depth=1)
            if hung.head.i == hung.i:
                break
            hung = hung.head
        return []

    def pronoun(self, t: Token) -> list[Ref]:
        lower = t.lower_
        adjunct = self._adjunct_object(t) or self._adjunct_group(t)
        if adjunct:  # "took the UAE to the ICJ, accusing it of complicity": the UAE, not the court
            return adjunct
        if lower == "whose":  # "Kosovo, whose independence Serbia refuses to recognise": the noun the
            clause, hops = t.head, 0  # relative clause describes
            while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i and hops < 4:
                clause, hops = clause.head, hops + 1
            return self.refs(clause.head, depth=1) if clause.dep_ in {"relcl", "acl"} else []
        if lower in {"which", "who", "that", "whom"}:
            clause = t.head.head if t.dep_ == "pobj" else t.head  # "to which X belong", "which X belong to"
            quantified = clause.dep_ in {"nsubj", "nsubjpass"}
            if quantified and clause.lower_ in self.lex.words.distributive_pronouns:
                clause = clause.head  # "Chile and Peru, all of which sent troops": each (round 36)
            cleft = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_ == "be" else None
            if cleft is not None and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cleft.children):
                # "It was Algeria that first recognised the SADR": the one the cleft puts first
                focus = [c for c in cleft.children if c.dep_ == "attr"]
                return [x for c in focus for x in self.refs(c, topics=False, depth=1)]
            charge = charge_denied_by_which(t, self.lex)
            if charge is not None and topic_of(clause.head, self.lex, self.active) is None:
                # "accused Armenia of shelling its positions, which Yerevan denied": the charge, its maker's
                makers = subjects(charge)[0]
                charged = [x for m in makers for x in self.refs(m, topics=False, depth=1)]
                return [Ref(x.key, inferred=True) for x in charged if key_label(x.key) in ACTORS]
            if clause.dep_ == "relcl" or clause.dep_ == "acl":
                noun = clause.head
                if noun.dep_ == "attr" and noun.head.lemma_ in self.lex.words.copulas:
                    # "Turkey is the only NATO member that does not impose ...": that member is Turkey
                    said = [c for c in noun.head.children if c.dep_ == "nsubj"]
                    if said:
                        return [x for s in said for x in self.refs(s, topics=False, depth=1)]
                member = self._class_member(noun)
                if member:  # "Ghana is one of the countries that back ...": Ghana backs it
                    return [x for s in member for x in self.refs(s, topics=False, depth=1)]
                outside = self.lex.words.outside_preps
                if (noun.dep_ == "pobj" and noun.head.lower_ in outside) or any(
                    c.lower_ in outside and c.i < noun.i
                    for c in noun.children  # ("outside" read as amod)
                ):
                    # "an initiative to buy shells from outside the EU, which 15 countries joined": what
                    # lies outside is no antecedent; the noun the phrase hangs on is
                    hung = noun.head
                    while hung.pos_ in {"ADP", "VERB", "AUX"} and hung.head.i != hung.i:
                        hung = hung.head
                    return self.refs(hung, depth=1) if hung.pos_ in {"NOUN", "PROPN"} else []
                dated = self._dated_antecedent(noun) if lower == "which" else None
                if dated is not None:  # "held an election on Tuesday, which X called credible": the election
                    return self.refs(dated, depth=1)
                person = self.mention_at(noun)
                if lower == "which" and person is not None and person.label is Label.PERSON:
                    # "a warrant for Putin, which Moscow called null and void": 'which' is no person; the
                    # noun the person's phrase hangs on
                    holder = noun.head.head if noun.dep_ == "pobj" else None
                    return self.refs(holder, depth=1) if holder is not None and holder.pos_ == "NOUN" else []
                unpersoned = person is None or person.label is not Label.PERSON
                described = self._described_person(noun) if lower == "who" and unpersoned else None
                if described is not None:  # (round 37) "X, the founder of the Y party, who ...": X
                    return self.refs(described, depth=1)
                if (
                    t.dep_ in {"nsubj", "nsubjpass"}
                    and noun.dep_ == "appos"
                    and noun.pos_ == "NOUN"
                    and person is None
                    and noun.head.pos_ == "PROPN"
                    and self.mention_at(noun.head) is not None
                    and not summing_noun(noun, self.lex)  # (", a remark that drew a rebuke": the act's)
                ):
                    # "Serbia, a candidate for EU membership that has refused to join the sanctions": the
                    # common noun stands in apposition to the name, which the clause is said of
                    return self.refs(noun.head, depth=1)
                named = self.refs(noun, depth=1)
                if lower == "which" and t.dep_ == "dobj" and self._stance_on_place(clause, noun, named):
                    return self._event_above(noun)  # ("stormed the embassy in Baghdad, which X criticised")
                return named
            return []
        if lower in {"he", "him", "his", "she", "her", "himself", "herself"}:
            praised = self._object_owner(t)  # "slammed Hungary's prime minister for his visit": the object's
            if praised:
                return [Ref(praised[0].key, inferred=True)]
            teller = self._teller(t) or self._conjunct_subject(t)
            if teller:  # "Tokayev told Putin that his country would not ...": the teller's country
                return teller
            here = [m for m in self.mentions if m.label is Label.PERSON and m.end <= t.i]
            envoy = self._unnamed_envoy(t, here[-1].end if here else self.sent.start)
            if envoy:  # "Morales expelled the US ambassador, accusing him of ...": the envoy's state
                return envoy
            if here:
                return [Ref(here[-1].key, inferred=True)]
            for subj in self._subjects_before(t):  # "Ghana's president said his government ...": his state's
                if subj.pos_ == "NOUN" and subj.lemma_.lower() in self.lex.person_titles:
                    titled = self.refs(subj, topics=False, depth=1)
                    if titled:
                        return [Ref(x.key, inferred=True) for x in titled]
            found = self.ctx.recall(self.info.index, {Label.PERSON}, window=2)
            official = self.ctx.unnamed_officials.get(self.info.index - 1)
            if not found and official is not None:  # "Kenya's foreign minister visited Beijing. He ..."
                return [Ref(official, inferred=True)]
            return [Ref(k, inferred=True) for k in found or ()]
        if lower in {"it", "its", "itself"}:
            if (
                t.i == self.sent.start
                and t.dep_ == "nsubj"
                and self.info.index - 1 in self.ctx.thing_subjects
            ):
                # "The submission alleges ... It also asks": 'it' is the thing, not a state; a document
                # speaks ("The resolution condemned ... It also called on Russia to ...")
                return [Ref(k, inferred=True) for k in self.ctx.thing_subjects[self.info.index - 1][:1]]
            deed = topic_of(t.head, self.lex) if t.dep_ == "poss" else None
            if deed is not None and deed.kind in self.lex.words.aimed_kinds:  # "its invasion": whose deed
                return [Ref(k, inferred=True) for k in self._possessor_for(t, deed.kind)]
            related = self._relative_subject(t)
            if related:  # "Niger, which announced its withdrawal": its is Niger's
                return [Ref(x.key, inferred=True) for x in related]
            candidates = self.pronoun_candidates(t)
            praised = self._object_owner(t) or self._controller(t) or self._relative_owner(t)
            if praised:  # "commended Uganda for its mediation": its is Uganda's
                return [Ref(praised[0].key, inferred=True)]
            addressed = (  # "X demanded it withdraw", "X insisted that it leave": the one asked is not X
                t.dep_ == "nsubj"
                and t.head.dep_ == "ccomp"
                and t.head.head.lemma_.lower() in self.lex.requesting_verbs
            )
            warning = self._warned_condition(t)
            if warning is not None:  # the one who warns is not the one warned
                own = self._verb_actors(warning)
                candidates = [c for c in candidates if self.ctx.actor(c) not in own]
            struck = self._struck_owner_verb(t)
            if struck is not None:  # "Armenia says Azerbaijan opened fire on its positions": not Azerbaijan's
                own = self._verb_actors(struck)
                candidates = [c for c in candidates if self.ctx.actor(c) not in own]
            if t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.words.naming_verbs:
                # "Former Afghan ambassador X called it a betrayal": what is judged is not the judge's state
                judge = {i for s in subjects(t.head)[0] for i in range(s.left_edge.i, s.right_edge.i + 1)}
                inside = {self.mention_key(m, t) for m in self.mentions if m.start in judge}
                candidates = [c for c in candidates if c not in inside]
            act = self._act_before(t)
            if act is not None:  # "the bloc regrets the decision; Amnesty condemned it": the decision
                return self.refs(act, depth=1)
            if t.dep_ == "pobj" and t.head.head.lemma_.lower() in self.lex.words.adopting_verbs:
                # "joined the sponsors in voting for it": a text voted on, not the state named last (round 26)
                candidates = [c for c in candidates if key_label(c) not in ACTORS]
                if not candidates and (voted := self._voted_on()) is not None:
                    return [Ref(voted, inferred=True)]
            if t.dep_ in {"dobj", "dative", "pobj"} or addressed:  # "X ... urges it to refrain": not X
                own = self._clause_actors(t.head if addressed else t)
                candidates = [c for c in candidates if self.ctx.actor(c) not in own]
            return [Ref(candidates[0], inferred=True)] if candidates else []
        if lower in {"we", "our", "us", "ourselves"}:  # "our territory" in a president's words: his state's
            return [Ref(self.ctx.actor(x.key), x.inferred) for x in self.speaker(t)]
        if lower in {"i", "my", "me"}:
            return self.speaker(t)
        if lower in {"they", "them", "their", "themselves"}:
            praised = self._object_owner(t)  # "praised the Houthis for their attacks": the Houthis'
            if praised:
                return [Ref(x.key, inferred=True) for x in praised]
            for subj in self._subjects_before(t):
                found_here = [x for x in self.refs(subj, topics=False, depth=3) if key_label(x.key) in ACTORS]
                organ = subj.lemma_.lower() in self.lex.state_organs  # "the ministry ... said they will not"
                # a group named in the plural: "The Houthis said they had targeted a US destroyer"
                named_plural = subj.pos_ == "PROPN" and subj.lower_.endswith("s") and len(found_here) == 1
                named_plural = named_plural and key_label(found_here[0].key) is Label.ORGANIZATION
                plural = subj.tag_ in {"NNS", "NNPS"} or organ or named_plural
                if len(found_here) > 1 or (found_here and plural):
                    return [Ref(x.key, inferred=True) for x in found_here]
            pair = self._pair_named_here(t)
            if pair:  # "cut ties with Niger and Mali after they accused Kyiv": the pair just named
                return pair
            found = None
            if lower == "their" and t.dep_ == "poss" and t.head.dep_ in {"dobj", "obj"}:
                # "Austria and Slovakia dropped their objections to Bulgaria and Romania joining. Vienna had
                # vetoed their accession": a group the clause's own subject belongs to owns no object of it
                side = frozenset(self._verb_actors(t.head.head))
                found = self.ctx.recall(
                    self.info.index, ACTORS, plural=True, window=1, before=t.i, apart=side
                )
            if found is None:
                found = self.ctx.recall(self.info.index, ACTORS, plural=True, window=1, before=t.i)
            if found is None:
                found = self.ctx.recall(self.info.index, {Label.ORGANIZATION}, window=1, before=t.i)
            return [Ref(k, inferred=True) for k in found or ()]
        return []

    def _voted_on(self) -> str | None:
        """(r37) The text a vote cast 'for it' or 'against it' is cast on when no sentence near names one: the
        resolution the article names last, up to five sentences back, when it names only one (a live blog's
        tally: "The resolution is adopted. [the votes against, the abstentions] A and B joined the sponsors
        in voting for it")."""
        resolutions = [n for n in self.topics if n.kind == "resolution" and 0 <= n.seen <= self.info.index]
        recent = [n for n in resolutions if n.seen >= self.info.index - _VOTE_BACK]
        named = {n.proper or n.handle for n in resolutions}
        return max(recent, key=lambda n: n.seen).handle if recent and len(named) == 1 else None

    def _act_before(self, t: Token) -> Token | None:
        """The act an object "it" stands for: the last object before it in the sentence, when that is a bare
        definite act ("the bloc regrets the decision; Amnesty condemned it", "Accra took note of the
        levy, while the Commission regretted it"), not a state named near it (round 26)."""
        if t.dep_ not in {"dobj", "obj"} or t.lower_ != "it":
            return None
        before = [n for n in self.sent if n.i < t.i and n.dep_ in {"dobj", "obj", "pobj"}]
        before = [n for n in before if n.pos_ in {"NOUN", "PROPN"}]
        if not before:
            return None
        last = before[-1]
        bare = not any(c.dep_ == "poss" for c in last.children) and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in last.children
        )
        acts = self.lex.words.act_anaphors | self.lex.words.taken_measure_nouns
        return last if bare and last.lemma_.lower() in acts and self.mention_at(last) is None else None

    def _pair_named_here(self, t: Token) -> list[Ref]:
        """'they' as the subject of a clause after a main clause that names two or more coordinated actors
        as its object ("severed relations with Niger and Mali after they accused Kyiv ...")."""
        clause = t.head
        if t.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.i > t.i:
            return []
        main = clause.head
        heads = [
            p
            for h in (main, *direct_objects(main))
            for c in h.children
            if c.dep_ in {"dobj", "prep"} and c.i < t.i
            for p in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
            if p.conjuncts
        ]
        for head in heads[-1:]:
            found = [x for m in (head, *head.conjuncts) for x in self.refs(m, topics=False, depth=3)]
            if len(found) >= 2 and all(key_label(x.key) in ACTORS for x in found):
                return [Ref(x.key, inferred=True) for x in found]
        return []

    def _described_person(self, noun: Token) -> Token | None:
        """'Ivan Petrov, the founder of the Unity party, who was sanctioned': 'who' is no party but the one
        the 'of' phrase's noun stands in apposition to (None unless that is a name, and no state's: the model
        may take a person's rare name for a firm's)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.dep_ != "appos":
            return None
        named = noun.head.head.head
        m = self.mention_at(named)
        return named if m is not None and m.label in {Label.PERSON, Label.ORGANIZATION} else None

    def _dated_antecedent(self, noun: Token) -> Token | None:
        """'Malawi held an election on Tuesday, which observers called credible': a relative clause the parser
        hung on the time of a verb ("on Tuesday", "last week") is said of that verb's object."""
        if noun.ent_type_ not in {"DATE", "TIME"}:
            return None
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in {"VERB", "AUX"} or noun.dep_ not in {"pobj", "npadvmod"}:
            return None
        objects = [o for o in direct_objects(verb) if o.i < noun.i]
        return objects[-1] if objects else None

    def _adjunct_object(self, t: Token) -> list[Ref]:
        """'Sudan took the UAE to the ICJ, accusing it of complicity', 'Mali expelled the French envoy,
        accusing him of interference': the object pronoun of a participle that hangs on a clause stands for
        that clause's direct object (the one acted on), when it names an actor of the pronoun's kind (not a
        person for 'it'); the nearer noun of a prepositional phrase ('to the ICJ') is not meant."""
        if t.lower_ not in {"it", "him", "her"} or t.dep_ not in {"dobj", "obj"}:
            return []
        verb = t.head
        message = verb.head
        spoken = message.lemma_.lower() in self.lex.words.speech_nouns
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and spoken:
            # "sent India a note asking it to extradite him": the one the message went to (round 32)
            sent = [c for c in message.head.children if c.dep_ == "dative" and c.i < message.i]
            found = [x for c in sent[:1] for x in self.refs(c, topics=False, depth=1)]
            return [Ref(x.key, inferred=True) for x in found if key_label(x.key) in ACTORS]
        clause = aside_clause(verb)
        if clause is None:
            return []
        objects = direct_objects(clause)
        if len(objects) != 1 or objects[0].i > t.i or objects[0].tag_ not in {"NN", "NNP"}:
            return []
        found = [x for x in self.refs(objects[0], topics=False, depth=1) if key_label(x.key) in ACTORS]
        if t.lower_ == "it":
            found = [x for x in found if key_label(x.key) is not Label.PERSON]
        return [Ref(x.key, inferred=True) for x in found[:1]]

    def _adjunct_group(self, t: Token) -> list[Ref]:
        """'sanctioned two judges and a company, accusing them of obstruction', 'imposed visa bans on A and B,
        accusing them of ...': the object 'them' of a participle that hangs on a clause stands for the
        several actors that clause acts on: its direct objects, or those a measure it imposes is laid on
        (the measure noun's own prepositions, lexicon nouns: "sanctions on A and B"); inferred."""
        owned = t.lower_ == "their" and t.dep_ == "poss" and t.head.dep_ in {"dobj", "obj"}
        if not owned and (t.lower_ != "them" or t.dep_ not in {"dobj", "obj"}):
            return []
        verb = t.head.head if owned else t.head  # "..., accusing their governments of ...": the same ones
        clause = aside_clause(verb)
        if clause is None:
            return []
        objects = [o for o in direct_objects(clause) if o.i < t.i and o.pos_ != "PRON"]
        if not objects:
            return []
        heads: list[Token] = []
        for obj in objects:
            trig = self.lex.nouns.get(obj.lemma_.lower())
            if trig is None or not trig.preps:
                heads += [obj, *obj.conjuncts]
                if owned:  # "ordered the envoys of A and B to leave, accusing their governments": A and B
                    heads += [
                        g
                        for c in obj.children
                        if c.lower_ == "of"
                        for n in c.children
                        for g in (n, *n.conjuncts)
                    ]
                continue
            preps = [c for h in (obj, clause) for c in h.children if c.dep_ == "prep" and c.i < t.i]
            preps = [c for p in preps for c in (p, *p.conjuncts) if c.lower_ in trig.preps]
            heads += [g for p in preps for n in p.children if n.dep_ == "pobj" for g in (n, *n.conjuncts)]
        named = [g for h in heads for a in h.children if a.dep_ == "appos" for g in (a, *a.conjuncts)]
        found: dict[str, Ref] = {}
        for head in heads + named:
            if self.mention_at(head) is None:
                continue  # ("two former judges", "three Russian banks": no one named, not their state)
            for x in self.refs(head, topics=False, depth=1):
                if key_label(x.key) in ACTORS:
                    found.setdefault(x.key, Ref(x.key, inferred=True))
        plural = len(heads) > 1 or any(h.tag_ in {"NNS", "NNPS"} for h in heads)
        return list(found.values()) if plural else []

    def _unnamed_envoy(self, t: Token, after: int) -> list[Ref]:
        """'expelled the US ambassador, accusing him of conspiring': an envoy named only by his post (lexicon
        envoy_nouns), after the last person named and before an object 'him'/'her', is who the pronoun
        means; he stands for the state that sent him (inferred)."""
        if t.lower_ not in {"him", "her"} or t.dep_ not in {"dobj", "obj", "pobj"}:
            return []
        envoys = [
            n
            for n in self.sent
            if after <= n.i < t.i
            and n.pos_ == "NOUN"
            and n.lemma_.lower() in self.lex.words.envoy_nouns
            and n.tag_ in {"NN", "NNP"}
            and self.mention_at(n) is None
        ]
        if not envoys:
            return []
        found = self.refs(envoys[-1], topics=False, depth=1)
        return [Ref(x.key, inferred=True) for x in found if key_label(x.key) in STATES]

    def _teller(self, t: Token) -> list[Ref]:
        """The person who tells a clause holding 'his' or 'her' to another person: "X told Y that his country
        would not ..." (his is the teller's, not the one told, named last)."""
        if t.dep_ != "poss":
            return []
        clause = t.head
        while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in self.lex.words.say_verbs:
            return []
        if not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return []  # (only "told Putin that ...": with no one told, the last person named is his)
        tellers = [
            x
            for c in verb.children
            if c.dep_ == "nsubj"
            for x in self.refs(c, topics=False, depth=3)
            if key_label(x.key) is Label.PERSON
        ]
        return [Ref(x.key, inferred=True) for x in tellers[:1]]

    def _conjunct_subject(self, t: Token) -> list[Ref]:
        """'he' as the subject of a clause conjoined to one whose subject is a person: that person, not the
        one he spoke to ("Orban told Scholz the plan was fair, but he would not back the aid")."""
        clause = t.head
        if t.dep_ != "nsubj" or clause.dep_ != "conj" or clause.head.i == clause.i:
            return []
        found = [
            x
            for c in clause.head.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN"
            for x in self.refs(c, topics=False, depth=1)
            if key_label(x.key) is Label.PERSON
        ]
        return [Ref(x.key, inferred=True) for x in found[:1]]

    def _warned_condition(self, t: Token) -> Token | None:
        """'North Korea warned Seoul of a response if it continued its drills': 'it' in the condition of a
        warning is the one warned, not the one who warns."""
        clause = t.head
        if t.dep_ == "poss":  # "if it continued its drills": the possessor in the condition too
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
        elif t.dep_ != "nsubj":
            return None
        if clause.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children):
            return None
        trig = self.lex.verbs.get(clause.head.lemma_.lower())
        threat = trig is not None and "THREATENS" in {trig.rel, *trig.preps.values()}
        return clause.head if threat or clause.head.lemma_.lower() in self.lex.requesting_verbs else None

    def _class_member(self, noun: Token) -> list[Token]:
        """Who is placed in the class a relative clause describes: "X is one of / among the countries
        that ...", "X joined the countries that ...", "X has joined a growing list of countries that ..."."""
        if noun.tag_ not in {"NNS", "NNPS"} or self.mention_at(noun) is not None:
            return []
        words = self.lex.words
        holder = noun
        if holder.dep_ == "pobj" and holder.head.lower_ in {"of", "among"}:
            holder = holder.head.head  # "one of", "a list of", "among" (on the verb)
            if holder.pos_ in {"NOUN", "NUM"} and holder.lemma_.lower() not in words.class_nouns:
                return []
        verb = holder if holder.pos_ in {"VERB", "AUX"} else holder.head
        placed = verb.lemma_.lower() in words.copulas or verb.lemma_.lower() in words.join_verbs
        if verb.i == holder.i:
            placed = placed and noun.head.lower_ == "among"
        elif holder.dep_ not in {"attr", "dobj"}:
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"] if placed else []

    def _object_owner(self, t: Token) -> list[Ref]:
        """The object of a verb a possessive sits under through 'for', 'in', 'on', 'over' or 'against':
        'thanked Ghana for its help', 'blamed Kyiv for its refusal', 'backed Russia in its war', 'pressed
        China on its record' (the deed is the object's; 'struck Gaza with its jets' is the subject's)."""
        if t.dep_ != "poss":
            return []
        noun = t.head
        prep = noun.head
        shielded = self._shielded(noun)
        if shielded:
            return shielded
        through = prep.lower_ in self.lex.words.object_owner_preps
        holder = prep.head
        ties = self.lex.words.tie_nouns
        if noun.dep_ != "pobj" or not through:
            return []
        objects = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ == "VERB" else [holder]
        # "filed a complaint against Israel over its strikes": the one a protest is lodged against
        against = [
            p
            for h in (holder, *objects)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "expressed gratitude to France for its support", "voiced its thanks to Ankara for its help": the
        # one thanked (on the noun of thanks or on its verb)
        acomps = [c for c in holder.children if c.dep_ == "acomp"]  # "is grateful to Oslo for its support"
        thanks = [o for o in objects + acomps if o.lemma_.lower() in self.lex.words.thanks_nouns]
        thanked = [
            x
            for h in (
                *thanks,
                *([holder.head] if thanks and holder.pos_ == "NOUN" else [holder] if thanks else []),
            )
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
            for x in self.refs(p, topics=False, depth=3)
            if key_label(x.key) in ACTORS
        ]
        if thanked:
            return thanked
        if not (holder.pos_ == "VERB" or holder.lemma_.lower() in ties):
            return [
                x for o in against for x in self.refs(o, topics=False, depth=3) if key_label(x.key) in ACTORS
            ]
        # "won the backing of the AU for its bid": a stance received is no one whose deed is named
        stances = self.lex.nouns.keys() - ties
        objects = [o for o in objects if o.lemma_.lower() not in stances or self.mention_at(o) is not None]
        # "severed relations with Israel over its offensive": the ties' other side
        objects += [
            p
            for o in objects
            if o.lemma_.lower() in ties
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        objects += against
        return [x for o in objects for x in self.refs(o, topics=False, depth=3) if key_label(x.key) in ACTORS]

    def _shielded(self, noun: Token) -> list[Ref]:
        """'defended Iran against Western criticism of its missile programme', 'shielded Manila from charges
        over its policy': what is charged is the one shielded (the verb's object), not the shield's."""
        charge = noun.head.head if noun.dep_ == "pobj" else None
        if charge is None or charge.pos_ != "NOUN" or charge.dep_ != "pobj":
            return []
        prep = charge.head
        verb = prep.head
        if prep.lower_ not in self.lex.words.shielding_preps or verb.pos_ != "VERB":
            return []
        return [
            x
            for o in verb.children
            if o.dep_ == "dobj"
            for x in self.refs(o, topics=False, depth=3)
            if key_label(x.key) in ACTORS
        ]

    def _struck_owner_verb(self, t: Token) -> Token | None:
        """The verb of an attack whose target a possessive owns ("shelled its villages", "opened fire on its
        positions"): no one strikes what is their own unless the text says so ("its own")."""
        noun = t.head
        if t.dep_ != "poss" or any(c.lower_ == "own" for c in noun.children):
            return None
        holder = noun.head
        if noun.dep_ == "pobj" and holder.lower_ in {"on", "at", "against", "into", "toward", "towards"}:
            holder = holder.head
        elif noun.dep_ not in {"dobj", "obj"}:
            return None
        verb = holder.head if holder.pos_ == "NOUN" and holder.dep_ in {"dobj", "obj"} else holder
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        # the verb's own relation, or that of its object noun ("opened fire on", "launched strikes on")
        trigs = [self.lex.verbs.get(verb.lemma_.lower())]
        trigs += [self.lex.nouns.get(o.lemma_.lower()) for o in verb.children if o.dep_ in {"dobj", "obj"}]
        hostile = any(x is not None and "ATTACKED" in {x.rel, *x.preps.values()} for x in trigs)
        return verb if hostile else None

    def _relative_owner(self, t: Token) -> list[Ref]:
        """'Greece protested to Libya over a deal it signed with Turkey': 'it' in a relative clause on what a
        stance is over stands for the one the stance is aimed at (its object or its 'to' phrase)."""
        clause = t.head
        if t.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ != "pobj":
            return []
        prep = clause.head.head
        holder = prep.head
        if prep.lower_ not in self.lex.words.object_owner_preps or holder.pos_ != "VERB":
            return []
        aimed = [c for c in holder.children if c.dep_ == "dobj"]
        aimed += [p for c in holder.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
        return [x for o in aimed for x in self.refs(o, topics=False, depth=3) if key_label(x.key) in STATES]

    def _controller(self, t: Token) -> list[Ref]:
        """'ordered Israel to halt its offensive', 'urged Russia to withdraw its troops': the possessive in
        the object of an infinitive is its doer's, the object of the verb that asks (not a purpose verb:
        'summoned the envoy to protest its remarks')."""
        if t.dep_ != "poss" or t.head.dep_ not in {"dobj", "obj"}:
            return []
        infinitive = t.head.head
        asking = infinitive.head
        if infinitive.dep_ != "xcomp" or asking.lemma_.lower() in self.lex.words.purpose_verbs:
            return []
        doers = asked(asking, infinitive)
        return [x for o in doers for x in self.refs(o, topics=False, depth=3) if key_label(x.key) in ACTORS]

    def _clause_actors(self, t: Token) -> set[str]:
        """Who acts in the clause of an object pronoun (a pronoun object is not its own subject); through
        the nouns it hangs on ("Egypt and Turkey are backers of the army": not Turkey's army)."""
        head, hops = (t.head.head if t.dep_ == "pobj" else t.head), 0
        while head.pos_ not in {"VERB", "AUX"} and head.dep_ in {"attr", "pobj", "prep"} and hops < 4:
            head, hops = head.head, hops + 1
        return self._verb_actors(head, besides=t)

    def _verb_actors(self, verb: Token, besides: Token | None = None) -> set[str]:
        """The states or bodies the subjects of ``verb`` act for (``besides`` not counted)."""
        tokens, _ = subjects(verb)
        found = [
            x
            for s in tokens
            if besides is None or s.i != besides.i
            for x in self.refs(s, topics=False, depth=3)
        ]
        return {self.ctx.actor(x.key) for x in found}

    def _possessor_for(self, pron: Token, kind: str) -> list[str]:
        """'its war in Ukraine': prefer the candidate the article already names as that war's agent."""
        praised = self._object_owner(pron)
        if praised:  # "commended Uganda for its mediation", "praised the Houthis for their attacks"
            return [x.key for x in praised]
        controlled = self._controller(pron)
        if controlled:  # "the ICJ ordered Israel to halt its offensive": Israel's
            return [x.key for x in controlled]
        if pron.lower_ == "their":
            return [x.key for x in self.pronoun(pron) if key_label(x.key) in ACTORS]
        candidates = self.pronoun_candidates(pron)
        known = {a for node in self.topics if node.kind == kind for a in node.agents}
        for key in candidates:
            if key in known:
                return [key]
        bodies = self.lex.words.resolution_bodies
        if kind in self.lex.words.aimed_kinds and candidates and self.ctx.nodes[candidates[0]].name in bodies:
            # "the Assembly voted ... within a week of its invasion": an assembly invades no one
            states = [k for k in candidates if key_label(k) is Label.COUNTRY]
            return states[:1] or candidates[:1]
        return candidates[:1]

    def speaker(self, t: Token) -> list[Ref]:
        """'"We will never accept this," the foreign minister said': we is the speaker (or the state); in a
        line with no verb of saying outside the quote, the line's label ('Kishida: "We protest."')."""
        if not inside_quotes(self.sent, t.i):
            return self._line_speaker(t)
        said = False
        for verb in self.sent:
            if verb.lemma_.lower() in self.lex.words.say_verbs and not inside_quotes(self.sent, verb.i):
                said = True
                for subj in verb.children:
                    if subj.dep_ == "nsubj" and not inside_quotes(self.sent, subj.i):
                        # (a shallow start, so that "said a spokesman for the Finnish government" reaches
                        # the state through the spokesman and the government)
                        return [Ref(x.key, inferred=True) for x in self.refs(subj, topics=False, depth=1)]
        return [] if said else self._line_speaker(t)

    def _judged_before(self, t: Token) -> list[Ref]:
        """'The Philippine protest is groundless and we reject it': 'it' as the object of a verb conjoined to
        a copular clause is that clause's subject, the thing just judged (round 26)."""
        verb = t.head
        if t.dep_ not in {"dobj", "obj"} or verb.dep_ != "conj" or verb.head.lemma_.lower() not in {"be"}:
            return []
        said = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        found = [x for c in said for x in self.refs(c, depth=1)]
        if not found:  # an act no topic names: its owner's ("the Philippine protest" is the Philippines')
            owners = [o for c in said for o in c.children if o.dep_ in {"amod", "compound", "poss"}]
            found = [x for o in owners for x in self.refs(o, topics=False, depth=1)]
            found = [x for x in found if key_label(x.key) in ACTORS]
        return [Ref(x.key, inferred=True) for x in found]

    def _line_speaker(self, t: Token) -> list[Ref]:
        """'Lin Jian: ... We urge the Philippines to stop': in a transcript, a line that opens with a named
        official and a colon is his answer, and 'we' in it is his state (round 26). Nothing for a label
        that is no official known to the article ("Reuters:", "Reporter:")."""
        label = self.ctx.line_labels.get(self.info.index)
        if label is None:
            return []
        key = self._labelled_person(label)
        state = self.ctx.actor(key) if key is not None else None
        if (state is None or state == key) and t.lower_ in {"we", "our", "us", "ourselves"}:
            state = self._own_state(label)  # (his own 'I' is the person's: "I spoke with ...")
        return [Ref(state, inferred=True)] if state is not None and state != key else []

    def _own_state(self, label: str) -> str | None:
        """'HANG: ... Vietnam firmly rejects it. ... HANG: We call on Russia ...': a speaker whose state the
        article never gave speaks for the state his own lines name most often (at least twice, ahead of any
        other), as an official's statement names its own state."""
        ranked = self.ctx.line_states.get(label, Counter()).most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _labelled_person(self, label: str) -> str | None:
        """The official a line's label names, the title before the name let go ("Japanese Prime Minister
        Fumio Kishida", "Russian foreign ministry spokeswoman Maria Zakharova"): the longest ending of the
        label that is a person known to the article."""
        words = label.split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            key = self.ctx.people.get(fold(clean_person_name(name)).lower()) or self.ctx.known_surname(name)
            if key is not None:
                return key
        return None

    def _subjects_before(self, t: Token) -> list[Token]:
        """Subjects earlier in the sentence, nearest first."""
        return [s for s in reversed(self.sent[: t.i - self.sent.start]) if s.dep_ in SUBJ and s.i < t.i]

    def _blamed(self, t: Token) -> list[str]:
        """'Its' in the reason a measure or a word states ("cut aid to Rwanda over its support for the M23",
        "imposed sanctions on Iran over its drone sales"): the one the act is aimed at, not its doer."""
        noun = t.head
        if t.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in self.lex.words.grievance_preps:
            return []
        main = noun.head.head
        if main.pos_ in {"NOUN", "PROPN"} and main.dep_ in {"dobj", "obj"}:
            main = main.head  # "imposed sanctions on Iran over its ..." with 'over' hung on the noun
        if main.pos_ != "VERB":
            return []
        own = {x.key for c in main.children if c.dep_ == "nsubj" for x in self.refs(c, topics=False, depth=3)}
        objects = [c for c in main.children if c.dep_ in {"dobj", "obj"}]
        aimed = objects + [
            p
            for h in (main, *objects)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "to", "with", "from"}
            for p in c.children
            if p.dep_ == "pobj" and p.i < t.i
        ]
        return [
            x.key
            for a in aimed
            if a.i < t.i
            for x in self.refs(a, topics=False, depth=3)
            if self.ctx.actor(x.key) not in own and x.key not in own
        ]

    def pronoun_candidates(self, t: Token) -> list[str]:
        """What 'it'/'its' may stand for, best first: an earlier subject of the sentence, the nearest
        state or body named before it, then the subjects of the last sentences."""
        out: list[str] = []
        # what is recognized may be a territory ("Kosovo hopes to join NATO, but Spain does not recognise it")
        trig = self.lex.verbs.get(t.head.lemma_.lower()) if t.dep_ in {"dobj", "obj"} else None
        kinds = STATES | {Label.REGION} if trig is not None and trig.rel == "RECOGNIZES" else STATES

        def fits(key: str) -> bool:  # a de facto state acts as one ("Taiwan's ministry said it regretted")
            node = self.ctx.nodes.get(key)
            acting = node is not None and node.attrs.get("kind") in self.lex.words.acting_body_kinds
            return key_label(key) in kinds or (key_label(key) is Label.REGION and acting)

        # "Russia will retaliate against Finland if it joins NATO", "will sanction the US if it sells arms to
        # Taiwan": the subject of a condition is the one the main clause's act is aimed at, when it names one
        clause = t.head
        if (
            t.dep_ in {"nsubj", "nsubjpass"}
            and clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in clause.children)
        ):
            main = clause.head
            aimed = [c for c in main.children if c.dep_ in {"dobj", "obj"}]
            aimed += [
                p
                for c in main.children
                if c.dep_ == "prep" and c.lower_ in {"against", "on", "at"}
                for p in c.children
            ]
            out += [x.key for a in aimed for x in self.refs(a, topics=False, depth=3) if fits(x.key)]
        out += [k for k in self._blamed(t) if fits(k)]
        for subj in self._subjects_before(t):
            if subj.pos_ == "PRON" and (subj.lower_ not in {"which", "who", "that"} or not _reported(t)):
                continue  # a relative pronoun stands for its noun in a reported clause: "Rwanda, which
                # denies claims that it ..." (but "Somalia, which is at odds with X since it ..." is open)
            if subj.conjuncts:
                continue  # "Hungary and Slovakia oppose its bid": 'its' is not one of a pair
            out += [x.key for x in self.refs(subj, topics=False, depth=3) if fits(x.key)]
        out += [key for m in reversed(self.mentions) if m.end <= t.i and fits(key := self.mention_key(m, t))]
        # (not one of a pair the last sentence made its subject: "Russia and Belarus signed the compact.
        # Lithuania criticised it" is said of no one of the two)
        paired = frozenset(self._paired_subjects())
        found = self.ctx.recall(self.info.index, kinds, plural=False, window=2, besides=paired)
        out += list(found or ())
        # last: a state the last sentence named in any role ("NATO invited Sweden to join. The alliance
        # admitted it": not the alliance itself, the clause's own actor)
        out += [
            k
            for m in reversed(self.ctx.recent)
            if m.sent == self.info.index - 1
            for k in m.keys
            if fits(k) and k not in paired
        ]
        return list(dict.fromkeys(out))

    def _paired_subjects(self) -> set[str]:
        """The members of a plural subject ("A and B", "the two countries") of the last sentence, outside
        quotes, that no singular subject there names by itself."""
        last = self._last_subjects()
        alone = {k for m in last if not m.plural for k in m.keys}
        return {k for m in last if m.plural and len(m.keys) > 1 for k in m.keys} - alone

    def _last_subjects(self) -> list[Recent]:
        """The subjects the last sentence named outside quotes."""
        return [m for m in self.ctx.recent if m.sent == self.info.index - 1 and m.subject and not m.quoted]


def summing_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun after a comma sums up what was said or done ("a remark", "a move", "a claim", "a
    decision") rather than describing the name before it ("a movement", "a country")."""
    words = lex.words
    lemma = noun.lemma_.lower()
    return (
        lemma in words.act_anaphors
        or lemma in words.speech_anaphors
        or lemma in words.claim_nouns
        or lemma in words.decision_nouns
        or lemma in words.proposal_nouns
    )
