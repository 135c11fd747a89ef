"""Two trees' ``broadsheet index update`` after one record of a JSON Lines file is edited, A/B
alternated (jr32).

``python -m bench.jsonl_edit_ab JSONL WORK TREE_A TREE_B [ROUNDS]``: JSONL a JSON Lines
corpus (the Reuters one), copied to WORK/corpus/; each tree builds its own index of it
there (`broadsheet index rebuild`, its own rules and manifest), then record 1,000's
``title`` is edited in place and each run updates a fresh copy of that tree's index (so each
run finds the same one record changed); then the edited file is indexed once more per tree
and each run is a no-op update of a fresh copy (the freshness check; ``--noop``: these
alone, in a WORK an earlier run left). TREE_A/TREE_B are
source trees (compile them first: ``python -m compileall -q TREE``), run with this
interpreter and the tree on ``PYTHONPATH``; order flipped each round. Prints each run and the
medians of the whole process tree's CPU (user+sys, `os.wait4`) and wall, and the time to
parse each tree's manifest (``json.loads``, best of 20) with its size.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from index.store.sums import MANIFEST

EDITED = 1000
"""The record (0-based line) whose title is edited."""


def _broadsheet(tree: str, *args: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": tree}
    code = "import sys; from tui.cli import main; sys.argv[0] = 'broadsheet'; main()"
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, "index", *args], env=env, cwd="/", stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        sys.exit(f"{tree}: index {args[0]} exited with {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime, wall


def _update(tree: str, corpus: Path, base: Path, work: Path) -> tuple[float, float]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, symlinks=True)
    return _broadsheet(tree, "update", "--corpus", str(corpus), "--index-dir", str(work))


def _manifest_parse(index: Path) -> tuple[float, int]:
    live = index / (index / "CURRENT").read_text(encoding="utf-8").strip()
    data = (live / MANIFEST).read_bytes()
    best = min(_timed(lambda: json.loads(data)) for _ in range(20))
    return best, len(data)


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _rounds(
    label: str, trees: dict[str, str], corpus: Path, bases: dict[str, Path], rounds: int
) -> None:
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    work = bases["A"].parent / "work"
    for n in range(rounds):
        order = list(trees.items())
        for name, tree in order if n % 2 == 0 else order[::-1]:
            load = os.getloadavg()[0]
            cpu, wall = _update(tree, corpus, bases[name], work)
            runs[name].append((cpu, wall))
            print(f"{label} round {n} {name}: cpu {cpu:.2f} s, wall {wall:.2f} s (load {load:.1f})")
    for name, got in runs.items():
        cpu = statistics.median(c for c, _ in got)
        wall = statistics.median(w for _, w in got)
        print(f"{label} {name} median: cpu {cpu:.2f} s, wall {wall:.2f} s")


def main(argv: list[str]) -> None:
    """See the module."""
    noop_only = "--noop" in argv  # WORK as a run before left it: the no-op rounds alone
    argv = [arg for arg in argv if arg != "--noop"]
    jsonl, root = Path(argv[0]), Path(argv[1])
    trees = {"A": argv[2], "B": argv[3]}
    rounds = int(argv[4]) if len(argv) > 4 else 3
    corpus = root / "corpus"
    bases = {name: root / f"base-{name}" for name in trees}
    if not noop_only:
        _edited(jsonl, corpus, trees, bases, rounds)
    fresh = {name: root / f"fresh-{name}" for name in trees}
    for name, tree in trees.items():
        if not (fresh[name] / "CURRENT").exists():
            _update(tree, corpus, bases[name], fresh[name])
        best, size = _manifest_parse(fresh[name])
        print(f"manifest {name}: {size:,} bytes, json.loads best of 20 {best * 1000:.1f} ms")
    _rounds("no-op", trees, corpus, fresh, rounds)


def _edited(
    jsonl: Path, corpus: Path, trees: dict[str, str], bases: dict[str, Path], rounds: int
) -> None:
    """Each tree's index of ``jsonl``, then the rounds of one record edited."""
    shutil.rmtree(corpus.parent, ignore_errors=True)
    corpus.mkdir(parents=True)
    target = corpus / jsonl.name
    shutil.copyfile(jsonl, target)
    for name, tree in trees.items():
        cpu, wall = _broadsheet(
            tree, "rebuild", "--corpus", str(corpus), "--index-dir", str(bases[name])
        )
        print(f"rebuild {name}: cpu {cpu:.2f} s, wall {wall:.2f} s")
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    record = json.loads(lines[EDITED])
    record["title"] = f"{record.get('title') or ''} (edited)"
    lines[EDITED] = json.dumps(record) + "\n"
    target.write_text("".join(lines), encoding="utf-8")
    _rounds("one record edited", trees, corpus, bases, rounds)


if __name__ == "__main__":
    main(sys.argv[1:])
