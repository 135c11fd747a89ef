"""`story_undated._order` sorts pairs as `np.lexsort` by finder, falling score, partner (st81)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_undated import _order


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_order_is_lexsort_of_finder_falling_score_partner(data: st.DataObject) -> None:
    triples = data.draw(
        st.sets(
            st.tuples(st.integers(0, 6), st.sampled_from([0.05, 0.3, 0.5, 1.0]), st.integers(0, 9)),
            max_size=40,
        )
    )
    pairs = sorted(triples, key=lambda t: (t[0], -t[1], t[2]))  # a scan's order, then stirred
    if data.draw(st.booleans()):  # whole runs of a finder moved, as blocks of a scan give them
        runs = sorted({t[0] for t in pairs})
        moved = data.draw(st.permutations(runs))
        pairs = [t for f in moved for t in pairs if t[0] == f]
    for _ in range(data.draw(st.integers(0, 3))):  # a few neighbours swapped
        if len(pairs) > 1:
            k = data.draw(st.integers(0, len(pairs) - 2))
            pairs[k], pairs[k + 1] = pairs[k + 1], pairs[k]
    finder = np.array([t[0] for t in pairs], np.int64)
    s = np.array([t[1] for t in pairs], np.float32)
    partner = np.array([t[2] for t in pairs], np.int64)
    want = np.lexsort((partner, -s, finder))
    assert _order(finder, s, partner).tolist() == want.tolist()
