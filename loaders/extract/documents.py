"""Named documents and definite references back to them (round 23, family A).

"Leaders of the SCO adopted the Astana Declaration ... Pakistan welcomed the declaration": the bare
"the declaration" is the Astana Declaration told before, not a new document nor nothing at all. The words
that refer back (lexicon document_back_refs) are heads the topic lexicon does not take on their own (a
declaration may be one of war, a statement one of a ministry), so they stand for a document only when
the article has already named one with that head ("the charter" after "the Cusco Charter"), and "the
text" for the agreement named last.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extract.lexicon import Lexicon
from loaders.extract.topics import TopicNode

_DEFINITE = {"the", "this", "that"}
_OWN_WORDS = {"compound", "poss", "nmod", "nummod"}
_VOTE_WINDOW = 2  # "welcomed the vote": the text voted in one of the two sentences before (voted_text_ref)


def document_back_ref(token: Token, topics: list[TopicNode], index: int, lex: Lexicon) -> str | None:
    """The handle of the named agreement that a bare definite document noun refers back to, or None."""
    words = lex.words
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in words.document_back_refs:
        return None
    if token.dep_ in {"nsubj", "compound", "poss"}:
        return None  # "the statement said ...": whose words, the speech rules tell
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children):
        return None
    if any(c.dep_ in _OWN_WORDS or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
        return None  # "the Kremlin's statement", "the declaration of war": another document
    if any(c.dep_ == "amod" and c.lower_ not in words.document_back_ref_adjectives for c in children):
        return None  # "a new declaration": not the one told before
    any_agreement = lemma in words.document_generic_refs
    named = [
        n
        for n in topics
        if n.kind in words.document_kinds
        and 0 <= n.seen <= index
        and (any_agreement or any(h.split()[-1] == lemma for h in n.heads))
    ]
    if any_agreement:  # "the text": the agreement named last, only when it is the one of its sentence or the
        named = [n for n in named if n.seen >= index - 1]  # one before (else too far to point at)
    if not named:
        return None
    return max(named, key=lambda n: n.seen).handle


def document_voice(token: Token, lex: Lexicon) -> Token | None:
    """'In the declaration, member states condemned the attack', 'under the charter, the signatories
    pledged ...': an unowned group noun (lexicon document_voices) that acts "in" a document speaks for the
    document's signers; the document noun it acts in, or None."""
    words = lex.words
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.lemma_.lower() not in words.document_voices:
        return None
    if token.tag_ not in {"NNS", "NN"} or any(
        c.dep_ in {"poss", "prep", "appos"}
        or (c.dep_ == "compound" and c.lower_ not in words.document_voices)
        for c in token.children
    ):
        return None  # "member states of the SCO", "Iran's leaders": owned, read as they are
    verb = token.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words.document_voice_preps and prep.i < token.i:
            for doc in prep.children:
                if doc.dep_ == "pobj" and doc.lemma_.lower() in words.document_back_refs:
                    return doc
    return None


def _bare_definite(token: Token, lex: Lexicon) -> bool:
    """'the project', 'this vote': a definite head with no owner, 'of' phrase or qualifier of its own."""
    children = list(token.children)
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)
        and not any(c.dep_ in _OWN_WORDS or (c.dep_ == "prep" and c.lower_ in {"of", "on"}) for c in children)
        and all(c.lower_ in lex.words.document_back_ref_adjectives for c in children if c.dep_ == "amod")
    )


def project_back_ref(token: Token, topics: list[TopicNode], index: int, lex: Lexicon) -> str | None:
    """(round 36) 'the project', 'the pipeline': a bare definite project noun (lexicon project_back_refs) once
    the article has named a project ("the Trans-Andean Gas Pipeline ... Chile defended the project")
    is the project named last; a project is the article's, so any sentence before counts."""
    words = lex.words
    if token.lemma_.lower() not in words.project_back_refs or token.dep_ in {"compound", "poss"}:
        return None
    if not _bare_definite(token, lex):
        return None
    projects = words.named_project_heads
    named = [
        n
        for n in topics
        if n.proper and 0 <= n.seen <= index and any(h.split()[-1] in projects for h in n.heads)
    ]
    return max(named, key=lambda n: n.seen).handle if named else None


def voted_text_ref(token: Token, voted: list[tuple[int, str]], index: int, lex: Lexicon) -> str | None:
    """(round 36) 'welcomed the vote', 'hailed the result', 'rejected the adoption': a bare definite noun of a
    vote's outcome (lexicon vote_outcome_refs) in an article that told a text put to a vote (``voted``, the
    sentence and handle of each text a voting verb took: ArticleContext.voted_texts) is the text voted last,
    in one of the two sentences before (further back, "the vote" is the story's, not a text told before)."""
    if token.lemma_.lower() not in lex.words.vote_outcome_refs or token.dep_ in {"compound", "poss"}:
        return None
    if not _bare_definite(token, lex):
        return None
    before = [handle for sent, handle in voted if index - _VOTE_WINDOW <= sent < index]
    return before[-1] if before else None
