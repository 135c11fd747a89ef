"""The story list: one row per news event (headline; articles, outlets, dates, a sparkline)."""

from __future__ import annotations

from collections.abc import Sequence
from threading import Event
from typing import cast

from rich.text import Text
from textual import events, on, work
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.visual import Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from index.models import Story
from tui import keymap
from tui.key_waits import expect_content, expect_screen, keys_wait_for, result_came
from tui.widgets.story_row import ROW_LINES, Columns, StoryRow
from tui.widgets.word_wrap import word_wrap
from tui.worker_failures import report_failure


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
(`StoryList._make_rows`; their text is made when drawn: `StoryRow`): 40,000 at once held the
UI thread for 1.3 s (nu73, rows made whole); a chunk takes about 15 ms (nu78: adding it and
its lines). (A page a turn, 800 turns, would repaint the list 800 times: each turn is
followed by one; at 1,000 rows a turn the 40 repaints doubled the UI thread's time.)"""


TAKEN = 1.0
"""Seconds the rows' worker waits for the list to take a chunk before it makes the next
anyway (a list gone, or a message lost)."""


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
        self.columns: Columns | None = None
        """The cells each field of the rows takes: the widest of the listed stories' (their
        fields line up, nu79 #4)."""
        self._listing = 0
        """Which list `show` gave last: rows made in a worker for an older one are dropped."""
        self._to_end = False
        """`G` asked for the last story while rows were still to make: the cursor goes there
        once they are added (issue 16: it stopped at story 50 of 461); a move forgets it."""
        self._coming = False
        """Rows `G` asked for are still coming (`RowsMade`): the list grows by them only."""
        self._taken = Event()
        """The list took the rows last made (`RowsMade`): the worker makes the next then, so
        each chunk is added in a turn of its own (made in no time, all came in one turn: the
        UI thread held 180 ms at 40,000)."""

    def show(
        self, stories: Sequence[Story], empty: str = "No stories.", keep: str | None = None
    ) -> None:
        """Replace the rows (``empty`` is shown when there are none); the cursor goes to the
        story ``keep`` when it is listed, else to the first."""
        self.stories = list(stories)
        self.columns = Columns.of(self.stories)
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
        rows: list[Option] = [StoryRow(s, self) for s in self.stories[self.shown : target]]
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

    @on(events.Resize)
    def _resized(self, event: events.Resize) -> None:
        """Make the shown rows again for the new width (their sparklines fit it), each when
        next drawn (`StoryRow`), the cursor's story kept in view (nu78: made lower after
        `G`, the list showed the rows above it). Not Textual's (``prevent_default`` ends
        the walk down the classes before it), which dropped every row's lines, laid out again at the
        next render (40,000: 45 ms): rows that never wrap (``text-wrap: nowrap``; the empty
        list's reason is wrapped here) keep their lines at any width."""
        event.prevent_default()
        self._option_render_cache.clear()
        self.refresh()
        if self._empty is not None and not self.stories and self.option_count == 1:
            self.replace_option_prompt_at_index(0, self._empty_text())
        self._remake(self._row_width())
        self.call_after_refresh(self.scroll_to_highlight)

    def _remake(self, width: int | None) -> None:
        """Have the shown rows made again for ``width`` when it is not the width they were
        made for: each is when next drawn (`StoryRow`), so a resize costs the rows in view,
        not all the list holds (nu78: 40,000 made again at once held the UI thread 4.5 s)."""
        if width == self._width or not self.shown:
            return
        self._width = width
        self.post_message(self.Remade())

    class Remade(Message):
        """The shown rows are made for a new width (marks on them are gone)."""

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
        worker = self._make_rows(self.stories, self.shown, self._listing, ticket)
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
        self, stories: list[Story], start: int, listing: int, ticket: int | None
    ) -> None:
        """The rows of ``stories`` from ``start`` on (their text is made when drawn:
        `StoryRow`), posted a `CHUNK` at a time, the last message saying so. A new list
        shown meanwhile (a new query) stops them: its rows are not these."""
        worker = get_current_worker()
        for at in range(start, len(stories), CHUNK):
            if listing != self._listing or worker.is_cancelled:
                break
            rows: list[Option] = [StoryRow(story, self) for story in stories[at : at + CHUNK]]
            self._taken.clear()
            self.post_message(self.RowsMade(rows, at, listing, ticket))
            self._taken.wait(TAKEN)
        if not worker.is_cancelled:  # a cancelled one's wait is the next worker's
            self.post_message(self.RowsMade([], len(stories), listing, ticket, last=True))

    class RowsMade(Message):
        """Rows `G` asked for: of the stories from ``start`` on, made for the list
        ``listing`` (`_make_rows`); ``last``: none are to come after these."""

        def __init__(
            self,
            rows: list[Option],
            start: int,
            listing: int,
            ticket: int | None,
            last: bool = False,
        ) -> None:
            super().__init__()
            self.rows, self.start = rows, start
            self.listing, self.ticket, self.last = listing, ticket, last

    def on_story_list_rows_made(self, message: StoryList.RowsMade) -> None:
        message.stop()
        current = message.listing == self._listing
        if current:
            self._add_made(message)
        self._taken.set()
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
        self.add_options(message.rows[first - message.start :])
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

    def _update_lines(self) -> None:
        """Textual's (8.2), the list's virtual height then made such that, scrolled as far
        as it goes, its top line is a row's first: blank lines under the last row instead
        (issue 16: at the end of a 9-line list of 2-line rows the top row was cut; nu68's
        whole-row scrolling stopped at the end). Made again at each render: the height the
        list has now decides it. A story's row is `ROW_LINES` high, its text not made (a
        resize lays out 40,000 rows in 30 ms, not seconds: only those drawn are made)."""
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        start = cache.lines[-1][0] + 1 if cache.lines else 0
        if start < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            lines, heights, index_to_line = cache.lines, cache.heights, cache.index_to_line
            rules = cast(RulesMap, self.styles)  # as Textual's: read once, not each row
            for index, option in enumerate(self.options[start:], start):
                index_to_line[index] = len(lines)
                heights[index] = count = self._height(option, rules, width - padding.width)
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

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The rows' lines, for a list as tall as its rows (as a test's): Textual's made
        every story's row to count its lines, at each resize."""
        rules = cast(RulesMap, self.styles)
        padding = self.get_component_styles("option-list--option").padding
        return sum(self._height(option, rules, width - padding.width) for option in self.options)

    def _height(self, option: Option, rules: RulesMap, width: int) -> int:
        """An option's lines at ``width`` cells: a story's row is `ROW_LINES`, unmade (the
        list has no dividers: a story row's ``_divider`` is never set)."""
        if isinstance(option, StoryRow):
            return ROW_LINES
        return self._get_visual(option).get_height(rules, width) + option._divider

    def _get_visual(self, option: Option) -> Visual:
        """A row's look; a story's text made first if it is not for the width rows have."""
        option.prompt  # noqa: B018 (a `StoryRow` makes it at the list's width)
        return super()._get_visual(option)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self and event.option_index >= self.shown - 5:
            self.grow(self.shown + 1)

    @property
    def current(self) -> Story | None:
        """The story under the cursor."""
        index = self.highlighted
        return self.stories[index] if index is not None and index < self.shown else None
