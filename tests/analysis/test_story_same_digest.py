"""Rows alike found by a digest known already (`story_classes.same_rows`'s ``digest``, st64):
an update passes its counts' digests (`story_copies.digests`, kept with the model), rows of
the same counts holding the same values. Whatever the digest -- the counts', or one drawn
at random with collisions and with rows of the same values told apart -- every row is
named after a row of the same values, and `dots` and `_heavy` give, bit for bit, the sums
of every pair (the oracle: `_each_dot`) and what they give without it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.row_dots import _each_dot, dots
from index.analysis.story_classes import same_rows
from index.analysis.story_copies import digests
from index.analysis.story_reattach import _heavy
from index.analysis.story_rows import Rows, scipy_order, tfidf_at

from .test_story_reattach_copies import split_rows


@st.composite
def counted(draw: st.DrawFn) -> tuple[Rows, Rows, np.ndarray]:
    """``(term counts, their unit TF-IDF rows as an update weighs them, a digest per row)``:
    many rows repeat another's counts (some with one more occurrence of a term); the digest
    is the counts' or drawn from a few values."""
    n, n_terms = draw(st.integers(2, 25)), draw(st.integers(2, 10))
    counts: list[dict[int, int]] = []
    for _ in range(n):
        if counts and draw(st.integers(0, 2)):
            row = dict(counts[draw(st.integers(0, len(counts) - 1))])
            if draw(st.integers(0, 3)) == 0:
                term = draw(st.integers(0, n_terms - 1))
                row[term] = row.get(term, 0) + 1
        else:
            terms = draw(st.sets(st.integers(0, n_terms - 1), min_size=1, max_size=6))
            row = {t: draw(st.integers(1, 4)) for t in terms}
        counts.append(row)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum([len(r) for r in counts], out=indptr[1:])
    indices = np.array([t for r in counts for t in sorted(r)], dtype=np.int32)
    data = np.array([r[t] for r in counts for t in sorted(r)], dtype=np.float32)
    raw = Rows(data, indices, indptr, (n, n_terms))
    weights = np.array(
        draw(st.lists(st.floats(0.5, 4.0, width=32), min_size=n_terms, max_size=n_terms)),
        dtype=np.float32,
    )
    rows = scipy_order(tfidf_at(raw, np.arange(n), weights))
    if draw(st.booleans()):
        digest = digests(raw)
    else:
        digest = np.array(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)), np.uint64)
    return raw, rows, digest


def _content(rows: Rows, row: int) -> tuple[list[int], list[float]]:
    lo, hi = int(rows.indptr[row]), int(rows.indptr[row + 1])
    return rows.indices[lo:hi].tolist(), rows.data[lo:hi].tolist()


@settings(max_examples=300, deadline=None)
@given(counted(), st.data())
def test_each_row_is_named_after_a_row_of_the_same_values(
    case: tuple[Rows, Rows, np.ndarray], data: st.DataObject
) -> None:
    _, rows, digest = case
    n = rows.shape[0]
    picked = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=30)))
    first = same_rows(rows, picked, digest)
    for row, lead in zip(picked.tolist(), first.tolist(), strict=True):
        assert lead in picked.tolist() and lead <= row
        assert _content(rows, lead) == _content(rows, row)
    named = np.unique(same_rows(rows, picked, digest))
    if np.array_equal(digest, digests(case[0])):  # the counts': rows of the same counts meet
        alike = {(tuple(_content(case[0], r)[0]), tuple(_content(case[0], r)[1])) for r in picked}
        assert len(named) == len(alike)


@settings(max_examples=300, deadline=None)
@given(counted(), st.data())
def test_dots_by_a_digest_are_the_sums_of_each_pair(
    case: tuple[Rows, Rows, np.ndarray], data: st.DataObject
) -> None:
    _, rows, digest = case
    n = rows.shape[0]
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), min_size=1, max_size=40)
    )
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    want = _each_dot(rows, left, right).view(np.uint32)
    assert np.array_equal(dots(rows, left, right, digest).view(np.uint32), want)
    assert np.array_equal(dots(rows, left, right).view(np.uint32), want)


@settings(max_examples=300, deadline=None)
@given(counted(), st.data())
def test_heavy_by_a_digest_finds_what_it_finds_without(
    case: tuple[Rows, Rows, np.ndarray], data: st.DataObject
) -> None:
    _, rows, digest = case
    n = rows.shape[0]
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    asked = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    quick = np.flatnonzero(undated & asked)
    (i, j, s), slow = _heavy(quick, split_rows(rows), undated, digest)
    (wi, wj, ws), want_slow = _heavy(quick, split_rows(rows), undated)
    assert i.tolist() == wi.tolist() and j.tolist() == wj.tolist()
    assert s.view(np.uint32).tolist() == ws.view(np.uint32).tolist()
    assert slow.tolist() == want_slow.tolist()
