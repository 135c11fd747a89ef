"""`python -m bench.stories_sagas`: `related` and stories on wire events that run over days.

Issue 16 (st44 item 3): `related` fades its stored neighbours steeply with time, which the
AllSides events (same-day mates) reward; a reader of one wire meets events told over days
instead: a bid, its rejection, the suit and the court order a week later.
``tests/data/story_labels_wires.jsonl`` (lb38) labels 257 Reuters wires of 33 such events
(2-14 days each) by id, with 115 distractor wires of the same days and 120 unsure wires
(an event's wires outside its days, or straddling two); its first line gives the labelling
rules. Each event carries its ``half`` (tune or held-out), fixed before any figure.

The labelled wires, the unsure ones and the distractors are clustered together, as a
folder of them would be. Printed for the tuning half (``--held-out`` adds the held-out
half: the final measurement only): BCubed precision / recall / F1 and pair precision of
the half's wires (a distractor or a wire of another event in their story counts against
them), `related` recall@2 and precision@1 (`stories_eval.related_scores`: unsure wires are
skipped, distractors and the other half's wires are misses), and the same two asked
across days: each wire's same-day mates are taken out of its ranking, so the figure says
whether the follow-ups of other days come first. ``--errors`` lists the tuning half's
across-days misses by id and day (ids only, no corpus text). ``--whole`` clusters every
wire of the corpus file instead, as a reader of all of Reuters would: an unlabelled wire
ranked or grouped with a labelled one counts against it, though it may report the same
event (only the labelled days were read), so its figures are a lower bound.

Each half's line of follow-ups (st46) counts what `story_followups.later_related` lists
for every story whose labelled wires are mostly of one of the half's events: right when
the listed wire is of that event, wrong when of another event or a distractor (unsure
wires are not counted). ``--actors-floor`` sets `story_followups.ACTORS_FLOOR` for it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from bench.stories_eval import (
    CORPORA,
    ROOT,
    Ranker,
    _line,
    _story_article,
    cluster_scores,
    model_clusters,
    read,
    related_scores,
)
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_followups import ACTORS_FLOOR, later_related

SAGA_LABELS = ROOT / "tests" / "data" / "story_labels_wires.jsonl"


def load(
    corpora: Path, labels: Path = SAGA_LABELS, whole: bool = False
) -> tuple[list[StoryArticle], dict[str, str], dict[str, str], frozenset[str]]:
    """The wires to cluster, each labelled wire's event, each event's half, the unsure ids.

    The wires are the labelled, unsure and distractor ones, or with ``whole`` every wire
    of the corpus file.
    """
    records = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    head, events = records[0], records[1:]
    truth = {a: str(r["event"]) for r in events for a in r["articles"]}
    halves = {str(r["event"]): str(r["half"]) for r in events}
    unsure = frozenset(head["unsure"])
    wanted = set(truth) | unsure | set(head["distractors"])
    articles = [
        _story_article(a.id, a) for a in read(corpora / head["corpus"]) if whole or a.id in wanted
    ]
    return articles, truth, halves, unsure


def across_days(
    rank: Ranker, truth: dict[str, str], when: dict[str, str], ignore: frozenset[str]
) -> dict[str, float]:
    """recall@2 and precision@1 of each wire's mates of other UTC days, same-day mates aside.

    A wire whose mates all share its day is not scored; its same-day mates are taken out
    of its ranking (like ``ignore``), so a distractor of its own day ranked above a
    follow-up of another day is a miss.
    """
    recall, precision = [], []
    for article_id, event in truth.items():
        if article_id in ignore:
            continue
        mates = {m for m, e in truth.items() if e == event and m not in ignore} - {article_id}
        later = {m for m in mates if when[m] != when[article_id]}
        if not later:
            continue
        skip = ignore | (mates - later)
        top = [a for a in rank(article_id, 2 + len(skip)) if a not in skip][:2]
        recall.append(len(later & set(top)) / min(len(later), 2))
        precision.append(bool(top) and top[0] in later)
    return {
        "days_recall@2": float(np.mean(recall)),
        "days_precision@1": float(np.mean(precision)),
        "days_scored": float(len(recall)),
    }


def misses(
    rank: Ranker,
    truth: dict[str, str],
    when: dict[str, str],
    ignore: frozenset[str],
    scored: set[str],
) -> list[str]:
    """One line per ``scored`` wire whose first other-day answer is no mate (`across_days`).

    Each gives the wire, its day, then the first answer with its day and its event
    ("other" when unlabelled), ids only.
    """
    lines = []
    for article_id, event in sorted(truth.items()):
        if article_id not in scored:
            continue
        mates = {m for m, e in truth.items() if e == event and m != article_id}
        same = {m for m in mates if when.get(m) == when[article_id]}
        if article_id in ignore or not mates - same - ignore:
            continue
        skip = ignore | same
        top = [a for a in rank(article_id, 1 + len(skip)) if a not in skip][:1]
        if top and top[0] not in mates:
            first = top[0]
            lines.append(
                f"{event} {article_id} {when[article_id]} -> {first} {when.get(first, '?')}"
                f" {truth.get(first, 'other')}"
            )
    return lines


def half_scores(
    model: StoryModel,
    when: dict[str, str],
    truth: dict[str, str],
    halves: dict[str, str],
    unsure: frozenset[str],
    which: str,
) -> dict[str, float]:
    """Story and `related` figures of one half's wires (the other half's are distractors).

    ``when`` is each wire's UTC day, for `across_days`.
    """
    mine = {a: e for a, e in truth.items() if halves[e] == which}

    def rank(article_id: str, limit: int) -> list[str]:
        return [r.id for r in model.related(article_id, limit)]

    return {
        **cluster_scores(model_clusters(model), mine, "all", unsure),
        **related_scores(rank, mine, "all", unsure),
        **across_days(rank, mine, when, unsure),
    }


def followup_counts(
    model: StoryModel,
    truth: dict[str, str],
    halves: dict[str, str],
    unsure: frozenset[str],
    which: str,
    actors_floor: float = ACTORS_FLOOR,
) -> tuple[int, int]:
    """How many follow-ups listed for the half's stories are right and wrong (see the
    module): a story is of the event most of its labelled wires report (ties: first by
    name)."""
    right = wrong = 0
    for story in model.stories():
        events = sorted(truth[a] for a in story.article_ids if a in truth)
        if not events:
            continue
        event = max(sorted(set(events)), key=events.count)
        if halves[event] != which:
            continue
        members = list(story.article_ids)
        for article_id, _ in later_related(model, members, limit=10**6, actors_floor=actors_floor):
            if article_id in unsure:
                continue
            right += truth.get(article_id) == event
            wrong += truth.get(article_id) != event
    return right, wrong


def main(argv: list[str] | None = None) -> int:
    """Print the tuning half's figures (and the held-out half's when asked)."""
    parser = argparse.ArgumentParser(prog="python -m bench.stories_sagas", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--labels", type=Path, default=SAGA_LABELS)
    parser.add_argument("--held-out", action="store_true", help="the final measurement too")
    parser.add_argument("--errors", action="store_true", help="the tuning half's misses (ids)")
    parser.add_argument("--whole", action="store_true", help="cluster the whole corpus file")
    parser.add_argument("--actors-floor", type=float, default=ACTORS_FLOOR)
    args = parser.parse_args(argv)
    articles, truth, halves, unsure = load(args.corpora, args.labels, whole=args.whole)
    print(
        f"{len(articles)} wires: {len(truth)} labelled in {len(halves)} events "
        f"({sum(h == 'tune' for h in halves.values())} tuning), {len(unsure)} unsure"
    )
    model = StoryModel.build(articles, params=StoryParams())
    when = {a.id: a.date.strftime("%Y-%m-%d") if a.date else "" for a in articles}
    for which in ("tune", "held-out") if args.held_out else ("tune",):
        found = half_scores(model, when, truth, halves, unsure, which)
        print(f"{which:<9}{_line({k: v for k, v in found.items() if 'days' not in k})}")
        print(
            f"{'':<9}across days ({found['days_scored']:.0f} wires): "
            f"recall@2 {found['days_recall@2']:.3f}  precision@1 {found['days_precision@1']:.3f}"
        )
        right, wrong = followup_counts(model, truth, halves, unsure, which, args.actors_floor)
        print(
            f"{'':<9}follow-ups (actors floor {args.actors_floor}): listed right {right}"
            f"  wrong {wrong}  precision {right / max(1, right + wrong):.3f}"
        )
    if args.errors:
        tuning = {a for a, e in truth.items() if halves[e] == "tune"}

        def rank(article_id: str, limit: int) -> list[str]:
            return [r.id for r in model.related(article_id, limit)]

        print("across-days misses, tuning half: event wire day -> first answer day its event")
        for line in misses(rank, truth, when, unsure, tuning):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
