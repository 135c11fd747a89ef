"""A range of dates typed another way is refused with the form that works, in the user's
own dates (nu66, sx50: `index.search.date_ranges`): ``date:2017-02-07..2017-02-08`` names
``date:[2017-02-07 to 2017-02-08]``, and ``date:2017-02-07 - 2017-02-08``, which found
nothing silently (the second date a loose word), is refused so too.

Over generated dates (a year, a month or a day; ISO or in words) and every joint read, the
refusal names the range written with the dates as typed, and that range parses; a date
followed by anything else (a word, a negated word) is read as before.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.search.date_ranges import typed_range
from index.search.limits import QueryError
from index.search.query import parse_unbound

_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
_iso = st.one_of(
    _day.map(lambda d: d.isoformat()),
    _day.map(lambda d: d.isoformat()[:7]),
    _day.map(lambda d: str(d.year)),
)
INSIDE = ["..", "...", "/", " - ", "\u2013", " \u2014 "]
"""Joints read inside the clause's date (a bare word: no spaces but the dash's)."""
AFTER = [" - ", " to ", " until ", " through ", " .. ", " \u2013 "]
"""Joints read after the clause, before a second date."""


def _refused(query: str) -> str:
    with pytest.raises(QueryError) as refused:
        parse_unbound(query)
    return str(refused.value)


@given(_iso, _iso, st.sampled_from(INSIDE))
def test_two_dates_joined_inside_the_clause(low: str, high: str, joint: str) -> None:
    typed = f"{low}{joint}{high}"
    quoted = " " in typed
    said = _refused(f'date:"{typed}"' if quoted else f"date:{typed}")
    assert f"date:[{low} to {high}]" in said, (typed, said)
    parse_unbound(f"date:[{min(low, high)} to {max(low, high)}]")  # the form offered works


@given(_iso, _iso, st.sampled_from(AFTER), st.sampled_from(["", " trump"]))
def test_a_second_date_after_the_clause(low: str, high: str, joint: str, more: str) -> None:
    said = _refused(f"date:{low}{joint}{high}{more}")
    assert f"date:[{low} to {high}]" in said, said


def test_iso_dates_joined_by_a_hyphen_and_open_ends() -> None:
    assert "date:[2017-02-07 to 2017-02-08]" in _refused("date:2017-02-07-2017-02-08")
    assert "date:[2017-02-07 to]" in _refused("date:2017-02-07..")
    assert "date:[to 2017-02]" in _refused("date:..2017-02")
    assert "date:[feb 2017 to march 2017]" in _refused('date:"feb 2017 to march 2017"')
    assert "date:[feb to march]" in _refused("date:feb..march")
    assert "date:[START to END]" in _refused("date:from..to")


@given(_iso, st.sampled_from(["trump", "-russia", "- trump", "to the", "OR date:2015"]))
def test_a_date_then_anything_else_is_read_as_before(low: str, rest: str) -> None:
    parse_unbound(f"date:{low} {rest}")


def test_no_range_no_refusal() -> None:
    assert typed_range("someday") is None
    assert typed_range("2017-13-45") is None
    start = date(2017, 2, 7)
    assert typed_range(f"{start}..{start + timedelta(days=1)}") is not None


_words = st.sampled_from(
    ["today", "yesterday", "feb", "march 2017", "last week", "feb 7", "2017", "2017-02-07"]
)
"""Dates in words (and ISO) that broadsheet reads."""


@given(_words, st.sampled_from(["..", "..."]), st.booleans(), st.booleans())
def test_an_open_range_of_a_date_in_words_is_refused(
    day: str, dots: str, before: bool, quoted_alone: bool
) -> None:
    """rv75: ``date:today..``, ``date:feb..``, ``date:..feb`` were read as the one day or
    month, the dots dropped; ``date:"last week"..`` as last week, the dots a loose word.
    Each open end, inside the clause or after its quoted date, names the range's form."""
    typed = f"{dots}{day}" if before else f"{day}{dots}"
    written = f"date:[to {day}]" if before else f"date:[{day} to]"
    if quoted_alone and not before:  # the date quoted, the dots after it
        query = f'date:"{day}"{dots}'
    else:
        query = f'date:"{typed}"' if " " in typed else f"date:{typed}"
    assert written in _refused(query), query


def test_dots_after_a_quoted_date_then_a_date_or_a_word() -> None:
    assert "date:[feb 7 to feb 9]" in _refused('date:"feb 7".."feb 9"')
    assert "date:[START to END]" in _refused('date:"feb 7"..budget')


_month_or_day = st.one_of(
    _day.map(lambda d: d.isoformat()),
    _day.map(lambda d: d.isoformat()[:7]),
)
"""An ISO date with its month: beside a date clause, never a word a user looks for."""


@given(_iso, _month_or_day, st.sampled_from(["", " trump", ")"]))
def test_a_second_iso_date_after_a_space_is_refused(low: str, high: str, more: str) -> None:
    """sx51 (rv75 #2): ``date:2017-02-07 2017-02-08`` read the second date as a loose word
    ("20170208") and found nothing, silently. Refused with the range's form; a quoted date
    is a phrase the user asked for, and a year alone may be a word (``date:2017-03 2016``)."""
    query = f"({'date:' + low} {high}{more}" if more == ")" else f"date:{low} {high}{more}"
    said = _refused(query)
    assert f"date:[{low} to {high}]" in said, said
    assert "quote it" in said, said
    parse_unbound(f'date:{low} "{high}"{more if more != ")" else ""}')
    parse_unbound(f"date:{low} 2016{more if more != ')' else ''}")


_no_day = st.builds(
    lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(29, 39),
).filter(lambda text: not _reads(text))
_no_month = st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1990, 2030), st.integers(13, 99))


def _reads(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@given(_iso, st.one_of(_no_day, _no_month), st.sampled_from(["", " trump"]))
def test_a_second_iso_shape_that_is_no_date_is_refused(low: str, high: str, more: str) -> None:
    """rv76: ``date:2017-02-07 2017-02-31`` (or ``2017-13``) slipped past sx51's refusal, as
    the second date does not read, and was the loose word "20170231": no hits, silently.
    Refused too, saying why it is no date and how to look for it in the text."""
    said = _refused(f"date:{low} {high}{more}")
    assert "is not a date" in said, said
    assert f'quote it ("{high}")' in said, said
    parse_unbound(f'date:{low} "{high}"{more}')
