"""fx145 (nu59 #5): ctrl+q during a comparison waited for the comparison to finish.

Textual runs a thread worker in asyncio's default executor, which the app's `asyncio.run`
joins before the process ends: the comparison's worker held the exit (2.1-2.7 s against
1.1-1.2 s in nu59's tmux runs). Read-only work now runs apart (`tui.apart`): quitting does
not wait for it.

Oracles: a process quitting while a comparison is slowed to `SLOW` seconds ends well
before it (Pilot as autopilot, in a process of its own: the executor is joined only when
`App.run` returns); `run_apart` gives what the work gives or raises what it raises
(hypothesis), and stops waiting once the worker is cancelled."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.worker import active_worker

from tui.apart import Abandoned, run_apart

SLOW = 12.0
"""Seconds the comparison takes in the quitting process."""

QUITS_WITHIN = 4.0
"""Seconds from ctrl+q to the process's end (the app's own exit is ~0.1 s; the rest margin)."""

SCRIPT = """
import sys, time
from pathlib import Path
from index.library import Library
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen

compare = Library.compare
def slow(self, first, second):
    time.sleep(%(slow)r)
    return compare(self, first, second)
Library.compare = slow

async def drive(pilot):
    app = pilot.app
    while not app.screen.query("ArticleList") or app.screen.pane.article is None:
        await pilot.pause(0.05)
    await pilot.press("m", "j", "m", "c")
    while not isinstance(app.screen, CompareScreen):
        await pilot.pause(0.05)
    await pilot.pause(0.5)  # the comparison is under way
    print("quit", time.monotonic(), flush=True)
    await pilot.press("ctrl+q")

BroadsheetApp(Path(sys.argv[1]), Path(sys.argv[2])).run(headless=True, auto_pilot=drive)
"""


def test_quitting_does_not_wait_for_a_comparison(built: tuple[Path, Path]) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT % {"slow": SLOW}, *map(str, built)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    said = process.stdout.readline().split()
    assert said and said[0] == "quit", said
    process.wait(timeout=60)
    ended = time.monotonic()
    assert process.returncode == 0
    assert ended - float(said[1]) < QUITS_WITHIN, ended - float(said[1])


@dataclass
class Worker:
    """What `run_apart` asks of the current worker."""

    name: str = "test"
    is_cancelled: bool = False


def _as_worker(worker: Worker, work: object) -> object:
    token = active_worker.set(worker)  # type: ignore[arg-type]
    try:
        return run_apart(work)  # type: ignore[arg-type]
    finally:
        active_worker.reset(token)


@settings(max_examples=40, deadline=None)
@given(value=st.one_of(st.integers(), st.text(), st.none()), fails=st.booleans())
def test_run_apart_gives_what_the_work_gives(value: object, fails: bool) -> None:
    def work() -> object:
        if fails:
            raise KeyError(value)
        return value

    if fails:
        with pytest.raises(KeyError) as raised:
            _as_worker(Worker(), work)
        assert raised.value.args == (value,)
    else:
        assert _as_worker(Worker(), work) == value


def test_run_apart_stops_waiting_once_cancelled() -> None:
    worker, release = Worker(), threading.Event()
    threading.Timer(0.2, lambda: setattr(worker, "is_cancelled", True)).start()
    start = time.monotonic()
    with pytest.raises(Abandoned):
        _as_worker(worker, lambda: release.wait(30))
    assert time.monotonic() - start < 2
    release.set()
