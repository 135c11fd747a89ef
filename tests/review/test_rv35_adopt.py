"""rv35: a moved corpus's notebook adopted (fx44, nu36 #3) from a corpus that did not move.

#3 (fixed by fx49): "the corpus path is gone" is also what an unmounted drive
or share looks like. A copy of the corpus (a backup, a second checkout) opened while the
original is unreachable takes the original's notebook and renames it aside
(``notebook.sqlite3.moved``); once the drive is back, the original corpus opens on its old
index with no notebook: its pins, tags and followed stories are gone from it.

#3b (fixed by fx49): the same with file corpora side by side, no drive needed: a folder of
JSONL files each opened as its corpus, moved; the first opened takes a sibling's notebook.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from index.library import Library
from index.notebook import ArticleRecord
from tests.conftest import ARTICLES, write_corpus
from tests.notebook.test_moved_corpus import _default_place, _noted, _tags

__all__ = ["_default_place"]  # autouse: index folders in the default place


def test_a_copy_opened_while_the_original_is_offline_leaves_its_notebook(tmp_path: Path) -> None:
    drive = write_corpus(tmp_path / "usb" / "news", ARTICLES)
    _noted(drive, "frost")
    shutil.copytree(drive, tmp_path / "backup")  # a copy, not a move
    (tmp_path / "usb").rename(tmp_path / "usb-unplugged")  # the drive unmounted
    with Library.open(tmp_path / "backup"):
        pass
    (tmp_path / "usb-unplugged").rename(tmp_path / "usb")  # plugged in again
    with Library.open(drive) as library:
        assert library.has_notebook()
        assert _tags(library) == {"orchard.txt": ("frost",)}


def _jsonl(path: Path, ids: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": i, "title": f"Dam report {i}", "body": f"The dam report {i} said."})
        for i in ids
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_file_corpus_does_not_take_its_siblings_notebook(tmp_path: Path) -> None:
    """Two file corpora in one folder (``-c data/a.jsonl``, ``-c data/b.jsonl``), only a's
    with notes; the folder moved, b opened first: b's "files" check reads a's manifest path
    ``a.jsonl`` beside b (the folder is the root of a file corpus), so b takes a's notebook
    and a, opened next, has none."""
    first = _jsonl(tmp_path / "data" / "a.jsonl", ["a1", "a2"])
    _jsonl(tmp_path / "data" / "b.jsonl", ["b1"])
    with Library.open(first) as library, library.notebook() as notebook:
        notebook.pin(ArticleRecord.of(library.article("a1")), tags=["from-a"])
    Library.open(tmp_path / "data" / "b.jsonl").close()  # an index, no notebook
    (tmp_path / "data").rename(tmp_path / "moved")
    with Library.open(tmp_path / "moved" / "b.jsonl") as library:
        assert not library.has_notebook()
    with Library.open(tmp_path / "moved" / "a.jsonl") as library:
        assert _tags(library) == {"a1": ("from-a",)}
