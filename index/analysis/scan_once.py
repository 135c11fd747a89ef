"""Scanning every row of a set against the others, each pair computed once: a build's scan
(`pairs._scan_all`) and an update's scan of the rows it regroups (`story_rows_once`)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.analysis import pairs as P


def scan_once(
    t: np.ndarray,
    order: np.ndarray,
    product: Callable[[int, int, int], P.Likeness],
    bounds: tuple[float, float, float, float],
    neighbours: np.ndarray,
    best: np.ndarray,
) -> P.Pairs:
    """`pairs.scan_targets` of every row of ``order`` (by time ``t``), computing each pair once: a
    block of rows is multiplied with itself and the later rows only (``c > r``); the pairs
    with earlier rows were found with those rows and are kept (``pending``) until their
    block comes. ``product(lo, hi, col_hi)``: the cosines of the rows ``lo:hi`` (positions
    in ``order``) with the columns ``lo:col_hi``; ``bounds``: ``(window, decay, floor,
    keep)``.

    Each pair is summed from its earlier row, as `pairs.scan_targets` keeps it, so the pairs (and
    their order) are that scan's. The cosine of (c, r) is the one of (r, c) bit for bit
    when every row lists its terms in one order (`vectors.tfidf` makes them so): the same
    products are summed in the same order; then the neighbours and scores are that scan's
    too."""
    window, decay, floor, keep = bounds
    limit = neighbours.shape[1]
    pending = P.empty_pairs()
    found: list[P.Pairs] = []
    for lo in range(0, len(order), P._BLOCK):
        hi = min(lo + P._BLOCK, len(order))
        local, c, score = product(lo, hi, P.columns(t, t[lo], t[hi - 1], window)[1])
        r = local + lo
        later = c > r
        r, c, score = r[later], c[later], score[later]
        apart = np.abs(t[c] - t[r])
        score = (score * np.exp(-decay * apart)).astype(np.float32)
        ok = (apart <= window) & (score >= floor)
        r, c, score = r[ok], c[ok], score[ok]
        # the pairs with rows of later blocks wait there; this block's rows are complete
        pr = np.concatenate((pending[0], c))
        pc = np.concatenate((pending[1], r))
        ps = np.concatenate((pending[2], score))
        now = pr < hi
        pending = pr[~now], pc[~now], ps[~now]
        row = np.concatenate((r, pr[now]))
        col = np.concatenate((c, pc[now]))
        both = np.concatenate((score, ps[now]))
        # best partners: one sort on (row, falling score, partner)
        rank_key = P._by_row_score(row - lo, both, col, floor)
        row, col, both = row[rank_key], col[rank_key], both[rank_key]
        starts = np.searchsorted(row, np.arange(lo, hi), side="left")
        rank = np.arange(len(row)) - starts[row - lo]
        top = rank < limit
        neighbours[order[row[top]], rank[top]] = order[col[top]]
        best[order[row[top]], rank[top]] = both[top]
        strong = (both >= keep) & (col > row)
        a, b = order[row[strong]], order[col[strong]]
        found.append((np.minimum(a, b), np.maximum(a, b), both[strong]))
    return P._joined(found)
