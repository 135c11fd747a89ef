"""The reader's figures: first paint, keystroke to list, memory (headless, with Pilot)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

TYPED = (
    "oil",
    "wheat",
    "coffee",
    "dollar",
    "bank",
    "tariff",
    "strike",
    "merger",
    "yen",
    "gold",
    "sugar",
    "grain",
    "crude",
    "opec",
    "rates",
    "debt",
    "loan",
    "profit",
    "shares",
    "export",
    "japan",
    "brazil",
    "cocoa",
    "rubber",
    "tin",
    "copper",
    "steel",
    "cotton",
    "soybean",
    "iran",
)


async def measure(corpus: Path, index_dir: Path) -> dict[str, Any]:
    """Open the reader on an existing index and time what a user waits for."""
    import psutil

    from tui.reader import BroadsheetApp

    started = time.perf_counter()
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.articles.hits:
            await pilot.pause(0.005)
        first_paint = time.perf_counter() - started
        await app.workers.wait_for_complete()
        latencies = []
        search = app._main.query_one("#search")
        for word in TYPED:
            search.value = ""  # type: ignore[attr-defined]
            while app.shown_query != "":
                await pilot.pause(0.005)
            app.articles.focus()
            await pilot.pause()
            await pilot.press("slash", *word[:-1])
            await app.workers.wait_for_complete()
            t = time.perf_counter()
            await pilot.press(word[-1])  # the keystroke that completes the word
            while app.shown_query != word:
                await pilot.pause(0.002)
            latencies.append((time.perf_counter() - t) * 1000)
        rss = psutil.Process().memory_info().rss / 2**20
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    return {
        "first_paint_ms": first_paint * 1000,
        "keystroke_p50_ms": latencies[len(latencies) // 2],
        "keystroke_p95_ms": p95,
        "keystroke_ms": latencies,
        "rss_mb": rss,
    }
