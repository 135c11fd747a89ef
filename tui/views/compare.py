"""The comparison view: two accounts side by side, sentences coloured by what they share."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Static

from index.compare import Alignment, Comparison, compare
from index.models import Article
from index.sanitize import printable
from index.search import CorpusIndex, Highlighter


@dataclass(frozen=True)
class SideLayout:
    """One side laid out: wrapped lines, and the first line of each sentence shown."""

    lines: list[Text]
    sentence_lines: dict[int, int]
    width: int


@dataclass(frozen=True)
class SideStyles:
    """Styles for the sentence classes, shared passages and query matches."""

    shared: Style
    similar: Style
    unique: Style
    passage: Style
    match: Style
    muted: Style


def layout_side(
    body: str,
    sentences: tuple[Alignment, ...],
    passages: list[tuple[int, int]],
    highlighter: Highlighter,
    width: int,
    console: Console,
    styles: SideStyles,
    *,
    unique_only: bool = False,
) -> SideLayout:
    """Lay out one article's sentences, coloured by class, for a width (run in a thread)."""
    text = Text(overflow="fold")
    previous_end: int | None = None
    for sentence in sentences:
        if unique_only and sentence.kind != "unique":
            continue
        if previous_end is not None:
            gap = body[previous_end : sentence.start]
            text.append("\n\n" if "\n" in gap or unique_only else " ")
        offset = len(text)
        kind_style = getattr(styles, sentence.kind)
        text.append(sentence.text, kind_style + Style(meta={"s": sentence.index}))
        for start, end in passages:
            low, high = max(start, sentence.start), min(end, sentence.end)
            if low < high:
                text.stylize(
                    styles.passage, offset + low - sentence.start, offset + high - sentence.start
                )
        for span in highlighter.spans(sentence.text):
            text.stylize(styles.match, offset + span.start, offset + span.end)
        previous_end = sentence.end
    if not text:
        text.append("(nothing to show: every sentence has a counterpart)", styles.muted)
    lines = list(text.wrap(console, max(1, width), overflow="fold"))
    first: dict[int, int] = {}
    for number, line in enumerate(lines):
        for piece in line.spans:
            style = piece.style
            if isinstance(style, Style) and style.meta and "s" in style.meta:
                first.setdefault(int(style.meta["s"]), number)
    return SideLayout(lines, first, width)


class ComparePane(ScrollView, can_focus=True):
    """One side of the comparison; the current sentence is drawn highlighted."""

    COMPONENT_CLASSES = {
        "compare-pane--shared",
        "compare-pane--similar",
        "compare-pane--unique",
        "compare-pane--passage",
        "compare-pane--match",
        "compare-pane--current",
        "compare-pane--muted",
    }
    DEFAULT_CSS = """
    ComparePane {
        padding: 0 1;
        border: round $panel;
        &:focus { border: round $accent; }
        & > .compare-pane--shared { color: $text-muted; }
        & > .compare-pane--similar { color: $text; }
        & > .compare-pane--unique { color: $text; background: $success 20%; }
        & > .compare-pane--passage { text-style: underline; }
        & > .compare-pane--match { background: $warning 45%; text-style: bold; }
        & > .compare-pane--current { background: $accent 35%; }
        & > .compare-pane--muted { color: $text-muted; }
    }
    """

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.layout_ = SideLayout([Text("Comparing…")], {}, 0)
        self.current: int | None = None

    def styles_for_layout(self) -> SideStyles:
        def get(name: str) -> Style:
            return self.get_component_rich_style(f"compare-pane--{name}", partial=True)

        return SideStyles(
            get("shared"), get("similar"), get("unique"), get("passage"), get("match"), get("muted")
        )

    def set_layout(self, layout: SideLayout) -> None:
        self.layout_ = layout
        self.virtual_size = Size(self.size.width, len(layout.lines))
        self.refresh()

    def show_sentence(self, index: int | None, *, anchor: float = 0.3) -> None:
        """Make ``index`` current and scroll it to ``anchor`` of the height."""
        self.current = index
        line = self.layout_.sentence_lines.get(index) if index is not None else None
        if line is not None:
            self.scroll_to(y=max(0, line - int(self.size.height * anchor)), animate=False)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        index = y + int(self.scroll_offset.y)
        if index >= len(self.layout_.lines):
            return Strip.blank(width, base)
        line = self.layout_.lines[index]
        if self.current is not None:
            current = self.get_component_rich_style("compare-pane--current", partial=True)
            hits = [
                piece
                for piece in line.spans
                if isinstance(piece.style, Style)
                and piece.style.meta
                and piece.style.meta.get("s") == self.current
            ]
            if hits:
                line = line.copy()
                for piece in hits:
                    line.stylize(current, piece.start, piece.end)
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in line.render(self.app.console)
            if seg.text != "\n"
        ]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)


class CompareScreen(Screen[None]):
    """Two articles side by side: shared, similar and unique sentences, passages, quotes."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="compare-back"),
        Binding("j,down", "move(1)", "Next sentence", show=False, id="compare-down"),
        Binding("k,up", "move(-1)", "Prev sentence", show=False, id="compare-up"),
        Binding("right_square_bracket", "difference(1)", "Next unique", id="compare-next-diff"),
        Binding("left_square_bracket", "difference(-1)", "Prev unique", id="compare-prev-diff"),
        Binding("right_curly_bracket", "passage(1)", "Next shared", id="compare-next-shared"),
        Binding("left_curly_bracket", "passage(-1)", "Prev shared", id="compare-prev-shared"),
        Binding("tab", "switch_side", "Other side", id="compare-switch"),
        Binding("x", "swap", "Swap", id="compare-swap"),
        Binding("u", "unique_only", "Unique only", id="compare-unique-only"),
    ]
    DEFAULT_CSS = """
    CompareScreen {
        #compare-summary { height: auto; max-height: 4; padding: 0 1; background: $panel; }
        #compare-legend { height: 1; padding: 0 1; }
        .compare-title { height: auto; max-height: 3; padding: 0 1; }
        .compare-side { width: 1fr; }
        &.-narrow #compare-sides { layout: vertical; }
        &.-narrow .compare-side { width: 100%; height: 1fr; }
    }
    """

    def __init__(self, index: CorpusIndex, first: str, second: str, query: str = "") -> None:
        super().__init__()
        self.index = index
        self.ids = [first, second]
        self.search_query = query
        self.articles: list[Article] = []
        self.comparison: Comparison | None = None
        self.active = 0
        self.position = [0, 0]
        self.unique_only = False
        self._token = 0

    def compose(self) -> ComposeResult:
        yield Static("Comparing…", id="compare-summary")
        yield Static(self._legend(), id="compare-legend")
        with Horizontal(id="compare-sides"):
            for side in (0, 1):
                with Vertical(classes="compare-side"):
                    yield Static("", id=f"compare-title-{side}", classes="compare-title")
                    yield ComparePane(id=f"compare-pane-{side}")
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < 100, "-narrow")
        self.pane(0).focus()
        self._analyse(self.ids[0], self.ids[1], self._token)

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < 100, "-narrow")
        if self.comparison is not None:
            self._relayout()

    def pane(self, side: int) -> ComparePane:
        return self.query_one(f"#compare-pane-{side}", ComparePane)

    @staticmethod
    def _legend() -> Text:
        return Text.assemble(
            ("shared", "dim"),
            " (both say it, nearly word for word)  ",
            ("similar", "bold"),
            " (the same facts, other words)  ",
            ("unique", "reverse"),
            " (only this side)  ",
            ("underlined", "underline"),
            ": a passage both carry verbatim",
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare")
    def _analyse(self, first: str, second: str, token: int) -> None:
        a, b = self.index.article(first), self.index.article(second)
        comparison = compare(a.body, b.body)
        self.app.call_from_thread(self._analysed, [a, b], comparison, token)

    def _analysed(self, articles: list[Article], comparison: Comparison, token: int) -> None:
        if token != self._token:
            return
        self.articles = articles
        self.comparison = comparison
        for side, article in enumerate(articles):
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

    def _summary(self) -> Text:
        assert self.comparison is not None
        summary = self.comparison.summary
        both = len(self.comparison.quotes_in_both)
        text = Text.assemble(
            ("similarity ", "dim"),
            f"{summary.similarity:.0%}",
            ("  ·  A found in B ", "dim"),
            f"{summary.a_in_b:.0%}",
            ("  ·  B found in A ", "dim"),
            f"{summary.b_in_a:.0%}",
            ("  ·  shared passages ", "dim"),
            str(len(self.comparison.passages)),
            ("  ·  quotes in both ", "dim"),
            str(both),
        )
        text.append("\nonly A: ", "dim")
        text.append(", ".join(summary.only_a[:8]) or "—")
        text.append("\nonly B: ", "dim")
        text.append(", ".join(summary.only_b[:8]) or "—")
        return text

    def _relayout(self) -> None:
        if self.comparison is None:
            return
        self._token += 1
        widths = [max(1, self.pane(side).size.width - 2) for side in (0, 1)]
        self._layout_sides(self._token, widths, [self.pane(s).styles_for_layout() for s in (0, 1)])

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare-layout")
    def _layout_sides(self, token: int, widths: list[int], styles: list[SideStyles]) -> None:
        assert self.comparison is not None
        comparison = self.comparison
        highlighter = Highlighter()
        if self.search_query.strip():
            with contextlib.suppress(ValueError):  # a bad query lights nothing here
                highlighter = self.index.highlighter(self.search_query)
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
                    highlighter,
                    widths[side],
                    self.app.console,
                    styles[side],
                    unique_only=self.unique_only,
                )
            )
        self.app.call_from_thread(self._laid_out, layouts, token)

    def _laid_out(self, layouts: list[SideLayout], token: int) -> None:
        if token != self._token:
            return
        for side, layout in enumerate(layouts):
            self.pane(side).set_layout(layout)
        self._follow(self.active)

    # -- moving ---------------------------------------------------------------------------

    def _sentences(self, side: int) -> tuple[Alignment, ...]:
        assert self.comparison is not None
        return self.comparison.a if side == 0 else self.comparison.b

    def _visible(self, side: int) -> list[int]:
        return [
            s.index for s in self._sentences(side) if not self.unique_only or s.kind == "unique"
        ]

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
        unique = [s.index for s in self._sentences(self.active) if s.kind == "unique"]
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

    def action_back(self) -> None:
        self.app.pop_screen()
