"""A row of "label figure" items that wraps between items, never inside one (fx164, nu65 #4).

The comparison's summary ("similarity 41%  ·  A found in B 3/9  ·  …  ·  quotes in both 0")
was one Rich `Text`, wrapped at any space: at 120 columns row 1 ended "quotes in both" and
row 2 held " 0" alone. A non-breaking space does not help (Rich's wrap splits on `\\s`,
which matches U+00A0), so this renderable lays the items out itself at the width it is
drawn at: an item goes on the next row when it does not fit whole, and is cut with "…"
only when it is wider than a row on its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

SEPARATOR = "  ·  "


def figure_item(label: str, figure: str, label_style: str = "dim") -> Text:
    """One item: its label (dim) then its figure, kept together on one row."""
    return Text.assemble((label + " ", label_style), figure)


def figure_rows(items: Sequence[Text], width: int) -> list[Text]:
    """``items`` joined by `SEPARATOR` in rows of at most ``width`` cells, split between items."""
    width = max(width, 1)
    rows: list[Text] = []
    row = Text()
    for item in items:
        if row.plain and cell_len(row.plain) + len(SEPARATOR) + cell_len(item.plain) <= width:
            row.append(SEPARATOR, style="dim")
            row.append_text(item)
            continue
        if row.plain:
            rows.append(row)
        row = item.copy()
        if cell_len(row.plain) > width:
            row.truncate(width, overflow="ellipsis")
    if row.plain:
        rows.append(row)
    return rows


class FigureLine:
    """A renderable: `figure_rows` of its items at the width it is drawn at (resizes too)."""

    def __init__(self, items: Sequence[Text]) -> None:
        self.items = list(items)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        for row in figure_rows(self.items, options.max_width):
            row.no_wrap = True
            yield row

    def __str__(self) -> str:
        return SEPARATOR.join(item.plain for item in self.items)
