"""Undated articles meet their dated story-mates by content alone (issue 16, nu23 #4).

Stories are found within a time window, so an article without a date could only meet
other undated ones and formed a twin story beside the dated story of its event. Here
each undated article is compared with every dated one by TF-IDF cosine with no day term
(no window, no decay: time cannot confirm the pair), and, after the dated clustering is
done, joins the dated story it clearly belongs to: its average cosine to that story's
dated articles is at least ``params.undated_floor`` and ``params.undated_margin`` times
its average to any other dated story; a near copy of a dated article joins that
article's story. Dated articles are never moved, so the stories of the dated articles
are what they were without the undated ones. The strong cross pairs fill `related`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.distinct import distinct
from index.analysis.story_classes import firsts_of, ranges, same_rows

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams


FULL_ASK = "reattach_full"
"""Meta key: ``{"articles": N, "changes": C}``, the model's article count when an update
last asked every undated article again (or the build) and the articles added or removed
since. An update asks them all again (`story_reattach`'s exact rule) only when ``C`` would
pass `FULL_SHARE` of ``N``; a smaller one asks those its changes reach (st69)."""

FULL_SHARE = 0.01
"""The share of the articles an update's changes (added plus removed, summed since the last
full ask) may reach before an update asks every undated article again: re-weighing (idf
moves with the article count) then moves cosines more than a small update's tolerance."""


def full_state(articles: int) -> dict[str, int]:
    """`FULL_ASK` of a model of ``articles`` all asked (a build, or an update asking all)."""
    return {"articles": int(articles), "changes": 0}


def asks_all(meta: dict[str, Any], articles: int, changes: int) -> tuple[bool, dict[str, int]]:
    """Whether an update leaving ``articles`` rows after ``changes`` additions and removals
    asks every undated article again (`FULL_ASK` of ``meta``: none kept asks all), and the
    `FULL_ASK` the updated model keeps."""
    state = meta.get(FULL_ASK)
    kept = [state.get(key) for key in ("articles", "changes")] if isinstance(state, dict) else []
    whole = [each for each in kept if type(each) is int]
    if len(whole) != 2:
        return True, full_state(articles)  # none, or damaged (hand-edited): ask all (rv76)
    base, since = whole[0], whole[1] + int(changes)
    if base <= 0 or since > FULL_SHARE * base:
        return True, full_state(articles)
    return False, {"articles": base, "changes": since}


def cross_pairs(
    rows: Any,
    days: np.ndarray,
    scan: P.Scan,
    params: StoryParams,
    copies: P.Pairs,
    targets: np.ndarray | None = None,
    among: np.ndarray | None = None,
    digest: np.ndarray | None = None,
    alike: Callable[[], np.ndarray] | None = None,
    prune: P.Prune | None = None,
) -> P.Pairs:
    """Pairs of an undated and a dated article scoring ``params.floor`` or more by plain
    cosine, with the near copies among ``copies`` (score 1.0) that pair one of each.

    ``targets`` (an update's new rows; every row when None) are compared with the rows of
    the other kind among ``among`` (every row when None). ``digest``: each row's digest
    of its counts (`story_copies.digests`), when known: targets holding the same values
    are scanned once (`_alike`), and so are the rows scanned (`_columns_once`). ``alike``:
    with ``digest``, each row's first of the same counts (`story_classes.same_rows` of the
    term counts of every row, found once for an update's scans): rows of the same counts
    hold the same values (a row's weights and norm are of its counts alone), so the rows
    scanned are not checked value by value again. ``prune``: which of an undated target's
    pairs (all of them, each with one row) to keep (`_each_kind`).
    """
    undated = np.isnan(days)
    n = len(days)
    inside = np.ones(n, dtype=bool) if among is None else among
    if targets is None:  # scan the smaller side against the other: same pairs
        side = undated if undated.sum() <= (~undated).sum() else ~undated
        targets = np.flatnonzero(side & inside)
    found = P.empty_pairs()
    if len(targets) and (undated & inside).any() and (~undated & inside).any():
        found = _each_kind(rows, undated, scan, params, targets, inside, digest, alike, prune)
    ci, cj, cs = copies
    copy = (undated[ci] != undated[cj]) & (cs >= 1.0)
    return P.merge_pairs(found, (ci[copy], cj[copy], cs[copy]), n)


def _each_kind(
    rows: Any,
    undated: np.ndarray,
    scan: P.Scan,
    params: StoryParams,
    targets: np.ndarray,
    inside: np.ndarray,
    digest: np.ndarray | None = None,
    alike: Callable[[], np.ndarray] | None = None,
    prune: P.Prune | None = None,
) -> P.Pairs:
    """The mixed pairs of one scan of ``targets`` over the rows ``inside`` (no day: every
    row at once), by two scans: the undated targets over the dated rows, the dated ones
    over the undated (an update's 100 new rows met every row: st60). A pair of two targets
    is kept from its lower row, which the one scan summed it from, and the pairs come in
    its order: by that row, falling score, then partner (`pairs.scan_targets`). With
    ``digest``, targets of the same values are scanned once (`_alike`). ``prune`` cuts the
    undated targets' pairs in the scan, each column's pairs given to the rows it stands for
    (`_columns_once`): a column's go when all of theirs do (st86: an update's 15.9M asked
    pairs at 100,000 distinct texts, of which `story_bound` keeps 0.3M)."""
    n = len(undated)
    neighbours = np.full((n, 1), -1, dtype=np.int32)
    best = np.zeros((n, 1), dtype=np.float32)
    flat = np.zeros(n, dtype=np.float64)
    is_target = np.zeros(n, dtype=bool)
    is_target[targets] = True
    parts: list[tuple[np.ndarray, ...]] = []
    for kind in (undated, ~undated):
        mine = targets[kind[targets]]
        if not len(mine):
            continue
        select = inside & (~kind | is_target)
        floor = params.floor
        rep = None
        if digest is not None:  # a target outside the rows scanned meets none (`_scan`)
            mine = mine[select[mine]]
            rep = same_rows(rows, mine, digest) if len(mine) else None
        scanned = mine if rep is None else np.unique(rep)
        columns = select
        if digest is not None:  # columns of the same values scanned once too
            columns, like = _columns_once(rows, select & ~is_target, select, digest, alike)
        cut: tuple[P.Prune, ...] = ()
        if prune is not None and kind is undated:  # an undated row's pairs: all in its block
            cut = (prune if columns is select else _spread_cut(prune, like),)
        i, j, s = scan(rows, flat, columns, 0.0, 0.0, floor, floor, scanned, neighbours, best, *cut)
        finder, partner = np.where(kind[i], i, j), np.where(kind[i], j, i)
        if columns is not select:
            finder, partner, s = _spread(finder, partner, s, like)
            i, j = np.minimum(finder, partner), np.maximum(finder, partner)
        if rep is not None and len(scanned) < len(mine):
            finder, partner, s = _alike(mine, rep, finder, partner, s)
            i, j = np.minimum(finder, partner), np.maximum(finder, partner)
        kept = (kind[i] != kind[j]) & ~(is_target[partner] & (partner < finder))
        parts.append((i[kept], j[kept], s[kept], finder[kept], partner[kept]))
    if not parts:
        return P.empty_pairs()
    i, j, s, finder, partner = (np.concatenate(p) for p in zip(*parts, strict=True))
    if _in_order(finder, s, partner):  # one scan's pairs come so (st72: 450,000 at 100,000)
        return i, j, s
    order = _order(finder, s, partner)
    return i[order], j[order], s[order]


def _order(finder: np.ndarray, s: np.ndarray, partner: np.ndarray) -> np.ndarray:
    """`np.lexsort` of pairs (no two alike) by ``finder``, falling ``s``, then ``partner``.
    A scan gives each finder's pairs together, mostly in that order: sorted by finder
    (stable: runs merged), then the finders still out of order sorted alone. The sort of
    three keys was 7.8 CPU s for 16,000,000 pairs on 100,000 distinct texts (st81), where
    ~540 finders came out of order and ~16 pairs within a finder (`_spread`)."""
    order = np.argsort(finder, kind="stable")
    f, v, p = finder[order], s[order], partner[order]
    a, b = slice(None, -1), slice(1, None)
    later = (v[b] < v[a]) | ((v[b] == v[a]) & (p[b] > p[a]))
    broken = np.unique(f[b][(f[b] == f[a]) & ~later])
    if len(broken):
        lo = np.searchsorted(f, broken, side="left")
        at = ranges(lo, np.searchsorted(f, broken, side="right") - lo)
        order[at] = order[at][np.lexsort((p[at], -v[at], f[at]))]
    return order


def _spread_cut(prune: P.Prune, like: np.ndarray) -> P.Prune:
    """``prune`` of a scan's pairs whose columns stand for the rows ``like`` names theirs
    (`_columns_once`): a pair stays when one of those it stands for does."""
    count = np.bincount(like, minlength=len(like))

    def cut(i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        several = count[j] > 1  # few: nearly every column stands for itself alone
        if not several.any():
            return prune(i, j, s)
        at, alone = np.flatnonzero(several), np.flatnonzero(~several)
        spread = _spread(i[at], j[at], s[at], like)
        keep = prune(
            *(np.concatenate((x[alone], y)) for x, y in zip((i, j, s), spread, strict=True))
        )
        out = np.zeros(len(j), dtype=bool)
        out[alone] = keep[: len(alone)]
        out[np.repeat(at, count[j[at]])[keep[len(alone) :]]] = True
        return out

    return cut


def _columns_once(
    rows: Any,
    others: np.ndarray,
    select: np.ndarray,
    digest: np.ndarray,
    alike: Callable[[], np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """``select`` with of the rows ``others`` (flags) holding the same values
    (`same_rows`, or of the same counts: ``alike``, as `cross_pairs`) the first alone, and
    each row's first (itself when not of ``others``); ``select`` itself when they are all
    distinct. A target's cosine with a row of the same values as another is the same sum
    (st75: the dated rows of the 100,000 articles are replicas: 90,190 columns, 3,879 texts)."""
    at = np.flatnonzero(others)
    first = np.arange(len(select), dtype=np.int64)
    if not len(at):
        return select, first
    first[at] = same_rows(rows, at, digest) if alike is None else firsts_of(alike()[at], at)
    copy = at[first[at] != at]
    if not len(copy):
        return select, first
    columns = select.copy()
    columns[copy] = False
    return columns, first


def _spread(
    finder: np.ndarray, partner: np.ndarray, s: np.ndarray, first: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs ``finder``, ``partner``, ``s`` of the columns scanned given to every row
    whose first (`_columns_once`) is the partner, in no set order. A partner's rows start
    where the rows of lower firsts end (counted once): two binary searches per pair were
    3.9 of 40 CPU s on 100,000 distinct texts (st81), nearly every row its own first."""
    by_first = np.argsort(first, kind="stable")
    count = np.bincount(first, minlength=len(first))
    lo = np.cumsum(count) - count
    lo, count = lo[partner], count[partner]
    return np.repeat(finder, count), by_first[ranges(lo, count)], np.repeat(s, count)


def _alike(
    mine: np.ndarray, rep: np.ndarray, finder: np.ndarray, partner: np.ndarray, s: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of every row of ``mine`` (sorted) from those of the rows scanned for them
    (``rep``: each one's first of the same values, `story_classes.same_rows`; ``finder``,
    ``partner``, ``s``: their pairs, by finder), in the same order: a row of the same
    terms and values in the same order sums the same cosine with any row (st74: an
    update's reattaching scanned 429 dated rows, the replicas of far fewer texts, at
    100,000 articles). A partner is of the other kind: never the row itself."""
    if len(finder) > 1 and (finder[1:] < finder[:-1]).any():  # a scan gives them by finder
        by = np.argsort(finder, kind="stable")
        finder, partner, s = finder[by], partner[by], s[by]
    lo = np.searchsorted(finder, rep, side="left")
    count = np.searchsorted(finder, rep, side="right") - lo
    at = ranges(lo, count)
    return np.repeat(mine, count), partner[at], s[at]


def _in_order(finder: np.ndarray, s: np.ndarray, partner: np.ndarray) -> bool:
    """Whether pairs (no two alike) are by ``finder``, falling score ``s``, then
    ``partner``: what `np.lexsort` of those keys would leave as they are."""
    a, b = slice(None, -1), slice(1, None)
    same, tied = finder[b] == finder[a], s[b] == s[a]
    later = (s[b] < s[a]) | (tied & (partner[b] > partner[a]))
    return bool(((finder[b] > finder[a]) | (same & later)).all())


def for_related(cross: P.Pairs, params: StoryParams) -> P.Pairs:
    """Cross pairs as `related` lists them: those of a cosine of at least
    `related_fill.FILL_FLOOR` (an undated article may be any time off: the bar of an
    article weeks away), scored as if one day apart (a near copy stays 1.0)."""
    from index.analysis.related_fill import FILL_FLOOR

    i, j, s = cross
    kept = s >= FILL_FLOOR
    i, j, s = i[kept], j[kept], s[kept]
    faded = np.where(s >= 1.0, s, s * np.float32(np.exp(-params.decay_per_day)))
    return i, j, faded.astype(np.float32)


def choose(
    row: int,
    partners: np.ndarray,
    scores: np.ndarray,
    story: np.ndarray,
    dated_sizes: np.ndarray,
    params: StoryParams,
    first: np.ndarray | None = None,
) -> int:
    """The dated story the undated article ``row`` joins (by its ``partners`` among the
    dated articles and their cross ``scores``), or -1.

    A near copy of articles of several stories joins the story of most of them, of those
    the one whose earliest article comes first in the canonical order (``first``, by
    `firsts`; None: the stories' numbers, which a build gives in that order), so an update
    chooses as a rebuild does (tb23)."""
    keep = (partners != row) & (story[partners] >= 0)
    partners, scores = partners[keep], scores[keep]
    if not len(partners):
        return -1
    groups = story[partners]
    copies = groups[scores >= 1.0]
    if len(copies):  # a near copy joins its original's story
        counts = np.bincount(copies)
        tied = np.flatnonzero(counts == counts.max())
        return int(tied[0] if first is None else tied[np.argmin(first[tied])])
    labels, inverse = np.unique(groups, return_inverse=True)
    average = np.bincount(inverse, weights=scores) / np.maximum(dated_sizes[labels], 1)
    order = np.argsort(-average, kind="stable")
    top = float(average[order[0]])
    runner_up = float(average[order[1]]) if len(order) > 1 else 0.0
    if top >= params.undated_floor and top >= params.undated_margin * runner_up:
        return int(labels[order[0]])
    return -1


def choose_all(
    rows: np.ndarray,
    partners: np.ndarray,
    scores: np.ndarray,
    targets: np.ndarray,
    story: np.ndarray,
    dated_sizes: np.ndarray,
    params: StoryParams,
    first: np.ndarray | None = None,
) -> np.ndarray:
    """`choose` of each row of ``targets`` (sorted, distinct) at once, with the same floats:
    its partners and scores are the entries of ``rows`` (each a target, in any order)
    naming it, in their order. An update asks ~10,000 undated rows at 100,000 articles
    (st60): one call each was ~0.8 CPU s."""
    out = np.full(len(targets), -1, dtype=np.int64)
    keep = (partners != rows) & (story[partners] >= 0)
    place = np.zeros(max(int(targets.max(initial=0)), int(rows.max(initial=0))) + 1, np.int64)
    place[targets] = np.arange(len(targets))  # each row's target: looked up, not searched
    owner = place[rows[keep]]
    groups, scores = story[partners[keep]].astype(np.int64), scores[keep]
    if not len(owner):
        return out
    width = np.int64(max(int(story.max()), int(groups.max())) + 1)
    copy = scores >= 1.0
    key, counts = np.unique(owner[copy] * width + groups[copy], return_counts=True)
    by, label = key // width, key % width
    tie = label if first is None else first[label]  # `choose`: tied counts, then by ``tie``
    best = np.lexsort((label, tie, -counts, by))
    lead = np.ones(len(best), dtype=bool)
    lead[1:] = by[best][1:] != by[best][:-1]
    out[by[best][lead]] = label[best][lead]
    plain = np.ones(len(targets), dtype=bool)
    plain[by] = False
    inside = plain[owner]
    owner, groups, scores = owner[inside], groups[inside], scores[inside]
    key, inverse = np.unique(owner * width + groups, return_inverse=True)
    by, label = key // width, key % width
    sums = np.bincount(inverse.ravel(), weights=scores, minlength=len(key))  # in order
    if not len(key):
        return out
    average = sums / np.maximum(dated_sizes[label], 1)
    at, top, label, runner_up = _top_two(by, label, average)
    clear = (top >= params.undated_floor) & (top >= params.undated_margin * runner_up)
    out[at[clear]] = label[clear]
    return out


def _top_two(
    by: np.ndarray, label: np.ndarray, average: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per run of ``by`` (sorted; ``label`` rising within a run): its value, the highest
    ``average``, the lowest label holding it, and the next highest (the highest again when
    two hold it; 0.0 when the run has one), as sorting by falling average then label would
    give. Per run maxima, not a sort of three keys: the sort was most of `choose_all`'s
    8.3 CPU s on 100,000 distinct texts (st81), a target's (row, story) sums being many."""
    start = np.flatnonzero(np.concatenate(([True], by[1:] != by[:-1])))
    top = np.maximum.reduceat(average, start)
    run = np.repeat(np.arange(len(start)), np.diff(np.append(start, len(by))))
    at = np.minimum.reduceat(np.where(average == top[run], np.arange(len(by)), len(by)), start)
    rest = average.copy()
    rest[at] = -np.inf
    second = np.maximum.reduceat(rest, start)
    return by[start], top, label[at], np.where(second == -np.inf, 0.0, second)


def ranks(days: np.ndarray, ids: list[str]) -> np.ndarray:
    """Each row's place in the canonical order of a build (`story_build._canonical`:
    oldest first, undated last, ties by id), from the rows' ``days`` and ``ids``."""
    keys = np.array(ids, dtype=str) if ids else np.empty(0, dtype=str)
    order = np.lexsort((keys, np.nan_to_num(days, nan=0.0), np.isnan(days)))
    rank = np.empty(len(days), np.int64)
    rank[order] = np.arange(len(days))
    return rank


def firsts(story: np.ndarray, rank: np.ndarray, count: int) -> np.ndarray:
    """Per story (``count`` of them), the least ``rank`` of its rows (``story`` -1: none)."""
    out = np.full(count, np.iinfo(np.int64).max, np.int64)
    placed = story >= 0
    np.minimum.at(out, story[placed], rank[placed])
    return out


def attach(
    labels: np.ndarray,
    days: np.ndarray,
    cross: P.Pairs,
    params: StoryParams,
    original: np.ndarray | None = None,
) -> np.ndarray:
    """``labels`` with each undated article moved into the dated story it clearly belongs
    to (`choose`); groups numbered by their lowest article again. Every decision reads the
    dated stories as the dated clustering left them, so the order is moot. With each row's
    ``original`` (`story_copies.originals`), a copy counts in no average (its original
    does) and follows its original."""
    from index.analysis.linkage import _number_by_lowest
    from index.analysis.story_copies import COPY, spread
    from index.analysis.story_cross import counts

    undated = np.isnan(days)
    i, j, s = cross
    if not len(i) or not undated.any():
        return labels
    dated_story, counted, sizes = counts(labels, undated, original)
    kept = (counted[i] & counted[j]) | (s >= COPY)  # a near copy of a copy: its story
    i, j, s = i[kept], j[kept], s[kept]
    rows, cols, scores = np.concatenate((i, j)), np.concatenate((j, i)), np.concatenate((s, s))
    mine = undated[rows]
    rows, cols, scores = rows[mine], cols[mine], scores[mine]
    order = np.argsort(rows, kind="stable")
    rows, cols, scores = rows[order], cols[order], scores[order]
    out = labels.copy()
    for row in distinct(rows).tolist():
        lo, hi = np.searchsorted(rows, [row, row + 1])
        chosen = choose(row, cols[lo:hi], scores[lo:hi], dated_story, sizes, params)
        if chosen >= 0:
            out[row] = chosen
    return _number_by_lowest(out) if original is None else spread(out, original)
