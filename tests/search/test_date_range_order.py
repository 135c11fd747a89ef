"""A `date:` range is refused exactly when no moment lies between its ends (nu29 #9 b).

Oracle: calendar days. ``[a to b]`` holds every moment of days a..b, so it is empty when
a > b; ``{a to b}`` holds days strictly between, so it is empty when b - a < 2."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from index.search.limits import QueryError, check_query

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def refused(text: str, why: str = "starts after it ends") -> bool:
    try:
        check_query(text)
    except QueryError as error:
        assert f"{why}: nothing can match" in str(error)
        return True
    return False


@given(days, days, st.booleans())
def test_a_range_is_refused_when_it_holds_no_day(a: date, b: date, exclusive: bool) -> None:
    shape = "date:{{{} to {}}}" if exclusive else "date:[{} to {}]"
    empty = (b - a).days < 2 if exclusive else a > b
    # an exclusive range of its ends' days in order is empty, not reversed (rv28)
    why = "holds no moment between its ends" if exclusive and a <= b else "starts after it ends"
    assert refused(shape.format(a.isoformat(), b.isoformat()), why) == empty


@given(days, st.integers(min_value=-40, max_value=40))
def test_months_in_words_compare_as_their_days(a: date, shift: int) -> None:
    b = a.replace(day=1) + timedelta(days=31 * shift)
    first, last = f"{a:%B %Y}", f"{b:%B %Y}"  # whole months: empty when the first is later
    empty = (a.year, a.month) > (b.year, b.month)
    assert refused(f"date:[{first} to {last}] peace") == empty
