"""Pairs of articles written out row by row, for the property tests of the likeness rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from index.analysis.pairs import Pairs


def pairs_of(rows: Sequence[tuple[Any, Any, float]], dtype: Any) -> tuple[np.ndarray, Pairs]:
    """Each row ``(a, b, likeness)`` as its own pair of two articles (2k and 2k + 1): the
    articles' values (``a`` and ``b`` of each row, as ``dtype``) and the pairs."""
    values = np.array([x for a, b, _ in rows for x in (a, b)], dtype=dtype)
    i = np.arange(0, 2 * len(rows), 2, dtype=np.int64)
    return values, (i, i + 1, np.array([v for *_, v in rows], dtype=np.float32))


def daily_rows(
    rows: Sequence[tuple[int, int, int, int, int, int, float]],
) -> tuple[np.ndarray, np.ndarray, Pairs]:
    """Each row ``(source a, source b, form a, form b, day a, day b, likeness)`` as its own
    pair of two articles: their source codes, their (form, day) rows (`story_daily.forms`)
    and the pairs."""
    source, pairs = pairs_of([(a, b, v) for a, b, *_, v in rows], np.int32)
    found = np.array(
        [x for _, _, fa, fb, da, db, _ in rows for x in ((fa, da), (fb, db))], np.int64
    ).reshape(-1, 2)
    return source, found, pairs


def same_floats(got: np.ndarray, want: Sequence[Any]) -> bool:
    """``got`` is float32 and equal, value for value, to ``want`` taken as float32."""
    return got.dtype == np.float32 and got.tolist() == np.array(want, np.float32).tolist()
