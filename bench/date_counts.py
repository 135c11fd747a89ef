"""`python -m bench.date_counts`: what a date-filtered search's extra counts cost (sx40).

A date-filtered search also counts the undated matches its filter left out
(`Library.undated_left_out`, fx81) and, when it finds nothing, says whether its dates lie
outside the corpus's (`Library.date_miss`, fx94: the corpus's span and a count per year).
This times the same searches three ways, alternately, ``--rounds`` times, and gives the
medians: with that work ("on"), without it ("off": both patched to say nothing), and
with it done as before sx40 ("before": every match counted, less the dated, as
`Library.undated_left_out` still does for an engine without `undated_matching`, then since
fx140 the copies and originals asked which are undated matches and which shown; the
corpus's span asked at every miss), beside raw Whoosh's search of the same query
(`bench.raw_whoosh`). ``* date:1987-03`` is not in the list: broadsheet refuses it after
its 5 s budget either way (Whoosh's ``Every`` over five fields; raw Whoosh takes 6.7 s).

In process: the reader's search worker's calls (`library.search(q, limit=100,
count=False)`, then the two) on one open library, and raw Whoosh's ``searcher.search(q,
limit=20)`` on one open index. As whole processes: ``python -c ... search Q --corpus C
--index-dir I`` (the CLI, the patches made before it starts) and ``bench/raw_whoosh.py
search``::

    python -m bench.date_counts --corpus $BROADSHEET_CORPORA/reuters21578.jsonl \\
        --index-dir /tmp/x/idx --raw-dir /tmp/x/raw --rounds 5

The two indexes must exist (``broadsheet index rebuild``; ``bench/raw_whoosh.py build``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench.process import RAW_SCRIPT, run

QUERIES = (
    "wheat date:1987-03",
    "date:[1987-03-01 to 1987-03-31]",
    "oil date:>1987-04",
    "date:2025",
    "said date:1987-03",
)
"""A word, a month's range alone, a word after a date, a miss, a common word: each with a
date filter."""

MODES = ("off", "on", "before")

PATCHES = {
    "off": (
        "from index.library_dates import DateMethods as D\n"
        "D.undated_left_out = lambda self, *a, **k: 0\n"
        "D.date_miss = lambda self, *a, **k: None\n"
    ),
    "on": "",
    "before": (
        "from index.library_dates import DateMethods as D\n"
        "from index.search.engine import WhooshEngine\n"
        "WhooshEngine.undated_matching = None\n"
        "D._span = property(lambda self: None, lambda self, value: None)\n"
    ),
}
"""What each mode changes, as code run before the CLI starts (and in process)."""

CLI = "{patch}from tui.cli import main\nmain()\n"


def patched(mode: str) -> Callable[[], None]:
    """Make ``mode``'s patch in this process; the returned call undoes it."""
    from index.library_dates import DateMethods
    from index.search.engine import WhooshEngine

    kept = dict(vars(DateMethods)), WhooshEngine.undated_matching
    exec(PATCHES[mode], {})  # the bench's own fixed text, as the CLI runs it

    def undo() -> None:
        for name in ("undated_left_out", "date_miss", "_span"):
            setattr(DateMethods, name, kept[0][name])
        WhooshEngine.undated_matching = kept[1]  # type: ignore[method-assign]

    return undo


def reader_search(library: Any, text: str) -> dict[str, Any]:
    """What the reader's search worker asks of the library for ``text``."""
    from index.library import QueryError

    try:
        result = library.search(text, limit=100, count=False)
    except QueryError as error:
        return {"error": str(error)}
    left = library.undated_left_out(text)
    miss = library.date_miss(text) if result.total == 0 else None
    return {"total": result.total, "left": left, "miss": miss}


def in_process(corpus: Path, index_dir: Path, raw_dir: Path, rounds: int) -> dict[str, Any]:
    """Milliseconds per search, each mode and raw Whoosh, alternately; medians and runs."""
    from whoosh.index import open_dir

    from bench.raw_whoosh import parser
    from index.library import Library

    library = Library.open(corpus, index_dir)
    raw_index = open_dir(str(raw_dir))
    raw_parser = parser(raw_index.schema)
    runs: dict[str, dict[str, list[float]]] = {q: {m: [] for m in (*MODES, "raw")} for q in QUERIES}
    said: dict[str, Any] = {}
    with raw_index.searcher() as raw_searcher:
        for round_ in range(-1, rounds):  # round -1 warms every path (kept listings, pages)
            for text in QUERIES:
                for mode in MODES:
                    undo = patched(mode)
                    try:  # "on" keeps the span of its first miss, as the reader does
                        started = time.perf_counter()
                        said[f"{text} / {mode}"] = reader_search(library, text)
                        if round_ >= 0:
                            runs[text][mode].append((time.perf_counter() - started) * 1000)
                    finally:
                        undo()
                started = time.perf_counter()
                raw_searcher.search(raw_parser.parse(text), limit=20)
                if round_ >= 0:
                    runs[text]["raw"].append((time.perf_counter() - started) * 1000)
    library.close()
    return {"ms": medians(runs), "runs": runs, "said": said}


def whole(corpus: Path, index_dir: Path, raw_dir: Path, rounds: int, home: Path) -> dict[str, Any]:
    """Seconds per CLI search as a whole process, wall and CPU (steadier on a shared
    machine), each mode and raw Whoosh, alternately."""
    runs: dict[str, dict[str, list[float]]] = {q: {m: [] for m in (*MODES, "raw")} for q in QUERIES}
    cpu: dict[str, dict[str, list[float]]] = {q: {m: [] for m in (*MODES, "raw")} for q in QUERIES}
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    home.mkdir(parents=True, exist_ok=True)
    for _ in range(rounds):
        for text in QUERIES:
            for mode in MODES:
                program = CLI.format(patch=PATCHES[mode])
                command = [sys.executable, "-c", program, "search", text, *where]
                took = run(command, home, sample=None)
                runs[text][mode].append(took["seconds"])
                cpu[text][mode].append(took["cpu_s"])
            took = run([sys.executable, str(RAW_SCRIPT), "search", str(raw_dir), text], home, None)
            runs[text]["raw"].append(took["seconds"])
            cpu[text]["raw"].append(took["cpu_s"])
    return {"s": medians(runs), "cpu_s": medians(cpu), "runs": runs, "cpu_runs": cpu}


def medians(runs: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
    return {q: {m: round(statistics.median(v), 3) for m, v in by.items()} for q, by in runs.items()}


def table(figures: dict[str, dict[str, float]], unit: str) -> str:
    """A Markdown table: each query's medians, and what the extra work adds to "off"."""
    lines = [
        f"| query | off {unit} | on {unit} | before {unit} | raw {unit} | on/off | before/off |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for text, by in figures.items():
        off = by["off"] or 1e-9
        lines.append(
            f"| `{text}` | {by['off']:.3f} | {by['on']:.3f} | {by['before']:.3f} | "
            f"{by['raw']:.3f} | {by['on'] / off:.2f} | {by['before'] / off:.2f} |"
        )
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", type=Path, required=True)
    args.add_argument("--index-dir", type=Path, required=True)
    args.add_argument("--raw-dir", type=Path, required=True)
    args.add_argument("--rounds", type=int, default=5)
    args.add_argument("--skip-whole", action="store_true", help="in process only")
    args.add_argument("--home", type=Path, default=Path("/tmp/bench-date-counts-home"))
    args.add_argument("--json", type=Path, help="write every run here")
    given = args.parse_args(list(argv) if argv is not None else None)
    found: dict[str, Any] = {
        "in_process": in_process(given.corpus, given.index_dir, given.raw_dir, given.rounds)
    }
    print(f"In process, median ms of {given.rounds}:\n{table(found['in_process']['ms'], 'ms')}")
    if not given.skip_whole:
        found["whole"] = whole(
            given.corpus, given.index_dir, given.raw_dir, given.rounds, given.home
        )
        rounds = given.rounds
        print(f"\nWhole process, median wall s of {rounds}:\n{table(found['whole']['s'], 's')}")
        print(f"\nWhole process, median CPU s of {rounds}:\n{table(found['whole']['cpu_s'], 's')}")
    if given.json:
        given.json.write_text(json.dumps(found, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
