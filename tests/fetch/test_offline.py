"""Nothing touches the network unless the user fetches: imports stay light, reading is offline."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from index.build import rebuild
from index.fetch.feedlist import add_feed, read_feeds
from index.fetch.opml import write_opml
from index.search import open_index
from tests.fetch.conftest import article_html

NETWORK_MODULES = ("httpx", "httpcore", "feedparser", "protego", "index.fetch.http")


def test_importing_broadsheet_and_the_fetch_package_loads_no_http_client() -> None:
    code = (
        "import sys\n"
        "import index.fetch, index.fetch.run, index.fetch.feedlist, index.fetch.opml\n"
        "import index.fetch.models, index.fetch.names, index.fetch.feeds, index.build\n"
        "import index.search, tui.cli, tui.reader\n"
        f"print([m for m in {NETWORK_MODULES!r} if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network used: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_feeds_and_fetched_pages_are_managed_and_read_offline(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match="network used"):
        socket.create_connection(("127.0.0.1", 9))  # the guard is on
    corpus = tmp_path / "corpus"
    page = corpus / "fetched" / "news.example" / "2024-05-06" / "harbour-0123456789.html"
    page.parent.mkdir(parents=True)
    page.write_text(article_html("Harbour strike ends", "Harbour story."), encoding="utf-8")
    page.with_name("harbour-0123456789.meta.toml").write_text(
        'title = "Harbour strike ends"\nurl = "https://news.example/harbour"\n'
        'feed = "https://news.example/rss"\netag = "\\"x\\""\n'
        "fetched_at = 2024-05-06T10:00:00Z\n",
        encoding="utf-8",
    )
    add_feed(corpus, "https://news.example/rss", name="News")
    assert "news.example/rss" in write_opml(read_feeds(corpus))
    rebuild(corpus, tmp_path / "index", procs=1)
    with open_index(tmp_path / "index") as index:
        hit = index.search("harbour").hits[0]
        assert index.article(hit.id).url == "https://news.example/harbour"
