"""Pilot, nu29 #1: quitting during the reader's first build stops the build (its worker
processes too) before the reader exits, and says so; the index is as it was before.

The build's workers are made to stop answering (as workers busy on a big corpus do for
seconds): before the fix the build ran on in its thread after the app had gone, the
process alive and its screen blank until the build ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.library import WHOOSH
from index.search.engine import WhooshEngine
from index.store import build, pool
from index.store.generations import current_generation
from tests.faults.helpers import gone, leftovers, wait_for
from tests.tui.conftest import reader, wait_until
from tui.app import BroadsheetApp
from tui.index_work import AS_IT_WAS, NO_INDEX_BUILT, left_behind
from tui.widgets.build_progress import BuildProgress

SILENCE_SECONDS = 20.0
"""How long the workers answer nothing, from the fixture's start: a build the quit did not
stop (the bug) then ends, and the test fails on its index, not hangs on its thread."""


@pytest.fixture
def silent_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Builds use two worker processes whose answers never come (every blocking wait on
    them finds nothing) until the test ends; yields the pids of the workers started."""
    quiet = threading.Event()
    until = time.monotonic() + SILENCE_SECONDS
    started: list[int] = []
    real_wait, real_start = pool.wait, pool.WorkerPool._start

    def wait(connections: Any, timeout: float | None = None) -> list[Any]:
        left = until - time.monotonic()
        if timeout and left > 0 and not quiet.is_set():  # a blocking wait: nothing arrives
            quiet.wait(min(timeout, left))
            return []
        return list(real_wait(connections, timeout))

    def start(self: pool.WorkerPool, limitmb: int) -> Any:
        worker = real_start(self, limitmb)
        started.append(worker.pid)
        return worker

    monkeypatch.setattr(build, "MULTIPROCESS_MIN_DOCS", 0)
    monkeypatch.setattr(build, "DEFAULT_PROCS", 2)
    monkeypatch.setattr(pool, "wait", wait)
    monkeypatch.setattr(pool.WorkerPool, "_start", start)
    yield started
    quiet.set()  # a build still waiting (the bug) goes on now, not after the test run


async def test_quit_during_the_first_build_stops_it(
    corpus_dir: Path, tmp_path: Path, silent_workers: list[int]
) -> None:
    index_dir = tmp_path / "index"
    app = BroadsheetApp(corpus_dir, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: bool(reader(app).query(BuildProgress)))
        wait_for("the build's workers", lambda: len(silent_workers) == 2)
        await pilot.press("ctrl+q")
        # the reader says what it is finishing while the build stops, then exits
        await wait_until(pilot, lambda: "stopping the index build" in reader(app).busy)
        await wait_until(pilot, lambda: not app.is_running, seconds=30)
    work = app.reader.index_work
    assert work.stopped == "the index build"
    assert not work.running
    assert current_generation(index_dir) is None  # no index, as before
    assert work.left == NO_INDEX_BUILT  # not "the index is as it was" of none (nu37 #7)
    assert leftovers(index_dir) == []  # its temporary folder went
    wait_for("the workers to end", lambda: gone(silent_workers), seconds=10)


async def test_quit_during_a_rebuild_of_an_outdated_index_says_it_is_as_it_was(
    built: tuple[Path, Path], silent_workers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    before = current_generation(index_dir)
    monkeypatch.setattr(WhooshEngine, "build_needed", lambda self: "another schema; rebuilding")
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: bool(reader(app).query(BuildProgress)))
        wait_for("the build's workers", lambda: len(silent_workers) == 2)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, seconds=30)
    assert app.reader.index_work.stopped == "the index build"
    assert app.reader.index_work.left == AS_IT_WAS
    assert current_generation(index_dir) == before


def test_what_a_stopped_build_left_is_told_by_the_index_folder(
    built: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, index_dir = built
    assert left_behind(WHOOSH, tmp_path / "none") == NO_INDEX_BUILT
    assert left_behind(WHOOSH, index_dir) == AS_IT_WAS

    def unreadable(self: WhooshEngine) -> str | None:
        raise OSError("disk gone")

    monkeypatch.setattr(WhooshEngine, "build_needed", unreadable)
    assert left_behind(WHOOSH, tmp_path / "none") == AS_IT_WAS  # cannot tell: the safe words


async def test_quit_with_no_build_running_exits_at_once(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: reader(app).library is not None)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running)
    assert app.reader.index_work.stopped == ""


def test_ctrl_c_as_the_reader_exits_waits_for_the_build_to_stop(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C once the reader has gone (its build still stopping): "interrupted; the index is
    as it was before" comes only once that is true (nu29 #1: it came 50 s before)."""
    from index.library import BuildCancelled
    from tui.cli.reader_run import _index_work_ended
    from tui.index_work import IndexWork

    work, began, ended = IndexWork(), threading.Event(), threading.Event()

    def build() -> None:
        with work.run("the index build"):
            began.set()
            try:
                while True:  # a build's progress reports
                    work.check()
                    time.sleep(0.01)
            except BuildCancelled:
                time.sleep(0.3)  # its workers killed, its folder removed
                ended.set()
                raise

    thread = threading.Thread(target=build)
    thread.start()
    began.wait(10)
    screen = type("Screen", (), {"index_work": work})()
    _index_work_ended(screen)
    assert ended.is_set() and not work.running
    assert work.stopped == "the index build"
    assert "stopping the index build" in capsys.readouterr().err
    thread.join(10)


async def test_a_second_quit_while_stopping_says_it_is_still_stopping(app: BroadsheetApp) -> None:
    """rv28 #2: a second ctrl+q while the work stops was ignored without a word (the stories
    phase of a large build reports seconds apart); it now says the reader exits once the
    work has ended, and the reader still waits for that, never blank."""
    from tui.messages import IndexWorkEnded

    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: reader(app).library is not None)
        work = app.reader.index_work
        with work.run("the update"):  # work that reports nothing for a while
            await pilot.press("ctrl+q")
            await wait_until(pilot, lambda: "stopping the update" in reader(app).busy)
            await pilot.press("ctrl+q")
            await wait_until(
                pilot,
                lambda: any("Still stopping the update" in n.message for n in app._notifications),
            )
            assert app.is_running
        reader(app).post_message(IndexWorkEnded())
        await wait_until(pilot, lambda: not app.is_running)
