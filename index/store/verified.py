"""Checksums read once per generation: a record of the files as they were when they matched.

Opening an index used to read every file of the generation to compare its CRC-32 with the
manifest's (about 45 ms on 19,000 articles, a quarter of a second on 100,000): the price
of "the index never lies" paid by every `broadsheet search`. Whoosh never rewrites a file
of a published generation, so once a file's CRC has matched, what the file system says
about it (inode, size, modification and change times) shows whether it can have changed
since. The first open of a generation reads every CRC and, if all match, records those
facts in `RECORD`; later opens compare them (one ``stat`` a file) and read the CRCs again
whenever anything differs or the record is missing, damaged or of another generation.

Any write to a file through the file system moves its change time (which no program can
set back), so a file changed after the record was written is read whole again. A write
in the same clock tick as the file's last one could leave its times as they were (the
kernel's clock for file times is coarse); a file changed within `SETTLE_NS` of the record
is therefore not recorded at all, and is read whole at each open until it settles. What
the record cannot see is damage below the file system (a disk flipping a bit in place):
`broadsheet index status --verify` reads every CRC, as the first open of each generation
and each update's check of the generation it builds on do.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from time import time_ns
from typing import Any

from index.store.generations import VERIFIED as RECORD
from index.store.generations import IndexDamaged, checksums, verify, write_json

SETTLE_NS = 2_000_000_000
"""A file changed less than this before the record was written is left out of it."""


def _facts(info: os.stat_result) -> list[int]:
    return [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def verify_once(folder: Path, manifest: dict[str, Any]) -> None:
    """Check a generation's files as `verify` does, reading their CRCs only when needed.

    Sizes are always checked. If `RECORD` vouches for every file (same generation, same
    manifest checksums, same inode, size and times), that is all; otherwise every CRC is
    read and, when all match, the record is (re)written if the folder can be written.

    Raises:
        IndexDamaged: A file is missing, has another size, or another checksum.
    """
    verify(folder, manifest, crc=False)
    expected: dict[str, list[int]] = manifest["checksums"]
    if _vouched(folder, expected):
        return
    before = {name: _stat(folder / name) for name in expected}
    actual = checksums(folder)
    if any(actual.get(name) != value for name, value in expected.items()):
        raise IndexDamaged("index damaged, run `broadsheet index rebuild`")
    _record(folder, expected, before)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _vouched(folder: Path, expected: dict[str, list[int]]) -> bool:
    """True when the record is of this generation and every file is as recorded."""
    try:
        record = json.loads((folder / RECORD).read_bytes())
        files = record["files"]
        if record["generation"] != folder.name or not isinstance(files, dict):
            return False
        for name, value in expected.items():
            seen = files.get(name)
            info = _stat(folder / name)
            if info is None or seen != [*value, *_facts(info)]:
                return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return True


def _record(
    folder: Path, expected: dict[str, list[int]], before: dict[str, os.stat_result | None]
) -> None:
    """Write the record of files checked as unchanged since ``before`` (if all are settled)."""
    now = time_ns()
    files = {}
    for name, value in expected.items():
        info, after = before[name], _stat(folder / name)
        if info is None or after is None or _facts(info) != _facts(after):
            return  # changed while it was read: check it again next time
        if max(info.st_mtime_ns, info.st_ctime_ns) > now - SETTLE_NS:
            return  # too recent for its times to show the next change
        files[name] = [*value, *_facts(info)]
    with contextlib.suppress(OSError):  # a read-only index is checked whole each time
        write_json(folder / RECORD, {"generation": folder.name, "files": files})
