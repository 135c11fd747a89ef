"""What Ctrl-C during `broadsheet fetch` says (nu43 #5: "interrupted; the index is as it
was before" only, though 3 pages had been saved and were not indexed).

The pages a fetch saved before it was stopped stay in the corpus folder; the index is
updated only after the fetch, so none of them is in it. The line counts them (each by its
``.meta.toml`` sidecar written since the fetch began: a new page or one written over by
``--refetch``) and says that the next update indexes them, or that none was saved.
"""

from __future__ import annotations

import os
from pathlib import Path

SIDECAR = ".meta.toml"  # as index.fetch.files and index.ingest.readers name sidecars
CLOCK_SLACK = 0.1
"""Seconds a file's time may lag the clock read before it was written (a file system's
coarse clock): a page written just after the fetch began still counts."""


def saved_since(corpus: Path, began: float) -> int:
    """How many pages in the corpus folder had their sidecar written at or after ``began``
    (`time.time`); hidden folders (the corpus's ``.broadsheet``) and files are passed over,
    as are files that vanish while counted."""
    count = 0
    for folder, folders, names in os.walk(corpus):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.endswith(SIDECAR) or name.startswith("."):
                continue
            try:
                written = os.stat(os.path.join(folder, name)).st_mtime
            except OSError:
                continue
            count += written >= began - CLOCK_SLACK
    return count


def interrupted_line(saved: int, indexed: bool = False) -> str:
    """The line Ctrl-C leaves: what happened to the index, and the ``saved`` pages (or that
    none was); ``indexed``: the update after the fetch had finished (it has them)."""
    if indexed:
        return "broadsheet: interrupted after the index update: the pages fetched are indexed"
    said = "broadsheet: interrupted; the index is as it was before"
    if not saved:
        return f"{said}; no page was saved to the corpus folder"
    pages = "1 page was" if saved == 1 else f"{saved:,} pages were"
    return (
        f"{said}; {pages} saved to the corpus folder but not indexed: the next "
        "`broadsheet index update` (or u in the reader) indexes them"
    )
