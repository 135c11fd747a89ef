"""The reader's feed refresh: `F` fetches the corpus's feeds in a worker, then updates the index;
the palette's "Refetch saved pages" does so asking again for the pages already saved.

Nothing touches the network until the key is pressed: `index.fetch.run` loads its HTTP
client only when a fetch starts, and `index.fetch.models` with it (the reader's first screen
imports neither).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import SystemCommand
from textual.message import Message
from textual.worker import Worker

from tui import keymap
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList
from tui.worker_failures import bug_said

if TYPE_CHECKING:  # annotations only: loaded by the fetch
    from index.fetch.models import FetchProgress, FetchReport, FetchSettings

FEED_ACTIONS = frozenset({"refresh_feeds"})
"""The actions of this module's keys (they type into the search bar when it has the focus)."""

REFETCH = "Refetch saved pages"
"""The palette's name for `F` asking again for saved pages (the help says it under `F`)."""


@dataclass
class FeedsProgressed(Message):
    """A feed refresh moved on (a feed or a page)."""

    progress: FetchProgress


@dataclass
class FeedsFetched(Message):
    """A feed refresh finished; ``report`` says what it saved, skipped and failed, ``notes``
    what ``feeds.toml`` holds that its format does not know (fx95)."""

    report: FetchReport
    notes: tuple[str, ...] = ()


@dataclass
class FeedsFailed(Message):
    """A feed refresh could not start or stopped; ``reason`` is one line."""

    reason: str


class FeedRefresh(LibraryScreen):
    """Refreshes the corpus's feeds (`F`) without blocking the screen; reports in the status
    line while it runs, then in a toast, and updates the index when articles arrived (the
    list marks them "new" for the rest of the session)."""

    BINDINGS = keymap.bindings(keymap.FEEDS)

    fetch_settings: FetchSettings | None = None
    """How politely to fetch (None: `FetchSettings` defaults, one request a second a host)."""

    _fetch_cancel: threading.Event | None = None

    def feed_commands(self) -> Iterator[SystemCommand]:
        """The feeds' entry in the command palette: `F` that asks again for the pages the
        corpus holds (`broadsheet fetch --refetch`; sm33: the reader had no way to)."""
        yield SystemCommand(
            REFETCH,
            "Fetch the feeds, asking again for their pages already saved (changed ones are "
            "written over, then indexed)",
            partial(self.action_refresh_feeds, refetch=True),
        )

    def action_refresh_feeds(self, refetch: bool = False) -> None:
        """Fetch every feed of the corpus's ``feeds.toml`` in a worker; with ``refetch``,
        their items already saved are asked for again (`index.fetch.refetch`)."""
        if self._fetch_cancel is not None:
            self.notify("Already fetching the feeds")
            return
        from tui.cli.common import bundled_seeds

        if self.corpus.resolve() == bundled_seeds().resolve():
            self.notify(
                "The bundled seeds follow no feeds: start broadsheet with --corpus on your "
                "own folder, and add feeds with `broadsheet feeds add URL`",
                severity="warning",
                timeout=8,
                markup=False,
            )
            return
        self._fetch_cancel = threading.Event()
        self.busy = "fetching the feeds and saved pages…" if refetch else "fetching the feeds…"
        self.library_checked()
        self._fetch_feeds(self.corpus, self.fetch_settings, self._fetch_cancel, refetch)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds", name="fetch feeds")
    def _fetch_feeds(
        self,
        corpus: Path,
        settings: FetchSettings | None,
        cancel: threading.Event,
        refetch: bool = False,
    ) -> None:
        from index.fetch.feedcheck import feed_file_notes
        from index.fetch.feedlist import feeds_path
        from index.fetch.models import FetchError
        from index.fetch.run import fetch

        def progress(step: FetchProgress) -> None:
            self.post_message(FeedsProgressed(step))

        try:
            report = fetch(
                corpus, settings=settings, refetch=refetch, on_progress=progress, cancel=cancel
            )
        except FetchError as error:
            notes = feed_file_notes(feeds_path(corpus))  # why no feed was read, if so (fx95)
            self.post_message(FeedsFailed("\n".join([str(error), *notes])))
            return
        self.post_message(FeedsFetched(report, tuple(feed_file_notes(feeds_path(corpus)))))

    def on_feeds_progressed(self, message: FeedsProgressed) -> None:
        step = message.progress
        if self._fetch_cancel is not None:
            total = f"/{step.total:,}" if step.total else ""
            self.busy = f"fetching: {step.phase} {step.done:,}{total}"
            self.library_checked()

    def on_feeds_fetched(self, message: FeedsFetched) -> None:
        self._fetch_cancel = None
        self.busy = ""
        report = message.report
        text = f"Feeds: {report.summary}"
        if report.failed:
            first = report.failed[0]
            text += f"\nfailed: {first.url}: {first.reason}"  # whole: the toast wraps it
        text += "".join(f"\n{note}" for note in message.notes)
        warn = report.failed or message.notes
        self.notify(text, severity="warning" if warn else "information", timeout=8, markup=False)
        self.query_one(ArticleList).fresh.update(saved.path for saved in report.new)
        if report.new or report.updated or report.moved:  # the list follows the update
            self.action_update_index()
        else:
            self.library_checked()

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        # the fetch raised what it does not say as a FetchError (an OSError saving, a bug):
        # said as its failures are, and `F` fetches again (rv72: "fetching the feeds…"
        # stood for good, and every `F` after answered "Already fetching the feeds")
        if worker.group == "feeds" and not worker.is_cancelled:
            self.on_feeds_failed(FeedsFailed(bug_said("fetching the feeds", error)))
            return True
        return super().worker_failed(worker, error)

    def on_feeds_failed(self, message: FeedsFailed) -> None:
        self._fetch_cancel = None
        self.busy = ""
        self.notify(message.reason, severity="error", timeout=10, markup=False)
        self.library_checked()

    def on_unmount(self) -> None:
        if self._fetch_cancel is not None:
            self._fetch_cancel.set()  # stop at the next request: quitting never waits long
