"""Articles as JSON: one record or a list (.json), or one record a line (.jsonl, read as a stream)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from loaders.base import Problem
from loaders.readers.article import Draft, Meta, with_headline
from loaders.readers.decode import MAX_FILE_BYTES, ReadError, decode, open_binary, read_text

FIELDS = ("title", "text", "url", "date", "outlet")


def read_json(path: Path) -> Iterator[Draft | Problem]:
    """A JSON file holding one article record or a list of them."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        yield Problem(str(path), f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno)
        return
    except RecursionError:
        yield Problem(str(path), "not valid JSON: nested too deeply")
        return
    if isinstance(data, dict):
        yield _record(data, str(path))
    elif isinstance(data, list) and not data:
        yield Problem(str(path), "an empty list: no articles")
    elif isinstance(data, list):
        for i, item in enumerate(data, start=1):
            yield _record(item, str(path), record=i)
    else:
        yield Problem(str(path), f"expected an article record or a list of them, found {_kind(data)}")


def read_jsonl(path: Path) -> Iterator[Draft | Problem]:
    """A JSON Lines file: one article record a line; a bad line is a Problem and the others still load."""
    with open_binary(path) as fh:
        yield from _lines(fh, str(path))


def _lines(fh: IO[bytes], path: str) -> Iterator[Draft | Problem]:
    empty = True
    for number, raw in enumerate(_bounded_lines(fh), start=1):
        if raw is None:
            yield Problem(path, f"line is longer than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit", number)
        elif raw.strip():
            yield _line(raw, path, number)
        else:
            continue
        empty = False
    if empty:
        yield Problem(path, "empty file")


def _line(raw: bytes, path: str, number: int) -> Draft | Problem:
    try:
        data = json.loads(decode(raw.lstrip(b"\xef\xbb\xbf") if number == 1 else raw))
    except ReadError as exc:
        return Problem(path, str(exc), number)
    except json.JSONDecodeError as exc:
        return Problem(path, f"not valid JSON: {exc.msg} (column {exc.colno})", number)
    except RecursionError:
        return Problem(path, "not valid JSON: nested too deeply", number)
    return _record(data, path, line=number)


def _bounded_lines(fh: IO[bytes], limit: int = MAX_FILE_BYTES) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line over ``limit`` (skipped without holding it in memory)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = fh.readline(limit)
        yield None


def _record(data: Any, path: str, *, line: int | None = None, record: int | None = None) -> Draft | Problem:
    empty = Draft("", Meta(), path, line, record)
    if not isinstance(data, dict):
        return empty.problem(
            f"expected an article record (an object with {', '.join(FIELDS)}), found {_kind(data)}"
        )
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return empty.problem("no 'text'" if text is None else "'text' must be a non-empty string")
    bad = [k for k in FIELDS if k != "text" and not isinstance(data.get(k), str | int | float | None)]
    if bad:
        return empty.problem(f"{', '.join(repr(k) for k in bad)} must be a string")
    meta = Meta.of(data)
    return Draft(with_headline(meta.title, text.replace("\r\n", "\n")), meta, path, line, record)


def _kind(data: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(data), "a number" if isinstance(data, int | float) else "null"
    )
