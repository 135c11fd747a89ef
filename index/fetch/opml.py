"""OPML files of feeds: read the feeds a file lists, write the feeds a corpus follows.

A feed's name (the one the user gave, `feeds add --name`) and its title (what the feed
calls itself) differ: a name is the articles' outlet when a page names none, a title never
is (fx88, nu43 #1: an export wrote titles where import read names, and a page of CNN came
back as "Capitol Wire"). So an export writes an outline's ``text`` as readers show it (the
name, else the title, else the address), its ``title`` as the feed's own title (OPML 2.0's
meaning) and the name, when there is one, in ``broadsheet:name`` (namespace `NAMESPACE`);
an import reads a name only from ``broadsheet:name``, and another reader's ``text`` or
``title`` as the feed's title only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from index.fetch.models import Feed, Problem
from index.fetch.urls import BadURL, check_url, url_key
from index.ingest.sanitize import sanitize

MAX_OPML_BYTES = 5 * 1024 * 1024
NAMESPACE = "urn:broadsheet:opml"
"""The namespace of broadsheet's own outline attribute, ``broadsheet:name``."""
_NAME = f"{{{NAMESPACE}}}name"
ElementTree.register_namespace("broadsheet", NAMESPACE)
_SPACES = re.compile(r"\s+")


class OPMLError(ValueError):
    """The file is not a usable OPML file; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class OPMLFeeds:
    """The feeds an OPML file lists, and its outlines that were left out (with reasons);
    ``titles`` are the feeds' titles the outlines give, by URL (never names: fx88)."""

    feeds: tuple[Feed, ...]
    problems: tuple[Problem, ...]
    titles: Mapping[str, str] = field(default_factory=dict)


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
    titles: dict[str, str] = {}
    for outline in root.iter():
        if not isinstance(outline.tag, str) or outline.tag.rsplit("}", 1)[-1] != "outline":
            continue
        attributes = {k.lower(): v for k, v in outline.attrib.items()}
        url = attributes.get("xmlurl")
        if url is None:
            continue  # a folder of feeds, or a plain outline
        try:
            feed = Feed(check_url(url), outline_name(attributes))
        except BadURL as error:
            problems.append(Problem(url[:200], str(error)))
            continue
        feeds.append(feed)
        title = outline_title(attributes, feed.url, named=feed.name is not None)
        if title:
            titles[feed.url] = title
    return OPMLFeeds(tuple(feeds), tuple(problems), titles)


def outline_name(attributes: Mapping[str, str]) -> str | None:
    """The name the user gave a feed, as a broadsheet export writes it (``broadsheet:name``),
    or None: another reader's ``text`` or ``title`` is the feed's title, not a name, so it
    never becomes the articles' outlet (fx88, nu43 #1)."""
    name = sanitize(attributes.get(_NAME) or "").strip()
    return name or None


def outline_title(attributes: Mapping[str, str], url: str, named: bool = False) -> str | None:
    """The feed's title an outline gives: its ``title``, else (when it gives no name) its
    ``text``, spaces made single as a fetched title's are; None when it has none or it is
    only the feed's address (our exports before nu36 wrote the URL). A named outline's
    ``text`` is its name, not a title."""
    said = attributes.get("title") or ("" if named else attributes.get("text")) or ""
    title = _SPACES.sub(" ", sanitize(said)).strip()
    if not title or ("://" in title and url_key(title) == url_key(url)):
        return None
    return title


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
    """An OPML 2.0 document listing ``feeds`` (what other feed readers import): each
    outline's ``text`` is the name the user gave its feed, else the title the feed gave
    when last fetched (``titles``, by URL), else its URL (nu36 #10); its ``title`` the
    feed's title when known; its ``broadsheet:name`` the name, when it has one, which
    `read_opml` reads back as the name (fx88: a title never comes back as a name)."""
    titles = titles or {}
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        feed_title = titles.get(feed.url)
        attributes = {"type": "rss", "text": feed.name or feed_title or feed.url}
        if feed_title:
            attributes["title"] = feed_title
        attributes["xmlUrl"] = feed.url
        if feed.name:
            attributes[_NAME] = feed.name
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    xml = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n'
