"""A bare minister's state, decided once per article.

"Foreign Minister A said ... . Trade Minister B welcomed the decision": a minister's title without its state,
guessed only from the sentences before it, belongs to the state of the article's other bare-titled ministers
whose state the leaders data settles, when they are all of one state (two at least): an article writes its
home state's officials without their state, a foreign one's with it. Not the state the sentence before
happened to be about, and not when the title's own sentence names that state as a subject and not the home.
"""

from __future__ import annotations

from collections import Counter

from loaders.extract.context import ArticleContext


def _minister(role: str | None) -> bool:
    return role is not None and "minister" in role.lower().split()


def _echo(ctx: ArticleContext, person: str, state: str, home: str) -> bool:
    """A guess only the sentences before gave, its own sentence naming that state as a subject no more than
    the article's home state ("X said Madrid would ask ...": Madrid's minister)."""
    if (person, state) not in ctx.guessed_offices:
        return False
    subjects = ctx.guessed_offices[(person, state)]
    return subjects is not None and (state not in subjects or home in subjects)


def home_ministers(ctx: ArticleContext) -> None:
    """Move guessed ministers' offices to the one state of the article's settled ministers."""
    settled = {
        (person, o.state)
        for person, offices in ctx.offices.items()
        for o in offices
        if not o.direct  # a bare title the leaders data gave its state ("Foreign Minister X", X in its data)
        and (person, o.state) not in ctx.guessed_offices
        and o.state.startswith("Country:")
        and _minister(o.role)
    }
    states = Counter(state for _, state in settled)
    if len(states) != 1 or next(iter(states.values())) < 2:
        return  # the article's settled ministers are not all of one state
    home = next(iter(states))
    for c in ctx.claims:
        if (
            c.type == "HOLDS_OFFICE"
            and _echo(ctx, c.source, c.target, home)
            and _minister(c.role)
            and c.target.startswith("Country:")
            and c.target != home
        ):
            c.target = home
