"""The lede of an article (its first paragraph of prose) and the shapes of line that tell it
from a head line: prose, a title, a headline written as a sentence, a line over its date or
byline or over its outlet's line (`head.read_head` reads the head above the lede)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from index.text.bare_byline import name_and_outlet
from index.text.head_choice import letter_paragraph
from index.text.head_lines import (
    HEAD_LINE_MAX,
    SENTENCE_TITLE_CHARS,
    SENTENCE_TITLE_WORDS,
    dates_of,
    outlet_and_date,
    over_outlet_line,
)
from index.text.metadata import headline_date, read_byline
from index.text.outlets import outlet_from_url_line
from index.text.wire_title import capitals_title

HEAD_REACH = 12
"""A paragraph this far down or further is the lede even if metadata lines follow it."""


def is_prose(line: str) -> bool:
    """A line that reads as article text rather than a heading or a label."""
    words = line.count(" ") + 1
    if words < 5:
        return False  # a web address, a label
    if len(line) > HEAD_LINE_MAX:
        return True  # no heading is this long: spare the regexes on long paragraphs
    ends = line[-1:] in '.!?"”’)…' and not (line.isupper() and _ABBREVIATION_END.search(line))
    if not (len(line) >= 140 or (words >= 12 and ends)):
        return False  # "... TO THE U.S." ends in an abbreviation, not a full stop
    # a date line, or a headline with its date after a dash, reads like a sentence too
    if ("–" in line or "—" in line or " - " in line) and headline_date(line):
        return False
    return not dates_of(line)


_ABBREVIATION_END = re.compile(r"(?:\b(?i:Jr|Sr|Inc|Co|Corp|Ltd|St|Dr|Mr|Mrs|Ms|No|vs)|\b[A-Z])\.$")
"""A headline's last word is an abbreviation ("Donald Trump Jr.", "the U.S.", "... CORP.")."""


_WIRE_TAG = re.compile(r"\([A-Z][A-Z .,&'-]*\)\s*[-–]?\s*[A-Z<(\d]\S*(?:\s+\S+)+")
"""A wire's tag before a headline in capitals: "(CORRECTED) - TSENG SEES SALES", "(RPT) U.S."."""


def is_title_like(line: str) -> bool:
    """A line that could be a headline: a few words, capitalised, no closing punctuation."""
    words = len(line.split())
    return (
        2 <= words <= 30
        and len(line) <= 220
        and (line[-1] not in ".:;," or _ABBREVIATION_END.search(line) is not None)
        and (line[0] not in "([{-–—•*>@" or (line.isupper() and _WIRE_TAG.match(line) is not None))
        and (not line[0].islower() or line[1:2].isupper())  # "iPhone users fooled..."
    )


def dated_below(lines: Sequence[str], head: Sequence[int], k: int, reach: int = 3) -> bool:
    """A date line, an outlet's with its date ("Daily Mail - 2021-08-11") or a byline among
    the ``reach`` head lines below line ``k``: reach 1 finds a headline of any length over
    its date (nu50 #3)."""
    start = bisect_right(head, k)  # head is ascending: linear in the lines, not square (fc44)
    below = head[start : start + reach]
    return any(
        dates_of(lines[j])
        or outlet_and_date(lines[j])
        or read_byline(lines[j])
        or name_and_outlet(lines[j])
        for j in below
    )


def over_outlet(lines: Sequence[str], head: Sequence[int], k: int) -> bool:
    """Line ``k`` is a headline written as a sentence or two over a known outlet's line, not
    a lede under a headline in capitals ("AMC CAR OUTPUT DECLINES" over it: rv42)."""
    start = bisect_right(head, k)  # head is ascending; the scan of the lines above comes
    # last, only for a line over an outlet's: every line scanning them was square (fc44)
    return (
        start < len(head)
        and is_title_like(lines[k].rstrip(".!?…\"'’”"))
        and over_outlet_line(lines[k], lines[head[start]])
        and not any(capitals_title(lines[j]) for j in head[: bisect_left(head, k)])
    )


def is_sentence_title(line: str) -> bool:
    """A headline that ends with a full stop: a short sentence or two, capitalised."""
    return (
        line[-1:] in ".…"
        and 3 <= len(line.split()) <= SENTENCE_TITLE_WORDS
        and len(line) <= SENTENCE_TITLE_CHARS
        and is_title_like(line.rstrip(".…"))
    )


def _is_meta(line: str) -> bool:
    """A date line, a byline or a web address: lines that belong to the head."""
    return (
        bool(dates_of(line))
        or read_byline(line) is not None
        or (len(line) < 400 and outlet_from_url_line(line) is not None)
    )


def find_lede(lines: Sequence[str], content: Sequence[int]) -> int | None:
    """The first paragraph of prose, unless it is a standfirst under a headline.

    A standfirst reads as prose too; it is told from the lede by what surrounds it: a
    headline-like line above it and a date line, byline or web address closely below. A
    headline can read as prose ("Fauci Clashes With Rand Paul Again: ‘You Are Saying
    Things That Are Not Correct!’"); a byline or date line right below it says otherwise.
    """
    for position, k in enumerate(content):
        if not is_prose(lines[k]):
            continue
        if position < HEAD_REACH:
            above = content[:position]
            ahead = content[position + 1 : position + 5]
            if any(is_title_like(lines[j]) or is_sentence_title(lines[j]) for j in above) and any(
                _is_meta(lines[j]) for j in ahead
            ):
                continue  # a standfirst: the byline and dates are still to come
            if letter_paragraph(lines[k]):
                return k  # a letter's first paragraph: its lede, never a headline (fx127)
            if is_title_like(lines[k].rstrip(".!?…\"'’”")) and dated_below(lines, ahead, k):
                continue  # a headline that reads as a sentence, over its byline or date
            if not position and len(lines[k]) <= HEAD_LINE_MAX and dated_below(lines, ahead, k, 1):
                continue  # the first line right over its date or byline: a long headline
            if len(ahead) > 1 and over_outlet(lines, content[: position + 5], k):
                continue  # or over its outlet line, then the text (nu42 #3)
        return k
    return None
