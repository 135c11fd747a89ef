"""The reading pane: an article's header and body, wrapped off the UI thread, matches lit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import work
from textual.message import Message
from textual.reactive import reactive
from textual.worker import Worker, get_current_worker

from index.library import Highlighter, printable
from index.models import Article
from tui import keymap
from tui.messages import ArticleLaidOut
from tui.widgets.article_layout import Layout, WatchWord, cropped, layout_article
from tui.widgets.line_view import LineView
from tui.widgets.marks import first_lines, marked, restyle
from tui.widgets.word_wrap import word_wrap
from tui.worker_failures import bug_said, report_failure

NOTHING_SHOWN = "Select an article to read it."
QUOTE_MARK = "quote"
"""The style meta key on the stretch of a quote jumped to (`ReadingPane.to_quote`)."""


class ReadingPane(LineView):
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
    BINDINGS = keymap.bindings(keymap.READING_PANE)
    SELECTABLE = True

    show_removed: reactive[bool] = reactive(False)
    """Whether the boilerplate removed from the article is shown (dimmed) after it."""
    current_match: reactive[int] = reactive(-1)
    """The match `n`/`N` last moved to (-1: none yet)."""

    class Shown(Message):
        """Another article (or none) is in the pane: what is said about it must follow."""

    class LaidOut(Message):
        """The article shown is laid out (its first screenful at least): `n` finds its
        matches now (`laid_out`)."""

    class MarkWanted(Message):
        """`m` in the pane: mark or unmark the article it shows (the list keeps the marks)."""

    @dataclass
    class MatchMoved(Message):
        """The current match changed: ``number`` of ``total`` (1-based; 0 for none);
        ``counting``: the article is still being laid out, more matches may come."""

        number: int
        total: int
        counting: bool = False

        def label(self) -> str:
            """The status line's words: `match 3 of 73,490`, `73,490 matches (n/N)`, and
            `match 3 of 590+` while counting (a 2 MB article said "match 3 of 590" for
            seconds, then "of 73490")."""
            total = f"{self.total:,}{'+' * self.counting}"
            if self.number == 0:
                return f"{total} match{'es' * (self.total != 1 or self.counting)} (n/N)"
            return f"match {self.number:,} of {total}"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.highlighter = Highlighter()
        self.watch_words: list[WatchWord] = []
        self.same_text: Callable[[str], str | None] = lambda _: None
        """The original of a copy by its id (`index.library.Library.same_text_as`)."""
        self.layout_: Layout = Layout([Text(NOTHING_SHOWN)])
        self._token = 0
        self._laid_token = 0
        """The token of the layout shown (`_token` when it is of the article's last one)."""
        self._gone = ""
        """Why the article shown is gone (`show_gone`), kept through a resize; "" if not."""
        self._hint = True
        """Whether the pane says "Select an article" under why it shows none."""
        self.quote: tuple[str, int, int] | None = None
        """The quote jumped to (article id, start, end in its body): lit while it shows."""
        self._to_quote = False
        """Whether the next whole layout of the quote's article scrolls to the quote."""
        self._quote_top: int | None = None
        """Where the jump to the quote left the pane (None: no jump, or a resize since); the
        pane still there at a resize has not been scrolled by the reader."""
        self._kept = ""

    def to_quote(self, article_id: str, start: int, end: int) -> None:
        """Light the quote at ``body[start:end]`` of ``article_id`` and scroll to it once
        that article is laid out whole (nu45 #7: the first jump once stayed at the top, and
        the quote was never lit). Shown already: laid out again, lit."""
        self.quote, self._to_quote = (article_id, start, end), True
        if self.article is not None and self.article.id == article_id:
            self.relayout()

    def show(self, article: Article | None, highlighter: Highlighter) -> None:
        """Show an article (or nothing) with this query's matches lit."""
        self.article = article
        self.highlighter = highlighter
        self._gone = ""
        if self.quote is not None and (article is None or article.id != self.quote[0]):
            self.quote = None  # another article: the quote is no more lit
        self._to_quote = self.quote is not None  # shown again (a reload): at the quote again
        self.current_match = -1
        self.scroll_to(y=0, animate=False)
        self.relayout()
        self.post_message(self.Shown())

    @property
    def laid_out(self) -> bool:
        """Whether the lines shown are of the article shown, as the options now ask (its
        layout is a worker's: until it comes, the last article's lines and matches stay)."""
        return self._laid_token == self._token

    @property
    def telling_gone(self) -> bool:
        """Whether the pane says why the article it showed is gone (with the hint to select
        another): an update's search that then lists nothing leaves that said."""
        return bool(self._gone) and self._hint and self.article is None

    def show_gone(self, said: str, *, hint: bool = True) -> None:
        """Show no article, but why the one shown is gone (``said``, one line); ``hint``:
        and that selecting one reads it (not when there is none to select)."""
        self.show(None, self.highlighter)
        self._gone, self._hint = said, hint
        self.relayout()

    def relight(self, highlighter: Highlighter) -> None:
        """Light another query's matches in the article shown, left where it was read."""
        self.highlighter = highlighter
        self.current_match = -1
        self.relayout()

    def relayout(self) -> None:
        """Lay the article out again (after a resize, a toggle, new watch words)."""
        self._token += 1
        width = max(1, (self.size.width or 80) - 2)
        if self.article is None:  # what it says wraps, as an article does (nu30 #8)
            said = [Text(printable(self._gone), style="bold")] if self._gone else []
            hint = [Text(NOTHING_SHOWN)] if self._hint or not said else []
            lines = [line for text in (*said, *hint) for line in word_wrap(text, width)]
            self.layout_ = Layout(lines, width=width)
            self._laid_token = self._token
            self._apply()
            return
        muted = self.ink("reading-pane--muted")
        match = self.get_component_rich_style("reading-pane--match", partial=True)
        self._layout(self.article, self._token, width, muted, match)

    @work(thread=True, exclusive=True, exit_on_error=False, group="layout", name="layout")
    def _layout(self, article: Article, token: int, width: int, muted: Style, match: Style) -> None:
        worker = get_current_worker()

        def first(layout: Layout) -> None:
            self.post_message(ArticleLaidOut(layout, token))

        layout = layout_article(
            article,
            width,
            self.app.console,
            highlighter=self.highlighter,
            match_style=match,
            watch=[*self.watch_words, *self._quote_light(article, match)],
            show_removed=self.show_removed,
            muted=muted,
            on_first=first,
            # a newer layout (another article, width or option) makes this one moot
            cancelled=lambda: worker.is_cancelled or token != self._token,
            same_text_as=self.same_text(article.id),
        )
        if layout is not None:
            self.post_message(ArticleLaidOut(layout, token))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(event)  # a widget's workers report here: Textual does not bubble it

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        """Laying the article out raised (a bug, on what an article holds): the pane says
        so in one line where the article's lines go, and `n` waits no more (fx160: it
        kept "Select an article to read it.", not a word)."""
        if worker.group != "layout" or worker.is_cancelled:
            return False
        said = Text(f"⚠ {bug_said('laying out the article', error)}", style="bold")
        width = max(1, (self.size.width or 80) - 2)
        self.post_message(ArticleLaidOut(Layout(word_wrap(said, width), width=width), self._token))
        return True

    def on_article_laid_out(self, message: ArticleLaidOut) -> None:
        if message.token != self._token:
            return  # an older layout: the article, width or options changed since
        layout = self.layout_ = message.layout
        first, self._laid_token = self._laid_token != message.token, message.token
        self._apply()
        if first:
            self.post_message(self.LaidOut())
        if layout.complete and self._to_quote and self._showing_quote():
            self._scroll_to_quote()
        if layout.complete:
            number = self.current_match + 1 if 0 <= self.current_match < self.match_count else 0
            self.post_message(self.MatchMoved(number, self.match_count))

    def _quote_light(self, article: Article, style: Style) -> list[WatchWord]:
        """The watch word that lights the quote jumped to, lit as a search term, or none."""
        from tui.widgets.kept import PassageLight, chunk_places  # its notebook part loads late

        quote = self.quote
        if quote is None or quote[0] != article.id or not 0 <= quote[1] < quote[2]:
            return []
        light = PassageLight(start=quote[1], end=quote[2], places=chunk_places(article.body))
        return [(light, marked(style, QUOTE_MARK, 0))]

    def _showing_quote(self) -> bool:
        """Whether the article shown is the quote's: the one shown before the jump may finish
        a layout while the quote's loads (rv50: it warned the quote was "no longer where it
        was")."""
        return (
            self.quote is not None and self.article is not None and self.article.id == self.quote[0]
        )

    def _scroll_to_quote(self) -> None:
        """Scroll to the quote (laid out whole, lit): the article's top, its title, outlet
        and date, when the whole quote is on the first screen; else the quote's first line
        under the line of text before it (nu53 #10: a third of the way down put the
        title of an article whose quote was its fourth line off the pane)."""
        self._to_quote = False
        lines = self.layout_.lines
        line = first_lines(lines, QUOTE_MARK).get(0)
        if line is None:
            self.notify("The quote is no longer where it was", severity="warning")
            return
        last = line
        while last + 1 < len(lines) and first_lines(lines[last + 1 : last + 2], QUOTE_MARK):
            last += 1
        top = max(0, line - 1)
        if top and not lines[top].plain.strip():  # a blank between paragraphs: the text before
            top -= 1
        if last < self.scrollable_content_region.height:
            top = 0
        # forced: the scroll bar a short article before had not is laid out after this
        # scroll (nu45 #7: the first jump after start, from a short article, stayed at the top)
        self.scroll_to(y=top, animate=False, force=True)
        self._quote_top = top

    @property
    def kept_title(self) -> str:
        """What the notebook keeps of the article (`kept_label`), in the top border."""
        return self._kept

    @kept_title.setter
    def kept_title(self, said: str) -> None:
        self._kept = said
        self.title_border()

    def title_border(self) -> None:
        """The top border: what the notebook keeps of the article, and, while the pane is
        scrolled to a quote jumped to past its top, the article's title, outlet and day
        (nu53 #10: the head was off the pane after `enter` on a quote row)."""
        article, kept = self.article, self.kept_title
        if not self._showing_quote() or article is None or self.scroll_offset.y < 1:
            self.border_title = kept or None
            return
        when = article.date
        day = f"{when.day} {when:%B %Y}" if when else ""  # as the head says it
        facts = [printable(x) for x in (article.source, day) if x]
        room = max(8, self.size.width - 8 - cell_len(kept) - sum(cell_len(f) + 3 for f in facts))
        title = cropped(" ".join(printable(article.title or article.id).split()), room)  # cells
        self.border_title = Text(" · ".join(x for x in (kept, title, *facts) if x))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if (old_value < 1) != (new_value < 1):  # past the top, or back to it
            self.title_border()

    def _apply(self) -> None:
        self.set_line_count(len(self.layout_.lines))
        self.refresh()

    @property
    def match_count(self) -> int:
        return len(self.layout_.match_lines)

    def on_resize(self) -> None:
        jumped = self._quote_top is not None and self._quote_top == int(self.scroll_offset.y)
        self._quote_top = None
        if jumped and self._showing_quote():  # not scrolled since the jump: decide again
            self._to_quote = True  # (ci140: the focus that grows the pane at 80x24 came late)
        if self.size.width and self.size.width - 2 != self.layout_.width:
            self.relayout()
        else:
            self._apply()
            if self._to_quote and self.laid_out and self.layout_.complete and self._showing_quote():
                self._scroll_to_quote()

    def watch_show_removed(self) -> None:
        self.relayout()

    def action_toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        removed = len(self.article.removed) if self.article else 0
        state = "shown" if self.show_removed else "hidden"
        if not removed:  # "(0 blocks)" (nu56 #6)
            self.notify("No boilerplate was removed from this article")
        else:
            self.notify(f"Removed boilerplate {state} ({removed} block{'s' * (removed != 1)})")

    # jumps, not animations: an animated scroll over a 100,000-line article repaints
    # every frame on the way
    def action_mark(self) -> None:
        if self.article is not None:
            self.post_message(self.MarkWanted())

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
        counting = not self.layout_.complete
        self.post_message(self.MatchMoved(number + 1, self.match_count, counting))

    def line_at(self, index: int) -> Text | None:
        lines = self.layout_.lines
        if index >= len(lines):
            return None
        current = self.current_match
        if 0 <= current < self.match_count and self.layout_.match_lines[current] == index:
            style = self.get_component_rich_style("reading-pane--current", partial=True)
            return restyle(lines[index], "match", current, style)
        return lines[index]
