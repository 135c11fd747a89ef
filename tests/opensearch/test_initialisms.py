"""Initialisms, and a shouted stop word's two readings at one position (fx76, rv39 #1, #2),
find the same articles on OpenSearch as the oracle of `tests.search.test_initialisms` (its
generated corpus: capitals headlines, hyphenated initialisms) and as Whoosh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.opensearch.conftest import both_engines
from tests.search.test_initialisms import AFTER, PRONOUNS, STOPPED, spellings, wanted, write

pytestmark = pytest.mark.opensearch


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    folder = tmp_path_factory.mktemp("initialisms_os")
    written = write(folder / "corpus")
    whoosh, node = both_engines(folder / "corpus", folder / "index")
    yield whoosh, node, written
    node.drop()


def test_both_engines_find_the_oracle(made: tuple[Any, Any, Any]) -> None:
    whoosh, node, written = made
    asked: list[tuple[str, set[str]]] = []
    for name in STOPPED:
        for after in AFTER:
            pronoun = PRONOUNS[name]
            asked.append((f'"{pronoun} {after}"', wanted(written, pronoun, after)))
            for typed in spellings(name):
                asked.append((f'"{typed} {after}"', wanted(written, name, after)))
                asked.append((f'"{typed}-{after}"', wanted(written, name, after)))
    for query, expected in asked:
        found = {hit.id for hit in node.search(query, limit=None).hits}
        assert found == expected, query
        assert found == {hit.id for hit in whoosh.search(query, limit=None).hits}, query
