"""`related`, `story` and `stories` as whole commands (issue 16: "`related` answers in under
50 ms"), beside the startup floors and raw Whoosh's own related, in one run.

Each command is the installed console script run as a user runs it (`bench.process.run`:
spawn to exit, startup included; CPU seconds of the process and the children it waited
for), on ``--ids`` random articles of an index built beforehand, and beside it in the same
round, so that a loaded machine slows them alike:

- ``python -c 'import whoosh'`` and ``python -c pass``: the interpreter's floor;
- ``broadsheet related --help``: the command's own startup (Typer, the `stories` module);
- ``bench/raw_whoosh.py related GEN ID``: a plain Whoosh program opening the same index (the
  live generation's folder, with its own schema: broadsheet's pickled one is not loaded),
  fetching the article's stored fields and its ``more_like_this`` (Whoosh's related, top 10);
- ``broadsheet related ID --json``, ``broadsheet story SID --json`` (a random story) and,
  every third article, ``broadsheet stories --json`` (every story: the list a script reads).

The order of the kinds turns by one at each article, so no kind always runs first::

    broadsheet index rebuild CORPUS --index-dir IDX
    python -m bench.stories_process CORPUS IDX [--ids 30] [--seed 53] [--before TREE]

With ``--before TREE`` (a `git archive` of the code before), ``related ID --json`` also runs
with ``PYTHONPATH=TREE`` at each article, both sides through ``env``.

It prints JSON: the load before and after, per kind the wall and CPU p50/p95 (ms), and the
ratios of the p50s to raw Whoosh's related and to ``import whoosh``; every run is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.process import RAW_SCRIPT, broadsheet, run, user_env

STORIES_EVERY = 3
"""`stories --json` runs at every third article (it is one command, whatever the id)."""


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def generation(index: Path) -> Path:
    """The live generation's folder of a broadsheet index (its Whoosh index)."""
    return index / (index / "CURRENT").read_text(encoding="utf-8").strip()


def article_ids(index: Path, count: int, seed: int) -> list[str]:
    """``count`` ids drawn from the index's id terms."""
    from whoosh.index import open_dir

    from bench.raw_whoosh import raw_schema

    ix = open_dir(str(generation(index)), schema=raw_schema())
    with ix.searcher() as searcher:
        ids = sorted(
            term.decode() if isinstance(term, bytes) else str(term)
            for term in searcher.lexicon("id")
        )
    return random.Random(seed).sample(ids, count)


def story_ids(where: list[str], count: int, seed: int) -> list[str]:
    """``count`` story ids drawn from ``stories --json`` (of two articles or more)."""
    done = subprocess.run(
        broadsheet("stories", "--json", *where), capture_output=True, check=True, env=user_env()
    )
    stories = [story["id"] for story in json.loads(done.stdout) if len(story["articles"]) > 1]
    return random.Random(seed).sample(stories, min(count, len(stories)))


def plan(
    index: Path, where: list[str], article: str, story: str, slot: int, before: Path | None = None
) -> dict[str, list[str]]:
    """The commands of one article's slot, by kind, in the order they run."""
    kinds = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import whoosh'": [sys.executable, "-c", "import whoosh"],
        "broadsheet related --help": broadsheet("related", "--help"),
        "raw Whoosh related": [
            sys.executable,
            str(RAW_SCRIPT),
            "related",
            str(generation(index)),
            article,
        ],
        "related ID --json": broadsheet("related", article, "--json", *where),
        "story SID --json": broadsheet("story", story, "--json", *where),
    }
    if slot % STORIES_EVERY == 0:
        kinds["stories --json"] = broadsheet("stories", "--json", *where)
    if before is not None:  # both sides through `env` (one exec more each)
        related = kinds["related ID --json"]
        kinds["related ID --json"] = ["env", *related]
        kinds["related ID --json, before"] = ["env", f"PYTHONPATH={before}", *related]
    names = list(kinds)
    turn = slot % len(names)
    return {name: kinds[name] for name in names[turn:] + names[:turn]}


def measure(
    corpus: Path, index: Path, count: int, seed: int, rounds: int, before: Path | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Every kind at every article, ``rounds`` times; each run's wall and CPU seconds."""
    where = ["--corpus", str(corpus), "--index-dir", str(index)]
    articles = article_ids(index, count, seed)
    stories = story_ids(where, count, seed)
    work = Path.cwd()
    runs: dict[str, list[dict[str, Any]]] = {}
    for command in plan(index, where, articles[0], stories[0], 0, before).values():
        run(command, work, sample=None)  # warm the page cache and bytecode
    for _ in range(rounds):
        for slot, article in enumerate(articles):
            story = stories[slot % len(stories)]
            for name, command in plan(index, where, article, story, slot, before).items():
                timed = run(command, work, sample=None)
                runs.setdefault(name, []).append(
                    {"article": article, "story": story, **_kept(timed)}
                )
            print(f"{slot + 1} of {len(articles)}, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    return runs


def _kept(timed: dict[str, Any]) -> dict[str, float]:
    return {"seconds": round(timed["seconds"], 4), "cpu_s": round(timed["cpu_s"], 4)}


def summary(runs: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """Per kind: wall and CPU p50/p95 in ms, the p50s' ratios to raw related (wall, CPU) and
    to ``import whoosh`` (wall)."""
    ms: dict[str, dict[str, float]] = {}
    for name, found in runs.items():
        wall = [r["seconds"] * 1000 for r in found]
        cpu = [r["cpu_s"] * 1000 for r in found]
        ms[name] = {
            "n": len(found),
            "wall_p50": round(statistics.median(wall), 1),
            "wall_p95": round(pct(wall, 0.95), 1),
            "cpu_p50": round(statistics.median(cpu), 1),
            "cpu_p95": round(pct(cpu, 0.95), 1),
        }
    raw = ms["raw Whoosh related"]
    import_p50 = ms["python -c 'import whoosh'"]["wall_p50"]
    for row in ms.values():
        row["x_raw"] = round(row["wall_p50"] / raw["wall_p50"], 2)
        row["cpu_x_raw"] = round(row["cpu_p50"] / raw["cpu_p50"], 2)
        row["x_import_whoosh"] = round(row["wall_p50"] / import_p50, 2)
    return ms


def table(ms: dict[str, dict[str, float]]) -> str:
    """The summary as a Markdown table."""
    lines = [
        "| command | wall p50 / p95 ms | CPU p50 / p95 ms | x raw related: wall, CPU "
        "| x import whoosh |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, row in ms.items():
        lines.append(
            f"| {name} | {row['wall_p50']:.0f} / {row['wall_p95']:.0f} "
            f"| {row['cpu_p50']:.0f} / {row['cpu_p95']:.0f} "
            f"| {row['x_raw']:.2f}, {row['cpu_x_raw']:.2f} | {row['x_import_whoosh']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_process")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path, help="broadsheet's index of the corpus")
    parser.add_argument("--ids", type=int, default=30)
    parser.add_argument("--seed", type=int, default=53)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--before", type=Path, help="a tree of the code before (`git archive`): its related too"
    )
    args = parser.parse_args(argv)
    out: dict[str, Any] = {"load_before": os.getloadavg(), "nice": os.nice(0)}
    runs = measure(args.corpus, args.index, args.ids, args.seed, args.rounds, args.before)
    out["load_after"] = os.getloadavg()
    out["summary"] = summary(runs)
    out["runs"] = runs
    print(table(out["summary"]), file=sys.stderr)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
