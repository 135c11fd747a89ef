"""`python -m bench.speaker_merges [--sample SEED N]`: the rows `broadsheet speakers` makes of
each real corpus's speakers (issue 18), and a seeded sample of its merges to read by eye.

The names are those `extract_quotes` gives each article body of the corpus files (not an
index's groups: no copies folded, no names from stories), each article read for a surname
said alone as the library reads it (`QuoteBook.body`)."""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict

from bench.quotes_eval import CORPORA
from index.analysis.quote_people import People
from index.analysis.quotes import extract_quotes

NAMES = ("allsides_stories", "newsarticles", "reuters21578")


def merges(corpus: str) -> tuple[int, int, list[tuple[str, list[str], dict[str, str]]]]:
    """Names, rows and the merged rows of one corpus: (shown, names, name -> a line)."""
    bodies: dict[str, str] = {}
    said: dict[str, list[str]] = defaultdict(list)
    with (CORPORA / f"{corpus}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            bodies[article["id"]] = body = article.get("body") or ""
            for quote in extract_quotes(body):
                if quote.speaker:
                    said[quote.speaker].append(article["id"])

    def read(name: str) -> list[str]:
        return [bodies[a] for a in list(dict.fromkeys(said[name]))[:5]]

    people = People([n for n, articles in said.items() for _ in articles], read)
    rows: dict[str, list[str]] = defaultdict(list)
    for name in said:
        rows[people.key(name)].append(name)
    merged = []
    for names in rows.values():
        if len(names) > 1:
            lines = {}
            for name in sorted(names):
                last = re.escape(name.split()[-1].removesuffix("'s"))
                found = re.search(rf"[^.]{{0,80}}\b{last}\b[^.]{{0,80}}", bodies[said[name][0]])
                lines[name] = f"{said[name][0]}: {found.group() if found else ''}"
            merged.append((people.shown(names[0]), sorted(names), lines))
    return len(said), len(rows), sorted(merged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", nargs=2, type=int, metavar=("SEED", "N"))
    args = parser.parse_args()
    pool = []
    for corpus in NAMES:
        names, rows, merged = merges(corpus)
        print(f"{corpus}: {names} names, {rows} rows, {len(merged)} merged rows")
        pool += [(corpus, *m) for m in merged]
    if args.sample:
        seed, n = args.sample
        for corpus, shown, names, lines in random.Random(seed).sample(pool, n):
            print(f"[{corpus[:4]}] {shown} <= {names}")
            for name in names:
                print(f"    {name!r} {' '.join(lines[name].split())[:170]}")


if __name__ == "__main__":
    main()
