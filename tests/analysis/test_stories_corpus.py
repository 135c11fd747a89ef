"""Stories on the labelled AllSides events (held-out half), with newsarticles as distractors."""

from __future__ import annotations

import pytest

from bench.stories_eval import LABELLED, evaluate, load
from index.analysis.stories import StoryParams
from tests.conftest import SHARED_CORPORA

CORPORA = SHARED_CORPORA

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPORA / LABELLED).exists(), reason=f"no {LABELLED} in {CORPORA}"),
]


@pytest.fixture(scope="module")
def held_out() -> dict[str, float]:
    articles, truth = load(CORPORA)
    return evaluate(articles, truth, StoryParams())["held-out"]


def test_held_out_figures_reached(held_out: dict[str, float]) -> None:
    # what the method reaches today (bench/stories_eval.py prints it); a change that
    # lowers any of these is a regression
    assert held_out["pair_precision"] >= 0.94
    assert held_out["precision"] >= 0.98
    assert held_out["F1"] >= 0.85
    assert held_out["recall@2"] >= 0.87
    assert held_out["precision@1"] >= 0.90
    assert held_out["distractors_merged"] == 0


@pytest.mark.xfail(strict=True, reason="issue 16's targets are not reached yet (see the report)")
def test_issue_targets(held_out: dict[str, float]) -> None:
    assert held_out["F1"] >= 0.90
    assert held_out["pair_precision"] >= 0.95
    assert held_out["recall@2"] >= 0.90
    assert held_out["precision@1"] >= 0.92
