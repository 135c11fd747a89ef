"""A folder of pages and an RSS feed served by the standard library's `http.server`."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.fetch.conftest import article_html, rss

SITE_PAGES = (
    ("news/harbour.html", "Harbour strike ends", "Harbour", "Mon, 06 May 2024 09:00:00 GMT"),
    ("news/ferry.html", "Ferry returns to the island", "Ferry", None),
)
"""(path, title, word, RFC 822 date or None) of each page; the feed links them relatively."""


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder, without a line on stderr per request."""

    def log_message(self, format: str, *args: object) -> None:
        return


def write_site(root: Path) -> Path:
    """The pages of `SITE_PAGES` and ``rss.xml`` listing them, written under ``root``."""
    for path, title, word, _ in SITE_PAGES:
        page = root / path
        page.parent.mkdir(parents=True, exist_ok=True)
        body = f"{word} news: the {word.lower()} story the island followed all week."
        page.write_text(article_html(title, body), encoding="utf-8")
    items = [(title, path, date) for path, title, _, date in SITE_PAGES]
    (root / "rss.xml").write_text(rss(items), encoding="utf-8")
    return root


@contextmanager
def serve(root: Path, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``root`` on a port of ``host`` (a loopback address) in a thread; yields the
    site's base URL."""
    server = ThreadingHTTPServer((host, 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
