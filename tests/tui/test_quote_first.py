"""A quote's "first" row says when the first was picked among articles of one day with no time."""

from __future__ import annotations

from index.analysis.quote_groups import Occurrence, QuoteGroup
from tui.quote_text import first_words, occurrence_line


def occurrence(article: str, date: str | None) -> Occurrence:
    return Occurrence(article, "AP", date, 0, 3, "w", None, "same", ())


def group(*dates: str | None) -> QuoteGroup:
    found = tuple(occurrence(f"a{k}", date) for k, date in enumerate(dates))
    return QuoteGroup("g", "w", None, found, "a0")


def test_a_first_of_several_bare_dates_of_one_day_says_so() -> None:
    tied = group("2017-02-07T00:00:00", "2017-02-07T00:00:00", "2017-02-07", "2017-02-09")
    said = "first of 3 dated the same day, no time given"
    assert first_words(tied) == said
    assert said in occurrence_line(tied, tied.occurrences[0]).plain
    assert said not in occurrence_line(tied, tied.occurrences[1]).plain


def test_a_timed_first_or_a_lone_day_is_plainly_first() -> None:
    assert first_words(group("2017-02-07T09:00:00", "2017-02-07T11:30:00")) == "first"
    assert first_words(group("2017-02-07", "2017-02-08")) == "first"
    assert first_words(group(None, None)) == "first"
    assert first_words(group("2017-02-07")) == "first"


def test_a_bare_date_beside_a_timed_first_ties_with_it() -> None:
    """Midnight sorts first, but the bare date's article may have run later that day."""
    assert first_words(group("2017-02-07T00:00:00", "2017-02-07T09:00:00")) == (
        "first of 2 dated the same day, no time given"
    )
