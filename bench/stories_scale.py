"""Story speed at scale (`python -m bench.stories_eval --scale N`): build, load, update, related."""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from index.analysis.stories import StoryArticle, StoryModel
from index.ingest import iter_articles
from index.models import Article

SETS = (
    # (corpus file, days between replicas): Reuters copies each get their own stretch of
    # time (a wire's years); newsarticles copies overlap (nine outlets, ~400 articles a day)
    ("reuters21578.jsonl", 400),
    ("newsarticles.jsonl", 11),
)

_READER = """
import json, sys, time
started = time.perf_counter()
import index.analysis.stories
imported = time.perf_counter() - started
from index.analysis.stories import StoryModel
model = StoryModel.load(__import__("pathlib").Path(sys.argv[1]))
opened = time.perf_counter() - started
story = model.story_of(sys.argv[2])
first = time.perf_counter() - started
related = model.related(sys.argv[2], 10)
after_related = time.perf_counter() - started
listed = len(model.stories(2))
after_list = time.perf_counter() - started
import psutil
print(json.dumps({"import": imported, "open": opened, "story_of": first, "related": after_related,
                  "stories": after_list, "rss_mb": psutil.Process().memory_info().rss / 2**20,
                  "listed": listed}))
"""


def replicate(path: Path, size: int, gap_days: int) -> list[StoryArticle]:
    """``size`` articles: the corpus over and over, new ids, each copy ``gap_days`` later."""
    base = [a for a in iter_articles(path) if isinstance(a, Article)]
    out: list[StoryArticle] = []
    copy = 0
    while len(out) < size:
        shift = timedelta(days=gap_days * copy)
        for a in base:
            if len(out) == size:
                break
            date = a.date + shift if a.date else None
            out.append(StoryArticle(f"{a.id}~{copy}", a.title, a.body, a.source, date))
        copy += 1
    return out


def measure(corpora: Path, name: str, gap: int, size: int) -> dict[str, float]:
    """Every figure for one corpus replicated to ``size`` articles."""
    import psutil

    articles = replicate(corpora / name, size + 100, gap)
    rng = random.Random(1)
    rng.shuffle(articles)
    extra, articles = articles[:100], articles[100:]
    figures: dict[str, float] = {"articles": float(len(articles))}
    before = psutil.Process().memory_info().rss
    started, cpu = time.perf_counter(), time.process_time()
    model = StoryModel.build(articles)
    figures["build_s"] = time.perf_counter() - started
    figures["build_cpu_s"] = time.process_time() - cpu
    figures["build_rss_growth_mb"] = (psutil.Process().memory_info().rss - before) / 2**20
    figures["stories_2plus"] = float(len(model.stories(2)))
    folder = Path(tempfile.mkdtemp(prefix="stories-bench-"))
    try:
        started = time.perf_counter()
        model.save(folder / "a")
        figures["save_s"] = time.perf_counter() - started
        figures["disk_mb"] = sum(f.stat().st_size for f in (folder / "a").iterdir()) / 2**20
        probe = articles[len(articles) // 2].id
        reader = subprocess.run(
            [sys.executable, "-c", _READER, str(folder / "a"), probe],
            capture_output=True,
            text=True,
            check=True,
        )
        for key, value in json.loads(reader.stdout).items():
            figures[f"reader_{key}"] = float(value)
        started, cpu = time.perf_counter(), time.process_time()
        loaded = StoryModel.load(folder / "a")
        updated = loaded.update(extra)
        figures["update_100_s"] = time.perf_counter() - started
        figures["update_100_cpu_s"] = time.process_time() - cpu
        started = time.perf_counter()
        updated.save(folder / "b")
        figures["update_save_s"] = time.perf_counter() - started
        kept = sum(1 for a in articles[:2000] if loaded.story_of(a.id) == updated.story_of(a.id))
        figures["update_ids_kept_of_2000"] = float(kept)
        reopened = StoryModel.load(folder / "b")
        ids = [a.id for a in rng.sample(articles, 200)]
        reopened.related(ids[0])
        times = []
        for article_id in ids:
            started = time.perf_counter()
            reopened.related(article_id, 10)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        figures["related_p50_ms"] = statistics.median(times)
        figures["related_p95_ms"] = times[int(len(times) * 0.95) - 1]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def main(corpora: Path, size: int) -> int:
    """Print the figures of each corpus set at ``size`` articles."""
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    for name, gap in SETS:
        if not (corpora / name).exists():
            print(f"skipped {name}: not in {corpora}")
            continue
        figures = measure(corpora, name, gap, size)
        print(f"{name} x{size:,} (replicas {gap} days apart)")
        for key, value in figures.items():
            print(f"  {key:<28}{value:>12.3f}")
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return 0
