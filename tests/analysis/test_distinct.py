"""`distinct.distinct` is `np.unique`'s answer (values alone): the same values in the same
order and of the same dtype, for integer and boolean arrays of any shape (sorted here) and
for floats with NaN (handed to `np.unique`). The oracle is the Python set of the values,
sorted, and `np.unique` itself."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from index.analysis.distinct import distinct

INTEGERS = st.sampled_from([np.int8, np.int32, np.int64, np.uint8, np.uint32, np.uint64, bool])


@settings(max_examples=300, deadline=None)
@given(
    st.data(),
    INTEGERS,
    hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=12),
)
def test_integers_as_numpy_unique(data: st.DataObject, dtype: type, shape: tuple[int, ...]) -> None:
    values = data.draw(hnp.arrays(np.dtype(dtype), shape))
    got = distinct(values)
    want = np.unique(values)
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    assert np.array_equal(got, want)
    assert got.tolist() == sorted(set(values.ravel().tolist()))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-(2**40), 2**40), max_size=60))
def test_lists_and_input_untouched(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    before = array.copy()
    assert distinct(values).tolist() == sorted(set(values))
    assert distinct(array).tolist() == sorted(set(values))
    assert np.array_equal(array, before)  # sorted into a copy, never in place


@settings(max_examples=100, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 30), elements=st.floats(allow_infinity=True)))
def test_floats_as_numpy_unique(values: np.ndarray) -> None:
    assert np.array_equal(distinct(values), np.unique(values), equal_nan=True)
