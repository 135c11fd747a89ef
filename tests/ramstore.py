"""A Whoosh RAM storage safe to use from several processes at once."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache

from whoosh.filedb.filestore import FileStorage, RamStorage


@cache
def _root() -> str:
    """This process's folder for RAM indexes' temporary files, removed when it exits
    (Whoosh leaves a column writer's emptied folder behind)."""
    root = tempfile.mkdtemp(prefix="broadsheet-ram-")
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


class PrivateRamStorage(RamStorage):  # type: ignore[misc]
    """`RamStorage` whose writers keep their temporary files in a folder of their own.

    Whoosh names a RAM index's temporary folder after the index (``/tmp/MAIN.tmp``) and
    removes the whole folder when a writer ends, so two processes writing RAM indexes at
    once (pytest-xdist's workers) deleted each other's files: CI failed on it once
    (FileNotFoundError in `_readback`). Whoosh's own random names come from the global
    `random`, which Hypothesis seeds alike in every worker, so two workers running the
    same property test drew the same name (fx38 saw FileNotFoundError on a ``.ctmp``):
    each folder is made by `tempfile.mkdtemp` in a folder of the process's own."""

    def temp_storage(self, name: str | None = None) -> object:
        return FileStorage(tempfile.mkdtemp(dir=_root(), suffix=".tmp")).create()
