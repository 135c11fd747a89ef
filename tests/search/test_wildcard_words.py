"""A wildcard in a text field finds and lights the words it fits, not only the stems (sx39).

The oracle, over generated corpora (words of a small vocabulary with their inflections, in
several segments, some deleted from, some merged) and generated patterns (a word with
random places turned into ``?`` or ``*``): the search finds exactly the live articles
holding, in the fields asked, a word the pattern fits (`fnmatch` over the words as the
analyzer yields them before its stemmer: lower-cased, folded) or a word sharing its stem
with a word it fits in any live article; and the highlighter lights exactly the words it
fits (sx42: not their stems' other forms, which a user would not read as fitting it). In
one article (`Highlighter.for_article`, sx43), it lights the words it fits where the
article holds one, else the words sharing a stem with a word it fits (what found it): every
hit lights a word, and no article the search does not find lights one. Computed here from
the analyzers, not from the segments' lists.
"""

from __future__ import annotations

import fnmatch
import re
from functools import partial
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.search.highlight import Highlighter, highlighter_for_text
from index.search.limits import Budget, QueryError, QueryTooSlow
from index.search.prefixes import prefix_stems
from index.search.query import parse_unbound
from index.search.wildcards import fitted_stems, fitted_words
from index.store.schema import make_schema, stem
from tests.ramstore import PrivateRamStorage
from tests.search.test_prefix_endings import build, hits
from tests.search.test_prefix_listed import _build, _live, _words

FAMILIES = [
    ["rate", "rates", "rated", "rating", "rite", "rites", "rotes"],
    ["stock", "stocks", "stocking", "stocked", "stockings"],
    ["keep", "keeps", "keeping", "peacekeeping", "kept", "keeper"],
    ["test", "tests", "tested", "testing", "text", "texts", "tent"],
    ["what", "wheat", "whist", "where"],
    ["happy", "happier", "happiness", "general", "generation"],
]
VOCABULARY = [word for family in FAMILIES for word in family]
SHOUTED = {"RATES", "STOCKS", "TESTED"}  # in capitals, and none a stop word

word_forms = st.sampled_from(VOCABULARY).flatmap(
    lambda word: st.sampled_from(
        [word, word.capitalize(), *([word.upper()] if word.upper() in SHOUTED else [])]
    )
)
texts = st.lists(word_forms, max_size=5).map(" ".join)
corpora = st.tuples(
    st.lists(st.tuples(texts, texts), min_size=1, max_size=8),
    st.lists(st.integers(0, 8), max_size=2),
    st.sets(st.integers(0, 7), max_size=3),
    st.booleans(),
)
"""(articles, cuts, deleted, merge), as `test_prefix_listed.CORPORA`, of vocabulary words."""


@st.composite
def patterns(draw: Any) -> str:
    """A vocabulary word with some of its letters turned into ``?`` or ``*``, and perhaps a
    star put before or after it; never only a trailing star (a prefix's own test)."""
    word = draw(st.sampled_from(VOCABULARY))
    letters = list(word)
    for place in draw(st.sets(st.integers(0, len(word) - 1), min_size=1, max_size=3)):
        letters[place] = draw(st.sampled_from("?*"))
    if draw(st.booleans()):
        letters.insert(0, "*")
    pattern = re.sub(r"\*+", "*", "".join(letters))
    if draw(st.booleans()):
        pattern = pattern.upper()
    return pattern


def _is_prefix(pattern: str) -> bool:
    return "?" not in pattern and pattern.find("*") == len(pattern) - 1


def _fitted(pattern: str, words: set[str]) -> set[str]:
    """The stems of the words a pattern fits (the oracle: `fnmatch`, lower-cased)."""
    return {stem(word) for word in words if fnmatch.fnmatchcase(word, pattern.lower())}


@settings(max_examples=120, deadline=None)
@given(corpora, patterns(), st.booleans())
@example(((("the rates", "stocking"), ("rating", "")), [1], set(), False), "r?tes", False)
@example(((("wheat", "what"), ("whist", "")), [], {1}, True), "WH??T", False)
def test_a_wildcard_finds_the_stems_of_the_words_it_fits(
    corpus: Any, pattern: str, in_title: bool
) -> None:
    found, cuts, deleted, merge = corpus
    if _is_prefix(pattern) or pattern.strip("*") == "":
        return
    deleted = {number for number in deleted if number < len(found)}
    ix = _build(found, cuts, deleted, merge)
    stems = _fitted(pattern, _live(found, deleted))
    fields = (0,) if in_title else (0, 1)
    wanted = {
        f"a{number}"
        for number, pair in enumerate(found)
        if number not in deleted
        and any(stem(word) in stems for field in fields for word in _words(pair[field]))
    }
    query = f"title:{pattern}" if in_title else pattern
    assert hits(ix, query) == wanted, query
    # the highlighter lights exactly the words the pattern fits (sx42: before, every word
    # whose stem is one of them: "up" for ``u?s``, which fits "ups", rv45 #2)
    with ix.reader() as reader:
        lit = highlighter_for_text(
            pattern,
            lambda prefix: prefix_stems(reader, prefix),
            lambda fitted: fitted_stems(reader, fitted),
        )
    for pair in found:
        for text in pair:
            spans = [(span.start, span.end) for span in lit.spans(text)]
            words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
            assert spans == [
                (start, end)
                for start, end, word in words
                if any(fnmatch.fnmatchcase(each, pattern.lower()) for each in _words(word))
            ], (pattern, text)
    for number, pair in enumerate(found):
        if number in deleted:
            continue
        fits = any(_fits(pattern, word) for text in pair for word in text.split())
        article = lit.for_article(*pair)
        shown = [_lit_words(article, text) for text in pair]
        kin = [word for text in pair for word in text.split() if _stems(word) & stems]
        assert shown == [
            [word for word in text.split() if _fits(pattern, word) or (not fits and word in kin)]
            for text in pair
        ], (pattern, pair)
        assert any(shown) == (f"a{number}" in wanted) or in_title, (pattern, pair)
        assert any(shown) or f"a{number}" not in wanted, (pattern, pair)


def _fits(pattern: str, word: str) -> bool:
    """Whether ``pattern`` fits a word of ``word`` as the analyzer yields them (the oracle)."""
    return any(fnmatch.fnmatchcase(each, pattern.lower()) for each in _words(word))


def _stems(word: str) -> set[str]:
    return {stem(each) for each in _words(word)}


def _lit_words(lit: Highlighter, text: str) -> list[str]:
    """The words of ``text`` (split at spaces) that ``lit`` lights."""
    return [text[span.start : span.end] for span in lit.spans(text)]


def test_the_reuters_misses() -> None:
    ix = build([("Rates rise", ""), ("", "the stocks fell"), ("", "peacekeeping troops")], 1)
    assert hits(ix, "r?tes") == {"a0"}
    assert hits(ix, "stock?") == {"a1"}
    assert hits(ix, "*keeping") == {"a2"}
    assert hits(ix, "wh??t") == set()
    # "rated" shares "rate" with "rates", which the pattern fits; "rat" fits no word
    ix = build([("", "rated"), ("", "rates"), ("", "the rat")], 1)
    assert hits(ix, "r?tes") == {"a0", "a1"}


def test_a_wildcard_lights_the_words_it_fits_not_their_other_forms() -> None:
    # rv45 #2: ``u?s`` fits "ups", whose stem is "up": it finds the article with "up" too,
    # as a prefix does (README), but lit "up" as if the pattern fitted it (sx42)
    ix = build([("", "prices went up"), ("", "the ups and downs"), ("", "rates rated")], 1)
    assert hits(ix, "u?s") == {"a0", "a1"}
    with ix.reader() as reader:
        lit = highlighter_for_text(
            "u?s r?tes", lambda found: prefix_stems(reader, found), partial(fitted_stems, reader)
        )
    for text, words, in_article in [
        ("prices went up", [], ["up"]),
        ("the ups and downs", ["ups"], ["ups"]),
        ("Rates rated", ["Rates"], ["Rates"]),
        ("rated up", [], ["rated", "up"]),
    ]:
        assert _lit_words(lit, text) == words
        # in an article holding no word it fits, what found it is lit (sx43: "up", not
        # nothing and "0 matches" in the reader)
        assert _lit_words(lit.for_article("", text), text) == in_article
    # a fitting word in the title: the body's other forms stay unlit
    assert _lit_words(lit.for_article("UPS rated", "prices went up"), "prices went up") == []


def test_two_wildcards_in_a_row_are_one_pattern() -> None:
    # Whoosh's parser read ``wh??t`` as ``wh??`` and a word "t": "whom", never "wheat"
    assert str(parse_unbound("title:wh??t")) == "title:wh??t"
    ix = build([("", "wheat"), ("", "whom")], 1)
    assert hits(ix, "wh??t") == {"a0"}


def test_an_index_without_lists_reads_the_stemmed_pattern() -> None:
    ix = PrivateRamStorage().create_index(make_schema())
    writer = ix.writer()  # a plain Whoosh writer: no lists (before px34)
    writer.add_document(id="a0", title="", body="peacekeeping")
    writer.add_document(id="a1", title="", body="rates")
    writer.commit()
    with ix.reader() as reader:
        assert fitted_stems(reader, "r?tes") is None
    # as before sx39: "*keeping" is "*keep" on the stems; "r?tes" fits no stem
    assert hits(ix, "*keeping") == {"a0"}
    assert hits(ix, "r?tes") == set()


def test_a_wildcard_inside_a_phrase_is_refused() -> None:
    # a "?" for a lost letter ("the r?tes") is read since sx47 (`test_lost_phrases`)
    for query in ('"the ?ates"', '"the *keeping"', '"the ra*s"', '"a r?Tes"', '"a r??Tes"'):
        with pytest.raises(QueryError, match="inside a word"):
            parse_unbound(query)
    # two "?" between letters: a 2-byte letter lost, as the pasted U+FFFD pair (sx49)
    assert parse_unbound('"the r??tes"') == parse_unbound('"the r\ufffd\ufffdtes"')
    parse_unbound('"why? because"')  # a question mark after a word is its punctuation
    parse_unbound('"the governo*"')  # a trailing star is read in a phrase


def test_the_words_are_read_within_the_budget() -> None:
    ix = build([("", "a b c")], 1)
    spent = Budget(-1.0)
    spent.start()
    with ix.reader() as reader, pytest.raises(QueryTooSlow):
        fitted_stems(reader, "*a*", spent)


@given(st.lists(st.text("abc", max_size=4), unique=True), st.text("abc?*", max_size=5))
def test_the_words_fitted_are_fnmatchs(words: list[str], pattern: str) -> None:
    listed = tuple(sorted(words))
    assert fitted_words(listed, pattern) == [
        word for word in listed if fnmatch.fnmatchcase(word, pattern)
    ]
