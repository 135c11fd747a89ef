"""An update's re-asked undated rows with a dated near copy look only for their partners
scoring 1.0 (`story_reattach._asked_pairs`, st56): what `story_undated.choose` reads of
them is what the full scan of every row gave (the oracle, `story_undated.cross_pairs`)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis import story_undated as undated_rule
from index.analysis.story_params import StoryParams
from index.analysis.story_reattach import _asked_pairs, _heavy
from index.analysis.story_rows import Rows, _scan, scipy_order, tfidf_at

PARAMS = StoryParams()


def _rows(draw: st.DrawFn, n: int, n_terms: int) -> Rows:
    """Unit TF-IDF rows as an update weighs them; some rows repeat another's counts, some
    with one more occurrence of a term (a cosine near 1.0), so pairs of 1.0 are common."""
    counts: list[dict[int, int]] = []
    for _ in range(n):
        if counts and draw(st.booleans()):
            row = dict(counts[draw(st.integers(0, len(counts) - 1))])
            if draw(st.booleans()):
                term = draw(st.integers(0, n_terms - 1))
                row[term] = row.get(term, 0) + 1
        else:
            terms = draw(st.sets(st.integers(0, n_terms - 1), min_size=1, max_size=8))
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
    return scipy_order(tfidf_at(raw, np.arange(n), weights))


def split_rows(
    rows: Rows, idf: np.ndarray | None = None
) -> tuple[Callable[[np.ndarray], Rows], Callable[[np.ndarray], Rows], np.ndarray | None]:
    """`_heavy`'s ``rows_of`` as an update gives it, from every row's whole ``rows``: the
    rows asked whole (the others empty), every row's values of the terms flagged alone
    (`story_rows.Meeting.holding`, st71), and ``idf``."""
    row = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))

    def kept(keep: np.ndarray) -> Rows:
        indptr = np.zeros(rows.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(row[keep], minlength=rows.shape[0]), out=indptr[1:])
        return Rows(rows.data[keep], rows.indices[keep], indptr, rows.shape)

    def whole(at: np.ndarray) -> Rows:
        asked = np.zeros(rows.shape[0], dtype=bool)
        asked[at] = True
        return kept(asked[row])

    return whole, lambda terms: kept(np.asarray(terms, dtype=bool)[rows.indices]), idf


@st.composite
def cases(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray, P.Pairs]:
    n = draw(st.integers(4, 30))
    rows = _rows(draw, n, draw(st.integers(2, 12)))
    undated = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    undated[0], undated[1] = True, False
    days = np.where(undated, np.nan, np.arange(n, dtype=np.float64))
    picked = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    asked = np.flatnonzero(undated & picked)
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=8))
    i = np.array([min(a, b) for a, b in pairs if a != b], dtype=np.int64)
    j = np.array([max(a, b) for a, b in pairs if a != b], dtype=np.int64)
    key = np.unique(i * n + j)
    copies = (key // n, key % n, np.ones(len(key), np.float32))
    return rows, days, asked, copies


def _entries(cross: P.Pairs, row: int) -> list[tuple[int, float]]:
    """The partners of ``row`` in the order `reattach` gives them to `choose`."""
    i, j, s = cross
    rows_at, cols = np.concatenate((i, j)), np.concatenate((j, i))
    scores = np.concatenate((s, s))
    order = np.argsort(rows_at, kind="stable")
    mine = order[rows_at[order] == row]
    return list(zip(cols[mine].tolist(), scores[mine].tolist(), strict=True))


@settings(max_examples=300, deadline=None)
@given(cases())
def test_asked_pairs_give_choose_what_the_full_scan_gave(
    case: tuple[Rows, np.ndarray, np.ndarray, P.Pairs],
) -> None:
    rows, days, asked, copies = case
    undated = np.isnan(days)
    full = undated_rule.cross_pairs(rows, days, _scan, PARAMS, copies, asked)
    rows_of = (lambda at, meeting: rows, split_rows(rows)[1], None)
    quick = _asked_pairs(asked, days, copies, rows_of, _scan, PARAMS)
    ci, cj, _ = copies
    mixed = undated[ci] != undated[cj]
    with_copy = set(ci[mixed].tolist()) | set(cj[mixed].tolist())
    for row in asked.tolist():
        before, after = _entries(full, row), _entries(quick, row)
        if row in with_copy:  # the copy rule reads its partners of 1.0 or more alone
            assert any(s >= 1.0 for _, s in before)
            assert sorted(e for e in after if e[1] >= 1.0) == sorted(
                e for e in before if e[1] >= 1.0
            )
        else:  # scanned as before: the same partners, scores and order
            assert after == before


@settings(max_examples=200, deadline=None)
@given(cases())
def test_heavy_finds_every_pair_of_one(case: tuple[Rows, np.ndarray, np.ndarray, P.Pairs]) -> None:
    rows, days, asked, _ = case
    undated = np.isnan(days)
    found, slow = _heavy(asked, split_rows(rows), undated)
    none = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32))
    i, j, s = undated_rule.cross_pairs(rows, days, _scan, PARAMS, none, asked)
    listed = zip(i.tolist(), j.tolist(), s.tolist(), strict=True)
    whole = {(a, b, x) for a, b, x in listed if x >= 1.0}
    answered = set(asked.tolist()) - set(slow.tolist())
    whole = {p for p in whole if p[0] in answered or p[1] in answered}
    assert set(zip(*(t.tolist() for t in found), strict=True)) == whole


def test_a_row_with_no_heavy_term_is_left_to_the_scan() -> None:
    # with more terms than a float32 sum can bound, no term weighs enough: the full scan
    indptr = np.array([0, 2, 4], dtype=np.int64)
    rows = Rows(
        np.array([0.6, 0.8, 0.6, 0.8], np.float32),
        np.array([0, 1, 0, 1], np.int32),
        indptr,
        (2, 1 << 21),
    )
    found, slow = _heavy(np.array([0]), split_rows(rows), np.array([True, False]))
    assert slow.tolist() == [0] and not len(found[0])
    small = Rows(rows.data, rows.indices, indptr, (2, 2))
    found, slow = _heavy(np.array([0]), split_rows(small), np.array([True, False]))
    assert not len(slow) and found[0].tolist() == [0] and found[1].tolist() == [1]
