"""Full-text stories, precision first: a sweep of `StoryParams` on one labels file, its frontier.

``python -m bench.stories_frontier --labels tests/data/story_labels_c.jsonl long_factor=1,1.1,1.3
threshold=0.275,0.35`` scores every setting of the grid with `bench.stories_checks.full_text`
(BCubed precision, recall, F1 and pair precision; a join of articles labelled alone counts),
marks with ``*`` the settings on the frontier of pair precision against F1, and names the
choice issue 16 asks for ("a wrong merge misleads more than a miss"): the highest F1 with pair
precision at least ``--bar``, else the best pair precision with F1 at least ``--least-f1``.
Sweep the tuning slice (C) and the old week only; read the held-out slices (B, D) once, at the
choice, with `bench.stories_checks`. The AllSides figures (`bench.stories_eval`) are not here:
a knob that moves short bodies too (``threshold``, ``attach_floor``) must be checked there.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path

from bench.stories_checks import TUNING_LABELS, full_text
from bench.stories_eval import CORPORA
from index.analysis.stories import StoryParams

Point = tuple[float, float]
"""One setting's (pair precision, F1)."""


def grid(specs: Sequence[str]) -> list[dict[str, float | int]]:
    """Every setting of ``name=v1,v2,...`` specs (the product, in the order given).

    A name must be a `StoryParams` field; a field whose default is an int takes ints.
    """
    known = {f.name: type(getattr(StoryParams(), f.name)) for f in fields(StoryParams)}
    axes: list[list[tuple[str, float | int]]] = []
    for spec in specs:
        name, _, values = spec.partition("=")
        if name not in known or not values:
            raise ValueError(f"not a StoryParams sweep: {spec!r} (name=v1,v2,...)")
        kind = int if known[name] is int else float
        axes.append([(name, kind(v)) for v in values.split(",")])
    return [dict(setting) for setting in itertools.product(*axes)]


def frontier(points: Sequence[Point]) -> list[bool]:
    """Which points no other point beats: at least as high on both figures, higher on one."""
    return [not any(q[0] >= p[0] and q[1] >= p[1] and q != p for q in points) for p in points]


def choose(points: Sequence[Point], bar: float, least_f1: float) -> int | None:
    """The chosen point's index: the highest F1 of pair precision >= ``bar``, else the best
    pair precision of F1 >= ``least_f1`` (ties: the other figure, then the first); None if
    no point has either."""
    above = [k for k, (pair, _) in enumerate(points) if pair >= bar]
    if above:
        return max(above, key=lambda k: (points[k][1], points[k][0], -k))
    enough = [k for k, (_, f1) in enumerate(points) if f1 >= least_f1]
    if enough:
        return max(enough, key=lambda k: (points[k][0], points[k][1], -k))
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the sweep's rows, its frontier and the choice."""
    parser = argparse.ArgumentParser(prog="python -m bench.stories_frontier", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="folder of the corpora")
    parser.add_argument("--labels", type=Path, default=TUNING_LABELS, help="labelled weeks")
    parser.add_argument("--bar", type=float, default=0.95, help="pair precision wanted")
    parser.add_argument("--least-f1", type=float, default=0.75, help="F1 kept below the bar")
    parser.add_argument("sweep", nargs="*", help="name=v1,v2,... (StoryParams fields)")
    args = parser.parse_args(argv)
    if not (args.corpora / "newsarticles.jsonl").exists():
        print(f"no newsarticles.jsonl in {args.corpora}")
        return 2
    settings = grid(args.sweep)
    rows = []
    for setting in settings:
        scores = full_text(args.corpora, replace(StoryParams(), **setting), labels=args.labels)
        rows.append(scores)
    points = [(s["pair_precision"], s["F1"]) for s in rows]
    best = frontier(points)
    for setting, scores, on in zip(settings, rows, best, strict=True):
        named = " ".join(f"{k}={v}" for k, v in setting.items()) or "defaults"
        print(
            f"{'*' if on else ' '} {named:<40} P {scores['precision']:.3f}  R "
            f"{scores['recall']:.3f}  F1 {scores['F1']:.3f}  pair P {scores['pair_precision']:.3f}"
        )
    chosen = choose(points, args.bar, args.least_f1)
    if chosen is None:
        print(f"no setting has pair precision >= {args.bar} or F1 >= {args.least_f1}")
    else:
        print("chosen:", " ".join(f"{k}={v}" for k, v in settings[chosen].items()) or "defaults")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
