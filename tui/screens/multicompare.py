"""Comparing three to eight articles: a base text as a heat map, what each alone says."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Static

from index.library import Library, MultiComparison, SentenceCoverage, compare_many
from tui import keymap
from tui.apart import apart
from tui.key_waits import content_ticket, keys_wait_for, result_came
from tui.outlet_labels import Named, told_apart
from tui.screens.multicompare_text import ComparisonText
from tui.widgets.alignment_table import AlignmentTable, layout_alignment
from tui.widgets.compare_layout import SideLayout
from tui.widgets.compare_pane import LAYING_OUT
from tui.widgets.heat_map import LEVEL_WORDS, HeatMap, layout_heat
from tui.widgets.key_footer import KeyFooter, paired
from tui.widgets.many_legend import legend


@dataclass
class ManyCompared(Message, bubble=False):
    """The articles compared (or why they could not be)."""

    comparison: MultiComparison | None
    reason: str
    token: int
    labels: tuple[str, ...] = ()
    """Each article's outlet, told apart where one outlet runs several (`told_apart`)."""


@dataclass
class HeatLaidOut(Message, bubble=False):
    """The base article wrapped for the heat map (or the alignment table laid out)."""

    layout: SideLayout
    token: int


def _heat_map_key() -> Binding:
    """`v` in the table: back to the heat map (the id of `v`, so a keymap moves both)."""
    view = next(key for key in keymap.COMPARE_MANY if key.action == "view('table')")
    return replace(view.binding(), action="view('heat')", description="Heat map")


class MultiCompareScreen(ComparisonText):
    """Two to eight articles: one as the base, shaded by how many others carry each sentence."""

    CONTENT_COMES = True
    """A worker brings what it shows: keys typed meanwhile wait for it (rv48)."""

    SAYS_FAILURES = {
        "many": ("#many-bases, ComparePane", "comparison"),  # and its panes (fx167)
        "many-layout": ("ComparePane", LAYING_OUT),
    }

    BINDINGS = paired(
        [*keymap.bindings(keymap.COMPARE_MANY), _heat_map_key()],
        {"many-prev-alone": "Only here", "many-next-alone": "Only here"},
    )
    DEFAULT_CSS = """
    MultiCompareScreen {
        #many-bases { height: auto; max-height: 2; padding: 0 1; background: $panel; }
        #many-legend { height: 1; padding: 0 1; }
        #many-main { height: 1fr; }
        #many-heat { width: 3fr; }
        #many-side { width: 2fr; border: round $panel; padding: 0 1; }
        #many-carriers { height: auto; }
        #many-only { height: auto; margin-top: 1; }
        #many-table { display: none; width: 1fr; }
        &.-table #many-heat { display: none; }
        &.-table #many-side { display: none; }
        &.-table #many-table { display: block; }
        &.-narrow #many-heat { width: 1fr; }
        &.-narrow #many-side { width: 1fr; }
    }
    """

    def __init__(self, library: Library, ids: list[str]) -> None:
        super().__init__()
        self.library = library
        self.ids = list(ids)
        self.comparison: MultiComparison | None = None
        self.labels: tuple[str, ...] = ()
        """Each article's outlet as the tabs and side columns name it (`told_apart`)."""
        self.outlets: tuple[str, ...] = ()
        """The corpus's outlets: no tab's short name may be another's (nu51 #7)."""
        self.coverage: tuple[SentenceCoverage, ...] = ()
        self.base = 0
        self.sentence = 0
        self.row = 0
        """The alignment table's current row."""
        self.table_view = False
        self._token = 0

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Comparing {len(self.ids)} articles…"), id="many-bases")
        yield Static("", id="many-legend")
        with Horizontal(id="many-main"):
            yield HeatMap(id="many-heat")
            yield AlignmentTable(id="many-table")
            side = VerticalScroll(id="many-side")
            side.can_focus = False  # tab changes the base: a click focused it, and its arrows
            with side:  # scrolled it, not the sentence the help says (sm32); the wheel does
                yield Static("", id="many-carriers")
                yield Static("", id="many-only")
        yield KeyFooter(compact=True)  # fits at 80 columns

    def on_mount(self) -> None:
        self.heat.focus()
        computing = self._analyse(self.library, tuple(self.ids), self._token)
        keys_wait_for(computing, content_ticket(self))  # should it fail, they wait no more

    def on_heat_map_resized(self) -> None:
        if self.comparison is not None:  # the tabs and the legend share the new width
            self.query_one("#many-bases", Static).update(self._bases())
            self.query_one("#many-legend", Static).update(self._styled_legend())
        self._relayout()

    def on_alignment_table_resized(self) -> None:
        if self.comparison is not None:  # the heat map, hidden, says nothing of a resize:
            self.query_one("#many-bases", Static).update(self._bases())  # the tabs wrapped
            self.query_one("#many-legend", Static).update(self._styled_legend())
        self._relayout()

    @property
    def table(self) -> AlignmentTable:
        """The alignment table."""
        return self.query_one(AlignmentTable)

    @property
    def heat(self) -> HeatMap:
        """The heat map of the base article."""
        return self.query_one(HeatMap)

    def _styled_legend(self) -> Text:
        if self.table_view:
            words = {"verbatim": "word for word", "paraphrase": "other words", "unique": "alone"}
            styles = self.table.kind_styles()
            label = "cells: "
        else:
            words, styles = LEVEL_WORDS, self.heat.level_styles()
            if not any(c.partly and not c.count for c in self.coverage):  # room at 80 columns
                words = {name: word for name, word in words.items() if name != "partly"}
            label = "carried by: "
        other = "heat map" if self.table_view else "table"
        width = self.query_one("#many-legend", Static).size.width or 10_000
        return legend(label, words, styles, other, width)

    # -- computing ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="many", name="comparison")
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _analyse(self, library: Library, ids: tuple[str, ...], token: int) -> None:
        try:
            articles = [library.article(i) for i in ids]
            comparison = compare_many(articles, library.common_words())
            named = [Named(a.id, a.source, a.date, a.title) for a in articles]
            self.outlets = tuple(name for name, _ in library.sources())  # before the message
        except KeyError as error:
            self.post_message(ManyCompared(None, f"no article with id {error}", token))
            return
        except ValueError as error:  # CompareError: too few, too many, twice
            self.post_message(ManyCompared(None, str(error), token))
            return
        self.post_message(ManyCompared(comparison, "", token, tuple(told_apart(named))))

    def on_many_compared(self, message: ManyCompared) -> None:
        if message.token != self._token:
            return
        result_came(self.app, content_ticket(self))  # the keys held act after this handler
        if message.comparison is None:
            self.query_one("#many-bases", Static).update(Text(f"⚠ {message.reason}"))
            return
        self.comparison = message.comparison
        self.labels = message.labels
        self._set_base(self.base)

    def _set_base(self, base: int) -> None:
        assert self.comparison is not None
        self.base = base
        self.sentence = 0
        self.row = 0
        self.coverage = self.comparison.coverage(base)
        self.query_one("#many-legend", Static).update(self._styled_legend())  # "partly"?
        self.query_one("#many-bases", Static).update(self._bases())
        self.query_one("#many-only", Static).update(self._only_in())
        self.heat.show_sentence(None)
        self.heat.scroll_to(y=0, animate=False)
        self._relayout()

    def _relayout(self) -> None:
        if self.comparison is None:
            return
        self._token += 1
        if self.table_view:
            size, bar = self.table.size, self.table.styles.scrollbar_size_vertical
            styles = self.table.kind_styles()
            self._layout_table(self.comparison, self.base, styles, size, bar, self._token)
            return
        doc = self.comparison.documents[self.base]
        width = max(1, self.heat.size.width - 2)
        others = len(self.comparison.documents) - 1
        styles = self.heat.level_styles()
        self._layout(self.coverage, doc.body, others, styles, width, self._token)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="many-layout",
        name="comparison layout",
    )
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _layout(
        self,
        coverage: tuple[SentenceCoverage, ...],
        body: str,
        others: int,
        styles: dict[str, Style],
        width: int,
        token: int,
    ) -> None:
        layout = layout_heat(coverage, body, others, styles, width, self.app.console)
        self.post_message(HeatLaidOut(layout, token))

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="many-layout",
        name="comparison layout",
    )
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _layout_table(
        self,
        comparison: MultiComparison,
        base: int,
        styles: dict[str, Style],
        size: Size,
        bar: int,
        token: int,
    ) -> None:
        """The table for the pane's ``size``; laid out again ``bar`` columns narrower when
        it is taller than the pane (a scroll bar will take those columns)."""
        console = self.app.console
        labels = self.labels
        layout = layout_alignment(comparison, base, styles, max(1, size.width), console, labels)
        if len(layout.lines) > size.height:
            narrower = max(1, size.width - bar)
            layout = layout_alignment(comparison, base, styles, narrower, console, labels)
        self.post_message(HeatLaidOut(layout, token))

    def on_heat_laid_out(self, message: HeatLaidOut) -> None:
        if message.token != self._token:
            return
        if self.table_view:
            self.table.set_layout(message.layout)
            self.table.show_sentence(self.row)
        else:
            self.heat.set_layout(message.layout)
            self._show_sentence()

    def _show_sentence(self) -> None:
        if self.comparison is None:
            return
        self.heat.show_sentence(self.coverage[self.sentence].sentence if self.coverage else None)
        self.query_one("#many-carriers", Static).update(self._carriers())

    # -- actions --------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.table_view:
            rows = len(self.table.layout_.sentence_lines)
            self.row = max(0, min(self.row + step, rows - 1))
            self.table.show_sentence(self.row)
        elif self.coverage:
            self.sentence = max(0, min(self.sentence + step, len(self.coverage) - 1))
            self._show_sentence()

    def action_alone(self, step: int) -> None:
        ahead = [
            c.sentence
            for c in self.coverage
            if c.count == 0
            and not c.partly
            and (c.sentence > self.sentence if step > 0 else c.sentence < self.sentence)
        ]
        if not ahead:
            self.notify("No more sentences only this article has")
            return
        self.sentence = ahead[0] if step > 0 else ahead[-1]
        self._show_sentence()

    def action_next_base(self, step: int) -> None:
        if self.comparison is not None:
            self._set_base((self.base + step) % len(self.comparison.documents))

    def action_base(self, position: int) -> None:
        if self.comparison is None:
            return
        if position >= len(self.comparison.documents):
            self.notify(f"Only {len(self.comparison.documents)} articles are compared")
            return
        self._set_base(position)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`v` is shown as the view it leads to ("Table", in the table "Heat map"; the
        table's footer said "v Table": cl24 #5)."""
        if action == "view":
            return parameters != (("table",) if self.table_view else ("heat",))
        return True

    def action_view(self, view: str) -> None:
        if (view == "table") == self.table_view:
            return
        self.table_view = not self.table_view
        self.refresh_bindings()
        self.set_class(self.table_view, "-table")
        self.query_one("#many-legend", Static).update(self._styled_legend())
        (self.table if self.table_view else self.heat).focus()
        self.call_after_refresh(self._relayout)

    def action_back(self) -> None:
        self.app.pop_screen()
