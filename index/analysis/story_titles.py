"""A story's title: its most central titled article's, after an update as after a build.

A build titles each story by the titled article with the most likeness to the story's other
articles (ties: the first in the build's order, oldest first, undated last, by id). An
update placed its new articles and kept each story's title: the founder's, or the first it
took, so the same files gave other titles after another history (tb23). Here an update
titles again the stories it changed -- ones that gained or lost an article -- by the
build's rule, from their articles' likeness computed as a build computes it (window
cosines, near copies at 1.0). The titles of every article are kept for it (`TITLES`); a
model saved without them keeps its titles as before.

An outlet's text saved twice counts once (`saved_twice`, as the README says a story counts
an exact copy): the copied article's likeness to the other was summed into both, and its
likeness to every other article twice into theirs, so one outlet's article saved twice
won the title over another outlet's (rv73 #3). A build and an update's retitling both
count a story's copies by the article the index lists for them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from index import copies as exact
from index.analysis import pairs as P
from index.analysis.passage_groups import held_by

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from index.analysis.stories import StoryParams

TITLES = "titles"
"""Meta key: every article's title ("" when it has none), in the order of ``ids``."""

DIGITS = 4
"""A total likeness is rounded to this many decimals before it is compared: sums of the
same scores in another order (an update's), or a cosine of two copies a hair over 1 in
float32, then tie as they do in a build."""


_SERIES_LABEL = re.compile(
    r"^\W*(?:[^\W\d][^:|]{0,60}?\s*[-\u2013\u2014:|#]\s*)?"
    r"(?:ep|eps|episode|chapter|ch|part|pt|vol|volume|issue|no)\.?\s*#?\d+\W*$",
    re.IGNORECASE,
)


def series_label(title: str) -> bool:
    """Whether ``title`` is a series' name and an instalment number, not a headline
    ("TRIBE X - Ep.73", "Necromancer: Episode 5", "Part 2"): it names no event, so a story
    is titled by it only when none of its other titles is a headline (nu38 #9)."""
    return _SERIES_LABEL.match(title) is not None


def saved_twice(
    labels: np.ndarray,
    source: np.ndarray,
    digest: np.ndarray,
    titles: Sequence[str],
    ids: Sequence[str],
) -> np.ndarray:
    """Each row's original among its story's copies of its text: rows of one label, outlet
    (``source``: its code), title and words (``digest``: `story_copies.digests`) are one
    text saved twice (`index.copies`), and the first of their ids by `index.copies.rank`
    stands for them, the one the story lists; a row no other shares it with is its own.

    The model keeps no body, so an outlet's two bodiless items of one headline (and
    address words) are one text here, which the index counts twice; their title is one."""
    n = len(labels)
    original = np.arange(n, dtype=np.int64)
    if n < 2:
        return original
    order = np.lexsort((digest, source, labels))
    a, b = order[:-1], order[1:]
    same = (labels[a] == labels[b]) & (source[a] == source[b]) & (digest[a] == digest[b])
    if not same.any():
        return original
    twin = np.zeros(n, dtype=bool)
    twin[a[same]] = twin[b[same]] = True
    groups: dict[tuple[int, int, int, str], list[int]] = {}
    for r in np.flatnonzero(twin).tolist():
        key = (int(labels[r]), int(source[r]), int(digest[r]), titles[r])
        groups.setdefault(key, []).append(r)
    for rows in groups.values():
        original[rows] = min(rows, key=lambda r: exact.rank(ids[r]))
    return original


def central(
    labels: np.ndarray,
    likeness: P.Pairs,
    titles: Sequence[str],
    rank: np.ndarray,
    original: np.ndarray | None = None,
) -> dict[int, str]:
    """Each label's title: its titled row with the most likeness to rows of its label, ties
    by least ``rank``; "" only when none of its rows has a title (nu22 #6), and a series
    label (`series_label`) only when none has another. ``original``: each row's
    (`saved_twice`); a text saved twice counts once (rv73 #3): its likeness to each other
    text once (`_between_texts`), and every copy of it takes that total."""
    i, j, s = likeness
    inside = labels[i] == labels[j]
    i, j = i[inside], j[inside]
    s = np.minimum(s[inside], 1.0)  # a cosine is at most 1 (float32 gives 1.0000001 too)
    if original is not None:
        i, j, s = _between_texts(i, j, s, original)
    total = np.zeros(len(labels))
    np.add.at(total, i, s)
    np.add.at(total, j, s)
    total = np.round(total, DIGITS)
    if original is not None:
        total = total[original]
    untitled = np.array([not title for title in titles], dtype=bool)
    label_only = np.array([series_label(title) for title in titles], dtype=bool)
    order = np.lexsort((rank, -total, label_only, untitled, labels))
    first = np.ones(len(order), dtype=bool)
    first[1:] = labels[order][1:] != labels[order][:-1]
    return {int(labels[k]): titles[k] for k in order[first]}


def _between_texts(i: np.ndarray, j: np.ndarray, s: np.ndarray, original: np.ndarray) -> P.Pairs:
    """The pairs ``i, j, s`` as pairs of texts (rows numbered by their ``original``), each
    once: a text's pairs with itself left out, and of its pairs with another text the
    originals' (else the one with an original, else the greatest). Near copies are paired
    along a chain (`story_copies.same_words`), so another article's copy may be paired
    with the copy and not with the original it stands for."""
    a, b = original[i], original[j]
    apart = a != b
    lo, hi = np.minimum(a, b)[apart], np.maximum(a, b)[apart]
    own = (original[i] == i).astype(np.int8) + (original[j] == j)
    key = lo * np.int64(len(original)) + hi
    order = np.lexsort((-s[apart], -own[apart], key))
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[order][1:] != key[order][:-1]
    pick = order[first]
    return lo[pick], hi[pick], s[apart][pick]


def changed(
    before: Sequence[Sequence[str]],
    old_story: np.ndarray,
    after: Sequence[Sequence[str]],
    story: np.ndarray,
    lost: set[str],
) -> np.ndarray:
    """Per story of ``after`` (``[id, title]``), whether the update changed its articles:
    it is new, lost one (``lost``: ids), or an earlier row (``old_story``, into ``before``)
    is in it now and was not, or the other way round."""
    names = np.array([name for name, _ in after] + [""], dtype=str)
    old_names = np.array([name for name, _ in before] + [""], dtype=str)
    n_old = len(old_story)
    was, now = old_names[old_story], names[story[:n_old]]
    moved = was != now
    touched = set(lost) | set(was[moved].tolist()) | set(now[moved].tolist())
    touched |= set(names[story[n_old:]].tolist())
    return np.array([name in touched for name, _ in after], dtype=bool)


def retitle(
    stories: list[list[str]],
    story: np.ndarray,
    touched: np.ndarray,
    titles: Sequence[str],
    rank: np.ndarray,
    likeness_of: Callable[[np.ndarray], P.Pairs],
    texts: tuple[np.ndarray, np.ndarray, Sequence[str]],
) -> None:
    """Title each ``touched`` story of ``stories`` (changed in place) as a build would:
    `central` over its rows, whose likeness ``likeness_of(rows)`` gives (numbered in
    ``rows``), each text saved twice once (``texts``: every row's outlet code, words'
    digest and id, `saved_twice`)."""
    rows = np.flatnonzero(touched[story])
    if not len(rows):
        return
    labels = story[rows].astype(np.int64)
    at = rows.tolist()
    mine = [titles[r] for r in at]
    source, digest, ids = texts
    original = saved_twice(labels, source[rows], digest[rows], mine, [ids[r] for r in at])
    found = central(labels, likeness_of(rows), mine, rank[rows], original)
    for label, title in found.items():
        stories[label][1] = title


def likeness_among(
    rows: np.ndarray,
    days: np.ndarray,
    tfidf: Any,
    scan: Callable[..., tuple[P.Pairs, np.ndarray, np.ndarray]],
    fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray],
    params: StoryParams,
    keep: float,
) -> P.Pairs:
    """The build's likeness of the pairs of ``rows`` (window cosines of at least ``keep``,
    near copies at 1.0), numbered by place in ``rows``.

    Args:
        rows: Sorted row numbers.
        days: Every row's time (NaN: undated).
        tfidf: Unit TF-IDF rows, those of ``rows`` filled at least.
        scan: `story_rows.window_scan`.
        fingerprints: ``(hashes sorted, their rows, fingerprints per row)`` of every row.
        params: The model's settings.
        keep: Smallest window score kept (a build's).
    """
    n = len(days)
    among = np.zeros(n, dtype=bool)
    among[rows] = True
    window, _, _ = scan(
        tfidf,
        days,
        window=params.window_days,
        decay=params.decay_per_day,
        undated_apart=params.undated_apart,
        floor=params.floor,
        keep=keep,
        limit=1,
        among=among,  # every row among them: each pair once (st72)
    )
    hashes, docs, per_doc = fingerprints
    # a passage of more than `pairs.MAX_PASSAGE_GROUP` articles is boilerplate in a build
    mine = np.flatnonzero(among[docs])  # articles counted, not entries (st87)
    mine = mine[held_by(hashes[mine], hashes, docs) <= P.MAX_PASSAGE_GROUP]
    i, j, shared = P.passage_pairs(
        hashes[mine], docs[mine], days, max(params.window_days, params.near_copy_days)
    )
    apart = np.abs(days[i] - days[j])
    close = np.isnan(apart) | (apart <= params.near_copy_days)
    copy = P.near_copies(i, j, shared, per_doc) & close
    likeness = P.merge_pairs(window, (i[copy], j[copy], np.ones(int(copy.sum()), np.float32)), n)
    place = np.full(n, -1, dtype=np.int64)
    place[rows] = np.arange(len(rows))
    return place[likeness[0]], place[likeness[1]], likeness[2]


class Memo:
    """``likeness_of(rows)`` (`likeness_among`'s pairs of ``rows``) for one update's `split`
    and `retitle`: asked for half the rows or more (an update that read most articles again,
    issue 16), it scans every row once, and that call and each later one take their pairs
    from it (`restricted`), not from a scan of their own. A pair's score depends on its two
    rows alone (their cosine, summed over the earlier row's terms; shared passages counted
    over fingerprints not too common in the whole model), and the scan lists pairs by their
    earlier row's time, score and partner, so the pairs of ``rows`` are those of every row
    among ``rows``, in the same order: the same likeness as a scan of ``rows`` alone."""

    def __init__(self, likeness_of: Callable[[np.ndarray], P.Pairs], n: int) -> None:
        self._likeness_of, self._n = likeness_of, n
        self._every: P.Pairs | None = None

    def __call__(self, rows: np.ndarray) -> P.Pairs:
        if self._every is None and 2 * len(rows) >= self._n:
            self._every = self._likeness_of(np.arange(self._n, dtype=np.int64))
        if self._every is None:
            return self._likeness_of(rows)
        return restricted(self._every, rows, self._n)


def restricted(every: P.Pairs, rows: np.ndarray, n: int) -> P.Pairs:
    """The pairs of ``every`` (numbered by row, of ``n`` rows) with both rows in ``rows``
    (sorted), numbered by place in ``rows``, in their order."""
    place = np.full(n, -1, dtype=np.int64)
    place[rows] = np.arange(len(rows))
    i, j, s = every
    a, b = place[i], place[j]
    both = (a >= 0) & (b >= 0)
    return a[both], b[both], s[both]
