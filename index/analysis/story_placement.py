"""Place the new articles of a story update: each in the story it is most like, or a new one.

`story_update.apply` compares them first; this is the build's `group` and
`story_undated.attach`, one article at a time (oldest first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from index.analysis import pairs as P
from index.analysis import story_undated as undated
from index.analysis.linkage import assign
from index.analysis.story_build import story_id
from index.analysis.story_copies import fold, placed_with
from index.analysis.story_genre import desk_weigh, weigh
from index.analysis.story_length import long_lift
from index.analysis.story_places import weighed
from index.analysis.story_rare import support

if TYPE_CHECKING:
    from index.analysis.stories import StoryArticle, StoryParams


def place(
    added: list[StoryArticle],
    n_old: int,
    likeness: P.Pairs,
    old_story: np.ndarray,
    stories: list[list[str]],
    params: StoryParams,
    genre: np.ndarray | None = None,
    rare: np.ndarray | None = None,
    long: np.ndarray | None = None,
    cross: P.Pairs | None = None,
    days: np.ndarray | None = None,
    rank: np.ndarray | None = None,
    series: tuple[np.ndarray, ...] | None = None,
    original: np.ndarray | None = None,
) -> np.ndarray:
    """Put each new article (oldest first) in the story it is most like, or a new story
    (a pair of two ``long`` articles counted higher, an opinion/news pair weighed by
    ``genre``, a pair naming different countries or companies weighed by ``series`` and,
    for the threshold only, a ``rare`` pair raised, as the build's `group` does). A new
    undated article first tries the dated stories by its ``cross`` pairs, as the build's
    `story_undated.attach` does. A near copy (``original``: `story_copies.originals`) joins
    its original's story, and counts in no average (nu34 #5)."""
    n = n_old + len(added)
    counted = np.ones(n, bool) if original is None else original == np.arange(n)
    if original is not None:
        likeness = fold(likeness, original)
    if days is not None:  # dated and undated meet by `undated.choose` only, as in a build
        mixed = np.isnan(days[likeness[0]]) != np.isnan(days[likeness[1]])
        likeness = (likeness[0][~mixed], likeness[1][~mixed], likeness[2][~mixed])
    likeness = desk_weigh(likeness, genre, long, params.desk_factor)
    likeness = weighed(long_lift(likeness, long, params, series), series, params)
    story = np.concatenate((old_story.astype(np.int64), np.full(len(added), -1, np.int64)))
    undated_row = np.zeros(n, bool) if days is None else np.isnan(days)
    # a build links dated and undated articles apart (`undated.attach` joins them after),
    # so a new article's average runs over the members of its own kind (tb23)
    sizes_of = [
        np.bincount(
            story[(story >= 0) & (undated_row == kind) & counted], minlength=len(stories)
        ).astype(np.float64)
        for kind in (False, True)
    ]
    i, j, s = weigh(likeness, genre, params.genre_factor)
    raised = s
    if rare is not None:
        raised = weigh(support(likeness, rare, n, params.rare_bonus), genre, params.genre_factor)[2]
    rows, cols = np.concatenate((i, j)), np.concatenate((j, i))
    scores, lifted = np.concatenate((s, s)), np.concatenate((raised, raised))
    order = np.argsort(rows, kind="stable")
    rows, cols, scores, lifted = rows[order], cols[order], scores[order], lifted[order]
    taken = {name for name, _ in stories}
    cross_rows, cross_cols, cross_scores = _both_ways(cross)
    mine = counted[cross_cols] | (cross_scores >= 1.0)  # a copy's pairs are its original's
    cross_rows, cross_cols, cross_scores = cross_rows[mine], cross_cols[mine], cross_scores[mine]
    for k, article in enumerate(added):
        row = n_old + k
        chosen = -1 if original is None else placed_with(story, original, row)
        if chosen < 0 and article.date is None and len(cross_rows):
            lo, hi = np.searchsorted(cross_rows, [row, row + 1])
            assert days is not None
            dated = np.where(np.isnan(days), -1, story)
            sizes_dated = np.bincount(dated[(dated >= 0) & counted], minlength=len(stories))
            first = None if rank is None else undated.firsts(dated, rank, len(stories))
            chosen = undated.choose(
                row, cross_cols[lo:hi], cross_scores[lo:hi], dated, sizes_dated, params, first
            )
        lo, hi = np.searchsorted(rows, [row, row + 1])
        kind = bool(undated_row[row])
        sizes = sizes_of[kind]
        chosen = (
            chosen
            if chosen >= 0
            else assign(
                row,
                cols[lo:hi],
                lifted[lo:hi],
                _own_kind(story, undated_row, sizes_of, kind),
                sizes,
                params.threshold,
                params.attach_floor,
                params.attach_margin,
                scores[lo:hi],
            )
        )
        if chosen < 0:
            chosen = len(stories)
            stories.append([story_id(article.id, taken), article.title])
            sizes_of = [np.append(sizes, 0.0) for sizes in sizes_of]
        story[row] = chosen
        sizes_of[kind][chosen] += counted[row]
        if not stories[chosen][1] and article.title:
            stories[chosen][1] = article.title  # an untitled story takes its first title
    assert len(story) == n
    return story.astype(np.int32)


def _own_kind(
    story: np.ndarray, undated: np.ndarray, sizes_of: list[np.ndarray], kind: bool
) -> np.ndarray:
    """``story`` as a new article of ``kind`` (True: undated) may join it by likeness: the
    other kind's rows unplaced (-1); for an undated article, also every row of a story with
    a dated article (a build's undated linkage never meets one: only `undated.choose`
    puts an undated article there)."""
    hidden = undated != kind
    if kind:
        mixed = np.append(sizes_of[False] > 0, False)  # the extra slot: unplaced (-1)
        hidden |= mixed[story]
    return np.where(hidden, -1, story)


def _both_ways(
    pairs: P.Pairs | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``pairs`` listed from both ends, by row: ``(rows, partners, scores)``."""
    if pairs is None:
        pairs = P.empty_pairs()
    i, j, s = pairs
    rows, cols, scores = np.concatenate((i, j)), np.concatenate((j, i)), np.concatenate((s, s))
    order = np.argsort(rows, kind="stable")
    return rows[order], cols[order], scores[order]
