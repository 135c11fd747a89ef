"""``source:`` in a query names an outlet as ``--source`` does (nu16: ``source:nyt`` and
``source:aljazeera`` found nothing, silently)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.limits import QueryError
from index.search.query import parse_unbound
from index.search.source_clause import canonical_sources, unknown_sources
from index.store.build import rebuild
from tests.search.test_outlet_near import SOURCES

ROWS = [
    {"id": "n1", "source": "The New York Times", "title": "Kabul", "body": "Kabul airport."},
    {"id": "n2", "source": "Al Jazeera", "title": "Kabul", "body": "Kabul talks."},
    {"id": "n3", "source": "Associated Press", "title": "Kabul", "body": "Kabul crowds."},
    {"id": "n4", "source": "Other Wire", "title": "Wire", "body": "Kabul wire copy."},
    {"id": "n5", "source": "Voice of America", "title": "Kabul", "body": "Kabul radio."},
    {"id": "n6", "source": "Reuters", "title": "Bonn", "body": "Kabul bonds."},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("sources")
    corpus = folder / "news.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


QUERIES = [
    ("kabul source:nyt", {"n1"}),
    ("source:NYT", {"n1"}),
    ('source:"new york times"', {"n1"}),
    ("source:ap", {"n3"}),
    ("kabul -source:nyt", {"n2", "n3", "n4", "n5", "n6"}),
    ("source:nyt OR source:ap", {"n1", "n3"}),
    ("source:wire", {"n4"}),  # a word of a name still finds it
    ('source:"al jazeera"', {"n2"}),
    ("source:aljazeera", set()),
    # a name with a stop word: the index keeps "of" (schema 6), so its phrase must too
    ("source:voa", {"n5"}),
    ('source:"voice of america"', {"n5"}),
    ('source:"voice america"', set()),
    # the wire's own sign-off names its outlet (nu46 #9)
    ("source:reuter", {"n6"}),
    ("source:REUTER kabul", {"n6"}),
    ("source:reuters", {"n6"}),
]
"""Queries with ``source:`` clauses and the articles each finds (both engines)."""


@pytest.mark.parametrize(("query", "found"), QUERIES)
def test_source_clauses_name_outlets_as_source_does(
    index: WhooshEngine, query: str, found: set[str]
) -> None:
    assert {hit.id for hit in index.search(query, limit=None).hits} == found


def test_an_unknown_outlet_is_named_with_the_names_near_it() -> None:
    def unknown(query: str) -> list[tuple[str, list[str]]]:
        return unknown_sources(parse_unbound(query), SOURCES)

    assert unknown("source:foxnews biden") == [("foxnews", ["Fox News"])]
    assert unknown("source:nyt") == unknown('source:"fox news"') == unknown("source:news") == []
    assert unknown("source:quux") == [("quux", [])]
    # a word looked for in every field, and an outlet left out, are no outlets looked for
    assert unknown("quux") == unknown("biden -source:quux") == unknown('biden NOT source:"q"') == []
    with pytest.raises(QueryError, match='source:"q"'):  # its clause dropped unsaid (nu85)
        parse_unbound("biden NOT source:q")


@given(
    st.sampled_from([name for name, _ in SOURCES]),
    st.booleans(),
    st.sampled_from(["{}", "x {}", "{} OR y", "({})"]),
)
def test_a_listed_outlet_in_a_clause_is_never_unknown(name: str, whole: bool, form: str) -> None:
    # all the words of its name as a phrase, or its last word alone
    clause = f'source:"{name}"' if whole else f"source:{name.split()[-1]}"
    assert unknown_sources(parse_unbound(form.format(clause)), SOURCES) == []


def test_a_clause_that_is_already_the_name_is_left_as_it_is() -> None:
    for text in ("source:wire", 'source:"new york times"', "source:times", "source:foxnews~"):
        parsed = parse_unbound(text)
        assert canonical_sources(parsed) == parsed


_loose_word = st.sampled_from(["phtoo", "nations", "aucus", "northwhite", "cnn", "bbc", "zzqx"])


@given(
    st.lists(_loose_word, min_size=2, max_size=4),
    st.lists(st.sampled_from([" ", " AND ", " OR ", " -", " NOT "]), min_size=3, max_size=3),
)
def test_loose_words_name_no_outlet(words: list[str], joints: list[str]) -> None:
    """rv75: "phtoo OR nations AND aucus" said "No outlet of this index is called 'phtoo'"
    (exit 3): a loose word's fields merged into the query's OR read as a source: clause.
    No query of loose words names an outlet; a source: clause among them still does."""
    query = words[0] + "".join(j + w for j, w in zip(joints, words[1:], strict=False))
    sources = [("BBC News", 5), ("CNN", 3)]
    assert unknown_sources(parse_unbound(query), sources) == [], query
    named = unknown_sources(parse_unbound(f"{words[0]} AND source:zzz"), sources)
    assert [typed for typed, _ in named] == ["zzz"]
