"""Hyphenated words find the same articles on OpenSearch as the scan of their text
(`tests.search.test_hyphens`, whose corpus and oracle these are) and as Whoosh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.opensearch.engine import OpenSearchIndex
from tests.opensearch.conftest import both_engines
from tests.search.test_hyphens import DRAWN, QUERIES, case, stored, write

pytestmark = pytest.mark.opensearch


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("hyphens_os")
    bodies = write(folder / "corpus")
    whoosh, node = both_engines(folder / "corpus", folder / "index")
    yield whoosh, node, stored(whoosh, bodies)
    node.drop()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(QUERIES)
def test_both_engines_find_the_scans(
    made: tuple[Any, OpenSearchIndex, dict[str, str]],
    drawn: tuple[str, list[list[str]], str, int],
) -> None:
    whoosh, node, bodies = made
    asked = case(drawn, bodies)
    if asked is not None:
        query, wanted = asked
        found = {hit.id for hit in node.search(query, limit=None).hits}
        assert found == wanted, query
        assert found == {hit.id for hit in whoosh.search(query, limit=None).hits}, query


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.integers(0, 59), st.integers(0, 13), st.integers(1, 2), st.integers(0, 99))
@example(article=5, first=5, size=1, seed=2)  # ci144: '"7zürich-JÖRG"' found nothing
def test_both_engines_find_the_phrases_of_the_texts(
    made: tuple[Any, OpenSearchIndex, dict[str, str]],
    article: int,
    first: int,
    size: int,
    seed: int,
) -> None:
    """A phrase of words an article holds (`tests.search.test_hyphens`'s same test) finds
    what the scan finds on OpenSearch too: the node reads the shared parser's lost-letter
    notes of a phrase's joined way."""
    whoosh, node, bodies = made
    drawn = DRAWN[f"h{article:02}.txt"]
    asked = case(("phrase", drawn[first % len(drawn) :][:size], "", seed), bodies)
    assert asked is not None
    query, wanted = asked
    found = {hit.id for hit in node.search(query, limit=None).hits}
    assert found == wanted, query
    assert found == {hit.id for hit in whoosh.search(query, limit=None).hits}, query
