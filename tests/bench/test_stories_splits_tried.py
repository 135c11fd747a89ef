"""bench/stories_splits_tried: its short-pair lift against `story_length.long_lift` and the
rule written out (hypothesis over generated pairs); its held-out run (177 s) stays a command:
`python -m bench.stories_splits_tried --held-out`."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import stories_splits_tried as tried
from index.analysis.stories import StoryParams
from index.analysis.story_length import COPY, MOST, long_lift

TOP = StoryParams().long_words

rows = st.lists(
    st.tuples(
        st.integers(0, 7),
        st.integers(0, 7),
        st.floats(0.0625, 1.0, width=32),
    ),
    min_size=0,
    max_size=20,
)


def _case(
    draw_rows: list[tuple[int, int, float]], words: list[int], sources: list[int]
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray, tuple[np.ndarray]]:
    i = np.array([a for a, _, _ in draw_rows], np.int64)
    j = np.array([b for _, b, _ in draw_rows], np.int64)
    s = np.array([v for _, _, v in draw_rows], np.float32)
    return (i, j, s), np.array(words, np.float64), (np.array(sources, np.int32),)


@settings(max_examples=200)
@given(
    rows,
    st.lists(st.integers(0, 2 * TOP), min_size=8, max_size=8),
    st.lists(st.integers(-1, 2), min_size=8, max_size=8),
    st.sampled_from([1.0, 1.2, 1.3, 1.5]),
    st.sampled_from([None, 1.0, 1.3]),
    st.integers(0, TOP),
)
def test_short_pairs_lift_is_its_rule_and_the_built_one_from_full_texts_up(
    drawn: list[tuple[int, int, float]],
    words: list[int],
    sources: list[int],
    factor: float,
    one_outlet: float | None,
    least: int,
) -> None:
    pairs, counts, series = _case(drawn, words, sources)
    params = StoryParams(long_factor=factor, long_one_outlet=one_outlet)
    longs, lift = tried.short_pairs(least)
    got = lift(pairs, counts, params, series)[2]
    want = []
    for a, b, v in drawn:  # the rule written out, pair by pair
        x, y = sources[a], sources[b]
        times = one_outlet if one_outlet is not None and x == y and x >= 0 else factor
        raised = max(np.float32(v), min(np.float32(v) * np.float32(times), np.float32(MOST)))
        lifted = max(words[a], words[b]) >= TOP and min(words[a], words[b]) >= least
        want.append(raised if lifted and np.float32(v) < COPY else np.float32(v))
    assert np.asarray(got).tolist() == want
    # from ``least`` = long_words up, the rule as built (`story_length.long_lift`)
    flags = np.array([w >= TOP for w in words])
    built = long_lift(pairs, flags, params, series)[2]
    same = tried.short_pairs(TOP)[1](pairs, counts, params, series)[2]
    assert np.asarray(same).tolist() == np.asarray(built).tolist()
    assert longs([], TOP).tolist() == []
