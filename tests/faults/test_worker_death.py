"""Promise 1 with worker processes: a build whose worker dies fails, and the old index serves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from index.errors import BuildFailed, IndexLocked
from index.search.engine import open_index
from index.store import build as build_module
from index.store.build import rebuild
from index.store.generations import LOCK, build_lock, current_generation, is_locked
from index.store.pool import WorkerPool
from index.store.procs import is_alive
from index.store.segment_worker import FINISH
from tests.faults.helpers import (
    ROOT,
    child_pids,
    gone,
    leftovers,
    start_paused_build,
    wait_for,
    write_articles,
)
from tui.cli import Exit, app

OLD, NEW = 120, 200
"""Articles in the index before the failed build, and in the corpus it was building."""
TEXT: dict[str, Any] = {"capture_output": True, "text": True, "check": True}


@pytest.fixture
def grown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An index of OLD articles, a corpus now holding NEW, and workers for any size."""
    corpus = write_articles(tmp_path / "corpus", OLD)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    write_articles(corpus, NEW - OLD, start=OLD)
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    return corpus, index_dir


def assert_old_index_serves(index_dir: Path, before: Path | None) -> None:
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with build_lock(index_dir):  # released
        pass
    with open_index(index_dir) as index:
        assert len(index) == OLD and index.search("harbour").total == OLD


def kill_worker_when(
    monkeypatch: pytest.MonkeyPatch, chosen: Callable[[int, bytes], bool]
) -> list[int]:
    """SIGKILL the worker about to be sent the ``n``-th message when ``chosen(n, data)``."""
    real = WorkerPool._send
    sends: list[int] = []
    killed: list[int] = []

    def send(self: WorkerPool, worker: Any, data: bytes) -> None:
        sends.append(1)
        if not killed and chosen(len(sends), data):
            os.kill(worker.pid, signal.SIGKILL)
            killed.append(worker.pid)
        real(self, worker, data)

    monkeypatch.setattr(WorkerPool, "_send", send)
    return killed


@pytest.mark.parametrize(
    "point",
    [
        pytest.param(lambda n, data: n == 2, id="while-indexing"),
        pytest.param(lambda n, data: data == FINISH, id="when-asked-for-its-segment"),
    ],
)
def test_worker_killed_fails_the_build_and_the_old_index_serves(
    grown: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    point: Callable[[int, bytes], bool],
) -> None:
    corpus, index_dir = grown
    before = current_generation(index_dir)
    killed = kill_worker_when(monkeypatch, point)
    with pytest.raises(BuildFailed, match=r"index worker \d+ was killed \(SIGKILL\)"):
        rebuild(corpus, index_dir, procs=2)
    assert killed and not child_pids()  # the other worker was ended too
    assert_old_index_serves(index_dir, before)


def test_worker_killed_is_exit_4_and_one_line(
    grown: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = grown
    before = current_generation(index_dir)
    kill_worker_when(monkeypatch, lambda n, data: n == 2)
    monkeypatch.setattr(build_module, "DEFAULT_PROCS", 2)
    args = ["index", "rebuild", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == Exit.INDEX
    assert len(result.stderr.strip().splitlines()) == 1
    assert "was killed (SIGKILL)" in result.stderr and "Traceback" not in result.stderr
    assert_old_index_serves(index_dir, before)


class _Lossy:
    """A writer that loses every seventh document without a word, as Whoosh's did."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.seen = 0

    def add_document(self, **fields: Any) -> None:
        self.seen += 1
        if self.seen % 7:
            self.writer.add_document(**fields)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.writer, name)


def test_workers_start_from_a_folder_with_another_index_package(
    grown: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = grown
    decoy = tmp_path / "elsewhere"
    (decoy / "index").mkdir(parents=True)
    (decoy / "index" / "__init__.py").write_text("raise SystemExit('not broadsheet')\n")
    monkeypatch.chdir(decoy)  # `python -m index...` from here would import the decoy
    assert rebuild(corpus, index_dir, procs=2).indexed == NEW


@pytest.mark.parametrize("procs", [1, 2])
def test_build_that_lost_documents_is_not_swapped_in(
    grown: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, procs: int
) -> None:
    corpus, index_dir = grown
    before = current_generation(index_dir)
    real = build_module.writer_for
    monkeypatch.setattr(build_module, "writer_for", lambda *a: _Lossy(real(*a)))
    with pytest.raises(BuildFailed, match=f"holds 172 articles where {NEW} were indexed"):
        rebuild(corpus, index_dir, procs=procs)
    assert_old_index_serves(index_dir, before)


def test_build_with_a_segment_file_missing_is_not_swapped_in(
    grown: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = grown
    before = current_generation(index_dir)
    real = build_module.checksums

    def lose_postings(folder: Path, *args: Any, **kwargs: Any) -> Any:
        next(folder.glob("MAIN_*.pst")).unlink()
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(build_module, "checksums", lose_postings)
    with pytest.raises(BuildFailed, match=r"the new index lacks MAIN_\w+\.pst"):
        rebuild(corpus, index_dir, procs=2)
    assert_old_index_serves(index_dir, before)


@pytest.mark.parametrize(
    ("procs", "point", "after"),
    [
        (2, "indexing", OLD),
        (2, "saving", OLD),
        (2, "aside", OLD),
        (2, "checking", OLD),
        (2, "swapping", OLD),
        (2, "renamed", OLD),
        (2, "swapped", NEW),
        (1, "checking", OLD),
        (1, "swapping", OLD),
        (1, "swapped", NEW),
    ],
)
def test_build_killed_at_any_point_leaves_the_old_index_or_the_whole_new_one(
    grown: tuple[Path, Path], tmp_path: Path, procs: int, point: str, after: int
) -> None:
    corpus, index_dir = grown
    process, pids = start_paused_build(point, corpus, index_dir, tmp_path / "pids", procs)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # its workers die with it (parent-death signal), so nothing holds the lock or waits
    wait_for("the dead build's workers to exit", lambda: gone(pids[1:]), seconds=10)
    assert not is_locked(index_dir)
    with open_index(index_dir) as index:
        assert len(index) == after and index.search("harbour").total == after
    assert leftovers(index_dir) == []  # opening tidied what the killed build left
    live = current_generation(index_dir)
    assert live is not None and max(p.name for p in index_dir.glob("gen-*")) == live.name
    report = rebuild(corpus, index_dir, procs=1)  # at once: no stale lock
    assert report.indexed == NEW


def test_lock_held_by_a_dead_builds_leftover_process_is_taken_over(
    grown: tuple[Path, Path],
) -> None:
    corpus, index_dir = grown
    # a build that forked a writer process and died: the child holds the lock forever
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from index.store.generations import build_lock\n"
        "with build_lock(Path(sys.argv[1])):\n"
        "    child = os.fork()\n"
        "    if child == 0:\n"
        "        time.sleep(300); os._exit(0)\n"
        "    print(child, flush=True)\n"
        "    os._exit(0)\n"
    )
    builder = subprocess.Popen(
        [sys.executable, "-c", script, str(index_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert builder.stdout is not None
    orphan = int(builder.stdout.readline())
    builder.wait()
    try:
        assert is_locked(index_dir) and is_alive(orphan)
        report = rebuild(corpus, index_dir, procs=1)
        assert report.indexed == NEW
        assert not is_alive(orphan)  # the dead build's process was ended, then the lock taken
    finally:
        if is_alive(orphan):
            os.kill(orphan, signal.SIGKILL)
        builder.stdout.close()


def test_more_workers_than_batches_leaves_no_empty_segment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_articles(tmp_path / "corpus", 50)  # one batch: the second worker idles
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    rebuild(corpus, tmp_path / "index", procs=2)
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    segments = {p.name.split(".")[0] for p in generation.glob("MAIN_*.trm")}
    assert len(segments) == 1
    with open_index(tmp_path / "index") as index:
        assert len(index) == 50 and index.search("harbour").total == 50


def test_a_lock_taken_since_by_a_live_process_is_never_taken_over(
    grown: tuple[Path, Path],
) -> None:
    corpus, index_dir = grown
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **TEXT)
    (index_dir / LOCK).write_text(dead.stdout.strip())  # the record names a dead build
    # ... while a live process has just taken the lock and not yet written its own pid
    script = (
        "import fcntl, os, sys, time\n"
        "fd = os.open(sys.argv[1], os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('locked', flush=True)\n"
        "time.sleep(300)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(index_dir / LOCK)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexLocked, match=f"still held by pid {holder.pid}"):
            rebuild(corpus, index_dir, procs=1)
        assert holder.poll() is None  # it did not take the dead build's lock: left alone
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
