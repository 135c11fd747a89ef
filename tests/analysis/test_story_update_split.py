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


def test_the_larger_part_keeps_the_id_and_the_other_is_named_as_a_new_story() -> None:
    # 0 h twice, 80 h, 200 h: without 80 h, the two at 0 h keep the story a reader follows
    before, updated, _ = _models([0, 0, 80, 200], [2])
    story = before.story_of("000.txt")
    assert story is not None
    assert updated.story_of("000.txt") == updated.story_of("001.txt") == story
    apart = updated.story_of("003.txt")
    assert apart not in (None, story)
    # as an update names the story a new article founds (after its first article)
    alone = StoryModel.build([_article(3, "BBC News", 200)], params=StoryParams())
    assert apart == alone.story_of("003.txt")


def test_adding_the_bridge_back_joins_the_parts_under_the_larger_ones_id() -> None:
    corpus = [_article(k, "BBC News", h) for k, h in enumerate([0, 0, 80, 200])]
    params = StoryParams()
    first = StoryModel.build(corpus, params=params)
    parted = first.update(removed=[corpus[2].id])
    again = parted.update(added=[corpus[2]])
    assert _orders(again) == _orders(first)
    assert {again.story_of(a.id) for a in corpus} == {parted.story_of("000.txt")}
