"""One "day or day + time" formatter (`index.when.day_or_minute`, rv35's hook note): the
notebook memo, `story`, the story screen and `show` print a date alike, a stated midnight
as "00:00" and a day alone without a time, checked over generated dates against the
source's own statement (a time given or not). `story` and the story screen add the zone
to a time (`zoned`: "20:12 UTC", nu42 #6)."""

from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from index.notebook.memo import human_date
from index.when import day_or_minute, iso_when, timed_value
from tui.story_first import zoned

CLOCKS = st.one_of(st.none(), st.just(time(0)), st.times().map(lambda t: t.replace(second=0)))
"""No time stated, midnight stated, or a time to the minute."""


@given(st.dates(min_value=date(1850, 1, 1), max_value=date(2300, 1, 1)), CLOCKS)
def test_every_view_prints_what_the_source_stated(day: date, clock: time | None) -> None:
    if clock is None:
        when, expected = datetime.combine(day, time(0)), day.isoformat()
    else:
        when = timed_value(datetime.combine(day, clock))
        expected = f"{day.isoformat()} {clock:%H:%M}"
    assert day_or_minute(when) == expected
    assert human_date(iso_when(when)) == expected  # the memo reads what the notebook keeps
    assert zoned(when) == (expected if clock is None else f"{expected} UTC")


def test_no_date() -> None:
    assert day_or_minute(None) is None
    assert zoned(None) == "undated"
