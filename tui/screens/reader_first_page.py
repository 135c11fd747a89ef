"""The reader's first screen before its index is open: the page kept by the last run.

`tui.first_page` keeps the first hits of the search the reader opens with. On start the
screen shows the rows of that small file (read by the command while the app imported, so
that the first frame has them; else read in a worker), and only after they are painted
starts opening the index, whose work (parsing the listing, Whoosh's files) would
otherwise hold the interpreter while the first screen waits. The real search replaces
the rows when it lands. The page is written again when the reader lists its opening
search of a newer generation, or (restoring the state) the search the next start opens with.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.timer import Timer
from textual.worker import Worker

from index.models import Sort
from tui.first_page import ROWS, FirstPage, PageKey, opening_page, save_page
from tui.messages import HitsCounted, SearchCompleted
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.search_box import SearchBox

SAVE_DELAY = 1.0
"""Seconds the list stays on one search before its first page is written."""


@dataclass
class FirstPageRead(Message):
    """The kept page of the opening search (None: none usable), read in a worker."""

    page: FirstPage | None


class FirstPageMixin(LibraryScreen):
    """What the reader screen adds to show its first rows before the index opens."""

    sort: Sort
    source: str | None
    total: int | None
    total_exact: bool
    shown_query: str | None
    _opening_key: PageKey | None = None
    """The search this run opened with (None until the kept page was looked for)."""
    _page_kept: FirstPage | None = None
    """The page on disk as this run knows it (read at start, or written since)."""
    _page_timer: Timer | None = None

    if TYPE_CHECKING:  # `ReaderSession`'s

        @property
        def remembers(self) -> bool: ...

    def open_library(self) -> None:
        # the command read the page while the modules imported (`PageAhead`): its rows are
        # set before the first frame, which then shows them; else a worker reads it now
        ahead = getattr(self.app, "page_ahead", None)
        read = ahead.take() if ahead is not None else None
        if read is None:
            self._read_first_page()
            return
        self._opening_key, page = read
        self.on_first_page_read(FirstPageRead(page))

    @work(thread=True, exclusive=True, exit_on_error=False, group="first page", name="first page")
    def _read_first_page(self) -> None:
        self._opening_key, page = opening_page(self.index_dir, self.remembers)
        self.post_message(FirstPageRead(page))  # None too when it opens on the story list

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        # reading the kept page raised (a bug): only a preview, the index opens as without
        # one, and the toast says why (fx160: "Opening the index…" stood for good)
        if worker.group == "first page" and not worker.is_cancelled:
            self.on_first_page_read(FirstPageRead(None))
        return super().worker_failed(worker, error)

    def on_first_page_read(self, message: FirstPageRead) -> None:
        page = self._page_kept = message.page
        articles = self.query_one(ArticleList)
        if page is None or page.hits == () or articles.hits or self.library is not None:
            LibraryScreen.open_library(self)
            return
        articles.show(
            list(page.hits),
            with_snippets=bool(page.key[0].strip()),
            more=len(page.hits) < page.total,
        )
        self.total, self.total_exact = page.total, True
        self.shown_query = page.key[0]  # the status line counts hits of a query
        self.library_checked()  # the status line says how many
        # the index opens once these rows are on the screen
        self.call_after_refresh(LibraryScreen.open_library, self)

    @on(SearchCompleted)
    @on(HitsCounted)
    def _keep_first_page(self) -> None:
        # the opening search of a newer generation; or, for a reader that restores its
        # state, the search the next start opens with (once the list has been quiet)
        key = self._shown_key()
        if key is None or (key != self._opening_key and not self.remembers):
            return
        if self._page_timer is not None:
            self._page_timer.stop()
            self._page_timer = None
        if key == self._opening_key:
            self._save_first_page(key)  # stale or missing: written for the next start
        else:
            self._page_timer = self.set_timer(SAVE_DELAY, lambda: self._save_first_page(key))

    def _shown_key(self) -> PageKey | None:
        """The search the article list shows in full, with its exact total (or None)."""
        if self.library is None or not self.total_exact or self.total is None:
            return None
        if getattr(self, "shown_query", None) != self.query_one(SearchBox).value:
            return None
        return (self.query_one(SearchBox).value, self.sort, self.source)

    def _page_now(self, key: PageKey) -> FirstPage | None:
        generation = self.library.generation if self.library is not None else None
        if generation is None or self.total is None:
            return None
        hits = tuple(self.query_one(ArticleList).hits[:ROWS])
        page = FirstPage(generation, key, hits, self.total)
        kept = self._page_kept
        return None if kept is not None and page.rows() == kept.rows() else page

    def _save_first_page(self, key: PageKey) -> None:
        self._page_timer = None
        if not self.is_mounted or self._shown_key() != key:
            return  # the list moved on: its new search is written in its turn
        page = self._page_now(key)
        if page is not None:
            self._page_kept = page
            self._write_first_page(page)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="first page save",
        name="saving the first page",
    )
    def _write_first_page(self, page: FirstPage) -> None:
        with suppress(OSError):  # only ever a preview: the next start lists as before
            save_page(self.index_dir, page)
