"""`r` in the reader: the articles most related to the one in the pane, in a dialog; the
one chosen there is read (a base of `tui.screens.story_mode.StoryMode`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from index.library import Library
from index.models import Article
from tui.key_order import expect_screen, keys_wait_for, screen_not_coming
from tui.messages import RelatedFound
from tui.missing_data import related_lacking
from tui.screens.library_screen import LibraryScreen
from tui.screens.notebook_wait import hold_for_pane
from tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from tui.screens.quotes import QuoteTarget

RELATED_LIMIT = 12
"""Related articles the dialog lists."""


class RelatedArticles(LibraryScreen):
    """The reader's `r`: related articles found in a worker, listed in a dialog."""

    if TYPE_CHECKING:  # the reader screen's (`StoryMode`)

        def _read(self, article_id: str | QuoteTarget | None, *, focus: bool = True) -> None: ...

    def action_related(self) -> None:
        if hold_for_pane(self, self.action_related):  # `j r`: the row moved to's (fx128)
            return
        article = self.query_one(ReadingPane).article
        if self.library is None or article is None:
            self.notify("Open an article first, then press r")
            return
        ticket = expect_screen(self.app)  # keys typed meanwhile go to the dialog
        keys_wait_for(self._find_related(self.library, article, ticket), ticket)

    @work(thread=True, exclusive=True, exit_on_error=False, group="related", name="related")
    def _find_related(self, library: Library, article: Article, ticket: int | None) -> None:
        from index.library import StoriesMissing  # loads the stories module: on use

        try:
            related = library.related(article.id, RELATED_LIMIT)
        except StoriesMissing:
            self.app.call_from_thread(self._no_related, related_lacking(library), ticket)
            return
        self.post_message(RelatedFound(article, related))

    def _no_related(self, why: str, ticket: int | None) -> None:
        screen_not_coming(self.app, ticket)  # keys typed for it go to the reader; no others
        self.notify(why, severity="warning", markup=False)

    def on_related_found(self, message: RelatedFound) -> None:
        from tui.dialogs.related import RelatedDialog  # loaded on first use

        self.app.push_screen(RelatedDialog(message.article, message.related), self._read)
