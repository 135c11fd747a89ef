"""The fill's candidates (`FillIndex.sharing`: the rows whose heavy terms include one of the
asked ones) are found at the first ask by one pass over the heavy terms, and at the next ones
by the sorted lookup made at the second; the lookup as it was before (every row's heavy terms
sorted, then searched) is the oracle of every ask, on generated term tables with the ``-1``
padding a row of few terms has."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.distinct import distinct
from index.analysis.related_fill import FillIndex

VOCABULARY = 40


def _sorted_lookup(top_terms: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """The lookup before pf53, as it was: a stable sort of every valid term, then searches."""
    rows = np.repeat(np.arange(top_terms.shape[0], dtype=np.int32), top_terms.shape[1])
    flat = top_terms.ravel()
    valid = flat >= 0
    order = np.argsort(flat[valid], kind="stable")
    term_of, row_of = flat[valid][order], rows[valid][order]
    lo = np.searchsorted(term_of, terms, side="left")
    hi = np.searchsorted(term_of, terms, side="right")
    if not len(terms):
        return np.empty(0, np.int64)
    return distinct(np.concatenate([row_of[a:b] for a, b in zip(lo, hi, strict=True)]))


def _index(top_terms: np.ndarray) -> FillIndex:
    n = top_terms.shape[0]
    counts = (np.zeros(0), np.zeros(0, np.int32), np.zeros(n + 1, np.int64), (n, VOCABULARY))
    return FillIndex(counts, np.ones(VOCABULARY), top_terms)


TABLE = st.tuples(st.integers(1, 30), st.integers(1, 6)).flatmap(
    lambda shape: st.lists(
        st.lists(st.integers(-1, VOCABULARY - 1), min_size=shape[1], max_size=shape[1]),
        min_size=shape[0],
        max_size=shape[0],
    )
)


def _asked(top_terms: np.ndarray, data: st.DataObject) -> np.ndarray:
    row = data.draw(st.integers(0, len(top_terms) - 1))
    mine = top_terms[row]
    if data.draw(st.booleans()):  # any terms, present or not
        return np.asarray(
            data.draw(st.lists(st.integers(0, VOCABULARY - 1), max_size=8, unique=True)),
            dtype=np.int32,
        )
    return mine[mine >= 0]  # as `FillIndex.fill` asks


@settings(max_examples=300, deadline=None)
@given(TABLE, st.data())
def test_every_ask_equals_the_sorted_lookup(table: list[list[int]], data: st.DataObject) -> None:
    top_terms = np.asarray(table, dtype=np.int32)
    index = _index(top_terms)
    for _ in range(3):  # the pass, then the lookup made, then the lookup kept
        asked = _asked(top_terms, data)
        found = index.sharing(asked)
        expected = _sorted_lookup(top_terms, asked)
        assert found.tolist() == expected.tolist()
        assert found.dtype == expected.dtype
