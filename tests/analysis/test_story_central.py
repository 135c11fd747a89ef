"""A story's title is its most central titled article's (`story_titles.central`), checked
against a plain loop over the pairs (tb23); a series label ("TRIBE X - Ep.73") only when
no other title is there (fx57, nu38 #9)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_titles import central, series_label

LABEL = "TRIBE X - Ep.73"


@st.composite
def groups(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int, float]], list[str], list[int]]:
    n = draw(st.integers(1, 9))
    labels = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    scores = st.sampled_from([0.3, 0.5, 0.75, 1.0])
    pairs = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), scores), max_size=20)
    )
    pairs = list({(min(i, j), max(i, j)): s for i, j, s in pairs if i != j}.items())
    titles = draw(st.lists(st.sampled_from(["A", "B", "", LABEL]), min_size=n, max_size=n))
    rank = draw(st.permutations(list(range(n))))
    return labels, [(i, j, s) for (i, j), s in pairs], titles, rank


@settings(max_examples=200, deadline=None)
@given(case=groups())
def test_the_title_is_the_most_central_titled_articles(
    case: tuple[list[int], list[tuple[int, int, float]], list[str], list[int]],
) -> None:
    labels, pairs, titles, rank = case
    found = central(
        np.array(labels, dtype=np.int64),
        (
            np.array([p[0] for p in pairs], dtype=np.int64),
            np.array([p[1] for p in pairs], dtype=np.int64),
            np.array([p[2] for p in pairs], dtype=np.float32),
        ),
        titles,
        np.array(rank, dtype=np.int64),
    )
    expected = {}
    for label in set(labels):
        rows = [r for r in range(len(labels)) if labels[r] == label]
        total = {r: 0.0 for r in rows}
        for i, j, s in pairs:
            if labels[i] == labels[j] == label:
                total[i] += s
                total[j] += s
        best = min(
            rows,
            key=lambda r: (not titles[r], titles[r] == LABEL, -round(total[r], 4), rank[r]),
        )
        expected[label] = titles[best]
    assert found == expected


@pytest.mark.parametrize(
    "title",
    ["TRIBE X - Ep.73", "NECROMANCER - Ep.5", "Necromancer: Episode 5", "Part 2", "Ep. 12"],
)
def test_a_series_name_and_instalment_is_a_label(title: str) -> None:
    assert series_label(title)


@pytest.mark.parametrize(
    "title",
    [
        "Germany's Angelique Kerber back to No. 1",
        "Stefanik voted in as House GOP's new No. 3 leader",
        "Fed holds rates - No. 2 official dissents",
        "Apollo 11",
        "Super Bowl 51",
        "Brexit begins: UK triggers Article 50",
        "",
    ],
)
def test_a_headline_with_a_number_is_no_label(title: str) -> None:
    assert not series_label(title)
