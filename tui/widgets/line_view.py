"""The one line-rendering base: a scrolling view of rich `Text` lines, only the visible drawn.

The article list, the reading pane and the comparison panes are each a `LineView`: they
say how many lines they have and what each one is; this class draws them, so a list of
20,000 articles or a 5 MB article costs no more to show than a screenful.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

NO_STYLE = Style()


class LineView(ScrollView, can_focus=True):
    """Lines of rich `Text`, scrolled; subclasses provide the lines and the hooks.

    Hooks: `line_at` (the line, decorated as it should look now: a current match lit),
    `line_style` (a style for the whole line: the cursor row). Call `set_line_count`
    when the number of lines changes, `refresh` when their look does.
    """

    def line_at(self, index: int) -> Text | None:
        """Line ``index`` of the content (None past the end)."""
        return None

    def line_style(self, index: int) -> Style:
        """A style for the whole of line ``index`` (a cursor, a selection)."""
        return NO_STYLE

    def ink(self, component: str) -> Style:
        """A component's colour and text style with no background, for a span of a line: the
        line's own background (the cursor row's) shows through. Its whole style painted the
        list's background over the cursor's under each word (nu79 #2); its partial style has
        the colour unblended, so "muted" text was brighter than the text (#ffffff, nu79 #3)."""
        style = self.get_component_rich_style(component)
        return style.without_color + Style(color=style.color)

    def set_line_count(self, count: int) -> None:
        """Tell the scroll view how many lines there are (no width: lines fit the view)."""
        self.virtual_size = Size(0, count)

    _frame_style: Style | None = None
    """The view's own style while `render_lines` draws a frame (read once, not per line)."""

    def render_lines(self, crop: Region) -> list[Strip]:
        # `rich_style` walks every ancestor's styles: once a frame, not once a line
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = y + int(self.scroll_offset.y)
        base = self._frame_style if self._frame_style is not None else self.rich_style
        line = self.line_at(index)
        if line is None:
            return Strip.blank(width, base)
        selection = self.text_selection if self.SELECTABLE else None
        if selection is not None and (span := selection.get_span(index)) is not None:
            start, end = span
            line = line.copy()
            line.stylize(
                self.screen.get_component_rich_style("screen--selection"),
                start,
                len(line) if end == -1 else end,
            )
        style = base + self.line_style(index)
        segments = [
            Segment(segment.text, style + segment.style if segment.style else style)
            for segment in line.render(self.app.console)
            if segment.text != "\n"
        ]
        strip = Strip(segments).extend_cell_length(width, style).crop(0, width)
        # offsets tell a mouse drag which line and column it is over (text selection)
        return strip.apply_offsets(0, index) if self.SELECTABLE else strip

    SELECTABLE: ClassVar[bool] = False
    """Text can be selected with the mouse (`Screen.get_selected_text` reads it)."""

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if not self.SELECTABLE:
            return None
        lines = []
        index = 0
        while (line := self.line_at(index)) is not None:
            lines.append(line.plain)
            index += 1
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()
