"""`python -m bench.stories_splits_tried`: two changes the split counts pointed at (ft34).

`bench.stories_splits` found the full-text week's tuning half split by stragglers: 29 of its
33 split pairs hold an article the linkage left alone, and 29 hold an article under
`StoryParams.long_words` words (so `story_length`'s factor never reached them). Tried here,
by patching `story_build` for the run (nothing in index/ changes), F1 / pair precision:

- ``cohesion``: a lone article's average to a group (what `linkage.attach_lone` compares
  with the floor and the runner-up) divided by the group's cohesion to a power ``p`` (the
  mean of its likeness matrix, diagonal included; ``p`` 0.5 is the cosine to the group's
  centroid): a diffuse group of many angles weighs as a tight one. Applied to every group,
  or only to groups of full texts (half their articles or more) with a floor of their own;
- ``short``: the full-text factor for a pair of one full text and one article of at least
  ``least`` words (not only two full texts).

The week's tuning half and AllSides' tuning half for each setting; ``--held-out`` runs the
one setting chosen on the tuning halves once on both held-out halves.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, load, model_clusters, related_scores
from bench.stories_signals import full_text_week
from index.analysis import story_build
from index.analysis.linkage import attach_lone
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_length import COPY, MOST, words_of

KEPT = StoryParams()
Attach = Callable[[np.ndarray, Any, float, float], np.ndarray]
LONG: dict[str, np.ndarray] = {}
"""The full-text flags of the articles the grouping is given (set by `_watched`)."""


def cohesion_attach(power: float, long_floor: float | None = None) -> Attach:
    """`linkage.attach_lone` with each group's average divided by its cohesion ** power;
    with ``long_floor``, only groups of full texts so and with that floor (others as built).

    The division is done on the pairs (a lone article's pair to a group's article scaled
    by that group's factor), so `attach_lone` itself decides, at the lower of the two
    floors; an article it joins to a group under that group's own floor is then left alone
    (its pairs dropped, a second call): each lone article's choice is its own, so the
    others' are the same."""

    def attach(labels: np.ndarray, pairs: Any, floor: float, margin: float) -> np.ndarray:
        i, j, s = pairs
        size = np.bincount(labels)
        same = labels[i] == labels[j]
        within = np.bincount(labels[i][same], weights=s[same], minlength=len(size))
        scale = ((size + 2 * within) / size**2) ** -power
        chosen = np.ones(len(size), bool)
        if long_floor is not None:
            share = np.bincount(labels, weights=LONG["now"].astype(float), minlength=len(size))
            chosen = share / size >= 0.5
        scale = np.where(chosen, scale, 1.0)
        lone = size == 1
        factor = np.where(lone[labels[i]], scale[labels[j]], scale[labels[i]])
        scaled = (i, j, (s * factor).astype(s.dtype))
        if long_floor is None:
            return attach_lone(labels, scaled, floor, margin)
        a, b, v = scaled
        low: list[int] = []
        while True:  # each lone article's choice is its own: drop the low ones, ask again
            keep = ~(np.isin(a, low) | np.isin(b, low))
            out = attach_lone(labels, (a[keep], b[keep], v[keep]), min(floor, long_floor), margin)
            moved = np.flatnonzero(lone[labels] & (np.bincount(out)[out] > 1))
            more = []
            for row in moved.tolist():
                mates = (out == out[row]) & ~lone[labels]
                group = int(labels[np.flatnonzero(mates)[0]])
                mine = ((a == row) & mates[b]) | ((b == row) & mates[a])
                if v[mine].sum() / size[group] < (long_floor if chosen[group] else floor):
                    more.append(row)
            if not more:
                return out
            low += more

    return attach


def short_pairs(least: int, top: int = StoryParams().long_words) -> tuple[Any, Any]:
    """`story_build.longs` and `long_lift` for pairs of one full text and one of ``least``+
    words (``least`` = ``top``: the rule as built); a pair of one outlet counts
    ``params.long_one_outlet`` times when that is set, as built."""

    def longs(articles: Sequence[StoryArticle], _least: int) -> np.ndarray:
        return np.array([words_of(a) for a in articles], dtype=np.float64)

    def long_lift(pairs: Any, long: np.ndarray | None, params: StoryParams, series: Any) -> Any:
        i, j, s = pairs
        if long is None or not len(s):
            return pairs
        times: Any = np.float32(params.long_factor)
        one_outlet = params.long_one_outlet
        if series is not None and one_outlet is not None and one_outlet != params.long_factor:
            source = series[0]
            same = (source[i] == source[j]) & (source[i] >= 0)
            times = np.where(same, np.float32(one_outlet), times).astype(np.float32)
        elif params.long_factor == 1.0:
            return pairs
        both = np.maximum(long[i], long[j]) >= top
        both &= (np.minimum(long[i], long[j]) >= least) & (s < COPY)
        raised = np.maximum(s, np.minimum(s * times, np.float32(MOST)))
        return i, j, np.where(both, raised, s).astype(s.dtype, copy=False)

    return longs, long_lift


def _ranker(model: StoryModel) -> Callable[[str, int], list[str]]:
    return lambda article_id, limit: [r.id for r in model.related(article_id, limit)]


def _watched(group: Any) -> Any:
    def watched(*args: Any, **kwargs: Any) -> np.ndarray:
        if kwargs.get("rank") is None and len(args) > 5 and args[5] is not None:
            LONG["now"] = args[5]
        return group(*args, **kwargs)

    return watched


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.stories_splits_tried", description=__doc__
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--held-out", action="store_true", help="the chosen setting, held out")
    args = parser.parse_args(argv)
    week, week_truth, unsure = full_text_week(args.corpora)
    allsides, truth = load(args.corpora)
    kept = (story_build.attach_lone, story_build.group, story_build.longs, story_build.long_lift)

    def scores(label: str, params: StoryParams = KEPT, which: str = "tune") -> None:
        line = []
        for name, articles, labels, ignore in (
            ("week", week, week_truth, unsure),
            ("AllSides", allsides, truth, frozenset()),
        ):
            model = StoryModel.build(articles, params=params)
            s = cluster_scores(model_clusters(model), labels, which, ignore)
            cell = f"{name} {s['F1']:.3f} / {s['pair_precision']:.3f}"
            if which != "tune":
                r = related_scores(_ranker(model), labels, which, ignore)
                cell += f" (related {r['recall@2']:.3f} / {r['precision@1']:.3f})"
            line.append(cell)
        print(f"  {label}: " + " | ".join(line), flush=True)

    story_build.group = _watched(kept[1])  # type: ignore[assignment]
    try:
        if args.held_out:
            print("held-out halves, once")
            scores("as built", which="held-out")
            story_build.attach_lone = cohesion_attach(0.5, 0.2)
            scores("centroid cosine, full-text groups, floor 0.2", which="held-out")
            return 0
        print("tuning halves, F1 / pair precision")
        scores("as built")
        for power in (0.25, 0.5, 0.75):
            story_build.attach_lone = cohesion_attach(power)
            for floor in (0.15, 0.18, 0.2):
                for margin in (1.5, 2.0):
                    scores(
                        f"cohesion^{power}, floor {floor}, margin {margin}",
                        StoryParams(attach_floor=floor, attach_margin=margin),
                    )
        for long_floor in (0.16, 0.18, 0.2, 0.22):
            story_build.attach_lone = cohesion_attach(0.5, long_floor)
            scores(f"centroid cosine, full-text groups only, their floor {long_floor}")
        story_build.attach_lone = kept[0]
        for least in (100, 150, 200, 250):
            story_build.longs, story_build.long_lift = short_pairs(least)  # type: ignore[assignment]
            for factor in (1.2, 1.3, 1.4):
                scores(
                    f"short pairs from {least} words, x{factor}", StoryParams(long_factor=factor)
                )
    finally:
        story_build.attach_lone, story_build.group = kept[:2]  # type: ignore[assignment]
        story_build.longs, story_build.long_lift = kept[2:]  # type: ignore[assignment]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
