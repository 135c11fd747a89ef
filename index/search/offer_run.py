"""Showing results for an offer: a query of plain words that found nothing, one word of
which the index lacks, is searched as its first offer ("jongnam" as ``"jong nam"``), and
the answer says so ("Showing results for "jong nam"; search instead for jongnam"; nu66).

A query is never replaced when it finds something, nor when it holds anything but plain
words (a phrase, a field's clause, a wildcard, a fuzzy term, a range, a boost, a ticker:
their offers stay offers), nor when more than one of its words is respelt: the set shown
is the offer's only when the offer stands for the one word the query lacked, split or
respelt near as written, never as a word the search leaves out (`near_as_written`). The engines
keep an offer only when it finds an article (`index.search.suggest.finding`).
"""

from __future__ import annotations

import re

from index.models import SearchResult
from index.search.slips import slip
from index.search.written_near import folded
from index.store.phrase_stops import STOP_TERMS
from index.store.schema import TEXT_ANALYZER

_NOT_PLAIN = re.compile(r'["*?~^:<>\[\]{}\ufffd]')
"""What only plain words lack: a phrase, a wildcard, a fuzzy term or a boost, a field's
clause, a ticker, a range (a lost letter's U+FFFD is a wildcard too)."""
_STOPS = tuple(sorted(stop for stop in STOP_TERMS if len(stop) > 1))
"""The words of more than a letter the search leaves out of a query's loose words."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word, as `index.search.suggest` reads the words it respells."""


def plain(text: str) -> bool:
    """Whether ``text`` is plain words (and AND, OR, NOT, minus, brackets) only."""
    return bool(text.strip()) and not _NOT_PLAIN.search(text)


def one_word_changed(text: str, offer: str) -> bool:
    """Whether ``offer`` is ``text`` with one of its words written otherwise: what ``text``
    holds apart from ``offer`` (past their common start and end) lies in one word."""
    return changed_word(text, offer) is not None


def changed_word(text: str, offer: str) -> tuple[str, str] | None:
    """The word of ``text`` that ``offer`` writes otherwise, and what ``offer`` writes for
    it (the offer's word enclosing the change, else the changed part: ``"jong nam"``),
    when what ``text`` holds apart from ``offer`` lies in one word; else None."""
    if text == offer:
        return None
    start = 0
    while start < min(len(text), len(offer)) and text[start] == offer[start]:
        start += 1
    end = 0
    room = min(len(text), len(offer)) - start
    while end < room and text[-1 - end] == offer[-1 - end]:
        end += 1
    typed = _enclosing(text, start, len(text) - end)  # maybe empty: a letter added only
    if typed is None:
        return None
    offered = _enclosing(offer, start, len(offer) - end)
    return typed, offer[start : len(offer) - end] if offered is None else offered


def _enclosing(text: str, start: int, end: int) -> str | None:
    """The word of ``text`` holding ``text[start:end]``, else None."""
    return next(
        (w.group() for w in _WORD.finditer(text) if w.start() <= start and end <= w.end()),
        None,
    )


def near_as_written(typed: str, offered: str) -> bool:
    """Whether ``offered`` (for the word ``typed``) may stand for it in the hits shown: it
    is searched for (not a word the search leaves out: "drought ine" offered "drought
    in", which is drought's hits, one word of two gone), and it is a split of the word
    (``"jong nam"``) or a respelling one edit from it as written (a swap of two
    neighbouring letters is one) that is a slip (`index.search.slips.slip`),
    and the word typed is not one edit from a word the search leaves out (``wiht``, one
    from "with", offered "wight", and ``adn`` "hadn": offered only; sg51).
    "adn" offered "added" and "wiht" "witness" by their stems, and "klling" "king" (two
    edits, while killing was not offered): readings too far to show unasked, they stay
    offers."""
    from rapidfuzz.distance import OSA  # only a search with no hits gets here

    if not [t.text for t in TEXT_ANALYZER(offered)]:
        return False
    if not _WORD.fullmatch(offered):
        return True  # a split: its parts a phrase (`index.search.suggest.split_options`)
    word, option = folded(typed), folded(offered)  # offers come folded (rv76: françoiss)
    if OSA.distance(word, option, score_cutoff=1) > 1:
        return False  # two edits: "klling" was shown as "king" (killing was not offered)
    if any(OSA.distance(word, stop, score_cutoff=1) <= 1 for stop in _STOPS):
        return False  # "wiht" may be "with", which the search leaves out: "wight" offered only
    # a slip at any length: a letter for a far one makes another word ("killing", absent
    # from the seeds, was shown as "willing"; of 600 words of Reuters that newsarticles
    # lacks, 45 were shown as a word one far letter away, "unsold" as "unfold": sx52)
    return slip(word, option)


def offer_shown(result: SearchResult) -> str | None:
    """The offer whose hits to show for ``result`` (a search of the query as typed), else
    None: its query found nothing, is plain (`plain`), and its first offer (which finds
    an article) replaces one word of it (`changed_word`) by a word near as written or
    its split (`near_as_written`)."""
    if result.total or result.hits or not result.suggestions or not plain(result.query):
        return None
    first = result.suggestions[0]
    changed = changed_word(result.query, first)
    return first if changed is not None and near_as_written(*changed) else None
