"""A removal never splits a story in an update (issue 16, st24): it must, as a rebuild does.

Three copies of one text dated 0 h, 80 h and 200 h are one story: the 80 h one links to both
ends, which are outside each other's window. Without it, a rebuild of the other two makes two
stories; an update that removes it must too. The general oracle (random histories of removals
and additions against a rebuild) is `test_story_tie_order._agree`.
"""

from __future__ import annotations

from index.analysis.stories import StoryModel, StoryParams
from tests.analysis.test_story_tie_order import _article, _orders


def _models(hours: list[int | None], gone: list[int]) -> tuple[StoryModel, StoryModel, StoryModel]:
    corpus = [_article(k, "BBC News", h) for k, h in enumerate(hours)]
    params = StoryParams()
    before = StoryModel.build(corpus, params=params)
    updated = before.update(removed=[corpus[k].id for k in gone])
    others = [a for k, a in enumerate(corpus) if k not in gone]
    return before, updated, StoryModel.build(others, params=params)


def test_removing_the_bridge_splits_the_story_as_a_rebuild_does() -> None:
    before, updated, rebuilt = _models([0, 80, 200], [1])
    assert len(before.stories()) == 1
    assert len(rebuilt.stories()) == 2  # the premise: 0 h and 200 h are a window apart
    assert _orders(updated) == _orders(rebuilt)
