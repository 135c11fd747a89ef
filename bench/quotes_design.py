"""The most each design of issue 18 could take off the quotes' extraction, in CPU seconds.

``python -m bench.quotes_design [--corpus C] [--rounds N]`` extracts the quotes of one corpus
(`QuotesDerived.extract`, as the index workers do) in fresh interpreters, so that every
pass that should start cold does, and prints, as medians of ``N`` rounds:

- ``whole``: one process extracting every article, cold (the baseline);
- ``worker 0``, ``worker 1``: each half of the articles in a process of its own, as the two
  index workers of a rebuild get them (batches of `BATCH` in turn); ``halves - whole`` is the
  most that caches shared between workers (a forking pool warmed in the parent) could save;
- ``warm``: the same process extracting every article a second time: what is left when no
  cache misses at all, the floor for any sharing of caches, even across builds;
- ``book``: the `NameBook` part of the cold pass (a lazy book saves at most this);
- ``reuse``: loading back the pickled values of every article (what a rebuild that took
  the previous build's quotes of an unchanged article, instead of extracting them again,
  would pay, besides finding them);
- ``load``: what the quotes add to a worker's start, once: their imports, patterns and name
  lists (`first_load`), beyond what a worker without them loads;
- the counts of articles, of those with a quoted span, and of books built.

The load average is printed with each round: read the seconds beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench.common import ROOT
from bench.quotes_same import CORPORA

BATCH = 100
"""Articles a worker gets at a time (`index.store.pool.BATCH_DOCS`)."""

_ONE = """
import json, pickle, sys, time
sys.path.insert(0, sys.argv[1])
from index.analysis import attribution
from index.analysis.quote_derived import QuotesDerived
from index.analysis.quote_limit import quoted_part
from index.analysis.quotemarks import quoted_spans
from index.ingest.readers import iter_articles
from index.models import Article
corpus, part, batch = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
articles = [a for a in iter_articles(corpus) if isinstance(a, Article)]
if part >= 0:
    articles = [a for k, a in enumerate(articles) if (k // batch) % 2 == part]
derived = QuotesDerived()
for first in articles[:1]:  # the name lists load with the first extraction: not counted
    derived.extract(first)
book = [0.0, 0]
Book = attribution.NameBook
def timed(*args):
    started = time.process_time()
    try:
        return Book(*args)
    finally:
        book[0] += time.process_time() - started
        book[1] += 1
attribution.NameBook = timed
def extract():
    started = time.process_time()
    values = [derived.extract(a) for a in articles]
    return values, time.process_time() - started
values, cold = extract()
out = {"articles": len(articles), "cold": cold, "book": book[0], "books": book[1]}
if part < 0:
    out["quoting"] = sum(1 for a in articles if quoted_spans(quoted_part(a.body)))
    out["warm"] = extract()[1]
    data = pickle.dumps(values, pickle.HIGHEST_PROTOCOL)
    started = time.process_time()
    pickle.loads(data)
    out["reuse"] = time.process_time() - started
    out["reuse_mb"] = len(data) / 1e6
print(json.dumps(out))
"""


_LOAD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from index.derived import from_spec
import index.store.segment_worker, index.store.units, index.store.collect
import index.store.words_writer, index.store.reader, index.store.codec
from index.models import Article
body = 'Elizabeth Warren spoke. "We will win this fight," said Warren, a senator. (Reuters)'
article = Article("a", "Reuters", "t", False, None, None, None, None, body)
for spec in ("index.copies:CopiesDerived", "index.lean_map:LeansDerived"):
    from_spec(spec).extract(article)  # the other extracting kinds: loaded either way
started = time.process_time()
from_spec("index.analysis.quote_derived:QuotesDerived").extract(article)
print(time.process_time() - started)
"""


def first_load() -> float:
    """CPU seconds a fresh worker spends loading the quotes on its first extraction."""
    args = [sys.executable, "-c", _LOAD, str(ROOT)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=True)
    return float(done.stdout.split()[-1])


def run(corpus: Path, part: int) -> dict[str, float]:
    """One fresh interpreter's figures: every article (``part`` -1) or one worker's half."""
    args = [sys.executable, "-c", _ONE, str(ROOT), str(corpus), str(part), str(BATCH)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise SystemExit(f"extraction failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def one_round(corpus: Path) -> dict[str, float]:
    """The figures of one round: the whole corpus in one process, then each half alone."""
    whole = run(corpus, -1)
    halves = [run(corpus, part) for part in (0, 1)]
    return {
        "whole": whole["cold"],
        "worker 0": halves[0]["cold"],
        "worker 1": halves[1]["cold"],
        "halves - whole": halves[0]["cold"] + halves[1]["cold"] - whole["cold"],
        "warm": whole["warm"],
        "book": whole["book"],
        "reuse": whole["reuse"],
        "reuse MB": whole["reuse_mb"],
        "load": first_load(),
        "articles": whole["articles"],
        "quoting": whole["quoting"],
        "books": whole["books"],
    }


def main(argv: list[str] | None = None) -> int:
    """Print each round's figures and load, then their medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPORA / "newsarticles.jsonl")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rounds = []
    for k in range(args.rounds):
        load = os.getloadavg()[0]
        rounds.append(one_round(args.corpus))
        shown = ", ".join(f"{name} {value:.2f}" for name, value in rounds[-1].items())
        print(f"round {k + 1} (load {load:.1f}): {shown}", flush=True)
    print(f"{args.corpus.name}, medians of {len(rounds)} rounds (CPU s):")
    for name in rounds[0]:
        value = statistics.median(r[name] for r in rounds)
        print(f"  {name}: {value:,.0f}" if value == int(value) else f"  {name}: {value:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
