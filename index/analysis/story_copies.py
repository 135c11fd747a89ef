"""Near copies group as one article (issue 16, nu34 #5).

A lightly edited reprint (one word inserted) is a near copy of its original: their
likeness is 1.0 (`pairs.near_copies`). Grouped as two articles, the pair counts its
original twice in every average-linkage merge and every attachment's average, so the
articles that were in its story by their likeness to the *other* members fell out: adding
a1edit.txt took an undated opinion and a follow-up two days later out of the levee story.

Here the articles joined by near copies of one kind (both dated, or both undated: an
undated copy of a dated article joins its original's story by `story_undated.choose`)
are folded into one member, their first in the build's order (oldest, then by id): only
its pairs are grouped and counted, and the others take its story afterwards. A build and
an update's regrouping (`story_split`) fold alike, through `story_build.group`.
"""

from __future__ import annotations

import numpy as np

from index.analysis.linkage import _components, _number_by_lowest
from index.analysis.pairs import Pairs

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
