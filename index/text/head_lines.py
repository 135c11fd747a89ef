"""The shapes of an article's head lines (`index.text.head`): a date line's dates, a
headline's words, an "Outlet, date" line, a short or a wire headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time
from functools import lru_cache

from index.text.dates import DateStatement, parse_date_text, read_date_line
from index.text.outletnames import SECTIONS, is_desk_label, outlet_label
from index.text.outlets import known_outlet
from index.text.sentences import split_sentences

HEAD_LINE_MAX = 300


def words_of(words: Iterable[str]) -> list[str]:
    """The words of two letters, or of a letter and a digit ("G-7"), a bare year is none."""
    return [
        w
        for w in words
        if sum(c.isalpha() for c in w) >= 2 or (any(c.isalpha() for c in w) and _has_digit(w))
    ]


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


@lru_cache(maxsize=2048)
def dates_of(line: str) -> tuple[DateStatement, ...]:
    """`read_date_line`, cached: the head is read twice (to find the lede, then the facts)."""
    return read_date_line(line) if len(line) <= HEAD_LINE_MAX else ()


_TIME_LINE = re.compile(
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*[aApP]\.?\s?[mM]\.?)?|(?:[:.][0-5]\d)?\s*[aApP]\.?\s?[mM]\.?)"
    r"(?:\s+[A-Z]{2,4}|\s+UTC[+-]\d{1,2})?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s+[A-Z]{2,4}",
)  # a zone in capitals only: "11:00 the" is no time line (rv28)
"""A line that is only a time of day: "9:30 AM", "09:30 GMT", "9:30 a.m. ET", "4 pm", "18.20
GMT" (a time with a dot needs a zone: "69.32" or "9.30" alone is a number)."""


def timed_below(statements: tuple[DateStatement, ...], below: str) -> DateStatement | None:
    """A date line's one date without a time, timed by the line below it when that line is
    only a time ("March 14, 2023" over "9:30 AM UTC": Reuters' page, nu29 #6); else None."""
    if len(statements) != 1 or not _TIME_LINE.fullmatch(below.strip()):
        return None
    statement = statements[0]
    if statement.value is None or statement.value.time() != time(0) or dates_of(below):
        return None
    text = f"{statement.text} {below.strip()}"
    value = parse_date_text(text)
    return None if value is None else DateStatement(statement.kind, value, text)


_OUTLET_DATE_SEP = re.compile(r"\s*(?:,|\||·|–|—|\s-)\s+")
"""Where an "Outlet, date" line's name ends: "Wall Street Journal, 2021-06-24", "BBC | 24
June 2021"; the name may hold one itself ("Guest Writer - Center, 2021-07-12", nu24 #1)."""
_NAME_WORD = re.compile(r"(?:[A-Z][\w.'’&-]*|of|the|and|&|de|du|la|le|el|der|die)$")


def _name_and_date(line: str) -> tuple[str, tuple[DateStatement, ...]] | None:
    """The first split of a line into a name and a rest that is wholly a date."""
    for sep in _OUTLET_DATE_SEP.finditer(line):
        name, rest = line[: sep.start()].strip(), line[sep.end() :].strip()
        if not 2 <= len(name) <= 60 or not 6 <= len(rest) <= 60:
            continue
        statements = dates_of(rest)
        whole = "".join(s.text for s in statements).strip() == rest
        if statements and whole and all(s.value is not None for s in statements):
            return name, statements  # not "Left, 2021-07-12" (a date unread)
    return None  # the rest is more than a date ("Surfside, Fla.", "Paris, and then ...")


def outlet_and_date(line: str) -> tuple[str | None, tuple[DateStatement, ...]] | None:
    """The outlet and the dates of a line that names an outlet and a date and nothing else
    (a Markdown header's ``*Outlet*, 2021-06-24``: it was taken for the headline, nu23 #3):
    a known outlet, or up to five capitalised words that are no place in capitals
    ("WASHINGTON, June 3") and no sentence; a desk's name ("Guest Writer - Center",
    "Opinion") dates the line and names no outlet (None)."""
    found = _name_and_date(line) if len(line) <= 120 else None
    if found is None:
        return None
    name, statements = found
    known = known_outlet(name) or outlet_label(name)
    if known:
        return known, statements
    if is_desk_label(name):
        return None, statements
    words = name.split()
    if not 1 <= len(words) <= 5 or name.isupper() or name[-1] in ".!?:;":
        return None
    if not all(_NAME_WORD.match(word) for word in words) or not words[0][0].isupper():
        return None
    return name, statements


def emphasized_outlet_and_date(
    line: str, name: str
) -> tuple[str, tuple[DateStatement, ...]] | None:
    """An "Outlet, date" line whose name alone is set in emphasis ("*KQED*, 2021-10-04"):
    no dateline's place is written so, so a name in capitals is an outlet too (nu25 #3)."""
    found = _name_and_date(line) if len(line) <= 120 else None
    if found is None or found[0] != name:
        return None
    words = name.split()
    if not 1 <= len(words) <= 5 or name[-1] in ".!?:;" or not words[0][0].isupper():
        return None
    return (name, found[1]) if all(_NAME_WORD.match(word) for word in words) else None


_BANNER_WORDS = frozenset(
    ["breaking", "live", "latest", "news", "update", "updates", "watch", "now", "blog", "video"]
)
"""The words of a banner over a date line, in sentence case too ("Live updates", "Breaking
news", "Watch live"): never a short headline, nor is a section's name ending in one of
the first ones ("World news", "Australia news", "Politics live")."""
_BANNER_ENDS = frozenset(["news", "live", "updates", "update"])


def banner(words: list[str]) -> bool:
    """A short line's words are a banner or a section label's (`_BANNER_WORDS`)."""
    plain = [w.lower().strip(".:!-–—") for w in words]
    return plain[-1] in _BANNER_ENDS or all(w in _BANNER_WORDS or w in SECTIONS for w in plain)


def short_headline(line: str) -> bool:
    """Two or three words in sentence case ("Café réouvert", "Biden wins"): a headline over
    a date or outlet line, where a section label is capitalised throughout ("Middle
    East", "US & Canada", "WORLD NEWS"), a desk ("Opinion") or a banner ("Live updates")."""
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
    return (
        len(words) >= 2
        and not line.isupper()
        and any(w[0].islower() for w in words[1:])
        and not is_desk_label(line)
        and not banner(words)
    )


def wire_headline(line: str) -> bool:
    """A wire's headline in capitals ("BAHIA COCOA REVIEW", "ENERGY/FOREIGN INVESTORS"): three
    words or more, not a label ("WORLD NEWS", "US & CANADA"), desk or banner ("LIVE UPDATES")."""
    words = words_of(line.replace("/", " ").split())
    return (
        len(words) >= 3
        and line.isupper()
        and not is_desk_label(line)
        and not (len(words) <= 4 and banner(line.split()))  # "... TO RELEASE NEWS" is none
    )


SENTENCE_TITLE_WORDS, SENTENCE_TITLE_CHARS = 20, 140
"""The longest headline written as a sentence: a lede of one sentence mostly runs longer."""


def over_outlet_line(line: str, below: str) -> bool:
    """``line`` reads as a sentence or two of a headline's length and ``below`` is a known
    outlet's line ("Biden says U.S. will end its combat mission ... visits the White House."
    over "New York Times"): a headline written as a sentence, as a reader takes it, not the
    lede (nu42 #3). A longer paragraph, or one of three sentences or more, stays the lede
    whatever follows it; the caller checks the headline's shape (`lede.is_title_like`)."""
    return (
        len(line.split()) <= SENTENCE_TITLE_WORDS
        and len(line) <= SENTENCE_TITLE_CHARS
        and outlet_label(below) is not None
        and len(split_sentences(line)) <= 2
    )


def sentence_case(line: str) -> bool:
    """Two words or more in small letters that are no function words: a short headline
    ("Dam repairs start"), where a label is capitalised ("Middle East") or has one such
    word at most ("World news", "Life and style")."""
    small = [w for w in line.split() if w.isalpha() and w.islower() and w not in _FUNCTION]
    return len(small) >= 2


_FUNCTION = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})


def is_label(line: str) -> bool:
    """One to three capitalised words and nothing else: "Opinion", "US & Canada"."""
    words = line.split()
    return (
        1 <= len(words) <= 3
        and line[-1:].isalnum()
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
    )


def label_like(line: str) -> bool:
    """Too few words, or all capitals, to be a headline: a label ("WORLD NEWS"). A word
    has two letters, or a letter and a digit ("G-7 Nations Call": three words; a bare
    year is none: "US Election 2020" has two)."""
    words = words_of(line.split())
    return len(words) < 3 or (line.isupper() and len(words) <= 6)
