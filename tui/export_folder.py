"""Where the notebook's export dialog offers to write first (nu54 #9: the folder the reader
was started from, `/work/wt/nu54/notebook.md`), with the words the dialog says it in.

Not the corpus folder, though it is where a user looks first: a `.md`, `.csv` or `.json`
written there is a corpus file, indexed as an article by the next update (fx130 tried it:
"4 articles indexed" of a 3-article corpus and its notebook.md). The home folder, then; the
current one when the home folder cannot be written to."""

from __future__ import annotations

import os
from pathlib import Path

NOT_CORPUS = "your home folder (not the corpus folder: the next update would index it)"
HOME = "your home folder"
"""Said for a corpus that is one file (a .jsonl): nothing beside it is indexed (nu65 #7)."""


def export_folder(
    home: Path | None = None, current: Path | None = None, corpus: Path | None = None
) -> tuple[Path, str]:
    """The folder first offered for an export of the notebook, and why in a few words (the
    corpus folder's warning only when ``corpus`` is a folder, or not known)."""
    home = home or Path.home()
    if home.is_dir() and os.access(home, os.W_OK | os.X_OK):
        return home, HOME if corpus is not None and corpus.is_file() else NOT_CORPUS
    return current or Path.cwd(), "the current folder (your home folder cannot be written to)"
