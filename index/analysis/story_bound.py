"""The asked pairs that cannot change `story_undated.choose_all`'s choice (issue 16).

An undated row joins its top story (average cosine to the story's counted dated articles)
when the top reaches ``undated_floor`` and ``undated_margin`` times the runner-up. With L a
row's best pair to a story of one counted article (that pair is the story's average, so
the top is at least L), a story whose average is under max(floor, L) / margin is neither
its top (the top would fail the floor) nor a runner-up that blocks it (margin times it is
under the top): its pairs go. A story's average is at most its best pair (each counted
article pairs once), so a story goes when its best pair is under that bound. Exact for a
margin of 1 or more; under 1 nothing goes. Pairs of 1.0 or more (copies: the copy rule)
and of articles not counted stay. On 100,000 distinct texts an update's 15,858,429 asked
pairs came to 298,778 (st83; `choose_all` and the sorts after it scale with them)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.analysis import pairs as P
from index.analysis.story_params import StoryParams

SLACK = 1e-6  # the bound lowered so: an average sums floats, a margin times it rounds


def bounded(
    cross: P.Pairs,
    undated: np.ndarray,
    dated: np.ndarray,
    counted: np.ndarray,
    sizes: np.ndarray,
    params: StoryParams,
) -> P.Pairs:
    """``cross`` (pairs of an undated and a dated row) without those of a (row, story)
    that can change no choice (above). ``dated``: each row's story (-1: none, undated);
    ``counted``: the rows a story's average counts; ``sizes``: its counted articles."""
    i, j, s = cross
    if not float(params.undated_margin) >= 1.0 or not len(s):
        return cross
    keep = kept(i, j, s, (undated, dated, counted, sizes), params)
    return cross if keep.all() else (i[keep], j[keep], s[keep])


def pruner(
    undated: np.ndarray,
    dated: np.ndarray,
    counted: np.ndarray,
    sizes: np.ndarray,
    params: StoryParams,
) -> Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None:
    """`kept` of some rows' pairs, for a scan that finds each row's pairs together (all its
    pairs: the bound is the row's); None when nothing would go (a margin under 1)."""
    if not float(params.undated_margin) >= 1.0:
        return None
    rows = (undated, dated, counted, sizes)
    return lambda i, j, s: kept(i, j, s, rows, params)


def kept(
    i: np.ndarray,
    j: np.ndarray,
    s: np.ndarray,
    rows: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    params: StoryParams,
) -> np.ndarray:
    """Which pairs ``i``, ``j``, ``s`` `bounded` keeps, the rows' pairs being all there:
    ``rows``: its ``(undated, dated, counted, sizes)``; a margin of 1 or more."""
    undated, dated, counted, sizes = rows
    row, col = np.where(undated[i], i, j), np.where(undated[i], j, i)
    group = dated[col]
    live = (group >= 0) & counted[col] & (s < 1.0)
    size = sizes[np.maximum(group, 0)]
    bound = bounds(row[live], s[live], group[live], rows, params)
    under = live & (s < bound[row])
    several = under & (size > 1)
    if several.any():  # a story of several goes only when its best pair is under too
        width = np.int64(max(int(dated.max()), 0) + 1)
        key = row.astype(np.int64) * width + group
        over = np.unique(key[live & ~under & (size > 1)])
        held = np.zeros(len(s), dtype=bool)
        held[several] = np.isin(key[several], over, assume_unique=False)
        under &= ~held
    return ~under


def bounds(
    row: np.ndarray,
    s: np.ndarray,
    group: np.ndarray,
    rows: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    params: StoryParams,
) -> np.ndarray:
    """Each row's bound (above), from its live pairs (a counted dated partner, under 1.0):
    ``row``, ``s`` and the partner's story ``group``; ``rows`` as `kept` takes them."""
    undated, _, _, sizes = rows
    floor = float(params.undated_floor)
    at = np.flatnonzero((sizes[group] == 1) & (s > floor))  # L counts over the floor alone
    best = np.zeros(len(undated), dtype=np.float64)
    np.maximum.at(best, row[at], s[at].astype(np.float64))
    margin = float(params.undated_margin)
    return np.maximum(floor, best) / margin * (1.0 - SLACK)


def lowest(params: StoryParams) -> float | None:
    """The least bound any row can have (L no higher than the floor), under which every pair
    of a row's goes but those of a story holding one at or over the row's own bound; None
    when nothing goes (a margin under 1)."""
    if not float(params.undated_margin) >= 1.0:
        return None
    floor = float(params.undated_floor)
    return float(np.maximum(floor, 0.0) / float(params.undated_margin) * (1.0 - SLACK))
