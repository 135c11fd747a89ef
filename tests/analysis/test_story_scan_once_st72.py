"""An update's scans made cheaper (st72), each the same, bit for bit, as the code it replaced
(kept here as the oracle), over generated rows:

- `story_rows._scan` with no targets (`story_rows_once.scan_all`): every selected row
  scanned, each pair multiplied once, gives the pairs (and their order) of the scan with
  every selected row a target, and its partners too when every row lists its terms in one
  order;
- `story_postings.in_columns` looking at every value when its columns hold most of them;
- `story_copies._repeated` comparing the rows a chunk of term ids at a time;
- `story_undated._each_kind` leaving pairs already in order unsorted.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis import story_copies, story_postings, story_rows_once, story_undated
from index.analysis.story_classes import ranges
from index.analysis.story_postings import Postings, in_columns
from index.analysis.story_rows import Rows, _scan, take
from tests.analysis.test_story_rows_window import scans

Case = tuple[Rows, np.ndarray, np.ndarray, np.ndarray, float]


def _run(case: Case, limit: int, floor: float, decay: float, once: bool) -> list[bytes]:
    rows, days, select, _, window = case
    n = rows.shape[0]
    neighbours = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    every = None if once else np.flatnonzero(select)
    found = _scan(rows, days, select, window, decay, floor, 0.2, every, neighbours, best)
    return [a.tobytes() for a in found] + [neighbours.tobytes(), best.tobytes()]


def _in_one_order(rows: Rows) -> Rows:
    """``rows`` with each row's terms (and values) by falling term id."""
    row = rows.row_of()
    order = np.lexsort((-rows.indices.astype(np.int64), row))
    return Rows(rows.data[order], rows.indices[order], rows.indptr, rows.shape)


@settings(max_examples=400, deadline=None)
@given(
    scans(),
    st.integers(1, 3),
    st.sampled_from([0.0, 0.05, 0.3]),
    st.sampled_from([0.1, 0.0, -0.1]),
    st.sampled_from([1, 2, 3, 512]),
    st.sampled_from([None, False, True]),
    st.booleans(),
)
def test_a_scan_of_every_row_is_the_scan_of_every_target(
    case: Case,
    limit: int,
    floor: float,
    decay: float,
    block: int,
    by_block: bool | None,
    one_order: bool,
) -> None:
    """``block``: `pairs._BLOCK` (small: pairs wait for later blocks); ``by_block``: whether
    each block gathers its own postings, forced (None: `story_rows_once._blockwise`);
    ``one_order``: every row's terms by falling id, as a scan's rows are in an update."""
    if one_order:
        case = (_in_one_order(case[0]), *case[1:])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(P, "_BLOCK", block)
        want = _run(case, limit, floor, decay, once=False)
        if by_block is not None:
            patch.setattr(story_rows_once, "_blockwise", lambda *args: by_block)
        got = _run(case, limit, floor, decay, once=True)
    assert got[:3] == want[:3]  # the pairs, summed from their earlier row in both
    if one_order:
        assert got[3:] == want[3:]


def _former_in_columns(
    rows: Rows, order: np.ndarray, col_lo: int, col_hi: int, terms: np.ndarray
) -> Postings:
    """`story_postings.in_columns` before st72."""
    picked = order[col_lo:col_hi]
    starts = rows.indptr[picked]
    lengths = rows.indptr[picked + 1] - starts
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    at = np.repeat(starts - (ends - lengths), lengths) + np.arange(total, dtype=np.int64)
    used = np.zeros(rows.shape[1], dtype=bool)
    used[terms] = True
    hit = np.flatnonzero(used[rows.indices[at]])
    row = np.searchsorted(ends, hit, side="right") + col_lo
    at = at[hit]
    term = rows.indices[at]
    rank = np.cumsum(used) - 1
    small = np.uint16 if len(rank) and rank[-1] < 1 << 16 else np.int64
    by_term = np.argsort(rank[term].astype(small), kind="stable")
    at, term, row = at[by_term], term[by_term].astype(np.int64), row[by_term]
    return Postings(term * len(order) + row, row, rows.data[at], len(order))


@settings(max_examples=400, deadline=None)
@given(scans(), st.data(), st.sampled_from([0.0, 0.5, 2.0]), st.booleans())
def test_in_columns_is_the_former(
    case: Case, data: st.DataObject, most: float, shuffled: bool
) -> None:
    """``most``: `story_postings.MOST` (0: every value looked at; 2: the rows gathered);
    ``shuffled``: the rows in ``order`` not by row number (a scan orders them by time)."""
    rows, days, select, targets, _ = case
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    if shuffled:
        order = np.array(data.draw(st.permutations(order.tolist())), dtype=np.int64)
    col_lo = data.draw(st.integers(0, len(order)))
    col_hi = data.draw(st.integers(col_lo, len(order)))
    terms = take(rows, targets).indices
    want = _former_in_columns(rows, order, col_lo, col_hi, terms)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_postings, "MOST", most)
        got = in_columns(rows, order, col_lo, col_hi, terms)
    assert got.n_rows == want.n_rows
    for a, b in ((got.key, want.key), (got.row, want.row), (got.value, want.value)):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _former_repeated(counts: Rows, original: np.ndarray, digest: np.ndarray) -> np.ndarray:
    """`story_copies._repeated` before st72 (its rows to compare found as they were then:
    `story_copies.alike_rows`, unchanged)."""
    n = len(original)
    lengths = np.diff(counts.indptr)
    a, b = story_copies.alike_rows(lengths, original, digest)
    size = lengths[b]
    mine = ranges(counts.indptr[b], size)
    theirs = mine + np.repeat(counts.indptr[a] - counts.indptr[b], size)
    differ = counts.indices[mine] != counts.indices[theirs]
    filled = size > 0
    apart = np.zeros(len(b), bool)
    if filled.any():
        starts = (np.cumsum(size) - size)[filled]
        apart[filled] = np.logical_or.reduceat(differ, starts)
    out = np.zeros(n, bool)
    out[b[~apart]] = True
    return out


@st.composite
def copies(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray]:
    """Term rows (empty ones too), some of an earlier row's group holding its terms, maybe
    in another order or with one changed, and digests that may collide."""
    n = draw(st.integers(1, 16))
    held: list[list[int]] = []
    original = np.arange(n)
    for r in range(n):
        terms: list[int] = draw(st.lists(st.integers(0, 6), unique=True, max_size=5))
        copy, shuffle, change = (draw(st.booleans()) for _ in range(3))
        if r and copy:
            lead = draw(st.integers(0, r - 1))
            original[r] = original[lead]
            terms = list(held[lead])
            if shuffle:
                terms = list(draw(st.permutations(terms)))
            if terms and change:
                terms[-1] = 7
        held.append(terms)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum([len(t) for t in held], out=indptr[1:])
    indices = np.array([t for row in held for t in row], np.int32)
    rows = Rows(np.ones(len(indices), np.float32), indices, indptr, (n, 8))
    kind = draw(st.sampled_from(["digests", "collide", "few"]))
    digest = story_copies.digests(rows)
    if kind == "collide":
        digest = np.zeros(n, np.uint64)
    elif kind == "few":
        digest = digest % np.uint64(2)
    return rows, original, digest


@settings(max_examples=400, deadline=None)
@given(copies(), st.sampled_from([1, 2, 3, 7, 1 << 20]))
def test_repeated_is_the_former(case: tuple[Rows, np.ndarray, np.ndarray], chunk: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_copies, "CHUNK", chunk)
        got = story_copies._repeated(*case)
    assert got.tolist() == _former_repeated(*case).tolist()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 4), st.sampled_from([0.1, 0.5, 1.0])),
        unique_by=lambda pair: pair[:2],
        max_size=12,
    ),
    st.booleans(),
)
def test_pairs_in_order_are_those_lexsort_leaves(
    pairs: list[tuple[int, int, float]], sort: bool
) -> None:
    """`story_undated._in_order` (whose pairs `_each_kind` leaves unsorted) says True
    exactly when `np.lexsort` by finder, falling score, then partner is the identity."""
    if sort:
        pairs = sorted(pairs, key=lambda pair: (pair[0], -pair[2], pair[1]))
    finder = np.array([f for f, _, _ in pairs], np.int64)
    partner = np.array([p for _, p, _ in pairs], np.int64)
    s = np.array([v for *_, v in pairs], np.float32)
    identity = np.array_equal(np.lexsort((partner, -s, finder)), np.arange(len(pairs)))
    assert story_undated._in_order(finder, s, partner) == identity
