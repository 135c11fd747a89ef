"""A stored near copy an update finds no longer one is listed as a build lists it (st87, issue 16).

A model keeps its near copies in its neighbour lists, scored `story_copies.COPY`, and an
update reads them back from there (`story_copies.stored_copies`). A pair an update drops
(`story_copy_chain.regrown`: a passage they share grew past `pairs.MAX_PASSAGE_GROUP`
articles) kept that score in the lists, so the next update read it as a copy again. Here
its score becomes the one a build's window scan gives a pair of no copies: the cosine
(under the update's weights) faded by the time apart, or no entry at all where the scan
meets no such pair (under the floor, out of the window, a dated and an undated row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from index.analysis import pairs as P
from index.analysis.distinct import distinct
from index.analysis.row_dots import dots
from index.analysis.story_build import _listed
from index.analysis.story_copies import COPY
from index.analysis.story_rows import tfidf_at

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams
    from index.analysis.story_rows import Rows


def scored(
    pairs: P.Pairs, counts: Rows, weights: np.ndarray, days: np.ndarray, params: StoryParams
) -> tuple[P.Pairs, np.ndarray]:
    """The window scores of ``pairs`` as `pairs.window_scan` gives them, and which of them
    it keeps (at least ``params.floor``, of two dated rows within the window or two
    undated ones)."""
    i, j, _ = pairs
    rows = tfidf_at(counts, distinct(np.concatenate((i, j))), weights)
    cosine = dots(rows, i, j)
    undated = np.isnan(days[i]), np.isnan(days[j])
    apart = np.abs(np.nan_to_num(days[i]) - np.nan_to_num(days[j]))
    fade = np.float32(np.exp(-params.decay_per_day * params.undated_apart))
    both = undated[0] & undated[1]
    score = np.where(
        both, cosine * fade, (cosine * np.exp(-params.decay_per_day * apart)).astype(np.float32)
    ).astype(np.float32)
    dated_ok = ~undated[0] & ~undated[1] & (apart <= params.window_days) & (score >= params.floor)
    ok = dated_ok | (both & (cosine >= params.floor / fade))
    return (i, j, score), ok


def relisted(
    lists: tuple[np.ndarray, np.ndarray],
    changed: tuple[P.Pairs, P.Pairs],
    counts: Rows,
    weights: np.ndarray,
    days: np.ndarray,
    params: StoryParams,
) -> tuple[np.ndarray, np.ndarray]:
    """The neighbour lists ``(ids, scores)`` with the ``changed`` copies: those dropped
    scored as `scored` scores them (left out where it keeps none), those gained
    (`story_copy_chain.regained`) scored `COPY`; each row's list sorted again."""
    neighbours, scores = lists
    dropped, gained = changed
    if not len(dropped[0]) and not len(gained[0]):
        return lists
    (i, j, score), ok = scored(dropped, counts, weights, days, params)
    i, j = np.concatenate((i[ok], gained[0])), np.concatenate((j[ok], gained[1]))
    score = np.concatenate((score[ok], np.full(len(gained[0]), COPY, np.float32)))
    n = np.int64(neighbours.shape[0])
    limit = neighbours.shape[1]
    touched = distinct(np.concatenate((dropped[0], dropped[1], i, j)))
    rows = np.repeat(touched.astype(np.int64), limit)
    cols = neighbours[touched].ravel().astype(np.int64)
    old = scores[touched].ravel()
    gone = np.sort(np.concatenate((dropped[0] * n + dropped[1], dropped[1] * n + dropped[0])))
    valid = (cols >= 0) & ~_listed(gone, rows * n + cols)
    place = np.searchsorted(touched, np.concatenate((rows[valid], i, j)))
    ids, best = P.best_partners(
        len(touched),
        place,
        np.concatenate((cols[valid], j, i)),
        np.concatenate((old[valid], score, score)).astype(np.float32),
        limit,
    )
    neighbours, scores = neighbours.copy(), scores.copy()
    neighbours[touched], scores[touched] = ids, best
    return neighbours, scores


def not_among(pairs: P.Pairs, others: P.Pairs, n: int) -> P.Pairs:
    """The ``pairs`` (of ``n`` rows) not in ``others``."""
    i, j, s = pairs
    if not len(i):
        return pairs
    out = ~_listed(np.sort(others[0] * np.int64(n) + others[1]), i * np.int64(n) + j)
    return i[out], j[out], s[out]
