"""`python -m bench.story_followups`: the floor of a followed story's follow-ups
(`index.analysis.story_followups`).

Every story of the labelled AllSides articles (with newsarticles mixed in as distractors,
`bench.stories_eval.load`) is taken as followed; its candidates are the later articles
outside it that `related` lists for one of its articles, each with its best likeness, no
floor. Strictly, a candidate is right when it is an article of one of the story's labelled
events (a later article of the same event, left out of the story). But most of the others
read as true follow-ups (fu34 looked at the tuning half's: "Liz Cheney says Trump is
poisoning democracy" -> "House GOP votes to oust Liz Cheney" -> "Stefanik elected to replace
Cheney"; "CDC: vaccinated need no masks outside" -> "... indoors"), so a candidate of
another labelled event of 2021 counts as right too and only a distractor (news of 2016-17
moved onto 2021: unrelated by construction) as wrong. Chosen on the tuning half (stories
by the event of their first labelled article): the lowest floor whose precision so reaches
``TARGET``; printed for both halves, strict and so.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, load, part
from index.analysis.stories import StoryModel, StoryParams
from index.analysis.story_followups import FOLLOWUP_FLOOR, later_related

TARGET = 0.98
"""The precision the floor is chosen for on the tuning half."""


def candidates(model: StoryModel, truth: dict[str, str], which: str) -> list[tuple[float, str]]:
    """Each follow-up candidate of ``which`` half's stories: its likeness, and whether it is
    of one of the story's events (``event``), of another (``other``) or a ``distractor``."""
    ids: list[str] = model._meta["ids"]
    story = model._array("story")
    members: dict[int, list[str]] = {}
    for row, article_id in enumerate(ids):
        members.setdefault(int(story[row]), []).append(article_id)
    out: list[tuple[float, str]] = []
    for group in members.values():
        events = [truth[a] for a in group if a in truth]
        if not events or part(events[0]) != which:
            continue
        for article_id, likeness in later_related(model, group, limit=10**6, floor=0.0):
            theirs = truth.get(article_id)
            kind = "distractor" if theirs is None else "event" if theirs in events else "other"
            out.append((likeness, kind))
    return out


def at(
    found: list[tuple[float, str]], floor: float, right: tuple[str, ...]
) -> tuple[float, int, int]:
    """Precision, right and listed candidates at ``floor``, ``right`` the kinds right."""
    kept = [kind in right for likeness, kind in found if likeness >= floor]
    return (sum(kept) / len(kept) if kept else float("nan")), sum(kept), len(kept)


STRICT = ("event",)
FOLLOWS = ("event", "other")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.story_followups", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles, truth = load(args.corpora)
    model = StoryModel.build(articles, params=StoryParams())
    tune = candidates(model, truth, "tune")
    grid = [round(float(f), 3) for f in np.arange(0.10, 0.61, 0.025)]
    for floor in grid:
        precision, right, kept = at(tune, floor, FOLLOWS)
        strict = at(tune, floor, STRICT)[0]
        said = f"precision {precision:.3f} ({right}/{kept}), strict {strict:.3f}"
        print(f"tune floor {floor:.3f}: {said}")
    chosen = next((f for f in grid if at(tune, f, FOLLOWS)[0] >= TARGET), grid[-1])
    print(f"chosen on the tuning half (precision >= {TARGET}): {chosen:.3f}")
    print(f"FOLLOWUP_FLOOR in index/analysis/story_followups.py: {FOLLOWUP_FLOOR}")
    held = candidates(model, truth, "held-out")
    for which, found in (("tune", tune), ("held-out", held)):
        precision, right, kept = at(found, FOLLOWUP_FLOOR, FOLLOWS)
        strict, mates_listed, _ = at(found, FOLLOWUP_FLOOR, STRICT)
        mates = sum(kind == "event" for _, kind in found)
        print(
            f"{which}: at FOLLOWUP_FLOOR precision {precision:.3f} ({right}/{kept} listed),"
            f" strict {strict:.3f}; {mates_listed} of {mates} later event-mates outside"
            " their story listed"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
