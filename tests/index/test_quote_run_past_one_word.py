"""One speaker's sentence that two outlets transcribed with one word more in one of them
(issue 18, qg39; labels u15, v22: Trump's "What, you think our country's so innocent?" and
TASS's "What, do you think ..."): the shared run `said_run` asks for (`SAID_RUN_WORDS`)
may pass over one word one quote adds, when the words either side are `PIECE_WORDS` or more
in a row and the word is no negator. Oracles: every way to cut two runs from two word
lists (`run_past_one_word`), and quotes built from two pieces of one sentence (`split`)."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_relation import RUN_WORDS
from index.analysis.quote_stock import STOCK_DAYS
from index.analysis.quote_unions import PIECE_WORDS, SAID_RUN_WORDS, run_past_one_word
from tests.index.test_quote_said_run import (
    AFTER,
    BEFORE,
    RUN,
    SPEAKERS,
    joined_as_given,
    one_speaker,
)

NEGATING = ("not", "never", "didn't")


def _run(a: list[str], b: list[str], i: int, j: int) -> int:
    n = 0
    while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
        n += 1
    return n


def _brute(a: list[str], b: list[str]) -> int:
    """Every start, every first piece, one word skipped on either side, the run after."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            whole = _run(a, b, i, j)
            best = max(best, whole)
            for k in range(PIECE_WORDS, whole + 1):
                for words, at, skip_a, skip_b in ((a, i + k, 1, 0), (b, j + k, 0, 1)):
                    if at >= len(words) or words[at] in NEGATING:
                        continue  # no word more there, or a negator
                    then = _run(a, b, i + k + skip_a, j + k + skip_b)
                    if then >= PIECE_WORDS:
                        best = max(best, k + then)
    return best


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "not"]), max_size=16),
    st.lists(st.sampled_from(["a", "b", "c", "didn't"]), max_size=16),
)
def test_the_run_past_one_word_against_every_cut(a: list[str], b: list[str]) -> None:
    assert run_past_one_word(tuple(a), tuple(b)) == _brute(a, b)


@settings(max_examples=120, deadline=None)
@given(
    st.integers(1, 10),
    st.integers(1, 10),
    st.sampled_from(["do", "truly", "not"]),
    st.lists(st.sampled_from(SPEAKERS), min_size=2, max_size=2),
    st.integers(0, 2 * STOCK_DAYS),
    st.randoms(use_true_random=False),
)
def test_one_word_more_inside_a_long_shared_run_joins_as_the_oracle_says(
    first: int,
    then: int,
    extra: str,
    speakers: list[str | None],
    days: int,
    rng: Random,
) -> None:
    shared = RUN[: first + then]
    with_extra = (*RUN[:first], extra, *RUN[first : first + then])
    words = {("a", 0): BEFORE[0] + with_extra + AFTER[0], ("b", 0): BEFORE[1] + shared + AFTER[1]}
    joined = joined_as_given(words, speakers, days, rng)
    # the oracle: the pieces as built; the pair is looked at only when one piece is a run
    # of `RUN_WORDS` (`quote_relation.RUN`); one surname on both sides, no two given names
    looked_at = max(first, then) >= RUN_WORDS
    past = first >= PIECE_WORDS and then >= PIECE_WORDS and extra != "not"
    long_enough = max(first, then) >= SAID_RUN_WORDS or (past and first + then >= SAID_RUN_WORDS)
    expected = looked_at and long_enough and one_speaker(speakers) and days <= STOCK_DAYS
    assert joined == expected


@pytest.mark.parametrize(
    "extra", ["hardly", "barely", "scarcely", "seldom", "rarely", "didnt", "dont", "wont", "isnt"]
)
def test_a_word_that_nearly_negates_is_no_word_more(extra: str) -> None:
    """rv52 (qg39): "we will hardly support" is not "we will support", nor a contraction
    typed without its apostrophe ("didnt"): the runs either side stay apart."""
    first = ("we", "will", "support", "the", "farmers", "of", "this")
    then = ("country", "in", "every", "way", "that", "we", "can")
    assert run_past_one_word((*first, extra, *then), (*first, *then)) == len(then)
    assert run_past_one_word((*first, *then), (*first, "truly", *then)) == len(first + then)
