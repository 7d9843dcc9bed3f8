"""The act a story is about, for a reaction far down the article that names it only as 'the move'.

News leads with its act ("Ghana cut diplomatic ties with Togo on Friday ...") and, paragraphs later, tells
the reactions to it by a bare act noun ("Togo's cabinet called the rupture 'hasty'"). When no act of the
last sentences fits the noun, the gold takes the doer of the story's act as the one criticised (round 36):
the doers of the first act the story item's lead (headline or dateline sentence and the next) told (lexicon
story_act_relations), not the judge himself.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from graph.model import Modality
from loaders.extract.context import ArticleContext
from loaders.extract.lexicon import Lexicon
from loaders.extract.refs import STATES, key_label

_TOLD = {Modality.ASSERTED, Modality.FUTURE}
_REACTIONS = frozenset({"CONDEMNS", "CRITICIZES"})
_LEAD = 2  # the sentences that lead a story item: its headline or dateline sentence and the next


def reaction_use(t: Token, lex: Lexicon) -> bool:
    """Whether an act noun is what a reaction of criticism judges: the object of a verb of criticism or
    regret ("regretted the decision", "the move was criticised"), or an evaluation verb's object with a
    critical word ("termed the rupture 'hasty'")."""
    verb = t.head
    if t.dep_ not in {"dobj", "obj", "nsubjpass"} or verb.pos_ != "VERB":
        return False
    trig = lex.verbs.get(verb.lemma_.lower())
    if trig is not None and trig.rel in _REACTIONS:
        return True
    if verb.lemma_.lower() not in lex.evaluation_verbs:
        return False
    # (the parser hangs the quoted word on the verb or, after the noun, on the noun)
    after = [c for c in verb.children if c.i > t.i and c.dep_ in {"oprd", "prep", "ccomp", "xcomp", "acomp"}]
    after += [c for c in t.children if c.i > t.i and c.dep_ in {"amod", "prep"}]
    said = [w.lower_ for c in after for w in c.subtree]
    return lex.judgement(said) in _REACTIONS


def story_act_doers(ctx: ArticleContext, lex: Lexicon, index: int, judges: Set[str]) -> list[str]:
    """The states that did the first act told (asserted or announced) in the lead of the story item that
    holds sentence ``index`` (its first two sentences), before it: the doers of that sentence's first such
    claim's act (several when they did it together); none when the judge is among them or no act was told."""
    start = max((i for i in ctx.item_starts if i <= index), default=0)
    wanted = lex.words.story_act_relations
    for i in range(start, min(index, start + _LEAD)):  # (an act told later is no lead: another story's)
        told = ctx.told({i}, wanted, _TOLD)
        if not told:
            continue
        first = (told[0].type, told[0].target)
        # (a pact signed "with" another names its co-signer after the one who acts: "Fiji signed a pact with
        # Australia ... China regretted the decision" is Fiji's)
        together = told[:1] if first[0] in lex.words.joint_act_relations else told
        doers = list(dict.fromkeys(ctx.actor(c.source) for c in together if (c.type, c.target) == first))
        doers = [d for d in doers if key_label(d) in STATES]
        return [] if not doers or set(doers) & judges else doers
    return []
