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
from index.analysis.passage_groups import grown, held_by, ranges
from index.analysis.story_build import _listed
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
    ``pairs.MAX_PASSAGE_GROUP`` articles of the model (`passage_groups.held_by`; entries
    counted, an article repeating one counted twice: st87). ``hashes`` sorted, ``docs``
    theirs."""
    if not len(i):
        return np.zeros(0, np.int64)
    asked = np.zeros(max(len(docs) and int(docs.max()), int(i.max()), int(j.max())) + 1, bool)
    asked[i] = asked[j] = True
    mine = asked[docs]  # as np.isin(docs, i and j), without sorting the 3.4M
    small = held_by(hashes[mine], hashes, docs) <= P.MAX_PASSAGE_GROUP  # articles (st87)
    h, d = hashes[mine][small], docs[mine][small]
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


def regrown(
    stored: P.Pairs, fingerprints: tuple[np.ndarray, ...], first_new: int
) -> tuple[P.Pairs, P.Pairs]:
    """The ``stored`` copies (rows before ``first_new``) less those a build no longer finds
    because a passage they share is now held by more than `pairs.MAX_PASSAGE_GROUP`
    articles, the new rows among them (`passage_groups.grown`): counted again without it,
    they are near copies or not (st87); and those left out. A pair of the same words among
    them is the chain's again when the caller merges it. ``fingerprints``: as `current`'s."""
    hashes, docs, per_doc = fingerprints
    big = grown(hashes, docs, first_new)
    i, j, s = stored
    if not len(big) or not len(i):
        return stored, P.empty_pairs()
    start = np.searchsorted(hashes, big, side="left")
    count = np.searchsorted(hashes, big, side="right") - start
    touched = np.zeros(len(per_doc), dtype=bool)
    touched[docs[ranges(start, count)]] = True
    asked = np.flatnonzero(touched[i] & touched[j])
    keep = np.ones(len(i), dtype=bool)
    shared = _shared(i[asked], j[asked], hashes, docs)
    keep[asked] = P.near_copies(i[asked], j[asked], shared, per_doc)
    return (i[keep], j[keep], s[keep]), (i[~keep], j[~keep], s[~keep])


def regained(
    before: tuple[np.ndarray, np.ndarray],
    keep: np.ndarray,
    fingerprints: tuple[np.ndarray, ...],
    first_new: int,
    days: np.ndarray,
    params: StoryParams,
) -> P.Pairs:
    """The near copies among the kept rows (before ``first_new``) that a passage ties now
    and did not before the update: held by more than `pairs.MAX_PASSAGE_GROUP` articles
    then, by no more now that rows were removed. A build finds them; an update asks its
    new rows' pairs alone (st87). ``before``: the fingerprints ``(hashes sorted, rows)``
    of the model updated, ``keep`` a flag per row of it; ``fingerprints``: as `current`'s."""
    old_hashes, old_docs = before
    hashes, docs, per_doc = fingerprints
    asked = np.unique(old_hashes[~keep[old_docs]])  # held by a removed row
    if not len(asked):
        return P.empty_pairs()
    then, now = held_by(asked, old_hashes, old_docs), held_by(asked, hashes, docs)
    asked = asked[(then > P.MAX_PASSAGE_GROUP) & (now <= P.MAX_PASSAGE_GROUP)]
    start = np.searchsorted(hashes, asked, side="left")
    at = ranges(start, np.searchsorted(hashes, asked, side="right") - start)
    at = at[docs[at] < first_new]
    i, j, _ = P.passage_pairs(hashes[at], docs[at], days, params.near_copy_days)
    i, j = i.astype(np.int64), j.astype(np.int64)
    shared = _shared(i, j, hashes, docs)
    gap = np.abs(days[i] - days[j])
    copy = P.near_copies(i, j, shared, per_doc) & (np.isnan(gap) | (gap <= params.near_copy_days))
    return i[copy], j[copy], np.ones(int(copy.sum()), np.float32)


def touching(pairs: P.Pairs, rows: np.ndarray, n: int) -> P.Pairs:
    """The ``pairs`` (of ``n`` rows) with a row among ``rows``."""
    mine = np.zeros(n, dtype=bool)
    mine[rows] = True
    i, j, s = pairs
    kept = mine[i] | mine[j]
    return i[kept], j[kept], s[kept]
