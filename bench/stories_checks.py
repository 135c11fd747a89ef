"""Story checks beside the held-out figures: full-text labelled weeks, and where the errors are.

``full_text`` scores the stories of labelled weeks of ``newsarticles.jsonl`` (full texts,
labelled by id in ``tests/data/story_labels.jsonl``, or in another file of the same form:
``python -m bench.stories_checks --labels tests/data/story_labels_b.jsonl``). ``errors``
(``python -m bench.stories_eval --errors [tune|held-out]``) counts, on one half of the
AllSides events, which pairs of event-mates were joined and which were not (by kind of
event, days apart and likeness), and which stories mix events: numbers only, no article text.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter, defaultdict
from pathlib import Path

from bench.stories_eval import (
    CORPORA,
    LABELLED,
    ROOT,
    Clusters,
    _line,
    _story_article,
    cluster_scores,
    model_clusters,
    part,
    read,
    related_scores,
)
from index.analysis.stories import StoryArticle, StoryModel, StoryParams

FULL_TEXT_LABELS = ROOT / "tests" / "data" / "story_labels.jsonl"
"""Events of full-text articles labelled by id: every article of a week of
``newsarticles.jsonl``; the ones no event lists are alone (each its own event, so a story
joining one counts against precision), "unsure" ones are in no figure."""
UNSEEN_LABELS = ROOT / "tests" / "data" / "story_labels_b.jsonl"
"""A second slice labelled the same way (24-27 Mar 2017), labelled blind and never tuned
on: no rule was chosen with it in view, so its figures are the honest full-text ones."""
TUNING_LABELS = ROOT / "tests" / "data" / "story_labels_c.jsonl"
"""Slice C (8-13 Mar 2017, lb36), labelled blind, for tuning full-text precision: denser in
same-subject pairs of different events (wiretap claims, health bill, Dutch vote and Turkey)."""
HELD_OUT_LABELS = ROOT / "tests" / "data" / "story_labels_d.jsonl"
"""Slice D (1-2 Mar 2017, lb36), labelled blind and held out: nobody tunes on it or reads
its errors (`--joins`); report its figures only."""
BANDS = (0.0, 0.1, 0.2, 0.3, 0.5, 1.01)


def full_text(
    corpora: Path,
    params: StoryParams,
    keep: dict[str, object] | None = None,
    labels: Path = FULL_TEXT_LABELS,
) -> dict[str, float]:
    """Scores on the labelled weeks of full-text articles, each week clustered on its own.

    Every article of a week is labelled: an event's, alone (its own event: joining it to
    another is a wrong merge, counted by BCubed and pair precision) or unsure (in no figure).
    Only the week's articles are clustered, so there are no distractors.

    ``labels`` is the file of labelled weeks (`FULL_TEXT_LABELS` unless told).

    ``keep``, when given, receives the built ``models`` (by article id), the ``truth`` and
    the ``unsure`` ids, for a sweep over how the models are asked (`bench.stories_related`).
    """
    weeks: dict[tuple[str, str, str], list[dict[str, object]]] = defaultdict(list)
    for line in labels.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        weeks[(record["corpus"], *record["slice"])].append(record)
    clusters: Clusters = {}
    truth: dict[str, str] = {}
    unsure: set[str] = set()
    models: dict[str, StoryModel] = {}
    for (corpus, first, last), records in weeks.items():
        articles = [
            _story_article(a.id, a)
            for a in read(corpora / corpus)
            if a.date and first <= a.date.strftime("%Y-%m-%d") <= last
        ]
        model = StoryModel.build(articles, params=params)
        clusters.update({a: f"{corpus}:{s}" for a, s in model_clusters(model).items()})
        truth.update({a.id: f"alone:{a.id}" for a in articles})
        for record in records:
            unsure.update(record.get("unsure", []))  # type: ignore[arg-type]
            members: list[str] = record.get("articles", [])  # type: ignore[assignment]
            truth.update(dict.fromkeys(members, str(record.get("event"))))
        models.update(dict.fromkeys((a.id for a in articles), model))

    def rank(article_id: str, limit: int) -> list[str]:
        return [r.id for r in models[article_id].related(article_id, limit)]

    ignore = frozenset(unsure)
    if keep is not None:
        keep.update(models=models, truth=truth, unsure=ignore)
    return {
        **cluster_scores(clusters, truth, "all", ignore),
        **related_scores(rank, truth, "all", ignore),
        "articles": float(len(truth)),
        "events": float(len({e for e in truth.values() if not e.startswith("alone:")})),
    }


def errors(
    corpora: Path,
    articles: list[StoryArticle],
    truth: dict[str, str],
    params: StoryParams,
    which: str = "tune",
) -> None:
    """Print where the stories of one half go wrong (see the module's docstring)."""
    from index.analysis.story_build import compare

    roundup = {
        a.id: str(a.extra.get("story_title", "")).startswith("Perspectives")
        for a in read(corpora / LABELLED)
    }
    model = StoryModel.build(articles, params=params)
    clusters = model_clusters(model)
    ids, (i, j, s) = compare(articles, params)
    likeness = {(ids[a], ids[b]): float(v) for a, b, v in zip(i, j, s, strict=True)}
    when = {a.id: a.date for a in articles}
    events: dict[str, list[str]] = defaultdict(list)
    for article_id, event in truth.items():
        if part(event) == which:
            events[event].append(article_id)
    joined: Counter[tuple[str, str, str]] = Counter()
    for members in events.values():
        kind = "roundup" if roundup[members[0]] else "news"
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                first, second = when[a], when[b]
                gap = abs((first - second).days) if first and second else -1
                score = likeness.get((a, b), likeness.get((b, a), 0.0))
                band = next(f"{lo:.1f}-" for lo, hi in itertools.pairwise(BANDS) if score < hi)
                verdict = "joined" if clusters[a] == clusters[b] else "missed"
                joined[(kind, f"{min(gap, 2)}{'+' if gap >= 2 else ''} days", verdict)] += 1
                joined[(kind, f"likeness {band}", verdict)] += 1
    print(f"event-mate pairs of the {which} half, joined / all:")
    for kind, split in sorted({(k, g) for k, g, _ in joined}):
        done, miss = joined[(kind, split, "joined")], joined[(kind, split, "missed")]
        print(f"  {kind:<8}{split:<18}{done:>5} / {done + miss:<5}")
    _mixed(clusters, truth, roundup, when, which)
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, cluster in clusters.items():
        members[cluster].append(article_id)
    size = Counter(truth.values())

    def rank(article_id: str, limit: int) -> list[str]:
        return [r.id for r in model.related(article_id, limit)]

    for kind in ("news", "roundup"):
        keep = {a: e for a, e in truth.items() if roundup[a] == (kind == "roundup")}
        precision, recall = [], []
        for a, event in keep.items():
            if part(event) == which:
                group = members[clusters[a]]
                same = sum(1 for b in group if truth.get(b) == event)
                precision.append(same / len(group))
                recall.append(same / size[event])
        related = related_scores(rank, keep, which)
        print(
            f"  {kind:<8}{len(recall)} articles: BCubed P {sum(precision) / len(precision):.3f}"
            f" R {sum(recall) / len(recall):.3f}  recall@2 {related['recall@2']:.3f}"
            f"  P@1 {related['precision@1']:.3f}"
        )


def _mixed(
    clusters: Clusters,
    truth: dict[str, str],
    roundup: dict[str, bool],
    when: dict[str, object],
    which: str,
) -> None:
    """Count the stories holding an article of ``which`` and another event or a distractor."""
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, cluster in clusters.items():
        members[cluster].append(article_id)
    kinds: Counter[str] = Counter()
    for group in members.values():
        labelled = [a for a in group if a in truth]
        if not any(part(truth[a]) == which for a in labelled):
            continue
        if len(labelled) < len(group):
            kinds["with an unlabelled distractor"] += 1
        found = {truth[a] for a in labelled}
        if len(found) < 2:
            continue
        mixes_roundup = len({roundup[a] for a in labelled}) > 1
        days = {when[a] for a in labelled}
        kinds[
            "a roundup with a news event"
            if mixes_roundup
            else ("two events of one day" if len(days) == 1 else "events of different days")
        ] += 1
    listed = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(f"stories mixing events ({which} half): {listed or 'none'}")


def main(argv: list[str] | None = None) -> int:
    """Print the full-text figures of one labels file."""
    parser = argparse.ArgumentParser(prog="python -m bench.stories_checks", description=__doc__)
    parser.add_argument(
        "--corpora", type=Path, default=CORPORA, help="folder of the shared corpora"
    )
    parser.add_argument(
        "--labels", type=Path, default=FULL_TEXT_LABELS, help="labelled weeks, by article id"
    )
    parser.add_argument(
        "--joins",
        action="store_true",
        help="also list the stories that join labelled events (ids only; not on held-out slices)",
    )
    args = parser.parse_args(argv)
    if not (args.corpora / "newsarticles.jsonl").exists():
        print(f"no newsarticles.jsonl in {args.corpora}")
        return 2
    print_full_text(args.corpora, StoryParams(), args.labels)
    if args.joins:
        for line in wrong_joins(args.corpora, StoryParams(), args.labels):
            print(line)
    return 0


def wrong_joins(corpora: Path, params: StoryParams, labels: Path) -> list[str]:
    """One line per story holding articles of two or more labelled events (alone ones count).

    Each line gives the story's wrong pairs (each counted by `cluster_scores`' pair
    precision, a pair of two articles labelled alone too) and its members by event, ids
    only (no article text), so a tuner can read a slice's precision errors without printing
    the corpus. Unsure articles are shown in brackets and not counted.
    """
    keep: dict[str, object] = {}
    full_text(corpora, params, keep, labels)
    models: dict[str, StoryModel] = keep["models"]  # type: ignore[assignment]
    clusters: Clusters = {}
    for model in {id(m): m for m in models.values()}.values():
        clusters.update(model_clusters(model))
    lines = []
    for wrong, by_event, held in mixed_stories(
        clusters,
        keep["truth"],  # type: ignore[arg-type]
        keep["unsure"],  # type: ignore[arg-type]
    ):
        parts = [
            f"{'alone' if event.startswith('alone:') else event} {' '.join(ids)}"
            for event, ids in sorted(by_event.items())
        ]
        unsure = f" [{' '.join(held)}]" if held else ""
        lines.append(f"{wrong:>3} wrong pairs: {' | '.join(parts)}{unsure}")
    return sorted(lines, reverse=True)


def mixed_stories(
    clusters: Clusters, truth: dict[str, str], unsure: frozenset[str]
) -> list[tuple[int, dict[str, list[str]], list[str]]]:
    """The stories of ``clusters`` holding two or more of ``truth``'s events, unsure aside.

    Each is (wrong pairs, members by event, unsure members); the wrong pairs are what
    `cluster_scores`' pair precision counts as wrong ("all": alone articles included).
    """
    stories: dict[str, list[str]] = defaultdict(list)
    for article_id, story in clusters.items():
        stories[story].append(article_id)
    found = []
    for members in stories.values():
        by_event: dict[str, list[str]] = defaultdict(list)
        for article_id in sorted(members):
            if article_id not in unsure:
                by_event[truth[article_id]].append(article_id)
        if len(by_event) < 2:
            continue
        counts = [len(ids) for ids in by_event.values()]
        wrong = (sum(counts) ** 2 - sum(n * n for n in counts)) // 2
        found.append((wrong, dict(by_event), sorted(set(members) & unsure)))
    return found


def print_full_text(corpora: Path, params: StoryParams, labels: Path = FULL_TEXT_LABELS) -> None:
    """Print `full_text`'s figures for one labels file, with its size, on two lines."""
    scores = full_text(corpora, params, labels=labels)
    whole = labels.resolve()
    named = whole.relative_to(ROOT) if whole.is_relative_to(ROOT) else whole
    print(
        f"full text: {scores['articles']:.0f} articles of newsarticles.jsonl "
        f"({scores['events']:.0f} labelled events of 2+, {named})"
    )
    print(_line(scores))


if __name__ == "__main__":
    raise SystemExit(main())
