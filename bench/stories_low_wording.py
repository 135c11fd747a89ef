"""`python -m bench.stories_low_wording`: stories whose articles share little wording (st54).

Issue 16 asks whether a story whose articles the comparison finds unalike ("similarity 10% ·
shared passages 0", nu59 #7) is a wrong merge. This builds the stories of a corpus
(``newsarticles.jsonl`` unless told; ``--head N``: its first N records) as a rebuild does,
compares the articles of each story of two or more pairwise (`index.analysis.compare`, the
first 15 pairs of a larger story) and counts the stories whose best pair's similarity is
under ``--under`` (0.2) or whose pairs share no verbatim passage, by one outlet or several.
``--sample K`` prints K of them drawn with ``--seed`` (ids, outlets, dates and the two
figures, with the titles for a reader to judge; nothing is written anywhere).
``--one-outlet F`` builds with `StoryParams.long_one_outlet` at F.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from pathlib import Path
from typing import NamedTuple

from bench.stories_eval import CORPORA, _story_article, read
from index.analysis.compare import compare
from index.analysis.stories import StoryModel, StoryParams
from index.models import Article


class Row(NamedTuple):
    """One story of two or more: its id, ids, outlets, best pair similarity, passages."""

    id: str
    ids: list[str]
    sources: list[str]
    best: float
    passages: int


def rows(articles: list[Article], params: StoryParams) -> list[Row]:
    """One row per story of two or more: its ids, outlets, best similarity, passages."""
    by = {a.id: a for a in articles}
    model = StoryModel.build([_story_article(a.id, a) for a in articles], params=params)
    out: list[Row] = []
    for story in model.stories(min_articles=2):
        ids = list(story.article_ids)
        best, passages = 0.0, 0
        for x, y in list(itertools.combinations(ids, 2))[:15]:
            a, b = by[x], by[y]
            found = compare(a.body, b.body, (a.source or "", b.source or ""), (a.title, b.title))
            best, passages = max(best, found.summary.similarity), passages + len(found.passages)
        sources = sorted({by[i].source or "" for i in ids})
        out.append(Row(story.id, ids, sources, best, passages))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.stories_low_wording", description=__doc__
    )
    parser.add_argument("--corpus", type=Path, default=CORPORA / "newsarticles.jsonl")
    parser.add_argument("--head", type=int, default=0, help="the first N records only")
    parser.add_argument("--under", type=float, default=0.2)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--one-outlet", type=float, default=None)
    args = parser.parse_args(argv)
    articles = read(args.corpus)
    if args.head:
        kept = set(
            itertools.islice((json.loads(line)["id"] for line in args.corpus.open()), args.head)
        )
        articles = [a for a in articles if a.id in kept]
    found = rows(articles, StoryParams(long_one_outlet=args.one_outlet))
    low = [r for r in found if r.best < args.under or not r.passages]
    one = [r for r in low if len(r.sources) == 1]
    every_one = sum(len(r.sources) == 1 for r in found)
    print(
        f"{len(found)} stories of 2+; {len(low)} share little wording (best pair under "
        f"{args.under:.0%} or no passage): one outlet {len(one)} of {every_one}, several "
        f"{len(low) - len(one)} of {len(found) - every_one}"
    )
    by = {a.id: a for a in articles}
    for r in random.Random(args.seed).sample(low, min(args.sample, len(low))):
        print(f"{r.id}  {', '.join(r.sources)}  best {r.best:.2f}  passages {r.passages}")
        for i in r.ids:
            print(f"    {i} {str(by[i].date)[:10]} {by[i].title[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
