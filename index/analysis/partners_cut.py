"""Leaving out the entries that cannot be among a row's best partners, before they are sorted.

`pairs.best_partners` sorts every entry twice (three keys each). A build's last call
(`story_build`: the neighbour lists with the cross pairs of the undated articles,
`story_undated.for_related`) gives it tens of millions of entries at 100,000 articles of
which a row keeps ``limit``: the sorts were 28 of 162 CPU s of a build of 100,000
distinct texts (st85). One sort of one int64 key (row, falling score) finds each row's
``limit``-th score; an entry under it cannot be kept, when the entries at or over it name
``limit`` partners or more (a partner given twice counts once): its partner holds a better
score elsewhere, or is beaten by ``limit`` partners. A row whose entries at or over it name
fewer keeps every entry.
"""

from __future__ import annotations

import numpy as np

from index.analysis.distinct import distinct

_SIGN = np.int64(0x80000000)
_LOW = np.int64(0xFFFFFFFF)


def kept(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, limit: int
) -> np.ndarray | None:
    """Which entries (``rows`` < ``n``, ``cols`` >= 0, float ``scores``) may be among a
    row's ``limit`` best partners; None when every one may (few entries, or a NaN score)."""
    if limit <= 0 or len(rows) <= 2 * limit or n >= 1 << 31 or int(np.min(cols)) < 0:
        return None
    s = np.asarray(scores, dtype=np.float32)
    if np.isnan(s).any():
        return None
    bits = s.view(np.uint32).astype(np.int64)
    rising = np.where(bits & _SIGN, _LOW - bits, bits | _SIGN)  # the floats' order
    rows = np.asarray(rows, dtype=np.int64)
    ordered = np.sort((rows << 32) | (_LOW - rising))  # by row, falling score
    count = np.bincount(rows, minlength=n)
    full = np.flatnonzero(count > limit)
    if not len(full):
        return None
    start = np.cumsum(count) - count
    nth = _LOW - (ordered[start[full] + limit - 1] & _LOW)  # each full row's limit-th score
    back = np.where(nth & _SIGN, nth ^ _SIGN, _LOW - nth).astype(np.uint32).view(np.float32)
    bar = np.full(n, -np.inf, dtype=np.float32)
    bar[full] = back
    keep: np.ndarray = s >= bar[rows]
    width = np.int64(int(np.max(cols)) + 1)
    named = distinct(rows[keep] * width + np.asarray(cols, dtype=np.int64)[keep]) // width
    short = np.bincount(named, minlength=n) < limit
    keep |= short[rows]  # fewer partners at or over the bar: every entry stays
    return keep


def beaten(ids: np.ndarray, best: np.ndarray, rows: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Which new entries (``rows``, float32 ``scores``) for lists ``ids``/``best`` (one row
    a row, -1 padded) may be among their row's best partners when the lists' own entries
    are ranked with them: all but those scoring under every listed score of a row that
    lists ``limit`` distinct partners (they are beaten by ``limit`` partners, as `kept`
    leaves them out). A build's last `pairs.merge_partners` (the cross pairs of the
    undated articles, `story_undated.for_related`) ranked tens of millions of entries of
    which a dated row's full list keeps almost none (st91). With a NaN every one may."""
    limit = ids.shape[1]
    if not limit or not len(rows):
        return np.ones(len(rows), dtype=bool)
    if np.isnan(best).any() or np.isnan(scores).any():
        return np.ones(len(rows), dtype=bool)
    listed = np.sort(ids, axis=1)
    full = (listed[:, 0] >= 0) & (listed[:, 1:] != listed[:, :-1]).all(axis=1)
    bar = np.where(full, best.min(axis=1), -np.inf).astype(np.float32)
    keep: np.ndarray = scores >= bar[rows]
    return keep
