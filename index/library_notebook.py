"""The notebook part of `index.library.Library`: the corpus's research notebook beside the index."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded on first use: a search needs none of it
    from index.notebook import Notebook

NOTEBOOK_FILE = "notebook.sqlite3"
"""`index.notebook.NOTEBOOK_FILE` (a test keeps them equal), for `Library.has_notebook`."""


class NotebookMethods:
    """Pins, tags, notes, highlights and saved searches, kept beside the index generations."""

    index_dir: Path

    def has_notebook(self) -> bool:
        """Whether the corpus has a notebook yet (asked without SQLite: every build asks)."""
        return (self.index_dir / NOTEBOOK_FILE).exists()

    def notebook(self) -> Notebook:
        """The corpus's research notebook (pins, tags, notes, highlights, saved searches).

        It lives beside the index generations (``index.notebook``): no build touches it,
        it opens without the index. The caller closes it.

        Raises:
            NotebookError: It cannot be opened, is damaged, or is from a newer broadsheet.
        """
        from index.notebook import Notebook

        return Notebook.open(self.index_dir)
