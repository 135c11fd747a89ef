"""Rows of the same values are scanned once (st74; the rows scanned against too, st75):
`story_undated.cross_pairs` and `story_split.undated_reach` given a digest of every row
give what they give without one (the former code), on generated rows where copies are
common and digests may collide."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_classes import every_same_row, same_rows
from index.analysis.story_rows import Rows, _scan, scipy_order, window_scan
from index.analysis.story_split import undated_reach
from index.analysis.story_undated import cross_pairs
from tests.analysis.test_story_rows_product import rows_of

TERMS = 5
VALUES = [0.1, 0.3, 0.5, 0.6, 0.8, 1.0]


@st.composite
def corpora(draw: st.DrawFn) -> tuple[Rows, np.ndarray, np.ndarray]:
    """Rows drawn from a few texts (so many are copies), unit length; a digest per row: of
    its text, or drawn from a few values (rows of other values may share one)."""
    texts = draw(st.integers(1, 5))
    pool = []
    for _ in range(texts):
        terms = draw(st.lists(st.integers(0, TERMS - 1), unique=True, max_size=TERMS))
        values = draw(st.lists(st.sampled_from(VALUES), min_size=len(terms), max_size=len(terms)))
        norm = float(np.sqrt(sum(v * v for v in values))) or 1.0
        pool.append([(t, v / norm) for t, v in zip(terms, values, strict=True)])
    n = draw(st.integers(2, 30))
    which = draw(st.lists(st.integers(0, texts - 1), min_size=n, max_size=n))
    rows = rows_of([pool[k] for k in which], TERMS)
    if draw(st.booleans()):
        digest = np.array(which, np.uint64)
    else:
        digest = np.array(draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)), np.uint64)
    return rows, np.array(which), digest


def _dates(data: st.DataObject, n: int, first_undated: bool = False) -> tuple[np.ndarray, ...]:
    """Which of ``n`` rows are undated (the first, if asked), and each row's day."""
    undated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    undated[0] |= first_undated
    return undated, np.where(undated, np.nan, np.arange(n, dtype=np.float64))


def _classes(
    data: st.DataObject, rows: Rows, digest: np.ndarray
) -> Callable[[], np.ndarray] | None:
    """Drawn: the classes of the same values an update finds once (st75: the rows scanned
    against are scanned once a class too), or none (the digest alone, st74)."""
    if not data.draw(st.booleans()):
        return None
    classes = every_same_row(rows, digest)
    return lambda: classes


@settings(max_examples=400, deadline=None)
@given(corpora(), st.data())
def test_cross_pairs_with_a_digest_is_without(
    corpus: tuple[Rows, np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    rows, _, digest = corpus
    n = rows.shape[0]
    _, days = _dates(data, n)
    targets = np.array(sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1))), np.int64)
    inside = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    inside[targets] |= data.draw(st.booleans())  # as an update passes them, or not
    params = StoryParams()
    alike = _classes(data, rows, digest)
    got = cross_pairs(rows, days, _scan, params, P.empty_pairs(), targets, inside, digest, alike)
    want = cross_pairs(rows, days, _scan, params, P.empty_pairs(), targets, inside)
    assert [a.tobytes() for a in got] == [a.tobytes() for a in want]


@settings(max_examples=400, deadline=None)
@given(corpora(), st.data())
def test_undated_reach_with_a_digest_is_without(
    corpus: tuple[Rows, np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    rows, _, digest = corpus
    undated, days = _dates(data, rows.shape[0], first_undated=True)
    params = StoryParams()
    undated_rows = np.flatnonzero(undated)
    at = np.array(
        sorted(data.draw(st.sets(st.sampled_from(undated_rows.tolist()), min_size=1))), np.int64
    )
    whole = scipy_order(rows)
    alike = _classes(data, rows, digest)
    ours = undated_reach(lambda _: whole, window_scan, days, params, digest, alike)(at)
    theirs = undated_reach(lambda _: whole, window_scan, days, params)(at)
    assert [a.tolist() for a in ours] == [a.tolist() for a in theirs]


@settings(max_examples=300, deadline=None)
@given(corpora(), st.sampled_from([0.0, 1 / 3, 2.0]))
def test_every_same_row_is_same_rows_of_every_row(
    corpus: tuple[Rows, np.ndarray, np.ndarray], gather_share: float
) -> None:
    """Either way of checking (in place: share 0; gathered: share 2; by the rows' share)."""
    rows, _, digest = corpus
    every = np.arange(rows.shape[0], dtype=np.int64)
    got = every_same_row(rows, digest, gather_share)
    assert got.tolist() == same_rows(rows, every, digest).tolist()
