"""An update groups again the stories that lost an article, as a build groups them (issue 16).

A story is what average linkage made of its articles' likeness: an article can bridge two
that are outside each other's window (0 h, 80 h, 200 h). An update that removed the bridge
kept the story whole, where a rebuild of the same files makes two (st24). Here, after an
update's placing, the articles of each story that lost one are grouped again by the build's
rule (`story_build.group`: average linkage, lone articles attached, long, genre and rare
cues) from their likeness computed as a build computes it (window cosines, near copies at
1.0), each story on its own: no other story is grouped again. The dated articles of a story
are grouped (its undated ones stay with the part that keeps its id and are asked again by
`story_reattach`); a story of undated articles only groups those.

Ids: the part with the most of the story's grouped articles that were in the model before
this update (not those it placed) keeps the story's id (ties: the part with the earliest
article, in the build's order), as a rebuild given the previous model names it (one rule for
both, `story_naming.continued`); a user following the story follows that part. Each other
part is a new story, named after its earliest article as an update names the story a new
article founds, titled by that article (the stories' titles are then chosen again by
`story_titles.retitle` when the model keeps every title). Votes go by article id: a file
read again brings its articles back under new rows, and they vote for the story the
previous model had them in (st25). After reattaching, `rename` names every story the
update changed by the same rule, as placing and reattaching name a joined story after the
one that took the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis.distinct import distinct
from index.analysis.story_build import PAIR_SHARE, group, story_id
from index.analysis.story_classes import firsts_of, same_rows
from index.analysis.story_copies import local_keys
from index.analysis.story_naming import continued

if TYPE_CHECKING:
    from index.analysis.stories import StoryArticle, StoryParams
    from index.analysis.story_files import Parts


def split(
    story: np.ndarray,
    stories: list[list[str]],
    touched: set[str],
    days: np.ndarray,
    ids: Sequence[str],
    rank: np.ndarray,
    cues: tuple[np.ndarray, np.ndarray, np.ndarray, tuple[np.ndarray, ...]],
    params: StoryParams,
    likeness_of: Callable[[np.ndarray], P.Pairs],
    titles: Sequence[str] | None = None,
    before: tuple[Sequence[Sequence[str]], np.ndarray] | None = None,
    copy_rank: np.ndarray | None = None,
    reach: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None,
) -> tuple[np.ndarray, set[str]]:
    """``story`` with the ``touched`` stories (ids) grouped again, together; ``stories``
    (changed in place) gains a story per new part and loses those left empty. Returns the
    new labels and the ids of the stories their rows are in now.

    Args:
        story: Each row's story.
        stories: ``[id, title]`` per story.
        touched: Ids of the stories to group again.
        days: Each row's time, NaN when undated.
        ids: Each row's article id.
        rank: Each row's place in a build's order (`story_undated.ranks`).
        cues: ``(genre, long, rare, series)``: each row's genre code and full-text flag,
            the rare-term pair keys ``a * n + b`` of every row (`story_rare.rare_keys`),
            and every row's source code, headline place mask (`story_places`) and ticker
            mask (`story_tickers`).
        params: The model's settings.
        likeness_of: The build's likeness of the pairs of sorted rows, numbered by place
            (`story_titles.likeness_among`).
        titles: Every row's title, when the model keeps them.
        before: ``(stories, story)``: the model before the update's ``[id, title]`` per
            story and the story it had each row's article in (-1: an article it did not
            have), by article id: a file read again brings its articles back as new rows.
            Only those articles say which group keeps which id, as a rebuild given the
            previous model counts the articles it had, not the ones this update placed
            (None: ``stories`` and ``story`` are the model before the update).
        copy_rank: Each row's place in the order that picks an original among near
            copies (`story_copies.ranks`), as a build picks it.
        reach: The undated rows some undated rows may link to (`undated_reach`; None: the
            touched stories' rows only). A build groups every undated article together
            before attaching some to dated stories, so the undated rows of the touched
            stories are grouped with those they reach, by and by (rv34 #3): undated-only
            stories met are grouped again too; rows of a dated story, and the ring of rows
            a lone article's attaching weighs (not reached further), take part but stay
            where they are (`story_reattach` asks the former).
    """
    n = len(story)
    asked = np.array([name in touched for name, _ in stories] + [False], dtype=bool)
    if not asked.any():
        return story, set()
    undated = np.isnan(days)
    has_dated = np.zeros(len(stories) + 1, dtype=bool)
    has_dated[story[~undated]] = True
    helpers = np.zeros(n, dtype=bool)
    if reach is not None:
        alone = undated & ~has_dated[story]
        met, ring = _reached_undated(np.flatnonzero(asked[story] & undated), story, alone, reach)
        asked[story[met[alone[met]]]] = True
        helpers[met[~alone[met]]] = True
        helpers[ring] = True
    mine = asked[story] & (~undated | ~has_dated[story])
    helpers &= ~mine
    rows = np.flatnonzero(mine | helpers)
    m = len(rows)
    i, j, s = likeness_of(rows)
    alike = undated[rows[i]] == undated[rows[j]]  # dated and undated meet by `attach` only
    # numbered in the build's order (oldest first, undated last, by id), as a build groups
    order = np.argsort(rank[rows], kind="stable")
    place = np.empty(m, dtype=np.int64)
    place[order] = np.arange(m)
    pairs = (place[i[alike]], place[j[alike]], s[alike])
    genre, long, rare, cued = cues
    ordered = rows[order]
    rare = local_keys(rare, ordered, n)
    series = tuple(cue[ordered] for cue in cued)
    labels = group(
        m,
        pairs,
        params,
        genre[ordered],
        rare,
        long[ordered],
        numpy_only=True,
        series=series,
        rank=None if copy_rank is None else copy_rank[ordered],
    )
    if before is None:
        before = ([list(entry) for entry in stories], story)
    own = ~helpers[ordered]  # a helper keeps its dated story
    return _name(story, stories, ordered[own], labels[own], (asked, *before), ids, titles)


def _reached_undated(
    seeds: np.ndarray,
    story: np.ndarray,
    alone: np.ndarray,
    reach: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray]:
    """The undated rows ``seeds`` link to (`split`'s ``reach``), and those these link to,
    and so on, with every row of an undated-only story (``alone``: its rows) one of them is
    in; and the ring of rows any of them scores less with, not reached further (sorted)."""
    met = np.zeros(len(story), dtype=bool)
    ring = np.zeros(len(story), dtype=bool)
    frontier = seeds
    while len(frontier):
        met[frontier] = True
        found, near = reach(frontier)
        ring[near] = True
        found = found[~met[found]]
        met[found] = True
        mates = np.flatnonzero(np.isin(story, story[found]) & alone & ~met)
        frontier = np.union1d(found, mates)
    return np.flatnonzero(met), np.flatnonzero(ring & ~met)


def undated_reach(
    rows_of: Callable[[np.ndarray], Any],
    scan: Callable[..., tuple[P.Pairs, np.ndarray, np.ndarray]],
    days: np.ndarray,
    params: StoryParams,
    digest: np.ndarray | None = None,
    alike: Callable[[], np.ndarray] | None = None,
) -> Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """`split`'s ``reach``: of some undated rows, the undated rows a build's linkage or
    attaching may join to one of them (a cosine of `_bar` or more, as a build's scan meets
    two undated articles; themselves included), and those it pairs with them for less (its
    least kept score or more): a lone article's attaching weighs its runner-up story (seed
    1438 of the test's corpora). Not reached further: the undated articles of a corpus are
    mostly one chain at that score (452 of 467 in a stories_eval sample), a whole regroup.
    ``rows_of(rows)``: unit TF-IDF rows that ``rows`` can be scanned against every row
    with; ``scan``: `story_rows.window_scan` (or `pairs.window_scan` with SciPy rows).
    ``digest``: each row's digest of its counts (`story_copies.digests`), when known: of
    rows holding the same values only the first is scanned (`story_classes.same_rows`: it
    meets every other row as they do, and they are reached already; st74). ``alike``: each
    row's first of the same counts (`story_undated.cross_pairs`'s): of the other undated rows
    of the same counts only the first is scanned against, and the others go where it goes
    (the same values: the same scores with every row; st75)."""
    undated = np.isnan(days)

    def reach(at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = rows_of(at)
        scanned = at if digest is None else np.unique(same_rows(rows, at, digest))
        columns, first = undated, None
        if alike is not None:
            others = undated.copy()
            others[at] = False
            o = np.flatnonzero(others)
            first = np.arange(len(days), dtype=np.int64)
            first[o] = firsts_of(alike()[o], o)
            columns = undated.copy()
            columns[o[first[o] != o]] = False
        (i, j, s), _, _ = scan(
            rows,
            days,
            window=params.window_days,
            decay=params.decay_per_day,
            undated_apart=params.undated_apart,
            floor=params.floor,
            keep=params.threshold * PAIR_SHARE,
            limit=1,
            targets=scanned,
            among=columns,
        )
        strong = s >= _bar(params)
        linked = np.union1d(np.concatenate((i[strong], j[strong])), at)
        ring = np.setdiff1d(np.concatenate((i, j)), linked)
        if first is None:
            return linked, ring
        return np.flatnonzero(np.isin(first, linked)), np.flatnonzero(np.isin(first, ring))

    return reach


def _name(
    story: np.ndarray,
    stories: list[list[str]],
    rows: np.ndarray,
    labels: np.ndarray,
    grouped: tuple[np.ndarray, Sequence[Sequence[str]], np.ndarray],
    ids: Sequence[str],
    titles: Sequence[str] | None,
) -> tuple[np.ndarray, set[str]]:
    """Name each group (``labels`` of ``rows``, in the build's order) as a rebuild given the
    previous model does (`story_naming.continued`: a previous story's id goes to the group with
    its largest share, ties: the larger group, then the one with the earliest row; only if half
    the group's voting rows came from it), else a new id after its earliest row. The
    ``asked`` stories' rows not grouped (undated rows of a dated story) go where most of its grouped
    rows went. ``grouped``: ``(asked, *before)`` as in `split`."""
    asked, before, was = grouped
    _, first, labels = np.unique(labels, return_index=True, return_inverse=True)
    relabel = np.empty(len(first), dtype=np.int64)
    relabel[np.argsort(first, kind="stable")] = np.arange(len(first))
    labels, first = relabel[labels], np.sort(first)
    old = story[rows].astype(np.int64)
    pair, count = np.unique(labels * (len(stories) + 1) + old, return_counts=True)
    label_of, old_of = np.divmod(pair, len(stories) + 1)
    # only the articles the previous model had vote, for the story it had them in, by id
    # (a row this update placed, or an article read again under a new row: st24b, st25)
    voted = np.asarray(was)[rows].astype(np.int64)
    width = len(before) + 1
    vote, votes = np.unique((labels * width + voted)[voted >= 0], return_counts=True)
    vote_label, vote_old = (x.tolist() for x in np.divmod(vote, width))
    # a name given here is an asked story's or none's (the others' are `taken`, blocked): those
    # alone are looked up (every story's: ~0.02 CPU s at 100,000 articles, st75)
    index = {stories[k][0]: k for k in np.flatnonzero(asked[: len(stories)]).tolist()}
    taken = {name for (name, _), ask in zip(stories, asked.tolist(), strict=False) if not ask}
    larger = -np.bincount(labels, minlength=len(first))
    known = np.bincount(labels[voted >= 0], minlength=len(first)).tolist()
    ballots = [
        (label, count, before[was_k][0], (int(larger[label]), label))
        for label, count, was_k in zip(vote_label, votes.tolist(), vote_old, strict=True)
    ]
    named = continued(ballots, dict(enumerate(known)), blocked=set(taken))
    position = {before[k][0]: k for k in vote_old}  # the ids given are voters' (distinct)
    chosen = [position[named[label]] if label in named else -1 for label in range(len(first))]
    taken.update(before[was_k][0] for was_k in vote_old)  # an ended id is not given again
    target = np.empty(len(first), dtype=np.int64)
    for label, at in enumerate(first.tolist()):
        founder = int(rows[at])
        if chosen[label] < 0:  # a new story, named and titled as an update names one
            name = story_id(ids[founder], taken)
            entry = [name, titles[founder] if titles else stories[int(old[at])][1]]
        else:  # its entry now, or the previous model's when all its rows were read again
            name = before[chosen[label]][0]
            entry = stories[index[name]] if name in index else list(before[chosen[label]])
        if name in index:
            stories[index[name]] = entry
            target[label] = index[name]
        else:
            stories.append(entry)
            target[label] = len(stories) - 1
    out = story.astype(np.int64)
    # the rows left out follow the group with most of their story's rows (first: earliest)
    most = np.full(len(stories) + 1, -1, dtype=np.int64)
    for k in np.lexsort((label_of, -count))[::-1].tolist():
        most[old_of[k]] = target[label_of[k]]
    out[rows] = target[labels]
    left = np.flatnonzero(asked[story] & (out == story))
    left = left[~np.isin(left, rows)]
    out[left] = np.where(most[story[left]] >= 0, most[story[left]], story[left])
    alive = np.bincount(out, minlength=len(stories)) > 0
    now = {stories[k][0] for k in distinct(out[rows]).tolist()}
    stories[:] = [entry for entry, keep in zip(stories, alive, strict=True) if keep]
    return (np.cumsum(alive) - 1)[out].astype(story.dtype), now


def previously(
    parts: Parts, keep: np.ndarray, added: Sequence[StoryArticle]
) -> tuple[list[list[str]], np.ndarray]:
    """`split`'s ``before``: the stories of the model ``parts`` and the one it had each row
    of the update in (the kept rows, then the ``added`` articles: -1 for one it did not
    have), by article id: an article read again (its file rewritten) had its story."""
    story = parts.arrays["story"].astype(np.int64)
    ids = parts.meta["ids"]
    dropped = {ids[k]: int(story[k]) for k in np.flatnonzero(~keep).tolist()}
    again = np.array([dropped.get(article.id, -1) for article in added], dtype=np.int64)
    return parts.meta["stories"], np.concatenate((story[keep], again))


def rename(
    story: np.ndarray,
    stories: list[list[str]],
    before: tuple[Sequence[Sequence[str]], np.ndarray],
    sizes: np.ndarray,
    rank: np.ndarray,
    ids: Sequence[str],
) -> None:
    """Name the stories the update changed as a rebuild given the previous model names them
    (`story_naming.continued`, as `story_naming.story_names`; ``stories`` changed in place): a
    previous story's id goes to the story holding its largest share (``before``, as in `split`;
    ties: the larger story, then the one with the earliest article in the build's order: fx57), if
    half its voting articles came from it, else a new id after its earliest article (fx69). A
    story with the same articles under the same id as before keeps it. Placing and reattaching (an
    undated story joining a dated one) name a story after the story that took the others: a followed
    story read again would get a new id (st25)."""
    names_before, was = before
    count, width = len(stories), len(names_before) + 1
    low = np.full(count, width, dtype=np.int64)
    high = np.full(count, -1, dtype=np.int64)
    np.minimum.at(low, story, np.where(was < 0, width, was))
    np.maximum.at(high, story, np.where(was < 0, width, was))
    one = (low == high) & (low < width - 1)
    at = np.where(one, low, len(names_before))  # the padding: no one previous story
    held = np.array([name for name, _ in names_before] + [""], dtype=object)[at]
    now = np.array([name for name, _ in stories], dtype=object)
    size = np.append(sizes, -1)[at]
    same = one & (np.bincount(story, minlength=count) == size) & (held == now)
    if same.all():
        return
    taken = set(now[same].tolist())
    earliest = np.full(count, len(rank), dtype=np.int64)
    np.minimum.at(earliest, story, rank)
    voters = np.flatnonzero(~same[story] & (was >= 0))
    pair, votes = np.unique(story[voters] * width + was[voters], return_counts=True)
    larger = -np.bincount(story, minlength=count)
    known = np.bincount(story[voters], minlength=count).tolist()
    ballots = [
        (int(k), n, names_before[old][0], (int(larger[k]), int(earliest[k])))
        for n, k, old in zip(votes.tolist(), *np.divmod(pair, width), strict=True)
    ]
    chosen = continued(ballots, dict(enumerate(known)), blocked=set(taken))
    taken.update(name for _, _, name, _ in ballots)  # an ended id is not given again
    order = np.argsort(rank, kind="stable")
    founder = np.full(count, -1, dtype=np.int64)
    founder[story[order][::-1]] = order[::-1]  # each story's earliest row in the build's order
    for k in np.argsort(earliest, kind="stable").tolist():
        if not same[k]:
            name = chosen.get(k) or story_id(ids[int(founder[k])], taken)
            stories[k] = [name, stories[k][1]]


def reached(
    likeness: P.Pairs,
    n_old: int,
    story: np.ndarray,
    stories: list[list[str]],
    params: StoryParams,
    original: np.ndarray | None = None,
) -> set[str]:
    """Ids of the stories a new row (``n_old`` or more) is in or may link by ``likeness``:
    a pair the linkage could count at its threshold (raised by the rare and long cues) or
    a lone article attach by (`linkage.attach_lone`). Grouped again, a new article that
    bridges two stories joins them, as in a rebuild. A new near copy (``original``:
    `story_copies.originals`) reaches none: it groups as its original, which is placed."""
    i, j, s = likeness
    copy = np.zeros(len(story), bool) if original is None else original != np.arange(len(story))
    new = ((i >= n_old) | (j >= n_old)) & (s >= _bar(params)) & ~copy[i] & ~copy[j]
    at = np.concatenate((story[i[new]], story[j[new]], story[n_old:][~copy[n_old:]]))
    if original is not None and copy[n_old:].any():  # a copy chaining two stories' articles
        chain = np.isin(original, original[n_old:][copy[n_old:]])
        pair = distinct(original[chain] * (len(stories) + 1) + story[chain])
        heads, count = np.unique(pair // (len(stories) + 1), return_counts=True)
        both = np.isin(original, heads[count > 1])
        at = np.concatenate((at, story[both]))
    at = distinct(at)
    return {stories[k][0] for k in at.tolist()}


def bordering(
    story: np.ndarray,
    stories: list[list[str]],
    touched: set[str],
    partners: tuple[np.ndarray, np.ndarray],
    params: StoryParams,
) -> set[str]:
    """Ids of the stories a row of a ``touched`` story lists among its best ``partners``
    (``(neighbours, scores)`` per row, -1 padded) by a score the linkage or a lone
    article's attaching could count (as `reached`): once an article is gone, what is left
    of its story may join them, as in a rebuild."""
    neighbours, scores = partners
    asked = np.array([name in touched for name, _ in stories], dtype=bool)
    rows = np.flatnonzero(asked[story])
    listed, scored = neighbours[rows], scores[rows]
    found = listed[(listed >= 0) & (scored >= _bar(params))]
    return touched | {stories[k][0] for k in distinct(story[found]).tolist()}


def _bar(params: StoryParams) -> float:
    """The least likeness the linkage (raised by the rare and long cues) or a lone
    article's attaching can count."""
    return min(
        params.attach_floor,
        params.pair_floor,
        (params.threshold - params.rare_bonus)
        / max(params.long_factor, params.long_one_outlet or params.long_factor),
    )
