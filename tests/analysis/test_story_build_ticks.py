"""The stories build reports while it reads (rv28 #2): a quit asked during a large build's
stories phase stopped only at the next of four reports, seconds apart at 100,000 articles.
Now reading reports every thousand articles, and a callback that raises stops it there."""

from __future__ import annotations

from datetime import datetime

import pytest

from index.analysis.stories import StoryArticle, StoryModel
from index.errors import BuildCancelled
from index.models import Progress


def corpus(n: int) -> list[StoryArticle]:
    day = datetime(2021, 3, 1)
    return [
        StoryArticle(
            f"a{k:05d}", f"Council vote {k}", f"The council met on item {k} today.", "Post", day
        )
        for k in range(n)
    ]


def test_reading_reports_every_thousand_articles_in_order() -> None:
    seen: list[Progress] = []
    StoryModel.build(corpus(2500), on_progress=seen.append)
    reading = [p.done for p in seen if p.phase == "stories: reading"]
    assert reading == [0, 1000 // 3, 2000 // 3]
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].done == seen[-1].total == 2500


def test_a_stop_asked_while_reading_lands_at_the_next_thousand() -> None:
    calls: list[int] = []

    def stop_after_first(progress: Progress) -> None:
        calls.append(progress.done)
        if len(calls) == 2:
            raise BuildCancelled

    with pytest.raises(BuildCancelled):
        StoryModel.build(corpus(3000), on_progress=stop_after_first)
    assert calls == [0, 1000 // 3]


def test_ticks_do_not_change_the_model() -> None:
    articles = corpus(1200)
    quiet = StoryModel.build(articles)
    told = StoryModel.build(articles, on_progress=lambda _: None)
    assert quiet.stories() == told.stories()
