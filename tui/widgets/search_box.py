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

from index.models import SearchResult, undated_left_words
from tui import keymap
from tui.did_you_mean import options_said
from tui.key_waits import expect_result
from tui.query_history import QueryHistory

SEARCH_DELAY = 0.05
"""Seconds of quiet typing before a search starts (keystrokes in between cancel it)."""


PLACEHOLDER = 'Search: words, "phrases", OR, NOT, peace*, title:…  (f1 help, ? off the bar)'
"""The empty bar's hint: in the bar `?` is typed and f1 opens help; off it the footer's `?`
does (nu45 #9: the bar said only f1, the footer only ?). 76 columns: whole at 80."""


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

    class Remembered(Message):
        """A query joined the history (the reader keeps it with its state)."""

    def __init__(
        self,
        *,
        id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        leave_to: Callable[[], Widget] | None = None,
        searching: Callable[[bool], bool] | None = None,
        typed: Callable[[], None] | None = None,
        listed: Callable[[], str | None] | None = None,
        history: QueryHistory | None = None,
    ) -> None:
        super().__init__(
            placeholder=PLACEHOLDER,
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
        self.listed = listed
        """The query whose hits the list shows (None: none yet): escape puts it back."""
        self.history = history if history is not None else QueryHistory()
        """The queries searched, walked with up and down."""
        self._walking = False  # the value set is the history's, not an edit
        self.delay = SEARCH_DELAY
        """Seconds of quiet that end a burst of typing."""
        self._timer: Timer | None = None
        self._bursts = 0  # which timer is the live one: a stopped one's queued tick is not
        self._last_change = float("-inf")
        self._asked: str | None = None
        """The query this burst of typing already searched for (its first change did)."""
        self.keys_ticket: int | None = None
        """The ticket of the keys' wait for the search enter or escape left for (None:
        none): its answer releases that wait only, not one begun after it timed out."""

    def watch_value(self) -> None:
        if not self._walking:
            self.history.stop()
        if self.typed is not None:
            self.typed()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self:
            return
        self._stop_timer()
        now = self.clock()
        if now - self._last_change > self.delay:
            self._ask()
        else:
            self._bursts += 1
            self._timer = self.set_timer(self.delay, partial(self._settled, self._bursts))
        self._last_change = now

    def _settled(self, burst: int) -> None:
        if self._timer is None or burst != self._bursts:
            return  # stopped after its tick was queued (enter searched already)
        self._timer = None
        if self.value != self._asked:
            self._ask()

    def _ask(self, text: str | None = None) -> None:
        """Search for ``text`` (the bar's query): `QueryChanged`, once per query.

        A burst's first change searches for the bar's value as it is when that change is
        handled, and keys queued with it (a paste that a terminal or tmux types as keys,
        fx89) are in it already: the burst's end asked for the same query again, two
        searches under one key within a second. It asks only for a query the burst has
        not searched for.
        """
        self._asked = self.value if text is None else text
        self.post_message(self.QueryChanged(self._asked))

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    async def action_submit(self) -> None:
        """Enter: search now for a query still waiting for typing to pause; then the list."""
        started = self._timer is not None
        if started:
            self._stop_timer()
            started = self.value != self._asked  # the burst's first change found it
            if started:
                self._ask()
        await super().action_submit()
        if self.searching is not None and self.searching(started):
            self.keys_ticket = expect_result(self.app)  # "j": in the hits
        self._leave()

    def action_restore_and_leave(self) -> None:
        """Escape: leave the search bar, its query back to the one the list shows.

        It cleared the query (nu40 #9: `/` then escape listed the whole corpus, the query
        gone); before that it cleared and stayed, and the status line's "press u to
        update", taken at its word after one escape, typed "u" into the query (nu31 #6).
        An edit not yet searched is dropped, so the bar and the list agree; to clear the
        query, `/` selects it and backspace deletes it.
        """
        listed = self.listed() if self.listed is not None else None
        started = listed is not None and listed != self.value
        if listed is not None and started:
            self._stop_timer()
            with self.prevent(Input.Changed):
                self.value = listed
            self._ask(listed)  # the search under way is dropped
        self.post_message(self.Left())
        if self.searching is not None and self.searching(started):
            self.keys_ticket = expect_result(self.app)  # "j": in the hits listed again
        self._leave()

    def action_older(self) -> None:
        """Up: the query searched before this one (it searches as typing does)."""
        self._walk(self.history.older(self.value))

    def action_newer(self) -> None:
        """Down: the query searched after this one, then back to the one being typed."""
        self._walk(self.history.newer())

    def _walk(self, query: str | None) -> None:
        if query is None:
            self.app.bell()
            return
        self._walking = True
        try:
            self.value = query
        finally:
            self._walking = False
        self.cursor_position = len(query)

    def on_blur(self) -> None:
        """Leaving the bar (enter, escape, a click): its query joins the history."""
        if self.history.remember(self.value):
            self.post_message(self.Remembered())

    def _leave(self) -> None:
        if self.leave_to is not None:
            self.screen.set_focus(self.leave_to())


NoteShown = tuple[Text | None, bool]
"""A note under the search bar and whether it is an error (`QueryNote.show`'s arguments)."""


class QueryNote(Static):
    """The line under the search bar: no matches, a spelling suggestion, a query error.

    Hidden when empty: at 80x24 every row counts.
    """

    _shown: NoteShown = (None, False)
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
        list is limited to: the status line may have cut it off at 80 columns), or that
        the list shows an offer's hits instead (`SearchResult.read_as`), else hide."""
        none = Text("No matches")
        if source:
            none.append(" from ")
            none.append(source, "bold")  # an outlet's name as the corpus gives it: no markup
        if result.read_as is not None:  # the query as typed found nothing (nu66)
            others = tuple(o for o in result.suggestions if o != result.read_as)
            self.offer_shown(result.read_as, query, others)
        elif result.total == 0 and result.suggestion:
            options = result.suggestions or (result.suggestion,)
            said = Text.assemble(none, ". Did you mean ", options_said(options), "?  ctrl+y uses ")
            self.show(said + ("it" if len(options) == 1 else "the first"))
        elif result.total == 0 and (query.strip() or source):
            self.show(none + ".")
        else:
            self.show(None)

    def offer_shown(
        self, offer: str, query: str, others: tuple[str, ...] = (), what: str = "results"
    ) -> None:
        """Say the list shows ``what`` (results, stories) for ``offer``, ``query`` having
        found nothing, and that ctrl+y searches ``query`` as typed instead."""
        said = Text.assemble(f"Showing {what} for ", (offer, "bold"))
        if others:
            said.append_text(Text.assemble(" (or ", options_said(others), ")"))
        said.append_text(Text.assemble("; ctrl+y searches instead for ", (query, "bold")))
        self.show(said)

    def trade(self, note: NoteShown | None) -> NoteShown:
        """Show ``note`` (a note and its kind as `show` takes them; None hides it) and
        return the one it replaces: the reader keeps the article list's while the story
        list shows its own (fx169)."""
        shown = self._shown
        text, error = note or (None, False)
        self.show(text, error=error)
        return shown

    def stories_for(self, offer: str | None, query: str) -> None:
        """The story list's note: the offer whose stories it lists (``query`` listing
        none), else none (the list itself says why it lists none)."""
        if offer is None:
            self.show(None)
        else:
            self.offer_shown(offer, query, what="stories")

    def left_out(self, left: int, miss: str | None = None) -> None:
        """After `found`: say what the query's date filter left out, "1 undated match left out
        (no date in the text)" (nu42 #5), after "No matches." when it is shown, and before
        that ``miss``: its dates lie outside the corpus's (nu44 #4), the wires write its word
        short (nu46 #7: `Library.search_note`)."""
        shown, error = self._shown
        said = [Text(miss)] if miss else []
        if left:
            said.append(Text(undated_left_words(left), "dim"))
        if said and not error:
            words = Text("  ").join(said)
            self.show(words if shown is None else Text.assemble(shown, "  ", words))
