"""fx149: every quit of the reader spent 0.6-1.5 s (load 7-14) after Python's atexit handlers.

The interpreter's final collections walked every object still alive (the app unfreezes what
it froze as it unmounts): ~0.25 CPU s for nothing, as the process ends. The command now has
Python freeze what is alive at exit (`tui.cli.base.freeze_at_exit`), so those collections
pass over it; what the reader writes is written and closed before, on its quit path.

Oracles: the reader run as the command runs it (`open_reader`, its app headless under a
Pilot autopilot, in a process of its own: the exit is the process's), quit with ctrl+q right
after pins and moves, exits 0 with the notebook holding exactly the articles the reader had
pinned, and the state file the article and query it showed; at the last exit handler (run
after the reader's), what is alive is frozen, and only a few objects are not; however often
the reader opens in one process, the freeze is registered once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook.notebook import Notebook
from tui.reader_state import load_state, state_path

SCRIPT = """
import atexit, gc, json, sys
from pathlib import Path

CORPUS, INDEX = map(Path, sys.argv[1:3])  # before `tui.cli` reads a corpus in sys.argv


def last() -> None:  # registered before the reader's: runs after every other exit handler
    print("exit", gc.get_freeze_count(), len(gc.get_objects()), flush=True)


atexit.register(last)

from tui.app import BroadsheetApp
from tui.cli.base import Target
from tui.cli.reader_run import open_reader

MOVES = %(moves)r


async def drive(pilot):
    app = pilot.app
    while not app.screen.query("ArticleList") or app.screen.pane.article is None:
        await pilot.pause(0.05)
    pinned = []
    for move in MOVES:
        before = app.screen.pane.article.id
        await pilot.press(*"j" * move)
        while move and app.screen.pane.article.id == before:
            await pilot.pause(0.05)
        pinned.append(app.screen.pane.article.id)
        await pilot.press("p")  # its notebook write under way as ctrl+q comes
    shown = app.screen.session_now()
    print("shown", json.dumps([pinned, shown.article, shown.query]), flush=True)
    await pilot.press("ctrl+q")


real_run = BroadsheetApp.run
BroadsheetApp.run = lambda self: real_run(self, headless=True, auto_pilot=drive)
open_reader(Target(CORPUS, INDEX, False), restore=True)
print("returned", flush=True)
"""

MOVES = (0, 2, 1)
"""Rows moved down before each pin (three articles of the test corpus, the first included)."""


def test_the_quit_writes_everything_and_freezes_at_exit(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT % {"moves": MOVES}, str(corpus), str(index_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    said = dict(line.partition(" ")[::2] for line in done.stdout.splitlines())
    assert list(said) == ["shown", "returned", "exit"], done.stdout  # the reader, then exit
    pinned, article, query = json.loads(said["shown"])
    assert len(set(pinned)) == len(MOVES)  # three articles, each pinned once

    with Notebook.open(index_dir) as notebook:
        assert {entry.article.id for entry in notebook.notes(pinned=True)} == set(pinned)
    state = load_state(state_path(index_dir))
    assert state is not None
    assert (state.article, state.query) == (article, query) == (pinned[-1], "")

    frozen, unfrozen = map(int, said["exit"].split())
    assert frozen > 10_000  # the reader's modules, app and tables (~90k)
    assert unfrozen < frozen // 20  # made after the freeze: all the final collections walk


FREEZES = """
import atexit, gc, sys

freezes = []
gc.freeze = lambda: freezes.append(1)  # looked up by `freeze_at_exit` as it registers
atexit.register(lambda: print("freezes", len(freezes)))  # runs after the freeze

from tui.cli.base import freeze_at_exit

for _ in range(int(sys.argv[1])):  # the reader opened again and again in one process
    freeze_at_exit()
"""


@settings(max_examples=3, deadline=None)
@given(times=st.integers(min_value=1, max_value=5))
def test_the_freeze_runs_once_however_often_the_reader_opened(times: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run(
        [sys.executable, "-c", FREEZES, str(times)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["freezes", "1"]
