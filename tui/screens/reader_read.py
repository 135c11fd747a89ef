"""The reader keeps which articles were read, between starts: unread titles bold in the
list, "3 unread" on the status line, `U` to toggle one and `A` to mark the list read.

An article is read once the user opens it (enter, or the focus in the pane showing it) or
once it has stayed in the pane for `READ_DWELL` seconds, as a mail reader's preview does:
the cursor crossing rows, and the article shown at start, mark nothing (nu40 #11).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.message import Message
from textual.timer import Timer

from tui.read_marks import ReadMarks, load_read, read_path, save_read
from tui.reader_state import StateDamaged
from tui.screens.library_screen import LibraryScreen, one_line
from tui.screens.notebook_wait import pane_not_coming
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane

READ_ACTIONS = frozenset({"toggle_read", "mark_list_read"})
"""The screen's actions on what was read (their keys type into the search bar)."""
READ_SAVE_DELAY = 2.0
"""Seconds of quiet after a change before the marks are written (and always on quit)."""
READ_DWELL = 2.0
"""Seconds an article stays in the pane, not opened, before it counts as read."""


@dataclass
class ReadLoaded(Message):
    """The marks saved for the corpus; ``notice``: why none were (a damaged file), or ""."""

    marks: ReadMarks
    notice: str = ""


class ReadTracking(LibraryScreen):
    """What the reader screen adds to keep the articles read: the screen calls
    `load_read_marks` when it restores its session and `article_shown` when the pane
    shows an article. Only a reader that restores its state keeps them (`--no-restore`
    neither reads nor writes the file, and the list looks as it always did)."""

    _read_early: list[str] | None = None
    """Articles shown before the marks were read from the file (merged when they come)."""
    _read_timer: Timer | None = None
    _marks_read: ReadMarks | None = None
    _read_dirty = False
    _dwell_timer: Timer | None = None
    _dwell_held: str | None = None
    """The article whose dwell waits while another screen is over the reader."""
    pane_opened = False
    """Whether the user opened the pane's article (enter, `l`, the pane focused), not only
    previewed it: a search that then lists nothing leaves it there to read."""
    _pending: str | None = None
    """The article the pane is loading (the screen sets it), until it is shown."""
    read_dwell = READ_DWELL
    """Seconds an article shown, not opened, stays before it is read (a test shortens it)."""

    if TYPE_CHECKING:  # the reader screen's
        showing_stories: bool
        _token: int
        _opening: str | None
        total: int | None

        @property
        def remembers(self) -> bool: ...

        def _update_status(self) -> None: ...

    @property
    def read_marks(self) -> ReadMarks | None:
        """The marks, once read from the file (None before, or when not kept)."""
        return self._marks_read

    def load_read_marks(self) -> None:
        """Read the marks from the file in a worker (when the reader keeps its state)."""
        if self.remembers:
            self._read_early = []
            self._load_read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="read", name="load read")
    def _load_read(self) -> None:
        try:
            marks = load_read(read_path(self.index_dir))
        except StateDamaged as error:
            self.post_message(ReadLoaded(ReadMarks(), f"Articles read start afresh: {error}"))
            return
        self.post_message(ReadLoaded(marks))

    def on_read_loaded(self, message: ReadLoaded) -> None:
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=8, markup=False)
        marks = message.marks
        for article_id in self._read_early or ():
            marks.mark(article_id)
        self._read_early = None
        self._marks_read = self.query_one(ArticleList).read = marks
        self.read_changed()

    def article_shown(self, article_id: str, *, opened: bool = False) -> None:
        """The pane shows ``article_id``: read at once when ``opened`` (or the pane has
        the focus), else once it has stayed there `read_dwell` seconds."""
        self._stop_dwell()
        self.pane_opened = opened or self.query_one(ReadingPane).has_focus
        if self.pane_opened:
            self._mark_read(article_id)
        else:
            self._dwell_timer = self.set_timer(self.read_dwell, partial(self._dwelt, article_id))

    def _dwelt(self, article_id: str) -> None:
        self._dwell_timer = None
        shown = self.query_one(ReadingPane).article
        if shown is not None and shown.id == article_id:
            self._mark_read(article_id)

    @on(events.ScreenSuspend)
    def _dwell_paused(self) -> None:
        """Another screen over the reader (help, a story, a comparison): the article in the
        pane is not being read there, so its dwell waits (rv41 #4: it was marked read)."""
        pane = self.query_one(ReadingPane)
        if self._dwell_timer is not None and pane.article is not None:
            self._stop_dwell()
            self._dwell_held = pane.article.id

    @on(events.ScreenResume)
    def _dwell_resumed(self) -> None:
        held, self._dwell_held = self._dwell_held, None
        pane = self.query_one(ReadingPane)
        if held is not None and pane.article is not None and pane.article.id == held:
            self.article_shown(held)  # the dwell starts again

    def _stop_dwell(self) -> None:
        if self._dwell_timer is not None:
            self._dwell_timer.stop()
            self._dwell_timer = None

    @on(events.DescendantFocus)
    def _pane_focused(self, event: events.DescendantFocus) -> None:
        pane = self.query_one(ReadingPane)
        if event.widget is pane and pane.article is not None:  # the user reads it there
            if self._pending not in (None, pane.article.id):
                return  # another article still loading (`j j enter`): read once shown (rv41 #2)
            self._stop_dwell()
            self._mark_read(pane.article.id)

    def _not_loaded(self, token: int, gone: str) -> None:
        """The article of load ``token`` is not in the index: ``gone`` said, if anything."""
        if gone:
            self.notify(gone, severity="warning")
        if token == self._token:  # `n` waits for it no more (`pane_loading`)
            failed, self._pending, self._opening = self._pending, None, None
            pane_not_coming(self, failed, gone or "This article is no longer in the index")

    def _mark_read(self, article_id: str) -> None:
        if self._read_early is not None:
            self._read_early.append(article_id)
        elif self.read_marks is not None and self.read_marks.mark(article_id):
            self.read_changed()

    def read_changed(self) -> None:
        """The marks changed: the list and status line say so; written after a moment."""
        self.query_one(ArticleList).refresh()
        self._update_status()
        self._read_dirty = True
        if self._read_timer is not None:
            self._read_timer.stop()
        self._read_timer = self.set_timer(READ_SAVE_DELAY, self._save_read_soon)

    def unread_said(self) -> list[str]:
        """The status line's "3 unread" of the rows listed ([] when none are kept, or the
        list shows stories). While the list holds only its first rows of more (`G` or
        scrolling adds them) it says of how many: "98 of 100 listed unread" (nu45 #9:
        "showing 100 of 150 | 98 unread" became "142 unread" after `G`, read as of all)."""
        marks, rows = self.read_marks, self.query_one(ArticleList)
        if marks is None or not rows.hits or self.showing_stories:
            return []
        unread = marks.unread(hit.id for hit in rows.hits)
        if (self.total or 0) > len(rows.hits):
            return [f"{unread:,} of {len(rows.hits):,} listed unread"]
        return [f"{unread:,} unread"]

    def action_toggle_read(self) -> None:
        """`U`: the article under the cursor read, or unread again."""
        marks, current = self.read_marks, self.query_one(ArticleList).current
        if marks is None or current is None:
            return
        if not marks.unmark(current.id):
            marks.mark(current.id)
        self.read_changed()

    def action_mark_list_read(self) -> None:
        """`A`: every article listed read."""
        marks, rows = self.read_marks, self.query_one(ArticleList)
        if marks is None or not rows.hits:
            return
        for hit in rows.hits:
            marks.mark(hit.id)
        self.read_changed()

    def _save_read_soon(self) -> None:
        self._read_timer = None
        if self.read_marks is not None and self._read_dirty:
            self._read_dirty = False
            self._save_read(list(self.read_marks))

    @work(thread=True, exclusive=True, exit_on_error=False, group="read-save", name="save read")
    def _save_read(self, ids: list[str]) -> None:
        try:
            save_read(read_path(self.index_dir), ids)
        except OSError as error:
            self.app.call_from_thread(
                self.notify, f"Cannot save the articles read: {one_line(error)}", markup=False
            )

    def on_unmount(self) -> None:
        self._stop_dwell()
        if self._read_timer is not None:
            self._read_timer.stop()
        marks = self._marks_read if self._read_dirty else None
        if marks is not None:  # the widgets are gone: the marks the screen holds
            # a small file, written as the reader closes; nowhere left to say it failed
            with suppress(OSError):
                save_read(read_path(self.index_dir), list(marks))
