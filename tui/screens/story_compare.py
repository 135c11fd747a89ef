"""The reader's `c` while its list shows stories: the story under the cursor's outlets
compared (as `C` on its screen does), their articles picked in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from index.library import Library, printable
from tui.key_waits import expect_screen, keys_wait_for, screen_not_coming
from tui.messages import StoryOutlets
from tui.screens.library_screen import LibraryScreen

if TYPE_CHECKING:
    from tui.widgets.story_list import StoryList


class StoryCompare(LibraryScreen):
    """What `tui.screens.story_mode.StoryMode` adds for `c` over the stories list."""

    if TYPE_CHECKING:  # the reader screen's (`StoryMode`, `CompareActions`)
        showing_stories: bool

        @property
        def story_list(self) -> StoryList: ...

        def _compare(self, first: str, second: str, *, ticket: int | None = None) -> None: ...

    def compare_story(self) -> bool:
        """`c` while stories show: compare the story under the cursor's outlets (as `C` on
        its screen does); False when no story is there."""
        story = self.story_list.current if self.showing_stories else None
        if story is None or self.library is None:
            return False
        ticket = expect_screen(self.app)  # keys typed meanwhile go to the comparison
        keys_wait_for(self._story_outlets(self.library, story.id, ticket), ticket)
        return True

    @work(thread=True, exclusive=True, exit_on_error=False, group="story-compare", name="story")
    def _story_outlets(self, library: Library, story_id: str, ticket: int | None) -> None:
        from tui.story_pick import story_compared  # loaded on first use

        ids, alone = story_compared(library.story(story_id).articles)
        self.post_message(StoryOutlets(ids, alone, ticket))

    def on_story_outlets(self, message: StoryOutlets) -> None:
        from tui.screens.multicompare import MultiCompareScreen  # analysis loads on use
        from tui.story_pick import ONE_OUTLET_TWO

        if message.alone is not None and len(message.ids) == 2:
            self.notify(ONE_OUTLET_TWO.format(printable(message.alone)), markup=False)
        if len(message.ids) > 2 and self.library is not None:
            self.app.push_screen(MultiCompareScreen(self.library, message.ids))
        elif len(message.ids) == 2:
            self._compare(*message.ids, ticket=message.ticket)
        else:  # the keys held for it act on the list, and no others (rv55)
            screen_not_coming(self.app, message.ticket)
