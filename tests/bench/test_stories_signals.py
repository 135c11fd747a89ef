"""The candidate signals of bench/stories_signals: dates and numbers read from text."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bench.stories_signals import WEEKDAYS, event_dates, numbers


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(WEEKDAYS),
)
def test_a_weekday_is_the_last_such_day_on_or_before_the_article(day: date, name: str) -> None:
    when = datetime(day.year, day.month, day.day, 15, 30)
    (found,) = event_dates(f"The court ruled on {name.capitalize()} that", when)
    assert WEEKDAYS[found.weekday()] == name
    assert timedelta(0) <= day - found < timedelta(days=7)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_next_weekday_is_ahead_and_yesterday_is_behind(day: date) -> None:
    when = datetime(day.year, day.month, day.day)
    ahead, behind, today = event_dates("a vote next Monday, talks yesterday, a deal today", when)
    assert ahead.weekday() == 0 and timedelta(0) < ahead - day <= timedelta(days=7)
    assert behind == day - timedelta(days=1)
    assert today == day


def test_a_month_day_date_takes_the_nearest_year() -> None:
    when = datetime(2021, 1, 3)
    assert event_dates("the Dec. 30 deadline and the Jan. 6 attack", when) == [
        date(2020, 12, 30),
        date(2021, 1, 6),
    ]
    assert event_dates("on Monday", None) == []


def test_numbers_keep_counts_and_sums_but_not_years_or_small_numbers() -> None:
    found = numbers(
        "The bill passed 252 to 175 in 2021, adding 266,000 jobs, $1.9 trillion, 3 votes"
    )
    assert found == {"252", "175", "266000", "1.9t"}
