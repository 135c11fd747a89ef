"""The quotes panel: who said what in an article, a query's articles or the corpus, and where first.

Each quotation is a heading (its words, its speaker, how many outlets carry it) over one
row per article that carries it (date, outlet, "first" or how its wording differs:
"same", "clipped", "reworded", the article's title). Choosing a row closes the panel with
that article and the quote's offset, and the reader opens the article at the quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from index.library import (
    Highlighter,
    Library,
    QueryError,
    QuoteGroup,
    QuotesMissing,
    printable,
)
from tui import keymap
from tui.dialogs.prompt import Prompt
from tui.did_you_mean import did_you_mean, offer
from tui.hang import GLUE, hang
from tui.key_waits import content_ticket, expect_screen, keys_wait_for, result_came
from tui.messages import NotebookChanged
from tui.missing_data import quotes_lacking
from tui.quote_panels import keep_panel, kept_panel
from tui.quote_scope import QuoteScope as QuoteScope  # re-exported: the panel's callers
from tui.quote_scope import QuoteTarget as QuoteTarget
from tui.quote_text import occurrence_line, per_article, quote_heading
from tui.screens.index_said import STORY_GONE, SaysIndex
from tui.way_back import back_out, leave_with
from tui.widgets.leaving_list import LeavingList
from tui.widgets.story_list import content_width, jump, step_cursor
from tui.worker_failures import ReportsWorkerFailures

PANEL_LIMIT = 300
"""Most quotations the panel lists (most carried first); the heading gives the full count."""
QUOTE_CHARS = 400
"""How much of a quotation a heading shows."""
ROW_INDENT = 15
"""Where a row's later lines start: under its outlet, right of its date."""


class QuoteList(LeavingList):
    """The panel's rows, made again for a new width (we wrap them: `hang`); enter on a
    quote's row closes the panel (`leave_with`): the keys after it wait (fx135)."""

    def on_resize(self, event: events.Resize) -> None:
        screen = self.screen
        if isinstance(screen, QuotesScreen):
            screen.rewrap()


@dataclass
class QuotesLoaded(Message):
    """The quotes of a scope, found by the panel's worker (``problem``: why there are none)."""

    scope: QuoteScope
    groups: list[QuoteGroup]
    """The first `PANEL_LIMIT` (named in the worker: the UI thread names none)."""
    problem: str | None
    total: int = 0
    """How many there are in all."""
    titles: dict[str, str] = field(default_factory=dict)
    """The titles of the articles the listed quotations are in, by id."""
    respelt: str | None = None
    """When a query's scope lists none: the respelling that lists some (`did_you_mean`)."""
    lights: Highlighter | None = None
    """What the query lights in the quotes' words and speakers (a query's scope only)."""
    found_in: int = 0
    """The query's quotes being none, the quotes of its articles are listed: how many
    articles it finds (0: the query's own quotes, or none: `Library.articles_quotes`)."""


class QuotesScreen(ReportsWorkerFailures, SaysIndex[QuoteTarget | None]):
    """The quotes of an article, a query or the corpus, grouped across articles.

    Like a story's screen, it says when the corpus changed on disk, and `u` updates the
    index; the quotes are then listed again, a story's from its articles as they are now
    (`retell`).
    """

    CONTENT_COMES = True
    """A worker brings what it shows: keys typed meanwhile wait for it (rv48)."""

    SAYS_FAILURES = {"quotes": ("#quote-note", "quotes")}

    COMPONENT_CLASSES = {"quotes-screen--match"}

    INDEX_LINE = "quote-index"

    BINDINGS = keymap.bindings(keymap.QUOTES)
    AUTO_FOCUS = "#quote-list"
    DEFAULT_CSS = """
    QuotesScreen #quote-heading { padding: 0 1; text-style: bold; background: $panel; }
    QuotesScreen #quote-note { padding: 0 1; color: $text-muted; }
    QuotesScreen #quote-list { height: 1fr; }
    QuotesScreen > .quotes-screen--match { background: $warning 45%; text-style: bold; }
    """

    def __init__(self, library: Library, scope: QuoteScope, at: int | None = None) -> None:
        super().__init__()
        self.library = library
        self.scope = scope
        self.at = at
        """The row the cursor starts on (the way back: the one read from here)."""
        self.groups: list[QuoteGroup] = []
        """The quotations listed, in order."""
        self.targets: dict[str, QuoteTarget] = {}
        self.titles: dict[str, str] = {}
        """The listed articles' titles, shown in their rows (a new user read ids there)."""
        self._width: int | None = None
        """The cells the rows were wrapped for (None: not laid out)."""
        self.lights: Highlighter | None = None
        """What the query lights in the rows' headings (as the reading pane: nu53 #5)."""
        self.respelt: str | None = None
        """The respelling "Did you mean" offers while the panel lists none: ctrl+y (nu72)."""

    def compose(self) -> ComposeResult:
        yield Static(Text(printable(self.scope.heading())), id="quote-heading")
        yield Static(Text("Finding quotes…"), id="quote-note")
        yield QuoteList(id="quote-list", leaves=lambda option: option.id in self.targets)
        yield self.index_line()  # the corpus changed on disk: `u` updates from here
        yield Footer()

    def on_mount(self) -> None:
        self.ask_reader()
        kept = kept_panel(self.library, self.scope)
        if kept is not None:  # computed before for this generation: back at once (nu53 #7)
            self.post_message(QuotesLoaded(*kept))
            return
        keys_wait_for(self._load(self.library, self.scope), content_ticket(self))

    def retell(self) -> None:
        """List the quotes again (an update changed the index), the cursor on its row."""
        self.at = self.query_one(OptionList).highlighted
        self._load(self.library, self.scope, again=True)

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes", name="quotes")
    def _load(self, library: Library, scope: QuoteScope, again: bool = False) -> None:
        """Find the scope's quotes (``again``: after an update, a story's articles read
        again first: they may have changed, or all gone)."""
        generation = library.generation  # before the quotes: what they are kept under
        asked = scope
        try:
            if again and scope.story_id is not None:
                try:
                    story = library.story(scope.story_id).story
                except KeyError:  # an update deleted all its articles
                    self.post_message(QuotesLoaded(scope, [], STORY_GONE))
                    return
                scope = replace(scope, title=story.title or story.id, story=story.counted)
            groups: Sequence[QuoteGroup]
            if scope.article is not None:
                groups = library.article_quotes(scope.article)
            elif scope.story is not None:
                groups = library.quotes(articles=scope.story)
            else:
                groups = library.quotes(scope.query, source=scope.source)
            shown = list(groups[:PANEL_LIMIT])  # named here, off the UI thread
            titles = library.titles({o.article for g in shown for o in g.occurrences})
            queried = scope.article is None and scope.story is None and scope.query.strip()
            lights = library.highlighter(scope.query) if queried else None
        except QuotesMissing:
            self.post_message(QuotesLoaded(scope, [], quotes_lacking(library)))
            return
        except Exception as error:  # a bad query: one line, never a crash
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
            self.post_message(QuotesLoaded(scope, [], reason))
            return
        respelt, found_in = None, 0
        if not shown and queried:  # its articles' quotes, said so (nu74: none listed)
            try:
                theirs = library.articles_quotes(scope.query, source=scope.source)
            except Exception:  # the query's own quotes said none: the panel says so
                theirs = None
            if theirs is not None:
                groups, found_in = theirs
                shown = list(groups[:PANEL_LIMIT])
                titles = library.titles({o.article for g in shown for o in g.occurrences})
        if not shown and scope.article is None and scope.story is None:
            try:  # only an offer: its search stopped (5 s, a loaded machine) offers none
                respelt = did_you_mean(  # within the outlet, as the article list's
                    library,
                    scope.query,
                    lambda text: len(library.quotes(text, source=scope.source)) > 0,
                    source=scope.source,
                )
            except QueryError:  # rv58: raised here, the panel said "quotes failed … (a bug)"
                respelt = None
        loaded = (scope, shown, None, len(groups), titles, respelt, lights, found_in)
        if scope == asked:  # a story's read again after an update is not what was asked
            keep_panel(library, generation, asked, loaded)
        self.post_message(QuotesLoaded(*loaded))

    def on_quotes_loaded(self, message: QuotesLoaded) -> None:
        if not self.scope.same(message.scope):
            return
        result_came(self.app, content_ticket(self))  # the keys typed meanwhile act on them
        if message.scope != self.scope:  # a story's, after an update: its articles now
            self.scope = message.scope
        heading = self.query_one("#quote-heading", Static)  # or the query's articles' (nu74)
        heading.update(Text(printable(self.scope.heading(message.found_in))))
        note = self.query_one("#quote-note", Static)
        self.groups, self.titles = [], {}  # the rows listed before an update go
        self.targets.clear()
        self.query_one(OptionList).clear_options()
        self._offer(None if message.problem or message.total else message.respelt)
        if message.problem:
            note.update(Text(printable(message.problem)))
            return
        total = message.total
        self.groups = message.groups
        self.lights = message.lights
        self.titles = message.titles
        if not total:
            note.update(Text(self._nothing(message.respelt)))
            return
        shown = f" (the {len(self.groups):,} most carried)" if len(self.groups) < total else ""
        note.update(
            Text(f"{total:,} quotation{'s' * (total != 1)}{shown}; enter opens the article there")
        )
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options())
        first = next((i for i, o in enumerate(options.options) if not o.disabled), None)
        at = self.at if self.at is not None and self.at < options.option_count else first
        options.highlighted = at if at is None or not options.options[at].disabled else first

    def _offer(self, respelt: str | None) -> None:
        """Keep the respelling offered, ctrl+y in the footer while there is one."""
        if respelt != self.respelt:
            self.respelt = respelt
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept_suggestion":  # only while "Did you mean" offers one
            return self.respelt is not None
        return super().check_action(action, parameters)

    def action_accept_suggestion(self) -> None:
        """ctrl+y: the quotes of the respelling offered, in the panel (of the outlet, as
        the offer was: nu72; the article and story lists take theirs so)."""
        if self.respelt is None:
            return
        self.scope = replace(self.scope, query=self.respelt)
        reader = self.reader_below()
        if reader is not None:  # its bar says the query listed, as its own ctrl+y (nu73)
            reader.post_message(self.Respelt(self.respelt))
        self._offer(None)
        self.at = None
        self.query_one("#quote-heading", Static).update(Text(printable(self.scope.heading())))
        self.query_one("#quote-note", Static).update(Text("Finding quotes…"))
        keys_wait_for(self._load(self.library, self.scope), content_ticket(self))

    @dataclass
    class Respelt(Message):
        """ctrl+y took the respelling offered: the reader's search bar takes ``query`` too
        (the panel listed "ferry" over a bar and a list of "fery": nu72)."""

        query: str

    def _nothing(self, respelt: str | None = None) -> str:
        """Why the panel is empty, and where else to look (``respelt``: the respelling
        of the query that lists quotes)."""
        if self.scope.article is None and self.scope.story is None and self.scope.query.strip():
            of = f" in {self.scope.source}'s articles" if self.scope.source else ""
            return offer(f"No quote's words or speaker match the query{of}.", respelt) + (
                " For every quote of an article, press q while reading it (the pane has the focus)."
            )
        return "No quotes here."

    def _options(self) -> list[Option]:
        rows: list[Option] = []
        self.targets.clear()
        width = self._width = content_width(self.query_one(OptionList))
        for number, group in enumerate(self.groups):
            match = self.get_component_rich_style("quotes-screen--match", partial=True)
            heading = quote_heading(group, QUOTE_CHARS, GLUE, self.lights, match)
            head = hang(heading, width, 1)
            rows.append(Option(head, disabled=True))
            for index, (o, times) in enumerate(per_article(group)):
                row_id = f"q{number}-{index}"
                said = group.speaker or o.speaker
                full = group.text if o.change != "same" else ""
                self.targets[row_id] = QuoteTarget(
                    o.article, o.start, o.end, said, o.text, o.source, full, o.change
                )
                line = occurrence_line(group, o, times, self.titles.get(o.article))
                rows.append(Option(hang(line, width, ROW_INDENT), id=row_id))
        return rows

    def rewrap(self) -> None:
        """Wrap the rows again for the list's new width, the cursor where it was."""
        options = self.query_one(OptionList)
        if not self.groups or content_width(options) == self._width:
            return
        at = options.highlighted
        options.set_options(self._options())
        options.highlighted = at

    @on(OptionList.OptionSelected, "#quote-list")
    def _chosen(self, message: OptionList.OptionSelected) -> None:
        target = self.targets.get(message.option.id or "")
        if target is not None:
            leave_with(self, target)

    def action_keep(self) -> None:
        """`h`: keep the quote the heading shows, in the row's article, in the notebook with
        its speaker, then an optional note (as `h` keeps a passage in the reader; nu47 #9).
        A row whose words differ from the heading's (a clipped reprint) keeps the heading's
        where its article holds them, else its own, and the question says so (nu70 #3)."""
        options = self.query_one(OptionList)
        at = options.highlighted
        row = options.options[at].id if at is not None and at < options.option_count else None
        target = self.targets.get(row or "")
        if target is None:
            self.notify("No quote to keep here")
        elif target.full:  # the article is read in a worker: it may hold the heading's words;
            # the keys typed meanwhile wait for the question (rv78: "j" moved the panel)
            keys_wait_for(self._find_full(self.library, target), expect_screen(self.app))
        else:
            self._ask(target)

    @work(thread=True, exit_on_error=False, group="notebook-write", name="quote-full")
    def _find_full(self, library: Library, target: QuoteTarget) -> None:
        """The heading's words in the row's article, if it holds them, asked about on the
        UI thread (else the row's own words, and the question says why)."""
        from tui.quote_keep import full_span

        try:
            body = library.article(target.article).body
        except KeyError:  # gone: `keep_quote` says so
            body = ""
        span = full_span(body, target.full, target.start)
        if span is not None:
            target = replace(target, start=span[0], end=span[1], words=body[slice(*span)], full="")
        self.app.call_from_thread(self._ask, target)

    def _ask(self, target: QuoteTarget) -> None:
        """Ask for `h`'s note, saying which words it keeps and from which outlet."""

        def noted(answer: str | None) -> None:
            if answer is not None:  # empty: kept without a note (a note it has stays)
                self._keep(self.library, target, answer.strip() or None)

        from tui.quote_keep import inside_marks, shorter_said  # with the notebook: on use
        from tui.screens.multicompare_keep import keep_question

        start, end = inside_marks(target.words, 0, len(target.words))  # as kept (nu67)
        outlet = shorter_said(target.source, target.change) if target.full else target.source
        question = keep_question(target.words[start:end], outlet or "", "quote")
        self.app.push_screen(Prompt(question, allow_empty=True), noted)

    @work(thread=True, exit_on_error=False, group="notebook-write", name="notebook")
    def _keep(self, library: Library, target: QuoteTarget, note: str | None) -> None:
        """Write the quote to the notebook; the reader under the panel reads the notebook
        again (its pane lights the passage) and says what was kept."""
        from tui.quote_keep import keep_quote
        from tui.screens.notebook_actions import NotebookActions

        said = keep_quote(library, target.article, target.start, target.end, target.speaker, note)
        readers = [s for s in self.app.screen_stack if isinstance(s, NotebookActions)]
        if readers:
            readers[0].post_message(NotebookChanged(said, target.article))
        else:
            self.app.call_from_thread(self.notify, said, markup=False)

    def again(self) -> QuotesScreen:
        """This panel again, the cursor on the row under it (`tui.way_back`)."""
        return QuotesScreen(self.library, self.scope, self.query_one(OptionList).highlighted)

    def action_cursor(self, step: int) -> None:
        step_cursor(self.query_one(OptionList), step)

    def action_open(self) -> None:
        """Enter: read the row's article at the quote (as choosing the row)."""
        self.query_one(OptionList).action_select()

    def action_jump(self, where: str) -> None:
        jump(self.query_one(OptionList), where)

    def action_back(self) -> None:
        if not back_out(self):  # opened again by the way back: to the reader's list
            self.dismiss(None)
