"""`python -m bench.compare_rows`: the `v` table's rows, with and without joining two rows
when each two of their sentences carry one another or their cosine reaches a floor
(``--floors body:lede,...``; ledes: `LEDE_SENTENCES`) (cp47: three outlets' ledes of one
event were on three rows).

Over the stories of ``bench.compare_eval`` with 3+ outlets (at most 8 articles each):
rows, rows with 2+ outlets, and per floor the rows that changed; ``--show N`` prints N
changed rows (each sentence, its outlet, and every pair's cosine and whether one carries
the other) to read.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence

from bench.compare_eval import load_stories
from index.analysis.alignment import Group, build_groups
from index.analysis.furniture import content_sentences
from index.analysis.numbers import find_numbers
from index.analysis.passages import pairwise_runs
from index.analysis.sentencematch import SentenceMatcher, SentenceWords
from index.analysis.words import words_of


def _outlets(story_articles: Sequence[object]) -> int:
    return len({getattr(a, "source", None) or getattr(a, "id", "") for a in story_articles})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--floors", default="0.22:0.15,0.15:0.15,0.2:0.2,0.25:0.15", help="body:lede floors"
    )
    parser.add_argument("--show", type=int, default=0, help="changed rows to print")
    parser.add_argument("--floor-shown", default="0.22:0.15")
    parser.add_argument("--limit", type=int, default=0, help="at most this many stories")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    floors = args.floors.split(",")
    stories = [s for s in load_stories() if _outlets(s.articles) >= 3]
    if args.limit:
        stories = stories[: args.limit]
    totals: dict[object, list[int]] = {k: [0, 0, 0, 0] for k in ["now", *floors]}
    changed: list[tuple[str, list[str]]] = []
    for story in stories:
        arts = story.articles[:8]
        bodies = [a.body for a in arts]
        sentences = [content_sentences(b) for b in bodies]
        words = [words_of(b) for b in bodies]
        runs = pairwise_runs([[w.norm for w in ws] for ws in words])
        table = [
            SentenceWords.of(s, w, find_numbers(b))
            for s, w, b in zip(sentences, words, bodies, strict=True)
        ]
        matcher = SentenceMatcher(table, runs)
        matches = [
            [matcher.best(p, s) for s in range(len(t.sentences))] for p, t in enumerate(table)
        ]
        sizes = [len(s) for s in sentences]
        carried = {
            frozenset({(p, s), (m.article, m.sentence)})
            for p, row in enumerate(matches)
            for s, found in enumerate(row)
            for m in found
        }

        def near(x: tuple[int, int], y: tuple[int, int], m: SentenceMatcher = matcher) -> float:
            return m.cosine(x[0], x[1], y[0], y[1])

        before = build_groups(sizes, matches)
        old = {g.members for g in before}
        for key, groups in [("now", before)] + [
            (f, build_groups(sizes, matches, near, _floors(f))) for f in floors
        ]:
            t = totals[key]
            t[0] += len(groups)
            t[1] += sum(len(g.members) >= 2 for g in groups)
            t[3] += sum(len(g.members) >= 3 for g in groups)
            new = [g for g in groups if g.members not in old]
            t[2] += len(new)
            if key == args.floor_shown:
                for g in new:
                    changed.append((story.name, _lines(g, arts, sentences, carried, near)))
    print(f"{len(stories)} stories of 3+ outlets")
    print(f"{'floors':>10} {'rows':>7} {'2+ outlets':>10} {'3+':>6} {'changed':>8}")
    for key, (rows, multi, new, three) in totals.items():
        print(f"{key!s:>10} {rows:>7,} {multi:>10,} {three:>6,} {new:>8,}")
    random.Random(args.seed).shuffle(changed)
    for name, lines in changed[: args.show]:
        print(f"\n== {name}")
        print("\n".join(lines))
    return 0


def _floors(text: str) -> tuple[float, float]:
    body, lede = text.split(":")
    return float(body), float(lede)


def _lines(g: Group, arts, sentences, carried, near) -> list[str]:  # type: ignore[no-untyped-def]
    out = [
        f"  [{arts[p].source or arts[p].id}] s{s}: {sentences[p][s].text[:200]}"
        for p, s in g.members
    ]
    for i, x in enumerate(g.members):
        for y in g.members[i + 1 :]:
            mark = "carried" if frozenset({x, y}) in carried else "NOT carried"
            out.append(f"    {x}-{y}: cos {near(x, y):.3f} {mark}")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
