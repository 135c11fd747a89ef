"""The story screen's head and outlet rows: who was first, and how long after it the others ran."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from index.analysis.story_view import timeline
from index.models import Story, StoryMember, StoryTimeline
from tui.screens.story import chart, grouped, summary
from tui.story_chart import chart_line
from tui.story_first import tied_and_later

DAY = datetime(2017, 2, 7)  # a date without a time: every outlet of the day ties


def told_on_one_day() -> StoryTimeline:
    members = [
        StoryMember("cnn", "C", "CNN", DAY, None),
        StoryMember("bbc", "B", "BBC News", DAY, None),
        StoryMember("abc", "A", "ABC News", DAY + timedelta(hours=5), None),
    ]
    sources = ("CNN", "BBC News", "ABC News")
    return timeline(Story("s1", "C", ("cnn", "bbc", "abc"), sources, "cnn", DAY, DAY), members)


def test_the_head_says_the_outlets_of_the_first_day_tie() -> None:
    """CNN's date has no time: BBC News, and ABC News at 05:00, may have run before it, so
    none was first (nu17 #3: "HuffPost first" on six articles of one day)."""
    head = summary(told_on_one_day()).plain
    # ABC's time is the day's first, then the days alone by outlet name (fx110, nu49 #7)
    assert head.endswith("First: 3 articles the same day, 2 with no time given, 2017-02-07: "
                         "ABC News, BBC News, CNN")  # fmt: skip
    every = summary(replace(told_on_one_day(), articles=told_on_one_day().articles[:2])).plain
    assert "the same day, no time given" in every  # none has a time


def test_no_outlets_row_says_first_when_they_tie() -> None:
    """BBC News, dated the same day with no time, was "+0h" (`hours_after_first` is null in
    JSON: no time given); CNN, picked by order alone, was "first". When every outlet ties,
    the head says so once and no row says "same day" (nu83 #1: every row of most AllSides
    stories said it, "same as what?"); when one follows later, the tied rows say it."""
    heads = [str(o.prompt) for o in grouped(told_on_one_day()) if o.disabled]
    assert heads == ["CNN", "BBC News", "ABC News"]
    told = told_on_one_day()
    later = StoryMember("dw", "D", "DW", DAY + timedelta(days=1), None)
    story = replace(told.story, article_ids=(*told.story.article_ids, "dw"),
                    sources=(*told.story.sources, "DW"), end=later.date)  # fmt: skip
    heads = [str(o.prompt) for o in grouped(timeline(story, [*told.articles, later])) if o.disabled]
    assert heads == ["CNN  same day", "BBC News  same day", "ABC News  same day", "DW  next day"]


def told_first_by_an_unknown_outlet() -> StoryTimeline:
    members = [
        StoryMember("anon", "X", None, DAY + timedelta(hours=9), None),
        StoryMember("cnn", "C", "CNN", DAY + timedelta(hours=14), None),
        StoryMember("bbc", "B", "BBC News", DAY + timedelta(hours=16), None),
    ]
    story = Story("s2", "X", ("anon", "cnn", "bbc"), ("CNN", "BBC News"), "anon", DAY, DAY)
    return timeline(story, members)


def test_an_unknown_outlet_is_first_of_none() -> None:
    """The first article has no outlet: the earliest known outlet, CNN, is first. (A new
    user read "First: source unknown", then "followed: Wall Street Journal +0h"; before
    that, CNN was called first and left out of "then".)"""
    told = told_first_by_an_unknown_outlet()
    assert told.first.id == "cnn"
    head = summary(told).plain
    assert "First named: CNN, 2017-02-07 14:00" in head and head.endswith("then: BBC News +2h")
    assert "unknown outlet is dated earlier (2017-02-07 09:00 UTC)" in head  # nu45 #2
    heads = [str(o.prompt) for o in grouped(told) if o.disabled]
    assert heads == ["CNN  first named", "BBC News  +2h", "outlet unknown  dated earlier"]
    anon, cnn, bbc = told.articles  # over two days: a chart of rows, one of them unknown's
    spread = timeline(told.story, [anon, cnn, replace(bbc, date=DAY + timedelta(days=1))])
    assert "outlet unknown" in chart(spread).plain and "source unknown" not in chart(spread).plain


def test_a_story_no_dated_article_of_which_names_its_outlet_says_so() -> None:
    """No first: the dated article has no outlet, the named one no date (nu42 #1: an
    undated article was named first on the screen, none in the JSON)."""
    members = [
        StoryMember("anon", "X", None, DAY + timedelta(hours=9), None),
        StoryMember("cnn", "C", "CNN", None, None),
    ]
    story = Story("s4", "X", ("anon", "cnn"), ("CNN",), "anon", DAY, DAY)
    told = timeline(story, members)
    assert told.first is None and told.lags == ()
    assert summary(told).plain.splitlines()[2] == (
        "First: none known (no dated article names its outlet)"
    )
    assert [str(o.prompt) for o in grouped(told) if o.disabled] == ["CNN", "outlet unknown"]


def test_a_story_of_one_day_gives_its_day_once() -> None:
    """Was "2017-02-07 → 2017-02-07" in the head and "2017-02-07 … 2017-02-07" over the chart.
    Its chart is one line (nu83 #2: one column of bars spent a line an outlet and two more),
    as the low screen's `chart_line` is; outlets counted where one ran more than one."""
    told = told_on_one_day()
    assert summary(told).plain.splitlines()[1] == "3 articles · 3 outlets · 2017-02-07"
    assert (
        chart(told).plain
        == chart_line(told).plain
        == ("One day, 2017-02-07: one article an outlet")
    )
    again = StoryMember("cnn2", "C2", "CNN", DAY + timedelta(hours=7), None)
    story = replace(told.story, article_ids=(*told.story.article_ids, "cnn2"))
    assert chart(timeline(story, [*told.articles, again])).plain == (
        "One day, 2017-02-07: CNN 2, BBC News 1, ABC News 1"
    )
    assert chart(timeline(story, [*told.articles, again]), width=30).plain == (
        "One day, 2017-02-07: CNN 2, B…"
    )


def test_a_story_over_days_gives_its_first_and_last() -> None:
    told = told_first_by_an_unknown_outlet()
    later = replace(told, story=replace(told.story, end=DAY + timedelta(days=2, hours=16)))
    # the days as `broadsheet story` says them (nu24 #6, `tui.story_form.day_span`); the
    # articles' rows give the times
    assert summary(later).plain.splitlines()[1].endswith("2017-02-07 to 2017-02-09")
    same_day = replace(later.story, end=DAY + timedelta(hours=16))
    assert summary(replace(later, story=same_day)).plain.splitlines()[1].endswith("2017-02-07")
    assert chart(told).plain.startswith("One day, 2017-02-07")


def test_a_story_without_times_gives_its_rows_no_blank_time_column() -> None:
    """Rows read "2017-02-07        Betsy DeVos confirmed a…" at 50 columns: a day padded
    as wide as a time. With a time in the story, days still line up with it."""
    members = [StoryMember("cnn", "C", "CNN", DAY, None), StoryMember("bbc", "B", "BBC", DAY, None)]
    story = Story("s3", "C", ("cnn", "bbc"), ("CNN", "BBC"), "cnn", DAY, DAY)
    rows = [str(o.prompt) for o in grouped(timeline(story, members)) if not o.disabled]
    assert rows == ["  2017-02-07  C", "  2017-02-07  B"]
    timed = [str(o.prompt) for o in grouped(told_on_one_day()) if not o.disabled]
    assert timed[0] == "  2017-02-07            C" and timed[-1] == "  2017-02-07 05:00 UTC  A"


def test_outlets_at_the_first_ones_time_tie_with_it_and_only_later_ones_follow() -> None:
    """A new user read "First: ABC News, then: Al Jazeera +0h, BBC News +0h": alphabetical
    order passed off as who followed whom. Outlets dated as the first tie with it."""
    noon = DAY + timedelta(hours=12)
    members = [
        StoryMember("cnn", "C", "CNN", noon, None),
        StoryMember("bbc", "B", "BBC News", noon, None),
        StoryMember("dw", "D", "DW", noon, None),
        StoryMember("abc", "A", "ABC News", noon + timedelta(hours=3), None),
    ]
    story = Story("s3", "C", ("cnn", "bbc", "dw", "abc"), ("CNN", "BBC News", "DW", "ABC News"),
                  "cnn", noon, noon)  # fmt: skip
    told = timeline(story, members)
    assert told.first is not None and told.first.source == "BBC News"  # by name (fx110)
    assert tied_and_later(told)[0] == ["CNN", "DW"]
    assert [lag.source for lag in tied_and_later(told)[1]] == ["ABC News"]
    assert summary(told).plain.endswith(
        "First: 3 articles the same time, 2017-02-07 12:00 UTC: BBC News, CNN, DW  then: "
        "ABC News +3h"
    )
    heads = [str(o.prompt) for o in grouped(told) if o.disabled]
    assert heads == ["CNN  same time", "BBC News  same time", "DW  same time", "ABC News  +3h"]


def test_a_story_without_ties_names_no_tie() -> None:
    told = told_first_by_an_unknown_outlet()
    assert tied_and_later(told)[0] == []
    assert "same" not in summary(told).plain


def told_over_days(*days: int, hour: int = 0) -> StoryTimeline:
    """CNN first on DAY (no time), BBC News ``days[0]`` days later at ``hour``, and so on."""
    names = ["CNN", "BBC News", "ABC News", "Vox"]
    members = [StoryMember("cnn", "C", "CNN", DAY, None)]
    for k, later in enumerate(days, 1):
        when = DAY + timedelta(days=later, hours=hour)
        members.append(StoryMember(f"a{k}", "T", names[k], when, None))
    ids = tuple(m.id for m in members)
    story = Story("s3", "C", ids, tuple(names[: len(members)]), "cnn", DAY, members[-1].date)
    return timeline(story, members)


def test_a_bare_date_follows_by_days_not_hours() -> None:
    """A new user read "BBC News +24h" for a next-day date with no time: days it is."""
    told = told_over_days(1, 2, 9)
    assert summary(told).plain.endswith("then: BBC News next day, ABC News +2 days, Vox +9 days")
    heads = [str(o.prompt) for o in grouped(told) if o.disabled]
    assert heads == ["CNN  first", "BBC News  next day", "ABC News  +2 days", "Vox  +9 days"]


def test_a_timed_follower_of_a_bare_date_follows_by_days_too() -> None:
    """CNN gives no time: BBC News at 10:00 the next day is "next day", not "+34h"."""
    told = told_over_days(1, hour=10)
    assert summary(told).plain.endswith("then: BBC News next day")


def test_times_on_both_sides_still_say_hours() -> None:
    members = [
        StoryMember("cnn", "C", "CNN", DAY + timedelta(hours=9), None),
        StoryMember("bbc", "B", "BBC News", DAY + timedelta(days=1, hours=9), None),
    ]
    story = Story("s4", "C", ("cnn", "bbc"), ("CNN", "BBC News"), "cnn", DAY, DAY)
    assert summary(timeline(story, members)).plain.endswith("then: BBC News +24h")


def test_a_bare_date_tied_with_a_timed_first_says_same_day() -> None:
    """CNN at 09:00, BBC News the same day with no time: they tie, and the head says which
    has no time (nu32 #11: "no time given" beside CNN's 09:00)."""
    members = [
        StoryMember("bbc", "B", "BBC News", DAY, None),
        StoryMember("cnn", "C", "CNN", DAY + timedelta(hours=9), None),
    ]
    story = Story("s5", "B", ("bbc", "cnn"), ("BBC News", "CNN"), "bbc", DAY, DAY)
    told = timeline(story, members)
    assert told.first.source == "CNN"  # the day's time is first (nu38 #8), BBC ties by day
    assert tied_and_later(told) == (["BBC News"], [])
    assert summary(told).plain.endswith("2 articles the same day, 1 with no time given, "
                                        "2017-02-07: CNN, BBC News")  # fmt: skip


def test_the_chart_names_an_outlet_whole_where_the_bars_leave_room() -> None:
    """At 80x24 nu15 read "The Eastford Couri" beside a one-day chart."""
    members = [
        StoryMember("a", "A", "The Eastford Courier", DAY, None),
        StoryMember("b", "B", "Valley Gazette", DAY + timedelta(days=1), None),
    ]  # two days: a chart of rows (one day is one line)
    story = Story("s6", "A", ("a", "b"), ("The Eastford Courier", "Valley Gazette"), "a", DAY, DAY)
    told = timeline(story, members)
    rows = chart(told).plain.splitlines()
    assert rows[1].startswith("The Eastford Courier █") and rows[2].startswith("Valley Gazette ")
    assert [row[21:] for row in rows[1:]] == ["█·", "·█"]  # the days' columns line up
    long = "An Outlet Whose Name Runs Well Past Any Room"
    many = [StoryMember(f"m{d}", "M", long, DAY + timedelta(days=d), None) for d in range(60)]
    told = timeline(Story("s7", "M", tuple(m.id for m in many), (long,), "m0", DAY, DAY), many)
    row = chart(told, width=76).plain.splitlines()[1]
    assert row.startswith("An Outlet Whose N… ")  # 60 bars leave it the 18 it had
