"""Building and reading an index on a real OpenSearch node: the alias swap, a rebuild that
dies, the writers' lock, updates that send only what changed, 429 back-off, articles."""

from __future__ import annotations

import dataclasses
import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from index.errors import DUPLICATE_HINT
from index.models import Article, Progress
from index.opensearch import writer
from index.opensearch.client import (
    EngineLocked,
    EngineMissing,
    EngineUnavailable,
    configured_url,
)
from index.opensearch.engine import OpenSearchIndex
from index.opensearch.lock import BuildLock
from tests.conftest import SEEDS
from tests.opensearch.conftest import articles_of, new_index
from tests.opensearch.generated import write_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def news(tmp_path: Path) -> list[Article]:
    """Sixty made-up articles."""
    return articles_of(write_corpus(tmp_path / "news.jsonl", count=60, seed=7))


def _generations(index: OpenSearchIndex) -> tuple[list[str], list[str]]:
    return writer.concrete_indices(index.client, index.name)


@pytest.mark.opensearch
def test_a_rebuild_swaps_the_alias_and_drops_the_old_index(
    os_index: OpenSearchIndex, news: list[Article]
) -> None:
    first = os_index.rebuild(news[:40])
    assert (first.indexed, first.total, first.full) == (40, 40, True)
    (old,), leftover = _generations(os_index)
    assert not leftover
    second = os_index.rebuild(news)
    (new,), leftover = _generations(os_index)
    assert new != old and not leftover
    assert second.indexed == len(os_index) == 60
    assert not os_index.client.indices.exists(index=old)


@pytest.mark.opensearch
def test_a_rebuild_that_fails_leaves_the_old_index_serving(
    os_index: OpenSearchIndex, news: list[Article]
) -> None:
    os_index.rebuild(news[:40])
    serving, _ = _generations(os_index)

    def failing() -> Iterator[Article]:
        yield from news[:30]
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        os_index.rebuild(failing())
    assert _generations(os_index) == (serving, [])
    assert len(os_index) == 40
    assert os_index.search("oil OR gas").total > 0


KILLED_REBUILD = """
import sys, time
from pathlib import Path
from index.opensearch.engine import OpenSearchIndex
from tests.opensearch.conftest import articles_of
news = articles_of(Path(sys.argv[3]))
def slow():
    for number, article in enumerate(news):
        if number == 1200:
            Path(sys.argv[2]).write_text("half way")
            time.sleep(600)
        yield article
OpenSearchIndex(sys.argv[1]).rebuild(slow())
"""


@pytest.mark.opensearch
def test_a_killed_rebuild_leaves_the_old_index_serving_and_is_cleaned_up_next_time(
    os_index: OpenSearchIndex, news: list[Article], tmp_path: Path
) -> None:
    os_index.rebuild(news)
    serving, _ = _generations(os_index)
    marker = tmp_path / "marker"
    big = write_corpus(tmp_path / "big.jsonl", count=1500, seed=3)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_REBUILD, os_index.name, str(marker), str(big)],
        cwd=ROOT,
        env={**os.environ, "BROADSHEET_OPENSEARCH_URL": configured_url()},
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the rebuild ended before the kill"
            assert time.monotonic() < deadline, "the rebuild never got half way"
            time.sleep(0.05)
        assert len(_generations(os_index)[1]) == 1  # its new index is there, half full
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _generations(os_index)[0] == serving
    assert len(os_index) == 60
    # the dead writer's lock is taken over, its index removed
    report = os_index.rebuild(news[:10])
    assert report.total == len(os_index) == 10
    assert not _generations(os_index)[1]


@pytest.mark.opensearch
def test_one_writer_at_a_time(os_index: OpenSearchIndex, news: list[Article]) -> None:
    os_index.rebuild(news[:5])
    with BuildLock(os_index.client, os_index.name), pytest.raises(EngineLocked, match="running"):
        os_index.update(news)
    assert os_index.update(news).indexed == 55  # free again


@pytest.mark.opensearch
def test_an_update_sends_only_what_changed(os_index: OpenSearchIndex, news: list[Article]) -> None:
    os_index.rebuild(news[:50])
    changed = dataclasses.replace(news[3], body=news[3].body + " Zanzibar harbour.")
    current = [changed, *news[:3], *news[4:49], *news[50:52]]  # news[49] is gone
    report = os_index.update(current)
    assert (report.indexed, report.deleted, report.unchanged) == (3, 1, 48)
    assert report.total == len(os_index) == 51 and not report.full

    def version(article: Article) -> int:
        return int(os_index.client.get(index=os_index.name, id=_key(article))["_version"])

    assert version(news[3]) == 2
    assert {version(article) for article in news[:3] + news[4:49]} == {1}  # never re-sent
    assert [hit.id for hit in os_index.search("zanzibar").hits] == [news[3].id]
    with pytest.raises(KeyError):
        os_index.article(news[49].id)
    again = os_index.update(current)
    assert (again.indexed, again.deleted, again.unchanged) == (0, 0, 51)


@pytest.mark.opensearch
def test_an_index_of_another_format_is_rebuilt_not_updated(
    os_index: OpenSearchIndex, news: list[Article]
) -> None:
    os_index.rebuild(news[:20])
    (old,), _ = _generations(os_index)
    meta = {"_meta": {"broadsheet": {"format": 0}}}
    os_index.client.indices.put_mapping(index=old, body=meta)
    report = os_index.update(news)
    assert report.full and report.indexed == len(os_index) == 60
    assert _generations(os_index)[0] != [old]


@pytest.mark.opensearch
def test_progress_comes_from_the_calling_thread_up_to_the_total(
    os_index: OpenSearchIndex, tmp_path: Path
) -> None:
    articles = articles_of(write_corpus(tmp_path / "news.jsonl", count=450, seed=5))
    seen: list[tuple[int, int, str, int]] = []

    def note(progress: Progress) -> None:
        seen.append((progress.done, progress.total, progress.phase, threading.get_ident()))

    for build in (os_index.rebuild, os_index.update):  # the update sends nothing
        seen.clear()
        build(articles, total=len(articles), on_progress=note)
        assert {ident for *_, ident in seen} == {threading.get_ident()}
        done = [entry[0] for entry in seen]
        assert done == sorted(done) and len(seen) >= 5
        assert seen[-1][:3] == (450, 450, "saving")


def _key(article: Article) -> str:
    from index.opensearch.documents import doc_key

    return doc_key(article.id)


@pytest.mark.opensearch
def test_articles_come_back_whole(
    os_index: OpenSearchIndex, news: list[Article], records: Path
) -> None:
    articles = news + articles_of(SEEDS) + articles_of(records)
    report = os_index.rebuild([*articles, dataclasses.replace(news[0], title="A second g0000")])
    assert report.skipped[0].reason == f"duplicate id {news[0].id!r}: {DUPLICATE_HINT}"
    for article in articles:
        assert os_index.article(article.id) == article
    with pytest.raises(KeyError):
        os_index.article("no-such-article")
    # titles alone, as the quotes panel reads them: one multi-get, unknown ids left out
    wanted = [a.id for a in articles[:7]] + ["no-such-article"]
    assert os_index.titles(wanted) == {a.id: a.title for a in articles[:7]}


@pytest.mark.opensearch
def test_an_index_never_built_says_so() -> None:
    index = new_index()
    assert not index.exists()
    with pytest.raises(EngineMissing, match="run `broadsheet index rebuild`"):
        index.search("oil")
    with pytest.raises(EngineMissing, match="run `broadsheet index rebuild`"):
        index.article("x")


def test_no_node_is_one_line() -> None:
    index = OpenSearchIndex("anything", "http://user:secret@127.0.0.1:9")
    with pytest.raises(EngineUnavailable) as caught:
        index.search("oil")
    message = str(caught.value)
    assert message.startswith("cannot reach OpenSearch at http://127.0.0.1:9 (")
    assert "\n" not in message and "secret" not in message


class _Refusing(BaseHTTPRequestHandler):
    """Forwards to the node, but answers the first bulk requests with 429."""

    target = ""
    refuse = 0
    refused: list[str] = []

    def _forward(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.split("?")[0].endswith("/_bulk") and len(self.refused) < self.refuse:
            self.refused.append(self.path)
            payload = json.dumps({"error": {"type": "es_rejected_execution_exception"}})
            self._answer(429, payload.encode(), "application/json")
            return
        parts = urlsplit(self.target)
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host",)}
        connection.request(self.command, self.path, body or None, headers)
        answer = connection.getresponse()
        self._answer(answer.status, answer.read(), answer.getheader("Content-Type") or "")

    def _answer(self, status: int, payload: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.opensearch
def test_bulk_requests_refused_with_429_are_sent_again(
    os_index: OpenSearchIndex, news: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "FIRST_BACKOFF", 0)
    handler = type(
        "Handler", (_Refusing,), {"target": configured_url(), "refuse": 2, "refused": []}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        proxied = OpenSearchIndex(os_index.name, f"http://127.0.0.1:{server.server_port}")
        report = proxied.rebuild(news)
    finally:
        server.shutdown()
        server.server_close()
    assert len(handler.refused) == 2
    assert report.indexed == len(os_index) == 60 and not report.skipped
