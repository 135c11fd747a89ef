"""The index build or update a screen runs in a thread worker, stopped when the reader quits.

A thread cannot be killed: the reader's process lives until its workers end (Python waits
for them at exit). Quitting during the first build of a big corpus left a blank screen for
35-50 s while the build ran on, its worker processes too (nu29 #1). So the screen's
workers report progress through `check`, which raises `BuildCancelled` once `stop` was
called: the build then ends as an interrupted `index rebuild` does (its worker processes
killed, its temporary folder removed, the index as it was before), within a progress
report's time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from index.library import BuildCancelled, EngineChoice

AS_IT_WAS = "the index is as it was"
NO_INDEX_BUILT = "no index was built"
NO_INDEX_YET = "no index yet"
"""What every engine's `build_needed` says when there is no index at all."""


def left_behind(engine: EngineChoice, index_dir: Path) -> str:
    """What a stopped build left in ``index_dir``, in words: `NO_INDEX_BUILT` when there is
    still no index (the reader's first build: "the index is as it was" said of none, nu37
    #7), else `AS_IT_WAS` (an outdated one, which the next start rebuilds)."""
    try:
        why = engine.make(index_dir).build_needed()
    except Exception:  # cannot tell: what an interrupted build leaves is the index before
        return AS_IT_WAS
    return NO_INDEX_BUILT if why == NO_INDEX_YET else AS_IT_WAS


class IndexWork:
    """Whether a build or update runs, and the request to stop it (thread safe)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self.what = ""
        """What runs, or ran last: "the index build", "the update"."""
        self.stopped = ""
        """What ended because it was asked to stop ("the index build"; "" if none did)."""
        self.left = AS_IT_WAS
        """What the stopped work left, in words (the build sets `left_behind`)."""

    @property
    def running(self) -> bool:
        """True while a build or update runs."""
        return not self._idle.is_set()

    @property
    def stopping(self) -> bool:
        """True once `stop` was called (for good: the reader is quitting)."""
        return self._stop.is_set()

    @contextmanager
    def run(self, what: str) -> Iterator[None]:
        """Around the work of a build or update (``what``), in its worker thread."""
        self.what = what
        self._idle.clear()
        try:
            yield
        except BuildCancelled:
            if not self.stopping:
                raise  # cancelled for another reason (esc): the caller says so
            self.stopped = what
        finally:
            self._idle.set()

    def check(self) -> None:
        """Called at each progress report of the work.

        Raises:
            BuildCancelled: `stop` was called: the build ends, the index as it was.
        """
        if self._stop.is_set():
            raise BuildCancelled

    def stop(self) -> bool:
        """Ask the running work to stop at its next progress report, and any later work
        not to start; True if some work runs (it has not ended yet)."""
        self._stop.set()
        return self.running

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running work to end; True if none runs now."""
        return self._idle.wait(timeout)
