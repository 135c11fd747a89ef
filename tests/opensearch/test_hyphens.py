"""Hyphenated words find the same articles on OpenSearch as the scan of their text
(`tests.search.test_hyphens`, whose corpus and oracle these are) and as Whoosh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from index.opensearch.engine import OpenSearchIndex
from tests.opensearch.conftest import both_engines
from tests.search.test_hyphens import QUERIES, case, stored, write

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
