"""Dates an article's own text states: its dateline, a date line near the top, and the time a sentence
says something happened ("in 2014", "in the early 1990s", "in March", "last month", "on Tuesday").

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
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_YEAR = re.compile(
    rf"\b(?:in|during|since|by|from|until|of)\s+{_MONTH_NAME}\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"\b(?:in|during|since|by|back in)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|percent))")
# "in March", "last March", "since March": a month without a year is the one before the report, or,
# in a sentence about what is still to come, the next one.
_MONTH_ALONE = re.compile(
    rf"\b(?P<how>in|during|since|by|until|last|next|early|late)\s+{_MONTH_NAME}\b(?!\s+\d)"
)
_RELATIVE = re.compile(
    r"\b(?P<which>last|next|past)\s+(?P<unit>month|year)\b|\byesterday\b"
    r"|\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<ago>years|months)\s+ago\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|next|due|scheduled|expected to|plans? to|set to|upcoming)\b", re.IGNORECASE
)
_NUMBERS = {
    w: i for i, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 2)
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\bon\s+(?P<day>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def event_time(sentence: str, report_date: str | None) -> str | None:
    """When the sentence says its event happened, if that differs from the report's date.

    A decade, year or month with its year ("in the early 1990s" → "1990s", "in 2014", "in March
    2022" → "2022-03") that is not the report's; else, resolved against the report date, a month
    alone ("in March": the last March up to the report, the next one in a sentence about what is to
    come), "last month", "last year", "two years ago", "yesterday", or a weekday ("on Tuesday": the
    last such day on or before the report).

    >>> event_time("Russia invaded the region in the early 1990s.", "2024-02-28")
    '1990s'
    >>> event_time("It annexed Crimea in 2014.", "2024-02-28"), event_time("It voted in 2024.", "2024-02-28")
    ('2014', None)
    >>> event_time("The parliament voted on Tuesday.", "2024-01-25")
    '2024-01-23'
    >>> day = "2024-01-25"
    >>> event_time("The envoys met in March.", day), event_time("Talks will resume in March.", day)
    ('2023-03', '2024-03')
    >>> event_time("Troops left last month.", day), event_time("It began two years ago.", day)
    ('2023-12', '2022')
    """
    decade = _DECADE.search(sentence)
    if decade:
        return f"{decade['decade']}s"
    stated = _stated(sentence)
    if stated is not None:
        return stated if report_date is None or not report_date.startswith(stated) else None
    if not report_date:
        return None
    found = _relative(sentence, report_date)
    return found if found is not None and not report_date.startswith(found) else None


def _stated(sentence: str) -> str | None:
    """A time the sentence gives in full: a month with its year, or a year."""
    month_year = _MONTH_YEAR.search(sentence)
    if month_year:
        return f"{month_year['year']}-{_month(month_year['month']):02d}"
    year = _YEAR.search(sentence)
    return year["year"] if year else None


def _relative(sentence: str, report_date: str) -> str | None:
    """A time the sentence gives relative to the report (a month alone, last month, ago, a weekday)."""
    try:
        day = dt.date.fromisoformat(report_date[:10])
    except ValueError:
        return None
    month = _MONTH_ALONE.search(sentence)
    if month:
        future = month["how"] == "next" or (month["how"] != "last" and bool(_FUTURE.search(sentence)))
        return _month_alone(
            day, _month(month["month"]), future=future, strictly=month["how"] in {"last", "next"}
        )
    rel = _RELATIVE.search(sentence)
    if rel:
        return _shifted(day, rel)
    weekday = _WEEKDAY.search(sentence)
    if weekday:
        return (
            day - dt.timedelta(days=(day.weekday() - _WEEKDAYS.index(weekday["day"].lower())) % 7)
        ).isoformat()
    return None


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _month_alone(day: dt.date, month: int, *, future: bool, strictly: bool) -> str:
    """The month ``month`` nearest ``day`` on the side the sentence speaks of."""
    if future:
        year = day.year + (month < day.month or (strictly and month == day.month))
    else:
        year = day.year - (month > day.month or (strictly and month == day.month))
    return f"{year}-{month:02d}"


def _shifted(day: dt.date, rel: re.Match[str]) -> str:
    if rel["ago"]:
        n = _NUMBERS.get(rel["n"].lower()) or int(rel["n"])
        if rel["ago"].lower() == "years":
            return str(day.year - n)
        months = day.year * 12 + day.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"
    if not rel["unit"]:  # yesterday
        return (day - dt.timedelta(days=1)).isoformat()
    step = 1 if rel["which"].lower() == "next" else -1
    if rel["unit"].lower() == "year":
        return str(day.year + step)
    months = day.year * 12 + day.month - 1 + step
    return f"{months // 12}-{months % 12 + 1:02d}"
