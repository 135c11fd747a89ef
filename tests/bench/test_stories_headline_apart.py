"""bench/stories_headline_apart: the headline cue against a plain reading of its rule
(hypothesis over generated headlines), and the weighing's scope (the watched build at factor 1:
test_stories_actors)."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_headline_apart import CUES, Row, headline_stems, weighed
from index.analysis.words import STOPWORDS, stem

WORDS = ("Spicer", "wiretapping", "wiretap", "Conway", "microwaves", "the", "of", "Trump's", "DOJ")
headlines = st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join)


@given(headlines, headlines)
def test_bare_when_no_word_of_one_headline_stems_as_one_of_the_other(a: str, b: str) -> None:
    def kept(title: str) -> list[str]:
        return [w.lower() for w in title.split() if w.lower() not in STOPWORDS]

    plain = bool(kept(a)) and bool(kept(b))
    plain &= not any(stem(x) == stem(y) for x in kept(a) for y in kept(b))
    row_a: Row = (headline_stems(a), None, "", "", 400)
    row_b: Row = (headline_stems(b), None, "", "", 400)
    assert CUES["bare"](row_a, row_b) == plain == CUES["bare"](row_b, row_a)


def test_a_headline_of_stopwords_alone_is_no_cue() -> None:
    empty: Row = (headline_stems("What it is"), None, "", "", 400)
    other: Row = (headline_stems("Spicer on wiretaps"), None, "", "", 400)
    assert not CUES["bare"](empty, other)


def test_weighed_scales_the_long_pairs_the_cue_fires_on_only() -> None:
    found: list[Row] = [
        (headline_stems("Spicer glosses the tweet"), None, "CNN", "2017-03-13", 400),
        (headline_stems("Conway's microwave remark"), None, "CNN", "2017-03-13", 400),
        (headline_stems("Conway walks it back"), None, "CNN", "2017-03-13", 100),
    ]
    pairs = list(itertools.combinations(range(3), 2))
    i = np.array([a for a, _ in pairs], np.int64)
    j = np.array([b for _, b in pairs], np.int64)
    s = np.array([0.4, 0.5, 0.6], np.float32)
    got = weighed((i, j, s), found, "bare", 0.5, 300)[2]
    assert got.tolist() == [np.float32(0.2), np.float32(0.5), np.float32(0.6)]  # 2 is short
    assert weighed((i, j, s), found, "bare", 0.5, 100)[2].tolist() == [
        np.float32(0.2),
        np.float32(0.25),
        np.float32(0.6),  # headlines sharing "Conway"
    ]
