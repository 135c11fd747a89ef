"""Which articles resemble which: cosine pairs inside a time window, shared passages, neighbours."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.distinct import distinct

if TYPE_CHECKING:
    import scipy.sparse as sp

MAX_PASSAGE_GROUP = 50
"""A fingerprint found in more articles than this is boilerplate (a sign-off, a standard
disclaimer), not a passage that ties a few articles to one event."""
NEAR_COPY_SHARE = 0.5
"""Two articles are near copies when at least this share of the shorter one's passage
fingerprints is in the other: a reprinted or lightly edited wire story."""
_BLOCK = 512
EDGE = 1e-6
"""Days a block's columns reach past its window: `columns`."""

Pairs = tuple[np.ndarray, np.ndarray, np.ndarray]
"""``(i, j, score)``: article numbers (i < j, int64) and a float32 score per pair."""


def empty_pairs() -> Pairs:
    """No pairs."""
    return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)


def merge_pairs(base: Pairs, extra: Pairs, n: int) -> Pairs:
    """``base`` (no pair twice) with ``extra`` added; a pair in both keeps its higher score."""
    if not len(extra[0]):
        return base
    ei, ej, es = extra
    key_extra = ei * n + ej
    order = np.lexsort((-es, key_extra))
    key_extra, ei, ej, es = key_extra[order], ei[order], ej[order], es[order]
    first = np.ones(len(key_extra), dtype=bool)
    first[1:] = key_extra[1:] != key_extra[:-1]
    key_extra, ei, ej, es = key_extra[first], ei[first], ej[first], es[first]
    scores = base[2].copy()
    # only a base pair whose first row starts an extra pair can be one: searched alone (a
    # build's 10,000 undated rows' cross pairs with a few copies: 10 of 162 CPU s, st85)
    starts = np.zeros(max(n, int(base[0].max(initial=-1)) + 1, int(ei.max()) + 1), bool)
    starts[ei] = True
    asked = np.flatnonzero(starts[base[0]])
    key_base = base[0][asked] * n + base[1][asked]
    where = np.searchsorted(key_extra, key_base)
    found = where < len(key_extra)
    found[found] = key_extra[where[found]] == key_base[found]
    at = asked[found]
    scores[at] = np.maximum(scores[at], es[where[found]])
    new = ~np.isin(key_extra, key_base[found])
    return (
        np.concatenate((base[0], ei[new])),
        np.concatenate((base[1], ej[new])),
        np.concatenate((scores, es[new])).astype(np.float32),
    )


def _joined(found: list[Pairs]) -> Pairs:
    """The pairs of every part, one after another."""
    if not found:
        return empty_pairs()
    i, j, score = zip(*found, strict=True)
    return np.concatenate(i), np.concatenate(j), np.concatenate(score)


def window_scan(
    rows: sp.csr_matrix,
    days: np.ndarray,
    *,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    limit: int,
    targets: np.ndarray | None = None,
    among: np.ndarray | None = None,
    undated_apart: float = 0.0,
) -> tuple[Pairs, np.ndarray, np.ndarray]:
    """Compare every article (or every target) with the articles at most ``window`` days away.

    The score is ``cosine * exp(-decay * |days apart|)``. Undated articles (NaN days) are
    compared with each other only, as if ``undated_apart`` days apart.

    Args:
        rows: Unit TF-IDF rows, one per article.
        days: Each article's time in days (any origin), NaN when unknown.
        window: Largest time difference compared, in days.
        decay: Score decay per day apart.
        floor: Smallest score of a neighbour.
        keep: Smallest score of a returned pair (the pairs feed the clustering, where
            weak pairs change nothing but the memory used).
        limit: Neighbours kept per scanned article.
        targets: When given, only these row numbers are scanned (an update compares
            its new articles with the rest).
        among: When given (a boolean per row), only these rows are compared at all.
        undated_apart: Days two undated articles count as apart (`StoryParams`).

    Returns:
        ``(pairs, neighbours, scores)``: the pairs scoring ``>= keep`` (i < j, each once),
        and for each scanned row its ``limit`` best partners (-1 padded; other rows -1).
    """
    from index.analysis.scan_kinds import scan_dated_and_undated

    scan = _scan if targets is not None else _scan_all
    return scan_dated_and_undated(
        rows, days, scan, window, decay, floor, keep, limit, targets, among, undated_apart
    )


Scan = Callable[..., Pairs]
"""``scan(rows, days, select, window, decay, floor, keep, targets, neighbours, best)``, and
with ``targets`` a ``prune`` (`scan_targets`)."""

Prune = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
"""``prune(row, partner, score)``: which of a target's pairs (all of them, as found) to keep."""


def columns(t: np.ndarray, first: float, last: float, window: float) -> tuple[int, int]:
    """The columns ``[lo, hi)`` of times ``t`` (sorted) that rows timed ``first`` to ``last``
    are scanned against: ``window`` either side and a hair more, because ``t[r] - window``
    rounds differently from ``t[r] - t[c]``; the scan keeps ``|t[c] - t[r]| <= window``, so
    a pair exactly ``window`` apart is found from both of its rows."""
    lo = int(np.searchsorted(t, first - window - EDGE, side="left"))
    return lo, int(np.searchsorted(t, last + window + EDGE, side="right"))


def _scan(
    rows: sp.csr_matrix,
    days: np.ndarray,
    select: np.ndarray,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    targets: np.ndarray | None,
    neighbours: np.ndarray,
    best: np.ndarray,
    prune: Prune | None = None,
) -> Pairs:
    """`scan_targets` of SciPy rows: an update's new rows against the rows of their window."""
    assert targets is not None, "every row is scanned by `_scan_all`"
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    sub = rows[order]

    def product(block: np.ndarray, col_lo: int, col_hi: int) -> Likeness:
        local, c, cosine = _likeness(sub[block], sub[col_lo:col_hi].T, decay, floor)
        return local, c + col_lo, cosine

    return scan_targets(
        days[order], order, targets, product, window, decay, floor, keep, neighbours, best, prune
    )


scan_rows = _scan
"""`_scan` (targets against the selected rows) for other modules (`story_undated`)."""

Likeness = tuple[np.ndarray, np.ndarray, np.ndarray]
"""``(block position, column, cosine)`` of a block's rows with the columns of its window."""


def scan_targets(
    t: np.ndarray,
    order: np.ndarray,
    targets: np.ndarray,
    product: Callable[[np.ndarray, int, int], Likeness],
    window: float,
    decay: float,
    floor: float,
    keep: float,
    neighbours: np.ndarray,
    best: np.ndarray,
    prune: Prune | None = None,
) -> Pairs:
    """The rows of ``targets`` against every row within ``window`` days, a block at a time.

    ``order`` holds the scanned articles by time ``t``; ``product(block, col_lo, col_hi)``
    gives the cosines of the block's rows (positions in ``order``) with the columns
    ``col_lo:col_hi`` (`columns`). Each target's best partners fill ``neighbours`` and
    ``best``; pairs scoring ``keep`` or more are returned, a pair of two targets once.
    ``prune``: of each block's pairs (a target's are all in its block) those it keeps alone
    go on, to ``neighbours`` too (`story_bound.pruner`: an update's asked rows, st86).
    """
    is_target = np.zeros(len(neighbours), dtype=bool)
    is_target[targets] = True
    scanned = np.flatnonzero(is_target[order])
    limit = neighbours.shape[1]
    found: list[Pairs] = []
    for block in blocks(scanned, t, window):
        local, c, cosine = product(block, *columns(t, t[block[0]], t[block[-1]], window))
        r = block[local]
        apart = np.abs(t[c] - t[r])
        score = (cosine * np.exp(-decay * apart)).astype(np.float32)
        ok = (c != r) & (apart <= window) & (score >= floor)
        if prune is not None:
            ok[ok] = prune(order[r[ok]], order[c[ok]], score[ok])
        local, r, c, score = local[ok], r[ok], c[ok], score[ok]
        # best partners: one sort on (row, falling score, partner)
        rank_key = _by_row_score(local, score, c, floor)
        local, r, c, score = local[rank_key], r[rank_key], c[rank_key], score[rank_key]
        starts = np.searchsorted(local, np.arange(len(block)), side="left")
        rank = np.arange(len(local)) - starts[local]
        top = rank < limit
        neighbours[order[r[top]], rank[top]] = order[c[top]]
        best[order[r[top]], rank[top]] = score[top]
        # two targets: found from both, kept once
        strong = (score >= keep) & (~is_target[order[c]] | (c > r))
        a, b = order[r[strong]], order[c[strong]]
        found.append((np.minimum(a, b), np.maximum(a, b), score[strong]))
    return _joined(found)


def blocks(scanned: np.ndarray, t: np.ndarray, window: float) -> list[np.ndarray]:
    """``scanned`` (positions by time ``t``) cut in blocks of `_BLOCK` rows at most, each
    spanning at most ``2 * window`` days: a block's columns are those of its whole span
    (`columns`), so a hundred targets spread over a year met every row (st66). A row's
    cosines, partners and pairs are its own whichever block it is in, and blocks follow
    one another in time order, so the pairs come in the same order."""
    times = t[scanned]
    out: list[np.ndarray] = []
    lo = 0
    while lo < len(scanned):
        hi = int(np.searchsorted(times, times[lo] + 2 * window, side="right"))
        hi = max(lo + 1, min(hi, lo + _BLOCK))
        out.append(scanned[lo:hi])
        lo = hi
    return out


def _likeness(
    block: sp.csr_matrix, columns: sp.csc_matrix, decay: float, floor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The cosines of ``block``'s rows with ``columns``, as ``(row, column, cosine)``
    (int64, int64, float32), leaving out those under ``floor``: a score is its cosine
    times ``exp(-decay * days apart)`` <= 1, rounded, so it cannot reach the floor either."""
    product = (block @ columns).tocsr()
    # with decay < 0 a score could exceed its cosine: keep everything
    near = np.arange(len(product.data)) if decay < 0 else np.flatnonzero(product.data >= floor)
    local = np.searchsorted(product.indptr, near, side="right").astype(np.int64) - 1
    return local, product.indices[near].astype(np.int64), product.data[near]


def _by_row_score(
    local: np.ndarray, score: np.ndarray, col: np.ndarray, floor: float
) -> np.ndarray:
    """The order of ``np.lexsort((col, -score, local))`` for a block's entries (no
    (local, col) twice, ``local`` < _BLOCK), by one sort of an int64 key when every score
    is positive (its float32 bits then sort as the score) and ``col`` fits in 22 bits."""
    if floor <= 0 or _BLOCK > 1 << 9 or not len(col) or int(col.max()) >= 1 << 22:
        return np.lexsort((col, -score, local))
    falling = np.int64(0xFFFFFFFF) - score.astype(np.float32).view(np.uint32).astype(np.int64)
    key = (local << 54) | (falling << 22) | col
    return np.argsort(key)


by_row_score = _by_row_score
"""`_by_row_score` for other modules (`story_cross`: its blocks are of `_BLOCK` rows too)."""


def _scan_all(
    rows: sp.csr_matrix,
    days: np.ndarray,
    select: np.ndarray,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    targets: np.ndarray | None,
    neighbours: np.ndarray,
    best: np.ndarray,
) -> Pairs:
    """`_scan` of every selected row, computing each pair once (`scan_once.scan_once`).
    ``targets`` (None: every row is scanned) is there for `_scan`'s signature."""
    from index.analysis.scan_once import scan_once

    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    sub = rows[order]

    def product(lo: int, hi: int, col_hi: int) -> Likeness:
        local, c, cosine = _likeness(sub[lo:hi], sub[lo:col_hi].T, decay, floor)
        return local, c + lo, cosine

    return scan_once(days[order], order, product, (window, decay, floor, keep), neighbours, best)


def passage_pairs(
    hashes: np.ndarray, docs: np.ndarray, days: np.ndarray, apart: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of articles that share at least one passage fingerprint, and how many they share.

    Args:
        hashes: Fingerprint hashes.
        docs: The article of each fingerprint.
        days: Each article's time in days (NaN when unknown).
        apart: Pairs further apart than this many days are left out (an undated
            article is near every other).

    Returns:
        ``(i, j, shared)`` with i < j.
    """
    order = np.lexsort((docs, hashes))
    h, d = hashes[order], docs[order].astype(np.int64)
    if len(h) < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64)
    fresh = np.ones(len(h), dtype=bool)
    fresh[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])
    h, d = h[fresh], d[fresh]
    starts = np.flatnonzero(np.concatenate(([True], h[1:] != h[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(h)])))
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    for size in distinct(sizes[(sizes >= 2) & (sizes <= MAX_PASSAGE_GROUP)]):
        at = starts[sizes == size]
        a, b = np.triu_indices(int(size), 1)
        left.append(d[at[:, None] + a].ravel())
        right.append(d[at[:, None] + b].ravel())
    return _count_pairs(left, right, days, apart)


def passage_pairs_against(
    hashes: np.ndarray,
    docs: np.ndarray,
    sorted_hashes: np.ndarray,
    sorted_docs: np.ndarray,
    days: np.ndarray,
    apart: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Like `passage_pairs`, between new fingerprints and stored ones sorted by hash. The
    new ones are those of groups of at most `MAX_PASSAGE_GROUP` articles, new and stored
    (`passage_groups.kept_new`): a stored count alone left out a fingerprint's other new
    holders and counted a stored article's repeats (st87)."""
    lo = np.searchsorted(sorted_hashes, hashes, side="left")
    hi = np.searchsorted(sorted_hashes, hashes, side="right")
    count = hi - lo
    ok = count > 0
    lo, count, mine = lo[ok], count[ok], docs[ok].astype(np.int64)
    offsets = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    theirs = sorted_docs[np.repeat(lo, count) + offsets].astype(np.int64)
    mine, held = np.repeat(mine, count), np.repeat(hashes[ok], count)
    # each fingerprint once per pair, as `passage_pairs` counts it: a passage an article
    # repeats counted twice made near copies an update found and a build did not (sd33)
    order = np.lexsort((held, theirs, mine))
    mine, theirs, held = mine[order], theirs[order], held[order]
    fresh = np.ones(len(mine), dtype=bool)
    fresh[1:] = (mine[1:] != mine[:-1]) | (theirs[1:] != theirs[:-1]) | (held[1:] != held[:-1])
    return _count_pairs([mine[fresh]], [theirs[fresh]], days, apart)


def _count_pairs(
    left: list[np.ndarray], right: list[np.ndarray], days: np.ndarray, apart: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    nothing = np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64)
    if not left or not sum(len(x) for x in left):
        return nothing
    a, b = np.concatenate(left), np.concatenate(right)
    gap = np.abs(days[a] - days[b])
    keep = (a != b) & ~(gap > apart)  # NaN (undated) is near
    if not keep.any():
        return nothing
    i, j = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    base = int(j.max()) + 1
    uniq, shared = np.unique(i * base + j, return_counts=True)
    return uniq // base, uniq % base, shared


def near_copies(
    i: np.ndarray, j: np.ndarray, shared: np.ndarray, per_doc: np.ndarray
) -> np.ndarray:
    """True for the passage pairs that are near copies (see NEAR_COPY_SHARE)."""
    smaller = np.minimum(per_doc[i], per_doc[j]).astype(np.float64)
    return (shared >= 2) & (shared >= NEAR_COPY_SHARE * np.maximum(smaller, 1.0))


def merge_partners(
    neighbours: np.ndarray, best: np.ndarray, extra: Pairs, n: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Neighbour lists with the pairs of ``extra`` added (both ways), grown to ``n`` rows."""
    old_n, limit = neighbours.shape
    n = old_n if n is None else n
    out_ids = np.full((n, limit), -1, dtype=np.int32)
    out_best = np.zeros((n, limit), dtype=np.float32)
    out_ids[:old_n], out_best[:old_n] = neighbours, best
    i, j, s = extra
    if not len(i):
        return out_ids, out_best
    from index.analysis.partners_cut import beaten

    ends = np.concatenate((i, j))
    touched = np.flatnonzero(np.bincount(ends, minlength=n)).astype(ends.dtype)
    # the touched rows numbered 0, 1, ... in order: lists of them alone, not of all n (the
    # same order, so the same lists; 2 x 12 MB a call at 100,000 articles)
    number = np.zeros(n, dtype=np.int64)
    number[touched] = np.arange(len(touched))
    rows = np.repeat(np.arange(len(touched)), limit)
    ids, top = out_ids[touched], out_best[touched]
    cols = ids.ravel().astype(np.int64)
    scores = top.ravel()
    valid = cols >= 0
    partner, both = np.concatenate((j, i)), np.concatenate((s, s)).astype(np.float32)
    asked = number[ends]
    keep = beaten(ids, top, asked, both)  # those a full list beats are left out (st91)
    out_ids[touched], out_best[touched] = best_partners(
        len(touched),
        np.concatenate((rows[valid], asked[keep])),
        np.concatenate((cols[valid], partner[keep])),
        np.concatenate((scores[valid], both[keep])),
        limit,
    )
    return out_ids, out_best


def best_partners(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each row, its ``limit`` best ``cols`` by score (ties by col): ``(ids, scores)``."""
    from index.analysis.partners_cut import kept

    keep = kept(n, rows, cols, scores, limit)  # those that cannot be kept left unsorted
    if keep is not None:
        rows, cols, scores = rows[keep], cols[keep], scores[keep]
    return ranked_partners(n, rows, cols, scores, limit)


def ranked_partners(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """`best_partners` by sorting every entry (its answer; what it was before st85)."""
    order = np.lexsort((-scores, cols, rows))  # a partner given twice: its best score first
    rows, cols, scores = rows[order], cols[order], scores[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    rows, cols, scores = rows[first], cols[first], scores[first]
    order = np.lexsort((cols, -scores, rows))
    rows, cols, scores = rows[order], cols[order], scores[order]
    starts = np.searchsorted(rows, np.arange(n), side="left")
    rank = np.arange(len(rows)) - starts[rows]
    keep = rank < limit
    ids = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    ids[rows[keep], rank[keep]] = cols[keep]
    best[rows[keep], rank[keep]] = scores[keep]
    return ids, best
