"""The bound that lets grouping skip rapidfuzz's ``partial_ratio`` of two long quotes
(`index.analysis.partialbound`, issue 18: CPU of a rebuild): where it says the ratio is under
the cutoff, ``partial_ratio`` with that cutoff is 0, on generated text (the oracle is
rapidfuzz itself), and `relation` gives what it gave without the bound."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from index.analysis import quote_relation
from index.analysis.partialbound import SHORT_NEEDLE, partial_below, upper_bound
from index.analysis.quote_relation import EDIT_RATIO, relation
from index.analysis.quotes import compared_words

# few letters and words, so that stretches are often alike and the bound is tested near
# the cutoff, not only far under it
_WORDS = ["we", "will", "not", "stand", "by", "the", "deal", "is", "dead", "and", "so", "it"]
texts = st.lists(st.sampled_from(_WORDS), min_size=14, max_size=120).map(" ".join)
letters = st.text(alphabet="abcde ", min_size=1, max_size=400)
cutoffs = st.sampled_from([EDIT_RATIO, 50.0, 70.0, 92.0, 99.0])


def _check(a: str, b: str, cutoff: float) -> None:
    bound = upper_bound(a, b)
    assert fuzz.partial_ratio(a, b) <= bound + 1e-9  # the bound, at any length and cutoff
    assert partial_below(a, b, cutoff) == (
        min(len(a), len(b)) > SHORT_NEEDLE and bound < cutoff - 0.01
    )
    if partial_below(a, b, cutoff):
        assert fuzz.partial_ratio(a, b) < cutoff
        assert fuzz.partial_ratio(a, b, score_cutoff=cutoff) == 0


@settings(max_examples=300)
@given(a=texts, b=texts, cutoff=cutoffs)
@example(a="we will not stand by " * 5, b="the deal is dead and so it is " * 9, cutoff=85.0)
def test_what_the_bound_rules_out_rapidfuzz_rules_out(a: str, b: str, cutoff: float) -> None:
    """Oracle: rapidfuzz's own partial ratio, with and without the cutoff."""
    _check(a, b, cutoff)


@settings(max_examples=300)
@given(a=letters, b=letters, cutoff=cutoffs)
def test_what_the_bound_rules_out_on_a_few_letters(a: str, b: str, cutoff: float) -> None:
    """The same on strings of five letters and spaces: long common subsequences."""
    _check(a, b, cutoff)


@given(a=texts, b=texts, cut=st.integers(0, 40), keep=st.integers(14, 80))
def test_a_clip_is_never_ruled_out(a: str, b: str, cut: int, keep: int) -> None:
    """A stretch of a quote is inside it (partial ratio 100): the bound never rules it out,
    whatever stands around it."""
    long_ = f"{a} {b}"
    clip = long_[cut : cut + keep * 4]
    assert not partial_below(clip, long_, EDIT_RATIO)
    assert not partial_below(long_, clip, EDIT_RATIO)


def test_short_needles_are_left_to_rapidfuzz() -> None:
    assert not partial_below("a" * SHORT_NEEDLE, "b" * 500, EDIT_RATIO)
    assert partial_below("a" * (SHORT_NEEDLE + 1), "b" * 500, EDIT_RATIO)


def test_two_unrelated_quotes_are_ruled_out_and_a_reprint_is_not() -> None:
    one = (
        "We are going to keep working with our partners in the region to make sure that the "
        "ceasefire holds and that humanitarian aid reaches the people who need it most"
    )
    other = (
        "The company reported a sharp rise in quarterly profit, driven by strong demand for "
        "its cloud services and lower costs in its hardware division, and raised its outlook "
        "for the rest of the year while announcing a new buyback"
    )
    assert partial_below(one, other, EDIT_RATIO)
    assert not partial_below(one, f"He said: {one}, adding nothing more.", EDIT_RATIO)


@settings(max_examples=200)
@given(a=texts, b=texts, cut=st.integers(0, 30))
def test_relation_is_what_it_was_without_the_bound(a: str, b: str, cut: int) -> None:
    """Oracle: `relation` with the bound turned off (it always lets rapidfuzz answer)."""
    wa = compared_words(a)
    wb = compared_words(f"{a[cut:]} {b}")
    with_bound = relation(wa, wb)
    saved = quote_relation.partial_below
    quote_relation.partial_below = lambda *_: False  # type: ignore[assignment]
    try:
        assert relation(wa, wb) == with_bound
    finally:
        quote_relation.partial_below = saved
