"""Articles alike in what an update compares, so that it compares them once (st57, issue 16).

An update asks its undated articles again (`story_reattach`); at 100,000 articles nearly
every one of ~10,000 is asked, and where a corpus holds many copies of one text (reprints,
or a benchmark's replicas) each comparison was repeated for every copy: ~25 near copies
per asked article, each counted fingerprint by fingerprint. Here the rows holding the same
values, or the articles holding the same fingerprints, are found first; each comparison is
made with one of them and its result given to the others. The results are the same.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.passage_groups import holders, ranges

__all__ = ["every_same_row", "firsts_of", "ranges", "same_rows", "undated_copies"]


def _mix(key: np.ndarray, salt: int) -> np.ndarray:
    """splitmix64 of ``key + salt`` (uint64, wrapping)."""
    with np.errstate(over="ignore"):
        key = key + np.uint64(salt)
        key = (key ^ (key >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        key = (key ^ (key >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return key ^ (key >> np.uint64(31))


def _firsts(keys: tuple[np.ndarray, ...], items: np.ndarray) -> np.ndarray:
    """For each of ``items`` (sorted, distinct), the first item with the same ``keys``."""
    order = np.lexsort((items, *keys[::-1]))
    lead = np.ones(len(order), dtype=bool)
    same = np.ones(len(order) - 1 if len(order) else 0, dtype=bool)
    for key in keys:
        same &= key[order][1:] == key[order][:-1]
    lead[1:] = ~same
    first = np.empty(len(order), dtype=np.int64)
    first[order] = items[order][np.maximum.accumulate(np.where(lead, np.arange(len(order)), 0))]
    return first


def firsts_of(classes: np.ndarray, items: np.ndarray) -> np.ndarray:
    """For each of ``items`` (sorted, distinct), the first item of its class (``classes``:
    each item's)."""
    return _firsts((classes,), items)


def same_rows(rows: Any, picked: np.ndarray, digest: np.ndarray | None = None) -> np.ndarray:
    """For each row of ``picked``, the first of them (by row number) holding the same terms
    and values in the same order (so the same cosine, summed in the same order, with any
    row): by a digest of each row, checked value by value (a row whose digest matches but
    whose values differ stands for itself).

    ``digest``: a digest of every row of ``rows`` known already, used instead of hashing
    the values (st64: hashing ~87,000 rows' 6M values was ~0.7 of an update's ~1.1 CPU s
    in `row_dots.dots` at 100,000 articles). An update's rows of the same counts
    hold the same values (a row's weights and norm are of its counts alone), so the
    counts' digest kept with the model (`story_copies.digests`) does. The check makes any
    digest exact: a row is then named after the first of the same values *and digest*,
    which may be itself when rows of the same values have different digests (different
    counts); either has the same values, so the same sums."""
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    rows_at = np.unique(picked)
    lengths = indptr[rows_at + 1] - indptr[rows_at]
    if digest is None:
        digest = _values_digest(rows, rows_at, lengths)
    else:
        digest = np.asarray(digest)[rows_at]
    first = _firsts((digest, lengths), rows_at)
    # checked: each row named after another (of its length: two empty rows are the same)
    check = np.flatnonzero((first != rows_at) & (lengths > 0))
    size = lengths[check]
    mine = ranges(indptr[rows_at[check]], size)
    theirs = mine + np.repeat(indptr[first[check]] - indptr[rows_at[check]], size)
    differ = indices[mine] != indices[theirs]
    differ |= data[mine] != data[theirs]
    if len(check):
        alone = check[np.logical_or.reduceat(differ, np.cumsum(size) - size)]
        first[alone] = rows_at[alone]
    return first[np.searchsorted(rows_at, picked)]


def every_same_row(rows: Any, digest: np.ndarray, gather_share: float = 1 / 3) -> np.ndarray:
    """`same_rows` of every row of ``rows`` (by ``digest``, one per row): each row's first
    holding the same terms and values in the same order, itself when none before does.

    Where the rows named after another hold most of the values (a corpus of many copies),
    the check reads every value once, in place, against its first's (st75: ~3x faster than
    gathering the rows named after another first, at 100,000 articles' 6.6M values). Where
    they hold under ``gather_share`` of them (distinct texts: a few hundred rows of 100,000,
    st77) only theirs are gathered and checked, as `same_rows` does."""
    indptr = np.asarray(rows.indptr, dtype=np.int64)
    n = len(indptr) - 1
    lengths = np.diff(indptr)
    every = np.arange(n, dtype=np.int64)
    first = _firsts((np.asarray(digest)[:n], lengths), every)
    lo, hi = int(indptr[0]), int(indptr[-1])
    named = np.flatnonzero((first != every) & (lengths > 0))
    if int(lengths[named].sum()) < gather_share * (hi - lo):
        size = lengths[named]
        mine = ranges(indptr[named], size)
        theirs = mine + np.repeat(indptr[first[named]] - indptr[named], size)
        differ = rows.indices[mine] != rows.indices[theirs]
        differ |= rows.data[mine] != rows.data[theirs]
        if len(named):
            alone = named[np.logical_or.reduceat(differ, np.cumsum(size) - size)]
            first[alone] = alone
        return first
    places = np.int32 if hi < 1 << 31 else np.int64  # half the bytes to write and read
    theirs = np.repeat((indptr[first] - indptr[:-1]).astype(places), lengths)
    theirs += np.arange(lo, hi, dtype=places)
    differ = rows.indices[lo:hi] != rows.indices[theirs]
    differ |= rows.data[lo:hi] != rows.data[theirs]
    filled = np.flatnonzero(lengths)
    alone = np.zeros(n, dtype=bool)
    if len(filled):
        alone[filled] = np.logical_or.reduceat(differ, indptr[filled] - lo)
    first[alone] = every[alone]
    return first


def _values_digest(rows: Any, rows_at: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A 64-bit digest of the terms and values, in order, of each row ``rows_at``."""
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    starts = np.cumsum(lengths) - lengths
    at = ranges(indptr[rows_at], lengths)
    place = (np.arange(len(at)) - np.repeat(starts, lengths)).astype(np.uint64)
    bits = np.ascontiguousarray(data[at]).view(f"u{data.dtype.itemsize}").astype(np.uint64)
    with np.errstate(over="ignore"):
        key = indices[at].astype(np.uint64) * np.uint64(0x100000001B3) + place
        key = _mix(key ^ (bits * np.uint64(0x9E3779B97F4A7C15)), 1)  # once: checked after
    digest = np.zeros(len(rows_at), np.uint64)
    filled = np.flatnonzero(lengths)
    if len(filled):
        digest[filled] = np.add.reduceat(key, starts[filled])
    return digest


MIXED = 1 << 16
"""Fingerprints `_set_digests` mixes at once: their hashes' temporaries stay in the cache,
not 27 MB arrays each new to the kernel (3.4M fingerprints at 100,000 articles; st72)."""


def _set_digests(hashes: np.ndarray, docs: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two 64-bit digests of each of ``n`` articles' fingerprints (sums of two mixes of
    each hash, wrapping: the same in any order)."""
    one, two = np.zeros(n, np.uint64), np.zeros(n, np.uint64)
    for lo in range(0, len(hashes), MIXED):
        mixed = hashes[lo : lo + MIXED].astype(np.uint64)
        at = docs[lo : lo + MIXED]
        np.add.at(one, at, _mix(mixed, 3))
        np.add.at(two, at, _mix(mixed, 4))
    return one, two


def undated_copies(
    targets: np.ndarray,
    days: np.ndarray,
    fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> P.Pairs:
    """The near copies (score 1.0) of the undated ``targets`` by their stored fingerprints:
    `pairs.passage_pairs_against` of the targets' fingerprints and every one, then
    `pairs.near_copies`, with an article holding the same fingerprints as another (two
    64-bit digests of the lot, and as many) met once for both. As in a build, a fingerprint
    held by more than ``pairs.MAX_PASSAGE_GROUP`` articles is left out, a pair of two targets
    is counted from one end (st87: from both, its passages counted twice, it was a copy a
    build does not find), and an undated article is near every other in time."""
    hashes, docs, per_doc = fingerprints
    n = len(days)
    assert np.isnan(days[targets]).all(), "undated targets only"
    is_target = np.zeros(n, dtype=bool)
    is_target[targets] = True
    mine = is_target[docs]
    h, d = hashes[mine], docs[mine].astype(np.int64)
    start = np.searchsorted(hashes, h, side="left")
    count = np.searchsorted(hashes, h, side="right") - start
    ok = (count > 0) & (holders(docs, start, count) <= P.MAX_PASSAGE_GROUP)
    h, d = h[ok], d[ok]
    # only the articles holding one of these fingerprints can pair with a target, and an
    # article of the same set as one of them holds it too: their sets alone are digested
    # (st75: every article's 3.4M fingerprints were ~0.06 CPU s an update at 100,000)
    near = np.zeros(n, dtype=bool)
    near[docs[ranges(start[ok], count[ok])]] = True
    held = near[docs]
    near_hashes, near_docs = hashes[held], docs[held]  # still by hash
    one, two = _set_digests(near_hashes, near_docs, n)
    lead = np.arange(n, dtype=np.int64)  # one not near stands for itself: none asks it
    lead[near] = _firsts((one[near], two[near], np.asarray(per_doc[:n])[near]), lead[near])
    led = lead[near_docs] == near_docs  # the fingerprints of the first of each set only
    lead_hashes, lead_docs = near_hashes[led], near_docs[led]
    lo = np.searchsorted(lead_hashes, h, side="left")
    width = np.searchsorted(lead_hashes, h, side="right") - lo
    theirs = lead_docs[ranges(lo, width)].astype(np.int64)
    mine_at, held = np.repeat(d, width), np.repeat(h, width)
    order = np.lexsort((held, theirs, mine_at))  # each fingerprint once per pair
    mine_at, theirs, held = mine_at[order], theirs[order], held[order]
    fresh = np.ones(len(mine_at), dtype=bool)
    fresh[1:] = (
        (mine_at[1:] != mine_at[:-1]) | (theirs[1:] != theirs[:-1]) | (held[1:] != held[:-1])
    )
    pair, shared = np.unique(mine_at[fresh] * n + theirs[fresh], return_counts=True)
    a, b = pair // n, pair % n
    # each first stands for every article of its set
    by_lead = np.argsort(lead, kind="stable")
    start = np.searchsorted(lead[by_lead], b, side="left")
    size = np.searchsorted(lead[by_lead], b, side="right") - start
    other = by_lead[ranges(start, size)]
    a, shared = np.repeat(a, size), np.repeat(shared, size)
    apart = (a != other) & ~(is_target[other] & (other < a))  # two targets: from one end
    a, other, shared = a[apart], other[apart], shared[apart]
    i, j = np.minimum(a, other), np.maximum(a, other)
    pair, inverse = np.unique(i * n + j, return_inverse=True)
    total = np.bincount(inverse.ravel(), weights=shared, minlength=len(pair)).astype(np.int64)
    i, j = pair // n, pair % n
    copy = P.near_copies(i, j, total, per_doc)
    return i[copy], j[copy], np.ones(int(copy.sum()), np.float32)
