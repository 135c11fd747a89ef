"""`python -m bench.stories_build_distinct`: the story build at scale on distinct texts.

Issue 16's build target (grouping 100,000 articles adds under 60 s to a rebuild), measured on
the articles `bench.stories_update_undated --distinct` builds its model from: the three
corpora and reworded copies (`bench.stories_distinct`), shuffled with Random(1), a share
``--undated`` made undated, the first 100 held back. `bench.stories_eval --scale` builds on
replicas, whose 100,000 rows are 3,779 texts: work shared by equal rows pays once there.

Times `StoryModel.build` (CPU and wall; making the articles excluded). ``--profile N`` prints
cProfile's N costliest functions by cumulative and by own time (``--stats FILE`` keeps the
profile); ``--save DIR`` saves the built model; ``--compare A B`` says whether two saved
models are byte for byte the same (stories, ids, every array), for checking that a faster
build gives the same output.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

from bench.stories_update_undated import articles
from index.analysis.stories import StoryModel


def compare(first: Path, second: Path) -> int:
    """0 when the two saved models hold the same files with the same bytes."""
    names = sorted({p.name for p in first.iterdir()} | {p.name for p in second.iterdir()})
    differ = [
        n
        for n in names
        if not (first / n).exists()
        or not (second / n).exists()
        or (first / n).read_bytes() != (second / n).read_bytes()
    ]
    print(f"{len(names)} files; differ: {', '.join(differ) or 'none'}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--undated", type=float, default=0.1, help="share of articles undated")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--stats", type=Path, help="with --profile: save cProfile's stats here")
    parser.add_argument("--save", type=Path, help="save the built model in this folder")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    corpora = Path(os.environ.get("BROADSHEET_CORPORA", "../shared/corpora"))
    if not (corpora / "newsarticles.jsonl").exists():
        print(f"no newsarticles.jsonl in {corpora}", file=sys.stderr)
        return 2
    built, _ = articles(corpora, args.size, args.undated, distinct=True)
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    profile = cProfile.Profile(time.process_time) if args.profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    model = StoryModel.build(built)
    if profile:
        profile.disable()
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    undated = sum(a.date is None for a in built)
    print(
        f"build of {len(built):,} distinct ({undated:,} undated): {used:.1f} CPU s, "
        f"{wall:.1f} s wall, {len(model.stories()):,} stories"
    )
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    if profile:
        for key in ("cumulative", "tottime"):
            pstats.Stats(profile).sort_stats(key).print_stats(args.profile)
        if args.stats:
            profile.dump_stats(args.stats)
    if args.save:
        model.save(args.save)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
