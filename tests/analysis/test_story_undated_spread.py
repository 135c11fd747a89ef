"""`story_undated._spread` gives each pair to every row of its partner's first, as the
binary searches it replaced did (st81)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_classes import ranges
from index.analysis.story_undated import _spread


def _oracle(
    finder: np.ndarray, partner: np.ndarray, s: np.ndarray, first: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The former code: the partner's rows found by searching the firsts sorted."""
    by_first = np.argsort(first, kind="stable")
    ordered = first[by_first]
    lo = np.searchsorted(ordered, partner, side="left")
    count = np.searchsorted(ordered, partner, side="right") - lo
    return np.repeat(finder, count), by_first[ranges(lo, count)], np.repeat(s, count)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_spread_gives_each_pair_to_the_rows_of_its_first(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 30))
    # each row's first: itself, or an earlier row that is its own first
    first = np.arange(n, dtype=np.int64)
    for row in range(1, n):
        if data.draw(st.booleans()):
            first[row] = first[data.draw(st.integers(0, row - 1))]
    count = data.draw(st.integers(0, 40))
    heads = sorted(set(first.tolist()))
    partner = np.array(
        data.draw(st.lists(st.sampled_from(heads), min_size=count, max_size=count)), np.int64
    )
    finder = np.array(
        data.draw(st.lists(st.integers(0, n - 1), min_size=count, max_size=count)), np.int64
    )
    s = np.array(
        data.draw(
            st.lists(st.sampled_from([0.05, 0.3, 1.0, 1.25]), min_size=count, max_size=count)
        ),
        np.float32,
    )
    got, want = _spread(finder, partner, s, first), _oracle(finder, partner, s, first)
    for a, b in zip(got, want, strict=True):
        assert a.tolist() == b.tolist()
