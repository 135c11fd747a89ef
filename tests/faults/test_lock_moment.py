"""A reader holding the build lock for a moment (tidying, or asking whether a build runs) is
not a build: a rebuild waits it out instead of saying "already running" (ci112 drew it in
test_concurrency: a search loop refreshing beside a process rebuilding four times)."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

import pytest

from index.errors import IndexLocked
from index.store.build import rebuild
from index.store.generations import LOCK, build_lock
from index.store.lock_wait import taken_after_a_moment
from tests.faults.helpers import write_articles


def _hold(path: Path, mode: int, held: threading.Event, release: threading.Event) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
        held.set()
        release.wait(10)
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@pytest.mark.parametrize("mode", [fcntl.LOCK_SH, fcntl.LOCK_EX])
def test_a_rebuild_waits_out_a_readers_moment(tmp_path: Path, mode: int) -> None:
    corpus = write_articles(tmp_path / "corpus", 5)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    held, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold, args=(index_dir / LOCK, mode, held, release))
    holder.start()
    assert held.wait(10)
    # the reader lets go while the rebuild waits (a timer, not an assertion on time)
    threading.Timer(0.3, release.set).start()
    try:
        assert rebuild(corpus, index_dir, procs=1).indexed == 5
    finally:
        release.set()
        holder.join()


def test_a_builds_record_is_not_waited_for(tmp_path: Path) -> None:
    # a lock whose record names a living build: refused at once, as before
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        assert not taken_after_a_moment_with_record(fd)
    finally:
        os.close(fd)
    # we hold it, with our own pid written
    with build_lock(index_dir), pytest.raises(IndexLocked, match="already running"):
        _other_process_build(index_dir)


def taken_after_a_moment_with_record(fd: int) -> bool:
    os.pwrite(fd, f"{os.getpid()} - rebuild".encode(), 0)
    return taken_after_a_moment(fd, tries=1_000_000)  # returns at once on a record


def _other_process_build(index_dir: Path) -> None:
    """Try the lock from a new open of the file, as another process would (flock locks
    belong to an open file description)."""
    with build_lock(index_dir):
        pass
