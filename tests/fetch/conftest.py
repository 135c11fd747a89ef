"""Fixtures for fetching: a loopback HTTP server, a fake clock, quick settings, feeds."""

from __future__ import annotations

import socket
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.fetch.models import FetchSettings
from index.models import Article

QUICK = FetchSettings(
    interval=0.0,
    connect_timeout=2.0,
    read_timeout=2.0,
    backoff=0.01,
    max_retry_after=30.0,
)
"""No pacing and short timeouts: loopback tests never wait for politeness."""


@dataclass
class FakeClock:
    """A monotonic clock that moves only when something sleeps on it."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock (pass ``clock=clock, sleep=clock.sleep``)."""
    return FakeClock()


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not be sent to a proxy the environment names."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """The loopback server, with no robots.txt (a 404: everything allowed) unless a test
    registers one first."""
    yield httpserver
    httpserver.clear()


def no_robots(server: HTTPServer) -> None:
    """Answer robots.txt with a 404 (RFC 9309: no rules)."""
    server.expect_request("/robots.txt").respond_with_data("", status=404)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """An empty corpus folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def article_html(title: str, body: str, *, canonical: str | None = None, site: str = "") -> str:
    """A news page with enough text for the HTML reader to take as an article."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    paragraphs = "".join(
        f"<p>{body} Paragraph {n} adds detail that a reader of the story would want to "
        "know, with quotes from officials and a little background on the events.</p>"
        for n in range(1, 4)
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{meta}{link}'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        f"{paragraphs}</article><footer>Copyright</footer></body></html>"
    )


def rss(items: list[tuple[str, str, str | None]], title: str = "Test Feed") -> str:
    """An RSS 2.0 feed of (title, link, RFC 822 date or None) items."""
    parts = []
    for item_title, link, date in items:
        when = f"<pubDate>{date}</pubDate>" if date else ""
        parts.append(f"<item><title>{item_title}</title><link>{link}</link>{when}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>/</link><description>d</description>"
        + "".join(parts)
        + "</channel></rss>"
    )


def fetch_one(
    server: HTTPServer,
    corpus: Path,
    feed: str,
    page: str,
    *,
    page_path: str = "/local/bridge",
    feed_path: str = "/feed",
    name: str | None = None,
) -> tuple[Article, dict[str, object]]:
    """Serve ``feed`` (linking ``page_path``) and ``page``, fetch the feed into ``corpus``
    (added as ``name`` when given); the one article as the index reads it, and its sidecar."""
    from index.fetch.feedlist import add_feed
    from index.fetch.run import fetch
    from index.ingest.readers import read_source, scan

    no_robots(server)
    server.expect_request(feed_path).respond_with_data(feed, content_type="application/xml")
    server.expect_request(page_path).respond_with_data(
        page, content_type="text/html; charset=utf-8"
    )
    if name is not None:
        add_feed(corpus, server.url_for(feed_path), name=name)
    report = fetch(corpus, [server.url_for(feed_path)], settings=QUICK)
    [saved] = report.new
    path = corpus / saved.path
    meta = tomllib.loads(path.with_name(path.stem + ".meta.toml").read_text("utf-8"))
    files, _ = scan(corpus)
    [article] = [a for source in files for a in read_source(source).articles]
    return article, meta
