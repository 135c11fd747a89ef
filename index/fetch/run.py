"""One fetch run: read feeds, fetch their new articles, save them into the corpus.

`fetch` is what the CLI's ``broadsheet fetch`` and the reader's refresh key call. It
runs in the calling thread (the reader runs it in a thread worker), reports through
``on_progress``, and can be stopped with ``cancel``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.fetch.feedlist import followed_feeds, read_feeds
from index.fetch.feeds import Entry, FeedParseError, parse_feed
from index.fetch.files import (
    corpus_folder,
    fetch_lock,
    known_urls,
    remove_stale_temporaries,
)
from index.fetch.items import item_key, save_item
from index.fetch.models import (
    Feed,
    FetchProgress,
    FetchReport,
    FetchSettings,
    NoFeeds,
    Problem,
)
from index.fetch.opml import OPMLError, looks_like_opml, read_opml
from index.fetch.page import is_page
from index.fetch.queue import left_for_later
from index.fetch.run_pages import Job as _Job
from index.fetch.run_pages import ProgressCallback
from index.fetch.run_pages import Run as _Run
from index.fetch.run_pages import fetch_pages as _fetch_pages
from index.fetch.run_pages import save as _save
from index.fetch.sidecar_form import move_old_sidecars
from index.fetch.sources import plan_sources
from index.fetch.state import FeedState, load_state, save_state
from index.fetch.urls import distinct_saved, url_key

if TYPE_CHECKING:
    from index.fetch.polite import Kind


def fetch(
    corpus: Path,
    sources: Sequence[str] = (),
    *,
    settings: FetchSettings | None = None,
    limit: int | None = None,
    since: datetime | None = None,
    refetch: bool = False,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    transport: Any = None,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> FetchReport:
    """Fetch feeds and pages into the corpus folder, politely; the index is not touched.

    Each new article is saved as ``fetched/HOST/YYYY-MM-DD/SLUG-HASH.html`` with a
    ``.meta.toml`` sidecar (url, fetched_url, fetched_at, canonical_url, etag,
    last_modified, content_type; title, feed_name, date and feed only from a feed: a page
    fetched by its address states its own, which the index reads). Articles already in
    the corpus are not asked for again (``already_saved``) unless ``refetch``; a feed that
    has not changed since the last complete fetch answers 304 and costs nothing. Sidecars
    saved before fx88 are moved to the new form first (`index.fetch.sidecar_form`). Run
    ``index.store.update.update`` afterwards to index what was saved (or moved).

    Args:
        corpus: The corpus folder.
        sources: Feed or article URLs, OPML files, text files of URLs; none for every
            feed in the corpus's ``feeds.toml``.
        settings: Politeness and limits (`FetchSettings` defaults when None).
        limit: Most new articles taken from each feed in this run (newest first).
        since: Leave out feed entries published before this (naive UTC).
        refetch: Ask again for the pages the corpus holds (given URLs and feeds' items;
            feeds asked unconditionally), with their validators; a changed page is
            written over in place (`index.fetch.refetch`).
        on_progress: Called with `FetchProgress` before each feed and each page.
        cancel: Set it (from any thread) to stop at the next request or wait.
        transport: An httpx transport, for tests.
        clock: A monotonic clock, for tests.
        sleep: A sleep function, for tests.

    Returns:
        What was saved, unchanged, skipped and failed, with reasons.

    Raises:
        FetchError: The corpus is not a folder, ``feeds.toml`` is unusable, there is
            nothing to fetch, or another fetch into the corpus is running.
    """
    from index.fetch.http import Cancelled, PoliteClient  # httpx loads only now

    started = time.perf_counter()
    root = corpus_folder(corpus)
    plan = plan_sources(sources)
    feeds = list(plan.feeds)
    urls = list(plan.urls)
    if sources:
        feeds, urls = _as_followed(root, feeds, urls)
    else:
        feeds = read_feeds(root)
        if not feeds:
            raise NoFeeds("this corpus follows no feeds: add one with `broadsheet feeds add URL`")
    settings = settings or FetchSettings()
    if since is not None and since.tzinfo is not None:
        since = since.astimezone(UTC).replace(tzinfo=None)
    cap = settings.max_new_per_feed if limit is None else min(limit, settings.max_new_per_feed)
    with fetch_lock(root):
        remove_stale_temporaries(root)
        moved = move_old_sidecars(root, followed_feeds(root))  # saved before fx88 (fx95)
        state = load_state(root)
        odd: list[str] = []
        known = known_urls(root, odd)
        known.update(state.aliases)
        options: dict[str, Any] = {"transport": transport, "cancel": cancel, "sleep": sleep}
        if clock is not None:
            options["clock"] = clock
        with PoliteClient(settings, state, **options) as client:
            run = _Run(root, client, state, known, on_progress or (lambda _: None), refetch)
            run.skipped.extend([*plan.problems, *(Problem(o, "not a regular file") for o in odd)])
            cancelled = False
            try:
                _read_feeds(run, feeds, urls, cap, since)
                _fetch_pages(run)
                _keep_validators(run)
            except Cancelled:
                cancelled = True
            finally:
                save_state(root, state)
    return FetchReport(
        new=tuple(run.new),
        unchanged=tuple(run.unchanged),
        already_saved=distinct_saved(run.already_saved, run.known),  # articles (nu57 #5)
        updated=tuple(run.updated),
        skipped=tuple(run.skipped),
        failed=tuple(run.failed),
        feeds=run.feeds_checked,
        left=tuple(run.left.items()),
        cap=cap,
        requests=client.requests,
        cancelled=cancelled,
        moved=moved,
        seconds=time.perf_counter() - started,
    )


def _as_followed(root: Path, feeds: list[Feed], urls: list[str]) -> tuple[list[Feed], list[str]]:
    """Feeds and URLs given on the command line, as the corpus follows them (with names)."""
    followed = {url_key(f.url): f for f in followed_feeds(root)}
    feeds = [followed.get(url_key(f.url), f) for f in feeds]
    feeds += [followed[url_key(u)] for u in urls if url_key(u) in followed]
    return feeds, [u for u in urls if url_key(u) not in followed]


def _read_feeds(
    run: _Run, feeds: list[Feed], urls: list[str], limit: int | None, since: datetime | None
) -> None:
    """Fetch each feed (and each URL that may be one) and queue their new articles."""
    from index.fetch.http import Failed, Refused

    todo: list[tuple[Feed, bool]] = [(f, False) for f in feeds] + [(Feed(u), True) for u in urls]
    given = len(todo)  # an OPML list among these adds its feeds to the end (not read as OPML)
    done = -1
    while done + 1 < len(todo):
        done += 1
        feed, either = todo[done]
        run.progress(FetchProgress("feeds", done, len(todo), feed.url))
        if either and url_key(feed.url) in run.known:
            saved = run.known[url_key(feed.url)]
            if run.refetch and all(job.saved != saved for job in run.jobs):
                run.jobs.append(_Job(feed.url, saved=saved))
            else:
                run.already_saved.append(feed.url)  # an article the corpus has: not asked
            continue
        # --refetch: a feed unchanged since the last fetch still lists its items
        known = FeedState() if run.refetch else run.state.feeds.get(feed.url, FeedState())
        kind: Kind = "any" if either else "feed"
        try:
            response = run.client.get(
                feed.url, kind, etag=known.etag, last_modified=known.last_modified
            )
        except Refused as error:
            run.skipped.append(Problem(feed.url, str(error)))
            continue
        except Failed as error:
            run.failed.append(Problem(feed.url, str(error)))
            continue
        if response.not_modified:
            run.feeds_checked += 1
            run.unchanged.append(feed.url)
            continue
        if either and is_page(response):
            _save(run, _Job(feed.url), response)  # an article, not a feed
            continue
        if done < given and looks_like_opml(response.body):
            _list_feeds(run, todo, feed.url, response.body)  # never remembered: read each time
            continue
        try:
            parsed = parse_feed(response.body, response.url, response.media or None)
        except FeedParseError as error:
            run.failed.append(Problem(feed.url, str(error)))
            continue
        run.feeds_checked += 1
        if parsed.warning:
            run.skipped.append(Problem(feed.url, parsed.warning))
        entries = sorted(
            parsed.entries,
            key=lambda e: e.published.timestamp() if e.published else float("-inf"),
            reverse=True,
        )
        complete = _queue_entries(run, feed, parsed.title, entries, limit, since)
        title = parsed.title or None
        run.state.feeds.setdefault(feed.url, FeedState()).title = title  # for feeds export
        if complete:
            stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
            run.pending[feed.url] = FeedState(response.etag, response.last_modified, stamp, title)
    run.progress(FetchProgress("feeds", len(todo), len(todo)))


def _list_feeds(run: _Run, todo: list[tuple[Feed, bool]], url: str, data: bytes) -> None:
    """Queue the feeds an OPML list fetched from ``url`` names (nu29 #8: one served as
    application/octet-stream was "not a feed"), the corpus's name for those it follows."""
    try:
        listed = read_opml(data)
    except OPMLError as error:
        run.failed.append(Problem(url, str(error)))
        return
    run.skipped.extend(listed.problems)
    queued = {url_key(feed.url) for feed, _ in todo}
    followed = {url_key(f.url): f for f in followed_feeds(run.root)}
    for feed in listed.feeds:
        key = url_key(feed.url)
        if key not in queued:
            queued.add(key)
            todo.append((followed.get(key, feed), False))


def _queue_entries(
    run: _Run,
    feed: Feed,
    title: str,
    entries: list[Entry],
    limit: int | None,
    since: datetime | None,
) -> bool:
    """Queue the entries not yet in the corpus; False when ``limit`` left some for later."""
    taken = 0
    queued = {url_key(job.link) for job in run.jobs} | {j.saved for j in run.jobs if j.saved}
    for n, entry in enumerate(entries):
        if entry.link is None and entry.content and entry.problem == "item has no link":
            if (limit is None or taken < limit) and _keep_item(run, feed, title, entry, since):
                taken += 1  # kept from its own text (nu36 #9); else saved already, or old
            elif limit is not None and taken >= limit:
                return _held_back(run, feed, entries[n:], queued, since)
            continue
        if entry.link is None:
            run.skipped.append(Problem(f"{feed.url} ({entry.title[:60]})", entry.problem))
            continue
        key = url_key(entry.link)
        old = since is not None and entry.published is not None and entry.published < since
        saved = run.known.get(key)
        if key in queued or (saved is not None and (saved in queued or old or not run.refetch)):
            run.already_saved.append(entry.link)
            continue
        if saved is not None:  # --refetch: asked again, beyond the limit of new ones
            queued.update((key, saved))
            run.jobs.append(_Job(entry.link, entry, feed, title, saved))
            continue
        if old:
            run.skipped.append(Problem(entry.link, f"published before {since:%Y-%m-%d}"))
            continue
        if limit is not None and taken >= limit:
            return _held_back(run, feed, entries[n:], queued, since)
        taken += 1
        queued.add(key)
        run.jobs.append(_Job(entry.link, entry, feed, title))
    return True


def _held_back(
    run: _Run, feed: Feed, rest: list[Entry], queued: set[str], since: datetime | None
) -> bool:
    """Count what the cap leaves for the next fetch, for the report (nu43 #1); False."""
    if left := left_for_later(feed.url, rest, run.known, queued, since):
        run.left[feed.url] = left
    return False


def _keep_item(run: _Run, feed: Feed, title: str, entry: Entry, since: datetime | None) -> bool:
    """Save a feed item without a link (`index.fetch.items`); False: saved before, or old."""
    key = item_key(feed.url, entry)
    where = f"{feed.url} ({entry.title[:60]})"
    if key in run.known:
        run.already_saved.append(where)
    elif since is not None and entry.published is not None and entry.published < since:
        run.skipped.append(Problem(where, f"published before {since:%Y-%m-%d}"))
    else:
        run.new.append(save_item(run.root, feed, title, entry, key))
        run.known[key] = run.new[-1].path.removesuffix(".html")
        return True
    return False


def _keep_validators(run: _Run) -> None:
    """Remember the validators of the feeds whose every new article was handled."""
    for url, validators in run.pending.items():
        if url not in run.failed_feeds:
            run.state.feeds[url] = validators
