"""Shared pieces of the fault tests: corpora, build processes stopped at a chosen point."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from index.store import generations as store
from index.store.procs import is_alive

ROOT = Path(__file__).resolve().parents[2]

PAUSE_AT = """
import os, sys, time
from pathlib import Path
from index.store import build
from index.store import generations as store
from index.store.pool import WorkerPool
from index.store.segment_worker import FINISH

build.MULTIPROCESS_MIN_DOCS = 0  # workers even for a small test corpus
point, corpus, index_dir, report = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
procs = int(sys.argv[5])

def pause(pool_=None):
    pids = [w.pid for w in pool_.workers] if pool_ is not None else []
    Path(report + ".part").write_text(" ".join(map(str, [os.getpid(), *pids])))
    os.replace(report + ".part", report)
    time.sleep(600)  # the test kills this process here

def wrap(owner, name, nth=1, before=True):
    real = getattr(owner, name)
    calls = []
    def wrapper(*args, **kwargs):
        calls.append(1)
        self = args[0] if args and isinstance(args[0], WorkerPool) else None
        if before and len(calls) == nth:
            pause(self)
        result = real(*args, **kwargs)
        if not before and len(calls) == nth:
            pause(self)
        return result
    setattr(owner, name, wrapper)

if point == "indexing":
    wrap(WorkerPool, "_send", nth=3)
elif point == "saving":
    real_send = WorkerPool._send
    def send_finish(self, worker, data):
        real_send(self, worker, data)
        if data == FINISH and worker is self.workers[-1]:
            pause(self)
    WorkerPool._send = send_finish
elif point == "checking":
    wrap(build, "check_generation")
elif point == "swapping":
    wrap(build, "publish")
elif point == "renamed":
    wrap(store, "_point_to")
elif point == "swapped":
    wrap(build, "publish", before=False)
derived = ()
if point in ("aside", "update-aside"):  # a kind built or updated in a forked child (waiting)
    from index.library import DERIVED
    from index.store import aside
    derived, real_start = DERIVED, aside.start
    def start_then_pause(name, work, record=None):
        child = real_start(name, lambda: (time.sleep(600), work()), record)
        Path(report + ".part").write_text(" ".join(map(str, [os.getpid(), child.pid])))
        os.replace(report + ".part", report)
        time.sleep(600)
    aside.start = start_then_pause
    real_later = aside.start_later
    def start_later_then_pause(name, work, record=None):  # an update's child, forked first
        child = real_later(name, lambda later: (time.sleep(600), work(later)), record)
        Path(report + ".part").write_text(" ".join(map(str, [os.getpid(), child.pid])))
        os.replace(report + ".part", report)
        time.sleep(600)
    aside.start_later = start_later_then_pause
if point == "update-aside":  # the early child (`derive_early`): paused once its folders exist
    from index.store import derive_early
    aside.start_later = real_later
    real_early_start = derive_early.Early.start
    def early_start_then_pause(self, folder, redo=()):
        started = real_early_start(self, folder, redo)
        Path(report + ".part").write_text(" ".join(map(str, [os.getpid(), self.child.pid])))
        os.replace(report + ".part", report)
        time.sleep(600)
        return started
    derive_early.Early.start = early_start_then_pause
    from index.store.update import update
    update(corpus, index_dir, procs=procs, derived=derived)
else:
    build.rebuild(corpus, index_dir, procs=procs, derived=derived)
"""
"""A build process that stops at a named point and writes its pid and its workers' pids.

Points: ``indexing`` (workers busy), ``saving`` (every worker asked for its segment),
``checking`` (the new generation checks itself), ``swapping`` (just before the swap),
``renamed`` (the new generation renamed into place, ``CURRENT`` not yet replaced),
``swapped`` (just after the swap), ``aside`` (quotes and stories built, one of them in a
forked child, `index.store.aside`, whose pid is reported in place of the workers'), and
``update-aside`` (the same in an update, whose child was forked before the scan and is
opening its kinds' states or waiting for their values, their folders made in the new
generation's: `index.store.derive_early`; the index must hold both kinds already).
"""


def write_articles(folder: Path, count: int, start: int = 0) -> Path:
    """``count`` small distinct articles, ``story-NNNN.txt``, numbered from ``start``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"story-{n:04d}.txt").write_text(
            f"Story number {n} about the harbour\n\n"
            f"The harbour board met on day {n} and discussed cranes, tides and wages. "
            + "Dock workers spoke at length about the weather and the ships. "
            * 20,
            encoding="utf-8",
        )
    return folder


def leftovers(index_dir: Path) -> list[str]:
    """Temporary build folders left in an index folder."""
    return [p.name for p in index_dir.iterdir() if p.name.startswith(store.TMP_PREFIX)]


def wait_for(what: str, check: object, seconds: float = 60.0) -> None:
    """Poll ``check()`` until it is true; fail with ``what`` if it never becomes so."""
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def start_paused_build(
    point: str, corpus: Path, index_dir: Path, report: Path, procs: int = 2
) -> tuple[subprocess.Popen[bytes], list[int]]:
    """Start a rebuild in a new process and wait until it stops at ``point``.

    Returns:
        The process, and the pids of the build and of its workers.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", PAUSE_AT, point, *map(str, (corpus, index_dir, report, procs))],
        cwd=ROOT,
        start_new_session=True,
    )
    wait_for(f"the build to reach {point}", lambda: report.exists() or process.poll() is not None)
    assert process.poll() is None, f"the build ended before {point}"
    pids = [int(p) for p in report.read_text().split()]
    return process, pids


def gone(pids: list[int]) -> bool:
    """True when none of ``pids`` runs any more (zombies count as gone)."""
    return not any(is_alive(pid) for pid in pids)


def child_pids() -> set[int]:
    """This process's children (from /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            found.update(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def start_paused_script(script: str, report: Path, *args: object) -> subprocess.Popen[bytes]:
    """Run ``script`` (Python source, given ``args`` and then ``report``) in a new process
    group and wait until it writes ``report`` (where it pauses to be killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args), str(report)],
        cwd=ROOT,
        start_new_session=True,
    )
    # written, not only made: the file exists a moment before its pids are in it (ci123:
    # "not enough values to unpack", and the paused process outlived the test)
    wait_for("the script to pause", lambda: _written(report) or process.poll() is not None)
    if process.poll() is not None:
        raise AssertionError(f"the script ended (status {process.returncode}) before pausing")
    return process


def _written(report: Path) -> bool:
    """Whether ``report`` holds what the script writes before it pauses (one short write)."""
    try:
        return bool(report.read_text().strip())
    except FileNotFoundError:
        return False
