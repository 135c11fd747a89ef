"""The notebook screen's part in the way back (`tui.way_back`): a followed story opens over
it, so that esc there comes back to the notebook; an article read from either is a step
back to them (nu38 #4)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from index.library import Library
from tui.way_back import leave_with

if TYPE_CHECKING:
    from tui.screens.quotes import QuoteTarget


class NotebookWayBack(Screen[Any]):
    """What the notebook screen does for the way back."""

    library: Library

    def open_story(self, story_id: str) -> None:
        """A followed story's screen, over the notebook."""
        from tui.screens.story import StoryScreen  # loaded on first use

        self.app.push_screen(StoryScreen(self.library, story_id), self.story_read)

    def story_read(self, result: str | QuoteTarget | None) -> None:
        """An article chosen in the story (or at a quote of it): the reader reads it."""
        from tui.screens.notebook import ShowPassage

        if result is None:  # esc: back here, read again (`f` there may have unfollowed it)
            self.reread()
        else:
            leave_with(self, ShowPassage(result if isinstance(result, str) else result.article))

    def reread(self) -> None:
        """Read the notebook again and list it (the notebook screen's)."""

    def again(self) -> Screen[Any]:
        """The notebook again (`tui.way_back`)."""
        return type(self)(self.library)  # type: ignore[arg-type]

    def reopen(self, child: Screen[Any]) -> None:
        """The followed story's screen over the notebook again."""
        self.app.push_screen(child, self.story_read)
