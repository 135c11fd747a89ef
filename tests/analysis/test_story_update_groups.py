"""An update keeps the near copies a rebuild has when a passage's group crosses
`pairs.MAX_PASSAGE_GROUP` (st87, issue 16): the oracle is `StoryModel.build` of the same
articles, whose neighbour lists hold its near copies (`story_copies.stored_copies`)."""

from __future__ import annotations

import itertools
from datetime import datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_copies import stored_copies
from index.analysis.story_rows import Rows, tfidf_at, window_scan
from index.analysis.story_uncopied import scored

DAY = datetime(2017, 2, 13)
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ru",
    "te",
    "vo",
    "zan",
    "pel",
    "dor",
    "fis",
    "gu",
    "hem",
    "jat",
    "kor",
    "lun",
    "mav",
    "nep",
]
_WORDS = ["".join(p) for p in itertools.product(_SYLLABLES, repeat=3)]


def _text(start: int, count: int) -> str:
    return " ".join(_WORDS[start : start + count])


BOILERPLATE = _text(0, 50)  # many fingerprints, held by every article


def _article(k: int, shared: bool = False) -> StoryArticle:
    """Article ``k``: a lead of its own words, or (``shared``, k = 0 or 1) of the words
    the two share, k = 1 with a few more; then the boilerplate, most of each: while it
    counts, every article is a near copy of every other; without it, a000 and a001 alone."""
    own = _text(400 + 9 * k, 9)
    if shared:
        own = _text(200, 90) + (" " + _text(300, 3) if k == 1 else "")
    return StoryArticle(
        id=f"a{k:03d}", title=f"Report {_WORDS[1000 + k]}", body=f"{own}. {BOILERPLATE}", date=DAY
    )


def _copies(model: StoryModel) -> set[tuple[str, str]]:
    arrays, ids = model.parts().arrays, model.parts().meta["ids"]
    i, j, _ = stored_copies(arrays["neighbours"], arrays["scores"])
    return {tuple(sorted((ids[a], ids[b]))) for a, b in zip(i.tolist(), j.tolist(), strict=True)}


def _articles(n: int) -> list[StoryArticle]:
    return [_article(k, shared=k < 2) for k in range(n)]


def test_the_boilerplate_makes_copies_while_it_counts() -> None:
    assert ("a002", "a003") in _copies(StoryModel.build(_articles(P.MAX_PASSAGE_GROUP)))
    assert _copies(StoryModel.build(_articles(P.MAX_PASSAGE_GROUP + 1))) == {("a000", "a001")}


def test_an_update_taking_a_passage_past_the_limit_drops_the_copy_for_good() -> None:
    articles = _articles(P.MAX_PASSAGE_GROUP + 2)
    model = StoryModel.build(articles[: P.MAX_PASSAGE_GROUP])
    grown = model.update(articles[P.MAX_PASSAGE_GROUP : P.MAX_PASSAGE_GROUP + 1])
    assert _copies(grown) == _copies(StoryModel.build(articles[: P.MAX_PASSAGE_GROUP + 1]))
    later = grown.update(articles[P.MAX_PASSAGE_GROUP + 1 :])  # read back from the lists
    assert _copies(later) == _copies(StoryModel.build(articles))


def test_an_update_taking_a_passage_under_the_limit_finds_the_copy() -> None:
    articles = _articles(P.MAX_PASSAGE_GROUP + 3)
    model = StoryModel.build(articles[:-1])
    gone = {a.id for a in articles[2:5]}
    shrunk = model.update(articles[-1:], gone)
    rest = [a for a in articles if a.id not in gone]
    assert ("a000", "a001") in _copies(StoryModel.build(rest))
    assert _copies(shrunk) == _copies(StoryModel.build(rest))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_dropped_copy_is_scored_as_the_window_scan_scores_it(data: st.DataObject) -> None:
    """`story_uncopied.scored` of every pair against `story_rows.window_scan` of every row
    (kept at the floor): the same pairs kept, the same scores."""
    n = data.draw(st.integers(2, 9))
    counts = [data.draw(st.lists(st.integers(0, 5), min_size=6, max_size=6)) for _ in range(n)]
    day = st.sampled_from([0.0, 1.0, 2.5, 4.0, float("nan")])
    days = np.array(data.draw(st.lists(day, min_size=n, max_size=n)), np.float64)
    params = StoryParams(floor=data.draw(st.sampled_from([0.05, 0.3, 0.6])))
    dense = np.array(counts, np.float32)
    at = np.nonzero(dense)
    indptr = np.concatenate(([0], np.cumsum((dense > 0).sum(axis=1)))).astype(np.int64)
    rows = Rows(dense[at], at[1].astype(np.int32), indptr, (n, 6))
    weights = np.linspace(0.5, 2.0, 6).astype(np.float32)
    everyone = tfidf_at(rows, np.arange(n), weights)
    (i, j, s), _, _ = window_scan(
        everyone,
        days,
        window=params.window_days,
        decay=params.decay_per_day,
        undated_apart=params.undated_apart,
        floor=params.floor,
        keep=params.floor,
        limit=n,
    )
    want = {(a, b): x for a, b, x in zip(i.tolist(), j.tolist(), s.tolist(), strict=True)}
    a, b = np.triu_indices(n, 1)
    pairs = (a.astype(np.int64), b.astype(np.int64), np.ones(len(a), np.float32))
    (a, b, score), ok = scored(pairs, rows, weights, days, params)
    kept = zip(a[ok].tolist(), b[ok].tolist(), score[ok].tolist(), strict=True)
    got = {(x, y): v for x, y, v in kept}
    assert got.keys() == want.keys()
    assert all(abs(got[p] - want[p]) < 1e-6 for p in got)
