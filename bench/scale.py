"""The scaling table: the corpus replicated to 10k, 50k and 100k articles (`replica`).

At each size the corpus is laid out twice with the same articles: one JSON Lines file for
the raw script, and a folder for broadsheet holding the same articles as one JSON Lines
file plus 100 of them as single ``.json`` files (so that an update can change 100 files).
Measured at each size, whole processes unless named: the rebuild beside the raw script's
(every core), the update of 100 changed files, ``search --json`` p50/p95, search p50/p95
inside one process, the reader's first paint and resident memory (tmux), and its
keystroke-to-list p95 and the stories list's (``S``, then words typed: `bench.stories_list`)
p95 (Pilot, in-process).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from bench.common import QUICK_ARTICLES, SCALE_SEARCH, Recorder, child
from bench.paint import first_paint
from bench.process import broadsheet, has_option, raw, run, summary
from bench.tui_bench import TYPED
from bench.whole import default_procs, search, updates

SIZES = (10_000, 50_000, 100_000)
QUICK_WORDS = 3
"""``--quick``: words typed for the keystroke figure."""
SINGLES = 100
"""Articles of each scaled corpus kept as single files, for the update figure."""


def replica(row: dict[str, Any], copy: int) -> dict[str, Any]:
    """The ``copy``-th replica of a corpus row: its id altered and, past the first, its title
    marked and its dates moved ``copy`` years on, so that it is another article, not an exact
    copy (one outlet, same title and text: folded into one hit since 2026-12-03), and its
    stories are other stories (not the first copy's, days apart)."""
    row = {**row, "id": f"{row['id']}-r{copy}"}
    if copy:
        if row.get("title"):
            row["title"] = f"{row['title']} ({copy + 1})"
        for field in ("date", "updated"):
            value = row.get(field)
            if isinstance(value, str) and value[:4].isdigit():
                year = int(value[:4]) + copy
                moved = f"{year:04d}{value[4:]}"
                row[field] = moved.replace("-02-29", "-02-28") if year % 4 else moved
    return row


def lay_out(source: list[str], size: int, jsonl: Path, folder: Path) -> None:
    """Write ``size`` articles (the corpus repeated, ids altered) as a file and as a folder."""
    folder.mkdir(parents=True)
    singles = min(SINGLES, size // 2)
    with (
        open(jsonl, "w", encoding="utf-8") as whole,
        open(folder / "bulk.jsonl", "w", encoding="utf-8") as bulk,
    ):
        for n in range(size):
            row = replica(json.loads(source[n % len(source)]), n // len(source))
            line = json.dumps(row)
            whole.write(line + "\n")
            if n < singles:
                (folder / f"{n:06d}.json").write_text(line, encoding="utf-8")
            else:
                bulk.write(line + "\n")


def scale(rec: Recorder, sizes: tuple[int, ...] | None = None, rounds: int = 1) -> None:
    """Measure each size; the largest index is kept (``figures['scale_index']``)."""
    sizes = sizes or ((QUICK_ARTICLES,) if rec.quick else SIZES)
    with open(rec.corpus, encoding="utf-8") as handle:
        source = [line for line in handle if line.strip()]
    procs = os.cpu_count() or 1
    told = has_option(("index", "rebuild"), "--procs")
    if not told:
        procs = default_procs()
    table = []
    for size in sizes:
        label = f"scale {size:,}: "
        jsonl = rec.work / f"scale-{size}.jsonl"
        folder = rec.work / f"scale-{size}"
        ours_dir = rec.work / f"scale-{size}-bs"
        raw_dir = rec.work / f"scale-{size}-raw"
        lay_out(source, size, jsonl, folder)
        rebuild = broadsheet("index", "rebuild", "--corpus", str(folder), "--index-dir")
        rebuild.append(str(ours_dir))
        if told:
            rebuild += ["--procs", str(procs)]
        runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": []}
        for _ in range(rounds):
            shutil.rmtree(ours_dir, ignore_errors=True)
            shutil.rmtree(raw_dir, ignore_errors=True)
            runs["raw"].append(
                run(raw("build", str(jsonl), str(raw_dir), "--procs", str(procs)), rec.work)
            )
            runs["broadsheet"].append(run(rebuild, rec.work))
        build = summary([r["seconds"] for r in runs["broadsheet"]])
        raw_build = summary([r["seconds"] for r in runs["raw"]])
        rec.series_row(f"{label}whole rebuild, procs={procs}", build, raw_build, "s")
        pair = (ours_dir, raw_dir)
        update = updates(rec, folder, pair, label)
        whole_search = search(rec, pair, folder, label)
        inside = child(SCALE_SEARCH, str(ours_dir), str(raw_dir))
        rec.row(f"{label}search p95, in-process", inside["p95"], inside["raw_p95"], "ms")
        reader = first_paint(folder, ours_dir, 1 if rec.quick else 3)
        keys = child(
            "import asyncio; from pathlib import Path; from bench.tui_bench import measure\n"
            "result = asyncio.run(measure(Path(sys.argv[1]), Path(sys.argv[2]), opened=False,"
            " words=int(sys.argv[3])))",
            str(folder),
            str(ours_dir),
            str(QUICK_WORDS if rec.quick else len(TYPED)),
        )
        stories = child(
            "import asyncio; from pathlib import Path\n"
            "from bench.stories_list import measure_stories\n"
            "result = asyncio.run(measure_stories(Path(sys.argv[1]), Path(sys.argv[2]),"
            " words=int(sys.argv[3])))",
            str(folder),
            str(ours_dir),
            str(QUICK_WORDS if rec.quick else len(TYPED)),
        )
        if "seconds" in reader:
            rec.series_row(f"{label}reader first paint (tmux)", reader["seconds"], None, "s")
            rec.series_row(f"{label}reader resident memory", reader["rss_mb"], None, "MB")
        rec.row(f"{label}reader keystroke to list p95", keys["keystroke_p95_ms"], None, "ms")
        rec.row(f"{label}reader stories list p95", stories["stories_p95_ms"], None, "ms")
        table.append(
            {
                "articles": size,
                "procs": procs,
                "build": build,
                "raw_build": raw_build,
                "build_runs": runs,
                "update_100": update["broadsheet"],
                "raw_update_100": update["raw"],
                "update": update,
                "search_whole": {k: v for k, v in whole_search.items() if k != "queries"},
                "search_inprocess": inside,
                "reader": reader,
                "keystroke": keys,
                "stories": stories,
            }
        )
        jsonl.unlink()
        shutil.rmtree(raw_dir, ignore_errors=True)
        if size != sizes[-1]:
            shutil.rmtree(ours_dir, ignore_errors=True)
            shutil.rmtree(folder, ignore_errors=True)
        else:
            rec.figures["scale_index"] = {"corpus": str(folder), "index": str(ours_dir)}
    rec.figures["scale"] = table


def markdown(table: list[dict[str, Any]]) -> str:
    """The scaling table as Markdown, for bench/README.md (the README quotes its latest figures)."""
    lines = [
        "| articles | rebuild | raw rebuild | update 100 files | search --json p50 / p95 "
        "| search p50 / p95 in-process | stories list p95 | first paint | keystroke p95 | memory |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in table:
        reader = row["reader"]
        paint = f"{reader['seconds']['median']:.2f} s" if "seconds" in reader else "n/a"
        rss = f"{reader['rss_mb']['median']:.0f} MB" if "rss_mb" in reader else "n/a"
        whole = row["search_whole"]
        inside = row["search_inprocess"]
        lines.append(
            f"| {row['articles']:,} | {row['build']['median']:.1f} s "
            f"| {row['raw_build']['median']:.1f} s | {row['update_100']['median']:.2f} s "
            f"| {whole['p50']:.0f} / {whole['p95']:.0f} ms "
            f"| {inside['p50']:.1f} / {inside['p95']:.1f} ms "
            f"| {_stories(row['stories'])} | {paint} "
            f"| {row['keystroke']['keystroke_p95_ms']:.0f} ms | {rss} |"
        )
    return "\n".join(lines)


def _stories(figures: Any) -> str:
    """The stories list's p95 (n/a in results from before it was measured)."""
    return f"{figures['stories_p95_ms']:.0f} ms" if isinstance(figures, dict) else "n/a"
