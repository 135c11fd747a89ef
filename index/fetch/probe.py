"""What a URL given to `feeds add` is: a feed, an OPML list of feeds, or neither.

`feeds add` fetches the URL once, so that a web page or a typo is refused at once rather
than failing every later fetch (nu29 #8).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.fetch.feeds import FeedParseError, parse_feed
from index.fetch.models import FetchError, FetchSettings
from index.fetch.opml import OPMLError, OPMLFeeds, looks_like_opml, read_opml
from index.fetch.state import load_state


class NotAFeed(FetchError):
    """The URL answered with something that is neither a feed nor an OPML list."""


class Unreachable(FetchError):
    """The URL could not be fetched (network, HTTP error, robots.txt unreadable)."""


@dataclass(frozen=True, slots=True)
class Probed:
    """A feed (its title, how many entries it lists, and what was broken in it if the
    parser read it as far as it could), or the feeds of an OPML list."""

    url: str
    title: str = ""
    entries: int = 0
    listed: OPMLFeeds | None = None
    warning: str = ""


def probe(
    root: Path, url: str, settings: FetchSettings | None = None, *, transport: Any = None
) -> Probed:
    """Fetch ``url`` once, politely (robots.txt obeyed), and tell what it is.

    Raises:
        NotAFeed: It answered with a web page, another type, bytes no feed parser reads,
            or a broken feed of which no entry could be read (nu43 #4).
        Unreachable: The network or the server failed.
    """
    from index.fetch.http import Failed, PoliteClient, Refused  # httpx loads only now

    with PoliteClient(settings or FetchSettings(), load_state(root), transport=transport) as client:
        try:
            response = client.get(url, "feed")
        except Refused as error:
            raise NotAFeed(str(error)) from None
        except Failed as error:
            raise Unreachable(str(error)) from None
    if looks_like_opml(response.body):
        try:
            return Probed(response.url, listed=read_opml(response.body))
        except OPMLError as error:
            raise NotAFeed(str(error)) from None
    start = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        raise NotAFeed("a web page, not a feed (`broadsheet fetch URL` saves it as an article)")
    try:
        parsed = parse_feed(response.body, response.url, response.media or None)
    except FeedParseError as error:
        raise NotAFeed(str(error)) from None
    if parsed.warning and not parsed.entries:
        raise NotAFeed(f"{parsed.warning} (no entry could be read)")
    return Probed(response.url, parsed.title, len(parsed.entries), warning=parsed.warning)
