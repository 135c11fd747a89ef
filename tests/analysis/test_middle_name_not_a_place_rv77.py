"""A word alone is a middle name of an article's full name only when that full name is a
person's: "Anna Maria Island" (a place) took a later "Maria", and "Winter Olympic Games"
(an event) "The Olympic committee" (rv77 on fx171's middle-name rule; the last word of a
place's or an event's name, `PLACE_WORDS` and its kin, names no person). The oracle: the
same text with the full name a person's ("Anna Maria Lopez") joins the word; with the
place's or event's, the word stays its own."""

from __future__ import annotations

import pytest

from index.analysis.entities import find_names
from index.analysis.namematch import merge


def _spans_of(text: str, name: str) -> int:
    return next(len(e.spans) for e in merge(find_names(text)) if e.name == name)


@pytest.mark.parametrize(
    ("first", "word", "last", "then"),
    [
        ("Anna", "Maria", "Island", "{} spoke to the press."),
        ("Winter", "Olympic", "Games", "The {} committee met on Monday."),
        ("Mary", "Grace", "Stadium", "{} spoke to the press."),
    ],
)
def test_a_place_or_an_event_takes_no_middle_word(
    first: str, word: str, last: str, then: str
) -> None:
    lead = "{} was in the news on Sunday. "
    place = f"{first} {word} {last}"
    assert _spans_of(lead.format(place) + then.format(word), place) == 1
    person = f"{first} {word} Lopez"  # a person's: the word joins (fx171)
    if first in ("Anna", "Mary"):
        assert _spans_of(lead.format(person) + then.format(word), person) == 2
