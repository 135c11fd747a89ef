"""`story_bound_fill` (st92): the rows reattaching asks, scanned at the least bound and the
pairs a choice still needs summed after, give `choose_all` the pairs of every counted
article the whole scan gave (the same scores), so the same choices: old against new on
random rows, stories, floors and margins (`story_reattach._asked_pairs` with and without)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_bound import bounded, lowest, pruner
from index.analysis.story_bound_fill import filled, raised
from index.analysis.story_copies import COPY
from index.analysis.story_reattach import _asked_pairs
from index.analysis.story_rows import Rows, _scan
from tests.analysis.test_story_bound import _choices, draw_stories
from tests.analysis.test_story_bound_scan import _rows, draw_asked

TERMS = 8
VALUES = [0.05, 0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 1.0]  # cosines over and under 0.04 and 0.1


def _given(pairs: P.Pairs, undated: np.ndarray, counted: np.ndarray) -> list[tuple[int, ...]]:
    """The pairs `reattach` hands `choose_all` (a counted partner, or a copy's 1.0), sorted."""
    i, j, s = pairs
    row, col = np.where(undated[i], i, j), np.where(undated[i], j, i)
    mine = counted[col] | (s >= COPY)
    return sorted(zip(row[mine].tolist(), col[mine].tolist(), s[mine].tolist(), strict=True))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_raised_scan_filled_gives_the_same_pairs_and_choices(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 30))
    rows = _rows(data, n, TERMS, VALUES, 8)
    undated, dated, counted, sizes = draw_stories(data, n, 5)
    days, copies, targets = draw_asked(data, undated, 2)
    margin = data.draw(st.sampled_from([0.5, 1.0, 2.0, 3.0, 1.5]))
    floor = data.draw(st.sampled_from([0.2, 0.1, 0.3]))
    scan_floor = data.draw(st.sampled_from([0.04, 0.0, 0.12]))
    params = replace(StoryParams(), undated_margin=margin, undated_floor=floor, floor=scan_floor)
    digest = np.zeros(n, np.uint64) if data.draw(st.booleans()) else None
    stories = (undated, dated, counted, sizes)
    cut = pruner(*stories, params)
    rows_of = (lambda at, whole: rows, None, None)
    ask = (targets, days, copies, rows_of, _scan, params, digest, None, cut)
    old = bounded(_asked_pairs(*ask), *stories, params)
    new = bounded(_asked_pairs(*ask, stories), *stories, params)
    assert _given(new, undated, counted) == _given(old, undated, counted)
    assert _choices(new, *stories, params).tolist() == _choices(old, *stories, params).tolist()


def test_a_weak_pair_of_a_story_holding_a_strong_one_is_summed() -> None:
    """Row 0 meets row 1 (story 0, with row 2) at 0.8 and row 2 at 0.06, under the least
    bound (0.1): the scan at it misses that pair, `filled` sums it (story 0's average
    counts it, as on the whole scan)."""
    rows = Rows(
        np.array([0.06, 0.8, 0.5969925, 1.0, 1.0], np.float32),
        np.array([0, 1, 2, 1, 0], np.int32),
        np.array([0, 3, 4, 5], np.int64),
        (3, 3),
    )
    days = np.array([np.nan, 1.0, 2.0])
    undated = np.isnan(days)
    stories = (undated, np.array([-1, 0, 0]), np.ones(3, dtype=bool), np.array([2]))
    params = StoryParams()
    low = raised(params)
    assert low.floor == lowest(params) and 0.04 < low.floor < 0.1
    cut = pruner(*stories, params)
    scanned = _cross(rows, days, low, cut)
    assert scanned[1].tolist() == [1]  # 0.06 is under the raised floor
    got = filled(scanned, np.array([0]), rows, stories, params)
    assert sorted(got[1].tolist()) == [1, 2]
    assert _cross(rows, days, params, cut)[2].tolist() == sorted(got[2].tolist(), reverse=True)


def _cross(rows: Rows, days: np.ndarray, params: StoryParams, cut: P.Prune | None) -> P.Pairs:
    """Row 0's pairs by `story_undated.cross_pairs`, cut by ``cut``."""
    from index.analysis.story_undated import cross_pairs

    scan = (rows, days, _scan, params, P.empty_pairs(), np.array([0]), None, None, None, cut)
    return cross_pairs(*scan)
