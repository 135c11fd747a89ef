"""`story_bound.bounded` drops only pairs that change no choice: `choose_all` on the pairs
kept places every row as on all of them (random stories, sizes, counted rows, margins)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryParams
from index.analysis.story_bound import bounded
from index.analysis.story_copies import COPY
from index.analysis.story_undated import choose_all

# scores on and near the bounds (floor / margin, a pair / margin), copies, and any
SCORES = [0.05, 0.0666667, 0.1, 0.15, 0.2, 0.3, 0.4, 0.45, 0.6, 0.9, 0.9999999, 1.0, 1.25]


def _choices(
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
    undated: np.ndarray,
    dated: np.ndarray,
    counted: np.ndarray,
    sizes: np.ndarray,
    params: StoryParams,
) -> np.ndarray:
    """`choose_all` of every undated row, its pairs taken as `reattach` takes them."""
    i, j, s = pairs
    rows_at, cols = np.concatenate((i, j)), np.concatenate((j, i))
    scores = np.concatenate((s, s))
    mine = undated[rows_at] & (counted[cols] | (scores >= COPY))
    targets = np.flatnonzero(undated)
    return choose_all(rows_at[mine], cols[mine], scores[mine], targets, dated, sizes, params, None)


def draw_stories(
    data: st.DataObject, n: int, most: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(undated, dated, counted, sizes)`` of ``n`` rows (row 0 undated, row 1 dated) in
    up to ``most`` stories: a story per dated row, the rows counted, the counted per story."""
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    undated[0], undated[1] = True, False
    count = data.draw(st.integers(1, most))
    story = np.array(data.draw(st.lists(st.integers(0, count - 1), min_size=n, max_size=n)))
    dated = np.where(undated, -1, story)
    counted = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    counted |= data.draw(st.booleans())  # often every row counts
    sizes = np.bincount(dated[(dated >= 0) & counted], minlength=count)
    return undated, dated, counted, sizes


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_bounded_changes_no_choice(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 24))
    undated, dated, counted, sizes = draw_stories(data, n, 6)
    ups, downs = np.flatnonzero(undated), np.flatnonzero(~undated)
    every = [(int(u), int(d)) for u in ups for d in downs]
    chosen = data.draw(st.lists(st.sampled_from(every), unique=True, max_size=len(every)))
    if data.draw(st.booleans()):
        values = st.sampled_from(SCORES)
    else:
        values = st.floats(0.0, 1.125, width=32)
    s = np.array([data.draw(values) for _ in chosen], dtype=np.float32)
    flip = np.array([data.draw(st.booleans()) for _ in chosen], dtype=bool)
    a = np.array([p[0] for p in chosen], dtype=np.int64)
    b = np.array([p[1] for p in chosen], dtype=np.int64)
    i, j = np.where(flip, b, a), np.where(flip, a, b)  # either row first
    margin = data.draw(st.sampled_from([0.5, 1.0, 2.0, 3.0, 1.5]))
    floor = data.draw(st.sampled_from([0.2, 0.1, 0.3]))
    params = replace(StoryParams(), undated_margin=margin, undated_floor=floor)
    pairs = (i, j, s)
    kept = bounded(pairs, undated, dated, counted, sizes, params)
    want = _choices(pairs, undated, dated, counted, sizes, params)
    got = _choices(kept, undated, dated, counted, sizes, params)
    assert got.tolist() == want.tolist()


def test_bounded_drops_stories_far_under_the_best() -> None:
    """Row 0 meets story 0 (one article) at 0.6 and story 1 (two) at 0.25 and 0.05: with
    margin 2 the bound is 0.3, so story 1 goes (both pairs) and story 0 stays."""
    undated = np.array([True, False, False, False])
    dated = np.array([-1, 0, 1, 1])
    counted = np.ones(4, dtype=bool)
    sizes = np.array([1, 2])
    pairs = (np.array([0, 0, 0]), np.array([1, 2, 3]), np.array([0.6, 0.25, 0.05], np.float32))
    kept = bounded(pairs, undated, dated, counted, sizes, StoryParams())
    assert kept[1].tolist() == [1]


def test_bounded_keeps_the_weak_pairs_of_a_story_kept() -> None:
    """Row 0: story 0 (one article) at 0.48, story 1 (two) at 0.45 and 0.05 (average 0.25:
    0.48 is under twice it, no choice). 0.05 is under the bound 0.24 but its story's best
    is not: dropping it alone would make the average 0.225 and the choice story 0."""
    undated = np.array([True, False, False, False])
    dated = np.array([-1, 0, 1, 1])
    counted = np.ones(4, dtype=bool)
    sizes = np.array([1, 2])
    s = np.array([0.48, 0.45, 0.05], np.float32)
    pairs = (np.array([0, 0, 0]), np.array([1, 2, 3]), s)
    params = StoryParams()
    kept = bounded(pairs, undated, dated, counted, sizes, params)
    assert kept[1].tolist() == [1, 2, 3]
    assert _choices(kept, undated, dated, counted, sizes, params).tolist() == [-1]
