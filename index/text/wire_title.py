"""A wire's headline in capitals alone on a plain text's first line (nu37 #3, nu46 #1).

"BAHIA COCOA REVIEW", a blank line, then the story: the corpora's wire copy is written so,
and its headline was removed as a kicker (a label in capitals) and a title derived from the
lede. A line in capitals that stands alone as the text's first line, with a blank line and
prose, a table's rows ("Oper shr 18 cts vs 51 cts") or a line in capitals below it, is the
headline, its words kept as written; one made only of a kicker's or a section's words
("WORLD NEWS", "LIVE UPDATES", "EXCLUSIVE", "US & CANADA") stays a kicker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.text.head_lines import banner, words_of
from index.text.outletnames import is_desk_label, is_section
from index.text.places import COUNTRY_NAMES, is_place_name, words
from index.text.unlisted_outlet import KICKER_WORDS

_PARTS = re.compile(r"\s*[&/,]\s*")
NOTICE_WORDS = words(
    """for immediate release releases press news media advisory statement embargoed embargo
    corrected correction corrections corrects version editor's editors editor note notes
    clarification update updated repeat repeats refiled"""
)
"""Words of a notice line over a text ("FOR IMMEDIATE RELEASE", "PRESS RELEASE", "CORRECTED
VERSION", "EDITOR'S NOTE"): a line made only of them is a label, never the headline (fx54:
rv36 #5)."""


def _is_place(part: str) -> bool:
    return is_place_name(part) or " ".join(part.lower().split()) in COUNTRY_NAMES


def capitals_label(line: str) -> bool:
    """One to three words in capitals before a colon, alone on a line: a kicker
    ("ANALYSIS:", "WATCH:"), never the headline nor the text."""
    return line.endswith(":") and line.isupper() and 1 <= len(line.split()) <= 3


def capitals_first_line(
    lines: Sequence[str], head: Sequence[int], role: Sequence[int], meta: int, first: int | None
) -> int | None:
    """The headline: the head's first line when it is the text's first, in capitals
    (`capitals_title`), a blank line under it, and either no headline was found (``first``
    None) or one below it with no metadata line (``meta``: a byline, a date) in the head;
    else ``first``. "HARLEY-DAVIDSON INC <HDI> 4TH QTR NET" over the rows of its table ("Oper
    shr 18 cts vs 51 cts") or over a line in capitals is the wire's headline (fx103: nu46 #1).
    """
    if not head or (first is not None and (first < head[0] or any(role[k] == meta for k in head))):
        return first
    k = head[0]
    if any(lines[j] for j in range(k)) or k + 1 >= len(lines) or lines[k + 1]:
        return first
    return k if capitals_title(lines[k]) else first


def capitals_title(line: str) -> bool:
    """A line in capitals of two words or more, not all of them a kicker's, a section's or a
    notice's ("BREAKING NEWS", "WORLD NEWS", "PRESS RELEASE"), no desk ("OPINION"), banner
    ("U.S. NEWS"), region ("US & CANADA", "NEW YORK") or country ("UNITED KINGDOM")."""
    words = words_of(line.replace("/", " ").split())
    if len(words) < 2 or not line.isupper() or is_desk_label(line) or is_section(line):
        return False
    if len(words) <= 4 and banner(line.split()):
        return False  # "U.S. NEWS", "POLITICS LIVE"
    if len(words) <= 3 and (" & " in line or all(_is_place(p) for p in _PARTS.split(line))):
        return False  # "US & CANADA", "NEW YORK": a region's section
    plain = [w.lower().strip(".:!-–—'’\"").replace("’", "'") for w in words]
    return not all(w in KICKER_WORDS or w in NOTICE_WORDS for w in plain)
