"""Edited clips: a clip with words cut from inside it or respelled is one quotation with
the longer quote it comes from (constructed cases; `quote_relation._edited_clip`)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import CLIP, NONE, relation
from index.analysis.quotes import extract_quotes, quote_words

FULL = (
    "Let me say it plainly, closing the harbour on September the 4th was not a whim. "
    "It was done to keep the crews safe from the storm"
)
RESPELLED = "closing the harbour on Sept. 4 was not a whim"  # a date written shorter
CUT = "the crews safe from the storm"  # a plain clip (partial ratio)
INSIDE = (  # words cut from inside: "much wider, and much safer for cyclists, than"
    "The new bridge is much wider, and much safer for cyclists, than anything the city "
    "has built across the river before"
)
INSIDE_CUT = "bridge is much wider and safer than anything the city has built across the river"


def words(text: str) -> tuple[str, ...]:
    return quote_words(text)


def test_a_respelled_clip_is_a_clip() -> None:
    assert relation(words(RESPELLED), words(FULL)) == CLIP
    assert relation(words(FULL), words(RESPELLED)) == CLIP


def test_a_clip_with_words_cut_from_inside_is_a_clip() -> None:
    assert relation(words(INSIDE_CUT), words(INSIDE)) == CLIP


def test_words_scattered_over_a_longer_quote_are_no_clip() -> None:
    # the short quote's words all occur in the long one, in order, but spread out
    long_ = (
        "the plan was drawn up by the council in the spring and it would take the city "
        "years to fail or to succeed in the end whatever the minister said"
    )
    assert relation(words("the plan would fail in the end the minister said"), words(long_)) == NONE


def test_a_short_edited_clip_needs_eight_words() -> None:
    # seven words, one respelled: a stock phrase as often as a clip, so no link
    assert relation(words("closing the harbour on Sept. 4 was"), words(FULL)) == NONE


def test_reprints_with_edited_clips_are_one_group() -> None:
    index = QuoteIndex()
    bodies = {
        "a": f'"{FULL}," the mayor said.',
        "b": f'The mayor said "{RESPELLED}" on Monday.',
        "c": f'"{CUT}," she added.',
        "d": f'"{INSIDE}," the engineer said.',
        "e": f'The engineer said the "{INSIDE_CUT}."',
    }
    for aid, body in bodies.items():
        index.add_article(aid, "Wire", datetime(2021, 5, 1), extract_quotes(body))
    groups = sorted(sorted(g.articles) for g in index.groups())
    assert groups == [["a", "b", "c"], ["d", "e"]]


@given(st.lists(st.sampled_from("abcdefghij"), min_size=9, max_size=20), st.data())
def test_a_clip_with_one_word_cut_from_inside_is_a_clip(
    long_: list[str], data: st.DataObject
) -> None:
    # a stretch of 9+ distinct words with one word cut from its inside is a clip
    letters = [w * 3 + str(i) for i, w in enumerate(long_)]  # distinct words
    start = data.draw(st.integers(0, len(letters) - 9))
    stop = data.draw(st.integers(start + 9, len(letters)))
    stretch = letters[start:stop]
    cut = data.draw(st.integers(1, len(stretch) - 2))
    short = stretch[:cut] + stretch[cut + 1 :]
    assert relation(tuple(short), tuple(letters)) != NONE


def test_a_clip_with_a_long_cut_marked_by_an_ellipsis_is_a_clip() -> None:
    long_ = (
        "The opinion of this so-called judge, which essentially takes law-enforcement away "
        "from our country, is ridiculous and will be overturned!"
    )
    short = "The opinion of this so-called judge ... is ridiculous and will be overturned"
    assert relation(words(short), words(long_)) == CLIP
    # the same words in more, shorter runs are scattered, not cut
    assert (
        relation(words("The opinion of judge ... away from ... will be overturned"), words(long_))
        == NONE
    )
