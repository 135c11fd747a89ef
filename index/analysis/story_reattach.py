"""An update asks the undated articles again when a dated story changed (issue 16).

A build attaches every undated article to the dated story it clearly belongs to after the
dated clustering (`story_undated.attach`). An update places its new articles only, so a
dated article that joined or started a story left an earlier undated article where it
was, though a rebuild put it in that story (un24). Here, after an update's placing, the
undated articles that meet a changed story -- one that gained or lost a dated
article -- (a cosine of ``params.floor`` or more with one of its dated articles, or being
in it; a dated near copy that joined changes its story too, though a copy counts in no
average: a rebuild may place an undated article by it, st50) are compared with every dated
article and placed by the build's rule
(`story_undated.choose`): one that now clearly belongs to a dated story moves there; one
that belonged to a dated story and no longer does stands alone, under its own title (kept
for undated articles only: `story_build.UNDATED_TITLES`), as a rebuild leaves it outside.
The update's own new undated articles are asked too: it placed them before its regroup
(`story_split`, which may pair two lone dated articles: `linkage.pair_lone`), so one the
pair would take stayed alone (rv58's case 2, st50). Only those rows are scanned, and
nothing is when no story changed or no article is undated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis import story_undated as undated_rule
from index.analysis.distinct import distinct
from index.analysis.row_dots import dots, ranges
from index.analysis.story_bound import bounded, pruner
from index.analysis.story_bound_fill import filled, raised
from index.analysis.story_build import story_id
from index.analysis.story_classes import same_rows, undated_copies
from index.analysis.story_copy_chain import touching
from index.analysis.story_settled import unasked
from index.analysis.story_undated import firsts as first_of

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams
    from index.analysis.story_files import Parts


def losing(parts: Parts, keep: np.ndarray) -> set[str]:
    """Ids of the stories of ``parts`` that lose a dated article when only ``keep`` stays."""
    a = parts.arrays
    gone = ~keep & ~np.isnan(a["time"])
    names: list[list[str]] = parts.meta["stories"]
    return {names[int(k)][0] for k in distinct(a["story"][gone])}


def lost_partners(parts: Parts, keep: np.ndarray) -> np.ndarray:
    """The kept undated rows (numbered among the kept rows) listed as a partner of a dated
    article that only ``keep`` leaves out, or listing one: it may have weighed in their
    choice, as their story or its runner-up, though no article left of its story meets
    them, or none is left (fx168). The lists hold an undated partner of a cosine of
    `related_fill.FILL_FLOOR` or more (`story_undated.for_related`), which a choice's
    runner-up of weight reaches."""
    a = parts.arrays
    undated = np.isnan(a["time"])
    gone = ~keep & ~undated
    if not gone.any():
        return np.empty(0, np.int64)
    neighbours = np.asarray(a["neighbours"])
    listed = neighbours[gone].ravel()
    listing = np.flatnonzero((gone[neighbours] & (neighbours >= 0)).any(axis=1))
    rows = distinct(np.concatenate((listed[listed >= 0].astype(np.int64), listing)))
    rows = rows[keep[rows] & undated[rows]]
    return (np.cumsum(keep) - 1)[rows]


def reattach(
    story: np.ndarray,
    stories: list[list[str]],
    days: np.ndarray,
    n_old: int,
    lost: set[str],
    rows_of: Callable[[np.ndarray, bool], Any],
    scan: P.Scan,
    params: StoryParams,
    fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray],
    ids: list[str],
    titles: dict[str, str],
    rank: np.ndarray | None = None,
    original: np.ndarray | None = None,
    digest: np.ndarray | None = None,
    same: P.Pairs | None = None,
    partners: np.ndarray | None = None,
    moved: np.ndarray | None = None,
    holding: Callable[[np.ndarray], Any] | None = None,
    idf: np.ndarray | None = None,
    alike: Callable[[], np.ndarray] | None = None,
    settle: bool = False,
) -> np.ndarray:
    """``story`` with the undated rows that meet a changed story placed again (the
    update's new ones too, st50); ``stories`` loses the stories left empty and gains one
    per row that leaves a dated story (named and titled after its article, as a build
    names and titles a story of one article).

    Args:
        story: Each row's story after the update placed its new rows.
        stories: ``[id, title]`` per story (changed in place).
        days: Each row's time, NaN when undated.
        n_old: Rows under this were in the model before the update.
        lost: Ids of the stories that lost a dated article in the update (`losing`).
        rows_of: ``rows_of(rows, False)``: the unit TF-IDF rows of ``rows`` (the others
            may be empty); ``rows_of(rows, True)``: of every row, those of the terms
            ``rows`` hold at least (every row's whole rows answer both). Called only
            when needed: at 100,000 articles every row's whole rows were ~0.3 CPU s.
        scan: The scan of those rows (`pairs.Scan`).
        params: The model's settings.
        fingerprints: ``(hashes sorted, their rows, fingerprints per row)`` of every row.
        ids: The article ids of every row (the update's new ones last).
        titles: The titles of the undated articles that have one, by id
            (`story_build.UNDATED_TITLES`): a row leaving its story names its own.
        rank: Each row's place in a build's order (`story_undated.ranks`): which story
            a near copy of articles of several joins (`story_undated.choose`).
        original: Each row's original (`story_copies.originals`): a near copy counts in
            no average (nu34 #5); a group of copies is asked as one, and its copies go
            where its original goes, as a build's `story_undated.attach` spreads them
            (fx168: an undated copy asked alone left its story and took its original).
        digest: Each row's digest of its counts (`story_copies.digests`), when known:
            rows of the same counts hold the same values (`story_classes.same_rows`).
        same: The pairs of the same words of every row (`story_copy_chain.chain`): near
            copies too short for passages, which a build meets among its copies (fx168).
        partners: Rows asked again whatever story they meet (`lost_partners`).
        moved: The dated rows whose story the update changed (new ones, and those a
            regroup moved: `moved_rows`), for a small update (`story_undated.asks_all`
            False): only the undated rows of a changed story, the update's new ones, and
            those a changed story may now take (`_reached`) are asked, not every one
            meeting an article of a changed story (st69). None: the exact
            rule, as a rebuild, which at 100,000 articles asked 9,868 of 9,917 undated
            rows for an update of 100 (re-weighing moves every cosine).
        holding: ``holding(terms)``: every row's unit TF-IDF values of the terms flagged
            (a flag per term) alone, in any order (`story_rows.Meeting.holding`); None:
            ``rows_of`` of the rows asked, all their terms (`_heavy`).
        idf: Each term's weight (`vectors.idf`): of an asked row's terms, the one of the
            highest is looked up (`_heavy`); None: the one fewest dated rows hold.
        alike: With ``digest``, each row's first of the same counts, for the scans
            (`story_undated.cross_pairs`).
        settle: With ``moved`` (no dated article removed): `story_settled.unasked`.
    """
    from index.analysis.story_copies import COPY

    n = len(days)
    if len(ids) != n:  # a row asked may be a new one: its id names a story it starts (st53)
        raise ValueError(f"reattach: {len(ids)} ids for {n} rows (every row's id is needed)")
    counted = np.ones(n, bool) if original is None else original == np.arange(n)
    undated = np.isnan(days)
    if not undated.any():  # new rows too: placed before the regroup (st50, rv58 case2)
        return story
    dated = np.where(undated, -1, story)
    changed = np.zeros(len(stories), dtype=bool)
    changed[dated[n_old:][dated[n_old:] >= 0]] = True  # a near copy too (st50)
    if lost:  # a name each of ~72,000 stories at 100,000 articles: looked up when any lost
        changed |= np.array([name in lost for name, _ in stories], dtype=bool)
    also = np.empty(0, np.int64) if partners is None else partners
    if not changed.any() and not len(also):
        return story
    if moved is not None:  # a story a regroup moved an article into changed too
        changed[story[moved & ~undated]] = True
    members = ~undated & ((changed[story] & counted) | (moved if moved is not None else False))
    among = members | undated
    met = undated_rule.cross_pairs(
        rows_of(np.flatnonzero(among), False),
        days,
        scan,
        params,
        P.empty_pairs(),
        np.flatnonzero(members),
        among,
        digest,
        alike,
    )
    asked = undated & changed[story]
    if moved is None:
        asked[np.concatenate(met[:2])] = True
    else:
        asked[_reached(met, undated, dated, counted, moved, params)] = True
    asked[also] = True
    if moved is not None:  # placed before the regroup (st50): asked whatever they meet
        asked[n_old:] = True
    asked &= undated
    if original is not None:  # a group of copies is asked as one: its original decides
        asked[original[asked]] = True
        asked |= asked[original]
    targets = np.flatnonzero(asked)
    if not len(targets):
        return story
    copies = undated_copies(targets, days, fingerprints)
    if same is not None:
        copies = P.merge_pairs(copies, touching(same, targets, n), n)
    if settle and moved is not None:  # of a copy no change touched: kept unasked (st78)
        same_of = alike() if alike is not None and digest is not None else None
        found, stirred = (copies, met), (n_old, also, moved)
        tie = np.arange(len(stories)) if rank is None else first_of(dated, rank, len(stories))
        asked = unasked(asked, story, dated, changed, stirred, found, tie, same_of, original)
        if not (targets := np.flatnonzero(asked)).size:
            return _close(story.astype(np.int64), stories)
    sizes = np.bincount(dated[(dated >= 0) & counted], minlength=len(stories))
    head = np.searchsorted(targets, targets if original is None else original[targets])
    read = targets[distinct(head)]  # a copy's choice is its original's: only those are read
    cut = pruner(undated, dated, counted, sizes, params)
    told = (undated, dated, counted, sizes) if cut is not None else None
    cross = _asked_pairs(
        read, days, copies, (rows_of, holding, idf), scan, params, digest, alike, cut, told
    )
    cross = bounded(cross, undated, dated, counted, sizes, params)
    rows_at, cols, scores = np.concatenate(cross[:2]), np.concatenate(cross[1::-1]), cross[2]
    scores = np.concatenate((scores, scores))
    mine = asked[rows_at] & (counted[cols] | (scores >= COPY))
    rows_at, cols, scores = rows_at[mine], cols[mine], scores[mine]
    first = None if rank is None else undated_rule.firsts(dated, rank, len(stories))
    out = story.astype(np.int64)
    chosen = undated_rule.choose_all(rows_at, cols, scores, targets, dated, sizes, params, first)
    lead = np.ones(len(targets), dtype=bool)
    if original is not None:  # a copy goes where its original goes, as a build spreads it
        chosen, lead = chosen[head], head == np.arange(len(targets))
    left = (chosen < 0) & (sizes[out[targets]] > 0)  # in a dated story, no longer belongs
    out[targets[chosen >= 0]] = chosen[chosen >= 0]
    leaving = targets[left & lead].tolist()
    taken = {name for name, _ in stories} if leaving else set()
    for row in leaving:
        out[row] = len(stories)
        stories.append([story_id(ids[row], taken), titles.get(ids[row], "")])
    if original is not None:
        out[targets] = out[original[targets]]
    return _close(out, stories)


def _reached(
    met: P.Pairs,
    undated: np.ndarray,
    dated: np.ndarray,
    counted: np.ndarray,
    moved: np.ndarray,
    params: StoryParams,
) -> np.ndarray:
    """The undated rows of the pairs ``met`` (each of an undated row and a dated article of
    a changed story) that a small update asks again: those whose average cosine to a
    changed story reaches ``params.undated_floor`` (it may be their choice now), or with a
    cosine of ``params.undated_floor`` or more to an article that moved (a near copy too:
    its copies follow it). Left out: a changed story that only blocked or stopped blocking
    another as runner-up (averages under the floor), and idf's drift (st69: 12 of 72,170
    stories differ from the exact rule at 100,000 articles, which asked 9,601 rows, this 1,604)."""
    i, j, s = met
    row, other = np.where(undated[i], i, j), np.where(undated[i], j, i)
    strong = moved[other] & (s >= params.undated_floor)
    inside = counted[other]
    sizes = np.bincount(dated[(dated >= 0) & counted], minlength=int(dated.max()) + 1)
    width = np.int64(len(sizes))
    key, inverse = np.unique(row[inside] * width + dated[other[inside]], return_inverse=True)
    sums = np.bincount(inverse.ravel(), weights=s[inside], minlength=len(key))
    close = sums / np.maximum(sizes[key % width], 1) >= params.undated_floor
    return distinct(np.concatenate((row[strong], (key // width)[close])))


def retitle(
    story: np.ndarray,
    stories: list[list[str]],
    days: np.ndarray,
    ids: list[str],
    titles: dict[str, str],
) -> None:
    """Title each story of one undated article by it, as a build does: one left alone by
    removals kept the title of an article no longer there (ut24). ``ids``: every row's."""
    sizes = np.bincount(story, minlength=len(stories))
    for row in np.flatnonzero((sizes[story] == 1) & np.isnan(days)).tolist():
        stories[int(story[row])][1] = titles.get(ids[row], "")


def _asked_pairs(
    targets: np.ndarray,
    days: np.ndarray,
    copies: P.Pairs,
    rows_of: tuple[
        Callable[[np.ndarray, bool], Any], Callable[[np.ndarray], Any] | None, np.ndarray | None
    ],
    scan: P.Scan,
    params: StoryParams,
    digest: np.ndarray | None = None,
    alike: Callable[[], np.ndarray] | None = None,
    prune: P.Prune | None = None,
    stories: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> P.Pairs:
    """`story_undated.cross_pairs` of the ``targets`` and their ``copies``, for `choose`.

    A target with a dated near copy (by fingerprints) is placed by the copy rule alone,
    which counts its dated partners scoring 1.0 or more: only those are looked for, among
    the dated rows holding its heaviest term (`_heavy`; no other row can reach 1.0); the
    others' cosines are not needed. The rest are scanned against every row, as before. An
    update re-asks nearly every undated row (a cosine of ``params.floor`` meets most), so
    this scan grew with the undated rows times all rows (st56: ~100 CPU s at 100,000
    articles, 10% undated, where nearly every undated article has a dated copy).
    ``rows_of``: `reattach`'s ``rows_of``, ``holding`` and ``idf``. Each part selects the values it
    multiplies (the values of a term are the same in any selection holding it, st66): the
    terms of every target were 85% of the values at 100,000 articles, ~0.3 CPU s (st71).
    ``prune`` (`story_bound.pruner`) cuts the scanned rows' pairs in the scan (st86); with
    ``stories`` (``prune``'s ``(undated, dated, counted, sizes)``) the scan keeps the cosines
    of the least bound or more and the pairs under it a choice needs are summed after
    (`story_bound_fill`, st92)."""
    whole, holding, idf = rows_of
    undated = np.isnan(days)
    ci, cj, cs = copies
    mixed = (undated[ci] != undated[cj]) & (cs >= 1.0)
    has_copy = np.zeros(len(days), dtype=bool)
    has_copy[np.where(undated[ci], ci, cj)[mixed]] = True
    quick = targets[has_copy[targets]]
    found = P.empty_pairs()
    if len(quick):
        held = holding or (lambda _: whole(targets, True))  # every target's terms hold theirs
        found, slow = _heavy(quick, (lambda at: whole(at, False), held, idf), undated, digest)
        quick = np.setdiff1d(quick, slow)
    rest = np.setdiff1d(targets, quick)
    rows = whole(rest, True) if len(rest) else None
    found_rest = (copies, rest, None, digest, alike, prune)
    least = raised(params) if stories is not None and prune is not None else params
    cross = undated_rule.cross_pairs(rows, days, scan, least, *found_rest)
    if least is not params and len(rest):
        assert stories is not None
        cross = filled(cross, rest, rows, stories, params, digest)
    return P.merge_pairs(cross, found, len(days))


def _heavy(
    quick: np.ndarray,
    rows_of: tuple[Callable[[np.ndarray], Any], Callable[[np.ndarray], Any], np.ndarray | None],
    undated: np.ndarray,
    digest: np.ndarray | None = None,
) -> tuple[P.Pairs, np.ndarray]:
    """The pairs of each row of ``quick`` (undated) and a dated row whose cosine, summed as
    a scan sums it (`story_rows._product`: float32, from 0.0, in the row's term order),
    is 1.0 or more; and the rows of ``quick`` this cannot answer for.

    A row lacking a term of weight ``w`` of a unit row ``u`` has an exact dot product of
    at most ``sqrt(1 - w*w)`` with it; with float32 rounding (norms and sums off by at
    most ``(k + 10) * 2**-24`` relatively, ``k`` the terms in all, taken twice) a
    cosine of 1.0 needs ``w*w`` under ``bound``. So only the dated rows holding every
    term of a row weighing more can reach 1.0: they are looked for among those holding
    the rarest of them (any would find the same rows; at 10,000 articles ``w`` > 0.13:
    every row asked had a term of ``w`` > 0.22); a row with no such term is returned for
    the full scan. Rows of ``quick`` holding the same values (`same_rows`, by ``digest``
    when given) are looked for once and share their pairs (st60). ``rows_of``: ``(whole,
    holding, idf)``: the unit rows of the rows given (the others empty), every row's values
    of the terms flagged alone (`reattach`'s ``holding``: a pair's products are those of
    the ``quick`` row's terms), and each term's idf: the rarest term is the one of the
    highest (None: of the fewest dated rows holding it, counted over every term weighing
    enough: 4.3M of 6.9M values at 100,000 articles, as a short row's common words do).
    """
    whole, holding, idf = rows_of
    rows = whole(quick)
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    slack = 2.0 * (rows.shape[1] + 10) * 2.0**-24  # no row holds more terms than there are
    bound = (1 + slack) ** 2 - 1 / ((1 + slack) ** 4)
    lengths = indptr[quick + 1] - indptr[quick]
    at = ranges(indptr[quick], lengths)
    owner = np.repeat(np.arange(len(quick)), lengths)
    weighty = data[at].astype(np.float64) ** 2 > bound  # a row lacking one cannot reach 1.0
    at, owner = at[weighty], owner[weighty]
    if idf is None:
        terms = np.zeros(rows.shape[1], dtype=bool)
        terms[indices[at]] = True
        held = holding(terms)
        dated = ~undated[np.repeat(np.arange(len(held.indptr) - 1), np.diff(held.indptr))]
        rare = -np.bincount(held.indices[dated], minlength=rows.shape[1])
    else:
        rare = np.asarray(idf)
    first = np.lexsort((-rare[indices[at]], owner))  # of each row's, the rarest
    lead = np.ones(len(first), dtype=bool)
    lead[1:] = owner[first][1:] != owner[first][:-1]
    heavy = np.full(len(quick), -1, dtype=np.int64)
    heavy[owner[first][lead]] = indices[at[first][lead]]
    ok = heavy >= 0
    slow = quick[~ok]
    quick, heavy = quick[ok], heavy[ok]
    if not len(quick):
        return P.empty_pairs(), slow
    rep = same_rows(rows, quick, digest)  # rows of the same values have the same heavy term, pairs
    likes = np.unique(rep)
    every, quick, heavy = quick, likes, heavy[np.searchsorted(quick, likes)]
    used = np.zeros(rows.shape[1], dtype=bool)
    used[heavy] = True
    holders = holding(used)  # every row's values of them alone
    entry_row = np.repeat(np.arange(len(holders.indptr) - 1), np.diff(holders.indptr))
    entry = np.flatnonzero(~undated[entry_row])  # dated rows holding one
    entry_row = entry_row[entry]
    by_term = np.argsort(holders.indices[entry], kind="stable")
    term_sorted, row_sorted = holders.indices[entry][by_term], entry_row[by_term]
    lo = np.searchsorted(term_sorted, heavy, side="left")
    count = np.searchsorted(term_sorted, heavy, side="right") - lo
    left = np.repeat(quick, count)
    right = row_sorted[ranges(lo, count)]
    cosine = dots(whole(distinct(np.concatenate((quick, right)))), left, right, digest)
    strong = cosine >= 1.0
    left, right, cosine = left[strong], right[strong], cosine[strong]
    lo = np.searchsorted(left, rep, side="left")  # each row gets its like's pairs (st60)
    count = np.searchsorted(left, rep, side="right") - lo
    at = ranges(lo, count)
    left, right, cosine = np.repeat(every, count), right[at], cosine[at]
    return (np.minimum(left, right), np.maximum(left, right), cosine), slow


def _close(story: np.ndarray, stories: list[list[str]]) -> np.ndarray:
    """``story`` numbered again without the stories left empty (dropped from ``stories``)."""
    alive = np.bincount(story, minlength=len(stories)) > 0
    if alive.all():
        return story.astype(np.int32)
    stories[:] = [s for s, keep in zip(stories, alive, strict=True) if keep]
    return (np.cumsum(alive) - 1)[story].astype(np.int32)
