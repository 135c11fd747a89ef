"""The reader restores its last query, sort, outlet, list mode and article on the next start."""

from __future__ import annotations

import sys
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual import on, work
from textual.events import ScreenResume, ScreenSuspend
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker

from index.library import Library, QueryError
from index.models import Article, Sort
from tui.key_waits import input_held
from tui.query_history import QueryHistory
from tui.reader_state import ReaderState, StateDamaged, load_state, save_state, state_path
from tui.screens.library_screen import one_line
from tui.screens.reader_read import ReadTracking
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_box import SearchBox
from tui.worker_failures import bug_said

if TYPE_CHECKING:
    from tui.widgets.story_list import StoryList

SAVE_DELAY = 1.0
"""Seconds of quiet after a change before the state is written (and always on quit)."""


@dataclass
class SessionRestored(Message):
    """The saved state, checked against the index (what is gone dropped); ``notice`` says
    what was dropped that the user should hear of, in one line ("" when nothing)."""

    state: ReaderState | None
    notice: str = ""


class ReaderSession(ReadTracking):
    """What the reader screen adds to remember itself between starts.

    The screen calls `restore_session` once its library is open (instead of its first
    search) and `session_changed` whenever its status line changes; the state is written
    in a worker a second after the last change, and at once when the screen goes.
    """

    sort: Sort
    source: str | None
    showing_stories: bool
    story_order: str
    query_history: QueryHistory
    """The queries searched (the search bar walks them with up and down), kept here."""
    _session_restored = False
    _session_saved: ReaderState | None = None
    _session_timer: Timer | None = None
    _session_latest: ReaderState | None = None
    """The state when the screen last changed (what quitting writes, if not yet written)."""
    _reopen_story: str | None = None
    """The story whose screen was open at quit: opened again once the restored list lists
    it under its cursor (`reopen_story`), then None."""

    @property
    def remembers(self) -> bool:
        """Whether this reader restores and saves its state (the app's ``restore``)."""
        return bool(getattr(self.app, "restore", False))

    if TYPE_CHECKING:  # the reader screen's and StoryMode's

        def _start_search(
            self, keep: str | None = None, away: bool = False, *, top: bool = False
        ) -> None: ...

        def action_toggle_stories(self) -> None: ...

        def _find_stories_now(self, keep: str | None = None, *, quiet: bool = False) -> None: ...

        def open_story(self, story_id: str) -> None: ...

        _keep_story: str | None

        @property
        def story_list(self) -> StoryList: ...

    def session_now(self) -> ReaderState:
        """The state to remember now."""
        article: Article | None = self.query_one(ReadingPane).article
        story = self.story_list.current if self.showing_stories else None
        return ReaderState(
            query=self.query_one(SearchBox).value,
            sort=self.sort,
            source=self.source,
            stories=self.showing_stories,
            article=article.id if article is not None else None,
            story_order=self.story_order,
            history=tuple(self.query_history.queries),
            story=story.id if story is not None else None,
            story_open=story is not None and self._story_screen_open(story.id),
        )

    def _story_screen_open(self, story_id: str) -> bool:
        """Whether a screen of the story ``story_id`` is open over the reader."""
        story = sys.modules.get("tui.screens.story")  # none loaded: no story's screen open
        if story is None:
            return False
        return any(
            isinstance(screen, story.StoryScreen) and screen.story_id == story_id
            for screen in self.app.screen_stack
        )

    @on(ScreenSuspend)
    @on(ScreenResume)
    def _screens_changed(self) -> None:
        self.session_changed()  # a story's screen opened over the list, or closed (fx154)

    @property
    def restoring(self) -> bool:
        """Whether the saved state is still to come (read and checked in a worker): the
        stories list waits for it (`S` typed meanwhile lost its row: fx154)."""
        return self.remembers and not self._session_restored

    # -- restoring ------------------------------------------------------------------------

    def restore_session(self) -> None:
        """Read the saved state and check it against the index (in a worker), then search."""
        if self.library is None or not self.remembers:
            self._session_restored = True
            self._start_search()
            return
        self.load_read_marks()  # the articles read, beside the state
        self._restore(self.library)

    @work(thread=True, exclusive=True, exit_on_error=False, group="session", name="restore")
    def _restore(self, library: Library) -> None:
        try:
            state = load_state(state_path(self.index_dir))
        except StateDamaged as error:
            self.post_message(SessionRestored(None, f"Starting afresh: {error}"))
            return
        if state is None:
            self.post_message(SessionRestored(None))
            return
        notice = ""
        if state.query.strip():
            try:
                library.search(state.query, limit=1, count=False)
            except QueryError as error:
                notice = f"The last query no longer parses, dropped: {one_line(error)}"
                state = replace(state, query="", article=None)
        if state.source is not None:
            names = {name.casefold(): name for name, _ in library.sources()}
            state = replace(state, source=names.get(state.source.casefold()))
        if state.article is not None:
            try:
                library.article(state.article)
            except KeyError:  # gone from the corpus: dropped without a word
                state = replace(state, article=None)
        self.post_message(SessionRestored(state, notice))

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        # restoring raised (a bug): the reader starts afresh, as for a damaged state,
        # and searches (fx160: the list stayed on "Opening the index…" for good)
        if worker.group == "session" and not worker.is_cancelled:
            said = bug_said("restoring the last session", error)
            self.on_session_restored(SessionRestored(None, f"{said}; starting afresh"))
            return True
        return super().worker_failed(worker, error)

    def on_session_restored(self, message: SessionRestored) -> None:
        self._session_restored = True
        state = message.state
        # `S` typed before the state came: its list waited for it (`restoring`), found now
        early = self.showing_stories  # for the query restored, on the row restored (fx154)
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=8, markup=False)
        if state is None:
            if early:
                self._find_stories_now()
            self._start_search()
            return
        self.sort, self.source, self.story_order = state.sort, state.source, state.story_order
        self.query_history.restore(state.history)  # older than those typed meanwhile
        box = self.query_one(SearchBox)
        # "/" typed while the index opened: the search bar, and what is typed there, stay
        searching = box.has_focus
        if not searching:
            with box.prevent(Input.Changed):  # one search, the one below that keeps the article
                box.value = state.query
        if early:  # the list the user asked for: no story's screen over it
            self._find_stories_now(keep=state.story if state.stories else None)
        elif state.stories:
            self.action_toggle_stories()
            self._keep_story = state.story  # its row, its first article in the pane (nu61 #5)
            self._reopen_story = state.story if state.story_open and not searching else None
        self._start_search(keep=state.article)
        self._session_saved = state
        # not when `S` came first: the hidden article list had the focus, its `m` in the
        # footer marking an article the user did not see (nu62 #2, fx157)
        if state.article is not None and not self.showing_stories and not searching:
            self.set_focus(self.query_one(ArticleList), scroll_visible=False)

    def reopen_story(self) -> None:
        """The stories list came: the story's screen open at quit opens again over it, if
        its story is still there, under the cursor (gone after a rebuild: the list alone),
        and if no screen was opened over the reader meanwhile (help, the quotes panel, the
        palette, typed before the state came: rv66, the story's screen covered them), and
        if no key was typed while the list loaded (nu75: "/infrastructure" typed at the
        reader, held until the list came, ran as the story screen's keys: `f` followed it)."""
        wanted, self._reopen_story = self._reopen_story, None
        story = self.story_list.current if self.showing_stories else None
        if self.app.screen is not self or input_held(self.app):
            return
        if isinstance(self.focused, SearchBox):  # "/" typed once the keys waited no more
            return
        if wanted is not None and story is not None and story.id == wanted:
            self.open_story(wanted)

    # -- saving ---------------------------------------------------------------------------

    @on(SearchBox.Remembered)
    def _query_remembered(self) -> None:
        self.session_changed()

    def session_changed(self) -> None:
        """Something shown changed: write the state after a second of quiet (if it changed)."""
        if not self._session_restored or not self.remembers or not self.is_mounted:
            return
        self._session_latest = self.session_now()
        if self._session_latest == self._session_saved:
            return
        if self._session_timer is not None:
            self._session_timer.stop()
        self._session_timer = self.set_timer(SAVE_DELAY, self._save_soon)

    def _save_soon(self) -> None:
        self._session_timer = None
        state = self.session_now()
        if state != self._session_saved:
            self._session_saved = state
            self._save(state)

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-save", name="save")
    def _save(self, state: ReaderState) -> None:
        try:
            save_state(state_path(self.index_dir), state)
        except OSError as error:
            self.app.call_from_thread(
                self.notify, f"Cannot save the reader's state: {one_line(error)}", markup=False
            )

    def on_unmount(self) -> None:
        if self._session_timer is not None:
            self._session_timer.stop()
        if not self._session_restored or not self.remembers or self._session_latest is None:
            return
        # the widgets are gone: the query and article as last shown, the rest as it is now
        state = replace(
            self._session_latest,
            sort=self.sort,
            source=self.source,
            stories=self.showing_stories,
            history=tuple(self.query_history.queries),
        )
        if state != self._session_saved:
            # a tiny file, written here as the reader closes; nowhere left to say it failed
            with suppress(OSError):
                save_state(state_path(self.index_dir), state)
