"""Accents do not matter on OpenSearch either: its terms are the Whoosh analyzer's, folded
(`index.opensearch.documents`), and its queries are built from Whoosh's parse, folded too;
and ``source:nyt`` names an outlet as on Whoosh (the parse's `canonical_sources`). The
oracle is the same library over the Whoosh engine (`tests.search.test_accents`,
`tests.search.test_source_clause`)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.search.engine import WhooshEngine
from tests.search import test_source_clause as sources
from tests.search.test_accents import QUERIES, ROWS


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Library]]:
    folder = tmp_path_factory.mktemp("accents-os")
    corpus = folder / "news"
    corpus.mkdir()
    for name, rows in (("accents", ROWS), ("sources", sources.ROWS)):
        (corpus / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    whoosh = Library(corpus, folder / "whoosh", engine=WhooshEngine(folder / "whoosh"))
    name = f"bs-test-{uuid.uuid4().hex[:12]}"
    engine = OpenSearchEngine(folder / "os", configured_url(), name=name)
    opensearch = Library(corpus, folder / "os", engine=engine)
    whoosh.open_or_build()
    opensearch.open_or_build()
    yield whoosh, opensearch
    whoosh.close()
    engine.index.drop()


@pytest.mark.opensearch
@pytest.mark.parametrize(("query", "found"), QUERIES + sources.QUERIES)
def test_accents_and_source_clauses_on_opensearch(
    both: tuple[Library, Library], query: str, found: set[str]
) -> None:
    whoosh, opensearch = both
    expected = whoosh.search(query, limit=None, snippets=True)
    hits = opensearch.search(query, limit=None, snippets=True)
    assert {hit.id for hit in hits.hits} == {hit.id for hit in expected.hits} == found
    spans = {hit.id: (hit.snippet, hit.snippet_spans) for hit in expected.hits}
    assert all((hit.snippet, hit.snippet_spans) == spans[hit.id] for hit in hits.hits)
    assert hits.suggestion is None
