"""The reader's saved searches: read from the notebook (again when the command palette
opens), listed in the palette with their new hits, run into the list, and saved from it.

A base of `tui.screens.notebook_actions.NotebookActions`, split from it by job (its size):
the notebook is read and written in thread workers, as there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import SystemCommand

from index.library import WHOOSH, EngineChoice, Library
from index.models import Sort
from tui.dialogs.prompt import Prompt
from tui.messages import NotebookChanged, SavedSearchesRead
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.search_box import SearchBox

if TYPE_CHECKING:  # the notebook when first read
    from index.notebook import Notebook, SavedSearch

Change = Callable[["Notebook"], object]
"""A write to the notebook, run in a worker."""


class SavedSearches(LibraryScreen):
    """Runs and saves searches kept in the notebook, from the command palette."""

    sort: Sort
    source: str | None

    if TYPE_CHECKING:  # `NotebookActions`'s worker, which every write to the notebook runs in

        def _write(
            self, library: Library, change: Change, said: str, article_id: str
        ) -> object: ...

    def __init__(self, corpus: Path, index_dir: Path, engine: EngineChoice = WHOOSH) -> None:
        super().__init__(corpus, index_dir, engine)
        self.saved_searches: list[tuple[SavedSearch, int | None]] = []
        """Saved searches with how many new hits each has (None: it no longer runs)."""

    def reread_saved_searches(self) -> None:
        """The command palette opens: read the saved searches again, as one may have been
        saved from the CLI since the reader started (it was missing until a restart)."""
        if self.library is not None:
            self._reread_saved(self.library, dict(self.saved_searches))

    @work(thread=True, exclusive=True, exit_on_error=False, group="saved-read", name="saved")
    def _reread_saved(self, library: Library, known: dict[SavedSearch, int | None]) -> None:
        # off the UI thread: the notebook may be busy, and counting runs each search
        from index.notebook import NotebookError
        from tui import notebook_ops

        try:
            with library.notebook() as notebook:
                searches = notebook.saved.all()  # the names at once, the counts they had
                self.post_message(SavedSearchesRead([(s, known.get(s)) for s in searches]))
                self.post_message(
                    SavedSearchesRead(notebook_ops.counted_saved(library, notebook, searches))
                )
        except NotebookError:
            return  # the names come with the next read

    def on_saved_searches_read(self, message: SavedSearchesRead) -> None:
        self.saved_searches = message.saved

    def run_saved(self, search: SavedSearch) -> None:
        """Show a saved search's hits in the list (its query, outlet, sort and dates): the
        articles' list, from the stories' too (nu31 #11: it stayed in the stories)."""
        from tui import notebook_ops

        if getattr(self, "showing_stories", False):  # the reader's (`StoryMode`)
            getattr(self, "action_toggle_stories")()  # noqa: B009
        self.sort = notebook_ops.SORT_NAMES.get(search.sort or "relevance", "relevance")
        self.source = search.source
        query = search.query
        if search.since or search.until:
            query += f' date:["{search.since or ""}" to "{search.until or ""}"]'.replace('""', "")
        self.query_one(SearchBox).value = query
        if self.library is not None:
            self._opened(self.library, search)

    @work(thread=True, exit_on_error=False, group="notebook-write", name="saved search")
    def _opened(self, library: Library, search: SavedSearch) -> None:
        from tui import notebook_ops

        result = notebook_ops.run_saved(library, search)
        with library.notebook() as notebook:
            run = notebook.saved.opened(search.name, notebook_ops.hit_ids(result))
        # the hits, then how many are new: "0 new hits" alone read as no hits (nu31 #11)
        total, new = result.total, len(run.new)
        said = f"{total:,}{'' if result.total_exact else '+'} hit{'s' * (total != 1)}"
        self.post_message(NotebookChanged(f"{search.name}: {said}, {new:,} new"))

    def notebook_commands(self) -> Iterator[SystemCommand]:
        """The notebook's entries in the command palette: save this search, run one."""
        yield SystemCommand(
            "Save this search…", "Keep the query, outlet and sort under a name", self._ask_save
        )
        for search, new in self.saved_searches:
            count = "?" if new is None else f"{new:,}"
            yield SystemCommand(
                f"Saved search: {search.name}",
                f"{search.query}  ({count} new)",
                partial(self.run_saved, search),
            )

    def _ask_save(self) -> None:
        query = self.query_one(SearchBox).value.strip()
        library = self.library
        if not query or library is None:
            self.notify("Type a query first, then save it")
            return
        listed = [hit.id for hit in self.query_one(ArticleList).hits]
        sort, source = self.sort, self.source

        def save(name: str | None) -> None:
            if not name:
                return

            def change(notebook: Notebook) -> None:  # in the notebook's worker
                from tui.saved_seen import seen_now

                seen = seen_now(library, name, query, source, sort, listed)
                notebook.saved.add(name, query, source=source, sort=sort, seen=seen, replace=True)

            self._write(library, change, f"Saved the search {name!r}", "")

        self.app.push_screen(Prompt("Save this search as:"), save)
