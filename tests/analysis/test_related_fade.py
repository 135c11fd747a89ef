"""`related` past the stories' window (issue 16, st55; nu60 #6): `related_fill.fade` fades a row
outside the story by `FILL_DECAY` a day up to a knee, by ``far`` a day past it. The knee is
off (`FADE_KNEE`: it cost the wire sagas' mates across days); set at 3 days, far off the
likeness, not the day, orders the rows: a vaccine mandate 11 days earlier goes before an
abortion ruling 5 days off that shares only "Texas"."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis import related_fill
from index.analysis.related_fill import (
    FILL_DECAY,
    FILL_WEIGHT,
    NEIGHBOUR_FLOOR,
    fade,
    outside_scores,
)
from index.analysis.stories import StoryModel
from tests.analysis.test_related_fill import article

KNEE, FAR = 3.0, 0.015
"""The knee tried (st55)."""


def oracle(days: float, knee: float = KNEE, far: float = FAR) -> float:
    """The fade written out: FILL_DECAY a day to the knee, ``far`` a day past it."""
    d = abs(days)
    if d <= knee:
        return math.exp(-FILL_DECAY * d)
    return math.exp(-FILL_DECAY * knee) * math.exp(-far * (d - knee))


apart = st.floats(-40.0, 40.0, allow_nan=False)


@given(st.lists(apart, min_size=1, max_size=20))
def test_the_fade_is_the_written_out_one(days: list[float]) -> None:
    got = fade(np.array(days), KNEE, FAR)
    assert np.allclose(got, [oracle(d) for d in days], rtol=1e-12, atol=0)
    near = np.abs(days) <= KNEE  # within the window: as before st55
    assert np.allclose(got[near], np.exp(-FILL_DECAY * np.abs(np.array(days)[near])))
    # the knee off (the default): one fade everywhere, to the bit
    assert np.array_equal(fade(np.array(days)), np.exp(-FILL_DECAY * np.abs(np.array(days))))


@given(apart, apart)
def test_the_fade_never_grows_with_distance(a: float, b: float) -> None:
    near, far = sorted((abs(a), abs(b)))
    assert fade(np.array([far]), KNEE, FAR)[0] <= fade(np.array([near]), KNEE, FAR)[0]
    assert 0.0 < fade(np.array([far]), KNEE, FAR)[0] <= 1.0


@given(
    st.floats(0.0, 1.0),
    st.floats(0.0, 1.0),
    st.floats(KNEE, 30.0),
    st.floats(KNEE, 30.0),
)
def test_past_the_knee_likeness_outweighs_days(c1: float, c2: float, d1: float, d2: float) -> None:
    """Two weak stored rows outside the story (under the neighbours' floor: capped on the
    fill's scale) past the knee score the oracle's fill score; the likelier goes first unless
    the other is nearer by more than ln(ratio) / FADE_FAR days."""
    cosine = np.array([c1, c2]) * NEIGHBOUR_FLOOR * 0.999
    days = np.array([d1, d2])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(related_fill, "FADE_KNEE", KNEE)
        patch.setattr(related_fill, "FADE_FAR", FAR)
        got = outside_scores(cosine, days, np.ones(2), np.zeros(2, bool))
    expected = [FILL_WEIGHT * c * oracle(d) for c, d in zip(cosine, days, strict=True)]
    assert np.allclose(got, expected, rtol=1e-9, atol=0)
    if cosine[0] > 0 and cosine[1] > cosine[0] * math.exp(FAR * abs(d2 - d1)) * 1.001:
        assert got[1] > got[0]


CASE = (
    article(
        "asked",
        "Texas governor bans vaccine mandates by any employer",
        "The Texas governor signed an order banning vaccine mandates by any employer, "
        "including private businesses, as federal rules loom.",
        0,
    ),
    article(
        "abortion",
        "Court lets Texas governor keep abortion law",
        "An appeals court let Texas keep enforcing its abortion law while judges weigh "
        "the challenge brought by clinics, doctors and nurses in several cities.",
        5,
    ),
    article(
        "newsom",
        "Newsom orders vaccine mandates for California students",
        "California will require shots for students once they are approved, "
        "the first state order of its kind, Newsom said at a Bay Area school, where "
        "teachers, parents and nurses welcomed the plan for classrooms in January, "
        "though some districts worried about staffing, buses and lunches.",
        -11,
    ),
)


def test_a_same_subject_report_far_off_goes_before_a_word_shared_nearer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = StoryModel.build(CASE)
    rows = {r.id: r for r in model.related("asked", 10)}
    assert set(rows) == {"abortion", "newsom"}
    assert not any(r.same_story for r in rows.values())
    newsom, abortion = rows["newsom"], rows["abortion"]
    assert newsom.likeness > abortion.likeness
    one_fade = [r.id for r in model.related("asked", 10)]  # the default: the knee is off
    assert one_fade == ["abortion", "newsom"]
    monkeypatch.setattr(related_fill, "FADE_KNEE", KNEE)
    monkeypatch.setattr(related_fill, "FADE_FAR", FAR)
    rows = {r.id: r for r in model.related("asked", 10)}
    for key, days in (("newsom", -11), ("abortion", 5)):  # each on the fill's scale (oracle)
        row = rows[key]
        assert row.score == pytest.approx(FILL_WEIGHT * row.likeness * oracle(days), abs=2e-4)
    assert [r.id for r in model.related("asked", 10)] == ["newsom", "abortion"]
