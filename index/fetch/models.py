"""Plain data of fetching: settings, feeds, progress and the report a fetch returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Phase = Literal["feeds", "pages"]


class FetchError(Exception):
    """A fetch could not start or a file of feeds is unusable; ``str(error)`` is one line."""


class FetchLocked(FetchError):
    """Another fetch into the same corpus is running."""


class NoFeeds(FetchError):
    """Nothing to fetch: no source given, and the corpus follows no feeds (bad usage)."""


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How politely and how carefully to fetch. The defaults suit real sites.

    Attributes:
        interval: Least time between two requests to one host, in seconds.
        connect_timeout: Seconds to wait for a connection.
        read_timeout: Seconds to wait for each read from the server.
        total_timeout: Seconds one response may take in all (a server that trickles).
        max_bytes: Largest response body kept; a larger one is cut off and skipped.
        max_redirects: Most redirects followed for one request.
        retries: Extra tries after a 429/503, a 5xx or a network error.
        backoff: First wait before a retry, doubled at each try, in seconds.
        max_retry_after: Longest Retry-After honoured; a server asking for more is
            left alone for the rest of the run.
        max_crawl_delay: Longest robots.txt Crawl-delay honoured as the host interval.
        robots_max_age: Seconds a fetched robots.txt is reused (RFC 9309: at most a day).
        user_agent: Sent with every request; None for broadsheet's own.
        max_new_per_feed: Most new articles taken from one feed in one run (a feed
            listing thousands of items is read over several runs).
    """

    interval: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 2.0
    max_retry_after: float = 120.0
    max_crawl_delay: float = 30.0
    robots_max_age: float = 24 * 3600.0
    user_agent: str | None = None
    max_new_per_feed: int = 200


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed the corpus follows (one ``[[feed]]`` of ``feeds.toml``).

    Attributes:
        url: The feed's address (http or https).
        name: A name the user gave it: its articles' outlet when a page names none (fx88).
        added: When it was added, if known.
    """

    url: str
    name: str | None = None
    added: datetime | None = None


@dataclass(frozen=True, slots=True)
class FetchProgress:
    """Where a fetch is: ``done`` of ``total`` feeds (or pages), at ``url``."""

    phase: Phase
    done: int
    total: int
    url: str = ""


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """An article saved into the corpus by this fetch.

    Attributes:
        url: The article's address (its canonical one when the page names it); "" for a
            feed item saved without a link (`index.fetch.items`).
        path: The saved page, relative to the corpus, with forward slashes.
        title: The title the feed gave, or "".
        feed: The feed it came from, or None for a page fetched by its URL.
        retitled: ``refetch``: the feed gave it a new title, which its sidecar took.
    """

    url: str
    path: str
    title: str = ""
    feed: str | None = None
    retitled: bool = False


@dataclass(frozen=True, slots=True)
class Problem:
    """A URL or file left out, with a one-line reason."""

    url: str
    reason: str


@dataclass(frozen=True, slots=True)
class FetchReport:
    """What a fetch did.

    Attributes:
        new: Articles saved into the corpus.
        unchanged: Feeds and pages asked again that had not changed: HTTP 304, or (a page
            asked again with ``refetch``) the same bytes as the saved copy.
        already_saved: Articles the corpus holds, not asked for again (so not known to
            be unchanged; ``refetch`` asks).
        updated: Pages asked again (``refetch``) that had changed, written over in place,
            or whose feed entry has a new title (``retitled``), which their sidecar took.
        skipped: URLs left out on purpose (robots.txt, not a web page, too large,
            a duplicate, before ``since``...), with reasons.
        failed: URLs that could not be fetched (network, HTTP errors, broken feeds).
        feeds: Feeds checked.
        left: The feeds whose entries the per-feed cap held back, with how many a later
            fetch would save (new ones, not before ``since``), in the order read.
        cap: Most new articles taken from each feed in this run (``--limit`` or the
            settings' ``max_new_per_feed``).
        requests: HTTP requests made (robots.txt, redirects and retries included).
        cancelled: True when the fetch was stopped before the end.
        moved: Sidecars saved before fx88 rewritten in the new form (the feed's name moved
            from ``source`` to ``feed_name``: `index.fetch.sidecar_form`), once.
        seconds: Wall-clock time taken.
    """

    new: tuple[SavedArticle, ...] = ()
    unchanged: tuple[str, ...] = ()
    already_saved: tuple[str, ...] = ()
    updated: tuple[SavedArticle, ...] = ()
    skipped: tuple[Problem, ...] = ()
    failed: tuple[Problem, ...] = ()
    feeds: int = 0
    left: tuple[tuple[str, int], ...] = ()
    cap: int = 200
    requests: int = 0
    cancelled: bool = False
    moved: int = 0
    seconds: float = 0.0

    @property
    def left_total(self) -> int:
        """How many entries the per-feed cap left for the next fetch, all feeds together."""
        return sum(count for _, count in self.left)

    @property
    def left_note(self) -> str:
        """The cap's note, "100 left for the next fetch (at most 200 a feed)"; "" if none."""
        total = self.left_total
        return f"{total:,} left for the next fetch (at most {self.cap:,} a feed)" if total else ""

    @property
    def summary(self) -> str:
        """What the fetch did, in one line ("3 new, 12 unchanged, 1 skipped, 0 failed; ...";
        "N updated" after new and "N already saved" after unchanged when there are, and
        "; N left for the next fetch (at most 200 a feed)" when the cap held some back, and
        "; N saved pages moved to the new sidecar form; ..." after (fx95))."""
        updated = f"{len(self.updated):,} updated, " if self.updated else ""
        saved = f"{len(self.already_saved):,} already saved, " if self.already_saved else ""
        line = (
            f"{len(self.new):,} new, {updated}{len(self.unchanged):,} unchanged, {saved}"
            f"{len(self.skipped):,} skipped, {len(self.failed):,} failed; "
            f"{self.left_note + '; ' if self.left else ''}"
            f"{self.feeds:,} feed{'s' * (self.feeds != 1)} checked, "
            f"{self.requests:,} request{'s' * (self.requests != 1)} in {self.seconds:.1f} s"
        )
        return line + self.moved_note + (" (cancelled)" if self.cancelled else "")

    @property
    def moved_note(self) -> str:
        """ "; N saved pages moved to the new sidecar form; ..." (fx95), or "" if none."""
        if not self.moved:
            return ""
        pages = f"{self.moved:,} saved page{'s' * (self.moved != 1)}"
        return f"; {pages} moved to the new sidecar form; `index update` picks them up"
