"""`story_bound.pruner` in `story_undated.cross_pairs`' scan (st86): the undated targets'
pairs cut block by block, with columns standing for rows of the same values
(`_columns_once`) and targets of the same values scanned once (`_alike`), then `bounded`,
place every row as `choose_all` on all the pairs does (random rows, stories, margins)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_bound import bounded, pruner
from index.analysis.story_rows import Rows, _scan
from index.analysis.story_undated import cross_pairs
from tests.analysis.test_story_bound import _choices, draw_stories

TERMS = 6
VALUES = [0.1, 0.3, 0.5, 0.6, 0.8, 1.0]  # ties and exact 1.0 cosines are common


def _rows(
    data: st.DataObject, n: int, width: int = TERMS, drawn: list[float] = VALUES, most: int = 5
) -> Rows:
    """``n`` unit rows of ``width`` terms, each one of up to ``most`` (same values: scanned
    once), of values from ``drawn``."""
    pool: list[tuple[list[int], list[float]]] = []
    for _ in range(data.draw(st.integers(1, most))):
        terms = data.draw(st.lists(st.integers(0, width - 1), unique=True, max_size=width))
        values = data.draw(
            st.lists(st.sampled_from(drawn), min_size=len(terms), max_size=len(terms))
        )
        norm = float(np.sqrt(sum(v * v for v in values))) or 1.0
        pool.append((terms, [v / norm for v in values]))
    data_, indices, indptr = [], [], [0]
    for _ in range(n):
        terms, values = pool[data.draw(st.integers(0, len(pool) - 1))]
        indices += terms
        data_ += values
        indptr.append(len(indices))
    return Rows(
        np.array(data_, np.float32), np.array(indices, np.int32), np.array(indptr, np.int64),
        (n, width),
    )  # fmt: skip


def draw_asked(
    data: st.DataObject, undated: np.ndarray, most: int
) -> tuple[np.ndarray, P.Pairs, np.ndarray]:
    """Each row's day (NaN: ``undated``), up to ``most`` near copies (1.0) of an undated
    and a dated row, and the undated rows asked (one at least)."""
    days = np.where(undated, np.nan, np.arange(len(undated), dtype=np.float64))
    ups, downs = np.flatnonzero(undated), np.flatnonzero(~undated)
    every = [(int(u), int(d)) for u in ups for d in downs]
    linked = data.draw(st.lists(st.sampled_from(every), unique=True, max_size=most))
    copies = (
        np.array([min(p) for p in linked], np.int64),
        np.array([max(p) for p in linked], np.int64),
        np.ones(len(linked), np.float32),
    )
    targets = ups[np.array(data.draw(st.lists(st.booleans(), min_size=len(ups))))[: len(ups)]]
    return days, copies, targets if len(targets) else ups[:1]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_pruned_scan_changes_no_choice(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 28))
    rows = _rows(data, n)
    undated, dated, counted, sizes = draw_stories(data, n, 5)
    days, copies, targets = draw_asked(data, undated, 3)
    margin = data.draw(st.sampled_from([0.5, 1.0, 2.0, 3.0, 1.5]))
    floor = data.draw(st.sampled_from([0.2, 0.1, 0.3]))
    params = replace(StoryParams(), undated_margin=margin, undated_floor=floor)
    digest = np.zeros(n, np.uint64) if data.draw(st.booleans()) else None  # rows alike once
    scan = (rows, days, _scan, params, copies, targets, None, digest)
    every_pair = cross_pairs(*scan)
    want = _choices(every_pair, undated, dated, counted, sizes, params).tolist()
    cut = pruner(undated, dated, counted, sizes, params)
    got = bounded(cross_pairs(*scan, None, cut), undated, dated, counted, sizes, params)
    assert _choices(got, undated, dated, counted, sizes, params).tolist() == want
    # a row with no copy keeps the very pairs `bounded` keeps of all, in their order
    kept = bounded(every_pair, undated, dated, counted, sizes, params)
    copied = np.zeros(n, dtype=bool)
    copied[np.where(undated[kept[0]], kept[0], kept[1])[kept[2] >= 1.0]] = True
    assert _plain(got, undated, copied) == _plain(kept, undated, copied)


def _plain(pairs: P.Pairs, undated: np.ndarray, copied: np.ndarray) -> list[tuple[float, ...]]:
    """The pairs of the undated rows not ``copied`` (placed by averages), in order."""
    i, j, s = pairs
    mine = ~copied[np.where(undated[i], i, j)]
    return list(zip(i[mine].tolist(), j[mine].tolist(), s[mine].tolist(), strict=True))


def test_a_column_standing_for_a_story_of_several_keeps_its_pairs() -> None:
    """Rows 1 and 2 hold the same values (one column stands for both). The undated row 0
    meets each at 0.16, row 3 (a story of one) at 0.6 and row 4 (row 2's story) at 0.48:
    with margin 2 the bound is 0.3, row 1's pair goes (its story's only one) and row 2's
    stays (its story's best is 0.48), so the column stays in the scan; `bounded` drops
    row 1's. Row 0 then stays out (0.6 against 2 x 0.32), as on all the pairs."""
    rows = Rows(
        np.array([0.6, 0.8, 0.2, 0.9797959, 0.2, 0.9797959, 1.0, 0.8, 0.6], np.float32),
        np.array([0, 1, 1, 2, 1, 2, 0, 0, 2], np.int32),
        np.array([0, 2, 4, 6, 7, 9], np.int64),
        (5, 3),
    )
    days = np.array([np.nan, 1.0, 2.0, 3.0, 4.0])
    undated = np.isnan(days)
    dated = np.array([-1, 0, 1, 2, 1])
    counted = np.ones(5, dtype=bool)
    sizes = np.array([1, 2, 1])
    params = StoryParams()
    assert params.undated_margin == 2.0
    scan = (rows, days, _scan, params, P.empty_pairs(), np.array([0]), None)
    cut = pruner(undated, dated, counted, sizes, params)
    got = cross_pairs(*scan, np.zeros(5, np.uint64), None, cut)
    assert sorted(got[1].tolist()) == [1, 2, 3, 4]
    got = bounded(got, undated, dated, counted, sizes, params)
    assert sorted(got[1].tolist()) == [2, 3, 4]
    assert _choices(got, undated, dated, counted, sizes, params).tolist() == [-1]
    assert _choices(cross_pairs(*scan), undated, dated, counted, sizes, params).tolist() == [-1]
