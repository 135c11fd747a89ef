"""The feeds a corpus follows: ``feeds.toml`` in the corpus folder, one ``[[feed]]`` each.

The list lives in the corpus, not in the user's settings, so the folder describes
itself: copied, shared or put under version control, it still says where its
articles come from, and two corpora can follow different feeds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.fetch.feedfile import feed_rows, feeds_text
from index.fetch.files import atomic_write
from index.fetch.models import Feed, FetchError, Problem
from index.fetch.opml import OPMLFeeds, read_opml_file
from index.fetch.urls import BadURL, check_url, url_key
from index.ingest.files import read_state_bytes
from index.ingest.sanitize import sanitize

FEEDS_FILE = "feeds.toml"
_HEADER = (
    "# The feeds `broadsheet fetch` refreshes into this corpus. Edit freely: one [[feed]]\n"
    "# table each, with a `url` and, if you like, a `name` (the outlet when a page names none).\n\n"
)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing an OPML file did: feeds added, already followed, and left out."""

    added: tuple[Feed, ...]
    already: tuple[Feed, ...]
    problems: tuple[Problem, ...]


def feeds_path(root: Path) -> Path:
    """Where a corpus keeps its feed list."""
    return Path(root) / FEEDS_FILE


def _feed(row: Any, where: str) -> Feed:
    if not isinstance(row, dict):
        raise FetchError(f"{where}: expected a table with a 'url'")
    url, name, added = row.get("url"), row.get("name"), row.get("added")
    if not isinstance(url, str):
        raise FetchError(f"{where}: 'url' is missing or not text")
    try:
        url = check_url(url)
    except BadURL as error:
        raise FetchError(f"{where}: {error}") from None
    if name is not None and not isinstance(name, str):
        raise FetchError(f"{where}: 'name' should be text")
    if added is not None and not isinstance(added, datetime):
        added = None  # a hand-written date in another form is no reason to stop
    name = sanitize(name).strip() if name else None
    return Feed(url, name or None, added)


def read_feeds(root: Path) -> list[Feed]:
    """The feeds the corpus follows, in the file's order; [] when it has no feed list.

    Raises:
        FetchError: ``feeds.toml`` is not valid TOML, or a feed in it is unusable.
    """
    path = feeds_path(root)
    try:
        raw = read_state_bytes(path)  # a FIFO is refused, never waited on (fx166)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise FetchError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")  # a BOM (Windows editors): no TOML error
    except UnicodeDecodeError as error:
        raise FetchError(f"cannot read {path}: {not_utf8(raw, error)}") from None
    return once_each(_parsed(text, str(path)))


def not_utf8(raw: bytes, error: UnicodeDecodeError) -> str:
    """What is wrong with a file that is not UTF-8, in words (nu64 #7: "'utf-8' codec can't
    decode byte 0xff in position 30: invalid start byte"): the byte, its line and column."""
    line = raw.count(b"\n", 0, error.start) + 1
    column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
    byte = raw[error.start : error.start + 1].hex()
    return f"not UTF-8 text (byte 0x{byte} on line {line}, column {column}): save it as UTF-8"


def once_each(feeds: list[Feed]) -> list[Feed]:
    """``feeds`` with a feed listed twice (the same `url_key`) kept once, where it is first
    listed (nu64 #7: `feeds list` showed it twice; `feedcheck` says "listed twice")."""
    seen: set[str] = set()
    kept = []
    for feed in feeds:
        if url_key(feed.url) not in seen:
            seen.add(url_key(feed.url))
            kept.append(feed)
    return kept


def _parsed(text: str, where: str) -> list[Feed]:
    return [_feed(row, f"{where} feed {n}") for n, row in enumerate(feed_rows(text, where), 1)]


def write_feeds(root: Path, feeds: Iterable[Feed]) -> None:
    """Replace the feed list atomically, as ``[[feed]]`` tables (nu43 #2): each feed kept
    keeps its table's text and comments; a file in the inline ``feed = [...]`` form is
    written afresh, keeping only the comments it opens with."""
    path = feeds_path(root)
    try:
        old: str | None = read_state_bytes(path).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        old = None
    text = feeds_text(old, list(feeds), _HEADER, lambda t: _parsed(t, str(path)))
    atomic_write(path, text.encode("utf-8"))


def feed_titles(root: Path) -> dict[str, str]:
    """The title each feed gave when last fetched, by its URL (from the fetch state)."""
    from index.fetch.state import load_state

    return {url: f.title for url, f in load_state(root).feeds.items() if f.title}


def keep_title(root: Path, url: str, title: str) -> None:
    """Remember the title a feed gave when `feeds add` checked it, so that `feeds list`
    names it at once (nu43 #7: empty until the first fetch); a fetch running now keeps
    the title it reads instead."""
    from index.fetch.files import fetch_lock
    from index.fetch.models import FetchLocked
    from index.fetch.state import FeedState, load_state, save_state

    try:
        with fetch_lock(root):
            state = load_state(root)
            state.feeds.setdefault(url, FeedState()).title = title
            save_state(root, state)
    except FetchLocked:
        pass


def followed_feeds(root: Path) -> list[Feed]:
    """The feeds the corpus follows, or [] when ``feeds.toml`` is unusable."""
    try:
        return read_feeds(root)
    except FetchError:
        return []  # a broken feeds.toml is no reason to refuse explicit sources


def add_feed(root: Path, url: str, name: str | None = None) -> Feed:
    """Follow a feed.

    Returns:
        The feed as written.

    Raises:
        FetchError: The URL is not http(s), or the corpus follows it already.
    """
    try:
        url = check_url(url)
    except BadURL as error:
        raise FetchError(str(error)) from None
    feeds = read_feeds(root)
    for known in feeds:
        if url_key(known.url) == url_key(url):
            raise FetchError(f"already followed: {known.url}")
    feed = Feed(url, sanitize(name).strip() or None if name else None, _now())
    write_feeds(root, [*feeds, feed])
    return feed


def remove_feed(root: Path, url_or_name: str) -> Feed:
    """Stop following a feed, given by its URL or its name.

    Raises:
        FetchError: No feed of the corpus has that URL or name.
    """
    feeds = read_feeds(root)
    wanted = url_or_name.strip()
    for feed in feeds:
        same_url = url_key(feed.url) == url_key(wanted) if "://" in wanted else False
        if same_url or (feed.name is not None and feed.name.casefold() == wanted.casefold()):
            write_feeds(root, [f for f in feeds if f is not feed])
            return feed
    raise FetchError(f"no feed with that URL or name: {wanted[:120]}")


def import_opml(root: Path, path: Path) -> ImportReport:
    """Follow every feed an OPML file lists (those followed already are left as they are).

    Raises:
        FetchError: The file is unreadable or not OPML.
    """
    from index.fetch.opml import OPMLError

    try:
        listed = read_opml_file(path)
    except OPMLError as error:
        raise FetchError(f"{path}: {error}") from None
    return follow_listed(root, listed)


def follow_listed(root: Path, listed: OPMLFeeds) -> ImportReport:
    """Follow every feed of an OPML list (read from a file, or fetched by `feeds add`).

    Raises:
        FetchError: ``feeds.toml`` is unusable.
    """
    feeds = read_feeds(root)
    keys = {url_key(f.url) for f in feeds}
    added: list[Feed] = []
    already: list[Feed] = []
    for feed in listed.feeds:
        key = url_key(feed.url)
        if key in keys:
            already.append(feed)
            continue
        keys.add(key)
        added.append(Feed(feed.url, feed.name, _now()))
    if added:
        write_feeds(root, [*feeds, *added])
        _keep_titles(root, added, listed.titles)
    return ImportReport(tuple(added), tuple(already), listed.problems)


def _keep_titles(root: Path, added: Iterable[Feed], titles: Mapping[str, str]) -> None:
    """Remember the titles an OPML list gives its feeds newly followed, as a fetch
    remembers a feed's title (what `feeds list` and `feeds export` call an unnamed feed)
    until the feed is fetched and gives its own: a title, never a name (fx88, nu43 #1)."""
    from index.fetch.state import FeedState, load_state, save_state

    state = load_state(root)
    changed = False
    for feed in added:
        title = titles.get(feed.url)
        if title and not (state.feeds.get(feed.url) or FeedState()).title:
            state.feeds.setdefault(feed.url, FeedState()).title = title
            changed = True
    if changed:
        save_state(root, state)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
