"""bench/stories_actors: the cue against a plain reading of its rule (hypothesis over
generated headline names), and the watched build against the plain one at factor 1 (its and
bench/stories_headline_apart's)."""

from __future__ import annotations

import itertools
from types import ModuleType

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench import stories_actors, stories_headline_apart
from bench.stories_actors import apart, weighed
from index.analysis import story_build
from index.analysis.stories import StoryModel
from tests.analysis.test_stories import CORPUS, partition

WORDS = ("spice", "conwa", "kelly", "doj", "trump", "ryan", "paul")
names = st.lists(st.tuples(st.sampled_from(WORDS)), max_size=3).map(frozenset)
heads = st.lists(st.sampled_from(WORDS), max_size=4).map(frozenset)


@given(names, heads, names, heads)
def test_apart_when_each_headline_names_someone_the_other_never_names(
    na: frozenset[tuple[str, ...]],
    ha: frozenset[str],
    nb: frozenset[tuple[str, ...]],
    hb: frozenset[str],
) -> None:
    a, b = (na, ha | {w for n in na for w in n}), (nb, hb | {w for n in nb for w in n})
    plain = any(n[0] not in b[1] for n in na) and any(n[0] not in a[1] for n in nb)
    assert apart(a, b) == plain == apart(b, a)


def test_a_shared_word_of_a_name_is_the_name_named() -> None:
    spicer = (frozenset({("sean", "spice")}), frozenset({"sean", "spice", "trump"}))
    assert not apart(spicer, (frozenset({("conwa",)}), frozenset({"conwa", "spice"})))
    assert apart(spicer, (frozenset({("conwa",)}), frozenset({"conwa", "trump"})))
    assert not apart(spicer, (frozenset(), frozenset({"trump"})))  # no actor in a headline


def test_weighed_scales_the_pairs_apart_only() -> None:
    found = [
        (frozenset({("spice",)}), frozenset({"spice"})),
        (frozenset({("conwa",)}), frozenset({"conwa"})),
        (frozenset(), frozenset({"spice", "conwa"})),
    ]
    pairs = list(itertools.combinations(range(3), 2))
    i = np.array([a for a, _ in pairs], np.int64)
    j = np.array([b for _, b in pairs], np.int64)
    s = np.array([0.4, 0.5, 0.6], np.float32)
    got = weighed((i, j, s), found, 0.5)[2]
    assert got.tolist() == [np.float32(0.2), np.float32(0.5), np.float32(0.6)]
    long = np.array([True, False, True])  # only pairs of two full texts: none apart here
    assert weighed((i, j, s), found, 0.5, long)[2].tolist() == s.tolist()
    long[1] = True
    assert weighed((i, j, s), found, 0.5, long)[2].tolist() == got.tolist()


@pytest.mark.parametrize("bench", [stories_actors, stories_headline_apart])
def test_the_watched_build_is_the_plain_one_at_factor_one(bench: ModuleType) -> None:
    plain = partition(StoryModel.build(CORPUS))
    kept = (story_build.build, story_build.group)
    with bench.watched():
        bench._state["factor"] = 1.0
        assert partition(StoryModel.build(CORPUS)) == plain
    assert (story_build.build, story_build.group) == kept
