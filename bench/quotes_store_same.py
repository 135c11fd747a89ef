"""Same quote store from two versions of the code, and the CPU seconds each spends grouping.

``python -m bench.quotes_store_same --old DIR [--new DIR] [--rounds N] [--reuters N]
[--profile FILE]`` extracts the quotes of every article of ``newsarticles.jsonl`` and
``allsides_stories.jsonl`` (and of the first ``--reuters`` Reuters articles, none by default)
once, with this tree's code, as a rebuild does (`QuotesDerived.extract`), and pickles them.
Then, each in a fresh interpreter, the code in ``DIR`` (a checkout of another commit, e.g.
``git archive main | tar -x -C DIR``) and this tree's (or ``--new``'s) group and store them
(`QuotesDerived.build`, what a rebuild's quotes child does) into two folders, which are
compared file by file, byte for byte. With ``--rounds N`` both are then timed ``N`` times
more, alternating (old, new, old, ...): each run's CPU seconds of ``build`` alone, with
Python's cyclic collector off, as a rebuild runs it (`build`). ``--profile FILE`` writes a
cProfile of one new ``build`` to FILE (pstats); ``--pickle FILE`` keeps the extracted
quotes in FILE, and a later run reads them from there.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT
from bench.quotes_same import print_medians

CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")

_EXTRACT = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from index.analysis.quote_derived import QuotesDerived
from index.ingest.readers import iter_articles
from index.models import Article
out, limit, corpora = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
derived, found = QuotesDerived(), []
for corpus in corpora:
    articles = [a for a in iter_articles(corpus) if isinstance(a, Article)]
    if "reuters" in corpus and limit >= 0:
        articles = articles[:limit]
    found.extend(derived.extract(a) for a in articles)
with open(out, "wb") as sink:
    pickle.dump(found, sink, protocol=pickle.HIGHEST_PROTOCOL)
print(len(found), sum(len(f.quotes) for f in found))
"""

_BUILD = """
import gc, pickle, sys, time
gc.disable()  # as in a rebuild's quotes child (`index.store.gc_pause`): see `build`
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from index.analysis.quote_derived import QuotesDerived
with open(sys.argv[2], "rb") as source:
    found = pickle.load(source)
folder, profile = Path(sys.argv[3]), sys.argv[4]
folder.mkdir(parents=True, exist_ok=True)
derived = QuotesDerived()
if profile != "-":
    import cProfile
    cProfile.run("derived.build(found, folder, None)", profile)
started = time.process_time()
derived.build(found, folder, None) if profile == "-" else None
print(time.process_time() - started)
"""


def extract(pickled: Path, reuters: int) -> str:
    """Extract the corpora's quotes with this tree's code into ``pickled``."""
    corpora = [CORPORA / name for name in ("newsarticles.jsonl", "allsides_stories.jsonl")]
    if reuters:
        corpora.append(CORPORA / "reuters21578.jsonl")
    args = [sys.executable, "-c", _EXTRACT, str(ROOT), str(pickled), str(reuters)]
    done = subprocess.run([*args, *map(str, corpora)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"extraction failed:\n{done.stderr}")
    return done.stdout.strip()


def build(code: Path, pickled: Path, folder: Path, profile: str = "-") -> float:
    """CPU seconds of one ``build`` with the code in ``code``, the store written to ``folder``.

    Python's cyclic collector is off, as in the child a rebuild forks for the quotes (the
    rebuild pauses it, `index.store.gc_pause`, and the child inherits that): with it on,
    newsarticles and allsides took ~0.9 CPU s more (medians 3.86 against 2.96, load 13-17;
    qc36), and a profile gave the collections to whichever function allocated
    (``QuoteIndex._index``: 2.1 s of tottime with them, 0.24 s without).
    """
    args = [sys.executable, "-c", _BUILD, str(code), str(pickled), str(folder), profile]
    done = subprocess.run(args, capture_output=True, text=True, cwd=code)
    if done.returncode:
        raise SystemExit(f"{code}: build failed:\n{done.stderr}")
    return float(done.stdout.split()[-1] or 0) if profile == "-" else 0.0


def compare(old: Path, new: Path) -> list[str]:
    """The names of the files that differ (or are in one folder only), each printed with
    both digests."""
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    differ = []
    for name in names:
        a, b = (_digest(folder / name) for folder in (old, new))
        print(f"  {name}: old {a} new {b}" + ("" if a == b else "  DIFFERS"))
        if a != b:
            differ.append(name)
    return differ


def _digest(path: Path) -> str:
    if not path.is_file():
        return "absent"
    return hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()


def main(argv: list[str] | None = None) -> int:
    """Compare, then time; exit status 1 when the stores differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the old code")
    parser.add_argument("--new", type=Path, default=ROOT, help="default: this tree")
    parser.add_argument("--reuters", type=int, default=0, help="-1: every Reuters article")
    parser.add_argument("--rounds", type=int, default=0, help="timed runs each way after")
    parser.add_argument("--profile", help="write a cProfile of one new build here")
    parser.add_argument("--pickle", type=Path, help="keep the extracted quotes here (reused)")
    args = parser.parse_args(argv)
    sides = {"old": args.old.resolve(), "new": args.new.resolve()}
    with tempfile.TemporaryDirectory(prefix="quotes-store-") as scratch:
        pickled = (args.pickle or Path(scratch) / "found.pickle").resolve()
        if not pickled.is_file():
            print("extracted (articles, quotes):", extract(pickled, args.reuters), flush=True)
        folders = {side: Path(scratch) / side for side in sides}
        for side, code in sides.items():
            print(f"{side}: {build(code, pickled, folders[side]):.2f} CPU s", flush=True)
        differ = compare(folders["old"], folders["new"])
        print("same store, byte for byte" if not differ else f"differ: {' '.join(differ)}")
        if args.profile:
            build(
                sides["new"], pickled, Path(scratch) / "profiled", str(Path(args.profile).resolve())
            )
        times: dict[str, list[float]] = {side: [] for side in sides}
        for n in range(args.rounds):
            for side, code in sides.items():
                times[side].append(build(code, pickled, Path(scratch) / f"{side}{n}"))
                print(f"{side} {times[side][-1]:.2f}", flush=True)
    print_medians(times)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
