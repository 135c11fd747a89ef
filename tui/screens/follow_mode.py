"""The reader's followed stories: after an update "3 new in 'Storm hits …'" (or "… split: 2 of
its articles are now in …"), and ★ (with "3 new", "2 moved") before each followed story in the
story list, the counts until the story is opened.

The notebook (`index.notebook`, SQLite) is imported by the worker that reads it, after the
index opens: the reader's first screen is drawn without it (tests/tui/test_first_paint_imports.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.events import ScreenResume

from index.library import WHOOSH, EngineChoice, Library, StoreError
from index.models import Story
from tui.messages import FollowedRead, IndexOpened, IndexUpdated, StoriesFound
from tui.screens.library_screen import LibraryScreen
from tui.widgets.story_list import StoryList
from tui.widgets.story_row import Columns, story_row

if TYPE_CHECKING:  # annotations only: the notebook loads in the worker that reads it
    from index.notebook import FollowedNews


def followed_row(
    story: Story, news: FollowedNews, width: int | None = None, columns: Columns | None = None
) -> Text:
    """A followed story's rows in the list: ★, its new articles and those now in another
    story ("2 moved") before its title."""
    count = len(news.new)
    mark = Text("★ ", "bold")
    if count:
        mark.append(f"{count:,} new · ", "bold")
    if news.moved:  # an update or rebuild put some of its articles in another story
        mark.append(f"{len(news.moved):,} moved · ", "bold")
    row = story_row(story, width, columns)
    return Text.assemble(mark, row, no_wrap=True, overflow="ellipsis")


class FollowMode(LibraryScreen):
    """Reads the followed stories after the index opens or changes, and marks them."""

    def __init__(self, corpus: Path, index_dir: Path, engine: EngineChoice = WHOOSH) -> None:
        super().__init__(corpus, index_dir, engine)
        self.followed: dict[str, FollowedNews] = {}
        """The followed stories by id, as last read."""
        self._marked: frozenset[str] = frozenset()

    def on_index_opened(self, message: IndexOpened) -> None:
        self._read_followed(message.library, announce=False)

    def on_index_updated(self, message: IndexUpdated) -> None:
        if self.library is not None:
            self._read_followed(self.library, announce=True)

    @on(ScreenResume)
    def _followed_again(self) -> None:
        # back from a story (opening it records its articles as seen) or the notebook
        if self.library is not None:
            self._read_followed(self.library, announce=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="followed", name="followed")
    def _read_followed(self, library: Library, announce: bool) -> None:
        from index.notebook import NotebookError
        from tui import notebook_ops

        try:
            with library.notebook() as notebook:
                later = notebook_ops.FOLLOWUPS if announce else 0  # told after an update only
                news = notebook_ops.followed_news(library, notebook, later)
        except (NotebookError, StoreError):  # no stories in this index: nothing to mark
            return
        if not announce:
            self.post_message(FollowedRead(news))
            return
        from tui.news_told import untold  # the record `index update` keeps too (nu35 #2)

        self.post_message(FollowedRead(news, announce, untold(library.index_dir, news)))

    def on_followed_read(self, message: FollowedRead) -> None:
        """Mark the followed stories; after an update, toast the news not told before (a move
        is told once, by the reader or `index update`, fx41), the counts staying in the list."""
        self.followed = {news.followed.story: news for news in message.news}
        if message.announce:
            from tui import followed_lines  # wording only: loads nothing of the notebook

            for news in message.news if message.untold is None else message.untold:
                if news.new or news.gone or news.moved or news.removed or news.followups:
                    self.notify(followed_lines.news_line(news), markup=False, timeout=8)
        self.mark_followed()

    def on_stories_found(self, message: StoriesFound) -> None:
        self.call_after_refresh(self.mark_followed)  # once the list shows them

    def on_story_list_remade(self, message: StoryList.Remade) -> None:
        self.mark_followed()  # the rows made for a new width have lost their ★

    def on_story_list_grown(self, message: StoryList.Grown) -> None:
        self.mark_followed()  # a followed story below the first page has a row now (nu35 #1)

    def mark_followed(self) -> None:
        """Mark the followed stories in the story list (and unmark those no longer followed).

        Only the stories with rows (`StoryList.shown`: a page at a time) are marked; those
        further down are marked when their page is added (`StoryList.Grown`)."""
        stories = self.query_one(StoryList)
        marked = set()
        for story in stories.stories[: stories.shown]:
            news = self.followed.get(story.id)
            if news is not None:
                row = followed_row(story, news, stories.row_width, stories.columns)
                stories.replace_option_prompt(story.id, row)
                marked.add(story.id)
            elif story.id in self._marked:
                stories.replace_option_prompt(
                    story.id, story_row(story, stories.row_width, stories.columns)
                )
        self._marked = frozenset(marked)
