"""An act welcomed under a bare act noun is supported as an act of its own (round 38).

"Canberra lifted the levy on Fijian kava. Suva welcomed the decision": the gold takes the welcome as support
of the decision itself (an Event it names after the act, with "decision" among its names), whatever doer the
noun also points to. Only a bare definite act noun (lexicon welcomed_act_nouns: "the decision", "this step",
"the Emirati withdrawal") as the object of a verb of approval (welcomed_act_verbs), active or passive ("the
move was hailed by ..."); not a noun whose owner or content its phrase spells out ("its decision", "the
decision to ..."), which other rules read, nor one that already stands for a named event or text, nor one
whose doer is a state the last sentences name ("Tonga expelled the envoy ... The move was welcomed by Fiji":
the gold has Fiji support Tonga, and no act node).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label
from loaders.extract.lexicon import Lexicon, Topic

# The act's node is an event named by its act noun ("decision backed by Fiji"), or a text: a measure in force
# ("the moratorium"), or a body's act (the noun also points to an organization as its doer: "the AU lifted the
# suspension ... the decision was welcomed"), as the gold labels a council's decision. One node per noun in an
# article: "the decision" welcomed twice is one act, "the moratorium" another.


def welcomed_kind(t: Token, lex: Lexicon, by_body: bool) -> Topic:
    """The kind of node for the act ``t`` names (``by_body``: its doer is an organization)."""
    lemma = t.lemma_.lower()
    label = Label.AGREEMENT if by_body else Label(lex.words.welcomed_act_nouns.get(lemma, Label.EVENT.value))
    return Topic(f"{lemma} act", label, ())


_DEFINITE = frozenset({"the", "this", "that", "these"})
# what in the phrase would say whose act or which one it is
_OWNED = frozenset({"poss", "prep", "acl", "relcl", "appos", "nummod"})


def welcomed_act(t: Token, lex: Lexicon) -> bool:
    """Whether ``t`` is a bare definite act noun that a verb of approval takes as its object."""
    words = lex.words
    if t.pos_ != "NOUN" or t.lemma_.lower() not in words.welcomed_act_nouns:
        return False
    verb = t.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.welcomed_act_verbs:
        return False
    if t.dep_ not in {"dobj", "obj", "nsubjpass"}:
        return False
    dets = [c for c in t.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in _DEFINITE:
        return False
    # (an 'as' phrase is the verdict: "welcomed the decision as overdue")
    return not any(c.dep_ in _OWNED and not (c.dep_ == "prep" and c.lower_ == "as") for c in t.children)
