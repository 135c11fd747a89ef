"""The postings a stories update's scan multiplies (`story_rows._scan`): the values of the
terms its targets hold, by term and then row, gathered once for the whole scan or a block
of targets at a time (`in_columns`, `blockwise`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from index.analysis import pairs as P

if TYPE_CHECKING:
    from index.analysis.story_rows import Rows


@dataclass(frozen=True, slots=True)
class Postings:
    """The values of some terms in the rows of a `Rows`, by term and then row: ``key``
    (``term * rows + row``, sorted), ``row`` and ``value``."""

    key: np.ndarray
    row: np.ndarray
    value: np.ndarray
    n_rows: int

    @classmethod
    def of(cls, rows: Rows, terms: np.ndarray, near: np.ndarray | None = None) -> Postings:
        """The postings of ``terms`` (term ids, repeats allowed) in ``rows`` (those ``near``
        flags alone, when given: the others' are left out)."""
        used = np.zeros(rows.shape[1], dtype=bool)
        used[terms] = True
        held = used[rows.indices]
        if near is not None:
            held &= np.repeat(near, np.diff(rows.indptr))
        at = np.flatnonzero(held)
        rank = np.cumsum(used) - 1  # the used terms numbered 0, 1, ...
        small = np.uint16 if len(terms) and rank[-1] < 1 << 16 else np.int64
        ranked = rank[rows.indices[at]].astype(small)
        at = at[np.argsort(ranked, kind="stable")]  # by term, rows staying in order
        # each term's values are one run: the terms need no gather (st66)
        per_term = np.bincount(ranked, minlength=int(rank[-1]) + 1 if len(rank) else 0)
        term = np.repeat(np.flatnonzero(used).astype(np.int64), per_term)
        owner = np.repeat(np.arange(rows.shape[0], dtype=np.int32), np.diff(rows.indptr))
        row = owner[at].astype(np.int64)
        return cls(term * rows.shape[0] + row, row, rows.data[at], rows.shape[0])


def in_columns(
    rows: Rows, order: np.ndarray, col_lo: int, col_hi: int, terms: np.ndarray
) -> Postings:
    """``Postings.of(take(rows, order), terms)`` of the positions ``col_lo:col_hi`` alone
    (rows ``order[col_lo:col_hi]``, numbered by their position in ``order``): what a block
    of targets with those columns multiplies, its own terms being ``terms``. The same keys,
    rows and values as the whole postings hold there, in the same order."""
    picked = order[col_lo:col_hi]
    starts = rows.indptr[picked]
    lengths = rows.indptr[picked + 1] - starts
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    used = np.zeros(rows.shape[1], dtype=bool)
    used[terms] = True
    if total >= MOST * int(rows.indptr[-1] - rows.indptr[0]):
        at, row = _most(rows, picked, col_lo, used)
    else:
        at = np.repeat(starts - (ends - lengths), lengths) + np.arange(total, dtype=np.int64)
        hit = np.flatnonzero(used[rows.indices[at]])  # by position, then the row's term order
        row = np.searchsorted(ends, hit, side="right") + col_lo
        at = at[hit]
    rank = np.cumsum(used) - 1  # the used terms numbered 0, 1, ... (a radix sort's key)
    small = np.uint16 if len(rank) and rank[-1] < 1 << 16 else np.int64
    ranked = rank.astype(small)[rows.indices[at]]
    by_term = np.argsort(ranked, kind="stable")  # rows staying in order
    # each term's values are one run: the terms need no gather (as `Postings.of`); no array
    # more than needed (each new one is new pages to the kernel: st72)
    per_term = np.bincount(ranked, minlength=len(rank) and int(rank[-1]) + 1)
    key = np.repeat(np.flatnonzero(used).astype(np.int64), per_term)
    key *= len(order)
    row = row[by_term]
    key += row
    return Postings(key, row, rows.data[at[by_term]], len(order))


MOST = 0.5
"""The share of the values of ``rows`` at or past which `in_columns` looks at every one
(`_most`) rather than gathering the columns' rows first."""


def _most(
    rows: Rows, picked: np.ndarray, col_lo: int, used: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """`in_columns`'s places of the ``used`` terms' values in the rows ``picked`` (numbered
    from ``col_lo``) and their positions, by position and then the row's term order, when
    those rows hold half the values or more: the values of every row are looked at once, not
    gathered row by row first: an update's cross pairs read the 90,000 dated rows whole for
    its 7 undated targets at 100,000 articles (st72)."""
    first = int(rows.indptr[0])
    held = used[rows.indices[first : int(rows.indptr[-1])]]
    hit = np.flatnonzero(held)
    hit += first
    per_row = np.zeros(rows.shape[0], dtype=np.int64)  # each row's values held
    filled = np.flatnonzero(rows.indptr[1:] > rows.indptr[:-1])
    if len(filled):
        per_row[filled] = np.add.reduceat(held, rows.indptr[filled] - first, dtype=np.int64)
    place = np.full(rows.shape[0], -1, dtype=np.int64)
    place[picked] = np.arange(col_lo, col_lo + len(picked))
    row = np.repeat(place, per_row)
    inside = row >= 0
    if not inside.all():
        hit, row = hit[inside], row[inside]
    if len(row) > 1 and (row[1:] < row[:-1]).any():  # rows not picked in their order
        by_place = np.argsort(row, kind="stable")  # a row's values stay in order
        hit, row = hit[by_place], row[by_place]
    return hit, row


def blockwise(
    rows: Rows, order: np.ndarray, t: np.ndarray, scanned: np.ndarray, window: float
) -> bool:
    """Whether to gather the postings a block at a time (`in_columns`): when the blocks of
    ``scanned`` (positions in ``order``, by time ``t``; `pairs.blocks`) together read at
    most twice the values the rows ``order`` hold. A block reads its columns' values and
    sorts those of its own terms; the whole postings take every row, then sort every value
    of any target's term. The 100 new rows of an update at 100,000 articles, spread over a
    year, are 34 blocks reading 1.07 times the 90,000 dated rows' values: 0.08 CPU s by
    block, 0.5-0.65 at once (st68). A window-0 scan of thousands of undated targets is a
    few blocks, each reading every row: there the postings are gathered once."""
    if not len(scanned):
        return False
    lengths = np.diff(rows.indptr)[order]
    ends = np.concatenate(([0], np.cumsum(lengths)))
    read = 0
    for block in P.blocks(scanned, t, window):
        lo, hi = P.columns(t, t[block[0]], t[block[-1]], window)
        read += int(ends[hi] - ends[lo])
    return read <= 2 * int(ends[-1])
