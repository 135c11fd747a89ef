"""Dates typed in queries: the period each names, the bounds of each comparison."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.search.query_dates import DateUnreadable, Period, bounds, resolve_date

NOW = datetime(2017, 3, 8, 12, 0)  # a Wednesday
END = 23, 59, 59, 999999
TIMED_FORMS = {"2017-03-05T10:30", "2 hours ago"}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2017", datetime(2017, 1, 1), datetime(2017, 12, 31, *END)),
        ("2017-02", datetime(2017, 2, 1), datetime(2017, 2, 28, *END)),
        ("2016-02", datetime(2016, 2, 1), datetime(2016, 2, 29, *END)),
        ("2017-12", datetime(2017, 12, 1), datetime(2017, 12, 31, *END)),
        ("2017-3-5", datetime(2017, 3, 5), datetime(2017, 3, 5, *END)),
        ("20170305", datetime(2017, 3, 5), datetime(2017, 3, 5, *END)),
        (
            "2017-03-05T10:30",
            datetime(2017, 3, 5, 10, 30),
            datetime(2017, 3, 5, 10, 30, 59, 999999),
        ),
        ("feb 2017", datetime(2017, 2, 1), datetime(2017, 2, 28, *END)),
        ("15 March 2017", datetime(2017, 3, 15), datetime(2017, 3, 15, *END)),
        ("march 15, 2017", datetime(2017, 3, 15), datetime(2017, 3, 15, *END)),
        ("03/04/2017", datetime(2017, 3, 4), datetime(2017, 3, 4, *END)),
        ("yesterday", datetime(2017, 3, 7), datetime(2017, 3, 7, *END)),
        ("3 days ago", datetime(2017, 3, 5), datetime(2017, 3, 5, *END)),
        ("last week", datetime(2017, 2, 27), datetime(2017, 3, 5, *END)),
        ("last month", datetime(2017, 2, 1), datetime(2017, 2, 28, *END)),
        ("2 hours ago", datetime(2017, 3, 8, 10, 0), datetime(2017, 3, 8, 10, 0)),
        ("9999", datetime(9999, 1, 1), datetime(9999, 12, 31, *END)),
    ],
)
def test_each_form_names_its_period(text: str, start: datetime, end: datetime) -> None:
    timed = text in TIMED_FORMS  # a time of day: day-only dates never fall in it (dt33)
    assert resolve_date(text, NOW) == Period(start, end, timed)


@pytest.mark.parametrize(
    "text", ["2017-13-45", "2017-02-30", "x", "garbage", "5", "201", "1488326400", "2017^2", ""]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(DateUnreadable):
        resolve_date(text, NOW)


def test_comparisons_are_strict_or_inclusive_over_the_whole_period() -> None:
    day = resolve_date("2017-03-15", NOW)
    assert bounds(">", day) == (datetime(2017, 3, 16), None)
    assert bounds(">=", day) == (datetime(2017, 3, 15), None)
    assert bounds("<", day) == (None, datetime(2017, 3, 14, *END))
    assert bounds("<=", day) == (None, datetime(2017, 3, 15, *END))
    assert bounds("=", day) == (day.start, day.end)
    # past the end of time: nothing, not an overflow
    low, high = bounds(">", resolve_date("9999-12-31", NOW))
    assert low is not None and high is not None and low > high


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=24))
def test_any_text_is_a_period_or_refused(text: str) -> None:
    try:
        period = resolve_date(text, NOW)
    except DateUnreadable:
        return
    assert period.start <= period.end


DAYS = ["15 march 2017", "march 15, 2017", "yesterday", "3 days ago", "03/04/2017"]
UNREAD_TIMES = ["noon", "midnight", "midday", "morning", "afternoon", "evening", "night"]


@settings(max_examples=60, deadline=None)
@given(
    day=st.sampled_from(DAYS),
    time=st.one_of(
        st.sampled_from(UNREAD_TIMES),
        st.builds(
            "{}{}{:02}".format, st.integers(0, 23), st.sampled_from([".", "h"]), st.integers(0, 59)
        ),
    ),
    before=st.booleans(),
)
def test_a_time_of_day_no_clock_names_is_refused(day: str, time: str, before: bool) -> None:
    """A date with a time written as none of 10am, 10:30 and 10:30:15 (noon, 10.30, 10h30)
    was the whole day, the time silently lost, or now's time (``yesterday 10.30``):
    refused instead, the message naming the forms read (rv43)."""
    text = f"{time} {day}" if before else f"{day} {time}"
    with pytest.raises(DateUnreadable, match="10am, 10:30"):
        resolve_date(text, NOW)
    assert resolve_date(day, NOW).start.hour == 0  # the day alone is still read
