"""A build's undated-vs-dated scan, with the pairs no reader reads left out (issue 16, st90).

A build's cross pairs (`story_undated.cross_pairs`: every undated article against every
dated one, no window) are read twice: `story_undated.attach` by each undated row's
average to each dated story, `story_undated.for_related` those of a cosine of
`related_fill.FILL_FLOOR` or more. `kept_by_readers` keeps those and every pair of a
(row, story) that `story_bound.kept` keeps; the others (on 100,000 distinct texts nearly
nine in ten: a cosine of 0.04 to 0.1 with a story the row is far from) change neither.

`scan` multiplies the smaller kind's rows with the other kind's alone (the old scan's
columns held every row, and the pairs of one kind were dropped after), a block at a time
against the columns' rows made a CSR matrix once (SciPy's product converted them at each
block), with no neighbour lists (its caller never read them). Each cosine is SciPy's sum
in its row's term order as before, so the pairs kept are the old ones, in the old order: by
the row of the smaller kind, falling score, then partner.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.related_fill import FILL_FLOOR
from index.analysis.story_bound import SLACK, kept
from index.analysis.story_params import StoryParams

BLOCK = 512
"""Rows multiplied at once: at most `pairs._BLOCK`, whose key `pairs.by_row_score` sorts."""

MARKS = 1 << 26
"""Cells of (row, story) flags `kept_by_readers` makes at most, else it searches keys."""


def counts(
    labels: np.ndarray, undated: np.ndarray, original: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dated, counted, sizes)`` as `story_undated.attach` reads stories: each row's dated
    story (-1: undated), whether a story's average counts the row (not a copy), and each
    story's counted dated rows."""
    n = len(labels)
    counted = np.ones(n, bool) if original is None else original == np.arange(n)
    dated = np.where(undated, -1, labels)
    sizes = np.bincount(labels[~undated & counted], minlength=int(labels.max(initial=-1)) + 1)
    return dated, counted, sizes


def kept_by_readers(
    row: np.ndarray,
    col: np.ndarray,
    s: np.ndarray,
    stories: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    params: StoryParams,
) -> np.ndarray:
    """Which cross pairs of undated ``row``, dated ``col`` and cosine ``s`` (every pair of
    each undated row among them) a reader can read: ``s >= FILL_FLOOR`` (`related`) or
    `story_bound.kept` (`attach`). ``stories``: ``(undated, dated, counted, sizes)``.

    Pairs under the least bound `kept` draws (``undated_floor / margin``, slackened) are
    under every row's bound: `kept` is asked of the others alone, which hold every row's
    best single pair and every pair at or over its bound, and a pair under it stays only
    when its dated row is not counted, or its story has several counted rows and a pair
    `kept` keeps from one of them (the stories whose average may still count)."""
    if not float(params.undated_margin) >= 1.0 or not len(s):
        return np.ones(len(s), dtype=bool)
    _, dated, counted, sizes = stories
    margin, floor = float(params.undated_margin), float(params.undated_floor)
    lowest = min(float(FILL_FLOOR), floor / margin * (1.0 - SLACK))
    out = s >= lowest
    high = np.flatnonzero(out)
    hr, hc, hs = row[high], col[high], s[high]
    held = kept(hr, hc, hs, stories, params)
    out[high] = held | (hs >= FILL_FLOOR)
    # each dated row: 0 counted in no story (a pair stays), 1 of a story of one counted
    # row (a pair under every bound goes), 2 of a story of several (as its story's pairs)
    code = np.where((dated >= 0) & counted, 1, 0).astype(np.int8)
    code[code.astype(bool) & (sizes[np.maximum(dated, 0)] > 1)] = 2
    low = code[col]
    low[out] = 1  # the pairs decided
    out |= low == 0
    ask = np.flatnonzero(low == 2)
    if len(ask):
        over = held & (code[hc] == 2) & (hs < 1.0)
        width = len(sizes)
        out[ask] = _among(hr[over], dated[hc[over]], row[ask], dated[col[ask]], width)
    return out


def _among(
    rows: np.ndarray, groups: np.ndarray, ask_rows: np.ndarray, ask_groups: np.ndarray, width: int
) -> np.ndarray:
    """Whether each (``ask_rows``, ``ask_groups``) is one of (``rows``, ``groups``): by a
    flag per (row, story) of the rows asked when they fit in `MARKS`, else by sorted keys."""
    mine = np.unique(rows)
    if not len(mine):
        return np.zeros(len(ask_rows), dtype=bool)
    if len(mine) * width <= MARKS:
        place = np.full(int(max(mine[-1], ask_rows.max())) + 1, -1, dtype=np.int64)
        place[mine] = np.arange(len(mine))
        marks = np.zeros(len(mine) * width, dtype=bool)
        marks[place[rows] * width + groups] = True
        asked = place[ask_rows]
        found = asked >= 0
        found[found] = marks[asked[found] * width + ask_groups[found]]
        return found
    wide = np.int64(width)
    keys = np.unique(rows.astype(np.int64) * wide + groups)
    return np.isin(ask_rows.astype(np.int64) * wide + ask_groups, keys)


def scan(rows: Any, undated: np.ndarray, floor: float, prune: P.Prune | None = None) -> P.Pairs:
    """The pairs of an undated and a dated row of plain cosine ``floor`` or more (i < j),
    by the row of the smaller kind (the finder), falling score, then partner; ``prune``
    (of a finder's pairs, all of them at once, when the finders are the undated rows; of
    every pair at the end when they are the dated ones) says which to keep."""
    side = undated if undated.sum() <= (~undated).sum() else ~undated
    finders, others = np.flatnonzero(side), np.flatnonzero(~side)
    if not len(finders) or not len(others):
        return P.empty_pairs()
    left = rows[finders]
    right = rows[others].T.tocsr()  # once: SciPy converts a CSC operand at every product
    each = prune if side is undated else None  # an undated row's pairs: all in its block
    found: list[P.Pairs] = []
    for lo in range(0, len(finders), BLOCK):
        product = left[lo : lo + BLOCK] @ right
        near = np.flatnonzero(product.data >= floor)
        local = np.searchsorted(product.indptr, near, side="right").astype(np.int64) - 1
        col, score = product.indices[near].astype(np.int64), product.data[near]
        finder, partner = finders[lo + local], others[col]
        if each is not None:
            keep = each(finder, partner, score)
            local, col, score = local[keep], col[keep], score[keep]
            finder, partner = finder[keep], partner[keep]
        order = P.by_row_score(local, score, col, floor)  # by finder, falling score, partner
        finder, partner, score = finder[order], partner[order], score[order]
        found.append((np.minimum(finder, partner), np.maximum(finder, partner), score))
    i, j, s = (np.concatenate(part) for part in zip(*found, strict=True))
    if prune is not None and each is None:
        keep = prune(np.where(undated[i], i, j), np.where(undated[i], j, i), s)
        i, j, s = i[keep], j[keep], s[keep]
    return i, j, s.astype(np.float32)


def build_pairs(
    rows: Any,
    days: np.ndarray,
    params: StoryParams,
    copies: P.Pairs,
    labels: np.ndarray,
    original: np.ndarray | None,
) -> P.Pairs:
    """`story_undated.cross_pairs` of a build (every undated row against every dated one)
    less the pairs no reader reads (`kept_by_readers`): ``labels``, the dated clustering's
    stories, and ``original``, each row's original (`story_copies.originals`), as
    `story_undated.attach` is given them."""
    undated = np.isnan(days)
    stories = (undated, *counts(labels, undated, original))

    def prune(i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        return kept_by_readers(i, j, s, stories, params)

    found = scan(rows, undated, params.floor, prune)
    ci, cj, cs = copies
    copy = (undated[ci] != undated[cj]) & (cs >= 1.0)
    return P.merge_pairs(found, (ci[copy], cj[copy], cs[copy]), len(days))
