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


# Characters no article means to hold and XML 1.0 (GEXF, GraphML) cannot carry: C0 controls other than
# tab/newline/CR, DEL, C1 controls (U+009B is a terminal's CSI), non-characters (U+FDD0-U+FDEF and the
# last two code points of every plane, U+FFFE being a byte-swapped BOM) and lone surrogates, which a
# JSON ``\ud800`` escape produces and no UTF-8 encoder accepts.
_UNTEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# Page and line breaks of old text dumps stay breaks; a lone surrogate leaves a visible mark.
_REPLACE = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n"} | {chr(c): "\ufffd" for c in range(0xD800, 0xE000)}


def clean_text(text: str) -> str:
    """``text`` fit to store and to write as XML: controls and non-characters gone, lone surrogates U+FFFD.

    Tab, newline and CR stay; a vertical tab, form feed or NEL becomes a newline. Readers call it on
    every article's text and metadata as they are read (so evidence offsets point into the cleaned
    text), and XML exports again as a last defence.

    >>> clean_text("Serbia\\x07 said\\x0cno\\ufffe \\ud800 to\\x1b[31m Russia\\t.")
    'Serbia said\\nno \\ufffd to[31m Russia\\t.'
    """
    if _UNTEXT.search(text) is None:
        return text
    return _UNTEXT.sub(lambda m: _REPLACE.get(m.group(), ""), text)
