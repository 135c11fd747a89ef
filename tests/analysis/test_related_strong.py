"""`related` across days (issue 16, st45): a row outside the story whose plain cosine reaches
`STRONG_COSINE` fades as a fill does, so a close follow-up days later goes before a weak wire
of the same day; every other row ranks as before."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis import related_fill
from index.analysis.related_fill import (
    FILL_DECAY,
    FILL_WEIGHT,
    NEIGHBOUR_FLOOR,
    STRONG_COSINE,
    STRONG_WEIGHT,
    outside_scores,
)
from index.analysis.stories import StoryModel
from tests.analysis.test_related_fill import CORPUS, article

FOLLOW_UP = (
    *CORPUS,
    # four and a half days on, the same attack: a fill, far past the stored neighbours' fade
    article(
        "followup",
        "Kabul airport attack: thirteen US troops mourned",
        "Families mourned the thirteen US troops killed by suicide bombers outside Kabul "
        "airport, where crowds had waited for evacuation flights.",
        4.5,
    ),
    # the same day, sharing "airport", "crowds", "flights": a weak stored neighbour
    article(
        "weak",
        "Airport crowds grow in Lisbon as flights resume",
        "Crowds of travellers waited at Lisbon airport as flights resumed after a strike by "
        "air traffic staff.",
        0.2,
    ),
)


@pytest.fixture(scope="module")
def model() -> StoryModel:
    return StoryModel.build(FOLLOW_UP)


def test_a_close_follow_up_goes_before_a_weak_same_day_wire(
    model: StoryModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [r.id for r in model.related("attack", 10)] == [
        "attack-2",
        "followup",
        "weak",
        "stranded",
    ]
    monkeypatch.setattr(related_fill, "STRONG_COSINE", np.inf)  # the old ranking
    assert [r.id for r in model.related("attack", 10)][1:3] == ["weak", "followup"]


def old_scores(cosine: np.ndarray, apart: np.ndarray, rank: np.ndarray, inside: np.ndarray):
    """The ranking before st45, written out row by row (nu18 #3's cap alone)."""
    out = []
    for c, d, r, i in zip(cosine, apart, rank, inside, strict=True):
        if i or c >= NEIGHBOUR_FLOOR:
            out.append(r)
        else:
            out.append(min(r, FILL_WEIGHT * c * np.exp(-FILL_DECAY * abs(d))))
    return np.array(out)


unit = st.floats(0.0, 1.0, allow_nan=False)
rows = st.lists(
    st.tuples(unit, st.floats(-3.0, 3.0, allow_nan=False), unit, st.booleans()),
    min_size=1,
    max_size=12,
)


@given(rows)
def test_only_strong_rows_outside_the_story_rise(found: list) -> None:
    cosine, apart, rank, inside = (np.array(c) for c in zip(*found, strict=True))
    new = outside_scores(cosine, apart, rank, inside)
    old = old_scores(cosine, apart, rank, inside)
    plain = inside | (cosine < STRONG_COSINE)
    assert np.array_equal(new[plain], old[plain])  # ordering otherwise unchanged
    lifted = STRONG_WEIGHT * cosine * np.exp(-FILL_DECAY * np.abs(apart))
    assert np.allclose(new[~plain], np.maximum(old, lifted)[~plain])


@given(
    st.floats(STRONG_COSINE, 1.0),
    st.floats(0.0, 5.0),
    unit,
    st.floats(0.0, 1.0),
    st.floats(0.0, STRONG_COSINE, exclude_max=True),
)
def test_a_much_likelier_follow_up_ranks_above_a_weak_same_day_wire(
    cosine: float, days: float, stored: float, share: float, weak_cosine: float
) -> None:
    """A follow-up within five days outside the story ranks above a same-day wire of a fifth
    of its cosine or less, whatever its own stored (faded) score."""
    weak = share * cosine / 5
    new = outside_scores(
        np.array([cosine, weak_cosine]),
        np.array([days, 0.0]),
        np.array([stored, weak]),
        np.array([False, False]),
    )
    assert new[0] > new[1]
