"""Whole-process figures: the installed ``broadsheet`` command against ``bench/raw_whoosh.py``.

Each figure is a command a user runs, timed from spawn to exit, startup included. The two
sides alternate (raw, then broadsheet, then raw ...) so that the machine's load falls on
both alike; each side's median, minimum and maximum are reported, with the ratio of the
medians and of the minimums.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from bench.common import QUERIES, QUICK_ARTICLES, Recorder, amend, files_corpus, pct
from bench.process import broadsheet, has_option, raw, run, summary

QUICK_QUERIES = 2
"""``--quick``: whole-process searches run for this many queries only."""


def default_procs() -> int:
    """The processes ``broadsheet index rebuild`` uses when not told."""
    from index.store import build

    return build.process_count(None)


def proc_counts() -> list[int]:
    """One process, two, and every core (the same as two on a two-core machine)."""
    return sorted({1, 2, os.cpu_count() or 1})


def rebuild_command(corpus: Path, index_dir: Path, procs: int) -> list[str] | None:
    """``broadsheet index rebuild`` at ``procs`` processes, or None if it cannot be told."""
    command = broadsheet("index", "rebuild", "--corpus", str(corpus), "--index-dir", str(index_dir))
    if has_option(("index", "rebuild"), "--procs"):
        return [*command, "--procs", str(procs)]
    return command if procs == default_procs() else None


PLAIN = ("--no-stories", "--no-quotes")
"""The options of a plain rebuild: the index alone, no derived data."""


def plain_command(command: list[str]) -> list[str] | None:
    """``command`` (an `index rebuild`) as a plain rebuild, or None if it cannot be told."""
    if all(has_option(("index", "rebuild"), option) for option in PLAIN):
        return [*command, *PLAIN]
    return None


def startup(rec: Recorder) -> None:
    """The floor of every command: start, parse the arguments, print help, exit."""
    rounds = 1 if rec.quick else 5
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": []}
    for _ in range(rounds + 1):  # the first of each writes bytecode caches: not counted
        runs["raw"].append(run(raw("--help"), rec.work, sample=None))
        runs["broadsheet"].append(run(broadsheet("index", "rebuild", "--help"), rec.work, None))
    ours, theirs = (
        summary([r["seconds"] for r in runs[side][1:]]) for side in ("broadsheet", "raw")
    )
    rec.series_row("startup: `index rebuild --help` / raw --help", ours, theirs, "s")
    rec.figures.setdefault("whole", {})["startup"] = {
        "broadsheet": ours,
        "raw": theirs,
        "runs": runs,
    }


def build(rec: Recorder) -> None:
    """``broadsheet index rebuild`` against the raw script, at each process count."""
    rounds = 1 if rec.quick else rec.whole_rounds
    figures: dict[str, Any] = {
        "procs_option": has_option(("index", "rebuild"), "--procs"),
        "default_procs": default_procs(),
        "cpus": os.cpu_count(),
    }
    medians: dict[int, dict[str, float]] = {}
    for procs in proc_counts():
        ours_dir = rec.work / f"whole-bs-{procs}"
        raw_dir = rec.work / f"whole-raw-{procs}"
        plain_dir = rec.work / f"whole-plain-{procs}"
        command = rebuild_command(rec.corpus, ours_dir, procs)
        if command is None:
            rec.note(
                f"whole rebuild, {procs} process{'es' if procs > 1 else ''}",
                f"not measured: `index rebuild` has no --procs (its default is {default_procs()})",
            )
            continue
        plain = plain_command(rebuild_command(rec.corpus, plain_dir, procs) or [])
        runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": [], "plain": []}
        for _ in range(rounds):  # raw, broadsheet, plain, raw, ...
            for path in (raw_dir, ours_dir, plain_dir):
                shutil.rmtree(path, ignore_errors=True)
            runs["raw"].append(
                run(raw("build", str(rec.corpus), str(raw_dir), "--procs", str(procs)), rec.work)
            )
            runs["broadsheet"].append(run(command, rec.work))
            if plain is not None:
                runs["plain"].append(run(plain, rec.work))
        ours = summary([r["seconds"] for r in runs["broadsheet"]])
        theirs = summary([r["seconds"] for r in runs["raw"]])
        medians[procs] = {"broadsheet": ours["median"], "raw": theirs["median"]}
        told = "" if figures["procs_option"] else " (its default)"
        rec.series_row(
            f"whole rebuild, procs={procs}{told}, {rounds} run{'s' if rounds > 1 else ''}",
            ours,
            theirs,
            "s",
            # issue 21: with stories and quotes (the default) at most 1.5x raw Whoosh;
            # the plain rebuild's row below carries the 1.2x target
            f"<=1.5x: {'met' if ours['median'] <= 1.5 * theirs['median'] else 'MISSED'}",
        )
        cpu_ours = summary([r["cpu_s"] for r in runs["broadsheet"]])
        cpu_raw = summary([r["cpu_s"] for r in runs["raw"]])
        rec.series_row(f"  CPU seconds, procs={procs}", cpu_ours, cpu_raw, "s")
        peak = max(r["peak_tree_mb"] for r in runs["broadsheet"])
        raw_peak = max(r["peak_tree_mb"] for r in runs["raw"])
        rec.row(f"  peak memory (all processes), procs={procs}", peak, raw_peak, "MB")
        figures[f"procs{procs}"] = {
            "broadsheet": ours,
            "raw": theirs,
            "cpu_broadsheet": cpu_ours,
            "cpu_raw": cpu_raw,
            "most_procs_broadsheet": max(r["most_procs"] for r in runs["broadsheet"]),
            "most_procs_raw": max(r["most_procs"] for r in runs["raw"]),
            "runs": runs,
        }
        figures["index"] = {"broadsheet": str(ours_dir), "raw": str(raw_dir), "procs": procs}
        plain_rows(rec, procs, runs, figures[f"procs{procs}"])
    if 1 in medians and len(medians) > 1:
        top = max(medians)
        speedup = {side: medians[1][side] / medians[top][side] for side in ("broadsheet", "raw")}
        figures["speedup"] = {"procs": top, **speedup}
        rec.note(
            f"  speed-up, 1 -> {top} processes",
            f"broadsheet {speedup['broadsheet']:.2f}x, raw {speedup['raw']:.2f}x",
        )
    rec.figures.setdefault("whole", {})["build"] = figures


def plain_rows(
    rec: Recorder, procs: int, runs: dict[str, list[dict[str, Any]]], figures: dict[str, Any]
) -> None:
    """The rows of the plain rebuilds (no stories, no quotes) beside the same raw runs, and
    their figures in ``figures`` (``plain``, ``cpu_plain``, ``plain_ratio``)."""
    name = f"whole rebuild without stories and quotes, procs={procs}"
    if not runs["plain"]:
        rec.note(name, f"not measured: `index rebuild` has no {' and '.join(PLAIN)}")
        return
    ours = summary([r["seconds"] for r in runs["plain"]])
    theirs = summary([r["seconds"] for r in runs["raw"]])
    count = ours["n"]
    rec.series_row(
        f"{name}, {count} run{'s' if count > 1 else ''}",
        ours,
        theirs,
        "s",
        f"<=1.2x: {'met' if ours['median'] <= 1.2 * theirs['median'] else 'MISSED'}",
    )
    cpu = summary([r["cpu_s"] for r in runs["plain"]])
    cpu_raw = summary([r["cpu_s"] for r in runs["raw"]])  # says more than wall on a loaded machine
    rec.series_row(f"  CPU seconds without stories and quotes, procs={procs}", cpu, cpu_raw, "s")
    figures["plain"] = ours
    figures["cpu_plain"] = cpu
    figures["plain_ratio"] = {
        "median": ours["median"] / theirs["median"],
        "min": ours["min"] / theirs["min"],
    }


def _index_pair(rec: Recorder) -> tuple[Path, Path] | None:
    """The broadsheet and raw indexes the whole rebuilds left (at the most processes)."""
    index = rec.figures.get("whole", {}).get("build", {}).get("index")
    if index is None:
        return None
    return Path(index["broadsheet"]), Path(index["raw"])


def search(
    rec: Recorder,
    pair: tuple[Path, Path] | None = None,
    corpus: Path | None = None,
    label: str = "",
) -> dict[str, Any]:
    """``broadsheet search Q --json`` per query against the raw script's ``search``.

    ``pair`` is the broadsheet and raw index of ``corpus`` (by default the ones the whole
    rebuilds left, of the benchmark corpus).
    """
    pair = pair or _index_pair(rec)
    if pair is None:
        rec.note("whole search", "not measured: no whole rebuild to search")
        return {}
    ours_dir, raw_dir = pair
    corpus = corpus or rec.corpus
    queries = QUERIES[:QUICK_QUERIES] if rec.quick else QUERIES

    def ours(query: str) -> dict[str, Any]:
        command = broadsheet(
            "search", query, "--json", "--corpus", str(corpus), "--index-dir", str(ours_dir)
        )
        return run(command, rec.work, sample=None)

    def theirs(query: str) -> dict[str, Any]:
        return run(raw("search", str(raw_dir), query), rec.work, sample=None)

    theirs(queries[0]), ours(queries[0])  # warm the page cache for both
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": []}
    for query in queries:
        runs["raw"].append(theirs(query))
        runs["broadsheet"].append(ours(query))
    ms = {side: [r["seconds"] * 1000 for r in runs[side]] for side in runs}
    figures: dict[str, Any] = {
        "queries": list(queries),
        "p50": pct(ms["broadsheet"], 50),
        "p95": pct(ms["broadsheet"], 95),
        "raw_p50": pct(ms["raw"], 50),
        "raw_p95": pct(ms["raw"], 95),
        "ms": ms,
        "peak_mb": max(r["peak_mb"] for r in runs["broadsheet"]),
        "raw_peak_mb": max(r["peak_mb"] for r in runs["raw"]),
    }
    p50_target = f"<300 ms: {'met' if figures['p50'] < 300 else 'MISSED'}"
    rec.row(f"{label}whole search --json p50", figures["p50"], figures["raw_p50"], "ms", p50_target)
    rec.row(f"{label}whole search --json p95", figures["p95"], figures["raw_p95"], "ms")
    if not label:
        rec.figures.setdefault("whole", {})["search"] = figures
    return figures


def updates(
    rec: Recorder,
    folder: Path | None = None,
    indexes: tuple[Path, Path] | None = None,
    label: str = "",
) -> dict[str, Any]:
    """``broadsheet index update`` after 100 files changed, against the raw script's update.

    The corpus is a folder holding one ``.json`` file per changing article (named
    ``000000.json``, ...; written here from the benchmark corpus unless given); each round
    changes 100 of them, then the raw script re-indexes those 100 records by id and
    ``broadsheet index update`` finds and re-indexes them. ``indexes`` are a broadsheet
    and a raw index of that folder; without them both are built first (the broadsheet
    rebuild's time is kept in the JSON).
    """
    rounds = 1 if rec.quick else 3
    if folder is None:
        folder = rec.work / "whole-files"
        files_corpus(rec.corpus, folder, QUICK_ARTICLES if rec.quick else None)
    built: dict[str, Any] = {}
    if indexes is None:
        indexes = rec.work / f"{folder.name}-bs-index", rec.work / f"{folder.name}-raw-index"
        jsonl = rec.work / f"{folder.name}.jsonl"
        with open(jsonl, "w", encoding="utf-8") as out:
            for path in sorted(folder.glob("*.json")):
                out.write(path.read_text(encoding="utf-8").rstrip("\n") + "\n")
        command = broadsheet("index", "rebuild", "--corpus", str(folder), "--index-dir")
        built = run([*command, str(indexes[0])], rec.work)
        run(raw("build", str(jsonl), str(indexes[1]), "--procs", str(default_procs())), rec.work)
    ours_dir, raw_dir = indexes
    update = broadsheet("index", "update", "--corpus", str(folder), "--index-dir", str(ours_dir))
    noop = run(update, rec.work, sample=None)
    singles = sorted(folder.glob("*.json"))
    count = min(100, len(singles))
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": []}
    for _ in range(rounds):
        changed = amend(folder, count)
        runs["raw"].append(run(raw("update", str(raw_dir), *map(str, changed)), rec.work, None))
        runs["broadsheet"].append(run(update, rec.work, sample=None))
        if f"added, {count:,} changed" not in runs["broadsheet"][-1]["stdout_tail"]:
            raise RuntimeError(f"update did not report {count} changed: {runs['broadsheet'][-1]}")
    ours = summary([r["seconds"] for r in runs["broadsheet"]])
    theirs = summary([r["seconds"] for r in runs["raw"]])
    rec.row(f"{label}whole no-op update", noop["seconds"], None, "s")
    rec.series_row(
        f"{label}whole update, {count} changed files",
        ours,
        theirs,
        "s",
        f"<1 s: {'met' if ours['median'] < 1 else 'MISSED'}",
    )
    figures = {
        "files": len(singles),
        "changed": count,
        "rebuild_s": built.get("seconds"),
        "noop_s": noop["seconds"],
        "broadsheet": ours,
        "raw": theirs,
        "runs": runs,
    }
    if not label:
        rec.figures.setdefault("whole", {})["updates"] = figures
    return figures
