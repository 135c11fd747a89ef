"""Every row's TF-IDF values of some terms alone, each value weighed once (st57, st59, st71):
what a scan of some rows against every row multiplies (`story_rows._scan` gathers the
postings of its targets' terms). Split from `story_rows` (st74)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.analysis.story_rows import Rows, _weighed, take


def tfidf_meeting(
    counts: Rows,
    rows: np.ndarray,
    weights: np.ndarray,
    weighed: tuple[np.ndarray, np.ndarray] | None = None,
    within: np.ndarray | None = None,
    terms: np.ndarray | None = None,
) -> Rows:
    """`tfidf_at` of every row, each row holding only the terms that ``rows`` (row numbers)
    hold: all that a scan of ``rows`` against every row multiplies (`_scan` gathers the
    postings of its targets' terms; a target's own row is whole). The values are
    `tfidf_at`'s (a row's norm is still of all its terms), in the same order; an update's
    reattaching (`story_reattach`) weighs ~10% of the values at 100,000 articles.
    ``weighed``: every value of ``counts`` weighed and scaled by its row's inverse norm,
    and each value's row, when known (`Meeting`). ``within``: the places of the values
    that may be kept (sorted; None: all), the others' rows left empty (`Meeting.among`).
    ``terms``: a flag per term, the terms kept instead of those of ``rows`` (`Meeting.holding`)."""
    if terms is None:
        used = np.zeros(counts.shape[1], dtype=bool)
        used[take(counts, np.asarray(rows, np.int64)).indices] = True
    else:
        used = np.asarray(terms, dtype=bool)
    held: np.ndarray | None = None
    if within is None:
        held = used[counts.indices]
        mine = np.flatnonzero(held)
    else:
        mine = within[used[counts.indices[within]]]
    if weighed is None:
        data, inverse = _weighed(counts, weights)[:2]
        row = np.searchsorted(counts.indptr, mine, side="right") - 1
        scaled = inverse[row] * data[mine]
    else:
        scaled = weighed[0][mine]
    keep = scaled != 0  # a matrix product leaves out zeros
    if held is not None and keep.all():  # each row's values one run: no row gathered (st68)
        # the values kept before each row's start (a cumulative sum of the flags was
        # ~0.17 CPU s each at 100,000 articles: a cast of every value, st71)
        ends = np.searchsorted(mine, counts.indptr).astype(np.int64)
        return Rows(scaled, counts.indices[mine], ends, counts.shape)
    if weighed is not None:
        row = weighed[1][mine]
    n = counts.shape[0]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row[keep], minlength=n), out=indptr[1:])
    return Rows(scaled[keep], counts.indices[mine[keep]], indptr, counts.shape)


class Meeting:
    """`tfidf_meeting` of one corpus's ``counts`` by one set of ``weights``, every value
    weighed and scaled once however often it is asked: an update asked it 10 times at
    100,000 articles, each weighing every value of the corpus again (st57)."""

    def __init__(self, counts: Rows, weights: np.ndarray, every: Rows | None = None) -> None:
        """``every``: `tfidf_at` of every row of ``counts`` by ``weights``, when known: its
        values are the weighed ones when it left none out (an update's rows when a new
        article is undated: weighing every value again was ~0.05 CPU s at 100,000, st74)."""
        self.counts, self.weights = counts, weights
        self._weighed: tuple[np.ndarray, np.ndarray] | None = None
        if every is not None and len(every.data) == len(counts.data):
            self._weighed = every.data, self._rows()

    def __call__(self, rows: np.ndarray, within: np.ndarray | None = None) -> Rows:
        return tfidf_meeting(self.counts, rows, self.weights, self._weigh(), within)

    def holding(self, terms: np.ndarray) -> Rows:
        """`tfidf_meeting` of every row holding only the terms flagged in ``terms``: which rows
        hold a few rare terms (`story_reattach._heavy`: the terms of all its rows made it
        select 85% of the values at 100,000 articles, st71)."""
        return tfidf_meeting(
            self.counts, np.empty(0, np.int64), self.weights, self._weigh(), None, terms
        )

    def among(self, rows: np.ndarray) -> Callable[[np.ndarray], Rows]:
        """`tfidf_meeting` of the rows ``rows`` (a mask) alone, the others empty: what a
        scan among them multiplies (`story_split.undated_reach`'s 8 scans among the undated
        rows at 100,000 articles each selected from every value of the corpus: st59)."""
        indptr = self.counts.indptr
        picked = np.flatnonzero(rows)
        starts, lengths = indptr[picked], indptr[picked + 1] - indptr[picked]
        ends = np.cumsum(lengths)
        # the places of their values, row by row: every value's row was looked at (st74)
        within = np.repeat(starts - ends + lengths, lengths) + np.arange(
            int(ends[-1]) if len(ends) else 0, dtype=np.int64
        )
        return lambda at: self(at, within)

    def _weigh(self) -> tuple[np.ndarray, np.ndarray]:
        if self._weighed is None:
            data, inverse = _weighed(self.counts, self.weights)[:2]
            row = self._rows()
            self._weighed = inverse[row] * data, row
        return self._weighed

    def _rows(self) -> np.ndarray:
        """Each value's row."""
        return np.repeat(
            np.arange(self.counts.shape[0], dtype=np.int32), np.diff(self.counts.indptr)
        )
