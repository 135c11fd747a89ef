"""bench/stories_desks: the desk of an address on examples, and the weighing against a plain
reading of its rule (hypothesis over generated rows and pairs)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_desks import CUES, Row, desk, weighed
from index.analysis.story_genre import COPY


def test_desk_reads_essay_sections_and_leaves_reports_galleries_and_explainers() -> None:
    assert desk("http://www.aljazeera.com/indepth/features/2017/02/x-170212080547204.html")
    assert desk("http://www.aljazeera.com/indepth/opinion/2017/03/x-1703131.html")
    assert desk("http://www.huffingtonpost.com/someone/a-title_b_14718484.html")
    assert desk("http://www.cnn.com/2017/02/12/opinions/x/index.html")
    assert not desk("http://www.aljazeera.com/news/2017/02/x-170216081649227.html")
    assert not desk("http://www.aljazeera.com/indepth/inpictures/2017/03/x-170313.html")
    assert not desk("http://www.cnn.com/2017/03/13/europe/x-explained/index.html")
    assert not desk("http://www.huffingtonpost.com/2017/02/12/x_n_14716844.html")
    assert not desk(None) and not desk("")


rows = st.lists(st.tuples(st.booleans(), st.integers(0, 600)), min_size=2, max_size=8)


@given(rows, st.sampled_from(sorted(CUES)), st.sampled_from([0.5, 0.7]), st.data())
def test_weighed_scales_exactly_the_pairs_a_plain_reading_picks(
    found: list[Row], cue: str, factor: float, data: st.DataObject
) -> None:
    n = len(found)
    pairs = data.draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            max_size=12,
        )
    )
    likeness = data.draw(
        st.lists(st.sampled_from([0.1, 0.3, 0.6, 1.0]), min_size=len(pairs), max_size=len(pairs))
    )
    i = np.array([a for a, _ in pairs], np.int64)
    j = np.array([b for _, b in pairs], np.int64)
    s = np.array(likeness, np.float32)
    got = weighed((i, j, s), found, cue, factor, 300)[2]
    for (a, b), before, after in zip(pairs, s.tolist(), got.tolist(), strict=True):
        flags = (found[a][0], found[b][0])
        fires = {"any": any(flags), "one": flags[0] != flags[1], "both": all(flags)}[cue]
        picked = fires and min(found[a][1], found[b][1]) >= 300 and before < COPY
        assert after == (np.float32(before) * np.float32(factor) if picked else before)
