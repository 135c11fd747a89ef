"""The article list: a virtualised view of thousands of hits, one row per article."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive

from index.library import printable
from index.models import Hit
from tui import keymap
from tui.read_marks import ReadMarks
from tui.widgets.line_view import NO_STYLE, LineView
from tui.widgets.row_meta import meta_line
from tui.widgets.word_wrap import word_wrap

MAX_MARKED = 8
"""Most articles marked at once (a comparison takes 2 to 8)."""
NONE_LISTED = "No articles."
"""What the list says when a search listed none (none while the first search runs)."""


class ArticleList(LineView):
    """Hits as rows of two or three lines (title; source and date; snippet).

    Only the rows on screen are ever rendered, so 20,000 articles cost no more than 20.
    """

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--meta",
        "article-list--match",
        "article-list--mark",
        "article-list--derived",
    }
    DEFAULT_CSS = """
    ArticleList {
        background: $surface;
        overflow-x: hidden;
        & > .article-list--cursor { background: $accent 30%; }
        &:focus > .article-list--cursor { background: $accent 50%; }
        & > .article-list--meta { color: $text-muted; }
        & > .article-list--match { background: $warning 40%; text-style: bold; }
        & > .article-list--mark { color: $success; text-style: bold; }
        & > .article-list--derived { text-style: italic; }
        &.-older { text-opacity: 55%; }  /* the last query's hits: the bar's query failed */
    }
    """
    BINDINGS = keymap.bindings(keymap.ARTICLE_LIST)

    cursor: reactive[int] = reactive(0)
    """Index of the highlighted row."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto a hit."""

        hit: Hit

    class MarksChanged(Message):
        """An article was marked or unmarked."""

    @dataclass
    class Opened(Message):
        """The user asked to read a hit: a row of the list (``listed``), or an article from
        elsewhere (the notebook's, read in the pane: the way back keeps its step)."""

        hit: Hit
        listed: bool = True

    class RowsShown(Message):
        """Rows without their snippet came into view (a resize, a scroll): they are wanted
        (nu30 #11: grown from 60x15, the new rows said a bare "…" until the cursor moved)."""

    @dataclass
    class NearEnd(Message):
        """The cursor or the view came near the last row while more hits are to be had."""

        key: tuple[object, ...]
        listed: int
        whole: bool = False
        """Every further row is wanted (`G`: the last row), not the next page."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []
        self.snippets: dict[str, Hit] = {}
        self.marked: list[str] = []
        self.kept: dict[str, str] = {}
        """What the notebook keeps on an article, by id, as a short label (★ pinned, tags)."""
        self.with_snippets = False
        self.empty_text = "Opening the index…"
        self.read: ReadMarks | None = None
        """The articles read (`tui.read_marks`): unread titles bold, read ones plain;
        None: not kept (`--no-restore`), every title bold."""
        self.fresh: set[str] = set()
        """Ids of articles a feed refresh brought in during this session (marked "new")."""
        self.key: tuple[object, ...] = ()
        """What the rows were listed for (the search's key): more rows must match it."""
        self.more = False
        """More hits than listed match: they are asked for (`NearEnd`) when near the end."""
        self._asked = False
        self._to_end = False
        """`G` asked for the last row while more were to come: the cursor goes there once
        they are listed (nu24 #10: it stopped at row 100 of 290); any other move forgets it."""
        self.away = False
        """The pane shows none of the rows (an article opened from a quote and not listed,
        or one an update removed): no row is lit, and the first move lights one and shows
        it, even at the top (nu30 #4: the list lit another article than the pane showed,
        and the first ↑ did nothing). Down lights the cursor's row, up the one above."""

    @property
    def row_height(self) -> int:
        return 3 if self.with_snippets else 2

    @property
    def current(self) -> Hit | None:
        """The hit under the cursor."""
        return self.hits[self.cursor] if 0 <= self.cursor < len(self.hits) else None

    def show(
        self,
        hits: list[Hit],
        *,
        with_snippets: bool,
        keep: str | None = None,
        key: tuple[object, ...] = (),
        more: bool = False,
        preview: bool = True,
        top: bool = False,
    ) -> None:
        """Replace the rows; keep the cursor on article ``keep`` if it is still listed.

        ``more``: more hits match than ``hits`` (asked for with ``key`` near the end);
        ``preview``: say which row the cursor is on (`Highlighted`: the pane shows it);
        False: the pane shows none of them (`away`). When ``keep`` is no longer listed the
        cursor stays where it was: on the row that took its place; with ``top`` (the rows
        in a new order, where its place means nothing) on the first row.
        """
        self.hits = hits
        self.searched()
        self.key, self.more, self._asked, self._to_end = key, more, False, False
        self.with_snippets = with_snippets
        self.snippets = {}
        self.away = not preview and bool(hits)
        self._count_lines()
        here = 0 if top else max(0, min(self.cursor, len(hits) - 1))
        index = next((i for i, h in enumerate(hits) if h.id == keep), here) if keep else 0
        self.scroll_to(y=0, animate=False)
        self.set_reactive(ArticleList.cursor, index)
        self._scroll_cursor_into_view()
        self.refresh()
        if self.current is not None and preview:
            self.post_message(self.Highlighted(self.current))

    def searched(self) -> None:
        """A search has answered (listed, or failed): an empty list now says it lists none,
        never while the first one runs (nu60 #7), nor blank for good after a failed one
        (rv63)."""
        if not self.empty_text:
            self.empty_text = NONE_LISTED
            self.refresh()

    def extend(self, key: tuple[object, ...], hits: list[Hit], *, more: bool) -> None:
        """Add the rows after the listed ones (``hits`` starts with those; dropped when
        ``key`` is not what the list shows now)."""
        if key != self.key or len(hits) < len(self.hits):
            return
        self.hits = self.hits + hits[len(self.hits) :]
        self.more, self._asked = more, False
        self._count_lines()
        self.refresh()
        if self._to_end:
            self._bottom()  # the rest, or the last row now that it is listed
        else:
            self._want_more()  # still near the end: the next page

    def _want_more(self) -> None:
        if not self.more or self._asked or not self.hits:
            return
        page = max(1, self.size.height // self.row_height)
        last_seen = max(
            self.cursor, (int(self.scroll_offset.y) + self.size.height) // self.row_height
        )
        if len(self.hits) - last_seen <= 2 * page:
            self._asked = True
            self.post_message(self.NearEnd(self.key, len(self.hits)))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._want_more()
        self._rows_shown()

    def _rows_shown(self) -> None:
        if self.with_snippets and any(h.id not in self.snippets for h in self.visible_hits()):
            self.post_message(self.RowsShown())

    def visible_hits(self) -> list[Hit]:
        """The hits on screen now (for filling snippets lazily)."""
        first = int(self.scroll_offset.y) // self.row_height
        count = self.size.height // self.row_height + 2
        return self.hits[first : first + count]

    def add_snippets(self, hits: dict[str, Hit]) -> None:
        self.snippets.update(hits)
        self.refresh()

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.hits) - 1)) if self.hits else 0

    def watch_cursor(self) -> None:
        self._scroll_cursor_into_view()
        self.refresh()
        self._want_more()
        if self.current is not None:
            self.post_message(self.Highlighted(self.current))

    def _scroll_cursor_into_view(self) -> None:
        top = self.cursor * self.row_height
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif top + self.row_height > self.scroll_offset.y + self.size.height:
            # whole rows from the top: a height that is no multiple of a row's cut the top
            # row's title off (the list restored at 80x24); forced: a list just filled or
            # resized has its scroll bar only after its layout
            below = top + self.row_height - self.size.height
            y = min(top, -(-below // self.row_height) * self.row_height)
            self.scroll_to(y=y, animate=False, force=True)

    def point_at(self, article_id: str) -> None:
        """The pane shows ``article_id``, opened from elsewhere (a quote): the cursor goes
        onto its row without a word (the pane has it already); not listed: `away`."""
        index = next((i for i, hit in enumerate(self.hits) if hit.id == article_id), None)
        self.away = index is None and bool(self.hits)
        if index is not None:
            self.set_reactive(ArticleList.cursor, index)
            self._scroll_cursor_into_view()
        self.refresh()

    def _move(self, row: int) -> None:
        """The cursor to ``row``; when `away`, the row under it is shown even if it stays."""
        away, self.away = self.away, False
        before = self.cursor
        self.cursor = row
        if away and self.cursor == before:
            self.watch_cursor()  # unchanged: no watcher ran, and the row is lit and shown

    def action_cursor(self, step: int) -> None:
        self._to_end = False
        ahead = step - 1 if step > 0 and self.away else step  # away: down lights the cursor's
        self._move(self.cursor + ahead)

    def action_top(self) -> None:
        self._to_end = False
        self._move(0)

    def action_bottom(self) -> None:
        """The last row of all the hits: those not listed yet are asked for at once, and the
        cursor waits on the last listed row until they come."""
        self._to_end = self.more
        self._bottom()

    def _bottom(self) -> None:
        if self._to_end and not self.more:
            self._to_end = False
        if self._to_end and not self._asked and self.hits:
            self._asked = True
            self.post_message(self.NearEnd(self.key, len(self.hits), whole=True))
        self._move(len(self.hits) - 1)

    def rows_not_coming(self) -> None:
        """The rows asked for failed (a bug, toasted): no more are asked for this list, and
        `G` waits no more (rv72: "listing the rest…" stood for good)."""
        self.more = self._to_end = self._asked = False

    @property
    def loading_to_end(self) -> bool:
        """`G` waits for the rest of the rows."""
        return self._to_end

    def action_page(self, direction: int) -> None:
        self._to_end = False
        self._move(self.cursor + direction * max(1, self.size.height // self.row_height))

    def action_open(self) -> None:
        if self.current is not None:
            self._here()
            self.post_message(self.Opened(self.current))

    def _here(self) -> None:
        """`enter` or `m` while `away`: the cursor's row is lit and shown, then acted on."""
        if self.away and self.current is not None:
            self.away = False
            self.watch_cursor()

    def action_mark(self) -> None:
        hit = self.current
        if hit is None:
            return
        self._here()
        self.toggle_mark(hit.id)

    def unmark(self, article_ids: tuple[str, ...]) -> None:
        """Unmark ``article_ids`` (gone from the index)."""
        self.marked = [i for i in self.marked if i not in article_ids]
        self.refresh()
        self.post_message(self.MarksChanged())

    def toggle_mark(self, article_id: str) -> None:
        """Mark or unmark ``article_id`` (listed or not: `m` in the reading pane too)."""
        if article_id in self.marked:
            self.marked.remove(article_id)
        elif len(self.marked) >= MAX_MARKED:
            self.notify(f"At most {MAX_MARKED} articles compare at once: unmark one first")
            return
        else:
            self.marked.append(article_id)
        self.refresh()
        self.post_message(self.MarksChanged())

    def on_click(self, event: events.Click) -> None:
        row = (event.y + int(self.scroll_offset.y)) // self.row_height
        if 0 <= row < len(self.hits):
            self._to_end = False
            self._move(row)
            if event.chain == 2:
                self.action_open()

    def on_resize(self) -> None:
        self._count_lines()
        self._whole_top()
        self._scroll_cursor_into_view()  # a list filled before its layout settled, too
        self._rows_shown()

    def _whole_top(self) -> None:
        """A taller terminal pulls a list scrolled to its end back by the new height before
        `_count_lines` adds its blank lines: the top row showed only its last lines (CI: 20
        rows, `G`, 30x27 then 30x28). Down to the next whole row: the end is one, since
        `_count_lines` makes the scroll's end a multiple of a row."""
        y = int(self.scroll_offset.y)
        if y % self.row_height:
            self.scroll_to(y=y + self.row_height - y % self.row_height, animate=False, force=True)

    def _count_lines(self) -> None:
        """The rows' lines, and blank ones under the last to make the end's top row whole:
        scrolled to its end, a list whose height is no multiple of a row's showed the top
        row's second line alone (nu81: `G` at 60x11, the top a "NBC News · ..." with no
        title), and `_scroll_cursor_into_view` could not scroll past the end."""
        lines = len(self.hits) * self.row_height
        blank = self.size.height % self.row_height if lines > self.size.height else 0
        self.set_line_count(lines + blank)

    def line_at(self, index: int) -> Text | None:
        width = self.scrollable_content_region.width  # "…" before the scrollbar, not under it
        if not self.hits:  # from the second line, wrapped (nu30 #8: "No articles in /tmp/…")
            said = word_wrap(Text(self.empty_text), max(1, width - 2))
            return Text(" " + said[index - 1].plain) if 0 < index <= len(said) else None
        row, line = divmod(index, self.row_height)
        if row >= len(self.hits):
            return None
        text = self._line(self.hits[row], line)
        text.truncate(max(1, width), overflow="ellipsis")
        return text

    def line_style(self, index: int) -> Style:
        if self.hits and index // self.row_height == self.cursor and not self.away:
            return self.get_component_rich_style("article-list--cursor")
        return NO_STYLE

    def _line(self, hit: Hit, line: int) -> Text:
        if line == 0:
            text = Text(no_wrap=True)
            marked = hit.id in self.marked
            mark_style = self.ink("article-list--mark")
            text.append("● " if marked else "  ", mark_style)
            if hit.id in self.fresh:  # before the title: the list's edge cuts a long one
                text.append("new ", mark_style)
            title = printable(hit.title or "(untitled)")  # ids and titles come from outside
            if hit.title_derived:
                text.append("~ ", self.ink("article-list--meta"))
                text.append(title, self.ink("article-list--derived"))
            else:
                text.append(title, Style(bold=self.read is None or hit.id not in self.read))
            return text
        meta = self.ink("article-list--meta")
        mark_style = self.ink("article-list--mark")
        if line == 1:  # copies: its outlet's same text, folded into this row (`index.copies`)
            width = self.scrollable_content_region.width  # the time gives way first (fx116)
            kept = self.kept.get(hit.id)
            styles = (meta, mark_style)
            return meta_line(hit.source, hit.date, len(hit.copies), kept, width, styles)
        filled = self.snippets.get(hit.id)
        if filled is None:
            return Text("  …", style=meta, no_wrap=True)
        text = Text("  " + filled.snippet, no_wrap=True, style=meta)
        match = self.get_component_rich_style("article-list--match")
        for span in filled.snippet_spans:
            text.stylize(match, span.start + 2, span.end + 2)
        return self._match_in_view(text, filled)

    def _match_in_view(self, text: Text, filled: Hit) -> Text:
        """The snippet line with its first match whole within the list's width: when the
        match would run past the edge ("…areas of Oro…", nu18), the words before it give
        way, so that the match starts a third of the way along."""
        width = self.scrollable_content_region.width
        if not filled.snippet_spans or width <= 0:
            return text
        first = filled.snippet_spans[0]
        if first.end + 2 < width:
            return text
        cut = first.start + 2 - max(4, width // 3)
        if cut <= 0:
            return text
        rest = text[cut + 3 :]
        space = rest.plain.find(" ")  # from a word's start, not "…ing areas"
        if 0 <= space < first.start + 2 - cut - 3:
            rest = rest[space:]
        shifted = Text("  …", style=text.style, no_wrap=True)
        shifted.append_text(rest)
        return shifted
