"""`python -m bench.stories_angles`: two cues for one event told from different angles (st16m).

Measured on the labelled full-text week's tuning half, each as support added to the likeness
the clustering sees (after which `story_build.group` runs as built, with its full-text,
genre and rare-term rules):
- shared names (`entities.find_names` keys over the whole bodies) found in at most ``most``
  articles of the week, weighted by rarity (the sum of ``log(n / df)`` of those shared); a
  pair whose sum reaches ``need`` gains ``bonus`` and may be up to ``--far`` days apart;
- the titles' own TF-IDF cosine, ``weight`` times it added when it reaches ``need``;
- with ``--attach``, a looser `attach_lone` (``attach_floor`` / ``attach_margin``), on the
  week's and AllSides' tuning halves.
Prints F1 / pair precision only (no article text); then the week's held-out half for the
title cue at the setting that kept the tuning half's pair precision.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, load, model_clusters
from bench.stories_signals import full_text_week
from index.analysis.entities import Lexicon, find_names
from index.analysis.stories import StoryModel, StoryParams
from index.analysis.story_build import _canonical, _days, _score, group, tokens_for
from index.analysis.story_genre import genres
from index.analysis.story_length import longs
from index.analysis.story_rare import rare_keys
from index.analysis.vectors import Vocabulary, fingerprints, idf, term_counts, tfidf, tokenize

KEPT = StoryParams()


def attach(corpora: Path) -> None:
    """F1 / pair precision of the tuning halves with a lone article attached more readily."""
    week = full_text_week(corpora)
    articles, truth = load(corpora)
    print("attach_lone, tuning halves: full-text week | AllSides")
    for floor in (0.15, 0.12, 0.10):
        for margin in (2.0, 1.5):
            line = []
            for arts, labels, unsure in (week, (articles, truth, frozenset())):
                params = StoryParams(attach_floor=floor, attach_margin=margin)
                found = cluster_scores(
                    model_clusters(StoryModel.build(arts, params=params)), labels, "tune", unsure
                )
                line.append(f"{found['F1']:.3f} / {found['pair_precision']:.3f}")
            print(f"  floor {floor:<5} margin {margin:<4} " + " | ".join(line))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_angles", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--far", type=float, default=3.0, help="days apart a named pair may be")
    parser.add_argument("--attach", action="store_true", help="also sweep attach_lone (slow)")
    args = parser.parse_args()
    if args.attach:
        attach(args.corpora)
    week, truth, unsure = full_text_week(args.corpora)
    ordered = _canonical(week)
    n, ids = len(ordered), [a.id for a in ordered]
    vocab = Vocabulary()
    tokens = tokens_for(vocab, ordered)
    counts = term_counts(tokens, n, vocab.stop_mask(), len(vocab))
    df = np.bincount(counts.indices, minlength=len(vocab)).astype(np.int32)
    rows = tfidf(counts, idf(df, n))
    days = np.array([_days(a.date) for a in ordered])
    fp_hash, fp_doc = fingerprints(tokens)
    per_doc = np.bincount(fp_doc, minlength=n)
    wide = StoryParams(window_days=max(args.far, KEPT.window_days))
    i, j, s = _score(rows, days, (fp_hash, fp_doc), None, per_doc, wide).likeness
    near = np.abs(days[i] - days[j]) <= KEPT.window_days
    rules = (genres(ordered), rare_keys(counts.indices, counts.indptr, df), longs(ordered, 300))

    lexicon = Lexicon.of([a.body for a in ordered])
    names = [{m.key for m in find_names(a.body, lexicon)} for a in ordered]
    name_df = Counter(k for found in names for k in found)

    def named(most: int) -> np.ndarray:
        return np.array(
            [
                sum(math.log(n / name_df[k]) for k in names[a] & names[b] if name_df[k] <= most)
                for a, b in zip(i.tolist(), j.tolist(), strict=True)
            ]
        )

    title_vocab = Vocabulary()
    title_counts = term_counts(
        tokenize(title_vocab, [(a.title, "") for a in ordered]),
        n,
        title_vocab.stop_mask(),
        len(title_vocab),
    )
    titles = tfidf(title_counts, idf(np.bincount(title_counts.indices), n))
    title = np.asarray(titles[i].multiply(titles[j]).sum(axis=1)).ravel()

    def scores(gain: np.ndarray, keep: np.ndarray, which: str) -> str:
        raised = np.where((gain > 0) & (s < 0.999), np.minimum(s + gain, 0.99), s)
        pairs = (i[keep], j[keep], raised[keep].astype(np.float32))
        label = group(n, pairs, KEPT, *rules)
        found = cluster_scores({a: str(label[k]) for k, a in enumerate(ids)}, truth, which, unsure)
        return f"{found['F1']:.3f} / {found['pair_precision']:.3f}"

    none = np.zeros(len(s))
    print(f"as built: tuning half {scores(none, near, 'tune')}")
    print("\nshared rare names, tuning half; bonus 0.04 | 0.08 | 0.12")
    for most in (5, 10, 20):
        weights = named(most)
        for need in (10, 15, 20, 30):
            hit = weights >= need
            line = [scores(bonus * hit, near | hit, "tune") for bonus in (0.04, 0.08, 0.12)]
            print(f"  df <= {most:<3} sum >= {need:<3} " + " | ".join(line))
    print("\ntitles' cosine, tuning half; weight 0.05 | 0.1 | 0.2 | 0.3 | 0.4")
    for least in (0.0, 0.2, 0.3):
        gains = [w * title * (title >= least) for w in (0.05, 0.1, 0.2, 0.3, 0.4)]
        print(f"  cosine >= {least:<4} " + " | ".join(scores(g, near, "tune") for g in gains))
    held = scores(none, near, "held-out"), scores(0.1 * title, near, "held-out")
    print(f"\nheld-out half: as built {held[0]}, titles' cosine x0.1 {held[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
