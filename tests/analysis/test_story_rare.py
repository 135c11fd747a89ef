"""A term two or three articles alone share (`story_rare`) supports their pairs in the
clustering."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import combinations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import compare, group
from index.analysis.story_rare import RARE_DF, WIDE_FROM, rare_keys, support

DAY = datetime(2021, 7, 1, 12)


def article(key: str, title: str, body: str, hours: int) -> StoryArticle:
    return StoryArticle(key, title, body, "Paper", DAY + timedelta(hours=hours), None)


SHRINE = (
    article(
        "shrine-wire",
        "Blast at a Sufi shrine in Sehwan kills dozens of worshippers",
        "A suicide bomber struck worshippers at the Qalandar shrine in Sehwan on Thursday"
        " evening, police said, and hospitals in the province asked for blood.",
        0,
    ),
    article(
        "storm",
        "Storm closes roads and schools in the north as rivers rise",
        "Heavy rain closed roads and schools in the north on Thursday, the police said, and"
        " rivers rose across the province while hospitals asked for calm.",
        1,
    ),
    article(
        "budget",
        "Parliament passes the budget after a long night of votes",
        "Members of parliament passed the budget on Thursday after a long night, the province"
        " said, and the town councils asked for more money for schools.",
        2,
    ),
    article(
        "shrine-angle",
        "Families bury the dead of the Sehwan shrine as the country mourns",
        "Mourners gathered in the town of Sehwan to bury relatives killed at the Qalandar"
        " shrine, where the ritual dance of the worshippers was under way when the bomb went"
        " off.",
        5,
    ),
)
"""Two angles of one event: under the threshold on words alone (0.255 < 0.275), but only
they name Sehwan and the Qalandar shrine."""


def csr_of(docs: list[set[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    indices = np.array([t for d in docs for t in sorted(d)], dtype=np.int32)
    indptr = np.cumsum([0] + [len(d) for d in docs]).astype(np.int64)
    df = np.bincount(indices, minlength=8).astype(np.int32)
    return indices, indptr, df


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sets(st.integers(0, 7), max_size=5), max_size=8),
    st.sampled_from([None, 2, 3, 4]),
)
def test_rare_keys_are_the_pairs_sharing_a_term_of_few_articles(
    docs: list[set[int]], most: int | None
) -> None:
    n = len(docs)
    expected = set()
    for term in range(8):
        having = [k for k, d in enumerate(docs) if term in d]
        default = RARE_DF if n >= WIDE_FROM else 2
        if 2 <= len(having) <= (default if most is None else most):
            expected.update(a * n + b for a, b in combinations(having, 2))
    keys = rare_keys(*csr_of(docs), most)
    assert keys.tolist() == sorted(expected)


@settings(max_examples=20, deadline=None)
@given(st.integers(3, 2 * WIDE_FROM))
def test_terms_of_three_articles_count_only_in_a_corpus_of_some_size(n: int) -> None:
    # term 1 in three articles, the others without terms (a shared filler term would itself
    # be rare in a corpus of five or six articles)
    docs: list[set[int]] = [{1}, {1}, {1}] + [set() for _ in range(n - 3)]
    indices, indptr, _ = csr_of(docs)
    df = np.bincount(indices, minlength=8).astype(np.int32)
    wide = rare_keys(indices, indptr, df).tolist() == [0 * n + 1, 0 * n + 2, 1 * n + 2]
    assert wide == (n >= WIDE_FROM)
    assert rare_keys(indices, indptr, df, 3).tolist() == [0 * n + 1, 0 * n + 2, 1 * n + 2]


def test_rare_keys_of_rows_present_when_the_counts_include_dropped_rows() -> None:
    indices, indptr, df = csr_of([{1}, {1, 2}, {2}])
    df[1] += 1  # term 1 was in an article dropped since: 3 rows counted, 2 present
    assert rare_keys(indices, indptr, df, 3).tolist() == [0 * 3 + 1, 1 * 3 + 2]
    assert rare_keys(indices, indptr, df, 2).tolist() == [1 * 3 + 2]


def test_support_raises_only_the_rare_pairs_and_never_a_near_copy() -> None:
    pairs = (
        np.array([0, 2, 1, 0]),
        np.array([1, 1, 3, 3]),
        np.array([0.2, 0.2, 1.0, 0.98], np.float32),
    )
    keys = np.array([0 * 4 + 1, 1 * 4 + 2, 1 * 4 + 3, 0 * 4 + 3], np.int64)  # all of them
    keys.sort()
    _, _, raised = support(pairs, keys, 4, 0.05)
    assert raised.tolist() == np.array([0.25, 0.25, 1.0, 1.0], np.float32).tolist()
    _, _, only = support(pairs, np.array([0 * 4 + 1], np.int64), 4, 0.05)
    assert only.tolist() == np.array([0.25, 0.2, 1.0, 0.98], np.float32).tolist()
    assert support(pairs, keys, 4, 0.0) is pairs


def test_group_joins_a_pair_under_the_threshold_that_alone_shares_a_term() -> None:
    pairs = (np.array([0, 1]), np.array([1, 2]), np.array([0.25, 0.1], np.float32))
    # st48's pairing of two lone articles off (a floor over 1): 0.25 is each one's best, so
    # it would join them without the rare term; this is the rare term's bonus alone
    params = StoryParams(pair_floor=2.0)
    assert group(3, pairs, params).tolist() == [0, 1, 2]
    assert group(3, pairs, params, rare=np.array([1], np.int64)).tolist() == [0, 0, 1]
    off = StoryParams(rare_bonus=0.0, pair_floor=2.0)
    assert group(3, pairs, off, rare=np.array([1], np.int64)).tolist() == [0, 1, 2]


def test_the_constructed_pair_scores_under_the_threshold_on_words_alone() -> None:
    ids, (i, j, s) = compare(SHRINE, StoryParams())
    score = {frozenset((ids[a], ids[b])): float(v) for a, b, v in zip(i, j, s, strict=True)}
    pair = score[frozenset(("shrine-wire", "shrine-angle"))]
    params = StoryParams()
    assert params.threshold - params.rare_bonus <= pair < params.threshold


def test_two_angles_sharing_a_rare_name_join_in_builds_and_updates() -> None:
    built = StoryModel.build(SHRINE)
    assert built.story_of("shrine-wire") == built.story_of("shrine-angle")
    assert built.story_of("storm") != built.story_of("shrine-wire")
    plain = StoryModel.build(SHRINE, params=StoryParams(rare_bonus=0.0))
    assert plain.story_of("shrine-wire") != plain.story_of("shrine-angle")
    updated = StoryModel.build(SHRINE[:3]).update([SHRINE[3]])
    assert updated.story_of("shrine-wire") == updated.story_of("shrine-angle")
    plain_update = StoryModel.build(SHRINE[:3], params=StoryParams(rare_bonus=0.0))
    plain_update = plain_update.update([SHRINE[3]])
    assert plain_update.story_of("shrine-wire") != plain_update.story_of("shrine-angle")


def test_an_update_that_brings_an_angle_groups_as_a_rebuild_does() -> None:
    # a pair already scored by an earlier build keeps that build's score (its IDF of two
    # articles), as every pair does in an update: only splits that bring an angle are asked
    def partition(model: StoryModel) -> set[frozenset[str]]:
        return {frozenset(s.article_ids) for s in model.stories()}

    rebuilt = partition(StoryModel.build(SHRINE))
    for size in range(1, len(SHRINE)):
        for first in combinations(range(len(SHRINE)), size):
            if {0, 3} <= set(first):
                continue
            rest = [SHRINE[k] for k in range(len(SHRINE)) if k not in first]
            model = StoryModel.build([SHRINE[k] for k in first]).update(rest)
            assert partition(model) == rebuilt, first
