"""The reader's stories list at speed: the list switched to stories (``S``), then words typed.

Timed as keystroke to list (`bench.tui_bench`): from the key that completes a word until
the screen refresh after the story list shows that word's stories. Switching the list to
stories the first time (the story model is loaded then) is reported on its own. The CPU
time of the process (every thread) over the same stretch is reported beside the wall time.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.tui_bench import TYPED, _clocks, _pct, _rss_kinds, settled

TIMEOUT = 300.0
"""Seconds to wait for a list before the measurement fails."""


async def _until(pilot: Any, done: Any) -> None:
    deadline = time.perf_counter() + TIMEOUT
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the story list was not shown")
        await pilot.pause(0.002)


async def measure_stories(
    corpus: Path, index_dir: Path, words: int = len(TYPED), engine: Any = None
) -> dict[str, Any]:
    """Open the reader headless, switch to stories and time each typed word's list."""
    from tui.app import BroadsheetApp

    app = BroadsheetApp(corpus, index_dir, **({"engine": engine} if engine else {}))
    async with app.run_test(size=(120, 40)) as pilot:
        reader: Any = app.screen
        while not reader.articles.hits:
            await pilot.pause(0.005)
        await settled(app)
        stories = reader.story_list
        painted: dict[str, tuple[float, float]] = {}
        show = stories.show

        def timed_show(found: Any, *args: Any, **options: Any) -> None:
            show(found, *args, **options)
            query = reader.search_box.value
            stories.call_after_refresh(lambda: painted.setdefault(query, _clocks()))

        stories.show = timed_show
        await _until(pilot, lambda: reader.library is not None)  # the kept page came first
        reader.articles.focus()
        await pilot.pause()
        t, c = _clocks()
        await pilot.press("S")
        await _until(pilot, lambda: "" in painted)
        first = (painted[""][0] - t) * 1000
        first_cpu = (painted[""][1] - c) * 1000
        latencies: list[float] = []
        cpu: list[float] = []
        for word in TYPED[:words]:
            reader.search_box.value = ""
            await settled(app)
            stories.focus()
            await pilot.pause()
            await pilot.press("slash", *word[:-1])
            await settled(app)
            await pilot.pause(0.1)
            painted.clear()
            t, c = _clocks()
            await pilot.press(word[-1])
            await _until(pilot, lambda: word in painted)  # noqa: B023 (awaited here)
            latencies.append((painted[word][0] - t) * 1000)
            cpu.append((painted[word][1] - c) * 1000)
        listed = len(stories.stories)
        import psutil

        rss = psutil.Process().memory_info().rss / 2**20
        kinds = _rss_kinds()
    return {
        "stories_rss_mb": rss,  # the whole process's, the Pilot harness's included
        **{f"stories_{name}": value for name, value in kinds.items()},
        "stories_first_ms": first,
        "stories_p50_ms": _pct(latencies, 50),
        "stories_p95_ms": _pct(latencies, 95),
        "stories_ms": latencies,
        "stories_first_cpu_ms": first_cpu,
        "stories_cpu_p50_ms": _pct(cpu, 50),
        "stories_cpu_p95_ms": _pct(cpu, 95),
        "stories_cpu_ms": cpu,
        "stories_listed_last": listed,
    }
