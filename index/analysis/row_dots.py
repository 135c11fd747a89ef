"""Dot products of pairs of a sparse matrix's rows, summed as the window scan sums them.

Moved out of `story_reattach` (its reattach reads them, and so do `story_uncopied`'s
relisted copies: st87) when that module reached the size cap.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from index.analysis.story_classes import same_rows


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``starts[k] .. starts[k] + lengths[k] - 1``, one range after another."""
    total = int(lengths.sum())
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)


def dots(
    rows: Any, left: np.ndarray, right: np.ndarray, digest: np.ndarray | None = None
) -> np.ndarray:
    """The dot product of rows ``left[k]`` and ``right[k]``, each summed as a scan sums it
    (`story_rows._product`): float32, from 0.0, the products of the terms both hold in
    the order of the left row's terms.

    Rows holding the same terms and values in the same order give the same sums, so each
    pair of such rows is summed once (`same_rows`): replicated copies made this ~25 pairs
    per asked article at 100,000 articles (st57); ``digest``: `same_rows`'s."""
    if not len(left):
        return np.zeros(0, dtype=np.float32)
    same = same_rows(rows, np.concatenate((left, right)), digest)
    left, right = same[: len(left)], same[len(left) :]
    n = np.int64(rows.shape[0])
    pair, inverse = np.unique(left.astype(np.int64) * n + right, return_inverse=True)
    return _each_dot(rows, pair // n, pair % n)[inverse.ravel()]


def _each_dot(rows: Any, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """`dots` of every pair, each summed."""
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    out = np.zeros(len(left), dtype=np.float32)
    if not len(left):
        return out
    n_terms = np.int64(rows.shape[1])
    others = np.unique(right)  # their terms, looked up by row * n_terms + term
    lengths = indptr[others + 1] - indptr[others]
    entry = ranges(indptr[others], lengths)
    key = np.repeat(others.astype(np.int64), lengths) * n_terms + indices[entry]
    order = np.argsort(key, kind="stable")
    key, entry = key[order], entry[order]
    if not len(key):  # every right row empty (no terms): nothing shared (st87's oracle drew it)
        return out
    lengths = indptr[left + 1] - indptr[left]
    pair = np.repeat(np.arange(len(left), dtype=np.int64), lengths)
    at = ranges(indptr[left], lengths)
    wanted = right[pair].astype(np.int64) * n_terms + indices[at]
    where = np.minimum(np.searchsorted(key, wanted), len(key) - 1)
    shared = key[where] == wanted
    products = data[at[shared]] * data[entry[where[shared]]]
    np.add.at(out, pair[shared], products)  # one at a time, in order
    return out
