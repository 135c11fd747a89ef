"""The reader's keys on the article being read: matches, boilerplate, and copying (OSC 52).

These keys act from the list as well as from the pane (the article under the list's
cursor is the one in the pane), and never type into the search bar: printable keys go
there only when it has the focus, or right after ``/``. Typed right after a move, while
the pane still shows the row moved from, a key waits for the row moved to, as the
notebook's keys do (`tui.screens.notebook_wait`; fx128: `j y` said "No article is open
yet", `j n` went to a match of the article left, which the next one then reset).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.library import printable
from index.models import Article, Story
from tui import keymap
from tui.screens.library_screen import LibraryScreen
from tui.screens.notebook_wait import hold_for_pane, pane_shown
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList

ARTICLE_ACTIONS = frozenset(
    {"next_match", "toggle_removed", "copy_id", "copy_url", "copy_passage", "copy_text"}
)
"""The actions of `keymap.ARTICLE` (printable keys: the search bar takes them when focused)."""

TOAST_CHARS = 60
"""Most characters of a copied passage or text a toast repeats (an id, a URL or a path is
repeated whole: cut, it reads as another one)."""


def shortened(text: str, limit: int = TOAST_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def article_text(article: Article) -> str:
    """The article as plain text: title, then body."""
    return f"{article.title}\n\n{article.body}" if article.title else article.body


class ArticleActions(LibraryScreen):
    """The `keymap.ARTICLE` keys of the reader screen (a base class of `ReaderScreen`)."""

    BINDINGS = keymap.bindings(keymap.ARTICLE)

    if TYPE_CHECKING:  # the reader screen's
        showing_stories: bool

        @property
        def search_text(self) -> str: ...

        def story_preview(self, story: Story) -> str: ...

    def _article(self) -> Article | None:
        """The article in the pane, unless the article list has the focus and its cursor
        is on another one (the pane has not caught up yet). The list is not asked
        otherwise: an article opened from a story, a quote or related ones is not in it."""
        article = self.query_one(ReadingPane).article
        listed = self.query_one(ArticleList)
        current = listed.current if self.focused is listed and not listed.away else None
        if article is None or (current is not None and current.id != article.id):
            self.notify("No article is open yet", severity="warning")
            return None
        return article

    def action_next_match(self, step: int) -> None:
        if hold_for_pane(self, lambda: self.action_next_match(step), laid_out=True):
            return
        pane = self.query_one(ReadingPane)
        if pane.match_count or not (said := self.no_matches_said()):
            pane.action_next_match(step)  # its own "No matches in this article"
        else:
            self.notify(said)

    def no_matches_said(self) -> str:
        """Why `n` has no match to go to, when "No matches in this article" would mislead
        (nu56 #4: said in the stories list, of no article the user had opened); else ""."""
        pane = self.query_one(ReadingPane)
        if not self.search_text.strip():
            return "No query to step through: / searches, then n and N go to its matches"
        story = self.query_one(StoryList).current if self.showing_stories else None
        if self.showing_stories and story is None:  # the pane says so too (nu67 #9)
            return "No story is listed: n and N step through a story's article"
        if pane.article is None:
            return "No article is shown: n and N step through the matches of the one shown"
        if story is not None and self.story_preview(story) == pane.article.id:
            shown = "first article" if story.first == pane.article.id else "best match"
            return f"No matches in the story's {shown}: enter opens the story"
        return ""

    def on_reading_pane_laid_out(self, _: ReadingPane.LaidOut) -> None:
        pane_shown(self, laid=True)  # `n` waited for the article's lines

    def action_toggle_removed(self) -> None:
        if not hold_for_pane(self, self.action_toggle_removed):  # says the blocks of the one
            self.query_one(ReadingPane).action_toggle_removed()  # moved to

    def _copy(self, text: str, what: str, *, whole: bool = False) -> None:
        """Copy ``text`` and say so: ``whole`` for an id, a URL or a path (the toast wraps
        it), else the first words of a passage or the article."""
        self.app.copy_to_clipboard(text)
        said = printable(" ".join(text.split())) if whole else shortened(text)
        self.notify(f"Copied {what}: {said}", title="Clipboard", markup=False)

    def action_copy_id(self) -> None:
        if hold_for_pane(self, self.action_copy_id):
            return
        if (article := self._article()) is not None:
            self._copy(article.id, "the id", whole=True)

    def action_copy_url(self) -> None:
        if hold_for_pane(self, self.action_copy_url):
            return
        if (article := self._article()) is None:
            return
        if article.url:
            self._copy(article.url, "the URL", whole=True)
        else:
            self._copy(article.path, "the file's path (no URL)", whole=True)

    def action_copy_passage(self) -> None:
        selected = self.get_selected_text()
        if selected:
            self._copy(selected, "the passage")
            self.clear_selection()
        else:
            self.action_copy_text()

    def action_copy_text(self) -> None:
        if hold_for_pane(self, self.action_copy_text):
            return
        if (article := self._article()) is not None:
            words = len(article.body.split())
            self._copy(article_text(article), f"the article ({words:,} word{'s' * (words != 1)})")
