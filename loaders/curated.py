"""Curated facts: CSV or YAML rows (subject, relation, object, …) checked against the model.

Each valid row becomes two entities and one relation with a ``curated`` evidence record; each bad
row is a Problem naming the file, the line and the reason, and the other rows still load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graph.model import (
    ENTITY_LABELS,
    RELATIONS,
    Entity,
    Evidence,
    Label,
    Modality,
    ModelError,
    Record,
    Relation,
    check_relation,
    clean_text,
    entity_id,
)
from loaders.base import Loaded, Problem
from loaders.extract.gazetteer import resolve
from loaders.readers.catalog import CATALOG_COLUMNS, numbered_rows
from loaders.readers.dates import normalise_date
from loaders.readers.decode import ReadError, read_text

COLUMNS = (
    "subject",
    "subject_label",
    "relation",
    "object",
    "object_label",
    "date",
    "source",
    "quote",
    "note",
)
OPTIONAL_COLUMNS = ("role", "status", "modality", "confidence", "url")
REQUIRED_VALUES = ("subject", "subject_label", "relation", "object", "object_label")
# Valid rows per document (one transaction each): a 250k-row file read as one document peaked at 2.2 GB.
CHUNK_ROWS = 5_000
CURATED_SUFFIXES = frozenset({".csv", ".yaml", ".yml"})
EXTRACTOR = "curated"
EXTRACTOR_VERSION = "1"

Row = tuple[int, dict[str, Any]]


class FactError(ValueError):
    """A row that does not fit the model; the message is the reason shown to the analyst."""


@dataclass(frozen=True)
class Defaults:
    """What a row falls back on: the file's name as its source, and the ``--date`` of the command."""

    source: str
    date: str | None = None


def read_facts(path: Path, *, date: str | None = None) -> Iterator[Loaded | Problem]:
    """One Loaded with the records of every ``CHUNK_ROWS`` valid rows (one for a file of fewer), each
    after the Problems of the bad rows before it.

    ``date`` is used for rows without one.
    """
    rows = _yaml_rows(path) if path.suffix.lower() in {".yaml", ".yml"} else _csv_rows(path)
    defaults = Defaults(path.name, date)
    records: list[Record] = []
    seen = good = 0
    for item in rows:
        seen += 1
        if isinstance(item, Problem):
            yield item
            continue
        try:
            records.extend(fact_records(item[1], item[0], defaults))
        except FactError as exc:
            yield Problem(str(path), str(exc), item[0])
            continue
        good += 1
        if good % CHUNK_ROWS == 0:  # a document (one transaction) at a time, not the whole file in memory
            yield Loaded(str(path), records, f"curated facts: {path.name}")
            records = []
    if records:
        yield Loaded(str(path), records, f"curated facts: {path.name}")
    elif seen == 0:
        yield Problem(str(path), "no fact rows")


def fact_records(row: Mapping[str, Any], line: int, defaults: Defaults) -> list[Record]:
    """The subject, the object and the relation one row states; FactError when the row is wrong."""
    values = {key: _text(key, value) for key, value in row.items()}
    missing = [key for key in REQUIRED_VALUES if not values.get(key)]
    if missing:
        raise FactError(f"missing {', '.join(missing)}")
    subject = _entity(values["subject"], values["subject_label"], "subject_label")
    target = _entity(values["object"], values["object_label"], "object_label")
    relation = Relation(
        subject.id,
        _relation_type(values["relation"]),
        target.id,
        (_evidence(values, line, defaults),),
        values.get("role") or None,
        values.get("status") or None,
    )
    try:
        check_relation(relation)
    except ModelError as exc:
        raise FactError(f"wrong label for the relation: {exc}") from None
    return [subject, target, relation]


def _entity(name: str, label_name: str, column: str) -> Entity:
    """The node a row names: the extractor's node when the gazetteer knows the name ("Britain" is
    Country:GBR, "Kosovo" the Region), else one keyed on the row's own spelling."""
    label = _label(label_name, column)
    found = resolve(name, label)
    if found is not None:
        label, key, canonical = found
        iso3 = key.split(":", 1)[1] if label is Label.COUNTRY else None
        return Entity(key, label, canonical, (name,) if name != canonical else (), iso3=iso3)
    iso3 = country_iso3(name) if label is Label.COUNTRY else None
    return Entity(entity_id(label, name, iso3), label, name, iso3=iso3)


def _label(value: str, column: str) -> Label:
    by_name = {lb.value.casefold(): lb for lb in ENTITY_LABELS}
    label = by_name.get(value.strip().casefold())
    if label is None:
        known = ", ".join(lb.value for lb in ENTITY_LABELS)
        raise FactError(f"unknown {column} {value!r} (known: {known})")
    return label


def _relation_type(value: str) -> str:
    name = value.strip().upper().replace(" ", "_").replace("-", "_")
    if name not in RELATIONS:
        raise FactError(f"unknown relation type {value!r} (known: {', '.join(RELATIONS)})")
    return name


def _evidence(values: Mapping[str, str], line: int, defaults: Defaults) -> Evidence:
    # One record per row: the row's line stands in for the text offsets a curated fact does not have.
    return Evidence(
        article=f"Curated:{values.get('source') or defaults.source}",
        quote=values.get("quote", ""),
        sentence=line,
        start=line,
        end=line,
        date=_date(values.get("date")) or defaults.date,
        modality=_modality(values.get("modality")),
        confidence=_confidence(values.get("confidence")),
        extractor=EXTRACTOR,
        extractor_version=EXTRACTOR_VERSION,
        url=values.get("url") or None,
        note=values.get("note") or None,
    )


def _date(value: str | None) -> str | None:
    try:
        return normalise_date(value)
    except ValueError as exc:
        raise FactError(f"bad date: {exc}") from None


def _modality(value: str | None) -> Modality:
    try:
        return Modality((value or Modality.ASSERTED.value).strip().lower())
    except ValueError:
        known = ", ".join(m.value for m in Modality)
        raise FactError(f"unknown modality {value!r} (known: {known})") from None


def _confidence(value: str | None) -> float:
    if not value:
        return 1.0
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise FactError(f"confidence {value!r} is not a number from 0 to 1")
    return number


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str | int | float | bool):
        raise FactError(f"{key} must be a single value, not {type(value).__name__}")
    return clean_text(str(value)).strip()


# --- countries ------------------------------------------------------------------------------------


def country_iso3(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country named exactly (a name, alias or code), else None.

    Exact matches only: the extractor's gazetteer first (so "Britain" is GBR, as in articles, and a
    name it files as a Region is no country), then pycountry's names and codes, then countryinfo's
    names and alternative spellings. Fuzzy search is never used, because it turns "Niger" into Nigeria.

    >>> country_iso3("Russia"), country_iso3("the Netherlands"), country_iso3("Transnistria")
    ('RUS', 'NLD', None)
    """
    import pycountry

    found = resolve(name, Label.COUNTRY)
    if found is not None:
        return found[1].split(":", 1)[1] if found[0] is Label.COUNTRY else None
    key = " ".join(name.split())
    if key.casefold().startswith("the "):
        key = key[4:]
    try:
        return str(pycountry.countries.lookup(key).alpha_3)
    except LookupError:
        return _country_aliases().get(key.casefold())


@cache
def _country_aliases() -> dict[str, str]:
    import countryinfo

    index: dict[str, str] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha3")
        for alias in [info.get("name"), info.get("nativeName"), *(info.get("altSpellings") or [])]:
            if code and isinstance(alias, str) and alias.strip():
                index.setdefault(" ".join(alias.split()).casefold(), str(code))
    return index


# --- rows from files ------------------------------------------------------------------------------


def _csv_rows(path: Path) -> Iterator[Row | Problem]:
    try:
        text = read_text(path)
    except ReadError as exc:
        yield Problem(str(path), str(exc))
        return
    header_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    rows = numbered_rows(text.lstrip("\ufeff"), delimiter)
    first = next(rows, None)
    header = [cell.strip().lower() for cell in first[1]] if first else []
    problem = _header_problem(header)
    if problem:
        yield Problem(str(path), problem, 1)
        return
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            yield Problem(str(path), f"row has {len(cells)} cells, the header has {len(header)}", line)
        else:
            yield line, dict(zip(header, cells, strict=True))


def _header_problem(header: list[str]) -> str | None:
    missing = [c for c in COLUMNS if c not in header]
    if not missing:
        return None
    if set(CATALOG_COLUMNS) <= set(header):
        return "this is a catalog of articles, not facts: name it catalog.csv, beside the articles"
    unknown = [c for c in header if c not in COLUMNS + OPTIONAL_COLUMNS]
    extra = f"; unknown column(s): {', '.join(unknown)}" if unknown else ""
    return f"missing column(s): {', '.join(missing)}{extra} (a facts file needs {', '.join(COLUMNS)})"


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line each mapping starts on under ``__line__``."""


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _yaml_rows(path: Path) -> Iterator[Row | Problem]:
    try:
        data = yaml.load(read_text(path), Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except ReadError as exc:
        yield Problem(str(path), str(exc))
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        yield Problem(
            str(path),
            f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
            mark.line + 1 if mark is not None else None,
        )
        return
    if isinstance(data, dict) and isinstance(data.get("facts"), list):
        data = data["facts"]
    if not isinstance(data, list):
        yield Problem(str(path), "expected a list of facts (or facts: followed by a list)")
        return
    for item in data:
        if not isinstance(item, dict):
            yield Problem(str(path), "each fact must be a mapping of column: value")
            continue
        line = int(item.pop("__line__"))
        unknown = [str(k) for k in item if str(k).lower() not in COLUMNS + OPTIONAL_COLUMNS]
        if unknown:
            yield Problem(str(path), f"unknown column(s): {', '.join(unknown)}", line)
        else:
            yield line, {str(k).lower(): v for k, v in item.items()}
