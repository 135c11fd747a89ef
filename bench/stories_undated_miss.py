"""`python -m bench.stories_undated_miss`: why undated tuning-half articles miss their story.

The undated rule (`story_undated.choose`) joins an undated article to the dated story it is
most like on average when that average is at least ``undated_floor`` and
``undated_margin`` times the runner-up's. For each undated labelled article of the tuning
half whose event has a dated article (as `stories_undated`), this counts what happened:
joined (rightly or not), under the floor, or the margin failed, and then whether the top
story is its event's (a story's event: most of its dated articles') and whether the
runner-up is its event's too (the dated clustering split the event) (un24 #4).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, part
from bench.stories_undated import setup


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(list(argv) if argv is not None else None)
    from index.analysis.stories import StoryParams

    _, truth, _, ids, days, base, (i, j, s) = setup(args.corpora)
    params = StoryParams()
    undated = np.isnan(days)
    dated_story = np.where(undated, -1, base)
    sizes = np.bincount(base[~undated], minlength=int(base.max()) + 1)
    event = np.array([truth.get(a, "?") for a in ids])
    story_event = {
        int(k): Counter(event[(base == k) & ~undated].tolist()).most_common(1)[0][0]
        for k in np.unique(base[~undated])
    }
    rows_at, cols, scores = np.concatenate((i, j)), np.concatenate((j, i)), np.concatenate((s, s))
    has_dated = {truth[a] for k, a in enumerate(ids) if a in truth and not undated[k]}
    found: Counter[str] = Counter()
    for k, a in enumerate(ids):
        if a not in truth or not undated[k] or part(truth[a]) != "tune":
            continue
        if truth[a] not in has_dated:
            continue
        mine = (rows_at == k) & (dated_story[cols] >= 0)
        if not mine.any():
            found["no dated partner at the cosine floor"] += 1
            continue
        labels, inverse = np.unique(dated_story[cols[mine]], return_inverse=True)
        average = np.bincount(inverse, weights=scores[mine]) / np.maximum(sizes[labels], 1)
        order = np.argsort(-average, kind="stable")
        top = float(average[order[0]])
        second = float(average[order[1]]) if len(order) > 1 else 0.0
        right = story_event[int(labels[order[0]])] == truth[a]
        split = len(order) > 1 and story_event[int(labels[order[1]])] == truth[a]
        if top >= params.undated_floor and top >= params.undated_margin * second:
            found[f"joined, {'right' if right else 'wrong'}"] += 1
        elif top < params.undated_floor:
            found[f"under the floor, top story its event's: {right}"] += 1
        else:
            ratio = "under 1.5x" if top < 1.5 * second else "1.5x to the margin"
            found[f"margin failed ({ratio}), top its event's: {right}, runner-up: {split}"] += 1
    for what, count in found.most_common():
        print(f"{count:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
