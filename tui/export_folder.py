"""Where the notebook's export dialog offers to write first (nu54 #9: the folder the reader
was started from, `/work/wt/nu54/notebook.md`): the corpus folder when it can be written
to, else the home folder; with the words the dialog says it in."""

from __future__ import annotations

import os
from pathlib import Path


def export_folder(corpus: Path, seeds: Path | None = None) -> tuple[Path, str]:
    """The folder first offered for an export of the notebook of ``corpus`` (a folder, or a
    file: its folder), and why in a few words ("the corpus folder"; "your home folder: the
    corpus folder is read-only"). The bundled ``seeds`` are never written into."""
    folder = corpus if corpus.is_dir() else corpus.parent
    if seeds is not None and _same(folder, seeds):
        return Path.home(), "your home folder (the corpus is the bundled seeds)"
    if folder.is_dir() and os.access(folder, os.W_OK | os.X_OK):
        return folder, "the corpus folder"
    return Path.home(), "your home folder (the corpus folder cannot be written to)"


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
