"""A word found whole by ``str.find`` (`index.analysis.wordscan`, issue 18: a pattern
compiled for each name) is where ``re`` finds it, on generated text; and the two readers
rewritten with it answer as they did. The oracles are the patterns and the code as they were."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.bare_hints import _TITLES, _given_name
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.speakernoone import _AFTER, _MODIFIER, _OPENS, _modifier
from index.analysis.speechverbs import SPEECH_VERBS
from index.analysis.wordscan import name_pattern, word_count, word_starts

# word characters of every kind ``\w`` knows ("_", "é", "²", "٣"), and none
_CHARS = st.sampled_from(list("AbLi _-'’.,é²٣\n\tx!"))
_WORDS = st.sampled_from(["Li", "Li Li", "Ab", "A", "b", "Ab Li", "Li-Ab", "é", "_", "LiLi", "-"])
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, str]:
    word = draw(st.one_of(_WORDS, st.text(_CHARS, min_size=1, max_size=4)))
    parts = draw(st.lists(st.one_of(st.just(word), st.text(_CHARS, max_size=4)), max_size=12))
    return "".join(parts), word


@settings(max_examples=3000, deadline=None)
@given(cases())
@example(("Li Li Li", "Li Li"))
@example(("LiLi Li", "Li"))
@example(("Ab Ab", "Ab"))
@example(("-- -", "-"))
def test_word_starts_as_re(case: tuple[str, str]) -> None:
    text, word = case
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    assert list(word_starts(text, word)) == [m.start() for m in pattern.finditer(text)]
    assert word_count(text, word) == len(pattern.findall(text))
    tailed = re.compile(rf"\b{re.escape(word)}\b(\s+[A-Z])?")
    assert list(word_starts(text, word, _CAPITAL_NEXT)) == [
        m.start() for m in tailed.finditer(text)
    ]


@given(st.text(_CHARS, max_size=12))
def test_empty_word_counted_as_re(text: str) -> None:
    assert word_count(text, "") == len(re.findall(r"\b\b", text))


def test_name_pattern_is_the_pattern() -> None:
    assert name_pattern(r"\bLi\b") is name_pattern(r"\bLi\b")
    assert name_pattern(r"\bLi\b").pattern == r"\bLi\b"


_NAMES = st.sampled_from(["John", "Mary", "Florida", "Asked", "Primarily", "Daly", "Jo"])
_PIECES = st.one_of(
    _NAMES,
    st.sampled_from([" ", "  ", "\n", ". ", "of ", "said ", "Smith", "smith", "x", '"']),
)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, str]:
    return "".join(draw(st.lists(_PIECES, max_size=14))), draw(_NAMES)


def plain_given_name(word: str, body: str) -> bool:
    """The last line of `_given_name` as it was."""
    return all(m.group(1) for m in re.finditer(rf"\b{re.escape(word)}\b(\s+[A-Z])?", body))


def plain_modifier(text: str, word: str) -> bool:
    """`_modifier` as it was (its first-name check included: `_modifier` keeps it)."""
    if not _MODIFIER.fullmatch(word) or first_name_gender(word) is not None:
        return False
    seen = False
    for match in re.finditer(rf"\b{word}\b", text):
        if not _OPENS.search(text, max(0, match.start() - 8), match.start()):
            return False
        after = _AFTER.match(text, match.end())
        if after is None or after.group(1).lower() in SPEECH_VERBS:
            return False
        seen = True
    return seen


@settings(max_examples=2000, deadline=None)
@given(bodies())
@example(("John John Smith", "John"))
@example(("John Smith. Asked said", "Asked"))
@example(("Asked, Asked x", "Asked"))
def test_readers_as_before(case: tuple[str, str]) -> None:
    body, word = case
    given_first = first_name_gender(word) in (MALE, FEMALE) and word.lower() not in _TITLES
    assert _given_name(word, body) == (given_first and plain_given_name(word, body))
    assert _modifier(body, word) == plain_modifier(body, word)


def test_the_generated_names_reach_both_readers() -> None:
    """The names above include first names and adverb-shaped words (else the test above
    would compare nothing but the early returns)."""
    assert first_name_gender("John") in (MALE, FEMALE)
    assert _MODIFIER.fullmatch("Asked") and first_name_gender("Asked") is None
    assert _modifier("Asked, he went.\nAsked, she went.", "Asked")
    assert _given_name("John", "John Smith and John Doe")
