"""Dates as articles and curated files write them, normalised to YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_NUMERIC = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?"), (1, 2, 3)),
    (re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), (3, 2, 1)),  # 24.02.2023, the European order
]
_MONTH = r"([A-Za-z]{3,9})\.?"
_WORDY = [
    (re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"), (3, 1, 2)),  # Sep. 26, 2022
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})"), (3, 2, 1)),  # 26 September 2022
]
_WEEKDAY = re.compile(r"^[A-Za-z]+day,?\s+", re.IGNORECASE)


def normalise_date(value: object) -> str | None:
    """The date as YYYY-MM-DD; None when empty; ValueError when it is not a date.

    Day-first and month-first slashes (03/04/2023) are refused: they are ambiguous.

    >>> normalise_date("Sept. 6, 2022"), normalise_date("2022-09-26T10:00:00Z")
    ('2022-09-06', '2022-09-26')
    >>> normalise_date("Monday, 26 September 2022"), normalise_date("")
    ('2022-09-26', None)
    """
    if isinstance(value, dt.datetime | dt.date):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = _WEEKDAY.sub("", str(value if value is not None else "").strip())
    if not text:
        return None
    found = _numeric(text) or _wordy(text) or _rfc2822(text)
    if found is None:
        raise ValueError(f"{str(value)!r} is not a date (write YYYY-MM-DD)")
    return found


def _numeric(text: str) -> str | None:
    for pattern, (y, m, d) in _NUMERIC:
        match = pattern.fullmatch(text)
        if match:
            return _make(match.group(y), match.group(m), match.group(d), text)
    return None


def _wordy(text: str) -> str | None:
    for pattern, (y, m, d) in _WORDY:
        match = pattern.fullmatch(text)
        if match and match.group(m).lower() in _MONTHS:
            return _make(match.group(y), str(_MONTHS[match.group(m).lower()]), match.group(d), text)
    return None


def _rfc2822(text: str) -> str | None:
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _make(year: str, month: str, day: str, text: str) -> str:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date ({exc})") from None
