"""Quotes of several sentences: where a sentence ends inside a quotation (qp51).

Generated quotations of one to four sentences, with abbreviations ("Mr.", "U.S.", "No. 3",
"Gen.", "a.m."), inner question and exclamation marks, nested single quotes, curly and
straight marks, an attribution after or before. The oracle is the text generated: the quote
found is exactly the quotation put in (``article[start:end] == quote``), whole, and its
speaker is the one named.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import extract_quotes
from index.text.sentences import abbreviation_stop

_SENTENCES = (
    "Mr. Smith came to the U.S. in 1990",
    "We are No. 3 in the league and rising",
    "Gen. Lee told me to hold the line",
    "The vote is set for Jan. 5 at 3 p.m. in St. Louis",
    "Dr. Jones of Acme Inc. agreed with us",
    "It was Sen. Warren who asked first",
    "Why now, of all times",
    "This is a disaster for every family here",
    "The U.S. economy grew by 2.5 percent last year",
    "They told me {o}hold the line{c} and I did",
    "They shouted {o}Go home!{c} at us",
    "She asked me {o}Why?{c} and I had no answer",
    "It was 10 a.m. when the shooting began",
    "He met Rep. Jim Jordan and Gov. Brown on Friday",
    "We met at 3 p.m.",
    "Vote No. 7 passed",
)
_ENDS = (".", "?", "!", "...", "…")
_MARKS = (('"', '"', "'", "'"), ("“", "”", "‘", "’"))  # double open/close, single open/close
_NAMES = ("Jane Doe", "Robert Harward", "Maria Lopez")


@st.composite
def _quotation(draw: st.DrawFn) -> tuple[str, str]:
    """A quotation's sentences (1 to 4, each with its end) and its marks' style."""
    o, c, so, sc = draw(st.sampled_from(_MARKS))
    count = draw(st.integers(1, 4))
    sentences = []
    for _ in range(count):
        words = draw(st.sampled_from(_SENTENCES)).format(o=so, c=sc)
        end = draw(st.sampled_from(_ENDS))
        # "p.m." ends its sentence itself ("p.m...." would read as a stop and an ellipsis)
        stopped = words.endswith(".") and end in (".", "...", "…")
        sentences.append(words if stopped else words + end)
    return " ".join(sentences), o + c


def _before_attribution(inner: str) -> str:
    """The quotation as it stands before '" Name said': its last full stop a comma (an
    abbreviation's stop kept: 'at 3 p.m.,"'); an ellipsis, "?" or "!" stays as it is."""
    if inner.endswith("p.m."):
        return inner + ","
    if inner.endswith(".") and not inner.endswith("..."):
        return inner[:-1] + ","
    return inner


@settings(max_examples=300, deadline=None)
@given(
    _quotation(),
    st.sampled_from(_NAMES),
    st.sampled_from(("after", "inverted", "colon")),
    st.booleans(),
)
def test_a_quotation_of_several_sentences_is_one_quote(
    quotation: tuple[str, str], name: str, form: str, lead: bool
) -> None:
    inner, marks = quotation
    head = "The council met on Tuesday to discuss the budget. " if lead else ""
    if form == "colon":
        quote = marks[0] + inner + marks[1]
        before, after = f"{head}{name} said: ", " The meeting went on."
    else:
        quote = marks[0] + _before_attribution(inner) + marks[1]
        verb = f" {name} said." if form == "after" else f" said {name}, a senator."
        before, after = head, verb + " The meeting went on."
    article = before + quote + after
    (found,) = extract_quotes(article)
    assert (found.start, found.end) == (len(before), len(before) + len(quote))
    assert article[found.start : found.end] == quote
    assert found.speaker == name


@settings(max_examples=200, deadline=None)
@given(_quotation(), _quotation(), st.sampled_from(_NAMES))
def test_a_quote_split_by_its_attribution_is_the_speakers_both_sides(
    first: tuple[str, str], second: tuple[str, str], name: str
) -> None:
    """'"...," Doe said. "..."': the second part goes on with the first's speaker."""
    one = first[1][0] + _before_attribution(first[0]) + first[1][1]
    two = second[1][0] + second[0] + second[1][1]
    middle = f" {name} said. "
    article = one + middle + two
    quotes = extract_quotes(article)
    assert [(q.start, q.end) for q in quotes] == [
        (0, len(one)),
        (len(one) + len(middle), len(article)),
    ]
    assert [q.speaker for q in quotes] == [name, name]


_FIRST = (
    "I go to bed at 1 a.m. and wake up at 5 a.m. and I feel fine.",
    "We backed Sen. Warren and Gov. Brown all the way.",
    "The order ran to Jan. 29 at 11:59 p.m. and no further.",
    "We are No. 3 in the league and we will stay there.",
    "Gen. Lee and Mr. Smith came to the U.S. in 1990 to work.",
    "The plan, Mr. Smith said, is working.",
)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_FIRST), st.sampled_from(_NAMES))
def test_an_unclosed_quote_is_cut_at_its_first_sentences_end_not_an_abbreviations(
    first: str, name: str
) -> None:
    """A quote whose closing mark is lost before another opens mid-sentence is its first
    sentence (`quotemarks`): "a.m.", "Sen.", "Jan.", "No.", "Gen." end none."""
    before = f"{name} said: "
    article = before + '"' + first + ' Then I say, "Let us see what happens."'
    spans = quoted_spans(article)
    assert article[spans[0].start : spans[0].end] == '"' + first
    assert not spans[0].closed


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("at 1 a.m. and then", "a.m.", True),
        ("met Sen. Warren there", "Sen.", True),
        ("met Gen. Lee there", "Gen.", True),
        ("ran to Jan. 29 at noon", "Jan.", True),
        ("We are No. 3 now", "No.", True),
        ("at 11:59 p.m. The list grew", "p.m.", False),
        ("I said no. Then I left", "no.", False),
        ("year to year. It says", "year.", False),
        ("Acme Inc. The firm grew", "Inc.", False),
        ("came to the U.S. in 1990", "U.S.", True),
        ("the end.", "end.", False),
    ],
)
def test_abbreviation_stops(text: str, word: str, expected: bool) -> None:
    at = text.index(word) + len(word) - 1
    assert abbreviation_stop(text, at) is expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # na-1422's shape: "Jan. 29" goes on, "p.m. The" ends the sentence
        (
            'The ACLU said: "from Jan. 29 at 11:59 p.m. The list grew, they say, "we know."',
            '"from Jan. 29 at 11:59 p.m.',
        ),
        # na-1012's shape: a stop, a stray mark, a new sentence
        (
            'The report adds: "Growth is not a boom for all. " It says, "nothing more."',
            '"Growth is not a boom for all.',
        ),
    ],
)
def test_an_unclosed_quotes_first_sentence_in_corpus_shapes(text: str, first: str) -> None:
    spans = quoted_spans(text)
    assert text[spans[0].start : spans[0].end] == first


def test_an_ellipsis_after_a_full_stop_ends_the_sentence() -> None:
    """na-0684's shape: '. ..."' then a new sentence that names a body: not its speaker."""
    text = (
        'Putin called Erdogan and "conveyed his condolences over a tragic accident. ..." '
        "A Russian Ministry of Defense statement said jets were on a mission."
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Russian Ministry of Defense"
