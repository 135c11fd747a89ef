"""`python -m bench.compare_view`: the reader's comparison of 8 articles, as a user waits for it.

The benchmark's 8 articles of 1,500 words (``bench.compare_eval.speed_documents``: the
longest same-event group of ``newsarticles.jsonl``, joined and cut to length) are written
as a corpus and indexed; the reader (headless, 160x48) marks all 8 and presses ``c``.
Timed from the key press: the comparison screen shown, the comparison computed (its side
column filled), the heat map laid out. A 10 ms timer on the UI thread records the longest
gap between its ticks meanwhile: how long the UI was ever unresponsive. Rounds after the
first clear the comparison's caches, so each computes from cold (the first also imports
the comparison's modules, as a user's first ``c`` does).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.compare_eval import CORPORA, SPEED_ARTICLES, load_stories, speed_documents
from index.analysis.multicompare import Document, _compare_cached
from index.text.sentences import _split_line


def write_corpus(docs: Sequence[Document], folder: Path) -> Path:
    """The documents as Markdown files with front matter (one outlet each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k, doc in enumerate(docs):
        text = (
            f"---\ntitle: Speed article {k + 1}\nsource: Outlet {k + 1}\ndate: 2024-01-0{k + 1}\n"
            f"---\n{doc.body}\n"
        )
        (folder / f"speed-{k}.md").write_text(text, encoding="utf-8")
    return folder


async def one_round(corpus: Path, index_dir: Path) -> dict[str, float]:
    """Open the reader, mark every article, press c, time what follows (seconds)."""
    from tui.app import BroadsheetApp
    from tui.screens.multicompare import MultiCompareScreen
    from tui.widgets.heat_map import HeatMap

    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        reader: Any = app.screen
        while len(reader.articles.hits) < SPEED_ARTICLES:
            await pilot.pause(0.01)
        await app.workers.wait_for_complete()
        for _ in range(SPEED_ARTICLES):
            await pilot.press("space", "j")
        _compare_cached.cache_clear()
        _split_line.cache_clear()
        gaps: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

        timer = app.set_interval(0.01, tick)
        started, cpu = time.perf_counter(), time.process_time()
        app.simulate_key("c")  # Pilot's press would wait until the CPU is idle again
        while not isinstance(app.screen, MultiCompareScreen):
            await pilot.pause(0.001)
        shown = time.perf_counter() - started
        screen = app.screen
        while screen.comparison is None:
            await pilot.pause(0.001)
        computed = time.perf_counter() - started
        heat = screen.query_one(HeatMap)
        while heat.current is None:
            await pilot.pause(0.001)
        laid_out = time.perf_counter() - started
        cpu = time.process_time() - cpu
        timer.stop()
        return {
            "shown": shown,
            "computed": computed,
            "laid_out": laid_out,
            "cpu": cpu,
            "stall": max(gaps, default=0.0),
        }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of a few rounds (median, and the worst)."""
    parser = argparse.ArgumentParser(prog="python -m bench.compare_view")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}")
        return 1
    from index.store.build import rebuild

    stories = [s for s in load_stories() if s.corpus == "newsarticles.jsonl"]
    longest = max(stories, key=lambda s: len(s.articles))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(speed_documents(longest), Path(tmp) / "corpus")
        rebuild(corpus, Path(tmp) / "index")
        rounds = [asyncio.run(one_round(corpus, Path(tmp) / "index")) for _ in range(args.rounds)]
    print(
        f"== the reader comparing {SPEED_ARTICLES} articles of 1,500 words ({longest.name}), "
        f"{args.rounds} rounds, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for key, label in (
        ("shown", "c to the comparison screen shown"),
        ("computed", "c to the comparison computed (side column filled)"),
        ("laid_out", "c to the heat map laid out"),
        ("cpu", "CPU time of the process meanwhile (worker and UI)"),
        ("stall", "longest the UI went without a 10 ms tick meanwhile"),
    ):
        values = [r[key] * 1000 for r in rounds]
        print(f"   {label}: median {statistics.median(values):.0f} ms (max {max(values):.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
