"""`StoryModel.related` ranks a candidate by its likeness less its hubness (issue 16)."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryModel, StoryParams
from index.analysis.story_build import Built
from index.analysis.story_files import Parts


def model_of(
    neighbours: list[list[int]],
    scores: list[list[float]],
    story: list[int],
    params: StoryParams | None = None,
) -> StoryModel:
    """A model made straight from its neighbour lists (no texts): what `related` reads."""
    n, limit = len(neighbours), len(neighbours[0])
    ids = [f"a{k}" for k in range(n)]
    meta = {
        "ids": ids,
        "sources": [],
        "stories": [[f"s{k}", f"story {k}"] for k in range(max(story) + 1)],
        "why_terms": [],
        "params": asdict(params or StoryParams()),
    }
    arrays = {
        "time": np.zeros(n),
        "source": np.full(n, -1, dtype=np.int32),
        "story": np.array(story, dtype=np.int32),
        "neighbours": np.array(neighbours, dtype=np.int32),
        "scores": np.array(scores, dtype=np.float32),
        "passage": np.zeros((n, limit), dtype=bool),
        "top_terms": np.full((n, 1), -1, dtype=np.int32),
    }
    return StoryModel(None, meta, Built(Parts(meta, arrays)))


# a0 asks. a1 is a hub: as like a0 as the others, but more like three other articles
# (a roundup close to several events, a saga's central report); a2 is like a0 alone.
HUB = (
    [
        [1, 2, -1, -1],
        [3, 4, 5, 0],
        [0, -1, -1, -1],
        [1, -1, -1, -1],
        [1, -1, -1, -1],
        [1, -1, -1, -1],
    ],
    [
        [0.40, 0.36, 0, 0],
        [0.6, 0.6, 0.6, 0.4],
        [0.36, 0, 0, 0],
        [0.6, 0, 0, 0],
        [0.6, 0, 0, 0],
        [0.6, 0, 0, 0],
    ],
)


def test_an_article_like_this_one_alone_comes_before_a_hub() -> None:
    model = model_of(*HUB, story=[0, 1, 2, 3, 4, 5])
    related = model.related("a0", 2)
    assert [r.id for r in related] == ["a2", "a1"]
    assert [r.likeness for r in related] == [0.36, 0.4]
    # shown: the ranking score (0.4 less a quarter of the hub's mean best 0.6), in order
    assert [r.score for r in related] == [0.33, 0.25]


def test_without_the_hub_term_the_likeness_alone_ranks() -> None:
    model = model_of(*HUB, story=[0, 1, 2, 3, 4, 5], params=StoryParams(related_hub=0.0))
    assert [r.id for r in model.related("a0", 2)] == ["a1", "a2"]


def test_the_story_still_comes_first() -> None:
    model = model_of(*HUB, story=[0, 0, 1, 2, 3, 4])
    assert [r.id for r in model.related("a0", 2)] == ["a1", "a2"]


@st.composite
def lists(draw: st.DrawFn) -> tuple[list[list[int]], list[list[float]], list[int]]:
    n = draw(st.integers(2, 8))
    limit = draw(st.integers(1, 5))
    neighbours, scores = [], []
    for row in range(n):
        others = [k for k in range(n) if k != row]
        mine = draw(st.lists(st.sampled_from(others), unique=True, max_size=min(limit, n - 1)))
        values = sorted(
            draw(
                st.lists(
                    st.sampled_from([0.05, 0.1, 0.2, 0.3, 0.45, 0.7, 1.0, 1.2]),
                    min_size=len(mine),
                    max_size=len(mine),
                )
            ),
            reverse=True,
        )
        neighbours.append(mine + [-1] * (limit - len(mine)))
        scores.append(values + [0.0] * (limit - len(mine)))
    story = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return neighbours, scores, story


@settings(max_examples=150, deadline=None)
@given(lists(), st.sampled_from([0.0, 0.25, 0.5]), st.integers(1, 4))
def test_related_order_is_the_rule_written_out(
    drawn: tuple[list[list[int]], list[list[float]], list[int]], weight: float, k: int
) -> None:
    neighbours, scores, story = drawn
    params = StoryParams(related_hub=weight, related_hub_k=k)
    model = model_of(neighbours, scores, story, params)
    f32 = np.float32
    for row in range(len(neighbours)):
        expected = []
        for partner, score in zip(neighbours[row], scores[row], strict=True):
            if partner < 0:
                continue
            best = [min(f32(s), f32(1.0)) for s in scores[partner][:k]]
            hubness = f32(sum(best, f32(0.0)) / f32(len(best)))
            rank = f32(score) - f32(weight) * hubness
            expected.append((story[partner] != story[row], -rank, partner))
        expected.sort()
        related = model.related(f"a{row}", 50)
        assert [r.id for r in related] == [f"a{p}" for *_, p in expected]
        # the scores shown go down the list within each group (story-mates, then others)
        for mates in (True, False):
            shown = [r.score for r in related if r.same_story == mates]
            assert shown == sorted(shown, reverse=True)
            assert all(0.0 <= r.score <= r.likeness <= 1.0 for r in related)
