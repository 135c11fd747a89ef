"""A group of near copies counts once (`story_copies.once`, `terms_once`), found without a
row number per value (st64): the same answers as the row-array forms they replaced (the
oracles below), over generated counts and groups of copies; so with the rows' digests
(rows repeating a term set of their group left out, st66) and `once` read from
`terms_once`, digests that collide included."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_copies import digests, once, terms_once
from index.analysis.story_rows import Rows


def _once_before(counts: Rows, df: np.ndarray, original: np.ndarray) -> tuple[np.ndarray, int]:
    copy = original != np.arange(len(original))
    if not copy.any():
        return df, len(original)
    row = np.repeat(np.arange(len(original)), np.diff(counts.indptr))
    at = np.isin(original, original[copy])[row]
    held = np.bincount(counts.indices[at], minlength=len(df))
    width = np.int64(len(df))
    keys = np.unique(original[row[at]].astype(np.int64) * width + counts.indices[at])
    union = np.bincount(keys % width, minlength=len(df))
    return (df - held + union).astype(df.dtype), int(len(original) - copy.sum())


def _terms_once_before(counts: Rows, original: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(original)
    row = np.repeat(np.arange(n), np.diff(counts.indptr))
    width = np.int64(int(counts.indices.max()) + 1 if len(counts.indices) else 1)
    keys = np.unique(original[row].astype(np.int64) * width + counts.indices)
    owner, term = np.divmod(keys, width)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(owner, minlength=n), out=indptr[1:])
    return term.astype(counts.indices.dtype), indptr


@st.composite
def grouped(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray]:
    """Term counts (empty rows too, copies of another row, some with a term more) and each
    row's original (itself, or an earlier row: a group's first)."""
    n, n_terms = draw(st.integers(1, 20)), draw(st.integers(1, 9))
    held: list[list[int]] = []
    original = np.arange(n)
    for r in range(n):
        terms = set(draw(st.sets(st.integers(0, n_terms - 1), max_size=5)))
        if r and draw(st.booleans()):
            lead = draw(st.integers(0, r - 1))
            original[r] = original[lead]
            if draw(st.booleans()):
                terms = set(held[lead]) | (terms if draw(st.booleans()) else set())
        held.append(sorted(terms))
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum([len(t) for t in held], out=indptr[1:])
    indices = np.array([t for row in held for t in row], np.int32)
    rows = Rows(np.ones(len(indices), np.float32), indices, indptr, (n, n_terms))
    df = np.bincount(indices, minlength=n_terms).astype(np.int32)
    return rows, df, original


@settings(max_examples=300, deadline=None)
@given(grouped())
def test_once_is_the_row_array_form(case: tuple[Rows, np.ndarray, np.ndarray]) -> None:
    rows, df, original = case
    got, want = once(rows, df, original), _once_before(rows, df, original)
    assert got[0].dtype == want[0].dtype
    assert got[0].tolist() == want[0].tolist() and got[1] == want[1]


@settings(max_examples=300, deadline=None)
@given(grouped())
def test_terms_once_is_the_row_array_form(case: tuple[Rows, np.ndarray, np.ndarray]) -> None:
    rows, _, original = case
    got, want = terms_once(rows, original), _terms_once_before(rows, original)
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype and a.tolist() == b.tolist()


@settings(max_examples=300, deadline=None)
@given(grouped(), st.sampled_from(["digests", "collide", "few"]))
def test_with_digests_the_same(case: tuple[Rows, np.ndarray, np.ndarray], kind: str) -> None:
    """Digests of the counts, all equal (every row checked term by term), or of few values
    (some collide): the same terms per group, and `once` from them the same."""
    rows, df, original = case
    digest = digests(rows)
    if kind == "collide":
        digest = np.zeros(len(original), np.uint64)
    elif kind == "few":
        digest = digest % np.uint64(2)
    got, want = terms_once(rows, original, digest), _terms_once_before(rows, original)
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype and a.tolist() == b.tolist()
    single, singles = once(rows, df, original, got)
    expected = _once_before(rows, df, original)
    assert single.dtype == expected[0].dtype
    assert single.tolist() == expected[0].tolist() and singles == expected[1]
