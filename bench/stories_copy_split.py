"""`python -m bench.stories_copy_split`: does a lightly edited reprint split its story? (issue 16,
nu34 #5)

A user added a1edit.txt (a1.txt with one word inserted) to a folder whose levee story held
five articles; the story kept four. Here every labelled AllSides event (`story` is the
truth; ``newsarticles.jsonl`` mixed in as distractors, as `bench.stories_eval` does) gets
one near copy: an article of it (chosen by a hash of the event id) with one word inserted
in its lead, same outlet, title and date, id ``<id>~edit``. The stories are built without
the copies, then again with them (a build, and an update of the first model adding them).

Per event: the story its copied article is in, before and after, less the copies. It
*loses* articles when an article of the story before is not in it after; the copy *strays*
when it is not in its original's story. Counted per half of the events
(`bench.stories_eval.part`); nothing here is tuned.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import time
from collections import defaultdict

from bench.stories_eval import CORPORA, load, part
from index.analysis.stories import StoryArticle, StoryModel

EDIT = "~edit"
"""The suffix of a copy's id: it sorts after its original's."""
WORD = "reportedly"
"""The word inserted."""


def edited(article: StoryArticle, at: int = 12) -> StoryArticle:
    """``article`` with ``WORD`` inserted after its ``at``-th word (in the lead that story
    grouping reads), under the id ``<id>~edit``."""
    words = article.body.split(" ")
    words.insert(min(at, len(words)), WORD)
    return dataclasses.replace(article, id=article.id + EDIT, body=" ".join(words))


def chosen(truth: dict[str, str]) -> dict[str, str]:
    """Per event, the id of the article copied (fixed by a hash of the event and ids)."""
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, event in truth.items():
        members[event].append(article_id)
    out = {}
    for event, ids in members.items():
        ids.sort()
        pick = hashlib.sha1(event.encode()).digest()[1] % len(ids)
        out[event] = ids[pick]
    return out


def mates(model: StoryModel, article_id: str) -> set[str]:
    """The other articles of ``article_id``'s story, copies left out."""
    story_id = model.story_of(article_id)
    story = model.story(story_id) if story_id else None
    if story is None:
        return set()
    return {i for i in story.article_ids if i != article_id and not i.endswith(EDIT)}


def count(
    before: StoryModel, after: StoryModel, picks: dict[str, str]
) -> dict[str, dict[str, int]]:
    """Per half: events, events whose story lost articles, articles lost, copies astray."""
    out: dict[str, dict[str, int]] = {}
    for event, original in picks.items():
        half = out.setdefault(
            part(event), {"events": 0, "losing": 0, "lost": 0, "gaining": 0, "astray": 0}
        )
        was, now = mates(before, original), mates(after, original)
        half["events"] += 1
        half["losing"] += bool(was - now)
        half["lost"] += len(was - now)
        half["gaining"] += bool(now - was)
        half["astray"] += after.story_of(original + EDIT) != after.story_of(original)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="build only")
    args = parser.parse_args()
    articles, truth = load(CORPORA)
    by_id = {a.id: a for a in articles}
    picks = chosen(truth)
    copies = [edited(by_id[i]) for i in picks.values()]
    started = time.perf_counter()
    base = StoryModel.build(articles)
    runs = {"build": StoryModel.build([*articles, *copies])}
    if not args.no_update:
        runs["update"] = base.update(copies)
    print(
        f"{len(articles)} articles, {len(picks)} events, one copy each "
        f"({time.perf_counter() - started:.0f} s)"
    )
    head = ("run", "half", "events", "losing", "lost", "gaining", "astray")
    print("{:8} {:9} {:>6} {:>6} {:>5} {:>7} {:>6}".format(*head))
    for name, model in runs.items():
        for half, c in sorted(count(base, model, picks).items()):
            print(
                f"{name:8} {half:9} {c['events']:6} {c['losing']:6} {c['lost']:5} "
                f"{c['gaining']:7} {c['astray']:6}"
            )


if __name__ == "__main__":
    main()
