"""A candidate named with the party that puts them forward by a possessive (round 38): "Ana Ruiz, the
Liberal Party's candidate", "the ruling bloc's nominee, Ana Ruiz", "the alliance, whose candidate Ana Ruiz was
barred". The party SUPPORTS the candidate (inferred; the gold's "candidate of" reading, authorship of a
candidacy). The 'of' form ("the candidate of the Liberal Party") is ``noun_rules._stance_agent``'s; the nouns
are lexicon endorsed_nouns. A former candidate ("its former nominee") is backed no more."""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Label, Modality
from loaders.extract.rule_helpers import _emit_all
from loaders.extract.sentence import STATES, Reader, Ref, label_of_ref


def owned_candidate(r: Reader, noun: Token) -> None:
    """The possessor of a candidate noun backs the person the noun names."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    past = r.lex.words.former_words | set(r.lex.words.past_role_words)
    if len(owners) != 1 or any(c.lower_ in past for c in noun.children):
        return
    owner = owners[0]
    if owner.tag_ == "WP$":  # "the alliance, whose candidate Ana Ruiz was barred": the clause's antecedent
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        backers = list(r.refs(clause.head, topics=False)) if clause is not None else []
    else:
        backers = list(r.refs(owner, topics=False))
    backers = [Ref(x.key, inferred=True) for x in backers if label_of_ref(x, r.topics) in STATES]
    named = [noun.head] if noun.dep_ in {"appos", "compound"} else []  # "Ruiz, the party's candidate"
    named += [c for c in noun.children if c.dep_ == "appos"]  # "the party's nominee, Ana Ruiz"
    people = [x for t in named for x in r.refs(t, topics=False) if label_of_ref(x, r.topics) is Label.PERSON]
    if backers and people:
        _emit_all(r, "SUPPORTS", backers, people, Modality.ASSERTED, 0.7)
