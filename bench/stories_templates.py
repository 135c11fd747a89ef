"""`python -m bench.stories_templates`: template series on Reuters are not stories (issue 16).

A wire files one form again and again: 18 companies' "3RD QTR NET", 39 cities' hog
markets, the Fed's daily reserve operation. ``tests/data/template_labels.jsonl`` labels the
84 largest stories a build of the whole of ``reuters21578.jsonl`` made before the rule
of `story_forms` (session 35), by id only: each record is one of those stories (``group``:
its first article), its ``kind`` ("template": forms filled in for different companies,
places or days; "concerted": many companies making one move on one day, a prime rate
rise, read as one event; "event": one news event) and its ``events``, the lists of its
articles that report one event (in a template story, one company's or city's report of
one day). Groups are split into a tuning half and a held-out half by a hash of ``group``
(`stories_eval.part`), fixed before any tuning.

The whole file is clustered, as a reader of all of Reuters meets it. Printed per half and
kind: pair precision (of the pairs of labelled articles one story holds, the share that
report one event) and pair recall (of the pairs that report one event, the share one
story holds); a labelled article put with an unlabelled one is not counted either way.
``--held-out`` adds the held-out half (the final measurement only); ``--largest N`` lists
the N largest stories by size, days and first id (ids only, no corpus text).
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from pathlib import Path

from bench.stories_eval import CORPORA, ROOT, Clusters, model_clusters, part
from bench.stories_wires import whole_file, widest
from index.analysis.stories import StoryModel, StoryParams

TEMPLATE_LABELS = ROOT / "tests" / "data" / "template_labels.jsonl"


def labels(path: Path = TEMPLATE_LABELS) -> list[dict[str, object]]:
    """The labelled groups."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def pair_scores(clusters: Clusters, groups: list[dict[str, object]]) -> dict[str, float]:
    """Pair precision and recall over ``groups``' articles (see the module)."""
    event: dict[str, int] = {}
    for group in groups:
        for members in group["events"]:  # type: ignore[attr-defined]
            key = len(set(event.values()))
            event.update(dict.fromkeys(members, key))
    by_story: dict[str, list[str]] = defaultdict(list)
    for article in event:
        by_story[clusters[article]].append(article)
    together = right = 0
    for members in by_story.values():
        for a, b in itertools.combinations(members, 2):
            together += 1
            right += event[a] == event[b]
    sizes: dict[int, int] = defaultdict(int)
    for key in event.values():
        sizes[key] += 1
    wanted = sum(k * (k - 1) // 2 for k in sizes.values())
    return {
        "pair_precision": right / together if together else 1.0,
        "pair_recall": right / wanted if wanted else 1.0,
        "pairs_together": float(together),
        "pairs_wanted": float(wanted),
    }


def _line(found: dict[str, float]) -> str:
    return "  ".join(
        f"{k} {int(v)}" if k.startswith("pairs_") else f"{k} {v:.3f}" for k, v in found.items()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_templates", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--held-out", action="store_true", help="the final measurement too")
    parser.add_argument("--largest", type=int, default=0, help="list the N largest stories")
    parser.add_argument("--groups", action="store_true", help="the tuning half, group by group")
    args = parser.parse_args(argv)
    groups = labels()
    articles = whole_file(args.corpora, TEMPLATE_LABELS)
    model = StoryModel.build(articles, params=StoryParams())
    clusters = model_clusters(model)
    print(f"{len(articles)} wires, {len(set(clusters.values()))} stories; {len(groups)} groups")
    halves = ("tune", "held-out") if args.held_out else ("tune",)
    for which in halves:
        half = [g for g in groups if part(str(g["group"])) == which]
        for kind in ("template", "concerted", "event", "all"):
            chosen = [g for g in half if kind in ("all", g["kind"])]
            print(f"{which:<9}{kind:<10}({len(chosen):>2}) {_line(pair_scores(clusters, chosen))}")
    if args.groups:
        for group in groups:
            if part(str(group["group"])) == "tune":
                found = pair_scores(clusters, [group])
                print(f"  {group['kind']:<10} {group['about'][:40]:<40} {_line(found)}")  # type: ignore[index]
    if args.largest:
        found = widest(clusters, articles, args.largest)["largest"]
        print("largest: " + "; ".join(f"{n} over {d:g} d ({a})" for n, d, a in found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
