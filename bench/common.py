"""What the benchmark's sections share: the queries, percentiles, fresh children, the table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")
"""The shared corpora: ``$BROADSHEET_CORPORA``, else ``../shared/corpora`` beside the project."""
DEFAULT_CORPUS = CORPORA / "reuters21578.jsonl"
PROSE_CORPUS = CORPORA / "newsarticles.jsonl"
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
import time; from pathlib import Path; from index.store.build import rebuild
t = time.perf_counter(); r = rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=int(sys.argv[3]))
result = {"seconds": time.perf_counter() - t, "docs": r.indexed, "skipped": len(r.skipped)}
"""

SCALE_SEARCH = """
import time; from pathlib import Path; from whoosh.index import open_dir
from bench.common import QUERIES, pct; from bench.raw import parser
from index.search.engine import open_index
ix = open_index(Path(sys.argv[1])); raw = open_dir(sys.argv[2]); rs = raw.searcher()
qp = parser(raw.schema); ours = []; theirs = []
for q in QUERIES:  # warm both
    ix.search(q, limit=20, count=False); rs.search(qp.parse(q), limit=20)
for q in QUERIES:
    t = time.perf_counter(); ix.search(q, limit=20, count=False)
    ours.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter(); r = rs.search(qp.parse(q), limit=20)
    [r.docnum(i) for i in range(r.scored_length())]
    theirs.append((time.perf_counter() - t) * 1000)
result = {"p50": pct(ours, 50), "p95": pct(ours, 95), "raw_p50": pct(theirs, 50),
          "raw_p95": pct(theirs, 95), "ms": dict(zip(QUERIES, ours)),
          "raw_ms": dict(zip(QUERIES, theirs))}
"""


class Recorder:
    """Where every section puts its figures (for the JSON) and its rows (for the table)."""

    def __init__(self, corpus: Path, work: Path, quick: bool, rounds: int = 2) -> None:
        self.corpus = corpus
        self.work = work
        self.quick = quick
        self.rounds = rounds
        self.whole_rounds = 3
        self.figures: dict[str, Any] = {}
        self.rows: list[tuple[str, str, str, str, str]] = []

    def row(self, name: str, ours: float, raw: float | None, unit: str, target: str = "") -> None:
        """One figure, with raw Whoosh's beside it and their ratio when there is one."""
        ratio = f"{ours / raw:.2f}x" if raw else ""
        self.rows.append(
            (name, f"{ours:,.1f} {unit}", f"{raw:,.1f} {unit}" if raw else "", ratio, target)
        )

    def series_row(
        self,
        name: str,
        ours: dict[str, float],
        raw: dict[str, float] | None,
        unit: str,
        target: str = "",
    ) -> None:
        """Repeated runs: median (min-max) of each side, the ratio of medians (and of mins)."""

        def spread(s: dict[str, float]) -> str:
            if s["n"] == 1:
                return f"{s['median']:,.2f} {unit}"
            return f"{s['median']:,.2f} {unit} ({s['min']:,.2f}-{s['max']:,.2f})"

        ratio = ""
        if raw:
            ratio = f"{ours['median'] / raw['median']:.2f}x"
            if ours["n"] > 1:
                ratio += f" (min {ours['min'] / raw['min']:.2f}x)"
        self.rows.append((name, spread(ours), spread(raw) if raw else "", ratio, target))

    def note(self, name: str, text: str) -> None:
        """A row that says what was not measured, and why."""
        self.rows.append((name, text, "", "", ""))


def files_corpus(corpus: Path, folder: Path, limit: int | None = None) -> int:
    """Write the corpus as a folder of one ``.json`` file per article; returns the count."""
    written = 0
    folder.mkdir(parents=True, exist_ok=True)
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            (folder / f"{written:06d}.json").write_text(json.dumps(row), encoding="utf-8")
            written += 1
            if limit and written >= limit:
                break
    return written


def amend(folder: Path, count: int) -> list[Path]:
    """Change the body of the first ``count`` files of a files corpus; returns their paths."""
    changed = []
    for n in range(count):
        path = folder / f"{n:06d}.json"
        row = json.loads(path.read_text(encoding="utf-8"))
        row["body"] += f" Amended {time.time_ns()}."
        path.write_text(json.dumps(row), encoding="utf-8")
        changed.append(path)
    return changed
