"""Term rows of a stories update in NumPy alone, bit for bit what SciPy's CSR operations give.

A stories update needs few sparse operations: pick rows, stack two matrices, count terms,
weigh them (TF-IDF) and multiply a hundred new rows with the rows of their time window.
Importing ``scipy.sparse`` cost an ``index update`` 0.25-0.5 s (SciPy 1.17's array-API shim
imports ``numpy.f2py`` and ``numpy.testing``), more than these operations themselves, so they
are done here with NumPy. Every floating-point result is formed by the same float32
operations in the same order as SciPy's (its ``csr_matmat`` adds a row's products in the
order of the left row's terms, from 0.0), so the updated model is the same to the byte;
the test's oracle is the SciPy path (`tests/analysis/scipy_story_update.py`). A build still
uses SciPy (`story_build`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.analysis import pairs as P
from index.analysis.scan_kinds import scan_dated_and_undated
from index.analysis.story_postings import Postings, blockwise, in_columns
from index.analysis.vectors import TITLE_WEIGHT, Tokens


@dataclass(frozen=True, slots=True)
class Rows:
    """A compressed sparse row matrix: row ``r`` holds ``indices[indptr[r]:indptr[r + 1]]``
    (term ids) and their ``data``. It has the attributes `vectors.top_terms` reads."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def of(cls, counts: tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]) -> Rows:
        """Rows from saved parts ``(data, indices, indptr, shape)``."""
        data, indices, indptr, shape = counts
        return cls(data, indices, indptr.astype(np.int64, copy=False), shape)

    def parts(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
        """``(data, indices, indptr, shape)`` as a saved model holds them."""
        return self.data, self.indices, self.indptr, self.shape

    def row_of(self) -> np.ndarray:
        """The row number of every stored value."""
        return np.repeat(np.arange(self.shape[0], dtype=np.int64), np.diff(self.indptr))


def take(rows: Rows, picked: np.ndarray) -> Rows:
    """The rows ``picked`` (row numbers, or a boolean per row), in that order."""
    if picked.dtype == bool:
        picked = np.flatnonzero(picked)
    starts = rows.indptr[picked]
    lengths = rows.indptr[picked + 1] - starts
    indptr = np.zeros(len(picked) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    at = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1], dtype=np.int64)
    return Rows(rows.data[at], rows.indices[at], indptr, (len(picked), rows.shape[1]))


def take_runs(rows: Rows, keep: np.ndarray) -> Rows:
    """`take` of the rows where ``keep`` (a flag per row) is True: an update's drop keeps
    long runs of rows, copied a run at a time (`story_changes.gathered`), not through a
    corpus-sized array of positions (past `story_changes.RUNS` runs, `take`)."""
    from index.analysis.story_changes import RUNS, gathered, runs_of

    kept = np.flatnonzero(keep)
    indptr, starts, raw_starts = runs_of(rows.indptr, kept)
    if len(starts) > RUNS:
        return take(rows, kept)
    size = int(indptr[-1])
    data = gathered(rows.data, starts, raw_starts, size)
    return Rows(
        data, gathered(rows.indices, starts, raw_starts, size), indptr, (len(kept), rows.shape[1])
    )


def stack(top: Rows, bottom: Rows) -> Rows:
    """``bottom``'s rows under ``top``'s (same width)."""
    return Rows(
        np.concatenate((top.data, bottom.data)),
        np.concatenate((top.indices, bottom.indices)),
        np.concatenate((top.indptr, bottom.indptr[1:] + top.indptr[-1])),
        (top.shape[0] + bottom.shape[0], top.shape[1]),
    )


def term_counts(
    tokens: Tokens, n_docs: int, stop: np.ndarray, n_terms: int, title_weight: float = TITLE_WEIGHT
) -> Rows:
    """`vectors.term_counts`: weighted term counts per article, terms in id order, float32.

    The sums are of a few small weights (1 and ``title_weight``), exact in any order.
    """
    keep = ~stop[tokens.ids]
    weight = np.where(tokens.title[keep], title_weight, 1.0).astype(np.float32)
    key = tokens.doc[keep].astype(np.int64) * n_terms + tokens.ids[keep]
    unique, inverse = np.unique(key, return_inverse=True)
    data = np.bincount(inverse, weights=weight, minlength=len(unique)).astype(np.float32)
    doc = unique // max(n_terms, 1)
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc, minlength=n_docs), out=indptr[1:])
    return Rows(data, (unique - doc * n_terms).astype(np.int32), indptr, (n_docs, n_terms))


def tfidf_at(counts: Rows, at: np.ndarray, weights: np.ndarray) -> Rows:
    """Unit TF-IDF rows of the rows ``at`` (sorted row numbers) in place, the others empty:
    ``story_update._scatter(vectors.tfidf(counts[at], weights), at, n)`` of the SciPy path.

    Every row (``at`` is ``0 .. n-1``: an update's reattaching, the reader's related fill)
    is weighed without copying the rows first, and a weight of zero (none, unless a count
    or an idf is zero) is looked for once, not filtered out twice: the same values, the
    same order (a row's figures depend on that row alone), ~30 -> ~20 ms at Reuters.
    """
    n = counts.shape[0]
    picked = counts if len(at) == n and np.array_equal(at, np.arange(n)) else take(counts, at)
    data, inverse, per_row, row = _weighed(picked, weights)
    scaled = (np.repeat(inverse, per_row) if row is None else inverse[row]) * data
    keep = scaled != 0  # a matrix product leaves out zeros
    lengths = np.zeros(n, dtype=np.int64)
    if row is None and keep.all():  # nothing left out: the rows as they are, copied once
        lengths[at] = per_row
        values, indices = scaled, picked.indices.copy() if picked is counts else picked.indices
    else:
        row = picked.row_of() if row is None else row
        lengths[at] = np.bincount(row[keep], minlength=len(at))
        values, indices = scaled[keep], picked.indices[keep]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return Rows(values, indices, indptr, counts.shape)


def _weighed(
    picked: Rows, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Each value's weight (1 + ln tf) x idf, each row's inverse norm (float32), the
    weights per row that count in the norm and, when some weight is zero (SciPy leaves
    it out), each value's row (None when none is: a row's values are its ``indptr``
    range, and no corpus-sized row array is made)."""
    data = np.maximum(picked.data, np.float32(1.0), dtype=np.float32)
    np.log(data, out=data)
    data += np.float32(1.0)
    data *= weights[picked.indices]
    square = data * data
    nonzero = square != 0  # SciPy's multiply leaves out zeros before its sum
    row = None
    if nonzero.all():
        per_row = np.diff(picked.indptr)
    else:
        row = picked.row_of()
        per_row = np.bincount(row[nonzero], minlength=picked.shape[0])
        square = square[nonzero]
    starts = np.cumsum(per_row) - per_row
    filled = np.flatnonzero(per_row)
    norms = np.zeros(picked.shape[0], dtype=np.float32)
    if len(filled):
        norms[filled] = np.add.reduceat(square, starts[filled])
    norms = np.sqrt(norms)
    norms[norms == 0] = 1.0
    return data, (1.0 / norms).astype(np.float32), per_row, row


def scipy_order(rows: Rows) -> Rows:
    """``rows`` with each row's terms in reverse: the order of ``vectors.tfidf(counts)`` of
    the SciPy path (its ``diags @ rows`` lists a row's columns last seen first), which the
    build's undated pairs and the SciPy update's reattaching and regrouping scan. A cosine
    sums the products in its row's order, so the same rows in another order can give
    0.9999999 for the 1.0 of two copies (`story_undated.choose`: a near copy's rule)."""
    ends = rows.indptr[1:] + rows.indptr[:-1] - 1  # a row's first + last place
    at = np.repeat(ends, np.diff(rows.indptr))
    at -= np.arange(len(at), dtype=np.int64)
    return Rows(rows.data[at], rows.indices[at], rows.indptr, rows.shape)


def window_scan(
    rows: Rows,
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
) -> tuple[P.Pairs, np.ndarray, np.ndarray]:
    """`pairs.window_scan` of ``targets`` (an update's new rows) over `Rows`; without them,
    of every row among ``among``, each pair multiplied once (`story_rows_once`)."""
    return scan_dated_and_undated(
        rows, days, _scan, window, decay, floor, keep, limit, targets, among, undated_apart
    )


def _scan(
    rows: Rows,
    days: np.ndarray,
    select: np.ndarray,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    targets: np.ndarray | None,
    neighbours: np.ndarray,
    best: np.ndarray,
    prune: P.Prune | None = None,
) -> P.Pairs:
    """`pairs._scan` of `Rows`: the same blocks, windows, filters and order; with no
    ``targets``, every selected row, each pair multiplied once (`story_rows_once`)."""
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    t = days[order]
    if targets is None:
        from index.analysis.story_rows_once import scan_all

        bounds = (window, decay, floor, keep)
        return scan_all(rows, order, t, bounds, neighbours, best)
    is_target = np.zeros(rows.shape[0], dtype=bool)
    is_target[targets] = True
    at = np.flatnonzero(is_target[order])
    # a score is its cosine times exp(-decay * days apart) <= 1, rounded: a cosine under
    # a positive floor gives a score under it too (`pairs._likeness`), so it is left out
    least = floor if decay >= 0 and floor > 0 else 0.0

    def by_block(block: np.ndarray, col_lo: int, col_hi: int) -> P.Likeness:
        left = take(rows, order[block])
        postings = in_columns(rows, order, col_lo, col_hi, left.indices)
        return _product(left, postings, col_lo, col_hi, least)

    if blockwise(rows, order, t, at, window):
        product = by_block
    else:
        sub = take(rows, order)
        postings = Postings.of(sub, take(sub, at).indices, _reached(t, at, window))

        def product(block: np.ndarray, col_lo: int, col_hi: int) -> P.Likeness:
            return _product(take(sub, block), postings, col_lo, col_hi, least)

    limits = (window, decay, floor, keep)
    return P.scan_targets(t, order, targets, product, *limits, neighbours, best, prune)


def _reached(t: np.ndarray, at: np.ndarray, window: float) -> np.ndarray | None:
    """The rows (by time ``t``, sorted) within ``window`` days of a row ``at`` and a hair
    more (`pairs.columns` of each: a block's columns hold them all), or None when that is
    every row. A scan keeps no pair further apart, so only their postings are needed: an
    update's 100 new rows, spread over a year, met a few days each of the 90,000 dated
    rows at 100,000 articles, whose postings were gathered whole (0.75 CPU s, st66)."""
    if not len(at) or not len(t):
        return None
    lo = np.searchsorted(t, t[at] - window - P.EDGE, side="left")
    hi = np.searchsorted(t, t[at] + window + P.EDGE, side="right")
    edges = np.zeros(len(t) + 1, np.int64)
    np.add.at(edges, lo, 1)
    np.add.at(edges, hi, -1)
    near = np.cumsum(edges[:-1]) > 0
    return None if near.all() else near


PRODUCTS = 1 << 20
"""Products gathered at once by `_product` (~36 bytes each while summed)."""

ACCUMULATOR = 1 << 21
"""Cells of `_product`'s accumulator (float32; block rows times window columns) at most,
unless one row alone is wider."""


def _product(
    left: Rows, postings: Postings, col_lo: int, col_hi: int, least: float = 0.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The nonzero dot products of a block's rows ``left`` with the scanned rows ``col_lo:col_hi``
    (whose postings of the block's terms are ``postings``), those ``least`` or more if ``least``
    > 0: ``(block position, row, value)`` by position and row, each value summed as SciPy's
    ``csr_matmat`` sums it: from 0.0, in float32, in the order of the block row's terms. A row
    has a term once, so each (position, row) cell of a dense accumulator gets its products in
    the order they are gathered (by position, then term), and `np.add.at` adds them one at a
    time in that order: the sums a loop over the terms made (``acc[rows] += products``, one
    NumPy call per term: ~10x slower in an update), with the rows of a block taken a few at a
    time so the accumulator and the products gathered stay small (`ACCUMULATOR`, `PRODUCTS`)."""
    term = left.indices.astype(np.int64) * postings.n_rows
    first = np.searchsorted(postings.key, term + col_lo, side="left")
    count = np.searchsorted(postings.key, term + col_hi, side="left") - first
    width = col_hi - col_lo
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    if width > 0 and len(count):
        weight = left.data.astype(np.float32)
        ends = np.concatenate(([0], np.cumsum(count)))  # products before each entry
        bounds = left.indptr.tolist()
        per_row = ends[left.indptr[1:]] - ends[left.indptr[:-1]]
        rows_at_once = max(1, ACCUMULATOR // width)
        r = 0
        while r < left.shape[0]:
            stop, gathered = r + 1, int(per_row[r])  # at least one row
            while stop < left.shape[0] and stop - r < rows_at_once:
                if gathered + int(per_row[stop]) > PRODUCTS:
                    break
                gathered += int(per_row[stop])
                stop += 1
            acc = np.zeros((stop - r) * width, dtype=np.float32)
            e, e_end = bounds[r], bounds[stop]
            while e < e_end:  # entries in order; one row's may come in several parts
                e_stop = int(np.searchsorted(ends, ends[e] + PRODUCTS, side="right")) - 1
                e_stop = min(max(e_stop, e + 1), e_end)
                _gather(acc, postings, first, count, weight, (e, e_stop), bounds, r, col_lo, width)
                e = e_stop
            kept = np.flatnonzero(acc >= least if least > 0 else acc)
            local, col = np.divmod(kept, width)
            found.append((local + r, col + col_lo, acc[kept]))
            r = stop
    if not found:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)
    local, col, value = zip(*found, strict=True)
    return np.concatenate(local), np.concatenate(col), np.concatenate(value)


def _gather(
    acc: np.ndarray,
    postings: Postings,
    first: np.ndarray,
    count: np.ndarray,
    weight: np.ndarray,
    entries: tuple[int, int],
    bounds: list[int],
    row_lo: int,
    col_lo: int,
    width: int,
) -> None:
    """Add the products of the block's entries ``entries`` (a range, whose rows start at
    block row ``row_lo``: ``acc``'s first) into ``acc``, in order."""
    e, e_stop = entries
    lengths = count[e:e_stop]
    total = int(lengths.sum())
    if not total:
        return
    offsets = np.cumsum(lengths) - lengths
    at = np.repeat(first[e:e_stop] - offsets, lengths) + np.arange(total, dtype=np.int64)
    row_of_entry = np.searchsorted(bounds, np.arange(e, e_stop), side="right") - 1 - row_lo
    cell = np.repeat(row_of_entry.astype(np.int64) * width - col_lo, lengths) + postings.row[at]
    np.add.at(acc, cell, np.repeat(weight[e:e_stop], lengths) * postings.value[at])


def near_rows(days: np.ndarray, new_rows: np.ndarray, window: float) -> np.ndarray:
    """True for the rows a new article can meet: within ``window`` days of one, or undated;
    every row when a new one is undated."""
    fresh = np.sort(days[new_rows][~np.isnan(days[new_rows])])
    near = np.zeros(len(days), dtype=bool)
    if len(fresh):
        at = np.searchsorted(fresh, days)
        below = np.abs(days - fresh[np.maximum(at - 1, 0)])
        above = np.abs(fresh[np.minimum(at, len(fresh) - 1)] - days)
        near = (np.minimum(below, above) <= window) & ~np.isnan(days)
    # an undated article meets every dated one by content (`story_undated`)
    near |= np.isnan(days)
    if np.isnan(days[new_rows]).any():
        near[:] = True
    near[new_rows] = True
    return near
