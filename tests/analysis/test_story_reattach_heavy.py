"""`story_reattach._heavy` finds every pair of an asked undated row and a dated row whose
cosine, summed as a scan sums it, is 1.0 or more: against every pair summed one by one."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.row_dots import _each_dot
from index.analysis.story_reattach import _heavy
from index.analysis.story_rows import Rows

from .test_story_reattach_copies import split_rows

TERMS = 6
# rows whose cosine with a copy is often exactly 1.0, or just under or over it
TEMPLATES = [
    [(0, 1.0)],
    [(1, 0.6), (2, 0.8)],
    [(2, 0.8), (1, 0.6)],
    [(3, 0.28), (4, 0.96)],
    [(0, 0.5), (3, 0.5), (4, 0.5), (5, 0.5)],
    [(5, 0.1), (0, 0.995)],
]


def _rows(picks: list[int], noise: list[float]) -> Rows:
    data, indices, indptr = [], [], [0]
    for pick, extra in zip(picks, noise, strict=True):
        row = list(TEMPLATES[pick])
        if extra:  # a row like a template, not the same
            row = [(t, v + extra) for t, v in row]
        indices += [t for t, _ in row]
        data += [v for _, v in row]
        indptr.append(len(indices))
    return Rows(
        np.array(data, np.float32),
        np.array(indices, np.int32),
        np.array(indptr, np.int64),
        (len(picks), TERMS),
    )


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_heavy_finds_the_pairs_every_pair_summed_finds(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 24))
    picks = data.draw(st.lists(st.integers(0, len(TEMPLATES) - 1), min_size=n, max_size=n))
    noise = data.draw(
        st.lists(st.sampled_from([0.0, 0.0, 0.0, 1e-7, -1e-7]), min_size=n, max_size=n)
    )
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    rows = _rows(picks, noise)
    quick = np.flatnonzero(
        undated & np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    )
    # any order of rarity finds the same pairs: the dated rows' counts, or an idf (st71)
    idf = data.draw(st.none() | st.lists(st.floats(0.5, 9.0), min_size=TERMS, max_size=TERMS))
    rarity = None if idf is None else np.array(idf, dtype=np.float32)
    (i, j, s), slow = _heavy(quick, split_rows(rows, rarity), undated)
    asked = np.setdiff1d(quick, slow)
    left = np.repeat(asked, int((~undated).sum()))
    right = np.tile(np.flatnonzero(~undated), len(asked))
    cosine = _each_dot(rows, left, right)
    strong = cosine >= 1.0
    want = sorted(
        zip(
            np.minimum(left, right)[strong].tolist(),
            np.maximum(left, right)[strong].tolist(),
            cosine[strong].tolist(),
            strict=True,
        )
    )
    assert sorted(zip(i.tolist(), j.tolist(), s.tolist(), strict=True)) == want
    assert set(slow.tolist()) <= set(quick.tolist())
