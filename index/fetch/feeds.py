"""Feeds (RSS 2.0, RSS 1.0, Atom) parsed by feedparser into plain entries."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from index.fetch.urls import BadURL, check_url
from index.ingest.sanitize import sanitize
from index.when import timed_value


class FeedParseError(ValueError):
    """The bytes are not a feed; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed.

    Attributes:
        link: The article's absolute URL, or None when the item has none usable.
        title: Plain text (HTML tags and entities in the feed's title resolved).
        published: When it was published (else updated), naive UTC, or None; a time the
            feed states as exactly midnight is kept as `index.when.timed_value` keeps it.
        problem: Why ``link`` is None.
        author: Its author's name as the feed gives it (plain text), or "".
        updated_only: ``published`` is the entry's <updated> (or dc:date): the feed gives
            no date of publication (an Atom entry without <published>, nu35 #12).
        content: An item without a link: its own text (HTML, as the feed's content or
            description gives it, sanitised by feedparser), kept as an article (nu36 #9).
        guid: An item without a link: its id in the feed, or "".
    """

    link: str | None
    title: str
    published: datetime | None
    problem: str = ""
    author: str = ""
    updated_only: bool = False
    content: str = ""
    guid: str = ""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title, site link and entries, newest first as the feed lists them."""

    title: str
    link: str | None
    entries: tuple[Entry, ...]
    warning: str = ""


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_SPACES = re.compile(r"\s+")


def plain_text(html: str) -> str:
    """Text of an HTML fragment (a feed title): tags dropped, entities resolved, one line."""
    if "<" in html or "&" in html:
        parser = _TextOnly()
        parser.feed(html)
        parser.close()
        html = "".join(parser.parts)
    return _SPACES.sub(" ", sanitize(html)).strip()


_CLOCK = re.compile(r"\d:\d{2}|\d[Tt]\d{2}")
"""A feed's date text that states a time of day ("Tue, 03 Jun 2008 09:39:21 GMT")."""


def _when(entry: Any, atom: bool = False) -> tuple[datetime | None, bool]:
    """The entry's date (published, else created, else updated) and whether it is an Atom
    entry's <updated> (RSS's dc:date, which feedparser reads as updated, dates an item); a
    date whose text gives no time is its day's midnight, one that states midnight a time
    (`timed_value`)."""
    for key in ("published", "created", "updated"):
        value = entry.get(key + "_parsed")
        if value:
            try:
                when = datetime.fromtimestamp(calendar.timegm(value), UTC).replace(tzinfo=None)
            except (OverflowError, ValueError, OSError):
                continue
            text = entry.get(key)
            if not isinstance(text, str) or _CLOCK.search(text):
                when = timed_value(when)
            return when, atom and key == "updated"
    return None, False


_ADDRESS = r"(?:mailto:)?[^\s()<>\[\]]+@[^\s()<>\[\]]+"
_ADDRESS_AND_BRACKETS = re.compile(rf"\(\s*{_ADDRESS}\s*\)|<\s*{_ADDRESS}\s*>|{_ADDRESS}")
_BRACKETED = re.compile(r"^\((?P<inside>[^()]*)\)$")


def _author(entry: Any) -> str:
    """The entry's (or feed's) author's name: Atom's <author><name>, RSS's dc:creator, or
    the name beside an address in RSS's "email (Name)"; never an address nor a piece of one.

    feedparser's own split of "news@bbc.example (Bea Cee)" cuts the address after four
    letters of its last part and names "ple (Bea Cee" (nu35 #6): an author given with an
    address is read here, the address (and brackets around it) taken out, the rest
    unwrapped from its brackets.
    """
    detail = entry.get("author_detail") or {}
    raw = entry.get("author") or ""
    given = plain_text(raw)
    if "@" in raw:  # before the tags go: "A <a@b.example>" reads as a tag to plain_text
        rest = plain_text(_SPACES.sub(" ", _ADDRESS_AND_BRACKETS.sub(" ", raw)).strip())
        bracketed = _BRACKETED.match(rest)
        name = (bracketed.group("inside") if bracketed else rest).strip()
    else:
        name = plain_text(detail.get("name") or "") or given
    return "" if "@" in name or not any(c.isalnum() for c in name) else name


def _link(entry: Any, base: str) -> str | None:
    candidates: list[str] = []
    for link in entry.get("links") or ():
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            candidates.append(href)
    if entry.get("link"):
        candidates.insert(0, entry["link"])
    guid = entry.get("id")
    if guid and entry.get("guidislink"):
        candidates.append(guid)
    for candidate in candidates:
        try:
            return check_url(candidate, base)
        except BadURL:
            if candidate != guid or not entry.get("guidislink"):
                raise
            return None  # an id that is no address ("urn:6", taken for a link): no link
    return None


def _content(entry: Any) -> str:
    """An entry's own text (HTML): its longest content, else its description; "" when it
    says nothing beyond its title."""
    texts = [c.get("value") or "" for c in entry.get("content") or ()]
    texts.append(entry.get("summary") or entry.get("description") or "")
    best = max(texts, key=len)
    return best if plain_text(best) else ""


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed's bytes; relative links are made absolute against ``url``.

    Broken XML is read by feedparser's lenient parser when it can; the entries it finds
    are kept and the breakage becomes ``warning``.

    Raises:
        FeedParseError: Nothing in the bytes is a feed.
    """
    import feedparser  # the reader never needs it

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # bytes, never a str: given a str, feedparser would fetch URLs itself
    try:
        parsed: Any = feedparser.parse(bytes(data), response_headers=headers, sanitize_html=True)
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as failure:
        raise FeedParseError(f"not a feed (the parser gave up: {type(failure).__name__})") from None
    version = parsed.get("version") or ""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe):
        problem = None  # a charset or content type the server misstated: the feed is fine
    reason = (str(problem).splitlines() or ["malformed"])[0][:160] if problem else ""
    if not version and not parsed.entries:
        raise FeedParseError(f"not a feed ({reason or 'no RSS or Atom found'})")
    warning = f"broken feed, read as far as possible: {reason}" if reason else ""
    feed = parsed.get("feed", {})
    base = feed.get("link") or url
    try:
        base = check_url(base, url)
    except BadURL:
        base = url
    # an Atom entry without an <author> of its own has the feed's (RFC 4287 4.2.1, nu35 #7)
    by_feed = _author(feed) if version.startswith("atom") else ""
    entries: list[Entry] = []
    for item in parsed.entries:
        title = plain_text(item.get("title", ""))
        try:
            link = _link(item, url)
        except BadURL as error:
            entries.append(Entry(None, title, _when(item)[0], str(error)))
            continue
        problem = "" if link else "item has no link"
        when, updated_only = _when(item, version.startswith("atom"))
        content, guid = ("", "") if link else (_content(item), str(item.get("id") or ""))
        author = _author(item) or by_feed
        entries.append(Entry(link, title, when, problem, author, updated_only, content, guid))
    return ParsedFeed(plain_text(feed.get("title", "")), base, tuple(entries), warning)
