"""Python's cyclic garbage collector held off while an update or a rebuild works.

An update makes a few hundred thousand objects that live until it ends (the manifest's
entry for each of 19,043 files, the listing, the quote store's members, the story
model's names), and CPython runs a young collection every 700 new container objects,
a middle one every 10 of those and a full one (every object of the process, modules
included) when enough survived: an update of 100 Reuters files ran 400 young, 37
middle and 3 full collections, 0.3-0.4 of its 1.6-1.9 CPU seconds. What an update
frees, reference counting frees: it makes almost no cycles, and its peak memory is the
same with the collector off (194 MB for 100 changed files, 681 MB for 3,100), so the
collector is paused while it works and resumed after, when any cycle it left is
collected as usual.

Process-wide (the collector is), so nested and concurrent pauses count: the first
pauses, the last to end resumes, and only if the collector was running before. Only a
pause asked for on the main thread (a command's process) holds the collector off: the
reader runs its updates in thread workers, and there the pause would hold it off for the
event loop too, for as long as a rebuild takes, and leave it one long collection after.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_held = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic collector for the ``with`` block (see the module); on
    another thread than the main one, leave it as it is."""
    global _held, _resume
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    with _lock:
        if _held == 0:
            _resume = gc.isenabled()
            gc.disable()
        _held += 1
    try:
        yield
    finally:
        with _lock:
            _held -= 1
            if _held == 0 and _resume:
                gc.enable()
