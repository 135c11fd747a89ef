"""`r`: the articles most related to one, found in a worker and listed in a dialog; the one
chosen there is read. The reader's (the article in the pane: a base of
`tui.screens.story_mode.StoryMode`) and the story screen's (the article under the cursor:
`tui.screens.story.StoryScreen`, fx150: nu60 pressed it there and nothing happened)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen

from index.library import Library
from index.models import Article
from tui.key_waits import expect_screen, keys_wait_for, screen_not_coming
from tui.messages import RelatedFound
from tui.missing_data import related_lacking
from tui.screens.library_screen import LibraryScreen
from tui.screens.notebook_wait import hold_for_pane
from tui.widgets.reading_pane import ReadingPane
from tui.worker_failures import ReportsWorkerFailures

if TYPE_CHECKING:
    from tui.screens.quotes import QuoteTarget

RELATED_LIMIT = 12
"""Related articles the dialog lists."""


class FindsRelated(ReportsWorkerFailures, Screen[Any]):
    """A screen whose `r` lists an article's related ones in `RelatedDialog`; the id picked
    there goes to `related_chosen`. Its worker's failure is notified (fb43: a screen with
    only this base, as fx150 made the story screen's, said nothing)."""

    def related_chosen(self, article_id: str | None) -> None:
        """Read the article picked in the dialog (None: it was closed)."""
        raise NotImplementedError

    def find_related(self, library: Library, article: Article | str) -> None:
        """Find ``article``'s related ones (an id: the article is read too) in a worker; the
        keys typed meanwhile go to the dialog."""
        ticket = expect_screen(self.app)
        keys_wait_for(self._find_related(library, article, ticket), ticket)

    @work(thread=True, exclusive=True, exit_on_error=False, group="related", name="related")
    def _find_related(self, library: Library, article: Article | str, ticket: int | None) -> None:
        from index.library import StoriesMissing  # loads the stories module: on use

        try:
            if isinstance(article, str):
                article = library.article(article)
            related = library.related(article.id, RELATED_LIMIT)
        except StoriesMissing:
            self.app.call_from_thread(self._no_related, related_lacking(library), ticket)
            return
        except KeyError:  # deleted by an update meanwhile: its screen says so once retold
            self.app.call_from_thread(self._no_related, ARTICLE_GONE, ticket)
            return
        self.post_message(RelatedFound(article, related))

    def _no_related(self, why: str, ticket: int | None) -> None:
        screen_not_coming(self.app, ticket)  # keys typed for it go to this screen; no others
        self.notify(why, severity="warning", markup=False)

    def on_related_found(self, message: RelatedFound) -> None:
        from tui.dialogs.related import RelatedDialog  # loaded on first use

        self.app.push_screen(RelatedDialog(message.article, message.related), self.related_chosen)


ARTICLE_GONE = "That article is gone from the index: no related articles to list"


class RelatedArticles(FindsRelated, LibraryScreen):
    """The reader's `r`: related articles of the one in the pane."""

    if TYPE_CHECKING:  # the reader screen's (`StoryMode`)

        def _read(self, article_id: str | QuoteTarget | None, *, focus: bool = True) -> None: ...

    def related_chosen(self, article_id: str | None) -> None:
        self._read(article_id)

    def action_related(self) -> None:
        if hold_for_pane(self, self.action_related):  # `j r`: the row moved to's (fx128)
            return
        article = self.query_one(ReadingPane).article
        if self.library is None or article is None:
            self.notify("Open an article first, then press r")
            return
        self.find_related(self.library, article)
