"""A generation's checksums: the size and CRC-32 of each of its files."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

MANIFEST = "broadsheet.json"
LISTING = "listing.json"
VERIFIED = "verified.json"
"""The record of a generation's files whose checksums matched (`index.store.verified`)."""


def checksums(
    folder: Path,
    linked_from: tuple[Path, dict[str, list[int]]] | None = None,
    keep: Callable[[str], bool] = bool,
) -> dict[str, list[int]]:
    """Size and CRC-32 of every file in a generation folder, its derived data's included.

    Files in a derived data folder are named by their path in the generation
    (``stories/meta.json``).

    Args:
        folder: The generation folder.
        linked_from: A previous generation and its checksums: a file that is the same
            file there (a hard link; Whoosh never rewrites a file) keeps its checksum;
            or ``folder`` itself and the checksums its writers took already
            (`segment_sums`).
    """
    sums: dict[str, list[int]] = {}
    # one buffer read into: a new 1 MiB bytes a read is a fresh mapping to fault in (a
    # quarter of the CPU of checking a 100 MB index)
    view = memoryview(bytearray(1 << 20))
    for name, entry in _files(folder, keep=keep):
        if linked_from is not None and name in linked_from[1]:
            try:
                same = os.path.samestat(entry.stat(), os.stat(linked_from[0] / name))
            except OSError:
                same = False
            if same and linked_from[1][name][0] == entry.stat().st_size:
                sums[name] = list(linked_from[1][name])
                continue
        sums[name] = [entry.stat().st_size, _crc(entry.path, view)]
    return sums


def _crc(path: str, view: memoryview, flush: bool = False) -> int:
    """The CRC-32 of a file, read into ``view`` (then flushed to disk, if ``flush``)."""
    crc = 0
    with open(path, "rb", buffering=0) as handle:
        while read := handle.readinto(view):
            crc = zlib.crc32(view[:read], crc)
        if flush:
            os.fsync(handle.fileno())
    return crc


def segment_sums(folder: Path, prefix: str) -> dict[str, list[int]]:
    """Size and CRC-32 of the files of ``folder`` whose names start with ``prefix`` (one
    Whoosh segment's), each flushed to disk: what `checksums` would record for them.

    A rebuild's worker calls it on the segment it wrote, while the other worker still
    writes its own; the main process then takes these (`checksums`, ``linked_from``)
    instead of reading every segment again one after the other, and its flush of the
    folder before the swap finds them on disk already.
    """
    view = memoryview(bytearray(1 << 20))
    sums: dict[str, list[int]] = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name.startswith(prefix) and entry.is_file(follow_symlinks=False):
            sums[entry.name] = [entry.stat().st_size, _crc(entry.path, view, flush=True)]
    return sums


def _files(
    folder: Path, prefix: str = "", keep: Callable[[str], bool] = bool
) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """The files a generation's checksums cover, by name, in order (derived folders too)."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        name = prefix + entry.name
        if not keep(name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path), name + "/")
        elif not entry.is_file(follow_symlinks=False) or name in (MANIFEST, LISTING, VERIFIED):
            continue
        elif not entry.name.endswith(".lock") and not entry.name.endswith(".part"):
            yield name, entry
