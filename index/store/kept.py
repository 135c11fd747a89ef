"""The live manifest a build's corpus check parsed, kept for the build that follows it.

`broadsheet index update` (and the reader's `u`) first asks which corpus the index folder
holds (`live.indexed_corpus`, nu23 #1), which parses the live generation's manifest
(2.2 MB at Reuters' 19,043 files, every file's entry), and the update then read it again
(`generations.load_manifest`). Here that first parse is kept with its file's identity
(device, inode, size and times: a published generation's files never change, a manifest
written again is a new file) and handed to the next `load_manifest` of that file, once;
a read of any other file drops it, so nothing is held past the build.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from index.store import json_bytes

_kept: list[tuple[Path, tuple[int, ...], Any]] = []
_lock = threading.Lock()  # the reader checks and updates from a worker thread


def _identity(status: os.stat_result) -> tuple[int, ...]:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def read_kept(path: Path) -> Any:
    """``path`` parsed (`json_bytes.loads`), kept for `take`.

    Raises:
        OSError: It cannot be read.
        ValueError: It is not JSON (`UnicodeDecodeError` included).
    """
    with _lock:
        _kept.clear()
    with open(path, "rb") as handle:
        identity = _identity(os.fstat(handle.fileno()))
        data = handle.read()
    parsed = json_bytes.loads(data)
    with _lock:
        _kept[:] = [(path, identity, parsed)]
    return parsed


def take(path: Path) -> Any | None:
    """What `read_kept` parsed of ``path``, if the file there is still the one it read (handed
    out once: the caller may change it); else None."""
    with _lock:
        if not _kept:
            return None
        kept_path, identity, parsed = _kept.pop()
    if kept_path != path:
        return None
    try:
        now = _identity(os.stat(path))
    except OSError:
        return None
    return parsed if now == identity else None
