"""A wildcard with a hyphen, an apostrophe or an outer full stop is read as the index splits
words (fx101, rv45): ``peace-keep?ng``, ``o'ne?l`` and ``wh??t.`` fitted no listed word (no
word holds those marks) and found nothing, without a word.

The oracle, over generated corpora of joined words ("peace-keeping", "O'Neil", "what.")
and patterns made from them (letters turned into ``?``/``*``, a mark after): an article is
found when, for each of the pattern's words (split at anything but letters, digits and
``?``/``*``), it holds a word the pattern's word fits (`fnmatch` over the words as the
analyzer splits them, lower-cased) or one sharing its stem, or, for a word with no
wildcard, the word itself as a search reads it (dropped when it is a single letter or a
stop word, as "o" of "o'neil"); a hyphenated word with a weak piece (a number, a letter, a
stop word) is its joined form, as the index adds it ("covid-1?" is "covid1?"); all of
them in one field, as a hyphenated word's parts.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.search.wildcard_syntax import pattern_parts
from index.store.phrase_stops import STOP_TERMS
from index.store.schema import stem
from tests.search.test_prefix_endings import hits
from tests.search.test_prefix_listed import _build, _live, _words

JOINED = [
    "peace-keeping",
    "peace-keepers",
    "peacekeeping",
    "keeping",
    "O'Neil",
    "O'Neill",
    "Neil",
    "what.",
    "wheat,",
    "whist",
    "long-term",
    "short-term",
    "terms",
    "the",
    "COVID-19",
    "covid",
    "the-rates",
    "rates",
]
texts = st.lists(st.sampled_from(JOINED), max_size=5).map(" ".join)
corpora = st.tuples(
    st.lists(st.tuples(texts, texts), min_size=1, max_size=8),
    st.lists(st.integers(0, 8), max_size=2),
    st.sets(st.integers(0, 7), max_size=3),
    st.booleans(),
)


@st.composite
def patterns(draw: Any) -> str:
    """A joined word with some letters turned into ``?`` or ``*``, perhaps a mark after."""
    word = draw(st.sampled_from([w.rstrip(".,") for w in JOINED if not w.isalpha()]))
    letters = list(word)
    # a letter of a word of two letters or more: a lone "?" or "*" is a word of its own
    places = [m.start() + i for m in re.finditer(r"\w\w+", word) for i in range(len(m[0]))]
    for place in draw(st.sets(st.sampled_from(places), min_size=1, max_size=3)):
        letters[place] = draw(st.sampled_from("?*"))
    pattern = re.sub(r"\*+", "*", "".join(letters)) + draw(st.sampled_from(["", ".", ",", "!"]))
    return pattern.upper() if draw(st.booleans()) else pattern


def _weak(piece: str) -> bool:
    letters = piece.strip("?*").lower()
    return len(letters) < 2 or letters.isdigit() or letters in STOP_TERMS


def _found(part: str, text: str, live: set[str]) -> bool:
    """Whether one word of a pattern finds a field's ``text`` (a dropped word: always)."""
    if not set(part) & set("?*"):
        if len(part) < 2 or part.lower() in STOP_TERMS:
            return True
        stems = {stem(word) for word in _words(part)}
    else:
        stems = {stem(word) for word in live if fnmatch.fnmatchcase(word, part.lower())}
    return any(stem(word) in stems for word in _words(text))


@settings(max_examples=100, deadline=None)
@given(corpora, patterns())
@example(((("peace-keeping troops", "what."), ("O'Neil", "")), [1], set(), False), "peace-keep?ng")
@example(((("O'Neill said", ""), ("Neil", "wheat,")), [], {0}, False), "o'ne?l")
@example(((("what.", ""), ("", "whist")), [], set(), True), "wh??t.")
def test_a_wildcard_is_split_as_the_index_splits_words(corpus: Any, pattern: str) -> None:
    pairs, cuts, deleted, merge = corpus
    deleted = {number for number in deleted if number < len(pairs)}
    ix = _build(pairs, cuts, deleted, merge)
    live = _live(pairs, deleted)
    parts: list[str] = []
    for word in re.findall(r"[\w?*]+(?:-[\w?*]+)*", pattern):
        pieces = word.split("-")  # a weak piece ("19", "the"): the index joins the word
        parts += ["".join(pieces)] if any(_weak(p) for p in pieces) else pieces
    wanted = {  # every word in one field, as a hyphenated word's parts
        f"a{n}"
        for n, pair in enumerate(pairs)
        if n not in deleted and any(all(_found(p, text, live) for p in parts) for text in pair)
    }
    found = hits(ix, pattern)
    assert found == wanted, (pattern, found, wanted)


def test_the_rv45_patterns_find_what_they_fit() -> None:
    ix = _build(
        [("", "peace-keeping troops"), ("", "O'Neil said"), ("Wheat.", ""), ("", "peace")],
        [],
        set(),
        False,
    )
    assert hits(ix, "peace-keep?ng") == {"a0"}
    assert hits(ix, "o'ne?l") == {"a1"}
    assert hits(ix, "wh??t.") == {"a2"}
    assert pattern_parts("r?tes") is None  # one word: read as before
    assert pattern_parts("peace-keep?ng") == ["peace", "keep?ng"]
    assert pattern_parts("u.?.") == ["u.?"]  # "U.S." is the word "u.s"
