"""The story screen against the index: read afresh after an update, gone when its articles
are, and told when the corpus changed on disk, with `u` updating from there.

A base of `tui.screens.story.StoryScreen`. The reader under it keeps the index (checks it
against the corpus every few seconds, runs the update in its worker); its stale line was
hidden under a story's screen, and `u` was not bound there: after files were added the user
had to go back first (nu41 #9). Now the reader tells each story screen over it what its
status line says of the index (`tell_above`), and `u` asks the reader to update: the
update runs in the reader's worker as its own `u` does, and the story is then read again
(`retell`), or said to be gone.
"""

from __future__ import annotations

from textual import work
from textual.app import App
from textual.widgets import Static

from index.library import Library
from index.models import story_coverage
from tui.messages import StoryTold
from tui.outlet_leans import user_leans
from tui.screens.library_screen import CHECKING, LibraryScreen
from tui.screens.story_follow import FollowStory

STORY_GONE = "This story is gone from the index: its articles were deleted"
QUIET = frozenset({"index fresh", CHECKING, ""})
"""What the reader's status line says of the index that the story screen leaves unsaid."""
NO_READER = "No reader under this screen to update the index"


def said_of_index(reader: LibraryScreen) -> str:
    """What the reader's status line says of the index: its update's progress while one
    runs ("updating…"), else whether the index matches the corpus."""
    return reader.busy or reader.freshness


def tell_above(app: App[object], reader: LibraryScreen) -> None:
    """Tell every story screen over ``reader`` what its status line says of the index
    (called whenever the reader's status line is drawn: it is cheap when nothing changed)."""
    said = said_of_index(reader)
    for screen in app.screen_stack:
        if isinstance(screen, StoryIndex):
            screen.index_said(said)


class StoryIndex(FollowStory):
    """The story screen's part that follows the index (see the module's docstring)."""

    reopened: bool
    """Opened again by the way back (`tui.way_back`): closed when its story is gone."""

    def index_line(self) -> Static:
        """The line that says the index or corpus changed (hidden while there is no news)."""
        return Static("", id="story-index", markup=False)

    def index_said(self, said: str) -> None:
        """Show ``said`` (what the reader's status line says of the index) unless it is
        no news: "index fresh", or still checking."""
        found = self.query("#story-index")
        if not found:
            return  # not composed yet: `on_mount` asks the reader
        line = found.first(Static)
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
        free); the story is read again once it has run (`retell`), or said to be gone."""
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
        """Read the story afresh (an update changed the index), the cursor kept on its
        article while the story still has it."""
        self._tell(self.library, self.story_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="story", name="story")
    def _tell(self, library: Library, story_id: str) -> None:
        try:
            told = library.story(story_id)
        except KeyError:  # an update deleted all its articles
            self.app.call_from_thread(self._gone)
            return
        leans, _ = user_leans(sources=library.sources())  # a bad file: all unknown (`outlets`)
        cover = story_coverage(library, ((a.id, a.source) for a in told.articles), leans)
        self.post_message(StoryTold(told, cover))

    def _gone(self) -> None:
        """The story is gone (an update deleted its articles): said, in its head too while
        it was never read; opened again by the way back and on top, it closes (rv38 #7)."""
        self.notify(STORY_GONE, severity="warning", markup=False)
        if self.timeline is None:
            self.query_one("#story-head", Static).update(STORY_GONE)
        if self.reopened and self.is_current:
            self.dismiss(None)  # the way back moves on: the screen below, or the reader
