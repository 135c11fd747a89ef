"""Quote extraction and grouping by two builds of the same code: pure Python and compiled.

``python -m bench.quotes_compiled --pure DIR --compiled DIR [--corpus NAME ...] [--rounds N]``
runs, in a fresh interpreter for each side (``DIR`` first on ``sys.path``, so a build whose
modules were compiled in place, e.g. by ``mypyc``, imports its ``.so`` files), what a rebuild
does with quotes: `QuotesDerived.extract` of every article of the corpus files of
``$BROADSHEET_CORPORA`` (``newsarticles.jsonl`` by default; cleaning not counted), then the
grouping (`QuoteIndex.add_article` of every article, then `QuoteIndex.groups`). It prints
each side's CPU seconds for the first extraction (the name lists and rules load with it),
the rest of the extraction and the grouping, and how many of the ``index.analysis`` modules
it used were compiled; then compares the two sides' output exactly: every article's quotes
(text, span, speaker, description, every field of `Quote.to_json`) and words, and every
group (`quote_group_json.stored`). With ``--rounds N`` it times both ``N`` more times,
alternating (pure, compiled, pure, ...), and prints the medians. Exit status 1 when the
output differs.

Build a compiled side (scratch copy, never the worktree):
``git archive HEAD | tar -x -C /tmp/X/comp && cd /tmp/X/comp && mypyc index/analysis/....py``.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.quotes_same import CORPORA

_ONE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from index.analysis.quote_derived import QuotesDerived
from index.analysis.quote_group_json import stored
from index.analysis.quote_groups import QuoteIndex
from index.ingest.readers import iter_articles
from index.models import Article
out, corpora = sys.argv[2], sys.argv[3:]
articles = [a for c in corpora for a in iter_articles(c) if isinstance(a, Article)]
derived = QuotesDerived()
started = time.process_time()
found = [derived.extract(articles[0])]
first = time.process_time() - started
started = time.process_time()
found += [derived.extract(article) for article in articles[1:]]
extract = time.process_time() - started
started = time.process_time()
index = QuoteIndex()
for f in found:
    index.add_article(f.id, f.source, f.date, f.quotes, f.words)
groups = index.groups()
group = time.process_time() - started
mods = [m for n, m in sys.modules.items() if n.startswith("index.analysis.")]
compiled = sum(1 for m in mods if str(getattr(m, "__file__", "")).endswith(".so"))
if out != "-":
    with open(out, "w", encoding="utf-8") as sink:
        for f in found:
            row = (f.id, [q.to_json() for q in f.quotes], f.words)
            sink.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\\n")
        for g in groups:
            sink.write(json.dumps(stored(g), ensure_ascii=False, sort_keys=True) + "\\n")
quotes = sum(len(f.quotes) for f in found)
print(len(found), quotes, len(groups), first, extract, group, compiled, len(mods))
"""

FIELDS = ("articles", "quotes", "groups", "first", "extract", "group", "compiled", "modules")


def run(code: Path, out: str, corpora: list[Path]) -> dict[str, float]:
    """One side's counts and CPU seconds (`FIELDS`), its output written to ``out``
    unless it is "-"."""
    args = [sys.executable, "-c", _ONE, str(code), out, *map(str, corpora)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=code)
    if done.returncode:
        raise SystemExit(f"{code}: extraction failed:\n{done.stderr[-3000:]}")
    return dict(zip(FIELDS, map(float, done.stdout.split()), strict=True))


def _line(side: str, got: dict[str, float]) -> str:
    return (
        f"{side}: {got['articles']:.0f} articles, {got['quotes']:.0f} quotes, "
        f"{got['groups']:.0f} groups; CPU s: first extraction {got['first']:.2f}, "
        f"extraction {got['extract']:.2f}, grouping {got['group']:.2f}; "
        f"compiled modules {got['compiled']:.0f} of {got['modules']:.0f}"
    )


def compare(old: Path, new: Path) -> int:
    """Print the first differing lines of two dumps; the number of differing lines."""
    old_lines = old.read_text(encoding="utf-8").splitlines()
    new_lines = new.read_text(encoding="utf-8").splitlines()
    differ = [k for k, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b]
    differ += list(range(min(len(old_lines), len(new_lines)), max(len(old_lines), len(new_lines))))
    for k in differ[:5]:
        print(f"line {k} differs:\n  pure     {old_lines[k][:300] if k < len(old_lines) else None}")
        print(f"  compiled {new_lines[k][:300] if k < len(new_lines) else None}")
    return len(differ)


def main(argv: list[str] | None = None) -> int:
    """Compare the two sides' output, then time them; exit status 1 when it differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pure", type=Path, required=True, help="a checkout, not compiled")
    parser.add_argument("--compiled", type=Path, required=True, help="the same, compiled")
    parser.add_argument("--corpus", nargs="+", default=["newsarticles.jsonl"])
    parser.add_argument("--rounds", type=int, default=0, help="timed runs each way after")
    args = parser.parse_args(argv)
    corpora = [CORPORA / name for name in args.corpus]
    sides = {"pure": args.pure.resolve(), "compiled": args.compiled.resolve()}
    with tempfile.TemporaryDirectory(prefix="quotes-compiled-") as scratch:
        dumps = {side: Path(scratch) / f"{side}.jsonl" for side in sides}
        for side, code in sides.items():
            got = run(code, str(dumps[side]), corpora)
            digest = hashlib.blake2b(dumps[side].read_bytes(), digest_size=8).hexdigest()
            print(f"{_line(side, got)}; digest {digest}", flush=True)
        differ = compare(dumps["pure"], dumps["compiled"])
    print("same quotes, speakers and groups" if not differ else f"{differ} lines differ")
    times: dict[str, dict[str, list[float]]] = {s: {"extract": [], "group": []} for s in sides}
    for _ in range(args.rounds):
        for side, code in sides.items():
            got = run(code, "-", corpora)
            for part in ("extract", "group"):
                times[side][part].append(got[part])
            print(_line(side, got), flush=True)
    for side, parts in times.items():
        for part, seconds in parts.items():
            if seconds:
                runs = " ".join(f"{s:.2f}" for s in seconds)
                print(f"{side} {part}: median {statistics.median(seconds):.2f} CPU s ({runs})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
