"""The reader: search bar, article list, reading pane and status line; index work in workers."""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input
from textual.worker import get_current_worker

from index.library import WHOOSH, EngineChoice, Highlighter, Library, QueryError
from index.models import Hit, Sort
from tui import keymap
from tui.empty_hint import empty_hint
from tui.messages import (
    ArticleLoaded,
    HitsCounted,
    SearchCompleted,
    SearchFailed,
    SearchKey,
    SnippetsFilled,
    UndatedLeftOut,
)
from tui.query_history import QueryHistory
from tui.reader_state import next_sort, sort_toast
from tui.screens.feed_refresh import FEED_ACTIONS, FeedRefresh
from tui.screens.follow_mode import FollowMode
from tui.screens.notebook_actions import NOTEBOOK_ACTIONS, NotebookActions
from tui.screens.quote_jump import QuoteJump
from tui.screens.reader_actions import ARTICLE_ACTIONS, ArticleActions
from tui.screens.reader_compare import SELF_COMPARE as SELF_COMPARE  # re-exported
from tui.screens.reader_compare import CompareActions
from tui.screens.reader_first_page import FirstPageMixin
from tui.screens.reader_outlets import OutletPicking
from tui.screens.reader_paging import ListPaging
from tui.screens.reader_read import READ_ACTIONS
from tui.screens.reader_results import ReaderResults, none_matches
from tui.screens.reader_session import ReaderSession
from tui.screens.story_mode import StoryMode
from tui.screens.watch_words import WatchWords
from tui.status_steps import fewer_words, sort_steps
from tui.unlisted_marks import marks_further, marks_note
from tui.widgets.article_layout import PAUSE
from tui.widgets.article_list import ArticleList
from tui.widgets.key_footer import KeyFooter
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_box import QueryNote, SearchBox
from tui.widgets.status_line import LEAVE_OUT, StatusLine, shorter_freshness, without_copies
from tui.widgets.story_list import StoryList

LIST_LIMIT = 100  # hits a query lists at first (less to rank on each key); more near the end
COUNT_DELAY = 0.3  # a query stays this long before its matches are counted (holds the index)
TYPED_ACTIONS = (
    frozenset({"focus_search", "cycle_sort", "filter_source", "update_index", "compare"})
    | {"quotes", "toggle_stories", "related"}
    | NOTEBOOK_ACTIONS
    | FEED_ACTIONS
    | ((ARTICLE_ACTIONS | READ_ACTIONS) - {"copy_passage"})
)
"""Actions whose keys type into the search bar while it has the focus."""


class ReaderScreen(
    ReaderResults,
    OutletPicking,
    CompareActions,
    WatchWords,
    ArticleActions,
    ListPaging,
    FeedRefresh,
    NotebookActions,
    StoryMode,
    FollowMode,
    ReaderSession,
    FirstPageMixin,
):
    """Search as you type, read with the query lit, open a comparison."""

    BINDINGS = StoryMode.STORY_BINDINGS + keymap.bindings(keymap.READER + keymap.READ)
    AUTO_FOCUS = "ArticleList"
    VERTICAL_BREAKPOINTS = [(0, "-low"), (30, "-high")]  # -low: a one-line search bar (app.tcss)
    TINY = 20
    """Under this many lines (60x15) the screen is also `-tiny`: the list keeps whole rows."""

    def __init__(self, corpus: Path, index_dir: Path, engine: EngineChoice = WHOOSH) -> None:
        super().__init__(corpus, index_dir, engine)
        self.highlighter = Highlighter()
        self.sort: Sort = "relevance"
        self.source: str | None = None  # the outlet the list is limited to (None: every one)
        self.suggestion: str | None = None
        self.watch_words: list[str] = []
        self.total: int | None = None
        self.total_exact, self.match_info = True, ""
        self.marks_further: frozenset[str] = frozenset()  # marked, found beyond the listed hits
        self._marks: list[str] = []  # the marks when the last search started
        self.shown_query: str | None = None  # the query whose hits the list shows now
        self._key: SearchKey = ()
        self._keep: str | None = None
        self._keep_away = False  # `_keep` is the pane's article, not listed when searched
        self._keep_top = False  # `_keep` not listed: the cursor to the top
        self._keep_late: tuple[object, tuple[str | None, bool]] | None = None
        """A refresh: the list it started from and what it kept, to see a move meanwhile."""
        self._token = 0
        self._opening: str | None = None  # the article enter opened, until it is shown
        self.quote_jump = QuoteJump(self)
        self.query_history = QueryHistory()  # the search bar's up and down; kept with the state

    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            # enter and escape leave for the list shown (not the articles under the stories)
            yield SearchBox(
                id="search",
                leave_to=lambda: self.shown_list,
                searching=self.search_pending,
                typed=self.typed,
                listed=lambda: None if self.shown_query is None else self.listed_query(),
                history=self.query_history,
            )
            yield QueryNote("", id="query-note", classes="-empty")
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            yield StoryList(id="stories")
            yield ReadingPane(id="pane")
        yield StatusLine("", id="status")
        yield KeyFooter(compact=True)  # every key the footer shows fits at 80 columns

    def on_mount(self) -> None:
        self.open_library()

    def on_resize(self) -> None:
        self.set_class(self.size.height < self.TINY, "-tiny")  # app.tcss (nu30 #11)

    # -- the index (opened, updated and followed by `LibraryScreen`) ----------------------

    def library_opened(self) -> None:
        self.articles.empty_text = ""  # until a search lists: the status says "searching…"
        self.restore_session()  # then the first search

    def library_failed(self, reason: str) -> None:
        self.articles.empty_text = (
            empty_hint(reason, self.feeds_followed)
            if self.corpus_empty
            else f"Cannot open the index: {reason}"
        )
        self.articles.refresh()
        self._update_status()

    def library_busy(self) -> None:
        if self.library is None:
            self.articles.empty_text = self.busy  # "building the index…" ("… files…" once)
            self.articles.refresh()
        self._update_status()

    def library_changed(self) -> None:
        self.check_shown(then=self._lists_changed)  # the pane says first if its article went

    def _lists_changed(self) -> None:
        self.stories_changed()  # first: the stories loading, the search below lists them not
        kept = self._kept()  # again, which would preview the cursor's story
        self._start_search(*kept)
        self._keep_late = (self.articles.key, kept)  # a move while it searches is kept

    def _kept(self) -> tuple[str | None, bool]:
        """The article a refresh keeps; True if the pane shows it from elsewhere (rv29 #1)."""
        listed, shown = self.articles, self.pane.article
        if listed.away and shown is not None:
            return shown.id, True
        return (listed.current.id if listed.current else None), False

    def library_checked(self) -> None:
        self._update_status()

    def more_listed(self) -> None:
        self._update_status()

    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def search_box(self) -> SearchBox:
        return self.query_one(SearchBox)

    @property
    def search_text(self) -> str:
        return self.search_box.value

    # -- searching ------------------------------------------------------------------------

    @on(SearchBox.QueryChanged)
    def _query_changed(self) -> None:
        self._start_search()

    def _start_search(
        self, keep: str | None = None, away: bool = False, *, top: bool = False
    ) -> None:
        """``keep``: the article the cursor stays on; ``away``: the pane shows it, not
        a row; ``top``: the cursor goes to the top when it is not listed (a new order)."""
        if self.library is None:
            return
        typed = self.searched_as_typed(self.search_text)  # ctrl+y: "Showing results for"
        self._key = (self.search_text, self.sort, self.source, id(self.library), typed)
        self._keep, self._keep_away, self._keep_top = keep, away, top
        self._keep_late = None
        if self.articles_wanted():
            self._marks = list(self.articles.marked)  # for the worker (marks_further)
            run = self._search(self.library, self._key, self.search_text, self.sort, self.source)
            self.search_run = (run, self._key)  # what a failure of it left unanswered
            self.search_started()

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", name="search")
    def _search(
        self, library: Library, key: SearchKey, text: str, sort: Sort, source: str | None
    ) -> None:
        if get_current_worker().is_cancelled:  # queued behind older ones (the pool holds 6
            return  # threads), and another key typed since: no search (fx43)
        try:
            typed, limits = bool(key[-1]), {"sort": sort, "source": source, "count": False}
            result = library.search_as_meant(text, as_typed=typed, limit=LIST_LIMIT, **limits)
            text = result.searched  # an offer's hits ("jong nam" for jongnam): its words lit
            highlighter = library.highlighter(text)
        except QueryError as error:
            self.post_message(SearchFailed(key, str(error)))
            return
        further = marks_further(library, text, source, self._marks, result)
        self.post_message(SearchCompleted(key, result, highlighter, further))
        try:  # the undated matches a date: filter left out, a date outside the corpus's
            left = library.undated_left_out(text, source=source)  # the note says so
            miss = library.search_note(text, result.total)  # and a wire's abbreviation
        except QueryError:  # too slow to count: the hits stand without it
            left, miss = 0, None
        if (left or miss) and not get_current_worker().is_cancelled:
            self.post_message(UndatedLeftOut(key, left, miss))
        if not result.total_exact:
            time.sleep(COUNT_DELAY)  # a key typed meanwhile cancels this worker: no count
            if not get_current_worker().is_cancelled:
                counted = library.count(text, source=source)
                if not get_current_worker().is_cancelled:  # re-searched while counting (rv36 #8)
                    self.post_message(HitsCounted(key, counted))

    def on_search_completed(self, message: SearchCompleted) -> None:
        if message.key != self._key:
            return  # the query changed while this search ran
        result = message.result
        offered = self.check_action("accept_suggestion", ())  # ctrl+y in the footer
        self.highlighter = message.highlighter
        self.total = result.total
        self.total_exact = result.total_exact
        self.suggestion, self.marks_further = result.suggestion, message.further
        self.read_as = result.read_as
        if self._keep_late is not None and self._keep_late[0] == self.articles.key:
            self._keep, self._keep_away = self._kept()  # the same rows: the user's last move
        self.query_one(QueryNote).found(result, self.search_text, self.source)
        if result.total == 0:  # the pane says so, not the last list's article (nu40 #14)
            self.pane_says_none(none_matches(self.search_text, self.source))
        self.articles.show(
            list(result.hits),
            with_snippets=bool(self.search_text.strip()),
            keep=self._keep,
            key=self._key,
            more=len(result.hits) < result.total or not result.total_exact,
            # the pane says its article is gone (nu29 #5), or shows one kept from elsewhere
            preview=not self.pane_held and not self._keep_away,
            top=self._keep_top,
        )
        if self._keep_away and self._keep is not None:
            self.articles.point_at(self._keep)  # listed now: its row lit; else still away
        self.pane_held = self.pane_held and self.showing_stories  # their refresh comes
        self.shown_query = result.query
        self.call_after_refresh(self._fill_snippets)  # the rows first, on their own
        if self.check_action("accept_suggestion", ()) != offered:
            self.refresh_bindings()  # the footer is made anew (all its keys): only when needed
        self._update_status()

    def _fill_snippets(self) -> None:
        if self.library is None or not self.articles.with_snippets:
            return
        wanted = [h for h in self.articles.visible_hits() if h.id not in self.articles.snippets]
        if wanted:
            self._snippets(self.library, self._key, wanted, self.highlighter)

    @work(thread=True, exclusive=True, exit_on_error=False, group="snippets", name="snippets")
    def _snippets(
        self, library: Library, key: SearchKey, hits: list[Hit], light: Highlighter
    ) -> None:
        worker = get_current_worker()
        filled: dict[str, Hit] = {}
        for hit in hits:
            if worker.is_cancelled or key != self._key:
                return  # the list moved on: these rows are no longer wanted
            with_snippet = library.snippet_for(
                hit, light, cancelled=lambda: worker.is_cancelled, pause=PAUSE
            )
            if with_snippet is not None:
                filled[hit.id] = with_snippet
        self.post_message(SnippetsFilled(key, filled))

    def on_snippets_filled(self, message: SnippetsFilled) -> None:
        if message.key == self._key:
            self.articles.add_snippets(message.hits)

    # -- reading --------------------------------------------------------------------------

    @on(ArticleList.MarksChanged)
    def _marks_changed(self) -> None:
        self._update_status()

    @on(ReadingPane.MarkWanted)
    def _mark_shown(self) -> None:
        if self.pane.article is not None:
            self.articles.toggle_mark(self.pane.article.id)

    @on(ArticleList.RowsShown)
    def _rows_shown(self) -> None:
        self.call_after_refresh(self._fill_snippets)

    @on(ArticleList.Highlighted)
    def _preview(self, message: ArticleList.Highlighted) -> None:
        # once the list is painted: the workers would hold the interpreter while it paints
        self.call_after_refresh(self._fill_snippets)
        self.call_after_refresh(self._load, message.hit.id)
        self._pending = message.hit.id if self.library else None  # `n` waits (nu56 #2)

    @on(ArticleList.Opened)
    def _open(self, message: ArticleList.Opened) -> None:
        if message.listed:  # chosen from the reader's own list: a new way back (nu39 #1)
            self.way_back.clear()
        self.articles.point_at(message.hit.id)  # or `away`: `u` keeps it (nu59 #2, fx143)
        self._opening = message.hit.id  # read once shown (nu40 #11), not after a dwell
        self._load(message.hit.id)
        if not isinstance(self.focused, SearchBox):  # "/" typed right after enter: stay
            self.set_focus(self.pane)

    def _load(self, article_id: str, gone: str = "") -> None:
        if self.library is not None:
            self._token += 1
            self._pending = article_id
            self._load_article(self.library, article_id, self._token, gone)

    @work(thread=True, exclusive=True, exit_on_error=False, group="article", name="article")
    def _load_article(self, library: Library, article_id: str, token: int, gone: str) -> None:
        try:
            article = library.article(article_id)
        except KeyError:  # ``gone`` said (a quote's article an update removed), else silent
            self.app.call_from_thread(self._not_loaded, token, gone)
            return
        self.post_message(ArticleLoaded(article, token))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if message.token == self._token:
            lights = self.passage_lights(message.article)
            self.pane.watch_words = self._watch_styles() + lights
            self.pane.show(message.article, self.highlighter)
            self._pending = None
            opened, self._opening = message.article.id == self._opening, None
            self.article_shown(message.article.id, opened=opened)

    @on(ReadingPane.MatchMoved)
    def _match_moved(self, message: ReadingPane.MatchMoved) -> None:
        if message.total == 0 and self.pane.article is None:
            self.match_info = ""  # no article: nothing to say of its matches (nu29 #5)
        elif message.total == 0:
            # of the article in the pane: beside "3 stories" a bare "no matches" read as none
            self.match_info = "no matches in this article" if self.search_text.strip() else ""
        else:
            self.match_info = message.label()
        self.pane.border_subtitle = self.match_info  # said there alone, by the lit words
        self._update_status()  # the session and the screens above follow the article

    # -- actions --------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """`/`: the search bar with its query selected, so typing replaces it (as in a
        browser's address bar); an arrow key, home or end keeps it to edit."""
        self.set_focus(self.search_box)
        self.search_box.select_all()

    def action_cycle_sort(self) -> None:
        if self.showing_stories:
            self.cycle_story_order()
            return
        self.sort = next_sort(self.sort, query := bool(self.listed_query().strip()))
        self.notify(sort_toast(self.sort, query, self.dateless))
        self._start_search(*self._kept(), top=True)

    def listed_query(self) -> str:
        """The query whose hits (or stories) the list shows ("" before any)."""
        return (self._stories_shown if self.showing_stories else self.shown_query) or ""

    def outlet_chosen(self, source: str | None) -> None:
        """The outlet picked in `f`'s picker ("": all; None: none; the one shown: no change)."""
        if source is not None and (source or None) != self.source:
            self.source = source or None
            self.way_back.clear()  # another list: a new way back, as a new search
            self.outlet_changed()
            self._start_search()

    def action_quotes(self) -> None:
        self.quote_jump.open()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept_suggestion":
            return self.offers_ctrl_y()
        # let these keys type into the search bar
        return not (action in TYPED_ACTIONS and isinstance(self.focused, Input))

    # -- status ---------------------------------------------------------------------------

    def _update_status(self) -> None:
        parts = [self.corpus.name or str(self.corpus)]
        if self.library is not None:
            parts.append(self.listed_of(self.articles_said()))
        counts, order = self.list_status()
        parts += [*counts, *(unread := self.unread_said()), order]
        marks = (self.articles.marked, self.articles.hits, self.marks_further)
        hidden = "" if self.showing_stories else marks_note(*marks)
        parts += [hidden] if hidden else []
        parts += [self.outlet_said()] if self.source else []
        watching = "watching: " + ", ".join(self.watch_words) if self.watch_words else ""
        parts += [watching] if watching else []  # the pane lights them: said when there is room
        parts.append(self.busy or self.freshness)
        # the count and skips stay (nu17 #6), and the order down to 80 columns (nu32 #14);
        # "(why: …)" goes first (nu24 #4), then "showing …", then the stale line's counts
        # (sm33: they went at 120 columns); the match count is the pane border's alone
        # (nu70 #7: said twice at 120 columns)
        shorter = {parts[1]: parts[1].split(" (why: ", 1)[0]} if self.library is not None else {}
        gone = [c for c in counts if c.startswith("showing ")]
        shorter |= dict.fromkeys(filter(None, gone), LEAVE_OUT) | shorter_freshness(self.freshness)
        said = shorter.get(parts[1], parts[1])
        if self.library is not None and (brief := without_copies(said)) != said:
            shorter[said] = brief  # the copies go before the sort does (nu44)
        # "3 unread" stays longest (nu40 #10, nu58 #3): the watch words (lit in the pane)
        # and the corpus name go first, then the sort, unless chosen: then fewer words of
        # the count and marks first (nu56 #5: `status_steps`), then the sort, then unread
        chosen = self.story_order if self.showing_stories else self.sort != "relevance"
        first, last = sort_steps(order, bool(chosen), unread)
        alone = [(a, LEAVE_OUT) for a in self.alone_said()] if self.showing_stories else []
        steps = fewer_words(shorter.get(said, said), hidden, parts[-1]) if self.library else []
        status = self.query_one(StatusLine)
        status.show(parts, [watching, parts[0]], shorter, first, steps + alone + last)
        self.session_changed()
        if len(self.app.screen_stack) > 1:  # a story's screen, the quotes panel say it too
            from tui.screens.index_said import tell_above  # loaded with such a screen

            tell_above(self.app, self)
