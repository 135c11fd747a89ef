"""Articles alike met once (`story_classes`, st57): the same results as meeting each."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.row_dots import _each_dot, dots
from index.analysis.story_classes import same_rows, undated_copies
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
    assert np.array_equal(dots(rows, left, right).view(np.uint32), expected.view(np.uint32))


def _oracle(
    targets: np.ndarray, days: np.ndarray, fingerprints: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> P.Pairs:
    """A build's near copies (`story_copies.passages`: `pairs.passage_pairs` of every row)
    with a target: st57's oracle, `pairs.passage_pairs_against` of the targets' fingerprints
    and every one, counted a group of `MAX_PASSAGE_GROUP` out and an article repeating a
    fingerprint as many, as a build does not (st84)."""
    hashes, docs, per_doc = fingerprints
    i, j, shared = P.passage_pairs(hashes, docs, days, 3.0)
    mine = np.isin(i, targets) | np.isin(j, targets)
    i, j, shared = i[mine], j[mine], shared[mine]
    copy = P.near_copies(i, j, shared, per_doc)
    return i[copy], j[copy], np.ones(int(copy.sum()), np.float32)


@st.composite
def fingerprint_cases(
    draw: st.DrawFn,
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Articles' fingerprints from a small pool (repeats within one article too), many
    articles holding another's exactly, and a hash or two held by very many."""
    n = draw(st.integers(2, P.MAX_PASSAGE_GROUP + 5))
    held: list[list[int]] = []
    for _ in range(n):
        if held and draw(st.integers(0, 2)):
            row = list(held[draw(st.integers(0, len(held) - 1))])
            if draw(st.integers(0, 3)) == 0:
                row.append(draw(st.integers(0, 12)))
        else:
            row = draw(st.lists(st.integers(0, 12), max_size=8))
        held.append(row)
    common = draw(st.booleans())  # one hash about MAX_PASSAGE_GROUP times: boilerplate or not
    hashes = [h for row in held for h in row]
    docs = [d for d, row in enumerate(held) for _ in row]
    if common:
        held_by = draw(st.integers(P.MAX_PASSAGE_GROUP - 2, P.MAX_PASSAGE_GROUP + 2))
        extra = [d % n for d in range(held_by)]  # fewer articles than that: repeats
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
    # a pair of two targets too: counted from both ends (st57), once now as a build (st87)
    for a, b in zip(got, want, strict=True):
        assert a.tolist() == b.tolist()


def _held_by(size: int, repeat: int = 0) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
    """An undated row 0 and a dated row 1 sharing hashes 7 and 8 alone, hash 7 held by
    ``size`` distinct rows in all (rows 2.. hold it too), row 2 holding it ``repeat`` more
    times: ``(days, fingerprints)``."""
    holders = list(range(size))
    docs = [0, 1, *holders[2:], *[2] * repeat, 0, 1]
    hashes = [7] * (size + repeat) + [8, 8]
    h = np.array(hashes, np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    d = np.array(docs, np.int32)
    order = np.argsort(h, kind="stable")
    days = np.arange(size, dtype=np.float64)
    days[0] = np.nan
    return days, (h[order], d[order], np.bincount(d, minlength=size))


def _build_copies(days: np.ndarray, fingerprints: tuple[np.ndarray, ...]) -> set[tuple[int, int]]:
    """The build's near copies (`story_copies.passages`: `pairs.passage_pairs` of every row)."""
    hashes, docs, per_doc = fingerprints
    i, j, shared = P.passage_pairs(hashes, docs, days, 3.0)
    copy = P.near_copies(i, j, shared, per_doc)
    return set(zip(i[copy].tolist(), j[copy].tolist(), strict=True))


def test_undated_copies_keep_a_passage_of_max_group_articles_as_a_build_does() -> None:
    """st84 (issue 16): a passage held by exactly `MAX_PASSAGE_GROUP` articles counts in a
    build (`passage_pairs`: groups of at most that many), so an update's reattach must
    count it too; it left it out (``count < MAX``), lost the near copy of an undated
    article and its dated twin, and moved it out of the story a build put it in."""
    for size in (P.MAX_PASSAGE_GROUP - 1, P.MAX_PASSAGE_GROUP, P.MAX_PASSAGE_GROUP + 1):
        days, fingerprints = _held_by(size)
        got = undated_copies(np.array([0]), days, fingerprints)
        assert set(zip(got[0].tolist(), got[1].tolist(), strict=True)) == _build_copies(
            days, fingerprints
        ), size
    assert (0, 1) in _build_copies(*_held_by(P.MAX_PASSAGE_GROUP))
