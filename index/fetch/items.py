"""Feed items without a link, kept as articles from their own text (nu36 #9: an item
with a title and a description but no link was skipped).

Such an item is saved as a page of its own, ``fetched/FEEDHOST/YYYY-MM-DD/SLUG-HASH.html``,
with a sidecar as any fetched page has (title, date, the feed and its title, author,
the user's name for the feed as ``feed_name``), but no URL: it is known again by its
``feed_item`` key (the feed's address and the item's id, else its title and text), so
that the next fetch saves it only once.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from index.fetch.feeds import Entry
from index.fetch.files import ITEM_KEY, save_page
from index.fetch.models import Feed, FetchError, SavedArticle
from index.fetch.names import FETCHED, host_folder, item_slug
from index.when import has_time

_TAG = re.compile(r"<[a-zA-Z/!]")


def item_key(feed_url: str, entry: Entry) -> str:
    """The key a feed item without a link is known by: its feed and its id, else its title
    and text (never confused with a URL's `url_key`: it has no host)."""
    basis = entry.guid or f"{entry.title}\n{entry.content}"
    digest = hashlib.blake2b(f"{feed_url}\n{basis}".encode("utf-8", "surrogatepass"))
    return f"feed-item:{digest.hexdigest()[:32]}"


def item_page(entry: Entry) -> bytes:
    """An HTML page of the item's title and text (its HTML as the feed gave it, sanitised
    by feedparser; plain text made paragraphs)."""
    title = html.escape(entry.title)
    text = entry.content
    if not _TAG.search(text):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{text}</article></body></html>"
    ).encode()


def save_item(root: Path, feed: Feed, feed_title: str, entry: Entry, key: str) -> SavedArticle:
    """Save a feed item without a link into the corpus, with its sidecar.

    Raises:
        FetchError: The corpus cannot be written.
    """
    now = datetime.now(UTC).replace(microsecond=0)
    day = (entry.published or now).date()
    # the name's hash is the key's: a name held already is this item's own
    name = item_slug(entry.title, key)
    rel = PurePosixPath(FETCHED, host_folder(feed.url), day.isoformat(), name)
    meta: dict[str, Any] = {}
    if entry.title:
        meta["title"] = entry.title
    if entry.author:
        meta["feed_author"] = entry.author
    if feed.name:
        meta["feed_name"] = feed.name  # the outlet when the page names none (fx88)
    if entry.published is not None:  # as `run_pages.save` writes a feed's date (fd34)
        when_key = "feed_updated" if entry.updated_only else "date"
        timed = entry.published.replace(microsecond=0, tzinfo=UTC)
        meta[when_key] = timed if has_time(entry.published) else entry.published.date()
    meta["feed"] = feed.url
    if feed_title:
        meta["feed_title"] = feed_title
    if entry.guid:
        meta["feed_guid"] = entry.guid
    meta[ITEM_KEY] = key
    meta["fetched_at"] = now
    try:
        save_page(root, rel, item_page(entry), meta)
    except OSError as error:
        raise FetchError(f"cannot write into the corpus: {error.strerror or error}") from None
    return SavedArticle("", rel.as_posix(), entry.title, feed.url)
