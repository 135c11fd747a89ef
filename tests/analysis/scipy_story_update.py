"""The oracle of `test_story_update_numpy`: ``index/analysis/story_update.py`` as it was with
SciPy (its parts that use SciPy; the rest is imported from it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import pairs as P
from index.analysis import story_copies as C
from index.analysis import story_undated as undated
from index.analysis.story_build import (
    PAIR_SHARE,
    UNDATED_TITLES,
    _days,
    _passage_flags,
    _progress,
    _score,
    _why_terms,
    tokens_for,
    undated_titles,
)
from index.analysis.story_copy_chain import current
from index.analysis.story_files import COPY_DIGEST, Parts, later
from index.analysis.story_genre import genres
from index.analysis.story_length import longs
from index.analysis.story_placement import place
from index.analysis.story_places import series_of
from index.analysis.story_rare import rare_keys
from index.analysis.story_reattach import losing, lost_partners, reattach, retitle
from index.analysis.story_rows import near_rows
from index.analysis.story_settled import moved_rows
from index.analysis.story_split import (
    bordering,
    previously,
    reached,
    rename,
    split,
    undated_reach,
)
from index.analysis.story_titles import TITLES, changed, likeness_among, restricted
from index.analysis.story_titles import retitle as central_retitle
from index.analysis.story_update import _kept_flags
from index.analysis.vectors import Vocabulary, fingerprints, idf, term_counts, tfidf, top_terms

if TYPE_CHECKING:
    import scipy.sparse as sp

    from index.analysis.stories import ProgressCallback, StoryArticle, StoryParams


def apply(
    parts: Parts,
    params: StoryParams,
    added: list[StoryArticle],
    removed: set[str],
    on_progress: ProgressCallback | None,
) -> Parts:
    """The parts of the updated model (``added`` is already in canonical order)."""
    import scipy.sparse as sp

    meta = parts.meta
    ids: list[str] = meta["ids"]
    fresh_ids = {a.id for a in added}
    keep = np.array([i not in removed and i not in fresh_ids for i in ids], dtype=bool)
    _progress(on_progress, 0, len(added), "updating")
    lost, lost_rows = losing(parts, keep), lost_partners(parts, keep)
    kept = _drop(parts, keep)
    a = kept.arrays
    n_old, n_new = len(kept.meta["ids"]), len(added)
    n = n_old + n_new

    vocab = Vocabulary(*(kept.vocab or ([], [])))
    tokens = tokens_for(vocab, added)
    assert kept.counts is not None
    data, indices, indptr, (_, width) = kept.counts
    old_counts = sp.csr_matrix((data, indices, indptr), shape=(n_old, len(vocab)))
    new_counts = term_counts(tokens, n_new, vocab.stop_mask(), len(vocab))
    counts = sp.csr_matrix(sp.vstack([old_counts, new_counts], format="csr"))
    df = np.concatenate((a["df"], np.zeros(len(vocab) - width, np.int32)))
    df += np.bincount(new_counts.indices, minlength=len(vocab)).astype(np.int32)
    days = np.concatenate((a["time"], np.array([_days(x.date) for x in added], np.float64)))
    new_rows = np.arange(n_old, n, dtype=np.int64)
    among = near_rows(days, new_rows, params.window_days)
    keys = vocab.keys()
    fp_hash, fp_doc = fingerprints(tokens, first_doc=n_old, keys=keys)
    per_doc = np.bincount(np.concatenate((a["fp_doc"], fp_doc)), minlength=n)
    found = C.passages(days, (fp_hash, fp_doc), (a["fp_hash"], a["fp_doc"]), per_doc, params)
    found = C.with_same_words(found, counts, days, params, n_old, keys)
    digest = C.digests(counts, keys)
    same = C.same_words(counts, days, params, 0, keys, digest)
    all_hash = np.concatenate((a["fp_hash"], fp_hash))
    all_doc = np.concatenate((a["fp_doc"], fp_doc))
    order = np.argsort(all_hash, kind="stable")
    fps = (all_hash[order], all_doc[order], per_doc)
    stored = C.stored_copies(a["neighbours"], a["scores"])
    stored = current(stored, same, counts, digest, n_old, fps, days, params)
    copies = P.merge_pairs(P.merge_pairs(stored, found[1], n), same, n)
    every_id = kept.meta["ids"] + [x.id for x in added]
    copy_rank = C.ranks(days, C.digests(counts, keys), every_id)
    original = C.originals(n, copies, copy_rank)
    single, singles = C.once(counts, df, original)
    weights = idf(single, singles)
    rows = _scatter(tfidf(counts[among], weights), np.flatnonzero(among), n)
    scored = _score(
        rows,
        days,
        found,
        params,
        new_rows,
        (a["neighbours"], a["scores"]),
        among,
    )
    stories = list(kept.meta["stories"])  # `place` appends; it changes no story already there
    genre = np.concatenate((later(a, "genre", n_old), genres(added)))
    rare = rare_keys(*C.terms_once(counts, original), single)
    grouped = C.originals(
        n, C.same_kind(P.merge_pairs(copies, scored.likeness, n), days), copy_rank
    )
    long = np.concatenate((later(a, "long", n_old), longs(added, params.long_words)))
    sources = list(kept.meta["sources"])
    series = series_of(sources, a, n_old, added)
    cross = undated.cross_pairs(
        rows, days, P.scan_rows, params, scored.likeness, targets=new_rows, among=among
    )
    rank = undated.ranks(days, kept.meta["ids"] + [x.id for x in added])
    emptied = {parts.meta["stories"][k][0] for k in np.unique(parts.arrays["story"][~keep])}
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

    def likeness_of(at: np.ndarray) -> P.Pairs:
        rows_at = tfidf(counts, weights)
        found = likeness_among(at, days, rows_at, P.window_scan, fps, params, least)
        return P.merge_pairs(found, restricted(same, at, n), len(at))

    least = params.threshold * PAIR_SHARE
    before = previously(parts, keep, added)
    reach = undated_reach(lambda _: tfidf(counts, weights), P.window_scan, days, params)

    def regroup(story: np.ndarray, touched: set[str]) -> tuple[np.ndarray, set[str]]:
        cues = (genre, long, rare, series)
        grouping = (params, likeness_of, every_title, before, copy_rank, reach)
        return split(story, stories, touched, days, every_id, rank, cues, *grouping)

    story, parted = regroup(
        story,
        bordering(story, stories, emptied, (scored.neighbours, scored.scores), params)
        | reached(scored.likeness, n_old, story, stories, params, grouped),
    )
    lost |= parted
    emptied |= parted
    kept_titles = kept.meta.get(UNDATED_TITLES, {})
    titles = {i: kept_titles[i] for i in kept.meta["ids"] if i in kept_titles}
    titles.update(undated_titles(added))
    named = {name for name, _ in stories}
    every, asked = undated.asks_all(meta, n, n_new + int((~keep).sum()))
    story = reattach(
        story,
        stories,
        days,
        n_old,
        lost,
        lambda at, meeting: tfidf(counts, weights),  # every row whole answers both
        P.scan_rows,
        params,
        fps,
        every_id,  # every row's: new undated rows are asked too (st50, st53)
        titles,
        rank,
        grouped,
        same=same,
        partners=lost_rows,
        moved=None if every else moved_rows(story, stories, before),
    )
    left = {name for name, _ in stories} - named
    if left:
        story, parted = regroup(story, left)
        emptied |= parted
    retitle(story, stories, days, kept.meta["ids"] + [x.id for x in added], titles)
    if every_title is not None:
        central_retitle(
            stories,
            story,
            changed(kept.meta["stories"], a["story"], stories, story, emptied),
            every_title,
            rank,
            likeness_of,
            (series[0], C.digests(counts, keys), kept.meta["ids"] + [x.id for x in added]),
        )
    sizes = np.bincount(parts.arrays["story"], minlength=len(meta["stories"]))
    rename(story, stories, before, sizes, rank, every_id)
    neighbours, scores = P.merge_partners(
        scored.neighbours, scored.scores, undated.for_related(cross, params)
    )
    i, j, _ = scored.likeness
    redo = np.unique(np.concatenate((i, j, cross[0], cross[1], new_rows)))
    passage = np.zeros(neighbours.shape, dtype=bool)
    passage[:n_old] = a["passage"]
    passage[redo] = _passage_flags(neighbours, scored.passages, n, redo) | _kept_flags(
        a, neighbours, n, redo
    )
    words = list(kept.meta["why_terms"])
    why = _why_terms(top_terms(rows[n_old:]), vocab, words, {w: k for k, w in enumerate(words)})
    arrays: dict[str, np.ndarray] = {
        "time": days,
        "source": series[0],
        "story": story,
        "neighbours": neighbours,
        "scores": scores,
        "passage": passage,
        "top_terms": np.concatenate((a["top_terms"], why)),
        "df": df,
        "fp_hash": all_hash[order],
        "fp_doc": all_doc[order],
        "genre": genre,
        "long": long,
        "place": series[1],
        "ticker": series[2],
        "form": series[3],
    }
    new_meta: dict[str, Any] = {
        **kept.meta,
        "ids": kept.meta["ids"] + [x.id for x in added],
        "sources": sources,
        "stories": stories,
        "why_terms": words,
        UNDATED_TITLES: titles,
        undated.FULL_ASK: asked,
    }
    if every_title is not None:
        new_meta[TITLES] = every_title
    _progress(on_progress, n_new, n_new, "done")
    csr = (
        counts.data.astype(np.float32),
        counts.indices.astype(np.int32),
        counts.indptr.astype(np.int64),
        (n, len(vocab)),
    )
    arrays[COPY_DIGEST] = C.digests(counts, keys)  # every row's, as before st63
    return Parts(new_meta, arrays, csr, (vocab.stems, vocab.words))


def _drop(parts: Parts, keep: np.ndarray) -> Parts:
    """The parts without the rows where ``keep`` is False; emptied stories disappear."""
    import scipy.sparse as sp

    if keep.all():
        return parts

    a = parts.arrays
    remap = np.full(len(keep) + 1, -1, dtype=np.int64)  # the extra slot maps padding (-1) to -1
    remap[:-1][keep] = np.arange(int(keep.sum()))
    neighbours = remap[a["neighbours"].astype(np.int64)]
    scores = np.where(neighbours >= 0, a["scores"], 0.0).astype(np.float32)
    passage = a["passage"] & (neighbours >= 0)
    neighbours, scores, passage = neighbours[keep], scores[keep], passage[keep]
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
    data, indices, indptr, shape = parts.counts
    counts = sp.csr_matrix((data, indices, indptr), shape=shape)
    gone = counts[~keep]
    df = a["df"] - np.bincount(gone.indices, minlength=shape[1]).astype(np.int32)
    counts = sp.csr_matrix(counts[keep])
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
        "fp_doc": remap[a["fp_doc"][fp_keep]].astype(np.int32),
        "genre": later(a, "genre", len(keep))[keep],
        "long": later(a, "long", len(keep))[keep],
        "place": later(a, "place", len(keep))[keep],
        "ticker": later(a, "ticker", len(keep))[keep],
        "form": later(a, "form", len(keep))[keep],
    }
    meta = {
        **parts.meta,
        "ids": [i for i, k in zip(parts.meta["ids"], keep, strict=True) if k],
        "stories": [s for s, k in zip(parts.meta["stories"], alive, strict=True) if k],
    }
    if TITLES in meta:
        meta[TITLES] = [t for t, k in zip(meta[TITLES], keep, strict=True) if k]
    csr = (counts.data, counts.indices, counts.indptr, (int(keep.sum()), shape[1]))
    return Parts(meta, arrays, csr, parts.vocab)


def _scatter(rows: sp.csr_matrix, at: np.ndarray, n: int) -> sp.csr_matrix:
    """An ``n``-row matrix holding ``rows`` at row numbers ``at`` and empty rows elsewhere."""
    import scipy.sparse as sp

    place = sp.csr_matrix(
        (np.ones(len(at), np.float32), (at, np.arange(len(at)))), shape=(n, len(at))
    )
    out: sp.csr_matrix = sp.csr_matrix(place @ rows)
    return out
