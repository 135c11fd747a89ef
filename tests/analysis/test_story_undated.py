"""Undated articles join their dated story-mates (`story_undated`), and dated stories stay."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from index.analysis.stories import StoryArticle, StoryModel

EVENTS = [
    (
        "dam spillway oroville evacuation",
        "Residents near Oroville dam fled as its spillway eroded",
    ),
    (
        "wheat harvest drought kansas",
        "Kansas farmers expect a poor wheat harvest after drought",
    ),
    ("missile launch north korea", "North Korea fired a missile into the sea, officials said"),
]


def _corpus() -> list[StoryArticle]:
    start = datetime(2021, 3, 1)
    out = []
    for e, (title, body) in enumerate(EVENTS):
        for k in range(3):
            out.append(
                StoryArticle(
                    f"e{e}-{k}",
                    f"{title} report {k}",
                    f"{body}. {body} again, wrote outlet {k}.",
                    f"outlet{k}",
                    start + timedelta(days=10 * e, hours=k),
                )
            )
    return out


def _groups(model: StoryModel, ids: set[str]) -> set[frozenset[str]]:
    return {frozenset(a for a in s.article_ids if a in ids) for s in model.stories()} - {
        frozenset()
    }


def test_an_undated_copy_joins_its_story_and_dated_stories_stay() -> None:
    corpus = _corpus()
    dated_ids = {a.id for a in corpus}
    copies = [dataclasses.replace(a, id=f"u-{a.id}", date=None, source=None) for a in corpus[::3]]
    plain = StoryModel.build(corpus)
    mixed = StoryModel.build(corpus + copies)
    assert _groups(mixed, dated_ids) == _groups(plain, dated_ids)
    for copy in copies:
        original = copy.id.removeprefix("u-")
        assert mixed.story_of(copy.id) == mixed.story_of(original)
        listed = [r.id for r in mixed.related(copy.id, 10)]
        assert original in listed
    updated = plain.update(copies)
    for copy in copies:
        assert updated.story_of(copy.id) == updated.story_of(copy.id.removeprefix("u-"))
