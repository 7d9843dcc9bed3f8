"""Bytes from disk to text: a size cap, binary sniffing, and encoding detection for non-UTF-8 files."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO

from graph.model import clean_text

# A news article is tens of kilobytes; a saved web page with inline assets a few megabytes.
MAX_FILE_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"%PDF", "a PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_SNIFF = 8192


class ReadError(Exception):
    """The file cannot be read as text; the message says why in words an analyst understands."""


def open_binary(path: Path) -> BinaryIO:
    """The file opened for reading bytes; ReadError (permission denied, …) when it cannot be."""
    try:
        return open(path, "rb")
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a folder") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing (without reading it all) a file over ``limit``."""
    with open_binary(path) as fh:
        try:
            # The size on disk refuses a huge file at once; the bounded read covers files that lie.
            too_big = os.fstat(fh.fileno()).st_size > limit
            data = b"" if too_big else fh.read(limit + 1)
        except OSError as exc:
            raise ReadError(exc.strerror or str(exc)) from None
    if too_big or len(data) > limit:
        raise ReadError(
            f"file is larger than the {limit // (1024 * 1024)} MB limit for one document; split it "
            "(many articles fit in one .jsonl file, which is read line by line)"
        )
    return data


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) first, else the encoding charset-normalizer detects;
    control characters and non-characters removed (``clean_text``), so no parser downstream sees them.

    >>> decode("Belgrade, ćao".encode("utf-8")) == decode("Belgrade, ćao".encode("utf-8-sig"))
    True
    """
    return clean_text(_decoded(data))


def _decoded(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(f"starts with a {encoding} byte-order mark but is not {encoding}") from None
    _refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The file as text (see ``decode``); ReadError when it is empty, binary, too big or unreadable."""
    data = read_bytes(path, limit)
    if not data.strip():
        raise ReadError("empty file")
    return decode(data)


def _refuse_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"binary file ({kind}), not text")
    if b"\x00" in data[:_SNIFF]:
        raise ReadError("binary file (contains NUL bytes), not text")


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("not UTF-8, and its text encoding cannot be recognised")
    return str(best)
