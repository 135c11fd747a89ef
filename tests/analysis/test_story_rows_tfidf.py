"""`story_rows.tfidf_at` gives, value for value and in the same order, what the SciPy path
gives (`vectors.tfidf` of the rows picked, scattered into their places as
`scipy_story_update._scatter` does): for every row at once (weighed without copying the
rows first) and for some rows, with counts and weights of zero (left out) and without, and
weights so large that a row's norm is infinite (its values are zero then: left out too).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_meeting import Meeting, tfidf_meeting
from index.analysis.story_rows import (
    Rows,
    scipy_order,
    take,
    tfidf_at,
    window_scan,
)
from index.analysis.vectors import tfidf
from tests.analysis.scipy_story_update import _scatter
from tests.analysis.test_story_rows_product import rows_of

N_TERMS = 9
count = st.one_of(st.sampled_from([0.0, 1.0, 2.0, 1.5]), st.floats(0.0, 40.0, width=32))
row = st.lists(st.tuples(st.integers(0, N_TERMS - 1), count), max_size=N_TERMS).map(
    lambda pairs: sorted({term: v for term, v in pairs}.items())  # a term once, in order
)
weight = st.one_of(
    st.sampled_from([0.0, 1.0, 3e19]),  # 3e19: a square past float32's range, a norm of inf
    st.floats(0.5, 9.0, width=32),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray]:
    rows = draw(st.lists(row, min_size=1, max_size=12))
    counts = rows_of(rows, N_TERMS)
    n = len(rows)
    every = draw(st.booleans())
    at = (
        np.arange(n, dtype=np.int64)
        if every
        else np.array(sorted(draw(st.sets(st.integers(0, n - 1), max_size=n))), dtype=np.int64)
    )
    weights = np.array(draw(st.lists(weight, min_size=N_TERMS, max_size=N_TERMS)), np.float32)
    return counts, at, weights


def _scipy(counts: Rows, at: np.ndarray, weights: np.ndarray) -> sp.csr_matrix:
    matrix = sp.csr_matrix((counts.data, counts.indices, counts.indptr), shape=counts.shape)
    return _scatter(tfidf(matrix[at], weights), at, counts.shape[0])


@settings(max_examples=400)
@given(cases())
def test_tfidf_at_is_the_scipy_path(case: tuple[Rows, np.ndarray, np.ndarray]) -> None:
    counts, at, weights = case
    before = (counts.data.copy(), counts.indices.copy(), counts.indptr.copy())
    with np.errstate(over="ignore", invalid="ignore"):  # the weights of 3e19
        ours = tfidf_at(counts, at, weights)
        theirs = _scipy(counts, at, weights)
    assert ours.shape == theirs.shape
    assert ours.indptr.tobytes() == theirs.indptr.astype(np.int64).tobytes()
    assert ours.indices.tobytes() == theirs.indices.astype(np.int32).tobytes()
    assert ours.data.tobytes() == theirs.data.astype(np.float32).tobytes()
    # the rows given are left as they were, and the answer shares no array with them
    assert counts.data.tobytes() == before[0].tobytes()
    assert counts.indices.tobytes() == before[1].tobytes()
    assert counts.indptr.tobytes() == before[2].tobytes()
    assert not np.shares_memory(ours.indices, counts.indices)
    assert not np.shares_memory(ours.data, counts.data)


def test_every_row_of_a_realistic_matrix_is_the_scipy_path() -> None:
    generator = np.random.default_rng(7)
    n, width = 600, 400
    lengths = generator.integers(0, 60, n)
    indptr = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    indices = np.concatenate(
        [np.sort(generator.choice(width, k, replace=False)) for k in lengths]
    ).astype(np.int32)
    data = generator.integers(1, 9, len(indices)).astype(np.float32)
    counts = Rows(data, indices, indptr, (n, width))
    weights = (1.0 + generator.random(width) * 5).astype(np.float32)
    at = np.arange(n, dtype=np.int64)
    ours, theirs = tfidf_at(counts, at, weights), _scipy(counts, at, weights)
    assert ours.data.tobytes() == theirs.data.astype(np.float32).tobytes()
    assert ours.indices.tobytes() == theirs.indices.astype(np.int32).tobytes()
    assert ours.indptr.tobytes() == theirs.indptr.astype(np.int64).tobytes()


@settings(max_examples=300)
@given(cases())
def test_scipy_order_lists_the_terms_as_the_scipy_tfidf(
    case: tuple[Rows, np.ndarray, np.ndarray],
) -> None:
    # the SciPy path's reattaching and regrouping scan `vectors.tfidf(counts)` itself (no
    # scatter): its product lists each row's terms in another order, which a cosine's sum
    # follows (sd29: 0.9999999 for two copies' 1.0)
    counts, at, weights = case
    matrix = sp.csr_matrix((counts.data, counts.indices, counts.indptr), shape=counts.shape)
    with np.errstate(over="ignore", invalid="ignore"):
        ours = scipy_order(tfidf_at(counts, at, weights))
        theirs = tfidf(matrix, weights)
    picked = np.zeros(counts.shape[0], dtype=bool)
    picked[at] = True
    for r in range(counts.shape[0]):  # the rows not picked are empty in ours
        lo, hi = ours.indptr[r], ours.indptr[r + 1]
        tlo, thi = theirs.indptr[r], theirs.indptr[r + 1]
        if not picked[r]:
            assert lo == hi
            continue
        assert ours.indices[lo:hi].tolist() == theirs.indices[tlo:thi].tolist()
        assert ours.data[lo:hi].tobytes() == theirs.data[tlo:thi].astype(np.float32).tobytes()


@settings(max_examples=300)
@given(cases())
def test_tfidf_meeting_is_the_scipy_path_at_the_rows_terms(
    case: tuple[Rows, np.ndarray, np.ndarray],
) -> None:
    """`tfidf_meeting`: every row of the SciPy path (row norms of all its terms), each
    holding only the terms of the rows ``at``, in the same order, value for value."""
    counts, at, weights = case
    n = counts.shape[0]
    with np.errstate(over="ignore", invalid="ignore"):
        ours = tfidf_meeting(counts, at, weights)
        theirs = _scipy(counts, np.arange(n, dtype=np.int64), weights)
    terms = {
        int(t) for r in at.tolist() for t in counts.indices[counts.indptr[r] : counts.indptr[r + 1]]
    }
    assert ours.shape == theirs.shape
    for r in range(n):
        lo, hi = theirs.indptr[r], theirs.indptr[r + 1]
        mine = np.isin(theirs.indices[lo:hi], sorted(terms))
        got = slice(ours.indptr[r], ours.indptr[r + 1])
        assert ours.indices[got].tobytes() == theirs.indices[lo:hi][mine].astype(np.int32).tobytes()
        assert ours.data[got].tobytes() == theirs.data[lo:hi][mine].astype(np.float32).tobytes()


@settings(max_examples=200)
@given(cases(), st.integers(1, 3))
def test_meeting_asked_again_is_tfidf_meeting(
    case: tuple[Rows, np.ndarray, np.ndarray], asks: int
) -> None:
    """`Meeting` (every value weighed once, st57) gives `tfidf_meeting`'s rows, byte for
    byte, however often it is asked."""
    counts, at, weights = case
    meeting = Meeting(counts, weights)
    for k in range(asks):
        picked = at[k:]
        with np.errstate(over="ignore", invalid="ignore"):
            ours, theirs = meeting(picked), tfidf_meeting(counts, picked, weights)
        assert ours.indptr.tobytes() == theirs.indptr.tobytes()
        assert ours.indices.tobytes() == theirs.indices.tobytes()
        assert ours.data.tobytes() == theirs.data.tobytes()


@settings(max_examples=200)
@given(cases(), st.integers(1, 3))
def test_meeting_seeded_by_every_row_is_meeting(
    case: tuple[Rows, np.ndarray, np.ndarray], asks: int
) -> None:
    """`Meeting` given `tfidf_at` of every row (an update's rows when a new article is
    undated, st74) gives the rows of one weighing its own, byte for byte: its values when
    nothing was left out, its own weighing when something was."""
    counts, at, weights = case
    with np.errstate(over="ignore", invalid="ignore"):
        every = tfidf_at(counts, np.arange(counts.shape[0]), weights)
    seeded, fresh = Meeting(counts, weights, every), Meeting(counts, weights)
    for k in range(asks):
        picked = at[k:]
        with np.errstate(over="ignore", invalid="ignore"):
            ours, theirs = seeded(picked), fresh(picked)
            held = np.zeros(counts.shape[1], dtype=bool)
            held[: k + 1] = True
            ours_held, theirs_held = seeded.holding(held), fresh.holding(held)
        for a, b in ((ours, theirs), (ours_held, theirs_held)):
            assert a.indptr.tobytes() == b.indptr.tobytes()
            assert a.indices.tobytes() == b.indices.tobytes()
            assert a.data.tobytes() == b.data.tobytes()


@settings(max_examples=200)
@given(cases(), st.data())
def test_meeting_holding_some_terms_is_the_scipy_path_at_those_terms(
    case: tuple[Rows, np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    """`Meeting.holding` (st71): every row of the SciPy path holding only the terms flagged,
    in the same order, value for value; and `tfidf_meeting` of some rows is holding their
    terms (its rows' ends found by a search since st71)."""
    counts, at, weights = case
    n = counts.shape[0]
    flags = np.array(data.draw(st.lists(st.booleans(), min_size=N_TERMS, max_size=N_TERMS)))
    with np.errstate(over="ignore", invalid="ignore"):
        meeting = Meeting(counts, weights)
        ours = meeting.holding(flags)
        theirs = _scipy(counts, np.arange(n, dtype=np.int64), weights)
    assert ours.shape == theirs.shape and ours.indptr.dtype == np.int64
    for r in range(n):
        lo, hi = theirs.indptr[r], theirs.indptr[r + 1]
        mine = flags[theirs.indices[lo:hi]]
        got = slice(ours.indptr[r], ours.indptr[r + 1])
        assert ours.indices[got].tobytes() == theirs.indices[lo:hi][mine].astype(np.int32).tobytes()
        assert ours.data[got].tobytes() == theirs.data[lo:hi][mine].astype(np.float32).tobytes()
    used = np.zeros(N_TERMS, dtype=bool)
    used[take(counts, at).indices] = True
    with np.errstate(over="ignore", invalid="ignore"):
        held, asked = meeting.holding(used), meeting(at)
    assert held.indptr.tobytes() == asked.indptr.tobytes()
    assert held.indices.tobytes() == asked.indices.tobytes()
    assert held.data.tobytes() == asked.data.tobytes()


@settings(max_examples=200)
@given(cases(), st.data())
def test_meeting_among_some_rows_is_tfidf_meeting_of_them(
    case: tuple[Rows, np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    """`Meeting.among` (st59): the rows of the mask are `tfidf_meeting`'s, byte for byte,
    the others empty; and a reach's scan among them finds the same pairs."""
    counts, at, weights = case
    n = counts.shape[0]
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    mask[at] = True  # a reach asks rows of the mask
    with np.errstate(over="ignore", invalid="ignore"):
        among = Meeting(counts, weights).among(mask)
    for picked in (at, at[: len(at) // 2]):
        with np.errstate(over="ignore", invalid="ignore"):
            ours, theirs = among(picked), tfidf_meeting(counts, picked, weights)
        assert ours.shape == theirs.shape
        for r in range(n):
            ends = slice(int(ours.indptr[r]), int(ours.indptr[r + 1]))
            if not mask[r]:
                assert ends.start == ends.stop
                continue
            full = slice(int(theirs.indptr[r]), int(theirs.indptr[r + 1]))
            assert ours.indices[ends].tobytes() == theirs.indices[full].tobytes()
            assert ours.data[ends].tobytes() == theirs.data[full].tobytes()
        if len(picked) and np.isfinite(ours.data).all():
            days = np.where(mask, np.nan, 0.0)
            found = [
                window_scan(
                    scipy_order(rows),
                    days,
                    window=3.0,
                    decay=0.01,
                    floor=0.05,
                    keep=0.1,
                    limit=2,
                    targets=picked,
                    among=mask,
                    undated_apart=1.0,
                )
                for rows in (ours, theirs)
            ]
            for got, want in zip(found[0][0], found[1][0], strict=True):
                assert got.tobytes() == want.tobytes()
            assert found[0][2].tobytes() == found[1][2].tobytes()


def _former_tfidf_meeting(
    counts: Rows, rows: np.ndarray, weights: np.ndarray, weighed: tuple[np.ndarray, np.ndarray]
) -> Rows:
    """`tfidf_meeting` of every value (``within`` None) before st68: each kept value's row
    gathered and counted, where now the rows' counts come from the runs of the values kept."""
    used = np.zeros(counts.shape[1], dtype=bool)
    used[take(counts, np.asarray(rows, np.int64)).indices] = True
    mine = np.flatnonzero(used[counts.indices])
    scaled, row = weighed[0][mine], weighed[1][mine]
    keep = scaled != 0
    n = counts.shape[0]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row[keep], minlength=n), out=indptr[1:])
    return Rows(scaled[keep], counts.indices[mine[keep]], indptr, counts.shape)


@settings(max_examples=300)
@given(cases())
def test_tfidf_meeting_of_every_value_is_the_former(
    case: tuple[Rows, np.ndarray, np.ndarray],
) -> None:
    """Weighed by `Meeting` or not, with values weighed to zero (left out) or none, the rows
    are the former's byte for byte, their pointers' type too."""
    counts, at, weights = case
    meeting = Meeting(counts, weights)
    with np.errstate(over="ignore", invalid="ignore"):
        want = _former_tfidf_meeting(counts, at, weights, meeting._weigh())
        got = [meeting(at), tfidf_meeting(counts, at, weights)]
    for ours in got:
        assert [a.dtype for a in ours.parts()[:3]] == [a.dtype for a in want.parts()[:3]]
        assert [a.tobytes() for a in ours.parts()[:3]] == [a.tobytes() for a in want.parts()[:3]]
