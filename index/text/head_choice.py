"""Which of an article's headline candidates is its headline (`index.text.head`): the first
that is no kicker above another ("WORLD NEWS", an outlet's name over the headline)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.text.dates import DateStatement
from index.text.head_lines import (
    dates_of,
    label_like,
    outlet_and_date,
    sentence_case,
    short_headline,
    wire_headline,
)
from index.text.outlets import is_outlet_name


def kicker_like(line: str) -> bool:
    """A section label or an outlet's name printed above a headline."""
    words = line.split()
    if len(words) <= 3 or (line.isupper() and len(words) <= 6):
        return True
    return (
        len(words) <= 5
        and is_outlet_name(line)
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
    )


def choose_headline(
    candidates: list[int], lines: Sequence[str], lede: int | None, over_meta: set[int]
) -> int | None:
    """The headline among the candidates: the first that is not a kicker above another,
    or a short one in sentence case right above a date, byline or outlet line."""
    if not candidates:
        return None
    if lede is None:
        return candidates[0]  # no prose below: the text is its headlines
    for position, k in enumerate(candidates):
        if k in over_meta and (short_headline(lines[k]) or wire_headline(lines[k])):
            return k  # "Café réouvert" over "Le Monde": no kicker stands over an outlet line
        if position + 1 < len(candidates) and kicker_like(lines[k]):
            below = lines[candidates[position + 1]]
            if not (sentence_case(lines[k]) and kicker_like(below)):
                continue  # (a short headline in sentence case over a name: "Dam repairs start")
        if position + 1 == len(candidates) and label_like(lines[k]):
            return None  # a section label alone ("US & Canada"): no headline is given
        return k
    return None


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I’m|I’ve|my|me|we|our|myself)\b")
"""A writer speaking of themselves: a letter's words, not a headline's."""


def letter_paragraph(line: str) -> bool:
    """True for a letter's first-person paragraph (rv55, fx127): longer than a headline (21
    words or more, or over 140 characters: fx82's bounds), ending in a full stop, with "I",
    "my", "we" or "our" among its words ("I have lived in this town for forty years and
    ..."). Over a date line it is the text, not its title; "I Was Ghosted 3 Times In The
    Last Year. Here Are 6 Things I Learned." is of a headline's length and stays one."""
    return (
        line.endswith(".")
        and not line.endswith("..")
        and (len(line.split()) > 20 or len(line) > 140)
        and _FIRST_PERSON.search(line) is not None
    )


def letter_dates(
    lines: Sequence[str], content: Sequence[int], lede: int | None
) -> list[tuple[int, DateStatement]]:
    """The dates of the date line right under a letter's first paragraph (``lede``, a
    `letter_paragraph`), with that line's index; none when the next line is no date line
    ("Rich Lowry - 2021-09-20", a sentence). That line belonged to the head before the
    paragraph was read as the lede (fx127): it still dates the letter (fx132)."""
    if lede is None or not letter_paragraph(lines[lede]):
        return []
    below = next((k for k in content if k > lede), None)
    if below is None:
        return []
    statements = dates_of(lines[below])
    if not statements or (  # "STAT, 2021-10-04": an outlet's line, as `read_head` reads it
        all(s.value is None for s in statements) and outlet_and_date(lines[below]) is not None
    ):
        return []
    return [(below, statement) for statement in statements]
