"""What the reader waits for from its workers, so the keys typed meanwhile act on it.

Enter in the search bar while the search for its query still runs: the keys typed after it
("/court", enter, "j" in one burst) wait for the hits (`tui.key_waits.expect_result`), so
"j" moves to the second hit rather than moving on the rows the hits then replace (nu25
#5). And after an update (`u`, or elsewhere), an article deleted from the corpus leaves the
pane (nu25 #7: it stayed there, and `p` pinned it), which says it is gone (nu29 #5: it went
blank, or showed another article), found so in a worker: the UI thread reads no index.
A marked article deleted so is unmarked (it stayed marked, and a comparison of the marks
then failed on it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.message import Message
from textual.worker import Worker

from index.library import Library, printable
from index.models import Article
from tui.key_waits import result_came
from tui.messages import (
    HitsCounted,
    SearchCompleted,
    SearchFailed,
    SearchKey,
    StoriesFound,
    UndatedLeftOut,
)
from tui.screens.library_screen import LibraryScreen
from tui.screens.notebook_wait import pane_not_coming
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_box import QueryNote, SearchBox
from tui.worker_failures import bug_said

if TYPE_CHECKING:
    from index.library import Highlighter
    from tui.screens.quotes import QuotesScreen


@dataclass
class ShownChecked(Message):
    """Whether the article the pane showed when the index changed is ``gone`` from it;
    ``then`` refreshes the lists."""

    article: Article | None
    gone: bool
    then: Callable[[], None]
    marks_gone: tuple[str, ...] = ()
    """The marked articles that are gone from the index too."""


class ReaderResults(LibraryScreen):
    """Keys wait for a search enter left for; a deleted article leaves the pane, which says
    it is gone."""

    _settled_key: SearchKey | None = None
    """The query whose search has ended: its hits listed, or its query refused."""
    search_run: tuple[Worker[None], SearchKey] | None = None
    """The last search's worker and the query it answers (`worker_failed`)."""

    read_as: str | None = None
    """The offer whose hits the list shows, the query as typed having found nothing
    ("Showing results for "jong nam""; `Library.search_as_meant`): ctrl+y searches as typed."""
    as_typed: str | None = None
    """The query ctrl+y asked to search as typed (its offer's hits shown before)."""

    pane_held = False
    """True from saying in the pane that its article is gone until the lists refreshed:
    their cursor does not put another article there meanwhile (the next move does)."""

    if TYPE_CHECKING:  # the reader screen's
        _key: SearchKey
        highlighter: Highlighter
        showing_stories: bool
        stories_offer: str | None
        stories_read_as: str | None
        total: int | None
        total_exact: bool
        suggestion: str | None

        _stories_text: str | None
        _opening: str | None
        _pending: str | None
        _token: int
        pane_opened: bool
        match_info: str

        def _update_status(self) -> None: ...

        def _start_search(self) -> None: ...

        def _find_stories_now(self, keep: str | None = None, *, quiet: bool = False) -> None: ...

        def on_stories_found(self, message: StoriesFound) -> None: ...

    def search_pending(self, started: bool) -> bool:
        """Whether the article list will still be replaced by a search's hits: one just
        ``started`` (enter ended the typing), one the bar asked for that has not started
        yet (a burst's first change searched for the whole burst: enter asks no more), or
        one that runs for a query not yet listed."""
        if self.library is None or self.showing_stories:
            return False
        if started or self._key[:1] != (self.query_one(SearchBox).value,):
            return True  # enter asked, or the burst's first change did (on its way: sx40)
        # a refused query keeps the old list: its search has ended all the same (rv23)
        settled = self._settled_key == self._key
        return not settled and self.query_one(ArticleList).key != self._key

    def searching(self) -> bool:
        """Whether the list is not (yet) the answer to the query in the bar: its search
        runs, or typing has not paused for it to start (the status line says so)."""
        if self.library is None or self.showing_stories:
            return False
        typed = self.query_one(SearchBox).value
        return self.search_pending(False) or self._key[:1] != (typed,)

    def list_is_older(self) -> bool:
        """Whether the bar's query was searched and refused, or its search failed: the list
        still holds the last query's hits (rv44: "1 hit │ 2 matches" of the last query
        stood under "wheat", its search failed). The status line says so (`still_listed`),
        and the list is dimmed."""
        if self.library is None or self.showing_stories:
            return False
        return self._settled_key == self._key and self.query_one(ArticleList).key != self._key

    def typed(self) -> None:
        """The query in the bar changed (said at once, before the next frame is painted):
        until its answer, the list's count and note are not said of it ("0 hits" of
        "drough" stood under "drought" while typing paused, fx43)."""
        if self.searching():
            self.search_started()

    def search_started(self) -> None:
        """A search for a new query began: until it answers, the status line says so
        (`list_status`), and neither the note under the bar nor ctrl+y speaks of the last
        query: "No matches." stood 4 s under a query with hits (fx43)."""
        self.query_one(QueryNote).show(None)
        self.query_one(ArticleList).remove_class("-older")
        if self.suggestion is not None or self.read_as is not None:
            offered = self.check_action("accept_suggestion", ())
            self.suggestion = self.read_as = None  # the last query's
            if offered:
                self.refresh_bindings()  # ctrl+y leaves the footer
        self._update_status()

    def searched_as_typed(self, text: str) -> bool:
        """Whether ``text`` is searched as typed, ctrl+y having asked it of its list of an
        offer's hits; another query forgets it: typed anew later, it shows its offer's
        hits (rv75: "drougth" listed nothing for good after a ctrl+y, typed again)."""
        if text != self.as_typed:
            self.as_typed = None
        return self.as_typed is not None

    def offers_ctrl_y(self) -> bool:
        """Whether ctrl+y has a query to search: the story list's respelling while it
        shows (nu67), else the article list's offer, or its query as typed."""
        if self.showing_stories:
            return bool(self.stories_offer or self.stories_read_as)
        return bool((self.suggestion and self.total == 0) or self.read_as)

    def action_accept_suggestion(self) -> None:
        """ctrl+y: the query offered when nothing matched, typed in the bar; after
        "Showing results for" an offer, the query as typed searched instead (nu66)."""
        box = self.query_one(SearchBox)
        if self.showing_stories:  # the story list's own offer (nu67), or as typed (fx169)
            if self.stories_read_as is not None:
                self.as_typed = box.value
                self._find_stories_now()
                self._start_search()  # the article list follows, when it shows again
            elif self.stories_offer:
                box.value = self.stories_offer
        elif self.read_as is not None:
            self.as_typed = box.value
            self._start_search()
        elif self.suggestion:
            box.value = self.suggestion

    def on_quotes_screen_respelt(self, message: QuotesScreen.Respelt) -> None:
        """The quotes panel took its "Did you mean" (ctrl+y): the bar takes it as well, as
        ctrl+y here would, and the lists under the panel search it (nu73)."""
        self.query_one(SearchBox).value = message.query

    @on(SearchCompleted)
    def _search_landed(self, message: SearchCompleted) -> None:
        # after the reader's own handler (a base comes later): the hits are listed now
        self._settled_key = message.key
        if message.key == self._key:
            self.query_one(ArticleList).remove_class("-older")
            self._keys_released()

    def on_hits_counted(self, message: HitsCounted) -> None:
        if message.key == self._key:
            self.total = message.total
            self.total_exact = True
            self._update_status()

    def on_undated_left_out(self, message: UndatedLeftOut) -> None:
        if message.key == self._key:
            self.query_one(QueryNote).left_out(message.left, message.miss)

    @on(SearchFailed)
    def _search_refused(self, message: SearchFailed) -> None:
        self._settled_key = message.key
        if message.key == self._key:
            self.query_one(QueryNote).show(Text(f"⚠ {message.reason}"), error=True)
            articles = self.query_one(ArticleList)
            articles.set_class(self.list_is_older(), "-older")
            articles.searched()  # a failed first search listed none: said (rv63)
            self._keys_released()
            self._update_status()  # searching no more

    def _keys_released(self) -> None:
        """The keys held for the search's answer act now: only the wait enter or escape
        began for it (a comparison opened after that wait timed out keeps its own: rv55)."""
        ticket = self.query_one(SearchBox).keys_ticket
        if ticket is not None:
            result_came(self.app, ticket)

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        """A worker raised what it did not expect (a bug, ours or Whoosh's): what waited
        for it waits no more. The search and the stories say it where their refused
        queries do (fx89: "searching…" stood for good); True when said so."""
        if worker.is_cancelled:  # a newer one runs and answers: only the toast
            return False
        if self.search_run is not None and worker is self.search_run[0]:
            if self.query_one(ArticleList).key == self.search_run[1]:
                return False  # its hits are listed: the count after them failed
            self._search_refused(SearchFailed(self.search_run[1], bug_said("search", error)))
            return True
        if worker.group == "stories" and self._stories_text is not None:
            self.on_stories_found(StoriesFound(self._stories_text, [], bug_said("stories", error)))
            return True
        if worker.group == "article":  # the pane keeps what it showed; the toast says why
            failed, self._pending, self._opening = self._pending, None, None
            pane_not_coming(self, failed, bug_said("loading the article", error))
        return super().worker_failed(worker, error)

    def pane_says_none(self, said: str) -> None:
        """The list shows none: the pane says so (``said``), not the last list's article as
        if it matched (nu40 #14; the story list's too, nu67 #9), nor one still loading; but
        one the user opened (loaded or loading), or why it went, stays."""
        pane = self.query_one(ReadingPane)
        opened = self._opening or (self.pane_opened and pane.article)
        if not opened and not pane.telling_gone:
            self._token += 1
            pane.show_gone(said, hint=False)
            self.match_info = pane.border_subtitle = ""  # no article: no matches to count

    def check_shown(self, then: Callable[[], None]) -> None:
        """The index changed: find whether the pane's article is still indexed, then
        refresh the lists (``then``). Checked first: a refresh's cursor would otherwise
        put another article in the pane before it could say its own is gone (nu29 #5)."""
        article = self.query_one(ReadingPane).article
        marked = tuple(self.query_one(ArticleList).marked)
        if self.library is None or (article is None and not marked):
            then()
        else:
            self._check_shown(self.library, article, marked, then)

    @work(thread=True, exclusive=True, exit_on_error=False, group="shown-check", name="shown check")
    def _check_shown(
        self,
        library: Library,
        article: Article | None,
        marked: tuple[str, ...],
        then: Callable[[], None],
    ) -> None:
        gone = article is not None and is_gone(library, article.id)
        marks_gone = tuple(article_id for article_id in marked if is_gone(library, article_id))
        self.post_message(ShownChecked(article, gone=gone, then=then, marks_gone=marks_gone))

    def on_shown_checked(self, message: ShownChecked) -> None:
        if message.marks_gone:
            self.query_one(ArticleList).unmark(message.marks_gone)
            count = len(message.marks_gone)
            self.notify(
                f"{count} marked article{'s' * (count != 1)} gone from the index: unmarked",
                severity="warning",
            )
        pane = self.query_one(ReadingPane)
        shown = message.article
        if (
            message.gone
            and shown is not None
            and pane.article is not None
            and (pane.article.id == shown.id)
        ):
            said = gone_said(shown)
            pane.show_gone(said)
            self.notify(printable(said), severity="warning", timeout=10, markup=False)
            self.pane_held = True  # the lists' refresh leaves the pane saying so
        message.then()


def is_gone(library: Library, article_id: str) -> bool:
    """Whether ``article_id`` is known gone from the index (damaged or unreadable: not)."""
    try:
        library.article(article_id)
    except KeyError:
        return True
    except Exception:  # damaged, unreadable: not known gone, and the lists still refresh
        return False
    return False


def gone_said(article: Article) -> str:
    """Why the article the pane showed is there no more, in one line."""
    return (
        f"“{article.title}” is gone from the index: its file ({article.path}) was deleted "
        "or no longer holds it"
    )


def still_listed(query: str, counts: list[str]) -> str:
    """The status line's count when the list is the last query's (`list_is_older`): "2 hits
    of the last query", or "all articles listed still" (the last had no query). Short, so
    at 80 columns the sort stays beside it."""
    if not query:
        return "all articles listed still"
    return f"{counts[0] if counts else 'hits'} of the last query"


def none_matches(query: str, source: str | None, what: str = "article") -> str:
    """What the pane says when the search lists no article (``what``: or no story)."""
    plural = "stories" if what == "story" else f"{what}s"
    said = f"No {what} matches “{query.strip()}”" if query.strip() else f"No {plural}"
    return f"{said}{f' from {source}' if source else ''}."
