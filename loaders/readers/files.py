"""Which files a list of paths names: folders read recursively in name order, symlink loops caught."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from loaders.base import Problem
from loaders.readers.catalog import CATALOG_NAME

_Key = tuple[int, int]


def walk(paths: Sequence[str | Path]) -> Iterator[Path | Problem]:
    """Every regular file under ``paths``, each once, in a deterministic order.

    Inside folders, hidden and dunder entries (``.git``, ``__init__.py``, ``__MACOSX``),
    ``catalog.csv`` and the store's own files (``*.lbug``, ``geoalign-entities.yaml``) are passed over;
    a path named explicitly is always returned. Symlinks are followed, except back into a folder
    being read (reported as a symlink loop) and out of the paths given: a link inside a folder that
    leads elsewhere (``notes.txt -> /etc/passwd``) is reported, not read.
    """
    seen: set[_Key] = set()
    roots = tuple(_real(Path(path)) for path in paths)
    for path in paths:
        yield from _visit(Path(path), seen, {}, roots)


def stored_path(path: str | Path, roots: Sequence[str | Path]) -> str:
    """How an article's path is stored: from the folder (or file) it was ingested as, never absolute.

    >>> stored_path("/home/ana/bundle/gulf/a.txt", ["/home/ana/bundle"])
    'bundle/gulf/a.txt'
    >>> stored_path("/home/ana/one.txt", ["/home/ana/one.txt"])
    'one.txt'
    """
    given = Path(path)
    for root in map(Path, roots):
        if given == root or root in given.parents:
            return (Path(os.path.abspath(root)).name / given.relative_to(root)).as_posix().rstrip("/.")
    return given.name


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _outside(path: Path, roots: tuple[Path, ...]) -> Path | None:
    """Where ``path`` really leads when that is outside every root, else None."""
    real = _real(path)
    return None if any(real == root or root in real.parents for root in roots) else real


def _visit(
    path: Path, seen: set[_Key], ancestors: dict[_Key, Path], roots: tuple[Path, ...]
) -> Iterator[Path | Problem]:
    try:
        info = path.stat()
    except OSError as exc:
        yield Problem(str(path), _stat_error(path, exc))
        return
    if ancestors and (target := _outside(path, roots)) is not None:
        yield Problem(str(path), f"leads outside the folders given (to {target}): not read")
        return
    key = (info.st_dev, info.st_ino)
    if stat.S_ISDIR(info.st_mode):
        if key in ancestors:
            yield Problem(str(path), f"symlink loop: leads back to {ancestors[key]}")
        elif key not in seen:
            seen.add(key)
            yield from _folder(path, seen, {**ancestors, key: path}, roots)
    elif key in seen:
        return
    elif stat.S_ISREG(info.st_mode):
        seen.add(key)
        yield path
    else:
        yield Problem(str(path), "not a regular file (a device, pipe or socket)")


def _folder(
    folder: Path, seen: set[_Key], ancestors: dict[_Key, Path], roots: tuple[Path, ...]
) -> Iterator[Path | Problem]:
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        yield Problem(str(folder), f"cannot list the folder: {exc.strerror or exc}")
        return
    for name in names:
        if not name.startswith((".", "__")) and name != CATALOG_NAME and not _store_file(name):
            yield from _visit(folder / name, seen, ancestors, roots)


# The store's own files: the embedded database (and its write-ahead log) and the analyst's entity decisions.
_STORE_FILE = re.compile(r"\.lbug(?:\.\w+)?$|^geoalign-entities\.yaml$")


def _store_file(name: str) -> bool:
    """True for the files a geoalign store keeps beside the articles, which are no articles.

    >>> _store_file("geoalign.lbug"), _store_file("geoalign.lbug.wal"), _store_file("geoalign-entities.yaml")
    (True, True, True)
    >>> _store_file("facts.yaml")
    False
    """
    return bool(_STORE_FILE.search(name))


def _stat_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, FileNotFoundError):
        return f"broken symlink to {os.readlink(path)}" if path.is_symlink() else "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)
