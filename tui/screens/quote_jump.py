"""The reader's side of the quotes panel: open it for what is on screen, then go to the quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the quotes panel (and its analysis modules) loads when first opened
    from tui.screens.quotes import QuoteTarget
    from tui.screens.reader import ReaderScreen


GONE = "That quote's article is gone from the index (an update removed it)"


class QuoteJump:
    """Opens the quotes panel from the reader and takes the reader to the quote chosen."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader

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
        elif reader.showing_stories:  # the query the story list shows, as it read it: the
            # article list's, searched last before `S`, may be another (nu68)
            query = reader.stories_read_as or reader.listed_query()
            scope = QuoteScope(query=query, source=reader.source)  # its outlet (issue 16)
        else:  # the listed query (nu66), within the list's outlet
            scope = QuoteScope(query=reader.read_as or reader.search_text, source=reader.source)
        reader.app.push_screen(QuotesScreen(reader.library, scope), self.go)

    def go(self, target: QuoteTarget | None) -> None:
        """Read the quote's article in the pane, scrolled to the quote and the quote lit
        (None: stay); the pane scrolls once the article is laid out (`ReadingPane.to_quote`)."""
        if target is None:
            return
        reader = self.reader
        article = reader.pane.article
        reader.way_back.took(self.go, article.id if article else None)  # esc: the panel again
        reader.pane.to_quote(target.article, target.start, target.end)
        if article is None or article.id != target.article:
            reader._load(target.article, GONE)  # said if an update removed it (rv50)
        reader.articles.point_at(target.article)  # its row lit, or none (nu30 #4)
        reader.set_focus(reader.pane)
