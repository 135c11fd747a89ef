"""`story_undated.cross_pairs` scans each kind of target over the other kind's rows: the same
pairs, scores and order as its old single scan of every target over every row (st60)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_rows import Rows, _scan
from index.analysis.story_undated import cross_pairs

TERMS = 5
VALUES = [0.1, 0.3, 0.5, 0.6, 0.8, 1.0]  # ties and exact 1.0 cosines are common


def _old(
    rows: Rows, days: np.ndarray, params: StoryParams, targets: np.ndarray, inside: np.ndarray
) -> P.Pairs:
    """The old `cross_pairs` scan (copies aside): every target over every row inside."""
    n, undated = len(days), np.isnan(days)
    neighbours = np.full((n, 1), -1, dtype=np.int32)
    best = np.zeros((n, 1), dtype=np.float32)
    flat = np.zeros(n, dtype=np.float64)
    floor = params.floor
    i, j, s = _scan(rows, flat, inside, 0.0, 0.0, floor, floor, targets, neighbours, best)
    mixed = undated[i] != undated[j]
    return i[mixed], j[mixed], s[mixed]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_cross_pairs_by_kind_is_the_one_scan(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 30))
    data_, indices, indptr = [], [], [0]
    for _ in range(n):
        terms = data.draw(st.lists(st.integers(0, TERMS - 1), unique=True, max_size=TERMS))
        values = data.draw(
            st.lists(st.sampled_from(VALUES), min_size=len(terms), max_size=len(terms))
        )
        norm = float(np.sqrt(sum(v * v for v in values))) or 1.0
        indices += terms
        data_ += [v / norm for v in values]
        indptr.append(len(indices))
    rows = Rows(
        np.array(data_, np.float32),
        np.array(indices, np.int32),
        np.array(indptr, np.int64),
        (n, TERMS),
    )
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    days = np.where(undated, np.nan, np.arange(n, dtype=np.float64))
    targets = np.array(sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1))), np.int64)
    inside = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    if data.draw(st.booleans()):
        inside[targets] = True  # as an update passes them
    params = StoryParams()
    got = cross_pairs(rows, days, _scan, params, P.empty_pairs(), targets, inside)
    if (undated & inside).any() and (~undated & inside).any():
        want = _old(rows, days, params, targets, inside)
    else:
        want = P.empty_pairs()
    assert [a.tolist() for a in got] == [a.tolist() for a in want]
    assert got[2].dtype == np.float32
