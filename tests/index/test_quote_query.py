"""A quotes query means what `search` means (fx129; nu53 #1): held to Whoosh itself.

The oracle: every occurrence of every generated group written as a document (the fields
`index.search.quote_query` lists) into a Whoosh index with the search's schema, the query
parsed by the search's parser and run by Whoosh. `QuoteQuery` must keep exactly the groups
one of whose documents Whoosh matches.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.writing import SegmentWriter

from index.analysis.quote_groups import Occurrence, QuoteGroup
from index.library import Library
from index.search.limits import QueryError
from index.search.query import FIELD_NAMES, make_parser, parse_query
from index.search.quote_query import QuoteQuery
from index.store.schema import TIMED, make_schema
from index.when import has_time
from tests.quote_rows import ROWS, write_rows
from tests.ramstore import PrivateRamStorage

WORDS = [
    "oil",
    "prices",
    "price",
    "saudi",
    "japan",
    "rates",
    "rated",
    "trade",
    "the",
    "Peace-keeping",
]
NAMES = ["King Fahd", "Hisham Nazer", "Clayton Yeutter", None]
OUTLETS = ["Reuters", "Coast Wire", None]
DATES = ["1987-03-01", "1987-03-02T10:30:00", "1987-04-05", None]


def _whoosh_ids(groups: list[QuoteGroup], text: str) -> set[str]:
    """The ids of the groups one of whose occurrences plain Whoosh matches."""
    schema = make_schema()
    ix = PrivateRamStorage().create_index(schema)
    writer = SegmentWriter(ix)  # no word lists: a prefix's endings guessed, as QuoteQuery's
    owners: list[str] = []
    for group in groups:
        for o in group.occurrences:
            doc: dict[str, Any] = {"id": o.article, "body": o.text}
            if o.speaker:
                doc["title"] = o.speaker
            if o.source:
                doc["source"] = o.source
            if o.date:
                when = datetime.fromisoformat(o.date)
                doc["date"] = when
                if has_time(when):
                    doc["timed"] = TIMED
            writer.add_document(**doc)
            owners.append(group.id)
    writer.commit()
    with ix.searcher() as searcher:

        def lexicon(field: str) -> list[str]:
            return [t.decode() for t in searcher.reader().lexicon(field)]

        query = parse_query(text, make_parser(schema), lexicon)
        return {owners[n] for n in searcher.docs_for_query(query)}


@st.composite
def _groups(draw: st.DrawFn) -> list[QuoteGroup]:
    groups = []
    for n in range(draw(st.integers(1, 6))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=7))
        text = " ".join(words)
        occurrences = []
        for k in range(draw(st.integers(1, 3))):
            cut = draw(st.integers(0, len(words) - 1))  # a clipped copy keeps the words after
            said = '"' + " ".join(words[cut:]) + ',"'
            occurrences.append(
                Occurrence(
                    f"a{n}-{k}",
                    draw(st.sampled_from(OUTLETS)),
                    draw(st.sampled_from(DATES)),
                    0,
                    len(said),
                    said,
                    draw(st.sampled_from(NAMES)),
                    "clipped" if cut else "same",
                    (),
                )
            )
        speaker = draw(st.sampled_from(NAMES))
        groups.append(QuoteGroup(f"g{n}", text, speaker, tuple(occurrences), "a"))
    return groups


_LEAVES = st.sampled_from(
    [
        "oil",
        "prices",
        "saudi",
        "japan",
        "rate",
        '"oil prices"',
        '"saudi oil"',
        "pri*",
        "r?tes",
        "jap*",
        "prise~1",
        "fahd",
        "nazer",
        '"king fahd"',
        "source:reuters",
        'source:"coast wire"',
        "reuters",
        "date:1987-03",
        "date:>1987-03-01",
        "date:1987-03-02T10:30",
        "id:a0-0",
        "peace-keeping",
        '"the"',
    ]
)


@st.composite
def _queries(draw: st.DrawFn, depth: int = 2) -> str:
    if depth == 0 or draw(st.booleans()):
        leaf = draw(_LEAVES)
        return f"-{leaf}" if draw(st.integers(0, 4)) == 0 and not leaf.startswith("-") else leaf
    left, right = draw(_queries(depth - 1)), draw(_queries(depth - 1))
    operator = draw(st.sampled_from([" ", " AND ", " OR ", " AND NOT ", " NOT "]))
    return f"({left}{operator}{right})" if draw(st.booleans()) else f"{left}{operator}{right}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups=_groups(), text=_queries())
def test_a_quotes_query_keeps_what_whoosh_matches(groups: list[QuoteGroup], text: str) -> None:
    try:
        expected = _whoosh_ids(groups, text)
    except QueryError:  # refused by the parser ("the" alone, NOT NOT): refused alike
        with pytest.raises(QueryError):
            QuoteQuery(text)
        return
    assert {g.id for g in QuoteQuery(text).select(groups)} == expected


def _group(text: str, speaker: str | None = None, source: str = "Reuters") -> QuoteGroup:
    o = Occurrence("a1", source, "1987-03-02", 0, len(text), text, speaker, "same", ())
    return QuoteGroup("g-" + text[:10], text, speaker, (o,), "a1")


def test_words_are_anded_as_in_search() -> None:
    both = _group("oil prices rose")
    one = _group("oil is cheap")
    phrase = _group("prices of oil")
    groups = [both, one, phrase]
    assert list(QuoteQuery("oil prices").select(groups)) == [both, phrase]
    assert list(QuoteQuery("oil AND prices").select(groups)) == [both, phrase]
    assert list(QuoteQuery('"oil prices"').select(groups)) == [both]
    assert list(QuoteQuery("oil OR prices").select(groups)) == groups
    assert list(QuoteQuery("oil -prices").select(groups)) == [one]


def test_the_speakers_name_counts_as_a_word() -> None:
    said = _group("we expect Japan to open its market", "Clayton Yeutter")
    other = _group("Japan will not", "Someone Else")
    assert list(QuoteQuery("yeutter japan").select([said, other])) == [said]


@pytest.mark.parametrize("field", ["title", "byline", "dateline"])
def test_a_field_quotes_lack_is_refused_in_one_line(field: str) -> None:
    with pytest.raises(QueryError, match=f"'{field}:' does not apply to quotes") as error:
        QuoteQuery(f"oil {field}:x")
    assert "\n" not in str(error.value)
    assert "column 5" in str(error.value)
    QuoteQuery(f'"{field}:x"')  # inside a phrase it is words


def test_a_quote_clipped_in_one_article_is_matched_by_its_own_words_there() -> None:
    text = "we will not raise the harbour fees"
    whole = Occurrence("a1", "Harbour Times", None, 0, len(text), text, "Anna Keller", "same", ())
    clip = Occurrence(
        "a3", "Coast Wire", None, 0, 14, "the harbour fees"[:14], "Keller", "clipped", ()
    )
    group = QuoteGroup("g", text, "Anna Keller", (whole, clip), "a1")
    assert QuoteQuery('"harbour fees" source:"harbour times"').matches(group)
    assert not QuoteQuery('raise source:"coast wire"').matches(group)  # not in a3's words
    assert QuoteQuery('"the harbour" source:"coast wire" keller').matches(group)
    assert not QuoteQuery('anna source:"coast wire"').matches(group)  # a3 says "Keller"


_CORPUS_LEAVES = st.sampled_from(
    [
        "harbour",
        "fees",
        "docks",
        "blossom",
        "frost",
        "keller",
        "anna",
        "berg",
        "growers",
        "mayor",
        '"harbour fees"',
        '"nobody who works"',
        "insur*",
        'source:"coast wire"',
        'source:"valley post"',
        "date:2021-05",
        "id:a3",
        '"will NOT raise"',
        "(fees OR frost)",
        "(harbour -docks)",
    ]
)


@st.composite
def _corpus_queries(draw: st.DrawFn) -> str:
    leaves = draw(st.lists(_CORPUS_LEAVES, min_size=1, max_size=3))
    operators = [
        draw(st.sampled_from([" ", " OR ", " -", " NOT ", " AND ", " AND NOT "]))
        for _ in leaves[1:]
    ]
    return leaves[0] + "".join(op + leaf for op, leaf in zip(operators, leaves[1:], strict=True))


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("quoted")
    return Library.open(write_rows(folder / "corpus", ROWS), folder / "index")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_corpus_queries())
def test_the_library_keeps_the_quotes_the_query_matches(corpus_library: Library, text: str) -> None:
    """`Library.quotes` looks only at the quotes of the articles the search finds for a query
    without NOT, or for the words of a flat one beside its NOTs (`QuoteQuery.searched`): it
    must keep the very groups the query matches over all of them."""
    every = corpus_library.quotes()
    asked = corpus_library.quote_query(text)
    assert {g.id for g in corpus_library.quotes(text)} == {g.id for g in every if asked.matches(g)}


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("oil prices", "oil prices"),  # no NOT: the query itself
        ("oil -prices", "oil"),
        ('oil NOT "oil prices" saudi', "oil   saudi"),
        ('"will NOT go far" -oil', '"will NOT go far"'),  # a phrase's NOT is its word
        ("oil OR -prices", None),  # a quote without "prices" matches with no "oil"
        ("(oil -prices) saudi", None),
        ("-prices", None),
        ("oil AND NOT prices", None),
    ],
)
def test_what_the_library_searches_the_articles_for(text: str, searched: str | None) -> None:
    assert QuoteQuery(text).searched == searched


_NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True).filter(
    lambda name: name not in FIELD_NAMES
)


@settings(max_examples=60, deadline=None)
@given(name=_NAMES, before=st.sampled_from(["", "oil ", '"oil prices" ', "(oil OR gas) AND "]))
def test_an_unknown_field_is_refused_with_a_quotes_fields(name: str, before: str) -> None:
    """rv58: the search's "unknown field 'speaker' (fields: title, body, byline, ...)"
    offered fields quotes then refused. Oracle: the search refuses the same query at the
    same column; the quotes' line names the quote's fields alone."""
    text = f"{before}{name}:x"
    with pytest.raises(QueryError) as searched:
        parse_query(text, make_parser(make_schema()), lambda field: [])
    for check in (QuoteQuery, Library.check_quote_query):
        with pytest.raises(QueryError) as error:
            check(text)
        assert error.value.column == searched.value.column
        assert f"unknown field '{name}' (a quote's fields: body, source, date, id)" in str(
            error.value
        )
        assert "title" not in str(error.value) and "\n" not in str(error.value)
