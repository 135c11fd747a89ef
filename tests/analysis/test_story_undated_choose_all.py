"""`story_undated.choose_all` places every asked row as `choose` does, one call per row."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryParams
from index.analysis.story_undated import choose, choose_all

# few distinct scores, so sums tie and copies (1.0 or more) are common
SCORES = [0.05, 0.1, 0.2, 0.3, 0.45, 0.9999999, 1.0, 1.0, 1.25]


def _oracle(
    rows: np.ndarray,
    partners: np.ndarray,
    scores: np.ndarray,
    targets: np.ndarray,
    story: np.ndarray,
    sizes: np.ndarray,
    params: StoryParams,
    first: np.ndarray | None,
) -> np.ndarray:
    """The old loop of `story_reattach.reattach`: rows sorted (stable), `choose` per row."""
    order = np.argsort(rows, kind="stable")
    rows, partners, scores = rows[order], partners[order], scores[order]
    out = []
    for row in targets.tolist():
        lo, hi = np.searchsorted(rows, [row, row + 1])
        out.append(choose(row, partners[lo:hi], scores[lo:hi], story, sizes, params, first))
    return np.array(out, dtype=np.int64)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_choose_all_is_choose_of_each_row(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 14))
    n_stories = data.draw(st.integers(1, 5))
    story = np.array(data.draw(st.lists(st.integers(-1, n_stories - 1), min_size=n, max_size=n)))
    sizes = np.array(data.draw(st.lists(st.integers(0, 4), min_size=n_stories, max_size=n_stories)))
    targets = np.array(sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1))), np.int64)
    count = data.draw(st.integers(0, 40))
    rows = np.array(
        data.draw(st.lists(st.sampled_from(targets.tolist()), min_size=count, max_size=count)),
        np.int64,
    )
    partners = np.array(
        data.draw(st.lists(st.integers(0, n - 1), min_size=count, max_size=count)), np.int64
    )
    scores = np.array(
        data.draw(st.lists(st.sampled_from(SCORES), min_size=count, max_size=count)), np.float32
    )
    ranks = data.draw(st.none() | st.permutations(list(range(n_stories))))
    first = None if ranks is None else np.array(ranks, dtype=np.int64)
    params = replace(
        StoryParams(),
        undated_floor=data.draw(st.sampled_from([0.0, 0.1, 0.2, 0.3])),
        undated_margin=data.draw(st.sampled_from([0.0, 1.0, 1.5, 2.0])),
    )
    got = choose_all(rows, partners, scores, targets, story, sizes, params, first)
    want = _oracle(rows, partners, scores, targets, story, sizes, params, first)
    assert got.tolist() == want.tolist()


def test_a_copy_of_two_stories_joins_the_one_first_in_order() -> None:
    story, sizes, ones = np.array([0, 1, -1]), np.array([1, 1]), np.ones(2, np.float32)
    rows, partners, targets = np.array([2, 2]), np.array([0, 1]), np.array([2])
    for first, want in (([1, 0], 1), ([0, 1], 0), (None, 0)):
        ranks = None if first is None else np.array(first)
        got = choose_all(rows, partners, ones, targets, story, sizes, StoryParams(), ranks)
        assert got.tolist() == [want]


def test_choose_all_of_no_entries_places_nothing() -> None:
    empty = np.zeros(0, np.int64)
    got = choose_all(
        empty,
        empty,
        np.zeros(0, np.float32),
        np.array([0, 1]),
        np.array([-1, -1, 0]),
        np.array([1]),
        StoryParams(),
    )
    assert got.tolist() == [-1, -1]
