"""A dated query outside the corpus's dates says so (nu44 #4): `date_miss` against an oracle
over generated spans within one year, with year-less months and relative dates read from a
fixed ``now``: the period named (as the README reads it: the last such month before now),
the corpus's span, and the same month in the corpus's year when the corpus holds it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.search.date_miss import date_miss

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
MONTHS += ("september", "october", "november", "december")


@st.composite
def cases(draw: st.DrawFn) -> tuple[tuple[datetime, datetime], datetime, int]:
    """A span of dates within one year, a ``now`` after its start, a month typed."""
    year = draw(st.integers(2000, 2015))
    first = date(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    last = first + timedelta(days=draw(st.integers(0, (date(year, 12, 31) - first).days)))
    now = datetime(year + draw(st.integers(1, 4)), draw(st.integers(1, 12)), 15, 12)
    month = draw(st.integers(1, 12).filter(lambda m: m != now.month))
    span = (
        datetime.combine(first, datetime.min.time()),
        datetime.combine(last, datetime.min.time()),
    )
    return span, now, month


def _said(stretch: str, span: tuple[datetime, datetime]) -> str:
    first, last = span
    return f"no article is dated {stretch} (this corpus runs {first:%Y-%m-%d} to {last:%Y-%m-%d})"


@settings(max_examples=60, deadline=None)
@given(cases(), st.sampled_from(("", "wheat ", "title:frost AND ")))
def test_a_year_less_month_outside_the_span_says_so_and_offers_the_corpus_year(
    case: tuple[tuple[datetime, datetime], datetime, int], words: str
) -> None:
    span, now, month = case
    name = MONTHS[month - 1]
    year = now.year if month < now.month else now.year - 1  # the last one before now
    start = datetime(year, month, 1)
    end = datetime(year + month // 12, month % 12 + 1, 1)
    told = date_miss(f"{words}date:{name}", span, now=now)
    if start <= span[1] and end > span[0]:
        assert told is None  # the month holds some of the corpus's dates: nothing to say
        return
    want = _said(f"in {start:%B %Y}", span)
    if span[0].month <= month <= span[1].month:
        want += f'; did you mean date:"{name} {span[0].year}"?'
    assert told == want


@settings(max_examples=40, deadline=None)
@given(cases())
def test_last_week_outside_the_span_names_its_days(
    case: tuple[tuple[datetime, datetime], datetime, int],
) -> None:
    span, now, _ = case
    monday = datetime(now.year, now.month, now.day) - timedelta(days=now.weekday() + 7)
    sunday = monday + timedelta(days=6)
    told = date_miss('date:"last week"', span, now=now)
    if monday <= span[1] and sunday >= span[0]:
        assert told is None
    else:  # no suggestion: a relative date names no month
        assert told == _said(f"from {monday:%Y-%m-%d} to {sunday:%Y-%m-%d}", span)


SPAN = (datetime(2017, 2, 1), datetime(2017, 3, 31, 12))
NOW = datetime(2026, 12, 5)


def test_the_examples_of_the_report() -> None:
    said = "(this corpus runs 2017-02-01 to 2017-03-31)"
    assert date_miss("date:march", SPAN, now=NOW) == (
        f'no article is dated in March 2026 {said}; did you mean date:"march 2017"?'
    )
    assert date_miss('date:"15 march"', SPAN, now=NOW) == (
        f'no article is dated on 15 March 2026 {said}; did you mean date:"15 march 2017"?'
    )
    assert date_miss("date:2026", SPAN, now=NOW) == f"no article is dated in 2026 {said}"
    assert date_miss("date:>2020", SPAN, now=NOW) == (
        f"no article is dated on or after 2021-01-01 {said}"
    )
    assert date_miss("dam", SPAN, since=datetime(2020, 1, 1), now=NOW) == (
        f"no article is dated on or after 2020-01-01 {said}"
    )
    # december 2016 and 2017 both lie outside the corpus: nothing to offer
    assert date_miss("date:december", SPAN, now=NOW) == (
        f"no article is dated in December 2026 {said}"
    )


def test_nothing_is_said_where_the_dates_are_not_the_miss() -> None:
    for text in ('date:"march 2017"', "dam", "dam OR date:march", "-date:march dam"):
        assert date_miss(text, SPAN, now=NOW) is None, text
    assert date_miss("date:march", None, now=NOW) is None  # no article dated
    assert date_miss("date:[2018 to 2016]", SPAN, now=NOW) is None  # refused elsewhere


@settings(max_examples=60, deadline=None)
@given(
    dated=st.lists(st.dates(date(2010, 1, 1), date(2025, 12, 31)), min_size=1, max_size=6),
    month=st.integers(1, 12),
)
def test_the_year_offered_holds_an_article_of_that_month(dated: list[date], month: int) -> None:
    """A year is offered only where the month holds an article (the seeds, dated 2014 and
    2025, were offered an empty "march 2024"): the oracle is the dates themselves."""
    moments = sorted(datetime(d.year, d.month, d.day, 12) for d in dated)
    span = (moments[0], moments[-1])

    def holds(first: datetime, last: datetime) -> bool:
        return any(first <= m <= last for m in moments)

    name = datetime(2000, month, 1).strftime("%B").lower()
    said = date_miss(f"date:{name}", span, now=datetime(2026, 12, 5), holds=holds)
    years = [m.year for m in moments if m.month == month]
    if said is None:  # the month's last one before now overlaps the span: no miss to tell
        return
    if years:
        assert said.endswith(f'did you mean date:"{name} {max(years)}"?'), said
    else:
        assert "did you mean" not in said, said


def test_a_clause_with_a_time_is_told_as_typed() -> None:
    """sx52: ``date:>2017-02-07T23:59`` on a corpus that ends on Feb 7 was told "no article
    is dated on or after 2017-02-08", a day the user never typed: a clause naming a time
    is told by the moment it names, its comparison kept (strictly after that minute)."""
    span = (datetime(2017, 2, 1), datetime(2017, 2, 7))
    said = "(this corpus runs 2017-02-01 to 2017-02-07)"
    cases = {
        "date:>2017-02-07T23:59": "after 2017-02-07 23:59",
        "date:>2017-02-07T23": "after 2017-02-07T23",
        'date:>"7 feb 2017 11pm"': "after 2017-02-07T23",
        "date:>=2017-02-08T10:00:30": "on or after 2017-02-08 10:00:30",
        "date:>2017-02-08T10:00:30": "after 2017-02-08 10:00:30",
        "date:2017-02-08T10:30": "at 2017-02-08 10:30",
        "date:<2017-01-31T10:00": "before 2017-01-31 10:00",
        "date:<=2017-01-31T10:00": "on or before 2017-01-31 10:00",
        "dam date:>2017-02-07T23:59 date:<2017-02-09T08:00": (
            "after 2017-02-07 23:59 and before 2017-02-09 08:00"
        ),
    }
    for text, stretch in cases.items():
        assert date_miss(text, span, now=NOW) == f"no article is dated {stretch} {said}", text
    # a moment with seconds is told with them (it was cut to its minute)
    assert date_miss("dam", span, since=datetime(2017, 2, 8, 10, 0, 30), now=NOW) == (
        f"no article is dated on or after 2017-02-08 10:00:30 {said}"
    )
