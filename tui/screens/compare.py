"""The comparison view: two accounts side by side, sentences coloured by what they share."""

from __future__ import annotations

import contextlib

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from index.library import Alignment, Comparison, Highlighter, Library, printable
from index.models import Article
from tui import keymap
from tui.apart import apart
from tui.closest_note import one_story, weak_match
from tui.figure_line import FigureLine, figure_item
from tui.key_waits import content_ticket, keys_wait_for, result_came
from tui.messages import ComparisonComputed, SidesLaidOut
from tui.name_cut import NameLine, only_line
from tui.widgets.compare_layout import SideStyles, layout_side, legend
from tui.widgets.compare_pane import LAYING_OUT, ComparePane
from tui.widgets.key_footer import KeyFooter, paired
from tui.worker_failures import ReportsWorkerFailures

TWO_NO_TABLE = (
    "The heat map and its table need 3 to 8 articles (mark them with m, then c); "
    "two show side by side"
)
"""What `v` says here, where the heat map's table key has nothing to turn to."""


class CompareScreen(ReportsWorkerFailures, Screen[None]):
    """Two articles side by side: shared, similar and unique sentences, passages, quotes."""

    CONTENT_COMES = True
    """A worker brings what it shows: keys typed meanwhile wait for it (rv48)."""

    SAYS_FAILURES = {
        "compare": ("#compare-summary, ComparePane", "comparison"),  # panes too (fx167)
        "compare-layout": ("ComparePane", LAYING_OUT),  # the panes say it (fx166)
    }

    BINDINGS = paired(
        keymap.bindings(keymap.COMPARE),
        {
            "compare-prev-diff": "Unique",
            "compare-next-diff": "Unique",
            "compare-prev-shared": "Shared",
            "compare-next-shared": "Shared",
        },
    )
    DEFAULT_CSS = """
    CompareScreen {
        #compare-summary { height: auto; max-height: 5; padding: 0 1; background: $panel; }
        #compare-legend { height: 1; padding: 0 1; }
        .compare-title { height: auto; max-height: 3; padding: 0 1; }
        .compare-side { width: 1fr; }
        &.-narrow #compare-sides { layout: vertical; }
        &.-narrow .compare-side { width: 100%; height: 1fr; }
        &.-weak #compare-summary { max-height: 6; }
    }
    """

    def __init__(
        self, library: Library, first: str, second: str, query: str = "", *, closest: bool = False
    ) -> None:
        """``closest``: ``second`` is the article most like ``first`` (the reader's `c` with
        nothing marked), and the header says when it is a weak match (`tui.closest_note`)."""
        super().__init__()
        self.library = library
        self.ids = [first, second]
        self.closest = closest
        self.same_story: bool | None = None
        self.search_query = query
        self.articles: list[Article] = []
        self.comparison: Comparison | None = None
        self.active = 0
        self.position = [0, 0]
        self.unique_only = False
        self._token = 0
        self._laid_out: list[int] = []
        """The widths the sides were last wrapped at."""

    def compose(self) -> ComposeResult:
        yield Static("Comparing…", id="compare-summary")
        yield Static("", id="compare-legend")
        with Horizontal(id="compare-sides"):
            for side in (0, 1):
                with Vertical(classes="compare-side"):
                    yield Static("", id=f"compare-title-{side}", classes="compare-title")
                    yield ComparePane(id=f"compare-pane-{side}")
        yield KeyFooter(compact=True)  # fits at 80 columns

    def on_mount(self) -> None:
        self.pane(0).focus()
        self.query_one("#compare-legend", Static).update(legend(self.pane(0).styles_for_layout()))
        computing = self._analyse(self.ids[0], self.ids[1], self._token)
        keys_wait_for(computing, content_ticket(self))  # should it fail, they wait no more

    def on_compare_pane_resized(self) -> None:
        # a pane's own size, not the screen's: at 80x24 the sides stack (`-narrow`) after
        # the first layout, and a comparison computed before that had the half width
        if self.comparison is not None and self._widths() != self._laid_out:
            self._relayout()

    def _widths(self) -> list[int]:
        return [max(1, self.pane(side).size.width - 2) for side in (0, 1)]

    def pane(self, side: int) -> ComparePane:
        return self.query_one(f"#compare-pane-{side}", ComparePane)

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare", name="comparison")
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _analyse(self, first: str, second: str, token: int) -> None:
        a, b = self.library.article(first), self.library.article(second)
        same = one_story(self.library, first, second) if self.closest else None
        self.post_message(ComparisonComputed((a, b), self.library.compare(a, b), token, same))

    def on_comparison_computed(self, message: ComparisonComputed) -> None:
        if message.token != self._token:
            return
        self.articles = list(message.articles)
        self.comparison = message.comparison
        self.same_story = message.same_story
        for side, article in enumerate(message.articles):
            title = Text(f"{'AB'[side]}: ", style="bold")
            title.append(printable(article.title or "(untitled)"), style="bold")
            title.append("\n")
            title.append(printable(article.source or "source unknown"), style="dim")
            title.append(
                " · " + (article.date.strftime("%Y-%m-%d") if article.date else "date unknown"),
                style="dim",
            )
            self.query_one(f"#compare-title-{side}", Static).update(title)
        self.query_one("#compare-summary", Static).update(self._summary())
        self._relayout()

    def _summary(self) -> Group:
        assert self.comparison is not None
        summary = self.comparison.summary
        both = len(self.comparison.quotes_in_both)
        text = FigureLine(  # a figure stays with its label (fx164, nu65 #4)
            [
                figure_item("similarity", f"{summary.similarity:.0%}"),
                figure_item("A found in B", summary.found(0)),
                figure_item("B found in A", summary.found(1)),
                figure_item("shared passages", str(len(self.comparison.passages))),
                figure_item("quotes in both", str(both)),
            ]
        )
        # one line each, cut with "…" after a whole name (`name_cut`): wrapped, only A's
        # pushed only B's out of the 4 lines
        only = [NameLine(only_line(self.comparison, side)) for side in (0, 1)]
        weak = None
        if self.same_story is not None:  # asked of a closest article only
            weak = weak_match(summary.similarity, len(self.comparison.passages), self.same_story)
        self.set_class(weak is not None, "-weak")  # a line more: "only B" stays on
        return Group(*filter(None, [weak]), text, *only)

    def _relayout(self) -> None:
        if self.comparison is None:
            return
        self._token += 1
        widths = self._laid_out = self._widths()
        styles = [self.pane(s).styles_for_layout() for s in (0, 1)]
        laying_out = self._layout_sides(self._token, widths, styles)
        keys_wait_for(laying_out, content_ticket(self))  # the keys wait for the sides laid out

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="compare-layout",
        name="comparison layout",
    )
    @apart  # reads and computes: the app's exit does not wait for it (fx145)
    def _layout_sides(self, token: int, widths: list[int], styles: list[SideStyles]) -> None:
        assert self.comparison is not None
        comparison = self.comparison
        highlighter = Highlighter()
        if self.search_query.strip():
            with contextlib.suppress(ValueError):  # a bad query lights nothing here
                highlighter = self.library.highlighter(self.search_query)
        layouts = []
        for side in (0, 1):
            sentences = comparison.a if side == 0 else comparison.b
            passages = [
                (p.a_start, p.a_end) if side == 0 else (p.b_start, p.b_end)
                for p in comparison.passages
            ]
            layouts.append(
                layout_side(
                    self.articles[side].body,
                    sentences,
                    passages,
                    highlighter.for_article(self.articles[side].title, self.articles[side].body),
                    widths[side],
                    self.app.console,
                    styles[side],
                    unique_only=self.unique_only,
                )
            )
        self.post_message(SidesLaidOut((layouts[0], layouts[1]), token))

    def on_sides_laid_out(self, message: SidesLaidOut) -> None:
        if message.token != self._token:
            return
        for side, layout in enumerate(message.layouts):
            self.pane(side).set_layout(layout)
        self._follow(self.active)
        result_came(self.app, content_ticket(self))  # the keys typed meanwhile act (rv48)

    # -- moving ---------------------------------------------------------------------------

    def _sentences(self, side: int) -> tuple[Alignment, ...]:
        assert self.comparison is not None
        return self.comparison.a if side == 0 else self.comparison.b

    def _visible(self, side: int) -> list[int]:
        return [s.index for s in self._sentences(side) if not self.unique_only or s.alone]

    def _follow(self, side: int) -> None:
        """Show the current sentence on ``side`` and its counterpart on the other side."""
        if self.comparison is None:
            return
        sentences = self._sentences(side)
        if not sentences:
            return
        current = sentences[min(self.position[side], len(sentences) - 1)]
        self.pane(side).show_sentence(current.index)
        other = 1 - side
        if current.counterpart is not None:
            self.position[other] = current.counterpart
            self.pane(other).show_sentence(current.counterpart)
        else:
            self.pane(other).show_sentence(None)

    def _go(self, indices: list[int]) -> None:
        if indices:
            self.position[self.active] = indices[0]
            self._follow(self.active)

    def action_move(self, step: int) -> None:
        visible = self._visible(self.active) if self.comparison else []
        if not visible:
            return
        here = self.position[self.active]
        ahead = [i for i in visible if (i > here if step > 0 else i < here)]
        self._go(ahead[:1] if step > 0 else ahead[-1:])

    def action_difference(self, step: int) -> None:
        if self.comparison is None:
            return
        here = self.position[self.active]
        unique = [s.index for s in self._sentences(self.active) if s.alone]
        ahead = [i for i in unique if (i > here if step > 0 else i < here)]
        if not ahead:
            self.notify("No more sentences only this side has")
            return
        self._go(ahead[:1] if step > 0 else ahead[-1:])

    def action_passage(self, step: int) -> None:
        if self.comparison is None or not self.comparison.passages:
            self.notify("The two articles share no verbatim passage")
            return
        starts = sorted(
            p.a_start if self.active == 0 else p.b_start for p in self.comparison.passages
        )
        sentences = self._sentences(self.active)
        holding = sorted({s.index for s in sentences for st in starts if s.start <= st < s.end})
        here = self.position[self.active]
        ahead = [i for i in holding if (i > here if step > 0 else i < here)]
        if not ahead:
            self.notify("No more shared passages this way")
            return
        self._go(ahead[:1] if step > 0 else ahead[-1:])

    def action_switch_side(self) -> None:
        self.active = 1 - self.active
        self.pane(self.active).focus()
        self._follow(self.active)

    def action_swap(self) -> None:
        self.ids.reverse()
        self.position = [0, 0]
        self.active = 0
        self._token += 1
        self._analyse(self.ids[0], self.ids[1], self._token)

    def action_unique_only(self) -> None:
        self.unique_only = not self.unique_only
        self.notify(
            "Showing only what one side says" if self.unique_only else "Showing every sentence"
        )
        self._relayout()

    def action_view_table(self) -> None:
        """`v`, the heat map's table key: two articles have none (it was silent, nu59 #8)."""
        self.notify(TWO_NO_TABLE)

    def action_back(self) -> None:
        self.app.pop_screen()
