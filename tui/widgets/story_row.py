"""A story's row in the story list: its two lines (`story_row`: headline; articles, outlets,
dates, a sparkline) and the list's option that makes them when drawn (`StoryRow`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from rich.cells import cell_len
from rich.text import Text
from textual.visual import VisualType
from textual.widgets.option_list import Option

from index.library import printable
from index.models import Story, counted
from tui.outlet_count import outlets

BARS = "▁▂▃▄▅▆▇█"
SPARK_WIDTH = 14
"""Most characters a story row's sparkline takes; longer stories are binned."""
SPARK_MIN = 3
"""Fewest bars a narrow row keeps for a story of that many days or more."""


def sparkline(counts: Sequence[int], width: int = SPARK_WIDTH) -> str:
    """Counts as a line of bars (one a day, or one a few days when there are many days).

    >>> sparkline([1, 0, 4])
    '▂ █'
    >>> sparkline([1] * 28, width=14)
    '██████████████'
    """
    if not counts or width <= 0:
        return ""
    size = -(-len(counts) // width)  # days a bar, rounded up
    bins = [sum(counts[k : k + size]) for k in range(0, len(counts), size)]
    top = max(bins)
    return "".join(bar(n, top) for n in bins)


def bar(count: int, top: int, empty: str = " ") -> str:
    """One bar: ``empty`` for none, the full block for ``top``, in eighths between."""
    if count <= 0 or top <= 0:
        return empty
    return BARS[min(len(BARS), -(-count * len(BARS) // top)) - 1]


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "undated"


@dataclass(frozen=True, slots=True)
class Columns:
    """The cells each field of a list's story rows takes, the widest a story of the list
    needs, so that every row's fields start at one cell (nu79 #4: "1987-04-01 → 04-02  █▃"
    over "1987-04-03→04-05 █ ▃", each row laid out for itself)."""

    size: int
    """The count of articles ("12 articles")."""
    digits: int
    """The number alone, where the count is cut ("12 art.")."""
    places: int
    """The count of outlets ("3 outlets", "outlet unknown")."""
    span: int
    """The first and last day ("1987-04-01 → 04-02")."""
    close: int
    """The same written close ("1987-04-01→04-02")."""
    days: int
    """The most days a story of the list has (bars it may keep: `SPARK_MIN`)."""

    @classmethod
    def of(cls, stories: Sequence[Story]) -> Columns:
        """The columns of ``stories``' rows (a pass or two over a list of 40,000: ~10 ms)."""
        if not stories:
            return cls(0, 0, 0, 0, 0, 0)
        sizes = [len(s.article_ids) - len(s.copies) for s in stories]  # `Story.size`
        places = list(map(len, (s.sources for s in stories)))
        # a count's words are widest at the most or the fewest ("outlet unknown", "1 article")
        ends, outlet_ends = (min(sizes), max(sizes)), (min(places), max(places))
        span, close = _SPANS[max(_span_kind(s) for s in stories)]
        return cls(
            size=max(cell_len(counted(n, "article")) for n in ends),
            digits=cell_len(f"{ends[1]:,}"),
            places=max(cell_len(outlets(n)) for n in outlet_ends),
            span=span,
            close=close,
            days=max(map(len, (s.per_day for s in stories))),
        )


def _span_kind(story: Story) -> int:
    """What `_span` writes for ``story``: no day (0), a day (1), days of a year (2), of two
    or more (3)."""
    start, end = story.start, story.end
    if start is None:
        return 0
    if end is None or end.date() == start.date():
        return 1
    return 2 if end.year == start.year else 3


_SPANS = {0: (7, 7), 1: (10, 10), 2: (18, 16), 3: (23, 21)}
"""The cells of a range, wide and close, by its kind: undated, a day, days of one year
("2021-09-09 → 09-12"), of two ("2021-12-30 → 2022-01-02")."""


def _pad(text: str, cells: int) -> str:
    """``text`` with spaces after it to ``cells`` cells (measured in cells, not characters)."""
    return text + " " * max(0, cells - cell_len(text))


def story_row(story: Story, width: int | None = None, columns: Columns | None = None) -> Text:
    """A story's two lines: its headline; its size, outlets, first and last day, sparkline.

    Each field is padded to its column (``columns``: the list's, else this story's own), so
    rows line up. Within ``width`` cells the sparkline is binned to what is left. The first
    and last day always stay (nu19 #8: "2017-02-07 █▂" hid that the story ran to 02-08):
    when under `SPARK_MIN` bars are left, the range is written closer ("02-07→02-08", one
    space before the bars); then the bars give way; then "articles" is cut to "art."; the
    choice is the columns', so every row of a list makes the same."""
    cols = columns or Columns.of((story,))
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(printable(story.title or "(untitled)"), "bold")
    places = f" · {_pad(outlets(len(story.sources)), cols.places)} · "
    size = f"  {_pad(counted(story.size, 'article'), cols.size)}{places}"
    lead = 2 + cols.size + 3 + cols.places + 3  # the cells before the range
    facts, room = size + _pad(_span(story), cols.span) + "  ", SPARK_WIDTH
    if width is not None:
        least = min(SPARK_MIN, cols.days)
        wide, close = lead + cols.span + 2, lead + cols.close + 1
        if wide + least <= width:
            room = min(SPARK_WIDTH, width - wide)
        elif close + least <= width:
            facts = size + _pad(_span(story, "→"), cols.close) + " "
            room = min(SPARK_WIDTH, width - close)
        else:  # no room for the bars: the counts are cut before the range is
            facts, room = size + _span(story, "→"), 0
            if lead + cols.close > width:
                cut = _pad(f"{story.size:,}", cols.digits)
                facts = f"  {cut} art.{places}{_span(story, '→')}"
    text.append("\n" + facts, "dim")
    text.append(sparkline(story.per_day, room), "bold")
    return text


def _span(story: Story, arrow: str = " → ") -> str:
    """The story's first day, and its last when another: "2021-09-09 → 09-12" (``arrow``
    "→" when it must be short)."""
    span = _day(story.start)
    if story.end is not None and story.start is not None and story.end.date() != story.start.date():
        # the last day without the year they share: "2021-09-09 → 09-12" (at 120 columns
        # the row cut the range as "2021-09-09 → 2021-09…")
        same_year = story.end.year == story.start.year
        span += arrow + (f"{story.end:%m-%d}" if same_year else _day(story.end))
    return span


ROW_LINES = 2
"""The lines of every story's row (a headline has no newline: `printable` escapes it)."""

_UNMADE = -1
"""No width: a `StoryRow` whose text is not made yet."""


class Rows(Protocol):
    """What a story's row asks of its list: the width rows are made for now, and the
    columns its rows share."""

    @property
    def row_width(self) -> int | None: ...

    @property
    def columns(self) -> Columns | None: ...


class StoryRow(Option):
    """A story's row in a story list, its text made the first time it is asked for (drawn,
    most often) at the width the list's rows have then, and made again when that changed: a
    resize makes only the rows drawn after it, not all the list holds (nu78: 40,000 rows made
    again on the UI thread held it 4.5 s). A prompt given (a ★ mark) is kept for that width."""

    def __init__(self, story: Story, rows: Rows) -> None:
        super().__init__("", id=story.id)
        self.story, self._rows = story, rows
        self._made_for: int | None = _UNMADE

    @property
    def prompt(self) -> VisualType:
        """The row's text at the list's width (made now if it is not)."""
        width = self._rows.row_width
        if width != self._made_for:
            super()._set_prompt(story_row(self.story, width, self._rows.columns))
            self._made_for = width
        return self._prompt

    def _set_prompt(self, prompt: VisualType) -> None:
        super()._set_prompt(prompt)
        self._made_for = self._rows.row_width
