"""The stems a wildcard in a text field stands for: ``r?tes`` is "rate", the stem of "rates".

The text fields index Porter2 stems (`index.store.schema.stem`), not words, and Whoosh
matches a `Wildcard` against them: ``r?tes`` and ``stock?`` found nothing on Reuters
("rates" is indexed as "rate", "stocks" as "stock"), though thousands of articles have
the words (sx39). As a prefix does (`index.search.prefixes`), a wildcard reads the words
each segment lists as written (`index.store.words`): it stands for the stems of the
listed words it fits (`fnmatch`, the pattern lower-cased and folded as the words are),
so it finds every article holding such a word, and, as a prefix does, that word's other
forms ("rated", "rating": "rate" too). A stem that the pattern fits and that is itself a
listed word is found so as well.

An index whose segments do not all list their words (built before px34) keeps Whoosh's
reading: the pattern as the field's analyzer stems it, matched against the stems
(`StemmedWildcard.stemmed`: ``*keeping`` is ``*keep``).
"""

from __future__ import annotations

import fnmatch
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from index.search.limits import UNLIMITED, Budget
from index.search.listed_words import stems_of_listed

SPECIAL = "*?["
"""The characters that make a pattern of a word (Whoosh's `Wildcard.SPECIAL_CHARS`)."""


@lru_cache(maxsize=256)
def _matcher(pattern: str) -> Any:
    """fnmatch's, but a "?" also fits "??", the two U+FFFD of a lost letter as the analyzers
    fold them ("garda?" fits "garda??" of "Garda\ufffd\ufffd", sx45)."""
    if "[" in pattern:
        return re.compile(fnmatch.translate(pattern)).match
    parts = {"*": ".*", "?": r"(?:\?\?|.)"}
    return re.compile(
        "(?s:" + "".join(parts.get(c) or re.escape(c) for c in pattern) + r")\Z"
    ).match


def literal_head(pattern: str) -> str:
    """The letters of ``pattern`` before its first wildcard: every word it fits starts so."""
    cut = min((at for at in map(pattern.find, SPECIAL) if at >= 0), default=len(pattern))
    return pattern[:cut]


def fitted_words(words: tuple[str, ...], pattern: str) -> list[str]:
    """The words of a sorted list that ``pattern`` fits (fnmatch, case as given)."""
    head = literal_head(pattern)
    fits = _matcher(pattern)
    if not head:
        return [word for word in words if fits(word)]
    at = bisect_left(words, head)
    end = bisect_left(words, head + "\U0010ffff", at)
    return [word for word in words[at:end] if fits(word)]


def fitted_stems(reader: Any, pattern: str, budget: Budget = UNLIMITED) -> frozenset[str] | None:
    """The stems of the words the segments of ``reader`` (a whole index's: a word of one
    segment stands for its stem in all) list that ``pattern`` (lower-cased, folded) fits,
    or None if a segment has no list (`index.search.listed_words`: cached by reader; the
    budget is checked as the words are read and stemmed)."""
    return stems_of_listed(
        reader, ("fitted", pattern), lambda words: fitted_words(words, pattern), budget
    )
