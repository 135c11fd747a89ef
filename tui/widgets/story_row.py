"""A story's row in the story list: its two lines (`story_row`: headline; articles, outlets,
dates, a sparkline) and the list's option that makes them when drawn (`StoryRow`)."""

from __future__ import annotations

from collections.abc import Sequence
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


def story_row(story: Story, width: int | None = None) -> Text:
    """A story's two lines: its headline; its size, outlets, first and last day, sparkline.

    Within ``width`` cells the sparkline is binned to what is left. The first and last day
    always stay (nu19 #8: "2017-02-07 █▂" hid that the story ran to 02-08): when under
    `SPARK_MIN` bars are left, the range is written closer ("02-07→02-08", one space before
    the bars); then the bars give way; then "articles" is cut to "art."."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(printable(story.title or "(untitled)"), "bold")
    places = f"{outlets(len(story.sources))} · "
    size = f"  {counted(story.size, 'article')} · {places}"
    facts, room = size + _span(story) + "  ", SPARK_WIDTH
    if width is not None:
        least = min(SPARK_MIN, len(story.per_day))
        close = _span(story, "→")
        barred = [f for f in (facts, size + close + " ") if cell_len(f) + least <= width]
        if barred:
            facts = barred[0]
            room = min(SPARK_WIDTH, width - cell_len(facts))
        else:  # no room for the bars: the counts are cut before the range is
            bare = (size + close, f"  {story.size} art. · {places}{close}")
            facts, room = next((f for f in bare if cell_len(f) <= width), bare[-1]), 0
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
    """What a story's row asks of its list: the width rows are made for now."""

    @property
    def row_width(self) -> int | None: ...


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
            super()._set_prompt(story_row(self.story, width))
            self._made_for = width
        return self._prompt

    def _set_prompt(self, prompt: VisualType) -> None:
        super()._set_prompt(prompt)
        self._made_for = self._rows.row_width
