"""Saved-query parameters: their declaration, typing of command-line values, and binding to a preset.

Parameter types: string, integer (optional ``LOW..HIGH`` range), float, boolean, date (YYYY-MM-DD,
passed as a string since the store keeps dates as ISO strings), list (comma-separated strings).
A parameter without a default is required. Values always travel as query parameters, never as text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.queries.catalog import Preset

PARAM_TYPES = ("string", "integer", "float", "boolean", "date", "list")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class QueryError(ValueError):
    """A preset or parameter problem; the message says what the preset takes."""


@dataclass(frozen=True)
class Param:
    """One declared parameter of a preset."""

    name: str
    type: str
    description: str = ""
    default: Any = None
    required: bool = True
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()

    def signature(self) -> str:
        kind = self.type + (f" {self.low}..{self.high}" if self.low is not None else "")
        kind += f", one of {'|'.join(self.choices)}" if self.choices else ""
        default = "required" if self.required else f"default {_show(self.default)}"
        return f"{self.name} ({kind}, {default})"


def parse_param_options(options: Sequence[str]) -> dict[str, str]:
    """``["actor=Russia", "max_hops=2"]`` → ``{"actor": "Russia", "max_hops": "2"}``.

    >>> parse_param_options(["a=Bosnia=Herzegovina", "b = x"])
    {'a': 'Bosnia=Herzegovina', 'b': 'x'}
    """
    out: dict[str, str] = {}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {option!r} is not key=value")
        out[key.strip()] = value.strip()
    return out


def coerce(param: Param, value: Any) -> Any:
    """The value as the parameter's type; strings from the command line are converted.

    >>> coerce(Param("n", "integer", low=1, high=4), "3"), coerce(Param("xs", "list"), "A, B,")
    (3, ['A', 'B'])
    """
    where = f"parameter {param.name} ({param.type})"
    if param.type == "string":
        result: Any = _check_choice(param, [str(value)], where)[0]
    elif param.type == "integer":
        result = _to_number(int, value, where, "an integer")
        if param.low is not None and param.high is not None and not param.low <= result <= param.high:
            raise QueryError(f"{where} must be between {param.low} and {param.high}, got {result}")
    elif param.type == "float":
        result = float(_to_number(float, value, where, "a number"))
    elif param.type == "boolean":
        result = _to_bool(value, where)
    elif param.type == "date":
        result = _to_date(value, where)
    else:
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        result = [str(v).strip() for v in items if str(v).strip()]
        result = _check_choice(param, result, where)
    return result


def _to_number(kind: type, value: Any, where: str, what: str) -> Any:
    if isinstance(value, bool):
        raise QueryError(f"{where} expects {what}, got {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise QueryError(f"{where} expects {what}, got {value!r}") from None


def _to_bool(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise QueryError(f"{where} expects true or false, got {value!r}")


def _to_date(value: Any, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise QueryError(f"{where} expects a date YYYY-MM-DD, got {value!r}")


def _check_choice(param: Param, values: list[str], where: str) -> list[str]:
    if not param.choices:
        return values
    by_lower = {c.lower(): c for c in param.choices}
    bad = [v for v in values if v.lower() not in by_lower]
    if bad:
        raise QueryError(f"{where} must be one of {'|'.join(param.choices)}, got {', '.join(bad)}")
    return [by_lower[v.lower()] for v in values]


def bind(preset: Preset, given: Mapping[str, Any]) -> dict[str, Any]:
    """Defaults plus the given values, typed; unknown or missing parameters raise QueryError."""
    declared = {p.name: p for p in preset.params}
    unknown = sorted(set(given) - set(declared))
    missing = [p.name for p in preset.params if p.required and p.name not in given]
    if unknown or missing:
        problem = (
            (f"unknown parameter(s) {', '.join(unknown)}" if unknown else "")
            + ("; " if unknown and missing else "")
            + (f"missing required parameter(s) {', '.join(missing)}" if missing else "")
        )
        raise QueryError(f"{preset.name}: {problem}. It takes: {takes(preset)}")
    bound = {p.name: p.default for p in preset.params if not p.required}
    for key, value in given.items():
        bound[key] = coerce(declared[key], value)
    return bound


def takes(preset: Preset) -> str:
    return "; ".join(p.signature() for p in preset.params) or "no parameters"


def infer(value: str) -> Any:
    """An ad-hoc ``--param`` value: integer, float, true/false, else the string itself.

    >>> [infer(v) for v in ("3", "0.5", "true", "Serbia", "007")]
    [3, 0.5, True, 'Serbia', '007']
    """
    if re.fullmatch(r"-?(0|[1-9]\d*)", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(value) or '""'
    return '""' if value == "" else str(value)
