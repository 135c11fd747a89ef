"""`related` with full texts (issue 16, st80): a row outside the story of plain cosine at
least `STRONG_COSINE` scores at least `STRONG_WEIGHT_FULL` times it (faded) when either
article is a full text, `STRONG_WEIGHT` times it otherwise; every other row ranks as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.related_fill import (
    FILL_DECAY,
    STRONG_COSINE,
    STRONG_WEIGHT,
    STRONG_WEIGHT_FULL,
    fade,
    full_texts,
    outside_scores,
)
from index.analysis.stories import StoryModel
from tests.analysis.test_related_strong import FOLLOW_UP

unit = st.floats(0.0, 1.0, allow_nan=False)
rows = st.lists(
    st.tuples(unit, st.floats(-5.0, 5.0, allow_nan=False), unit, st.booleans(), st.booleans()),
    min_size=1,
    max_size=12,
)


@given(rows)
def test_only_strong_rows_of_full_texts_outside_the_story_rise(found: list) -> None:
    cosine, apart, rank, inside, full = (np.array(c) for c in zip(*found, strict=True))
    new = outside_scores(cosine, apart, rank, inside, full)
    short = outside_scores(cosine, apart, rank, inside)  # every pair as a short one
    assert np.array_equal(short, outside_scores(cosine, apart, rank, inside, full & False))
    plain = ~full | inside | (cosine < STRONG_COSINE)
    assert np.array_equal(new[plain], short[plain])
    lifted = STRONG_WEIGHT_FULL * cosine * np.exp(-FILL_DECAY * np.abs(apart))
    assert np.allclose(new[~plain], np.maximum(short, lifted)[~plain])
    assert np.all(new >= short)


def _follow_up_score(full: bool) -> tuple[float, float]:
    corpus = [dataclasses.replace(a, words=400 if full else None) for a in FOLLOW_UP]
    model = StoryModel.build(corpus)
    assert bool(model._fill_index().full.all()) is full  # type: ignore[union-attr]
    row = next(r for r in model.related("attack", 10) if r.id == "followup")
    return row.score, row.likeness


@pytest.mark.parametrize(("full", "weight"), [(True, STRONG_WEIGHT_FULL), (False, STRONG_WEIGHT)])
def test_a_follow_up_of_full_texts_scores_the_full_weight(full: bool, weight: float) -> None:
    score, cosine = _follow_up_score(full)
    assert cosine >= STRONG_COSINE
    assert score == pytest.approx(weight * cosine * float(fade(np.array([4.5]))[0]), abs=2e-3)


def test_a_model_saved_before_its_full_texts_ranks_every_pair_as_short(tmp_path: Path) -> None:
    corpus = [dataclasses.replace(a, words=400) for a in FOLLOW_UP]
    StoryModel.build(corpus).save(tmp_path / "stories")
    (tmp_path / "stories" / "long.npy").unlink()  # as a model saved before `long` was
    loaded = StoryModel.load(tmp_path / "stories")
    assert full_texts(loaded) is None
    row = next(r for r in loaded.related("attack", 10) if r.id == "followup")
    weak = STRONG_WEIGHT * row.likeness * float(fade(np.array([4.5]))[0])
    assert row.score == pytest.approx(weak, abs=2e-3)
