"""Each row's copy digest kept with the story model, so an update hashes its new rows only.

An update finds its exact copies (`story_copies.same_words`) and ranks every row for the
choice of an original (`story_copies.ranks`) by a digest of each row's words and counts
(`story_copies.digests`). It recomputed them over the whole corpus each time (0.62 CPU s
of an update of 100 at 100,000), though a kept row's cannot change: it is of the stems'
letters (`Vocabulary.keys`) and of the row's counts, both as the row was first read. A
build and an update now save them (``copy_digest``, `story_files.COPY_DIGEST`), and an
update takes the kept rows' from the model and hashes the rows it adds. The array's
presence is the flag (a `LATER` array missing reads as zeros, which would be wrong here):
a model saved before it, or one whose array does not have a value per row, has every
row's computed as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from index.analysis.story_copies import digests, with_same_words_ranked
from index.analysis.story_files import COPY_DIGEST
from index.analysis.story_rows import Rows

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryParams
    from index.analysis.story_files import Parts
    from index.analysis.vectors import Vocabulary


def stored(parts: Parts, keep: np.ndarray) -> np.ndarray | None:
    """The saved digests of the rows ``keep`` flags (a flag per row of ``parts``), in order;
    None when the model has none saved, or not one per row."""
    saved = parts.arrays.get(COPY_DIGEST)
    if saved is None or saved.shape != keep.shape:
        return None
    return np.asarray(saved, np.uint64)[keep]


def rows_from(counts: Rows, first: int) -> Rows:
    """The rows of ``counts`` from ``first`` on, as rows of their own (their values only)."""
    lo, hi = int(counts.indptr[first]), int(counts.indptr[-1])
    indptr = np.asarray(counts.indptr[first:], np.int64) - lo
    shape = (len(indptr) - 1, counts.shape[1])
    return Rows(counts.data[lo:hi], counts.indices[lo:hi], indptr, shape)


def of_update(counts: Rows, vocab: Vocabulary, parts: Parts, keep: np.ndarray) -> np.ndarray:
    """Every row's `digests` of an update's ``counts`` (its kept rows, then the new ones):
    the kept rows' as saved, the new rows' computed (their stems' keys alone hashed,
    `Vocabulary.keys`); all computed without saved ones."""
    old = stored(parts, keep)
    if old is None:
        return digests(counts, vocab.keys())
    new = rows_from(counts, len(old))
    return np.concatenate((old, digests(new, vocab.keys(new.indices))))


def ranked(
    found: tuple[Pairs, Pairs],
    counts: Rows,
    days: np.ndarray,
    params: StoryParams,
    vocab: Vocabulary,
    ids: list[str],
    parts: Parts,
    keep: np.ndarray,
) -> tuple[tuple[Pairs, Pairs], np.ndarray, np.ndarray]:
    """`story_copies.with_same_words_ranked` of an update (its new rows from the kept
    ones' count, ``keep`` of the rows of ``parts``), and the digests it used (`of_update`),
    for the updated model to save."""
    digest = of_update(counts, vocab, parts, keep)
    n_old = int(np.count_nonzero(keep))
    shared, rank = with_same_words_ranked(found, counts, days, params, n_old, None, ids, digest)
    return shared, rank, digest
