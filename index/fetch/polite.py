"""Politeness without HTTP: per-host pacing, Retry-After, the User-Agent, content types."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Literal

Kind = Literal["feed", "page", "any", "robots"]
"""What a request is for; it decides which content types are accepted."""
ROBOTS_TOKEN = "broadsheet"
"""The name robots.txt rules address broadsheet by."""
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_FEEDISH_TEXT = frozenset({"text/plain", "text/html", "application/octet-stream", "text/x-opml"})
"""Types a feed (or an OPML list of feeds) is served as besides XML."""


def user_agent() -> str:
    """The User-Agent broadsheet sends: its name and version."""
    try:
        own = version("broadsheet")
    except PackageNotFoundError:
        own = "0"
    return f"broadsheet/{own} (terminal news reader; fetches feeds and pages a user asked for)"


class HostLimiter:
    """Spaces the requests to each host: at least ``interval`` seconds between two starts.

    ``clock`` and ``sleep`` are injectable so that tests run on a fake clock.
    """

    def __init__(
        self,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._intervals: dict[str, float] = {}

    def slow_down(self, host: str, interval: float) -> None:
        """Space one host's requests further apart (robots.txt Crawl-delay)."""
        self._intervals[host] = max(interval, self.interval)

    def wait(self, host: str) -> float:
        """Block until ``host`` may be asked again, and book the next slot.

        Returns:
            The seconds waited.
        """
        now = self._clock()
        ready = self._next.get(host, now)
        waited = 0.0
        if ready > now:
            waited = ready - now
            self._sleep(waited)
            now = max(self._clock(), ready)
        self._next[host] = now + self._intervals.get(host, self.interval)
        return waited


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def media_type(header: str | None) -> tuple[str, str | None]:
    """The media type (lower case, no parameters) and charset of a Content-Type header."""
    if not header:
        return "", None
    media, _, params = header.partition(";")
    found = _CHARSET.search(params)
    return media.strip().lower(), found.group(1) if found else None


def accepts(kind: Kind, media: str) -> bool:
    """Whether a response of type ``media`` ("" when the server named none) can be ``kind``."""
    if kind == "robots" or not media:
        return True
    xml = media.endswith("/xml") or media.endswith("+xml")
    if kind == "page":
        return media in PAGE_TYPES
    feedish = xml or media in _FEEDISH_TEXT
    return feedish if kind == "feed" else feedish or media in PAGE_TYPES


def accept_header(kind: Kind) -> str:
    """The Accept header for a request of ``kind``."""
    if kind == "page":
        return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    if kind == "robots":
        return "text/plain,*/*;q=0.1"
    feeds = "application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9"
    return feeds + ",text/xml;q=0.9,text/html;q=0.5,*/*;q=0.1"
