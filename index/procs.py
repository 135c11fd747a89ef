"""Which processes are alive and which hold a file's lock (read from Linux's /proc)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

PROC = Path("/proc")


def start_time(pid: int) -> int | None:
    """When a process started (clock ticks since boot), or None if it is not running.

    A process that has exited but not been reaped (a zombie) counts as not running.
    With the pid this names one process for good: pids are reused, start times are not.
    """
    try:
        stat = (PROC / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # the command name (field 2) is in parentheses and may hold spaces or ")"
    fields = stat[stat.rfind(")") + 2 :].split()
    if not fields or fields[0] in ("Z", "X"):
        return None
    try:
        return int(fields[19])
    except (IndexError, ValueError):
        return None


def is_alive(pid: int, started: int | None = None) -> bool:
    """True if ``pid`` runs, and (when ``started`` is given) is the process started then."""
    if not PROC.is_dir():  # no /proc: ask the kernel, without the start time
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    now = start_time(pid)
    if now is None:
        return False
    return started is None or now == started


def lock_holders(path: Path, taken_by: int | None = None) -> set[int]:
    """The processes holding an ``flock`` through an open file description of ``path``.

    A lock belongs to an open file description, and a child process that inherited the
    descriptor holds it too: this finds every such process, not only the one that took
    it, from the ``lock:`` lines of ``/proc/PID/fdinfo``. Only processes of this user
    can be seen, which are the only ones that could hold a lock in our own folder.

    Args:
        path: The locked file.
        taken_by: Only the holders of the lock this process took (the kernel keeps the
            pid of the process that took a lock, even after it has died).
    """
    try:
        target = os.stat(path)
        entries = list(PROC.iterdir())
    except OSError:
        return set()  # no such file, or no /proc: nothing can be found, so nothing ended
    found: set[int] = set()
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                info = os.stat(fd)
                if (info.st_dev, info.st_ino) != (target.st_dev, target.st_ino):
                    continue
                details = (entry / "fdinfo" / fd.name).read_text(encoding="ascii")
            except OSError:
                continue
            for line in details.splitlines():
                # "lock:	1: FLOCK  ADVISORY  WRITE 1234 fe:00:5678 0 EOF"
                fields = line.split()
                if fields[:1] != ["lock:"] or len(fields) < 6 or fields[2] != "FLOCK":
                    continue
                if taken_by is None or fields[5] == str(taken_by):
                    found.add(int(entry.name))
    return found


def end_processes(pids: set[int], grace: float = 2.0, deadline: float = 5.0) -> set[int]:
    """Wait up to ``grace`` seconds for processes to exit, then SIGKILL them and wait again.

    Returns:
        The pids still alive at the end (none, unless they belong to another user or are
        stuck in the kernel).
    """
    started = {pid: start_time(pid) for pid in pids}
    alive = {pid for pid, when in started.items() if when is not None}
    until = time.monotonic() + grace
    while alive and time.monotonic() < until:
        time.sleep(0.02)
        alive = {pid for pid in alive if is_alive(pid, started[pid])}
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    until = time.monotonic() + deadline
    while alive and time.monotonic() < until:
        time.sleep(0.02)
        alive = {pid for pid in alive if is_alive(pid, started[pid])}
    return alive
