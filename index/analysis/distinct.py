"""An array's distinct values, sorted: `np.unique`'s answer, found by sorting.

NumPy 2.4 (here 2.4.6) finds an integer array's distinct values (`np.unique` asked for the
values alone) with a hash table, then sorts them; with many distinct values that is slow:
two million random int64 take 1.95 CPU s (two million drawn from 1,000 values 0.045), and
the ~2 million keys of an update's `terms_once` at Reuters 0.71 s, against 0.03 sorted
(bench/README, "An update of 100 files: NumPy's hashed `np.unique`"). Sorting gives the
same array, value for value and of the same dtype; arrays of other kinds (floats, with
their NaN rules) go to `np.unique` as before.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def distinct(values: Any) -> np.ndarray:
    """The sorted distinct values of ``values`` (flattened), as ``np.unique(values)``."""
    array = np.asarray(values)
    if array.dtype.kind not in "biu":
        return np.unique(array)
    ordered = np.sort(array, axis=None)
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]
