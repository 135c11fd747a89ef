"""The translation of Whoosh query trees into OpenSearch's query DSL, without a node.

Whether the translations match the same articles is proven against a real node by
`test_differential`; these tests pin the parts of the mapping that a hit set alone does
not show (boosts, slop, edits) and the queries that must be refused.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from whoosh.query import FuzzyTerm, NullQuery, Or, Sequence, Term
from whoosh.util.times import datetime_to_long

from index.opensearch.engine import OpenSearchIndex
from index.opensearch.searching import parse
from index.opensearch.translate import UnsupportedQuery, translate
from index.search.limits import QueryError
from tests.opensearch.test_differential import QUERIES


def _kinds(dsl: Any) -> set[str]:
    """Every query kind used anywhere in a DSL object."""
    found: set[str] = set()
    if isinstance(dsl, dict):
        for key, value in dsl.items():
            found.add(key)
            found |= _kinds(value)
    elif isinstance(dsl, list):
        for item in dsl:
            found |= _kinds(item)
    return found


@pytest.mark.parametrize("query", QUERIES)
def test_every_documented_form_translates_to_structured_dsl(query: str) -> None:
    dsl = translate(parse(query))
    json.dumps(dsl)  # plain JSON, sent as it is
    assert not {"query_string", "simple_query_string", "match", "multi_match"} & _kinds(dsl)


def test_a_word_asks_every_default_field_with_the_title_counting_twice() -> None:
    # title and body are stemmed; outlet, byline and dateline keep whole words
    assert translate(parse("Peacekeepers")) == {
        "bool": {
            "should": [
                {"term": {"title": {"value": "peacekeep", "boost": 2.0}}},
                {"term": {"body": {"value": "peacekeep"}}},
                {"term": {"byline": {"value": "peacekeepers"}}},
                {"term": {"source": {"value": "peacekeepers"}}},
                {"term": {"dateline": {"value": "peacekeepers"}}},
            ],
            "minimum_should_match": 1,
        }
    }


def test_not_inside_and_becomes_must_not() -> None:
    dsl = translate(parse("nato NOT russia"))
    assert len(dsl["bool"]["must"]) == 1
    assert dsl["bool"]["must_not"][0]["bool"]["should"][1] == {
        "term": {"body": {"value": "russia"}}
    }


def test_a_phrase_keeps_its_stop_words() -> None:
    dsl = translate(parse('body:"the Bank of England"'))
    assert dsl == {"match_phrase": {"body": {"query": "the bank of england", "slop": 0}}}


def test_a_starred_word_in_a_phrase_is_each_stem_of_the_words_it_begins() -> None:
    begun = {"governo": frozenset({"governor", "governorship"})}
    dsl = translate(parse('body:"the governo*"'), None, begun.get)
    assert dsl == {
        "bool": {
            "should": [
                {"match_phrase": {"body": {"query": "the governor", "slop": 0}}},
                {"match_phrase": {"body": {"query": "the governorship", "slop": 0}}},
            ],
            "minimum_should_match": 1,
        }
    }
    # a word it begins in no article: nothing; past the lists (None): sp33's guess
    assert translate(parse('body:"the governo*"'), None, lambda p: frozenset()) == {
        "match_none": {}
    }
    guessed = translate(parse('body:"the governo*"'), None, lambda p: None)
    assert {"match_phrase": {"body": {"query": "the govern", "slop": 0}}} in guessed["bool"][
        "should"
    ]
    many = frozenset(f"gov{n}" for n in range(65))
    with pytest.raises(QueryError, match="65 phrases"):
        translate(parse('body:"the gov*"'), None, lambda p: many)


def test_a_sloppy_phrase_limits_each_gap() -> None:
    dsl = translate(parse('body:"oil price rise"~3'))
    outer = dsl["span_near"]
    assert outer["slop"] == 2 and outer["in_order"]
    # nested from the right (sx48): "oil" then the spans of "price rise", each start
    assert outer["clauses"][0] == {"span_term": {"body": "oil"}}
    inner = outer["clauses"][1]["span_near"]
    assert inner["slop"] == 2 and inner["in_order"]
    assert inner["clauses"] == [{"span_term": {"body": "price"}}, {"span_term": {"body": "rise"}}]


def test_fuzzy_terms_count_plain_edits_after_the_prefix() -> None:
    dsl = translate(parse("body:zelensky~2/3"))
    assert dsl["fuzzy"]["body"] | {"max_expansions": 0} == {
        "value": "zelenski",
        "fuzziness": 2,
        "prefix_length": 3,
        "transpositions": False,
        "max_expansions": 0,
    }


def test_date_ranges_use_whoosh_microseconds() -> None:
    dsl = translate(parse("date:[2014-03-01 to 2014-03-31]"))
    bounds = dsl["range"]["date"]
    assert bounds == {"gte": 63529228800000000, "lte": 63531907199999999}


def test_a_date_with_a_time_keeps_day_only_dates_whose_whole_day_is_in() -> None:
    # fx85: the query Whoosh crashed on; OpenSearch is sent the same tree
    dsl = translate(parse('wheat date:>"2021-02-13 10:00"'))
    after = {"range": {"date": {"gte": datetime_to_long(datetime(2021, 2, 13, 10, 1))}}}
    timed = {"term": {"timed": {"value": "1"}}}
    assert dsl["bool"]["must"][1] == {
        "bool": {
            "should": [
                {"bool": {"must": [after, timed]}},  # a timed date after 10:00
                {"bool": {"must": [after], "must_not": [timed]}},  # a whole day after it
            ],
            "minimum_should_match": 1,
        }
    }
    written = translate(parse('date:<="13 february 2021 10:30"'))  # a written minute
    assert written["bool"]["should"][0]["bool"]["must"][0] == {
        "range": {"date": {"lte": datetime_to_long(datetime(2021, 2, 13, 10, 31)) - 1}}
    }


def test_boosted_groups_keep_their_boost() -> None:
    dsl = translate(parse("oil^3 gas"))
    assert dsl["bool"]["must"][0]["bool"]["boost"] == 3.0


def test_the_empty_query_matches_nothing() -> None:
    assert translate(NullQuery) == {"match_none": {}}


def test_a_query_of_stop_words_is_refused_as_on_whoosh() -> None:
    with pytest.raises(QueryError, match="nothing to search for"):
        OpenSearchIndex("nothing").query("the of")  # no cluster asked


def test_what_opensearch_cannot_match_alike_is_refused() -> None:
    with pytest.raises(UnsupportedQuery, match="at most 2 edits"):
        translate(FuzzyTerm("body", "zelensky", maxdist=3))
    with pytest.raises(UnsupportedQuery, match="Sequence"):
        translate(Sequence([Term("body", "a"), Term("body", "b")]))
    with pytest.raises(UnsupportedQuery):
        translate(Or([Term("body", "a"), Term("body", "b")], minmatch=2))


def test_a_malformed_query_is_refused_before_any_request() -> None:
    index = OpenSearchIndex("never-used", "http://127.0.0.1:9")
    with pytest.raises(QueryError, match="unclosed quote at column 5"):
        index.search('oil "gas')


def test_a_name_that_cannot_be_an_index_is_refused() -> None:
    from index.opensearch.client import EngineError

    for name in ("Upper", "with space", "dots.in", "-dash", ""):
        with pytest.raises(EngineError, match="cannot name"):
            OpenSearchIndex(name)


@pytest.mark.parametrize(
    ("query", "held"),
    [
        ("Baden-Württemberg", "w??rttemberg"),
        ("Baden-Wuerttemberg", "w?rttemberg"),
        ("body:Hans-Jorg", "j?rg"),
        ('"Garda Siochana"', "s??och??na"),
        ("Noirin", "n??ir??n"),
    ],
)
def test_a_hyphenated_or_plain_word_asks_its_lost_spellings(query: str, held: str) -> None:
    """OpenSearch asks the index the same lost-letter terms the Whoosh engine ORs in: a loose
    hyphenated word's parts (fx161: none were asked) and two letters of a word typed
    plainly, and ORs in the held one."""
    from index.opensearch.translate import lost_asked
    from index.search.query import parse_unbound

    parsed = parse_unbound(query)
    assert ("body", held) in lost_asked(parsed)
    dsl = translate(parsed, held_terms=lambda field, text: text == held)
    assert held in json.dumps(dsl)
    assert held not in json.dumps(translate(parsed))


@pytest.mark.parametrize("query", ["title:AND dam", "title:OR(dam)", "frost source:ANDNOT wire"])
def test_an_operator_after_a_field_name_is_refused_here_too(query: str) -> None:
    """nu77 #2, as the Whoosh engine refuses it (`tests.search.test_query_sweep`): the
    initialism A.N.D. in the title found nothing, unsaid."""
    with pytest.raises(QueryError, match="joins two clauses"):
        parse(query)
