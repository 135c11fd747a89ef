"""The search bar, which searches as you type once typing pauses, and the note under it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from rich.text import Text
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from index.models import SearchResult
from tui import keymap
from tui.did_you_mean import options_said
from tui.key_order import expect_result

SEARCH_DELAY = 0.05
"""Seconds of quiet typing before a search starts (keystrokes in between cancel it)."""


class SearchBox(Input):
    """The query. A key typed after a pause searches at once; keys typed in a burst wait
    until the burst pauses, so the list does not redraw for every letter of a word."""

    BINDINGS = keymap.bindings(keymap.SEARCH_BOX)

    @dataclass
    class QueryChanged(Message):
        """The query settled on ``text``: search for it."""

        text: str

    class Left(Message):
        """Escape in the search bar: the user is done with it."""

    def __init__(
        self,
        *,
        id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        leave_to: Callable[[], Widget] | None = None,
        searching: Callable[[bool], bool] | None = None,
        typed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            placeholder='Search: words, "phrases", OR, NOT, peace*, title:…  (? for help)',
            id=id,
            select_on_focus=False,
        )
        self.clock = clock
        """Where the time between keys is read (a test may pass its own)."""
        self.leave_to = leave_to
        """Where enter and escape send the focus: moved at once, so the
        keys typed right after act there (`tui.key_order` routes them once this is done)."""
        self.searching = searching
        """Whether enter leaves for a list a search will still replace (told whether enter
        itself starts that search): the keys typed after enter wait for it (nu25 #5)."""
        self.typed = typed
        """Told of every change to the query at once, in the change (`Input.Changed` comes
        later: a frame may be painted between)."""
        self.delay = SEARCH_DELAY
        """Seconds of quiet that end a burst of typing."""
        self._timer: Timer | None = None
        self._bursts = 0  # which timer is the live one: a stopped one's queued tick is not
        self._last_change = float("-inf")
        self._cleared = False

    def watch_value(self) -> None:
        if self.typed is not None:
            self.typed()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self:
            return
        if self._cleared:  # escape searched for the empty query already
            self._cleared = False
            if not self.value:
                return
        self._stop_timer()
        now = self.clock()
        if now - self._last_change > self.delay:
            self.post_message(self.QueryChanged(self.value))
        else:
            self._bursts += 1
            self._timer = self.set_timer(self.delay, partial(self._settled, self._bursts))
        self._last_change = now

    def _settled(self, burst: int) -> None:
        if self._timer is None or burst != self._bursts:
            return  # stopped after its tick was queued (enter searched already)
        self._timer = None
        self.post_message(self.QueryChanged(self.value))

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    async def action_submit(self) -> None:
        """Enter: search now for a query still waiting for typing to pause; then the list."""
        started = self._timer is not None
        if started:
            self._stop_timer()
            self.post_message(self.QueryChanged(self.value))
        await super().action_submit()
        if self.searching is not None and self.searching(started):
            expect_result(self.app)  # "j" typed next moves in the hits, not the rows they replace
        self._leave()

    def action_clear_or_leave(self) -> None:
        """Escape: clear the query and leave the search bar, at one press.

        It cleared the query and stayed (a second escape left): the status line's "press u
        to update", taken at its word after one escape, typed "u" into the query (nu31
        #6). Nothing needs the empty bar: `/` selects the query, so typing replaces it.
        """
        started = bool(self.value)
        if started:
            self._stop_timer()
            self._cleared = True  # its Changed is this search: not a second one
            self.value = ""
            self.post_message(self.QueryChanged(""))
        self.post_message(self.Left())
        if self.searching is not None and self.searching(started):
            expect_result(self.app)  # "j" typed next moves in the whole list, not the hits
        self._leave()

    def _leave(self) -> None:
        if self.leave_to is not None:
            self.screen.set_focus(self.leave_to())


class QueryNote(Static):
    """The line under the search bar: no matches, a spelling suggestion, a query error.

    Hidden when empty: at 80x24 every row counts.
    """

    _shown: tuple[Text | None, bool] = (None, False)
    """The note and its kind as last shown (hidden, at first)."""

    def show(self, text: Text | None, *, error: bool = False) -> None:
        """Show ``text`` (None hides the note); ``error`` draws it as an error."""
        if (text, error) == self._shown:
            return  # most searches leave the note hidden: no layout of the screen for that
        self._shown = (text, error)
        self.update(text or "")
        self.set_class(text is None, "-empty")
        self.set_class(error, "-error")

    def found(self, result: SearchResult, query: str, source: str | None = None) -> None:
        """After a search: say it found nothing (with a spelling to try, and the outlet the
        list is limited to: the status line may have cut it off at 80 columns), else hide."""
        none = Text("No matches")
        if source:
            none.append(" from ")
            none.append(source, "bold")  # an outlet's name as the corpus gives it: no markup
        if result.total == 0 and result.suggestion:
            options = result.suggestions or (result.suggestion,)
            said = Text.assemble(none, ". Did you mean ", options_said(options), "?  ctrl+y uses ")
            self.show(said + ("it" if len(options) == 1 else "the first"))
        elif result.total == 0 and (query.strip() or source):
            self.show(none + ".")
        else:
            self.show(None)
