"""The story screen against the index: read afresh after an update, gone when its articles
are, and told when the corpus changed on disk, with `u` updating from there.

A base of `tui.screens.story.StoryScreen`. The reader under it keeps the index (checks it
against the corpus every few seconds, runs the update in its worker); its stale line was
hidden under a story's screen, and `u` was not bound there: after files were added the user
had to go back first (nu41 #9). Now the reader tells each story screen over it what its
status line says of the index (`tui.screens.index_said.tell_above`), and `u` asks the
reader to update: the update runs in the reader's worker as its own `u` does, and the
story is then read again (`retell`), or said to be gone.
"""

from __future__ import annotations

from textual import work
from textual.widgets import Static

from index.library import Library
from index.models import story_coverage
from tui.key_waits import content_ticket, result_came
from tui.messages import StoryTold
from tui.outlet_leans import user_leans
from tui.screens.index_said import STORY_GONE, SaysIndex
from tui.screens.story_follow import FollowStory, StoryResult

__all__ = ["STORY_GONE", "StoryIndex"]


class StoryIndex(SaysIndex[StoryResult], FollowStory):
    """The story screen's part that follows the index (see the module's docstring)."""

    INDEX_LINE = "story-index"

    reopened: bool
    """Opened again by the way back (`tui.way_back`): closed when its story is gone."""

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
        sources = library.sources()
        leans, _ = user_leans(sources=sources)  # a bad file: all unknown (`outlets`)
        cover = story_coverage(library, ((a.id, a.source) for a in told.articles), leans)
        outlets = tuple(name for name, _ in sources)
        self.post_message(StoryTold(told, cover, library.earlier_outside(told), outlets))

    def _gone(self) -> None:
        """The story is gone (an update deleted its articles): said, in its head too while
        it was never read; opened again by the way back and on top, it closes (rv38 #7)."""
        self.notify(STORY_GONE, severity="warning", markup=False)
        result_came(self.app, content_ticket(self))  # keys typed meanwhile wait for it no more
        if self.timeline is None:
            self.query_one("#story-head", Static).update(STORY_GONE)
        if self.reopened and self.is_current:
            self.dismiss(None)  # the way back moves on: the screen below, or the reader
