"""Field lengths held in memory (`index.store.lengths`) against plain Whoosh's BM25F.

The oracle is Whoosh itself: the same index files searched with its own BM25F, which reads
each length from the segment's file. Every generated query must give the same documents
with the same scores (exactly: the same floats) in the same order. The index has several
segments, deleted documents, documents without a byline or a dateline (their columns end
early), and documents longer than Whoosh's length bytes hold exactly.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3Codec
from whoosh.collectors import TopCollector, UnlimitedCollector
from whoosh.index import create_in
from whoosh.qparser import MultifieldParser
from whoosh.query import Or, Query
from whoosh.scoring import BM25F

from index.search import direct
from index.search.query import make_parser, walk
from index.store.lengths import HeldLengthsBM25F, read_lengths
from index.store.reader import StoreReader
from index.store.schema import DEFAULT_FIELDS, FIELD_BOOSTS, make_schema

WORDS = [
    "oil",
    "wheat",
    "bank",
    "rate",
    "strike",
    "tariff",
    "merger",
    "coffee",
    "dollar",
    "gold",
    "crude",
    "grain",
    "port",
]
NAMES = ["reuters", "ap", "smith", "jones", "london", "paris", "tokyo"]


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


@pytest.fixture(scope="module")
def whoosh_ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    folder = tmp_path_factory.mktemp("held-lengths")
    ix = create_in(str(folder), make_schema())
    rng = random.Random(21)
    number = 0
    for segment in range(4):
        # small blocks in two segments: a term's postings span many (`_postings`' loop)
        writer = ix.writer(codec=W3Codec(blocklimit=8)) if segment % 2 else ix.writer()
        for _ in range(60 + 20 * segment):
            doc = {
                "id": f"a{number}",
                "title": _text(rng, 0, 6),
                "body": _text(rng, 0, 40 if rng.random() < 0.9 else 3000),
            }
            if rng.random() < 0.5:  # later documents without: a column that ends early
                doc["byline"] = " ".join(rng.sample(NAMES, 2))
            if number < 40 and rng.random() < 0.7:
                doc["dateline"] = rng.choice(NAMES)
            writer.add_document(**doc)
            number += 1
        writer.commit(merge=False)
    writer = ix.writer()
    for gone in range(0, number, 17):
        writer.delete_by_term("id", f"a{gone}")
    writer.commit(merge=False)
    assert len(ix.searcher().reader().leaf_readers()) >= 4
    yield ix
    ix.close()


def _ranked(ix: object, query: Query, limit: int | None, weighting: object) -> list[tuple]:
    with ix.searcher(weighting=weighting or BM25F) as searcher:  # type: ignore[attr-defined]
        results = searcher.search(query, limit=limit)
        return [(hit.docnum, hit.score) for hit in results]


term = st.sampled_from(WORDS + NAMES + ["absent"])
clause = st.one_of(
    term,
    st.builds(lambda f, w: f"{f}:{w}", st.sampled_from(DEFAULT_FIELDS), term),
    st.builds(lambda a, b: f'"{a} {b}"', term, term),
)
queries = st.lists(
    st.tuples(st.sampled_from(["", "AND ", "OR ", "NOT "]), clause), min_size=1, max_size=5
).map(lambda parts: " ".join(op + c for op, c in parts).removeprefix("NOT "))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=queries, limit=st.sampled_from([None, 1, 5, 20, 200]))
def test_same_documents_scores_and_order_as_whoosh(
    whoosh_ix: object, text: str, limit: int | None
) -> None:
    parser = MultifieldParser(list(DEFAULT_FIELDS), make_schema(), fieldboosts=FIELD_BOOSTS)
    query = parser.parse(text)
    plain = _ranked(whoosh_ix, query, limit, None)  # Whoosh's own (and default) BM25F
    assert _ranked(whoosh_ix, query, limit, HeldLengthsBM25F()) == plain


plain_words = st.lists(
    st.tuples(
        st.sampled_from(["", "AND ", "OR "]),
        st.one_of(
            term,
            st.builds(lambda f, w: f"{f}:{w}", st.sampled_from(DEFAULT_FIELDS), term),
            st.builds(lambda w: f"title:{w}^3", term),  # a Term of another boost
        ),
    ),
    min_size=1,
    max_size=4,
).map(lambda parts: " ".join(op + c for op, c in parts))


def _collected(searcher: object, query: Query, limit: int | None) -> list[tuple[float, int]]:
    collector = TopCollector(limit) if limit is not None else UnlimitedCollector()
    searcher.search_with_collector(query, collector)  # type: ignore[attr-defined]
    results = collector.results()
    return [(results.score(i), results.docnum(i)) for i in range(results.scored_length())]


def _names(searcher: object) -> Any:
    """The article ids of document numbers, as `index.search.ties.Names`."""
    column = searcher.reader().column_reader("id")  # type: ignore[attr-defined]
    return lambda docnums: [column[n] for n in docnums]


def _same_as_whoosh(
    searcher: object, plain: object, query: Query, limit: int | None, allowed: Any
) -> tuple[list[tuple[float, int]], int] | None:
    """`direct.rank` against Whoosh's whole ranking (filtered, cut to the limit): in
    Whoosh's order, in article id order on ties with names, and its count."""
    got = direct.rank(searcher, query, limit, allowed)
    if got is None:
        return None
    every = _collected(plain, query, None)
    if allowed is not None:
        every = [(score, n) for score, n in every if n in allowed]
    assert got == (every if limit is None else every[:limit], len(every))
    names = _names(plain)
    ids = dict(zip([n for _, n in every], names([n for _, n in every]), strict=True))
    by_id = sorted(every, key=lambda pair: (0 - pair[0], ids[pair[1]]))  # same floats
    tied = direct.rank(searcher, query, limit, allowed, None, names)
    assert tied == (by_id if limit is None else by_id[:limit], len(every))
    assert direct.rank(searcher, query, 0, allowed) == ([], len(every))  # a count
    return got


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(plain_words, queries),
    limit=st.sampled_from([None, 1, 5, 20, 200]),
    matcher_type=st.sampled_from([Or.AUTO_MATCHER, Or.DEFAULT_MATCHER, Or.ARRAY_MATCHER]),
    allowed=st.one_of(st.none(), st.frozensets(st.integers(0, 400), max_size=150)),
)
# equal sizes: Whoosh orders a boosted term's WrappingMatcher before a FilterMatcher
@example(text="oil title:wheat title:wheat^3", limit=None, matcher_type=0, allowed=None)
# a document of four clauses: the tree's grouping of its sum is not a left-to-right one
@example(text="oil OR wheat OR gold", limit=None, matcher_type=1, allowed=None)
# a boost of 0: its matches score 0, and the preloaded union drops them (a scored count)
@example(text="oil OR title:wheat^0", limit=5, matcher_type=0, allowed=None)
def test_plain_words_ranked_from_the_postings_as_whoosh_ranks_them(
    whoosh_ix: object,
    text: str,
    limit: int | None,
    matcher_type: int,
    allowed: frozenset[int] | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`index.search.direct.rank` against Whoosh's own collectors, exactly.

    Both the preloaded union (Whoosh's choice in segments of up to 5,000 documents) and
    the weighted tree of unions (larger ones) are forced in turn. Every query is compared
    with Whoosh's whole ranking cut to the limit: Whoosh's `TopCollector` can skip blocks
    that hold better documents than some it keeps (an intersection's skip looks at one
    side's current block only; any block's quality comes from lossy lengths), which
    `rank` does not copy; its page is checked to be never better, rank by rank.
    """
    monkeypatch.setattr(Or, "matcher_type", matcher_type)
    parser = MultifieldParser(list(DEFAULT_FIELDS), make_schema(), fieldboosts=FIELD_BOOSTS)
    query = parser.parse(text)
    simple = all(type(node).__name__ in ("Term", "Or", "And") for node in walk(query))
    ix: Any = whoosh_ix
    held = HeldLengthsBM25F()
    with ix.searcher(weighting=held) as searcher, ix.searcher(weighting=BM25F) as plain:
        got = _same_as_whoosh(searcher, plain, query, limit, allowed)
        assert (got is not None) == simple
        if got is None:
            return
        if allowed is None:
            # Whoosh's own top-N search skips posting blocks by a quality bound read from
            # lossy (byte-encoded) lengths, so once a word spans blocks it can keep a worse
            # document than the whole ranking's ("dollar", limit 1): never a better one.
            theirs = _collected(plain, query, limit)
            assert len(theirs) == len(got[0])
            assert all(t[0] <= g[0] for t, g in zip(theirs, got[0], strict=True))


@pytest.fixture(scope="module")
def large_ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One segment of more than `direct.PRELOAD_MAX_DOCS` short documents: Whoosh's AUTO
    Or builds its tree of unions here, and common words span many posting blocks."""
    ix = create_in(str(tmp_path_factory.mktemp("large")), make_schema())
    rng = random.Random(5)
    with ix.writer() as writer:
        for number in range(direct.PRELOAD_MAX_DOCS + 50):
            writer.add_document(id=f"b{number}", title=_text(rng, 0, 2), body=_text(rng, 1, 4))
    with ix.writer() as writer:
        for gone in range(0, direct.PRELOAD_MAX_DOCS, 97):
            writer.delete_by_term("id", f"b{gone}")
    yield ix
    ix.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=plain_words, limit=st.sampled_from([None, 1, 20]))
def test_auto_in_a_large_segment_as_whoosh_ranks_it(
    large_ix: object, text: str, limit: int | None
) -> None:
    query = MultifieldParser(list(DEFAULT_FIELDS), make_schema(), fieldboosts=FIELD_BOOSTS).parse(
        text
    )
    with large_ix.searcher(weighting=HeldLengthsBM25F()) as searcher:  # type: ignore[attr-defined]
        (reader, _), *others = searcher.reader().leaf_readers()
        assert not others and reader.doc_count_all() > direct.PRELOAD_MAX_DOCS
        with large_ix.searcher(weighting=BM25F) as plain:  # type: ignore[attr-defined]
            assert _same_as_whoosh(searcher, plain, query, limit, None) is not None


def test_what_is_left_to_whoosh(whoosh_ix: object) -> None:
    parser = make_parser(make_schema())
    with whoosh_ix.searcher() as searcher:  # type: ignore[attr-defined]
        assert direct.rank(searcher, parser.parse("oil"), 5) is None  # Whoosh's own BM25F
    with whoosh_ix.searcher(weighting=HeldLengthsBM25F()) as searcher:  # type: ignore[attr-defined]
        for text in ('"oil wheat"', "oil NOT wheat", "oil*", "oil~", "oil^3"):
            assert direct.rank(searcher, parser.parse(text), 5) is None, text
        assert direct.rank(searcher, parser.parse("oil wheat"), 5) is not None


def test_lengths_are_whooshs_own(whoosh_ix: object) -> None:
    held_fields = set()
    with whoosh_ix.searcher() as searcher:  # type: ignore[attr-defined]
        for reader, _ in searcher.reader().leaf_readers():
            for field in DEFAULT_FIELDS:
                held = read_lengths(reader, field)
                if held is None:  # no document of the segment has the field (source)
                    assert not reader._perdoc.has_column(f"_{field}_len")
                    continue
                held_fields.add(field)
                count = reader.doc_count_all()
                assert held == [reader.doc_field_length(n, field, 1) for n in range(count)]
    assert held_fields == {"title", "body", "byline", "dateline"}


def test_no_column_is_left_to_whoosh(tmp_path: Path) -> None:
    ix = create_in(str(tmp_path), make_schema())
    with ix.writer() as writer:
        writer.add_document(id="x", title="oil", body="oil rate")
    with ix.searcher() as searcher:
        assert read_lengths(searcher.reader(), "dateline") is None  # no column at all
        assert read_lengths(searcher.reader(), "body") == [2]


def test_the_store_reader_scores_with_held_lengths(corpus: Path, index_dir: Path) -> None:
    from typer.testing import CliRunner

    from tui.cli import app

    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    reader = StoreReader(index_dir)
    try:
        assert isinstance(reader.searcher.weighting, HeldLengthsBM25F)
    finally:
        reader.close()


def test_ids_read_in_bulk_are_whooshs_own(whoosh_ix: object) -> None:
    from index.store.reader import BULK_SHARE, DocIds, _all_ids

    with whoosh_ix.searcher() as searcher:  # type: ignore[attr-defined]
        reader = searcher.reader()
        column = reader.column_reader("id")
        expected = [column[n] for n in range(reader.doc_count_all())]
        assert _all_ids(reader) == expected
        ids = DocIds(reader)
        few = [3, 1, 2]
        assert len(few) * BULK_SHARE < len(expected)  # read one at a time
        assert ids.many(few) == [expected[n] for n in few] and ids._all is None
        many = list(range(len(expected) - 1, 0, -3))
        assert ids.many(many) == [expected[n] for n in many] and ids._all == expected
        assert ids[len(expected) - 1] == expected[-1] and list(ids) == expected
