"""The reader's `c`: compare the two marked articles (more than two: the multi-outlet
comparison), the marked one with the current one, or the current one with its most similar
article, found in a worker."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from textual import on, work

from tui.apart import apart
from tui.compare_warm import warm, warm_once
from tui.key_waits import expect_screen, keys_wait_for, screen_not_coming
from tui.messages import SearchCompleted, SimilarFound
from tui.screens.library_screen import LibraryScreen

if TYPE_CHECKING:
    from index.library import Library
    from tui.widgets.article_list import ArticleList

SELF_COMPARE = "An article cannot be compared with itself: mark another one (m), then press c"


class CompareActions(LibraryScreen):
    """What the reader screen adds to open comparisons."""

    if TYPE_CHECKING:  # the reader screen's

        @property
        def articles(self) -> ArticleList: ...

        @property
        def search_text(self) -> str: ...

        read_as: str | None  # the offer whose hits are listed (`ReaderResults.read_as`)

        def compare_story(self) -> bool: ...

    def action_compare(self) -> None:
        if self.library is None or self.compare_story():
            return
        marked = list(self.articles.marked)
        current = self.articles.current
        if len(marked) > 2:  # two keep the side-by-side view: both texts whole
            from tui.screens.multicompare import MultiCompareScreen  # analysis loads on use

            self.app.push_screen(MultiCompareScreen(self.library, marked))
        elif len(marked) == 2:
            self._compare(marked[0], marked[1])
        elif marked == [current.id if current else None]:
            self._compare(marked[0], marked[0])  # refused, with the reason
        elif len(marked) == 1 and current is not None and current.id != marked[0]:
            self._compare(current.id, marked[0])
        elif current is not None:
            self.notify("Finding the most similar article…")
            ticket = expect_screen(self.app)  # keys typed meanwhile go to the comparison
            keys_wait_for(self._find_similar(self.library, current.id, ticket), ticket)
        else:
            self.notify("Mark two articles with m, then press c")

    @on(SearchCompleted)
    def _warm_after_first_list(self) -> None:
        """The first list shown (and drawn): the comparison readied in a worker, once a
        process, so that the first `c` imports and sets up nothing (`tui.compare_warm`)."""
        if warm_once():
            self.call_after_refresh(self._warm_compare)

    @work(thread=True, exit_on_error=False, group="warm", name="compare warm-up")
    @apart  # imports and compares made-up texts: quitting does not wait for it (fx145)
    def _warm_compare(self) -> None:
        with suppress(Exception):  # no warm-up: the first `c` loads it all, as it did
            warm()

    @work(thread=True, exclusive=True, exit_on_error=False, group="similar", name="similar")
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _find_similar(self, library: Library, article_id: str, ticket: int | None) -> None:
        similar = library.most_similar(article_id, limit=3)
        self.post_message(SimilarFound(article_id, similar[0].id if similar else None, ticket))

    def on_similar_found(self, message: SimilarFound) -> None:
        if message.similar_id is None:  # the keys held for it act here, no others (rv55)
            screen_not_coming(self.app, message.ticket)
            self.notify("No similar article found", severity="warning")
        else:
            first, ticket = message.article_id, message.ticket
            self._compare(first, message.similar_id, closest=True, ticket=ticket)

    def _compare(
        self, first: str, second: str, *, closest: bool = False, ticket: int | None = None
    ) -> None:
        """Open the comparison; ``ticket``: of the keys' wait for it, should it not open."""
        from tui.screens.compare import CompareScreen  # its analysis modules load on first use

        if first == second or self.library is None:
            if ticket is not None:  # the keys held for it (the refusal's own key waits for none)
                screen_not_coming(self.app, ticket)
            if first == second:
                self.notify(SELF_COMPARE, severity="warning")
        else:
            lit = self.read_as or self.search_text  # the words that found them (nu66)
            shown = CompareScreen(self.library, first, second, lit, closest=closest)
            self.app.push_screen(shown)
