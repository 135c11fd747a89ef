"""bench/stories_opening: the opening cosine against a plain reading of its docstring
(hypothesis over generated titles and bodies of made-up words, which stemming leaves as they
are and no stop list holds)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_opening import opening_cosine
from index.analysis.stories import StoryArticle
from index.analysis.vectors import TITLE_WEIGHT

WORDS = st.sampled_from(["zog", "blik", "quor", "vant", "mek", "tarn"])
TEXTS = st.lists(WORDS, max_size=8).map(" ".join)
ARTICLES = st.lists(st.tuples(TEXTS, TEXTS), max_size=6)


def _plain(texts: list[tuple[str, str]], words: int) -> np.ndarray:
    """Counts of title words (each `TITLE_WEIGHT`) and the first ``words`` body words;
    (1 + ln count) x smoothed idf; the cosine of every two."""
    counts = [
        Counter({w: TITLE_WEIGHT * n for w, n in Counter(t.split()).items()})
        + Counter(b.split()[:words])
        for t, b in texts
    ]
    n = len(counts)
    df = Counter(w for c in counts for w in c)
    rows = []
    for c in counts:
        row = {w: (1 + math.log(x)) * (math.log((n + 1) / (df[w] + 1)) + 1) for w, x in c.items()}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        rows.append({w: v / norm for w, v in row.items()})
    return np.array([[sum(v * b.get(w, 0.0) for w, v in a.items()) for b in rows] for a in rows])


@given(ARTICLES, st.sampled_from([1, 3, 30]))
def test_the_opening_cosine_is_the_plain_one(texts: list[tuple[str, str]], words: int) -> None:
    articles = [StoryArticle(f"a{k}", t, b) for k, (t, b) in enumerate(texts)]
    got = opening_cosine(articles, words)
    assert got.shape == (len(texts), len(texts))
    assert np.allclose(got, _plain(texts, words).reshape(got.shape), atol=1e-5)


def test_only_the_first_words_of_the_body_count() -> None:
    early = StoryArticle("a", "Zog", "blik quor")
    late = StoryArticle("b", "Vant", "mek tarn blik")
    assert opening_cosine([early, late], 2)[0, 1] == 0.0  # "blik" is third in b
    assert opening_cosine([early, late], 3)[0, 1] > 0.0
