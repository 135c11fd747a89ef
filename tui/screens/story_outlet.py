"""The story list under an outlet filter previews that outlet's article of each story (nu83:
`f` Fox News over AllSides' stories kept the 78 stories Fox News ran in, and the pane showed
each one's first article, CNBC's, CNN's: the outlet asked for was not on the screen until the
story was opened). With a query the pane already showed the outlet's best match (issue 16);
with none, the outlet's earliest article of the story, found in a worker (its articles are
read: a story lists no outlet by article) and kept for the list. A story's screen opened
from there starts on it. A base of `tui.screens.story_mode.StoryMode`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work

from index.library import Library
from index.models import Story
from tui.screens.library_screen import LibraryScreen
from tui.story_offer import Match

if TYPE_CHECKING:
    from tui.widgets.story_list import StoryList


def outlet_of(outlet: str | None) -> str:
    """An outlet as the filter compares it: case aside (`tui.story_offer.preview`)."""
    return (outlet or "").casefold()


def wants_outlet_article(story: Story, matches: Sequence[Match], outlet: str | None) -> bool:
    """Whether the pane should show an article of ``outlet`` other than what it would
    (`tui.story_offer.preview`): an outlet is chosen, no match of the query is of it, and the
    story's first article is of another outlet."""
    if not outlet:
        return False
    folded = outlet_of(outlet)
    if matches and any(outlet_of(source) == folded for _, source in matches):
        return False
    return outlet_of(story.first_source) != folded


class OutletPreview(LibraryScreen):
    """The outlet filter's article of each story, for the story list's pane."""

    if TYPE_CHECKING:  # the reader screen's
        source: str | None
        showing_stories: bool

        @property
        def story_list(self) -> StoryList: ...

        def _read(self, article_id: str | None, *, focus: bool = True) -> None: ...

    _outlet_articles: dict[tuple[str, str], str] = {}
    """The outlet's earliest article of a story, by (story id, outlet folded); "" when the
    story's articles name the outlet otherwise (its first is shown)."""

    def forget_outlet_articles(self) -> None:
        """The stories were read again (a search, an update): their articles may differ."""
        self._outlet_articles = {}

    def outlet_article(self, story: Story) -> str | None:
        """The outlet filter's article of ``story`` found so far ("" none; None not yet)."""
        return self._outlet_articles.get((story.id, outlet_of(self.source)))

    def preview_of_outlet(self, story: Story) -> None:
        """Show the outlet filter's article of ``story`` in the pane once it is found."""
        if self.library is not None and self.source:
            self._find_outlet_article(self.library, story, self.source)

    @work(thread=True, exclusive=True, exit_on_error=False, group="outlet", name="outlet")
    def _find_outlet_article(self, library: Library, story: Story, outlet: str) -> None:
        folded, found = outlet_of(outlet), ""
        for article_id in story.counted:  # oldest first: the outlet's earliest
            try:
                article = library.article(article_id)
            except KeyError:  # deleted meanwhile: the list is read again after the update
                continue
            if outlet_of(article.source) == folded:
                found = article_id
                break
        self.app.call_from_thread(self._outlet_article_found, story, folded, found)

    def _outlet_article_found(self, story: Story, folded: str, found: str) -> None:
        self._outlet_articles = {**self._outlet_articles, (story.id, folded): found}
        if not self.showing_stories or outlet_of(self.source) != folded:
            return  # the list or its filter changed while it was read
        current = self.story_list.current
        if current is not None and current.id == story.id:  # the cursor is still on it
            self._read(found or story.first, focus=False)
