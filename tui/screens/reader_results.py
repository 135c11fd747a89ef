"""What the reader waits for from its workers, so the keys typed meanwhile act on it.

Enter in the search bar while the search for its query still runs: the keys typed after it
("/court", enter, "j" in one burst) wait for the hits (`tui.key_order.expect_result`), so
"j" moves to the second hit rather than moving on the rows the hits then replace (nu25
#5). And after an update (`u`), an article deleted from the corpus leaves the pane (nu25
#7: it stayed there, and `p` pinned it), found so in a worker: the UI thread reads no index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message

from index.library import Library
from tui.key_order import result_came
from tui.messages import IndexUpdated, SearchCompleted, SearchFailed, SearchKey
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from index.library import Highlighter


@dataclass
class ShownGone(Message):
    """The article the pane shows is no longer in the index (its file was deleted)."""

    article_id: str


class ReaderResults(LibraryScreen):
    """Keys wait for a search enter left for; a deleted article leaves the pane."""

    if TYPE_CHECKING:  # the reader screen's
        _key: SearchKey
        highlighter: Highlighter
        showing_stories: bool

    def search_pending(self, started: bool) -> bool:
        """Whether the article list will still be replaced by a search's hits: one just
        ``started`` (enter ended the typing), or one that runs for a query not yet listed."""
        if self.library is None or self.showing_stories:
            return False
        if started:
            return True
        # a refused query keeps the old list: its search has ended all the same (rv23)
        settled = getattr(self, "_settled_key", None) == self._key
        return not settled and self.query_one(ArticleList).key != self._key

    @on(SearchCompleted)
    def _search_landed(self, message: SearchCompleted) -> None:
        # after the reader's own handler (a base comes later): the hits are listed now
        self._settled_key = message.key
        if message.key == self._key:
            result_came(self.app)

    @on(SearchFailed)
    def _search_refused(self, message: SearchFailed) -> None:
        self._settled_key = message.key
        if message.key == self._key:
            result_came(self.app)

    def on_index_updated(self, message: IndexUpdated) -> None:
        article = self.query_one(ReadingPane).article
        if self.library is not None and article is not None:
            self._check_shown(self.library, article.id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="shown-check")
    def _check_shown(self, library: Library, article_id: str) -> None:
        try:
            library.article(article_id)
        except KeyError:
            self.post_message(ShownGone(article_id))

    def on_shown_gone(self, message: ShownGone) -> None:
        pane = self.query_one(ReadingPane)
        if pane.article is not None and pane.article.id == message.article_id:
            pane.show(None, self.highlighter)
