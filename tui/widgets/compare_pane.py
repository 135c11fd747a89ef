"""One side of the comparison: an article's sentences, coloured, the current one lit."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.message import Message

from tui import keymap
from tui.widgets.compare_layout import CHANGED, SideLayout, SideStyles
from tui.widgets.line_view import LineView
from tui.widgets.marks import restyle

LAYING_OUT = "laying out the comparison"
"""What a pane says failed when its side could not be laid out (`ComparePane.say`)."""


class ComparePane(LineView, inherit_bindings=False):
    """One side of the comparison; the current sentence is drawn highlighted.

    Its arrows are the screen's (the next sentence, as help says), not a scroll's (sm32).
    """

    BINDINGS = keymap.bindings(keymap.COMPARE_PANE)

    COMPONENT_CLASSES = {
        "compare-pane--shared",
        "compare-pane--similar",
        "compare-pane--unique",
        "compare-pane--passage",
        "compare-pane--match",
        "compare-pane--current",
        "compare-pane--muted",
        "compare-pane--changed",
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
        & > .compare-pane--changed { background: $error 35%; text-style: bold; }
    }
    """

    class Resized(Message):
        """The pane's size changed (the screen's, or its layout's): wrap the side again."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.layout_ = SideLayout([Text("Comparing…")], {}, 0)
        self.current: int | None = None

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def styles_for_layout(self) -> SideStyles:
        def get(name: str) -> Style:
            return self.get_component_rich_style(f"compare-pane--{name}", partial=True)

        def ink(name: str) -> Style:  # a colour alone: blended, or muted read as #ffffff
            return self.ink(f"compare-pane--{name}")

        return SideStyles(
            ink("shared"),
            ink("similar"),
            get("unique"),
            get("passage"),
            get("match"),
            ink("muted"),
            get("changed"),
        )

    def set_layout(self, layout: SideLayout) -> None:
        """Show a new layout of this side."""
        self.layout_ = layout
        self.set_line_count(len(layout.lines))
        self.refresh()

    def say(self, line: Text) -> None:
        """Show ``line`` in place of the side: why it could not be laid out (fx166: the
        panes stayed blank, or said "Comparing…", when laying out failed)."""
        self.current = None
        self.set_layout(SideLayout([line], {}, 0))
        self.scroll_to(y=0, animate=False)

    def show_sentence(self, index: int | None, *, anchor: float = 0.3) -> None:
        """Make ``index`` current and scroll it to ``anchor`` of the height."""
        self.current = index
        line = self.layout_.sentence_lines.get(index) if index is not None else None
        if line is not None:
            self.scroll_to(y=max(0, line - int(self.size.height * anchor)), animate=False)
        self.refresh()

    def line_at(self, index: int) -> Text | None:
        lines = self.layout_.lines
        if index >= len(lines):
            return None
        if self.current is None:
            return lines[index]
        current = self.get_component_rich_style("compare-pane--current", partial=True)
        changed = self.get_component_rich_style("compare-pane--changed", partial=True)
        # the changed words keep their own look in the current sentence too
        return restyle(restyle(lines[index], "s", self.current, current), CHANGED, 1, changed)
