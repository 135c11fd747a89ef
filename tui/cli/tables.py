"""Listings in the terminal (articles, stories, notes): one row each, its id whole.

An id is what a user copies into the next command, so it never folds and is never cut:
it has its own line under the title, and that column is never narrower than the longest
id. Titles and outlets keep to one line and take the room that is left, cut with an
ellipsis. No box: at 80 columns (a pipe) the borders would take the titles' room.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text

TITLE_AND_ID = "title / id"
"""The header of the column that holds each row's title over its id."""


def listing(title: Text | None = None) -> Table:
    """An empty listing, its title (if any) on the left above it."""
    return Table(title=title, title_justify="left", box=None, pad_edge=False, header_style="bold")


def one_line(text: Text) -> Text:
    """``text`` kept to one line: cut with an ellipsis when its column is too narrow."""
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def add_title_column(table: Table, ids: Iterable[str], header: str = TITLE_AND_ID) -> None:
    """The column for `title_and_id` cells, as wide as the longest of ``ids`` at least."""
    widest = max((cell_len(i) for i in ids), default=1)
    table.add_column(header, min_width=widest)


def title_and_id(title: Text, item_id: Text, *more: Text) -> Group:
    """A cell: the title on one line (an ellipsis if cut), the id whole and dim below it,
    then ``more`` (a note, the reasons), which may wrap."""
    item_id.stylize("dim")
    item_id.no_wrap = True
    item_id.overflow = "ignore"
    return Group(one_line(title), item_id, *more)


TABLE_ROWS = 20
"""How many rows `quotes` and `speakers` print in a table without --limit; their --json,
as `stories` and `related`, gives every one (JSON is for scripts: 20 of 285 said nothing
of the rest, nu32 #13)."""


def more_hint(shown_count: int, total: int) -> str:
    """How to list the rest when a listing is cut: "-n 69 lists all" ("" when it is whole;
    nu47 #10: "20 of 69 speakers" gave no hint of `-n`)."""
    return f"-n {total} lists all" if shown_count < total else ""


def of_total(shown_count: int, total: int, noun: str, plural: str = "") -> str:
    """A listing's count: "480 stories" when it shows all of them, "5 of 480 stories" when
    --limit cut it ("5 stories" of 480 read as all there were, nu22)."""
    words = noun if total == 1 else plural or noun + "s"
    if shown_count < total:
        return f"{shown_count:,} of {total:,} {words}"
    return f"{total:,} {words}"
