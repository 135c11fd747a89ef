"""`story_copies.digests` sums each row's keys a run at a time (`np.add.reduceat`, where it
summed by row with `np.add.at`); the oracle sums each row in Python integers modulo 2**64,
over random rows with empty ones (first, last, in runs), with and without the stems' keys,
counts of float32 as a model saves them."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_copies import digests
from index.analysis.story_rows import Rows

N_TERMS = 12


MASK = 2**64 - 1


def _mix(value: int) -> int:
    """splitmix64's finaliser, in Python integers."""
    value = (value + 0x9E3779B97F4A7C15) & MASK
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & MASK
    return value ^ (value >> 31)


def _by_row(rows: list[list[tuple[int, int]]], keys: list[int] | None) -> list[int]:
    """Each row's digest summed in Python, a term at a time, modulo 2**64."""
    word = (lambda t: t) if keys is None else (lambda t: keys[t])
    return [sum(_mix((word(t) * 0x100000001B3 + c) & MASK) for t, c in row) & MASK for row in rows]


row = st.lists(st.tuples(st.integers(0, N_TERMS - 1), st.integers(1, 40)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(row, max_size=25),
    st.one_of(st.none(), st.lists(st.integers(0, 2**64 - 1), min_size=N_TERMS, max_size=N_TERMS)),
)
def test_digests_as_summed_by_row(
    rows: list[list[tuple[int, int]]], keys: list[int] | None
) -> None:
    lengths = [len(r) for r in rows]
    indptr = np.concatenate(([0], np.cumsum(lengths, dtype=np.int64))).astype(np.int64)
    indices = np.array([t for r in rows for t, _ in r], dtype=np.int32)
    data = np.array([c for r in rows for _, c in r], dtype=np.float32)
    counts = Rows(data, indices, indptr, (len(rows), N_TERMS))
    stems = None if keys is None else np.array(keys, dtype=np.uint64)
    got = digests(counts, stems)
    assert got.dtype == np.uint64
    assert got.tolist() == _by_row(rows, keys)
