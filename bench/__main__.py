"""`python -m bench`: broadsheet against raw Whoosh, measured in one run on one machine."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import paint, profiles, whole
from bench.common import BS_BUILD, DEFAULT_CORPUS, QUICK_ARTICLES, ROOT, child
from bench.inprocess import Bench
from bench.machine import load, machine
from bench.scale import SIZES, markdown, scale

SECTIONS = ("build", "search", "updates", "compare", "tui", "whole", "scale", "profile")


def whole_process(bench: Bench) -> None:
    """Every whole-process figure on the benchmark corpus (see `bench.whole`)."""
    whole.startup(bench)
    whole.build(bench)
    whole.search(bench)
    whole.updates(bench)
    index = bench.figures["whole"]["build"].get("index")
    if index is None:
        bench.note("reader first paint (tmux)", "not measured: no whole rebuild")
        return
    reader = paint.first_paint(bench.corpus, Path(index["broadsheet"]), 1 if bench.quick else 5)
    bench.figures["whole"]["reader"] = reader
    if "skipped" in reader:
        bench.note("reader first paint (tmux)", f"not measured: {reader['skipped']}")
        return
    met = "met" if reader["seconds"]["median"] < 0.5 else "MISSED"
    bench.series_row(
        "reader first paint (tmux), from spawn", reader["seconds"], None, "s", f"<0.5 s: {met}"
    )
    bench.series_row("  harness floor (a command that prints at once)", reader["floor"], None, "s")
    rss_met = "met" if reader["rss_mb"]["median"] < 300 else "MISSED"
    bench.series_row(
        "reader resident memory, list shown", reader["rss_mb"], None, "MB", f"<300 MB: {rss_met}"
    )


def profile(bench: Bench, out: Path) -> None:
    """Profiles of one rebuild, of the command as run, and of keystroke-to-list."""
    figures: dict[str, Any] = {
        "rebuild": profiles.rebuild(bench.corpus, bench.work, out),
        "command": profiles.command(bench.corpus, bench.work, out),
    }
    scaled = bench.figures.get("scale_index")
    built = bench.figures.get("whole", {}).get("build", {}).get("index")
    if scaled:
        corpus, index = Path(scaled["corpus"]), Path(scaled["index"])
    elif built:
        corpus, index = bench.corpus, Path(built["broadsheet"])
    else:
        corpus, index = bench.corpus, bench.work / "profile-keys-index"
        child(BS_BUILD, str(corpus), str(index), "2")
    figures["keystroke"] = profiles.keystroke(corpus, index, out, 3 if bench.quick else 30)
    figures["keystroke"]["corpus"] = str(corpus)
    bench.figures["profiles"] = figures


def quick_corpus(corpus: Path, work: Path) -> Path:
    """The first ``QUICK_ARTICLES`` articles of ``corpus``."""
    small = work / "quick.jsonl"
    with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n >= QUICK_ARTICLES:
                break
            out.write(line)
    return small


def print_report(bench: Bench, corpus: Path, quick: bool) -> None:
    """The table of every figure, the scaling table, and the top of each profile."""
    from rich.console import Console
    from rich.table import Table

    title = f"broadsheet vs raw Whoosh on {corpus.name}"
    if quick:
        title += f" (--quick: {QUICK_ARTICLES} articles, a smoke run, not a measurement)"
    table = Table(title=title, title_justify="left")
    for column in ("figure", "broadsheet", "raw Whoosh", "ratio", "target"):
        table.add_column(column, justify="left" if column in ("figure", "target") else "right")
    for row in bench.rows:
        table.add_row(*row)
    console = Console(width=max(140, Console().width))
    console.print(table)
    if bench.figures.get("scale"):
        print("\nScaling (Markdown):\n" + markdown(bench.figures["scale"]))
    for name, figures in bench.figures.get("profiles", {}).items():
        print(f"\nProfile, {name} (top; whole text in {figures['files'][0]}):")
        print("\n".join(figures["flat"].splitlines()[:20]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table and write JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    parser.add_argument(
        "--quick", action="store_true", help=f"a smoke run on {QUICK_ARTICLES} articles"
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="in-process rebuilds per side; the best counts"
    )
    parser.add_argument(
        "--whole-rounds", type=int, default=3, help="whole-process rebuilds per side (>=3)"
    )
    parser.add_argument("--scale-rounds", type=int, default=1, help="rebuilds per side per size")
    parser.add_argument(
        "--scale-sizes", type=int, nargs="+", default=list(SIZES), help="articles per size"
    )
    parser.add_argument("--skip-scale", action="store_true", help="skip the 10k-100k runs")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        help="run only these sections (search and tui need build)",
    )
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if not corpus.exists():
        print(f"bench: corpus not found: {corpus}", file=sys.stderr)
        return 3
    work = Path(tempfile.mkdtemp(prefix="broadsheet-bench-"))
    if args.quick:
        corpus = quick_corpus(corpus, work)
    bench = Bench(corpus, work, args.quick, max(1, args.rounds))
    bench.whole_rounds = max(3, args.whole_rounds)
    out = args.out.parent
    out.mkdir(parents=True, exist_ok=True)
    about = machine()
    sizes = None if args.quick else tuple(args.scale_sizes)
    sections: list[tuple[str, Callable[[], None]]] = [
        ("build", bench.build),
        ("search", bench.search),
        ("updates", bench.updates),
        ("compare", bench.compare),
        ("tui", bench.tui),
        ("whole", lambda: whole_process(bench)),
        ("scale", lambda: scale(bench, sizes, max(1, args.scale_rounds))),
        ("profile", lambda: profile(bench, out)),
    ]
    chosen = set(args.only or SECTIONS)
    if args.skip_scale:
        chosen.discard("scale")
    if chosen & {"search", "tui"}:
        chosen.add("build")
    took: dict[str, float] = {}
    failed: dict[str, str] = {}
    try:
        for name, run in sections:
            if name in chosen:
                print(f"bench: {name}...", file=sys.stderr, flush=True)
                started = time.perf_counter()
                try:
                    run()
                except (RuntimeError, OSError, subprocess.SubprocessError) as error:
                    # one section's failure costs its figures only: the others are kept
                    failed[name] = f"{type(error).__name__}: {error}"
                    print(f"bench: {name} failed: {failed[name]}", file=sys.stderr)
                took[name] = round(time.perf_counter() - started, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    about["load_after"] = load()
    report = {
        "quick": args.quick,
        "machine": about,
        "corpus": str(args.corpus),
        "figures": bench.figures,
        "rows": bench.rows,
        "section_s": took,
        "failed": failed,
    }
    text = json.dumps(report, indent=1)
    args.out.write_text(text, encoding="utf-8")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    (out / f"bench-{stamp}{'-quick' if args.quick else ''}.json").write_text(text, encoding="utf-8")
    print_report(bench, args.corpus, args.quick)
    print(
        f"machine: {about['cpus']} cores ({about['cpu_model']}), {about['memory_gb']} GB; "
        f"load {about['load_before']} before, {about['load_after']} after; "
        f"python {about['python']}, {about['whoosh']}, {about['textual']}, "
        f"broadsheet {about['commit']}"
    )
    print(f"bench: wrote {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
