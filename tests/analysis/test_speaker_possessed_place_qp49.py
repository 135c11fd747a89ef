"""A lone word between a possessive and a visit's noun is a place, not a speaker (qp49's
sample of 40 quotes: its one wrong speaker).

AP's na-2995: "Tillerson's Beijing visit followed his remarks in South Korea on Friday that
... a level 'that we believe requires action.'" gave the quote to "Beijing" (described as
"Tillerson's"). The oracle, over generated possessors, places and wordings: no quote is given
to the place; "Beijing said" alone (the government, as news writes it) still speaks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_WHO = ("Tillerson's", "Rex Tillerson's", "the minister's", "Merkel's")
_PLACES = ("Beijing", "Moscow", "Paris", "Seoul")
_NOUNS = ("visit", "trip", "stop")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_WHO), st.sampled_from(_PLACES), st.sampled_from(_NOUNS))
def test_the_possessed_place_is_no_speaker(who: str, place: str, noun: str) -> None:
    text = (
        f"Xi met him on Sunday. {who[0].upper()}{who[1:]} {place} {noun} followed his remarks"
        " in South Korea that action might be needed at a level"
        ' "that we believe requires action." China has not responded.'
    )
    assert [q.speaker for q in extract_quotes(text)] != [place], text


def test_the_capital_alone_still_speaks() -> None:
    text = 'Talks went on. "We oppose any such move by the United States," Beijing said.'
    assert [q.speaker for q in extract_quotes(text)] == ["Beijing"]
