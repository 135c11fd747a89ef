"""What a fetched page says about itself before it is saved: its canonical URL and charset."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from index.fetch.urls import BadURL, check_url

if TYPE_CHECKING:
    from index.fetch.http import Fetched

HEAD_BYTES = 256 * 1024
"""Only the start of a page is read for its head (a hostile page cannot make this slow)."""


@dataclass(frozen=True, slots=True)
class PageHead:
    """Facts from a page's head.

    Attributes:
        canonical: The absolute http(s) URL of ``<link rel="canonical">`` (else
            ``og:url``), or None.
        declares_charset: True when the page names its charset in a ``<meta>``.
        published: The page's own publication time as its ``<meta>`` states it
            (`PUBLISHED`), unread, or None.
    """

    canonical: str | None = None
    declares_charset: bool = False
    published: str | None = None


PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished")
"""The ``<meta>`` properties (or names, or itemprops) that state when the page's article was
published: the article's own date, which the saved page's metadata gives its index."""


class _HeadScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.charset = False
        self.published: str | None = None
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "body":
            self.done = True
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "meta":
            prop = (values.get("property") or values.get("name") or "").lower()
            if prop == "og:url":
                self.og_url = self.og_url or values.get("content") or None
            if (prop or values.get("itemprop", "").lower()) in PUBLISHED:
                self.published = self.published or values.get("content") or None
            if "charset" in values or "charset=" in values.get("content", "").lower():
                self.charset = True


def read_head(body: bytes, url: str) -> PageHead:
    """Scan the start of an HTML page for its canonical URL and a declared charset."""
    scanner = _HeadScanner()
    try:
        scanner.feed(body[:HEAD_BYTES].decode("utf-8", "replace"))
        scanner.close()
    except (AssertionError, ValueError):  # HTMLParser gives up on some broken markup
        pass
    canonical = None
    for candidate in (scanner.canonical, scanner.og_url):
        if candidate:
            try:
                canonical = check_url(candidate, url)
                break
            except BadURL:
                continue
    return PageHead(canonical, scanner.charset, scanner.published)


def with_charset(body: bytes, charset: str | None, head: PageHead) -> bytes:
    """The page, with the charset its server declared written in when the page names none.

    A saved page then reads the same without the HTTP headers it came with.
    """
    if not charset or head.declares_charset or charset.lower().startswith(("utf-16", "utf-32")):
        return body
    if body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body  # a byte order mark says it already
    safe = "".join(c for c in charset if c.isalnum() or c in "-_.:")[:40]
    return f'<meta charset="{safe}">\n'.encode("ascii") + body if safe else body


def states_a_date(value: str | None) -> bool:
    """Whether a page's published time (`PageHead.published`) reads as a date, as the
    index reads the page's metadata."""
    if not value:
        return False
    from index.ingest.sidecars import parse_date_value

    return parse_date_value(value) is not None  # stated badly: the feed's date stands


def is_page(response: Fetched) -> bool:
    """Whether a URL that might have been a feed gave a web page (said, or sniffed)."""
    if response.media in ("text/html", "application/xhtml+xml"):
        return True
    start = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return not response.media and start.startswith((b"<!doctype html", b"<html"))
