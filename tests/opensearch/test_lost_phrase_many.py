"""A phrase of many names, each with many copies, finds every copy on OpenSearch too (sx48).

The OpenSearch translation of `index.search.lost_phrases.Spelled`: a `span_near` (in
order, Whoosh's slop for each gap) of a `span_or` of a position's spellings. Checked as
`tests.search.test_lost_phrase_many` checks Whoosh: against plain Whoosh on the same
articles with every copy written whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.search.engine import WhooshEngine
from tests.search.test_lost_phrase_many import QUERIES, ids, rows, write_corpus


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Library]]:
    folder = tmp_path_factory.mktemp("many-os")
    articles = rows()
    for name, damaged in (("damaged", True), ("whole", False)):
        (folder / name).mkdir()
        write_corpus(folder / name / "many.jsonl", articles, damaged)
    whole = Library(folder / "whole", folder / "w", engine=WhooshEngine(folder / "w"))
    engine = OpenSearchEngine(
        folder / "os", configured_url(), name=f"bs-test-{uuid.uuid4().hex[:12]}"
    )
    opensearch = Library(folder / "damaged", folder / "os", engine=engine)
    whole.open_or_build()
    opensearch.open_or_build()
    yield opensearch, whole
    whole.close()
    engine.index.drop()


@pytest.mark.opensearch
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(QUERIES)
@example('"Síochána Schäuble Schaeuble"~4')
@example('"Dudenhoeffer SCHÄUBLE Féin Síochána dudenhoffer"~6')
@example('"Schäuble Dudenhöffer"')
def test_a_phrase_of_many_names_finds_every_copy_on_opensearch(
    both: tuple[Library, Library], query: str
) -> None:
    opensearch, whole = both
    assert ids(opensearch, query) == ids(whole, query)
