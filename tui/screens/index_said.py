"""A screen over the reader that says when the corpus changed on disk, and `u` updates.

The reader keeps the index: it checks it against the corpus every few seconds and runs the
update in its worker. A screen pushed over it hid its stale line, and `u` was not bound
there (nu41 #9 on a story's screen; fx80 the quotes panel). Such a screen shows a line
above its keys (`index_line`) that says what the reader's status line says of the index
(`tell_above`, called by the reader whenever it draws that line); `u` asks the reader to
update, and the screen reads what it shows again once the update ran (`retell`, called
by `tui.screens.story_mode.StoryMode.on_index_updated`).
"""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen, ScreenResultType
from textual.widgets import Static

from tui.screens.library_screen import CHECKING, LibraryScreen

QUIET = frozenset({"index fresh", CHECKING, ""})
"""What the reader's status line says of the index that a screen over it leaves unsaid."""
NO_READER = "No reader under this screen to update the index"
STORY_GONE = "This story is gone from the index: its articles were deleted"


def said_of_index(reader: LibraryScreen) -> str:
    """What the reader's status line says of the index: its update's progress while one
    runs ("updating…"), else whether the index matches the corpus."""
    return reader.busy or reader.freshness


def tell_above(app: App[object], reader: LibraryScreen) -> None:
    """Tell every screen over ``reader`` that says it what its status line says of the
    index (called whenever the reader's status line is drawn: cheap when nothing changed)."""
    said = said_of_index(reader)
    for screen in app.screen_stack:
        if isinstance(screen, SaysIndex):
            screen.index_said(said)


class IndexLine(Static):
    """The line above a screen's keys that says the index or corpus changed (hidden while
    there is no news)."""

    DEFAULT_CSS = """
    IndexLine { height: 1; padding: 0 1; display: none; color: $warning;
                text-wrap: nowrap; text-overflow: ellipsis; }
    IndexLine.-said { display: block; }
    """


class SaysIndex(Screen[ScreenResultType]):
    """A screen that says what the reader under it says of the index, `u` updating."""

    INDEX_LINE = "index-said"
    """The id of its `IndexLine`."""

    def index_line(self) -> IndexLine:
        """The line that says the index or corpus changed (composed above the Footer)."""
        return IndexLine("", id=self.INDEX_LINE, markup=False)

    def index_said(self, said: str) -> None:
        """Show ``said`` (what the reader's status line says of the index) unless it is
        no news: "index fresh", or still checking."""
        found = self.query(f"#{self.INDEX_LINE}")
        if not found:
            return  # not composed yet: `ask_reader` on mount
        line = found.first(IndexLine)
        shown = "" if said in QUIET else said
        line.set_class(bool(shown), "-said")
        line.update(shown)

    def reader_below(self) -> LibraryScreen | None:
        """The reader that keeps the index (the first screen of the stack), if any."""
        for screen in self.app.screen_stack:
            if isinstance(screen, LibraryScreen):
                return screen
        return None

    def ask_reader(self) -> None:
        """What the reader's status line says of the index now (on mount: later it tells)."""
        reader = self.reader_below()
        if reader is not None:
            self.index_said(said_of_index(reader))

    def action_update_index(self) -> None:
        """`u`: update the index from the corpus, in the reader's worker (the UI stays
        free); what the screen shows is read again once it has run (`retell`)."""
        reader = self.reader_below()
        if reader is None:
            self.notify(NO_READER, severity="warning")
            return
        if reader.busy:  # a second `u` would start it again
            self.notify(f"Already {reader.busy}", markup=False)
            return
        reader.action_update_index()
        self.index_said(said_of_index(reader))

    def retell(self) -> None:
        """Read afresh what the screen shows (an update changed the index)."""
        raise NotImplementedError
