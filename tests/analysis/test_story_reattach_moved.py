"""`story_reattach.moved_rows` compares each row's story id now with its id before (st71);
oracle: the dictionary of every id it used before, over generated updates (stories
dropped, reordered, renamed and added; rows new, kept or moved)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.story_settled import moved_rows


def _by_dictionary(
    story: np.ndarray, stories: list[list[str]], before: tuple[list[list[str]], np.ndarray]
) -> np.ndarray:
    """`moved_rows` before st71."""
    now = {name: k for k, (name, _) in enumerate(stories)}
    names, was = before
    same = np.array([now.get(name, -1) for name, _ in names] + [-2], dtype=np.int64)
    return same[np.where(was >= 0, was, len(names))] != story


Update = tuple[np.ndarray, list[list[str]], tuple[list[list[str]], np.ndarray]]


@st.composite
def _updates(draw: st.DrawFn) -> Update:
    old = draw(st.integers(0, 12))
    names = [[f"s{k}", f"title {k}"] for k in range(old)]
    kept = [list(entry) for entry in names if draw(st.booleans())]
    kept = draw(st.permutations(kept))
    renamed = [
        [f"r{k}", t] if draw(st.booleans()) else [name, t] for k, (name, t) in enumerate(kept)
    ]
    stories = renamed + [[f"n{k}", ""] for k in range(draw(st.integers(0 if renamed else 1, 4)))]
    rows = draw(st.integers(0, 30))
    was = np.array([draw(st.integers(-1, old - 1)) for _ in range(rows)], dtype=np.int64)
    story = np.array([draw(st.integers(0, len(stories) - 1)) for _ in range(rows)], np.int32)
    return story, stories, (names, was)


@given(_updates())
def test_moved_rows_are_those_whose_story_id_changed(update: Update) -> None:
    story, stories, before = update
    got = moved_rows(story, stories, before)
    assert got.dtype == bool and got.shape == story.shape
    assert np.array_equal(got, _by_dictionary(story, stories, before))
