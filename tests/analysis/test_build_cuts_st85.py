"""st85's cuts of the story build give what the code they replace gave: each against a copy
of the old code on generated inputs (slug words, best partners, attaching undated rows)."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.distinct import distinct
from index.analysis.linkage import _number_by_lowest
from index.analysis.pairs import Pairs, best_partners, merge_pairs
from index.analysis.stories import StoryParams
from index.analysis.story_copies import COPY, spread
from index.analysis.story_undated import attach, choose
from index.analysis.vectors import _whole_word_in

# letters, digits and numerals of several scripts, the underscore, marks, spaces
CHARS = "ab_ 1é²½٣ß.-'\u0301\u00a0Ⅻ"


def _old_search(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text))


@settings(max_examples=2000, deadline=None)
@given(st.text(CHARS, min_size=1, max_size=4), st.text(CHARS, max_size=30))
def test_whole_word_is_the_old_search(word: str, text: str) -> None:
    assert _whole_word_in(word, text) == _old_search(word, text)


def _old_best(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """`pairs.best_partners` before st85."""
    order = np.lexsort((-scores, cols, rows))
    rows, cols, scores = rows[order], cols[order], scores[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    rows, cols, scores = rows[first], cols[first], scores[first]
    order = np.lexsort((cols, -scores, rows))
    rows, cols, scores = rows[order], cols[order], scores[order]
    starts = np.searchsorted(rows, np.arange(n), side="left")
    rank = np.arange(len(rows)) - starts[rows]
    keep = rank < limit
    ids = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    ids[rows[keep], rank[keep]] = cols[keep]
    best[rows[keep], rank[keep]] = scores[keep]
    return ids, best


# few scores, so ties (and -0.0 beside 0.0) are common
SCORES = [-0.5, -0.0, 0.0, 0.04, 0.1, 0.1, 0.3, 0.9999999, 1.0, 1.0, 2.5]


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_best_partners_is_the_old_sort(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 6))
    limit = data.draw(st.integers(1, 4))
    count = data.draw(st.integers(0, 60))
    rows = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=count, max_size=count)))
    cols = np.array(data.draw(st.lists(st.integers(0, 9), min_size=count, max_size=count)))
    scores = np.array(
        data.draw(st.lists(st.sampled_from(SCORES), min_size=count, max_size=count)), np.float32
    )
    rows, cols = rows.astype(np.int64), cols.astype(np.int64)
    ids, best = best_partners(n, rows, cols, scores, limit)
    old_ids, old_best = _old_best(n, rows, cols, scores, limit)
    assert np.array_equal(ids, old_ids)
    assert best.tobytes() == old_best.tobytes()


def _old_attach(
    labels: np.ndarray,
    days: np.ndarray,
    cross: Pairs,
    params: StoryParams,
    original: np.ndarray | None = None,
) -> np.ndarray:
    """`story_undated.attach` before st85: `choose` row by row."""
    undated = np.isnan(days)
    i, j, s = cross
    if not len(i) or not undated.any():
        return labels
    counted = np.ones(len(days), bool) if original is None else original == np.arange(len(days))
    kept = (counted[i] & counted[j]) | (s >= COPY)
    i, j, s = i[kept], j[kept], s[kept]
    dated_story = np.where(undated, -1, labels)
    sizes = np.bincount(labels[~undated & counted], minlength=int(labels.max()) + 1)
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


CROSS = [0.05, 0.1, 0.2, 0.3, 0.45, 0.9999999, 1.0, 1.0]


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_attach_is_choose_row_by_row(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 12))
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    days = np.where(undated, np.nan, 1.0)
    labels = _number_by_lowest(
        np.array(data.draw(st.lists(st.integers(0, 4), min_size=n, max_size=n)), np.int64)
    )
    pairs = sorted(data.draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))))
    pairs = [(a, b) for a, b in pairs if a < b]
    i = np.array([a for a, _ in pairs], np.int64)
    j = np.array([b for _, b in pairs], np.int64)
    s = np.array(
        data.draw(st.lists(st.sampled_from(CROSS), min_size=len(i), max_size=len(i))), np.float32
    )
    original = None
    if data.draw(st.booleans()):  # each row's original: itself or an earlier row
        original = np.array([data.draw(st.sampled_from([k, 0, k // 2])) for k in range(n)])
        original = np.where(original[original] == original, original, np.arange(n))
    params = replace(
        StoryParams(),
        undated_floor=data.draw(st.sampled_from([0.0, 0.1, 0.3])),
        undated_margin=data.draw(st.sampled_from([1.0, 1.5])),
    )
    new = attach(labels, days, (i, j, s), params, original)
    old = _old_attach(labels, days, (i, j, s), params, original)
    assert np.array_equal(new, old)


def _old_merge(base: Pairs, extra: Pairs, n: int) -> Pairs:
    """`pairs.merge_pairs` before st85: every base pair searched among the extra ones."""
    if not len(extra[0]):
        return base
    ei, ej, es = extra
    key_base = base[0] * n + base[1]
    key_extra = ei * n + ej
    order = np.lexsort((-es, key_extra))
    key_extra, ei, ej, es = key_extra[order], ei[order], ej[order], es[order]
    first = np.ones(len(key_extra), dtype=bool)
    first[1:] = key_extra[1:] != key_extra[:-1]
    key_extra, ei, ej, es = key_extra[first], ei[first], ej[first], es[first]
    scores = base[2].copy()
    where = np.searchsorted(key_extra, key_base)
    found = where < len(key_extra)
    found[found] = key_extra[where[found]] == key_base[found]
    scores[found] = np.maximum(scores[found], es[where[found]])
    new = ~np.isin(key_extra, key_base[found])
    return (
        np.concatenate((base[0], ei[new])),
        np.concatenate((base[1], ej[new])),
        np.concatenate((scores, es[new])).astype(np.float32),
    )


def _pairs(data: st.DataObject, n: int, unique: bool) -> Pairs:
    drawn = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))))
    drawn = [(a, b) for a, b in drawn if a < b]
    if unique:
        drawn = sorted(set(drawn), key=drawn.index)  # no pair twice, in drawn order
    i = np.array([a for a, _ in drawn], np.int64)
    j = np.array([b for _, b in drawn], np.int64)
    s = np.array(
        data.draw(st.lists(st.sampled_from(SCORES), min_size=len(i), max_size=len(i))), np.float32
    )
    return i, j, s


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_merge_pairs_is_the_old_search(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 9))
    base, extra = _pairs(data, n, unique=True), _pairs(data, n, unique=False)
    new, old = merge_pairs(base, extra, n), _old_merge(base, extra, n)
    for got, want in zip(new, old, strict=True):
        assert got.dtype == want.dtype
        assert got.tobytes() == want.tobytes()
