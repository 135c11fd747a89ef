"""A one-letter ticker finds the same articles on OpenSearch as on Whoosh, and as the
oracle of `tests.search.test_ticker_letters` (its generated corpus: letters written as
tickers, with and without an exchange, and otherwise), alone and combined (sx37)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.opensearch.conftest import both_engines
from tests.search.test_ticker_letters import LETTERS, articles, leaf_set, queries

pytestmark = pytest.mark.opensearch


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    folder = tmp_path_factory.mktemp("tickers_os")
    corpus = folder / "wire.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in articles()), encoding="utf-8")
    whoosh, node = both_engines(corpus, folder / "index")
    held = [whoosh.article(hit.id) for hit in whoosh.search("", limit=None).hits]
    yield whoosh, node, {a.id: {"title": a.title, "body": a.body} for a in held}
    node.drop()


def _ids(engine: Any, text: str) -> set[str]:
    return {hit.id for hit in engine.search(text, limit=None).hits}


def test_each_letter_ticker_finds_the_oracle_on_both(made: tuple[Any, Any, Any]) -> None:
    whoosh, node, written = made
    for letter in LETTERS:
        for query in (f"<{letter}>", f"title:<{letter}>"):
            expected = leaf_set(query, written)
            assert _ids(node, query) == expected == _ids(whoosh, query), query
            assert node.count(query) == len(expected)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(queries())
def test_combined_tickers_find_the_same_on_both(
    made: tuple[Any, Any, Any], query: tuple[str, Any]
) -> None:
    whoosh, node, written = made
    text, find = query
    assert _ids(node, text) == find(written) == _ids(whoosh, text), text
