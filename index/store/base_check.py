"""The check of the generation an update builds on: its manifest and files, sizes first and then
every CRC-32 in a thread while the update works (`update.update` waits for it before publishing)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from index.store.generations import IndexDamaged, load_manifest, verify


def sound_base(
    generation: Path, *, crc: bool, read: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The manifest of the generation an update builds on, once its files are checked
    (``read``: its manifest, already read from it).

    Raises:
        IndexOutdated: The index has another schema version (a rebuild is due).
        IndexDamaged: Its manifest or files are damaged: an update must not build on it.
    """
    try:
        manifest = load_manifest(generation) if read is None else read
        verify(generation, manifest, crc=crc)
    except IndexDamaged as error:
        raise IndexDamaged("index damaged, run `broadsheet index rebuild`") from error
    return manifest


class BaseCheck:
    """The CRC-32 of every file of the generation an update builds on, read in a thread
    while the update works (the reading and `zlib.crc32` release the GIL), and waited
    for before the new generation is published: damage found fails the update."""

    def __init__(self, generation: Path, manifest: dict[str, Any]) -> None:
        self._error: Exception | None = None
        self._sound = False  # set only by a check that ran to its end (never fails open)
        self._thread = threading.Thread(
            target=self._check, args=(generation, manifest), name="base-check", daemon=True
        )

    def start(self) -> None:
        """Start the check (once): after the update forked its children, if it does, so
        that no fork copies this thread's state (a lock it holds) into a child."""
        if self._thread.ident is None:
            self._thread.start()

    def _check(self, generation: Path, manifest: dict[str, Any]) -> None:
        try:
            sound_base(generation, crc=True, read=manifest)
        except OSError as error:  # a read error of the live index, not a write's
            self._error = IndexDamaged(
                f"cannot read the index ({error}); run `broadsheet index rebuild`"
            )
            self._error.__cause__ = error
        except Exception as error:  # raised by `wait`, in the update's thread
            self._error = error
        else:
            self._sound = True

    def wait(self, failure: Exception | None = None) -> None:
        """Wait for the check; raise what it met (instead of ``failure``, the error the
        update met building on the base: damage explains it).

        Raises:
            IndexDamaged: A file of the base has another size or checksum, cannot be read,
                or the check ended without an answer.
        """
        self.start()  # an update that failed before starting it: check now, to explain
        self._thread.join()
        if self._error is None and not self._sound:
            self._error = IndexDamaged(
                "the index's check ended early; run `broadsheet index rebuild`"
            )
        if self._error is None:
            return
        if failure is None or failure is self._error:
            raise self._error
        raise self._error from failure
