"""Loaders: files in, model records out. They never touch a store."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from graph.model import Article, article_id
from loaders.base import Loaded, Problem

__all__ = ["Loaded", "Problem", "load"]


def load(paths: Sequence[str | Path], *, date: str | None = None,
         outlet: str | None = None) -> Iterator[Loaded | Problem]:
    """Yield one Loaded per readable document under ``paths`` and one Problem per unreadable one.

    PROVISIONAL: reads .txt articles into Article records only; the extraction issue replaces this.
    """
    for root in paths:
        for path in sorted(Path(root).rglob("*.txt")) if Path(root).is_dir() else [Path(root)]:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield Problem(str(path), str(exc))
                continue
            title = text.strip().splitlines()[0] if text.strip() else path.stem
            yield Loaded(str(path), [Article(article_id(text), title, None, outlet, date, str(path))], title)
