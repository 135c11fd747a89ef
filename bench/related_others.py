"""`python -m bench.related_others`: the related list past the story-mates, and "earlier,
not in this story" (issue 16, st55).

One build of the labelled AllSides events with the distractors (`bench.stories_eval.load`),
then, for each variant of the fill's settings (`index.analysis.related_fill`, patched in
place): related recall@2 / precision@1 on a half, and the nearest others' quality. The
others have no labels of their own; an event's neutral headline (`story_title`) stands for
its topic: a row of another labelled event is "on topic" when the two events' headlines
share a content word (stemmed to 6 letters, stop words and words of more than 40 of the 505
headlines left out; a distractor never is). ``topic@1`` is the share of labelled articles
whose first row outside their event is on topic, ``mrr`` the mean reciprocal rank, among
the rows outside the event (10 rows asked), of the first on-topic one (0 when none is).

``--earlier`` counts, over every story whose first is labelled, how often
`index.story_earlier`'s rule names an earlier article, and how often it is of the same
labelled event as the story's first; ``--rule cross`` tries the rule that asks for the
candidate's nearest outside its own story.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import numpy as np

from bench.stories_eval import CORPORA, LABELLED, load, part, related_scores
from index.analysis import related_fill
from index.analysis.stories import StoryModel

VARIANTS: dict[str, dict[str, float]] = {
    "now": {},
    "strong 0.15": {"STRONG_COSINE": 0.15},
    "strong 0.15 w0.25": {"STRONG_COSINE": 0.15, "STRONG_WEIGHT": 0.25},
    "knee 3 far 0.015": {"FADE_KNEE": 3.0, "FADE_FAR": 0.015},
    "knee 3 far 0.03": {"FADE_KNEE": 3.0, "FADE_FAR": 0.03},
    "knee 3 far 0": {"FADE_KNEE": 3.0, "FADE_FAR": 0.0},
    "knee 2 far 0.015": {"FADE_KNEE": 2.0, "FADE_FAR": 0.015},
    "knee 4 far 0.015": {"FADE_KNEE": 4.0, "FADE_FAR": 0.015},
    **{f"decay {d}": {"FILL_DECAY": d} for d in (0.05, 0.03, 0.015)},
}
STOP = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "from", "by"}
    | {"as", "at", "its", "is", "are", "be", "after", "over", "says"}
)


@contextmanager
def patched(settings: dict[str, float]) -> Iterator[None]:
    old = {k: getattr(related_fill, k) for k in settings}
    for k, v in settings.items():
        setattr(related_fill, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(related_fill, k, v)


def topics(corpora) -> dict[str, set[str]]:
    """Event id -> its headline's stemmed content words (common ones left out)."""
    titles: dict[str, str] = {}
    with open(corpora / LABELLED, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            titles.setdefault(record["story"], record["story_title"])
    words = {
        e: {w[:6] for w in re.findall(r"[a-z0-9]+", t.lower()) if w not in STOP and len(w) > 2}
        for e, t in titles.items()
    }
    df = Counter(w for ws in words.values() for w in ws)
    return {e: {w for w in ws if df[w] <= 40} for e, ws in words.items()}


def others(
    model: StoryModel, truth: dict[str, str], topic: dict[str, set[str]], which: str
) -> dict[str, float]:
    hit, rr = [], []
    for article_id, event in truth.items():
        if part(event) != which:
            continue
        rows = [r.id for r in model.related(article_id, 10) if truth.get(r.id) != event]
        on = [bool(truth.get(r) and topic[truth[r]] & topic[event]) for r in rows]
        hit.append(bool(on) and on[0])
        rr.append(next((1 / (k + 1) for k, o in enumerate(on) if o), 0.0))
    return {"topic@1": float(np.mean(hit)), "mrr": float(np.mean(rr))}


def earlier(model: StoryModel, truth: dict[str, str], rule: str) -> dict[str, Any]:
    from index.story_earlier import earlier_outside

    dates = {a.id: a.date for a in ARTICLES}

    def related(article_id: str, limit: int):
        return [
            SimpleNamespace(id=r.id, same_story=r.same_story, score=r.score, date=dates.get(r.id))
            for r in model.related(article_id, limit)
        ]

    def cross(article_id: str, limit: int):  # the candidate's nearest outside its story
        rows = related(article_id, 10 if limit == 1 else limit)
        return [r for r in rows if not r.same_story][:limit] if limit == 1 else rows

    if rule == "dump":  # every candidate the cross rule would look at, with its figures
        out = []
        for story in model.stories(1):
            if story.first not in truth or story.first_date is None:
                continue
            members = set(story.article_ids)
            events = {truth.get(a) for a in members} - {None}
            from index.first_dated import known_before

            for row in related(story.first, 10):
                if row.same_story or row.id in members or row.date is None:
                    continue
                if not known_before(row.date, story.first_date):
                    continue
                mine = related(row.id, 10)
                near = [r for r in mine if not r.same_story][:1]
                out.append(
                    {
                        "story": story.id,
                        "first": story.first,
                        "id": row.id,
                        "score": row.score,
                        "alone": not any(r.same_story for r in mine),
                        "near_in": bool(near) and near[0].id in members,
                        "near_score": near[0].score if near else 0.0,
                        "same_first": truth.get(row.id) == truth[story.first],
                        "same_member": truth.get(row.id) in events,
                        "half": part(truth[story.first]),
                    }
                )
        return {"rows": out}

    ask = cross if rule == "cross" else related
    lines = same = member = named = 0
    for story in model.stories(1):
        if story.first not in truth or story.first_date is None:
            continue
        told = SimpleNamespace(
            first=SimpleNamespace(id=story.first, date=story.first_date), story=story
        )
        found = earlier_outside(told, ask)  # type: ignore[arg-type]
        if found:
            lines += 1
        named += len(found)
        same += sum(truth.get(r.id) == truth[story.first] for r in found)
        events = {truth.get(a) for a in story.article_ids} - {None}
        member += sum(truth.get(r.id) in events for r in found)
    return {
        "stories with the line": lines,
        "named": named,
        "first's event": same,
        "a member's event": member,
    }


ARTICLES: list = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.related_others", description=__doc__)
    parser.add_argument("--half", choices=("tune", "held-out"), default="tune")
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS))
    parser.add_argument("--earlier", action="store_true")
    parser.add_argument("--show", default="as-5624-right")
    args = parser.parse_args(argv)
    articles, truth = load(CORPORA)
    ARTICLES[:] = articles
    model = StoryModel.build(articles)
    topic = topics(CORPORA)
    if args.earlier:
        for rule in ("now", "cross"):
            print(rule, earlier(model, truth, rule))
        with open("/tmp/st55/earlier_rows.json", "w") as f:
            json.dump(earlier(model, truth, "dump")["rows"], f)
        return 0

    def rank(article_id: str, limit: int) -> list[str]:
        return [r.id for r in model.related(article_id, limit)]

    for name in args.variants:
        with patched(VARIANTS[name]):
            scores = {
                **related_scores(rank, truth, args.half),
                **others(model, truth, topic, args.half),
            }
            shown = [
                f"{r.id}:{r.score:.3f}" for r in model.related(args.show, 7) if not r.same_story
            ][:5]
        print(f"{name:<20} {args.half}", "  ".join(f"{k} {v:.3f}" for k, v in scores.items()))
        print("   ", args.show, " ".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
