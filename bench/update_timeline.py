"""A timeline of one ``broadsheet index update``, each of its processes phase by phase.

``python bench/update_timeline.py time OUT ARGS...`` spawns ``run`` and adds when it
was reaped and the CPU of its whole tree. ``... run OUT ARGS...`` runs ``broadsheet
ARGS`` in this process (the code on ``PYTHONPATH``: old and new trees alike) with its
phases wrapped: each start and end appends a line ``pid thread tag wall process-CPU
thread-CPU run-queue-delay`` to OUT (O_APPEND, so the forked children write there too;
the run-queue delay, from ``/proc/thread-self/schedstat``, is the time the thread was
ready but not running). ``... show OUT`` prints the command's main thread, milestone to
milestone: wall, CPU, run-queue delay and what is left, the time it was blocked (I/O, a
pipe, a lock, a child); then each child's span.

Blocked is the figure that survives a loaded machine: wall there is mostly run queue
(other helpers' work), while the blocked time is what the command waits for itself.

``... path OUT...`` prints, for each timeline, the CPU critical path of the update: what
its wall would be with a core for each process and no other load, from CPU figures only
(which a loaded machine inflates a little, not threefold as the wall). The parent's main
thread and the derived kinds' child (the process that runs ``kind.update``) meet at the
last articles sent (``streamed.end``) and the parent's wait for the child (``aside.wait``):
path = max(parent at the child's fork + the child's CPU, parent at ``streamed.end`` + the
child's CPU after it read them, parent at ``aside.wait``) + the parent after that wait.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import threading
import time
from typing import Any

WRAPPED: dict[str, tuple[str, ...]] = {
    "index.store.update": (
        "update",
        "sound_base",
        "_sound_base",  # before td45 moved it to `index.store.base_check`
        "scan",
        "_plan",
        "_update_into",
        "read_json",
        "open_dir",
        "writer_for",
        "delete_ids",
        "start_early",
        "derive_changes",
        "check_index_part",
        "finish_generation",
        "publish",
        "same_content",
        "file_changes",
    ),
    "index.store.base_check": ("sound_base",),
    "index.store.derive": ("send_values", "_update_all_later"),
    "index.store.derive_early": ("_update_early", "warm"),
    "index.store.prefetch": ("_serve",),
    "index.store.generations": ("fsync_folder", "prune", "_point_to"),
    "index.store.build": ("write_listing", "checksums", "check_generation"),
}
"""Functions wrapped, by module (looked up in that module: where it is called from); a name
the module lacks (a tree older or newer than it: A/B runs time both) is left."""

METHODS = (
    ("index.store.base_check", "BaseCheck", "_check", "basecheck"),
    ("index.store.base_check", "BaseCheck", "wait", "basecheck.wait"),
    ("index.store.update", "_BaseCheck", "_check", "basecheck"),  # before td45
    ("index.store.update", "_BaseCheck", "wait", "basecheck.wait"),
    ("index.store.derive", "Streamed", "end", "streamed.end"),
    ("index.store.aside", "Aside", "wait", "aside.wait"),
    ("index.store.derive_early", "Early", "start", "early.start"),
    ("index.store.aside", "Later", "_read", "later.read"),
    ("index.store.derive", "_Values", "__iter__", "values"),
    ("index.derived", "Deferred", "update", "kind.update"),
    ("whoosh.writing", "SegmentWriter", "commit", "whoosh.commit"),
)

MILESTONES = (
    "wrapper",
    "tui.cli",
    "update>",
    "scan>",
    "scan<",
    "_update_into>",
    "delete_ids<",
    "whoosh.commit>",
    "whoosh.commit<",
    "check_index_part<",
    "aside.wait<",
    "publish>",
    "publish<",
    "update<",
    "exit",
)


def _run_queue() -> float:
    with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
        return int(stat.read().split()[1]) / 1e9


def _tracer(out: str) -> Any:
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def stamp(tag: str) -> None:
        line = (
            f"{os.getpid()} {threading.get_ident() % 100000} {tag} {time.time():.6f} "
            f"{time.process_time():.6f} {time.thread_time():.6f} {_run_queue():.6f}\n"
        )
        os.write(fd, line.encode())

    return stamp


def _wrap(owner: Any, name: str, tag: str, stamp: Any) -> None:
    real = getattr(owner, name)

    @functools.wraps(real)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        stamp(tag + ">")
        try:
            return real(*args, **kwargs)
        finally:
            stamp(tag + "<")

    setattr(owner, name, wrapped)


def _module(name: str) -> Any:
    """The module ``name``, or None in a tree older than it (A/B runs time both)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        return None


def run(out: str, args: list[str]) -> None:
    """``broadsheet args`` in this process, its phases stamped into ``out``."""
    stamp = _tracer(out)
    if os.environ.get("T_SPAWN"):
        with open(out, "a", encoding="ascii") as spawned:
            spawned.write(f"{os.getpid()} 0 spawn {os.environ['T_SPAWN']} 0 0 0\n")
    stamp("wrapper")
    real_exit, real_fork = os._exit, os.fork

    def exiting(code: int) -> Any:
        stamp("exit")
        real_exit(code)

    def fork() -> int:
        pid = real_fork()
        if pid == 0:
            stamp("forked")
        return pid

    os._exit, os.fork = exiting, fork  # type: ignore[assignment]
    import atexit

    sys.argv = ["broadsheet", *args]
    from tui.cli import main

    stamp("tui.cli")
    for module, names in WRAPPED.items():
        for name in names:
            if (found := _module(module)) is not None and hasattr(found, name):
                _wrap(found, name, name, stamp)
    for module, owner, name, tag in METHODS:
        if (found := _module(module)) is not None and hasattr(found, owner):
            _wrap(getattr(found, owner), name, tag, stamp)
    atexit.register(stamp, "exit")
    main()


def spawn(out: str, args: list[str]) -> None:
    """``run`` in a new process, timed from its spawn till it is reaped."""
    import subprocess

    env = {**os.environ, "T_SPAWN": f"{time.time():.6f}"}
    command = [sys.executable, __file__, "run", out, *args]  # a tree without this file too
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    with open(out, "a", encoding="ascii") as timeline:
        cpu = usage.ru_utime + usage.ru_stime
        timeline.write(f"{child.pid} 0 reaped {time.time():.6f} {cpu:.6f} 0 0\n")
    if status:
        sys.exit(f"the update exited with status {os.waitstatus_to_exitcode(status)}")


def show(out: str) -> None:
    """The main thread's milestones in ``out`` (wall/CPU/run queue/blocked), then the children."""
    with open(out, encoding="ascii") as timeline:
        rows = [line.split() for line in timeline]
    spawn = next((float(row[3]) for row in rows if row[2] == "spawn"), float(rows[0][3]))
    main = next(row for row in rows if row[2] == "wrapper")
    at: dict[str, tuple[float, float, float]] = {}
    for row in rows:
        if row[:2] == main[:2] and row[2] in MILESTONES and row[2] not in at:
            at[row[2]] = (float(row[3]), float(row[5]), float(row[6]))
    before, name = (spawn, 0.0, 0.0), "spawn"
    print(f"{'main thread':38s} {'wall':>6s} {'cpu':>6s} {'rq':>6s} {'blocked':>7s}")
    for milestone in MILESTONES:
        if milestone in at:
            now = at[milestone]
            wall, cpu, queue = (now[k] - before[k] for k in range(3))
            print(
                f"{name + ' -> ' + milestone:38s} {wall:6.3f} {cpu:6.3f} {queue:6.3f} "
                f"{wall - cpu - queue:7.3f}"
            )
            before, name = now, milestone
    reaped = next((row for row in rows if row[2] == "reaped"), None)
    if reaped is not None:
        print(f"{name + ' -> reaped':38s} {float(reaped[3]) - before[0]:6.3f}")
        print(f"whole tree: {float(reaped[3]) - spawn:.3f} s, {float(reaped[4]):.3f} CPU s")
    spans: dict[str, list[float]] = {}
    for row in rows:
        if row[0] != main[0] and row[2] in ("forked", "exit"):
            spans.setdefault(row[0], []).extend((float(row[3]) - spawn, float(row[4])))
    for pid, span in spans.items():
        print(f"child {pid}: from {span[0]:.3f} to {span[-2]:.3f} s, {span[-1]:.3f} CPU s")


def path(out: str) -> tuple[float, ...]:
    """The CPU critical path of one timeline (see the module) and its parts: the parent at
    the child's fork, the child's CPU, the parent at ``streamed.end``, the child's CPU after
    it, the parent at ``aside.wait``, the parent after it, the path. A kind the child updates
    in a grandchild of its own (`index.store.aside.fork_aside`, since qs30) is a chain
    beside the child's: forked at the child's CPU then, its own CPU after it (and after the
    values, as the child's tail); the child ends no sooner than it."""
    with open(out, encoding="ascii") as timeline:
        rows = [line.split() for line in timeline]
    main = next(row for row in rows if row[2] == "wrapper")
    parent = [row for row in rows if row[:2] == main[:2]]

    def at(tag: str) -> float:
        return next(float(row[5]) for row in parent if row[2] == tag)

    def forked_at(rows_of: list[list[str]], pid: str) -> float:
        forked = next(float(row[3]) for row in rows if row[0] == pid and row[2] == "forked")
        return max((float(row[4]) for row in rows_of if float(row[3]) <= forked), default=0.0)

    updating = [row[0] for row in rows if row[2] in ("kind.update>", "_update_all_later>")]
    pid = next((row[0] for row in rows if row[2] == "_update_all_later>"), updating[0])
    child = [row for row in rows if row[0] == pid]
    fork = max(
        (float(row[5]) for row in parent if float(row[3]) <= _stamp(rows, pid, "forked")),
        default=0.0,
    )
    end, wait = at("streamed.end>"), at("aside.wait>")
    chains = []
    for other in dict.fromkeys(p for p in updating if p != pid):
        mine = [row for row in rows if row[0] == other]
        cpu = max(float(row[4]) for row in mine)
        read = next((float(row[4]) for row in mine if row[2] == "later.read<"), 0.0)
        chains.append(max(fork + forked_at(child, other) + cpu, end + cpu - read))
    cpu = max(float(row[4]) for row in child)
    tail = cpu - next(float(row[4]) for row in child if row[2] == "later.read<")
    after = max(float(row[5]) for row in parent) - at("aside.wait<")
    done = max(fork + cpu, end + tail, *chains)
    return fork, cpu, end, tail, wait, after, max(done, wait) + after


def _stamp(rows: list[list[str]], pid: str, tag: str) -> float:
    return next(float(row[3]) for row in rows if row[0] == pid and row[2] == tag)


def paths(outs: list[str]) -> None:
    """`path` of each timeline, and the median path."""
    import statistics

    print("parent@fork child parent@end child-after parent@wait parent-after path")
    got = [path(out) for out in outs]
    for out, figures in zip(outs, got, strict=True):
        print(" ".join(f"{x:.3f}" for x in figures), out)
    print(f"median path {statistics.median(g[-1] for g in got):.3f} CPU s")


if __name__ == "__main__":
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(__file__)):
        sys.path.pop(0)  # run as a file (the tree timed is PYTHONPATH's): not bench's modules
    if sys.argv[1:2] == ["time"]:
        spawn(sys.argv[2], sys.argv[3:])
    elif sys.argv[1:2] == ["run"]:
        run(sys.argv[2], sys.argv[3:])
    elif sys.argv[1:2] == ["path"]:
        paths(sys.argv[2:])
    elif sys.argv[1:2] == ["show"]:
        show(sys.argv[2])
    else:
        sys.exit(__doc__)
