"""Near copies count as one article in story grouping (issue 16, nu34 #5).

A lightly edited reprint (one word inserted) is a near copy of its original: their
likeness is 1.0 (`pairs.near_copies`). Counted as two articles, the pair weighed its
original twice in every average-linkage merge and attachment average, and its words twice
in the IDF (lower weights for the story's own words) and in the rare terms (a word of two
articles became one of three, a pair's support went to the copy): adding a1edit.txt took
an undated opinion and a follow-up two days later out of the levee story.

Here near copies count once. In the IDF and the rare terms (`once`, `terms_once`) every
copy (`passages`, found from the words before any weighting) counts as its original. In
the grouping, the articles joined by near copies of one kind (both dated, or both undated:
an undated copy of a dated article joins its original's story by `story_undated.choose`)
fold into their first in the build's order (oldest, then by id): only its pairs are
grouped and counted, and the others take its story (`originals`, `fold`, `spread`). A
build, an update's placing, regrouping (`story_split`) and reattaching fold alike; an
update reads the stored copies from the neighbour lists (`stored_copies`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.linkage import _components, _number_by_lowest
from index.analysis.pairs import Pairs

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams
    from index.analysis.story_rows import Rows

COPY = 1.0
"""The likeness of near copies (`story_build._score` scores them so)."""


def originals(n: int, pairs: Pairs) -> np.ndarray:
    """Each row's original: the least row of those joined to it by near copies (pairs of
    likeness ``COPY``), itself when it is no one's copy. Rows are in the build's order,
    so the original is the oldest (then least id) of them."""
    i, j, s = pairs
    copy = s >= COPY
    if not copy.any():
        return np.arange(n)
    component = _components(n, i[copy], j[copy], numpy_only=True)
    least: np.ndarray = np.unique(component, return_index=True)[1]  # first row of each
    return least[component]


def fold(pairs: Pairs, original: np.ndarray) -> Pairs:
    """``pairs`` between originals only: a copy's pairs are its original's, counted once."""
    i, j, s = pairs
    kept = (original[i] == i) & (original[j] == j)
    return i[kept], j[kept], s[kept]


def spread(labels: np.ndarray, original: np.ndarray) -> np.ndarray:
    """``labels`` with every copy in its original's group, groups numbered by their lowest
    row (as `linkage.average_link` numbers them)."""
    if not len(labels):
        return labels
    return _number_by_lowest(labels[original])


def passages(
    days: np.ndarray,
    new_fp: tuple[np.ndarray, np.ndarray],
    stored_fp: tuple[np.ndarray, np.ndarray] | None,
    per_doc: np.ndarray,
    params: StoryParams,
) -> tuple[Pairs, Pairs]:
    """The pairs of articles that share a passage fingerprint (the ``new_fp`` articles'
    among them and with the ``stored_fp`` ones), and those of them that are near copies
    (`pairs.near_copies`, at most ``params.near_copy_days`` apart or undated), all scored
    1.0. Found from the words alone, before any TF-IDF: a copy counts once in it."""
    hashes, docs = new_fp
    apart = max(params.window_days, params.near_copy_days)
    found = [P.passage_pairs(hashes, docs, days, apart)]
    if stored_fp is not None:
        found.append(P.passage_pairs_against(hashes, docs, *stored_fp, days, apart))
    i = np.concatenate([f[0] for f in found])
    j = np.concatenate([f[1] for f in found])
    shared = np.concatenate([f[2] for f in found])
    gap = np.abs(days[i] - days[j])
    close = np.isnan(gap) | (gap <= params.near_copy_days)
    copy = P.near_copies(i, j, shared, per_doc) & close
    return (i, j, np.ones(len(i), np.float32)), (
        i[copy],
        j[copy],
        np.ones(int(copy.sum()), np.float32),
    )


def once(counts: Rows | Any, df: np.ndarray, original: np.ndarray) -> tuple[np.ndarray, int]:
    """The document frequency of every term, and the number of articles, a near copy
    counting once (as its original): a reprint neither lowers the weight of its words nor
    takes a word out of the rare ones (`story_rare`). ``counts``: the term counts (CSR)."""
    copy = original != np.arange(len(original))
    if not copy.any():
        return df, len(original)
    row = np.repeat(np.arange(len(original)), np.diff(counts.indptr))
    twice = np.bincount(counts.indices[copy[row]], minlength=len(df))
    return (df - twice).astype(df.dtype), int(len(original) - copy.sum())


def stored_copies(neighbours: np.ndarray, scores: np.ndarray) -> Pairs:
    """The near copies a model's neighbour lists hold (partners of likeness ``COPY``: a
    build lists every near copy first, `story_build._score`), each pair once."""
    rows, slots = np.nonzero((np.asarray(scores) >= COPY) & (np.asarray(neighbours) >= 0))
    cols = np.asarray(neighbours)[rows, slots].astype(np.int64)
    i, j = np.minimum(rows, cols), np.maximum(rows, cols)
    width = int(j.max()) + 1 if len(j) else 1
    i, j = np.divmod(np.unique(i * width + j), width)
    return i, j, np.ones(len(i), np.float32)


def terms_once(counts: Rows | Any, original: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The term ids and row pointers (CSR) of ``counts`` with every copy's row empty: the
    pairs of a rare term (`story_rare.rare_keys`) are its originals', not a copy's with
    each neighbour of it."""
    copy = original != np.arange(len(original))
    if not copy.any():
        return counts.indices, counts.indptr
    row = np.repeat(np.arange(len(original)), np.diff(counts.indptr))
    kept = ~copy[row]
    indptr = np.zeros(len(original) + 1, np.int64)
    np.cumsum(np.bincount(row[kept], minlength=len(original)), out=indptr[1:])
    return counts.indices[kept], indptr


def same_kind(pairs: Pairs, days: np.ndarray) -> Pairs:
    """``pairs`` of two dated or two undated articles: a build's linkage meets no other
    (an undated article meets the dated ones by `story_undated.attach`)."""
    i, j, s = pairs
    alike = np.isnan(days[i]) == np.isnan(days[j])
    return i[alike], j[alike], s[alike]
