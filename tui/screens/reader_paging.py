"""More rows for the reader's list as it nears its end: the list is never silently capped."""

from __future__ import annotations

from textual import on, work
from textual.worker import Worker

from index.library import Library
from tui.messages import MoreHitsFound, SearchKey
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList

PAGE = 500
"""Hits added each time the list nears its end (a search lists `reader.LIST_LIMIT` at first)."""


class ListPaging(LibraryScreen):
    """Fetches the next page of hits for the list's search (a base class of `ReaderScreen`)."""

    @on(ArticleList.NearEnd)
    def _near_end(self, message: ArticleList.NearEnd) -> None:
        if self.library is not None and len(message.key) == 5:  # a search's (`_start_search`)
            # `G`: every row at once, in this thread (100,000 rows leave the screen free)
            self._more(self.library, message.key, None if message.whole else message.listed + PAGE)
            if message.whole:
                self.more_listed()  # the status line says the rest is coming

    @work(thread=True, exclusive=True, exit_on_error=False, group="more rows", name="more rows")
    def _more(self, library: Library, key: SearchKey, limit: int | None) -> None:
        text, sort, source, _, typed = key
        result = library.search_as_meant(  # the offer's rows when its hits are listed
            str(text),
            as_typed=bool(typed),
            limit=limit,
            sort=sort,
            source=source if isinstance(source, str) else None,
            count=False,
        )
        self.post_message(
            MoreHitsFound(key, list(result.hits), limit is not None and len(result.hits) >= limit)
        )

    def on_more_hits_found(self, message: MoreHitsFound) -> None:
        self.query_one(ArticleList).extend(message.key, message.hits, more=message.more)
        self.more_listed()

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        # the rows after the first page raised (a bug; the toast says why): the list asks
        # for none again, whose every scroll would toast anew, and says what it shows
        if worker.group == "more rows" and not worker.is_cancelled:
            self.query_one(ArticleList).rows_not_coming()
            self.more_listed()
        return super().worker_failed(worker, error)

    def more_listed(self) -> None:
        """Rows were added to the list (the status line may say so)."""
