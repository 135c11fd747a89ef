"""`pairs._scan_all` of `Rows`: every selected row scanned, each pair multiplied once (st72).

An update's regrouping and retitling (`story_titles.likeness_among`) ask the likeness of
every pair of a set of rows: ~3,000 at 100,000 articles, most undated, so their scan (window
0) met every one of them. Scanning them as targets (`story_rows._scan`) multiplied each pair
from both of its rows and kept one; here a block of rows is multiplied with itself and the
later rows only (`scan_once.scan_once`), as a build's `pairs._scan_all` does with SciPy rows.
"""

from __future__ import annotations

import numpy as np

from index.analysis import pairs as P
from index.analysis.scan_once import scan_once
from index.analysis.story_postings import Postings, in_columns
from index.analysis.story_rows import Rows, _product, take


def scan_all(
    rows: Rows,
    order: np.ndarray,
    t: np.ndarray,
    bounds: tuple[float, float, float, float],
    neighbours: np.ndarray,
    best: np.ndarray,
) -> P.Pairs:
    """`story_rows._scan` of every row of ``order`` (by time ``t``; ``bounds``: ``(window,
    decay, floor, keep)``), each pair summed from its earlier row, the one that scan keeps
    it from: its pairs, in its order, bit for bit in any term order (and its partners when
    every row lists its terms in one order: `scan_once.scan_once`). Each block gathers the
    postings of its columns (`in_columns`) when the blocks together read at most twice the
    rows' values (`story_postings.blockwise`), else they are gathered once."""
    window, decay, floor, _ = bounds
    least = floor if decay >= 0 and floor > 0 else 0.0  # as `story_rows._scan`
    lengths = np.diff(rows.indptr)[order]
    ends = np.concatenate(([0], np.cumsum(lengths)))
    read = 0
    for lo in range(0, len(order), P._BLOCK):
        hi = min(lo + P._BLOCK, len(order))
        read += int(ends[P.columns(t, t[lo], t[hi - 1], window)[1]] - ends[lo])
    if _blockwise(read, int(ends[-1])):

        def product(lo: int, hi: int, col_hi: int) -> P.Likeness:
            left = take(rows, order[lo:hi])
            return _product(
                left, in_columns(rows, order, lo, col_hi, left.indices), lo, col_hi, least
            )

    else:
        sub = take(rows, order)
        whole = Postings.of(sub, sub.indices)

        def product(lo: int, hi: int, col_hi: int) -> P.Likeness:
            return _product(take(sub, np.arange(lo, hi)), whole, lo, col_hi, least)

    return scan_once(t, order, product, bounds, neighbours, best)


def _blockwise(read: int, values: int) -> bool:
    """Whether blocks reading ``read`` values of rows holding ``values`` gather their own."""
    return read <= 2 * values
