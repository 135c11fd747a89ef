"""What a fetched page's feed says of it, when nothing else does: the outlet, the byline, a date.

`index.fetch` keeps in a page's sidecar the name the user gave the feed (``feed_name``), the
feed's title (``feed_title``), its address (``feed``), the entry's author (``feed_author``)
and, for an Atom entry without <published>, its <updated> (``feed_updated``). `extract`
takes each only when the page, its text and the sidecar's own keys give no value
(`feed_facts`), and its provenance names the key. The feed's name is the outlet before its
title or host, but after any outlet the page states (its site name, publisher, a dateline
credit): an aggregator's feed named "Levant Monitor" carries RTE's and CNN's pages, each
its own outlet (fx88, nu43 #1); a bare host the page's metadata gives for want of a site
name ("levant-monitor.example", `host_only`) gives way to the name.

A feed's title names its outlet and perhaps a section ("NYT > World News": The New York
Times, nu35 #3), or only generic words ("Latest news", "Top Stories", "RSS", "World"):
those name no outlet (fd34), and the feed's host does ("feeds.valley.example" is
valley.example, a host the table knows its outlet's name). A section that is also an
outlet's alias names no outlet ("US news | The Guardian" is The Guardian, not U.S. News &
World Report), nor does a feed's boilerplate ("Comments on: <post>", "Home - RSS 2.0") or a
feed proxy's host (feeds.feedburner.com) (rv35 #7, fx50).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from index.text.outletnames import SECTIONS, canonical_outlet
from index.text.outlets import known_outlet, outlet_from_host

_GENERIC_WORDS = """
    latest top news stories story home homepage front page rss feed feeds atom xml
    headlines headline all articles article posts main most popular read recent new newest
    updates update today today's daily breaking edition english the of in and from for on
    business economy markets money sport sports tech technology science health
    entertainment culture arts lifestyle travel environment climate education
    europe asia africa americas middle east
    us u.s. usa uk u.k. comments comment rdf
"""
GENERIC = frozenset(_GENERIC_WORDS.split()) | SECTIONS
"""Words a feed's title may be made of that name no outlet ("Latest news", "Top Stories",
"US news", "Comments"), in lower case; the desks and sections
`index.text.outletnames.SECTIONS` lists too."""
_WORD = re.compile(r"[\w'’.]+")
_VERSION = re.compile(r"(?:rss|atom|rdf)?v?\d+(?:\.\d+)*")
"""A feed format's version, which names no outlet either: "2.0" in "RSS 2.0", "RSS2.0"."""
_COMMENTS_ON = re.compile(r"^\s*comments?\s+on\b", re.IGNORECASE)
"""WordPress's feed of one post's comments, "Comments on: <the post's title>": no part of
it names an outlet (the post's title is no outlet's name)."""
_COMMENTS_FOR = re.compile(r"^\s*comments?\s+for\s+(?=\S)", re.IGNORECASE)
"""WordPress's feed of a site's comments, "Comments for <the site's title>"."""

_FEED_SEPARATOR = re.compile(r"\s+[>|»\-–—]\s+|:\s+")
"""What a feed title puts between an outlet and a section: "NYT > World News", "BBC News -
World", "World News | Reuters", "Reuters: World News"."""
_FEED_HOST_PREFIXES = ("www.", "feeds.", "feed.", "rss.")
_PROXY_HOSTS = frozenset(
    (
        *("feedburner.com", "feedproxy.google.com", "feedblitz.com", "feedpress.me"),
        *("feedpress.it", "rss.app", "rsshub.app", "fetchrss.com", "feed43.com"),
        *("feedity.com", "politepol.com", "feedcat.net", "feedsportal.com"),
    )
)
"""Hosts that serve other sites' feeds (FeedBurner, FeedBlitz, RSS.app, ...): their name is
no outlet's, the same for every feed they serve (rv35 #7); a sub-domain is one of them."""


def is_generic(title: str) -> bool:
    """True when ``title`` is only generic words ("Latest news", "RSS", "Top Stories - World")."""
    words = [w.replace("’", "'").lower() for w in _WORD.findall(title)]
    return all(
        {w, w.strip("."), w.replace(".", "")} & GENERIC
        or not w.strip(".")
        or _VERSION.fullmatch(w.strip("."))
        for w in words
    )


def feed_outlet(title: str) -> str:
    """The outlet a feed's title names (a fetched page's ``feed_title``, nu35 #3): the
    table's name for the whole title or for a part of it cut at its separators (" > ",
    " - ", " | ", ": "), the first part named first; when no part is known, the first part
    that is not only generic words ("Latest news | Valley Gazette" is "Valley Gazette");
    "" when every part is (fd34: "Latest news" names no outlet).

    A part of generic words never names a known outlet, though the table may know it: "US
    news" is the Guardian's section before "| The Guardian", not U.S. News & World Report
    (rv35 #7); nor does a comments feed's post title ("Comments on: <post>")."""
    if _COMMENTS_ON.match(title):
        return ""
    title = _COMMENTS_FOR.sub("", title)
    whole = canonical_outlet(title)
    if known_outlet(whole) and not is_generic(title):
        return whole
    parts = [part for part in _FEED_SEPARATOR.split(title) if part.strip()]
    for part in parts:
        name = canonical_outlet(part)
        if known_outlet(name) and not is_generic(part):
            return name
    return next((canonical_outlet(part) for part in parts if not is_generic(part)), "")


def host_outlet(url: str) -> str:
    """The outlet of a feed's address: the table's name for its host, else the host without
    "www.", "feeds." or "rss." ("https://feeds.valley.example/rss" is "valley.example");
    "" for an address with no host name (an IP address, "localhost") or a feed proxy's
    ("feeds.feedburner.com")."""
    try:
        host = (urlsplit(url).hostname or "").lower().strip(".")
    except ValueError:
        return ""
    if "." not in host or host.replace(".", "").isdigit() or ":" in host:
        return ""
    if is_proxy_host(host):
        return ""
    known = outlet_from_host(host)
    if known and known != host.removeprefix("www."):
        return known
    while host.startswith(_FEED_HOST_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host


def is_proxy_host(host: str) -> bool:
    """True when ``host`` (lower case) is a feed proxy's or one of its sub-domains'."""
    labels = host.split(".")
    return any(".".join(labels[k:]) in _PROXY_HOSTS for k in range(len(labels) - 1))


def feed_facts(
    known: Mapping[str, object], origins: Mapping[str, str]
) -> dict[str, tuple[object, str]]:
    """The facts a page's feed gives, each ``(value, provenance)`` by field: ``source`` from
    the feed's name, else its title, else its host; ``byline`` from the entry's author;
    ``date`` from an Atom entry's <updated> when it has no <published> (nu35 #12)."""
    found: dict[str, tuple[object, str]] = {}

    def said(key: str, what: str) -> str:
        return f"{origins.get(key, 'given')} ({what})"

    title, address = known.get("feed_title"), known.get("feed")
    outlet = feed_outlet(title) if isinstance(title, str) else ""
    host = host_outlet(address) if isinstance(address, str) else ""
    name = known.get("feed_name")
    if isinstance(name, str) and name.strip():
        found["source"] = (name.strip(), said("feed_name", "feed_name: the page names no outlet"))
    elif outlet:
        found["source"] = (outlet, said("feed_title", "feed_title"))
    elif host:
        generic = f": its title {title!r} names no outlet" if title else ""
        found["source"] = (host, said("feed", f"the feed's host{generic}"))
    author = known.get("feed_author")
    if isinstance(author, str) and author.strip():
        found["byline"] = (author, said("feed_author", "feed_author"))
    if known.get("feed_updated") is not None:
        why = "feed updated: the entry gives no published date"
        found["date"] = (known["feed_updated"], said("feed_updated", why))
    return found


_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def host_only(value: object, origin: str) -> bool:
    """True when the outlet a page's metadata gives is only a host the outlet table does not
    know ("levant-monitor.example": trafilatura's site name for a page without one), which a
    feed's name beats (a host the table knows is its outlet's name already)."""
    return (
        origin.startswith("page metadata")
        and isinstance(value, str)
        and _HOST.fullmatch(value.strip()) is not None
        and known_outlet(value.strip()) is None
    )
