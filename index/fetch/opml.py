"""OPML files of feeds: read the feeds a file lists, write the feeds a corpus follows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from index.fetch.models import Feed, Problem
from index.fetch.urls import BadURL, check_url, url_key
from index.text.feed_facts import feed_outlet

MAX_OPML_BYTES = 5 * 1024 * 1024
_SPACES = re.compile(r"\s+")


class OPMLError(ValueError):
    """The file is not a usable OPML file; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class OPMLFeeds:
    """The feeds an OPML file lists, and its outlines that were left out (with reasons)."""

    feeds: tuple[Feed, ...]
    problems: tuple[Problem, ...]


def looks_like_opml(data: bytes) -> bool:
    """Whether bytes are an OPML document by their content (an ``<opml`` element near the
    start), whatever the file's name or the server's content type (nu29 #8)."""
    return b"<opml" in data[:1024].lower()


def read_opml(data: bytes) -> OPMLFeeds:
    """The feeds (``outline`` elements with an ``xmlUrl``, at any depth) of an OPML document.

    Raises:
        OPMLError: The bytes are too large, not XML, not OPML, or declare entities.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OPMLError(f"OPML file too large ({len(data):,} bytes; limit {MAX_OPML_BYTES:,})")
    if b"<!ENTITY" in data:
        # no feed list needs entities; refusing them rules out entity expansion attacks
        raise OPMLError("OPML file declares XML entities; refused")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise OPMLError(f"not valid XML ({error})") from None
    if root.tag.rsplit("}", 1)[-1].lower() != "opml":
        raise OPMLError(f"not an OPML file (its root element is <{root.tag[:40]}>)")
    feeds: list[Feed] = []
    problems: list[Problem] = []
    for outline in root.iter():
        if not isinstance(outline.tag, str) or outline.tag.rsplit("}", 1)[-1] != "outline":
            continue
        attributes = {k.lower(): v for k, v in outline.attrib.items()}
        url = attributes.get("xmlurl")
        if url is None:
            continue  # a folder of feeds, or a plain outline
        try:
            feeds.append(Feed(check_url(url), outline_name(attributes, url)))
        except BadURL as error:
            problems.append(Problem(url[:200], str(error)))
    return OPMLFeeds(tuple(feeds), tuple(problems))


_GENERIC = frozenset(
    (
        *("rss", "atom", "rdf", "xml", "feed", "feeds", "news", "syndication", "subscription"),
        *("home", "main", "default", "untitled", "all", "latest"),
        *("rss feed", "atom feed", "news feed", "web feed", "untitled feed", "rss rdf"),
    )
)
"""Outline names that say what a feed is, not whose: "Atom", "RSS 2.0", "Feed"."""
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def outline_name(attributes: dict[str, str], url: str) -> str | None:
    """The outlet an outline names for its feed (its ``title``, else its ``text``), or None
    when the name is no name: generic ("Atom", "RSS 2.0", "Feed"), its own ``type``, or its
    own address (our exports before nu36 wrote the URL). Without a name, the feed's own
    title names its articles' outlet when fetched (nu36 #9: an outline "Atom" was the outlet
    of a feed titled "NYT > World News"). An outline's name is by custom its feed's title,
    so it is read as the index reads a feed's title (`feed_outlet`): cut at its separators
    and matched to the outlet table ("NYT > World News" is The New York Times, "Valley
    Gazette > Local" Valley Gazette); any other name ("Odd") is the user's, and kept."""
    name = _SPACES.sub(" ", (attributes.get("title") or attributes.get("text") or "")).strip()
    words = _NOT_LETTERS.sub(" ", name.lower()).strip()
    kind = _NOT_LETTERS.sub(" ", (attributes.get("type") or "").lower()).strip()
    address = "://" in name and url_key(name) == url_key(url)
    if not words or words in _GENERIC or words == kind or address:
        return None
    return feed_outlet(name) or name


def read_opml_file(path: Path) -> OPMLFeeds:
    """`read_opml` on a file.

    Raises:
        OPMLError: The file cannot be read or is not usable OPML.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as error:
        raise OPMLError(f"cannot read {path}: {error.strerror or error}") from None
    return read_opml(data)


def write_opml(
    feeds: Iterable[Feed], titles: Mapping[str, str] | None = None, title: str = "broadsheet feeds"
) -> str:
    """An OPML 2.0 document listing ``feeds`` (what other feed readers import), each
    outline named for its feed: the name the user gave it, else the title the feed gave
    when last fetched (``titles``, by URL), else its URL (nu36 #10: every outline was
    titled with its URL)."""
    titles = titles or {}
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        name = feed.name or titles.get(feed.url) or feed.url
        ElementTree.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    ElementTree.indent(root)
    xml = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n'
