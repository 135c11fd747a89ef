"""A phrase typed in capitals is shouted (sx38) on OpenSearch as on Whoosh; phrases and loose
words drawn from the generated corpus of `tests.search.test_shouted_queries`, typed in
capitals or mixed, find its oracle's articles on both engines."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from index.search.limits import QueryError
from tests.opensearch.conftest import both_engines
from tests.search.test_shouted_queries import STOPS, contains, loud, readings, write

pytestmark = pytest.mark.opensearch


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    folder = tmp_path_factory.mktemp("shouted_os")
    written = write(folder / "corpus.jsonl")
    whoosh, node = both_engines(folder / "corpus.jsonl", folder / "index")
    yield whoosh, node, written
    node.drop()


def asked(written: dict[str, list[list[str]]], count: int = 120) -> Iterator[tuple[str, set[str]]]:
    """Queries (a phrase, then its words loose) with the articles the oracle expects."""
    rng = random.Random(38)
    fields = [field for fields in written.values() for field in fields]
    for _ in range(count):
        field = rng.choice(fields)
        start = rng.randrange(len(field))
        phrase = field[start : start + rng.randint(1, 5)]
        upper = rng.random() < 0.5
        typed = [
            w if w == "U.S." else w.upper() if upper or rng.random() < 0.5 else w.lower()
            for w in phrase
        ]
        wanted = readings(typed, bound=3)
        yield (
            '"' + " ".join(typed) + '"',
            {name for name, fs in written.items() if any(contains(f, wanted) for f in fs)},
        )
        kept = [
            {".".join(word.lower())} if word.lower() in STOPS else said
            for word, said in zip(typed, readings(typed), strict=True)
            if word.lower() not in STOPS or loud(word)
        ]
        if kept:
            yield (
                " ".join(typed),
                {
                    name
                    for name, fs in written.items()
                    if all(any(contains(f, [said]) for f in fs) for said in kept)
                },
            )


def test_both_engines_find_the_oracle(made: tuple[Any, Any, Any]) -> None:
    whoosh, node, written = made
    for query, expected in asked(written):
        try:
            found = {hit.id for hit in node.search(query, limit=None).hits}
        except QueryError:
            pytest.fail(f"refused: {query}")
        assert found == expected, query
        assert found == {hit.id for hit in whoosh.search(query, limit=None).hits}, query
