"""`python -m bench.stories_allsides_splits`: why AllSides' tuning events split (st48, issue 16).

The AllSides events with the distractors, built as `bench.stories_eval` builds them, with
`story_build.group` watched (`bench.stories_splits.trace`). For every event of the TUNING half
whose articles fall into more than one story, its closest pair across the pieces (the highest
score the linkage read) is classified, first cause that holds:

- ``perspectives``: the event is an AllSides "Perspectives" roundup (opinion pieces on a topic);
- ``far date``: the closest cross pair is more than `StoryParams.window_days` apart (never
  compared; most are one article dated days off its mates);
- ``days apart``: 1-3 days apart, and the undecayed lead cosine would have reached the
  threshold (the day decay took it under);
- ``short opening``: one of the pair has fewer than `SHORT` body words;
- ``pulled elsewhere``: a piece that left the event sits in a story with other articles
  (another event's or a distractor) it liked more;
- ``near threshold``: the score the linkage read is within `NEAR` of the threshold (or a lone
  article's attach average within `NEAR` of the floor), else
- ``different wording``: the pair shares little (the headline and lead tell it otherwise).

Also by the step that refused the join (`bench.stories_splits.causes`). Counts, scores and
ids only (``--list`` prints ids and figures, no text). Built without st48's lone pairs
(`linkage.pair_lone`, the rule this count chose) unless ``--rule``.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, LABELLED, load, part, read
from bench.stories_splits import _rows, causes, trace
from index.analysis.stories import StoryParams
from index.analysis.story_build import _canonical

KEPT = StoryParams()
SHORT = 40
"""An opening of fewer body words than this is short."""
NEAR = 0.05
"""A score within this of the threshold (or of the attach floor) is near it."""


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.stories_allsides_splits", description=__doc__
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--list", action="store_true", help="one line per split event (ids)")
    parser.add_argument("--rule", action="store_true", help="with `pair_lone` (the defaults)")
    args = parser.parse_args()
    articles, truth = load(args.corpora)
    articles = _canonical(articles)
    ids = [a.id for a in articles]
    roundup = {
        a.id: str(a.extra.get("story_title", "")).startswith("Perspectives")
        for a in read(args.corpora / LABELLED)
    }
    traced = trace(articles, KEPT if args.rule else StoryParams(pair_floor=2.0))
    lead = _rows(articles, lead=True)
    day = np.array([a.date.timestamp() / 86400 if a.date else np.nan for a in articles])
    words = np.array([len(a.body.split()) for a in articles])
    event = [truth.get(a) for a in ids]
    members: dict[str, list[int]] = defaultdict(list)
    for k, e in enumerate(event):
        if e is not None and part(e) == "tune":
            members[e].append(k)
    size = Counter(traced.final.tolist())
    rows = []
    for e, ks in sorted(members.items()):
        groups = {int(traced.final[k]) for k in ks}
        if len(groups) == 1:
            continue
        cross = [
            (a, b) for a, b in itertools.combinations(ks, 2) if traced.final[a] != traced.final[b]
        ]
        a, b = max(cross, key=lambda p: (traced.raised.get(p, 0.0), -abs(day[p[1]] - day[p[0]])))
        score = traced.raised.get((a, b), 0.0)
        days = abs(day[b] - day[a])
        cosine = float(lead[a].multiply(lead[b]).sum())
        step = causes(traced, a, b, day[b] - day[a])
        outside = any(
            size[int(traced.final[k])] > sum(traced.final[j] == traced.final[k] for j in ks)
            for k in ks
        )
        if roundup[ids[a]]:
            cause = "perspectives"
        elif min(abs(day[x] - day[y]) for x, y in cross) > KEPT.window_days:
            cause = "far date"
        elif days >= 1 and score < KEPT.threshold <= cosine + KEPT.rare_bonus:
            cause = "days apart"
        elif min(words[a], words[b]) < SHORT:
            cause = "short opening"
        elif outside:
            cause = "pulled elsewhere"
        elif score >= KEPT.threshold - NEAR:
            cause = "near threshold"
        else:
            cause = "different wording"
        rows.append((e, len(ks), len(groups), cause, step, score, cosine, days, words[a], words[b]))
    print(f"tuning half: {len(members)} events, {len(rows)} split")
    for title, col in (("by cause", 3), ("by the step that refused", 4)):
        print(f"\n{title}:")
        for key, n in Counter(r[col] for r in rows).most_common():
            print(f"  {key:<34} {n}")
    print("\nby cause, the closest pair's score the linkage read (quartiles) and days apart:")
    for key in sorted({r[3] for r in rows}):
        got = [r for r in rows if r[3] == key]
        q = np.percentile([r[5] for r in got], [25, 50, 75])
        d = Counter(min(int(r[7]), 4) for r in got)
        print(f"  {key:<20} score {q[0]:.3f} {q[1]:.3f} {q[2]:.3f}; days {dict(sorted(d.items()))}")
    if args.list:
        print("\nevent size pieces cause | step | score cosine days words")
        for r in rows:
            figures = f"{r[5]:.3f} {r[6]:.3f} {r[7]:.1f} {r[8]} {r[9]}"
            print(f"  {r[0]} {r[1]} {r[2]} {r[3]} | {r[4]} | {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
