"""`python -m bench.stories_undated_pairs`: do undated articles of different events group?

Two undated articles are compared as if ``undated_apart`` days apart (`StoryParams`):
without dates a recurring subject's events (weekly jobless claims, one saga's days) are as
alike as one event's reports, and at 0 (as if on one day) they chained into one story
(nu55 #2). The labelled AllSides events with the newsarticles distractors have the date
taken off the share of `stories_undated` (30%, by a hash of the id); per setting the
stories are built and, per half, every pair of two labelled articles in one story of
which at least one is undated is scored against the events: pair precision and recall
(of the same-event pairs with an undated article), for undated-undated pairs alone and
for all. The setting is chosen on the tuning half (most recall with undated-undated
precision >= the dated pairs' own, 0.95) and read once on the held-out half.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable
from itertools import combinations
from pathlib import Path

from bench.stories_eval import CORPORA, load, part
from bench.stories_undated import undate, undated
from index.analysis.stories import StoryModel, StoryParams

SETTINGS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def pair_scores(
    story_of: dict[str, str], truth: dict[str, str], which: str, still: Collection[str] = ()
) -> dict[str, float]:
    """Pairs of labelled articles of half ``which`` with an undated one (no date field): in
    one story (joined) and of one event (true); ``uu``: both undated; ``nn``: both of
    ``still``, the articles left without a date once read (no day in their address)."""
    mine = [a for a in truth if part(truth[a]) == which]
    by_story: dict[str, list[str]] = defaultdict(list)
    by_event: dict[str, list[str]] = defaultdict(list)
    for a in mine:
        by_event[truth[a]].append(a)
        if a in story_of:
            by_story[story_of[a]].append(a)
    got = {"uu": [0, 0, 0], "nn": [0, 0, 0], "any": [0, 0, 0]}  # joined, rightly, true
    for groups, slot in ((by_story, 0), (by_event, 2)):
        for members in groups.values():
            for a, b in combinations(members, 2):
                if not (undated(a) or undated(b)):
                    continue
                kinds = ("uu", "any") if undated(a) and undated(b) else ("any",)
                kinds += ("nn",) if a in still and b in still else ()
                for kind in kinds:
                    got[kind][slot] += 1
                    if slot == 0 and truth[a] == truth[b]:
                        got[kind][1] += 1
    out: dict[str, float] = {}
    for kind, (joined, right, true) in got.items():
        out[f"{kind}_joined"] = joined
        out[f"{kind}_P"] = round(right / joined, 4) if joined else 1.0
        out[f"{kind}_R"] = round(right / true, 4) if true else 1.0
    return out


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--settings", type=float, nargs="*", default=list(SETTINGS))
    parser.add_argument("--held-out", action="store_true", help="also read the held-out half")
    parser.add_argument(
        "--no-address", action="store_true", help="no date read from the address (before st50)"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles, truth = load(args.corpora)
    articles = undate(articles, truth, address=not args.no_address)
    without = sum(undated(a) for a in truth)
    still = {a.id for a in articles if a.id in truth and a.date is None}
    print(
        f"{without} of {len(truth)} labelled articles undated, {len(still)} once read; "
        f"{len(articles)} articles in all"
    )
    for apart in args.settings:
        model = StoryModel.build(articles, params=StoryParams(undated_apart=apart))
        story_of = {a: s.id for s in model.stories() for a in s.article_ids}
        halves = ("tune", "held-out") if args.held_out else ("tune",)
        for which in halves:
            print(f"undated_apart {apart}  {which}: {pair_scores(story_of, truth, which, still)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
