"""`python -m bench.compare_carriers`: the carriers a change of sentence matching adds or drops.

Every story of `bench.compare_eval` (533: 505 AllSides, 28 newsarticles groups) is compared
with ``compare_many``; each directed carrier (a sentence of one article, the sentence of
another that carries it) is written as one line to ``--dump``. ``--against`` an earlier
dump prints the carriers that came in and went, with both sentences, to be read.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path

from bench.compare_eval import load_stories
from index.analysis.multicompare import compare_many


def carriers() -> dict[str, tuple[str, str, str]]:
    """Every directed carrier of every story: key -> (kind and likeness, base, carrier)."""
    out: dict[str, tuple[str, str, str]] = {}
    for story in load_stories():
        cmp = compare_many(story.articles)
        for p, rows in enumerate(cmp.matches):
            for s, found in enumerate(rows):
                for m in found:
                    base, other = cmp.documents[p].id, cmp.documents[m.article].id
                    key = f"{story.name} {base}:{s} {other}:{m.sentence}"
                    out[key] = (
                        f"{m.kind} {m.similarity:.2f}",
                        cmp.sentences[p][s].text,
                        cmp.sentences[m.article][m.sentence].text,
                    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Dump the carriers, or tell them apart from an earlier dump."""
    parser = argparse.ArgumentParser(prog="python -m bench.compare_carriers")
    parser.add_argument("--dump", type=Path, help="write every carrier's key here")
    parser.add_argument("--against", type=Path, help="an earlier --dump to tell apart")
    parser.add_argument("--show", type=int, default=20, help="changed carriers to print")
    args = parser.parse_args(argv)
    now = carriers()
    print(f"== {len(now)} directed carriers")
    if args.dump:
        args.dump.write_text(
            "".join(
                "\t".join([k, *(" ".join(x.split()) for x in v)]) + "\n"
                for k, v in sorted(now.items())
            )
        )
    if args.against:
        before = {
            k: (kind, base, carrier)
            for k, kind, base, carrier in (
                line.split("\t") for line in args.against.read_text().splitlines()
            )
        }
        came = sorted(set(now) - set(before))
        went = sorted(set(before) - set(now))
        print(f"== came in {len(came)}, went {len(went)}")
        rng = random.Random(7)
        for label, keys in (("went", went), ("came in", came)):
            for key in sorted(rng.sample(keys, min(args.show, len(keys)))):
                kind, base, carrier = before[key] if label == "went" else now[key]
                print(f"-- {label} {key} ({kind})\n   base:    {base[:200]}")
                print(f"   carrier: {carrier[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
