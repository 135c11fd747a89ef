"""The reading pane: an article's header and body, wrapped off the UI thread, matches lit."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from index.models import Article
from index.sanitize import printable
from index.search import Highlighter

WatchWord = tuple[Highlighter, Style]


MARKDOWN_STYLES: dict[str, Style] = {
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "strike": Style(strike=True),
    "code": Style(reverse=True),
    "link": Style(underline=True),
    "quote": Style(italic=True, dim=True),
    "heading1": Style(bold=True, underline=True),
    "heading2": Style(bold=True),
    "heading3": Style(bold=True, italic=True),
    "heading4": Style(bold=True, italic=True),
    "heading5": Style(italic=True),
    "heading6": Style(italic=True),
}
"""How the pane shows a Markdown article's styles (attributes only: every theme works)."""

CHUNK = 16_000
"""Characters of body laid out between pauses (a pause lets the UI thread take the GIL)."""
PAUSE = 0.001
"""Seconds a layout worker sleeps between chunks, so keystrokes never wait on a long article."""


@dataclass(frozen=True)
class Layout:
    """An article laid out for one width: its lines and where each match landed.

    ``complete`` is False for the first screenful of a long article, shown while the rest
    is still being laid out.
    """

    lines: list[Text]
    match_lines: list[int] = field(default_factory=list)
    width: int = 0
    complete: bool = True


def chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    """Cut ``text`` into pieces of about ``size`` characters, at line ends where possible.

    A piece ends after a newline (or, in a line longer than ``size``, after a space), so
    wrapping and word matching see the same words as in the whole text.
    """
    start = 0
    while start < len(text):
        end = start + size
        if end >= len(text):
            yield text[start:]
            return
        cut = text.rfind("\n", start, end)
        if cut == -1:
            cut = text.rfind(" ", start, end)
        end = cut + 1 if cut != -1 else end
        yield text[start:end]
        start = end


def layout_article(
    article: Article,
    width: int,
    console: Console,
    *,
    highlighter: Highlighter,
    match_style: Style,
    watch: Sequence[WatchWord] = (),
    show_removed: bool = False,
    muted: Style | None = None,
    on_first: Callable[[Layout], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Layout | None:
    """Lay out an article as wrapped lines (run this in a thread: long articles take time).

    The body is laid out a chunk at a time with a short pause between chunks, so that a
    5 MB article never starves the UI thread of the GIL; ``on_first`` gets the first
    chunk's lines (if there is more to come) so the reader sees text at once, and
    ``cancelled`` is polled between chunks (returns None when it says so).

    Every query match carries a ``match`` number in its style's meta, so that after
    wrapping we know the line of each match (for `n`/`N`). Article text never passes
    through markup: it is plain `Text`, so "[bold]" shows as typed.
    """
    muted = muted or Style(dim=True)
    width = max(1, width)
    head = Text(no_wrap=False, overflow="fold")
    title = printable(article.title or "(untitled)")  # metadata shows escaped, never acts
    head.append(title, Style(bold=True))
    for span in highlighter.spans(title):
        head.stylize(match_style, span.start, span.end)
    if article.title_derived:
        head.append("  (title from the lede)", muted)
    head.append("\n")
    facts = [article.source or "source unknown"]
    if article.byline:
        facts.append(f"by {article.byline}")
    if article.dateline:
        facts.append(article.dateline)
    facts.append(
        article.date.strftime("%d %B %Y %H:%M").replace(" 00:00", "")
        if article.date
        else "date unknown"
    )
    head.append(printable(" · ".join(facts)), muted)
    lines: list[Text] = list(head.wrap(console, width, overflow="fold"))
    lines.append(Text())
    match_lines: list[int] = []
    number = 0

    def add(piece: Text) -> None:
        nonlocal number
        if piece.plain.endswith("\n"):
            piece.right_crop(1)  # the chunk's last newline ends its last line, no more
        first = len(lines)
        wrapped = piece.wrap(console, width, overflow="fold")
        found: dict[int, int] = {}
        for index, line in enumerate(wrapped):
            for span in line.spans:
                style = span.style
                if isinstance(style, Style) and style.meta and "match" in style.meta:
                    found.setdefault(int(style.meta["match"]), first + index)
        lines.extend(wrapped)
        match_lines.extend(found[k] for k in sorted(found))

    pieces = list(chunks(article.body))
    styles = sorted(article.styles, key=lambda span: span.start)
    offset = 0
    first = 0  # styles before this one end before the chunk (chunks end at line ends)
    for position, chunk in enumerate(pieces):
        piece = Text(chunk)
        # Markdown styles first, so that watch words and matches are drawn over them
        while first < len(styles) and styles[first].end <= offset:
            first += 1
        for index in range(first, len(styles)):
            styled = styles[index]
            if styled.start >= offset + len(chunk):
                break
            if styled.end > offset:
                piece.stylize(
                    MARKDOWN_STYLES.get(styled.style, Style()),
                    max(0, styled.start - offset),
                    min(len(chunk), styled.end - offset),
                )
        offset += len(chunk)
        for words, style in watch:
            for span in words.spans(chunk):
                piece.stylize(style, span.start, span.end)
        for span in highlighter.spans(chunk):
            piece.stylize(match_style + Style(meta={"match": number}), span.start, span.end)
            number += 1
        add(piece)
        more = position + 1 < len(pieces)
        if position == 0 and more and on_first is not None:
            on_first(Layout(list(lines), list(match_lines), width, complete=False))
        if more:
            time.sleep(PAUSE)
            if cancelled():
                return None
    if show_removed and article.removed:
        lines.extend([Text(), Text("── removed as boilerplate ──", muted)])
        for block in article.removed:
            lines.append(Text())
            for chunk in chunks(block):
                add(Text(chunk, muted))
                time.sleep(PAUSE)
            if cancelled():
                return None
    return Layout(lines, match_lines, width)


class ReadingPane(ScrollView, can_focus=True):
    """Shows one article. Layout happens in a thread worker; only visible lines render."""

    COMPONENT_CLASSES = {
        "reading-pane--match",
        "reading-pane--current",
        "reading-pane--muted",
    }
    DEFAULT_CSS = """
    ReadingPane {
        padding: 0 1;
        overflow-x: hidden;
        & > .reading-pane--match { background: $warning 45%; text-style: bold; }
        & > .reading-pane--current {
            background: $accent; color: $text; text-style: bold underline;
        }
        & > .reading-pane--muted { color: $text-muted; }
    }
    """
    BINDINGS = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False, id="pane-down"),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False, id="pane-up"),
        Binding("g,home", "top", "Top", show=False, id="pane-top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="pane-bottom"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="pane-page-down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="pane-page-up"),
        Binding("n", "next_match(1)", "Next match", id="pane-next-match"),
        Binding("N", "next_match(-1)", "Prev match", id="pane-prev-match"),
        Binding(
            "t",
            "toggle_removed",
            "Boilerplate",
            id="pane-toggle-removed",
            tooltip="Show or hide the text removed as boilerplate",
        ),
    ]

    show_removed: reactive[bool] = reactive(False)
    """Whether the boilerplate removed from the article is shown (dimmed) after it."""
    current_match: reactive[int] = reactive(-1)
    """The match `n`/`N` last moved to (-1: none yet)."""

    @dataclass
    class MatchMoved(Message):
        """The current match changed: ``number`` of ``total`` (1-based; 0 for none)."""

        number: int
        total: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.highlighter = Highlighter()
        self.watch_words: list[WatchWord] = []
        self.layout_: Layout = Layout([Text("Select an article to read it.")])
        self._token = 0

    def show(self, article: Article | None, highlighter: Highlighter) -> None:
        """Show an article (or nothing) with this query's matches lit."""
        self.article = article
        self.highlighter = highlighter
        self.current_match = -1
        self.scroll_to(y=0, animate=False)
        self.relayout()

    def relayout(self) -> None:
        """Lay the article out again (after a resize, a toggle, new watch words)."""
        self._token += 1
        if self.article is None:
            self.layout_ = Layout([Text("Select an article to read it.")])
            self._apply()
            return
        muted = self.get_component_rich_style("reading-pane--muted", partial=True)
        match = self.get_component_rich_style("reading-pane--match", partial=True)
        width = max(1, (self.size.width or 80) - 2)
        self._layout(self.article, self._token, width, muted, match)

    @work(thread=True, exclusive=True, exit_on_error=False, group="layout")
    def _layout(self, article: Article, token: int, width: int, muted: Style, match: Style) -> None:
        worker = get_current_worker()

        def first(layout: Layout) -> None:
            self.app.call_from_thread(self._laid_out, layout, token)

        layout = layout_article(
            article,
            width,
            self.app.console,
            highlighter=self.highlighter,
            match_style=match,
            watch=list(self.watch_words),
            show_removed=self.show_removed,
            muted=muted,
            on_first=first,
            # a newer layout (another article, width or option) makes this one moot
            cancelled=lambda: worker.is_cancelled or token != self._token,
        )
        if layout is not None:
            self.app.call_from_thread(self._laid_out, layout, token)

    def _laid_out(self, layout: Layout, token: int) -> None:
        if token != self._token:
            return  # an older layout: the article, width or options changed since
        self.layout_ = layout
        self._apply()
        if layout.complete:
            number = self.current_match + 1 if 0 <= self.current_match < self.match_count else 0
            self.post_message(self.MatchMoved(number, self.match_count))

    def _apply(self) -> None:
        # no width: lines are wrapped to the pane, so there is nothing to scroll sideways
        self.virtual_size = Size(0, len(self.layout_.lines))
        self.refresh()

    @property
    def match_count(self) -> int:
        return len(self.layout_.match_lines)

    def on_resize(self) -> None:
        if (
            self.article is not None
            and self.size.width
            and self.size.width - 2 != self.layout_.width
        ):
            self.relayout()
        else:
            self._apply()

    def watch_show_removed(self) -> None:
        self.relayout()

    def action_toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        removed = len(self.article.removed) if self.article else 0
        state = "shown" if self.show_removed else "hidden"
        self.notify(f"Removed boilerplate {state} ({removed} block{'s' * (removed != 1)})")

    # jumps, not animations: an animated scroll over a 100,000-line article repaints
    # every frame on the way
    def action_scroll_lines(self, step: int) -> None:
        self.scroll_to(y=self.scroll_offset.y + step, animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_offset.y + direction * step, animate=False)

    def action_next_match(self, step: int) -> None:
        total = self.match_count
        if not total:
            self.notify("No matches in this article")
            return
        if self.current_match < 0:
            self.current_match = 0 if step > 0 else total - 1
        else:
            self.current_match = (self.current_match + step) % total

    def watch_current_match(self, number: int) -> None:
        if not 0 <= number < self.match_count:
            return
        line = self.layout_.match_lines[number]
        self.scroll_to(y=max(0, line - self.size.height // 3), animate=False)
        self.refresh()
        self.post_message(self.MatchMoved(number + 1, self.match_count))

    def on_key(self, event: events.Key) -> None:
        typed = getattr(self.app, "type_into_search", None)
        if (
            typed is not None
            and event.is_printable
            and event.character
            and event.key not in self.app.active_bindings
        ):
            typed(event.character)
            event.stop()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        index = y + int(self.scroll_offset.y)
        if index >= len(self.layout_.lines):
            return Strip.blank(width, base)
        line = self.layout_.lines[index]
        current_match = self.current_match
        if (
            0 <= current_match < self.match_count
            and self.layout_.match_lines[current_match] == index
        ):
            line = line.copy()
            current = self.get_component_rich_style("reading-pane--current", partial=True)
            for span in line.spans:
                style = span.style
                if (
                    isinstance(style, Style)
                    and style.meta
                    and style.meta.get("match") == current_match
                ):
                    line.stylize(current, span.start, span.end)
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in line.render(self.app.console)
            if seg.text != "\n"
        ]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)
