"""What keeping quotes adds to a rebuild: the same rebuild with and without them, same run.

``python -m bench.quotes_rebuild [--corpus C] [--rounds N] [--procs P] [--code DIR]`` rebuilds
the corpus into a scratch folder ``N`` times each way, alternating (without, with, without,
...), each in a fresh interpreter so that neither inherits the other's warm caches of our
modules, and prints the medians, their ratio, and the ratio of the best runs. "Without" is
``broadsheet index rebuild --no-quotes`` (the stories still built); ``--plain`` makes it
the rebuild without any derived data (stories and quotes both left out, what this bench
measured before 2026-12-02). ``--code DIR`` runs another checkout's code (e.g. ``git
archive main | tar -x -C DIR``), to compare commits with the same bench.

It also prints the CPU seconds of each part of the rebuild, with and without quotes: the
main process, the children forked to build a kind aside (the quotes' grouping) and the
index workers (where the quotes are extracted, `index.store.segment_worker`). With
``--procs 1`` (or a corpus too small for workers) everything runs in the main process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import DEFAULT_CORPUS, ROOT

_ONE = """
import resource, sys, time
from pathlib import Path
import index.store.build as build
from index.library import DERIVED
corpus, folder, procs, quotes = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
kinds = {"1": DERIVED, "0": tuple(d for d in DERIVED if d.name != "quotes"), "plain": ()}
def cpu(who):
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime
aside = [0.0]
derive_all = build.derive_all
def timed(*args, **kwargs):  # the children forked to build a kind aside end in here
    before = cpu(resource.RUSAGE_CHILDREN)
    try:
        return derive_all(*args, **kwargs)
    finally:
        aside[0] += cpu(resource.RUSAGE_CHILDREN) - before
build.derive_all = timed
started = time.perf_counter()
build.rebuild(corpus, folder, procs=procs, derived=kinds[quotes])
wall = time.perf_counter() - started
own, kids = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
print(wall, own + kids, own, aside[0], kids - aside[0])
"""


Parts = tuple[float, float, float]
"""CPU seconds of one rebuild's processes: the main one, the children forked to build a
derived kind aside (`index.store.aside`: the quotes' grouping), and the index workers
(their cleaning, indexing and, with quotes, extraction)."""


def one_rebuild(
    corpus: Path, procs: int, with_quotes: bool, plain: bool = False, code: Path = ROOT
) -> tuple[float, float, Parts]:
    """Wall and CPU seconds (workers included) of one rebuild into a fresh folder, in a
    fresh interpreter (CPU seconds say more than wall time on a loaded machine), with the
    code in ``code``, and the CPU seconds by process (`Parts`); without quotes, the
    stories are built unless ``plain``."""
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as scratch:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _ONE,
                str(corpus),
                scratch,
                str(procs),
                "1" if with_quotes else "plain" if plain else "0",
            ],
            cwd=code,
            check=True,
            capture_output=True,
            text=True,
        )
    wall, cpu, main, aside, workers = map(float, done.stdout.strip().splitlines()[-1].split())
    return wall, cpu, (main, aside, workers)


def main(argv: list[str] | None = None) -> None:
    """Measure and print; ``--json`` prints the raw seconds too (``runs``: wall and CPU of
    each rebuild; ``parts``: its `Parts`)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--plain", action="store_true", help="without stories too")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    runs: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
    parts: dict[str, list[Parts]] = {"without": [], "with": []}
    for _ in range(args.rounds):
        code = args.code.resolve()
        for way in ("without", "with"):
            wall, cpu, split = one_rebuild(args.corpus, args.procs, way == "with", args.plain, code)
            runs[way].append((wall, cpu))
            parts[way].append(split)
    print(
        f"corpus {args.corpus.name}, procs {args.procs}, {args.rounds} rounds each way, "
        f"without = {'no derived data' if args.plain else 'stories only'}, code {args.code}"
    )
    for column, what in ((0, "wall"), (1, "CPU")):
        base = [run[column] for run in runs["without"]]
        quotes = [run[column] for run in runs["with"]]
        ratio = statistics.median(quotes) / statistics.median(base) - 1
        print(
            f"{what:>4}: without quotes median {statistics.median(base):.1f} s "
            f"(min {min(base):.1f}), with {statistics.median(quotes):.1f} s "
            f"(min {min(quotes):.1f}): {ratio:+.0%} "
            f"({min(quotes) / min(base) - 1:+.0%} of the best); target under +20%"
        )
    for at, who in enumerate(("main process", "forked aside", "index workers")):
        base = statistics.median(split[at] for split in parts["without"])
        quotes = statistics.median(split[at] for split in parts["with"])
        print(f"  CPU, {who}: without {base:.1f} s, with {quotes:.1f} s ({quotes - base:+.1f} s)")
    if args.json:
        print(json.dumps({**runs, "parts": parts}))


if __name__ == "__main__":
    main()
