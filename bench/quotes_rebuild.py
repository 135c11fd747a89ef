"""What keeping quotes adds to a rebuild: the same rebuild with and without them, same run.

``python -m bench.quotes_rebuild [--corpus C] [--rounds N] [--procs P]`` rebuilds the corpus
into a scratch folder ``N`` times each way, alternating (without, with, without, ...), each
in a fresh interpreter so that neither inherits the other's warm caches of our modules, and
prints the medians, their ratio, and the ratio of the best runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import DEFAULT_CORPUS

_ONE = """
import sys, time
from pathlib import Path
from index.library import DERIVED
from index.store.build import rebuild
corpus, folder, procs, quotes = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
started = time.perf_counter()
rebuild(corpus, folder, procs=procs, derived=DERIVED if quotes == "1" else ())
print(time.perf_counter() - started)
"""


def one_rebuild(corpus: Path, procs: int, with_quotes: bool) -> float:
    """Seconds of one rebuild into a fresh folder, in a fresh interpreter."""
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as scratch:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _ONE,
                str(corpus),
                scratch,
                str(procs),
                "1" if with_quotes else "0",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    """Measure and print; ``--json`` prints the raw seconds too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    without: list[float] = []
    with_: list[float] = []
    for _ in range(args.rounds):
        without.append(one_rebuild(args.corpus, args.procs, False))
        with_.append(one_rebuild(args.corpus, args.procs, True))
    base, quotes = statistics.median(without), statistics.median(with_)
    print(f"corpus {args.corpus.name}, procs {args.procs}, {args.rounds} rounds each way")
    print(f"rebuild without quotes: median {base:.1f} s (min {min(without):.1f})")
    print(f"rebuild with quotes:    median {quotes:.1f} s (min {min(with_):.1f})")
    print(
        f"added by quotes: {quotes / base - 1:+.0%} of the median "
        f"({min(with_) / min(without) - 1:+.0%} of the best); target under +20%"
    )
    if args.json:
        print(json.dumps({"without": without, "with": with_}))


if __name__ == "__main__":
    main()
