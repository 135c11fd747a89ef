"""The reader's notebook keys: pin, tag, note, highlight, the notebook screen (saved searches:
its base `tui.screens.saved_searches`).

A base of the reader screen: notebook writes run in thread workers (SQLite may wait for
another reader's write), each posts `NotebookChanged`, and the notebook is read afresh
(`NotebookLoaded`) to mark the list and the pane. The notebook (`index.notebook`, SQLite)
and `tui.notebook_ops` are imported where first used (the read after the index opens, or a
key): the reader's first screen is drawn without them (tests/tui/test_first_paint_imports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on, work
from textual.color import Color
from textual.suggester import Suggester

from index.library import WHOOSH, EngineChoice, Highlighter, Library
from index.models import NOT_FOUND, Article, Hit, quoted
from tui import keymap
from tui.dialogs.passage_picker import PassagePicker
from tui.dialogs.prompt import Prompt
from tui.messages import (
    IndexOpened,
    IndexUpdated,
    NotebookChanged,
    NotebookLoaded,
)
from tui.screens.notebook_wait import hold_for_pane, pane_shown
from tui.screens.saved_searches import Change, SavedSearches
from tui.widgets.article_layout import match_in_body
from tui.widgets.article_list import ArticleList
from tui.widgets.kept import PASSAGE_MARK, PassageLight, kept_label, passage_lights
from tui.widgets.marks import first_lines
from tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:  # the quotes panel loads when first opened; the notebook when first read
    from index.notebook import Anchor, Entry, Notebook
    from tui.screens.notebook import RunSaved, ShowPassage
    from tui.way_back import WayBack

NOTEBOOK_ACTIONS = frozenset({"pin", "tag", "note", "highlight", "notebook"})
"""The notebook's actions: their keys type into the search bar while it has the focus."""


class TagSuggester(Suggester):
    """Completes the last of comma-separated tags from the tags already in use."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        stem = value.rpartition(",")[2].lstrip().lstrip("-")
        if not stem:
            return None
        for tag in self.tags:
            if tag.casefold().startswith(stem.casefold()) and len(tag) > len(stem):
                return value[: len(value) - len(stem)] + tag
        return None


class NotebookActions(SavedSearches):
    """Keeps what a person notes while reading, and shows it in the list and the pane."""

    BINDINGS = keymap.bindings(keymap.NOTEBOOK)

    way_back: WayBack
    """The screens an article was opened from (`tui.screens.story_mode.StoryMode`'s)."""

    def __init__(self, corpus: Path, index_dir: Path, engine: EngineChoice = WHOOSH) -> None:
        super().__init__(corpus, index_dir, engine)
        self.kept: dict[str, Entry] = {}
        """What the notebook keeps, by article id (read afresh after every change)."""
        self.known_tags: list[str] = []
        self._goto: tuple[str, int | None] | None = None

    # -- reading the notebook -------------------------------------------------------------

    def on_index_opened(self, message: IndexOpened) -> None:
        self._reload(message.library)

    def on_index_updated(self, message: IndexUpdated) -> None:
        if self.library is not None:
            self._reload(self.library)  # highlights are found again in the changed text

    @work(thread=True, exclusive=True, exit_on_error=False, group="notebook-read", name="notebook")
    def _reload(self, library: Library) -> None:
        from index.notebook import NotebookBusy
        from tui import notebook_ops

        try:
            entries, tags, saved = notebook_ops.read_all(library)
        except NotebookBusy as error:  # another reader holds it: the marks come next time
            self.app.call_from_thread(self.notify, str(error), severity="warning", markup=False)
            return
        self.post_message(NotebookLoaded(entries, tags, saved))

    def on_notebook_loaded(self, message: NotebookLoaded) -> None:
        changed = {
            key for key in message.entries.keys() | self.kept.keys()
            if message.entries.get(key) != self.kept.get(key)
        }  # fmt: skip
        self.kept = message.entries
        self.known_tags = message.tags
        self.saved_searches = message.saved
        articles = self.query_one(ArticleList)
        articles.kept = {key: kept_label(entry) for key, entry in self.kept.items()}
        articles.refresh()
        pane = self.query_one(ReadingPane)
        if pane.article is not None and pane.article.id in changed:
            others = [w for w in pane.watch_words if not isinstance(w[0], PassageLight)]
            pane.watch_words = others + self.passage_lights(pane.article)
            pane.relayout()
        self._title_pane()

    def on_reading_pane_shown(self, _: ReadingPane.Shown) -> None:
        # every change of the article shown (a hit, a story's article, a related one):
        # the border said the previous article's pin, tags and note after `S` (nu17 #2)
        self._title_pane()
        pane_shown(self)  # a notebook key waited for it

    def _title_pane(self) -> None:
        pane = self.query_one(ReadingPane)
        entry = self.kept.get(pane.article.id) if pane.article else None
        pane.kept_title = kept_label(entry) if entry else ""  # the border says it

    def passage_lights(self, article: Article) -> list[tuple[Highlighter, Style]]:
        """Watch words that light the article's highlighted passages in the pane."""
        variables = self.app.theme_variables
        background = Color.parse(variables.get("background", "#000000"))
        tint = background.blend(Color.parse(variables.get("success", "#00aa00")), 0.4)
        return passage_lights(self.kept.get(article.id), article, Style(bgcolor=tint.rich_color))

    # -- writing --------------------------------------------------------------------------

    def _current(self, act: Callable[[], object]) -> Article | None:
        """The article in the pane; None (``act`` held) while it is behind the list's cursor."""
        if hold_for_pane(self, act):  # `j p` typed fast: the row moved to (nu52 #1)
            return None
        article = self.query_one(ReadingPane).article
        if article is None or self.library is None:
            self.notify("Open an article first")
            return None
        return article

    @work(thread=True, exit_on_error=False, group="notebook-write", name="notebook")
    def _write(self, library: Library, change: Change, said: str, article_id: str) -> None:
        with library.notebook() as notebook:
            change(notebook)
        self.post_message(NotebookChanged(said, article_id))

    def _change(self, change: Change, said: str, article: Article) -> None:
        if self.library is not None:
            self._write(self.library, change, said, article.id)

    def on_notebook_changed(self, message: NotebookChanged) -> None:
        self.notify(message.said, markup=False)
        if self.library is not None:
            self._reload(self.library)

    def action_pin(self) -> None:
        if (article := self._current(self.action_pin)) is None:
            return
        entry = self.kept.get(article.id)
        if entry is not None and entry.pinned:
            self._change(lambda notebook: notebook.unpin(article.id), "Unpinned", article)
        else:
            from tui import notebook_ops

            record = notebook_ops.record(article)
            self._change(lambda notebook: notebook.pin(record), "Pinned ★", article)

    def action_tag(self) -> None:
        if (article := self._current(self.action_tag)) is None:
            return

        def tag(answer: str | None) -> None:
            names = [name.strip() for name in (answer or "").split(",") if name.strip()]
            add = [name for name in names if not name.startswith("-")]
            drop = [name[1:].strip() for name in names if name.startswith("-")]
            if not names:
                return

            from tui import notebook_ops

            def change(notebook: Notebook) -> None:
                if drop:
                    notebook.untag(article.id, drop)
                if add:
                    notebook.tag(notebook_ops.record(article), add)

            said = ("Tagged " + ", ".join(add)) if add else ("Untagged " + ", ".join(drop))
            self._change(change, said, article)

        question = "Tags for this article (commas between; → completes; -tag takes one off):"
        self.app.push_screen(Prompt(question, suggester=TagSuggester(self.known_tags)), tag)

    def action_note(self) -> None:
        if (article := self._current(self.action_note)) is None:
            return
        entry = self.kept.get(article.id)

        def note(answer: str | None) -> None:
            if answer is None:
                return
            from tui import notebook_ops

            record = notebook_ops.record(article)
            said = "Note kept" if answer else "Note cleared"
            self._change(lambda notebook: notebook.set_note(record, answer), said, article)

        question = "Note on this article (empty clears it):"
        value = entry.note or "" if entry else ""
        self.app.push_screen(Prompt(question, value=value, allow_empty=True), note)

    def action_highlight(self) -> None:
        if (article := self._current(self.action_highlight)) is None:
            return
        from index.notebook import InvalidValue, QuoteNotFound, anchor_at
        from tui import notebook_ops

        selected = self._selection(article)
        if selected is None:

            def picked(place: tuple[int, int] | None) -> None:
                if place is not None:
                    self._ask_highlight_note(article, anchor_at(article.body, *place))

            hint = self._passage_hint(article)
            self.app.push_screen(PassagePicker(article.body, hint), picked)
            return
        self.clear_selection()
        try:
            anchor = notebook_ops.selection_anchor(article.body, *selected)
        except (QuoteNotFound, InvalidValue) as error:
            self.notify(f"{error}: select a passage of its text", severity="warning")
            return
        self._ask_highlight_note(article, anchor)

    def _selection(self, article: Article) -> tuple[str, int] | None:
        """The text selected with the mouse in the pane, and about where it starts in the
        body (None: nothing is selected)."""
        pane = self.query_one(ReadingPane)
        selection = pane.text_selection
        extracted = pane.get_selection(selection) if selection is not None else None
        if selection is None or extracted is None or not extracted[0].strip():
            return None
        lines = [line.plain for line in pane.layout_.lines]
        near = 0
        if selection.start is not None:
            from tui import notebook_ops

            first, column = selection.start.y, selection.start.x
            near = notebook_ops.line_start(lines, article.body, first)
            if 0 <= first < len(lines):
                near += max(0, column - (len(lines[first]) - len(lines[first].lstrip())))
        return extracted[0], near

    def _ask_highlight_note(self, article: Article, anchor: Anchor) -> None:
        def noted(answer: str | None) -> None:
            if answer is None:
                return
            from tui import notebook_ops

            record = notebook_ops.record(article)
            shown = anchor.exact if len(anchor.exact) <= 40 else anchor.exact[:40] + "…"
            said = f"Highlighted {quoted(anchor.exact, shown)}"
            self._change(
                lambda notebook: notebook.highlight(record, anchor, note=answer), said, article
            )

        question = "Note on the highlight (optional; enter keeps it without one):"
        self.app.push_screen(Prompt(question, allow_empty=True), noted)

    def _passage_hint(self, article: Article) -> int:
        """Where the reader is: the current match (the title's: the lede, nu58 #1); else the
        quote opened (nu47 #9); before `n`, the first match from the pane's top (nu34 #4)."""
        pane = self.query_one(ReadingPane)
        if 0 <= pane.current_match < pane.match_count:
            return match_in_body(article, pane.highlighter, pane.current_match).start
        lit = pane.highlighter.for_article(article.title, article.body)  # as the pane lights
        spans = lit.spans(article.body) if pane.match_count else []
        if pane.quote is not None and pane.quote[0] == article.id:
            return pane.quote[1]
        top, first = 0, int(pane.scroll_offset.y)  # at the top: the body from its start
        for line in pane.layout_.lines[first : first + max(1, pane.size.height)] if first else ():
            text = line.plain.strip()
            top = article.body.find(text) if len(text) >= 12 else -1
            if top != -1:
                break
        top = max(top, 0)
        return next((span.start for span in spans if span.start >= top), top)

    # -- the notebook screen ------------------------------------------------------------

    def action_notebook(self) -> None:
        from tui.screens.notebook import NotebookScreen

        if self.library is not None:
            self.app.push_screen(NotebookScreen(self.library), self.notebook_chosen)

    def notebook_chosen(self, result: ShowPassage | RunSaved | None) -> None:
        """The notebook's answer: read an article at its passage (esc: the notebook again,
        `tui.way_back`), or run a saved search."""
        from tui.screens.notebook import RunSaved, ShowPassage

        if isinstance(result, ShowPassage):
            shown = self.query_one(ReadingPane).article
            self.way_back.took(self.notebook_chosen, shown.id if shown else None)
            self.show_passage(result.article_id, result.highlight_id)
        elif isinstance(result, RunSaved):
            self.run_saved(result.search)

    def show_passage(self, article_id: str, highlight_id: int | None = None) -> None:
        """Open an article in the pane, scrolled to one of its highlights."""
        entry = self.kept.get(article_id)
        if entry is not None and entry.orphaned:
            self.notify("That article is gone from the index; its notes are kept")
            return
        self._goto = (article_id, highlight_id)
        title = entry.article.title if entry else article_id
        hit = Hit(article_id, title, False, None, None, 0.0)
        self.query_one(ArticleList).post_message(ArticleList.Opened(hit, listed=False))

    @on(ReadingPane.MatchMoved)
    def _scroll_to_passage(self) -> None:
        pane = self.query_one(ReadingPane)
        if self._goto is None or pane.article is None or pane.article.id != self._goto[0]:
            return
        highlight = self._goto[1]
        self._goto = None
        if highlight is not None:
            line = first_lines(pane.layout_.lines, PASSAGE_MARK).get(highlight)
            if line is not None:
                pane.scroll_to(y=max(0, line - 2), animate=False, force=True)  # as a quote's
            else:  # not lit: say its text, as the notebook lists it (nu28 #7)
                self._say_not_found(pane.article.id, highlight)

    def _say_not_found(self, article_id: str, highlight_id: int) -> None:
        entry = self.kept.get(article_id)
        found = [h for h in entry.highlights if h.id == highlight_id] if entry else []
        if found:
            exact = " ".join(found[0].exact.split())
            shown = exact if len(exact) <= 120 else exact[:120] + "…"
            said = f"That highlight is {NOT_FOUND}: {quoted(exact, shown)}"
            self.notify(said, severity="warning", markup=False)
