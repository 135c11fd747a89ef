"""`python -m bench.stories_rare`: the sweep that chose the rare-term support (st16h; terms
of three articles too since st16j).

Tuning halves only: the AllSides tuning half, the same with every event enlarged, and the
tuning half of the labelled full-text week. For each half: how many pairs of articles
share a term of two or three articles (`index.analysis.story_rare`) and how many of those
are scored pairs; then F1 / pair precision of the clustering for each bonus, threshold
and place (the average linkage only, as kept, or the lone-article attachment too). Counts
and scores only, no article text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, enlarge, load
from bench.stories_signals import full_text_week
from index.analysis import story_genre as G
from index.analysis import vectors as V
from index.analysis.linkage import attach_lone, average_link
from index.analysis.pairs import Pairs
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_build import _canonical, compare, tokens_for
from index.analysis.story_rare import rare_keys, support


class Half:
    """One labelled set, compared once: its pairs, genre codes and rare-term pairs."""

    def __init__(self, articles: list[StoryArticle], truth: dict[str, str], ignore: frozenset[str]):
        self.truth, self.ignore = truth, ignore
        ordered = _canonical(articles)
        self.ids, self.pairs = compare(articles, StoryParams())
        self.n = len(self.ids)
        self.genre = G.genres(ordered)
        vocab = V.Vocabulary()
        counts = V.term_counts(tokens_for(vocab, ordered), self.n, vocab.stop_mask(), len(vocab))
        df = np.bincount(counts.indices, minlength=len(vocab))
        self.rare = rare_keys(counts.indices, counts.indptr, df)

    def group(self, bonus: float, threshold: float, where: str) -> np.ndarray:
        params = StoryParams(threshold=threshold)
        plain = G.weigh(self.pairs, self.genre, params.genre_factor)
        raised: Pairs = G.weigh(
            support(self.pairs, self.rare, self.n, bonus), self.genre, params.genre_factor
        )
        labels = average_link(self.n, raised, threshold)
        attach = raised if where == "both" else plain
        return attach_lone(labels, attach, params.attach_floor, params.attach_margin)

    def score(self, labels: np.ndarray) -> str:
        found = {a: str(labels[k]) for k, a in enumerate(self.ids)}
        s = cluster_scores(found, self.truth, "tune", self.ignore)
        return f"{s['F1']:.4f}/{s['pair_precision']:.4f}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_rare", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    articles, truth = load(args.corpora)
    week, week_truth, unsure = full_text_week(args.corpora)
    halves = {
        "AllSides": Half(articles, truth, frozenset()),
        "enlarged": Half(*enlarge(articles, truth), frozenset()),
        "week": Half(week, week_truth, unsure),
    }
    for name, half in halves.items():
        i, j, _ = half.pairs
        asked = np.minimum(i, j).astype(np.int64) * half.n + np.maximum(i, j)
        scored = int(np.isin(asked, half.rare).sum())
        print(f"{name}: {half.n} articles, {len(half.rare)} rare-term pairs, {scored} scored")
    print("\nF1 / pair precision, tuning halves: AllSides | enlarged | full-text week")
    for threshold in (0.275, 0.3):
        for bonus in (0.0, 0.03, 0.05, 0.08, 0.1):
            for where in ("link", "both"):
                scores = [h.score(h.group(bonus, threshold, where)) for h in halves.values()]
                line = " | ".join(scores)
                print(f"  threshold {threshold} bonus {bonus:<5}{where:<6}{line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
