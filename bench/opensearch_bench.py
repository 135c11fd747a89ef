"""`python -m bench.opensearch_bench`: broadsheet on Whoosh and on OpenSearch, side by side.

Needs a node (`make opensearch`, or ``--url``). Loads one corpus (or, with ``--articles
N``, the corpus replicated with new ids to N articles) into both engines and
asks both the 50 queries of `bench.__main__` (``limit=20``, no snippets, no exact count,
second pass), then prints load times, search p50/p95 with ratios OpenSearch / Whoosh, and
the node's resident memory and index size. Every raw figure goes to
``bench/results/opensearch.json`` (not committed). The same hit sets are the business of
``tests/opensearch/test_differential.py``; here only their totals are checked.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_CORPUS, QUERIES, QUICK_ARTICLES, ROOT, pct

BENCH_INDEX = "broadsheet-bench"


def _articles(corpus: Path) -> Iterator[Any]:
    """The articles of ``corpus`` as broadsheet reads them, one at a time."""
    from index.ingest.files import ReadError
    from index.ingest.readers import read_source, scan

    sources, _ = scan(corpus.resolve())
    for source in sources:
        try:
            yield from read_source(source).articles
        except ReadError:
            continue


PART_ARTICLES = 20_000
"""Articles in one file of a replicated corpus: broadsheet reads a file whole before it
sends its articles, so a million articles in one file would take gigabytes at once."""


def replicate(corpus: Path, size: int, out: Path) -> Path:
    """``size`` articles as a folder of JSON Lines files (`PART_ARTICLES` articles each):
    the corpus's records repeated, ids made new."""
    with open(corpus, encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    for start in range(0, size, PART_ARTICLES):
        with open(out / f"part-{start // PART_ARTICLES:04d}.jsonl", "w", encoding="utf-8") as part:
            for n in range(start, min(size, start + PART_ARTICLES)):
                row = json.loads(rows[n % len(rows)])
                row["id"] = f"{row.get('id', n)}-r{n // len(rows)}"
                part.write(json.dumps(row) + "\n")
    return out


def _node_memory(client: Any) -> dict[str, Any]:
    """The node's resident memory (when it runs on this machine) and JVM heap in use."""
    import psutil

    stats = client.nodes.stats(metric="jvm,process")["nodes"]
    info = client.nodes.info(metric="process")["nodes"]
    found: dict[str, Any] = {}
    for node_id, node in stats.items():
        heap = node["jvm"]["mem"]["heap_used_in_bytes"] / 2**20
        found["heap_used_mb"] = round(heap, 1)
        pid = info.get(node_id, {}).get("process", {}).get("id")
        try:
            found["rss_mb"] = round(psutil.Process(int(pid)).memory_info().rss / 2**20, 1)
        except (TypeError, ValueError, psutil.Error):
            found["rss_mb"] = None  # a remote node
    return found


def run(
    corpus: Path,
    url: str | None,
    quick: bool,
    name: str = BENCH_INDEX,
    size: int | None = None,
    whoosh_side: bool = True,
) -> dict[str, Any]:
    """Load ``corpus`` (replicated to ``size`` articles) into both engines (or only
    OpenSearch), time the queries; return every figure."""
    from index.opensearch.engine import OpenSearchIndex
    from index.search.engine import open_index
    from index.search.limits import Budget
    from index.store.build import rebuild

    limit = QUICK_ARTICLES if quick else None
    work = Path(tempfile.mkdtemp(prefix="bench-opensearch-"))
    figures: dict[str, Any] = {"corpus": str(corpus)}

    source = corpus
    if limit:
        source = work / "quick.jsonl"
        with open(corpus, encoding="utf-8") as handle:
            source.write_text("".join(handle.readline() for _ in range(limit)), encoding="utf-8")
    elif size:
        source = replicate(corpus, size, work / "scaled")
    whoosh = None
    if whoosh_side:
        t = time.perf_counter()
        whoosh_report = rebuild(source, work / "whoosh", procs=2)
        figures["whoosh_build_s"] = time.perf_counter() - t
        whoosh = open_index(work / "whoosh")
        whoosh.searcher.budget = Budget(3600.0)  # a shared machine: time it, never stop it

    engine = OpenSearchIndex(name, url)
    t = time.perf_counter()  # reading the files, Whoosh's analysis and the bulk load overlap
    report = engine.rebuild(_articles(source))
    figures["opensearch_load_s"] = time.perf_counter() - t
    figures["articles"] = report.indexed
    if whoosh_side:
        assert report.indexed == whoosh_report.indexed, (report, whoosh_report)

    times: dict[str, list[float]] = {"whoosh": [], "opensearch": []}
    totals: dict[str, list[int]] = {"whoosh": [], "opensearch": []}
    overlap: list[float] = []
    for _ in range(2):  # the first pass warms both
        for side in times.values():
            side.clear()
        for values in totals.values():
            values.clear()
        overlap.clear()
        for text in QUERIES:
            t = time.perf_counter()
            ours = whoosh.search(text, limit=20, count=False) if whoosh else None
            times["whoosh"].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            theirs = engine.search(text, limit=20, count=False)
            times["opensearch"].append((time.perf_counter() - t) * 1000)
            totals["whoosh"].append(len(ours.hits) if ours else len(theirs.hits))
            totals["opensearch"].append(len(theirs.hits))
            top = {hit.id for hit in ours.hits[:10]} if ours else set()
            if top:  # how alike the two rankings are (scores differ by design)
                overlap.append(len(top & {hit.id for hit in theirs.hits[:10]}) / len(top))
    figures["search_ms"] = times
    figures["hits_per_query"] = totals
    figures["top10_overlap"] = sum(overlap) / len(overlap) if overlap else None
    figures["disagreeing"] = [
        text
        for text, ours, theirs in zip(QUERIES, totals["whoosh"], totals["opensearch"], strict=True)
        if ours != theirs
    ]
    figures["node"] = _node_memory(engine.client)
    stats = engine.client.indices.stats(index=name, metric="store")
    figures["index_mb"] = round(stats["_all"]["primaries"]["store"]["size_in_bytes"] / 2**20, 1)
    if whoosh:
        whoosh.close()
    engine.drop()
    return figures


def report(figures: dict[str, Any]) -> str:
    """The figures as a Markdown table (the Whoosh column empty when it was not run)."""
    ms = figures["search_ms"]
    whoosh = "whoosh_build_s" in figures
    o50, o95 = pct(ms["opensearch"], 50), pct(ms["opensearch"], 95)
    load = figures["opensearch_load_s"]
    node = figures["node"]
    memory = f"{node.get('rss_mb')} / {node.get('heap_used_mb')} MB"
    if whoosh:
        w50, w95 = pct(ms["whoosh"], 50), pct(ms["whoosh"], 95)
        build = figures["whoosh_build_s"]
        loads = f"{build:.1f} s (2 processes) | {load / build:.2f}x"
        p50 = f"{w50:.1f} ms | {o50 / w50:.2f}x"
        p95 = f"{w95:.1f} ms | {o95 / w95:.2f}x"
    else:
        loads = p50 = p95 = "not run | "
    overlap = figures["top10_overlap"]
    rows = [
        "| figure | OpenSearch | Whoosh (broadsheet) | ratio |",
        "| --- | --- | --- | --- |",
        f"| load {figures['articles']:,} articles (read + analyse + index) | {load:.1f} s"
        f" | {loads} |",
        f"| search p50, 50 queries, limit 20 | {o50:.1f} ms | {p50} |",
        f"| search p95 | {o95:.1f} ms | {p95} |",
        f"| node resident memory / heap in use | {memory} | | |",
        f"| index size on disk | {figures['index_mb']} MB | | |",
    ]
    if overlap is not None:
        rows.append(f"| same articles in the top 10 (mean over queries) | {overlap:.0%} | | |")
    if figures["disagreeing"]:
        rows.append(f"\nqueries with other hits on each engine: {figures['disagreeing']}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--url", help="the cluster (default: BROADSHEET_OPENSEARCH_URL or :9200)")
    parser.add_argument("--index", default=BENCH_INDEX, help="the index to (re)build and drop")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles only")
    parser.add_argument(
        "--articles", type=int, help="replicate the corpus (new ids) to this many articles"
    )
    parser.add_argument(
        "--opensearch-only", action="store_true", help="leave Whoosh out (the largest sizes)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "opensearch.json")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    figures = run(
        args.corpus, args.url, args.quick, args.index, args.articles, not args.opensearch_only
    )
    figures["machine"] = {"python": platform.python_version(), "platform": platform.platform()}
    figures["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
