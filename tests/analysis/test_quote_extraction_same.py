"""The cheaper quote extraction (issue 18: tokens built without the named tuple's __new__,
only the words an attribution can read after a quote, the role before a name read without
a regex) gives exactly what the plain versions give, on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import speakerpatterns
from index.analysis.namecues import role_before_name
from index.analysis.names import _TOKEN, Token, tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speechverbs import PERSON_NOUNS, PERSON_TITLES, SPEECH_VERBS


def plain_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokenizer as it was: one Token per match, "Lorenzana-told" split in two."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        cut = word.rfind("-")
        if cut > 0 and word[cut + 1 :].lower().rstrip(".") in SPEECH_VERBS:
            out.append(Token(word[:cut], m.start(), m.start() + cut))
            out.append(Token(word[cut + 1 :], m.start() + cut + 1, m.end()))
        else:
            out.append(Token(word, m.start(), m.end()))
    return out


def plain_role_before(before: str) -> bool:
    found = re.search(r"([a-z][a-z\-]*)[ \t]+$", before)
    return found is not None and (found.group(1) in PERSON_NOUNS or found.group(1) in PERSON_TITLES)


_WORDS = st.sampled_from(
    [
        "said",
        "Lorenzana-told",
        "Smith-said",
        "well-known",
        "-",
        "—",
        ",",
        ".",
        "?",
        ";",
        '"',
        "“",
        "”",
        "he",
        "she",
        "the",
        "minister",
        "farmer",
        "spokesman",
        "Mr.",
        "U.S.",
        "according",
        "to",
        "Acme",
        "Corp",
        "John",
        "Smith",
        "of",
        "Texas",
        "told",
        "reporters",
        "\n",
        "de",
        "al-Jaafari",
        "it",
        "was",
        "alleged",
    ]
)
_TEXT = st.lists(_WORDS, max_size=80).map(" ".join)


@given(_TEXT, st.integers(0, 400), st.integers(0, 400), st.integers(1, 70))
def test_tokens_are_the_plain_tokens(text: str, a: int, b: int, limit: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert tokens(text, start, end) == plain_tokens(text, start, end)
    assert tokens(text) == plain_tokens(text)
    limited = tokens(text, start, end, limit)
    whole = plain_tokens(text, start, end)
    assert limited == whole[: len(limited)] and len(limited) >= min(limit, len(whole))


@given(st.text(alphabet="abfmr-XZ .\t\nspokesmanfarer", max_size=24))
def test_the_role_before_a_name_is_the_plain_one(before: str) -> None:
    assert role_before_name(before) == plain_role_before(before)


@pytest.mark.parametrize("before", ["farmer ", "the farmer \n", "farmer\n", "-farmer  ", "x "])
def test_the_role_before_a_name_on_edges(before: str) -> None:
    assert role_before_name(before) == plain_role_before(before)


_NAME_WORDS = st.lists(
    st.sampled_from(["the", "deputy", "minister", "for", "trade", "of", "Texas", "John", "Smith"]),
    max_size=30,
).map(" ".join)
_ATTRIBUTION = st.builds(
    lambda marks, gap, verb, name: f'"We will act on this at once,"{marks} {gap} {verb} {name}.',
    st.sampled_from(["", ",", " , , , , , , , , , , , , , , , , , , ,", " - ; -"]),
    st.lists(_WORDS, max_size=30).map(" ".join),
    st.sampled_from(["said", "told reporters", "according to"]),
    _NAME_WORDS,
)
_QUOTE_TEXT = st.lists(st.one_of(_WORDS, _ATTRIBUTION), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_QUOTE_TEXT)
def test_reading_few_tokens_after_a_quote_finds_the_same_speakers(text: str) -> None:
    cut = extract_quotes(text)
    saved = speakerpatterns._AFTER_TOKENS
    speakerpatterns._AFTER_TOKENS = 10**6  # read the whole stretch after each quote
    try:
        whole = extract_quotes(text)
    finally:
        speakerpatterns._AFTER_TOKENS = saved
    assert cut == whole
