"""Two people's words, reworded, months apart, are two quotations even when they share a
phrase (nu37 #2: Baker's "We think we are beginning to see changes" in March and Seger's
"I think we are beginning to see more calm in those markets" in June); a reprint word for
word, a clip with words cut, one speaker's or an unnamed side's edit still join
(constructed cases; `quote_links.split`, `quote_paraphrase.named_apart`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_relation import CLIP, STRONG, in_order, relation
from index.analysis.quotes import compared_words
from tests.index.test_quote_stock import _add, _partition

LONG = "I think we are beginning to see more calm in those markets"
EDITED = "We think we are beginning to see changes"


def test_the_case_is_a_reworded_clip() -> None:
    """The pair the rule is for: a clip by `relation` (a shared stock phrase), not in order."""
    short, long_ = compared_words(EDITED), compared_words(LONG)
    assert relation(short, long_) == CLIP
    assert not in_order(short, long_)


def test_two_speakers_reworded_months_apart_are_apart() -> None:
    index = QuoteIndex()
    _add(index, "baker", EDITED, "James Baker")
    _add(index, "seger", LONG, "Martha Seger", days=79)
    assert _partition(index) == {frozenset({"baker"}), frozenset({"seger"})}


def test_a_reworded_clip_still_joins_by_one_speaker_no_speaker_or_the_same_days() -> None:
    index = QuoteIndex()
    _add(index, "seger", LONG, "Martha Seger", days=79)
    _add(index, "same", EDITED, "Seger", days=10)
    _add(index, "unsigned", EDITED, None)
    _add(index, "misread", EDITED, "James Baker", days=77)  # a reprint, its speaker misread
    assert _partition(index) == {frozenset({"seger", "same", "unsigned", "misread"})}


def test_a_clip_word_for_word_by_another_speaker_months_apart_still_joins() -> None:
    index = QuoteIndex()
    _add(index, "seger", LONG, "Martha Seger")
    _add(index, "later", "we are beginning to see more calm in those markets", "James Baker", 90)
    assert _partition(index) == {frozenset({"seger", "later"})}


def test_a_clip_with_ampersand_for_and_is_in_order() -> None:
    short = compared_words("vast sums of money to NATO and the United States")
    long_ = compared_words("Germany owes vast sums of money to NATO & the United States!")
    assert in_order(short, long_)


_WORDS = st.sampled_from(
    ["council", "budget", "schools", "approve", "mayor", "river", "bridge", "tax", "vote"]
)


@settings(max_examples=30, deadline=None)
@given(
    head=st.lists(_WORDS, min_size=4, max_size=6),
    mine=st.lists(_WORDS, min_size=1, max_size=2),
    theirs=st.lists(_WORDS, min_size=3, max_size=5),
    days=st.integers(min_value=4, max_value=200),
    same=st.booleans(),
)
def test_an_edit_of_another_speaker_apart_never_joins(
    head: list[str], mine: list[str], theirs: list[str], days: int, same: bool
) -> None:
    """Oracle: a quote that shares a phrase with another, with words of its own the other
    lacks in order (reworded), and is given to another person more than three days away,
    is its own group whatever the two relate as; by one speaker it is grouped as
    `relation` says."""
    first, second = " ".join([*head, *theirs]), " ".join(["we", *head, *mine])
    short, long_ = compared_words(second), compared_words(first)
    index = QuoteIndex()
    _add(index, "one", first, "Martha Seger")
    _add(index, "two", second, "Seger" if same else "James Baker", days=days)
    joined = _partition(index) == {frozenset({"one", "two"})}
    if not same and not in_order(short, long_):
        assert not joined
    elif same and relation(short, long_) in (STRONG, CLIP) and len(short) >= 5:
        assert joined or relation(short, long_) == CLIP  # a stock clip may stay apart
