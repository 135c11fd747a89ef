"""`python -m bench.stories_update_agree`: generated edit histories, update against rebuild.

Issue 16: an update places new articles in the stories it had; a rebuild of the same
articles groups them all at once. Where the words weigh alike the two should agree. Each
history (seeded, so the same ones every run) is a small corpus built, then edited by
updates; after each update the partition is compared with a rebuild of the articles then
present. Printed: per setting, how many histories part at some step, and the first few.

- ``one-text`` (default): `tests.analysis.test_story_tie_order`'s corpora, one text under
  2-8 outlets, hours (or none: undated) and headlines; three articles each removed by an
  update, then added back by another (st50's histories).
- ``random``: 6-16 articles drawn from 2-5 word sets (a share ``--undated`` without a
  date), half built, then three updates each adding up to three and removing up to two;
  the words weigh differently in the grown corpus and the rebuilt one, so some part by
  their weights alone (README, Stories).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from tests.analysis.test_stories import WORDS
from tests.analysis.test_story_tie_order import OUTLETS, TITLES, _article

SETTINGS = {
    "default": StoryParams(),
    "threshold0.99": StoryParams(threshold=0.99),
    "pair_margin1": StoryParams(pair_margin=1.0),
    "undated_apart0": StoryParams(undated_apart=0.0),
}
DAY = datetime(2017, 2, 13)
Step = tuple[list[StoryArticle], list[str], list[StoryArticle]]  # added, removed, present


def _parts(model: StoryModel) -> list[list[str]]:
    return sorted(sorted(s.article_ids) for s in model.stories())


def one_text(rng: random.Random) -> tuple[list[StoryArticle], Iterator[Step]]:
    hours = [None, 0, 0, 0, 5, 80, 200]
    rows = [
        (rng.choice(OUTLETS), rng.choice(hours), rng.choice(TITLES))
        for _ in range(rng.randint(2, 8))
    ]
    corpus = [_article(k, *row) for k, row in enumerate(rows)]

    def steps() -> Iterator[Step]:
        for k in rng.sample(range(len(corpus)), min(3, len(corpus))):
            yield [], [corpus[k].id], [a for a in corpus if a.id != corpus[k].id]
            yield [corpus[k]], [], corpus

    return corpus, steps()


def articles(
    rng: random.Random,
    undated: float,
    events: tuple[int, int] = (2, 5),
    count: tuple[int, int] = (6, 16),
    words: tuple[int, int] = (8, 30),
) -> list[StoryArticle]:
    """``count`` articles (a range) drawn from ``events`` word sets of 6 (a range), each of
    ``words`` words (a range), 60% of its event's; a share ``undated`` without a date."""
    drawn_events = [rng.sample(WORDS, 6) for _ in range(rng.randint(*events))]
    corpus = []
    for k in range(rng.randint(*count)):
        event = rng.choice(drawn_events)
        n = rng.randint(*words)
        body = " ".join(
            rng.choice(event) if rng.random() < 0.6 else rng.choice(WORDS) for _ in range(n)
        )
        title = " ".join(rng.choice(event) for _ in range(rng.randint(0, 4)))
        hour = None if rng.random() < undated else rng.randint(0, 200)
        date = None if hour is None else DAY + timedelta(hours=hour)
        corpus.append(
            StoryArticle(f"a{k:02d}", title, body, rng.choice([None, "A", "B", "C"]), date)
        )
    return corpus


def drawn(rng: random.Random, undated: float) -> tuple[list[StoryArticle], Iterator[Step]]:
    corpus = articles(rng, undated)
    present = set(rng.sample(range(len(corpus)), max(1, len(corpus) // 2)))
    first = [corpus[k] for k in sorted(present)]

    def steps() -> Iterator[Step]:
        nonlocal present
        for _ in range(3):
            add = set(rng.sample(range(len(corpus)), rng.randint(0, 3))) - present
            rem: set[int] = set()
            if len(present) > 1:
                rem = set(rng.sample(sorted(present), min(len(present) - 1, rng.randint(0, 2))))
            present = present - rem | add
            yield (
                [corpus[k] for k in sorted(add)],
                [corpus[k].id for k in sorted(rem)],
                [corpus[k] for k in sorted(present)],
            )

    return first, steps()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=["one-text", "random"], default="one-text")
    parser.add_argument("--histories", type=int, default=400)
    parser.add_argument("--undated", type=float, default=0.3, help="random: share undated")
    parser.add_argument("--settings", nargs="*", choices=sorted(SETTINGS), default=list(SETTINGS))
    args = parser.parse_args()
    for name in args.settings:
        params = SETTINGS[name]
        parted: list[tuple[int, int]] = []
        for seed in range(args.histories):
            rng = random.Random(seed)
            first, steps = one_text(rng) if args.kind == "one-text" else drawn(rng, args.undated)
            model = StoryModel.build(first, params=params)
            for step, (added, removed, present) in enumerate(steps):
                model = model.update(added=added, removed=removed)
                if _parts(model) != _parts(StoryModel.build(present, params=params)):
                    parted.append((seed, step))
                    break
        print(
            f"{args.kind} {name}: {len(parted)} of {args.histories} histories part "
            f"(seed, step): {parted[:5]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
