"""bench.stories_frontier: the frontier and the choice against a plain reading (hypothesis),
and the sweep's grid from its specs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_eval import CORPORA
from bench.stories_frontier import choose, frontier, grid, main

# figures on a coarse grid, so that ties and equal points are common
figure = st.sampled_from([0.5, 0.7, 0.75, 0.8, 0.95, 1.0])
points = st.lists(st.tuples(figure, figure), max_size=8)


@given(points)
def test_frontier_is_the_points_nobody_beats(cases: list[tuple[float, float]]) -> None:
    """A point is on the frontier exactly when no point is better on one figure and no
    worse on the other; equal points are both on it or both off."""
    marks = frontier(cases)
    for (pair, f1), on in zip(cases, marks, strict=True):
        beaten = any((p > pair and f >= f1) or (p >= pair and f > f1) for p, f in cases)
        assert on is not beaten
    if cases:
        assert any(marks)


@given(points, figure, figure)
def test_choice_reads_as_the_brief(
    cases: list[tuple[float, float]], bar: float, least_f1: float
) -> None:
    """Highest F1 above the bar; else best pair precision with F1 enough; else none. The
    choice is on the frontier."""
    chosen = choose(cases, bar, least_f1)
    above = [c for c in cases if c[0] >= bar]
    enough = [c for c in cases if c[1] >= least_f1]
    if above:
        assert chosen is not None
        assert cases[chosen][0] >= bar
        assert cases[chosen][1] == max(f for _, f in above)
    elif enough:
        assert chosen is not None
        assert cases[chosen][1] >= least_f1
        assert cases[chosen][0] == max(p for p, _ in enough)
    else:
        assert chosen is None
    if chosen is not None:
        assert frontier(cases)[chosen]


def test_grid_is_the_product_in_order_with_the_fields_types() -> None:
    assert grid(["long_factor=1,1.3", "long_words=300,800"]) == [
        {"long_factor": 1.0, "long_words": 300},
        {"long_factor": 1.0, "long_words": 800},
        {"long_factor": 1.3, "long_words": 300},
        {"long_factor": 1.3, "long_words": 800},
    ]
    assert isinstance(grid(["long_words=300"])[0]["long_words"], int)
    assert grid([]) == [{}]


@pytest.mark.parametrize("spec", ["no_such=1", "threshold", "threshold="])
def test_grid_refuses_what_is_no_parameter(spec: str) -> None:
    with pytest.raises(ValueError, match="not a StoryParams sweep"):
        grid([spec])


@pytest.mark.skipif(
    not (CORPORA / "newsarticles.jsonl").exists(), reason="needs the shared corpora"
)
def test_main_prints_each_setting_and_a_choice(capsys: pytest.CaptureFixture[str]) -> None:
    """Slice C at two settings: a row each, the frontier marked, one choice named."""
    assert main(["long_factor=1,1.3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[2:17] for line in lines[:2]] == ["long_factor=1.0", "long_factor=1.3"]
    assert lines[0].startswith("*")
    assert lines[-1].startswith("chosen: long_factor=")
