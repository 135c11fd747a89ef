"""Group articles by average linkage over scored pairs, in batch or one new article at a time."""

from __future__ import annotations

import heapq
from collections import defaultdict

import numpy as np

from index.analysis.pairs import Pairs

SMALL = 40
"""Groups up to this size are clustered by the plain sparse algorithm: SciPy's checks cost
more than the clustering itself for a handful of articles."""
MAX_DENSE = 3000
"""Largest group of linked articles clustered with a dense distance matrix (72 MB); a
bigger one (rare: a corpus full of copies) goes through the slower sparse algorithm."""


def average_link(n: int, pairs: Pairs, threshold: float, numpy_only: bool = False) -> np.ndarray:
    """Cluster ``n`` articles: merge groups while their average pair score is ``>= threshold``.

    Pairs that are not given score 0. Average linkage (UPGMA) is used because single
    linkage chains unrelated events through one shared neighbour, and complete linkage
    splits every event whose articles tell it from different angles. Two groups can only
    merge if some pair between them scores ``>= threshold``, so each connected component
    of those strong pairs is clustered on its own.

    Args:
        n: Number of articles.
        pairs: Scored pairs ``(i, j, score)``.
        threshold: Smallest average score of a merge.
        numpy_only: Import no SciPy (an update's regrouping, `story_split`): components
            found by NumPy, every group clustered by the sparse algorithm (the build's
            for groups up to `SMALL`; a larger one may break a tie otherwise).

    Returns:
        A cluster number per article (0-based, numbered by each cluster's lowest article).
    """
    i, j, s = pairs
    strong = s >= threshold
    component = _components(n, i[strong], j[strong], numpy_only)
    inside = component[i] == component[j]
    i, j, s = i[inside], j[inside], s[inside]
    by_pair = np.argsort(component[i], kind="stable")
    pair_component = component[i][by_pair]
    label = np.arange(n)
    members_of = np.argsort(component, kind="stable")
    bounds = np.flatnonzero(np.diff(component[members_of])) + 1
    for members in np.split(members_of, bounds):
        if len(members) < 2:
            continue
        if len(members) == 2:  # joined by a strong pair: that pair is the whole average
            label[members] = members.min()
            continue
        c = component[members[0]]
        lo, hi = np.searchsorted(pair_component, [c, c + 1])
        chosen = by_pair[lo:hi]
        groups = _cluster(members, i[chosen], j[chosen], s[chosen], threshold, numpy_only)
        for group in groups:
            label[group] = group.min()
    _, numbered = np.unique(label, return_inverse=True)
    return numbered.astype(np.int64)


def _components(n: int, i: np.ndarray, j: np.ndarray, numpy_only: bool) -> np.ndarray:
    """A component number per article, joined by the pairs ``(i, j)``."""
    if not numpy_only:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        graph = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
        return np.asarray(connected_components(graph, directed=False)[1])
    label = np.arange(n)
    while True:  # each article takes its partners' least label, then labels' labels
        least = np.minimum(label[i], label[j])
        fresh = label.copy()
        np.minimum.at(fresh, i, least)
        np.minimum.at(fresh, j, least)
        fresh = fresh[fresh]
        if np.array_equal(fresh, label):
            return np.unique(label, return_inverse=True)[1]
        label = fresh


def _cluster(
    members: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    s: np.ndarray,
    threshold: float,
    numpy_only: bool = False,
) -> list[np.ndarray]:
    local = np.searchsorted(members, i), np.searchsorted(members, j)
    if len(members) <= SMALL or len(members) > MAX_DENSE or numpy_only:
        return [members[g] for g in _sparse_average(len(members), *local, s, threshold)]
    from scipy.cluster.hierarchy import fcluster, linkage

    m = len(members)
    distance = np.ones((m, m), dtype=np.float64)
    gap = np.maximum(1.0 - s, 0.0)  # a float32 cosine can overshoot 1 by a hair
    distance[local[0], local[1]] = gap
    distance[local[1], local[0]] = gap
    np.fill_diagonal(distance, 0.0)
    condensed = distance[np.triu_indices(m, 1)]
    # a hair above 1 - threshold: a merge at exactly the threshold is allowed
    flat = fcluster(
        linkage(condensed, method="average"), t=1.0 - threshold + 1e-9, criterion="distance"
    )
    order = np.argsort(flat, kind="stable")
    return np.split(members[order], np.flatnonzero(np.diff(flat[order])) + 1)


def _sparse_average(
    m: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float
) -> list[list[int]]:
    """Average linkage over a sparse graph: a heap of candidate merges, sums kept per pair."""
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, v in zip(i.tolist(), j.tolist(), s.tolist(), strict=True):
        sums[a][b] = sums[a].get(b, 0.0) + v
        sums[b][a] = sums[b].get(a, 0.0) + v
    size = dict.fromkeys(range(m), 1)
    members: dict[int, list[int]] = {k: [k] for k in range(m)}
    heap = [
        (-v, a, b) for a, row in sums.items() for b, v in row.items() if a < b and v >= threshold
    ]
    heapq.heapify(heap)
    fresh = m
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue
        c, fresh = fresh, fresh + 1
        size[c] = size.pop(a) + size.pop(b)
        members[c] = members.pop(a) + members.pop(b)
        row: dict[int, float] = {}
        for old in (a, b):
            for other, v in sums.pop(old).items():
                if other not in (a, b):
                    row[other] = row.get(other, 0.0) + v
                    sums[other].pop(old, None)
        sums[c] = row
        for other, v in row.items():
            sums[other][c] = v
            average = v / (size[c] * size[other])
            if average >= threshold:
                heapq.heappush(heap, (-average, min(c, other), max(c, other)))
    return list(members.values())


def attach_lone(labels: np.ndarray, pairs: Pairs, floor: float, margin: float) -> np.ndarray:
    """Put each article that is alone in a group into the group it clearly belongs to.

    Average linkage asks two articles to score ``threshold`` on their own; a third
    article that tells the event from another angle often scores less with each, yet
    has no other group anywhere near. A lone article joins the group of two or more it
    is most like (average pair score over the group) when that average is ``>= floor``
    and ``>= margin`` times its average to any other group (lone articles included).
    Every decision is taken on the groups as given, so the order of articles is moot.

    Args:
        labels: A group number per article (as `average_link` returns them).
        pairs: Scored pairs ``(i, j, score)``.
        floor: Smallest average score of an attachment.
        margin: How many times better than the runner-up the chosen group must be.

    Returns:
        Group numbers after the attachments (numbered by each group's lowest article).
    """
    i, j, s = pairs
    size = np.bincount(labels)
    rows, cols, scores = np.concatenate((i, j)), np.concatenate((j, i)), np.concatenate((s, s))
    lone = size[labels[rows]] == 1
    rows, groups, scores = rows[lone], labels[cols[lone]], scores[lone]
    if not len(rows):
        return labels
    width = int(labels.max()) + 1
    row, group, average, first, runner_up = _ranked(rows, groups, scores, size, width)
    join = first & (size[group] >= 2) & (average >= floor) & (average >= margin * runner_up)
    out = labels.copy()
    out[row[join]] = group[join]
    return _number_by_lowest(out)


def pair_lone(
    labels: np.ndarray,
    pairs: Pairs,
    floor: float,
    margin: float,
    source: np.ndarray | None = None,
) -> np.ndarray:
    """Join two articles that are each alone in a group and each other's clear first choice.

    Average linkage asks a pair to score ``threshold``; `attach_lone` only attaches a lone
    article to a group of two or more. Two or three outlets' reports of one event that each
    tell it in other words are left all alone (AllSides' tuning half: 47 of 84 split
    events). Two lone articles of different outlets join when the best group of each (by
    average score, as `attach_lone` reads it) is the other, their score is ``>= floor`` and
    ``>= margin`` times the runner-up of either (st48). One outlet's two lone items are its
    running coverage of a subject far more often than one event (Reuters: a company's two
    announcements, two companies' results), so they never join this way. Run before
    `attach_lone`, so a third article can attach to the new pair. Each article has one
    best group, so the pairs are disjoint.

    Args:
        labels: A group number per article (as `average_link` returns them).
        pairs: Scored pairs ``(i, j, score)``.
        floor: Smallest score of a joined pair.
        margin: How many times better than either article's runner-up the pair must be.
        source: Every article's outlet code (-1 unknown: never the same outlet as another).

    Returns:
        Group numbers after the joins (numbered by each group's lowest article).
    """
    i, j, s = pairs
    size = np.bincount(labels)
    rows, cols, scores = np.concatenate((i, j)), np.concatenate((j, i)), np.concatenate((s, s))
    keep = (size[labels[rows]] == 1) & (labels[cols] != labels[rows])
    rows, groups, scores = rows[keep], labels[cols[keep]], scores[keep]
    if not len(rows):
        return labels
    width = int(labels.max()) + 1
    row, group, average, first, runner_up = _ranked(rows, groups, scores, size, width)
    n = len(labels)
    best_group, second = np.full(n, -1, np.int64), np.zeros(n)
    best_group[row[first]], second[row[first]] = group[first], runner_up[first]
    member = np.full(width, -1, np.int64)  # the article of each group of one
    alone = np.flatnonzero(size[labels] == 1)
    member[labels[alone]] = alone
    k, best, other = row[first], average[first], member[group[first]]
    mutual = (other > k) & (best_group[np.maximum(other, 0)] == labels[k])
    if source is not None:
        outlet = source[np.maximum(other, 0)]
        mutual &= (outlet != source[k]) | (outlet < 0)
    join = mutual & (best >= floor) & (best >= margin * np.maximum(second[k], second[other]))
    out = labels.copy()
    out[other[join]] = labels[k[join]]
    return _number_by_lowest(out)


def reunite(
    labels: np.ndarray,
    pairs: Pairs,
    threshold: float,
    floor: float,
    ratio: float,
    source: np.ndarray,
) -> np.ndarray:
    """Merge two groups of one outlet that average linkage left apart though they are one.

    Average linkage merges greedily: a template series' reports of one event (one
    company's results told in three wires) can pair off into two groups, each tight, whose
    average to each other then falls under ``threshold`` (st51, st52). Two groups of two
    or more articles, all of one outlet (``source``: -1 unknown, never one outlet), merge
    when the average over every pair of their union is ``>= threshold``, their cross
    average is ``>= floor`` and ``>= ratio`` times the larger of the two groups' own
    averages (a weak join of two tight groups is two events). The best unions first, each
    group in one merge a round, until none qualifies; the order of articles is moot.

    Args:
        labels: A group number per article (as `average_link` returns them).
        pairs: Scored pairs ``(i, j, score)`` (the ones the linkage read).
        threshold: Smallest average score over the union's pairs.
        floor: Smallest cross average.
        ratio: Share of the larger own average the cross average must reach.
        source: Every article's outlet code.

    Returns:
        Group numbers after the merges (numbered by each group's lowest article).
    """
    i, j, s = pairs
    while len(labels):
        size = np.bincount(labels)
        width = len(size)
        gi, gj = labels[i], labels[j]
        same = gi == gj
        within = np.bincount(gi[same], weights=s[same], minlength=width)
        a, b = np.minimum(gi[~same], gj[~same]), np.maximum(gi[~same], gj[~same])
        if not len(a):
            break
        keys, inverse = np.unique(a * width + b, return_inverse=True)
        cross = np.bincount(inverse, weights=s[~same])
        ga, gb = keys // width, keys % width
        na, nb = size[ga], size[gb]
        union = (within[ga] + within[gb] + cross) / ((na + nb) * (na + nb - 1) / 2)
        own = within / np.maximum(size * (size - 1) / 2, 1)
        mean = cross / (na * nb)
        lo = np.full(width, np.iinfo(np.int64).max)
        hi = np.full(width, -2, dtype=np.int64)
        np.minimum.at(lo, labels, source)
        np.maximum.at(hi, labels, source)
        one = (lo == hi) & (lo >= 0) & (size >= 2)
        ok = one[ga] & one[gb] & (lo[ga] == lo[gb]) & (union >= threshold) & (mean >= floor)
        ok &= mean >= ratio * np.maximum(own[ga], own[gb])
        if not ok.any():
            break
        chosen = np.flatnonzero(ok)
        chosen = chosen[np.lexsort((keys[chosen], -union[chosen]))]
        used: set[int] = set()
        target = np.arange(width)
        for c in chosen.tolist():
            x, y = int(ga[c]), int(gb[c])
            if x not in used and y not in used:
                used.update((x, y))
                target[y] = x
        labels = _number_by_lowest(target[labels])
    return labels


def _number_by_lowest(labels: np.ndarray) -> np.ndarray:
    """Group numbers 0, 1, ... in the order of each group's lowest article."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse]


def assign(
    new: int,
    partners: np.ndarray,
    scores: np.ndarray,
    story_of: np.ndarray,
    sizes: np.ndarray,
    threshold: float,
    floor: float = 1.0,
    margin: float = 1.0,
    attach_scores: np.ndarray | None = None,
) -> int:
    """The story a new article joins, or -1 for a story of its own.

    It joins the story it is most like when its average score to that story's articles
    is ``>= threshold``, or, as `attach_lone` decides in a build, when that story has two
    or more articles and the average is ``>= floor`` and ``>= margin`` times its
    average to any other story.

    Args:
        new: The new article's number (only used to skip a pair with itself).
        partners: Articles scored against it.
        scores: Their scores.
        story_of: The story of every article (-1 for articles not placed yet).
        sizes: The number of articles of every story.
        threshold: Smallest average score to join.
        floor: Smallest average score to join a story by the attachment rule.
        margin: How many times better than the runner-up that story must be.
        attach_scores: The scores the attachment rule reads, when not ``scores`` (the
            build's `attach_lone` reads the likeness without the rare-term support).
    """
    keep = (partners != new) & (story_of[partners] >= 0)
    if not keep.any():
        return -1
    stories = story_of[partners[keep]]
    totals = np.bincount(stories, weights=scores[keep], minlength=len(sizes))
    average = totals / np.maximum(sizes, 1)
    best = int(np.argmax(average))
    if average[best] >= threshold:
        return best
    if attach_scores is not None:
        totals = np.bincount(stories, weights=attach_scores[keep], minlength=len(sizes))
        average = totals / np.maximum(sizes, 1)
        best = int(np.argmax(average))
    runner_up = float(np.max(np.delete(average, best), initial=0.0))
    attached = sizes[best] >= 2 and average[best] >= floor and average[best] >= margin * runner_up
    return best if attached else -1


def _ranked(
    rows: np.ndarray, groups: np.ndarray, scores: np.ndarray, size: np.ndarray, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each article's groups by its average score to them, best first (`attach_lone` and
    `pair_lone` read them alike): ``(row, group, average, first, runner_up)``, ``first``
    marking each article's best and ``runner_up`` the second best's average beside it
    (0 when it has none)."""
    keys, inverse = np.unique(rows * width + groups, return_inverse=True)
    average = np.bincount(inverse, weights=scores) / size[keys % width]
    row, group = keys // width, keys % width
    order = np.lexsort((group, -average, row))
    row, group, average = row[order], group[order], average[order]
    first = np.ones(len(row), dtype=bool)
    first[1:] = row[1:] != row[:-1]
    runner_up = np.zeros(len(row))
    has_next = first[:-1] & ~first[1:]  # a row's best is followed by its second best
    runner_up[:-1][has_next] = average[1:][has_next]
    return row, group, average, first, runner_up
