"""Support from a rare shared term: two articles that alone in the corpus use a word.

Articles of one event told from different angles often score a little under the
clustering threshold, yet share a word nothing else in the corpus has: an unusual name, a
place, a figure. A term found in exactly two articles (document frequency 2) names one
pair, and that pair's likeness gains `StoryParams.rare_bonus`. The cue is support, never
a veto, and it weakens as a corpus grows (fewer terms stay unique to two articles), so it
cannot chain events in a large corpus. Chosen on the tuning halves (`python -m
bench.stories_rare`): the AllSides tuning half, the enlarged events and the full-text week
all gain F1 at pair precision >= 0.95; ``related`` and the stored scores keep the plain
likeness.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): left as it is."""


def rare_keys(indices: np.ndarray, indptr: np.ndarray, df: np.ndarray) -> np.ndarray:
    """Sorted keys ``a * n + b`` (``a < b``) of the article pairs that alone share a term.

    ``indices`` / ``indptr`` are the term-count matrix's (CSR, one row per article, each
    term once per row); ``df`` counts the rows of every term.
    """
    n = len(indptr) - 1
    hit = np.flatnonzero(df[indices] == 2)
    if not len(hit):
        return np.empty(0, np.int64)
    doc = np.searchsorted(indptr, hit, side="right") - 1  # no row number for every value
    term = indices[hit]
    order = np.lexsort((doc, term))
    doc, term = doc[order], term[order]
    first = np.flatnonzero(np.r_[True, term[1:] != term[:-1]])
    first = first[first + 1 < len(term)]
    first = first[term[first + 1] == term[first]]  # df can count rows dropped since: pairs only
    return np.unique(doc[first] * n + doc[first + 1])


def support(pairs: Pairs, keys: np.ndarray, n: int, bonus: float) -> Pairs:
    """``pairs`` with ``bonus`` added to each pair in ``keys`` (capped at 1; near copies and,
    with ``bonus`` 0, everything kept as is)."""
    i, j, s = pairs
    if not bonus or not len(keys) or not len(s):
        return pairs
    asked = np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j)
    at = np.minimum(np.searchsorted(keys, asked), len(keys) - 1)
    shared = (keys[at] == asked) & (s < COPY)
    raised = np.minimum(s + np.float32(bonus), np.float32(1.0))
    return i, j, np.where(shared, raised, s).astype(s.dtype, copy=False)


__all__ = ["rare_keys", "support"]
