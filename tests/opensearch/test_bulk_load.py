"""A rebuild's bulk load: loading settings while it fills, serving settings before the swap,
batches by bytes sent from two threads, nothing lost or doubled on the way."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import Article
from index.opensearch import writer
from index.opensearch.documents import document
from index.opensearch.engine import OpenSearchIndex
from tests.opensearch.conftest import articles_of
from tests.opensearch.generated import write_corpus


@pytest.fixture
def news(tmp_path: Path) -> list[Article]:
    """Sixty made-up articles."""
    return articles_of(write_corpus(tmp_path / "news.jsonl", count=60, seed=11))


def _settings(client: Any, index: str) -> dict[str, Any]:
    found = client.indices.get_settings(index=index, flat_settings=True)
    return dict(found[index]["settings"])


@given(st.lists(st.text(max_size=40), max_size=6), st.text(max_size=300))
@settings(max_examples=50, deadline=None)
def test_the_size_estimate_is_near_the_json_sent(words: list[str], body: str) -> None:
    source = {"card": {"title": body[:20], "tags": words}, "body": body, "n": 3}
    real = len(json.dumps({"index": {"_index": "x", "_id": "y"}})) + len(json.dumps(source))
    estimate = writer._json_size({"_source": source})
    # strings count as characters (escapes and non-ASCII make the JSON longer): the
    # bulk helper's own byte limit is twice the batch size for that reason
    assert real / 7 <= estimate <= 2 * real + 200


@pytest.mark.opensearch
def test_a_rebuild_loads_with_loading_settings_and_serves_with_serving_ones(
    os_index: OpenSearchIndex, news: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []
    sending = writer._bulk

    def watched(client: Any, batch: list[tuple[dict[str, Any], str]]) -> Any:
        seen.append(_settings(client, batch[0][0]["_index"]))
        return sending(client, batch)

    monkeypatch.setattr(writer, "_bulk", watched)
    report = os_index.rebuild(news, replicas=1)
    assert report.indexed == len(os_index) == 60 and not report.skipped
    assert seen and all(
        (s["index.refresh_interval"], s["index.number_of_replicas"], s["index.translog.durability"])
        == ("-1", "0", "async")
        for s in seen
    )
    (serving,), _ = writer.concrete_indices(os_index.client, os_index.name)
    after = _settings(os_index.client, serving)
    assert "index.refresh_interval" not in after  # the default (1 s) again
    assert after["index.number_of_replicas"] == "1"
    assert after["index.translog.durability"] == "request"


@pytest.mark.opensearch
def test_small_batches_from_two_senders_lose_and_double_nothing(
    os_index: OpenSearchIndex, news: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = sorted(writer._json_size({"_source": document(article)}) for article in news)
    monkeypatch.setattr(writer, "BATCH_BYTES", sizes[-1] * 3)  # a few articles a batch
    threads: set[str] = set()
    batches: list[int] = []
    sending = writer._bulk

    def watched(client: Any, batch: list[tuple[dict[str, Any], str]]) -> Any:
        threads.add(threading.current_thread().name)
        batches.append(len(batch))
        return sending(client, batch)

    monkeypatch.setattr(writer, "_bulk", watched)
    report = os_index.rebuild(news)
    assert report.indexed == len(os_index) == 60 and not report.skipped
    assert sum(batches) == 60 and len(batches) > writer.SENDERS
    assert threads <= {f"opensearch-bulk-{n}" for n in range(writer.SENDERS)}
    found = {hit.id for hit in os_index.search("*", limit=None).hits}
    assert found == {article.id for article in news}
