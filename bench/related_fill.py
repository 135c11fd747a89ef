"""`python -m bench.related_fill`: the floor of `related`'s fill (`index.analysis.related_fill`).

The fill's candidates of every labelled AllSides article (within ``FILL_DAYS``, sharing a
heavy term, beyond the stored neighbours) are scored by plain cosine with no floor. The
distractors among them (newsarticles of 2016-17 moved onto 2021: other events) are what the
fill should not list just to fill. Chosen on the tuning half: the 95th percentile of their
cosines. Printed for both halves: the share of distractors, of other labelled events'
articles (often on the same subject: Afghanistan, the Supreme Court) and of event-mates
at or above the floor.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, load, part
from index.analysis.related_fill import FILL_FLOOR
from index.analysis.stories import StoryModel, StoryParams

PERCENTILE = 95.0


def candidates(
    model: StoryModel, truth: dict[str, str], which: str
) -> tuple[list[float], list[float], list[float]]:
    """Cosines of the fill's candidates of ``which`` half: other events', event-mates',
    distractors'."""
    index = model._fill_index()
    assert index is not None
    rows = model._article_index()
    ids: list[str] = model._meta["ids"]
    days = model._array("time")
    others: list[float] = []
    mates: list[float] = []
    distractors: list[float] = []
    for article_id, event in truth.items():
        if part(event) != which:
            continue
        row = rows[article_id]
        listed = {int(p) for p in model._array("neighbours")[row] if p >= 0} | {row}
        for fill in index.fill(row, days, listed, model.params.decay_per_day, 10**6, floor=0.0):
            theirs = truth.get(ids[fill.row])
            if theirs is None:
                distractors.append(fill.cosine)
            else:
                (mates if theirs == event else others).append(fill.cosine)
    return others, mates, distractors


def share(cosines: list[float]) -> str:
    """The share of ``cosines`` at or above the floor."""
    return f"{np.mean(np.asarray(cosines) >= FILL_FLOOR):.3f}" if cosines else "-"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.related_fill", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles, truth = load(args.corpora)
    model = StoryModel.build(articles, params=StoryParams())
    _, _, tune_d = candidates(model, truth, "tune")
    chosen = float(np.percentile(tune_d, PERCENTILE))
    print(f"tuning half: {PERCENTILE:.0f}th percentile of the distractors' cosines {chosen:.3f}")
    print(f"FILL_FLOOR in index/analysis/related_fill.py: {FILL_FLOOR}")
    for which in ("tune", "held-out"):
        others, mates, distractors = candidates(model, truth, which)
        print(
            f"{which}: at or above the floor: {share(distractors)} of {len(distractors)}"
            f" distractors, {share(others)} of {len(others)} other events' articles,"
            f" {share(mates)} of {len(mates)} event-mates (beyond the neighbours)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
