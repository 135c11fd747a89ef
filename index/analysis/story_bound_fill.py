"""The rows an update asks again, scanned at the least bound of a choice (issue 16, st92).

`story_bound` drops an undated row's pairs to a story that can change no choice: those
under the row's bound, ``max(undated_floor, L) / undated_margin`` (L its best pair to a
story of one counted article), unless the story holds a pair at or over it. No row's bound
is under ``undated_floor / undated_margin`` (`story_bound.lowest`), so the scan of the rows
asked again keeps the cosines at or over that (`raised`), not every one over
``params.floor``: on 100,000 distinct texts most of the 15.9M pairs an update's reattaching
scanned were under it. What the bound keeps under it -- the pairs under the row's bound of
a story holding one over it, which its average sums -- is then summed pair by pair as the
scan sums it (`filled`). `choose_all` gets the same pairs of every counted article, and the
pairs of 1.0 or more (the copy rule's), as from the whole scan; an average's float64 sum of
float32 cosines of ``params.floor`` or more is exact whatever their order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.row_dots import dots, ranges
from index.analysis.story_bound import bounds, lowest

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams


def raised(params: StoryParams) -> StoryParams:
    """``params`` with its ``floor`` at `story_bound.lowest`, when that is higher."""
    low = lowest(params)
    if low is None or not low > float(params.floor):
        return params
    return replace(params, floor=low)


def filled(
    cross: P.Pairs,
    asked: np.ndarray,
    rows: Any,
    stories: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    params: StoryParams,
    digest: np.ndarray | None = None,
) -> P.Pairs:
    """``cross`` (pairs of an undated and a dated row, those of the rows ``asked`` scanned
    at `raised`'s floor and cut by `story_bound.pruner`) with the pairs of ``params.floor``
    or more of each asked row and the counted articles of each story of several holding a
    pair at or over the row's bound (`story_bound.bounds`), summed as the scan sums them
    (`row_dots.dots`: ``rows`` holds each asked row and every row's values of its terms).
    ``stories``: ``(undated, dated, counted, sizes)``, as `story_bound.kept` takes them."""
    undated, dated, counted, sizes = stories
    i, j, s = cross
    n = len(undated)
    row, col = np.where(undated[i], i, j), np.where(undated[i], j, i)
    group = dated[col]
    live = (group >= 0) & counted[col] & (s < 1.0)
    bound = bounds(row[live], s[live], group[live], stories, params)
    mine = np.zeros(n, dtype=bool)
    mine[asked] = True
    over = live & mine[row] & (sizes[np.maximum(group, 0)] > 1)
    over[over] = s[over] >= bound[row[over]]
    if not over.any():
        return cross
    width = np.int64(len(sizes))
    key = np.unique(row[over].astype(np.int64) * width + group[over])
    members = np.flatnonzero((dated >= 0) & counted)
    members = members[np.argsort(dated[members], kind="stable")]
    lo = np.searchsorted(dated[members], key % width, side="left")
    count = np.searchsorted(dated[members], key % width, side="right") - lo
    left, right = np.repeat(key // width, count), members[ranges(lo, count)]
    needing = np.zeros(n, dtype=bool)
    needing[key // width] = True
    near = needing[row]  # the pairs of the rows to fill alone: cross holds every copy too
    have = np.unique(row[near].astype(np.int64) * n + col[near])
    wanted = left * n + right
    at = np.minimum(np.searchsorted(have, wanted), max(len(have) - 1, 0))
    new = ~(have[at] == wanted) if len(have) else np.ones(len(wanted), dtype=bool)
    left, right = left[new], right[new]
    score = dots(rows, left, right, digest)  # the asked row's terms' order: the scan's
    keep = (score >= params.floor) & (score != 0)  # a scan lists no pair of no term shared
    left, right, score = left[keep], right[keep], score[keep]
    extra = (np.minimum(left, right), np.maximum(left, right), score)
    return P.merge_pairs(cross, extra, n)
