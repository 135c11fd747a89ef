"""`python -m bench.stories_wires`: stories on one outlet's wire series (issue 16, nu32 #1).

The labelled sets of `bench.stories_eval` are many outlets on one event; a reader of
Reuters alone meets a series instead: a meeting told in a dozen short wires over days, and
tenders of different countries told in the same words. ``tests/data/wire_labels.jsonl``
labels every wire of a topic slice of ``reuters21578.jsonl`` (its ``topics`` categories
between the ``slice`` days) by event id; a wire no event lists is alone, an "unsure" one
is not scored. Events are split into a tuning half and a held-out half by a hash of their
id (`stories_eval.part`, the same split as everywhere), fixed before any tuning.

The slice is clustered on its own, as a folder of those wires would be. Printed: BCubed
precision / recall / F1 and pair precision of the tuning half (every event of the half,
alone wires included, so a wrong join counts), and of its events of 2+; ``--held-out``
adds the held-out half (the final measurement only). ``--errors`` lists the tuning half's
split events and mixed stories by id and day (ids only, no corpus text). ``--whole``
clusters every wire of the corpus file instead, as a reader of all of Reuters would, and
scores the same halves in it (a slice wire put with an unlabelled wire counts against
it), then lists the widest and the largest stories by size, days and first id: a rule
that joins a series in the slice may chain recurring reports (earnings, a daily money
market) into stories of weeks in the whole file, which the slice alone cannot show (wk33).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from bench.stories_eval import (
    CORPORA,
    ROOT,
    Clusters,
    _line,
    _story_article,
    cluster_scores,
    model_clusters,
    part,
    read,
)
from index.analysis.stories import StoryArticle, StoryModel, StoryParams

WIRE_LABELS = ROOT / "tests" / "data" / "wire_labels.jsonl"


def wire_slice(
    corpora: Path, labels: Path = WIRE_LABELS
) -> tuple[list[StoryArticle], dict[str, str], frozenset[str]]:
    """The slice's wires, the event of each (``alone:<id>`` when none) and the unsure ids."""
    records = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    corpus, (first, last) = records[0]["corpus"], records[0]["slice"]
    topics = set(records[0]["topics"])
    articles = [
        _story_article(a.id, a)
        for a in read(corpora / corpus)
        if a.date
        and first <= a.date.strftime("%Y-%m-%d") <= last
        and topics & set(_listed(a.extra.get("category")))
    ]
    truth = {a.id: f"alone:{a.id}" for a in articles}
    unsure: set[str] = set()
    for record in records:
        unsure.update(record.get("unsure", []))
        truth.update(dict.fromkeys(record.get("articles", []), str(record.get("event"))))
    return articles, truth, frozenset(unsure)


def whole_file(corpora: Path, labels: Path = WIRE_LABELS) -> list[StoryArticle]:
    """Every article of the corpus file the labels are drawn from."""
    first = json.loads(labels.read_text(encoding="utf-8").splitlines()[0])
    return [_story_article(a.id, a) for a in read(corpora / first["corpus"])]


def widest(
    clusters: Clusters, articles: list[StoryArticle], limit: int = 5
) -> dict[str, list[tuple[int, float, str]]]:
    """The ``limit`` stories spanning most days and holding most articles, each as
    (articles, days from its first dated article to its last, its first article's id)."""
    members: dict[str, list[StoryArticle]] = defaultdict(list)
    for article in articles:
        members[clusters[article.id]].append(article)
    found = []
    for group in members.values():
        dates = sorted(a.date for a in group if a.date)
        span = (dates[-1] - dates[0]).total_seconds() / 86400 if dates else 0.0
        found.append((len(group), round(span, 1), min(a.id for a in group)))
    return {
        "widest": sorted(found, key=lambda x: (-x[1], -x[0], x[2]))[:limit],
        "largest": sorted(found, key=lambda x: (-x[0], -x[1], x[2]))[:limit],
    }


def _listed(value: object) -> list[str]:
    """A list field of the corpus as ingestion keeps it (JSON text, or a list)."""
    found = json.loads(value) if isinstance(value, str) else value
    return [str(x) for x in found] if isinstance(found, list) else []


def _of_size(truth: dict[str, str], least: int) -> dict[str, str]:
    size = Counter(truth.values())
    return {a: e for a, e in truth.items() if size[e] >= least}


def scores(
    clusters: Clusters, truth: dict[str, str], unsure: frozenset[str], which: str
) -> dict[str, dict[str, float]]:
    """Scores of one half: all its wires, and its events of 2+ only."""
    return {
        "all": cluster_scores(clusters, truth, which, unsure),
        "2+": cluster_scores(clusters, _of_size(truth, 2), which, unsure),
    }


def errors(clusters: Clusters, truth: dict[str, str], unsure: frozenset[str]) -> None:
    """The tuning half's events split over stories and its stories mixing events (ids)."""
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, story in sorted(clusters.items()):
        if article_id not in unsure:
            members[story].append(article_id)
    size = Counter(truth.values())
    by_event: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for story, ids in members.items():
        for a in ids:
            by_event[truth[a]][story].append(a)
    print("split events (tuning half): event, then its wires by story")
    for event, stories in sorted(by_event.items()):
        if part(event) == "tune" and size[event] >= 2 and len(stories) > 1:
            parts = " | ".join(" ".join(a[5:] for a in ids) for ids in stories.values())
            print(f"  {event}: {parts}")
    print("mixed stories holding a tuning-half wire: events by wire")
    for ids in members.values():
        events = {truth[a] for a in ids}
        if len(events) > 1 and any(part(truth[a]) == "tune" for a in ids):
            print("  " + " | ".join(f"{truth[a]}:{a[5:]}" for a in ids))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_wires", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--held-out", action="store_true", help="the final measurement too")
    parser.add_argument("--errors", action="store_true", help="the tuning half's errors (ids)")
    parser.add_argument(
        "--whole", action="store_true", help="cluster the whole corpus file; widest stories"
    )
    args = parser.parse_args(argv)
    articles, truth, unsure = wire_slice(args.corpora)
    events = set(_of_size(truth, 2).values())
    print(
        f"{len(articles)} wires, {len(events)} events of 2+ "
        f"({sum(part(e) == 'tune' for e in events)} tuning), {len(unsure)} unsure"
    )
    clustered = whole_file(args.corpora) if args.whole else articles
    clusters = model_clusters(StoryModel.build(clustered, params=StoryParams()))
    halves = ("tune", "held-out") if args.held_out else ("tune",)
    for which in halves:
        for kind, found in scores(clusters, truth, unsure, which).items():
            print(f"{which:<9}{kind:<4} {_line(found)}")
    if args.errors:
        errors(clusters, truth, unsure)
    if args.whole:
        print(f"whole file: {len(clustered)} wires, {len(set(clusters.values()))} stories")
        for kind, found in widest(clusters, clustered).items():
            print(f"{kind}: " + "; ".join(f"{n} over {d:g} d ({a})" for n, d, a in found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
