"""`python -m bench.stories_update_undated`: an update of 100 articles when many are undated.

Issue 16's update target (the stories' part under 2 CPU s) with a share of the articles
undated: newsarticles replicated to ``--size`` articles (`bench.stories_scale.replicate`,
11 days apart), shuffled with Random(1), a share ``--undated`` of all of them (drawn with
Random(2)) made undated, the first 100 held back. The model of the others is built and saved
once under ``--folder`` (reused by later runs of the same size and share); each run loads it
and times `StoryModel.update` of the 100 (CPU and wall, loading excluded). ``--profile N``
prints cProfile's N costliest functions by cumulative time; ``--dump FILE`` writes every
story of the updated model (id, title, article ids) as JSON lines, for comparing two
versions of the code (``--compare A B``). ``--distinct`` (st77): distinct texts instead of
replicas, the three corpora's articles and reworded copies (`bench.stories_distinct`): the
replicas' 100,000 rows are 3,779 texts, which flatters work shared by equal rows.
``--stats FILE`` saves the profile for `pstats`.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from bench.stories_distinct import distinct_articles
from bench.stories_scale import replicate
from index.analysis.stories import StoryArticle, StoryModel

GAP_DAYS = 11  # newsarticles' replicas overlap, as in `bench.stories_scale`
HELD = 100


def articles(
    corpora: Path, size: int, undated: float, distinct: bool = False
) -> tuple[list[StoryArticle], list[StoryArticle]]:
    """``(model's articles, the 100 held back)``: replicas (``distinct``: the three
    corpora's texts and reworded copies), ``undated`` of them undated."""
    if distinct:
        every = distinct_articles(corpora, size + HELD)
    else:
        every = replicate(corpora / "newsarticles.jsonl", size + HELD, GAP_DAYS)
    random.Random(1).shuffle(every)
    drop = random.Random(2)
    every = [replace(a, date=None) if drop.random() < undated else a for a in every]
    return every[HELD:], every[:HELD]


def model_at(folder: Path, built: list[StoryArticle]) -> StoryModel:
    """The saved model of ``built`` under ``folder`` (built and saved the first time)."""
    if not (folder / "stories.json").exists():
        started, cpu = time.perf_counter(), time.process_time()
        StoryModel.build(built).save(folder)
        print(
            f"built {len(built):,} ({sum(a.date is None for a in built):,} undated) in "
            f"{time.perf_counter() - started:.1f} s, {time.process_time() - cpu:.1f} CPU s"
        )
    return StoryModel.load(folder)


def dump(model: StoryModel, path: Path) -> None:
    """Every story of ``model``: one JSON line each, sorted."""
    rows = sorted((s.id, s.title, list(s.article_ids)) for s in model.stories())
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def compare(first: Path, second: Path) -> int:
    """How many stories differ between two dumps (0: the same output)."""
    a = set(first.read_text().splitlines())
    b = set(second.read_text().splitlines())
    print(
        f"{len(a):,} and {len(b):,} stories; {len(a - b)} only in the first, "
        f"{len(b - a)} only in the second"
    )
    return 0 if a == b else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--undated", type=float, default=0.1, help="share of articles undated")
    parser.add_argument(
        "--distinct",
        action="store_true",
        help="distinct texts: the three corpora and reworded copies (bench.stories_distinct)",
    )
    parser.add_argument("--folder", type=Path, help="where the built model is kept")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--stats", type=Path, help="with --profile: save cProfile's stats here")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    corpora = Path(os.environ.get("BROADSHEET_CORPORA", "../shared/corpora"))
    if not (corpora / "newsarticles.jsonl").exists():
        print(f"no newsarticles.jsonl in {corpora}", file=sys.stderr)
        return 2
    kind = "distinct-" if args.distinct else ""
    folder = args.folder or Path(f"/tmp/stories-update-undated-{kind}{args.size}-{args.undated}")
    built, extra = articles(corpora, args.size, args.undated, args.distinct)
    model = model_at(folder, built)
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    undated_new = sum(a.date is None for a in extra)
    for _ in range(args.runs):
        loaded = StoryModel.load(folder)
        profile = cProfile.Profile(time.process_time) if args.profile else None
        started, cpu = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        updated = loaded.update(extra)
        if profile:
            profile.disable()
        wall, used = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"update of {HELD} ({undated_new} undated) at {len(built):,}: {used:.2f} CPU s, "
            f"{wall:.2f} s wall, {len(updated.stories()):,} stories"
        )
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
            if args.stats:
                profile.dump_stats(args.stats)
    del model
    if args.dump:
        dump(updated, args.dump)
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
