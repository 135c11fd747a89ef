"""st91's cuts of the story build give what the code they replace gave: `pairs.merge_partners`
against the merge before st75 (`_former`: every row of ``n`` ranked with every new entry,
the touched rows taken) on generated lists and pairs, tidy as a build keeps them or not;
`story_tickers.tickers` against a copy of it before st91 on generated wire headlines."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryArticle
from index.analysis.story_issuers import issuer_mask
from index.analysis.story_tickers import LEAD, SALTS, WIDTH, ticker_mask, tickers
from tests.analysis.test_story_update_merges import _former

# few scores, so ties (and -0.0 beside 0.0) are common
SCORES = [-0.5, -0.0, 0.0, 0.04, 0.1, 0.1, 0.3, 0.9999999, 1.0, 1.0, 2.5]


def _lists(data: st.DataObject, old_n: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """Lists as a build keeps them (distinct partners, falling scores, -1 padded), or
    anything (a partner twice, scores in any order, a gap), to be sure of both."""
    neighbours = np.full((old_n, limit), -1, dtype=np.int32)
    best = np.zeros((old_n, limit), dtype=np.float32)
    tidy = data.draw(st.booleans())
    for row in range(old_n):
        size = data.draw(st.integers(0, limit))
        partners = st.integers(0, old_n + 2)
        listed = data.draw(st.lists(partners, min_size=size, max_size=size, unique=tidy))
        scores = data.draw(st.lists(st.sampled_from(SCORES), min_size=size, max_size=size))
        if tidy:
            scores = sorted(scores, reverse=True)
            neighbours[row, :size], best[row, :size] = listed, scores
        else:
            at = data.draw(st.permutations(range(limit)))[:size]
            neighbours[row, at], best[row, at] = listed, scores
    return neighbours, best


@settings(max_examples=2000, deadline=None)
@given(st.data(), st.integers(1, 7), st.integers(0, 3), st.integers(1, 4))
def test_merge_partners_is_the_old_merge(
    data: st.DataObject, old_n: int, grown: int, limit: int
) -> None:
    n = old_n + grown
    neighbours, best = _lists(data, old_n, limit)
    neighbours[neighbours >= n] = -1
    drawn = data.draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(SCORES)),
            max_size=40,
        )
    )
    drawn = [(min(a, b), max(a, b), s) for a, b, s in drawn if a != b]
    kind = data.draw(st.sampled_from([np.float32, np.float64]))
    extra = (
        np.array([p[0] for p in drawn], np.int64),
        np.array([p[1] for p in drawn], np.int64),
        np.array([p[2] for p in drawn], kind),
    )
    got = P.merge_partners(neighbours, best, extra, n)
    want = _former(neighbours, best, extra, n)
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _old_tickers(articles: list[StoryArticle]) -> np.ndarray:
    """`story_tickers.tickers` before st91: every title's and lead's keys found per salt."""
    found = np.zeros((len(articles), WIDTH * len(SALTS)), dtype=np.int64)
    for row, article in enumerate(articles):
        for k, salt in enumerate(SALTS):
            if "<" in article.title or "(" in article.title:
                about = ticker_mask(article.title, salt)
                told = about | ticker_mask(article.body[:LEAD], salt)
                found[row, WIDTH * k : WIDTH * k + 2] = about, told
            found[row, WIDTH * k + 2] = issuer_mask(article.title, salt)
    return found


# pieces of wire headlines: tickers in both brackets, issue and payout forms, kinds
PIECES = ["<", ">", "(", ")", "ACME", "acme", "<ADB>", "<WAMU.O>", "(KGL.M)", "<b>", "FORD",
          "<F>", "INC", "ISSUES", "EUROBOND", "QTLY", "PAYOUT", "CUTS", "DIVIDEND", "2-FOR-1",
          "'S", ".", "-", " ", " ", "FRANKLIN", "OHIO", "<CINRAM LTD>", "SETS", "x"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(TEXTS, TEXTS, st.integers(0, LEAD + 5)), max_size=6))
def test_tickers_is_the_old_per_salt_search(drawn: list[tuple[str, str, int]]) -> None:
    articles = [
        StoryArticle(f"a{k}", title, "y" * pad + body) for k, (title, body, pad) in enumerate(drawn)
    ]
    got, want = tickers(articles), _old_tickers(articles)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()
