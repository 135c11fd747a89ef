"""Full texts (`story_length`): two long articles' likeness counts higher in the clustering."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import group
from index.analysis.story_derived import LEAD_CHARACTERS, story_article
from index.analysis.story_length import MOST, lengthen, longs, words_of
from index.models import Article
from tests.analysis.pair_rows import pairs_of, same_floats

DAY = datetime(2021, 7, 1, 12)


def article(key: str, words: int | None, body: str = "harbour strike talks") -> StoryArticle:
    return StoryArticle(key, "Port strike", body, "Paper", DAY, None, words)


def test_words_are_the_whole_bodys_when_only_its_start_is_kept() -> None:
    assert words_of(article("a", None, "one two  three\nfour")) == 4
    assert words_of(article("b", 900)) == 900  # the body holds the lead only
    assert longs([article("a", 299), article("b", 300), article("c", None)], 300).tolist() == [
        False,
        True,
        False,
    ]


def test_extraction_counts_the_words_of_a_body_longer_than_the_lead() -> None:
    def extracted(body: str) -> StoryArticle:
        return story_article(Article("x", "/c/x.txt", "T", False, None, None, None, DAY, body))

    short = extracted("word " * 40)
    assert short.words is None and words_of(short) == 40
    long = extracted("word " * 1000)
    assert len(long.body) == LEAD_CHARACTERS and long.words == 1000 and words_of(long) == 1000


def test_two_full_texts_join_where_two_feed_items_stay_apart() -> None:
    # one pair at 0.25: under the threshold (0.275), over it times 1.3 (0.325)
    # (st48's pairing of two lone articles off, a floor over 1: 0.25 is each one's best, so
    # it would join them whatever their length; this is the full texts' factor alone)
    pair = (np.array([0]), np.array([1]), np.array([0.25], np.float32))
    params = StoryParams(pair_floor=2.0)
    feed = group(2, pair, params, long=np.array([False, False])).tolist()
    one_long = group(2, pair, params, long=np.array([True, False])).tolist()
    full = group(2, pair, params, long=np.array([True, True])).tolist()
    no_factor = StoryParams(long_factor=1.0, pair_floor=2.0)
    off = group(2, pair, no_factor, long=np.array([True, True])).tolist()
    assert feed[0] != feed[1] and one_long[0] != one_long[1] and off[0] != off[1]
    assert full[0] == full[1]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.booleans(), st.floats(0.0, 1.0, width=32)), max_size=30),
    st.sampled_from([1.0, 1.3, 2.0]),
)
def test_lengthen_matches_the_rule_written_out(
    rows: list[tuple[bool, bool, float]], factor: float
) -> None:
    flags, (i, j, s) = pairs_of(rows, bool)
    got = lengthen((i, j, s), flags, factor)[2]
    want = [
        max(np.float32(v), min(np.float32(v) * np.float32(factor), np.float32(MOST)))
        if a and b and np.float32(v) < np.float32(0.999) and factor != 1.0
        else np.float32(v)
        for a, b, v in rows
    ]
    assert same_floats(got, want)
    assert lengthen((i, j, s), None, factor)[2] is s


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.booleans(),
            st.booleans(),
            st.integers(-1, 2),
            st.integers(-1, 2),
            st.floats(0.0, 1.0, width=32),
        ),
        max_size=30,
    ),
    st.sampled_from([1.0, 1.3]),
    st.sampled_from([None, 0.8, 1.0, 1.3]),
)
def test_one_outlets_factor_matches_the_rule_written_out(
    rows: list[tuple[bool, bool, int, int, float]], factor: float, one_outlet: float | None
) -> None:
    # st54: a pair of one known outlet counts ``one_outlet`` times (None: ``factor``)
    flags, (i, j, s) = pairs_of([(a, b, v) for a, b, _, _, v in rows], bool)
    source, _ = pairs_of([(x, y, v) for _, _, x, y, v in rows], np.int32)
    got = lengthen((i, j, s), flags, factor, source, one_outlet)[2]
    want = []
    for a, b, x, y, v in rows:
        times = one_outlet if one_outlet is not None and x == y and x >= 0 else factor
        lifted = max(np.float32(v), min(np.float32(v) * np.float32(times), np.float32(MOST)))
        want.append(lifted if a and b and np.float32(v) < np.float32(0.999) else np.float32(v))
    assert same_floats(got, want)
    if one_outlet is None:  # the plain rule, as before the outlets were asked
        assert got.tolist() == lengthen((i, j, s), flags, factor)[2].tolist()


def test_one_outlets_two_full_texts_stay_apart_without_the_lift() -> None:
    # 0.25 joins two full texts (x1.3 is over the threshold 0.275); with the one-outlet
    # factor at 1 it joins them only when their outlets differ or one is unknown
    pair = (np.array([0]), np.array([1]), np.array([0.25], np.float32))
    params = StoryParams(pair_floor=2.0, long_one_outlet=1.0)
    both = np.array([True, True])
    no_place = np.zeros(2, np.int64)

    def grouped(source: list[int]) -> list[int]:
        series = (np.array(source, np.int32), no_place)
        return group(2, pair, params, long=both, series=series).tolist()

    one, other, unknown = grouped([3, 3]), grouped([3, 4]), grouped([-1, -1])
    assert one[0] != one[1]
    assert other[0] == other[1] and unknown[0] == unknown[1]


def test_full_text_flags_follow_articles_through_updates_and_old_models(tmp_path: Path) -> None:
    first = [article("a", 400), article("b", None), article("c", 300)]
    StoryModel.build(first).save(tmp_path / "m")
    updated = StoryModel.load(tmp_path / "m").update([article("d", 500)], removed={"a"})
    assert updated.parts().arrays["long"].tolist() == [False, True, True]
    (tmp_path / "m" / "long.npy").unlink()  # a model saved before the flags were kept
    older = StoryModel.load(tmp_path / "m").update([article("d", 500)])
    assert older.parts().arrays["long"].tolist() == [False, False, False, True]
