"""Average linkage: the sparse algorithm agrees with SciPy's dense one (the oracle)."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis import linkage


def groups(members: list[np.ndarray] | list[list[int]]) -> set[frozenset[int]]:
    return {frozenset(int(x) for x in g) for g in members}


@settings(max_examples=60, deadline=None)
@given(
    st.integers(3, 30).flatmap(
        lambda m: st.tuples(
            st.just(m),
            st.lists(
                st.tuples(st.integers(0, m - 1), st.integers(0, m - 1), st.floats(0.01, 1.0)),
                max_size=80,
            ),
        )
    ),
    st.floats(0.05, 0.9),
)
@example((3, [(0, 1, 1.0), (0, 2, 1.0)]), 0.75)  # found by hypothesis: a nudge past 1.0
def test_sparse_average_link_matches_scipy(
    case: tuple[int, list[tuple[int, int, float]]], threshold: float
) -> None:
    m, raw = case
    best: dict[tuple[int, int], float] = {}
    for a, b, s in raw:
        if a != b:
            key = (min(a, b), max(a, b))
            best[key] = s
    i = np.array([k[0] for k in best], dtype=np.int64)
    j = np.array([k[1] for k in best], dtype=np.int64)
    s = np.array(list(best.values()), dtype=np.float64)
    # nudge scores apart so that ties cannot order merges differently; downwards, so that
    # none passes 1.0, where the dense path clips a gap at 0 and two merges tie again
    s = s - np.arange(len(s)) * 1e-7
    members = np.arange(m)
    sparse = linkage._sparse_average(m, i, j, s, threshold)
    original = linkage.SMALL
    try:
        linkage.SMALL = 0  # force the dense SciPy path
        dense = linkage._cluster(members, i, j, s, threshold)
    finally:
        linkage.SMALL = original
    assert groups(sparse) == groups(dense)


def test_average_link_numbers_clusters_by_lowest_article() -> None:
    pairs = (np.array([0, 2, 3]), np.array([1, 4, 4]), np.array([0.9, 0.8, 0.7], np.float32))
    labels = linkage.average_link(6, pairs, 0.5)
    assert labels.tolist() == [0, 0, 1, 2, 1, 3]
