"""`python -m bench.stories_related`: the sweep that chose how `related` weighs hubness.

Tuning halves only: the AllSides events of the tuning half (with the distractors) and the
full-text week's events whose id hashes to the tuning half. A candidate ranks by its
likeness less ``related_hub`` times the mean of its own ``related_hub_k`` best
likenesses; the models are built once and asked again at each setting (the ranking reads
the settings from the model). Chosen: the best AllSides recall@2 whose full-text recall@2
does not fall below the setting without the term.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from bench.stories_checks import full_text
from bench.stories_eval import CORPORA, load, part, related_scores
from index.analysis.stories import StoryModel, StoryParams

WEIGHTS = (0.0, 0.25, 0.5, 0.75)
SIZES = (2, 3, 5)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_related", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles, truth = load(args.corpora)
    model = StoryModel.build(articles, params=StoryParams())
    kept: dict[str, object] = {}
    full_text(args.corpora, StoryParams(), kept)
    models: dict[str, StoryModel] = kept["models"]  # type: ignore[assignment]
    week = {
        a: e
        for a, e in kept["truth"].items()  # type: ignore[attr-defined]
        if not e.startswith("alone:") and part(e) == "tune"
    }
    unsure: frozenset[str] = kept["unsure"]  # type: ignore[assignment]
    everyone = {id(m): m for m in (model, *models.values())}.values()
    print(f"{'k':>3}{'weight':>8}  AllSides tune recall@2 P@1   full-text tune recall@2 P@1")
    for size in SIZES:
        for weight in WEIGHTS:
            for m in everyone:
                m._meta["params"].update(related_hub=weight, related_hub_k=size)
            ours = related_scores(lambda a, n: [r.id for r in model.related(a, n)], truth, "tune")
            theirs = related_scores(
                lambda a, n: [r.id for r in models[a].related(a, n)], week, "all", unsure
            )
            print(
                f"{size:>3}{weight:>8.2f}  {ours['recall@2']:>22.3f} {ours['precision@1']:.3f}"
                f"  {theirs['recall@2']:>23.3f} {theirs['precision@1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
