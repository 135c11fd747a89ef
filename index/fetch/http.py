"""The polite HTTP client: robots.txt, pacing, retries, redirects and limits, over httpx.

Only `index.fetch.run` (and `index.fetch.run_pages`, its pages) imports this module, and only
when a fetch starts, so that nothing else in broadsheet loads httpx or touches the network.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from protego import Protego

from index.fetch.models import FetchSettings
from index.fetch.polite import (
    ROBOTS_TOKEN,
    HostLimiter,
    Kind,
    accept_header,
    accepts,
    media_type,
    retry_after,
    user_agent,
)
from index.fetch.state import FetchState, RobotsCopy
from index.fetch.urls import BadURL, check_url, host_of, origin_of

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024
TRANSPORT_FAILURES_PER_HOST = 2
"""Network failures in a row after which a host is left alone for the rest of the run."""


class Refused(Exception):
    """Not fetched on purpose (robots.txt, scheme, type, size); ``str`` is the reason."""


UNANSWERED = ("network error", "timed out")
"""How a network failure's reason begins (`_request`): robots.txt is then not what failed
(nu33 read "robots.txt could not be read" of a server that was down)."""


class Failed(Exception):
    """Could not be fetched (network, HTTP error, redirects); ``str`` is the reason.

    Attributes:
        status: The last HTTP status, when the server answered.
    """

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


class Cancelled(Exception):
    """The fetch was cancelled."""


class _Retry(Exception):
    def __init__(self, reason: str, delay: float, status: int | None = None) -> None:
        super().__init__(reason)
        self.delay = delay
        self.status = status


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: 200 with its body, or 304 (``not_modified``) with none.

    Attributes:
        url: The URL the response came from, after redirects.
        body: The body (decompressed), at most ``max_bytes``.
        media: The media type the server named ("" when none).
        charset: The charset the server named, if any.
        etag: The ETag validator, if any.
        last_modified: The Last-Modified validator, if any.
        not_modified: True for a 304.
    """

    url: str
    body: bytes
    media: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class PoliteClient:
    """Fetches one URL at a time, politely; one client serves one fetch run.

    Args:
        settings: Limits and politeness.
        state: Where fetched robots.txt files are kept between runs.
        transport: An httpx transport (tests); None for the network.
        clock: Monotonic clock for pacing (tests inject a fake one).
        sleep: How to wait (tests inject a fake one); by default a wait that a
            ``cancel`` ends early.
        cancel: Set it to stop the run: waits end and `Cancelled` is raised.
    """

    def __init__(
        self,
        settings: FetchSettings,
        state: FetchState,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self.requests = 0
        self._state = state
        self._cancel = cancel or threading.Event()
        self._sleep_impl = sleep or self._cancel.wait
        self._clock = clock
        self._limiter = HostLimiter(settings.interval, clock, self._sleep)
        self._robots: dict[str, Protego | str | None] = {}
        self._given_up: dict[str, str] = {}
        self._failures: dict[str, int] = {}
        timeout = httpx.Timeout(
            settings.read_timeout, connect=settings.connect_timeout, pool=settings.connect_timeout
        )
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent or user_agent()},
        )

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        self.check_cancelled()
        self._sleep_impl(seconds)
        self.check_cancelled()

    def check_cancelled(self) -> None:
        """Raise `Cancelled` when the run was cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def get(
        self, url: str, kind: Kind, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """GET ``url`` (redirects followed, robots.txt obeyed), retrying what may be retried.

        Raises:
            Refused: Not to be fetched (robots.txt, not http(s), wrong type, too large).
            Failed: The server or the network failed, after the retries.
            Cancelled: The run was cancelled.
        """
        try:
            url = check_url(url)
        except BadURL as error:
            raise Refused(str(error)) from None
        headers = {"Accept": accept_header(kind)}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if kind != "robots":
            self._obey_robots(url)
        tries = 0
        while True:
            try:
                return self._follow(url, kind, headers, tries)
            except _Retry as retry:
                tries += 1
                if tries > self.settings.retries:
                    raise Failed(f"{retry} ({tries} tries)", retry.status) from None
                self._sleep(retry.delay)

    def _follow(self, url: str, kind: Kind, headers: dict[str, str], tries: int) -> Fetched:
        seen = {url}
        current = url
        for hop in range(self.settings.max_redirects + 1):
            location, fetched = self._request(current, kind, headers, tries)
            if fetched is not None:
                return fetched
            assert location is not None
            try:
                target = check_url(location, current)
            except BadURL as error:
                raise Refused(f"redirected to a URL that is not fetched: {error}") from None
            if target in seen:
                raise Failed(f"redirect loop ({current} -> {target})")
            if hop == self.settings.max_redirects:
                raise Failed(f"too many redirects (more than {self.settings.max_redirects})")
            seen.add(target)
            if kind != "robots":
                self._obey_robots(target)
            current = target
        raise AssertionError("unreachable")

    def _request(
        self, url: str, kind: Kind, headers: dict[str, str], tries: int
    ) -> tuple[str | None, Fetched | None]:
        """One request: (a redirect's location, None) or (None, the response)."""
        host = host_of(url)
        if host in self._given_up:
            raise Failed(self._given_up[host])
        self._limiter.wait(host)
        self.check_cancelled()
        self.requests += 1
        backoff = self.settings.backoff * 2**tries
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                self._failures[host] = 0
                return self._handle(url, kind, response, backoff)
        except httpx.InvalidURL as error:  # httpx reads a redirect's Location itself
            raise Refused(f"redirected to an invalid URL ({error})") from None
        except httpx.TimeoutException as error:
            raise self._network_failure(
                host, f"timed out ({type(error).__name__})", backoff
            ) from None
        except httpx.TransportError as error:
            reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
            raise self._network_failure(host, f"network error: {reason}", backoff) from None
        except httpx.RequestError as error:  # a body that does not decompress, and the like
            reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
            raise Failed(f"bad response: {reason}") from None

    def _network_failure(self, host: str, reason: str, backoff: float) -> Exception:
        self._failures[host] = self._failures.get(host, 0) + 1
        if self._failures[host] >= TRANSPORT_FAILURES_PER_HOST:
            self._given_up[host] = f"{host} left alone for this run: {reason}"
            return Failed(reason)
        return _Retry(reason, backoff)

    def _handle(
        self, url: str, kind: Kind, response: httpx.Response, backoff: float
    ) -> tuple[str | None, Fetched | None]:
        status = response.status_code
        headers = response.headers
        if status in REDIRECTS and headers.get("location"):
            return headers["location"], None
        if status == 304:
            validators = {
                "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"),
            }
            return None, Fetched(url, b"", **validators, not_modified=True)
        if status in (429, 503):
            asked = retry_after(headers.get("retry-after"))
            delay = backoff if asked is None else asked
            if delay > self.settings.max_retry_after:
                reason = f"HTTP {status}: the server asked to wait {delay:.0f} s"
                self._given_up[host_of(url)] = f"{reason}; left alone for this run"
                limit = self.settings.max_retry_after
                raise Failed(f"{reason} (more than {limit:.0f} s)", status)
            raise _Retry(f"HTTP {status} {response.reason_phrase}".strip(), delay, status)
        if status >= 500:
            raise _Retry(f"HTTP {status} {response.reason_phrase}".strip(), backoff, status)
        if status != 200:
            raise Failed(f"HTTP {status} {response.reason_phrase}".strip(), status)
        media, charset = media_type(headers.get("content-type"))
        if not accepts(kind, media):
            what = {"page": "a web page", "feed": "a feed"}.get(kind, "a feed or a web page")
            raise Refused(f"not {what} (content type {media})")
        limit = ROBOTS_MAX_BYTES if kind == "robots" else self.settings.max_bytes
        body = self._read_body(response, limit, kind)
        fetched = Fetched(
            url,
            body,
            media,
            charset,
            headers.get("etag"),
            headers.get("last-modified"),
        )
        return None, fetched

    def _read_body(self, response: httpx.Response, limit: int, kind: Kind) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and kind != "robots":
            raise Refused(f"too large ({int(declared):,} bytes; limit {limit:,})")
        started = self._clock()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                if kind == "robots":  # RFC 9309: parse at least the first 500 KiB
                    chunks.append(chunk[: limit - (size - len(chunk))])
                    break
                raise Refused(f"too large (over {limit:,} bytes)")
            chunks.append(chunk)
            if self._clock() - started > self.settings.total_timeout:
                raise Failed(f"too slow (over {self.settings.total_timeout:.0f} s)")
            self.check_cancelled()
        return b"".join(chunks)

    # -- robots.txt ----------------------------------------------------------------------

    def _obey_robots(self, url: str) -> None:
        rules = self._robots_for(url)
        if isinstance(rules, str):
            raise Failed(rules)
        if rules is not None and not rules.can_fetch(url, ROBOTS_TOKEN):
            raise Refused("robots.txt disallows it")

    def _robots_for(self, url: str) -> Protego | str | None:
        """The origin's rules; None when all is allowed, a reason when all is forbidden."""
        origin = origin_of(url)
        if origin in self._robots:
            return self._robots[origin]
        copy = self._state.robots.get(origin)
        problem = ""
        if copy is None or time.time() - copy.fetched_at > self.settings.robots_max_age:
            try:
                fetched = self.get(origin + "/robots.txt", "robots")
                copy = RobotsCopy(200, fetched.body.decode("utf-8", "replace"), time.time())
            except Failed as error:
                # RFC 9309: a 4xx means there are no rules; a 5xx (or a 429) or a
                # network failure means keep out, until robots.txt can be read
                status, problem = error.status, str(error)
                copy = None
                if status is not None and 400 <= status < 500 and status != 429:
                    copy = RobotsCopy(status, "", time.time())
            except Refused as error:
                copy, problem = None, str(error)
            if copy is not None:
                self._state.robots[origin] = copy
        rules: Protego | str | None = None
        said = problem.split("left alone for this run: ", 1)[-1]
        if copy is None and said.startswith(UNANSWERED):  # no server to ask anything
            rules = f"{origin} did not answer ({problem})"
        elif copy is None:
            rules = f"robots.txt could not be read ({problem}), so {origin} is left alone"
        elif copy.status == 200 and copy.text.strip():
            rules = Protego.parse(copy.text)
            delay = rules.crawl_delay(ROBOTS_TOKEN)
            if delay:
                seconds = min(float(delay), self.settings.max_crawl_delay)
                self._limiter.slow_down(host_of(url), seconds)
        self._robots[origin] = rules
        return rules
