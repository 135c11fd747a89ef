"""The reader on OpenSearch: it builds the index on the node, lists, searches and reads."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from index.engines import EngineChoice
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, search, settle
from tui.app import BroadsheetApp

pytestmark = pytest.mark.opensearch


async def test_the_reader_runs_on_opensearch(tmp_path: Path) -> None:
    corpus_dir = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / f"bs-test-{uuid.uuid4().hex[:12]}"
    app = BroadsheetApp(corpus_dir, index_dir, engine=EngineChoice("opensearch", configured_url()))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = reader(app)
            assert [hit.id for hit in screen.articles.hits][:2] == ["harvest.txt", "markets.md"]
            await search(pilot, "peacekeeper")
            assert {hit.id for hit in screen.articles.hits} == {"ceasefire.txt", "markets.md"}
            assert screen.articles.snippets  # from the same core code as on Whoosh
            assert screen.pane.article is not None
    finally:
        OpenSearchEngine(index_dir, configured_url()).index.drop()
