"""A daily series needs evidence (st44, issue 16, nu48 #3): one outlet's headline form on
three or more UTC days, or on two within an hour of the same time of day. A deal rewritten
the next morning under the same headline is one story; a report filed at 14:00 each day is
not. Checked against the rule written out over generated articles, and by the stories a
build and an update make."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryModel
from index.analysis.story_daily import SAME_HOUR, SERIES_DAYS, days_apart
from tests.analysis.test_story_daily_copies import report

Row = tuple[int, int, int, int]
"""An article as (source code, headline form, UTC day, minute of the day); -1 unknown."""


def written_out(rows: list[Row], a: int, b: int) -> bool:
    """Whether articles ``a`` and ``b`` are two days of one outlet's daily series."""
    (sa, fa, da, _), (sb, fb, db, _) = rows[a], rows[b]
    if not (sa == sb >= 0 and fa == fb != 0 and da != db and da >= 0 and db >= 0):
        return False
    mine = [r for r in rows if r[0] == sa and r[1] == fa and r[2] >= 0]
    if len({r[2] for r in mine}) >= SERIES_DAYS:
        return True
    for x, y in itertools.combinations(mine, 2):
        gap = abs(x[3] - y[3])
        if x[2] != y[2] and min(gap, 1440 - gap) <= SAME_HOUR:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([-1, 0, 1]),
            st.sampled_from([0, 1, 2]),
            st.sampled_from([-1, 0, 1, 2]),
            st.sampled_from([0, 30, 59, 61, 100, 1410, 1439]),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_days_apart_matches_the_rule_written_out(rows: list[Row]) -> None:
    source = np.array([r[0] for r in rows], np.int32)
    found = np.array([(r[1], r[2], 0, r[3]) for r in rows], np.int64)
    pairs = list(itertools.combinations(range(len(rows)), 2))
    i = np.array([a for a, _ in pairs], np.int64)
    j = np.array([b for _, b in pairs], np.int64)
    s = np.full(len(i), 0.5, np.float32)
    got = days_apart((i, j, s), source, found, 0.2)[2]
    weighed = float(np.float32(0.5) * np.float32(0.2))
    want = [weighed if written_out(rows, a, b) else 0.5 for a, b in zip(i, j, strict=True)]
    assert got.dtype == np.float32 and got.tolist() == want


def _stories(articles: list, first: int) -> list[list[str | None]]:
    """The story of each article, by a build and by an update adding the rest to the first
    ``first``."""
    built = StoryModel.build(articles)
    updated = StoryModel.build(articles[:first]).update(articles[first:])
    return [[m.story_of(a.id) for a in articles] for m in (built, updated)]


@settings(max_examples=8, deadline=None)
@given(st.integers(1, 2), st.integers(11, 22))
def test_a_rewrite_next_day_joins_a_report_at_the_same_hour_does_not(
    first: int, later: int
) -> None:
    # the same deal rewritten ``later`` hours on (14:00, then 01:00-12:00 the next day)
    rewrite = [report("a", 0, 100), report("b", 0, 101, hour=later)]
    for stories in _stories(rewrite, first):
        assert stories[0] == stories[1]
    # filed at the same hour on two days: a daily report, each day its own
    daily = [report("a", 0, 100), report("b", 1, 101)]
    for stories in _stories(daily, first):
        assert stories[0] != stories[1]
    # on three days at other hours: a series too
    three = [report("a", 0, 100), report("b", 1, 101, hour=7), report("c", 2, 102, hour=-5)]
    for stories in _stories(three, first):
        assert len(set(stories)) == 3
