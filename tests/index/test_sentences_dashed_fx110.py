"""Sentences run together by a lost space and a dash ("in the US.-According", "area.- The",
"unpredictable. - - - - - - "Once") split at the full stop (fx110, nu49 #4); hyphens inside a
sentence ("U.S.-Russia", "No.-1", "Mr.-Putin", 'them,"-Harrison said') do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.sentences import split_sentences

# Words that can end a sentence and are no abbreviation; the inside of a sentence is lower
# case, so nothing but the joins can look like a sentence's end.
_ENDS = ["US", "area", "dam", "unpredictable", "crews", "2017", "3", "morning"]
_INSIDE = ["the", "water", "level", "rose", "said", "officials", "near", "spillway"]
_HYPHENS = ["U.S.-Russia talks", "the No.-1 seed", "Mr.-Putin", "a U.N.-backed plan", "well-known"]
_JOINS = [".-", ".- ", ". - ", ". - - - - - - ", ".--", "!-", "?-", '."-', ".)-"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence: a capital opener, lower-case words, maybe a hyphen that is no join."""
    words = draw(st.lists(st.sampled_from(_INSIDE), min_size=1, max_size=5))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(_HYPHENS)))
    opener = draw(st.sampled_from(["The", "According to", "Once", '"Once', "It"]))
    return " ".join([opener, *words, draw(st.sampled_from(_ENDS))])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(sentences(), st.sampled_from(_JOINS)), min_size=1, max_size=5))
def test_dashed_joins_split_exactly_there(parts: list[tuple[str, str]]) -> None:
    text = ""
    expected: list[str] = []
    for i, (sentence, join) in enumerate(parts):
        last = i == len(parts) - 1
        mark = "." if last else join.rstrip(" -")
        expected.append(sentence + mark)
        text += sentence + (mark if last else join)
    assert [s.text for s in split_sentences(text)] == expected
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text",
    [
        "Ties between the U.S.-Russia camps grew.",
        "She was the No.-1 seed at Wimbledon.",
        "A deal made by Mr.-Putin and his allies held.",
        'The cost will be "massive to represent them,"-Harrison said on Monday.',
        "He left at 2:30 a.m.-Permar was asleep.",
        "The Calif.-based firm said so.",
    ],
)
def test_hyphens_inside_a_sentence_stay(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_the_corpus_examples_split() -> None:
    text = (
        "Many people in the area were born in the US.-According to US Census data, the area"
        " is poor.- The dam's main spillway was damaged."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Many people in the area were born in the US.",
        "According to US Census data, the area is poor.",
        "The dam's main spillway was damaged.",
    ]
    text = 'Rain is unpredictable. - - - - - - "Once you lose it, it is gone," he said.'
    assert [s.text for s in split_sentences(text)] == [
        "Rain is unpredictable.",
        '"Once you lose it, it is gone," he said.',
    ]
