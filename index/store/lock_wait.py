"""A build lock held for a moment by a reader, not by a build.

A reader opening the index tidies what a killed build left behind (`generations.tidy`) and
`index status` asks whether a build runs (`generations.is_locked`): each holds the build lock
for a moment without writing who it is. A rebuild that met such a moment read the lock file's
empty record as "a rebuild or update is already running" and gave up (ci112: a search loop
refreshing beside a process rebuilding four times). A build writes its pid as soon as it has
the lock, so a lock held with no record is a reader's moment, or a build's first or last:
wait it out, briefly.
"""

from __future__ import annotations

import fcntl
import os
import time

TRIES = 40
PAUSE = 0.05
"""At most two seconds of waiting, in steps: a reader's moment is a few milliseconds."""


def taken_after_a_moment(fd: int, tries: int = TRIES) -> bool:
    """Try again to take the build lock on ``fd`` (exclusive, without blocking) while its
    holder has written no record; False at once when a build's record is there (it runs, or
    it died: `generations._take_over` tells), or when the lock stays held."""
    for _ in range(tries):
        if os.pread(fd, 64, 0).strip():
            return False
        time.sleep(PAUSE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue
        return True
    return False
