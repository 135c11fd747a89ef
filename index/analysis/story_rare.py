"""Support from a rare shared term: articles that alone in the corpus use a word.

Articles of one event told from different angles often score a little under the
clustering threshold, yet share a word almost nothing else in the corpus has: an unusual
name, a place, a figure. A term found in two or three articles (document frequency up to
`RARE_DF`) names a pair or a triple, and each of its pairs' likeness gains
`StoryParams.rare_bonus`. The cue is support, never a veto, and it weakens as a corpus
grows (fewer terms stay unique to so few articles), so it cannot chain events in a large
corpus. Chosen on the tuning halves (`python -m bench.stories_rare`): the AllSides tuning
half, the enlarged events and the full-text week all gain F1 at pair precision >= 0.95;
``related`` and the stored scores keep the plain likeness. Terms of three articles
(st16j) were chosen over named-entity overlap (`entities.find_names` keys rare in the
corpus): on the tuning halves they gained as much, and names cost ~1.8 ms an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from index.analysis.distinct import distinct

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): left as it is."""
RARE_DF = 3
"""The most articles a term may be found in to support their pairs."""
WIDE_FROM = 100
"""Terms of three articles count only in a corpus of at least this many articles (three are
then at most 3% of it). In a folder of a few articles most shared words are in two or three
of them: there only a term of exactly two counts, as before st16j, so that two different
events told with the same common words ("gunman", "kills") are not joined by it."""


def rare_keys(
    indices: np.ndarray, indptr: np.ndarray, df: np.ndarray, most: int | None = None
) -> np.ndarray:
    """Sorted keys ``a * n + b`` (``a < b``) of the article pairs that share a term found in
    at most ``most`` articles, and in two or more. When None, ``most`` is `RARE_DF` in a
    corpus of `WIDE_FROM` articles or more, else 2.

    ``indices`` / ``indptr`` are the term-count matrix's (CSR, one row per article, each
    term once per row); ``df`` counts the rows of every term (an update's can count rows
    dropped since: the pairs are those of the rows present).
    """
    n = len(indptr) - 1
    if most is None:
        most = RARE_DF if n >= WIDE_FROM else 2
    counted = df[indices]
    hit = np.flatnonzero((counted >= 2) & (counted <= most))
    if not len(hit):
        return np.empty(0, np.int64)
    doc = np.searchsorted(indptr, hit, side="right") - 1  # no row number for every value
    term = indices[hit]
    order = np.lexsort((doc, term))
    doc, term = doc[order].astype(np.int64), term[order]
    found = []
    for step in range(1, most):  # rows of one term are adjacent, in row order
        same = term[step:] == term[:-step]
        found.append(doc[:-step][same] * n + doc[step:][same])
    return distinct(np.concatenate(found))


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


__all__ = ["RARE_DF", "WIDE_FROM", "rare_keys", "support"]
