"""An update's exact copies are a build's: the same-words chain of every row (fx168).

A build pairs the articles whose title and lead have the same words (`story_copies.same_words`,
an exact copy too short for two passage fingerprints) along a chain: sorted by their words,
then by time, each with the next within ``near_copy_days``. The chain is the whole corpus's:
an article added between two of it takes their pair's place, and one removed from its middle
leaves its neighbours a pair. An update found the pairs of its new rows only and read the
others back from the neighbour lists, so removing the middle of a chain of identical short
texts unlinked its neighbours, an article added into one kept a pair a rebuild has not, and
the update's regrouping and retitling (`story_titles.likeness_among`) met none of these pairs
at all: identical short texts of two outlets counted twice in a story's title.

Here an update takes the chain of every row (`chain`: a sort of the rows' kept digests,
`story_copy_digest`), and of the copies its neighbour lists hold it keeps a pair of the same
words only when it is still in the chain or a near copy by its passages (`current`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from index.analysis import pairs as P
from index.analysis.story_build import _listed
from index.analysis.story_classes import ranges
from index.analysis.story_copies import same_words

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams
    from index.analysis.story_rows import Rows


def chain(counts: Rows, days: np.ndarray, params: StoryParams, digest: np.ndarray) -> P.Pairs:
    """The same-words pairs of every row, as a build finds them (``digest``: every row's
    `story_copies.digests`, by the stems' keys)."""
    return same_words(counts, days, params, 0, None, digest)


def current(
    stored: P.Pairs,
    same: P.Pairs,
    counts: Rows,
    digest: np.ndarray,
    first_new: int,
    fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray],
    days: np.ndarray,
    params: StoryParams,
) -> P.Pairs:
    """The ``stored`` copies (`story_copies.stored_copies`) less the pairs of the same words
    a build would not pair now: not in the chain ``same``, nor near copies by their
    passages. A pair of rows with two passage fingerprints each (a text long enough for
    them) is counted again only when a new row (``first_new`` on) has its words: without
    one, its text's chain only lost rows, which leaves its other pairs as they were, and
    the pairs of replicated long texts are many (st64's benchmark: 93% of the rows).

    ``fingerprints``: ``(hashes sorted, their rows, fingerprints per row)`` of every row."""
    i, j, s = stored
    lengths = np.diff(np.asarray(counts.indptr))
    text = (digest[i] == digest[j]) & (lengths[i] == lengths[j])
    n = np.int64(len(days))
    text &= ~_listed(np.sort(same[0] * n + same[1]), i * n + j)
    if not text.any():
        return stored
    per_doc = fingerprints[2]
    short = np.minimum(per_doc[i], per_doc[j]) < 2  # no near copies by passages
    # the long texts' pairs asked: is one of a new row's words? (a search among the few new
    # digests, not a sort of every pair's with them: ~0.08 CPU s at 100,000, st75)
    asked = np.flatnonzero(text & ~short)
    text[asked] = _listed(np.sort(digest[first_new:]), digest[i[asked]])
    at = np.flatnonzero(text)
    shared = _shared(i[at], j[at], fingerprints[0], fingerprints[1])
    gap = np.abs(days[i[at]] - days[j[at]])
    close = np.isnan(gap) | (gap <= params.near_copy_days)
    keep = ~text
    keep[at] = P.near_copies(i[at], j[at], shared, fingerprints[2]) & close
    return i[keep], j[keep], s[keep]


def _shared(i: np.ndarray, j: np.ndarray, hashes: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """How many passage fingerprints each pair ``i[k], j[k]`` shares, counted as a build's
    `pairs.passage_pairs` counts them: each once, none held by more than
    ``pairs.MAX_PASSAGE_GROUP`` fingerprints of the model. ``hashes`` sorted, ``docs`` theirs."""
    if not len(i):
        return np.zeros(0, np.int64)
    asked = np.zeros(max(len(docs) and int(docs.max()), int(i.max()), int(j.max())) + 1, bool)
    asked[i] = asked[j] = True
    mine = asked[docs]  # as np.isin(docs, i and j), without sorting the 3.4M
    lo = np.searchsorted(hashes, hashes[mine], "left")
    held = np.searchsorted(hashes, hashes[mine], "right") - lo
    h, d = hashes[mine][held <= P.MAX_PASSAGE_GROUP], docs[mine][held <= P.MAX_PASSAGE_GROUP]
    _, code = np.unique(h, return_inverse=True)
    width = np.int64(int(code.max()) + 1 if len(code) else 1)
    key = np.unique(d.astype(np.int64) * width + code.ravel())  # each (row, passage) once
    row = key // width
    lo = np.searchsorted(row, i, "left")
    count = np.searchsorted(row, i, "right") - lo
    at = ranges(lo, count)
    owner = np.repeat(np.arange(len(i)), count)
    found = _listed(key, j[owner].astype(np.int64) * width + key[at] % width)
    return np.bincount(owner[found], minlength=len(i))


def touching(pairs: P.Pairs, rows: np.ndarray, n: int) -> P.Pairs:
    """The ``pairs`` (of ``n`` rows) with a row among ``rows``."""
    mine = np.zeros(n, dtype=bool)
    mine[rows] = True
    i, j, s = pairs
    kept = mine[i] | mine[j]
    return i[kept], j[kept], s[kept]
