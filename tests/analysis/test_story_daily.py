"""One outlet's same headline on different days (`story_daily`): a daily report split by day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_daily import day_of, days_apart, form, forms
from tests.analysis.pair_rows import daily_rows, same_floats

DAY = datetime(1987, 3, 2, 9)


def test_a_headlines_form_leaves_its_figures_out() -> None:
    assert form("U.K. MONEY MARKET DEFICIT FORECAST AT 800 MLN STG") == form(
        "U.K. money market deficit forecast at 350 mln stg"
    )
    assert form("CHEMICAL RAISES PRIME TO 7-3/4 PCT") == form("CHEMICAL RAISES PRIME TO 8 PCT")
    assert form("HOGS SEEN UP 1.00 DLR") == form("HOGS  SEEN UP 2.50 DLR") != form("HOGS SEEN UP")
    assert form("") == 0 != form("#")


def test_a_day_is_the_utc_day() -> None:
    assert day_of(None) == -1
    assert day_of(DAY) == day_of(DAY.replace(hour=23, minute=59)) == day_of(DAY) + 0
    assert day_of(DAY + timedelta(days=1)) == day_of(DAY) + 1
    late = datetime(1987, 3, 2, 23, tzinfo=timezone(timedelta(hours=-5)))  # 04:00 UTC on 3/3
    assert day_of(late) == day_of(datetime(1987, 3, 3, tzinfo=UTC))


shapes = st.sampled_from([0, 1, 2])
days = st.sampled_from([-1, 0, 1])
sources = st.sampled_from([-1, 0, 1])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(sources, sources, shapes, shapes, days, days, st.floats(0.0, 1.0, width=32)),
        max_size=30,
    ),
    st.sampled_from([0.0, 0.2, 0.5, 1.0]),
)
def test_days_apart_matches_the_rule_written_out(
    rows: list[tuple[int, int, int, int, int, int, float]], factor: float
) -> None:
    source, found, (i, j, s) = daily_rows(rows)
    got = days_apart((i, j, s), source, found, factor)[2]
    want = [
        np.float32(v) * np.float32(factor)
        if a == b >= 0 and fa == fb != 0 and da != db and da >= 0 and db >= 0
        else np.float32(v)
        for a, b, fa, fb, da, db, v in rows
    ]
    assert same_floats(got, want)
    assert days_apart((i, j, s), source, None, factor)[2] is s


def market(key: str, figure: int, day: int, hour: int, source: str = "Wire") -> StoryArticle:
    """One day's money market report, in the form the wire files every day."""
    factors = ("maturing assistance", "bills take-up", "exchequer transactions", "notes")
    body = (  # the day's factors and figures: no near copy of another day's
        f"The Bank of England forecast a shortage of around {figure} mln stg in the money"
        f" market today. {factors[day % 4]} will drain {figure // 2 + day} mln stg and"
        f" {factors[(day + 1) % 4]} {figure // 3} mln."
    )
    title = f"U.K. MONEY MARKET DEFICIT FORECAST AT {figure} MLN STG"
    return StoryArticle(key, title, body, source, DAY + timedelta(days=day, hours=hour))


def test_each_days_report_is_its_own_story_in_a_build_and_an_update() -> None:
    reports = [market(f"d{k}", 300 + 50 * k, k, 0) for k in range(3)]
    off = StoryModel.build(reports, params=StoryParams(daily_factor=1.0))
    assert len({off.story_of(a.id) for a in reports}) == 1  # the rule off: one "story"
    built = StoryModel.build(reports)
    updated = StoryModel.build(reports[:2]).update([reports[2]])
    for model in (built, updated):
        assert len({model.story_of(a.id) for a in reports}) == 3
    # one day's revision joins its report; another outlet's report of the next day too
    same_day = [reports[0], market("again", 450, 0, 2), market("other", 320, 1, 0, "Paper")]
    model = StoryModel.build(same_day)
    assert len({model.story_of(a.id) for a in same_day}) == 1


words = st.sampled_from(
    ["OPEC", "OIL", "PRICE", "TALKS", "SUGAR", "TENDER", "INDIA", "BUYS", "SELLS", "CARGOES"]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.lists(words, min_size=2, max_size=5), st.integers(0, 4)), max_size=8))
def test_headlines_never_repeated_on_other_days_get_the_stories_they_had(
    wires: list[tuple[list[str], int]],
) -> None:
    articles = [
        StoryArticle(
            f"w{k}",
            " ".join(title) + f" {'X' * (k + 1)}",  # each headline its own form
            f"{' '.join(title).lower()} said traders on day {day}",
            "Wire",
            DAY + timedelta(days=day),
        )
        for k, (title, day) in enumerate(wires)
    ]
    assert len({f[0] for f in forms(articles).tolist()}) == len(articles)
    on = StoryModel.build(articles)
    off = StoryModel.build(articles, params=StoryParams(daily_factor=1.0))
    assert [on.story_of(a.id) for a in articles] == [off.story_of(a.id) for a in articles]
