"""The alignment table: one column per article, one row per group of sentences saying one thing."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.message import Message

from index.library import MultiComparison, printable
from tui.outlet_count import UNKNOWN
from tui.widgets.compare_layout import SideLayout
from tui.widgets.compare_pane import ComparePane
from tui.widgets.marks import first_lines, marked
from tui.widgets.word_wrap import word_wrap

KINDS = ("verbatim", "paraphrase", "unique")
"""How a cell relates to the rest of its row: word for word, in other words, alone."""


def layout_alignment(
    comparison: MultiComparison,
    base: int,
    styles: dict[str, Style],
    width: int,
    console: Console,
    labels: Sequence[str] = (),
) -> SideLayout:
    """Lay out the table's rows in ``base``'s reading order for a width (run in a thread),
    each column headed by its number and its ``labels`` entry (its outlet, by default).

    Each row's lines carry the mark ``s`` = the row's number, so the current row can be lit.
    """
    count = len(comparison.documents)
    share, rest = divmod(max(count, width - (count - 1)), count)
    if share < MIN_COLUMN:  # columns this narrow cut every other word in two (nu22 #6)
        return _stacked(comparison, base, styles, width, labels)
    # the first columns take the rest of the width: the rule and rows reach the right edge
    # (they stopped as many columns short as the width's remainder, nu19 #10)
    columns = [share + (a < rest) for a in range(count)]
    rule = Style(dim=True)
    header = Text(no_wrap=True)
    for a in range(count):
        column = columns[a]
        name = _cut(_name(comparison, labels, a), column).ljust(column)
        header.append(name, Style(bold=True, reverse=a == base))
        if a < count - 1:
            header.append("│", rule)
    lines = [header, Text("─" * (sum(columns) + count - 1), style=rule)]
    for r, row in enumerate(comparison.alignment(base)):
        cells: list[list[Text]] = []
        for a in range(count):
            s = row.sentence_of(a)
            if s is None:
                cells.append([])
                continue
            kind = row.kinds[row.articles.index(a)]
            text = Text(printable(comparison.sentences[a][s].text), style=styles[kind])
            cells.append(word_wrap(text, columns[a]))
        for k in range(max(len(c) for c in cells)):
            line = Text(no_wrap=True)
            for a, cell in enumerate(cells):
                part = cell[k] if k < len(cell) else Text("")
                part = part.copy()
                part.pad_right(columns[a] - part.cell_len)
                line.append_text(part)
                if a < count - 1:
                    line.append("│", rule)
            line.stylize(marked(Style(), "s", r))
            lines.append(line)
        lines.append(Text(""))
    return SideLayout(lines, first_lines(lines, "s"), width)


MIN_COLUMN = 14
"""The narrowest column the table is drawn in side by side; narrower, each row's cells
are stacked under their outlets' names, the width of the pane."""


def _cut(text: str, width: int) -> str:
    """``text`` in ``width`` cells at most, an ellipsis where it is cut."""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _name(comparison: MultiComparison, labels: Sequence[str], a: int) -> str:
    """Article ``a``'s number and label ("2 Reuters 12:34"), its outlet without labels."""
    source = comparison.documents[a].source
    return f"{a + 1} {labels[a] if a < len(labels) else printable(source or UNKNOWN)}"


def _stacked(
    comparison: MultiComparison,
    base: int,
    styles: dict[str, Style],
    width: int,
    labels: Sequence[str],
) -> SideLayout:
    """The table for a pane too narrow for its columns: each row, in ``base``'s order, as
    its cells one under another, each under its outlet's number and name; a rule between
    rows. Each row's lines carry the mark ``s`` = the row's number, as the columns do."""
    rule = Style(dim=True)
    lines: list[Text] = []
    for r, row in enumerate(comparison.alignment(base)):
        mark = marked(Style(), "s", r)
        if lines:
            lines.append(Text("─" * width, style=rule))
        for a, s in row.members:
            name = _cut(_name(comparison, labels, a), width)
            head = Text(name.ljust(width), style=Style(bold=True, reverse=a == base))
            kind = row.kinds[row.articles.index(a)]
            text = Text(printable(comparison.sentences[a][s].text), style=styles[kind])
            cell = word_wrap(text, width - 2)
            for line in [head, *(Text("  ") + part for part in cell)]:
                line.pad_right(width - line.cell_len)
                line.stylize(mark)
                lines.append(line)
    return SideLayout(lines, first_lines(lines, "s"), width)


class AlignmentTable(ComparePane):
    """The alignment table, scrolled as one (its columns move together); the row lit."""

    COMPONENT_CLASSES = {f"alignment-table--{kind}" for kind in KINDS}
    DEFAULT_CSS = """
    AlignmentTable {
        & > .alignment-table--verbatim { color: $text-muted; }
        & > .alignment-table--paraphrase { color: $text; }
        & > .alignment-table--unique { color: $text; background: $success-darken-3; }
    }
    """

    class Resized(Message):
        """The table changed size: its rows want laying out again."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def kind_styles(self) -> dict[str, Style]:
        """The style of each kind of cell, read from the CSS (for a layout worker)."""
        return {  # a colour alone blended (the muted one was #ffffff, as the text: nu79 #4)
            kind: self.get_component_rich_style(f"alignment-table--{kind}", partial=True)
            if kind == "unique"
            else self.ink(f"alignment-table--{kind}")
            for kind in KINDS
        }
