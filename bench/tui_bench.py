"""The reader's figures: first paint, keystroke to list, memory (headless, with Pilot).

Keystroke to list is timed from the key press until the screen refresh that first shows
the new hits (a callback after that refresh records the time). Pilot's own ``press``
returns later, once the app is idle: after the snippets and the preview of the first
hit have loaded too; that figure is reported as well. Beside each wall time, the CPU time
of the whole process (every thread) over the same stretch: on a loaded machine the wall
time is mostly waiting for a core, the CPU time what the reader itself spends.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
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


async def measure(
    corpus: Path,
    index_dir: Path,
    opened: bool = True,
    around_typing: Callable[[], AbstractContextManager[Any]] = nullcontext,
    words: int = len(TYPED),
    engine: Any = None,
) -> dict[str, Any]:
    """Open the reader on an existing index and time what a user waits for.

    Args:
        corpus: The corpus the index is of.
        index_dir: The index.
        opened: Also time opening a long article in the reading pane.
        around_typing: A context the typed keys run in (a profiler, for one).
        words: How many of the words of ``TYPED`` to type.
        engine: The `index.engines.EngineChoice` to read with (default: Whoosh).
    """
    import psutil

    from tui.app import BroadsheetApp

    started = time.perf_counter()
    app = BroadsheetApp(corpus, index_dir, **({"engine": engine} if engine else {}))
    async with app.run_test(size=(120, 40)) as pilot:
        reader: Any = app.screen  # the reader's own screen
        while not reader.articles.hits:
            await pilot.pause(0.005)
        first_paint = time.perf_counter() - started
        await settled(app)
        latencies: list[float] = []
        cpu: list[float] = []
        idle: list[float] = []
        painted: dict[str, tuple[float, float]] = {}
        articles = reader.articles
        show = articles.show

        def timed_show(hits: Any, **options: Any) -> None:
            show(hits, **options)
            query = reader.search_text
            articles.call_after_refresh(lambda: painted.setdefault(query, _clocks()))

        articles.show = timed_show  # type: ignore[method-assign]
        search = reader.search_box
        with around_typing():
            await _type(reader, pilot, search, TYPED[:words], painted, (latencies, cpu), idle)
        opened_figures = await _open_long_article(reader, pilot) if opened else {}
        rss = psutil.Process().memory_info().rss / 2**20
        kinds = _rss_kinds()
    return {
        **opened_figures,
        "first_paint_ms": first_paint * 1000,
        "keystroke_p50_ms": _pct(latencies, 50),
        "keystroke_p95_ms": _pct(latencies, 95),
        "keystroke_idle_p95_ms": _pct(idle, 95),
        "keystroke_ms": latencies,
        "keystroke_cpu_p50_ms": _pct(cpu, 50),
        "keystroke_cpu_p95_ms": _pct(cpu, 95),
        "keystroke_cpu_ms": cpu,
        "rss_mb": rss,
        **kinds,
    }


async def _type(
    reader: Any,
    pilot: Any,
    search: Any,
    typed: tuple[str, ...],
    painted: dict[str, tuple[float, float]],
    timed: tuple[list[float], list[float]],
    idle: list[float],
) -> None:
    """Type each word, timing its last key until its hits are painted (wall, CPU)."""
    for word in typed:
        search.value = ""
        while reader.shown_query != "":
            await pilot.pause(0.005)
        reader.articles.focus()
        await pilot.pause()
        await pilot.press("slash", *word[:-1])
        await settled(reader.app)
        await pilot.pause(0.1)  # a pause before the last key, as a reader makes
        painted.clear()
        t, c = _clocks()
        await pilot.press(word[-1])  # the keystroke that completes the word
        idle.append((time.perf_counter() - t) * 1000)
        while word not in painted:
            await pilot.pause(0.002)
        timed[0].append((painted[word][0] - t) * 1000)
        timed[1].append((painted[word][1] - c) * 1000)


async def settled(app: Any) -> None:
    """Wait for the app's workers; one replaced by a newer one of its group (exclusive)
    raises `WorkerCancelled` while awaited, and the newer one is waited for then."""
    from textual.worker import WorkerCancelled

    for _ in range(6):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


def _clocks() -> tuple[float, float]:
    """Now, by the wall clock and by the process's CPU time (all threads)."""
    return time.perf_counter(), time.process_time()


def _rss_kinds() -> dict[str, float]:
    """Resident memory split into the process's own (anon) and mapped index files (file),
    and its high-water mark (``hwm_mb``: the most it was resident at any moment).

    Whoosh maps its index files; the pages it has read count as resident but belong to
    the page cache (the kernel drops them under pressure).
    """
    kinds: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("RssAnon", "RssFile", "RssShmem"):
                    kinds[f"rss_{name[3:].lower()}_mb"] = int(value.split()[0]) / 1024
                elif name == "VmHWM":
                    kinds["hwm_mb"] = int(value.split()[0]) / 1024
    except OSError:
        pass  # not Linux
    return kinds


async def _open_long_article(reader: Any, pilot: Any, words: int = 5000) -> dict[str, float]:
    """Open a ~5,000-word article (corpus bodies joined) in the reading pane, lit."""
    import dataclasses

    index = reader.library
    bodies: list[str] = []
    count = 0
    for hit in index.search("", limit=500).hits:
        body = index.article(hit.id).body
        bodies.append(body)
        count += len(body.split())
        if count >= words:
            break
    article = dataclasses.replace(index.article(hit.id), body="\n\n".join(bodies))
    highlighter = index.highlighter("oil OR price* OR market")
    pane = reader.pane
    first = full = 0.0
    for _ in range(3):  # the best of three, as the machine is shared
        before = pane.layout_
        t = time.perf_counter()
        pane.show(article, highlighter)
        while pane.layout_ is before:
            await pilot.pause(0.001)
        shown = time.perf_counter() - t
        while not pane.layout_.complete:
            await pilot.pause(0.001)
        done = time.perf_counter() - t
        first = shown if not first else min(first, shown)
        full = done if not full else min(full, done)
    return {
        "open_article_words": count,
        "open_article_first_screen_ms": first * 1000,
        "open_article_complete_ms": full * 1000,
    }


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]
