"""What keeping quotes adds to a rebuild: the same rebuild with and without them, same run.

``python -m bench.quotes_rebuild [--corpus C] [--rounds N] [--procs P] [--compare WHAT ...]
[--code DIR]`` rebuilds the corpus into a scratch folder ``N`` times each way, alternating,
each in a fresh interpreter so that neither inherits the other's warm caches of our modules,
and prints the medians, their ratio, and the ratio of the best runs, for each comparison
asked (`COMPARISONS`; by default both of the quotes alone):

- ``stories``: quotes alone, the other kinds (stories, copies, leans) built both ways: "without" is
  ``broadsheet index rebuild --no-quotes``, "with" the rebuild with every kind;
- ``bare``: quotes alone, no other kind either way: the rebuild without any derived data
  against the one with the quotes only (their grouping then runs in the main process);
- ``plain`` (also ``--plain``): every kind at once, no derived data against all of them (what
  this bench measured before 2026-12-02: quotes plus stories).

``--code DIR`` runs another checkout's code (e.g. ``git archive main | tar -x -C DIR``), to
compare commits with the same bench.

``--command`` times the installed command instead, as a user meets it: ``broadsheet index
rebuild C --index-dir D`` against the same with ``--no-quotes``, each a whole process (its
workers and forked children included in its CPU seconds), cold (``D`` a fresh folder) and
then warm (a second rebuild over ``D``: since 2026-12-05 it reuses the quotes extracted of
every unchanged article, `index.store.reuse`), alternating, ``N`` rounds; it prints every
run with the load average before it, then the medians (`commands`).

It also prints the CPU seconds of each part of the rebuild, with and without quotes: the
main process, the children forked to build a kind aside (the quotes' grouping) and the
index workers (where the quotes are extracted, `index.store.segment_worker`). With
``--procs 1`` (or a corpus too small for workers) everything runs in the main process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import DEFAULT_CORPUS, ROOT

_ONE = """
import resource, sys, time
from pathlib import Path
import index.store.build as build
from index.library import DERIVED
corpus, folder, procs, chosen = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
kinds = {
    "all": DERIVED,
    "others": tuple(d for d in DERIVED if d.name != "quotes"),
    "quotes": tuple(d for d in DERIVED if d.name == "quotes"),
    "none": (),
}[chosen]
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
build.rebuild(corpus, folder, procs=procs, derived=kinds)
wall = time.perf_counter() - started
own, kids = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
print(*sorted(kind.name for kind in folder.glob("gen-*/*") if kind.is_dir()))  # what was built
print(wall, own + kids, own, aside[0], kids - aside[0])
"""

COMPARISONS: dict[str, tuple[str, str, str]] = {
    "stories": ("quotes alone, the other kinds built both ways", "others", "all"),
    "bare": ("quotes alone, no other kind either way", "none", "quotes"),
    "plain": ("quotes and stories together", "none", "all"),
}
"""Each comparison: what it measures, and the derived kinds of its rebuild without and
with (``all``: every kind of `index.library.DERIVED`; ``others``: all but the quotes;
``quotes``: the quotes only; ``none``: no derived data)."""
WITHOUT = {"others": "stories only", "none": "no derived data"}
"""What "without" builds, as the heading of a comparison says it."""

Parts = tuple[float, float, float]
"""CPU seconds of one rebuild's processes: the main one, the children forked to build a
derived kind aside (`index.store.aside`: the quotes' grouping), and the index workers
(their cleaning, indexing and, with quotes, extraction)."""


def one_rebuild(
    corpus: Path, procs: int, kinds: str, code: Path = ROOT
) -> tuple[float, float, Parts, list[str]]:
    """Wall and CPU seconds (workers included) of one rebuild into a fresh folder with the
    derived ``kinds`` (``all``, ``others``, ``quotes`` or ``none``: see `COMPARISONS`), in
    a fresh interpreter (CPU seconds say more than wall time on a loaded machine), with
    the code in ``code``; the CPU seconds by process (`Parts`) and the names of the
    derived folders the new generation holds."""
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as scratch:
        done = subprocess.run(
            [sys.executable, "-c", _ONE, str(corpus), scratch, str(procs), kinds],
            cwd=code,
            check=True,
            capture_output=True,
            text=True,
        )
    *_, built, last = done.stdout.splitlines()
    wall, cpu, main, aside, workers = map(float, last.split())
    return wall, cpu, (main, aside, workers), built.split()


def report(
    name: str, runs: dict[str, list[tuple[float, float]]], parts: dict[str, list[Parts]]
) -> None:
    """Print one comparison's medians and ratios, and its CPU seconds by process."""
    what, without, with_ = COMPARISONS[name]
    print(f"{name}: {what} (without = {WITHOUT[without]})")
    for column, label in ((0, "wall"), (1, "CPU")):
        base = [run[column] for run in runs[without]]
        quotes = [run[column] for run in runs[with_]]
        ratio = statistics.median(quotes) / statistics.median(base) - 1
        print(
            f"{label:>4}: without quotes median {statistics.median(base):.1f} s "
            f"(min {min(base):.1f}), with {statistics.median(quotes):.1f} s "
            f"(min {min(quotes):.1f}): {ratio:+.0%} "
            f"({min(quotes) / min(base) - 1:+.0%} of the best); target under +20%"
        )
    for at, who in enumerate(("main process", "forked aside", "index workers")):
        base = statistics.median(split[at] for split in parts[without])
        quotes = statistics.median(split[at] for split in parts[with_])
        print(f"  CPU, {who}: without {base:.1f} s, with {quotes:.1f} s ({quotes - base:+.1f} s)")


WAYS = ("cold, no quotes", "warm, no quotes", "cold, quotes", "warm, quotes")
"""The command's four rebuilds a round, in this order: each pair into one fresh folder."""


def command_rebuild(corpus: Path, index_dir: Path, quotes: bool, code: Path) -> tuple[float, float]:
    """Wall and CPU seconds (all its processes') of ``broadsheet index rebuild`` of
    ``corpus`` into ``index_dir`` (``--no-quotes`` unless ``quotes``), run from ``code``;
    its HOME the index folder's parent (no user state of the caller's touched)."""
    command = Path(sys.executable).with_name("broadsheet")
    args = [str(command), "index", "rebuild", str(corpus), "--index-dir", str(index_dir)]
    env = {**os.environ, "PYTHONPATH": str(code), "HOME": str(index_dir.parent)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [*args, *([] if quotes else ["--no-quotes"])],
        cwd=index_dir.parent,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def commands(corpus: Path, rounds: int, code: Path) -> dict[str, list[tuple[float, float]]]:
    """`WAYS` ``rounds`` times, alternating; prints each run and the medians."""
    runs: dict[str, list[tuple[float, float]]] = {way: [] for way in WAYS}
    for at in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-quotes-") as scratch:
            for way in WAYS:
                load = os.getloadavg()[0]
                index_dir = Path(scratch) / way.split(", ")[1].replace(" ", "-")
                wall, cpu = command_rebuild(corpus, index_dir, "no" not in way, code)
                runs[way].append((wall, cpu))
                print(f"round {at + 1}, {way}: wall {wall:.1f} s, CPU {cpu:.1f} s, load {load:.1f}")
    print(f"corpus {corpus.name}, {rounds} rounds, code {code}: medians (min)")
    for warmth in ("cold", "warm"):
        for column, label in ((0, "wall"), (1, "CPU")):
            base, with_ = (
                [run[column] for run in runs[f"{warmth}, {q}"]] for q in ("no quotes", "quotes")
            )
            ratio = statistics.median(with_) / statistics.median(base) - 1
            print(
                f"{warmth} {label:>4}: --no-quotes {statistics.median(base):.1f} s "
                f"({min(base):.1f}), quotes {statistics.median(with_):.1f} s "
                f"({min(with_):.1f}): {ratio:+.0%}"
            )
    return runs


def main(argv: list[str] | None = None) -> None:
    """Measure and print; ``--json`` prints the raw seconds too (``runs``: wall and CPU of
    each rebuild, by its kinds; ``parts``: its `Parts`)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument(
        "--compare",
        nargs="+",
        choices=sorted(COMPARISONS),
        default=["stories", "bare"],
        help="what to compare (default: quotes alone, with and without the other kinds)",
    )
    parser.add_argument("--plain", action="store_true", help="the same as --compare plain")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--command", action="store_true", help="time the installed command, cold and warm"
    )
    args = parser.parse_args(argv)
    if args.command:
        runs = commands(args.corpus, args.rounds, args.code.resolve())
        if args.json:
            print(json.dumps({"runs": runs}))
        return
    compare = ["plain"] if args.plain else list(dict.fromkeys(args.compare))
    # every rebuild a comparison needs, once a round, alternating: others, all, none, ...
    kinds = list(dict.fromkeys(k for name in compare for k in COMPARISONS[name][1:]))
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
    parts: dict[str, list[Parts]] = {k: [] for k in kinds}
    code = args.code.resolve()
    for _ in range(args.rounds):
        for way in kinds:
            wall, cpu, split, _ = one_rebuild(args.corpus, args.procs, way, code)
            runs[way].append((wall, cpu))
            parts[way].append(split)
    print(
        f"corpus {args.corpus.name}, procs {args.procs}, {args.rounds} rounds each way, "
        f"code {args.code}"
    )
    for name in compare:
        report(name, runs, parts)
    if args.json:
        print(json.dumps({"runs": runs, "parts": parts}))


if __name__ == "__main__":
    main()
