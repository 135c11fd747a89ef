"""`G` in a long story list: what the UI thread spends until the cursor is on the last story.

A constructed list (no corpus: `Story` records made here, headlines of 3 to 14 words, up to
9 outlets and 30 days, so rows vary as a library's do) is shown in a `StoryList` of an app
at 120x40 (sized as the reader's: 45% wide, the height there is), headless (Pilot); `G` is
pressed and the app waited on until the cursor is on the last story. Measured over that
stretch, on the UI thread (the event loop's, which is Pilot's too): its CPU seconds
(``time.thread_time``, ``ui_cpu``); its longest slice, the most CPU it spent between two
turns of a 1 ms ticker on the loop (``slice_cpu``: the longest the screen could not answer,
had the machine been idle); and the longest the loop went without a turn by the wall clock
(``longest``: what a user felt on this loaded machine). The rows' worker runs on its own
thread and counts in none of these (its garbage collections may fall on either thread);
``cpu`` is the whole process's, every thread, and ``wall`` the wait for the last story.
With ``--resize`` the same figures are of what follows `G`: the terminal made 100x30 (the
list narrower), from the resize until the rows in view are drawn at the new width.

Each size runs ``--runs`` times, every run in a fresh interpreter, alternating the trees
given (``--tree``: a checkout's root put first on the path, the base first; one of main:
``git archive main | tar -x -C /tmp/base``), and the median
of each is printed with min-max. Run: ``.venv/bin/python -m bench.story_list_end --tree
/tmp/base --tree . --counts 5000 40000``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.pilot import Pilot

WORDS = [
    "river",
    "court",
    "vote",
    "storm",
    "bank",
    "strike",
    "talks",
    "border",
    "trade",
    "fire",
    "school",
    "port",
]


def stories(count: int) -> list[Any]:
    """``count`` made-up stories, rows of varied widths."""
    from index.models import Story

    made = []
    for k in range(count):
        words = [WORDS[(k * 7 + j * 3) % len(WORDS)] for j in range(3 + k % 12)]
        days = 1 + k % 30
        made.append(
            Story(
                id=f"s{k:012x}",
                title=f"{' '.join(words).capitalize()} {k}",
                article_ids=tuple(f"a{k}-{j}" for j in range(2 + k % 7)),
                sources=tuple(f"Outlet {j}" for j in range(1 + k % 9)),
                first=f"a{k}-0",
                start=datetime(2021, 1, 1) + timedelta(days=k % 300),
                end=datetime(2021, 1, 1) + timedelta(days=k % 300 + days - 1),
                per_day=tuple(1 + (k + j) % 4 for j in range(days)),
            )
        )
    return made


async def measure(count: int, resize: bool = False) -> dict[str, float]:
    """One run: the UI thread's CPU ms and longest slice (ms) from `G` to the last story, or
    (``resize``) from a resize after it until the rows in view are drawn at the new width."""
    from textual.app import App, ComposeResult

    from tui.widgets.story_list import StoryList

    class Lists(App[None]):
        CSS = "#stories { width: 45%; height: 1fr; border: round $panel; }"  # the reader's

        def compose(self) -> ComposeResult:
            yield StoryList(id="stories")

    listed = stories(count)
    app = Lists()
    async with app.run_test(size=(120, 40)) as pilot:
        stories_list = app.query_one(StoryList)
        stories_list.show(listed)
        stories_list.focus()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures = await timed(pilot, pilot.press("G"), lambda: stories_list.current is listed[-1])
        assert stories_list.highlighted == count - 1
        if resize:  # then the terminal made narrower: the rows are made for the new width
            width = stories_list.row_width

            def drawn() -> bool:
                if stories_list.row_width == width:
                    return False
                app.export_screenshot()  # the rows in view drawn at it, in either tree
                return True

            figures = await timed(pilot, pilot.resize_terminal(100, 30), drawn)
            assert stories_list.highlighted == count - 1
    return figures


async def timed(
    pilot: Pilot[None], action: Awaitable[None], done: Callable[[], bool]
) -> dict[str, float]:
    """The UI thread's CPU ms and longest slice (ms) from ``action`` until ``done()``."""
    longest = longest_cpu = 0.0
    ticking = True

    async def ticker() -> None:
        nonlocal longest, longest_cpu
        last, last_cpu = time.perf_counter(), time.thread_time()
        while ticking:
            await asyncio.sleep(0.001)
            now, now_cpu = time.perf_counter(), time.thread_time()
            longest = max(longest, now - last - 0.001)
            longest_cpu = max(longest_cpu, now_cpu - last_cpu)
            last, last_cpu = now, now_cpu

    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    longest = longest_cpu = 0.0
    wall, cpu, every = time.perf_counter(), time.thread_time(), time.process_time()
    await action
    while not done():
        await asyncio.sleep(0.001)
    cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
    every = time.process_time() - every
    await pilot.pause()  # the repaint that shows it
    ticking = False
    await ticks
    return {
        "ui_cpu_ms": cpu * 1000,
        "slice_cpu_ms": longest_cpu * 1000,
        "longest_ms": longest * 1000,
        "wall_ms": wall * 1000,
        "cpu_ms": every * 1000,
    }


def _run(tree: Path, count: int, resize: bool) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(count), *(["--resize"] if resize else [])],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", action="append", type=Path, default=[])
    parser.add_argument("--counts", nargs="+", type=int, default=[5000, 40000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--resize", action="store_true", help="measure a resize (120x40 to 100x30) after G"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(asyncio.run(measure(args.one, args.resize))))
        return 0
    trees = args.tree or [Path.cwd()]
    for count in args.counts:
        figures: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
        for _ in range(args.runs):
            for tree in trees:
                figures[tree].append(_run(tree, count, args.resize))
        for tree in trees:
            line = [f"{count:>6,} stories  {tree!s:<20}"]
            for key in ("ui_cpu_ms", "slice_cpu_ms", "longest_ms", "wall_ms", "cpu_ms"):
                values = [f[key] for f in figures[tree]]
                line.append(
                    f"{key} {statistics.median(values):7.1f} ({min(values):.0f}-{max(values):.0f})"
                )
            print("  ".join(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
