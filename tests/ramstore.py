"""A Whoosh RAM storage safe to use from several processes at once."""

from __future__ import annotations

from whoosh.filedb.filestore import RamStorage


class PrivateRamStorage(RamStorage):  # type: ignore[misc]
    """`RamStorage` whose writers keep their temporary files in a folder of their own.

    Whoosh names a RAM index's temporary folder after the index (``/tmp/MAIN.tmp``) and
    removes the whole folder when a writer ends, so two processes writing RAM indexes at
    once (pytest-xdist's workers) deleted each other's files: CI failed on it once
    (FileNotFoundError in `_readback`). A random name per writer keeps them apart."""

    def temp_storage(self, name: str | None = None) -> object:
        return super().temp_storage(None)
