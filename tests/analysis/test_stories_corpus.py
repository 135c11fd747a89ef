"""Stories on the labelled AllSides events (held-out half) and the labelled full-text week."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.stories_checks import FULL_TEXT_LABELS, full_text
from bench.stories_eval import LABELLED, evaluate, load, read
from index.analysis.stories import StoryParams
from tests.conftest import SHARED_CORPORA

CORPORA = SHARED_CORPORA
FULL_TEXT_BAR = {"F1": 0.97, "pair_precision": 0.97, "recall@2": 0.99, "precision@1": 0.99}
"""Issue 16's bar for full-text articles."""

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPORA / LABELLED).exists(), reason=f"no {LABELLED} in {CORPORA}"),
]


def short_of_the_bar(scores: dict[str, float]) -> dict[str, float]:
    """The figures of ``scores`` under issue 16's full-text bar."""
    return {k: scores[k] for k, bar in FULL_TEXT_BAR.items() if scores[k] < bar}


@pytest.fixture(scope="module")
def held_out() -> dict[str, float]:
    articles, truth = load(CORPORA)
    return evaluate(articles, truth, StoryParams())["held-out"]


@pytest.fixture(scope="module")
def full() -> dict[str, float]:
    return full_text(CORPORA, StoryParams())


def test_held_out_figures_reached(held_out: dict[str, float]) -> None:
    # what the method reaches today (bench/stories_eval.py prints it); a change that
    # lowers any of these is a regression. Pair precision is issue 16's target, met since
    # an opinion piece and a dated news report count 0.7 of their likeness (0.954; 0.944;
    # 0.951 since the rare-term support counts terms of three articles)
    assert held_out["pair_precision"] >= 0.95
    assert held_out["precision"] >= 0.98
    assert held_out["F1"] >= 0.89
    assert held_out["distractors_merged"] == 0


def test_related_targets_reached(held_out: dict[str, float]) -> None:
    # issue 16's related targets, met since related weighs a candidate's hubness
    # (held-out 0.902 / 0.924; 0.886 / 0.915 before)
    assert held_out["recall@2"] >= 0.90
    assert held_out["precision@1"] >= 0.92


def test_issue_targets(held_out: dict[str, float]) -> None:
    # met since the rare-term support counts terms of three articles too (0.904; 0.8995)
    assert held_out["F1"] >= 0.90


def test_full_text_labels_are_well_formed() -> None:
    records = [json.loads(line) for line in FULL_TEXT_LABELS.read_text().splitlines()]
    listed = Counter(a for r in records for a in r.get("articles", []) + r.get("unsure", []))
    assert listed and max(listed.values()) == 1  # no article in two events
    corpus = {r["corpus"] for r in records}
    assert corpus == {"newsarticles.jsonl"}
    first, last = records[0]["slice"]
    known = {
        a.id
        for a in read(CORPORA / "newsarticles.jsonl")
        if a.date and first <= a.date.strftime("%Y-%m-%d") <= last
    }
    assert set(listed) <= known
    assert all(len(r["articles"]) >= 2 for r in records if "articles" in r)


def test_full_text_figures_reached(full: dict[str, float]) -> None:
    # the full-text week: precise, but big events (a news conference told by 13 articles
    # from many angles) fall apart; these are today's figures, kept as floors
    # 0.955 / 0.977 since a join of two articles labelled alone counts (fx61; 0.993 / 0.991
    # when such joins were in no figure)
    assert full["pair_precision"] >= 0.95
    assert full["precision"] >= 0.97
    # 0.875 since joins of articles labelled alone count (fx61); 0.881 since a headline slug
    # needs 4 words without ids (sl31: a BBC section with an id,
    # "entertainment-arts-38953862", and CNN's 3-word "grammys-winners-list" add no title
    # words, a section's or the title's again, and two Grammys pieces join); 0.865 with
    # 3-word slugs and sections the text names (fx34b), 0.881 while the words the text
    # lacks counted too; 0.819 before full texts counted higher (st16k)
    assert full["F1"] >= 0.87
    assert full["recall@2"] >= 0.91
    assert full["precision@1"] >= 0.90  # 0.910 (0.919 with the address's words, fx34b)


@pytest.mark.xfail(strict=True, reason="the full-text bar of issue 16 is not reached")
def test_full_text_targets(full: dict[str, float]) -> None:
    assert not short_of_the_bar(full)
