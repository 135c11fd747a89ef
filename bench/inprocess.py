"""The in-process figures: broadsheet's functions against raw Whoosh's, in fresh interpreters."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

from bench.common import (
    BS_BUILD,
    PROSE_CORPUS,
    QUERIES,
    QUICK_ARTICLES,
    RAW_BUILD,
    Recorder,
    amend,
    child,
    files_corpus,
    pct,
)


class Bench(Recorder):
    """The in-process sections: broadsheet's functions against raw Whoosh's, side by side."""

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
        written = files_corpus(self.corpus, folder, QUICK_ARTICLES if self.quick else None)
        index_dir = self.work / "files-index"
        rebuild(folder, index_dir)
        figures: dict[str, float] = {}
        t = time.perf_counter()
        update(folder, index_dir)
        figures["noop_s"] = time.perf_counter() - t

        def change(count: int) -> float:
            amend(folder, count)
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
