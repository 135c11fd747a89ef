"""A corpus moved keeps its notebook (nu36 #3), and no corpus takes another's (rv35 #3).

The index folder of a corpus is named after its path (``NAME-HASH``), so a corpus moved
(``mv ~/news ~/archive/news``) finds no index and gets a fresh one: its notebook (pins,
tags, notes, highlights, saved searches, followed stories) stays in the old folder. When
a corpus with no index yet and no notebook is opened (or updated, or rebuilt) in the
default index place, the other index folders there with a notebook are looked at: one
whose corpus path is gone and whose files are this corpus's was this corpus before it
moved. A folder corpus: nine in ten or more of the old manifest's files are in it (same
path and size). A file corpus (one JSON Lines file): the file itself, of the same size and
bytes (its digest), never a sibling in its folder.

"The path is gone" is also what a drive not mounted looks like, with a copy (a backup)
opened meanwhile; so an old path whose folder is missing too counts only when the corpus
kept its name (the folder above it moved), and otherwise the build only tells the `cp`
that takes the notes. Exactly one old folder fits: its notebook is copied here (SQLite's
backup), the old one left whole, and this folder notes where it came from (`SOURCE`), so a
later move takes this copy, the newest, not the first. Several fit: nothing is copied and
the build names them with the `cp` that takes one. Nothing is renamed or removed. Article
ids are paths inside the corpus, so they stay valid.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.ingest.files import file_digest
from index.library_notebook import NOTEBOOK_FILE
from index.store.generations import ENV_INDEX_DIR, current_generation, default_index_dir
from index.store.live import live_manifest

SHARE = 0.9
"""The part of an old index's files a folder corpus must hold (same path, same size)."""

SOURCE = f"{NOTEBOOK_FILE}.from"
"""In an index folder whose notebook was copied from another: that folder's path."""


@dataclass(frozen=True, slots=True)
class Found:
    """An old index folder whose corpus this one may be: ``held`` its corpus path, gone;
    ``offline``: that path's folder is gone too and the name differs (a drive not mounted,
    this one a copy), so nothing is taken from it unasked."""

    folder: Path
    held: Path
    offline: bool


def adopt_moved(corpus: Path, index_dir: Path) -> str:
    """Copy the notebook of this corpus before it moved into ``index_dir``, when exactly one
    old index folder fits (see the module's docstring); the line to tell ("" for nothing)."""
    if (
        os.environ.get(ENV_INDEX_DIR)
        or index_dir != default_index_dir(corpus)
        or current_generation(index_dir) is not None
        or (index_dir / NOTEBOOK_FILE).exists()
    ):
        return ""
    try:
        olds = sorted(index_dir.parent.iterdir())
    except OSError:
        return ""
    found = _newest([f for old in olds if (f := _was(old, corpus, index_dir)) is not None])
    if len(found) > 1:
        named = ", ".join(str(f.folder) for f in found)
        return (
            f"the notes of this corpus before it moved may be in {len(found)} index folders"
            f" ({named}): `cp FOLDER/{NOTEBOOK_FILE} {index_dir}/` copies one's notes here"
        )
    if not found:
        return ""
    old = found[0]
    if old.offline:
        return (
            f"the notes of {old.held} (not found: a drive not mounted?) may be this corpus's:"
            f" `cp {old.folder}/{NOTEBOOK_FILE} {index_dir}/` copies them here"
        )
    try:
        _copy(old.folder, index_dir)
    except OSError as error:
        return f"the notebook in {old.folder} (this corpus before it moved) was not copied: {error}"
    return (
        f"notes copied from {old.held}'s index, gone from there"
        f" ({old.folder}/{NOTEBOOK_FILE} is left as it was; that folder can go)"
    )


def _was(old: Path, corpus: Path, index_dir: Path) -> Found | None:
    """The index folder ``old`` as this corpus's before it moved, with notes; else None."""
    if old == index_dir or not (old / NOTEBOOK_FILE).is_file():
        return None
    manifest = live_manifest(old)
    held, files = manifest.get("corpus"), manifest.get("files")
    if not isinstance(held, str) or not held or not isinstance(files, dict) or not files:
        return None
    was = Path(held)
    if was.exists() or was == corpus.resolve() or not _holds(corpus, was, files):
        return None
    return Found(old, was, not was.parent.exists() and was.name != corpus.name)


def _holds(corpus: Path, was: Path, files: dict[str, Any]) -> bool:
    """Whether ``corpus`` holds the files the index of ``was`` listed (``files``)."""
    one = files.get(was.name) if len(files) == 1 else None  # a file corpus's own entry
    if not corpus.is_dir():
        return (
            isinstance(one, dict)
            and _same_size(corpus, one)
            and file_digest(corpus) == one.get("digest")
        )
    if one is not None:
        return False  # a file corpus's index is not a folder's
    same = sum(_same_size(corpus / rel, entry) for rel, entry in files.items())
    return same >= SHARE * len(files)


def _same_size(path: Path, entry: Any) -> bool:
    sig = entry.get("sig") if isinstance(entry, dict) else None
    try:
        return isinstance(sig, list) and len(sig) == 2 and path.stat().st_size == sig[1]
    except OSError:
        return False


def _newest(found: list[Found]) -> list[Found]:
    """Those of ``found`` no other was copied from (a corpus moved twice: the second
    folder's notebook, a copy of the first's, is the one kept up since)."""
    sources = set()
    for f in found:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            sources.add(Path((f.folder / SOURCE).read_text(encoding="utf-8").strip()))
    return [f for f in found if f.folder not in sources]


def _copy(old: Path, index_dir: Path) -> None:
    """Copy the notebook whole (SQLite's backup: its write-ahead log included) and note where
    it came from; the old one is left as it was.

    Raises:
        OSError: The copy failed (SQLite's own errors too).
    """
    import sqlite3  # only when a notebook is copied: not on the reader's first frame

    index_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = index_dir / f"{NOTEBOOK_FILE}.tmp"
    os.close(os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        with (
            contextlib.closing(sqlite3.connect(old / NOTEBOOK_FILE)) as source,
            contextlib.closing(sqlite3.connect(temporary)) as target,
        ):
            source.backup(target)
    except sqlite3.Error as error:
        raise OSError(str(error)) from error
    (index_dir / SOURCE).write_text(f"{old}\n", encoding="utf-8")
    os.replace(temporary, index_dir / NOTEBOOK_FILE)
