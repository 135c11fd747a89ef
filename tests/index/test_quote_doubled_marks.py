"""A double quotation mark written as two single marks or two backticks (``"hard.''``,
``''Frankly, ...''``, ````` ``I've asked ...,'' `````: the copies of x05 of the reprint labels
and of a few BBC and Reuters pages), and the lost apostrophe '"?' inside a quote
('other countries"?policies change,"': x02): constructed cases and a property whose oracle
is the text as it was put together."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import extract_quotes


def inners(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in quoted_spans(text)]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', "''"), ("“", "''"), ("''", "''"), ("``", "''"), ("‘‘", "’’"), ("''", '"')],
)
def test_each_style_closes_at_its_doubled_mark(opening: str, closing: str) -> None:
    text = (
        f"Mr Trump said: {opening}I like Speaker Ryan. I think Paul really worked hard.{closing}"
        ' Mr Ryan said the president had been "really fantastic". How bad was it? Bad.'
    )
    assert inners(text) == [
        "I like Speaker Ryan. I think Paul really worked hard.",
        "really fantastic",
    ]
    (first, _) = quoted_spans(text)
    assert text[first.start : first.end] == (
        f"{opening}I like Speaker Ryan. I think Paul really worked hard.{closing}"
    )


def test_a_doubled_mark_opens_each_paragraph_of_a_long_quote() -> None:
    text = "He said in the car:\n\n''We will work with our allies.\n\n''We will win.'' He left."
    (span,) = quoted_spans(text)
    assert span.paragraphs == 2 and span.closed
    assert text[span.start : span.end] == "''We will work with our allies.\n\n''We will win.''"


def test_doubled_apostrophes_and_inches_are_no_marks() -> None:
    assert inners("He lay on Qalandar''s tomb and left.") == []
    assert inners("She is described as 1.73m (5'8'') and of slim build.") == []


def test_the_quote_and_its_speaker() -> None:
    (quote,) = extract_quotes(
        "``I've asked for support from the United Nations to help our people,'' Nicolas "
        "Maduro said on television."
    )
    assert quote.inner == "I've asked for support from the United Nations to help our people,"
    assert quote.speaker == "Nicolas Maduro"


def test_a_lost_apostrophe_inside_a_quote_keeps_it_open() -> None:
    text = (
        '"no matter how other countries"?policies on climate change change, China will not '
        'change,"?Lu Kang said. "We are willing to work with them."'
    )
    assert inners(text) == [
        'no matter how other countries"?policies on climate change change, China will not change,',
        "We are willing to work with them.",
    ]


def test_a_closing_mark_and_a_lost_dash_still_close() -> None:
    # the next mark opens a quote, or there is none: the '"?' closed the quote before it
    text = 'He called it a "gateway"?to taking up cigarettes. "It is a worry," she said.'
    assert inners(text) == ["gateway", "It is a worry,"]
    assert inners('the "masterminds"?behind an attack that never happened') == ["masterminds"]


WORDS = st.sampled_from(["we", "will", "work", "with", "allies", "Paul", "Ryan", "the", "hard"])
OPENINGS = st.sampled_from(['"', "“", "''", "``", "‘‘"])
CLOSINGS = st.sampled_from(['"', "”", "''", "’’"])
QUOTED = st.tuples(
    OPENINGS, st.lists(WORDS, min_size=1, max_size=8), st.sampled_from([".", ",", "!"]), CLOSINGS
)


@given(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=5), QUOTED), max_size=5))
def test_quotes_in_any_double_style_come_out_as_put_in(
    parts: list[tuple[list[str], tuple[str, list[str], str, str]]],
) -> None:
    text, expected = "", []
    for narration, (opening, said, stop, closing) in parts:
        words = " ".join(said) + stop
        text += " ".join(narration) + " " + opening + words + closing + " "
        expected.append(words)
    assert inners(text) == expected
