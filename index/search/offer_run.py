"""Showing results for an offer: a query of plain words that found nothing, one word of
which the index lacks, is searched as its first offer ("jongnam" as ``"jong nam"``), and
the answer says so ("Showing results for "jong nam"; search instead for jongnam"; nu66).

A query is never replaced when it finds something, nor when it holds anything but plain
words (a phrase, a field's clause, a wildcard, a fuzzy term, a range, a boost, a ticker:
their offers stay offers), nor when more than one of its words is respelt: the set shown
is the offer's only when the offer stands for the one word the query lacked. The engines
keep an offer only when it finds an article (`index.search.suggest.finding`).
"""

from __future__ import annotations

import re

from index.models import SearchResult

_NOT_PLAIN = re.compile(r'["*?~^:<>\[\]{}\ufffd]')
"""What only plain words lack: a phrase, a wildcard, a fuzzy term or a boost, a field's
clause, a ticker, a range (a lost letter's U+FFFD is a wildcard too)."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word, as `index.search.suggest` reads the words it respells."""


def plain(text: str) -> bool:
    """Whether ``text`` is plain words (and AND, OR, NOT, minus, brackets) only."""
    return bool(text.strip()) and not _NOT_PLAIN.search(text)


def one_word_changed(text: str, offer: str) -> bool:
    """Whether ``offer`` is ``text`` with one of its words written otherwise: what ``text``
    holds apart from ``offer`` (past their common start and end) lies in one word."""
    if text == offer:
        return False
    start = 0
    while start < min(len(text), len(offer)) and text[start] == offer[start]:
        start += 1
    end = 0
    room = min(len(text), len(offer)) - start
    while end < room and text[-1 - end] == offer[-1 - end]:
        end += 1
    changed = (start, len(text) - end)  # maybe empty: a letter added only
    return any(
        word.start() <= changed[0] and changed[1] <= word.end() for word in _WORD.finditer(text)
    )


def offer_shown(result: SearchResult) -> str | None:
    """The offer whose hits to show for ``result`` (a search of the query as typed), else
    None: its query found nothing, is plain (`plain`), and its first offer (which finds
    an article) replaces one word of it (`one_word_changed`)."""
    if result.total or result.hits or not result.suggestions or not plain(result.query):
        return None
    first = result.suggestions[0]
    return first if one_word_changed(result.query, first) else None
