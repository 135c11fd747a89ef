"""The README's two `index update` rows (`bench.whole.updates`) for source trees, alternated.

``python -m bench.update_rows FILES BASE RAW ROUNDS TREE...``: FILES is a one-file-per-article
corpus (`bench.common.files_corpus`), BASE a broadsheet index of it and RAW a raw-Whoosh
index of it (`raw_whoosh.py build`), both copied afresh for each call. Each round calls, for
each tree in turn (order flipped each round; the tree on ``PYTHONPATH`` of the installed
``broadsheet`` script), one untimed update that brings the copy up to FILES, then
`whole.updates`: a no-op update, then 3 rounds of 100 amended files, raw Whoosh's update of
the same 100 in each round. Prints each call and each tree's medians.

Run it under ``chrt -f 10`` on a shared machine (the children inherit the policy) for walls
nearer a quiet machine's: both sides then run ahead of the other work, at equal terms.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from bench import whole
from bench.common import Recorder
from bench.machine import load
from bench.process import broadsheet


def _call(files: Path, base: Path, raw: Path, tree: str, work: Path) -> dict[str, list[float]]:
    os.environ["PYTHONPATH"] = tree
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ours, theirs = work / "bs", work / "raw"
    shutil.copytree(base, ours, symlinks=True)
    shutil.copytree(raw, theirs, symlinks=True)
    sync = broadsheet("index", "update", "--corpus", str(files), "--index-dir", str(ours))
    subprocess.run(sync, check=True, stdout=subprocess.DEVNULL, cwd="/")
    figures = whole.updates(Recorder(files, work, False), files, (ours, theirs))
    return {
        "update": [run["seconds"] for run in figures["runs"]["broadsheet"]],
        "raw": [run["seconds"] for run in figures["runs"]["raw"]],
        "noop": [figures["noop_s"]],
    }


def main(argv: list[str]) -> None:
    """See the module."""
    files, base, raw = Path(argv[0]), Path(argv[1]), Path(argv[2])
    rounds, trees = int(argv[3]), argv[4:]
    work = Path(f"/tmp/update_rows.{os.getpid()}")
    got: dict[str, dict[str, list[float]]] = {
        t: {"update": [], "raw": [], "noop": []} for t in trees
    }
    try:
        for n in range(rounds):
            for tree in trees if n % 2 == 0 else trees[::-1]:
                before = load()
                call = _call(files, base, raw, tree, work)
                for name, values in call.items():
                    got[tree][name].extend(values)
                shown = ", ".join(f"{k} {[round(v, 3) for v in vs]}" for k, vs in call.items())
                print(f"round {n} {tree}: {shown}; load {before}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for tree, runs in got.items():
        ours, theirs = runs["update"], runs["raw"]
        print(
            f"{tree}: update median {statistics.median(ours):.3f} s ({min(ours):.3f}-"
            f"{max(ours):.3f}, {len(ours)} runs), raw {statistics.median(theirs):.3f} "
            f"({min(theirs):.3f}-{max(theirs):.3f}), ratio "
            f"{statistics.median(ours) / statistics.median(theirs):.2f}x; no-op "
            f"{statistics.median(runs['noop']):.3f} s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
