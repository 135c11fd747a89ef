"""Short clips with words cut out (rp27, `quote_relation.SHORT_CUT_WORDS`): a clip of five to
seven words that is the longer quote's own words, in order, in two runs with a few words cut
between them, is a clip of it ("abundantly clear we didn't have air cover" of "It was
abundantly clear that we didn't have air cover ..."). A longer cut, a second cut, or a cut
that drops a negator is not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import CLIP, NONE, relation
from index.analysis.quote_relation import MIN_CLIP_WORDS, MIN_CUT_WORDS, SHORT_CUT_WORDS
from index.analysis.quotes import extract_quotes, quote_words

AIR = "It was abundantly clear that we didn't have air cover when it came to calls"
MESS = "To be honest, I inherited a mess. It's a mess. At home and abroad. A mess"
VOCABULARY = tuple(
    [
        "harbour",
        "crews",
        "storm",
        "bridge",
        "river",
        "council",
        "spring",
        "minister",
        "city",
        "plan",
        "cyclists",
        "budget",
        "winter",
        "summer",
        "ocean",
        "market",
        "ballot",
        "party",
        "union",
        "border",
        "farmers",
        "tunnel",
        "railway",
        "orchard",
        "factory",
        "museum",
        "airport",
        "library",
        "hospital",
        "theatre",
        "stadium",
        "island",
        "village",
    ]
)


def words(text: str) -> tuple[str, ...]:
    return quote_words(text)


def test_a_short_clip_with_a_word_cut_out_is_a_clip() -> None:
    for clip, full in [
        ("abundantly clear we didn't have air cover", AIR),
        ("inherited a mess at home and abroad", MESS),
    ]:
        assert relation(words(clip), words(full)) == CLIP
        assert relation(words(full), words(clip)) == CLIP


def test_a_longer_cut_or_a_second_cut_is_no_clip() -> None:
    assert relation(words("it was abundantly clear when it came"), words(AIR)) == NONE  # 7 cut
    assert relation(words("abundantly clear have air cover it came"), words(AIR)) == NONE


def test_a_cut_that_drops_a_negator_is_no_clip() -> None:
    full = "We said it then and we say it again: we will never ever go back home to them"
    assert relation(words("we will go back home"), words(full)) == NONE


def test_reprints_with_a_short_cut_clip_are_one_group() -> None:
    index = QuoteIndex()
    index.add_article("a", "Outlet a", "2017-03-29", extract_quotes(f'"{AIR}," he said.'))
    clip = "abundantly clear we didn't have air cover"
    index.add_article("b", "Outlet b", "2017-03-30", extract_quotes(f'He said it was "{clip}."'))
    assert any(set(g.articles) == {"a", "b"} for g in index.groups())


@settings(max_examples=60, deadline=None)
@given(
    st.permutations(VOCABULARY),
    st.integers(MIN_CLIP_WORDS, MIN_CUT_WORDS - 1),
    st.data(),
)
def test_two_runs_of_the_longer_quote_are_a_clip_when_the_cut_is_short(
    shuffled: list[str], size: int, data: st.DataObject
) -> None:
    """Oracle: the clip is made by slicing the longer quote (distinct words, no negator):
    with a cut of `SHORT_CUT_WORDS` or fewer between its two runs it is a clip; with a
    longer cut and three words or more on each side of it, none (with one or two on a
    side, partial ratio may still find it, as before)."""
    long_ = tuple(shuffled[:24])
    head = data.draw(st.integers(1, size - 1))
    cut = data.draw(st.integers(1, SHORT_CUT_WORDS + 3))
    start = data.draw(st.integers(0, len(long_) - size - cut))
    clip = long_[start : start + head] + long_[start + head + cut : start + size + cut]
    assert len(clip) == size
    if cut <= SHORT_CUT_WORDS:
        assert relation(clip, long_) == CLIP
    elif min(head, size - head) >= 3:
        assert relation(clip, long_) == NONE
