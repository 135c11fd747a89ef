"""A wildcard on OpenSearch as the Whoosh engine reads it (sx39), without a node.

In title and body a wildcard is the stems of the words it fits, read from each document's
words as written (`index.opensearch.prefixes.WORDS`, a keyword field: the mapping's one
unstemmed field) with a terms aggregation whose ``include`` is the pattern as a regular
expression; `test_differential` holds the hit sets to the Whoosh engine's on a node.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from index.opensearch.engine import OpenSearchIndex
from index.opensearch.prefixes import WORDS, wildcard_regex
from index.opensearch.searching import parse
from index.opensearch.translate import translate
from index.search.wildcards import _matcher


def test_a_wildcard_in_a_text_field_is_the_terms_of_the_stems_it_fits() -> None:
    dsl = translate(parse("r?tes"), wildcard_stems=lambda pattern: frozenset({"rite", "rate"}))
    title, body, *names = dsl["bool"]["should"]
    assert title == {"bool": {"must": [{"terms": {"title": ["rate", "rite"]}}], "boost": 2.0}}
    assert body == {"terms": {"body": ["rate", "rite"]}}
    # the names fields keep Whoosh's wildcard on their whole words
    assert [next(iter(clause)) for clause in names] == ["wildcard"] * len(names)


def test_a_wildcard_that_fits_no_word_matches_nothing() -> None:
    dsl = translate(parse("title:zz?z"), wildcard_stems=lambda pattern: frozenset())
    assert dsl == {"match_none": {}}


def test_without_the_words_the_stemmed_pattern_is_matched() -> None:
    # as the Whoosh engine on an index whose segments list no words: "*keeping" is "*keep"
    dsl = translate(parse("title:*keeping"), wildcard_stems=lambda pattern: None)
    assert dsl == {"wildcard": {"title": {"value": "*keep"}}}
    assert translate(parse("title:*keeping")) == dsl


class _Client:
    """Answers a terms aggregation over the words with the words its ``include`` fits."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.asked: list[str] = []

    def search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        terms = body["aggs"]["words"]["terms"]
        assert terms["field"] == WORDS
        self.asked.append(terms["include"])
        found = [word for word in self.words if re.fullmatch(terms["include"], word)]
        buckets = [{"key": word, "doc_count": 1} for word in found]
        return {"aggregations": {"words": {"buckets": buckets, "sum_other_doc_count": 0}}}


def test_the_engine_reads_the_words_a_wildcard_fits() -> None:
    client = _Client(["rated", "rates", "rites", "rotten", "stocks"])
    index = OpenSearchIndex("anything", client=client)
    assert index.wildcard_stems("r?tes") == frozenset({"rate", "rite"})
    dsl = index.query("body:r?tes")
    assert dsl == {"terms": {"body": ["rate", "rite"]}}
    assert client.asked[-1] == r"r(\?\?|.)tes"  # a "?" fits "??" too (sx46)


@given(st.text("ab.-'", max_size=5), st.text("ab.-'?*", max_size=5))
def test_the_regular_expression_fits_what_fnmatch_fits(word: str, pattern: str) -> None:
    # Lucene's regular expressions match the whole term, as fullmatch does
    expected = fnmatch.fnmatchcase(word, pattern)
    assert bool(re.fullmatch(wildcard_regex(pattern), word, re.DOTALL)) == expected


@given(st.text("ab?", max_size=6), st.text("ab?*", max_size=5))
def test_the_regular_expression_fits_what_the_whoosh_engine_fits(word: str, pattern: str) -> None:
    # a "?" fits "??" too, a letter lost as two U+FFFD (sx45's `_matcher`, sx46)
    expected = bool(_matcher(pattern)(word))
    assert bool(re.fullmatch(wildcard_regex(pattern), word, re.DOTALL)) == expected
