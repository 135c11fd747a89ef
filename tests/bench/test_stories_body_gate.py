"""bench/stories_body_gate: the gated factor against a plain reading of its rule (hypothesis
over generated pairs), and the watched build against plain builds it must equal."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_body_gate import _state, gated, watched
from index.analysis import story_build
from index.analysis.stories import StoryModel, StoryParams
from tests.analysis.test_stories import CORPUS, partition

ALL_LONG = StoryParams(long_words=1, long_factor=2.5)
"""Every article of `CORPUS` a full text, so the factor is read for each pair; a factor
that joins two of its stories (the partitions with and without it differ)."""


@st.composite
def cases(draw: st.DrawFn) -> tuple[object, ...]:
    """Pairs of up to 7 rows, full-text flags, the pairs kept, a factor and the others'."""
    n = draw(st.integers(2, 7))
    chosen = draw(st.lists(st.sampled_from(list(itertools.combinations(range(n), 2))), unique=True))
    flip = draw(st.lists(st.booleans(), min_size=len(chosen), max_size=len(chosen)))
    scores = draw(
        st.lists(
            st.sampled_from([0.0, 0.1, 0.2, 0.5, 0.8, 0.995, 1.0]),
            min_size=len(chosen),
            max_size=len(chosen),
        )
    )
    long = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    kept = draw(st.lists(st.sampled_from(chosen), unique=True) if chosen else st.just([]))
    factor = draw(st.sampled_from([1.0, 1.3, 2.0]))
    bare = draw(st.sampled_from([0.8, 1.0, 1.2]))
    scope = draw(st.sampled_from(["long", "any"]))
    pairs = [(b, a) if f else (a, b) for (a, b), f in zip(chosen, flip, strict=True)]
    return n, pairs, scores, long, kept, factor, bare, scope


@given(cases())
def test_the_gate_counts_the_factor_for_kept_pairs_and_bare_for_other_full_texts(
    case: tuple[object, ...],
) -> None:
    n, pairs, scores, long, kept, factor, bare, scope = case
    i = np.array([a for a, _ in pairs], np.int64)  # type: ignore[union-attr]
    j = np.array([b for _, b in pairs], np.int64)  # type: ignore[union-attr]
    s = np.array(scores, np.float32)
    keys = np.array(sorted(a * n + b for a, b in kept), np.int64)  # type: ignore[operator, union-attr]
    got = gated((i, j, s), np.array(long), factor, keys, bare, scope)[2]  # type: ignore[arg-type]
    for (a, b), v, out in zip(pairs, scores, got.tolist(), strict=True):  # type: ignore[call-overload]
        x = np.float32(v)
        both = long[a] and long[b]  # type: ignore[index]
        gate = both or (scope == "any" and (long[a] or long[b]))  # type: ignore[index]
        if x >= 0.999 or not gate:
            assert out == x
        elif (min(a, b), max(a, b)) in kept:  # type: ignore[operator]
            raised = max(x, min(x * np.float32(factor), np.float32(0.99)))
            assert out == (raised if both else x)
        else:
            assert out == min(x * np.float32(bare), np.float32(0.99))


def test_the_watched_build_is_the_plain_one_when_the_gate_keeps_all_or_none() -> None:
    plain = partition(StoryModel.build(CORPUS, params=ALL_LONG))
    no_factor = partition(StoryModel.build(CORPUS, params=StoryParams(long_words=1, long_factor=1)))
    assert plain != no_factor
    kept = (story_build.build, story_build.group, story_build.long_lift)
    with watched():
        _state["gate"], _state["bare"] = "body", 1.0
        _state["cut"] = -1.0  # every pair kept: the factor as built
        assert partition(StoryModel.build(CORPUS, params=ALL_LONG)) == plain
        _state["cut"] = 2.0  # none kept: no factor
        assert partition(StoryModel.build(CORPUS, params=ALL_LONG)) == no_factor
        _state["gate"] = "names"  # no two leads share names enough: no factor
        assert partition(StoryModel.build(CORPUS, params=ALL_LONG)) == no_factor
        _state["gate"], _state["cut"] = "opening", -1.0  # every opening agrees: as built
        assert partition(StoryModel.build(CORPUS, params=ALL_LONG)) == plain
        _state["cut"], _state["scope"] = 2.0, "any"  # none: no factor, every pair x1
        assert partition(StoryModel.build(CORPUS, params=ALL_LONG)) == no_factor
        _state["gate"], _state["scope"] = "off", "long"
    assert (story_build.build, story_build.group, story_build.long_lift) == kept
