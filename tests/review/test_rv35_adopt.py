"""rv35: a moved corpus's notebook adopted (fx44, nu36 #3) from a corpus that did not move.

#3 (strict xfail until fixed): "the corpus path is gone" is also what an unmounted drive
or share looks like. A copy of the corpus (a backup, a second checkout) opened while the
original is unreachable takes the original's notebook and renames it aside
(``notebook.sqlite3.moved``); once the drive is back, the original corpus opens on its old
index with no notebook: its pins, tags and followed stories are gone from it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.library import Library
from tests.conftest import ARTICLES, write_corpus
from tests.notebook.test_moved_corpus import _default_place, _noted, _tags

__all__ = ["_default_place"]  # autouse: index folders in the default place


@pytest.mark.xfail(strict=True, reason="rv35 #3: a copy opened while the original is unmounted")
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
