"""Which quote groups a grouping change joins or splits, over the three shared corpora.

``python -m bench.quote_joins --old DIR [--pickle FILE] [--limit N]`` extracts the quotes of
every article of ``newsarticles.jsonl``, ``allsides_stories.jsonl`` and
``reuters21578.jsonl`` once, with this tree's code (kept in ``--pickle`` and read from there
by a later run), groups them with the code in ``DIR`` (a checkout of another commit, e.g.
``git archive main | tar -x -C DIR``) and with this tree's, each in a fresh interpreter,
and prints every group of two quotes or more that one side has and the other splits: the
new joins (a group of this tree holding quotes of two of the old code's groups) and the
new splits, each quote with its article, outlet, date, speaker and text. What a join rule
is judged by (qg33: read each join, count the splits).
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT
from bench.quotes_store_same import CORPORA

_GROUPS = """
import json, pickle, sys, time
sys.path.insert(0, sys.argv[1])
from index.analysis.quote_groups import QuoteIndex
with open(sys.argv[2], "rb") as source:
    found = pickle.load(source)
started = time.process_time()
index = QuoteIndex()
for aid, outlet, date, quotes in found:
    index.add_article(aid, outlet, date, quotes)
groups = [
    sorted(group)
    for region in list(index._regions)
    for group in index._groups_in(region)
    if len(group) > 1
]
print(time.process_time() - started)
with open(sys.argv[3], "w", encoding="utf-8") as sink:
    json.dump(groups, sink)
"""
NAMES = ("newsarticles.jsonl", "allsides_stories.jsonl", "reuters21578.jsonl")
Group = frozenset[tuple[str, int]]
Parts = list[list[tuple[str, int]]]


def extract(pickled: Path) -> None:
    """Every article's (id, outlet, date, quotes), extracted with this tree's code."""
    from bench.quotes_eval import cleaned_articles
    from index.analysis.quotes import extract_quotes

    found = [
        (a.id, a.source, a.date, tuple(extract_quotes(a.body)))
        for name in NAMES
        for a in cleaned_articles(CORPORA / name).values()
    ]
    with pickled.open("wb") as sink:
        pickle.dump(found, sink, protocol=pickle.HIGHEST_PROTOCOL)


def grouped(code: Path, pickled: Path, out: Path) -> tuple[list[Group], float]:
    """The groups of two quotes or more the code in ``code`` makes, and its CPU seconds."""
    done = subprocess.run(
        [sys.executable, "-c", _GROUPS, str(code), str(pickled), str(out)],
        capture_output=True,
        text=True,
        cwd=code,
    )
    if done.returncode:
        raise SystemExit(f"{code}: grouping failed:\n{done.stderr}")
    groups = json.loads(out.read_text(encoding="utf-8"))
    return [frozenset((a, int(i)) for a, i in g) for g in groups], float(done.stdout.split()[-1])


def differences(old: list[Group], new: list[Group]) -> tuple[list[Parts], list[Parts]]:
    """The new joins (each a group of ``new`` as its parts in ``old``) and the new splits
    (each a group of ``old`` as its parts in ``new``); a quote alone is a part of itself."""

    def parted(groups: list[Group], by: list[Group]) -> list[Parts]:
        of = {k: n for n, g in enumerate(by) for k in g}
        out = []
        for g in groups:
            parts: dict[object, list[tuple[str, int]]] = {}
            for k in sorted(g):
                parts.setdefault(of.get(k, k), []).append(k)
            if len(parts) > 1:
                out.append(list(parts.values()))
        return out

    return parted(new, old), parted(old, new)


def main(argv: list[str] | None = None) -> int:
    """Print the joins and splits of this tree's grouping against ``--old``'s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the old code")
    parser.add_argument("--pickle", type=Path, help="keep the extracted quotes here (reused)")
    parser.add_argument("--limit", type=int, default=4, help="quotes shown of each part")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quote-joins-") as scratch:
        pickled = (args.pickle or Path(scratch) / "found.pickle").resolve()
        if not pickled.is_file():
            extract(pickled)
        with pickled.open("rb") as source:
            quotes = {aid: (outlet, date, q) for aid, outlet, date, q in pickle.load(source)}
        old, old_s = grouped(args.old.resolve(), pickled, Path(scratch) / "old.json")
        new, new_s = grouped(ROOT, pickled, Path(scratch) / "new.json")
    joins, splits = differences(old, new)
    print(f"grouping CPU s: old {old_s:.2f}, new {new_s:.2f}")
    print(f"new joins: {len(joins)}, new splits: {len(splits)}")
    for title, found in (("join", joins), ("split", splits)):
        for n, parts in enumerate(found, 1):
            print(f"--- {title} {n}")
            for part in parts:
                print("  part:")
                for article, number in part[: args.limit]:
                    outlet, date, qs = quotes[article]
                    q = qs[number]
                    when = str(date)[:10]
                    print(f"    {article}#{number} {outlet} {when} {q.speaker!r}: {q.text[:200]!r}")
                if len(part) > args.limit:
                    print(f"    ... {len(part)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
