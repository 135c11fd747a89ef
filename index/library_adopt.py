"""A corpus folder moved keeps its notebook (nu36 #3).

The index folder of a corpus is named after its path (``NAME-HASH``), so a corpus moved
(``mv ~/news ~/archive/news``) finds no index and gets a fresh one: its notebook (pins,
tags, notes, highlights, saved searches, followed stories) stays in the old folder. When
a corpus with no index yet and no notebook is opened (or updated, or rebuilt) in the
default index place, the other index folders there are looked at: one whose corpus path
is gone, whose files (their paths and sizes, from its manifest) are nine in ten or more
in this corpus, and that has a notebook, is this corpus before it moved. Exactly one:
its notebook is carried over (copied whole, then the old one renamed
``notebook.sqlite3.moved``, so a later move finds only the live one) and the build says
so. Several: nothing is carried, and the build says where they are and how to take one.
Article ids are paths inside the corpus, so they stay valid.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from index.errors import StoreError
from index.library_notebook import NOTEBOOK_FILE
from index.store.generations import (
    ENV_INDEX_DIR,
    MANIFEST,
    current_generation,
    default_index_dir,
    read_json,
)

SHARE = 0.9
"""The part of an old index's files this corpus must hold (same path, same size)."""


def adopt_moved(corpus: Path, index_dir: Path) -> str:
    """Carry the notebook of this corpus before it moved into ``index_dir``, when there is
    exactly one such (see the module's docstring); the line to tell ("" for nothing)."""
    if (
        os.environ.get(ENV_INDEX_DIR)
        or index_dir != default_index_dir(corpus)
        or current_generation(index_dir) is not None
        or (index_dir / NOTEBOOK_FILE).exists()
    ):
        return ""
    try:
        found = [old for old in sorted(index_dir.parent.iterdir()) if _was(old, corpus, index_dir)]
    except OSError:
        return ""
    if len(found) > 1:
        named = ", ".join(str(old) for old in found)
        return (
            f"the notes of this corpus before it moved may be in {len(found)} index folders"
            f" ({named}): `mv FOLDER/{NOTEBOOK_FILE} {index_dir}/` takes one"
        )
    if not found:
        return ""
    try:
        _carry(found[0], index_dir)
    except (OSError, sqlite3.Error) as error:
        return f"the notebook in {found[0]} (this corpus before it moved) was not carried: {error}"
    held = _corpus_of(found[0]) or found[0]
    return f"notes carried over from {held}, moved here (its old index {found[0]} can go)"


def _was(old: Path, corpus: Path, index_dir: Path) -> bool:
    """Whether the index folder ``old`` is this corpus's before it moved, with notes."""
    if old == index_dir or not (old / NOTEBOOK_FILE).is_file():
        return False
    manifest = _manifest(old)
    held, files = manifest.get("corpus"), manifest.get("files")
    if not isinstance(held, str) or not isinstance(files, dict) or not files:
        return False
    if Path(held).exists() or Path(held) == corpus.resolve():
        return False
    root = corpus if corpus.is_dir() else corpus.parent
    same = sum(_same_size(root / rel, entry) for rel, entry in files.items())
    return same >= SHARE * len(files)


def _same_size(path: Path, entry: Any) -> bool:
    sig = entry.get("sig") if isinstance(entry, dict) else None
    try:
        return isinstance(sig, list) and len(sig) == 2 and path.stat().st_size == sig[1]
    except OSError:
        return False


def _manifest(old: Path) -> dict[str, Any]:
    try:
        live = current_generation(old)
        manifest = None if live is None else read_json(live / MANIFEST)
    except (StoreError, OSError, ValueError):  # any damage: not a candidate
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _corpus_of(old: Path) -> str | None:
    held = _manifest(old).get("corpus")
    return held if isinstance(held, str) else None


def _carry(old: Path, index_dir: Path) -> None:
    """Copy the notebook whole (SQLite's backup: its write-ahead log included), then rename
    the old one aside."""
    index_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = index_dir / f"{NOTEBOOK_FILE}.tmp"
    os.close(os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600))
    with (
        contextlib.closing(sqlite3.connect(old / NOTEBOOK_FILE)) as source,
        contextlib.closing(sqlite3.connect(temporary)) as target,
    ):
        source.backup(target)
    os.replace(temporary, index_dir / NOTEBOOK_FILE)
    os.replace(old / NOTEBOOK_FILE, old / f"{NOTEBOOK_FILE}.moved")
