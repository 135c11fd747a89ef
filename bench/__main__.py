"""`python -m bench`: broadsheet against raw Whoosh, measured in one run on one machine."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
PROSE_CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles.jsonl"
"""Longer articles for the comparison figure (the benchmark corpus is used if absent)."""
QUICK_ARTICLES = 400
"""``--quick``: the corpus is cut to this many articles (a smoke run, not a measurement)."""

QUERIES: tuple[str, ...] = (
    # single words
    "oil",
    "wheat",
    "coffee",
    "dollar",
    "bank",
    "tariff",
    "strike",
    "merger",
    "yen",
    "gold",
    "inflation",
    "shipping",
    "sugar",
    "acquisition",
    "dividend",
    # pairs
    "crude oil",
    "interest rates",
    "trade deficit",
    "wheat AND export",
    "bank OR banks",
    "gold NOT silver",
    "oil prices",
    "stock split",
    "federal reserve",
    "money supply",
    # phrases
    '"crude oil"',
    '"trade deficit"',
    '"interest rates"',
    '"money supply"',
    '"net loss"',
    '"federal reserve"',
    '"oil prices"',
    '"stock exchange"',
    # prefixes and wildcards
    "bank*",
    "petro*",
    "export*",
    "tariff*",
    "comp?ter",
    "acqui*",
    # fuzzy
    "coffe~",
    "petrolium~2",
    "dolar~",
    "inflaton~",
    "tarif~",
    # fields and dates
    "title:oil",
    "date:[1987-03-01 to 1987-03-31] wheat",
    "date:1987 coffee",
    "date:[1987-04-01 to 1987-04-30] oil",
    "title:bank AND date:[1987-03-01 to 1987-06-30]",
    "date:[1987-10-01 to 1987-10-31] dollar",
)
assert len(QUERIES) == 50


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) of ``values``, nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON line, we add its peak memory."""
    wrapper = (
        "import json, resource, sys\n"
        f"{code}\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "result['peak_mb'] = round(peak / 1024, 1)\n"
        "print(json.dumps(result))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed: {done.stderr.strip()[-800:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


RAW_BUILD = """
import time; from pathlib import Path; from bench.raw import build
t = time.perf_counter(); n = build(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
result = {"seconds": time.perf_counter() - t, "docs": n}
"""
BS_BUILD = """
import time; from pathlib import Path; from index.build import rebuild
t = time.perf_counter(); r = rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=int(sys.argv[3]))
result = {"seconds": time.perf_counter() - t, "docs": r.indexed, "skipped": len(r.skipped)}
"""

SCALE_SEARCH = """
import time; from pathlib import Path; from whoosh.index import open_dir
from bench.__main__ import QUERIES, pct; from bench.raw import parser
from index.search import open_index
ix = open_index(Path(sys.argv[1])); raw = open_dir(sys.argv[2]); rs = raw.searcher()
qp = parser(raw.schema); ours = []; theirs = []
for q in QUERIES:  # warm both
    ix.search(q, limit=20, snippets=False, count=False); rs.search(qp.parse(q), limit=20)
for q in QUERIES:
    t = time.perf_counter(); ix.search(q, limit=20, snippets=False, count=False)
    ours.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter(); r = rs.search(qp.parse(q), limit=20)
    [r.docnum(i) for i in range(r.scored_length())]
    theirs.append((time.perf_counter() - t) * 1000)
result = {"p50": pct(ours, 50), "p95": pct(ours, 95), "raw_p50": pct(theirs, 50),
          "raw_p95": pct(theirs, 95), "ms": dict(zip(QUERIES, ours)),
          "raw_ms": dict(zip(QUERIES, theirs))}
"""


class Bench:
    """Runs the sections and collects figures, ratios and target verdicts."""

    def __init__(self, corpus: Path, work: Path, quick: bool, rounds: int = 2) -> None:
        self.corpus = corpus
        self.work = work
        self.quick = quick
        self.rounds = rounds
        self.figures: dict[str, Any] = {}
        self.rows: list[tuple[str, str, str, str, str]] = []

    def row(self, name: str, ours: float, raw: float | None, unit: str, target: str = "") -> None:
        ratio = f"{ours / raw:.2f}x" if raw else ""
        self.rows.append(
            (name, f"{ours:,.1f} {unit}", f"{raw:,.1f} {unit}" if raw else "", ratio, target)
        )

    # -- sections --------------------------------------------------------------------------

    def build(self) -> None:
        """Full rebuilds, raw and ours alternately, ``rounds`` times each; the best counts.

        Each build runs in a fresh interpreter. The machine is shared, so one slow run says
        little; alternating the two sides and keeping each side's best compares like with
        like (every run is kept in the JSON).
        """
        figures: dict[str, Any] = {}
        for procs in (1, 2):
            runs: dict[str, list[dict[str, Any]]] = {"raw": [], "broadsheet": []}
            for round_ in range(self.rounds):
                last = round_ == self.rounds - 1  # the last round's indexes are kept
                raw_dir = self.work / (f"raw-{procs}" if last else f"raw-{procs}-{round_}")
                our_dir = self.work / (f"bs-{procs}" if last else f"bs-{procs}-{round_}")
                runs["raw"].append(child(RAW_BUILD, str(self.corpus), str(raw_dir), str(procs)))
                runs["broadsheet"].append(
                    child(BS_BUILD, str(self.corpus), str(our_dir), str(procs))
                )
                if not last:
                    shutil.rmtree(raw_dir, ignore_errors=True)
                    shutil.rmtree(our_dir, ignore_errors=True)
            raw = min(runs["raw"], key=lambda r: r["seconds"])
            ours = min(runs["broadsheet"], key=lambda r: r["seconds"])
            figures[f"procs{procs}"] = {"raw": raw, "broadsheet": ours, "runs": runs}
            ratio = ours["seconds"] / raw["seconds"]
            best = f", best of {self.rounds}" if self.rounds > 1 else ""
            self.row(
                f"rebuild, {procs} process{'es' if procs > 1 else ''}{best}",
                ours["seconds"],
                raw["seconds"],
                "s",
                f"<=1.25x: {'met' if ratio <= 1.25 else 'MISSED'}",
            )
            peak_ours = max(r["peak_mb"] for r in runs["broadsheet"])
            peak_raw = max(r["peak_mb"] for r in runs["raw"])
            self.row(f"rebuild peak memory, procs={procs}", peak_ours, peak_raw, "MB")
        self.figures["build"] = figures

    def search(self) -> None:
        from whoosh.index import open_dir

        from bench.raw import parser
        from index.search import open_index

        raw_ix = open_dir(str(self.work / "raw-2"))
        raw_searcher = raw_ix.searcher()
        qp = parser(raw_ix.schema)
        ours = open_index(self.work / "bs-2" if (self.work / "bs-2").exists() else self.work)
        raw_times: list[float] = []
        our_times: list[float] = []
        snippet_times: list[float] = []
        count_times: list[float] = []
        for _ in range(2):  # the first pass warms caches for both alike
            raw_times.clear()
            our_times.clear()
            snippet_times.clear()
            count_times.clear()
            for text in QUERIES:
                t = time.perf_counter()
                results = raw_searcher.search(qp.parse(text), limit=20)
                [results.docnum(i) for i in range(results.scored_length())]
                raw_times.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                ours.search(text, limit=20, snippets=False, count=False)
                our_times.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                ours.search(text, limit=20, snippets=True, count=False)
                snippet_times.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                ours.search(text, limit=20, snippets=False, count=True)
                count_times.append((time.perf_counter() - t) * 1000)
        p95_ratio = pct(our_times, 95) / pct(raw_times, 95)
        self.row("search p50", pct(our_times, 50), pct(raw_times, 50), "ms")
        self.row(
            "search p95",
            pct(our_times, 95),
            pct(raw_times, 95),
            "ms",
            f"<=1.3x: {'met' if p95_ratio <= 1.3 else 'MISSED'}",
        )
        self.row("search p95, exact total counted", pct(count_times, 95), pct(raw_times, 95), "ms")
        extra = [s - o for s, o in zip(snippet_times, our_times, strict=True)]
        self.row(
            "highlight+snippets of top 20, p95",
            pct(extra, 95),
            None,
            "ms",
            f"<50 ms: {'met' if pct(extra, 95) < 50 else 'MISSED'}",
        )
        # the reading pane: a 5,000-word article (joined from corpus bodies), highlighted
        body = self._long_body(ours, 5000)
        highlighter = ours.highlighter("oil OR price* OR market")
        opens: list[float] = []
        for _ in range(5):
            t = time.perf_counter()
            highlighter.spans(body)
            opens.append((time.perf_counter() - t) * 1000)
        self.row(f"highlight a {len(body.split()):,}-word article", min(opens), None, "ms")
        self.figures["search"] = {
            "raw_ms": raw_times,
            "broadsheet_ms": our_times,
            "with_snippets_ms": snippet_times,
            "with_count_ms": count_times,
            "open_article_ms": opens,
        }
        ours.close()
        raw_searcher.close()

    @staticmethod
    def _long_body(index: Any, words: int) -> str:
        """A body of about ``words`` words, joined from the corpus's articles."""
        parts: list[str] = []
        count = 0
        for hit in index.search("", limit=500, snippets=False).hits:
            body = index.article(hit.id).body
            parts.append(body)
            count += len(body.split())
            if count >= words:
                break
        return "\n\n".join(parts)

    def updates(self) -> None:
        from index.build import rebuild, update

        folder = self.work / "files"
        limit = QUICK_ARTICLES if self.quick else None
        written = 0
        folder.mkdir()
        with open(self.corpus, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = json.loads(line)
                (folder / f"{written:06d}.json").write_text(json.dumps(row), encoding="utf-8")
                written += 1
                if limit and written >= limit:
                    break
        index_dir = self.work / "files-index"
        rebuild(folder, index_dir)
        figures: dict[str, float] = {}
        t = time.perf_counter()
        update(folder, index_dir)
        figures["noop_s"] = time.perf_counter() - t

        def change(count: int) -> float:
            for n in range(count):
                path = folder / f"{n:06d}.json"
                row = json.loads(path.read_text(encoding="utf-8"))
                row["body"] += f" Amended {time.time_ns()}."
                path.write_text(json.dumps(row), encoding="utf-8")
            t = time.perf_counter()
            report = update(folder, index_dir)
            assert report.indexed == count, report
            return time.perf_counter() - t

        figures["one_s"] = change(1)
        figures["hundred_s"] = change(100)
        raw = self._raw_updates(folder)
        self.row(
            f"no-op update ({written:,} files)",
            figures["noop_s"],
            None,
            "s",
            f"<2 s: {'met' if figures['noop_s'] < 2 else 'MISSED'}",
        )
        self.row(
            "update, 1 changed file",
            figures["one_s"],
            raw["one_s"],
            "s",
            f"<2 s: {'met' if figures['one_s'] < 2 else 'MISSED'}",
        )
        self.row("update, 100 changed files", figures["hundred_s"], raw["hundred_s"], "s")
        self.figures["updates"] = {"broadsheet": figures, "raw": raw, "files": written}

    def _raw_updates(self, folder: Path) -> dict[str, float]:
        """Raw Whoosh's incremental floor: update_document for the changed docs, commit."""
        from bench.raw import build, open_raw

        jsonl = self.work / "files.jsonl"
        with open(jsonl, "w", encoding="utf-8") as out:
            for path in sorted(folder.glob("*.json")):
                out.write(path.read_text(encoding="utf-8") + "\n")
        raw_dir = self.work / "raw-files"
        build(jsonl, raw_dir, 1)
        figures = {}
        for name, count in (("one_s", 1), ("hundred_s", 100)):
            ix = open_raw(raw_dir)
            t = time.perf_counter()
            writer = ix.writer()
            for n in range(count):
                row = json.loads((folder / f"{n:06d}.json").read_text(encoding="utf-8"))
                writer.update_document(id=str(row["id"]), title=row["title"], body=row["body"])
            writer.commit()
            figures[name] = time.perf_counter() - t
            ix.close()
        return figures

    def compare(self) -> None:
        try:
            from index.compare import compare
        except ImportError:
            self.rows.append(("comparison", "not available", "", "", ""))
            return
        texts = []
        prose = PROSE_CORPUS if PROSE_CORPUS.exists() else self.corpus
        with open(prose, encoding="utf-8") as f:
            bodies = [json.loads(line)["body"] for line in f if line.strip()][:400]
        for start in (0, 200):
            words: list[str] = []
            paragraphs = []
            for body in bodies[start:]:
                paragraphs.append(body)
                words.extend(body.split())
                if len(words) >= 5000:
                    break
            texts.append("\n\n".join(paragraphs))
        # share some paragraphs so the alignment has work to do
        a, b = texts[0], texts[1] + "\n\n" + "\n\n".join(texts[0].split("\n\n")[:5])
        compare.cache_clear() if hasattr(compare, "cache_clear") else None
        t = time.perf_counter()
        compare(a, b)
        seconds = (time.perf_counter() - t) * 1000
        self.row(
            "compare two ~5,000-word articles",
            seconds,
            None,
            "ms",
            f"<500 ms: {'met' if seconds < 500 else 'MISSED'}",
        )
        self.figures["compare_ms"] = seconds

    def tui(self) -> None:
        try:
            from bench.tui_bench import measure
        except ImportError:
            self.rows.append(("TUI figures", "not available", "", "", ""))
            return
        index_dir = self.work / "bs-2"
        result = child(
            "import asyncio; from pathlib import Path; from bench.tui_bench import measure\n"
            "result = asyncio.run(measure(Path(sys.argv[1]), Path(sys.argv[2])))",
            str(self.corpus),
            str(index_dir),
        )
        _ = measure
        self.row(
            "TUI first paint",
            result["first_paint_ms"],
            None,
            "ms",
            f"<1000 ms: {'met' if result['first_paint_ms'] < 1000 else 'MISSED'}",
        )
        self.row(
            "TUI keystroke to list painted, p95",
            result["keystroke_p95_ms"],
            None,
            "ms",
            f"<150 ms: {'met' if result['keystroke_p95_ms'] < 150 else 'MISSED'}",
        )
        self.row(
            "TUI keystroke until idle (Pilot press returns), p95",
            result["keystroke_idle_p95_ms"],
            None,
            "ms",
        )
        self.row(
            f"TUI open a {result['open_article_words']:,}-word article: first screen",
            result["open_article_first_screen_ms"],
            None,
            "ms",
        )
        self.row(
            "TUI open it: whole article laid out and lit",
            result["open_article_complete_ms"],
            None,
            "ms",
        )
        self.row(
            "TUI resident memory",
            result["rss_mb"],
            None,
            "MB",
            f"<300 MB: {'met' if result['rss_mb'] < 300 else 'MISSED'}",
        )
        self.figures["tui"] = result

    def scale(self) -> None:
        sizes = (QUICK_ARTICLES, 2 * QUICK_ARTICLES) if self.quick else (10_000, 50_000, 100_000)
        figures = []
        with open(self.corpus, encoding="utf-8") as handle:
            source = [line for line in handle if line.strip()]
        for size in sizes:
            jsonl = self.work / f"scale-{size}.jsonl"
            with open(jsonl, "w", encoding="utf-8") as out:
                for n in range(size):
                    row = json.loads(source[n % len(source)])
                    row["id"] = f"{row['id']}-r{n // len(source)}"
                    out.write(json.dumps(row) + "\n")
            index_dir = self.work / f"scale-{size}"
            raw_dir = self.work / f"scale-raw-{size}"
            built = child(BS_BUILD, str(jsonl), str(index_dir), "2")
            raw_built = child(RAW_BUILD, str(jsonl), str(raw_dir), "2")
            latency = child(SCALE_SEARCH, str(index_dir), str(raw_dir))
            figures.append(
                {
                    "articles": size,
                    "build_s": built["seconds"],
                    "raw_build_s": raw_built["seconds"],
                    **latency,
                }
            )
            self.row(f"scale {size:,}: build", built["seconds"], raw_built["seconds"], "s")
            self.row(f"scale {size:,}: search p50", latency["p50"], latency["raw_p50"], "ms")
            self.row(
                f"scale {size:,}: search p95",
                latency["p95"],
                latency["raw_p95"],
                "ms",
                f"<300 ms: {'met' if latency['p95'] < 300 else 'MISSED'}",
            )
            shutil.rmtree(index_dir, ignore_errors=True)
            shutil.rmtree(raw_dir, ignore_errors=True)
            jsonl.unlink()
        self.figures["scale"] = figures


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    whoosh = "unknown"
    for dist in ("whoosh-reloaded", "Whoosh", "whoosh-ng"):
        try:
            whoosh = f"{dist} {version(dist)}"
            break
        except PackageNotFoundError:
            continue
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "whoosh": whoosh,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table and write JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    parser.add_argument(
        "--quick", action="store_true", help=f"a smoke run on {QUICK_ARTICLES} articles"
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="full rebuilds per side; the best counts"
    )
    parser.add_argument("--skip-scale", action="store_true", help="skip the 10k-100k runs")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["build", "search", "updates", "compare", "tui", "scale"],
        help="run only these sections (search and tui need build)",
    )
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if not corpus.exists():
        print(f"bench: corpus not found: {corpus}", file=sys.stderr)
        return 3
    work = Path(tempfile.mkdtemp(prefix="broadsheet-bench-"))
    if args.quick:
        small = work / "quick.jsonl"
        with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n >= QUICK_ARTICLES:
                    break
                out.write(line)
        corpus = small
    bench = Bench(corpus, work, args.quick, max(1, args.rounds))
    sections: list[tuple[str, Callable[[], None]]] = [
        ("build", bench.build),
        ("search", bench.search),
        ("updates", bench.updates),
        ("compare", bench.compare),
        ("tui", bench.tui),
        ("scale", bench.scale),
    ]
    chosen = set(args.only or [name for name, _ in sections])
    if args.skip_scale:
        chosen.discard("scale")
    if chosen & {"search", "tui"}:
        chosen.add("build")
    try:
        for name, run in sections:
            if name in chosen:
                print(f"bench: {name}...", file=sys.stderr, flush=True)
                run()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {
        "quick": args.quick,
        "machine": machine(),
        "corpus": str(args.corpus),
        "figures": bench.figures,
        "rows": bench.rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    from rich.console import Console
    from rich.table import Table

    title = f"broadsheet vs raw Whoosh on {args.corpus.name}"
    if args.quick:
        title += f" (--quick: {QUICK_ARTICLES} articles, a smoke run, not a measurement)"
    table = Table(title=title, title_justify="left")
    for column in ("figure", "broadsheet", "raw Whoosh", "ratio", "target"):
        table.add_column(column, justify="left" if column in ("figure", "target") else "right")
    for row in bench.rows:
        table.add_row(*row)
    Console().print(table)
    print(f"bench: wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
