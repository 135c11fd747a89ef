"""`quotes` and `speakers` as whole commands (issue 18; nu53 #8), beside `search` and raw Whoosh.

Each command is the installed console script run as a user runs it (`bench.process.run`:
spawn to exit, startup included), round-robin with ``broadsheet search Q --limit 6`` and
the raw-Whoosh program's ``search`` on the same queries, so that a loaded machine slows
them alike; the ratios to both are the figures. The indexes are given, built beforehand::

    broadsheet index rebuild CORPUS.jsonl --index-dir IDX
    python bench/raw_whoosh.py build CORPUS.jsonl RAW_IDX --procs 2
    python -m bench.quotes_process CORPUS.jsonl IDX RAW_IDX [--rounds 3] [--save DIR]

With ``--save DIR`` each command's stdout is written there too (one file a command), to
compare the outputs of two versions byte for byte (``diff -r``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from pathlib import Path
from typing import Any

from bench.process import broadsheet, raw, run, user_env

QUERIES = ("oil prices", "interest rates", "takeover bid")
"""Queries asked of every command taking one (the first is nu53's)."""


def commands(query: str) -> dict[str, list[str]]:
    """The commands timed for ``query``, by a short name (before the corpus options)."""
    return {
        "search": ["search", query, "--limit", "6"],
        "quotes_q": ["quotes", query, "-n", "6"],
        "quotes_q_json": ["quotes", query, "-n", "6", "--json"],
        "speakers_q": ["speakers", query],
        "speakers_q_json": ["speakers", query, "--json"],
    }


WHOLE = {
    "quotes": ["quotes"],
    "quotes_json": ["quotes", "-n", "50", "--json"],
    "speakers": ["speakers"],
    "speakers_json": ["speakers", "--json"],
}
"""The commands without a query, timed once a round."""


def measure(
    corpus: Path, index: Path, raw_index: Path, rounds: int, save: Path | None
) -> dict[str, Any]:
    """Every command ``rounds`` times, round-robin; seconds and CPU seconds per command."""
    where = ["--corpus", str(corpus), "--index-dir", str(index)]
    work = Path.cwd()
    plan: dict[str, list[str]] = {}
    for number, query in enumerate(QUERIES):
        plan[f"raw_{number}"] = raw("search", str(raw_index), query)
        for name, args in commands(query).items():
            plan[f"{name}_{number}"] = broadsheet(*args, *where)
    for name, args in WHOLE.items():
        plan[name] = broadsheet(*args, *where)
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        for name, command in plan.items():
            if not name.startswith("raw"):
                done = subprocess.run(
                    command, capture_output=True, check=False, env={**user_env(), "COLUMNS": "100"}
                )
                (save / f"{name}.out").write_bytes(done.stdout + b"\n--exit %d\n" % done.returncode)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in plan}
    for command in plan.values() if rounds else ():  # warm the page cache (and the record)
        run(command, work, sample=None)
    for _ in range(rounds):
        for name, command in plan.items():
            runs[name].append(run(command, work, sample=None))
    return {name: [(r["seconds"], r["cpu_s"]) for r in found] for name, found in runs.items()}


def summary(timed: dict[str, list[tuple[float, float]]]) -> dict[str, dict[str, float]]:
    """Per kind of command (the queries pooled): median wall and CPU seconds, and the ratio
    of each median to `search`'s and raw Whoosh's in the same run."""
    kinds: dict[str, list[tuple[float, float]]] = {}
    for name, found in timed.items():
        kind = name.rstrip("0123456789").rstrip("_") if name[-1].isdigit() else name
        kinds.setdefault(kind, []).extend(found)
    medians = {
        kind: (statistics.median(w for w, _ in found), statistics.median(c for _, c in found))
        for kind, found in kinds.items()
        if found
    }
    if not medians:
        return {}
    search, raw_search = medians["search"][0], medians["raw"][0]
    return {
        kind: {
            "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3),
            "x_search": round(wall / search, 2),
            "x_raw": round(wall / raw_search, 2),
        }
        for kind, (wall, cpu) in medians.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path, help="broadsheet's index of the corpus")
    parser.add_argument("raw_index", type=Path, help="bench/raw_whoosh.py's index of it")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--save", type=Path, help="write each command's stdout here")
    options = parser.parse_args()
    timed = measure(options.corpus, options.index, options.raw_index, options.rounds, options.save)
    print(json.dumps({"summary": summary(timed), "runs": timed}, indent=1))


if __name__ == "__main__":
    main()
