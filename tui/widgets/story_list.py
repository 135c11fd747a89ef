"""The story list: one row per news event (headline; articles, outlets, dates, a sparkline)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.cells import cell_len
from rich.text import Text
from textual import events, work
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from index.library import printable
from index.models import Story, counted
from tui import keymap
from tui.key_waits import expect_content, expect_screen, keys_wait_for, result_came
from tui.outlet_count import outlets
from tui.widgets.word_wrap import word_wrap
from tui.worker_failures import report_failure

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


def step_cursor(options: OptionList, step: int) -> None:
    """Move an option list's cursor one option down (``step`` > 0) or up."""
    if step > 0:
        options.action_cursor_down()
    else:
        options.action_cursor_up()


def jump(options: OptionList, where: str) -> None:
    """Move an option list's cursor to its "first" or "last" option, or a page ("page_down",
    "page_up"): g/G, home/end and PgUp/PgDn of a screen over one list."""
    moves = {
        "first": options.action_first,
        "last": options.action_last,
        "page_down": options.action_page_down,
        "page_up": options.action_page_up,
    }
    moves[where]()


def content_width(options: OptionList) -> int | None:
    """The cells a row's text has in an option list: its width less a scroll bar and the
    rows' padding (None before the list is laid out)."""
    if not options.size.width:
        return None
    padding = options.get_component_styles("option-list--option").padding
    bar = options.styles.scrollbar_size_vertical
    return options.size.width - bar - options._get_left_gutter_width() - padding.width


PAGE = 50
"""Stories given rows at a time: the first page at once, the next when the cursor nears the
end of what is shown (an `OptionList` lays out every row it holds, about 0.3 ms a row, so
40,000 stories at once would keep the screen busy for seconds; 50 rows fill two screens)."""

CHUNK = 4000
"""Rows `G` adds in a turn of the UI thread, those it lacks made in a worker
(`StoryList._make_rows`) and already laid out there: 40,000 at once held the UI thread for
1.3 s; a chunk takes about 13 ms, under a frame. (A page a turn, 800 turns, would repaint
the list 800 times: each turn is followed by one; at 1,000 rows a turn the 40 repaints
doubled the UI thread's time.)"""


class StoryList(OptionList):
    """Stories as rows of two lines; selecting one (enter, click) opens it.

    Rows are added a page at a time (`PAGE`) as the cursor goes down, so a corpus of tens of
    thousands of stories lists as fast as one of a hundred.
    """

    BINDINGS = keymap.bindings(keymap.STORY_LIST)
    # an OptionList makes Content of a Rich Text, which drops the rows' no_wrap
    DEFAULT_CSS = "StoryList { text-wrap: nowrap; text-overflow: ellipsis; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stories: list[Story] = []
        self.shown = 0
        """How many of `stories` have rows."""
        self._width: int | None = None
        """The cells a row's text had when the shown rows were made (None: not laid out)."""
        self._listing = 0
        """Which list `show` gave last: rows made in a worker for an older one are dropped."""
        self._to_end = False
        """`G` asked for the last story while rows were still to make: the cursor goes there
        once they are added (issue 16: it stopped at story 50 of 461); a move forgets it."""
        self._coming = False
        """Rows `G` asked for are still coming (`RowsMade`): the list grows by them only."""

    def show(
        self, stories: Sequence[Story], empty: str = "No stories.", keep: str | None = None
    ) -> None:
        """Replace the rows (``empty`` is shown when there are none); the cursor goes to the
        story ``keep`` when it is listed, else to the first."""
        self.stories = list(stories)
        self.shown = 0
        self._listing += 1
        self._to_end = self._coming = False
        # one `set_options`, not a clear and an add: the list never passes through empty,
        # which hid the scroll bar and showed it again, each a layout of the whole screen
        if not stories:
            self._empty = empty
            self.set_options([Option(self._empty_text(), disabled=True)])
            return
        self._empty = None
        ids = [s.id for s in self.stories]
        at = ids.index(keep) if keep in ids else 0
        self.set_options(self._rows(at + 1))
        self.highlighted = at

    def grow(self, count: int) -> None:
        """Give rows to at least the first ``count`` stories (whole pages), and say how many
        more there are in a last, dim row."""
        shown = self.shown
        rows = [] if self._coming else self._rows(count)
        if not rows:
            return
        if shown and self.option_count > shown:
            self.remove_option_at_index(shown)  # the "more" row
        self.add_options(rows)
        self.post_message(self.Grown())

    def _rows(self, count: int) -> list[Option]:
        """The rows that take the shown stories to ``count`` (whole pages), with the "more"
        row after them; none when that many are shown already."""
        target = min(len(self.stories), -(-max(count, 1) // PAGE) * PAGE)
        if target <= self.shown:
            return []
        self._width = self._row_width()
        shown = self.stories[self.shown : target]
        rows = [Option(story_row(s, self._width), id=s.id) for s in shown]
        self.shown = target
        rest = len(self.stories) - target
        if rest:
            more = f"{rest:,} more  (go down to list them, or type to narrow)"
            rows.append(Option(Text(more, style="dim italic"), disabled=True))
        return rows

    def _row_width(self) -> int | None:
        return content_width(self)

    _empty: str | None = None
    """Why no story is listed, while none is (its line is wrapped to the width)."""

    def _empty_text(self) -> Text:
        """Why no story is listed, in lines of the rows' width: its rows do not wrap, and
        the reason was cut (nu56 #8: "No stories yet: a story needs two articles on the…")."""
        text = Text(self._empty or "", style="dim")
        width = self._row_width()
        return Text("\n").join(word_wrap(text, width)) if width else text

    def on_resize(self, event: events.Resize) -> None:
        """Make the shown rows again for the new width (their sparklines fit it)."""
        if self._empty is not None and not self.stories and self.option_count == 1:
            self.replace_option_prompt_at_index(0, self._empty_text())
        self._remake(self._row_width())

    def _remake(self, width: int | None) -> None:
        """Make the shown rows again when ``width`` is not the width they were made for."""
        if width == self._width or not self.shown:
            return
        self._width = width
        for index, story in enumerate(self.stories[: self.shown]):
            self.replace_option_prompt_at_index(index, story_row(story, width))
        self.post_message(self.Remade())

    class Remade(Message):
        """The shown rows were made again for a new width (marks on them are gone)."""

    class Grown(Message):
        """A page more of rows was added (unmarked: a screen that marks rows marks these)."""

    def action_select(self) -> None:
        """Open the story under the cursor: the keys typed after enter wait for its screen
        (they moved this list: enter's marker came back before the screen, which pushes
        on `OptionSelected`, had it; fx105). It says `screen_not_coming` if none comes."""
        index = self.highlighted
        if index is not None and not self.get_option_at_index(index).disabled:
            expect_screen(self.app)
        super().action_select()

    @property
    def row_width(self) -> int | None:
        """The cells the shown rows were made for (None: not laid out yet)."""
        return self._width

    def action_cursor(self, step: int) -> None:
        """j/k and the arrows: the next or the previous story."""
        self._to_end = False
        step_cursor(self, step)

    def action_jump(self, where: str) -> None:
        """g/G, home/end and a page (the page keys, ctrl+d/ctrl+u), as the article list's.
        The last story when it has no row yet: the rows it lacks are made in a worker, the
        keys typed meanwhile held until the cursor is on it (issue 16)."""
        self._to_end = where == "last" and self.shown < len(self.stories)
        if not self._to_end:
            jump(self, where)
            return
        ticket = expect_content(self.app)
        self._coming = True
        worker = self._make_rows(
            self.stories, self.shown, self._width, self._layout(), self._listing, ticket
        )
        keys_wait_for(worker, ticket)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="story-rows",
        name="story rows",
        description="story rows",  # else Textual writes one of the arguments' reprs: all
    )  # the stories, on the UI thread (0.2 s at 40,000)
    def _make_rows(
        self,
        stories: list[Story],
        start: int,
        width: int | None,
        layout: tuple[int, RulesMap] | None,
        listing: int,
        ticket: int | None,
    ) -> None:
        """The rows of ``stories`` from ``start`` on, as Content (the list lays it out in a
        third of the time a Rich Text takes: 31 µs a row against 77, on 20,000), each
        already laid out at the list's ``layout`` (Content keeps its height: the UI thread
        then only reads it); posted a `CHUNK` at a time, the last message saying so. A new
        list shown meanwhile (a new query) stops them: its rows are not these."""
        console, worker = self.app.console, get_current_worker()
        for at in range(start, len(stories), CHUNK):
            if listing != self._listing or worker.is_cancelled:
                break
            rows = []
            for story in stories[at : at + CHUNK]:
                content = Content.from_rich_text(story_row(story, width), console)
                if layout is not None:
                    content.get_height(layout[1], layout[0])  # kept in its height cache
                rows.append(Option(content, id=story.id))
            self.post_message(self.RowsMade(rows, at, width, listing, ticket))
        if not worker.is_cancelled:  # a cancelled one's wait is the next worker's
            self.post_message(self.RowsMade([], len(stories), width, listing, ticket, last=True))

    class RowsMade(Message):
        """Rows `G` asked for: of the stories from ``start`` on, made for the list
        ``listing`` (`_make_rows`); ``last``: none are to come after these."""

        def __init__(
            self,
            rows: list[Option],
            start: int,
            width: int | None,
            listing: int,
            ticket: int | None,
            last: bool = False,
        ) -> None:
            super().__init__()
            self.rows, self.start, self.width = rows, start, width
            self.listing, self.ticket, self.last = listing, ticket, last

    def on_story_list_rows_made(self, message: StoryList.RowsMade) -> None:
        message.stop()
        current = message.listing == self._listing
        if current:
            self._add_made(message)
        if not message.last:
            return
        if current and self.shown == len(self.stories):  # else a cancelled worker's, late
            self._coming = False
            self.post_message(self.Grown())
            if self._to_end:
                self._to_end = False
                jump(self, "last")
        result_came(self.app, message.ticket)

    def _add_made(self, message: StoryList.RowsMade) -> None:
        """Add the rows of ``message`` the list lacks (a page `grow` added may have some)."""
        first, end = self.shown, message.start + len(message.rows)
        if not message.start <= first < end:
            return
        if self.option_count > first:
            self.remove_option_at_index(first)  # the "more" row (a whole layout: once)
        rows = message.rows[first - message.start :]
        if message.width != self._width:  # a resize meanwhile: rows of the list's width
            rows = [Option(story_row(s, self._width), id=s.id) for s in self.stories[first:end]]
        self.add_options(rows)
        self.shown = end

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The rows `G` asked for failed (a bug, toasted): the cursor waits no more."""
        if event.state == WorkerState.ERROR:
            self._to_end = self._coming = False
        report_failure(event)

    def scroll_to_highlight(self, top: bool = False) -> None:
        """The cursor's story in view, and whole rows from the top: in a list whose height
        is no multiple of a row's (9 lines at 80x24) a move down past the bottom, or `s`
        keeping the cursor's story, left the top row's counts without their headline
        (nu68). The top goes down to the next row while that stays in the list's reach."""
        super().scroll_to_highlight(top)
        lines, y = self._lines, round(self.scroll_y)
        if self.highlighted is None or not 0 <= y < len(lines) or not lines[y][1]:
            return
        index = lines[y][0]
        below = self._index_to_line[index] + self._heights[index]
        if below <= self.max_scroll_y:
            self.scroll_to(y=below, animate=False, force=True, immediate=True)

    def _layout(self) -> tuple[int, RulesMap] | None:
        """The width a row is laid out at, and the rules that lay it out (those a Content
        reads of them, as plain values: a rule read from `styles` costs 1.5 µs, three a row),
        as `_update_lines` gives them; None before the list is laid out."""
        if not self.scrollable_content_region:
            return None
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        styles = self.styles
        rules = RulesMap(
            line_pad=styles.line_pad,
            text_overflow=styles.text_overflow,
            text_wrap=styles.text_wrap,
        )
        return width - padding.width, rules

    def _update_lines(self) -> None:
        """Textual's (8.2), the list's virtual height then made such that, scrolled as far
        as it goes, its top line is a row's first: blank lines under the last row instead
        (issue 16: at the end of a 9-line list of 2-line rows the top row was cut; nu68's
        whole-row scrolling stopped at the end). Made again at each render: the height the
        list has now decides it. The rows' rules are read once (`_layout`), not each row."""
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        start = cache.lines[-1][0] + 1 if cache.lines else 0
        if start < len(self.options) and (layout := self._layout()) is not None:
            row_width, rules = layout
            lines, heights, index_to_line = cache.lines, cache.heights, cache.index_to_line
            get_visual = self._get_visual
            for index, option in enumerate(self.options[start:], start):
                index_to_line[index] = len(lines)
                count = get_visual(option).get_height(rules, row_width)
                count += option._divider  # a story row has none
                heights[index] = count
                lines.extend([(index, line) for line in range(count)])
        lines, view = cache.lines, self.scrollable_content_region.height
        height = len(lines)
        if height > view > 0 and lines[height - view][1]:  # the last scroll cuts a row
            index = lines[height - view][0]
            height += cache.index_to_line[index] + cache.heights[index] - (height - view)
        virtual_size = Size(width, height)
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self and event.option_index >= self.shown - 5:
            self.grow(self.shown + 1)

    @property
    def current(self) -> Story | None:
        """The story under the cursor."""
        index = self.highlighted
        return self.stories[index] if index is not None and index < self.shown else None
