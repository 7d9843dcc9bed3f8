"""Visits told from the guest's side (round 25): "the crown prince was hosted at the White House", "was
received at the Kremlin". A passive hosting with no 'by' names its host by the seat where it took place: the
guest met the state whose seat of government or capital that is (MET_WITH, inferred)."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.args import agent, prep_objects
from loaders.extract.sentence import ACTORS, Reader, Ref, label_of_ref


def hosted_at(r: Reader, verb: Token) -> None:
    """'X was hosted at the White House', 'was received in Beijing': X MET_WITH the host state."""
    if verb.lemma_.lower() not in r.lex.words.hosting_verbs:
        return
    if not any(c.dep_ == "auxpass" for c in verb.children) or agent(verb) is not None:
        return
    guests = [
        x
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for x in r.refs(c, topics=False)
        if label_of_ref(x, r.topics) in ACTORS
    ]
    hosts = [
        x
        for p in prep_objects(verb, "at") + prep_objects(verb, "in")
        for x in r.refs(p, topics=False)
        if label_of_ref(x, r.topics) is Label.COUNTRY
    ]
    if not guests or len({x.key for x in hosts}) != 1:
        return
    modality, conf = r.modality(verb)
    host = Ref(hosts[0].key, inferred=True)
    for guest in guests:
        if r.ctx.actor(guest.key) != host.key:
            r.emit(guest, "MET_WITH", host, modality, conf - 0.1, unordered=True)
