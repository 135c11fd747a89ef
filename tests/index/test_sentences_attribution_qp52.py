"""A quotation's attribution stays with it: '"Is that in the record?" Friedland asked.' is one
sentence, where pysbd cuts after a quoted question or exclamation (qp52; 40 one-line "X said."
sentences in the corpora's comparisons; after a quotation's full stop too, where the cut
was a sure one). Generated texts of plain sentences, plain questions
and quotations with attributions; the oracle is the units the text was made of."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.sentences import split_sentences

WORDS = ("record", "plan", "river", "budget", "court", "vote", "bridge", "market", "school")
SPEAKERS = (
    "Friedland",
    "John Smith",
    "Mr. Jones",
    "Maria de Souza",
    "she",
    "he",
    "they",
    "Officials",
)
VERBS = ("said", "asked", "added", "replied", "told reporters", "shouted")
WHEN = (
    "",
    " quietly",
    " on Monday",
    " later",
    " in an interview",
    ", again",
    " last Saturday",
    " in a low voice",
    " in an interview with Reuters",
)
OPEN_CLOSE = (('"', '"'), ("“", "”"), ("'", "'"))

_body = st.lists(st.sampled_from(WORDS), min_size=2, max_size=6).map(" ".join)


@st.composite
def _plain(draw: st.DrawFn) -> str:
    end = draw(st.sampled_from(".?!"))
    return f"The {draw(_body)}{end}"


@st.composite
def _quoted(draw: st.DrawFn) -> str:
    opener, closer = draw(st.sampled_from(OPEN_CLOSE))
    end = draw(st.sampled_from(("?", "!", "?", ",", "...", ".")))
    speaker = draw(st.sampled_from(SPEAKERS))
    verb = draw(st.sampled_from(VERBS))
    when = draw(st.sampled_from(WHEN))
    return f"{opener}Is the {draw(_body)}{end}{closer} {speaker} {verb}{when}."


@st.composite
def _two_sentence_quote(draw: st.DrawFn) -> list[str]:
    """'"The plan vote.' and 'Is the court?" Smith said.': the quotation's first sentence is
    its own, the attribution goes with the second."""
    first = draw(_quoted())
    opener = first[0]
    return [f"{opener}The {draw(_body)}.", first[1:]]


_units = st.one_of(_plain().map(lambda u: [u]), _quoted().map(lambda u: [u]), _two_sentence_quote())


@settings(max_examples=300, deadline=None)
@given(st.lists(_units, min_size=1, max_size=6), st.sampled_from((" ", "  ")))
def test_each_attribution_stays_with_its_quotation(groups: list[list[str]], gap: str) -> None:
    units = [unit for group in groups for unit in group]
    text = gap.join(units)
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == units
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Is that in the record?" Friedland asked. Then he left.',
            ['"Is that in the record?" Friedland asked.', "Then he left."],
        ),
        (
            "“Stop it!” John Smith said on Monday. Next.",
            ["“Stop it!” John Smith said on Monday.", "Next."],
        ),
        # no quotation before it: a sentence of its own
        (
            "Is that in the record? Friedland asked. Then he left.",
            ["Is that in the record?", "Friedland asked.", "Then he left."],
        ),
        # more than an attribution: its own sentence
        ('"Why?" He said no.', ['"Why?"', "He said no."]),
        ('"Why?" Smith asked the court for time.', ['"Why?"', "Smith asked the court for time."]),
        # a sure cut after a word's full stop inside the quote: joined all the same
        (
            '"It would not raise costs." Lichtblau said. Next.',
            ['"It would not raise costs." Lichtblau said.', "Next."],
        ),
        (
            'He called it "a hoax." Smith said he was wrong.',
            ['He called it "a hoax."', "Smith said he was wrong."],
        ),
    ],
)
def test_only_a_bare_attribution_after_a_quotation_joins(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
