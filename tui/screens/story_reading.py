"""The reader reads an article picked on a screen over it (a story's, the related articles',
the quotes panel's) in its pane, and keeps the way back to those screens (esc opens them
again: `tui.way_back`). A base of `tui.screens.story_mode.StoryMode`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from textual import work

from index.library import Highlighter, Library, printable
from tui.key_waits import expect_result, keys_wait_for, result_came
from tui.messages import ArticleFetched
from tui.screens.library_screen import LibraryScreen
from tui.way_back import WayBack
from tui.widgets.build_progress import BACK_HINT, CANCEL_HINT
from tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from tui.screens.quote_jump import QuoteJump
    from tui.screens.quotes import QuoteTarget
    from tui.widgets.story_list import StoryList


class StoryReading(LibraryScreen):
    """What the reader screen adds to read an article picked elsewhere, and go back there."""

    highlighter: Highlighter
    """What the query lights up (the reader's); articles opened from stories show it too."""

    if TYPE_CHECKING:  # the reader screen's
        showing_stories: bool
        quote_jump: QuoteJump

        @property
        def story_list(self) -> StoryList: ...

        def article_shown(self, article_id: str, *, opened: bool = False) -> None: ...

    @cached_property
    def way_back(self) -> WayBack:
        """The screens an article was opened from, opened again by esc (`tui.way_back`)."""
        return WayBack(self)

    def action_cancel_update(self) -> None:
        """Esc: back to the screens the article read was opened from (nu38 #4: they were
        gone), an update running on; with none to go back to, cancel the update (nu39 #2:
        esc went nowhere and lost the update)."""
        if not self.way_back.back():
            super().action_cancel_update()

    def cancel_hint(self) -> str:
        return BACK_HINT if self.way_back.steps else CANCEL_HINT

    def show_again(self, article_id: str) -> None:
        """The way back shows the article read when its screens were opened."""
        self._read(article_id, focus=True)

    def _read(self, article_id: str | QuoteTarget | None, *, focus: bool = True) -> None:
        """Show an article (picked in a story, among related ones) in the reading pane;
        a quote chosen in the story's quotes panel, at the quote."""
        if article_id is not None:  # from a screen (`tui.way_back`): a step back to it
            shown = self.query_one(ReadingPane).article
            self.way_back.took(self._read, shown.id if shown else None)
        if article_id is not None and not isinstance(article_id, str):
            self.quote_jump.go(article_id)
        elif article_id is not None and self.library is not None:
            ticket = expect_result(self.app) if focus else None  # keys typed go to it (fx126)
            keys_wait_for(self._fetch(self.library, article_id, focus, ticket), ticket)

    @work(thread=True, exclusive=True, exit_on_error=False, group="article", name="article")
    def _fetch(self, library: Library, article_id: str, focus: bool, ticket: int | None) -> None:
        try:
            article = library.article(article_id)
        except KeyError:  # an update elsewhere deleted it while its story's screen was open
            self.app.call_from_thread(self._gone, article_id, ticket)
            return
        self.post_message(ArticleFetched(article, focus, ticket))

    def _gone(self, article_id: str, ticket: int | None = None) -> None:
        if ticket is not None:  # the keys held for it (no others: a search's wait on, rv55)
            result_came(self.app, ticket)
        said = printable(f"{article_id} is gone from the index: its file was deleted")
        self.notify(said, severity="warning", markup=False)

    def on_article_fetched(self, message: ArticleFetched) -> None:
        pane = self.query_one(ReadingPane)
        pane.show(message.article, self.highlighter)
        self.article_shown(message.article.id, opened=message.focus)
        self._rewatch()  # its watched terms and its own highlights, as the article list's do
        if message.focus:
            self.set_focus(pane)
        if message.ticket is not None:  # the keys typed meanwhile act on it
            result_came(self.app, message.ticket)

    def _rewatch(self) -> None:
        """Light the pane's article with the watched terms and its highlighted passages
        (the reader's; an article opened from a story kept the one before's)."""
