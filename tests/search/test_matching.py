"""`Engine.matching` (which of some articles a query matches: the copies folded out of a
count) answers the same whether it runs the query's matcher or looks up the matches a
plain-word search or count of the same query just found from its postings. The oracle:
every hit the engine lists (sorted by date, so not through the postings' ranking)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from tests.conftest import write_corpus
from tests.index.test_copies_count import OUTLETS, WORDS, _text

QUERIES = st.one_of(
    st.sampled_from(WORDS),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(" ".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(" OR ".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(lambda p: f'"{p[0]} {p[1]}"'),
)
LIMITS = st.tuples(st.sampled_from((None, *OUTLETS)), st.sampled_from((None, 11, 13)))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Any:
    rng = random.Random(23)
    files = {
        f"a{n:02}.md": _text(
            rng.choice(OUTLETS),
            rng.randint(10, 14),
            rng.choice(WORDS),
            [rng.choice(WORDS) for _ in range(rng.randint(1, 5))],
        )
        for n in range(40)
    }
    top = tmp_path_factory.mktemp("matching")
    corpus = write_corpus(top / "corpus", files)
    with Library.open(corpus, Path(top) / "index") as opened:
        yield opened


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=QUERIES,
    other=QUERIES,
    limits=LIMITS,
    asked=st.sets(st.integers(0, 41), max_size=12),
    first=st.sampled_from(("nothing", "search", "page", "count", "other")),
)
def test_matching_is_the_hits(
    library: Any,
    query: str,
    other: str,
    limits: tuple[str | None, int | None],
    asked: set[int],
    first: str,
) -> None:
    engine = library.engine
    source, day = limits
    dated = {"since": None if day is None else datetime(2021, 2, day, tzinfo=UTC)}
    ids = {f"a{n:02}.md" for n in asked}
    every = engine.search(query, limit=None, sort="oldest", source=source, **dated)
    expected = {hit.id for hit in every.hits} & ids
    if first == "search":
        engine.search(query, limit=None, source=source, **dated)
    elif first == "page":
        engine.search(query, limit=2, source=source, count=False, **dated)
    elif first == "count":
        engine.count(query, source=source, **dated)
    elif first == "other":
        engine.search(other, limit=2, source=source, **dated)
    assert engine.matching(query, ids, source=source, **dated) == expected, (query, first)
    assert engine.matching(query, ids, **dated) == (
        {hit.id for hit in engine.search(query, limit=None, sort="oldest", **dated).hits} & ids
    )
