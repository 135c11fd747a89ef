"""Articles alike met once (`story_classes`, st57): the same results as meeting each."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.story_classes import same_rows, undated_copies
from index.analysis.story_reattach import _dots, _each_dot
from index.analysis.story_rows import Rows

from .test_story_reattach_copies import _rows


@st.composite
def rows_and_pairs(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray]:
    n = draw(st.integers(2, 25))
    rows = _rows(draw, n, draw(st.integers(2, 10)))
    pairs = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), min_size=1, max_size=40)
    )
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    return rows, left, right


def _content(rows: Rows, row: int) -> tuple[list[int], list[float]]:
    lo, hi = int(rows.indptr[row]), int(rows.indptr[row + 1])
    return rows.indices[lo:hi].tolist(), rows.data[lo:hi].tolist()


@settings(max_examples=200, deadline=None)
@given(rows_and_pairs())
def test_same_rows_names_the_first_row_of_the_same_values(
    case: tuple[Rows, np.ndarray, np.ndarray],
) -> None:
    rows, left, _ = case
    first = same_rows(rows, left)
    for row, lead in zip(left.tolist(), first.tolist(), strict=True):
        alike = [r for r in sorted(set(left.tolist())) if _content(rows, r) == _content(rows, row)]
        assert lead == alike[0]


@settings(max_examples=200, deadline=None)
@given(rows_and_pairs())
def test_dots_of_alike_rows_are_the_sums_of_each_pair(
    case: tuple[Rows, np.ndarray, np.ndarray],
) -> None:
    rows, left, right = case
    expected = _each_dot(rows, left, right)
    assert np.array_equal(_dots(rows, left, right).view(np.uint32), expected.view(np.uint32))


def _oracle(
    targets: np.ndarray, days: np.ndarray, fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> P.Pairs:
    """What `story_reattach._copies` gave before st57: every target's fingerprints against
    every stored one."""
    hashes, docs, per_doc = fingerprints
    mine = np.isin(docs, targets)
    i, j, shared = P.passage_pairs_against(hashes[mine], docs[mine], hashes, docs, days, 3.0)
    copy = P.near_copies(i, j, shared, per_doc)
    return i[copy], j[copy], np.ones(int(copy.sum()), np.float32)


@st.composite
def fingerprint_cases(
    draw: st.DrawFn,
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Articles' fingerprints from a small pool (repeats within one article too), many
    articles holding another's exactly, and a hash or two held by very many."""
    n = draw(st.integers(2, 30))
    held: list[list[int]] = []
    for _ in range(n):
        if held and draw(st.integers(0, 2)):
            row = list(held[draw(st.integers(0, len(held) - 1))])
            if draw(st.integers(0, 3)) == 0:
                row.append(draw(st.integers(0, 12)))
        else:
            row = draw(st.lists(st.integers(0, 12), max_size=8))
        held.append(row)
    common = draw(st.booleans())  # boilerplate: one hash in more than MAX_PASSAGE_GROUP
    hashes = [h for row in held for h in row]
    docs = [d for d, row in enumerate(held) for _ in row]
    if common:
        extra = [d % n for d in range(P.MAX_PASSAGE_GROUP + 2)]
        hashes += [99] * len(extra)
        docs += extra
    h = np.array(hashes, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    d = np.array(docs, dtype=np.int32)
    order = np.argsort(h, kind="stable")
    per_doc = np.bincount(d, minlength=n)
    undated = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    undated[0] = True
    days = np.where(undated, np.nan, np.arange(n, dtype=np.float64) * 2.0)
    picked = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    picked[0] = True
    targets = np.flatnonzero(undated & picked)
    return targets, days, (h[order], d[order], per_doc)


@settings(max_examples=300, deadline=None)
@given(fingerprint_cases())
def test_undated_copies_are_the_pairs_each_target_finds(
    case: tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> None:
    targets, days, fingerprints = case
    got = undated_copies(targets, days, fingerprints)
    want = _oracle(targets, days, fingerprints)
    for a, b in zip(got, want, strict=True):
        assert a.tolist() == b.tolist()
