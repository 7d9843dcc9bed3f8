"""Dates an article's own text states: its dateline, a date line near the top, and the time a sentence
says something happened ("in 2014", "in the early 1990s", "on Tuesday").

Used when nothing else (front matter, catalog.csv, ``--date``) dates an article, and to keep the time
of an event apart from the date of its report.
"""

from __future__ import annotations

import datetime as dt
import re

from loaders.readers.dates import normalise_date

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH_YEAR = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
# "KYIV, June 3, 2024 (Reuters) -", "Riyadh, 11 March 2023 (TDI):", "NIAMEY, Niger, July 30, 2023 -"
_DATELINE = re.compile(
    rf"^[A-Z][\w.'’ -]{{1,40}},\s*(?:[A-Z][\w.'’ -]{{1,30}},\s*)?(?P<date>{_DAY_MONTH_YEAR})"
    rf"\s*(?:\([^)]{{1,40}}\))?\s*(?:--?|–|—|:)"
)
# A line that is only a date, perhaps with a weekday, a time or a "Published" word.
_DATE_LINE = re.compile(
    rf"^(?:(?:published|posted|updated|date)(?:\s+on)?:?\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DAY_MONTH_YEAR}"
    r"|\d{4}-\d{2}-\d{2})(?:[\s,|]+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?\s*$",
    re.IGNORECASE,
)
_TOP_LINES = 5


def stated_date(text: str) -> str | None:
    """The article's date as its first lines state it (a dateline or a line holding only a date).

    >>> stated_date("Headline Here\\nKYIV, June 3, 2024 (Reuters) - The talks began.")
    '2024-06-03'
    >>> stated_date("Riyadh, 11 March 2023 (TDI): Two states agreed.")
    '2023-03-11'
    >>> stated_date("Some headline\\nPublished: 5 May 2021 10:30\\nBody.")
    '2021-05-05'
    >>> stated_date("ABUJA (Reuters) - Leaders met on Sunday.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_TOP_LINES]
    for line in lines:
        match = _DATELINE.match(line) or _DATE_LINE.match(line)
        if match:
            try:
                return normalise_date(match["date"])
            except ValueError:
                continue
    return None


_DECADE = re.compile(
    r"\b(?:in|during|since|by|from)\s+the\s+(?P<part>early|mid|late)?-?\s*(?P<decade>(?:19|20)\d0)s\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|during|since|by|back in)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|percent))")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\bon\s+(?P<day>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def event_time(sentence: str, report_date: str | None) -> str | None:
    """When the sentence says its event happened, if that differs from the report's date.

    A year or decade ("in 2014", "in the early 1990s" → "1990s") that is not the report's year, or a
    weekday ("on Tuesday") resolved against the report date (the last such day on or before it).

    >>> event_time("Russia invaded the region in the early 1990s.", "2024-02-28")
    '1990s'
    >>> event_time("It annexed Crimea in 2014.", "2024-02-28"), event_time("It voted in 2024.", "2024-02-28")
    ('2014', None)
    >>> event_time("The parliament voted on Tuesday.", "2024-01-25")
    '2024-01-23'
    """
    decade = _DECADE.search(sentence)
    if decade:
        return f"{decade['decade']}s"
    year = _YEAR.search(sentence)
    if year and (report_date is None or year["year"] != report_date[:4]):
        return year["year"]
    day = _WEEKDAY.search(sentence)
    if day and report_date:
        found = _last_weekday(report_date, _WEEKDAYS.index(day["day"].lower()))
        return found if found != report_date[:10] else None
    return None


def _last_weekday(report_date: str, weekday: int) -> str | None:
    try:
        day = dt.date.fromisoformat(report_date[:10])
    except ValueError:
        return None
    return (day - dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
