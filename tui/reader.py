"""The reader: search bar, article list, reading pane, status line; all index work in workers."""

from __future__ import annotations

import dataclasses
import gc
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from index.models import Hit, Progress, Span
from index.sanitize import printable
from index.search import (
    SORTS,
    CorpusIndex,
    Highlighter,
    QueryError,
    Sort,
    highlighter_for_terms,
    snippet,
)
from tui.events import (
    ArticleLoaded,
    BuildProgressed,
    FreshnessChecked,
    HitsCounted,
    IndexFailed,
    IndexOpened,
    IndexUpdated,
    SearchCompleted,
    SearchFailed,
    SnippetsFilled,
)
from tui.views.article_list import ArticleList
from tui.views.dialogs import HelpScreen, Prompt, SourcePicker
from tui.views.reading_pane import PAUSE, ReadingPane

LIST_LIMIT = 500
"""Most hits a query lists; the status line gives the full count."""
SEARCH_DELAY = 0.05
"""Seconds of quiet typing before a search starts (keystrokes in between cancel it)."""
SNIPPET_SCAN = 20_000
"""Characters of an article scanned at a time for a list snippet's match."""
GC_OLD_THRESHOLD = 200
"""Young collections between full ones while the reader runs (Python's default is 10)."""
NARROW = 100
"""Below this many columns the list stacks over the pane."""
_MAIN_SCREEN_ACTIONS = frozenset(
    {"focus_search", "cycle_sort", "filter_source", "update_index", "compare", "accept_suggestion"}
)
_TYPED_KEYS = frozenset(
    {"quit", "focus_search", "cycle_sort", "filter_source", "update_index", "compare"}
)
WATCH_COLOURS = ("success", "error", "secondary", "primary", "warning", "accent")


class BroadsheetApp(App[None]):
    """The broadsheet reader."""

    CSS_PATH = "reader.tcss"
    TITLE = "broadsheet"
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="focus-search"),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding(
            "s", "cycle_sort", "Sort", id="cycle-sort", tooltip="Relevance, newest, oldest, source"
        ),
        Binding("f", "filter_source", "Outlet", id="filter-source"),
        Binding(
            "r",
            "update_index",
            "Update",
            id="update-index",
            tooltip="Index new and changed files in the background",
        ),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("ctrl+y", "accept_suggestion", "Use suggestion", id="accept-suggestion"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, corpus: Path, index_dir: Path) -> None:
        super().__init__()
        self.corpus = corpus
        self.index_dir = index_dir
        self.index: CorpusIndex | None = None
        self.highlighter = Highlighter()
        self.sort: Sort = "relevance"
        self.source: str | None = None
        self.suggestion: str | None = None
        self.watch_words: list[str] = []
        self.freshness = "checking…"
        self.total: int | None = None
        self.total_exact = True
        self.match_info = ""
        self._search_timer: Timer | None = None
        self._last_change = 0.0
        self._key: tuple[object, ...] = ()
        self._keep: str | None = None
        self._token = 0
        self._busy = ""
        self._gc_thresholds = gc.get_threshold()
        self.shown_query: str | None = None
        """The query whose hits the list shows now (None before the first search)."""

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield Input(
                placeholder='Search: words, "phrases", OR, NOT, peace*, title:…  (? for help)',
                id="search",
                select_on_focus=False,
            )
            yield Static("", id="query-note", classes="-empty")
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            yield ReadingPane(id="pane")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        # A long article is laid out as a million small objects; Python's full collections
        # then walk them all, holding the GIL for 100 ms+. Collecting the oldest generation
        # 20 times less often keeps keystrokes prompt (young garbage is still collected).
        self._gc_thresholds = gc.get_threshold()
        young, middle, old = self._gc_thresholds
        gc.set_threshold(young, middle, max(old, GC_OLD_THRESHOLD))
        self._main.query_one(ArticleList).focus()
        self._open_index()
        self.set_interval(3.0, self._check_generation)
        self._layout_for(self.size.width)

    def on_unmount(self) -> None:
        gc.set_threshold(*self._gc_thresholds)
        gc.unfreeze()

    def on_resize(self) -> None:
        self._layout_for(self.size.width)

    def _layout_for(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    @property
    def _main(self) -> Screen[object]:
        """The reader's own screen (lookups must not land on a dialog or the comparison)."""
        return self.screen_stack[0]

    @property
    def articles(self) -> ArticleList:
        return self._main.query_one(ArticleList)

    @property
    def pane(self) -> ReadingPane:
        return self._main.query_one(ReadingPane)

    @property
    def search_text(self) -> str:
        return self._main.query_one("#search", Input).value

    # -- the index ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="open index")
    def _open_index(self) -> None:
        from index.build import ensure_index
        from index.search import open_index

        def progress(step: Progress) -> None:
            self.post_message(BuildProgressed(step, "building the index"))

        try:
            report = ensure_index(self.corpus, self.index_dir, on_progress=progress)
            index = open_index(self.index_dir)
        except Exception as error:  # every failure becomes one line on the screen
            self.post_message(IndexFailed(_one_line(error)))
            return
        self.post_message(IndexOpened(index, report))

    def on_index_opened(self, message: IndexOpened) -> None:
        self.index = message.index
        self._busy = ""
        # the index's listing and id tables are long-lived: keep full collections from
        # walking them on every pass (they are still freed when no longer referenced)
        gc.freeze()
        if message.report is not None:
            self.notify(
                f"Built the index: {message.report.indexed:,} articles"
                + (
                    f", {len(message.report.skipped)} files skipped"
                    if message.report.skipped
                    else ""
                )
            )
        self.articles.empty_text = "No articles."
        self._start_search()
        self._check_freshness()

    def on_index_failed(self, message: IndexFailed) -> None:
        self._busy = ""
        self.articles.empty_text = f"Cannot open the index: {message.reason}"
        self.articles.refresh()
        self.notify(message.reason, severity="error", timeout=10, markup=False)
        self._update_status()

    def on_build_progressed(self, message: BuildProgressed) -> None:
        step = message.progress
        total = f"/{step.total:,}" if step.total else ""
        self._busy = f"{message.verb}: {step.phase} {step.done:,}{total}"
        if self.index is None:
            self.articles.empty_text = self._busy + " files…"
            self.articles.refresh()
        self._update_status()

    @work(thread=True, exclusive=True, exit_on_error=False, group="freshness")
    def _check_freshness(self) -> None:
        from index.status import index_status

        state = str(index_status(self.corpus, self.index_dir).get("state", "unknown"))
        self.post_message(FreshnessChecked(state.split(" (")[0]))

    def on_freshness_checked(self, message: FreshnessChecked) -> None:
        self.freshness = message.state
        self._update_status()

    @work(thread=True, exclusive=True, exit_on_error=False, group="refresh")
    def _check_generation(self) -> None:
        index = self.index
        if index is not None and not index.is_current() and index.refresh():
            self.post_message(IndexUpdated(None))

    def action_update_index(self) -> None:
        if self.index is None:
            return
        self._busy = "updating the index…"
        self._update_status()
        self._update()

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="update index")
    def _update(self) -> None:
        from index.build import update

        def progress(step: Progress) -> None:
            self.post_message(BuildProgressed(step, "updating"))

        try:
            report = update(self.corpus, self.index_dir, on_progress=progress)
            if self.index is not None:
                self.index.refresh()
        except Exception as error:
            self.post_message(IndexFailed(_one_line(error)))
            return
        self.post_message(IndexUpdated(report))

    def on_index_updated(self, message: IndexUpdated) -> None:
        self._busy = ""
        report = message.report
        if report is not None:
            self.notify(
                f"Index updated: {report.indexed:,} added or changed, {report.deleted:,} "
                f"removed, {report.total:,} articles"
            )
        else:
            self.notify("A newer index was built elsewhere; showing it now")
        self._start_search(keep=self.articles.current.id if self.articles.current else None)
        self._check_freshness()

    # -- searching ------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _query_changed(self) -> None:
        # a key typed after a pause searches at once; keys typed in a burst wait until
        # the burst pauses, so the list does not redraw for every letter of a word
        if self._search_timer is not None:
            self._search_timer.stop()
        now = time.monotonic()
        if now - self._last_change > SEARCH_DELAY:
            self._start_search()
        else:
            self._search_timer = self.set_timer(SEARCH_DELAY, self._start_search)
        self._last_change = now

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self._focus(self.articles)

    def _start_search(self, keep: str | None = None) -> None:
        if self.index is None:
            return
        self._key = (self.search_text, self.sort, self.source, id(self.index))
        self._keep = keep
        self._search(self.index, self._key, self.search_text, self.sort, self.source)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", name="search")
    def _search(
        self,
        index: CorpusIndex,
        key: tuple[object, ...],
        text: str,
        sort: Sort,
        source: str | None,
    ) -> None:
        try:
            result = index.search(
                text, limit=LIST_LIMIT, sort=sort, source=source, snippets=False, count=False
            )
            highlighter = index.highlighter(text)
        except QueryError as error:
            self.post_message(SearchFailed(key, str(error)))
            return
        self.post_message(SearchCompleted(key, result, highlighter))
        if not result.total_exact:
            self.post_message(HitsCounted(key, index.count(text, source=source)))

    def on_search_completed(self, message: SearchCompleted) -> None:
        if message.key != self._key:
            return  # the query changed while this search ran
        result = message.result
        self.highlighter = message.highlighter
        self.total = result.total
        self.total_exact = result.total_exact
        self.suggestion = result.suggestion
        if result.total == 0 and result.suggestion:
            self._note(
                Text.assemble(
                    "No matches. Did you mean ", (result.suggestion, "bold"), "?  ctrl+y uses it"
                )
            )
        elif result.total == 0 and self.search_text.strip():
            self._note(Text("No matches."))
        else:
            self._note(None)
        keep = self._keep
        self.articles.show(
            list(result.hits), with_snippets=bool(self.search_text.strip()), keep=keep
        )
        self.shown_query = result.query
        self._fill_snippets()
        self.refresh_bindings()
        self._update_status()

    def on_hits_counted(self, message: HitsCounted) -> None:
        if message.key == self._key:
            self.total = message.total
            self.total_exact = True
            self._update_status()

    def on_search_failed(self, message: SearchFailed) -> None:
        if message.key != self._key:
            return
        self._note(Text(f"⚠ {message.reason}"), error=True)

    def _note(self, text: Text | None, *, error: bool = False) -> None:
        """The line under the search bar (hidden when empty: at 80x24 every row counts)."""
        note = self._main.query_one("#query-note", Static)
        note.update(text or "")
        note.set_class(text is None, "-empty")
        note.set_class(error, "-error")

    def _fill_snippets(self) -> None:
        if self.index is None or not self.articles.with_snippets:
            return
        wanted = [h for h in self.articles.visible_hits() if h.id not in self.articles.snippets]
        if wanted:
            self._snippets(self.index, self._key, wanted, self.highlighter)

    @work(thread=True, exclusive=True, exit_on_error=False, group="snippets")
    def _snippets(
        self, index: CorpusIndex, key: tuple[object, ...], hits: list[Hit], light: Highlighter
    ) -> None:
        worker = get_current_worker()
        filled: dict[str, Hit] = {}
        for hit in hits:
            if worker.is_cancelled or key != self._key:
                return  # the list moved on: these rows are no longer wanted
            try:
                body = index.article(hit.id).body
            except KeyError:
                continue
            text, spans = snippet(body, _first_spans(body, light, lambda: worker.is_cancelled))
            filled[hit.id] = dataclasses.replace(hit, snippet=text, snippet_spans=spans)
        self.post_message(SnippetsFilled(key, filled))

    def on_snippets_filled(self, message: SnippetsFilled) -> None:
        if message.key == self._key:
            self.articles.add_snippets(message.hits)

    # -- reading --------------------------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _preview(self, message: ArticleList.Highlighted) -> None:
        self._fill_snippets()
        self._load(message.hit.id)

    @on(ArticleList.Opened)
    def _open(self, message: ArticleList.Opened) -> None:
        self._load(message.hit.id)
        self._focus(self.pane)

    def _load(self, article_id: str) -> None:
        if self.index is not None:
            self._token += 1
            self._load_article(self.index, article_id, self._token)

    @work(thread=True, exclusive=True, exit_on_error=False, group="article")
    def _load_article(self, index: CorpusIndex, article_id: str, token: int) -> None:
        try:
            article = index.article(article_id)
        except KeyError:
            return
        self.post_message(ArticleLoaded(article, token))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if message.token != self._token:
            return
        self.pane.watch_words = self._watch_styles()
        self.pane.show(message.article, self.highlighter)

    @on(ReadingPane.MatchMoved)
    def _match_moved(self, message: ReadingPane.MatchMoved) -> None:
        if message.total == 0:
            self.match_info = "no matches" if self.search_text.strip() else ""
        elif message.number == 0:
            self.match_info = f"{message.total} match{'es' * (message.total != 1)} (n/N)"
        else:
            self.match_info = f"match {message.number} of {message.total}"
        self.pane.border_subtitle = self.match_info
        self._update_status()

    # -- actions --------------------------------------------------------------------------

    def _focus(self, widget: Widget) -> None:
        """Move the focus now, so that keys typed right after go to the new widget."""
        self._main.set_focus(widget)

    def action_focus_search(self) -> None:
        self._focus(self._main.query_one("#search", Input))

    def on_key(self, event: Key) -> None:
        search = self._main.query_one("#search", Input)
        if event.key == "escape" and self.focused is search:
            if search.value:
                search.value = ""
            else:
                self._focus(self.articles)
            event.stop()

    def type_into_search(self, character: str) -> None:
        """A letter typed in the list or pane that no key is bound to starts a search.

        Keys typed fast right after "/" were already on their way to the list; this keeps
        them too.
        """
        search = self._main.query_one("#search", Input)
        self._focus(search)
        search.insert_text_at_cursor(character)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.notify(f"Sorted by {self.sort}")
        self._start_search(keep=self.articles.current.id if self.articles.current else None)

    def action_filter_source(self) -> None:
        if self.index is None:
            return

        def chosen(source: str | None) -> None:
            if source is None:
                return
            self.source = source or None
            self._start_search()

        self.push_screen(SourcePicker(self.index.sources(), self.source), chosen)

    def action_accept_suggestion(self) -> None:
        if self.suggestion:
            self._main.query_one("#search", Input).value = self.suggestion

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _MAIN_SCREEN_ACTIONS and self.screen is not self._main:
            return False  # these act on the list and search bar, which another screen hides
        if action == "accept_suggestion":
            return bool(self.suggestion and self.total == 0)
        # let these keys type into the search bar
        return not (action in _TYPED_KEYS and isinstance(self.focused, Input))

    def action_compare(self) -> None:
        if self.index is None:
            return
        marked = list(self.articles.marked)
        current = self.articles.current
        if len(marked) == 2:
            self._compare(marked[0], marked[1])
        elif len(marked) == 1 and current is not None and current.id != marked[0]:
            self._compare(current.id, marked[0])
        elif current is not None:
            self.notify("Finding the most similar article…")
            self._find_similar(self.index, current.id)
        else:
            self.notify("Mark two articles with m, then press c")

    @work(thread=True, exclusive=True, exit_on_error=False, group="similar")
    def _find_similar(self, index: CorpusIndex, article_id: str) -> None:
        similar = index.most_similar(article_id, limit=3)
        if not similar:
            self.call_from_thread(self.notify, "No similar article found", severity="warning")
            return
        self.call_from_thread(self._compare, article_id, similar[0].id)

    def _compare(self, first: str, second: str) -> None:
        if self.index is None:
            return
        try:
            from tui.views.compare import CompareScreen
        except ImportError:
            self.notify("The comparison view is not available yet")
            return
        self.push_screen(CompareScreen(self.index, first, second, self.search_text))

    # -- watch words ----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Highlight term…", "Pin a word that stays lit in every article", self._ask_watch_word
        )
        if self.watch_words:
            yield SystemCommand(
                "Clear highlighted terms", ", ".join(self.watch_words), self._clear_watch_words
            )
        yield SystemCommand(
            "Show removed boilerplate",
            "Toggle the text removed from articles",
            self.pane.action_toggle_removed,
        )

    def _ask_watch_word(self) -> None:
        def add(word: str | None) -> None:
            if word and word not in self.watch_words:
                self.watch_words.append(word)
                self._rewatch()

        self.push_screen(Prompt("Highlight this term in every article:"), add)

    def _clear_watch_words(self) -> None:
        self.watch_words.clear()
        self._rewatch()

    def _watch_styles(self) -> list[tuple[Highlighter, Style]]:
        variables = self.theme_variables
        styles = []
        for number, word in enumerate(self.watch_words):
            colour = variables.get(WATCH_COLOURS[number % len(WATCH_COLOURS)], "magenta")
            styles.append(
                (highlighter_for_terms([word]), Style(color=colour, bold=True, underline=True))
            )
        return styles

    def _rewatch(self) -> None:
        self.pane.watch_words = self._watch_styles()
        self.pane.relayout()
        self._update_status()

    # -- status ---------------------------------------------------------------------------

    def _update_status(self) -> None:
        parts = [self.corpus.name or str(self.corpus)]
        if self.index is not None:
            parts.append(f"{len(self.index):,} articles")
        if self.search_text.strip() and self.total is not None:
            shown = len(self.articles.hits)
            count = f"{self.total:,}" + ("" if self.total_exact else "+")
            hits = f"{count} hit{'s' * (self.total != 1)}" + (
                f" (first {shown:,} listed)" if shown < self.total else ""
            )
            parts.append(hits)
        parts.append(f"sort: {self.sort}")
        if self.source:
            parts.append(f"outlet: {self.source}")
        if self.watch_words:
            parts.append("watching: " + ", ".join(self.watch_words))
        if self.match_info:
            parts.append(self.match_info)
        parts.append(self._busy or f"index {self.freshness}")
        self._main.query_one("#status", Static).update(
            Text(printable(" │ ".join(parts)), no_wrap=True, overflow="ellipsis")
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One place for worker failures: a line on screen, never a crash."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(
                f"{event.worker.name or 'background task'} failed: {_one_line(event.worker.error)}",
                severity="error",
                markup=False,
                timeout=8,
            )


def _first_spans(body: str, light: Highlighter, cancelled: Callable[[], bool]) -> tuple[Span, ...]:
    """Matches in the first stretch of ``body`` that has any (a snippet needs no more).

    A snippet shows one passage, so scanning a 5 MB article to its end for the list would
    only keep the UI thread from the GIL.
    """
    for piece_start, piece in _pieces(body):
        spans = light.spans(piece)
        if spans:
            return tuple(Span(s.start + piece_start, s.end + piece_start, s.term) for s in spans)
        time.sleep(PAUSE)
        if cancelled():
            break
    return ()


def _pieces(body: str) -> Iterator[tuple[int, str]]:
    """``body`` cut (after a space or newline) into about SNIPPET_SCAN-character pieces."""
    start = 0
    while start < len(body):
        end = start + SNIPPET_SCAN
        if end < len(body):
            cut = max(body.rfind(" ", start, end), body.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        yield start, body[start:end]
        start = end


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return printable(text[0]) if text else type(error).__name__
