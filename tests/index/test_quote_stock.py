"""A stock phrase quoted in one article is not a clip of an unrelated, longer quotation
by someone else, weeks away, that happens to contain it (issue 18); a reprint, clipped or
lightly edited, still joins its quotation."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

LONG = "At the end of the day, the council will have to approve the new budget for the schools"
STOCK = "at the end of the day"
DAY = date(2017, 3, 1)


def _add(index: QuoteIndex, aid: str, quote: str, speaker: str | None, days: int = 0) -> None:
    tail = f" said {speaker}, who spoke on Monday." if speaker else " a report said."
    body = f'"{quote},"{tail}'
    when = (DAY + timedelta(days=days)).isoformat()
    index.add_article(aid, "Outlet " + aid, when, extract_quotes(body))


def _partition(index: QuoteIndex) -> set[frozenset[str]]:
    return {frozenset(g.articles) for g in index.groups()}


def test_a_stock_phrase_by_another_speaker_weeks_away_does_not_join() -> None:
    index = QuoteIndex()
    _add(index, "mayor", LONG, "John Harper")
    _add(index, "coach", STOCK, "Maria Lopez", days=15)
    assert _partition(index) == {frozenset({"mayor"}), frozenset({"coach"})}


def test_a_short_clip_joins_by_its_speaker_no_speaker_or_the_same_week() -> None:
    index = QuoteIndex()
    _add(index, "mayor", LONG, "John Harper")
    _add(index, "wire", STOCK, "Harper", days=20)
    _add(index, "unsigned", STOCK, None, days=30)
    _add(index, "misread", STOCK, "Maria Lopez", days=2)  # a reprint, its speaker misread
    assert _partition(index) == {frozenset({"mayor", "wire", "unsigned", "misread"})}


_WORDS = st.sampled_from(
    [
        "council",
        "budget",
        "schools",
        "approve",
        "mayor",
        "river",
        "bridge",
        "tax",
        "vote",
        "plan",
        "city",
        "road",
    ]
)
_PHRASES = st.sampled_from(
    [STOCK, "in a very short period of time", "all options are on the table", "not that I know of"]
)


@settings(max_examples=40, deadline=None)
@given(
    phrase=_PHRASES,
    before=st.lists(_WORDS, min_size=0, max_size=4),
    after=st.lists(_WORDS, min_size=8, max_size=16),
    days=st.integers(4, 400),
)
def test_a_stock_phrase_and_an_unrelated_long_quote_by_others_stay_apart(
    phrase: str, before: list[str], after: list[str], days: int
) -> None:
    long_quote = " ".join([*before, phrase, *after])
    index = QuoteIndex()
    _add(index, "long", long_quote, "John Harper")
    _add(index, "stock", phrase, "Maria Lopez", days=days)
    assert _partition(index) == {frozenset({"long"}), frozenset({"stock"})}


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=10, max_size=20),
    cut=st.integers(0, 3),
    keep=st.integers(6, 20),
    speaker=st.sampled_from([None, "Harper", "John Harper", "Maria Lopez"]),
    days=st.integers(0, 400),
)
def test_a_reprint_clipped_still_joins(
    words: list[str], cut: int, keep: int, speaker: str | None, days: int
) -> None:
    full = " ".join(["The", "council", *words])
    clipped = " ".join(full.split()[cut : cut + keep])
    index = QuoteIndex()
    _add(index, "first", full, "John Harper")
    _add(index, "copy", clipped, speaker, days=days)
    assert _partition(index) == {frozenset({"first", "copy"})}
