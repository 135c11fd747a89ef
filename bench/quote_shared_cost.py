"""The CPU of `related`'s shared-passage look-up: the quote store's side files against a
parse of ``members.tsv``, and of writing the side files, at a corpus's size or scaled up.

``python -m bench.quote_shared_cost QUOTES [--scale N] [--rounds R]``: QUOTES is a
generation's ``quotes`` folder. Its ``members.tsv`` is repeated ``N`` times (article and
group ids renamed per copy: ``N`` = 26 makes newsarticles' ~100,000 articles) into two
folders of a temporary one: ``side`` with the side files (`index.analysis.quote_shared`,
written from every long row, as a rebuild passes them: the CPU of that write is printed,
median of 5) and ``parse`` with ``members.tsv`` alone (a store of format 4). Then ``R``
rounds, alternating the two: a fresh interpreter times (`time.process_time`) its first
`related_passages.sharing` call for a random article (what a one-shot `broadsheet
related` pays), then the median of 100 more calls. Last, whether both folders gave
the same answer for every article asked.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT

_FIRST = """
import json, random, sys, time
from pathlib import Path
from index.analysis.related_passages import sharing
folder, ids, seed = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text()), int(sys.argv[3])
random.seed(seed)
asked = [random.choice(ids) for _ in range(101)]
t = time.process_time(); found = [sharing(folder, asked[0])]; first = time.process_time() - t
more = []
for article in asked[1:]:
    t = time.process_time(); found.append(sharing(folder, article))
    more.append(time.process_time() - t)
more.sort()
print(json.dumps({"first": first, "more": more[50], "found": [sorted(f) for f in found]}))
"""


def scaled(quotes: Path, folder: Path, scale: int) -> list[str]:
    """Write ``members.tsv`` repeated ``scale`` times into ``folder``; its article ids."""
    from index.analysis.quote_segments import id_from_json, id_json, lines_of

    rows = lines_of((quotes / "members.tsv").read_text(encoding="utf-8"))
    out, ids = [], set()
    for copy in range(scale):
        for line in rows:
            name, number, gid, segment, region, size = line.split("\t")
            article = f"{copy}-{id_from_json(name)}" if scale > 1 else id_from_json(name)
            ids.add(article)
            fields = [id_json(article), number, f"{gid}{copy}", segment, f"{region}{copy}", size]
            out.append("\t".join(fields))
    folder.mkdir(parents=True)
    (folder / "members.tsv").write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
    return sorted(ids)


def write_side(folder: Path) -> float:
    """Write the side files of ``folder``'s ``members.tsv`` (and a ``toc.json`` naming
    them); the median CPU s of 5 writes."""
    from index.analysis import quote_shared
    from index.analysis.quote_segments import id_from_json, lines_of

    long = []
    for line in lines_of((folder / "members.tsv").read_text(encoding="utf-8")):
        name, _, gid, _, _, size = line.split("\t")
        if int(size) >= quote_shared.LONG_QUOTE:
            long.append((gid, id_from_json(name)))
    spent = []
    for _ in range(5):
        started = time.process_time()
        quote_shared.write(folder, long)
        spent.append(time.process_time() - started)
    toc = {"format": 5, quote_shared.TOC_KEY: quote_shared.LONG_QUOTE}
    (folder / quote_shared.TOC).write_text(json.dumps(toc), encoding="utf-8")
    return statistics.median(spent)


def first_call(folder: Path, ids: Path, seed: int) -> dict[str, object]:
    """One fresh interpreter's first and later look-ups in ``folder`` of the articles
    listed in ``ids`` (JSON; see the module)."""
    done = subprocess.run(
        [sys.executable, "-c", _FIRST, str(folder), str(ids), str(seed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(done.stdout)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.quote_shared_cost", description=__doc__)
    parser.add_argument("quotes", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quote_shared_cost.") as temp:
        side, parse = Path(temp, "side"), Path(temp, "parse")
        ids = scaled(args.quotes, side, args.scale)
        scaled(args.quotes, parse, args.scale)
        print(f"{len(ids)} articles; side files written in {write_side(side) * 1000:.1f} ms CPU")
        listed = Path(temp, "ids.json")
        listed.write_text(json.dumps(ids), encoding="utf-8")
        runs: dict[str, list[dict[str, object]]] = {"side": [], "parse": []}
        for n in range(args.rounds):
            for name in ("side", "parse") if n % 2 == 0 else ("parse", "side"):
                runs[name].append(first_call(Path(temp, name), listed, n))
        for name, found in runs.items():
            first = statistics.median(float(str(f["first"])) * 1000 for f in found)
            more = statistics.median(float(str(f["more"])) * 1000 for f in found)
            print(f"{name}: first call {first:.2f} ms CPU, later calls {more:.3f} ms (medians)")
        pairs = zip(runs["side"], runs["parse"], strict=True)
        same = all(a["found"] == b["found"] for a, b in pairs)
        print(f"same answers: {same}")


if __name__ == "__main__":
    main()
