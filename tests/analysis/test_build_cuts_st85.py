"""st85's cuts of the story build give what the code they replace gave: each against a copy
of the old code on generated inputs (slug words, best partners, merged pairs)."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.pairs import Pairs, best_partners, merge_pairs, ranked_partners
from index.analysis.vectors import _whole_word_in

# letters, digits and numerals of several scripts, the underscore, marks, spaces
CHARS = "ab_ 1é²½٣ß.-'\u0301\u00a0Ⅻ"


def _old_search(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text))


@settings(max_examples=2000, deadline=None)
@given(st.text(CHARS, min_size=1, max_size=4), st.text(CHARS, max_size=30))
def test_whole_word_is_the_old_search(word: str, text: str) -> None:
    assert _whole_word_in(word, text) == _old_search(word, text)


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
    old_ids, old_best = ranked_partners(n, rows, cols, scores, limit)
    assert np.array_equal(ids, old_ids)
    assert best.tobytes() == old_best.tobytes()


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
