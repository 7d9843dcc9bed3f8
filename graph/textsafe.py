"""Text that leaves geoalign for people: CSV cells a spreadsheet will not run, lines a terminal will not obey.

Names, titles and quotes come from scraped articles, so they may hold anything an attacker wrote.
"""

from __future__ import annotations

import re

# OWASP's advice for CSV injection: a cell a spreadsheet would read as a formula gets a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 and C1 controls (ESC starts terminal sequences; CR and a newline forge lines) but not the tab.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def spreadsheet_cell(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would take it for a formula.

    >>> [spreadsheet_cell(t) for t in ('=HYPERLINK("http://x","click")', "-2+3", "Serbia", "")]
    ['\\'=HYPERLINK("http://x","click")', "'-2+3", 'Serbia', '']
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def terminal(text: str) -> str:
    """``text`` with control characters shown as escapes, so a file name cannot forge lines or colours.

    >>> terminal("a\\nb\\x1b[31m\\tc")
    'a\\\\nb\\\\x1b[31m\\tc'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
