"""`story_cross` (st90): a build's cross scan gives `story_undated.cross_pairs`' pairs in its
order, and leaves out only pairs no reader reads: `attach` places every undated row, and
`for_related` with `merge_partners` gives every neighbour list, as on all of them (random
rows, stories, copies, lists, margins; blocks of a few rows)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis import story_cross as C
from index.analysis.related_fill import FILL_FLOOR
from index.analysis.stories import StoryParams
from index.analysis.story_bound import kept
from index.analysis.story_copies import spread
from index.analysis.story_undated import attach, cross_pairs, for_related
from tests.analysis.test_story_bound import draw_stories

TERMS = 6
VALUES = [0.05, 0.1, 0.3, 0.5, 0.6, 0.8, 1.0, 3.0]  # ties, exact 1.0 cosines, weak pairs


def _rows(data: st.DataObject, n: int) -> sp.csr_matrix:
    """``n`` unit rows, terms in any order (a build's rows list them last seen first), some
    repeating another (cosines of 1.0 or a hair off)."""
    data_: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for _ in range(n):
        if indptr[-1] and data.draw(st.integers(0, 3)) == 0:
            at = data.draw(st.integers(0, len(indptr) - 2))
            lo, hi = indptr[at], indptr[at + 1]
            terms, values = indices[lo:hi], data_[lo:hi]
        else:
            terms = data.draw(st.lists(st.integers(0, TERMS - 1), unique=True, max_size=TERMS))
            raw = data.draw(
                st.lists(st.sampled_from(VALUES), min_size=len(terms), max_size=len(terms))
            )
            norm = float(np.sqrt(sum(v * v for v in raw))) or 1.0
            values = [float(np.float32(v / norm)) for v in raw]
        indices += terms
        data_ += values
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data_, np.float32), np.array(indices, np.int32), np.array(indptr, np.int32)),
        shape=(n, TERMS),
    )


def _days(data: st.DataObject, n: int) -> np.ndarray:
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    return np.where(undated, np.nan, np.arange(n, dtype=np.float64))


def _copies(data: st.DataObject, n: int) -> P.Pairs:
    drawn = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))))
    pairs = sorted({(min(a, b), max(a, b)) for a, b in drawn if a != b})
    score = [data.draw(st.sampled_from([0.5, 1.0, 1.0])) for _ in pairs]
    return (
        np.array([p[0] for p in pairs], np.int64),
        np.array([p[1] for p in pairs], np.int64),
        np.array(score, np.float32),
    )


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_scan_is_the_old_cross_scan(data: st.DataObject) -> None:
    """Unpruned, the scan and the copies are `cross_pairs`' pairs, scores and order."""
    n = data.draw(st.integers(1, 24))
    rows, days = _rows(data, n), _days(data, n)
    copies = _copies(data, n)
    params = StoryParams()
    undated = np.isnan(days)
    block = C.BLOCK
    C.BLOCK = data.draw(st.integers(1, 5))
    try:
        found = C.scan(rows, undated, params.floor)
    finally:
        C.BLOCK = block
    ci, cj, cs = copies
    copy = (undated[ci] != undated[cj]) & (cs >= 1.0)
    got = P.merge_pairs(found, (ci[copy], cj[copy], cs[copy]), n)
    want = cross_pairs(rows, days, P.scan_rows, params, copies)
    assert [a.tolist() for a in got] == [a.tolist() for a in want]
    assert [a.dtype for a in got] == [a.dtype for a in want]


# on and near the bounds (floor / margin slackened, FILL_FLOOR), copies, and any
SCORES = [0.05, 0.0999999, 0.1, float(np.float32(FILL_FLOOR)), 0.12, 0.2, 0.3, 0.45, 0.9, 1.0]


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_kept_by_readers_is_related_or_bound(data: st.DataObject) -> None:
    """`kept_by_readers` keeps what `related` reads and `story_bound.kept` of all the pairs
    keeps, by flags or by keys."""
    n = data.draw(st.integers(2, 20))
    undated, dated, counted, sizes = draw_stories(data, n, 5)
    ups, downs = np.flatnonzero(undated), np.flatnonzero(~undated)
    every = [(int(u), int(d)) for u in ups for d in downs]
    chosen = data.draw(st.lists(st.sampled_from(every), unique=True, max_size=len(every)))
    values = st.sampled_from(SCORES) if data.draw(st.booleans()) else st.floats(0.04, 1.0)
    s = np.array([data.draw(values) for _ in chosen], dtype=np.float32)
    u = np.array([p[0] for p in chosen], dtype=np.int64)
    d = np.array([p[1] for p in chosen], dtype=np.int64)
    margin = data.draw(st.sampled_from([0.5, 1.0, 2.0, 3.0]))
    floor = data.draw(st.sampled_from([0.2, 0.1, 0.3, 0.5]))
    params = replace(StoryParams(), undated_margin=margin, undated_floor=floor)
    stories = (undated, dated, counted, sizes)
    marks = C.MARKS
    C.MARKS = data.draw(st.sampled_from([0, C.MARKS]))
    try:
        got = C.kept_by_readers(u, d, s, stories, params)
    finally:
        C.MARKS = marks
    want = (s >= FILL_FLOOR) | (kept(u, d, s, stories, params) if margin >= 1.0 else True)
    assert got.tolist() == np.broadcast_to(want, s.shape).tolist()


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_build_pairs_change_no_reader(data: st.DataObject) -> None:
    """`attach` and the neighbour lists of `for_related`'s pairs are as on every pair."""
    n = data.draw(st.integers(2, 24))
    rows, days = _rows(data, n), _days(data, n)
    copies = _copies(data, n)
    labels = np.array(data.draw(st.lists(st.integers(0, 5), min_size=n, max_size=n)))
    labels = np.unique(labels, return_inverse=True)[1].astype(np.int64)
    original = np.arange(n)
    for row in range(1, n):
        if data.draw(st.integers(0, 4)) == 0:  # a copy of an earlier row
            original[row] = original[data.draw(st.integers(0, row - 1))]
    # the build's labels are `group`'s, spread by these originals already (every copy in its
    # original's group, numbered by the lowest row): `attach` with no pair returns them as they
    # are, with pairs it spreads them again (a no-op there). Labels no build makes differed
    # when the cut left no pair (a draw of seed 31: an undated "copy" apart from its original)
    labels = spread(labels, original)
    floor = data.draw(st.sampled_from([0.2, 0.1, 0.3]))
    margin = data.draw(st.sampled_from([1.0, 2.0, 1.5, 0.8]))
    params = replace(StoryParams(), undated_floor=floor, undated_margin=margin)
    limit = data.draw(st.integers(1, 4))
    neighbours = np.full((n, limit), -1, np.int32)
    scores = np.zeros((n, limit), np.float32)
    for row in range(n):
        held = data.draw(st.lists(st.integers(0, n - 1), unique=True, max_size=limit))
        got = sorted((data.draw(st.sampled_from([0.05, 0.1, 0.3, 0.6])), c) for c in held)
        for k, (score, col) in enumerate(sorted(got, key=lambda e: (-e[0], e[1]))):
            neighbours[row, k], scores[row, k] = col, score
    whole = cross_pairs(rows, days, P.scan_rows, params, copies)
    cut = C.build_pairs(rows, days, params, copies, labels, original)
    placed = attach(labels, days, cut, params, original)
    assert placed.tolist() == attach(labels, days, whole, params, original).tolist()
    lists = P.merge_partners(neighbours, scores, for_related(cut, params))
    want = P.merge_partners(neighbours, scores, for_related(whole, params))
    assert [a.tobytes() for a in lists] == [a.tobytes() for a in want]
    found = {tuple(p) for p in np.stack(cut[:2], axis=1).tolist()}
    assert found <= {tuple(p) for p in np.stack(whole[:2], axis=1).tolist()}
