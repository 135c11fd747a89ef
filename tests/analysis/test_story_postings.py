"""`story_rows._scan` gathers its postings a block at a time when that reads few values
(`story_postings.blockwise`, `in_columns`, st68): the same pairs, partners and scores, bit
for bit, as the former scan, kept here as the oracle (every target's postings gathered once
from the taken rows), whichever way `blockwise` answers, over generated rows, times, windows,
floors, targets and block sizes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis import story_postings, story_rows
from index.analysis.story_postings import Postings, in_columns
from index.analysis.story_rows import Rows, take
from tests.analysis.test_story_rows_window import scans

Case = tuple[Rows, np.ndarray, np.ndarray, np.ndarray, float]


def _former_scan(
    rows: Rows,
    days: np.ndarray,
    select: np.ndarray,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    targets: np.ndarray,
    neighbours: np.ndarray,
    best: np.ndarray,
) -> P.Pairs:
    """`story_rows._scan` before st68."""
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    sub = take(rows, order)
    is_target = np.zeros(rows.shape[0], dtype=bool)
    is_target[targets] = True
    at = np.flatnonzero(is_target[order])
    near = story_rows._reached(days[order], at, window)
    postings = Postings.of(sub, take(sub, at).indices, near)
    least = floor if decay >= 0 and floor > 0 else 0.0

    def product(block: np.ndarray, col_lo: int, col_hi: int) -> P.Likeness:
        return story_rows._product(take(sub, block), postings, col_lo, col_hi, least)

    return P.scan_targets(
        days[order], order, targets, product, window, decay, floor, keep, neighbours, best
    )


def _run(scan: P.Scan, case: Case, limit: int, floor: float) -> list[bytes]:
    rows, days, select, targets, window = case
    n = rows.shape[0]
    neighbours = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    found = scan(rows, days, select, window, 0.1, floor, 0.2, targets, neighbours, best)
    return [a.tobytes() for a in found] + [neighbours.tobytes(), best.tobytes()]


@settings(max_examples=300, deadline=None)
@given(
    scans(),
    st.integers(1, 3),
    st.sampled_from([0.0, 0.05, 0.3]),
    st.sampled_from([1, 2, 3, 512]),
    st.sampled_from([None, False, True]),
)
def test_a_scan_is_the_former_scan(
    case: Case, limit: int, floor: float, block: int, by_block: bool | None
) -> None:
    """``block``: `pairs.blocks`' largest block (small: several blocks, some sharing
    columns); ``by_block``: `blockwise`'s answer forced (None: its own)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(P, "_BLOCK", block)
        want = _run(_former_scan, case, limit, floor)
        if by_block is not None:
            patch.setattr(story_rows, "blockwise", lambda *args: by_block)
        got = _run(story_rows._scan, case, limit, floor)
    assert got == want


@settings(max_examples=300, deadline=None)
@given(scans(), st.data())
def test_the_postings_of_some_columns_are_the_whole_postings_there(
    case: Case, data: st.DataObject
) -> None:
    rows, days, select, targets, _ = case
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    col_lo = data.draw(st.integers(0, len(order)))
    col_hi = data.draw(st.integers(col_lo, len(order)))
    terms = take(rows, targets).indices
    got = in_columns(rows, order, col_lo, col_hi, terms)
    whole = Postings.of(take(rows, order), terms)
    there = (whole.row >= col_lo) & (whole.row < col_hi)
    assert got.n_rows == whole.n_rows == len(order)
    assert got.key.dtype == whole.key.dtype and got.row.dtype == whole.row.dtype
    assert got.key.tobytes() == whole.key[there].tobytes()
    assert got.row.tobytes() == whole.row[there].tobytes()
    assert got.value.tobytes() == whole.value[there].tobytes()


def test_blockwise_reads_at_most_twice_the_values() -> None:
    """Far-apart targets are blocks of their own days; targets that each meet every row
    (window 0, all at one time) in several blocks read every value again and again."""
    rows = Rows(
        np.ones(40, np.float32),
        np.arange(40, dtype=np.int32) % 7,
        np.arange(0, 41, 2, dtype=np.int64),
        (20, 7),
    )
    order = np.arange(20, dtype=np.int64)
    spread = np.arange(20, dtype=np.float64) * 10
    assert story_postings.blockwise(rows, order, spread, np.array([0, 10, 19]), 1.0)
    same = np.zeros(20)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(P, "_BLOCK", 2)
        assert not story_postings.blockwise(rows, order, same, order, 0.0)
    assert not story_postings.blockwise(rows, order, spread, order[:0], 1.0)
