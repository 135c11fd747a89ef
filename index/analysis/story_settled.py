"""Which rows an update stirred (`moved_rows`), and which undated ones a small update's
reattaching may leave unasked (`unasked`; st78, issue 16).

A small update (`story_undated.asks_all` False) asks again the undated rows whose average to
a changed story reaches ``undated_floor`` (`story_reattach._reached`). At 100,000 articles
nearly all of them (1,619 of 1,624) have a dated near copy, so `story_undated.choose` places
them by its copy rule alone: the dated story holding most of their dated copies, ties by the
story's first article. That choice can move only when a changed story (one that gained or
lost a dated article, or that a regroup moved one into) holds as many of their copies as
their own story does; a removed copy is not seen, so an update that removes a dated article
asks them all. Left to main's own small-path noise, as before: a copy by cosine to an
uncounted dated row of other counts (not in ``met``), and a cosine crossing 1.0 by idf's
drift in a story no change touched.
"""

from __future__ import annotations

import numpy as np

from index.analysis import pairs as P
from index.analysis.distinct import distinct
from index.analysis.story_classes import ranges

NEAR = 0.999
"""A pair of ``met`` scoring this much may be a copy by cosine (`story_reattach._heavy`'s
1.0, summed as a scan sums it): it counts as one."""


def unasked(
    asked: np.ndarray,
    story: np.ndarray,
    dated: np.ndarray,
    changed: np.ndarray,
    stirred: tuple[int, np.ndarray, np.ndarray],
    found: tuple[P.Pairs, P.Pairs],
    tie: np.ndarray,
    first: np.ndarray | None = None,
    original: np.ndarray | None = None,
) -> np.ndarray:
    """``asked`` (a flag per row) without the rows that keep their story unasked, a group of
    copies (``original``: each row's) still asked as one when any of it is.

    A row is kept unasked when it is in a dated story no change touched and has a dated near
    copy there, and each changed story holds fewer of its possible copies than the copies
    it has in its own (which a change left as they were), or as many and a later first
    article: the copy rule chooses its story again. Its possible copies in a changed story
    are counted from above: its near copies there, its pairs of ``met`` scoring `NEAR` or
    more, and the dated rows of its counts (``first``; a copy by cosine that ``met`` does
    not hold, as it counts in no average), each row once.

    Args:
        asked: The rows a small update would ask again (its copy groups whole).
        story: Each row's story now (after placing and regrouping).
        dated: Each row's story if dated, else -1.
        changed: Per story, whether it gained or lost a dated article or took a moved one.
        stirred: ``(n_old, also, moved)``: the rows from ``n_old`` on are new, ``also``
            lists the removed articles' partners, ``moved`` flags the rows a regroup
            moved. Such a row, or one of a changed story, may no longer stand where it
            stood: it is asked.
        found: ``(copies, met)``: the near copies of the asked rows (score 1.0 or more,
            `choose`'s copies) and the pairs by cosine of an undated row and a dated
            article of a changed story, or moved (`reattach`'s).
        tie: Per story, the key `choose` breaks a tie of copies by (its first's rank).
        first: Each row's first of the same counts (`story_classes.every_same_row`).
        original: Each row's original (`story_copies.originals`).
    """
    (ci, cj, cs), (i, j, s) = found
    n_old, also, moved = stirred
    n, undated = len(dated), dated < 0
    touched = moved | (np.arange(n) >= n_old) | changed[story]
    touched[also] = True
    has_dated = np.zeros(len(changed), dtype=bool)
    has_dated[dated[~undated]] = True
    mixed = (undated[ci] != undated[cj]) & (cs >= 1.0)
    row, partner = np.where(undated[ci], ci, cj)[mixed], np.where(undated[ci], cj, ci)[mixed]
    own = np.bincount(row[story[partner] == story[row]], minlength=n)  # copies in its story
    maybe = asked & ~touched & (own > 0) & has_dated[story]
    near = s >= NEAR
    rows = [row, np.where(undated[i], i, j)[near]]
    partners = [partner, np.where(undated[i], j, i)[near]]
    if first is not None:  # the dated rows of a changed story of the counts of one kept
        stirred_rows = np.flatnonzero(~undated & changed[story])
        mine = np.flatnonzero(maybe)
        by = np.argsort(first[mine], kind="stable")
        lo = np.searchsorted(first[mine][by], first[stirred_rows], side="left")
        count = np.searchsorted(first[mine][by], first[stirred_rows], side="right") - lo
        rows.append(mine[by][ranges(lo, count)])
        partners.append(np.repeat(stirred_rows, count))
    r, p = np.concatenate(rows), np.concatenate(partners)
    hit = maybe[r] & changed[dated[p]]
    pair = distinct(r[hit] * np.int64(n) + p[hit])  # a copy found twice counts once
    r, p = pair // n, pair % n
    width = np.int64(len(changed))
    key, counts = np.unique(r * width + dated[p], return_counts=True)
    by, rival = key // width, key % width
    tied = (counts == own[by]) & (tie[rival] > tie[story[by]])  # `choose`'s tie: the first's
    beaten = by[(counts > own[by]) | ((counts == own[by]) & ~tied)]
    maybe[beaten] = False
    out = asked & ~maybe
    if original is not None:  # a group of copies is asked as one: its original decides
        out[original[out]] = True
        out |= out[original]
    return out


def moved_rows(
    story: np.ndarray,
    stories: list[list[str]],
    before: tuple[list[list[str]], np.ndarray],
) -> np.ndarray:
    """Which rows are in a story of another id than before the update (`story_split.
    previously`'s ``before``), or new: the rows an update placed or a regroup moved. Story
    ids are distinct, so a row stayed when its story's id now is its story's id before: one
    comparison per row (a dictionary of every id was ~0.15 CPU s at 100,000 articles)."""
    names, was = before
    held = np.array([name for name, _ in names] + [None], dtype=object)  # None: a new row
    now = np.array([name for name, _ in stories], dtype=object)
    return np.asarray(held[was] != now[story], dtype=bool)
