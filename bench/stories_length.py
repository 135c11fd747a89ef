"""`python -m bench.stories_length`: the sweep that chose how full texts are grouped (st16k).

Two full texts' likeness counts `StoryParams.long_factor` times in the clustering when both
bodies have `StoryParams.long_words` words or more (`index.analysis.story_length`). Tuning
halves only: the labelled full-text week's tuning half (events split by a hash of their id,
as AllSides'), for each setting F1 / pair precision; the AllSides sets are unchanged by
construction (no labelled AllSides body reaches 300 words: the longest is printed). Then the
week's held-out half, once, at the kept setting. Counts and scores only, no article text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.stories_eval import CORPORA, cluster_scores, load, model_clusters
from bench.stories_signals import full_text_week
from index.analysis.stories import StoryModel, StoryParams
from index.analysis.story_length import words_of

KEPT = StoryParams()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_length", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    articles, truth = load(args.corpora)
    longest = max(words_of(a) for a in articles if a.id in truth)
    print(f"AllSides: the longest labelled body has {longest} words (unchanged below that)")
    week, week_truth, unsure = full_text_week(args.corpora)
    print(
        f"full-text week: {sum(words_of(a) >= KEPT.long_words for a in week)} of {len(week)}"
        f" articles of {KEPT.long_words} words or more"
    )

    def scores(params: StoryParams, which: str) -> str:
        found = model_clusters(StoryModel.build(week, params=params))
        s = cluster_scores(found, week_truth, which, unsure)
        return f"{s['F1']:.3f} / {s['pair_precision']:.3f}"

    print("\nF1 / pair precision, full-text week, tuning half")
    for words in (200, 250, 300, 400):
        line = []
        for factor in (1.0, 1.2, 1.3, 1.4, 1.5):
            line.append(scores(StoryParams(long_words=words, long_factor=factor), "tune"))
        print(f"  {words} words, factor 1.0 / 1.2 / 1.3 / 1.4 / 1.5: " + " | ".join(line))
    print(
        f"\nkept ({KEPT.long_words} words, x{KEPT.long_factor}), held-out half: "
        f"{scores(KEPT, 'held-out')} (rule off: {scores(StoryParams(long_factor=1.0), 'held-out')})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
