"""`story --json` lags say what `story` says (nu29 #4): an outlet tied with the first article
(`first_tied`) at the same time is 0 hours after it, and a date without a time gives days,
never hours (nu32 #11: nor 0 hours when it ties: a bare date is no midnight).

A new user read "first: 3 articles the same day, no time given" beside lags of 15.8 and
16.5 hours after the untimed article's midnight.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_view import timeline
from index.models import Story, StoryMember, StoryTimeline
from tui.cli.story_records import timeline_record
from tui.story_first import day_lag, first_tied, tied_and_later

DAY = datetime(2023, 3, 14)  # a date without a time (stored at midnight)


def told(members: list[StoryMember]) -> StoryTimeline:
    """``members`` (oldest first) as one story told in time."""
    dated = [m for m in members if m.date is not None and m.source]
    first = dated[0] if dated else members[0]
    sources = tuple(dict.fromkeys(m.source for m in members if m.source))
    ids = tuple(m.id for m in members)
    start = min((m.date for m in members if m.date is not None), default=None)
    end = max((m.date for m in members if m.date is not None), default=None)
    story = Story("s1", first.title, ids, sources, first.id, start, end)
    return timeline(story, members)


def lags(story: StoryTimeline) -> dict[str, tuple[float | None, int]]:
    """The JSON's lags by outlet: (hours_after_first, days_after_first)."""
    record = timeline_record(story)
    assert all(set(lag) == {"source", "hours_after_first", "days_after_first"}
               for lag in record["lags"])  # fmt: skip
    return {lag["source"]: (lag["hours_after_first"], lag["days_after_first"])
            for lag in record["lags"]}  # fmt: skip


def test_outlets_the_same_day_as_an_untimed_first_are_days_not_hours_after_it() -> None:
    """nu29 #4's story: the Gazette gives the day only, AP 15:47 and the Tribune 16:30."""
    story = told(
        [
            StoryMember("gazette", "G", "Valley Gazette", DAY, None),
            StoryMember("ap", "A", "Associated Press", DAY + timedelta(hours=15, minutes=47), None),
            StoryMember("tribune", "T", "Coastal Tribune", DAY + timedelta(hours=16.5), None),
        ]
    )
    # AP's time is the day's first: the Gazette ties with it by day, the Tribune follows AP
    # by the hours both give (nu38 #8: a day alone no longer hides the timed pair's lag)
    assert [m.id for m in first_tied(story)] == ["ap", "gazette"]  # the first heads them
    assert lags(story) == {
        "Valley Gazette": (None, 0),
        "Associated Press": (0.0, 0),
        "Coastal Tribune": (0.7, 0),
    }
    assert timeline_record(story)["first"]["date"] == "2023-03-14T15:47:00"


def test_a_later_day_against_a_date_without_a_time_is_days_not_hours() -> None:
    """`story` says "next day" and "+2 days": the JSON gives those days and no hours; an
    outlet timed like the first keeps its hours."""
    story = told(
        [
            StoryMember("wire", "W", "Wire A", DAY + timedelta(hours=9), None),
            StoryMember("paper", "P", "Paper B", DAY + timedelta(hours=13), None),
            StoryMember("daily", "D", "Daily C", DAY + timedelta(days=1), None),
            StoryMember("weekly", "K", "Weekly D", DAY + timedelta(days=2, hours=8), None),
        ]
    )
    assert lags(story) == {
        "Wire A": (0.0, 0),
        "Paper B": (4.0, 0),
        "Daily C": (None, 1),
        "Weekly D": (47.0, 2),
    }
    _, later = tied_and_later(story)
    assert [day_lag(story, lag) for lag in later] == [None, "next day", None]


OUTLETS = ("Wire A", "Paper B", "Daily C", "Weekly D")


@st.composite
def members(draw: st.DrawFn) -> list[StoryMember]:
    """Two to seven articles of up to four outlets over four days, each dated with a time,
    with the day alone (midnight) or not at all, oldest first as a story lists them."""
    found = []
    for n in range(draw(st.integers(2, 7))):
        source = draw(st.sampled_from((*OUTLETS, None)))
        when = draw(
            st.one_of(
                st.none(),
                st.integers(0, 3).map(lambda d: DAY + timedelta(days=d)),
                st.integers(1, 4 * 24 * 60 - 1).map(lambda m: DAY + timedelta(minutes=m)),
            )
        )
        found.append(StoryMember(f"a{n}", f"T{n}", source, when, None))
    found.sort(key=lambda m: (m.date is None, m.date or DAY))
    return found


def expected(articles: list[StoryMember]) -> dict[str, tuple[float | None, int]]:
    """The oracle: each outlet's first dated article against the first article of a known
    outlet (the earliest day's earliest time, else that day); a date at midnight has no
    time: days without hours, the same day or a later one (nu32 #11); two times give hours."""
    firsts: dict[str, datetime] = {}
    for m in articles:
        if m.source and m.date is not None and m.source not in firsts:
            firsts[m.source] = m.date
    if not firsts:
        return {}
    # the first: the earliest day's earliest time, else that day alone (nu38 #8)
    known = [m.date for m in articles if m.source and m.date is not None]
    day = min(when.date() for when in known)
    timed = [w for w in known if w.date() == day and w.time() != datetime.min.time()]
    start = min(timed) if timed else datetime.combine(day, datetime.min.time())
    found: dict[str, tuple[float | None, int]] = {}
    for source, when in firsts.items():
        days = (when.date() - start.date()).days
        if when.time() == datetime.min.time() or start.time() == datetime.min.time():
            found[source] = (None, days)
        else:
            found[source] = (round((when - start).total_seconds() / 3600, 1), days)
    return found


@settings(max_examples=300, deadline=None)
@given(members())
def test_lags_match_the_oracle_and_first_tied(articles: list[StoryMember]) -> None:
    story = told(articles)
    got = lags(story)
    assert got == expected(articles)
    # the tied outlets: 0 hours after (the same time), or none that day (no time given)
    zero = {s for s, (hours, days) in got.items() if days == 0 and hours in (0, None)}
    assert {m.source for m in first_tied(story)} <= zero
    tied, later = tied_and_later(story)
    if got:  # and those the text says tie (or "same time"); no lags when none is dated
        assert zero == {story.first.source, *tied}
    for lag in later:  # "next day", "+2 days" in the text: no hours in the JSON
        assert (got[lag.source][0] is None) == (day_lag(story, lag) is not None)


def _timed(when: datetime) -> bool:
    return when.time() != datetime.min.time()


@settings(max_examples=300, deadline=None)
@given(members())
def test_first_is_earliest_by_the_precision_both_dates_have(articles: list[StoryMember]) -> None:
    """nu38 #8: the first is no later than any dated article of a known outlet, compared by
    time when both have one, else by day; no lag is negative; a follower timed like the
    first is its hour difference after it (a day alone beside them changes nothing)."""
    story = told(articles)
    dated = [m for m in articles if m.source and m.date is not None]
    if not dated:
        return
    start = story.first.date
    assert start is not None
    for m in dated:
        assert m.date is not None
        if _timed(m.date) and _timed(start):
            assert start <= m.date
        else:
            assert start.date() <= m.date.date()
    got = lags(story)
    assert all((hours is None or hours >= 0) and days >= 0 for hours, days in got.values())
    firsts: dict[str, datetime] = {}
    for m in dated:
        assert m.date is not None
        firsts.setdefault(m.source or "", m.date)
    for source, when in firsts.items():
        if _timed(when) and _timed(start):
            assert got[source][0] == round((when - start).total_seconds() / 3600, 1)


@settings(max_examples=300, deadline=None)
@given(members())
def test_lags_name_the_first_outlet_first_once_each(articles: list[StoryMember]) -> None:
    """nu54 #11: the README said "after `first`" though `lags` holds the first's own outlet;
    it now says so: that outlet heads the list (0 hours, or none with no time; 0 days), and
    each outlet is listed once, never before the first."""
    story = told(articles)
    record = timeline_record(story)["lags"]
    if story.first is None or not record:
        return
    head = record[0]
    assert head["source"] == story.first.source
    assert head["hours_after_first"] in (0.0, None) and head["days_after_first"] == 0
    sources = [lag["source"] for lag in record]
    assert len(sources) == len(set(sources))
    assert all((lag["hours_after_first"] or 0) >= 0 <= lag["days_after_first"] for lag in record)
