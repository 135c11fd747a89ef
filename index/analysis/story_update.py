"""Update a story model: drop removed articles, compare new ones within the window, place them.

NumPy only (`story_rows` for the term rows): an update never imports SciPy."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis import story_undated as undated
from index.analysis.distinct import distinct
from index.analysis.story_build import (
    PAIR_SHARE,
    UNDATED_TITLES,
    _days,
    _listed,
    _passage_flags,
    _progress,
    _score,
    _why_terms,
    tokens_for,
    undated_titles,
)
from index.analysis.story_classes import every_same_row
from index.analysis.story_copies import (
    once,
    originals,
    passages,
    same_kind,
    stored_copies,
    terms_once,
)
from index.analysis.story_copy_chain import chain, current, regained, regrown
from index.analysis.story_copy_digest import ranked
from index.analysis.story_daily import not_copies
from index.analysis.story_files import COPY_DIGEST, LATER, Parts, later
from index.analysis.story_genre import genres
from index.analysis.story_length import longs
from index.analysis.story_meeting import Meeting
from index.analysis.story_placement import place
from index.analysis.story_places import series_of
from index.analysis.story_rare import rare_keys
from index.analysis.story_reattach import losing, lost_partners, reattach, retitle
from index.analysis.story_rows import (
    Rows,
    _scan,
    near_rows,
    scipy_order,
    stack,
    take,
    take_runs,
    term_counts,
    tfidf_at,
    window_scan,
)
from index.analysis.story_settled import moved_rows
from index.analysis.story_split import bordering, previously, reached, rename, split, undated_reach
from index.analysis.story_titles import TITLES, Memo, changed, likeness_among, restricted
from index.analysis.story_titles import retitle as central_retitle
from index.analysis.story_uncopied import not_among, relisted
from index.analysis.vectors import Vocabulary, fingerprints, idf, top_terms

if TYPE_CHECKING:
    from index.analysis.stories import ProgressCallback, StoryArticle, StoryParams


def apply(
    parts: Parts,
    params: StoryParams,
    added: list[StoryArticle],
    removed: set[str],
    on_progress: ProgressCallback | None,
) -> Parts:
    """The parts of the updated model (``added`` is already in canonical order)."""
    meta = parts.meta
    ids: list[str] = meta["ids"]
    fresh_ids = {a.id for a in added}
    keep = np.array([i not in removed and i not in fresh_ids for i in ids], dtype=bool)
    _progress(on_progress, 0, len(added), "updating")
    lost, lost_rows = losing(parts, keep), lost_partners(parts, keep)
    a_before = parts.arrays["time"]
    emptied = {parts.meta["stories"][k][0] for k in distinct(parts.arrays["story"][~keep])}
    kept = _drop(parts, keep)
    a = kept.arrays
    n_old, n_new = len(kept.meta["ids"]), len(added)
    n = n_old + n_new

    vocab = Vocabulary(*(kept.vocab or ([], [])))
    tokens = tokens_for(vocab, added)
    assert kept.counts is not None
    data, indices, indptr, (_, width) = kept.counts
    old_counts = Rows.of((data, indices, indptr, (n_old, len(vocab))))
    new_counts = term_counts(tokens, n_new, vocab.stop_mask(), len(vocab))
    counts = stack(old_counts, new_counts)
    df = np.concatenate((a["df"], np.zeros(len(vocab) - width, np.int32)))
    df += np.bincount(new_counts.indices, minlength=len(vocab)).astype(np.int32)
    days = np.concatenate((a["time"], np.array([_days(x.date) for x in added], np.float64)))
    new_rows = np.arange(n_old, n, dtype=np.int64)
    among = near_rows(days, new_rows, params.window_days)
    keys = vocab.keys(tokens.ids)  # the new words' stems' letters (no other slot is read)
    fp_hash, fp_doc = fingerprints(tokens, first_doc=n_old, keys=keys)
    all_hash, all_doc = merged(a["fp_hash"], a["fp_doc"], fp_hash, fp_doc)
    per_doc = np.bincount(all_doc, minlength=n)
    found = passages(days, (fp_hash, fp_doc), (a["fp_hash"], a["fp_doc"]), per_doc, params)
    every_id = kept.meta["ids"] + [x.id for x in added]
    found, copy_rank, digest = ranked(found, counts, days, params, vocab, every_id, parts, keep)
    fps = (all_hash, all_doc, per_doc)
    same = chain(counts, days, params, digest)  # every row's, as a build's (fx168)
    stored = stored_copies(a["neighbours"], a["scores"])
    stored = current(stored, same, counts, digest, n_old, fps, days, params)
    # a passage grown into boilerplate, or out of it (st87)
    stored, dropped = regrown(stored, fps, n_old)
    fp_then = (parts.arrays["fp_hash"], parts.arrays["fp_doc"])
    gained = regained(fp_then, keep, fps, n_old, days, params)
    stored = P.merge_pairs(stored, gained, n)
    copies = P.merge_pairs(P.merge_pairs(stored, found[1], n), same, n)
    recopied = not_among(dropped, copies, n), gained  # a pair of the same words is still one
    original = originals(n, copies, copy_rank)
    grouped_terms = terms_once(counts, original, digest)  # a group's words: its original's row
    single, singles = once(counts, df, original, grouped_terms)  # a copy counts once
    weights = idf(single, singles)
    rows = tfidf_at(counts, np.flatnonzero(among), weights)
    lists = relisted((a["neighbours"], a["scores"]), recopied, counts, weights, days, params)
    scored = _score(
        rows,
        days,
        found,
        params,
        new_rows,
        lists,
        among,
        window_scan=window_scan,
    )
    # copied: `place` appends, retitling edits in place (a reader may hold the old model)
    stories = [list(entry) for entry in kept.meta["stories"]]
    genre = np.concatenate((later(a, "genre", n_old), genres(added)))
    long = np.concatenate((later(a, "long", n_old), longs(added, params.long_words)))
    rare = rare_keys(*grouped_terms, single)
    sources = list(kept.meta["sources"])  # outlets new to it are appended
    series = series_of(sources, a, n_old, added)
    # the grouping's copies: of one kind, as a build's linkage meets them (`group`)
    alike = same_kind(P.merge_pairs(copies, scored.likeness, n), days)
    grouped = originals(n, not_copies(alike, series), copy_rank)
    # each row's first of the same counts, found once for the scans by undated rows (st75)
    same_counts = cache(lambda: every_same_row(counts, digest))
    cross = undated.cross_pairs(
        rows, days, _scan, params, scored.likeness, new_rows, among, digest, same_counts
    )
    rank = undated.ranks(days, every_id)
    story = place(
        added,
        n_old,
        scored.likeness,
        a["story"],
        stories,
        params,
        genre,
        rare,
        long,
        cross,
        days,
        rank,
        series,
        grouped,
    )
    every_title = kept.meta[TITLES] + [x.title for x in added] if TITLES in kept.meta else None

    def scan_among(at: np.ndarray) -> P.Pairs:  # the build's, among the rows ``at``
        rows_at = scipy_order(tfidf_at(counts, at, weights))
        found = likeness_among(at, days, rows_at, window_scan, fps, params, least)
        return P.merge_pairs(found, restricted(same, at, n), len(at))

    likeness_of = Memo(scan_among, n)  # most rows asked: one scan for split and retitle
    meeting = Meeting(counts, weights, rows if among.all() else None)  # weighed once (st57)
    undated_rows = meeting.among(np.isnan(days))  # a reach scans among them alone

    least, reach_by = params.threshold * PAIR_SHARE, (window_scan, days, params)
    before = previously(parts, keep, added)
    reach = undated_reach(lambda at: scipy_order(undated_rows(at)), *reach_by, digest, same_counts)
    cues = (genre, long, rare, series)

    def regroup(story: np.ndarray, touched: set[str]) -> tuple[np.ndarray, set[str]]:
        grouping = (params, likeness_of, every_title, before, copy_rank, reach)
        return split(story, stories, touched, days, every_id, rank, cues, *grouping)

    story, parted = regroup(
        story,
        bordering(story, stories, emptied, (scored.neighbours, scored.scores), params)
        | reached(scored.likeness, n_old, story, stories, params, grouped),
    )
    lost |= parted
    emptied |= parted
    titles = {**kept.meta.get(UNDATED_TITLES, {}), **undated_titles(added)}
    named = {name for name, _ in stories}
    every, asked = undated.asks_all(meta, n, n_new + int((~keep).sum()))
    moved = None if every else moved_rows(story, stories, before)
    story = reattach(
        story,
        stories,
        days,
        n_old,
        lost,
        lambda at, whole: scipy_order(meeting(at) if whole else tfidf_at(counts, at, weights)),
        _scan,
        params,
        fps,
        every_id,
        titles,
        rank,
        grouped,
        digest,
        same,
        lost_rows,
        moved,
        meeting.holding,
        weights,
        same_counts,
        settle=not (~keep & ~np.isnan(a_before)).any(),  # a removed copy: all asked (st78)
    )
    # an undated article that left its dated story is grouped with the undated ones it
    # links to, as a build's linkage groups it before attaching (fx168)
    left = {name for name, _ in stories} - named
    if left:
        story, parted = regroup(story, left)
        emptied |= parted
    retitle(story, stories, days, every_id, titles)
    if every_title is not None:  # the stories changed titled as a build titles them
        touched = changed(kept.meta["stories"], a["story"], stories, story, emptied)
        texts = (series[0], digest, every_id)
        central_retitle(stories, story, touched, every_title, rank, likeness_of, texts)
    sizes = np.bincount(parts.arrays["story"], minlength=len(meta["stories"]))
    rename(story, stories, before, sizes, rank, every_id)
    neighbours, scores = P.merge_partners(
        scored.neighbours, scored.scores, undated.for_related(cross, params)
    )
    i, j, _ = scored.likeness
    relisted_rows = (*recopied[0][:2], *gained[:2])
    redo = distinct(np.concatenate((i, j, cross[0], cross[1], new_rows, *relisted_rows)))
    passage = np.zeros(neighbours.shape, dtype=bool)
    passage[:n_old] = a["passage"]
    passage[redo] = _passage_flags(neighbours, scored.passages, n, redo) | _kept_flags(
        a, neighbours, n, redo
    )
    words = list(kept.meta["why_terms"])
    why = _why_terms(
        top_terms(take(rows, new_rows)), vocab, words, {w: k for k, w in enumerate(words)}
    )
    arrays: dict[str, np.ndarray] = {
        "time": days,
        "source": series[0],
        "story": story,
        "neighbours": neighbours,
        "scores": scores,
        "passage": passage,
        "top_terms": np.concatenate((a["top_terms"], why)),
        "df": df,
        "fp_hash": all_hash,
        "fp_doc": all_doc,
        "genre": genre,
        "long": long,
        "place": series[1],
        "ticker": series[2],
        "form": series[3],
    }
    new_meta: dict[str, Any] = {
        **kept.meta,
        "ids": every_id,
        "sources": sources,
        "stories": stories,
        "why_terms": words,
        UNDATED_TITLES: titles,
        undated.FULL_ASK: asked,
    }
    if every_title is not None:
        new_meta[TITLES] = every_title
    _progress(on_progress, n_new, n_new, "done")
    csr = (  # `stack`'s new arrays: copied only if of another type
        counts.data.astype(np.float32, copy=False),
        counts.indices.astype(np.int32, copy=False),
        counts.indptr.astype(np.int64, copy=False),
        (n, len(vocab)),
    )
    return Parts(new_meta, arrays | {COPY_DIGEST: digest}, csr, (vocab.stems, vocab.words), keep)


def merged(
    hashes: np.ndarray, docs: np.ndarray, more: np.ndarray, their_docs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The fingerprints ``(hashes, docs)`` (sorted by hash) and ``(more, their_docs)``
    together, sorted by hash as a stable sort of the two one after the other sorts them:
    the few new ones put in place, the old ones not sorted again (an update's ~3,400 among
    3.4M at 100,000 articles: the argsort and two gathers of every one were ~0.05 CPU s)."""
    kinds = np.result_type(hashes, more), np.result_type(docs, their_docs)
    if len(hashes) > 1 and bool((hashes[1:] < hashes[:-1]).any()):  # not sorted: sort all
        every = np.concatenate((hashes, more)).astype(kinds[0], copy=False)
        order = np.argsort(every, kind="stable")
        return every[order], np.concatenate((docs, their_docs)).astype(kinds[1])[order]
    order = np.argsort(more, kind="stable")
    at = np.searchsorted(hashes, more[order], side="right") + np.arange(len(order))
    old = np.ones(len(hashes) + len(more), dtype=bool)
    old[at] = False
    out: list[np.ndarray] = []
    for kind, before, new in zip(
        kinds, (hashes, docs), (more[order], their_docs[order]), strict=True
    ):
        together = np.empty(len(old), dtype=kind)
        together[at] = new
        together[old] = before
        out.append(together)
    return out[0], out[1]


def _drop(parts: Parts, keep: np.ndarray) -> Parts:
    """The parts without the rows where ``keep`` is False; emptied stories disappear."""
    if keep.all():
        return parts

    a = parts.arrays
    remap = np.full(len(keep) + 1, -1, dtype=np.int64)  # the extra slot maps padding (-1) to -1
    remap[:-1][keep] = np.arange(int(keep.sum()))
    # the kept rows only, renumbered in int32 (row numbers fit: they are int32 on disk)
    neighbours = remap.astype(np.int32)[np.asarray(a["neighbours"])[keep]]
    absent = neighbours < 0
    scores = np.asarray(a["scores"], np.float32)[keep]
    scores[absent] = 0.0
    passage = np.asarray(a["passage"])[keep] & ~absent
    # close the gaps left by dropped partners (only rows that had one), keeping the order
    gaps = np.flatnonzero(
        ((neighbours < 0) & (np.roll(neighbours, -1, axis=1) >= 0))[:, :-1].any(axis=1)
    )
    slot = np.argsort(neighbours[gaps] < 0, axis=1, kind="stable")
    neighbours[gaps] = np.take_along_axis(neighbours[gaps], slot, axis=1)
    scores[gaps] = np.take_along_axis(scores[gaps], slot, axis=1)
    passage[gaps] = np.take_along_axis(passage[gaps], slot, axis=1)
    neighbours = neighbours.astype(np.int32)
    assert parts.counts is not None
    shape = parts.counts[3]
    counts = Rows.of(parts.counts)
    gone = take(counts, ~keep)
    df = a["df"] - np.bincount(gone.indices, minlength=shape[1]).astype(np.int32)
    counts = take_runs(counts, keep)
    fp_keep = keep[a["fp_doc"]]
    story = a["story"][keep]
    alive = np.zeros(len(parts.meta["stories"]), dtype=bool)
    alive[story] = True
    renumber = np.cumsum(alive) - 1
    arrays: dict[str, np.ndarray] = {
        "time": a["time"][keep],
        "source": a["source"][keep],
        "story": renumber[story].astype(np.int32),
        "neighbours": neighbours,
        "scores": scores,
        "passage": passage,
        "top_terms": a["top_terms"][keep],
        "df": df,
        "fp_hash": a["fp_hash"][fp_keep],
        "fp_doc": remap.astype(np.int32)[a["fp_doc"][fp_keep]],
        **{name: later(a, name, len(keep))[keep] for name in LATER},
    }
    meta = {
        **parts.meta,
        "ids": [i for i, k in zip(parts.meta["ids"], keep, strict=True) if k],
        "stories": [s for s, k in zip(parts.meta["stories"], alive, strict=True) if k],
    }
    if TITLES in meta:
        meta[TITLES] = [t for t, k in zip(meta[TITLES], keep, strict=True) if k]
    if UNDATED_TITLES in meta:  # a removed or replaced article's title goes with it
        kept_ids = set(meta["ids"])
        meta[UNDATED_TITLES] = {i: t for i, t in meta[UNDATED_TITLES].items() if i in kept_ids}
    csr = (counts.data, counts.indices, counts.indptr, (int(keep.sum()), shape[1]))
    return Parts(meta, arrays, csr, parts.vocab)


def _kept_flags(
    a: dict[str, np.ndarray], neighbours: np.ndarray, n: int, rows: np.ndarray
) -> np.ndarray:
    """Shared-passage flags known before the update, for the partners ``rows`` list now:
    the flags of those ``rows`` that were in the model alone are looked at (every row's
    were sorted: ~0.05 CPU s at 100,000 articles, st74)."""
    old = a["neighbours"]
    had = rows[rows < old.shape[0]]
    listed_then = np.asarray(old[had]).ravel()
    at = np.repeat(had.astype(np.int64), old.shape[1])
    flagged = np.asarray(a["passage"][had]).ravel() & (listed_then >= 0)
    known = np.sort(at[flagged] * n + listed_then[flagged].astype(np.int64))
    listed = neighbours[rows]
    asked = np.repeat(rows.astype(np.int64), listed.shape[1]) * n + listed.ravel().astype(np.int64)
    return _listed(known, asked).reshape(listed.shape) & (listed >= 0)
