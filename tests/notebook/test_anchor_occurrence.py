"""Which occurrence of a passage `anchor_quote` takes (nu31 #12): `quote_spans` lists them
all, in order, and ``occurrence`` picks one. The oracle: texts built word by word with
random whitespace, a passage's occurrences known from where its words were put."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import InvalidValue, anchor_quote, quote_spans, span_context

WORDS = ["DeVos", "Senate", "vote", "said", "the", "tie-breaking"]
GAPS = [" ", "  ", "\n", " \n\n", "\t"]


@st.composite
def texts(draw: st.DrawFn, vocabulary: list[str] = WORDS) -> tuple[str, list[tuple[int, str]]]:
    """A text and its words, each with where it starts."""
    words = draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=30))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    parts: list[str] = []
    placed: list[tuple[int, str]] = []
    at = 0
    for word, gap in zip(words, gaps, strict=True):
        placed.append((at, word))
        parts.append(word + gap)
        at += len(word) + len(gap)
    return "".join(parts), placed


def _expected(placed: list[tuple[int, str]], quote: list[str]) -> list[tuple[int, int]]:
    """The passage's occurrences by its words, left to right, none overlapping another."""
    found: list[tuple[int, int]] = []
    n = 0
    while n + len(quote) <= len(placed):
        if [w for _, w in placed[n : n + len(quote)]] == quote:
            last_at, last = placed[n + len(quote) - 1]
            found.append((placed[n][0], last_at + len(last)))
            n += len(quote)
        else:
            n += 1
    return found


@settings(max_examples=200, deadline=None)
@given(text=texts(), quote=st.lists(st.sampled_from(WORDS), min_size=1, max_size=2))
def test_each_occurrence_is_found_and_can_be_chosen(
    text: tuple[str, list[tuple[int, str]]], quote: list[str]
) -> None:
    body, placed = text
    expected = _expected(placed, quote)
    typed = "  ".join(quote)  # typed with other spacing
    assert quote_spans(body, typed) == expected
    for n, (start, end) in enumerate(expected, start=1):
        anchor = anchor_quote(body, typed, occurrence=n)
        assert (anchor.start, anchor.end) == (start, end)
        context = span_context(body, start, end)
        assert "\n" not in context and " ".join(body[start:end].split()) in context
    if expected:
        assert (anchor_quote(body, typed).start, anchor_quote(body, typed).end) == expected[0]
        with pytest.raises(InvalidValue, match="there is no occurrence"):
            anchor_quote(body, typed, occurrence=len(expected) + 1)


def test_context_keeps_whole_words_either_side() -> None:
    body = "Mrs DeVos, a billionaire who has no experience, said DeVosian things."
    assert quote_spans(body, "DeVos") == [(4, 9)]  # whole words (nu57 #6)
    spans = quote_spans(body, "DeVos", inside_words=True)
    assert [span_context(body, *span) for span in spans] == [
        "Mrs DeVos, a billionaire who…",
        "…no experience, said DeVosian things.",  # three words either side
    ]


NESTED = ["quota", "quotas", "quota's", "coffee", "coffees", "2", "20", "(quota)", "-quota-"]
"""Words inside others ("quota" in "quotas"), and marks around them: a quote matches whole
words only, as the oracle counts them; "(quota)" is the word "quota" between marks."""
QUOTED = [word for word in NESTED if word.isalnum()]


def _as_words(placed: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The text's words as a one-word quote matches them: split at marks ("(quota)" and
    "quota's" hold the word "quota"; "quotas" does not)."""
    words = []
    for at, word in placed:
        offset = 0
        for piece in re.split(r"([()'-])", word):
            words.append((at + offset, piece))
            offset += len(piece)
    return words


@settings(max_examples=300, deadline=None)
@given(quote=st.lists(st.sampled_from(QUOTED), min_size=1, max_size=2), data=st.data())
def test_a_quote_matches_whole_words(quote: list[str], data: st.DataObject) -> None:
    """nu57 #6: `--quote 'quota'` counted 14 occurrences, those inside "quotas" among them.
    One word is looked for in texts with marks around words, two in texts of bare words."""
    body, placed = data.draw(texts(NESTED if len(quote) == 1 else QUOTED))
    if len(quote) == 1:  # a word between marks is still that word
        expected = [(at, at + len(word)) for at, word in _as_words(placed) if word == quote[0]]
    else:
        expected = _expected(placed, quote)
    assert quote_spans(body, " ".join(quote)) == expected
    if len(quote) == 1:
        inside = [m.span() for m in re.finditer(re.escape(quote[0]), body)]
        assert quote_spans(body, quote[0], inside_words=True) == inside
        if not expected and inside:  # found only inside longer words: taken there
            anchor = anchor_quote(body, quote[0])
            assert (anchor.start, anchor.end) == inside[0]
