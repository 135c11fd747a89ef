"""`story_rows._scan` gathers the postings of the rows within its window of a target only
(`story_rows._reached`, st66): the same pairs, partners and scores, bit for bit, as the
scan that gathered every selected row's postings (the oracle: `_reached` answering None),
over generated rows, times (some equal, some exactly a window apart), windows and targets."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import story_rows
from tests.analysis.test_story_rows_product import N_TERMS, row, rows_of


@st.composite
def scans(draw: st.DrawFn) -> tuple[story_rows.Rows, np.ndarray, np.ndarray, np.ndarray, float]:
    rows = draw(st.lists(row, min_size=2, max_size=24))
    n = len(rows)
    window = draw(st.sampled_from([0.0, 0.5, 1.0, 3.0]))
    # whole and half days: pairs exactly a window apart, ties, rows far from any target
    days = np.array([draw(st.integers(0, 40)) / 2 for _ in range(n)], dtype=np.float64) + draw(
        st.sampled_from([0.0, 17_000.0])
    )
    select = np.array([draw(st.booleans()) for _ in range(n)], dtype=bool)
    picked = sorted(draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n)))
    targets = np.array(picked, dtype=np.int64)
    select[targets] = True
    return rows_of(rows, N_TERMS), days, select, targets, window


def _run(
    case: tuple[story_rows.Rows, np.ndarray, np.ndarray, np.ndarray, float], limit: int
) -> list[bytes]:
    rows, days, select, targets, window = case
    n = rows.shape[0]
    neighbours = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    found = story_rows._scan(rows, days, select, window, 0.1, 0.0, 0.2, targets, neighbours, best)
    return [a.tobytes() for a in found] + [neighbours.tobytes(), best.tobytes()]


@settings(max_examples=300, deadline=None)
@given(scans(), st.integers(1, 3))
def test_a_windowed_scan_equals_the_scan_of_every_posting(
    case: tuple[story_rows.Rows, np.ndarray, np.ndarray, np.ndarray, float], limit: int
) -> None:
    got = _run(case, limit)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_rows, "_reached", lambda t, at, window: None)
        want = _run(case, limit)
    assert got == want
