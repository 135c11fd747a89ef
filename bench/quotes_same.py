"""Same quotes from two versions of the code, and the CPU seconds each spends extracting them.

``python -m bench.quotes_same --old DIR [--new DIR] [--rounds N] [--reuters N]`` extracts the
quotes of every article of ``newsarticles.jsonl`` and ``allsides_stories.jsonl`` and of the
first ``--reuters`` Reuters articles (all with ``--reuters -1``) as a rebuild does
(`QuotesDerived.extract`: the quotes and the words grouping compares), once with the code in
``DIR`` (a checkout of another commit, e.g. ``git archive main | tar -x -C DIR``) and once
with this tree's (or ``--new``'s), each in a fresh interpreter, and compares their JSON
exactly, article by article. With ``--rounds N`` it then times both ``N`` times more,
alternating (old, new, old, ...), and prints each run's extraction CPU seconds (cleaning
not counted).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT

CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")

_ONE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from index.analysis.quote_derived import QuotesDerived
from index.ingest.readers import iter_articles
from index.models import Article
out, limit, corpora = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
articles = []
for corpus in corpora:
    found = [a for a in iter_articles(corpus) if isinstance(a, Article)]
    if "reuters" in corpus and limit >= 0:
        found = found[:limit]
    articles.extend(found)
derived = QuotesDerived()
derived.extract(articles[0])  # the name lists load with the first extraction: not counted
cpu, rows = 0.0, []
for article in articles:
    started = time.process_time()
    found = derived.extract(article)
    cpu += time.process_time() - started
    rows.append((found.id, [q.to_json() for q in found.quotes], found.words))
if out != "-":
    with open(out, "w", encoding="utf-8") as sink:
        for row in rows:
            sink.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\\n")
print(len(rows), sum(len(r[1]) for r in rows), cpu)
"""


def run(code: Path, out: str, reuters: int) -> tuple[int, int, float]:
    """Articles, quotes and extraction CPU seconds of one pass with the code in ``code``
    (its JSON lines written to ``out`` unless it is "-")."""
    corpora = [CORPORA / name for name in ("newsarticles.jsonl", "allsides_stories.jsonl")]
    corpora.append(CORPORA / "reuters21578.jsonl")
    args = [sys.executable, "-c", _ONE, str(code), out, str(reuters), *map(str, corpora)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=code)
    if done.returncode:
        raise SystemExit(f"{code}: extraction failed:\n{done.stderr}")
    articles, quotes, cpu = done.stdout.split()
    return int(articles), int(quotes), float(cpu)


def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()


def compare(old: Path, new: Path) -> int:
    """Print the first differing articles of two dumps; the number of differing lines."""
    old_lines = old.read_text(encoding="utf-8").splitlines()
    new_lines = new.read_text(encoding="utf-8").splitlines()
    differ = [k for k, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b]
    differ += list(range(min(len(old_lines), len(new_lines)), max(len(old_lines), len(new_lines))))
    for k in differ[:5]:
        print(f"line {k} differs:\n  old {old_lines[k][:300] if k < len(old_lines) else None}")
        print(f"  new {new_lines[k][:300] if k < len(new_lines) else None}")
    return len(differ)


def main(argv: list[str] | None = None) -> int:
    """Compare, then time; exit status 1 when the quotes differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the old code")
    parser.add_argument("--new", type=Path, default=ROOT, help="default: this tree")
    parser.add_argument("--reuters", type=int, default=3000, help="-1: every Reuters article")
    parser.add_argument("--rounds", type=int, default=0, help="timed runs each way after")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quotes-same-") as scratch:
        dumps = {side: Path(scratch) / f"{side}.jsonl" for side in ("old", "new")}
        for side, code in (("old", args.old), ("new", args.new)):
            articles, quotes, cpu = run(code.resolve(), str(dumps[side]), args.reuters)
            print(
                f"{side}: {articles} articles, {quotes} quotes, {cpu:.2f} CPU s, "
                f"digest {_digest(dumps[side])}"
            )
        differ = compare(dumps["old"], dumps["new"])
    print("same JSON for every article" if not differ else f"{differ} articles differ")
    times: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for side, code in (("old", args.old), ("new", args.new)):
            times[side].append(run(code.resolve(), "-", args.reuters)[2])
            print(f"{side} {times[side][-1]:.2f}", flush=True)
    print_medians(times)
    return 1 if differ else 0


def print_medians(times: dict[str, list[float]]) -> None:
    """Each side's median CPU seconds and every run (nothing when no run was timed)."""
    for side, seconds in times.items():
        if seconds:
            runs = " ".join(f"{s:.2f}" for s in seconds)
            print(f"{side}: median {statistics.median(seconds):.2f} CPU s ({runs})")


if __name__ == "__main__":
    sys.exit(main())
