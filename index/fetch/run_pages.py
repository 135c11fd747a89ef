"""One fetch run's record and its pages: fetch each queued page and save it into the corpus.

Moved out of `index.fetch.run` (mx42): the run's state (`Run`, the pages queued as `Job`s)
and what is done with each page; the feeds are read and the run is reported there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.fetch.feeds import Entry
from index.fetch.files import free_path, save_page
from index.fetch.models import Feed, FetchError, FetchProgress, Problem, SavedArticle
from index.fetch.names import page_path
from index.fetch.page import read_head, states_a_date, with_charset
from index.fetch.queue import by_host
from index.fetch.refetch import ask_again
from index.fetch.state import FeedState, FetchState
from index.fetch.urls import clean_url, url_key
from index.when import has_time

if TYPE_CHECKING:
    from index.fetch.http import Fetched, PoliteClient

ProgressCallback = Callable[[FetchProgress], None]


@dataclass(frozen=True, slots=True)
class Job:
    """A page to fetch: its link, the feed entry it came from, and the feed."""

    link: str
    entry: Entry | None = None
    feed: Feed | None = None
    feed_title: str = ""
    saved: str | None = None  # refetch: the corpus's copy (its path less the suffix)


@dataclass(slots=True)
class Run:
    root: Path
    client: PoliteClient
    state: FetchState
    known: dict[str, str]
    progress: ProgressCallback
    refetch: bool = False
    new: list[SavedArticle] = field(default_factory=list)
    updated: list[SavedArticle] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    already_saved: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    failed_feeds: set[str] = field(default_factory=set)
    pending: dict[str, FeedState] = field(default_factory=dict)
    feeds_checked: int = 0
    left: dict[str, int] = field(default_factory=dict)  # held back by the cap, by feed


def fetch_pages(run: Run) -> None:
    from index.fetch.http import Failed, Refused

    jobs = by_host(run.jobs)
    for done, job in enumerate(jobs):
        run.progress(FetchProgress("pages", done, len(jobs), job.link))
        if job.saved is None and url_key(job.link) in run.known:
            run.already_saved.append(job.link)  # saved by this run, from another link
            continue
        try:
            if job.saved is not None:
                _ask_again(run, job, job.saved)
                continue
            response = run.client.get(job.link, "page")
        except Refused as error:
            run.skipped.append(Problem(job.link, str(error)))
            continue
        except Failed as error:
            run.failed.append(Problem(job.link, str(error)))
            if job.feed is not None:
                run.failed_feeds.add(job.feed.url)
            continue
        save(run, job, response)
    run.progress(FetchProgress("pages", len(jobs), len(jobs)))


def _ask_again(run: Run, job: Job, saved: str) -> None:
    """``--refetch``: ask for a saved page again; unchanged, written over, or skipped."""
    title = job.entry.title if job.entry is not None else ""
    outcome, said = ask_again(run.root, run.client, job.link, saved, title)
    if outcome == "skipped":
        run.skipped.append(Problem(job.link, said))
    elif outcome == "unchanged":
        run.unchanged.append(job.link)
    else:
        feed = job.feed.url if job.feed else None
        run.updated.append(SavedArticle(job.link, said, title, feed, outcome == "retitled"))


def save(run: Run, job: Job, response: Fetched) -> None:
    head = read_head(response.body, response.url)
    keys = {url_key(job.link), url_key(response.url)}
    if head.canonical:
        keys.add(url_key(head.canonical))
    for key in keys:
        if key in run.known:
            run.skipped.append(Problem(job.link, f"same article as {run.known[key]}"))
            for alias in keys - set(run.known):
                run.state.aliases[alias] = run.known[key]
                run.known[alias] = run.known[key]
            return
    url = head.canonical or clean_url(response.url)
    now = datetime.now(UTC).replace(microsecond=0)
    entry = job.entry
    published = entry.published if entry is not None else None
    rel = free_path(run.root, page_path(url, (published or now).date()), url)
    meta: dict[str, Any] = {}
    if entry is not None and entry.title:
        meta["title"] = entry.title
    if entry is not None and entry.author:
        meta["feed_author"] = entry.author  # the byline when the page gives none (nu34 #2)
    if job.feed is not None and job.feed.name:
        meta["feed_name"] = job.feed.name  # the outlet when the page names none (fx88)
    if published is not None:
        # the page's own date is the article's; the feed's is when the feed listed it, kept
        # beside (nu23 #8); an Atom <updated> alone is the last resort, said so (nu35 #12)
        key = "feed_date" if states_a_date(head.published) else "date"
        key = "feed_updated" if key == "date" and entry and entry.updated_only else key
        timed = published.replace(microsecond=0, tzinfo=UTC)
        meta[key] = timed if has_time(published) else published.date()
    meta["url"] = url
    if head.canonical:
        meta["canonical_url"] = head.canonical
    meta["fetched_url"] = response.url
    if job.link != response.url:
        meta["link"] = job.link
    if job.feed is not None:
        meta["feed"] = job.feed.url
        if job.feed_title:
            meta["feed_title"] = job.feed_title
    meta["fetched_at"] = now
    validators = (("etag", response.etag), ("last_modified", response.last_modified))
    for key, value in (*validators, ("content_type", response.media)):
        if value:
            meta[key] = value
    try:
        save_page(run.root, rel, with_charset(response.body, response.charset, head), meta)
    except OSError as error:
        raise FetchError(f"cannot write into the corpus: {error.strerror or error}") from None
    stem = rel.as_posix().removesuffix(".html")
    for key in keys:
        run.known[key] = stem
    title = entry.title if entry is not None else ""
    run.new.append(SavedArticle(url, rel.as_posix(), title, job.feed.url if job.feed else None))
