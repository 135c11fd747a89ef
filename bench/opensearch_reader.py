"""`python -m bench.opensearch_reader`: the reader's keystroke-to-list on OpenSearch.

Needs a node (`make opensearch`, or ``--url``). Replicates the corpus with new ids to
``--articles`` articles, loads them into an index of their own on the node (no stories
or quotes: only the list is timed), opens the reader on it headless (Pilot) and types
the words of `bench.tui_bench.TYPED`, timing each last key until its hits are painted
(`bench.tui_bench.measure`), times the 50 queries of `bench.opensearch_bench` on the
same index, then drops the index. Figures go to
``bench/results/opensearch_reader.json`` (not committed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_CORPUS, QUERIES, ROOT, pct
from bench.opensearch_bench import replicate
from bench.tui_bench import TYPED, measure


def run(corpus: Path, url: str | None, size: int, words: int) -> dict[str, Any]:
    """Load ``size`` articles on the node, time the reader typing ``words`` words."""
    from index.library import EngineChoice

    work = Path(tempfile.mkdtemp(prefix="bench-opensearch-reader-"))
    source = replicate(corpus, size, work / "scaled")
    choice = EngineChoice.named("opensearch", url)
    index_dir = work / f"bs-bench-reader-{os.getpid()}"
    engine: Any = choice.make(index_dir)
    try:
        t = time.perf_counter()
        report = engine.rebuild(source)
        figures: dict[str, Any] = {"articles": report.indexed}
        figures["load_s"] = time.perf_counter() - t
        figures.update(asyncio.run(measure(source, index_dir, False, words=words, engine=choice)))
        figures["search_ms"] = _searches(engine.index)
    finally:
        engine.index.drop()
    return figures


def _searches(index: Any) -> list[float]:
    """Milliseconds of each of the 50 queries of `bench.__main__` (``limit=20``, no exact
    count), second pass, as `bench.opensearch_bench` times them."""
    times: list[float] = []
    for _ in range(2):  # the first pass warms the node
        times.clear()
        for text in QUERIES:
            t = time.perf_counter()
            index.search(text, limit=20, count=False)
            times.append((time.perf_counter() - t) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--url", help="the cluster (default: BROADSHEET_OPENSEARCH_URL or :9200)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles on the node")
    parser.add_argument("--words", type=int, default=len(TYPED), help="words typed")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "opensearch_reader.json"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    figures = run(args.corpus, args.url, args.articles, args.words)
    figures["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(
        f"{figures['articles']:,} articles on OpenSearch, loaded in {figures['load_s']:.1f} s; "
        f"first paint {figures['first_paint_ms']:.0f} ms; keystroke to list "
        f"p50 {figures['keystroke_p50_ms']:.0f} ms, p95 {figures['keystroke_p95_ms']:.0f} ms "
        f"({len(figures['keystroke_ms'])} words); search p50 {pct(figures['search_ms'], 50):.1f} "
        f"ms, p95 {pct(figures['search_ms'], 95):.1f} ms (50 queries, limit 20)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
