"""Two trees' ``broadsheet index update`` of the same 100 amended files, A/B alternated.

``python -m bench.update_ab FILES BASE TREE_A TREE_B [ROUNDS] [--noop]``: FILES is a one-file-per-
article corpus (`bench.common.files_corpus`), BASE an index of it built before any file
was amended (copied afresh before each run, so each update finds the same 100 files
changed: `bench.common.amend` rewrites them each round), TREE_A/TREE_B two source trees
(compiled first: ``python -m compileall -q TREE``), run with this interpreter and the tree
on ``PYTHONPATH``. Order flipped each round. Prints each run and the medians of the whole
process tree's CPU (user+sys, `os.wait4`, children reaped by the command included) and
wall, with the load average before each run. With ``--noop`` no file is amended: BASE must
be an index of FILES as they are, and each update finds nothing to do.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _run(files: Path, base: Path, tree: str, work: Path) -> tuple[float, float]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, symlinks=True)
    env = {**os.environ, "PYTHONPATH": tree}
    code = "import sys; from tui.cli import main; sys.argv[0] = 'broadsheet'; main()"
    args = ["index", "update", "--corpus", str(files), "--index-dir", str(work)]
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, cwd="/", stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        sys.exit(f"{tree}: the update exited with status {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime, wall


def main(argv: list[str]) -> None:
    """See the module."""
    from bench.common import amend

    noop = "--noop" in argv
    argv = [arg for arg in argv if arg != "--noop"]
    files, base, tree_a, tree_b = Path(argv[0]), Path(argv[1]), argv[2], argv[3]
    rounds = int(argv[4]) if len(argv) > 4 else 6
    work = Path(f"/tmp/update_ab.{os.getpid()}")
    runs: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    loads = []
    for n in range(rounds):
        order = [("A", tree_a), ("B", tree_b)]
        for name, tree in order if n % 2 == 0 else order[::-1]:
            if not noop:
                amend(files, 100)
            loads.append(os.getloadavg()[0])
            cpu, wall = _run(files, base, tree, work)
            runs[name].append((cpu, wall))
            print(f"round {n} {name}: CPU {cpu:.3f} s, wall {wall:.3f} s, load {loads[-1]:.1f}")
    shutil.rmtree(work, ignore_errors=True)
    for name, tree in (("A", tree_a), ("B", tree_b)):
        cpu = statistics.median(r[0] for r in runs[name])
        wall = statistics.median(r[1] for r in runs[name])
        print(f"{name} {tree}: CPU median {cpu:.3f} s, wall median {wall:.3f} s")
    print(f"load {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
