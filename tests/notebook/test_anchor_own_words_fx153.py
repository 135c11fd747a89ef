"""fx153: a passage whose own words are still in the text, edited only before and after
it, is found word for word: the found span's slice is the passage (the oracle), never
similar text a character or two off it, never a repeat taken for a cut. Texts of very few
words ("a", "aa", "aaa": overlapping repeats) make every context look alike, the hard case.

A quote under `ALONE_MIN_LENGTH` characters needs its context (`locating`'s rule): out
of it, it may be orphaned, kept at its old place, but never found as other text.
"""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from index.notebook import AnchorState, anchor_at, locate
from index.notebook.locating import ALONE_MIN_LENGTH

WORDS = st.sampled_from(["a", "aa", "aaa", "the", "b", "deal"])
SEPARATORS = st.sampled_from([" ", "", ", ", ". ", "\n\n"])


@st.composite
def prose(draw: st.DrawFn, least: int = 0, most: int = 30) -> str:
    words = draw(st.lists(st.tuples(WORDS, SEPARATORS), min_size=least, max_size=most))
    return "".join(word + separator for word, separator in words)


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` with up to three insertions, deletions or replacements."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        stop = draw(st.integers(at, min(len(text), at + 12)))
        text = text[:at] + draw(prose(0, 3)) + text[stop:]
    return text


@st.composite
def case(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """``(before, passage, after, new_before, new_after)``: the passage kept between
    ``before`` and ``after`` edited."""
    before, after = draw(prose()), draw(prose())
    passage = draw(prose(1, 8)).strip()
    assume(passage)
    return before, passage, after, draw(edited(before)), draw(edited(after))


@settings(max_examples=300, deadline=None)
@given(case())
@example(("bba. a. ", "b. a. b", "a. ", "a. ", "aa. ba")).via(
    "a short quote out of its context was found as 'b. a. ba' beside its own words"
)
@example(("a" * 40, "a" * 8, "a" * 37, "a" * 5, "a" * 22)).via(
    "all one letter: its old prefix and suffix 'meet' in its own words (was orphaned)"
)
@example(("the the a ", "the deal", "the the deal ", "", "the the deal ")).via(
    "its whole suffix kept, its prefix gone as the text now begins there (was orphaned)"
)
def test_a_kept_passage_is_found_word_for_word(case: tuple[str, str, str, str, str]) -> None:
    before, passage, after, new_before, new_after = case
    body = before + passage + after
    anchor = anchor_at(body, len(before), len(before) + len(passage))
    changed = new_before + passage + new_after
    found = locate(anchor, changed)
    if found.state is AnchorState.ORPHANED:
        assert len(passage) < ALONE_MIN_LENGTH, "a quote of 8+ characters still there is lost"
        assert (found.start, found.end, found.similarity) == (anchor.start, anchor.end, 0.0)
        return
    assert changed[found.start : found.end] == passage
    assert found.similarity == 1.0
    occurrences = [at for at in range(len(changed)) if changed.startswith(passage, at)]
    if len(occurrences) == 1 and len(passage) >= ALONE_MIN_LENGTH:
        assert (found.start, found.state) == (len(new_before), AnchorState.ANCHORED)
