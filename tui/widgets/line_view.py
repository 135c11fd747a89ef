"""The one line-rendering base: a scrolling view of rich `Text` lines, only the visible drawn.

The article list, the reading pane and the comparison panes are each a `LineView`: they
say how many lines they have and what each one is; this class draws them, so a list of
20,000 articles or a 5 MB article costs no more to show than a screenful.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

NO_STYLE = Style()


class LineView(ScrollView, can_focus=True):
    """Lines of rich `Text`, scrolled; subclasses provide the lines and the hooks.

    Hooks: `line_at` (the line, decorated as it should look now: a current match lit),
    `line_style` (a style for the whole line: the cursor row). Call `set_line_count`
    when the number of lines changes, `refresh` when their look does.
    """

    TYPE_AHEAD: ClassVar[bool] = False
    """Offer printable keys that no binding takes to the screen (as `TypedAhead`)."""

    @dataclass
    class TypedAhead(Message):
        """A printable key no binding took was pressed here (the screen may search for it)."""

        character: str

    def line_at(self, index: int) -> Text | None:
        """Line ``index`` of the content (None past the end)."""
        return None

    def line_style(self, index: int) -> Style:
        """A style for the whole of line ``index`` (a cursor, a selection)."""
        return NO_STYLE

    def set_line_count(self, count: int) -> None:
        """Tell the scroll view how many lines there are (no width: lines fit the view)."""
        self.virtual_size = Size(0, count)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = y + int(self.scroll_offset.y)
        base = self.rich_style
        line = self.line_at(index)
        if line is None:
            return Strip.blank(width, base)
        style = base + self.line_style(index)
        segments = [
            Segment(segment.text, style + segment.style if segment.style else style)
            for segment in line.render(self.app.console)
            if segment.text != "\n"
        ]
        return Strip(segments).extend_cell_length(width, style).crop(0, width)

    typing_ahead = False
    """A key typed here went to the search bar, so the keys queued behind it follow it."""

    def on_focus(self) -> None:
        self.typing_ahead = False

    def on_key(self, event: events.Key) -> None:
        # Keys typed fast reach this view before the focus moves to the search bar; once
        # one of them was typed ahead, the rest of the word follows it, bound or not.
        if not (self.TYPE_AHEAD and event.is_printable and event.character):
            return
        bound = self.app.active_bindings.get(event.key)
        if bound is not None and bound.binding.action == "focus_search":
            # "/" reached here before its action ran: so will the keys typed right after
            # it, and they are meant for the search bar even when bound here (p, s, ...)
            self.typing_ahead = True
            return
        if self.typing_ahead or event.key not in self.app.active_bindings:
            self.typing_ahead = True
            self.post_message(self.TypedAhead(event.character))
            event.stop()
            event.prevent_default()
