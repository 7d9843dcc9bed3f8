"""What a rule gets back for a noun phrase: node keys (``Ref``), and the label a key stands for."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.model import Label
from loaders.extract.topics import TopicNode

ACTORS = {Label.COUNTRY, Label.ORGANIZATION, Label.PERSON, Label.REGION}
STATES = {Label.COUNTRY, Label.ORGANIZATION}
SUBJ = {"nsubj", "nsubjpass", "csubj"}


@dataclass(frozen=True)
class Ref:
    key: str
    inferred: bool = False


def main_clause(token: Token) -> bool:
    """Whether a subject is one of its sentence's main clauses ("Japan said ...", "... and Japan left", "...:
    Chad, the government said, had decided ..."), or of a reported clause put before its verb of saying
    ("Japan will not join, X said"); not a relative or adverbial clause's ("the first pact Japan has
    concluded"), nor a clause reported after the verb ("the EU said Russia must pay")."""
    verb = token.head
    for _ in range(6):
        if verb.dep_ not in {"conj", "parataxis"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT":
        return True
    return verb.dep_ == "ROOT"


_DOUBLE = {'"', "“", "”"}
_SINGLE = {"'", "‘", "’"}
_QUOTE_TAGS = {"``", "''"}  # single quotes that open or close speech (not an apostrophe, tagged POS)


# the last sentence asked about (its doc held, so the identity test is sound): its quote marks and shift
_LAST_MARKS: list[tuple[Doc, int, int, list[int], int]] = []


def inside_quotes(sent: Span, i: int) -> bool:
    """Whether token ``i`` is quoted speech; a sentence may begin inside a quote opened before it."""
    marks, shift = _quote_marks(sent)
    return (sum(1 for m in marks if m < i) + shift) % 2 == 1


def _quote_marks(sent: Span) -> tuple[list[int], int]:
    """The positions of a sentence's quote marks, and 1 if it begins inside a quote (the rules ask about one
    sentence many times in a row: worked out once)."""
    if _LAST_MARKS:
        doc, start, end, positions, shift = _LAST_MARKS[0]
        if doc is sent.doc and start == sent.start and end == sent.end:
            return positions, shift
    marks = [t for t in sent if t.text in _DOUBLE or (t.text in _SINGLE and t.tag_ in _QUOTE_TAGS)]
    shift = (
        1
        if marks
        and (
            marks[0].text in {"”", "’"}
            or (len(marks) % 2 == 1 and marks[0].i > sent.start and marks[0].nbor(-1).is_punct)
        )
        else 0
    )
    positions = [t.i for t in marks]
    _LAST_MARKS[:] = [(sent.doc, sent.start, sent.end, positions, shift)]
    return positions, shift


def key_label(key: str) -> Label:
    if key.startswith("?topic"):
        return Label.EVENT
    return Label(key.split(":", 1)[0])


def label_of_ref(ref: Ref, topics: list[TopicNode]) -> Label:
    if ref.key.startswith("?topic:"):
        return topics[int(ref.key.split(":")[1])].label
    return key_label(ref.key)
