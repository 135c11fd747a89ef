"""`story_rows._product` (a dense accumulator summed by `np.add.at`, a few block rows at a
time) gives what the former `_product` (an argsort of every product by row pair) gave,
value for value.

The oracle is that former `_product`, kept here; it summed each (row, column) in the block
row's term order, as SciPy's ``csr_matmat`` does, and the update's own oracle test checks it
against SciPy.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import story_rows
from index.analysis.story_rows import Postings, Rows, take


def _old_product(
    sub: Rows, block: np.ndarray, col_lo: int, col_hi: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    left = take(sub, block)
    left_row = left.row_of()
    right = take(sub, np.arange(col_lo, col_hi, dtype=np.int64))
    right_row = right.row_of() + col_lo
    by_term = np.argsort(right.indices, kind="stable")
    terms = right.indices[by_term]
    first = np.searchsorted(terms, left.indices, side="left")
    count = np.searchsorted(terms, left.indices, side="right") - first
    total = int(count.sum())
    entry = np.repeat(np.arange(len(left.indices), dtype=np.int64), count)
    offsets = np.cumsum(count) - count
    partner = by_term[np.repeat(first - offsets, count) + np.arange(total, dtype=np.int64)]
    value = left.data[entry] * right.data[partner]
    key = left_row[entry] * sub.shape[0] + right_row[partner]
    grouped = np.argsort(key, kind="stable")
    key, value = key[grouped], value[grouped]
    if not total:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    lengths = np.diff(np.append(starts, total))
    longest = np.argsort(-lengths, kind="stable")
    starts, lengths = starts[longest], lengths[longest]
    sums = value[starts]
    for step in range(1, int(lengths[0]) if len(lengths) else 0):
        still = int(np.searchsorted(-lengths, -step, side="left"))
        sums[:still] += value[starts[:still] + step]
    keys = key[starts]
    nonzero = sums != 0
    return keys[nonzero] // sub.shape[0], keys[nonzero] % sub.shape[0], sums[nonzero]


N_TERMS = 12
value = st.one_of(
    st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.5]),
    st.floats(-2.0, 2.0, width=32, allow_subnormal=True),
)
row = st.lists(st.tuples(st.integers(0, N_TERMS - 1), value), max_size=N_TERMS).map(
    lambda pairs: list({term: v for term, v in pairs}.items())  # a term at most once
)


def rows_of(rows: list[list[tuple[int, float]]], width: int) -> Rows:
    """`Rows` holding ``rows`` (each a list of ``(term, value)``), ``width`` terms wide."""
    indptr = np.cumsum([0] + [len(r) for r in rows]).astype(np.int64)
    terms = np.array([t for r in rows for t, _ in r], dtype=np.int32)
    data = np.array([v for r in rows for _, v in r], dtype=np.float32)
    return Rows(data, terms, indptr, (len(rows), width))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Rows, np.ndarray, int, int]:
    rows = draw(st.lists(row, min_size=1, max_size=14))
    sub = rows_of(rows, N_TERMS)
    n = len(rows)
    block = np.array(
        sorted(draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n))), dtype=np.int64
    )
    col_lo = draw(st.integers(0, n))
    col_hi = draw(st.integers(col_lo, n))
    return sub, block, col_lo, col_hi


def _sorted(found: tuple[np.ndarray, np.ndarray, np.ndarray]) -> tuple[bytes, bytes, bytes]:
    local, col, sums = found
    by = np.lexsort((col, local))
    return local[by].tobytes(), col[by].tobytes(), sums[by].astype(np.float32).tobytes()


@settings(max_examples=400)
@given(
    cases(),
    st.lists(st.integers(0, N_TERMS - 1), max_size=4),
    st.sampled_from([0.0, 0.25, 1.0]),
    st.one_of(st.none(), st.tuples(st.integers(1, 40), st.integers(1, 60))),
)
def test_product_is_the_former_product(
    case: tuple[Rows, np.ndarray, int, int],
    more_terms: list[int],
    least: float,
    small: tuple[int, int] | None,
) -> None:
    """``small``: `_product` gathers at most that many products and accumulator cells at
    once (a few rows, or a row in parts), as at 100,000 articles with the real bounds."""
    sub, block, col_lo, col_hi = case
    # a scan's postings hold the terms of all its blocks: the block's and maybe others
    terms = np.concatenate((take(sub, block).indices, np.array(more_terms, dtype=np.int32)))
    bounds = story_rows.PRODUCTS, story_rows.ACCUMULATOR
    if small is not None:
        story_rows.PRODUCTS, story_rows.ACCUMULATOR = small
    try:
        postings = Postings.of(sub, terms)
        new = story_rows._product(take(sub, block), postings, col_lo, col_hi, least)
    finally:
        story_rows.PRODUCTS, story_rows.ACCUMULATOR = bounds
    old = _old_product(sub, block, col_lo, col_hi)
    if least > 0:  # the products at least ``least``
        old = tuple(part[old[2] >= least] for part in old)  # type: ignore[assignment]
    assert [a.dtype for a in new] == [a.dtype for a in old]
    assert _sorted(new) == _sorted(old)
    local, col, _ = new
    assert (np.lexsort((col, local)) == np.arange(len(local))).all()  # by position, then row
