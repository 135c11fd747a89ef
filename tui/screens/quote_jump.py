"""The reader's side of the quotes panel: open it for what is on screen, then go to the quote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:  # the quotes panel (and its analysis modules) loads when first opened
    from tui.screens.quotes import QuoteTarget
    from tui.screens.reader import ReaderScreen


def quote_line(lines: Sequence[Text], body: str, start: int) -> int | None:
    """The laid-out line where the quote at ``body[start]`` begins, or None.

    The pane wraps the body at spaces, so the quote's first word (its opening mark
    included) stands whole on one line: it is the (n+1)th such word in the body lines
    if it comes n times in the body before ``start``. The header above the first empty
    line is not the body and is skipped.
    """
    if not 0 <= start < len(body):
        return None
    end = start + 1
    while end < len(body) and not body[end].isspace():
        end += 1
    word = body[start:end]
    seen = body.count(word, 0, start)
    first_body = next((i for i, line in enumerate(lines) if not line.plain), None)
    if first_body is None:
        return None
    for number in range(first_body + 1, len(lines)):
        seen -= lines[number].plain.count(word)
        if seen < 0:
            return number
    return None


class QuoteJump:
    """Opens the quotes panel from the reader and takes the reader to the quote chosen."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.target: QuoteTarget | None = None
        """The quote the pane should show once its article is laid out."""

    def open(self) -> None:
        """The panel for the article being read (the pane has the focus), else for the
        story under the cursor (the story list has it), else for the query, or the corpus
        when there is none."""
        from tui.screens.quotes import QuoteScope, QuotesScreen  # loaded on first use

        reader = self.reader
        if reader.library is None:
            return
        article = reader.pane.article
        story = reader.story_list.current if reader.focused is reader.story_list else None
        if article is not None and reader.focused is reader.pane:
            scope = QuoteScope(article.id, article.title)
        elif story is not None:
            title = story.title or story.id
            scope = QuoteScope(title=title, story=story.counted, story_id=story.id)
        else:
            scope = QuoteScope(query=reader.search_text)
        reader.app.push_screen(QuotesScreen(reader.library, scope), self.go)

    def go(self, target: QuoteTarget | None) -> None:
        """Read the quote's article in the pane, scrolled to the quote (None: stay)."""
        if target is None:
            return
        self.target = target
        reader = self.reader
        article = reader.pane.article
        reader.way_back.took(self.go, article.id if article else None)  # esc: the panel again
        if article is not None and article.id == target.article:
            self.laid_out()
        else:
            reader._load(target.article)
        reader.articles.point_at(target.article)  # its row lit, or none (nu30 #4)
        reader.set_focus(reader.pane)

    def laid_out(self) -> None:
        """The pane finished laying out an article: scroll to the quote if it is the one."""
        target, pane = self.target, self.reader.pane
        if target is None or pane.article is None or pane.article.id != target.article:
            return
        self.target = None
        line = quote_line(pane.layout_.lines, pane.article.body, target.start)
        if line is None:
            self.reader.notify("The quote is no longer where it was", severity="warning")
            return
        pane.scroll_to(y=max(0, line - pane.size.height // 3), animate=False)
